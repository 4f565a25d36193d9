// Package letter parses a letter into its parts: date, addressees, copy
// lists, salutation, body paragraphs and their sentences, closing,
// signatories and footnotes. Every part keeps its byte span in the
// normalised source text (see package source for the way back to the
// original file's bytes), and every repair made to text damaged by
// PDF-to-text extraction is recorded, so that a reader can check the
// reading.
//
// Documents that are not letters (news reports, commentary) parse as
// body-only documents: their paragraphs and sentences, no parties.
package letter

import (
	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/diff/logreg"
)

// Span is a half-open byte range [Start, End) of the normalised source text
// (source.Source.Text).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Kind names what a block of the letter is.
type Kind string

// The kinds of block, in the order they usually stand in a letter.
const (
	KindLetterhead  Kind = "letterhead"  // sender's name and address above the date
	KindDate        Kind = "date"        // the date line
	KindSubject     Kind = "subject"     // "Re:" or "Subject:" line
	KindTo          Kind = "to"          // addressees: a TO: block or an inside address
	KindCC          Kind = "cc"          // copy list: "CC:", "By CC to:", "Copy to:"
	KindSalutation  Kind = "salutation"  // "Dear …," or "To the Honorable …,"
	KindHeading     Kind = "heading"     // a heading inside the body
	KindBody        Kind = "body"        // a body paragraph (or list item)
	KindClosing     Kind = "closing"     // "Sincerely," "Signed," …
	KindSignatories Kind = "signatories" // the signatory list
	KindFootnote    Kind = "footnote"    // a footnote, wherever extraction put it
	KindArtifact    Kind = "artifact"    // page numbers and running heads
	KindOther       Kind = "other"       // anything else: enclosures, postscripts
)

// Block is a run of lines of one kind.
type Block struct {
	Kind  Kind   `json:"kind"`
	Span  Span   `json:"span"`
	Lines [2]int `json:"lines"`           // first and last line, 1-based
	Label string `json:"label,omitempty"` // the label that opened it, e.g. "By CC to:"
}

// Piece ties a run of a paragraph's logical text to the source: the bytes
// Text[At:At+Span.Len()] are the bytes Span of the source.
type Piece struct {
	At   int  `json:"at"`
	Span Span `json:"span"`
}

// Paragraph is a body paragraph. Its Text is stitched from one or more
// pieces of the source: one for an ordinary paragraph, several when a
// paragraph cut by a page break or by footnotes was rejoined. Pieces are
// joined with a single space, which belongs to no piece.
type Paragraph struct {
	N       int     `json:"n"` // 1-based number among the body paragraphs
	Text    string  `json:"text"`
	Pieces  []Piece `json:"pieces"`
	Heading bool    `json:"heading,omitempty"`
	// Item marks an item of a list whose markers the format drew rather
	// than wrote (a bulleted list printed to PDF): the layout shows it.
	Item      bool   `json:"item,omitempty"`
	Lines     [2]int `json:"lines"`
	Sentences []Span `json:"sentences"` // offsets into Text
	// Markers are the footnote markers in Text, offsets into Text.
	Markers []Marker `json:"markers,omitempty"`
}

// Marker is a footnote marker in a paragraph, linked to its note.
type Marker struct {
	Span  Span   `json:"span"` // offsets into the paragraph's Text
	Label string `json:"label"`
	Note  int    `json:"note"` // index into Document.Footnotes
}

// Source maps the range [lo, hi) of the paragraph's Text to source spans,
// one per piece it touches.
func (p *Paragraph) Source(lo, hi int) []Span {
	var out []Span
	for _, pc := range p.Pieces {
		s, e := max(lo, pc.At), min(hi, pc.At+pc.Span.Len())
		if s < e {
			out = append(out, Span{pc.Span.Start + s - pc.At, pc.Span.Start + e - pc.At})
		}
	}
	return out
}

// Role is a party's place in the letter.
type Role string

// The roles of parties.
const (
	RoleTo        Role = "to"
	RoleCC        Role = "cc"
	RoleSignatory Role = "signatory"
)

