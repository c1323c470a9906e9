package build

// The build cache makes a rebuild after a small change cheap. It lives in
// Config.CacheDir (gen build: .callsite-cache/build beside the output),
// written only after a build that published.
//
// For every input it keeps a key (a hash of the generator binary and of
// the input's files: transcript, sidecar, ids file), the files' stat (so
// that an unchanged input is not even read: see knownKey), the call's
// record and warnings, so an unchanged input is not parsed again; and a
// render key (the input key, the theme, the site settings, and
// everything of the rest of the site that the call's pages show: its
// URL, its company, the person and firm pages its speakers link to) with
// the files its pages were written to, so an unchanged call's files are
// left in place (a rebuild updates the output folder in place: see
// publish.Update) instead of rendered again. Pages across calls are kept
// the same way when what they are drawn from did not change (pages.go),
// and so is each company's part of the search index (segments.go), and
// the people and firms linked across calls (people.go).
// It also lists the output's files, so a rebuild finds the stale ones
// without reading the output folder. Anything missing or different means
// drawing that page again, so a rebuild always equals a clean build
// (tested).

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"callsite/internal/binpack"
	"callsite/internal/content"
	"callsite/internal/ids"
	"callsite/internal/parallel"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// cacheData is the cache: site.bin and the input shards (see saveCache).
type cacheData struct {
	Inputs map[string]*cacheEntry // by input path
	Pages  map[string]*pageEntry  // pages across calls, by id (pages.go)
	// Other lists the files of the output that are neither a call's
	// (Inputs) nor a page's across calls (Pages): see files.
	Other []string
	// Generator is the generatorKey of the build that wrote the cache,
	// Started the time it started (Unix nanoseconds): see knownKey.
	Generator string
	Started   int64
	// SearchState names the file (in the search segments' folder) that
	// describes the search index in the output (segments.go).
	SearchState string
	// Dirs is how the output's folders looked when the build checked or
	// wrote them, so that the next finds its files there cheaply
	// (existing).
	Dirs outputDirs
}

type cacheEntry struct {
	InputKey string
	Stats    []fileStat // of the input's files when InputKey was taken
	// RecordHash hashes Record: the pages across calls are drawn from
	// records, so an edit that leaves a call's record as it was (a typo
	// in the prepared remarks, say) redraws the call's own pages only.
	RecordHash string
	PageHash   string // RecordHash without the hash of the text (recordHashes)
	Record     *site.Record
	Warnings   []*transcript.Error
	Pin        *cachedPin // nil without an ids file
	RenderKey  string
	Files      []string // output files of the call's pages, slash paths
	// body is Record's body as read from the cache, nil when the record
	// was made in this build (records.go). Not a field of its own in the
	// shard: it follows the entry.
	body *recordBody
	// encoded is the entry as its shard holds it (head and body block),
	// nil when it was not read from a shard. An entry that says what the
	// one read did is written again from these bytes (saveCache).
	encoded []byte
}

type cachedPin struct {
	File    string
	Changes *ids.Changes
}

// The cache is written as several files, so that a rebuild reads them in
// parallel and writes only those that changed: site.bin (everything but
// the inputs) and inputs-N.bin, the inputs whose path hashes to N
// (records.go).
const (
	siteCacheFile = "site.bin"
	inputShards   = 16
)

func inputShardFile(n int) string { return fmt.Sprintf("inputs-%02d.bin", n) }

// inputShard is FNV-1a of the path (hash/fnv's New32a), modulo the
// shards, computed in place: every rebuild checks the shard of each of
// its 5,000 entries, and a hasher and a copy of the path each cost it
// about 0.01 s of CPU.
func inputShard(path string) int {
	const offset32, prime32 = 2166136261, 16777619
	h := uint32(offset32)
	for i := 0; i < len(path); i++ {
		h = (h ^ uint32(path[i])) * prime32
	}
	return int(h % inputShards)
}

// siteCache is site.bin (sitecache.go): cacheData without its inputs.
type siteCache struct {
	Pages       map[string]*pageEntry
	Other       []string
	Generator   string
	Started     int64
	SearchState string
	Dirs        outputDirs
}

