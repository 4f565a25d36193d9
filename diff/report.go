// Package diff compares two parsed letters and produces a Report: who
// signed and who is addressed in each, what each demands and complains of,
// and which of these were kept, changed, appeared or dropped, with the
// alignment of their text and word-level redlines.
//
// The Report's JSON form is the contract that scripts, memos and the scorer
// read (docs/report-contract.md in the project's shared folder): the fields
// schema, documents, recipients, signatories, demands and grievances keep
// their names and meaning for as long as Schema does not change.
package diff

import "encoding/json"

// Schema names the version of the report's JSON form.
const Schema = "letterdiff.report/v1"

// Status says what happened to an item between the two letters.
type Status string

// The statuses.
const (
	Kept     Status = "kept"     // same item, same wording or role
	Changed  Status = "changed"  // same item, reworded or in another role
	Appeared Status = "appeared" // only in the later letter
	Dropped  Status = "dropped"  // only in the earlier letter
)

// Report is the result of comparing two letters.
type Report struct {
	Schema    string         `json:"schema"`
	Documents []DocumentInfo `json:"documents"`
	// Warnings are what a reader must know before trusting the figures
	// that follow (documents out of date order, a document not read as a
	// letter, no parties found, a reading of low confidence); renderers
	// put them first.
	Warnings    []Warning     `json:"warnings"`
	Summary     Summary       `json:"summary"`
	Recipients  []PartyChange `json:"recipients"`
	Signatories []PartyChange `json:"signatories"`
	Demands     []ClaimChange `json:"demands"`
	Grievances  []ClaimChange `json:"grievances"`
	// Related links claims of the two letters that share a theme but not
	// the ask: they never count as kept.
	Related   []Related  `json:"related"`
	Alignment *Alignment `json:"alignment,omitempty"`
	// Notes are further remarks on the comparison, each given once.
	Notes []string `json:"notes"`
}

// Warning is one thing that makes a report's figures less trustworthy.
type Warning struct {
	// Code names the kind of warning: date-order, not-a-letter,
	// no-recipients, no-signatories or low-confidence.
	Code string `json:"code"`
	// Document is the index in documents of the document it concerns;
	// -1 when it concerns both (date-order).
	Document int    `json:"document"`
	Text     string `json:"text"`
}

// The warning codes.
const (
	WarnDateOrder     = "date-order"
	WarnNotALetter    = "not-a-letter"
	WarnNoRecipients  = "no-recipients"
	WarnNoSignatories = "no-signatories"
	WarnLowConfidence = "low-confidence"
)

// StatusOrder is the order in which reports list claims, and in which
// their IDs are numbered: changed, appeared, dropped, then kept (what
// changed first, what stayed the same last).
var StatusOrder = []Status{Changed, Appeared, Dropped, Kept}

// Date is a document's date, ISO 8601 as precise as the letter gives it
// ("2015-01-28", "2015-08"), or "" when the document is undated. In JSON
// an undated document's date is null, never missing.
type Date string

// MarshalJSON writes the date as a string, or null when there is none.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// DocumentInfo describes one of the compared documents. Its paragraphs
// and footnotes carry the whole body text, so that a report loses none of
// a letter's text. For a document read from any format but plain text,
// spans point into the text extracted from the file, which `letterdiff
// inspect --text FILE` prints, and items carry the page they stand on
// where the format has pages.
type DocumentInfo struct {
	Path        string         `json:"path"`
	Date        Date           `json:"date"` // null when undated
	Title       string         `json:"title"`
	Kind        string         `json:"kind"`            // "letter" or "document" (body only)
	Format      string         `json:"format"`          // what it was read from: text, PDF, DOCX, ODT, HTML or e-mail
	Pages       int            `json:"pages,omitempty"` // pages of a paged format (PDF)
	Bytes       int            `json:"bytes"`
	Lines       int            `json:"lines"`
	Recipients  int            `json:"recipients"`
	Signatories int            `json:"signatories"`
	Demands     int            `json:"demands"`
	Grievances  int            `json:"grievances"`
	Paragraphs  []ParagraphRef `json:"paragraphs"`
	Footnotes   []FootnoteRef  `json:"footnotes"`
}

