// Package build runs the whole pipeline: it reads the content folder,
// parses the transcripts, builds the site model and renders it, in
// parallel, into a staging folder that replaces the output folder only
// when everything succeeded (or, with KeepGoing, when the calls that
// parsed rendered).
//
// Phases, each parallel over calls where it can be:
//
//  1. discover the inputs; parse each, find its figures and keep only a
//     compact site.Record (and, for small sites, the transcript);
//  2. merge duplicate calls and build the site model (serial, cheap);
//  3. render each call, parsing it again when its transcript was not
//     kept, so memory grows with the number of calls, not their text;
//  4. render the pages across calls (on a rebuild, together with 3).
//
// With a build cache (cache.go, pages.go) a rebuild reads, parses and
// draws only what changed, and updates the output folder in place.
package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"callsite/internal/cards"
	"callsite/internal/glossary"
	"callsite/internal/parallel"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// Config is one build. The zero value of every field but Content and Out
// works.
type Config struct {
	Content   string // content folder
	Out       string // output folder
	Site      site.Config
	Theme     render.Theme
	KeepGoing bool // publish the calls that parsed despite input errors
	Workers   int  // parallel workers; 0 means one per CPU
	// Glossary is the default glossary (YAML); content/glossary.yaml
	// extends and overrides it.
	Glossary []byte
	// Cards draws share images (nil: none); its folder keeps drawn cards
	// between builds.
	Cards *cards.Cache
	// Minify writes HTML, CSS, JavaScript and SVG minified.
	Minify bool
	// Progress, if set, is told how many of the calls have been rendered
	// (from several goroutines, in increasing order of done).
	Progress func(done, total int)
	// Discovered, if set, is told how many inputs the content folder
	// holds before they are read (gen sizes its memory limit by it).
	Discovered func(inputs int)
	// CacheDir keeps what a build can reuse in the next (see cache.go);
	// "" builds without a cache. Clean ignores what is there.
	CacheDir string
	Clean    bool
	// KeepText is how many bytes of transcripts are kept in memory between
	// phases 1 and 3; larger sites parse each call twice instead. 0 means
	// 8 MiB; negative means never keep.
	KeepText int64
	// WriteIDs writes (creates or updates) the ids file of every call
	// beside its transcript once the site is published (see ids.go).
	WriteIDs bool
}

// Result says what a build did.
type Result struct {
	Calls, Companies int
	Pages            int                 // HTML pages of the site
	Figures          int                 // figures found on all calls
	Reused           int                 // calls whose files were reused from the previous build
	PagesKept        int                 // pages across calls kept from the previous build (pages.go)
	Warnings         []*transcript.Error // with paths inside Content
	InputErrors      []error             // unreadable transcripts and pages
	Published        bool
	IDFiles          []string // ids files WriteIDs wrote (created or changed)
}

// ErrInput is returned (wrapped) when some input could not be read; the
// Result lists the errors.
var ErrInput = errors.New("input errors")

// parsed is what phase 1 keeps of one input.
type parsed struct {
	in   transcript.Input
	rec  *site.Record
	full *full // nil when the transcript was not kept
	err  error
	warn []*transcript.Error
	ids  *idPin // the call's pinned ids (ids.go)

	key    string      // inputKey, "" when the input could not be read
	rhash  string      // recordHash of rec, "" when not keyed
	cached *cacheEntry // from the previous build, when the input is unchanged
	fresh  *cacheEntry // for the next build
	rkey   string      // renderKey
	files  []string    // output files of the call's pages
}

// full is a call's transcript and figures, for rendering its pages.
type full struct {
	t    *transcript.Transcript
	figs []site.CallFigure
}

