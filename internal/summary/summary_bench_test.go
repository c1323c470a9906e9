package summary

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"callsite/internal/figures"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// BenchmarkSummarizeDev summarizes the 40 dev calls per iteration with
// their figures already found, as a build's record does (key points:
// SummarizeFigures; topics: Topic of every exchange). cpu-ms/op is the
// process's CPU time (user and system, the collector's included), which
// a busy machine changes less than ns/op.
//
//	go test -run '^$' -bench SummarizeDev -benchmem ./internal/summary
func BenchmarkSummarizeDev(b *testing.B) {
	files, _ := filepath.Glob(testshared.Path(b, "corpus", "transcripts", "ectsum-motleyfool-json", "*"))
	sort.Strings(files)
	if len(files) == 0 {
		b.Skip("no dev calls")
	}
	files = files[:min(40, len(files))]
	type call struct {
		t    *transcript.Transcript
		figs func(*transcript.Paragraph) []figures.Figure
	}
	calls := make([]call, len(files))
	for i, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		t, err := transcript.Parse(filepath.Base(p), src)
		if err != nil {
			b.Fatal(err)
		}
		calls[i] = call{t, figuresByParagraph(t)}
	}
	bench := func(b *testing.B, each func(c call)) {
		b.ReportAllocs()
		start := testshared.CPUTime()
		for b.Loop() {
			for _, c := range calls {
				each(c)
			}
		}
		b.ReportMetric(float64((testshared.CPUTime()-start).Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	}
	b.Run("figures", func(b *testing.B) { bench(b, func(c call) { SummarizeFigures(c.t, c.figs) }) })
	b.Run("topics", func(b *testing.B) {
		bench(b, func(c call) {
			for _, ex := range c.t.Exchanges {
				Topic(ex)
			}
		})
	})
}
