package search

import (
	"io/fs"
	"os"
	"testing"
)

// BenchmarkSiteQueries runs queries against a built site's index, from
// disk: the time of search.Search (which static/search.js mirrors) and
// the bytes of index files a query reads (what a reader downloads, before
// compression). Point CALLSITE_SEARCH_SITE at a built site's folder:
//
//	CALLSITE_SEARCH_SITE=/tmp/out go test -run '^$' -bench SiteQueries ./internal/search
func BenchmarkSiteQueries(b *testing.B) {
	dir := os.Getenv("CALLSITE_SEARCH_SITE")
	if dir == "" {
		b.Skip("skipping: set CALLSITE_SEARCH_SITE to a built site's folder")
	}
	fsys := os.DirFS(dir)
	for _, q := range []string{"revenue", "gross margin ", "eps", "backlog outside north america ", "tariffs", "guidance raised "} {
		b.Run(q, func(b *testing.B) {
			var bytes int64
			for b.Loop() {
				_, read, err := Search(fsys, Query{Text: q}, 10)
				if err != nil {
					b.Fatal(err)
				}
				bytes = 0
				for _, f := range read {
					if st, err := fs.Stat(fsys, f); err == nil {
						bytes += st.Size()
					}
				}
			}
			b.ReportMetric(float64(bytes), "bytes/query")
		})
	}
}
