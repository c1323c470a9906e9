package build_test

import (
	"os"
	"path/filepath"
	"testing"

	"callsite"
	"callsite/internal/build"
	"callsite/internal/cards"
	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/testtree"
)

// TestParkedBodiesBuildSame builds the same content cold, with a cache,
// keeping the records' bodies in memory and parking every one of them
// while the search index is drawn (bodies.go), with one worker and with
// several, and checks that every file is byte-identical.
func TestParkedBodiesBuildSame(t *testing.T) {
	content := sampleContent(t)
	bulk, _ := filepath.Glob(testshared.Path(t, "corpus", "bulk", "transcripts", "*"))
	for _, p := range bulk[:min(12, len(bulk))] {
		data, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(content, filepath.Base(p)), data, 0o644)
	}
	var want, wantCache string
	for i, c := range []struct {
		workers int
		keep    int64
	}{{2, 1 << 40}, {2, -1}, {1, -1}, {3, -1}} {
		dir := t.TempDir()
		out := filepath.Join(dir, "public")
		cfg := build.Config{
			Content: content, Out: out, Workers: c.workers, KeepBodies: c.keep, CacheDir: filepath.Join(dir, "cache"),
			Site:  site.Config{BaseURL: "https://example.org/"},
			Theme: callsite.DefaultTheme(), Glossary: callsite.DefaultGlossary, Minify: true,
			Cards: &cards.Cache{Dir: filepath.Join(dir, "cards")},
		}
		res, err := build.Run(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if res.Calls < 10 {
			t.Fatalf("%d calls", res.Calls)
		}
		got := testtree.Listing(t, out)
		// The cache's records, bodies included, as a build that kept
		// them in memory writes them.
		shards := shardListing(t, filepath.Join(dir, "cache"))
		if i == 0 {
			want, wantCache = got, shards
		} else if got != want {
			t.Errorf("workers %d, keep bodies %d: output differs from the build that kept them", c.workers, c.keep)
		} else if shards != wantCache {
			t.Errorf("workers %d, keep bodies %d: the cache's input shards differ from the build that kept them", c.workers, c.keep)
		}
		// The cache written holds the bodies: a rebuild after nothing
		// changed keeps every file as it is.
		if _, err := build.Run(cfg); err != nil {
			t.Fatal(err)
		}
		if again := testtree.Listing(t, out); again != want {
			t.Errorf("workers %d, keep bodies %d: a rebuild of the same content differs", c.workers, c.keep)
		}
	}
}

// shardListing is the contents of the cache's input shards.
func shardListing(t *testing.T, cache string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(cache, "inputs-*.bin"))
	if len(files) == 0 {
		t.Fatalf("no input shards in %s", cache)
	}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(append(all, f[len(cache):]...), data...)
	}
	return string(all)
}
