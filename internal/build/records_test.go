package build

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"testing"

	"callsite/internal/ids"
	"callsite/internal/site"
	"callsite/internal/summary"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// TestShardKeepsEntries writes entries of every shape the cache holds and
// reads them back as they were: nil lists stay nil and empty ones empty,
// a negative zero stays negative, pointers come back whole.
func TestShardKeepsEntries(t *testing.T) {
	ceo := &transcript.Speaker{ID: "ann-lee", Name: "Ann Lee", Role: transcript.RoleManagement, NameInferred: true, Label: "Speaker 1"}
	full := &cacheEntry{
		InputKey: "k", RecordHash: "r", PageHash: "p", RenderKey: "rk",
		Stats: []fileStat{{Name: "a.txt", Size: 40_000, ModTime: -1, Change: math.MaxInt64, Inode: math.MaxUint64}, {Name: "a.txt.ids", Size: -1}},
		Record: &site.Record{
			Source: "a.txt", Sources: []string{"a.txt", "b.txt"}, Format: "plain",
			Meta:     transcript.Meta{Company: "Acme", Year: 2024, Quarter: 2, Words: transcript.Fingerprint{Sig: [64]uint32{1, math.MaxUint32}, N: 3}},
			Speakers: []*transcript.Speaker{ceo},
			Exchanges: []site.ExchangeRecord{{ID: "q1", N: 1, Analyst: &transcript.Speaker{ID: "x"}, Submitted: true, Question: "Why?", AnsweredBy: []*transcript.Speaker{}},
				{ID: "q2"}},
			Key:     []site.KeyFigure{{ID: "f1", Metric: "revenue", Value: 1.5, Low: math.Copysign(0, -1), High: math.Inf(1), PerSh: true}},
			Summary: []summary.Bullet{{Text: "Revenue rose", Kind: summary.KindHeadline}},
			Said:    []site.Quote{{Speaker: "ann-lee", Text: "Thank you."}},
			TextKey: math.MaxUint64,
		},
		Warnings: []*transcript.Error{{Pos: transcript.Pos{File: "a.txt", Line: 3}, Msg: "no date", Kind: "date"}, nil},
		Pin:      &cachedPin{File: "a.txt.ids", Changes: &ids.Changes{Kept: 4, Gone: []ids.Gone{{ID: "q5", Line: 9}}}},
		Files:    []string{},
	}
	cfo := &transcript.Speaker{ID: "bo-chan", Name: "Bo Chan", Role: transcript.RoleManagement}
	second := &cacheEntry{InputKey: "k2", Files: []string{"c/b/index.html"}, Record: &site.Record{
		Source: "b.txt", Speakers: []*transcript.Speaker{cfo},
		Exchanges: []site.ExchangeRecord{{ID: "q1", N: 1, AnsweredBy: []*transcript.Speaker{cfo}}},
		Key:       []site.KeyFigure{{ID: "f2", Metric: "eps", Value: 0.5}, {ID: "f3", Metric: "revenue"}},
		Summary:   []summary.Bullet{{Text: "EPS rose", Kind: summary.KindHeadline}},
	}}
	in := map[string]*cacheEntry{"a.txt": full, "b.txt": second, "empty.txt": {}, "": {InputKey: "é\x00"}}
	data := encodeShard(in)
	out, err := decodeShard(data)
	if err != nil {
		t.Fatal(err)
	}
	if out["a.txt"].Record.Key != nil || out["a.txt"].Record.Said != nil {
		t.Error("a record's body was decoded before it was asked for")
	}
	if again := encodeShard(out); string(again) != string(data) {
		t.Error("a shard read and written again from the bytes read differs")
	}
	for _, e := range out {
		e.encoded = nil // what saveCache copies must be what encoding writes
	}
	if again := encodeShard(out); string(again) != string(data) {
		t.Error("a shard read and encoded again, bodies not decoded, differs")
	}
	d := bodiesDecoder(manyBodies) // a.txt's alone, the others' from shared blocks
	for path, e := range out {
		if path == "a.txt" {
			e.body.fill(nil)
		} else {
			e.body.fill(d)
		}
		e.body = nil // compared by the fields it filled
	}
	if !reflect.DeepEqual(out, in) {
		t.Errorf("read back\n%+v\nwant\n%+v", out, in)
	}
	if got := out["a.txt"].Record.Key[0].Low; !math.Signbit(got) {
		t.Errorf("negative zero read back as %v", got)
	}
	if out["empty.txt"].Files != nil || out["a.txt"].Files == nil {
		t.Error("nil and empty lists not kept apart")
	}
}

