package site_test

import (
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"

	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// BenchmarkRecord keeps the records of the first 40 real calls of
// ../shared/corpus/bulk, as a build's first phase does after finding their
// figures (record: NewRecord; pack: PackFigures), and attaches the packed
// figures to the calls parsed again, as its render phase does (unpack).
// cpu-ms/op is the process's CPU time (user and system, the collector's
// included), which a busy machine changes less than ns/op.
//
//	go test -run '^$' -bench Record -benchmem ./internal/site
func BenchmarkRecord(b *testing.B) {
	files, _ := filepath.Glob(testshared.Path(b, "corpus", "bulk", "transcripts", "*"))
	sort.Strings(files)
	if len(files) == 0 {
		b.Skip("no calls in ../shared/corpus/bulk/transcripts")
	}
	files = files[:min(40, len(files))]
	calls := make([]*transcript.Transcript, len(files))
	figs := make([][]site.CallFigure, len(files))
	packed := make([][]byte, len(files))
	for i, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if calls[i], err = transcript.Parse(filepath.Base(p), src); err != nil {
			b.Fatal(err)
		}
		figs[i] = site.CallFigures(calls[i])
		packed[i] = site.PackFigures(figs[i])
	}
	bench := func(b *testing.B, each func(i int)) {
		b.ReportAllocs()
		start := processCPU()
		for b.Loop() {
			for i := range calls {
				each(i)
			}
		}
		b.ReportMetric(float64(processCPU()-start)/1e6/float64(b.N), "cpu-ms/op")
	}
	b.Run("record", func(b *testing.B) { bench(b, func(i int) { site.NewRecord(calls[i], figs[i]) }) })
	b.Run("pack", func(b *testing.B) { bench(b, func(i int) { site.PackFigures(figs[i]) }) })
	b.Run("unpack", func(b *testing.B) {
		bench(b, func(i int) {
			if _, err := site.UnpackFigures(calls[i], packed[i]); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// processCPU is the CPU time the process has used, in nanoseconds.
func processCPU() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
