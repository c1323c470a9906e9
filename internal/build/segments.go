package build

// The search index is rebuilt whenever a call's record changed, but most
// of it is the same: every company but the edited call's. Each company's
// part of the index (search.SegmentStore) is kept in the cache folder's
// search/ subfolder, in a file named by the key of what it is drawn from
// (the company's calls, keyed as for its page), so a file never goes
// stale: a company whose calls changed has a new name. Files this build
// did not use are removed after it published.
//
// The store is also the index's search.Patcher: a rebuild that updates
// the output in place patches the previous index (search/patch.go) from
// a description of it the previous build saved here (index-*.state,
// named in the cache: cacheData.SearchState) and that index's files in
// the output, and keeps the files it did not write.

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
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

	// Patching the previous index: set by publish when the output is
	// updated in place (out is "" otherwise).
	out      string
	keep     func(files []string) bool
	oldState string   // the previous index's state file, "" when none
	oldFiles []string // the files the previous index page wrote
	state    string   // this build's state file
	kept     []string // files of the previous index kept as they are

	// written, if set, is told when the index is written (IndexWritten).
	written func()
}

// searchPage is the id of the page across calls that draws the search
// index (render draws it through the page cache under this id).
const searchPage = "/search/"

func newSegmentStore(cacheDir string, pages *pageCache, read bool, oldState string) *segmentStore {
	return &segmentStore{dir: filepath.Join(cacheDir, segmentDir), pages: pages, read: read, used: map[string]bool{}, oldState: oldState, state: oldState}
}

// name is the file of co's segment; "" when a call cannot be keyed.
func (st *segmentStore) name(co *site.Company) string {
	st.mu.Lock()
	st.asked = true
	st.mu.Unlock()
	key := st.pages.textKey("search "+co.URL, co.Calls)
	if key == "" {
		return ""
	}
	return key + ".seg"
}

// IndexWritten is told by search.Write that it has finished.
func (st *segmentStore) IndexWritten() {
	if st.written != nil {
		st.written()
	}
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
		st.fail(err)
		return
	}
	st.use(name)
}

// fail keeps the first error of a write, for the build to report.
func (st *segmentStore) fail(err error) {
	st.mu.Lock()
	st.err = cmp.Or(st.err, err)
	st.mu.Unlock()
}

func (st *segmentStore) SegmentKey(co *site.Company) string {
	name := st.name(co)
	if name != "" {
		st.use(name)
	}
	return name
}

// RestKey keys the people's and firms' documents by every call's page
// key: they show what the records say of speakers, exchanges and
// companies, never the words said, so an edit of words keeps them.
func (st *segmentStore) RestKey(s *site.Site) string {
	return st.pages.key("search people and firms", s.Calls)
}

func (st *segmentStore) SegmentNamed(name string) ([]byte, bool) {
	if !st.read || name == "" || strings.ContainsAny(name, `/\`) {
		return nil, false
	}
	data, err := os.ReadFile(filepath.Join(st.dir, name))
	return data, err == nil
}

// IndexState is the previous build's state file, when the output is
// updated in place (so holds that build's index).
func (st *segmentStore) IndexState() ([]byte, bool) {
	if st.out == "" || !st.read || st.oldState == "" || st.oldFiles == nil {
		return nil, false
	}
	data, err := os.ReadFile(filepath.Join(st.dir, st.oldState))
	return data, err == nil
}

func (st *segmentStore) SaveIndexState(data []byte) {
	sum := sha256.Sum256(data)
	name := "index-" + hex.EncodeToString(sum[:8]) + ".state"
	if err := st.write(name, data); err != nil {
		st.fail(err)
		return
	}
	st.use(name)
	st.mu.Lock()
	st.state = name
	st.mu.Unlock()
}

func (st *segmentStore) OldFile(name string) ([]byte, error) {
	clean := filepath.FromSlash(name)
	if !filepath.IsLocal(clean) {
		return nil, os.ErrNotExist
	}
	return os.ReadFile(filepath.Join(st.out, clean))
}

func (st *segmentStore) OldFiles() []string { return st.oldFiles }

func (st *segmentStore) Keep(names []string) bool {
	if st.keep == nil || !st.keep(names) {
		return false
	}
	st.mu.Lock()
	st.kept = append(st.kept, names...)
	st.mu.Unlock()
	return true
}

// stateName is the state file of the index in the output after this
// build: the one saved, or the previous one when the index was kept
// whole (and is then still used).
func (st *segmentStore) stateName() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.state != "" {
		st.used[st.state] = true
	}
	return st.state
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
