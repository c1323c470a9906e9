package e2e

import (
	"path/filepath"
	"sort"
	"testing"

	"callsite/internal/testtree"
)

// TestDeterministic builds the same input three times (two cold builds and
// one with the first one's build cache) and compares the checksum
// of every file: the sample plus seed content, and the corpus.
func TestDeterministic(t *testing.T) {
	for _, tc := range []struct {
		name      string
		content   func(testing.TB) string
		keepGoing bool
	}{
		{"seed", seedContent, false},
		{"corpus", corpusContent, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			content := tc.content(t)
			// Two cold builds, then a third beside the first one, which
			// finds the first one's build cache (.callsite-cache beside
			// -out): the cache must not change the output either.
			first, second := t.TempDir(), t.TempDir()
			build := func(dir string) map[string]string {
				if _, err := genInto(content, dir, "https://example.org/calls/", tc.keepGoing); err != nil {
					t.Fatal(err)
				}
				return checksums(t, dir)
			}
			a := build(filepath.Join(first, "public"))
			compare(t, "two cold builds", a, build(filepath.Join(second, "public")))
			compare(t, "a cold and a cached build", a, build(filepath.Join(first, "public-again")))
		})
	}
}

// compare reports the files that differ between two builds.
func compare(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	var names []string
	for n := range a {
		names = append(names, n)
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	diff := 0
	for _, n := range names {
		if a[n] != b[n] {
			diff++
			switch {
			case a[n] == "":
				t.Errorf("%s: %s: only in the second build", what, n)
			case b[n] == "":
				t.Errorf("%s: %s: only in the first build", what, n)
			default:
				t.Errorf("%s: %s differs", what, n)
			}
		}
	}
	t.Logf("%s: %d files compared, %d differ", what, len(names), diff)
}

func checksums(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := testtree.Checksums(t, dir)
	if len(out) == 0 {
		t.Fatalf("%s: empty site", dir)
	}
	return out
}
