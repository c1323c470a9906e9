// Package build runs the whole pipeline: it reads the content folder,
// parses the transcripts, builds the site model and renders it, in
// parallel, into a staging folder that replaces the output folder only
// when everything succeeded (or, with KeepGoing, when the calls that
// parsed rendered).
//
// Phases, each a method of builder (Run calls them in order), parallel
// over calls where they can be:
//
//  1. discover: list the inputs, while the cache (cache.go) is read;
//  2. parse: parse each input (or take it from the cache), find its
//     figures and keep only a compact site.Record (and, for small
//     sites, the transcript); collect gathers records, pages, glossary;
//  3. model: merge duplicate calls and build the site model (serial,
//     cheap); prepare makes the renderer and the cache keys;
//  4. render and publish: render each call, parsing it again when its
//     transcript was not kept, so memory grows with the number of
//     calls, not their text, and the pages across calls (on a rebuild,
//     together with the calls), into a staging folder or in place;
//  5. finish: counts, ids files and the cache for the next build.
//
// With a build cache (cache.go, pages.go) a rebuild reads, parses and
// draws only what changed, and updates the output folder in place.
package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"callsite/internal/cards"
	"callsite/internal/content"
	"callsite/internal/glossary"
	"callsite/internal/ids"
	"callsite/internal/parallel"
	"callsite/internal/publish"
	"callsite/internal/render"
	"callsite/internal/search"
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
	// MapCache maps the cache's input shards into memory instead of
	// reading them, which costs a rebuild a tenth of the CPU. The records
	// read then point into the mapping, which is kept to the end of the
	// process: for a process that runs one build (gen build), not one
	// that builds again and again (gen serve).
	MapCache bool
	// KeepText is how many bytes of transcripts are kept in memory between
	// phases 1 and 3; larger sites parse each call twice instead. 0 means
	// 8 MiB; negative means never keep.
	KeepText int64
	// KeepFigures is how many bytes of packed figures (site.PackFigures)
	// are kept for the calls whose transcripts were not, so that their
	// figures are not found twice. 0 means 32 MiB, the figures of about
	// 2,000 real calls; negative means never keep.
	KeepFigures int64
	// KeepBodies is how many bytes of the records' bodies (key figures,
	// key points, quotes) a cold build with a cache keeps in memory while
	// it draws the search index; past it they wait in a file in the cache
	// from when each call's own pages are drawn, and the other pages
	// across calls are drawn after the index (bodies.go). 0 means 32 MiB;
	// negative means never keep.
	KeepBodies int64
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
	in   content.Input
	rec  *site.Record
	full *full  // nil when the transcript was not kept
	figs []byte // without full: the figures, packed (site.PackFigures), when they were kept
	// meta is the Meta the parse found, for parsing the call again
	// (transcript.ParseFilesAgain); nil when the transcript was kept or
	// came from the cache.
	meta *transcript.Meta
	err  error
	warn []*transcript.Error
	ids  *idPin // the call's pinned ids (ids.go)

	key    string      // inputKey, "" when the input could not be read
	rhash  string      // recordHashes of rec, "" when not keyed
	phash  string      // the page hash
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
//
// The build is a pipeline of phases, each a method of builder below:
// discover → parse → collect → model → render and publish → finish.
func Run(cfg Config) (*Result, error) {
	return run(newBuilder(cfg))
}

func run(b *builder) (*Result, error) {
	cfg := b.cfg
	inputs := b.discover()
	results := b.parse(inputs)
	in := b.collect(results)
	if len(b.res.InputErrors) > 0 && !cfg.KeepGoing {
		return b.res, b.inputErr()
	}
	plan := b.plan(results)
	s := b.model(in)
	rs, err := b.prepare(s, results, in.byRecord)
	if err != nil {
		return b.res, err
	}
	if err := b.publish(rs, plan); err != nil {
		rs.idFiles.discard()
		rs.cards.wait()
		if cfg.Cards != nil {
			cfg.Cards.Forget()
		}
		return b.res, err
	}
	if err := b.finish(rs, results, plan); err != nil {
		return b.res, err
	}
	if len(b.res.InputErrors) > 0 {
		return b.res, b.inputErr()
	}
	return b.res, nil
}

