// Package publish writes a site to disk: into a staging folder swapped
// in when the build succeeded (Publish), or in place for rebuilds
// (Update), optionally minified (Minified). It knows nothing of pages:
// package render draws them into an Output.
package publish

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"callsite/internal/render"
)

// Output is what pages are written to (render.Output): DirOutput, the
// in-place updater and the minifying wrapper are Outputs.
type Output = render.Output

// DirOutput writes files below a directory. It refuses names that would
// leave it. It is safe for concurrent use.
//
// Each folder is made once, with one mkdir, the first time a file goes in
// it (its parents first, as they are first needed): a build writes tens
// of thousands of files into a few thousand folders, and asking the file
// system again for every file was a fifth of a cold build's CPU.
type DirOutput struct {
	Dir  string
	made *sync.Map // folders known to exist, as joined paths
}

// NewDirOutput writes below dir, which exists.
func NewDirOutput(dir string) DirOutput {
	o := DirOutput{Dir: dir, made: &sync.Map{}}
	o.made.Store(filepath.Clean(dir), true)
	return o
}

func (o DirOutput) WriteFile(name string, data []byte) error {
	clean := filepath.FromSlash(name)
	if !filepath.IsLocal(clean) {
		return fmt.Errorf("refusing to write %q outside the output folder", name)
	}
	p := filepath.Join(o.Dir, clean)
	if err := o.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	return writeNew(p, data)
}

// mkdir makes dir and the parents it lacks, asking the file system only
// about folders not yet known to exist.
func (o DirOutput) mkdir(dir string) error {
	if o.made == nil {
		return os.MkdirAll(dir, 0o755)
	}
	if _, ok := o.made.Load(dir); ok {
		return nil
	}
	if parent := filepath.Dir(dir); parent != dir {
		if err := o.mkdir(parent); err != nil {
			return err
		}
	}
	// Another goroutine may have made it meanwhile: that is no error.
	if err := os.Mkdir(dir, 0o755); err != nil && !os.IsExist(err) {
		return err
	}
	o.made.Store(dir, true)
	return nil
}

// writeNew writes a file that must not exist yet: a file already there
// (a hard link to the previous build's output, say) is removed first, so
// that writing never changes another folder's copy.
func writeNew(p string, data []byte) error {
	err := createNew(p, data)
	if os.IsExist(err) {
		if err = os.Remove(p); err == nil {
			err = createNew(p, data)
		}
	}
	return err
}

// Publish builds a site into a staging folder beside dir and swaps it in
// only when build succeeds, so a failed build leaves dir exactly as it was.
// It first removes what killed builds of dir left (RemoveLeftovers).
func Publish(dir string, build func(Output) error) error {
	dir = filepath.Clean(dir)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	RemoveLeftovers(dir)
	staging, err := makeStaging(dir)
	if err != nil {
		return err
	}
	if err := os.Chmod(staging, 0o755); err != nil {
		os.RemoveAll(staging)
		return err
	}
	if err := build(NewDirOutput(staging)); err != nil {
		os.RemoveAll(staging)
		return err
	}
	return swap(dir, staging)
}

// swap replaces dir by staging with two renames.
func swap(dir, staging string) error {
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = staging + ".old"
		if err := os.Rename(dir, old); err != nil {
			os.RemoveAll(staging)
			return fmt.Errorf("moving the previous %s aside: %w", dir, err)
		}
	}
	if err := os.Rename(staging, dir); err != nil {
		if old != "" {
			os.Rename(old, dir) // put the previous site back
		}
		os.RemoveAll(staging)
		return err
	}
	if old != "" && strings.Contains(old, ".building-") {
		return os.RemoveAll(old)
	}
	return nil
}

// Update brings an existing site folder up to date in place, for
// rebuilds: build writes every file of the new site through out, except
// the files it keeps (reused unchanged from the folder, named through
// keep). A file whose bytes equal the folder's is not written again; the
// others go to a staging folder beside dir. Only when build succeeded are
// they moved in, and files the new site no longer has removed, so a
// failed build leaves dir exactly as it was.
//
// previous lists the folder's files as the last build left them, in
// lists, to find those to remove without reading the whole folder; nil
// reads it. A list build keeps whole (the same slice) is not looked
// through again. Like Publish, it first removes what killed builds of dir
// left.
func Update(dir string, previous [][]string, build func(out Output, keep func(names []string)) error) error {
	dir = filepath.Clean(dir)
	RemoveLeftovers(dir)
	staging, err := makeStaging(dir)
	if err != nil {
		return err
	}
	defer os.RemoveAll(staging)
	u := &updater{dir: dir, staged: NewDirOutput(staging), names: map[string]struct{}{}}
	if err := build(u, u.keep); err != nil {
		return err
	}
	for _, name := range u.changed {
		to := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(staging, filepath.FromSlash(name)), to); err != nil {
			return err
		}
	}
	if previous != nil {
		return u.removeListed(previous)
	}
	return u.removeStale()
}