// TestShardRejectsDamage reads every cut of a shard and every shard with
// a byte changed: an error or entries, never a panic or a hang; and a
// shard of another layout is not read.
func TestShardRejectsDamage(t *testing.T) {
	data := encodeShard(map[string]*cacheEntry{"a.txt": {InputKey: "k", Files: []string{"a/index.html"},
		Record: &site.Record{Source: "a.txt", Speakers: []*transcript.Speaker{{ID: "x"}}, Key: []site.KeyFigure{{Value: 2}}}}})
	for n := range len(data) {
		if _, err := decodeShard(data[:n]); err == nil {
			t.Errorf("cut at %d of %d bytes: read", n, len(data))
		}
	}
	for i := range data {
		for _, b := range []byte{0, 0x7f, 0xff} {
			bad := append([]byte(nil), data...)
			bad[i] = b
			decodeShard(bad)
		}
	}
	other := append([]byte(nil), data...)
	other[len("callsite inputs ")] ^= 1
	if _, err := decodeShard(other); err == nil {
		t.Error("a shard of another layout was read")
	}
}

// BenchmarkLoadCache reads a build cache, records and all, as every
// rebuild does first. CALLSITE_BENCH_CACHE=DIR names the cache folder of
// a build (gen build's .callsite-cache/build beside its output, or -cache):
//
//	CALLSITE_BENCH_CACHE=/tmp/out/.callsite-cache/build go test -run '^$' -bench LoadCache -benchmem ./internal/build
func BenchmarkLoadCache(b *testing.B) {
	dir := os.Getenv("CALLSITE_BENCH_CACHE")
	if dir == "" {
		b.Skip("CALLSITE_BENCH_CACHE is not set")
	}
	// mapped as gen build reads it (each run maps the files anew: the
	// mappings are never undone, a few per run).
	for _, mapped := range []bool{false, true} {
		b.Run(fmt.Sprintf("mapped=%v", mapped), func(b *testing.B) {
			b.ReportAllocs()
			start := testshared.CPUTime() // with the collector's: what a rebuild pays
			for b.Loop() {
				if c := loadCache(dir, mapped); len(c.Inputs) == 0 {
					b.Fatal("no inputs in the cache at", dir)
				}
			}
			b.ReportMetric(float64(testshared.CPUTime()-start)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkWriteSiteCache writes the site.bin of a build's cache again
// (CALLSITE_BENCH_CACHE as for BenchmarkLoadCache), as every build does.
func BenchmarkWriteSiteCache(b *testing.B) {
	dir := os.Getenv("CALLSITE_BENCH_CACHE")
	if dir == "" {
		b.Skip("CALLSITE_BENCH_CACHE is not set")
	}
	sc, err := readSiteCache(dir+"/"+siteCacheFile, false)
	if err != nil {
		b.Fatal(err)
	}
	file := b.TempDir() + "/" + siteCacheFile
	b.ReportAllocs()
	start := testshared.CPUTime()
	for b.Loop() {
		if err := writeSiteCache(file, sc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(testshared.CPUTime()-start)/1e6/float64(b.N), "cpu-ms/op")
}

// BenchmarkFillBodies decodes the records' bodies of every call a cache
// holds, as a rebuild does when the pages drawn from every call are drawn
// again (CALLSITE_BENCH_CACHE as for BenchmarkLoadCache).
func BenchmarkFillBodies(b *testing.B) {
	dir := os.Getenv("CALLSITE_BENCH_CACHE")
	if dir == "" {
		b.Skip("CALLSITE_BENCH_CACHE is not set")
	}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		c := loadCache(dir, true)
		b.StartTimer()
		d := bodiesDecoder(len(c.Inputs))
		for _, e := range c.Inputs {
			e.body.fill(d)
		}
	}
}