// builder carries what every phase of one build needs: its settings, the
// content folder, the previous build's cache and the result so far.
type builder struct {
	cfg      Config
	workers  int
	keep     int64 // KeepText, resolved
	keepFigs int64 // KeepFigures, resolved
	keepBody int64 // KeepBodies, resolved
	content  fs.FS
	useCache bool
	started  time.Time
	old      *cacheData // the previous build's cache (empty without one)
	resident *Resident  // what the last build of this process left (resident.go), or nil
	present  *existing  // the folder check started early (checkEarly), or nil
	// people: the people and firms this build linked, for the next
	// (people.go); nil when restored or not to be saved.
	people []byte
	// savedPeople waits for those the last build saved (readPeople).
	savedPeople func() []byte
	res         *Result
	// remembered: old came from resident's memory; modelled: the records
	// were merged (model); kept: resident holds what this build published.
	remembered, modelled, kept bool
}

func newBuilder(cfg Config) *builder {
	b := &builder{cfg: cfg, workers: cfg.Workers, keep: cfg.KeepText, keepFigs: cfg.KeepFigures, keepBody: cfg.KeepBodies, content: os.DirFS(cfg.Content), res: &Result{}}
	if b.workers <= 0 {
		b.workers = runtime.GOMAXPROCS(0)
	}
	if b.keep == 0 {
		b.keep = 8 << 20
	}
	if b.keepFigs == 0 {
		b.keepFigs = 32 << 20
	}
	if b.keepBody == 0 {
		b.keepBody = 32 << 20
	}
	b.useCache = cfg.CacheDir != "" && !cfg.WriteIDs // writing ids needs every transcript
	return b
}

func (b *builder) inputErr() error {
	return fmt.Errorf("%w: %d", ErrInput, len(b.res.InputErrors))
}

// discover lists the inputs of the content folder, while the previous
// build's cache is read (into b.old) and the binary hashed.
func (b *builder) discover() []content.Input {
	b.started = time.Now()
	go generatorKey()
	loaded := make(chan *cacheData, 1)
	go func() { // while the content folder is read
		if last := b.resident.lastCache(b); last != nil {
			loaded <- last
		} else if b.useCache && !b.cfg.Clean {
			loaded <- loadCache(b.cfg.CacheDir, b.cfg.MapCache)
		} else {
			loaded <- &cacheData{Inputs: map[string]*cacheEntry{}}
		}
	}()
	inputs, errs := content.Discover(b.content, ".")
	if b.cfg.Discovered != nil {
		b.cfg.Discovered(len(inputs))
	}
	b.res.InputErrors = append(b.res.InputErrors, errs...)
	b.old = <-loaded
	b.present = b.checkEarly()
	b.savedPeople = b.readPeople()
	return inputs
}

// checkEarly starts the folder check (existing) as soon as the cache is
// read, on every file the previous build listed, so that it runs beside
// the parse rather than holding up the first reused call's pages. Only
// the files of unchanged calls are asked about later; looking at a few
// more costs less than waiting. Nil when there is nothing to check.
func (b *builder) checkEarly() *existing {
	if !b.useCache || len(b.old.Inputs) == 0 || !isDir(b.cfg.Out) {
		return nil
	}
	if b.resident.trusted(b) {
		return everyFile(b.old.Dirs)
	}
	return checkExisting(b.cfg.Out, b.old.lists(), b.workers, b.old.Dirs)
}

// parse reads every input in parallel: from the cache when it is
// unchanged, else by parsing it and finding its figures.
func (b *builder) parse(inputs []content.Input) []parsed {
	results := make([]parsed, len(inputs))
	kept := &keptBudget{text: sizeBudget{limit: b.keep}, figs: sizeBudget{limit: b.keepFigs}}
	contentDir := openHeldFolder(b.cfg.Content)
	defer contentDir.close()
	var ids *idsListing
	if b.useCache {
		ids = listIDs(contentDir, inputs)
	}
	parallel.Each(len(inputs), b.workers, func(i int) {
		p := &results[i]
		p.in = inputs[i]
		var stats []fileStat
		if b.useCache {
			stats = statListed(contentDir, p.in, ids)
			if b.fromCache(p, stats) {
				return
			}
		}
		b.parseOne(p, stats, kept)
	})
	return results
}