// Run builds the site. It returns ErrInput when input errors stopped the
// build (or, with KeepGoing, when it published despite them), and other
// errors when the output could not be written.
func Run(cfg Config) (*Result, error) {
	res := &Result{}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	keep := cfg.KeepText
	if keep == 0 {
		keep = 8 << 20
	}
	contentFS := os.DirFS(cfg.Content)

	// Phase 1.
	started := time.Now()
	// Hash the binary while the cache and the content folder are read.
	go generatorKey()
	useCache := cfg.CacheDir != "" && !cfg.WriteIDs // writing ids needs every transcript
	loaded := make(chan *cacheData, 1)
	go func() { // while the content folder is read
		if useCache && !cfg.Clean {
			loaded <- loadCache(cfg.CacheDir)
		} else {
			loaded <- &cacheData{Inputs: map[string]*cacheEntry{}}
		}
	}()
	inputs, errs := transcript.Discover(contentFS, ".")
	if cfg.Discovered != nil {
		cfg.Discovered(len(inputs))
	}
	res.InputErrors = append(res.InputErrors, errs...)
	results := make([]parsed, len(inputs))
	var kept sizeBudget
	kept.limit = keep
	old := <-loaded
	parallel.Each(len(inputs), workers, func(i int) {
		p := &results[i]
		p.in = inputs[i]
		var stats []fileStat
		if useCache {
			stats = statInput(contentFS, inputs[i])
			p.key = old.knownKey(p.in.Path, stats)
			if p.key == "" {
				p.key, _ = inputKey(contentFS, inputs[i])
			}
			if e := old.Inputs[p.in.Path]; e != nil && p.key != "" && e.InputKey == p.key {
				// Unchanged since the last build: its record as it was.
				p.cached, p.rec, p.warn = e, e.Record, e.Warnings
				p.ids = &idPin{file: p.in.Path + ".ids"}
				if e.Pin != nil {
					p.ids = &idPin{file: e.Pin.File, changes: e.Pin.Changes}
				}
				p.rhash = e.RecordHash
				p.fresh = &cacheEntry{InputKey: p.key, Stats: stats, RecordHash: e.RecordHash, Record: copyRecord(e.Record), Warnings: e.Warnings, Pin: e.Pin}
				return
			}
		}
		t, err := transcript.ParseInput(contentFS, inputs[i])
		if err != nil || t == nil {
			p.err = err
			return
		}
		p.ids = pinIDs(contentFS, t) // stable ids: before figures and records derive from them
		figs := site.CallFigures(t)
		p.rec = site.NewRecord(t, figs)
		p.warn = t.Warnings
		if p.key != "" {
			p.rhash = recordHash(p.rec)
		}
		if p.key != "" && !p.ids.broken {
			p.fresh = &cacheEntry{InputKey: p.key, Stats: stats, RecordHash: p.rhash, Record: copyRecord(p.rec), Warnings: t.Warnings}
			if p.ids.changes != nil {
				p.fresh.Pin = &cachedPin{File: p.ids.file, Changes: p.ids.changes}
			}
		}
		if kept.take(textSize(t)) {
			p.full = &full{t, figs}
		}
	})
	var records []*site.Record
	byRecord := map[*site.Record]*parsed{}
	for i := range results {
		p := &results[i]
		if p.err != nil {
			res.InputErrors = append(res.InputErrors, p.err)
		}
		if p.ids != nil {
			res.InputErrors = append(res.InputErrors, p.ids.errs...)
		}
		if p.rec == nil {
			continue
		}
		res.Warnings = append(res.Warnings, p.warn...)
		records = append(records, p.rec)
		byRecord[p.rec] = p
	}
	pages, err := site.LoadPages(contentFS, "pages")
	res.InputErrors = append(res.InputErrors, flatten(err)...) // one error per bad page
	gl, err := loadGlossary(cfg.Glossary, contentFS)
	if err != nil {
		res.InputErrors = append(res.InputErrors, err)
	}
	if len(res.InputErrors) > 0 && !cfg.KeepGoing {
		return res, fmt.Errorf("%w: %d", ErrInput, len(res.InputErrors))
	}
	// A rebuild (a cache and a previous site) updates the output in
	// place, reusing the files of unchanged calls where they are; a cold
	// build writes a whole new folder and swaps it in. In place only pays
	// when most calls are unchanged: comparing every file with the old
	// one costs more than writing a new folder.
	reusable := 0
	for i := range results {
		if results[i].cached != nil {
			reusable++
		}
	}
	inPlace := useCache && 2*reusable > len(results) && isDir(cfg.Out)
	var present *existing
	if inPlace {
		var lists [][]string
		for i := range results {
			if e := results[i].cached; e != nil {
				lists = append(lists, e.Files)
			}
		}
		for _, e := range old.Pages {
			lists = append(lists, e.Files)
		}
		present = checkExisting(cfg.Out, lists, max(1, workers-1))
	}

	// Phase 2.
	records, dups := site.Dedupe(records)
	res.Warnings = append(dropMoot(res.Warnings, dups), dups...)
	s := site.Build(cfg.Site, records, pages)
	s.Glossary = gl
	res.Calls, res.Companies = len(s.Calls), len(s.Companies)
	for _, c := range s.Calls {
		res.Figures += c.Figures
	}
	opt := render.Options{Cards: cfg.Cards, CompactJSON: cfg.Minify, Workers: workers}
	// The search index holds the words said on every call: a call is
	// parsed again for it (records hold no text).
	opt.Transcript = func(c *site.Call) (*transcript.Transcript, error) {
		p := byRecord[c.Record]
		if p == nil {
			return nil, fmt.Errorf("%s: no input", c.Source)
		}
		t, err := transcript.ParseInput(contentFS, p.in)
		if err != nil {
			return nil, err
		}
		reapplyIDs(contentFS, t, p.ids)
		return t, nil
	}
	var pageKeys *pageCache
	var segments *segmentStore
	if useCache {
		sk := siteKey(cfg, s, contentFS)
		hashByPath := map[string]string{}
		for i := range results {
			hashByPath[results[i].in.Path] = results[i].rhash
		}
		callKeys := map[*site.Call]string{}
		for _, c := range s.Calls {
			if p := byRecord[c.Record]; p.key != "" {
				p.rkey = renderKey(sk, p.key, s, c)
				callKeys[c] = callKey(c, p.rhash, hashByPath)
			}
		}
		pageKeys = newPageCache(sk+directoryKey(s), callKeys, old.Pages)
		opt.Pages = pageKeys
		segments = newSegmentStore(cfg.CacheDir, pageKeys, !cfg.Clean)
		opt.Segments = segments
	}
	r, err := render.New(s, cfg.Theme, opt)
	if err != nil {
		return res, err
	}
	redirects := callRedirects(s, func(c *site.Call) *idPin { return byRecord[c.Record].ids })
	idFiles := newIDWriter(cfg.WriteIDs, cfg.Content)

	// Phases 3 and 4.
	var htmlPages, reused atomic.Int64
	progress := &progressCounter{total: len(s.Calls), report: cfg.Progress}
	// other lists the files that are not a call's or a page's across
	// calls (those the cache lists already), so that the next rebuild
	// finds the stale files without reading the whole output.
	other := &nameSet{names: map[string]bool{}}
	publish := func(out render.Output, reuse func(files []string) bool) error {
		if cfg.Minify {
			out = render.Minified(out)
		}
		out = &pageCounter{Output: out, n: &htmlPages}
		// Redirect pages of moved pages go last, never over real ones.
		guard := newPageGuard(out, redirects)
		if pageKeys != nil {
			pageKeys.reuse = func(files []string) bool {
				if !reuse(files) {
					return false
				}
				guard.mark(files)
				htmlPages.Add(int64(countPages(files)))
				return true
			}
		}
		siteOut := &nameNoter{Output: guard, set: other}
		err := renderAll(r, s, siteOut, workers, inPlace, func(c *site.Call) error {
			defer progress.step()
			p := byRecord[c.Record]
			if e := p.cached; e != nil && e.RenderKey != "" && e.RenderKey == p.rkey && reuse(e.Files) {
				guard.mark(e.Files)
				p.files = e.Files
				reused.Add(1)
				htmlPages.Add(int64(countPages(e.Files)))
				return nil
			}
			f, err := full{}, error(nil)
			if p.full != nil {
				f = *p.full
				p.full = nil // rendered once: let the collector have it
			} else {
				var t *transcript.Transcript
				if t, err = transcript.ParseInput(contentFS, p.in); err != nil {
					return err
				}
				reapplyIDs(contentFS, t, p.ids)
				f = full{t, site.CallFigures(t)}
			}
			idFiles.stage(c, f.t, p.ids)
			rec := &recorder{Output: guard}
			err = r.Call(c, f.t, f.figs, rec)
			p.files = rec.files
			return err
		})
		if err != nil {
			return err
		}
		return writeRedirects(r, guard, &nameNoter{Output: guard.Output, set: other}, redirects)
	}
	if inPlace {
		err = render.Update(cfg.Out, old.files(), func(out render.Output, keep func([]string)) error {
			return publish(out, func(files []string) bool {
				if !present.all(files) {
					return false
				}
				keep(files)
				return true
			})
		})
	} else {
		err = render.Publish(cfg.Out, func(out render.Output) error {
			staging := ""
			if d, ok := out.(render.DirOutput); ok {
				staging = d.Dir
			}
			return publish(out, func(files []string) bool {
				return staging != "" && linkOld(cfg.Out, staging, files)
			})
		})
	}
	if err != nil {
		idFiles.discard()
		if cfg.Cards != nil {
			cfg.Cards.Forget()
		}
		return res, err
	}
	res.Published = true
	if cfg.Cards != nil {
		// The share images drawn are in the output now: link them into
		// the cards' cache rather than having written them twice.
		if err := cfg.Cards.Keep(cfg.Out); err != nil {
			return res, err
		}
	}
	res.Pages, res.Reused = int(htmlPages.Load()), int(reused.Load())
	if pageKeys != nil {
		res.PagesKept = int(pageKeys.kept.Load())
	}
	if res.IDFiles, err = idFiles.commit(); err != nil {
		return res, err
	}
	if useCache {
		next := &cacheData{Inputs: map[string]*cacheEntry{}, Pages: pageKeys.next, Other: other.sorted(),
			Generator: generatorKey(), Started: started.UnixNano()}
		for i := range results {
			p := &results[i]
			if p.fresh == nil || p.err != nil {
				continue
			}
			p.fresh.RenderKey, p.fresh.Files = p.rkey, p.files
			next.Inputs[p.in.Path] = p.fresh
		}
		if err := saveCache(cfg.CacheDir, next, old); err != nil {
			return res, err
		}
		if err := segments.prune(); err != nil {
			return res, err
		}
	}
	if len(res.InputErrors) > 0 {
		return res, fmt.Errorf("%w: %d", ErrInput, len(res.InputErrors))
	}
	return res, nil
}

