package transcript_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"callsite/internal/content"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// BenchmarkParse parses single transcripts: the repository's samples, the
// shared seed transcript (about the size of a corpusgen call) and the first
// file of each shared corpus format. The shared ones are skipped when
// ../shared is absent.
//
//	go test -run '^$' -bench Parse -benchmem ./internal/transcript
func BenchmarkParse(b *testing.B) {
	samples, _ := filepath.Glob("../../content/*.txt")
	sort.Strings(samples)
	for _, p := range samples {
		b.Run("sample/"+filepath.Base(p), func(b *testing.B) { benchParse(b, p) })
	}
	b.Run("seed", func(b *testing.B) {
		seeds, _ := filepath.Glob(testshared.Path(b, "seed", "*.txt"))
		if len(seeds) == 0 {
			b.Skip("no seed transcript in ../shared/seed")
		}
		benchParse(b, seeds[0])
	})
	b.Run("corpus", func(b *testing.B) {
		formats, _ := filepath.Glob(testshared.Path(b, "corpus", "transcripts", "*"))
		for _, dir := range formats {
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			sort.Strings(files)
			for _, p := range files {
				if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && content.IsTranscriptFile(filepath.Base(p)) {
					b.Run(filepath.Base(dir), func(b *testing.B) { benchParse(b, p) })
					break
				}
			}
		}
	})
}

// BenchmarkParseBulk parses the first 40 real calls of ../shared/corpus/bulk
// per iteration: the mix a real build parses, for CPU profiles of parsing.
// first is a build's first parse (Parse), again its second
// (ParseFilesAgain, given the first's Meta). cpu-ms/op is the process's
// CPU time (user and system, the collector's included), which a busy
// machine changes less than ns/op.
//
//	go test -run '^$' -bench ParseBulk -cpuprofile /tmp/parse.prof ./internal/transcript
func BenchmarkParseBulk(b *testing.B) {
	benchParseCalls(b, testshared.Path(b, "corpus", "bulk", "transcripts"))
}

// BenchmarkParseDev parses the 40 dev calls (the evaluation's check on
// what bulk tunes), as BenchmarkParseBulk does.
func BenchmarkParseDev(b *testing.B) {
	benchParseCalls(b, testshared.Path(b, "corpus", "transcripts", "ectsum-motleyfool-json"))
}

// benchParseCalls parses the first 40 calls of dir per iteration, first
// and again.
func benchParseCalls(b *testing.B, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	sort.Strings(files)
	if len(files) == 0 {
		b.Skip("no calls in " + dir)
	}
	files = files[:min(40, len(files))]
	calls := make([]content.Files, len(files))
	metas := make([]transcript.Meta, len(files))
	var size int64
	for i, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		calls[i] = content.Files{Transcript: content.File{Path: filepath.Base(p), Data: src}}
		t, err := transcript.ParseFiles(calls[i])
		if err != nil {
			b.Fatal(err)
		}
		metas[i] = t.Meta
		size += int64(len(src))
	}
	bench := func(b *testing.B, parse func(i int) error) {
		b.SetBytes(size)
		b.ReportAllocs()
		start := testshared.CPUTime()
		for b.Loop() {
			for i := range calls {
				if err := parse(i); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(testshared.CPUTime()-start)/1e6/float64(b.N), "cpu-ms/op")
	}
	b.Run("first", func(b *testing.B) {
		bench(b, func(i int) error { _, err := transcript.ParseFiles(calls[i]); return err })
	})
	b.Run("again", func(b *testing.B) {
		bench(b, func(i int) error { _, err := transcript.ParseFilesAgain(calls[i], metas[i]); return err })
	})
}

func benchParse(b *testing.B, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := transcript.Parse(filepath.Base(path), src); err != nil {
		b.Skipf("%s does not parse: %v", path, err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := transcript.Parse(filepath.Base(path), src); err != nil {
			b.Fatal(err)
		}
	}
}