// loadCache reads the cache; a missing or unreadable cache is empty.
// mapped maps the input shards rather than reading them (readShard).
func loadCache(dir string, mapped bool) *cacheData {
	empty := &cacheData{Inputs: map[string]*cacheEntry{}}
	if dir == "" {
		return empty
	}
	var sc *siteCache
	var siteErr error
	shards := make([]map[string]*cacheEntry, inputShards)
	errs := make([]error, inputShards)
	// The site file with the shards, in parallel: job inputShards.
	parallel.Each(inputShards+1, runtime.GOMAXPROCS(0), func(n int) {
		if n == inputShards {
			sc, siteErr = readSiteCache(filepath.Join(dir, siteCacheFile), mapped)
			return
		}
		shards[n], errs[n] = readShard(filepath.Join(dir, inputShardFile(n)), mapped)
	})
	if siteErr != nil {
		return empty
	}
	c := &cacheData{Inputs: map[string]*cacheEntry{}, Pages: sc.Pages, Other: sc.Other, Generator: sc.Generator, Started: sc.Started, SearchState: sc.SearchState, Dirs: sc.Dirs}
	for n, shard := range shards {
		if errs[n] != nil && !errors.Is(errs[n], fs.ErrNotExist) {
			return empty
		}
		for path, e := range shard {
			if inputShard(path) == n {
				c.Inputs[path] = e
			}
		}
	}
	return c
}

// compactEntry is e as written to the cache: its record's exchanges name
// the record's own speakers by id alone (ownSpeakerCodec reads them back
// as the record's). Gob keeps no pointers, so each exchange held full
// copies of its analyst and answerers, about a third of the cache's
// bytes, read again by every rebuild.
func compactEntry(e *cacheEntry) *cacheEntry {
	r := e.Record
	if r == nil || len(r.Exchanges) == 0 {
		return e
	}
	// As ownSpeakerCodec finds them: by id, the last of a repeated id.
	byID := map[string]*transcript.Speaker{}
	for _, sp := range r.Speakers {
		byID[sp.ID] = sp
	}
	stubs := map[string]*transcript.Speaker{}
	stub := func(sp *transcript.Speaker) *transcript.Speaker {
		if sp == nil || sp.ID == "" || byID[sp.ID] != sp {
			return sp // kept whole: reading would not find this very speaker
		}
		if stubs[sp.ID] == nil {
			stubs[sp.ID] = &transcript.Speaker{ID: sp.ID}
		}
		return stubs[sp.ID]
	}
	cr := *r
	cr.Exchanges = make([]site.ExchangeRecord, len(r.Exchanges))
	for i, ex := range r.Exchanges {
		ex.Analyst = stub(ex.Analyst)
		if len(ex.AnsweredBy) > 0 {
			by := make([]*transcript.Speaker, len(ex.AnsweredBy))
			for j, sp := range ex.AnsweredBy {
				by[j] = stub(sp)
			}
			ex.AnsweredBy = by
		}
		cr.Exchanges[i] = ex
	}
	ce := *e
	ce.Record = &cr
	return &ce
}

// saveCache writes the cache: site.bin, and the input shards whose
// entries differ from old's (the cache the build started from), each
// written beside the old file and swapped in.
func saveCache(dir string, c, old *cacheData) error {
	if err := saveInputs(dir, c, old); err != nil {
		return err
	}
	return saveSite(dir, c)
}

// saveInputs writes the input shards of saveCache.
func saveInputs(dir string, c, old *cacheData) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	os.Remove(filepath.Join(dir, "build.gob")) // the single file of earlier versions
	os.Remove(filepath.Join(dir, "site.gob"))  // the gob of earlier versions (sitecache.go)
	for n := range inputShards {
		os.Remove(filepath.Join(dir, fmt.Sprintf("inputs-%02d.gob", n))) // the gob shards of earlier versions
	}
	shards := make([]map[string]*cacheEntry, inputShards)
	dirty := make([]bool, inputShards)
	for n := range shards {
		shards[n] = map[string]*cacheEntry{}
	}
	for path, e := range c.Inputs {
		n := inputShard(path)
		if was := old.Inputs[path]; !sameEntry(e, was) {
			dirty[n] = true
		} else if was.encoded != nil && e.encoded == nil {
			// The same entry: the bytes read are what encoding it would
			// write (a rewritten shard's unchanged entries, a third of the
			// CPU of saving the cache, were encoded again).
			ce := *e
			ce.encoded = was.encoded
			e = &ce
		}
		shards[n][path] = e
	}
	for path := range old.Inputs {
		if c.Inputs[path] == nil {
			dirty[inputShard(path)] = true
		}
	}
	errs := make([]error, inputShards)
	parallel.Each(inputShards, runtime.GOMAXPROCS(0), func(n int) {
		file := filepath.Join(dir, inputShardFile(n))
		if _, err := os.Stat(file); err == nil && !dirty[n] {
			return // compacted only when written: a rebuild writes one or two shards
		}
		for path, e := range shards[n] {
			if e.encoded == nil {
				shards[n][path] = compactEntry(e)
			}
		}
		errs[n] = writeShard(file, shards[n])
		shards[n] = nil // the compacted entries: garbage while the other shards are written
	})
	return errors.Join(errs...)
}