// ParagraphRef is a body paragraph of a compared document.
type ParagraphRef struct {
	N       int      `json:"n"`
	Lines   [2]int   `json:"lines"`
	Span    [2]int   `json:"span"`
	Heading bool     `json:"heading,omitempty"`
	Text    string   `json:"text"`
	Repairs []string `json:"repairs,omitempty"`
	// Page is the page of the paragraph's first line, in a paged format
	// (PDF); left out otherwise.
	Page int `json:"page,omitempty"`
}

// FootnoteRef is a footnote of a compared document.
type FootnoteRef struct {
	Label string `json:"label"`
	Line  int    `json:"line"`
	Page  int    `json:"page,omitempty"` // in a paged format (PDF)
	Text  string `json:"text"`
}

// Summary counts the changes by category and status.
type Summary struct {
	Recipients  Counts `json:"recipients"`
	Signatories Counts `json:"signatories"`
	Demands     Counts `json:"demands"`
	Grievances  Counts `json:"grievances"`
}

// Counts counts items by status.
type Counts struct {
	Kept     int `json:"kept"`
	Changed  int `json:"changed"`
	Appeared int `json:"appeared"`
	Dropped  int `json:"dropped"`
}

// Before returns how many items the earlier letter has.
func (c Counts) Before() int { return c.Kept + c.Changed + c.Dropped }

// After returns how many items the later letter has.
func (c Counts) After() int { return c.Kept + c.Changed + c.Appeared }

// Any reports whether anything differs.
func (c Counts) Any() bool { return c.Changed+c.Appeared+c.Dropped > 0 }

func (c *Counts) add(s Status) {
	switch s {
	case Kept:
		c.Kept++
	case Changed:
		c.Changed++
	case Appeared:
		c.Appeared++
	case Dropped:
		c.Dropped++
	}
}

// PartyChange is a recipient or signatory and what became of it.
type PartyChange struct {
	Status  Status    `json:"status"`
	Before  *PartyRef `json:"before"`
	After   *PartyRef `json:"after"`
	Changes []string  `json:"changes,omitempty"` // what differs, for "changed"
	Note    string    `json:"note,omitempty"`
}

// PartyRef is a party as one letter names it.
type PartyRef struct {
	Name    string `json:"name"`
	Role    string `json:"role"` // to, cc or signatory
	Title   string `json:"title,omitempty"`
	Address string `json:"address,omitempty"`
	Acronym string `json:"acronym,omitempty"`
	Person  bool   `json:"person,omitempty"`
	// Signer is the person who signs for the body Name; Title is then
	// the signer's title.
	Signer string `json:"signer,omitempty"`
	Span   [2]int `json:"span"` // byte offsets of the name in the source file
	Line   int    `json:"line"`
	Page   int    `json:"page,omitempty"` // in a paged format (PDF); left out otherwise
	// FoundInText marks a party this letter was not read to name, found
	// in its text by the name the other letter gives it (see foundInText):
	// help from the other letter, not this letter's own reading.
	FoundInText bool `json:"found_in_text,omitempty"`
}

// ClaimChange is a demand or grievance and what became of it.
type ClaimChange struct {
	ID         string    `json:"id"` // D1, D2, … or G1, G2, …
	Status     Status    `json:"status"`
	Before     *ClaimRef `json:"before"`
	After      *ClaimRef `json:"after"`
	Similarity float64   `json:"similarity"`
	// SharedTerms are the content words both wordings share.
	SharedTerms []string `json:"shared_terms,omitempty"`
	// Why gives the reasons the two wordings were linked as one claim.
	Why []string `json:"why,omitempty"`
	// Redline is the word-level difference from Before to After.
	Redline []Edit `json:"redline,omitempty"`
	// Shift describes how the ask's force changed (demands only).
	Shift *Shift `json:"shift,omitempty"`
	// Conditions, deadlines and numbers that the later wording added or
	// dropped.
	Added   []string `json:"added,omitempty"`
	Removed []string `json:"removed,omitempty"`
}

