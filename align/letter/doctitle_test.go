package letter

import "testing"

// titleTestCase is a line and whether a title test takes it for a title.
type titleTestCase struct {
	line string
	want bool
}

// TestTitleTests checks the three tests of a document's title: a line in
// capitals that names a kind of document, a line that opens as a title,
// and a short title that ends with its kind of document.
func TestTitleTests(t *testing.T) {
	for _, test := range []struct {
		name  string
		f     func(string) bool
		cases []titleTestCase
	}{
		{"isDocTitle", isDocTitle, []titleTestCase{
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
		}},
		{"opensAsTitle", opensAsTitle, []titleTestCase{
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
		}},
		{"endsAsTitle", endsAsTitle, []titleTestCase{
			{"Widget Watch Position Statement", true},
			{"Joint Submission", true},
			{"WWU Response to the Consultation", false},                           // the kind not last (opensAsTitle reads it)
			{"Statement", false},                                                  // one word: a heading
			{"Our views are set out in the statement", false},                     // a sentence
			{"Director of Policy Statement.", false},                              // closing punctuation
			{"Riverton Widget Makers Association Annual Policy Statement", false}, // seven words
		}},
	} {
		for _, tc := range test.cases {
			if got := test.f(tc.line); got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", test.name, tc.line, got, tc.want)
			}
		}
	}
}