// renderAll renders the calls on workers goroutines, then the site pages,
// or both at once when together is set (a rebuild, where most calls are
// reused and the pages across calls are most of the work; a cold build
// draws them after the calls, so that their memory does not add up).
// Errors are reported in call order, whatever order the workers finish.
func renderAll(r *render.Renderer, s *site.Site, out render.Output, workers int, together bool, renderCall func(*site.Call) error) error {
	errs := make([]error, len(s.Calls)+1)
	var pages sync.WaitGroup
	if together {
		pages.Go(func() { errs[len(s.Calls)] = r.Site(out) })
	}
	parallel.Each(len(s.Calls), workers, func(i int) {
		errs[i] = renderCall(s.Calls[i])
	})
	if together {
		pages.Wait()
	} else {
		errs[len(s.Calls)] = r.Site(out)
	}
	return errors.Join(errs...)
}

// copyRecord copies a record for the cache, so that merging duplicate
// calls in this build (which adds to Sources) does not change it.
func copyRecord(r *site.Record) *site.Record {
	c := *r
	c.Sources = append([]string(nil), r.Sources...)
	return &c
}

// sizeBudget hands out a limited number of bytes to concurrent takers.
type sizeBudget struct {
	mu    sync.Mutex
	used  int64
	limit int64
}