// fromCache keys an input and, when the previous build saw it unchanged,
// fills p from the cache and reports true.
func (b *builder) fromCache(p *parsed, stats []fileStat) bool {
	p.key = b.old.knownKey(p.in.Path, stats)
	if p.key == "" {
		p.key, _ = inputKey(b.content, p.in)
	}
	e := b.old.Inputs[p.in.Path]
	if e == nil || p.key == "" || e.InputKey != p.key {
		return false
	}
	// Unchanged since the last build: its record as it was.
	p.cached, p.rec, p.warn = e, e.Record, e.Warnings
	p.ids = &idPin{file: content.IDsFile(p.in.Path)}
	if e.Pin != nil {
		p.ids = &idPin{file: e.Pin.File, changes: e.Pin.Changes}
	}
	p.rhash, p.phash = e.RecordHash, e.PageHash
	// The body stays encoded until a page shows it (fillBodies), and is
	// written to the next cache as it was read.
	p.fresh = &cacheEntry{InputKey: p.key, Stats: stats, RecordHash: e.RecordHash, PageHash: e.PageHash, Record: copyRecord(e.Record), Warnings: e.Warnings, Pin: e.Pin, body: e.body}
	return true
}

// parseOne parses an input, pins its ids and makes its record; it keeps
// the transcript for rendering while kept has room.
func (b *builder) parseOne(p *parsed, stats []fileStat, kept *keptBudget) {
	t, err := b.parseInput(p.in)
	if err != nil || t == nil {
		p.err = err
		return
	}
	p.ids = pinIDs(b.content, t) // stable ids: before figures and records derive from them
	figs := site.CallFigures(t)
	p.rec = site.NewRecord(t, figs)
	p.warn = t.Warnings
	if p.key != "" {
		p.rhash, p.phash = recordHashes(p.rec)
	}
	if p.key != "" && !p.ids.broken {
		p.fresh = &cacheEntry{InputKey: p.key, Stats: stats, RecordHash: p.rhash, PageHash: p.phash, Record: copyRecord(p.rec), Warnings: t.Warnings}
		if p.ids.changes != nil {
			p.fresh.Pin = &cachedPin{File: p.ids.file, Changes: p.ids.changes}
		}
	}
	if kept.text.take(textSize(t)) {
		p.full = &full{t, figs}
		return
	}
	// The record's copy of the Meta, whose strings do not hold the text,
	// as it was before merging duplicate calls changes the record's: the
	// cache entry's copy when there is one.
	if p.fresh != nil {
		p.meta = &p.fresh.Record.Meta
	} else {
		p.meta = new(p.rec.Meta)
	}
	if kept.figs.limit >= 0 {
		if packed := site.PackFigures(figs); kept.figs.take(int64(len(packed))) {
			p.figs = packed
		}
	}
}

// collected is what the parse phase found, for the model.
type collected struct {
	records  []*site.Record
	byRecord map[*site.Record]*parsed
	pages    []*site.Page
	glossary *glossary.Glossary
}

// collect gathers the records and errors of the parsed inputs, and reads
// the site's pages and glossary.
func (b *builder) collect(results []parsed) collected {
	res := b.res
	in := collected{byRecord: map[*site.Record]*parsed{}}
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
		in.records = append(in.records, p.rec)
		in.byRecord[p.rec] = p
	}
	files, err := content.Pages(b.content, content.PagesDir)
	res.InputErrors = append(res.InputErrors, flatten(err)...) // one error per bad page
	in.pages, err = site.NewPages(files)
	res.InputErrors = append(res.InputErrors, flatten(err)...)
	gl, err := loadGlossary(b.cfg.Glossary, b.content)
	if err != nil {
		res.InputErrors = append(res.InputErrors, err)
	}
	in.glossary = gl
	return in
}

// publishPlan says how the output is written.
type publishPlan struct {
	inPlace bool      // update the output folder in place (else swap in a new one)
	present *existing // with inPlace: the reusable files that are there
}

// plan decides between a rebuild in place and a cold build. A rebuild (a
// cache and a previous site) updates the output in place, reusing the
// files of unchanged calls where they are; a cold build writes a whole
// new folder and swaps it in. In place only pays when most calls are
// unchanged: comparing every file with the old one costs more than
// writing a new folder.
func (b *builder) plan(results []parsed) publishPlan {
	reusable := 0
	for i := range results {
		if results[i].cached != nil {
			reusable++
		}
	}
	if !b.useCache || 2*reusable <= len(results) || !isDir(b.cfg.Out) {
		if b.present != nil {
			b.present.stop()
		}
		return publishPlan{}
	}
	if b.present != nil {
		return publishPlan{inPlace: true, present: b.present}
	}
	var lists [][]string
	for i := range results {
		if e := results[i].cached; e != nil {
			lists = append(lists, e.Files)
		}
	}
	for _, e := range b.old.Pages {
		lists = append(lists, e.Files)
	}
	return publishPlan{inPlace: true, present: checkExisting(b.cfg.Out, lists, max(1, b.workers-1), b.old.Dirs)}
}