// saveSite writes the site's file of saveCache: the pages across calls,
// the other files and the output's folders.
func saveSite(dir string, c *cacheData) error {
	if dir == "" {
		return nil
	}
	return writeSiteCache(filepath.Join(dir, siteCacheFile), siteCacheOf(c))
}

func siteCacheOf(c *cacheData) *siteCache {
	return &siteCache{Pages: c.Pages, Other: c.Other, Generator: c.Generator, Started: c.Started, SearchState: c.SearchState, Dirs: c.Dirs}
}

// stagedSite is site.bin written beside its place (stageSite), to be
// swapped in.
type stagedSite struct {
	file string
	done chan error
}

// stageSite sets c's folders from dirs, then encodes site.bin and writes
// it beside its place, in the background: while the input shards are
// written rather than after them (each a few megabytes, mostly the
// kernel's work, which left the other core idle at the end of a rebuild).
// swapIn puts it in place, still the last file of the cache written, as
// the one that holds the folders.
func stageSite(dir string, c *cacheData, dirs <-chan outputDirs) *stagedSite {
	s := &stagedSite{file: filepath.Join(dir, siteCacheFile), done: make(chan error, 1)}
	go func() {
		c.Dirs = <-dirs
		data, err := encodeSiteCache(siteCacheOf(c))
		if err == nil {
			err = os.MkdirAll(dir, 0o755)
		}
		if err == nil {
			err = os.WriteFile(s.file+".tmp", data, 0o644)
		}
		s.done <- err
	}()
	return s
}

// swapIn waits for the staged file and renames it into place.
func (s *stagedSite) swapIn() error {
	if err := <-s.done; err != nil {
		os.Remove(s.file + ".tmp")
		return err
	}
	return os.Rename(s.file+".tmp", s.file)
}

// discard waits for the staged file and removes it.
func (s *stagedSite) discard() {
	<-s.done
	os.Remove(s.file + ".tmp")
}

// sameEntry reports whether a cache entry says what an earlier one did.
// The record, warnings and pinned ids follow from the input key.
func sameEntry(a, b *cacheEntry) bool {
	return a != nil && b != nil && a.InputKey == b.InputKey && a.RenderKey == b.RenderKey &&
		slices.Equal(a.Files, b.Files) && slices.Equal(a.Stats, b.Stats)
}

// generatorKey identifies the code that builds, so a changed generator
// never reuses what an older one made: the Go build ID of the running
// binary when it has one (its last part hashes the linked binary), else
// a hash of the binary. Hashing tens of megabytes took longer than the
// rest of a small rebuild's start.
var generatorKey = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	if id := goBuildID(exe); id != "" {
		return "go-build-id:" + id
	}
	f, err := os.Open(exe)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))
})

// goBuildID reads the Go build ID from an ELF executable's
// .note.go.buildid section (go tool buildid prints the same); "" when
// the file is not ELF or has none.
func goBuildID(exe string) string {
	f, err := elf.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil || sec.Size > 1<<10 {
		return ""
	}
	note, err := sec.Data()
	if err != nil || len(note) < 16 {
		return ""
	}
	// An ELF note: name size, description size, type, the name "Go"
	// padded to 4 bytes, then the description, the ID.
	bo := f.ByteOrder
	nameSize, descSize, typ := bo.Uint32(note[0:]), bo.Uint32(note[4:]), bo.Uint32(note[8:])
	const goBuildIDNote = 4
	if nameSize != 4 || typ != goBuildIDNote || string(note[12:16]) != "Go\x00\x00" || uint64(descSize) > uint64(len(note)-16) {
		return ""
	}
	id := string(note[16 : 16+descSize])
	if strings.Count(id, "/") < 1 {
		return "" // not the action and content IDs go build writes
	}
	return id
}

// hasher builds a key from parts, each length-prefixed so that moving
// text from one part to the next changes the key. The parts gather in a
// buffer written to the digest a few kilobytes at a time: a build's page
// keys add tens of thousands of short parts, and two writes to the
// digest for each cost more than the hashing.
type hasher struct{ st *hashState }

type hashState struct {
	h   hash.Hash
	buf []byte
	sum []byte // the digest's room
}

// hashChunk is how much the buffer holds before it is hashed.
const hashChunk = 4 << 10

// hashStates lend digests and buffers to keys, one at a time.
var hashStates = sync.Pool{New: func() any {
	return &hashState{h: sha256.New(), buf: make([]byte, 0, 2*hashChunk)}
}}

