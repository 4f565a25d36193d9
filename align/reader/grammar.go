package reader

// The letter's grammar, as the decoder enforces it. A letter has three
// parts in this order: the opening (letterhead, date, address, subject,
// greeting), the body, and the trailer (closing, signatures, copy list,
// attachments). Some labels stand in one part only; others in several.
// A decoded labelling never goes back to an earlier part: no greeting or
// letterhead after the body has begun, no body line after the closing.
//
// An address line ("to") may stand in the trailer too. No letter of the
// corpus has one there, but a hard rule against it made the decoder, when
// it took a signature block of names and postal addresses for an address,
// relabel the whole body before it as "other" to keep the address in the
// opening; a local mistake is the lesser one (grouped CV: line macro F1
// 0.652 -> 0.662).
//
// The decoder's states are (label, part) pairs. A line labelled y after a
// state in part p' moves to the earliest part p ≥ p' where y may stand;
// when there is none, the transition is not allowed.

// Part is one of the three parts of a letter.
type Part uint8

// The parts of a letter, in order.
const (
	Opening Part = iota
	Main
	Trailer
	numParts
)

var partNames = [numParts]string{"opening", "body", "trailer"}

// String names the part.
func (p Part) String() string { return partNames[p] }

// parts is where each label may stand, as a set of parts.
var parts = [NumLabels][]Part{
	Head:       {Opening},
	Date:       {Opening, Trailer}, // a date under the signatures
	To:         {Opening, Trailer}, // see above
	CC:         {Opening, Trailer},
	Subject:    {Opening, Main}, // "Re:" just after the greeting
	Salutation: {Opening},
	Body:       {Main},
	Item:       {Main},
	Closing:    {Trailer},
	Signer:     {Opening, Main, Trailer}, // signers listed at the top or inside the body
	Signatory:  {Opening, Main, Trailer},
	SigHead:    {Opening, Main, Trailer},
	Affil:      {Opening, Main, Trailer},
	Footnote:   {Main, Trailer},
	Attach:     {Trailer},
	Furniture:  {Opening, Main, Trailer},
	Other:      {Opening, Main, Trailer},
}

// next returns the part a line labelled y moves to after a line in part
// from, and false when y may not follow.
func next(from Part, y Label) (Part, bool) {
	for _, p := range parts[y] {
		if p >= from {
			return p, true
		}
	}
	return 0, false
}

// Allowed reports whether a sequence of labels (blank lines left out)
// keeps to the grammar, and if not, the index of the first line that
// breaks it.
func Allowed(labels []Label) (bool, int) {
	p := Opening
	for i, y := range labels {
		if y == Blank || y >= NumLabels {
			return false, i
		}
		q, ok := next(p, y)
		if !ok {
			return false, i
		}
		p = q
	}
	return true, -1
}
