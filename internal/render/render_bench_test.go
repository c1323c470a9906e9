package render_test

import (
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"

	"callsite"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// countOutput counts what would be written.
type countOutput struct{ files, bytes atomic.Int64 }

func (o *countOutput) WriteFile(name string, data []byte) error {
	o.files.Add(1)
	o.bytes.Add(int64(len(data)))
	return nil
}

// BenchmarkRenderCall renders one call's files (page and call.json) with
// the default theme, for the repository's samples and the shared seed
// transcript (skipped when ../shared is absent). The site is built once;
// only Renderer.Call is timed. MB/s is output bytes. CALLSITE_BENCH_FILE
// names one more transcript to render (a corpusgen one, say).
//
//	go test -run '^$' -bench RenderCall -benchmem ./internal/render
func BenchmarkRenderCall(b *testing.B) {
	if p := os.Getenv("CALLSITE_BENCH_FILE"); p != "" {
		b.Run("file/"+filepath.Base(p), func(b *testing.B) { benchRenderCall(b, p) })
	}
	samples, _ := filepath.Glob("../../content/*.txt")
	sort.Strings(samples)
	for _, p := range samples {
		b.Run("sample/"+filepath.Base(p), func(b *testing.B) { benchRenderCall(b, p) })
	}
	b.Run("seed", func(b *testing.B) {
		seeds, _ := filepath.Glob(testshared.Path(b, "seed", "*.txt"))
		if len(seeds) == 0 {
			b.Skip("no seed transcript in ../shared/seed")
		}
		benchRenderCall(b, seeds[0])
	})
}

func benchRenderCall(b *testing.B, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	t, err := transcript.Parse(filepath.Base(path), src)
	if err != nil {
		b.Skipf("%s does not parse: %v", path, err)
	}
	figs := site.CallFigures(t)
	s := site.Build(site.Config{}, []*site.Record{site.NewRecord(t, figs)}, nil)
	r, err := render.New(s, defaultTheme(b), render.Options{})
	if err != nil {
		b.Fatal(err)
	}
	c := s.Calls[0]
	var out countOutput
	if err := r.Call(c, t, figs, &out); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(out.bytes.Load())
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Call(c, t, figs, &out); err != nil {
			b.Fatal(err)
		}
	}
}

func defaultTheme(_ *testing.B) render.Theme { return callsite.DefaultTheme() }