// newHasher returns a hasher and the function that gives its key; the
// hasher is not used after that.
func newHasher() (hasher, func() string) {
	st := hashStates.Get().(*hashState)
	st.h.Reset()
	st.buf = st.buf[:0]
	return hasher{st}, func() string {
		st.h.Write(st.buf)
		// 15,000 keys a rebuild: the digest and its hex take no
		// allocation but the key's.
		st.sum = st.h.Sum(st.sum[:0])
		var text [2 * sha256.Size]byte
		hex.Encode(text[:], st.sum)
		key := string(text[:])
		hashStates.Put(st)
		return key
	}
}

func (h hasher) add(parts ...string) {
	for _, p := range parts {
		addPart(h.st, p)
	}
}

// addBytes is add for one part in bytes, which a string of them would
// copy first.
func (h hasher) addBytes(p []byte) { addPart(h.st, p) }

func addPart[T string | []byte](st *hashState, p T) {
	st.buf = binary.LittleEndian.AppendUint64(st.buf, uint64(len(p)))
	if len(st.buf)+len(p) <= 2*hashChunk {
		st.buf = append(st.buf, p...)
	} else {
		st.h.Write(st.buf)
		st.buf = st.buf[:0]
		st.h.Write([]byte(p))
	}
	if len(st.buf) >= hashChunk {
		st.h.Write(st.buf)
		st.buf = st.buf[:0]
	}
}

// inputKey hashes what a call is made from: its files, read whole.
func inputKey(fsys fs.FS, in content.Input) (string, bool) {
	h, sum := newHasher()
	h.add(generatorKey(), in.Path, in.Sidecar)
	for _, name := range inputFiles(in) {
		data, err := fs.ReadFile(fsys, name)
		switch {
		case errors.Is(err, fs.ErrNotExist) && name != in.Path:
			h.add("-")
		case err != nil:
			return "", false
		default:
			h.add(string(data))
		}
	}
	return sum(), true
}

// inputFiles are the files a call is made from: its transcript (which
// must exist), its sidecar if it has one and its ids file (either may be
// absent).
func inputFiles(in content.Input) []string {
	if in.Sidecar == "" {
		return []string{in.Path, content.IDsFile(in.Path)}
	}
	return []string{in.Path, in.Sidecar, content.IDsFile(in.Path)}
}

// files lists the files of the output as the build that wrote the cache
// left it, in lists (see lists); nil when the cache has none (an empty or
// older cache).
func (c *cacheData) files() [][]string {
	if c.Other == nil {
		return nil
	}
	return c.lists()
}

// lists gives the files of the output in lists: the files not of a call
// or page, then each call's, then each page's.
func (c *cacheData) lists() [][]string {
	out := make([][]string, 0, 1+len(c.Inputs)+len(c.Pages))
	out = append(out, c.Other)
	for _, e := range c.Inputs {
		out = append(out, e.Files)
	}
	for _, e := range c.Pages {
		out = append(out, e.Files)
	}
	return out
}

// fileStat is what the file system says of one file of an input: enough
// to tell, as git and make do, that it did not change since it was
// hashed without reading it again.
type fileStat struct {
	Name    string
	Size    int64 // -1: no such file
	ModTime int64 // Unix nanoseconds
	Change  int64 // status change time where the system has one: touch cannot set it
	Inode   uint64
}

// statInput stats the files inputKey reads; nil when one cannot be.
func statInput(dir *heldFolder, in content.Input) []fileStat {
	return statListed(dir, in, nil)
}

// statListed is statInput, taking an ids file the listing does not show
// for absent rather than looking it up.
func statListed(dir *heldFolder, in content.Input, ids *idsListing) []fileStat {
	var out []fileStat
	for _, name := range inputFiles(in) {
		if name == content.IDsFile(in.Path) && ids.absent(name) {
			out = append(out, fileStat{Name: name, Size: -1})
			continue
		}
		st, err := dir.stat(name)
		switch {
		case errors.Is(err, fs.ErrNotExist) && name != in.Path:
			out = append(out, fileStat{Name: name, Size: -1})
		case err != nil:
			return nil
		default:
			out = append(out, st)
		}
	}
	return out
}

// idsListing is which ids files the folders of the inputs hold, from one
// listing of each folder: the inputs' check looked up every call's ids
// file one by one (5,000 at 5,000 calls), nearly all absent.
type idsListing struct {
	listed  map[string]bool // folders listed
	present map[string]bool // the ids files in them
}

