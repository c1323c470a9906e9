package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
	"callsite/internal/transcript"
)

// TestBulkQuestionQuotes measures the quotes shown for the questions of
// the 811 real calls in ../shared/corpus/bulk: each must be one whole
// sentence the analyst said (never one cut after "U.S."), not a
// pleasantry, and almost always one that asks.
//
//	go test ./internal/site -run TestBulkQuestionQuotes -v
func TestBulkQuestionQuotes(t *testing.T) {
	dir := testshared.Path(t, "corpus", "bulk", "transcripts")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts in %s: %v", dir, err)
	}
	exchanges, asks, empty := 0, 0, 0
	var pleasantries, partial []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := transcript.Parse(filepath.Base(f), src)
		if err != nil {
			continue // not a transcript: Load reports it
		}
		for _, ex := range tr.Exchanges {
			exchanges++
			q := Question(ex)
			switch {
			case q == "":
				empty++
				continue
			case text.Pleasantry(q):
				pleasantries = append(pleasantries, q)
			case text.Asks(q):
				asks++
			}
			if !wholeSentenceOf(q, ex) {
				partial = append(partial, filepath.Base(f)+": "+q)
			}
		}
	}
	t.Logf("%d exchanges: %d quotes ask (%.1f%%), %d pleasantries, %d empty, %d not a sentence the analyst said",
		exchanges, asks, 100*float64(asks)/float64(exchanges), len(pleasantries), empty, len(partial))
	if len(pleasantries) > 0 {
		t.Errorf("%d quotes are pleasantries, e.g. %q", len(pleasantries), pleasantries[0])
	}
	if len(partial) > 0 {
		t.Errorf("%d quotes are not whole sentences of the analyst, e.g. %q", len(partial), partial[:min(3, len(partial))])
	}
	if float64(asks) < 0.97*float64(exchanges) {
		t.Errorf("only %d of %d quotes ask something, want 97%%", asks, exchanges)
	}
	if float64(empty) > 0.01*float64(exchanges) {
		t.Errorf("%d of %d exchanges have no quote, want at most 1%%", empty, exchanges)
	}
}

// wholeSentenceOf: q is one of the analyst's sentences (text.Split),
// give or take the fillers and shortening quote applies.
func wholeSentenceOf(q string, ex *transcript.Exchange) bool {
	q = strings.TrimPrefix(strings.TrimSuffix(q, " …"), "… ")
	for _, tu := range ex.Turns {
		if tu.Speaker != ex.Analyst {
			continue
		}
		for _, p := range tu.Paragraphs {
			for _, s := range text.Split(p.Text) {
				if strings.HasSuffix(s, q) || strings.HasPrefix(s, q) || strings.EqualFold(s[len(s)-min(len(s), len(q)):], q) {
					return true
				}
			}
		}
	}
	return false
}
