package render

import (
	"io"

	"github.com/letterdiff/letterdiff/diff"
)

// JSON writes the report in the JSON form of the report contract.
func JSON(w io.Writer, r *diff.Report) error { return writeJSON(w, r) }
