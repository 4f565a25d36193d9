package batch

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Pair is one row of a manifest: two letters to compare, the earlier
// first, and an optional identifier carried into the result.
type Pair struct {
	Line   int    // the row's line in the manifest, from 1
	Before string // as written in the manifest
	After  string
	ID     string
	Err    error // the row could not be read; Before and After may be empty
}

// Format is the form of a manifest.
type Format int

const (
	// Sniff tells CSV from JSON lines by the first non-blank line: JSON
	// lines when it starts with '{'.
	Sniff Format = iota
	CSV
	JSONLines
)

// Manifest reads pairs from a manifest, one at a time. A CSV manifest
// has rows of before,after[,id], optionally under a header row naming
// those columns; a JSON-lines manifest has one object per line with the
// keys "before", "after" and, optionally, "id". Blank lines, and lines
// starting with '#', are skipped in both.
//
// A row that cannot be read (a wrong number of columns, bad JSON, a
// missing file name) is returned as a Pair with Err set, so that the run
// goes on past it; an error reading the manifest itself ends it.
type Manifest struct {
	in     *bufio.Reader
	format Format
	line   int
	header bool // the first row has been looked at
}

// maxRowBytes bounds one row of a manifest.
const maxRowBytes = 1 << 20

// NewManifest returns a reader of the manifest r in the given format.
func NewManifest(r io.Reader, format Format) *Manifest {
	return &Manifest{in: bufio.NewReaderSize(r, 64<<10), format: format}
}

// Next returns the next pair; ok is false at the end of the manifest.
func (m *Manifest) Next() (p Pair, ok bool, err error) {
	for {
		text, err := m.readLine()
		if err == io.EOF && text == "" {
			return Pair{}, false, nil
		}
		if err != nil && err != io.EOF {
			return Pair{}, false, err
		}
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if m.format == Sniff {
			m.format = CSV
			if strings.HasPrefix(trimmed, "{") {
				m.format = JSONLines
			}
		}
		first := !m.header
		m.header = true
		if m.format == JSONLines {
			return m.jsonRow(trimmed), true, nil
		}
		fields, perr := csvFields(text)
		if first && perr == nil && isHeader(fields) {
			continue
		}
		return m.csvRow(fields, perr), true, nil
	}
}

// readLine returns the next line without its line ending, counting lines.
func (m *Manifest) readLine() (string, error) {
	var b bytes.Buffer
	for {
		chunk, err := m.in.ReadSlice('\n')
		if b.Len()+len(chunk) > maxRowBytes {
			return "", fmt.Errorf("line %d: longer than %d bytes", m.line+1, maxRowBytes)
		}
		b.Write(chunk)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == nil || b.Len() > 0 {
			m.line++
		}
		text := strings.TrimSuffix(strings.TrimSuffix(b.String(), "\n"), "\r")
		if m.line == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // a byte order mark
		}
		return text, err
	}
}

// csvFields splits one CSV row. A row is one line: a quoted field may
// hold commas and quotes, not line breaks.
func csvFields(line string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(line))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	fields, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, err
	}
	return fields, nil
}

// isHeader reports whether a first row names the columns.
func isHeader(fields []string) bool {
	return len(fields) >= 2 && strings.EqualFold(strings.TrimSpace(fields[0]), "before") && strings.EqualFold(strings.TrimSpace(fields[1]), "after")
}

func (m *Manifest) csvRow(fields []string, err error) Pair {
	p := Pair{Line: m.line}
	switch {
	case err != nil:
		p.Err = fmt.Errorf("manifest line %d: %v", m.line, err)
	case len(fields) < 2 || len(fields) > 3:
		p.Err = fmt.Errorf("manifest line %d: want before,after[,id], got %d field(s)", m.line, len(fields))
	default:
		p.Before, p.After = strings.TrimSpace(fields[0]), strings.TrimSpace(fields[1])
		if len(fields) == 3 {
			p.ID = strings.TrimSpace(fields[2])
		}
		p.Err = m.checkNames(p)
	}
	return p
}

func (m *Manifest) jsonRow(text string) Pair {
	var row struct {
		Before *string `json:"before"`
		After  *string `json:"after"`
		ID     any     `json:"id"`
	}
	p := Pair{Line: m.line}
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(&row); err != nil {
		p.Err = fmt.Errorf("manifest line %d: %v", m.line, err)
		return p
	}
	if row.Before != nil {
		p.Before = *row.Before
	}
	if row.After != nil {
		p.After = *row.After
	}
	switch id := row.ID.(type) {
	case nil:
	case string:
		p.ID = id
	case json.Number:
		p.ID = id.String()
	default:
		p.Err = fmt.Errorf("manifest line %d: id is not a string or a number", m.line)
		return p
	}
	p.Err = m.checkNames(p)
	return p
}

func (m *Manifest) checkNames(p Pair) error {
	if p.Before == "" || p.After == "" {
		return fmt.Errorf("manifest line %d: want two file names, before and after", m.line)
	}
	return nil
}
