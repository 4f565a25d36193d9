package cli

import (
	"strings"
	"testing"
	"time"
)

func TestStageProgress(t *testing.T) {
	for _, tt := range []struct {
		name     string
		terminal bool
		delay    time.Duration
	}{
		{"not a terminal: nothing", false, 0},
		{"quick: nothing", true, time.Hour},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _, errOut := Test()
			ios.ErrIsTerminal = tt.terminal
			p := newStageProgressAfter(ios, "reading", tt.delay)
			time.Sleep(20 * time.Millisecond)
			p.Stage("comparing")
			p.Done()
			if errOut.Len() != 0 {
				t.Errorf("wrote %q", errOut)
			}
		})
	}
	t.Run("slow: the stage, then cleared", func(t *testing.T) {
		ios, _, _, errOut := Test()
		ios.ErrIsTerminal = true
		p := newStageProgressAfter(ios, "reading", time.Millisecond)
		time.Sleep(50 * time.Millisecond)
		p.Stage("comparing")
		time.Sleep(150 * time.Millisecond)
		p.Done()
		out := errOut.String()
		if !strings.Contains(out, "comparing") {
			t.Errorf("progress %q does not name the stage", out)
		}
		if !strings.HasSuffix(out, "\r") {
			t.Errorf("progress %q is not cleared at the end", out)
		}
		n := errOut.Len()
		p.Stage("writing")
		p.Add(1)
		if errOut.Len() != n {
			t.Error("progress written after Done")
		}
	})
}

func TestBatchProgress(t *testing.T) {
	ios, _, _, errOut := Test()
	ios.ErrIsTerminal = true
	p := newBatchProgress(ios, 3)
	for range 3 {
		p.Add(1)
		time.Sleep(120 * time.Millisecond)
	}
	p.Done()
	if out := errOut.String(); !strings.Contains(out, "3/3") && !strings.Contains(out, "2/3") {
		t.Errorf("progress %q shows no count", out)
	}
}
