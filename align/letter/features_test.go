package letter

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
)

// TestLineFeatureStream checks that the features the stream gives,
// holding a few lines' features at a time, are those worked out with
// every line's own features at hand, and that the model labels them
// alike, over the corpus's letters.
func TestLineFeatureStream(t *testing.T) {
	files, err := filepath.Glob("../../testdata/corpus/*/*.txt")
	if err != nil || len(files) < 50 {
		t.Fatalf("%d corpus letters: %v", len(files), err)
	}
	// a long text, whose lines' own features come in several chunks
	files = append(files, "../../testdata/perf/rfc2616.txt")
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src, err := source.Decode(f, data)
		if err != nil {
			t.Fatal(err)
		}
		p := newParser(src, Options{})
		p.markArtifacts()
		p.classify()
		lines, stream := p.lineFeatureStream()
		ctx := p.context(lines)
		all := make([]reader.Features, len(lines))
		for k, i := range lines {
			all[k] = p.ownFeatures(i, k, len(lines), ctx)
		}
		feats := make([]reader.Features, len(lines))
		for k := range lines {
			var got reader.Features
			stream(k, collect(&got))
			p.neighbourhood(lines, k, func(j int) ownLine { return newOwnLine(all[j]) }, collect(&feats[k]))
			if !reflect.DeepEqual(got, feats[k]) {
				t.Fatalf("%s line %d: streamed features differ\n got %q\nwant %q", f, lines[k]+1, got, feats[k])
			}
		}
		// labelling as the features stream gives what labelling them all
		// at once gives
		_, stream = p.lineFeatureStream()
		if got, want := m.LabelStream(len(lines), stream), m.Label(feats); !slices.Equal(got, want) {
			t.Fatalf("%s: LabelStream gives %v, Label %v", f, got, want)
		}
	}
}

func TestLeadingNumber(t *testing.T) {
	for _, tc := range []struct {
		line string
		n    int
		ok   bool
	}{
		{"12. Widget Watch", 12, true},
		{" (3) Gadget Forum", 3, true},
		{"4) ask", 4, true},
		{"2024 was a year", 0, false},
		{"12.5 percent", 0, false},
		{"3.00 pm", 0, false},
		{"7.", 7, true},
		{"8.\tAsk", 8, true},
		{"Widget Watch", 0, false},
		{"123456. too long", 0, false},
	} {
		n, ok := leadingNumber(tc.line)
		if n != tc.n || ok != tc.ok {
			t.Errorf("leadingNumber(%q) = %d, %v; want %d, %v", tc.line, n, ok, tc.n, tc.ok)
		}
	}
}

func TestIsAttachmentHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Annex 1", true},
		{"APPENDIX A: Our earlier submission", true},
		{"Anlage: Stellungnahme vom März", true},
		{"Attachments:", true},
		{"Annex 2 sets out the figures that the Ministry published last year and the year before that", false},
		{"The annex sets out the figures", false},
		{"", false},
	} {
		if got := isAttachmentHeading(tc.line); got != tc.want {
			t.Errorf("isAttachmentHeading(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestAttachmentContext: attached-above marks the lines below an
// attachment's heading that stands below the closing (a heading above the
// closing makes none); annex-above the lines below an attachment's title
// with no closing above it (a submission that ends with its writer's
// details, then its appendix), where a sentence that names an annex
// makes none; sighead-above the lines below a heading over signatories,
// however far below it; retitled-above the lines below a document's
// title or a rule that stands below the closing (a title above the
// closing makes none).
func TestAttachmentContext(t *testing.T) {
	for _, tc := range []struct {
		text, feature string
		want          []int // the lines that carry the feature
	}{
		{"Dear Minister,\n\nAnnex 1 of the rule is unclear.\n\nYours sincerely,\n\nAnn Wu\n\nAnnex 1\n\nThe figures for last year.\n", "ctx:attached-above", []int{10}},
		{"Widget Watch welcomes the inquiry.\n\nAnnex 1 of the rule is unclear.\n\nContact: Ann Wu\n\nAPPENDIX 1\n\nThe figures for last year.\n", "ctx:annex-above", []int{8}},
		{"We urge you to act.\n\nThe signatories are listed below.\n\nSignatories:\n\nWidget Watch\n\nGadget Forum\n", "ctx:sighead-above", []int{6, 8}},
		{"Dear Minister,\n\nOur submission to the Committee follows.\n\nYours sincerely,\n\nAnn Wu\n\nSubmission to the Widget Committee\n\nWho we are\n", "ctx:retitled-above", []int{10}},
		{"Dear Minister,\n\nWe urge you to act.\n\nYours sincerely,\n\nAnn Wu\n\n----------\n\nThe figures for last year.\n", "ctx:retitled-above", []int{10}},
		{"Submission to the Widget Committee\n\nDear Minister,\n\nWe urge you to act.\n\nYours sincerely,\n\nAnn Wu\n", "ctx:retitled-above", nil},
		{"Dear Minister,\n\nThe fee is unfair.¹ We urge you to act.\n\n¹ See the Widget Review,\npage 4.\n\nThe rule is unclear.\n", "ctx:note-referred", []int{4}},
		{"Dear Minister,\n\nThe fee is unfair.¹ We urge you to act.\n\n¹ See the Widget Review,\npage 4.\n\nThe rule is unclear.\n", "ctx:in-referred-note", []int{4, 5}},
		{"Dear Minister,\n\nThe fee is unfair [2] and late.\n\n[2] See the Widget Review.\n", "ctx:note-referred", []int{4}},
		{"Dear Minister,\n\n¹ A label that nothing above refers to.\n\nThe fee is unfair.¹\n", "ctx:note-referred", nil},
	} {
		src, err := source.Decode("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		lines, feats := LineFeatures(src)
		var got []int
		for k, i := range lines {
			if slices.Contains(feats[k], tc.feature) {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: on lines %v, want %v", tc.feature, got, tc.want)
		}
	}
}

func TestIsAttachmentTitle(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"APPENDIX 1", true},
		{"Annex B: Costings", true},
		{"Annex 1 of the rule is unclear.", false},                // a sentence
		{"Appendix A: our earlier submission to the Board", true}, // a long title set apart by its colon
		{"Appendix Two – what the Board told us", true},
		{"Annexes to this letter give our figures in full", false}, // a sentence about them
		{"Background", false},
	} {
		if got := isAttachmentTitle(tc.line); got != tc.want {
			t.Errorf("isAttachmentTitle(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestEveryCell: signatures printed side by side are seen cell by cell;
// a line not set in columns, or with one cell that fails, is not.
func TestEveryCell(t *testing.T) {
	person := func(c string) bool { return isPersonName(honorificStrip(c)) }
	for _, tc := range []struct {
		line          string
		person, title bool
	}{
		{"Ann Wu                 Bo Lind              Cy Marsh", true, false},
		{"Dr Ann Wu\t\tBo Lind", true, false},
		{"Chair                         Programme Lead", false, true},
		{"Ann Wu", false, false},
		{"Chair", false, false},
		{"Ann Wu                 Widget Watch", false, false},
		{"Widget Watch     Gadget Guild", false, false},
	} {
		if got := everyCell(tc.line, person); got != tc.person {
			t.Errorf("everyCell(%q, person) = %v", tc.line, got)
		}
		if got := everyCell(tc.line, isTitleLine); got != tc.title {
			t.Errorf("everyCell(%q, isTitleLine) = %v", tc.line, got)
		}
	}
}

// TestOpensWithDateline: a place (and a date) then a dash opens a press
// statement's text; a sentence with a dash later on does not.
func TestOpensWithDateline(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"RIVERTON, 2 May 2024 — The Widget Council today called on the Minister", true},
		{"(Riverton, Eastland)—Widget Watch welcomed the decision of the council", true},
		{"Riverton - The Widget Council has written to the Minister again", true},
		{"The Widget Council – which represents repairers – wrote to the Minister", false},
		{"RIVERTON — Too short", false},
		{"We urge the Minister - and the council - to act", false},
		{"No dash in this line at all", false},
	} {
		if got := opensWithDateline(tc.line); got != tc.want {
			t.Errorf("opensWithDateline(%q) = %v", tc.line, got)
		}
	}
}

// TestBuckets: a line's numeric features, named once a range, read as
// bucket names them.
func TestBuckets(t *testing.T) {
	for _, tc := range []struct {
		prefix string
		b      buckets
	}{
		{"len=", lenBuckets}, {"words=", wordBuckets}, {"indent=", indentBuckets}, {"cols=", colBuckets},
		{"digits=", digitBuckets}, {"top=", topBuckets}, {"bot=", botBuckets}, {"bb=", blankBeforeBuckets},
		{"ba=", blankAfterBuckets}, {"blk=", blockBuckets}, {"blkidx=", blockIndexBuckets},
		{"page-end=", pageEndBuckets}, {"page-start=", pageStartBuckets},
	} {
		for v := -2; v <= 250; v++ {
			if got, want := tc.b.of(v), tc.prefix+bucket(v, tc.b.cuts...); got != want {
				t.Errorf("%s buckets of %d = %q, want %q", tc.prefix, v, got, want)
			}
		}
	}
}