// model merges duplicate calls and builds the site model.
func (b *builder) model(in collected) *site.Site {
	b.modelled = true
	records, dups := site.Dedupe(in.records)
	b.res.Warnings = append(dropMoot(b.res.Warnings, dups), dups...)
	var s *site.Site
	s, b.people = b.linkSite(records, in.pages, peopleKey(records))
	s.Glossary = in.glossary
	b.res.Calls, b.res.Companies = len(s.Calls), len(s.Companies)
	for _, c := range s.Calls {
		b.res.Figures += c.Figures
	}
	return s
}

// renderState is what the render phase shares across calls: the
// renderer, the caches it reuses pages through, the redirects and ids
// of moved pages, and the counters for the Result.
type renderState struct {
	s         *site.Site
	r         *render.Renderer
	byRecord  map[*site.Record]*parsed
	pageKeys  *pageCache    // nil without a cache
	segments  *segmentStore // nil without a cache
	redirects []ids.Redirect
	idFiles   *idWriter
	progress  *progressCounter
	// other lists the files that are not a call's or a page's across
	// calls (those the cache lists already), so that the next rebuild
	// finds the stale files without reading the whole output.
	other            *nameSet
	htmlPages, reuse atomic.Int64 // HTML pages written or kept; calls reused
	search           *searchParts
	parked           *parkedBodies // records' bodies parked while the index is drawn (bodies.go); nil: none
	cards            *cardKeeper
	// staging is the folder a cold build writes, swapped in at the end;
	// "" for a rebuild in place.
	staging string
}

// cardKeeper links the share images drawn into the cards' cache
// (cards.Cache.Keep) beside other work, one Keep at a time.
type cardKeeper struct {
	cards *cards.Cache // nil: no share images
	done  sync.WaitGroup
	errs  []error
}

// start links the cards drawn so far from dir, the folder their names
// are relative to, once the one started before has finished.
func (k *cardKeeper) start(dir string) {
	if k.cards == nil {
		return
	}
	k.done.Wait()
	k.done.Go(func() {
		if err := k.cards.Keep(dir); err != nil {
			k.errs = append(k.errs, err)
		}
	})
}

// wait waits for the Keep started last and returns the errors so far.
func (k *cardKeeper) wait() error {
	k.done.Wait()
	return errors.Join(k.errs...)
}

// prepare makes the renderer of the site, with the build cache's keys for
// every call and page when there is a cache.
func (b *builder) prepare(s *site.Site, results []parsed, byRecord map[*site.Record]*parsed) (*renderState, error) {
	rs := &renderState{s: s, byRecord: byRecord, other: &nameSet{names: map[string]bool{}},
		progress: &progressCounter{total: len(s.Calls), report: b.cfg.Progress}, cards: &cardKeeper{cards: b.cfg.Cards}}
	opt := render.Options{Cards: b.cfg.Cards, CompactJSON: b.cfg.Minify, Workers: b.workers}
	// The search index holds the words said on every call (records hold
	// no text): what it needs of a call is collected when the call is
	// rendered, and a call kept from the last build is parsed again.
	rs.search = newSearchParts(search.NewWords(), b.spillDir())
	opt.SearchCalls = func(c *site.Call) *search.CallPart {
		// Asked for each call of a company whose part of the index is
		// drawn, before it reads the call's record.
		fillBodies(byRecord, c)
		if part := rs.search.take(c); part != nil {
			return part
		}
		rs.parked.restoreOne(c.Record) // the index collects it from its record
		p := byRecord[c.Record]
		if p == nil {
			return nil
		}
		t, err := b.reparse(p)
		if err != nil {
			return nil // the record alone
		}
		return rs.search.words.Collect(c, t)
	}
	if b.useCache {
		rs.pageKeys = b.cacheKeys(s, results, byRecord)
		rs.pageKeys.fill = func(calls []*site.Call) { fillBodies(byRecord, calls...) }
		opt.Pages = rs.pageKeys
		rs.segments = newSegmentStore(b.cfg.CacheDir, rs.pageKeys, !b.cfg.Clean, b.old.SearchState)
		opt.Segments = rs.segments
	}
	r, err := render.New(s, b.cfg.Theme, opt)
	if err != nil {
		return nil, err
	}
	rs.r = r
	rs.redirects = callRedirects(s, func(c *site.Call) *idPin { return byRecord[c.Record].ids })
	rs.idFiles = newIDWriter(b.cfg.WriteIDs, b.cfg.Content)
	return rs, nil
}

