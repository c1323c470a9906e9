package search

import (
	"os"
	"testing"

	"callsite/internal/content"
	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// BenchmarkCollect collects the search documents of real calls (the first
// 40 of ../shared/corpus/bulk) as a build does while rendering them, one
// call per op in turn, into one Words.
//
//	go test -run '^$' -bench Collect -benchmem ./internal/search
func BenchmarkCollect(b *testing.B) {
	dir := testshared.Path(b, "corpus", "bulk", "transcripts")
	fsys := os.DirFS(dir)
	inputs, _ := content.Discover(fsys, ".")
	inputs = inputs[:min(40, len(inputs))]
	var records []*site.Record
	parsed := map[string]*transcript.Transcript{}
	for _, in := range inputs {
		files, err := content.Read(fsys, in)
		if err != nil {
			continue
		}
		if t, err := transcript.ParseFiles(files); err == nil && t != nil {
			parsed[in.Path] = t
			records = append(records, site.NewRecord(t, site.CallFigures(t)))
		}
	}
	s := site.Build(site.Config{}, records, nil)
	if len(s.Calls) == 0 {
		b.Fatalf("no calls in %s", dir)
	}
	w := NewWords()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := s.Calls[i%len(s.Calls)]
		w.Collect(c, parsed[c.Source])
		i++
	}
}
