package render

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/letterdiff/letterdiff/diff"
)

// BatchSchema names the JSON-lines form of a batch of comparisons
// (`letterdiff compare --pairs`).
const BatchSchema = "letterdiff.batch/v1"

// BatchLine is one line of a batch's output: the report of one pair of
// its manifest, or the error that stopped it.
type BatchLine struct {
	Schema string `json:"schema"`
	// Line is the pair's line in the manifest, from 1: a line of output
	// can always be joined to its line of input.
	Line   int          `json:"line"`
	ID     string       `json:"id,omitempty"`
	Before string       `json:"before"`
	After  string       `json:"after"`
	Report *diff.Report `json:"report,omitempty"`
	Error  string       `json:"error,omitempty"`
}

// BatchJSON returns a batch line as one line of JSON, with its final
// newline; the report inside follows the report contract.
func BatchJSON(l BatchLine) ([]byte, error) {
	l.Schema = BatchSchema
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // as the report's own JSON
	if err := enc.Encode(l); err != nil {
		return nil, fmt.Errorf("write JSON: %w", err)
	}
	return b.Bytes(), nil
}
