//go:build unix

package render_test

import (
	"syscall"
	"testing"

	"callsite"
	"callsite/internal/glossary"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/site/bulktest"
)

// BenchmarkRenderBulk draws the pages of real calls (the first 100 of
// ../shared/corpus/bulk) as a minified build does, into an Output that
// only counts: calls is each call's page, call.json, figures.csv and
// exchange pages, one call an op, without a glossary; glossary is the
// same with the default glossary, as a build has it; site is the pages
// across calls (people, firms, companies, home, search index), all of
// them an op.
// Templates and the Go-drawn parts are timed, not the minifier or the
// disk. cpu-ms/op is the process's CPU time (user and system, collector
// included) per op, which holds on a busy machine where ns/op does not.
//
//	go test -run '^$' -bench RenderBulk -benchmem ./internal/render
func BenchmarkRenderBulk(b *testing.B) {
	s, parsed := bulktest.Site(b, 100, site.Config{BaseURL: "https://example.org/"})
	r, err := render.New(s, defaultTheme(b), render.Options{Workers: 1, CompactJSON: true})
	if err != nil {
		b.Fatal(err)
	}
	figs := map[*site.Call][]site.CallFigure{}
	for _, c := range s.Calls {
		figs[c] = site.CallFigures(parsed[c.Source])
	}
	calls := func(b *testing.B, r *render.Renderer) {
		var out countOutput
		b.ReportAllocs()
		i := 0
		start := processCPU()
		for b.Loop() {
			c := s.Calls[i%len(s.Calls)]
			if err := r.Call(c, parsed[c.Source], figs[c], &out); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(processCPU()-start)/1e6/float64(i), "cpu-ms/op")
		b.SetBytes(out.bytes.Load() / int64(i))
	}
	b.Run("calls", func(b *testing.B) { calls(b, r) })
	b.Run("glossary", func(b *testing.B) {
		terms, err := glossary.Parse("default glossary", callsite.DefaultGlossary)
		if err != nil {
			b.Fatal(err)
		}
		s.Glossary = terms
		defer func() { s.Glossary = nil }()
		withTerms, err := render.New(s, defaultTheme(b), render.Options{Workers: 1, CompactJSON: true})
		if err != nil {
			b.Fatal(err)
		}
		calls(b, withTerms)
	})
	b.Run("site", func(b *testing.B) {
		var out countOutput
		b.ReportAllocs()
		i := 0
		start := processCPU()
		for b.Loop() {
			if err := r.Site(&out); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(processCPU()-start)/1e6/float64(i), "cpu-ms/op")
		b.SetBytes(out.bytes.Load() / int64(i))
	})
}

// processCPU is the process's user and system CPU time so far, in ns.
func processCPU() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
