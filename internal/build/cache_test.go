package build

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"callsite/internal/transcript"
)

// TestKnownKeyTrustsOnlyUnchangedFiles checks when a rebuild takes an
// input's key from the cache without reading the input: only when every
// file of it stats as it did, and was not modified after the build that
// hashed it started.
func TestKnownKeyTrustsOnlyUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Operator\nWelcome.\n")
	fsys := os.DirFS(dir)
	in := transcript.Input{Path: "a.txt", Sidecar: "a.md"}
	stats := statInput(fsys, in)
	if len(stats) != 3 || stats[1].Size != -1 || stats[2].Size != -1 {
		t.Fatalf("stats = %+v, want the transcript and two absent files", stats)
	}
	later := time.Now().Add(time.Hour).UnixNano()
	cache := func(started int64) *cacheData {
		return &cacheData{Generator: generatorKey(), Started: started,
			Inputs: map[string]*cacheEntry{"a.txt": {InputKey: "k", Stats: stats}}}
	}
	if k := cache(later).knownKey("a.txt", statInput(fsys, in)); k != "k" {
		t.Errorf("unchanged input: key %q, want the cached one", k)
	}
	if k := cache(time.Now().Add(-time.Hour).UnixNano()).knownKey("a.txt", statInput(fsys, in)); k != "" {
		t.Errorf("input modified after the cached build started: key %q, want none", k)
	}
	old := &cacheData{Generator: "another generator", Started: later, Inputs: cache(later).Inputs}
	if k := old.knownKey("a.txt", statInput(fsys, in)); k != "" {
		t.Errorf("cache of another generator: key %q, want none", k)
	}

	// Same size, same modification time, other bytes: the inode or the
	// status change time tells (where the system has them), else only
	// the time the cached build started does.
	mod := time.Now().Add(-time.Minute)
	os.Chtimes(filepath.Join(dir, "a.txt"), mod, mod)
	stats = statInput(fsys, in)
	os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	write("a.txt", "Operator\nWelcome!\n")
	os.Chtimes(filepath.Join(dir, "a.txt"), mod, mod)
	now := statInput(fsys, in)
	if now[0].Size != stats[0].Size || now[0].ModTime != stats[0].ModTime {
		t.Fatal("the test could not keep the size and modification time")
	}
	if now[0].Inode != 0 {
		if k := cache(later).knownKey("a.txt", now); k != "" {
			t.Errorf("replaced file of the same size and time: key %q, want none", k)
		}
	}

	// A sidecar that appears.
	write("a.md", "---\ndate: 2024-01-01\n---\n")
	if k := cache(later).knownKey("a.txt", statInput(fsys, in)); k != "" {
		t.Errorf("new sidecar: key %q, want none", k)
	}
	if k := cache(later).knownKey("b.txt", statInput(fsys, in)); k != "" {
		t.Errorf("input not in the cache: key %q, want none", k)
	}
}
