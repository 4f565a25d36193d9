package letter

import "testing"

func TestAskedFit(t *testing.T) {
	if _, err := ParseAskedFit(askedFit); err != nil {
		t.Fatalf("embedded asked.fit: %v", err)
	}
	for _, tc := range []struct {
		text string
		want AskedCut
		ok   bool
	}{
		{FormatAskedFit(AskedCut{0.45, 0.1}, 10, 0.4), AskedCut{0.45, 0.1}, true},
		{"# c\nasked-at 0.4\nasked-floor 0\n", AskedCut{0.4, 0}, true},
		{"asked-at 0.4\n", AskedCut{}, false},
		{"asked-at 0\nasked-floor 0.1\n", AskedCut{}, false},
		{"asked-at x\nasked-floor 0.1\n", AskedCut{}, false},
		{"asked-at 0.4\nasked-floor 1.5\n", AskedCut{}, false},
		{"asked-at 0.4\nasked-at 0.5\nasked-floor 0.1\n", AskedCut{}, false},
		{"cut 0.3\n", AskedCut{}, false},
	} {
		got, err := ParseAskedFit(tc.text)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseAskedFit(%q) = %v, %v; want %v, ok %v", tc.text, got, err, tc.want, tc.ok)
		}
	}
}
