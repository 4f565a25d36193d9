package reader

import "slices"

// The letter's grammar, as the decoder enforces it. A letter has four
// parts in this order: the opening (letterhead, date, address, subject,
// greeting), the body, the trailer (closing, signatures, copy list), and
// the annex (attachments, and what is printed with them). Some labels stand in one part only; others in several.
// A decoded labelling never goes back to an earlier part: no greeting or
// letterhead after the body has begun, no body line once the trailer has
// begun (with a closing or an attachment), no closing after an
// attachment.
//
// The decoder is more lenient than the grammar the corpus is annotated
// in (parts, which Allowed checks) in two places (decodeParts), where a
// hard rule turned one wrong line into a wrong letter: an address line
// may stand in the trailer, and a closing in the body. With the strict
// rule, when the reader took a signature block of names and postal
// addresses for an address, it relabelled the whole body before it as
// "other" to keep the address in the opening (one corpus letter lost 250
// lines that way); a line it took for a closing ("Thank you.") turned
// every body line after it into something else. Grouped CV: line macro
// F1 0.652 -> 0.669. The learned transitions keep both rare.
//
// It is stricter in one: a signatory line, a signatories' heading or an
// affiliation does not stand inside the body, with body lines after it
// (the annotated grammar allows it; the corpus has it very rarely). There
// the model took a letterhead printed down a page's margin, or a list of
// a body's members, for signatories, and a letter that names no
// signatory got wrong ones instead of its author. Grouped CV: line macro
// F1 0.701 -> 0.709 (attachments 0.29 -> 0.40), signatories per letter
// 0.539 -> 0.554.

// Part is one of the parts of a letter.
type Part uint8

// The parts of a letter, in order. The annex is what is printed after
// the letter, from its first attachment line on: nothing of the letter
// itself follows, and no closing. Addressed is the rest of the opening
// once a date has followed the inside address; only the decoder uses it
// (see next).
const (
	Opening Part = iota
	Addressed
	Main
	Trailer
	Annex
	numParts
)

var partNames = [numParts]string{"opening", "opening, addressed", "body", "trailer", "annex"}

// String names the part.
func (p Part) String() string { return partNames[p] }

// parts is where each label may stand, as a set of parts.
var parts = [NumLabels][]Part{
	Head:       {Opening},
	Date:       {Opening, Trailer}, // a date under the signatures
	To:         {Opening},
	CC:         {Opening, Trailer},
	Subject:    {Opening, Main}, // "Re:" just after the greeting
	Salutation: {Opening},
	Body:       {Main},
	Item:       {Main},
	Closing:    {Trailer},
	Signer:     {Opening, Main, Trailer, Annex}, // signers listed at the top or inside the body
	Signatory:  {Opening, Main, Trailer, Annex}, // an annex may list the signatories
	SigHead:    {Opening, Main, Trailer, Annex},
	Affil:      {Opening, Main, Trailer, Annex},
	Footnote:   {Main, Trailer, Annex},
	Attach:     {Annex},
	Furniture:  {Opening, Main, Trailer, Annex},
	Other:      {Opening, Main, Trailer, Annex},
}

// decodeParts is where the decoder lets each label stand: parts, with an
// address line also in the trailer and a closing also in the body, and
// signatories, their headings and affiliations not in the body (see
// above).
var decodeParts = func() [NumLabels][]Part {
	var d [NumLabels][]Part
	for y := range parts {
		d[y] = append([]Part(nil), parts[y]...)
	}
	d[To] = []Part{Opening, Trailer}
	d[Closing] = []Part{Main, Trailer}
	for _, y := range []Label{Signatory, SigHead, Affil} {
		d[y] = []Part{Opening, Trailer, Annex}
	}
	for y := range d {
		if Label(y) != To && slices.Contains(d[y], Opening) {
			d[y] = slices.Insert(d[y], 1, Addressed)
		}
	}
	return d
}()

// next returns the part the decoder moves to on a line labelled y after a
// line in part from, and false when y may not follow there. The decoder
// does not go from the opening straight to the annex: an attachment
// follows a letter's body or its signatures. Without that rule, a letter
// whose first lines the model took for an annex's was read as an annex
// from top to bottom, its body lost (no corpus letter's gold goes from
// its opening to an annex). Nor does it read a closing before the body:
// a title the model took for a closing had moved a consultation response
// into its trailer, where an annex may open at any line (no corpus
// letter's gold has a closing before its first body line).
//
// The label before (Blank for none) decides two more steps. A signer
// straight after a closing opens the trailer, though a signer may stand
// in the body: without it, a closing the decoder let stand in the body
// (see above) kept the body open under the signatures, and a document
// printed after a letter's signatures was read as more of its body. And
// a date straight after an address line closes the inside address: no
// address line follows in the opening (no corpus letter has one).
// Without it, a letterhead over the date was read as a second inside
// address, and its sender as an addressee.
func next(from Part, prev, y Label) (Part, bool) {
	p, ok := nextIn(&decodeParts, from, y)
	if ok && from <= Addressed && (p == Annex || y == Closing) {
		return 0, false
	}
	if ok && prev == Closing && y == Signer && p < Trailer {
		p = Trailer
	}
	if ok && prev == To && y == Date && p == Opening {
		p = Addressed
	}
	return p, ok
}

// nextIn is next under the given table of parts.
func nextIn(table *[NumLabels][]Part, from Part, y Label) (Part, bool) {
	for _, p := range table[y] {
		if p >= from {
			return p, true
		}
	}
	return 0, false
}

// Allowed reports whether a sequence of labels (blank lines left out)
// keeps to the grammar a letter is annotated in (stricter than the
// decoder's), and if not, the index of the first line that breaks it.
func Allowed(labels []Label) (bool, int) { return allowedIn(&parts, labels) }

// Decodable reports whether the decoder could have produced a sequence
// of labels (blank lines left out): Allowed under its more lenient table.
// A change to a decoded labelling keeps to this.
func Decodable(labels []Label) bool {
	p, prev := Opening, Blank
	for _, y := range labels {
		if y == Blank || y >= NumLabels {
			return false
		}
		q, ok := next(p, prev, y)
		if !ok {
			return false
		}
		p, prev = q, y
	}
	return true
}

// allowedIn is Allowed under the given table of parts.
func allowedIn(table *[NumLabels][]Part, labels []Label) (bool, int) {
	p := Opening
	for i, y := range labels {
		if y == Blank || y >= NumLabels {
			return false, i
		}
		q, ok := nextIn(table, p, y)
		if !ok {
			return false, i
		}
		p = q
	}
	return true, -1
}
