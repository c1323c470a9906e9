package publish

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Staging folders are named ".<out>.building-<pid>-<random>" beside the
// output folder <out>, <pid> being the building process; swap moves the
// previous site aside to the same name plus ".old". A build killed
// mid-way (kill -9, a crash, a power cut) leaves its folder behind: a
// full copy of the site in the making.

// stagingPrefix is the start of the names of dir's staging folders.
func stagingPrefix(dir string) string {
	return "." + filepath.Base(dir) + ".building-"
}

// makeStaging makes a new, empty staging folder for dir, named after
// this process.
func makeStaging(dir string) (string, error) {
	pattern := stagingPrefix(dir) + strconv.Itoa(os.Getpid()) + "-"
	return os.MkdirTemp(filepath.Dir(dir), pattern)
}

// RemoveLeftovers deletes the staging folders of dir that builds killed
// earlier left, and only those: a folder of the same output folder
// (".<dir>.building-<pid>-…") whose process is gone. It never touches
// the folders of a build still running (its process is alive, whether
// another process or this one), those of other output folders, nor
// folders it cannot attribute to a process (other names, or systems
// where it cannot tell whether a process is alive). The previous site
// a killed swap moved aside ("….old") is only removed when dir exists,
// so that a site is never lost. It reports the folders it removed.
//
// The rule trusts process ids on this machine: builds of one output
// folder shared between machines (a network file system) are not told
// apart.
func RemoveLeftovers(dir string) []string {
	dir = filepath.Clean(dir)
	parent, prefix := filepath.Dir(dir), stagingPrefix(dir)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil
	}
	_, statErr := os.Lstat(dir)
	var removed []string
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() {
			continue
		}
		rest, old := strings.CutSuffix(rest, ".old")
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		if old && statErr != nil {
			continue // the previous site, and no site in its place
		}
		p := filepath.Join(parent, e.Name())
		if os.RemoveAll(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}
