package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progress shows how a long build goes, on one line that rewrites itself
// (calls done of total, rate, time left), when stderr is a terminal and
// -quiet is not set; otherwise it says nothing.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time
	mu    sync.Mutex
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, on: !quiet && isTerminal(w), start: time.Now()}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// report is build.Config.Progress: at most five updates a second.
func (p *progress) report(done, total int) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond && done < total {
		return
	}
	p.last = now
	p.shown = true
	fmt.Fprint(p.w, "\r"+progressLine(done, total, now.Sub(p.start))+"\033[K")
}

// done clears the progress line.
func (p *progress) done() {
	if p.on && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// progressLine is "rendered 1200/5000 calls, 410 calls/s, about 9s left".
func progressLine(done, total int, elapsed time.Duration) string {
	line := fmt.Sprintf("rendered %d/%d calls", done, total)
	if secs := elapsed.Seconds(); secs > 0 && done > 0 {
		rate := float64(done) / secs
		line += fmt.Sprintf(", %.0f calls/s", rate)
		if left := float64(total-done) / rate; done < total {
			line += fmt.Sprintf(", about %s left", time.Duration(left*float64(time.Second)).Round(time.Second))
		}
	}
	return line
}