func listIDs(dir *heldFolder, inputs []content.Input) *idsListing {
	l := &idsListing{listed: map[string]bool{}, present: map[string]bool{}}
	tried := map[string]bool{}
	for _, in := range inputs {
		d := inputFolder(in.Path)
		if tried[d] {
			continue
		}
		tried[d] = true
		names, ok := dir.names(d)
		if !ok {
			continue
		}
		l.listed[d] = true
		for _, name := range names {
			if strings.HasSuffix(name, ".ids") {
				l.present[path.Join(d, name)] = true
			}
		}
	}
	return l
}

// absent reports whether the listing shows that the file is not there
// (false when its folder was not listed).
func (l *idsListing) absent(name string) bool {
	return l != nil && l.listed[inputFolder(name)] && !l.present[name]
}

// inputFolder is the folder of a file of the content folder, path.Dir of
// the clean path the walk gave.
func inputFolder(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[:i]
	}
	return "."
}

// statByPath is how fs.Stat(os.DirFS(dir), name) sees a file.
func statByPath(dir, name string) (fileStat, error) {
	fi, err := fs.Stat(os.DirFS(dir), name)
	if err != nil {
		return fileStat{}, err
	}
	st := fileStat{Name: name, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	st.Change, st.Inode = sysStat(fi)
	return st, nil
}

// knownKey returns the input key the cache holds for path when its files
// are as they were then, "" when they may have changed. A file modified
// after the previous build started may have changed after it was hashed
// within the same tick of the clock, so it is read again.
func (c *cacheData) knownKey(path string, stats []fileStat) string {
	e := c.Inputs[path]
	if e == nil || stats == nil || c.Generator != generatorKey() || len(e.Stats) != len(stats) {
		return ""
	}
	for i, st := range stats {
		if st != e.Stats[i] || st.ModTime >= c.Started || st.Change >= c.Started {
			return ""
		}
	}
	return e.InputKey
}

// siteKey hashes what every page depends on: theme files, glossary,
// settings, navigation.
func siteKey(cfg Config, s *site.Site, contentFS fs.FS) string {
	h, sum := newHasher()
	h.add(generatorKey(), s.Config.BaseURL, s.Config.Title)
	h.add(boolKey(cfg.Minify), boolKey(cfg.Cards != nil))
	for _, fsys := range []fs.FS{cfg.Theme.Templates, cfg.Theme.Static} {
		addTree(h, fsys)
	}
	h.add(string(cfg.Glossary))
	if data, err := fs.ReadFile(contentFS, content.GlossaryFile); err == nil {
		h.add(string(data))
	}
	for _, p := range s.Pages {
		h.add(p.URL, p.Title)
	}
	return sum()
}

func boolKey(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// addTree hashes every file of a theme folder, in order.
func addTree(h hasher, fsys fs.FS) {
	if fsys == nil {
		return
	}
	var names []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	for _, n := range names {
		data, _ := fs.ReadFile(fsys, n)
		h.add(n, string(data))
	}
}

// renderKey hashes everything a call's pages show: the call itself and
// what they link to elsewhere in the site.
func renderKey(site0 string, inKey string, s *site.Site, c *site.Call) string {
	h, sum := newHasher()
	h.add(site0, inKey, c.URL, c.Company.Name, c.Company.URL, strings.Join(c.Sources, "\x00"))
	for _, sp := range c.Speakers {
		h.add(sp.ID)
		if p := s.PersonOf(c, sp.ID); p != nil {
			h.add(p.URL)
		} else {
			h.add("-")
		}
		if f := s.FirmOf(c, sp.ID); f != nil {
			h.add(f.URL, f.Name)
		} else {
			h.add("-")
		}
	}
	return sum()
}

// recorder notes the files written through it.
type recorder struct {
	render.Output
	files []string
}

func (r *recorder) WriteFile(name string, data []byte) error {
	r.files = append(r.files, name)
	return r.Output.WriteFile(name, data)
}

// compactNames is names (a call's files, kept all build long for the
// cache) in two allocations: the names as slices of one string, in a
// list with no spare room. A name each and a list grown by appending
// were 130 MB of a 50,000-call build's peak.
func compactNames(names []string) []string {
	if len(names) == 0 {
		return names
	}
	n := 0
	for _, name := range names {
		n += len(name)
	}
	var b strings.Builder
	b.Grow(n)
	for _, name := range names {
		b.WriteString(name)
	}
	all := b.String()
	out := make([]string, len(names))
	for i, name := range names {
		out[i], all = all[:len(name)], all[len(name):]
	}
	return out
}

// linkOld puts the previous build's files of a call into the staging
// folder (hard links, else copies). It reports false, having written
// nothing that matters, when any file is missing.
func linkOld(oldDir, staging string, files []string) bool {
	if !allExist(oldDir, files) {
		return false
	}
	for _, f := range files {
		from := filepath.Join(oldDir, filepath.FromSlash(f))
		to := filepath.Join(staging, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return false
		}
		if err := os.Link(from, to); err != nil {
			data, err := os.ReadFile(from)
			if err != nil || os.WriteFile(to, data, 0o644) != nil {
				return false
			}
		}
	}
	return true
}

// allExist reports whether every file is in dir.
func allExist(dir string, files []string) bool {
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			return false
		}
	}
	return true
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// existing checks in the background that the files the previous build
// listed are still in the output (someone may have deleted some), while
// the site model is built on one core: a rebuild of a large site
// reuses tens of thousands of files. Removing a file changes its
// folder's modification and status change times, so a folder whose
// times are those an earlier build saw (dirs), well before it looked,
// still holds every file it held: only the files of the other folders
// are looked up one by one, which halves the system calls when each
// exchange's folder holds a page and its share image.
type existing struct {
	done    chan struct{}
	missing map[string]bool // slash paths
	dirs    outputDirs      // the folders as this check saw them, for the next build
	stopped atomic.Bool     // the build writes a new folder: the check is moot
}

// stop ends a check whose answer is not needed, without waiting for it.
func (e *existing) stop() { e.stopped.Store(true) }

// outputDirs is how the folders of the output looked at one moment. It
// is written to the cache as one block (names joined, times as varints):
// as a map, the 50,000 folders of a 5,000-call site took longer to write
// and read back than half the look-ups they spare.
type outputDirs struct {
	at    int64     // when they were looked at (Unix nanoseconds)
	names []string  // slash paths in the output, "." for the top; sorted
	stats []dirStat // of each name
}

// dirStat is what the file system says of an output folder.
type dirStat struct {
	ModTime, Change int64 // Unix nanoseconds
	Inode           uint64
}

// seenDirs keeps the folders of sorted names that could be looked at.
func seenDirs(at int64, names []string, stats []dirStat, ok []bool) outputDirs {
	seen := 0
	for _, o := range ok {
		seen += boolInt(o)
	}
	d := outputDirs{at: at, names: make([]string, 0, seen), stats: make([]dirStat, 0, seen)}
	for i, name := range names {
		if ok[i] {
			d.names = append(d.names, name)
			d.stats = append(d.stats, stats[i])
		}
	}
	return d
}

// dirSettle is how long before a look at a folder its times must be
// for the look to vouch for it: file times come from a clock that may
// lag behind time.Now by a tick, so a file removed just after the look
// could leave the folder's times as they were.
const dirSettle = int64(2 * time.Second)

// unchanged reports whether the folder d.names[i] is as it was when
// seen, and was seen long enough after its last change to tell.
func (d outputDirs) unchanged(i int, now dirStat) bool {
	was := d.stats[i]
	return was == now && now.Change != 0 && now.Inode != 0 &&
		was.ModTime < d.at-dirSettle && was.Change < d.at-dirSettle
}

func (d outputDirs) GobEncode() ([]byte, error) {
	return d.appendTo(make([]byte, 0, d.sizeBound())), nil
}

// appendTo appends the folders' encoding to b: when they were looked at,
// the number of folders, their names joined by NUL bytes (a count of
// bytes first), then each folder's times and inode.
func (d outputDirs) appendTo(b []byte) []byte {
	b = binary.AppendVarint(b, d.at)
	b = binary.AppendUvarint(b, uint64(len(d.names)))
	joined := max(0, len(d.names)-1)
	for _, name := range d.names {
		joined += len(name)
	}
	b = binary.AppendUvarint(b, uint64(joined))
	for i, name := range d.names {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, name...)
	}
	for _, st := range d.stats {
		// Times as distances from the look: a few bytes rather than nine.
		b = binary.AppendVarint(b, d.at-st.ModTime)
		b = binary.AppendVarint(b, d.at-st.Change)
		b = binary.AppendUvarint(b, st.Inode)
	}
	return b
}

