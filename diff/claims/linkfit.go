package claims

import (
	_ "embed"
	"fmt"
	"strconv"
	"sync"

	"github.com/letterdiff/letterdiff/align/fitfile"
)

// linkFit holds the linking's fitted floors, written by `go run
// ./cmd/corpus train`: for each kind of claim, the floor, among
// LinkFloors, at which the corpus's pairs score best (see ParseLinkFit
// for the format).
//
//go:embed link.fit
var linkFit string

// LinkFloors returns the floors the fit tries, lowest first (a new slice
// each call).
func LinkFloors() []float64 {
	return []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6}
}

// Floors are the linking's floors by kind of claim: the lowest similarity
// at which a claim of one letter and a claim of the other are one claim.
// A zero field stands for the fitted floor (DefaultFloors).
type Floors struct {
	Demand, Grievance float64
}

// Of returns the floor of a kind of claim.
func (f Floors) Of(k Kind) float64 {
	if k == Grievance {
		return f.Grievance
	}
	return f.Demand
}

// orDefault fills the zero fields from DefaultFloors.
func (f Floors) orDefault() Floors {
	d := DefaultFloors()
	if f.Demand <= 0 {
		f.Demand = d.Demand
	}
	if f.Grievance <= 0 {
		f.Grievance = d.Grievance
	}
	return f
}

// fallbackFloor is used when the embedded fit cannot be read, which
// TestLinkFit rules out for the committed file.
const fallbackFloor = 0.2

// DefaultFloors returns the embedded fitted floors, read once.
var DefaultFloors = sync.OnceValue(func() Floors {
	f, err := ParseLinkFit(linkFit)
	if err != nil {
		return Floors{fallbackFloor, fallbackFloor}
	}
	return f
})

// fitKeys name the lines of a fit file.
const (
	demandKey    = "demand-floor"
	grievanceKey = "grievance-floor"
)

// ParseLinkFit reads a fit file: "#" comment lines, one line
// "demand-floor F" and one "grievance-floor F".
func ParseLinkFit(text string) (Floors, error) {
	v, err := fitfile.Parse(text, "link fit", demandKey, grievanceKey)
	if err != nil {
		return Floors{}, err
	}
	f := Floors{Demand: v[demandKey], Grievance: v[grievanceKey]}
	if f.Demand <= 0 || f.Demand > 1 || f.Grievance <= 0 || f.Grievance > 1 {
		return Floors{}, fmt.Errorf("link fit: floors %v and %v are not numbers in (0, 1]", f.Demand, f.Grievance)
	}
	return f, nil
}

// FormatLinkFit writes a fit file for the floors, with what they were
// fitted on and the scores they reached.
func FormatLinkFit(f Floors, pairs int, demandF, grievanceF float64) string {
	return fmt.Sprintf("# The linking's floors: the lowest similarity at which a claim of one letter\n"+
		"# and a claim of the other are one claim. Fitted by go run ./cmd/corpus train:\n"+
		"# for each kind of claim, of the floors %v, the one at which the\n"+
		"# corpus's %d pairs score best (F1, macro over pairs; demands %.3f,\n"+
		"# grievances %.3f). Ties go to the lower floor.\n"+
		"%s %s\n%s %s\n", LinkFloors(), pairs, demandF, grievanceF,
		demandKey, strconv.FormatFloat(f.Demand, 'f', -1, 64), grievanceKey, strconv.FormatFloat(f.Grievance, 'f', -1, 64))
}
