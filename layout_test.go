package callsite

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestReadmeLayout keeps the README's Layout section the true map of
// the code: it names every Go package of the module, one line each, and
// no package that is gone.
func TestReadmeLayout(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "## Layout\n\n```\n")
	block, _, ok2 := strings.Cut(after, "```")
	if !ok || !ok2 {
		t.Fatal("README.md has no Layout section with a code block")
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(block, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			listed[strings.TrimSuffix(f[0], "/")] = true
		}
	}
	var pkgs []string
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() && p != "." {
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // another module
			}
		}
		if !d.IsDir() && strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			pkgs = append(pkgs, filepath.ToSlash(filepath.Dir(p)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pkgs)
	found := map[string]bool{}
	for _, p := range pkgs {
		if !found[p] {
			found[p] = true
			if !listed[p] {
				t.Errorf("package %s is not in README.md's Layout section", p)
			}
		}
	}
	for l := range listed {
		if (strings.HasPrefix(l, "internal/") || strings.HasPrefix(l, "cmd/")) && !found[l] {
			t.Errorf("README.md's Layout lists %s, which is no Go package", l)
		}
	}
	if len(found) < 10 {
		t.Fatalf("found only %d packages: %v", len(found), pkgs)
	}
}
