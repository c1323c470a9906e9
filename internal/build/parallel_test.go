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

// TestParallelEqualsSerial builds the same content with one worker and
// with several, keeping transcripts in memory, parsing them again with
// their figures kept, and parsing them again and finding their figures
// again, and checks that every file is byte-identical.
func TestParallelEqualsSerial(t *testing.T) {
	content := sampleContent(t)
	if dir, ok := testshared.Lookup(); ok {
		data, err := os.ReadFile(filepath.Join(dir, "seed", "000_037e1c84daa94943.txt"))
		if err == nil {
			os.WriteFile(filepath.Join(content, "seed.txt"), data, 0o644)
		}
	}
	var want string
	for i, c := range []struct {
		workers        int
		keep, keepFigs int64
	}{{1, 0, 0}, {4, 0, 0}, {3, -1, 0}, {2, -1, -1}, {1, -1, -1}} {
		out := filepath.Join(t.TempDir(), "public")
		res, err := build.Run(build.Config{
			Content: content, Out: out, Workers: c.workers, KeepText: c.keep, KeepFigures: c.keepFigs,
			Site:  site.Config{BaseURL: "https://example.org/"},
			Theme: callsite.DefaultTheme(), Glossary: callsite.DefaultGlossary, Minify: true,
			Cards: &cards.Cache{Dir: filepath.Join(t.TempDir(), "cards")},
		})
		if err != nil {
			t.Fatal(err)
		}
		if res.Calls < 3 {
			t.Fatalf("%d calls", res.Calls)
		}
		got := testtree.Listing(t, out)
		if i == 0 {
			want = got
		} else if got != want {
			t.Errorf("workers %d, keep %d, keep figures %d: output differs from the serial build", c.workers, c.keep, c.keepFigs)
		}
	}
}

// sampleContent copies the repository's sample calls (content/) into a
// temporary folder that a test may add calls to.
func sampleContent(t *testing.T) string {
	t.Helper()
	content := t.TempDir()
	entries, _ := os.ReadDir("../../content")
	for _, e := range entries {
		if !e.IsDir() {
			data, _ := os.ReadFile(filepath.Join("../../content", e.Name()))
			os.WriteFile(filepath.Join(content, e.Name()), data, 0o644)
		}
	}
	return content
}