// sizeBound is at least the size of the folders' encoding.
func (d outputDirs) sizeBound() int {
	n := 3*binary.MaxVarintLen64 + 3*binary.MaxVarintLen64*len(d.stats)
	for _, name := range d.names {
		n += len(name) + 1
	}
	return n
}

func (d *outputDirs) GobDecode(data []byte) error {
	return d.decode(bytes.Clone(data))
}

// decode is GobDecode with the names as slices of data, which must not
// change afterwards: the site cache's file, read or mapped, holds the
// 50,000 folders of a 5,000-call site, and copying them cost a rebuild
// memory the system hands out fresh.
func (d *outputDirs) decode(data []byte) error {
	*d = outputDirs{}
	bad := errors.New("bad folder list")
	r := binpack.NewReader(data, 0)
	at := r.Varint()
	count := r.Uvarint()
	if r.Err() != nil || count > uint64(r.Left()) {
		return bad
	}
	joined := r.String()
	if r.Err() != nil {
		return bad
	}
	var names []string
	if count > 0 {
		names = strings.Split(joined, "\x00")
	}
	if uint64(len(names)) != count {
		return bad
	}
	stats := make([]dirStat, count)
	for i := range stats {
		modTime := at - r.Varint()
		change := at - r.Varint()
		stats[i] = dirStat{ModTime: modTime, Change: change, Inode: r.Uvarint()}
	}
	if r.Err() != nil || r.Left() != 0 || !sort.StringsAreSorted(names) {
		return bad
	}
	*d = outputDirs{at: at, names: names, stats: stats}
	return nil
}