// ClaimRef is a claim as one letter words it.
type ClaimRef struct {
	Text string `json:"text"` // verbatim, white space folded
	// Span is the byte range in the source file; Segments lists the pieces
	// when a repair joined text that the file prints apart.
	Span     [2]int   `json:"span"`
	Segments [][2]int `json:"segments,omitempty"`
	// At is the claim's place in its paragraph's (or footnote's) text, as
	// the documents' paragraphs list it: byte offsets [start, end).
	At         [2]int   `json:"at"`
	Paragraph  int      `json:"paragraph"`          // paragraph number; 0 in a footnote
	Footnote   string   `json:"footnote,omitempty"` // the footnote's label, when in one
	Line       int      `json:"line"`
	Page       int      `json:"page,omitempty"`    // in a paged format (PDF); left out otherwise
	Context    string   `json:"context,omitempty"` // the sentence it stands in
	Cue        string   `json:"cue,omitempty"`     // the words that decided its category
	Strength   int      `json:"strength,omitempty"`
	Confidence float64  `json:"confidence"`
	Evidence   []string `json:"evidence,omitempty"`
	// Restated lists other places where the same letter makes the same
	// claim again.
	Restated []Place `json:"restated,omitempty"`
}

// Place is a further occurrence of a claim in its letter.
type Place struct {
	Text      string `json:"text"`
	Span      [2]int `json:"span"`
	At        [2]int `json:"at"`
	Paragraph int    `json:"paragraph"`
	Footnote  string `json:"footnote,omitempty"`
	Line      int    `json:"line"`
	Page      int    `json:"page,omitempty"` // in a paged format (PDF)
}

// Edit is one step of a word-level redline.
type Edit struct {
	Op   string `json:"op"` // "=", "-" or "+"
	Text string `json:"text"`
}

// Shift is the change of force of a demand's cue.
type Shift struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Direction string `json:"direction"` // "stronger", "weaker" or "same"
}

// Related links two claims on one theme that are not the same ask.
type Related struct {
	Category   string   `json:"category"` // demands or grievances
	Before     string   `json:"before"`   // claim ID
	After      string   `json:"after"`
	Similarity float64  `json:"similarity"`
	Shared     []string `json:"shared_terms"`
}

// Alignment is the pairing of the two letters' body text.
type Alignment struct {
	Mode      string          `json:"mode"` // "keep" (order kept) or "free"
	Pairs     []AlignedPair   `json:"pairs"`
	Unmatched UnmatchedBlocks `json:"unmatched"`
	Sentences SentenceSummary `json:"sentences"`
}

// AlignedPair pairs paragraphs of the two letters.
type AlignedPair struct {
	Before  []int    `json:"before"` // paragraph numbers
	After   []int    `json:"after"`
	Score   float64  `json:"score"`
	Shared  []string `json:"shared_terms"`
	Moved   bool     `json:"moved,omitempty"`
	Redline []Edit   `json:"redline,omitempty"`
}

// UnmatchedBlocks lists the paragraphs that pair with nothing.
type UnmatchedBlocks struct {
	Before []int `json:"before"`
	After  []int `json:"after"`
}

// SentenceSummary counts aligned and unmatched sentences.
type SentenceSummary struct {
	Pairs           int `json:"pairs"`
	Moved           int `json:"moved"`
	UnmatchedBefore int `json:"unmatched_before"`
	UnmatchedAfter  int `json:"unmatched_after"`
}

// Differs reports whether the report found any difference.
func (r *Report) Differs() bool {
	s := r.Summary
	return s.Recipients.Any() || s.Signatories.Any() || s.Demands.Any() || s.Grievances.Any() ||
		r.Alignment != nil && (len(r.Alignment.Unmatched.Before)+len(r.Alignment.Unmatched.After) > 0 || anyChangedPair(r.Alignment))
}

func anyChangedPair(a *Alignment) bool {
	for _, p := range a.Pairs {
		if p.Score < 1 || p.Moved {
			return true
		}
	}
	return false
}
