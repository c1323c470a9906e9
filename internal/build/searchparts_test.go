package build

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"callsite/internal/search"
	"callsite/internal/site"
)

// The search parts wait in a file; each is read back as it was put, once.
func TestSearchPartsSpill(t *testing.T) {
	dir := t.TempDir()
	unusable := filepath.Join(dir, "file")
	if err := os.WriteFile(unusable, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, dir string
		inFile    bool
	}{
		{"in the cache folder", filepath.Join(dir, "cache"), true},
		{"in the temporary folder", "", true},
		{"in the temporary folder when the cache folder cannot be made", filepath.Join(unusable, "cache"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := search.NewWords()
			sp := newSearchParts(words, tc.dir)
			if (sp.spill != nil) != tc.inFile {
				t.Fatalf("spill file made: %v, want %v", sp.spill != nil, tc.inFile)
			}
			calls := []*site.Call{{}, {}, {}, {}}
			data := [][]byte{[]byte("first part"), {}, bytes.Repeat([]byte{0, 1, 2, 255}, 5000), []byte("last")}
			for i, c := range calls[:3] {
				sp.put(c, words.Part(bytes.Clone(data[i])))
			}
			sp.finished()
			for i, c := range calls[:3] {
				part := sp.take(c)
				if part == nil || !bytes.Equal(part.Data(), data[i]) {
					t.Errorf("part %d read back as %v, want %q", i, part, data[i])
				}
				if again := sp.take(c); again != nil {
					t.Errorf("part %d taken twice", i)
				}
			}
			if part := sp.take(calls[3]); part != nil {
				t.Errorf("a part never put was taken: %v", part)
			}
			sp.close()
			if tc.dir != "" {
				if left, _ := filepath.Glob(filepath.Join(tc.dir, "search-parts-*")); len(left) > 0 {
					t.Errorf("left behind: %v", left)
				}
			}
		})
	}
}

// Without a file the parts wait in memory.
func TestSearchPartsInMemory(t *testing.T) {
	words := search.NewWords()
	sp := &searchParts{words: words, parts: map[*site.Call]*search.CallPart{}, at: map[*site.Call]spilled{}, done: make(chan struct{})}
	c := &site.Call{}
	part := words.Part([]byte("kept"))
	sp.put(c, part)
	sp.finished()
	if got := sp.take(c); got != part {
		t.Errorf("take = %v, want the part put", got)
	}
	sp.close()
}