// folders lists the folders of the files in lists, sorted, each once.
func folders(lists [][]string) []string {
	met := map[string]bool{}
	var out []string
	for _, list := range lists {
		for _, f := range list {
			if d := path.Dir(f); !met[d] {
				met[d] = true
				out = append(out, d)
			}
		}
	}
	slices.Sort(out)
	return out
}

// statDirs looks at the folders of files in dir, for the next build.
func statDirs(dir string, lists [][]string, workers int) outputDirs {
	at := time.Now().UnixNano()
	dirs := folders(lists)
	stats := make([]dirStat, len(dirs))
	ok := make([]bool, len(dirs))
	out := openHeldFolder(dir)
	defer out.close()
	eachOf(len(dirs), workers, func(i int) { stats[i], ok[i] = out.statDir(dirs[i]) })
	return seenDirs(at, dirs, stats, ok)
}

// lookChunk is how many folders a worker of the folder check is handed at
// once: handed the 50,000 folders of a 5,000-call site one by one, the
// check switched goroutines for each.
const lookChunk = 256

// eachOf is parallel.Each for work too small to be handed out one by one:
// do(0), ..., do(n-1), by chunks of lookChunk.
func eachOf(n, workers int, do func(i int)) {
	parallel.Each((n+lookChunk-1)/lookChunk, workers, func(c int) {
		for i := c * lookChunk; i < min(n, (c+1)*lookChunk); i++ {
			do(i)
		}
	})
}

// checkExisting starts the folder check: it looks at the folders the
// last look saw (seen, sorted as the cache keeps them), then places each
// listed file in its folder, and looks up one by one only the files of
// folders that do not vouch for them, and of folders not seen before.
// Grouping the 120,000 files of 5,000 calls by folder first, and sorting
// the 50,000 folders again, was a quarter of the check's CPU (the rest is
// the system calls): the cache's list is already sorted.
func checkExisting(dir string, lists [][]string, workers int, seen outputDirs) *existing {
	e := &existing{done: make(chan struct{}), missing: map[string]bool{}}
	go func() {
		defer close(e.done)
		at := time.Now().UnixNano()
		out := openHeldFolder(dir)
		defer out.close()
		now := make([]dirStat, len(seen.names))
		there := make([]bool, len(seen.names))
		vouched := make([]bool, len(seen.names))
		eachOf(len(seen.names), workers, func(i int) {
			if e.stopped.Load() {
				return
			}
			now[i], there[i] = out.statDir(seen.names[i])
			vouched[i] = there[i] && seen.unchanged(i, now[i])
		})
		if e.stopped.Load() {
			return
		}
		p := placeFiles(lists, seen.names, vouched)
		addedNow := make([]dirStat, len(p.added))
		addedThere := make([]bool, len(p.added))
		parallel.Each(len(p.added), workers, func(k int) { addedNow[k], addedThere[k] = out.statDir(p.added[k]) })
		gone := lookUp(out, p.doubtful, p.doubtfulIn, workers)
		for k, f := range p.doubtful {
			if gone[k] {
				e.missing[f] = true
			}
		}
		for i := range there {
			there[i] = there[i] && p.used[i] // a folder no listed file is in any more is not kept
		}
		e.dirs = mergeDirs(seenDirs(at, seen.names, now, there), seenDirs(at, p.added, addedNow, addedThere))
	}()
	return e
}

// placed is where the listed files are among the folders seen last.
type placed struct {
	used       []bool   // by folder seen: a listed file is in it
	doubtful   []string // files in folders that do not vouch for them, in the order listed
	doubtfulIn []string // the folder of each
	added      []string // folders not seen last, sorted
}