// updater is the Output of Update.
type updater struct {
	dir    string
	staged DirOutput
	mu     sync.Mutex
	// names holds the files written (a set: no value); kept the lists
	// of files kept. A rebuild keeps most of 120,000 files at 5,000
	// calls, in lists of the last build: a set of all their names cost
	// more than the rest of publishing.
	names   map[string]struct{}
	kept    [][]string
	changed []string // files written to staging
}

func (u *updater) keep(names []string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.kept = append(u.kept, names)
}

// listID tells a list of names by its slice, not its contents.
type listID struct {
	first *string
	n     int
}

func idOf(list []string) listID { return listID{unsafe.SliceData(list), len(list)} }

// allNames puts the names of the kept lists into names, for a look at
// every file.
func (u *updater) allNames() {
	for _, list := range u.kept {
		for _, n := range list {
			u.names[n] = struct{}{}
		}
	}
	u.kept = nil
}

func (u *updater) WriteFile(name string, data []byte) error {
	clean := filepath.FromSlash(name)
	if !filepath.IsLocal(clean) {
		return fmt.Errorf("refusing to write %q outside the output folder", name)
	}
	u.mu.Lock()
	u.names[name] = struct{}{}
	u.mu.Unlock()
	if sameBytes(filepath.Join(u.dir, clean), data) {
		return nil
	}
	if err := u.staged.WriteFile(name, data); err != nil {
		return err
	}
	u.mu.Lock()
	u.changed = append(u.changed, name)
	u.mu.Unlock()
	return nil
}

// sameBytes reports whether the file p holds exactly data: its size
// first, then its bytes, a pooled chunk at a time. A rebuild compares
// every page it draws again with the one in place (at 5,000 calls, after
// an edit that changes a record, megabytes of pages across calls, the
// sitemap alone 4 MB), and reading each whole into memory of its own was
// memory the system hands a process fresh, which costs more than the
// reading.
func sameBytes(p string, data []byte) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false
	}
	chunk := compareChunks.Get().(*[]byte)
	defer compareChunks.Put(chunk)
	for off := 0; ; {
		n, err := io.ReadFull(f, *chunk)
		if n > len(data)-off || !bytes.Equal((*chunk)[:n], data[off:off+n]) {
			return false
		}
		off += n
		switch err {
		case nil:
		case io.EOF, io.ErrUnexpectedEOF:
			return off == len(data)
		default:
			return false
		}
	}
}

// compareChunks lend sameBytes its chunks.
var compareChunks = sync.Pool{New: func() any {
	chunk := make([]byte, 64<<10)
	return &chunk
}}

// removeStale deletes the files of dir that the new site does not have,
// then the folders left empty.
func (u *updater) removeStale() error {
	u.allNames()
	var stale, dirs []string
	err := filepath.WalkDir(u.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(u.dir, p)
		if d.IsDir() {
			if rel != "." {
				dirs = append(dirs, p)
			}
			return nil
		}
		if _, ok := u.names[filepath.ToSlash(rel)]; !ok {
			stale = append(stale, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range stale {
		if err := os.Remove(p); err != nil {
			return err
		}
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(dirs[i]) // fails, as wanted, unless empty
	}
	return nil
}

// removeListed deletes the files of previous that the new site does not
// have, then the folders they leave empty.
func (u *updater) removeListed(previous [][]string) error {
	keptWhole := make(map[listID]bool, len(u.kept))
	for _, list := range u.kept {
		keptWhole[idOf(list)] = true
	}
	var doubtful []string // files of lists not kept whole
	for _, list := range previous {
		if len(list) > 0 && !keptWhole[idOf(list)] {
			doubtful = append(doubtful, list...)
		}
	}
	if len(doubtful) == 0 {
		return nil
	}
	gone := func(name string) bool { _, ok := u.names[name]; return !ok }
	if slices.ContainsFunc(doubtful, gone) {
		u.allNames() // a file may have moved into a kept list
	}
	dirs := map[string]bool{}
	for _, name := range doubtful {
		if !gone(name) || !filepath.IsLocal(filepath.FromSlash(name)) {
			continue
		}
		p := filepath.Join(u.dir, filepath.FromSlash(name))
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
		for d := filepath.Dir(p); d != u.dir && strings.HasPrefix(d, u.dir); d = filepath.Dir(d) {
			dirs[d] = true
		}
	}
	// Deepest first, so a folder's emptied subfolders go before it.
	list := make([]string, 0, len(dirs))
	for d := range dirs {
		list = append(list, d)
	}
	sort.Slice(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	for _, d := range list {
		os.Remove(d) // fails, as wanted, unless empty
	}
	return nil
}