// parseInput reads an input's files and parses them: nil, nil for a
// Markdown file that is a page rather than a call.
func (b *builder) parseInput(in content.Input) (*transcript.Transcript, error) {
	files, err := content.Read(b.content, in)
	if err != nil {
		return nil, err
	}
	return transcript.ParseFiles(files)
}

// reparse parses a call's input again, with the ids pinned when it was
// first parsed.
func (b *builder) reparse(p *parsed) (*transcript.Transcript, error) {
	var t *transcript.Transcript
	var err error
	if p.meta != nil {
		var files content.Files
		if files, err = content.Read(b.content, p.in); err == nil {
			t, err = transcript.ParseFilesAgain(files, *p.meta)
		}
	} else {
		t, err = b.parseInput(p.in)
	}
	if err != nil {
		return nil, err
	}
	reapplyIDs(b.content, t, p.ids)
	return t, nil
}

// cacheKeys sets the render key of every call and returns the cache of
// the pages across calls.
func (b *builder) cacheKeys(s *site.Site, results []parsed, byRecord map[*site.Record]*parsed) *pageCache {
	sk := siteKey(b.cfg, s, b.content)
	hashByPath, pageHashByPath := map[string]string{}, map[string]string{}
	for i := range results {
		hashByPath[results[i].in.Path] = results[i].rhash
		pageHashByPath[results[i].in.Path] = results[i].phash
	}
	// Three keys a call, thousands of calls: hashed in parallel (a rebuild
	// of 5,000 calls spent 0.15 s here on one core).
	type keys struct{ call, text string }
	of := make([]keys, len(s.Calls))
	parallel.Each(len(s.Calls), b.workers, func(i int) {
		c := s.Calls[i]
		if p := byRecord[c.Record]; p.key != "" {
			p.rkey = renderKey(sk, p.key, s, c)
			of[i] = keys{callKey(c, p.phash, pageHashByPath), callKey(c, p.rhash, hashByPath)}
		}
	})
	callKeys, textKeys := map[*site.Call]string{}, map[*site.Call]string{}
	for i, c := range s.Calls {
		if byRecord[c.Record].key != "" {
			callKeys[c], textKeys[c] = of[i].call, of[i].text
		}
	}
	return newPageCache(sk+directoryKey(s), callKeys, textKeys, b.old.Pages)
}

// publish renders the site and writes it: in place (plan.inPlace) or
// into a staging folder swapped in at the end.
func (b *builder) publish(rs *renderState, plan publishPlan) error {
	if plan.inPlace {
		return publish.Update(b.cfg.Out, b.old.files(), func(out publish.Output, keep func([]string)) error {
			return b.renderTo(rs, out, true, func(files []string) bool {
				if !plan.present.all(files) {
					return false
				}
				keep(files)
				return true
			})
		})
	}
	return publish.Publish(b.cfg.Out, func(out publish.Output) error {
		if d, ok := out.(publish.DirOutput); ok {
			rs.staging = d.Dir
		}
		return b.renderTo(rs, out, false, func(files []string) bool {
			return rs.staging != "" && linkOld(b.cfg.Out, rs.staging, files)
		})
	})
}

