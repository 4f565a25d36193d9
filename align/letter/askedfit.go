package letter

import (
	_ "embed"
	"fmt"
	"strconv"
	"sync"

	"github.com/letterdiff/letterdiff/align/fitfile"
)

// askedFit holds the asked model's fitted cut, written by `go run
// ./cmd/corpus train` (see ParseAskedFit for the format).
//
//go:embed asked.fit
var askedFit string

// AskedCut is where the asked model's probability makes a candidate an
// addressee: every candidate at At or above, or, when none is, the most
// probable one if it reaches Floor (a letter is written to someone, and a
// statement that names its addressee only in passing still has one).
type AskedCut struct {
	At, Floor float64
}

// AskedCutGrid returns the values of At and of Floor the fit tries,
// lowest first (new slices each call).
func AskedCutGrid() (ats, floors []float64) {
	return []float64{0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95},
		[]float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}
}

// fallbackAskedCut is used when the embedded fit cannot be read, which
// TestAskedFit rules out for the committed file.
var fallbackAskedCut = AskedCut{At: 0.35, Floor: 0.2}

// DefaultAskedCut returns the embedded fitted cut, read once.
var DefaultAskedCut = sync.OnceValue(func() AskedCut {
	c, err := ParseAskedFit(askedFit)
	if err != nil {
		return fallbackAskedCut
	}
	return c
})

// askedFitKeys name the lines of an asked fit file.
const (
	askedAtKey    = "asked-at"
	askedFloorKey = "asked-floor"
)

// ParseAskedFit reads an asked fit file: "#" comment lines, one line
// "asked-at P" (0 < P <= 1) and one "asked-floor P" (0 <= P <= 1).
func ParseAskedFit(text string) (AskedCut, error) {
	v, err := fitfile.Parse(text, "asked fit", askedAtKey, askedFloorKey)
	if err != nil {
		return AskedCut{}, err
	}
	c := AskedCut{At: v[askedAtKey], Floor: v[askedFloorKey]}
	if c.At <= 0 || c.At > 1 || c.Floor < 0 || c.Floor > 1 {
		return AskedCut{}, fmt.Errorf("asked fit: %s %v and %s %v are not probabilities they can be", askedAtKey, c.At, askedFloorKey, c.Floor)
	}
	return c, nil
}

// FormatAskedFit writes an asked fit file for the cut, with what it was
// fitted on and the score it reached.
func FormatAskedFit(c AskedCut, statements int, f float64) string {
	ats, floors := AskedCutGrid()
	return fmt.Sprintf("# The asked model's cut: a statement's candidate addressee is an addressee\n"+
		"# at asked-at or above; when none is, the most probable one is if it\n"+
		"# reaches asked-floor. Fitted by go run ./cmd/corpus train: of asked-at\n"+
		"# %v and asked-floor %v, the pair at which the corpus's\n"+
		"# %d statements with no address score best (recipients F1, macro over\n"+
		"# the statements, %.3f), each read by a model trained on the other\n"+
		"# campaigns (five folds). Ties go to the lower values.\n"+
		"%s %s\n%s %s\n", ats, floors, statements, f,
		askedAtKey, strconv.FormatFloat(c.At, 'f', -1, 64), askedFloorKey, strconv.FormatFloat(c.Floor, 'f', -1, 64))
}
