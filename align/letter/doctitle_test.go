package letter

import "testing"

func TestIsDocTitle(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"JOINT COMMENTS ON THE PROPOSED WIDGET RULE", true},
		{"OPEN LETTER TO THE RIVERTON COUNCIL", true},
		{"POSITION PAPER", true},
		{"POSITION \t PAPER ON WIDGETS", true},
		{"SUBMISSION: WIDGET BILL 2031", true},
		{"(STATEMENT)", true},
		{"Joint comments on the proposed rule", false}, // a lower-case letter
		{"JOINT COMMENTs", false},
		{"WIDGET NEWSLETTER", false}, // not a word of its own
		{"LETTERS_2031", false},      // nor here
		{"POSITION PAPERS", false},   // "PAPERS" is not "PAPER"
		{"POSITIONPAPER", false},
		{"WIDGET WATCH", false},
		{"", false},
		{"ÉTAT DU LETTER", true}, // other capitals do not matter
	} {
		if got := isDocTitle(tc.line); got != tc.want {
			t.Errorf("isDocTitle(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestOpensAsTitle(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Submission to the Widget Committee", true},
		{"Comments of Widget Watch", true},
		{"WWU Open Letter To Ann Wu", true},
		{"AN OPEN LETTER ON WIDGETS", true},
		{"Reply Comments of Widget Watch", true},
		{"Submissions Team", false},               // an address: no joining word
		{"Emergency Response Unit", false},        // nor here
		{"Minister for Widgets", false},           // no kind of document
		{"Office of the Widget Response", false},  // the kind too late, and last
		{"Widget Watch North Comments on", false}, // three words before it
	} {
		if got := opensAsTitle(tc.line); got != tc.want {
			t.Errorf("opensAsTitle(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
