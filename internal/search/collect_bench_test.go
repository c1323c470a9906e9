package search

import (
	"testing"

	"callsite/internal/site"
	"callsite/internal/site/bulktest"
)

// BenchmarkCollect collects the search documents of real calls (the first
// 40 of ../shared/corpus/bulk) as a build does while rendering them, one
// call per op in turn, into one Words.
//
//	go test -run '^$' -bench Collect -benchmem ./internal/search
func BenchmarkCollect(b *testing.B) {
	s, parsed := bulktest.Site(b, 40, site.Config{})
	w := NewWords()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := s.Calls[i%len(s.Calls)]
		w.Collect(c, parsed[c.Source])
		i++
	}
}
