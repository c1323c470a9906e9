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

// BenchmarkWrite writes the whole index of real calls (the first 200 of
// ../shared/corpus/bulk, each call's part collected beforehand as a build
// does while rendering), files handed to a writer that keeps nothing.
//
//	go test -run '^$' -bench Write -benchmem ./internal/search
func BenchmarkWrite(b *testing.B) {
	s, parsed := bulktest.Site(b, 200, site.Config{})
	w := NewWords()
	parts := map[*site.Call]*CallPart{}
	for _, c := range s.Calls {
		parts[c] = w.Collect(c, parsed[c.Source])
	}
	opt := Options{Calls: func(c *site.Call) *CallPart { return parts[c] }}
	discard := func(string, []byte) error { return nil }
	b.ReportAllocs()
	n := 0
	start := testshared.CPUTime()
	for b.Loop() {
		if err := Write(s, opt, discard); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(testshared.CPUTime()-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
}

// BenchmarkCollectCold is BenchmarkCollect with the caches' lines taken
// by other work between calls, as in a build, where each call's pages
// are drawn between its collections: a call's rarer words are then read
// from a farther cache. The writes that evict them are left out of the
// time and of cpu-ms/op.
//
//	go test -run '^$' -bench CollectCold -benchmem ./internal/search
func BenchmarkCollectCold(b *testing.B) {
	s, parsed := bulktest.Site(b, 40, site.Config{})
	w := NewWords()
	other := make([]byte, 4<<20) // twice a core's level-2 cache
	b.ReportAllocs()
	i := 0
	var evicting time.Duration
	start := testshared.CPUTime()
	for b.Loop() {
		c := s.Calls[i%len(s.Calls)]
		w.Collect(c, parsed[c.Source])
		b.StopTimer()
		from := testshared.CPUTime()
		for k := 0; k < len(other); k += 64 {
			other[k]++
		}
		evicting += testshared.CPUTime() - from
		b.StartTimer()
		i++
	}
	b.ReportMetric(float64(testshared.CPUTime()-start-evicting)/float64(time.Millisecond)/float64(i), "cpu-ms/op")
}
