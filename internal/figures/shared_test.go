package figures

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns the shared corpus directory (/work/shared, or
// $CALLSITE_SHARED). Tests that need it skip when it is absent, and fail
// when CI=true, so a CI run cannot pass by skipping.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	p := sharedPath(rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data %s is missing (CI=true): %v", p, err)
		}
		t.Skipf("shared data %s not found; skipping (set CALLSITE_SHARED to its location)", p)
	}
	return p
}

func sharedPath(rel string) string {
	dir := os.Getenv("CALLSITE_SHARED")
	if dir == "" {
		dir = "/work/shared"
	}
	return filepath.Join(dir, rel)
}
