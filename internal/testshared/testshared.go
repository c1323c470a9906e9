// Package testshared finds the read-only ../shared folder (seed, gold,
// corpus) and the tools tests need. Tests that need them skip when they
// are absent, except under CI=true, where their absence is a failure; a
// package with such tests runs them through Main, which names every skip
// in one line (gates.go).
package testshared

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// Dir returns the shared folder, or skips (fails under CI=true) the test
// when it is missing. It looks for CALLSITE_SHARED, then ../shared beside
// the repository root.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("CALLSITE_SHARED"); d != "" {
		return must(t, d)
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return must(t, filepath.Join(filepath.Dir(dir), "shared"))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return must(t, "")
		}
		dir = parent
	}
}

// Path joins elements onto the shared folder.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	return filepath.Join(append([]string{Dir(t)}, elem...)...)
}

func must(t testing.TB, d string) string {
	t.Helper()
	if d != "" {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	Missing(t, "../shared (seed, gold, corpus) not found at %q; set CALLSITE_SHARED", d)
	return ""
}

// Lookup returns the shared folder without skipping: for tests that only
// use it when it is there (seeding a fuzz corpus). ok is false when it is
// absent.
func Lookup() (dir string, ok bool) {
	if d := os.Getenv("CALLSITE_SHARED"); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			return d, isDir(d)
		}
		if filepath.Dir(dir) == dir {
			return "", false
		}
	}
}

func isDir(d string) bool {
	fi, err := os.Stat(d)
	return err == nil && fi.IsDir()
}

// Tool returns the path of a command the test needs (node, python3), or
// skips the test when it is not installed, except under CI=true, where
// .ci/run must have installed it and its absence is a failure.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	Missing(t, "%s not installed (.ci/run installs it)", name)
	return ""
}

// BulkCalls returns the paths of the first n transcripts of the shared bulk
// corpus in name order (all of them when n < 0), or skips (fails under
// CI=true) when there are none: the real calls tests and benchmarks measure on.
func BulkCalls(t testing.TB, n int) []string {
	t.Helper()
	dir := Path(t, "corpus", "bulk", "transcripts")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) == 0 {
		Missing(t, "no transcripts in %s", dir)
		return nil
	}
	slices.Sort(files)
	if n >= 0 && n < len(files) {
		files = files[:n]
	}
	return files
}
