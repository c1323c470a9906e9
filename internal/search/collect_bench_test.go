package search

import (
	"testing"
	"time"

	"callsite/internal/site"
	"callsite/internal/site/bulktest"
	"callsite/internal/testshared"
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
	start := testshared.CPUTime()
	for b.Loop() {
		c := s.Calls[i%len(s.Calls)]
		w.Collect(c, parsed[c.Source])
		i++
	}
	// The process's CPU time (collector included) holds on a busy
	// machine where ns/op does not.
	b.ReportMetric(float64(testshared.CPUTime()-start)/float64(time.Millisecond)/float64(i), "cpu-ms/op")
}
