package build

// The search index is rebuilt whenever a call's record changed, but most
// of it is the same: every company but the edited call's. Each company's
// part of the index (search.SegmentStore) is kept in the cache folder's
// search/ subfolder, in a file named by the key of what it is drawn from
// (the company's calls, keyed as for its page), so a file never goes
// stale: a company whose calls changed has a new name. Files this build
// did not use are removed after it published.

import (
	"cmp"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"callsite/internal/site"
)

const segmentDir = "search"

type segmentStore struct {
	dir   string // CacheDir/search
	pages *pageCache
	read  bool // false with -clean: segments are written, not read

	mu    sync.Mutex
	used  map[string]bool // file names this build read or wrote
	asked bool            // whether the index was drawn (not kept whole)
	err   error           // the first error writing a segment
}

func newSegmentStore(cacheDir string, pages *pageCache, read bool) *segmentStore {
	return &segmentStore{dir: filepath.Join(cacheDir, segmentDir), pages: pages, read: read, used: map[string]bool{}}
}

// name is the file of co's segment; "" when a call cannot be keyed.
func (st *segmentStore) name(co *site.Company) string {
	st.mu.Lock()
	st.asked = true
	st.mu.Unlock()
	key := st.pages.key("search "+co.URL, co.Calls)
	if key == "" {
		return ""
	}
	return key + ".seg"
}

func (st *segmentStore) use(name string) {
	st.mu.Lock()
	st.used[name] = true
	st.mu.Unlock()
}

func (st *segmentStore) Segment(co *site.Company) ([]byte, bool) {
	name := st.name(co)
	if name == "" || !st.read {
		return nil, false
	}
	data, err := os.ReadFile(filepath.Join(st.dir, name))
	if err != nil {
		return nil, false
	}
	st.use(name)
	return data, true
}

func (st *segmentStore) SaveSegment(co *site.Company, data []byte) {
	name := st.name(co)
	if name == "" {
		return
	}
	if err := st.write(name, data); err != nil {
		st.mu.Lock()
		st.err = cmp.Or(st.err, err)
		st.mu.Unlock()
		return
	}
	st.use(name)
}

// write writes a file whole or not at all: beside it, then renamed.
func (st *segmentStore) write(name string, data []byte) error {
	if err := os.MkdirAll(st.dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(st.dir, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	err = errors.Join(err, f.Close())
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(st.dir, name))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// prune removes the segments this build did not use, when it drew the
// index (a build that kept the index whole keeps its segments), and
// reports the first error writing one.
func (st *segmentStore) prune() error {
	if !st.asked {
		return st.err
	}
	entries, err := os.ReadDir(st.dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for _, e := range entries {
		if !st.used[e.Name()] || strings.HasPrefix(e.Name(), ".tmp-") {
			os.Remove(filepath.Join(st.dir, e.Name()))
		}
	}
	return st.err
}