func (b *sizeBudget) take(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.limit < 0 || b.used+n > b.limit {
		return false
	}
	b.used += n
	return true
}

// textSize is about what a parsed transcript holds in memory.
func textSize(t *transcript.Transcript) int64 {
	var n int64
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				n += int64(len(p.Text)) + 64
			}
		}
	}
	return n * 3 // the figures found in it, roughly as much again and more
}

// loadGlossary merges the site's content/glossary.yaml over the default.
func loadGlossary(def []byte, content fs.FS) (*glossary.Glossary, error) {
	g := &glossary.Glossary{}
	if len(def) > 0 {
		var err error
		if g, err = glossary.Parse("default glossary", def); err != nil {
			return nil, err
		}
	}
	const name = "glossary.yaml"
	src, err := readOptional(content, name)
	if err != nil {
		return g, err
	}
	if src == nil {
		return g, nil
	}
	own, err := glossary.Parse(name, src)
	if err != nil {
		return g, asInputError(err)
	}
	return glossary.Merge(g, own), nil
}

var posMsg = regexp.MustCompile(`^([^:\n]+):(\d+): (.*)$`)

// asInputError turns an error "path:line: message" from a package that
// does not use transcript.Error (the glossary) into one, so that the
// command prints it with the content folder in front like every other.
func asInputError(err error) error {
	var te *transcript.Error
	if errors.As(err, &te) {
		return err
	}
	if m := posMsg.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[2])
		return &transcript.Error{Pos: transcript.Pos{File: m[1], Line: line}, Msg: m[3]}
	}
	return err
}

