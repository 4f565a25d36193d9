package cli

import (
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay is how long a single comparison runs before it shows
// its progress.
const progressDelay = 2 * time.Second

// progress shows on standard error, when it is a terminal, how a long run
// goes: a bar for a batch of known size, a spinner with a count for one
// of unknown size, and a spinner naming the stage for a single
// comparison that has run longer than progressDelay. It shows nothing
// when standard error is not a terminal, and it is cleared when done.
type progress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar // nil until shown
	timer *time.Timer
	stage string
	total int64
	on    bool
}

// newBatchProgress returns the progress of a batch of total items (-1
// when unknown), shown at once.
func newBatchProgress(ios *IOStreams, total int64) *progress {
	p := &progress{total: total, on: ios.ErrIsTerminal, stage: "comparing pairs"}
	if p.on {
		p.bar = newBar(ios, total, p.stage)
	}
	return p
}

// newStageProgress returns the progress of a single comparison: nothing
// is shown unless it runs longer than progressDelay.
func newStageProgress(ios *IOStreams, stage string) *progress {
	return newStageProgressAfter(ios, stage, progressDelay)
}

// newStageProgressAfter is newStageProgress, shown after delay.
func newStageProgressAfter(ios *IOStreams, stage string, delay time.Duration) *progress {
	p := &progress{total: -1, on: ios.ErrIsTerminal, stage: stage}
	if p.on {
		p.timer = time.AfterFunc(delay, func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.on && p.bar == nil {
				p.bar = newBar(ios, -1, p.stage)
			}
		})
	}
	return p
}

func newBar(ios *IOStreams, total int64, stage string) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(ios.ErrOut),
		progressbar.OptionSetDescription(stage),
		progressbar.OptionShowCount(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionFullWidth(),
	)
}

// Stage names what a single comparison is doing now.
func (p *progress) Stage(stage string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stage = stage
	if p.bar != nil {
		p.bar.Describe(stage)
	}
}

// Add counts n more items done.
func (p *progress) Add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Add(n)
	}
}

// Done clears the progress from the terminal; nothing is shown after.
func (p *progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
	}
	p.on = false
	p.bar = nil
}
