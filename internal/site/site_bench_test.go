package site_test

import (
	"os"
	"path/filepath"
	"testing"

	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// BenchmarkSiteBulk measures what a build asks of this package over the
// first 100 real calls of ../shared/corpus/bulk, each as often as a cold
// build with -cards=false asks it:
//
//   - preview: every exchange's AnswerPreview for its page's description
//     and for its search document, and the Opening of every turn the search
//     index makes a document of;
//   - figures: every figure's Describe and FormatValue, as the call page's
//     marks ask them;
//   - build: Build over the calls' records (linkPeople).
//
// Without ../shared it skips (fails under CI=true, see testshared).
//
//	go test -run '^$' -bench SiteBulk -benchmem ./internal/site
func BenchmarkSiteBulk(b *testing.B) {
	files := testshared.BulkCalls(b, 100)
	var calls []*transcript.Transcript
	var records []*site.Record
	var figs []site.CallFigure
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		t, err := transcript.Parse(filepath.Base(p), src)
		if err != nil {
			b.Fatal(err)
		}
		f := site.CallFigures(t)
		calls = append(calls, t)
		records = append(records, site.NewRecord(t, f))
		figs = append(figs, f...)
	}
	bench := func(b *testing.B, each func()) {
		b.ReportAllocs()
		start := testshared.CPUTime()
		for b.Loop() {
			each()
		}
		b.ReportMetric(float64(testshared.CPUTime()-start)/1e6/float64(b.N), "cpu-ms/op")
	}
	b.Run("preview", func(b *testing.B) {
		bench(b, func() {
			for _, t := range calls {
				previews(t)
			}
		})
	})
	b.Run("figures", func(b *testing.B) {
		bench(b, func() {
			for _, f := range figs {
				site.Describe(f.Figure)
				site.FormatValue(f.Figure)
			}
		})
	})
	b.Run("build", func(b *testing.B) {
		bench(b, func() { site.Build(site.Config{}, records, nil) })
	})
}

// previews asks for a call's previews as its exchange pages and search
// documents do (render's descMin, descMax; search's 80, 200).
func previews(t *transcript.Transcript) {
	for _, ex := range t.Exchanges {
		site.AnswerPreview(ex, 110, 200)
		site.AnswerPreview(ex, 80, 200)
	}
	for _, sec := range t.Sections {
		for _, tu := range sec.Turns {
			if tu.Exchange == nil && tu.Speaker.Role != transcript.RoleOperator && len(tu.Paragraphs) > 0 {
				site.Opening(tu, 80, 200)
			}
		}
	}
}
