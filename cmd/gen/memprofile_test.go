package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -memprofile writes a heap profile (gzipped pprof, with in-use sample
// types) and says how much was live in it.
func TestMemProfileFlag(t *testing.T) {
	dir := t.TempDir()
	prof := filepath.Join(dir, "mem.prof")
	code, _, stderr := gen(t, "build", "-content", "../../content", "-out", filepath.Join(dir, "public"), "-memprofile", prof)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "heap profile of ") || !strings.Contains(stderr, prof) {
		t.Errorf("stderr does not tell of the profile:\n%s", stderr)
	}
	f, err := os.Open(prof)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("not a gzipped profile: %v", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"inuse_space", "alloc_space"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("profile lacks the sample type %s", want)
		}
	}
	if _, err := os.Stat(prof + ".tmp"); err == nil {
		t.Error("temporary profile left behind")
	}

	// A profile that cannot be written is a usage error, before the build.
	code, _, stderr = gen(t, "build", "-content", "../../content", "-out", filepath.Join(dir, "public2"), "-memprofile", filepath.Join(dir, "no", "such", "mem.prof"))
	if code != 2 {
		t.Errorf("unwritable -memprofile: exit %d, want 2\n%s", code, stderr)
	}
}
