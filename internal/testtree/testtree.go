// Package testtree compares folders in tests by the checksum of every
// file: two builds are the same when their listings are.
package testtree

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Checksums returns the SHA-256 (hex) of every file below dir, by slash
// path; a symlink's is "symlink:" and its target.
func Checksums(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(filepath.Join(dir, p))
			out[p] = "symlink:" + target
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		out[p] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Listing is Checksums as sorted lines "checksum path": equal for equal
// trees, and readable in a test's failure message when they differ.
func Listing(t testing.TB, dir string) string {
	t.Helper()
	var lines []string
	for p, sum := range Checksums(t, dir) {
		lines = append(lines, sum+" "+p)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