// renderTo renders every call and page into out. reuse keeps files of
// the previous build instead of drawing them again, reporting false when
// it could not.
func (b *builder) renderTo(rs *renderState, out render.Output, together bool, reuse func(files []string) bool) error {
	if b.cfg.Minify {
		out = publish.Minified(out)
	}
	out = &pageCounter{Output: out, n: &rs.htmlPages}
	// Redirect pages of moved pages go last, never over real ones.
	guard := newPageGuard(out, rs.redirects)
	keep := func(files []string) bool {
		if !reuse(files) {
			return false
		}
		guard.mark(files)
		rs.htmlPages.Add(int64(countPages(files)))
		return true
	}
	if rs.pageKeys != nil {
		rs.pageKeys.reuse = keep
	}
	if rs.segments != nil && together {
		// Updated in place: the search index may be patched, keeping the
		// previous index's files that do not change.
		rs.segments.out, rs.segments.keep = b.cfg.Out, keep
		if e := b.old.Pages[searchPage]; e != nil {
			rs.segments.oldFiles = e.Files
		}
	}
	if !together && rs.pageKeys != nil && rs.segments != nil && (b.keepBody < 0 || bodyBytes(rs.s.Calls) > b.keepBody) {
		rs.parked = newParkedBodies(b.cfg.CacheDir)
		rs.pageKeys.parked, rs.segments.written = rs.parked, rs.parked.indexWritten
	}
	siteOut := &nameNoter{Output: guard, set: rs.other}
	err := renderAll(rs.r, rs.s, siteOut, b.workers, together, func(c *site.Call) error {
		defer rs.progress.step()
		return b.renderCall(rs, c, guard, keep)
	}, func() {
		rs.search.finished()
		if rs.staging != "" {
			// Only a call's pages have share images, and every call's
			// files are written: link its cards from the staging folder
			// (the links stay good when it is swapped in) while the pages
			// across calls are drawn, rather than alone at the end.
			rs.cards.start(rs.staging)
		}
	})
	rs.search.close() // parts the index did not take (it was kept whole)
	if perr := rs.parked.close(); err == nil {
		err = perr
	}
	if err != nil {
		return err
	}
	return writeRedirects(rs.r, guard, &nameNoter{Output: guard.Output, set: rs.other}, rs.redirects)
}

// renderCall keeps a call's files from the previous build when its
// render key is unchanged, or draws its pages.
func (b *builder) renderCall(rs *renderState, c *site.Call, guard *pageGuard, keep func([]string) bool) error {
	p := rs.byRecord[c.Record]
	if e := p.cached; e != nil && e.RenderKey != "" && e.RenderKey == p.rkey && keep(e.Files) {
		p.files = e.Files
		rs.reuse.Add(1)
		return nil
	}
	fillBodies(rs.byRecord, c)
	var f full
	if p.full != nil {
		f = *p.full
		p.full = nil // rendered once: let the collector have it
	} else {
		t, err := b.reparse(p)
		if err != nil {
			return err
		}
		f = full{t: t}
		if p.figs != nil {
			f.figs, err = site.UnpackFigures(t, p.figs)
			p.figs = nil
		}
		if f.figs == nil || err != nil {
			f.figs = site.CallFigures(t)
		}
	}
	rs.idFiles.stage(c, f.t, p.ids)
	rs.search.put(c, rs.search.words.Collect(c, f.t))
	rec := &recorder{Output: guard}
	err := rs.r.Call(c, f.t, f.figs, rec)
	p.files = compactNames(rec.files)
	if p.cached == nil {
		rs.parked.park(c.Record, p.fresh) // the cache's copy shares its body
	}
	return err
}

// finish records what was published: share images into the cards'
// cache, the counts, the ids files and the cache for the next build.
// Linking the share images and looking at the output's folders (for the
// next build's folder check) are mostly system calls on one core: they
// run beside writing the cache, which needs the folders only for its
// last file.
func (b *builder) finish(rs *renderState, results []parsed, plan publishPlan) error {
	res, cfg := b.res, b.cfg
	res.Published = true
	// The share images drawn are in the output now: link into the cards'
	// cache those not linked from the staging folder already, rather than
	// having written them twice. A card not kept is drawn again when next
	// asked for, so the build cache is saved whether or not this succeeds.
	rs.cards.start(cfg.Out)
	err := b.record(rs, results, plan)
	return errors.Join(rs.cards.wait(), err)
}