// nameSet collects file names from several goroutines.
type nameSet struct {
	mu    sync.Mutex
	names map[string]bool
}

func (n *nameSet) add(names ...string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, name := range names {
		n.names[name] = true
	}
}

func (n *nameSet) sorted() []string {
	out := make([]string, 0, len(n.names))
	for name := range n.names {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// nameNoter adds the name of every file written through it to a set.
type nameNoter struct {
	render.Output
	set *nameSet
}

func (n *nameNoter) WriteFile(name string, data []byte) error {
	n.set.add(name)
	return n.Output.WriteFile(name, data)
}

// pageCounter counts the HTML pages written through it.
type pageCounter struct {
	render.Output
	n *atomic.Int64
}

func (c *pageCounter) WriteFile(name string, data []byte) error {
	if strings.HasSuffix(name, ".html") {
		c.n.Add(1)
	}
	return c.Output.WriteFile(name, data)
}

func countPages(files []string) int {
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".html") {
			n++
		}
	}
	return n
}

// progressCounter tells Progress about every call rendered.
type progressCounter struct {
	mu     sync.Mutex
	done   int
	total  int
	report func(done, total int)
}

func (p *progressCounter) step() {
	if p.report == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.report(p.done, p.total)
}

// readOptional reads a file of the content folder that may be absent
// (nil, nil). It never follows a symlink, so that no file from outside
// the content folder ends up on the pages, and refuses files over
// transcript.MaxSize; errors are "name:1: message".
func readOptional(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Lstat(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err == nil && !info.Mode().IsRegular() {
		err = errors.New("not a regular file (symlinks are not followed); skipped")
	}
	if err == nil && info.Size() > transcript.MaxSize {
		err = fmt.Errorf("file too large (%d bytes)", info.Size())
	}
	var src []byte
	if err == nil {
		src, err = fs.ReadFile(fsys, name)
	}
	if err != nil {
		return nil, &transcript.Error{Pos: transcript.Pos{File: name, Line: 1}, Msg: err.Error()}
	}
	return src, nil
}

// flatten lists the errors inside a joined error.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// dropMoot drops the metadata warnings of the files set aside as copies
// of a call kept from another file: what they lack, the kept one has.
func dropMoot(warns, dups []*transcript.Error) []*transcript.Error {
	copies := map[string]bool{}
	for _, d := range dups {
		if d.Kind == transcript.WarnDuplicate {
			copies[d.Pos.File] = true
		}
	}
	if len(copies) == 0 {
		return warns
	}
	out := warns[:0:0]
	for _, w := range warns {
		if !(copies[w.Pos.File] && transcript.MetaWarning(w)) {
			out = append(out, w)
		}
	}
	return out
}
