package letter

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGuards checks, over every line of the real corpus, the seed
// letters and the invented letters of the tests, that each literal guard
// lets through every line its pattern matches, so that guarding a
// pattern changes nothing but its cost.
func TestGuards(t *testing.T) {
	var files []string
	for _, glob := range []string{"../../testdata/corpus/*/*.txt", "../../seeds/*.txt", "../../testdata/accuracy/*.txt", "testdata/*.txt"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	lines := []string{
		// invented lines that reach each branch
		"Signed by the following organisations:", "Page 3 of 12", "- 4 -", "2/7", "Open letter   PAGE 2",
		"[Page 9]", "For identification purposes only", "in their personal capacities",
		"does not necessarily reflect the views of their employers", "Member for Eastfield Riding",
		"Tel: +44 20 7946 0000", "contact@example.org", "(555) 010-4477", "WWW.EXAMPLE.ORG",
		"12 Harbour Road, Eastport EP4 2QT", "Suite 400", "Eastport, EA 20500", "Eastport EP4 2QT", "K1A 0B1", "D02 X285", "D-10117 Berlin", "NL-1234 Eastdam", "1234 Eastdam", "Eastdam 1234", "Eastdam, D.C. 20001", "Via Roma 3", "Rue de la Paix 4", "Calle Mayor 12, 28013", "SW 14th Street", "N.W. Suite 3", "Pvt. Ltd.", "S.p.A.", "plc", "e.V.", "Oy", "A/S", "Pty Ltd", "The Rt. Hon. Ann Lee", "THE RIGHT HONOURABLE ANN LEE", "the Right Hon. Ann Lee", "Herrn Ann Wu", "Sra. Ann Wu", "Mr", "Dr.", "Dato’ Ann", "On behalf of ", "ON BEHALF OF the ", "As the Director of ", "We at ", "As ", "I am a member of the ", "Our view. As the ", "H. E. Bo Wu and His Excellency Cy Xu", "(GCE),", "Quay Street", "Eastfield Buildings",
		"Sincerely,", "Very truly yours,", "With best regards,", "Thank you for your consideration.", "On behalf of the undersigned", "In solidarity", "Cheers",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, l, strings.TrimSpace(l))
		}
	}
	if len(lines) < 10000 {
		t.Fatalf("only %d lines to check", len(lines))
	}
	tests := []struct {
		name    string
		guarded func(string) bool
		pattern func(string) bool
	}{
		{"signers lead", isSignersLead, signersLeadRe.MatchString},
		{"honorific", honorificRe.MatchString, honorificRe.re.MatchString},
		{"speaks for", func(s string) bool { return mayNameBehalf(s) && behalfNameRe.MatchString(s) }, behalfNameRe.MatchString},
		{"honorific in capitals", honorificCapsRe.MatchString, honorificCapsRe.re.MatchString},
		{"page number", isPageNumber, pageNumberRe.MatchString},
		{"page footer", isPageFooter, pageFooterRe.MatchString},
		{"identification", isIdentificationOnly, identificationOnlyRe.MatchString},
		{"constituency", isConstituency, constituencyRe.MatchString},
		{"contact", isContact, contactRe.MatchString},
		{"postcode", hasPostcode, postcodeRe.MatchString},
		{"street", hasStreetWord, streetRe.MatchString},
		{"legal suffix", isLegalSuffix, legalSuffixRe.MatchString},
		{"strong honorific", func(s string) bool { return strongHonorifics(s) != nil }, strongHonorificRe.MatchString},
		{"acronym token", isAcronymToken, acronymTokenRe.MatchString},
		{"street end", endsInStreetWord, streetEndRe.MatchString},
		{"house number", func(s string) bool { return hasDigit(s) && houseNumberRe.MatchString(s) }, houseNumberRe.MatchString},
		{"closing", isClosing, func(s string) bool { return len(s) <= 80 && closingRe.MatchString(s) }},
	}
	for _, tt := range tests {
		matched := 0
		for _, l := range lines {
			want := tt.pattern(l)
			if got := tt.guarded(l); got != want {
				t.Errorf("%s: %q: guarded %v, pattern %v", tt.name, l, got, want)
			}
			if want {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("%s: no line matched: the check proves nothing", tt.name)
		}
	}
}
