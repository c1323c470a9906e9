package search

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"callsite/internal/testshared"
)

// BenchmarkSiteQueries runs a mix of queries against a built site's
// index, from disk: the time of search.Search (which static/search.js
// mirrors) and the bytes of index files a query reads (what a reader
// downloads), before and after gzip. Point CALLSITE_SEARCH_SITE at a
// built site's folder:
//
//	CALLSITE_SEARCH_SITE=/tmp/out go test -run '^$' -bench SiteQueries ./internal/search
//
// The mix (siteQueries) is drawn from the site's own index: single
// words, metric words, names of people and companies, two-word phrases,
// the word with the most postings, a prefix being typed, and the same
// with filters. The last line (with -v) sums it up: min, median and max
// of the bytes read, of the time and of the CPU time (user and system of
// the process, garbage collection included: on a busy machine the time
// also counts waiting for a core).
func BenchmarkSiteQueries(b *testing.B) {
	dir := os.Getenv("CALLSITE_SEARCH_SITE")
	if dir == "" {
		b.Skip("skipping: set CALLSITE_SEARCH_SITE to a built site's folder")
	}
	fsys := os.DirFS(dir)
	queries, err := siteQueries(fsys)
	if err != nil {
		b.Fatal(err)
	}
	var raws, gzs []int64
	var times, cpus []time.Duration
	for _, q := range queries {
		b.Run(queryName(q), func(b *testing.B) {
			var raw, gz int64
			var read []string
			cpu0 := testshared.CPUTime()
			for b.Loop() {
				_, read, err = Search(fsys, q, 10)
				if err != nil {
					b.Fatal(err)
				}
			}
			cpu := (testshared.CPUTime() - cpu0) / time.Duration(max(b.N, 1))
			for _, f := range read {
				data, err := fs.ReadFile(fsys, f)
				if err != nil {
					b.Fatal(err)
				}
				raw += int64(len(data))
				gz += gzipLen(data)
			}
			b.ReportMetric(float64(raw), "bytes/query")
			b.ReportMetric(float64(gz), "gzip-bytes/query")
			b.ReportMetric(float64(len(read)), "files/query")
			b.ReportMetric(float64(cpu.Nanoseconds()), "cpu-ns/query")
			raws, gzs = append(raws, raw), append(gzs, gz)
			times, cpus = append(times, b.Elapsed()/time.Duration(max(b.N, 1))), append(cpus, cpu)
		})
	}
	if len(raws) == len(queries) {
		b.Logf("%d queries: bytes read %s, gzipped %s, time %s, CPU %s (min/median/max)",
			len(queries), spread(raws), spread(gzs), spread(times), spread(cpus))
	}
}

// siteQueries is the benchmark's mix, taken from the index under fsys.
func siteQueries(fsys fs.FS) ([]Query, error) {
	var m Manifest
	if err := readJSON(fsys, "search/manifest.json", &m); err != nil {
		return nil, err
	}
	if err := readJSON(fsys, "search/companies.json", &m.Companies); err != nil {
		return nil, err
	}
	var qs []Query
	for _, w := range []string{"tariffs", "backlog", "pricing", "inventory", "china",
		"revenue", "eps", "gross margin ", "ebitda", "guidance", "free cash flow ",
		"supply chain ", "interest rates ", "backlog outside north america ", "guidance raised "} {
		qs = append(qs, Query{Text: w})
	}
	qs = append(qs, Query{Text: "rev"}, Query{Text: "marg"}) // typing
	// The word with the most postings: the worst a word can do.
	common, err := commonestWord(fsys, m)
	if err != nil {
		return nil, err
	}
	qs = append(qs, Query{Text: common + " "})
	// Names: people (numbered after the companies) and companies, spread
	// over the site.
	if n := len(m.Companies); n > 0 {
		for _, i := range []int{0, n / 2, n - 1} {
			qs = append(qs, Query{Text: m.Companies[i].Name + " "})
		}
		people := m.Companies[n-1].Hi
		for _, d := range []int{people, people + (m.Docs-people)/3, people + (m.Docs-people)/2} {
			doc, err := docAt(fsys, m, d)
			if err == nil && doc.Kind == "person" {
				qs = append(qs, Query{Text: doc.Title + " "}, Query{Speaker: doc.Title})
			}
		}
		// Filters: a company, the latest period, a kind, a role.
		co := m.Companies[n/2].Slug
		qs = append(qs, Query{Text: "revenue", Company: co}, Query{Text: "guidance", Company: co, Kind: "remarks"},
			Query{Text: common + " ", Company: co})
	}
	if len(m.Periods) > 0 {
		p := m.Periods[0].Label
		qs = append(qs, Query{Text: "revenue", Period: p}, Query{Text: "gross margin ", Period: p}, Query{Text: common + " ", Period: p})
	}
	qs = append(qs, Query{Text: "margin", Kind: "figure"}, Query{Text: "demand", Kind: "question", Role: "analyst"})
	return qs, nil
}

// commonestWord is the term of the index with the longest postings
// (with the most pages, then the longest head).
func commonestWord(fsys fs.FS, m Manifest) (string, error) {
	best, size := "", -1
	for _, k := range m.Shards {
		var sh map[string]shardEntry
		if err := readJSON(fsys, "search/idx/"+ShardFile(k), &sh); err != nil {
			return "", err
		}
		for w, e := range sh {
			if n := len(e.firsts)<<30 + len(e.post); n > size || n == size && w < best {
				best, size = w, n
			}
		}
	}
	return best, nil
}

func docAt(fsys fs.FS, m Manifest, id int) (Doc, error) {
	var docs []Doc
	if err := readJSON(fsys, fmt.Sprintf("search/docs/%d.json", id/m.ChunkDocs), &docs); err != nil {
		return Doc{}, err
	}
	if j := id % m.ChunkDocs; j < len(docs) {
		return docs[j], nil
	}
	return Doc{}, fmt.Errorf("no document %d", id)
}

func readJSON(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

func queryName(q Query) string {
	var parts []string
	for _, p := range []struct{ k, v string }{{"q", q.Text}, {"speaker", q.Speaker}, {"type", q.Kind},
		{"role", q.Role}, {"company", q.Company}, {"period", q.Period}} {
		if p.v != "" {
			parts = append(parts, p.k+"="+strings.TrimSpace(p.v))
		}
	}
	return strings.Join(parts, ",")
}

func gzipLen(data []byte) int64 {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	w.Write(data)
	w.Close()
	return int64(buf.Len())
}

// spread is "min / median / max" of values.
func spread[T int64 | time.Duration](values []T) string {
	s := slices.Clone(values)
	slices.Sort(s)
	return fmt.Sprintf("%v / %v / %v", s[0], s[len(s)/2], s[len(s)-1])
}
