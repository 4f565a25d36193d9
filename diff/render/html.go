package render

import (
	"fmt"
	"io"

	"github.com/letterdiff/letterdiff/diff"
)

// HTML writes the report as one self-contained HTML page.
func HTML(w io.Writer, r *diff.Report, opts Options) error {
	return fmt.Errorf("the html format is not written yet")
}
