package figures

import (
	"os"
	"path/filepath"
	"testing"

	"callsite/internal/testshared"
)

// sharedDir returns a file or folder of the shared corpus (../shared, or
// $CALLSITE_SHARED). Tests that need it skip when it is absent, and fail
// when CI=true, so a CI run cannot pass by skipping.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	p := testshared.Path(t, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		testshared.Missing(t, "shared data %s not found (set CALLSITE_SHARED to its location)", p)
	}
	return p
}

// sharedPath is a path in the shared corpus, for tests that use it only
// when it is there.
func sharedPath(rel string) string {
	dir, _ := testshared.Lookup()
	return filepath.Join(dir, filepath.FromSlash(rel))
}
