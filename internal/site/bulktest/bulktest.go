// Package bulktest builds the site model of the first real calls of
// ../shared/corpus/bulk for benchmarks of the packages that read it (search
// documents, share images): one loader, so that each benchmark measures
// its own work on the same calls.
package bulktest

import (
	"os"
	"testing"

	"callsite/internal/content"
	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// Site parses the first n bulk calls and builds their site with cfg. It
// returns the site and each call's transcript by its source path. Without
// ../shared it skips (fails under CI=true, see testshared.Path); with no
// call parsed it fails.
func Site(tb testing.TB, n int, cfg site.Config) (*site.Site, map[string]*transcript.Transcript) {
	tb.Helper()
	dir := testshared.Path(tb, "corpus", "bulk", "transcripts")
	fsys := os.DirFS(dir)
	inputs, _ := content.Discover(fsys, ".")
	inputs = inputs[:min(n, len(inputs))]
	var records []*site.Record
	parsed := map[string]*transcript.Transcript{}
	for _, in := range inputs {
		files, err := content.Read(fsys, in)
		if err != nil {
			continue
		}
		t, err := transcript.ParseFiles(files)
		if err != nil || t == nil {
			continue
		}
		parsed[in.Path] = t
		records = append(records, site.NewRecord(t, site.CallFigures(t)))
	}
	s := site.Build(cfg, records, nil)
	if len(s.Calls) == 0 {
		tb.Fatalf("no calls in %s", dir)
	}
	return s, parsed
}