// placeFiles finds the folder of every file of lists among names (sorted,
// each vouched for or not).
func placeFiles(lists [][]string, names []string, vouched []bool) placed {
	p := placed{used: make([]bool, len(names))}
	number := make(map[string]int32, len(names))
	for i, name := range names {
		number[name] = int32(i)
	}
	var added map[string]bool
	last, at := "", int32(-1) // the folder of the file before, often this one's too
	for _, list := range lists {
		for _, f := range list {
			if !inFolder(f, last) {
				last, at = folderOf(f, number)
			}
			d := last
			if i := at; i >= 0 {
				p.used[i] = true
				if vouched[i] {
					continue
				}
			} else if !added[d] {
				if added == nil {
					added = map[string]bool{}
				}
				added[d] = true
				p.added = append(p.added, d)
			}
			p.doubtful, p.doubtfulIn = append(p.doubtful, f), append(p.doubtfulIn, d)
		}
	}
	slices.Sort(p.added)
	return p
}

// folderOf is path.Dir(f) and its number among the folders seen (-1 when
// it is not one). The folder as f names it is taken when it is one of
// them, as they are path.Dir results (so clean): cleaning the folders of
// 120,000 files again took a twentieth of a rebuild's instructions.
func folderOf(f string, number map[string]int32) (string, int32) {
	if i := strings.LastIndexByte(f, '/'); i > 0 {
		if at, ok := number[f[:i]]; ok {
			return f[:i], at
		}
	}
	d := path.Dir(f)
	if at, ok := number[d]; ok {
		return d, at
	}
	return d, -1
}

// inFolder reports whether f is a name in the folder dir (a path.Dir
// result, so clean), which is then path.Dir(f), found without a look-up.
func inFolder(f, dir string) bool {
	return dir != "" && len(f) > len(dir) && f[len(dir)] == '/' && strings.HasPrefix(f, dir) && !strings.Contains(f[len(dir)+1:], "/")
}

// listAbove is how many files of one folder may be looked up one by one;
// a folder with more is listed instead. After an edit that changes a
// record, the search index rewrites a few of the 5,000 documents of its
// folder, and the next rebuild looked up each of the 10,000 files of its
// folders: a listing is a few system calls.
const listAbove = 64

// lookUp reports which of files (each in the folder of the same place in
// dirs) are gone from the output.
func lookUp(out *heldFolder, files, dirs []string, workers int) (gone []bool) {
	gone = make([]bool, len(files))
	count := map[string]int{}
	for _, d := range dirs {
		count[d]++
	}
	var listed []string
	for d, n := range count {
		if n > listAbove {
			listed = append(listed, d)
		}
	}
	slices.Sort(listed)
	holds := make([]map[string]bool, len(listed)) // nil: not listed, all gone
	parallel.Each(len(listed), workers, func(i int) {
		if names, ok := out.names(listed[i]); ok {
			holds[i] = make(map[string]bool, len(names))
			for _, name := range names {
				holds[i][name] = true
			}
		}
	})
	listedAt := make(map[string]int, len(listed))
	for i, d := range listed {
		listedAt[d] = i
	}
	parallel.Each(len(files), workers, func(k int) {
		if i, ok := listedAt[dirs[k]]; ok {
			gone[k] = !holds[i][path.Base(files[k])]
			return
		}
		gone[k] = !out.exists(files[k])
	})
	return gone
}

// namesByPath lists the names in a folder.
func namesByPath(dir string) ([]string, bool) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	return names, err == nil
}

// mergeDirs puts two looks at different folders, taken at the same
// moment, into one, sorted.
func mergeDirs(a, b outputDirs) outputDirs {
	if len(b.names) == 0 {
		return a
	}
	d := outputDirs{at: a.at, names: make([]string, 0, len(a.names)+len(b.names)), stats: make([]dirStat, 0, len(a.names)+len(b.names))}
	i, k := 0, 0
	for i < len(a.names) || k < len(b.names) {
		if k == len(b.names) || i < len(a.names) && a.names[i] < b.names[k] {
			d.names, d.stats = append(d.names, a.names[i]), append(d.stats, a.stats[i])
			i++
		} else {
			d.names, d.stats = append(d.names, b.names[k]), append(d.stats, b.stats[k])
			k++
		}
	}
	return d
}

// all reports whether every one of files is in the output; each must be
// in the lists checked.
func (e *existing) all(files []string) bool {
	<-e.done
	for _, f := range files {
		if e.missing[f] {
			return false
		}
	}
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