// Party is an addressee, a copied party or a signatory.
type Party struct {
	Name    string `json:"name"`              // as written, without honorific, title or address
	Acronym string `json:"acronym,omitempty"` // a trailing parenthesised acronym, e.g. "WTA"
	Title   string `json:"title,omitempty"`   // a person's title or office
	Address string `json:"address,omitempty"` // street address and contact lines
	Role    Role   `json:"role"`
	Person  bool   `json:"person,omitempty"` // a person rather than a body
	Span    Span   `json:"span"`             // where the name stands
	Line    int    `json:"line"`
	// Split is true when the name was cut from a line that extraction ran
	// together with other names.
	Split bool `json:"split,omitempty"`
	// Signer is the person who signs for the body Name, when a signature
	// block names both ("Ann Wu / President / Widget Council"): the body
	// is the signatory, and Title is then the signer's title.
	Signer     string `json:"signer,omitempty"`
	SignerSpan Span   `json:"signer_span,omitzero"`
}

// Footnote is a note and the markers that point at it.
type Footnote struct {
	Label string `json:"label"` // "1", "2", …
	Span  Span   `json:"span"`
	Text  string `json:"text"` // the note without its marker
	Line  int    `json:"line"`
	Refs  []Span `json:"refs"` // source spans of the markers in the body
}

// Repair is a change the parser made to undo what extraction did.
type Repair struct {
	Kind   string `json:"kind"` // e.g. "paragraph-rejoined", "list-split"
	Span   Span   `json:"span"`
	Line   int    `json:"line"`
	Detail string `json:"detail"`
}

// The kinds of repair.
const (
	RepairRejoined     = "paragraph-rejoined"
	RepairListSplit    = "list-split"
	RepairNameAddress  = "name-address-split"
	RepairFootnoteLink = "footnote-linked"
	RepairArtifact     = "page-artifact"
	RepairColumns      = "columns-split"
)

// Document is a parsed letter (or a body-only document).
type Document struct {
	Source *source.Source `json:"-"`
	// Letter is true when the document has the parts of a letter
	// (addressees, a salutation or a closing); false for body-only
	// documents such as news reports.
	Letter      bool        `json:"letter"`
	Title       string      `json:"title,omitempty"`
	Date        string      `json:"date,omitempty"`      // ISO 8601: 2015-01-28, or 2015-08 when the day is unknown
	DateText    string      `json:"date_text,omitempty"` // as written
	Blocks      []Block     `json:"blocks"`
	Paragraphs  []Paragraph `json:"paragraphs"`
	Recipients  []Party     `json:"recipients"`
	Signatories []Party     `json:"signatories"`
	Footnotes   []Footnote  `json:"footnotes"`
	Repairs     []Repair    `json:"repairs"`
	Notes       []string    `json:"notes"`
	// Lines explains the line reader's reading, when Options.Explain
	// asked for it.
	Lines []LineReading `json:"lines,omitempty"`
	// Authors are the candidates for the body the letter speaks for, with
	// the author model's probabilities, when Options.Explain is set and
	// the letter names no signatory (or its signers no body).
	Authors []Candidate `json:"authors,omitempty"`
	// Asked are the candidates for the bodies a statement with no address
	// puts its asks to, with the asked model's probabilities, when
	// Options.Explain is set.
	Asked []Candidate `json:"asked,omitempty"`
	// lineLabels is the line reader's label of each line; nil when the
	// rule reader read the document
	lineLabels []reader.Label
}

// Options tune parsing.
type Options struct {
	// Reader labels the letter's lines; nil uses the model embedded in
	// this package (DefaultModel).
	Reader *reader.Model
	// Labels, when set, are the labels of the letter's lines (one per
	// line, blank lines included), given instead of read: the corpus's
	// gold, to measure what follows the reader on its own.
	Labels []reader.Label
	// Rules reads the letter with the rule reader the model replaced,
	// kept to measure the model against it.
	Rules bool
	// Explain keeps, in Document.Lines, each line's label with its
	// margin and the features that weighed most, and in Document.Authors
	// the candidate authors the author model weighed.
	Explain bool
	// Author chooses the body a letter speaks for, where it names no
	// signatory; nil uses the model embedded in this package
	// (DefaultAuthorModel).
	Author *logreg.Model
	// Asked chooses the bodies a statement with no address puts its asks
	// to; nil uses the model embedded in this package
	// (DefaultAskedModel).
	Asked *logreg.Model
	// AskedCut is where the asked model's probability makes a candidate
	// an addressee; nil uses the cut fitted with the embedded model
	// (DefaultAskedCut).
	AskedCut *AskedCut
}