// record sets the Result's counts, commits the ids files and saves the
// cache for the next build.
func (b *builder) record(rs *renderState, results []parsed, plan publishPlan) error {
	res, cfg := b.res, b.cfg
	res.Pages, res.Reused = int(rs.htmlPages.Load()), int(rs.reuse.Load())
	if rs.pageKeys != nil {
		res.PagesKept = int(rs.pageKeys.kept.Load())
	}
	var err error
	if res.IDFiles, err = rs.idFiles.commit(); err != nil {
		return err
	}
	if !b.useCache {
		return nil
	}
	rs.parked.handOver()
	next := &cacheData{Inputs: map[string]*cacheEntry{}, Pages: rs.pageKeys.next, Other: rs.other.sorted(),
		Generator: generatorKey(), Started: b.started.UnixNano(), SearchState: rs.segments.stateName()}
	if e := next.Pages[searchPage]; e != nil && len(rs.segments.kept) > 0 {
		// The index's files kept as they were are the page's too.
		e.Files = append(e.Files, rs.segments.kept...)
	}
	for i := range results {
		p := &results[i]
		if p.fresh == nil || p.err != nil {
			continue
		}
		p.fresh.RenderKey, p.fresh.Files = p.rkey, p.files
		next.Inputs[p.in.Path] = p.fresh
	}
	dirs := b.outputDirs(next, plan)
	if b.resident != nil {
		next.Dirs = <-dirs
		if err := b.resident.keep(b, next); err != nil {
			return err
		}
	} else {
		site := stageSite(cfg.CacheDir, next, dirs)
		if err := saveInputs(cfg.CacheDir, next, b.old); err != nil {
			site.discard()
			return err
		}
		if err := savePeople(cfg.CacheDir, b.people); err != nil {
			site.discard()
			return err
		}
		if err := site.swapIn(); err != nil {
			return err
		}
	}
	return rs.segments.prune()
}

// outputDirs looks, in the background, at the folders of the files next
// lists, for the next build's folder check: the folder check of a
// rebuild in place already did, while a new folder is looked at now.
func (b *builder) outputDirs(next *cacheData, plan publishPlan) <-chan outputDirs {
	dirs := make(chan outputDirs, 1)
	if plan.inPlace {
		go func() {
			<-plan.present.done
			dirs <- plan.present.dirs
		}()
		return dirs
	}
	lists := next.lists()
	go func() { dirs <- statDirs(b.cfg.Out, lists, b.workers) }()
	return dirs
}

// renderAll renders the calls on workers goroutines, then the site pages,
// or both at once when together is set (a rebuild, where most calls are
// reused and the pages across calls are most of the work; a cold build
// draws them after the calls, so that their memory does not add up).
// Errors are reported in call order, whatever order the workers finish.
func renderAll(r *render.Renderer, s *site.Site, out render.Output, workers int, together bool, renderCall func(*site.Call) error, callsDone func()) error {
	errs := make([]error, len(s.Calls)+1)
	var pages sync.WaitGroup
	if together {
		pages.Go(func() { errs[len(s.Calls)] = r.Site(out) })
	}
	parallel.Each(len(s.Calls), workers, func(i int) {
		errs[i] = renderCall(s.Calls[i])
	})
	callsDone() // the search index waits for the calls' parts
	if together {
		pages.Wait()
	} else {
		errs[len(s.Calls)] = r.Site(out)
	}
	return errors.Join(errs...)
}

// fillBodies decodes the bodies of the calls' records that were read
// from the cache (records.go): before their pages are drawn.
func fillBodies(byRecord map[*site.Record]*parsed, calls ...*site.Call) {
	d := bodiesDecoder(len(calls))
	for _, c := range calls {
		if p := byRecord[c.Record]; p != nil && p.cached != nil {
			p.cached.body.fill(d)
		}
	}
}

// copyRecord copies a record for the cache, so that merging duplicate
// calls in this build (which adds to Sources) does not change it.
func copyRecord(r *site.Record) *site.Record {
	c := *r
	c.Sources = append([]string(nil), r.Sources...)
	return &c
}

// sizeBudget hands out a limited number of bytes to concurrent takers.
// keptBudget is what phase 1 may keep in memory for rendering: whole
// transcripts, and beyond those the figures of a call, packed in about a
// third of its text's size, which spare finding them again.
type keptBudget struct {
	text, figs sizeBudget
}

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
func loadGlossary(def []byte, contentFS fs.FS) (*glossary.Glossary, error) {
	g := &glossary.Glossary{}
	if len(def) > 0 {
		var err error
		if g, err = glossary.Parse("default glossary", def); err != nil {
			return nil, err
		}
	}
	src, err := content.Glossary(contentFS)
	if err != nil {
		return g, err
	}
	if src == nil {
		return g, nil
	}
	own, err := glossary.Parse(content.GlossaryFile, src)
	if err != nil {
		return g, err
	}
	return glossary.Merge(g, own), nil
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
