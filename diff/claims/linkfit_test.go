package claims

import "testing"

func TestLinkFit(t *testing.T) {
	if _, err := ParseLinkFit(linkFit); err != nil {
		t.Fatalf("embedded link.fit: %v", err)
	}
	for _, tc := range []struct {
		text string
		want Floors
		ok   bool
	}{
		{FormatLinkFit(Floors{0.35, 0.5}, 10, 0.5, 0.4), Floors{0.35, 0.5}, true},
		{"# c\ndemand-floor 0.4\ngrievance-floor 0.3\n", Floors{0.4, 0.3}, true},
		{"demand-floor 0.4\n", Floors{}, false},
		{"demand-floor x\ngrievance-floor 0.3\n", Floors{}, false},
		{"demand-floor 0\ngrievance-floor 0.3\n", Floors{}, false},
		{"floor 0.3\n", Floors{}, false},
		{"demand-floor 0.4\ndemand-floor 0.5\ngrievance-floor 0.3\n", Floors{}, false},
		{"# nothing\n", Floors{}, false},
	} {
		got, err := ParseLinkFit(tc.text)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLinkFit(%q) = %v, %v; want %v, ok %v", tc.text, got, err, tc.want, tc.ok)
		}
	}
	if got := (Floors{Demand: 0.4}).orDefault(); got.Demand != 0.4 || got.Grievance != DefaultFloors().Grievance {
		t.Errorf("orDefault kept %v", got)
	}
}
