// Package search builds the static search index of a site: files that
// static/search.js reads from any static host, with no server, loading
// only the parts a query needs.
//
// Build takes a site model and gives the files, by path from the site
// root:
//
//	search/manifest.json     format version, document count, shard keys,
//	                         stop words, filters (kinds, roles, periods)
//	search/companies.json    companies with their document ranges, for the
//	                         company filter (apart: a big site has many)
//	search/idx/{key}.idx.json  shard: {"term": "postings", ...}; a
//	                         common term's head and its pages' firsts
//	search/pages/{term}.{i}.json  page i of a common term's postings
//	                         (pages.go)
//	search/docs/{n}.json     documents n*chunk .. n*chunk+chunk-1
//	search/periods/{i}.json  document ranges of the calls of period i:
//	                         [from, to, from, to, ...] (to exclusive)
//	search/recency.json      every call's document range and how recent
//	                         it is, when being year*10+quarter (0 when
//	                         unknown), in order of the ranges; results
//	                         that score the same are shown newest first:
//	                         {"when": [when, ...], "calls": "numbers"},
//	                         the numbers (written as postings are) three
//	                         a call: its first document less the end of
//	                         the call before, its number of documents,
//	                         and the index of its when in "when"
//
// Documents are calls, companies, people, firms, questions (one per Q&A
// exchange, landing on the call page at #qN, holding every word said in
// the exchange when Options.Calls is set), key figures (landing on
// the figure's anchor) and, with Options.Calls, remarks: one per
// turn outside the exchanges (prepared remarks, closing), holding its
// words. They are numbered company by company (the
// company, then each of its calls with the call's questions and figures),
// then people, then firms, so a company is one range of document numbers
// and a call is one range inside it.
//
// Terms are the words of Tokens. A shard holds the terms that start with
// its key; keys start as one character and grow a character wherever a
// shard would be larger than Options.ShardBytes, so a term lives in the
// shard of the longest key that begins it (the smallest groups of a split
// stay in the shorter key's shard, see shardBy). A term's postings are a
// string of numbers in pairs: the document, as a difference from the
// previous pair's (the first is absolute), and the code of its flags, an
// index into the manifest's flags (the most frequent first). A number is
// written in base 64 (Base64 below, the URL-safe alphabet), five bits a
// character, the lowest first; a character of value 32 or more says that
// more follow. Most postings take two characters. The flags are:
//
//	bits 0-3    the document's roles: management 1, analyst 2, host 4, other 8
//	bits 4-6    the document's kind, an index into the manifest's kinds
//	bit 7       the term is in the document's text (question, figure)
//	bit 8       ... in its context (company, firm, period, title)
//	bit 9       ... in its title (name of a company, person, firm; call)
//	bits 10-13  ... in the name of a speaker who is management, analyst,
//	            host, other
//	bit 14      ... in what was said (an exchange's question and answers,
//	            a turn of the prepared remarks)
//
// Output is deterministic: the same site gives the same bytes.
package search

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"callsite/internal/figures"
	"callsite/internal/parallel"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// Version is the format version written to the manifest.
const Version = 4

// Base64 is the alphabet of the numbers of postings: a character's value
// is its index.
const Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// Flag bits of a posting.
const (
	RoleManagement = 1 << iota
	RoleAnalyst
	RoleHost
	RoleOther
)

const (
	kindShift   = 4
	kindMask    = 7 << kindShift
	FieldText   = 1 << 7
	FieldCtx    = 1 << 8
	FieldTitle  = 1 << 9
	nameShift   = 10 // name of a speaker of role bit r: r << nameShift
	FieldNames  = 0xF << nameShift
	FieldSaid   = 1 << 14
	roleMask    = 0xF
	fieldsMask  = FieldText | FieldCtx | FieldTitle | FieldNames | FieldSaid
	defaultSize = 32 << 10
	defaultPage = 16 << 10
)

// Kinds of documents, in the order of their index in the flags.
var Kinds = []string{"call", "company", "person", "firm", "question", "figure", "remarks"}

const (
	kindCall = iota
	kindCompany
	kindPerson
	kindFirm
	kindQuestion
	kindFigure
	kindRemarks
)

// Roles of speakers, in the order of their bit.
var Roles = []string{"management", "analyst", "host", "other"}

// Options tune the index. The zero value works.
type Options struct {
	// ShardBytes is the size above which a shard is split by a longer
	// key (default 32 KiB).
	ShardBytes int
	// PageBytes is the size above which a term's postings are split into
	// pages in the order of rank (default 16 KiB): the shard keeps the
	// head, and search/pages/ the rest, loaded only when the first
	// results need them. Negative: never split.
	PageBytes int
	// ChunkDocs is the number of documents per docs file (default 16).
	ChunkDocs int
	// Segments, if set, keeps each company's part of the index between
	// builds.
	Segments SegmentStore
	// Calls, if set, gives what the index needs of a call's transcript
	// (Words.Collect), so that the words said on it are indexed too (a
	// call's record holds none of its text). A call it gives nil for is
	// indexed from its record alone.
	Calls func(*site.Call) *CallPart
}

// Doc is one search result as stored in the docs files.
type Doc struct {
	Kind  string `json:"k"`           // one of Kinds
	URL   string `json:"u"`           // path from the site root, maybe with #fragment
	Title string `json:"t"`           // link text
	Meta  string `json:"m,omitempty"` // company, period, who: one line
	Text  string `json:"x,omitempty"` // context: the question, the figure as said
	Said  string `json:"a,omitempty"` // the opening of the answer, or of the remarks
}

// Manifest is search/manifest.json.
type Manifest struct {
	Version   int             `json:"v"`
	Docs      int             `json:"docs"`
	ChunkDocs int             `json:"chunk"`
	Shards    []string        `json:"shards"` // keys, sorted
	Flags     []int           `json:"flags"`  // the flags of each code of a posting
	Stop      []string        `json:"stop"`
	Kinds     []string        `json:"kinds"`
	Roles     []string        `json:"roles"`
	Periods   []PeriodFilter  `json:"periods"` // newest first; ranges in periods/{index}.json
	Companies []CompanyFilter `json:"-"`       // search/companies.json
}

// CompanyFilter is a company and its documents: from Lo up to Hi (exclusive).
type CompanyFilter struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
	Lo   int    `json:"lo"`
	Hi   int    `json:"hi"`
}

// PeriodFilter is a fiscal period ("Q3 2024") and how many calls it has.
type PeriodFilter struct {
	Label string `json:"label"`
	Calls int    `json:"calls"`
}

// ShardFile is the name of a key's shard file under search/idx/: the key
// with every rune other than a-z and 0-9 written as its hex code between
// underscores ("é" is "_e9_"), and ".idx.json", so that no shard is named
// like a call's call.json (the key "call").
func ShardFile(key string) string {
	var b strings.Builder
	for _, r := range key {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteString("_" + strconv.FormatInt(int64(r), 16) + "_")
		}
	}
	return b.String() + ".idx.json"
}

// Build makes the index files of a site, by path from the site root
// ("search/manifest.json").
func Build(s *site.Site, opt Options) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := Write(s, opt, func(name string, data []byte) error {
		files[name] = data
		return nil
	})
	return files, err
}

// Write makes the index files of a site and hands each to write as soon
// as it is complete (documents as they are numbered, shards at the end),
// so that a large site's index is never all in memory at once.
func Write(s *site.Site, opt Options, write func(name string, data []byte) error) error {
	if opt.ShardBytes <= 0 {
		opt.ShardBytes = defaultSize
	}
	if opt.ChunkDocs <= 0 {
		opt.ChunkDocs = 16
	}
	if opt.PageBytes == 0 {
		opt.PageBytes = defaultPage
	}
	if f, ok := opt.Segments.(Finisher); ok {
		defer f.IndexWritten()
	}
	patcher, _ := opt.Segments.(Patcher)
	if patcher != nil {
		if done, err := patch(s, opt, patcher, write); done || err != nil {
			return err
		}
	}
	b := &builder{postings: map[string]*postingList{}, flags: newFlagTable(), chunk: opt.ChunkDocs, write: write}
	m := Manifest{Version: Version, ChunkDocs: opt.ChunkDocs, Stop: stopWords, Kinds: Kinds, Roles: Roles,
		Companies: []CompanyFilter{}, Periods: []PeriodFilter{}}
	f := &filters{periodRanges: map[string][]int{}, periodKey: map[string]int{}, recency: []int{}}
	st := &indexState{chunk: opt.ChunkDocs}
	for w := range collectSegments(s, opt) {
		for i, co := range w.companies {
			lo := b.n
			b.merge(w.segs[i])
			f.addCompany(co, w.segs[i].callStarts, len(w.segs[i].docs), lo)
			m.Companies = append(m.Companies, CompanyFilter{Name: co.Name, Slug: co.Slug, Lo: lo, Hi: b.n})
			st.companies = append(st.companies, stateCompany{url: co.URL, docs: len(w.segs[i].docs), callStarts: w.segs[i].callStarts})
			w.segs[i] = nil // merged: let the garbage collector have it
		}
	}
	rest := restSegment(s)
	st.rest = rest.encode()
	b.merge(rest)
	b.flush(true)
	if b.err != nil {
		return b.err
	}
	m.Docs = b.n
	if err := writeRest(&m, f, b, opt, write, st); err != nil {
		return err
	}
	if patcher != nil {
		for i, co := range s.Companies {
			st.companies[i].key = patcher.SegmentKey(co)
		}
		st.restKey = patcher.RestKey(s)
		st.docs, st.recency = m.Docs, f.recency
		patcher.SaveIndexState(st.encode())
	}
	return nil
}

// restSegment collects the documents after the companies': people, then
// firms.
func restSegment(s *site.Site) *segment {
	var rest collector
	for _, p := range s.People {
		rest.person(p)
	}
	for _, firm := range s.Firms {
		rest.firm(firm)
	}
	return rest.segment()
}

// batch is a window of companies and their documents.
type batch struct {
	companies []*site.Company
	segs      []*segment
}

// collectSegments collects the documents of each company (with its
// calls) in parallel, a window of companies at a time, and hands them on
// in order, so the index is the same whatever the number of workers.
// The next window is collected while one is merged: a large site's
// terms, all collected at once, would take more memory than its whole
// index. Two windows at most are in memory, of a few companies a worker:
// three of sixteen a worker were 110 MB of a 50,000-call build's peak.
func collectSegments(s *site.Site, opt Options) <-chan batch {
	workers := runtime.GOMAXPROCS(0)
	window := 4 * workers
	collected := make(chan batch)
	go func() {
		defer close(collected)
		for start := 0; start < len(s.Companies); start += window {
			w := batch{companies: s.Companies[start:min(start+window, len(s.Companies))]}
			w.segs = make([]*segment, len(w.companies))
			parallel.Each(len(w.companies), workers, func(i int) {
				w.segs[i] = segmentOf(w.companies[i], opt.Segments, opt.Calls)
			})
			collected <- w
		}
	}()
	return collected
}

// filters are the document ranges of periods and calls, for the search
// page's filters and its order by recency.
type filters struct {
	periodRanges map[string][]int // by period label: from, to, from, to, ...
	periodKey    map[string]int   // by period label: year*10+quarter
	recency      []int            // from, to, year*10+quarter of every call
}

// addCompany notes the ranges of a company's calls, its documents being
// numbered from lo.
func (f *filters) addCompany(co *site.Company, callStarts []int, docs, lo int) {
	for j, call := range co.Calls {
		from := lo + callStarts[j]
		to := lo + docs
		if j+1 < len(co.Calls) {
			to = lo + callStarts[j+1]
		}
		if p := call.Meta.PeriodLabel(); p != "" {
			f.periodRanges[p] = append(f.periodRanges[p], from, to)
			f.periodKey[p] = call.Meta.Year*10 + call.Meta.Quarter
		}
		f.recency = append(f.recency, from, to, call.Meta.Year*10+call.Meta.Quarter)
	}
}

// writeRest writes the files after the documents: the periods (newest
// first), the shards of the word index, the companies, recency and the
// manifest; and notes in st what a rebuild needs to patch them.
func writeRest(m *Manifest, f *filters, b *builder, opt Options, write func(name string, data []byte) error, st *indexState) error {
	if err := writePeriods(m, f, write); err != nil {
		return err
	}
	codes := b.flags.codes()
	m.Flags = make([]int, len(codes))
	st.flagCounts = make([]int, len(codes))
	for id, c := range codes {
		m.Flags[c] = int(b.flags.flags[id])
		st.flagCounts[c] = b.flags.count[id]
	}
	terms, sizes, heads, err := pageTerms(b.postings, codes, m.Flags, f.recency, opt.PageBytes, write)
	if err != nil {
		return err
	}
	st.terms, st.sizes, st.flags = terms, sizes, m.Flags
	shards := shardBy(terms, sizes, opt.ShardBytes)
	m.Shards = make([]string, 0, len(shards))
	for key := range shards {
		m.Shards = append(m.Shards, key)
	}
	sort.Strings(m.Shards)
	st.shards = m.Shards
	var buf []byte // one shard's JSON, then the next's
	for _, key := range m.Shards {
		buf = appendShardJSON(buf[:0], shards[key], b.postings, heads, codes)
		if err := write("search/idx/"+ShardFile(key), bytes.Clone(buf)); err != nil {
			return err
		}
	}
	return writeTail(m, f, write)
}

func putJSON(write func(name string, data []byte) error, name string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("search: %s: %w", name, err)
	}
	return write(name, data)
}

// writePeriods writes each period's document ranges, newest first, and
// lists the periods in the manifest.
func writePeriods(m *Manifest, f *filters, write func(name string, data []byte) error) error {
	labels := make([]string, 0, len(f.periodRanges))
	for p := range f.periodRanges {
		labels = append(labels, p)
	}
	sort.Slice(labels, func(i, j int) bool {
		a, b := f.periodKey[labels[i]], f.periodKey[labels[j]]
		if a != b {
			return a > b
		}
		return labels[i] < labels[j]
	})
	for i, p := range labels {
		m.Periods = append(m.Periods, PeriodFilter{Label: p, Calls: len(f.periodRanges[p]) / 2})
		if err := putJSON(write, "search/periods/"+strconv.Itoa(i)+".json", f.periodRanges[p]); err != nil {
			return err
		}
	}
	return nil
}

// writeTail writes the companies, recency and the manifest.
func writeTail(m *Manifest, f *filters, write func(name string, data []byte) error) error {
	if err := putJSON(write, "search/companies.json", m.Companies); err != nil {
		return err
	}
	if err := putJSON(write, "search/recency.json", encodeRecency(f.recency)); err != nil {
		return err
	}
	return putJSON(write, "search/manifest.json", *m)
}

// builder numbers documents, writes them a chunk at a time and collects
// their postings.
type builder struct {
	n        int      // documents numbered
	pending  [][]byte // numbered but not yet written: each one's JSON
	chunk    int      // documents per docs file
	written  int      // docs files written
	write    func(name string, data []byte) error
	err      error // the first error of write
	postings map[string]*postingList
	flags    *flagTable
	// The postings of the terms of segments numbered in one Words (those
	// collected in this build) by their number: an index in a slice
	// rather than a map lookup a term of each segment.
	numbering *Words
	byNumber  []*postingList
	// A block that new terms' posting lists are cut from: a build has
	// hundreds of thousands of terms, and an allocation for each list was
	// a tenth of those its index made. (Their bytes are not: a list
	// that outgrew its piece of a block would hold the block.)
	listBlock []postingList
}

// newPostings is an empty postingList, from a block of them.
func (b *builder) newPostings() *postingList {
	if len(b.listBlock) == 0 {
		b.listBlock = make([]postingList, 1024)
	}
	p := &b.listBlock[0]
	b.listBlock = b.listBlock[1:]
	return p
}

// flush writes the complete chunks of pending documents, and with last
// the incomplete one too.
func (b *builder) flush(last bool) {
	for b.err == nil && (len(b.pending) >= b.chunk || last && len(b.pending) > 0) {
		n := min(b.chunk, len(b.pending))
		size := n + 1
		for _, d := range b.pending[:n] {
			size += len(d)
		}
		data := make([]byte, 0, size) // as json.Marshal writes a []Doc
		data = append(data, '[')
		for i, d := range b.pending[:n] {
			if i > 0 {
				data = append(data, ',')
			}
			data = append(data, d...)
		}
		data = append(data, ']')
		b.err = b.write("search/docs/"+strconv.Itoa(b.written)+".json", data)
		b.written++
		b.pending = append(b.pending[:0], b.pending[n:]...)
	}
}

// postingsOf is the postings of term t, empty when new.
func (b *builder) postingsOf(t string) *postingList {
	p := b.postings[t]
	if p == nil {
		p = b.newPostings()
		b.postings[t] = p
	}
	return p
}

// numberedPostings is the postings of the term numbered n in b.numbering,
// named t, empty when new.
func (b *builder) numberedPostings(n int, t string) *postingList {
	if n >= len(b.byNumber) { // room for every word numbered so far: grown seldom
		size := max(n+1, len(b.numbering.known()))
		b.byNumber = append(b.byNumber, make([]*postingList, size-len(b.byNumber))...)
	}
	if b.byNumber[n] == nil {
		b.byNumber[n] = b.postingsOf(t) // a stored segment may have had it
	}
	return b.byNumber[n]
}

// A postingList is a term's postings while the index is built: pairs of
// uvarints, the difference from the previous posting's document and the
// id of its flags in the builder's flagTable (a large site has tens of
// millions of postings: about three bytes each).
type postingList struct {
	last int // the last document with a posting
	data []byte
}

func (p *postingList) add(doc, flagID int) {
	p.data = binary.AppendUvarint(p.data, uint64(doc-p.last))
	p.data = binary.AppendUvarint(p.data, uint64(flagID))
	p.last = doc
}

// each calls f with each posting's difference from the previous
// document and flags' id.
func (p *postingList) each(f func(delta, flagID int)) {
	for d := p.data; len(d) > 0; {
		delta, n := binary.Uvarint(d)
		id, m := binary.Uvarint(d[n:])
		d = d[n+m:]
		f(int(delta), int(id))
	}
}

// A flagTable numbers the flags of postings in the order they are met
// and counts them.
type flagTable struct {
	// byFlags holds 1 + the id of each flags below 1<<15 (every flags a
	// build makes), 0 for none: a build asks for the id of each of its
	// postings, a map lookup each.
	byFlags []int32
	id      map[int32]int // the id of other flags (from a damaged store)
	flags   []int32
	count   []int
}

func newFlagTable() *flagTable {
	return &flagTable{byFlags: make([]int32, FieldSaid<<1), id: map[int32]int{}}
}

// idOf numbers flags f when new, counts it and returns its id.
func (ft *flagTable) idOf(f int32) int {
	id := ft.find(f)
	if id < 0 {
		id = ft.add(f)
	}
	ft.count[id]++
	return id
}

// add numbers new flags f, uncounted.
func (ft *flagTable) add(f int32) int {
	id := len(ft.flags)
	ft.flags = append(ft.flags, f)
	ft.count = append(ft.count, 0)
	if ft.small(f) {
		ft.byFlags[f] = int32(id + 1)
	} else {
		ft.id[f] = id
	}
	return id
}

// seed numbers the flags of a segment's postings that the table has not
// met, the most frequent first, while fewer than 128 are numbered:
// postings hold their flags' ids as uvarints, one byte below 128, and the
// ids otherwise follow the order of the segments' terms (not sorted:
// common flags met late took two bytes in millions of postings).
func (ft *flagTable) seed(lists [][]int32) {
	if len(ft.flags) >= 128 {
		return
	}
	counts := map[int32]int{}
	for _, list := range lists {
		for k := 1; k < len(list); k += 2 {
			if ft.find(list[k]) < 0 {
				counts[list[k]]++
			}
		}
	}
	fresh := slices.Collect(maps.Keys(counts))
	slices.SortFunc(fresh, func(a, b int32) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	for _, f := range fresh {
		ft.add(f)
	}
}

// find is the id of flags f, -1 when it has none.
func (ft *flagTable) find(f int32) int {
	if ft.small(f) {
		return int(ft.byFlags[f]) - 1
	}
	if id, ok := ft.id[f]; ok {
		return id
	}
	return -1
}

func (ft *flagTable) small(f int32) bool { return 0 <= f && int(f) < len(ft.byFlags) }

// codes gives each id its code in the index: the most frequent flags
// first (then by value), so that most codes take one character.
func (ft *flagTable) codes() []int {
	ids := make([]int, len(ft.flags))
	for i := range ids {
		ids[i] = i
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if ft.count[a] != ft.count[b] {
			return ft.count[a] > ft.count[b]
		}
		return ft.flags[a] < ft.flags[b]
	})
	codes := make([]int, len(ids))
	for c, id := range ids {
		codes[id] = c
	}
	return codes
}

// merge numbers a segment's documents after those merged before and
// adds their postings.
func (b *builder) merge(seg *segment) {
	base := b.n
	b.n += len(seg.docs)
	b.pending = append(b.pending, seg.docs...)
	b.flags.seed(seg.lists)
	numbered := seg.numbers != nil && (b.numbering == nil || b.numbering == seg.words)
	if numbered {
		b.numbering = seg.words
	}
	for i, t := range seg.terms {
		var p *postingList
		if numbered {
			p = b.numberedPostings(int(seg.numbers[i]), t)
		} else {
			p = b.postingsOf(t)
		}
		list := seg.lists[i]
		p.data = slices.Grow(p.data, len(list)) // two bytes a posting at least
		for k := 0; k < len(list); k += 2 {
			p.add(base+int(list[k]), b.flags.idOf(list[k+1]))
		}
	}
	b.flush(false)
}

// collector makes documents with their terms, numbered from 0.
type collector struct {
	docs       [][]byte  // each document's JSON
	docBits    []int32   // each document's kind and roles
	callStarts []int     // index in docs of each call's first document
	termLists  [][]int32 // each term's [doc, flags, doc, flags, ...]
	termNames  []string  // each term of termLists, in the order first met
	// A term's index in termLists is found by its string (postings)
	// until a CallPart is added, then by its number in the part's Words
	// (byNumber holds 1 + the index, 0 for none): a part's terms come as
	// numbers, and an index in a slice is a few times cheaper than a map
	// lookup at a string's bytes, and spares sorting the terms.
	postings    map[string]int
	numbering   *Words
	byNumber    *[]int32 // from termIndexes
	termNumbers []int32  // each term's number in numbering, once it has one
	// the document being built
	docWords []int32 // its words (wordStates), each once, in the order first met
	bits     int     // kind and roles
	// postings not yet in the map: listWords[i]'s are lists[i]
	// (flushWords moves them)
	listWords []int32
	lists     [][]int32

	words *wordStates // words seen, with their part in the document
	tok   []int32     // tokens' buffer, as words
	scan  []byte      // the ASCII tokenizer's buffer

	partPostings []int32 // addPart's buffer

	// Collect's buffers: the part it encodes, the words it numbers
	part       []byte
	unnumbered []int32
	terms      []string
}

// wordState is a word met by a collector: its fields in the document
// being built and where to find the rest of it. A word said is looked up
// once (a map of terms to fields took a second lookup), and the fields of
// a document's words are kept beside them. It takes 32 bytes, half a
// cache line: a lookup reads one (wordStates), and most lookups of a
// call's rarer words miss the cache, so the fewer lines a table spans,
// the fewer misses. A word is known by its index in wordStates.states
// (an int32, not a pointer: the collector's lists of words hold no
// pointers for the collector of garbage to follow, nor write barriers
// to pass).
type wordState struct {
	doc  uint32 // the document (wordStates.doc) that bits are of
	bits int32  // field bits in that document
	// list is 1 + the index of the word's postings in the collector's
	// lists, 0 for none: a word's postings grow without a map lookup for
	// each document it is in.
	list int32
	n    int32    // the word's length in bytes
	head wordHead // the word's first bytes, to tell it from others
}

// hashWord hashes a token from its head and length, and from its bytes
// past the head if any (long: words that long are few). It takes the
// token's fields, not the token: a token passed on was copied through
// memory first.
func hashWord(head wordHead, n int, long []byte) uint64 {
	const k1, k2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := uint64(n) * k1
	h = (h ^ h>>29 ^ head.lo) * k2
	h = (h ^ h>>29 ^ head.hi) * k2
	for i := headLen; i < len(long); i++ {
		h = (h ^ uint64(long[i])) * k1
	}
	return h ^ h>>32
}

// wordStates are the words a collector met, lent from one collection to
// the next (Words.Collect), so that the words every call says are
// allocated once. Every word said is looked up: a map, with a string's
// hash, a probe and a comparison at the string's bytes, took a third of
// what collecting a call cost. They are a table with open addressing of
// small slots instead, a word's slot holding part of its hash: a probe
// looks at a word's state only when that part agrees, and the state
// tells the word by its head. What a lookup does not need (the word,
// its number) is kept apart, by the state's index.
type wordStates struct {
	// slots are 0 when empty, else 1 + the index of a word's state in
	// the bits that index a slot (indexMask: the table is at most half
	// full, so it fits) and the top bits of its hash above them: four
	// bytes a slot keep more of the table in the cache than eight did.
	slots  []uint32
	states []wordState // by the words' index
	words  []string    // each state's word
	// numbers are 1 + each word's number in the Words whose Collect lent
	// the states (Words.numbers), 0 while it has none: a word said on
	// every call is numbered once, not looked up again for each.
	numbers []int32
	doc     uint32 // the document being built, counted across collectors
}

func newWordStates() *wordStates { return &wordStates{slots: make([]uint32, 64)} }

// indexMask is the bits that index a slot (the slots are a power of two):
// a slot's index in the table and a state's in it.
func (ws *wordStates) indexMask() uint32 { return uint32(len(ws.slots) - 1) }

// slotTag is the part of a slot that a hash gives it.
func (ws *wordStates) slotTag(hash uint64) uint32 { return uint32(hash>>32) &^ ws.indexMask() }

// get returns the index of t's state, adding it when new.
func (ws *wordStates) get(t token) int32 {
	hash := hashWord(t.head, t.n, t.long)
	index := ws.indexMask()
	tag, mask := uint32(hash>>32)&^index, uint64(index)
	i := hash & mask
	for ; ws.slots[i] != 0; i = (i + 1) & mask {
		if s := ws.slots[i]; s&^index == tag {
			n := int32(s&index) - 1
			if w := &ws.states[n]; w.head == t.head && w.n == int32(t.n) && (t.long == nil || ws.words[n] == string(t.long)) {
				return n
			}
		}
	}
	return ws.add(t, i, tag)
}

// add gives t a state, in the empty slot i with the tag of t's hash:
// apart from get, whose loop then keeps its values in registers.
func (ws *wordStates) add(t token, i uint64, tag uint32) int32 {
	n := int32(len(ws.states))
	ws.states = append(ws.states, wordState{n: int32(t.n), head: t.head})
	ws.words = append(ws.words, t.String())
	ws.numbers = append(ws.numbers, 0)
	ws.slots[i] = tag | uint32(n+1)
	if 2*len(ws.states) > len(ws.slots) { // at most half full: probes stay short
		ws.grow()
	}
	return n
}

// grow doubles the table.
func (ws *wordStates) grow() {
	ws.slots = make([]uint32, 2*len(ws.slots))
	mask := uint64(len(ws.slots) - 1)
	for n, word := range ws.words {
		t := tokenOf(word)
		hash := hashWord(t.head, t.n, t.long)
		i := hash & mask
		for ws.slots[i] != 0 {
			i = (i + 1) & mask
		}
		ws.slots[i] = ws.slotTag(hash) | uint32(n+1)
	}
}

// nextDoc starts a document: no word holds fields in it yet.
func (ws *wordStates) nextDoc() {
	if ws.doc == math.MaxUint32 { // after four billion documents, start again
		for i := range ws.states {
			ws.states[i].doc = 0
		}
		ws.doc = 0
	}
	ws.doc++
}

// tokens is Tokens, as the collector's words (wordStates), without the
// stop words when skipStops (about two words in five: they are left out
// before they are looked up); the slice is reused by the next call.
func (b *collector) tokens(text string, skipStops bool) []int32 {
	if b.words == nil {
		b.words = newWordStates()
	}
	b.tok = b.tok[:0]
	var ascii bool
	b.scan, ascii = scanASCIITokens(b.scan, text, skipStops, func(t token) {
		b.tok = append(b.tok, b.words.get(t))
	})
	if !ascii { // rare: the words found so far were looked up for nothing
		b.tok = b.tok[:0]
		for _, t := range unicodeTokens(text) {
			if !skipStops || !isStop(t) {
				b.tok = append(b.tok, b.words.get(tokenOf(t)))
			}
		}
	}
	return b.tok
}

// mark gives word w the field bits in the document being built.
func (b *collector) mark(w int32, bits int) {
	s := &b.words.states[w]
	if s.doc != b.words.doc {
		s.doc, s.bits = b.words.doc, 0
		b.docWords = append(b.docWords, w)
	}
	s.bits |= int32(bits)
}

func (b *collector) begin(d Doc, kind int) {
	b.docs = append(b.docs, d.appendJSON(nil))
	if b.words == nil {
		b.words = newWordStates()
	}
	b.words.nextDoc()
	b.docWords = b.docWords[:0]
	b.bits = kind << kindShift
}

// add indexes text in the current document's fields, leaving out stop
// words.
func (b *collector) add(field int, texts ...string) {
	for _, text := range texts {
		for _, w := range b.tokens(text, true) {
			b.mark(w, field)
		}
	}
}

// name indexes a speaker's name and counts the speaker's role.
func (b *collector) name(role transcript.Role, name string) {
	r := roleBit(role)
	if r == 0 {
		return
	}
	b.bits |= r
	for _, w := range b.tokens(name, false) { // every word: "Will" is a name here
		b.mark(w, r<<nameShift)
	}
}

func roleBit(r transcript.Role) int {
	switch r {
	case transcript.RoleManagement:
		return RoleManagement
	case transcript.RoleAnalyst:
		return RoleAnalyst
	case transcript.RoleHost:
		return RoleHost
	case transcript.RoleUnknown:
		return RoleOther
	}
	return 0 // the operator
}

// end completes the current document.
func (b *collector) end() {
	doc := int32(len(b.docs) - 1)
	b.docBits = append(b.docBits, int32(b.bits))
	for _, i := range b.docWords {
		w := &b.words.states[i]
		if w.list == 0 {
			b.listWords = append(b.listWords, i)
			b.lists = appendEmpty(b.lists)
			w.list = int32(len(b.lists))
		}
		b.lists[w.list-1] = append(b.lists[w.list-1], doc, int32(b.bits)|w.bits)
	}
	b.docWords = b.docWords[:0]
}

// appendEmpty appends an empty list to lists, in the memory of the list
// that was there before lists was cut (collector.reset), if any.
func appendEmpty(lists [][]int32) [][]int32 {
	if n := len(lists); n < cap(lists) {
		lists = lists[:n+1]
		lists[n] = lists[n][:0]
		return lists
	}
	return append(lists, nil)
}

// flushWords moves the postings of the documents ended so far into the
// terms' lists, and frees the words to hold a list again (in this
// collector or, lent on, another's).
func (b *collector) flushWords() {
	var numbers []int
	if b.numbering != nil && len(b.listWords) > 0 {
		names := make([]string, len(b.listWords))
		for i, w := range b.listWords {
			names[i] = b.words.words[w]
		}
		numbers = b.numbering.numbers(names)
	}
	for i, w := range b.listWords {
		var list *[]int32
		if word := b.words.words[w]; numbers != nil {
			list = b.numberedList(numbers[i], word)
		} else {
			list = b.termList(word)
		}
		*list = append(*list, b.lists[i]...)
		b.words.states[w].list = 0
		b.lists[i] = nil
	}
	b.listWords, b.lists = b.listWords[:0], b.lists[:0]
}

// termList is the postings of term t, empty when new, while the
// collector's terms are not numbered; until the next call.
func (b *collector) termList(t string) *[]int32 {
	i, ok := b.postings[t]
	if !ok {
		if b.postings == nil {
			b.postings = map[string]int{}
		}
		i = b.newTerm(t)
		b.postings[t] = i
	}
	return &b.termLists[i]
}

// numberedList is the postings of the term numbered n in b.numbering,
// named t, empty when new; until the next call.
func (b *collector) numberedList(n int, t string) *[]int32 {
	index := b.growIndex(n)
	if index[n] == 0 {
		index[n] = int32(b.newTerm(t)) + 1
		b.termNumbers = append(b.termNumbers, int32(n))
	}
	return &b.termLists[index[n]-1]
}

// growIndex makes room in byNumber for the term numbered n.
func (b *collector) growIndex(n int) []int32 {
	if index := *b.byNumber; n >= len(index) {
		*b.byNumber = append(index, make([]int32, n+1-len(index))...)
	}
	return *b.byNumber
}

func (b *collector) newTerm(t string) int {
	b.termLists = append(b.termLists, nil)
	b.termNames = append(b.termNames, t)
	return len(b.termLists) - 1
}

// termIndexes lend collectors their byNumber, as long as a site's
// vocabulary: each company's segment has a collector of its own.
var termIndexes = sync.Pool{New: func() any { return new([]int32) }}

// numberBy numbers the collector's terms in w from now on (the terms met
// so far too); false when they are numbered in another Words already.
func (b *collector) numberBy(w *Words) bool {
	if b.numbering != nil {
		return b.numbering == w
	}
	b.numbering = w
	b.byNumber = termIndexes.Get().(*[]int32)
	b.termNumbers = make([]int32, len(b.termNames), cap(b.termNames))
	for i, n := range w.numbers(b.termNames) {
		b.growIndex(n)[n] = int32(i) + 1
		b.termNumbers[i] = int32(n)
	}
	b.postings = nil
	return true
}

// releaseIndex gives back the collector's byNumber, cleared.
func (b *collector) releaseIndex() {
	if b.byNumber != nil {
		clear(*b.byNumber)
		termIndexes.Put(b.byNumber)
		b.byNumber = nil
	}
}

func (b *collector) company(co *site.Company) {
	meta := fmt.Sprintf("%d calls", len(co.Calls))
	if len(co.Calls) == 1 {
		meta = "1 call"
	}
	if co.Ticker != "" {
		meta = co.Ticker + " · " + meta
	}
	var text string
	if n := len(co.Calls); n > 0 {
		first, last := co.Calls[0].Meta.PeriodLabel(), co.Calls[n-1].Meta.PeriodLabel()
		if first != "" && first != last {
			text = first + " to " + last
		} else {
			text = last
		}
	}
	b.begin(Doc{Kind: "company", URL: co.URL, Title: co.Name, Meta: meta, Text: text}, kindCompany)
	b.add(FieldTitle, co.Name, co.Ticker)
	b.end()
}

// said indexes the words of turns as said (FieldSaid), but the
// operator's.
func (b *collector) said(turns []*transcript.Turn) {
	for _, tu := range turns {
		if tu.Speaker.Role == transcript.RoleOperator {
			continue
		}
		for _, p := range tu.Paragraphs {
			b.add(FieldSaid, p.Text)
		}
	}
}

// remark makes a document of a turn outside the Q&A exchanges (the
// prepared remarks, the closing), holding its words and landing on the
// turn; none for the operator's turns.
func (b *collector) remark(c *site.Call, kind transcript.SectionKind, tu *transcript.Turn, where string) {
	sp := tu.Speaker
	if sp.Role == transcript.RoleOperator || len(tu.Paragraphs) == 0 {
		return
	}
	part := map[transcript.SectionKind]string{transcript.SectionPrepared: "prepared remarks", transcript.SectionClosing: "closing"}[kind]
	if part == "" {
		part = "Q&A"
	}
	b.begin(Doc{Kind: "remarks", URL: c.URL + "#" + tu.ID, Title: sp.Name + ", " + part, Meta: join(" · ", where, sp.Title),
		Said: site.Opening(tu, 80, 200)}, kindRemarks)
	b.said([]*transcript.Turn{tu})
	b.add(FieldCtx, c.Company.Name, c.Meta.PeriodLabel())
	b.name(sp.Role, sp.Name)
	b.end()
}

// call collects a call's documents: the call, its questions, its key
// figures and its prepared remarks.
func (b *collector) call(c *site.Call, t *transcript.Transcript) {
	period := c.Meta.PeriodLabel()
	var mgmt []string
	for _, sp := range c.SpeakersByRole(transcript.RoleManagement) {
		mgmt = append(mgmt, sp.Name)
	}
	meta := c.Meta.Date
	switch n := len(c.Exchanges); {
	case n == 1:
		meta = join(" · ", meta, "1 question")
	case n > 1:
		meta = join(" · ", meta, fmt.Sprintf("%d questions", n))
	}
	b.begin(Doc{Kind: "call", URL: c.URL, Title: c.Title(), Meta: meta, Text: strings.Join(mgmt, ", ")}, kindCall)
	b.add(FieldTitle, c.Company.Name, period)
	b.add(FieldCtx, c.Meta.Ticker, c.Meta.Date)
	for _, sp := range c.Speakers {
		b.name(sp.Role, sp.Name)
	}
	b.end()

	// The documents of what was said follow the call: its exchanges,
	// then its other turns (prepared remarks, closing), then its key
	// figures, so that results that score the same come in that order.
	where := join(" ", c.Company.Name, period)
	for i := range c.Exchanges {
		b.question(c, t, &c.Exchanges[i], where, period)
	}
	if t != nil {
		for _, sec := range t.Sections {
			for _, tu := range sec.Turns {
				if tu.Exchange == nil {
					b.remark(c, sec.Kind, tu, where)
				}
			}
		}
	}
	for i := range c.Key {
		b.keyFigure(c, &c.Key[i], where, period)
	}
}

// question collects one question of a call, with what was said in its
// exchange when the transcript is at hand (t may be nil).
func (b *collector) question(c *site.Call, t *transcript.Transcript, ex *site.ExchangeRecord, where, period string) {
	title := fmt.Sprintf("Question %d: %s", ex.N, ex.Analyst.Name)
	if ex.Firm != "" {
		title += ", " + ex.Firm
	}
	meta := join(" · ", where, ex.Topic)
	if len(ex.AnsweredBy) > 0 {
		var names []string
		for _, sp := range ex.AnsweredBy {
			names = append(names, sp.Name)
		}
		meta = join(" · ", meta, "answered by "+strings.Join(names, ", "))
	}
	d := Doc{Kind: "question", URL: c.URL + "#" + ex.ID, Title: title, Meta: meta, Text: ex.Question}
	var full *transcript.Exchange
	if t != nil {
		for _, e := range t.Exchanges {
			if e.ID == ex.ID {
				full = e
			}
		}
	}
	if full != nil {
		if pv := site.AnswerPreview(full, 80, 200); pv.Speaker != nil && pv.Speaker.Role != transcript.RoleAnalyst {
			d.Said = pv.Speaker.Name + ": " + pv.Text
		}
	}
	b.begin(d, kindQuestion)
	b.add(FieldText, ex.Question, ex.Topic)
	if full != nil {
		b.said(full.Turns)
	}
	b.add(FieldCtx, ex.Firm, c.Company.Name, period)
	b.name(ex.Analyst.Role, ex.Analyst.Name)
	for _, sp := range ex.AnsweredBy {
		b.name(sp.Role, sp.Name)
	}
	b.end()
}

// keyFigure collects one key figure of a call.
func (b *collector) keyFigure(c *site.Call, k *site.KeyFigure, where, period string) {
	f := k.Figure()
	title := metricLabel(k.Metric)
	if k.Period != "" {
		title += ", " + k.Period
	}
	title += ": " + k.Text
	meta := where
	if k.Kind == figures.Guidance {
		meta = join(" · ", meta, "guidance")
	}
	b.begin(Doc{Kind: "figure", URL: c.URL + "#" + k.ID, Title: title, Meta: meta, Text: site.Describe(f)}, kindFigure)
	b.add(FieldText, k.Metric, site.FormatValue(f))
	b.add(FieldSaid, k.Text) // the words as said: as in the turn that said them
	if k.Kind == figures.Guidance {
		b.add(FieldText, "guidance")
	}
	b.add(FieldCtx, k.Period, c.Company.Name, period)
	b.bits |= RoleManagement // key figures are said by management or the host
	b.end()
}

func (b *collector) person(p *site.Person) {
	meta := p.LatestTitle()
	if p.Firm != nil {
		meta = join(", ", meta, p.Firm.Name)
	}
	var cos []string
	seen := map[string]bool{}
	for _, a := range p.Appearances {
		if !seen[a.Call.Company.Name] {
			seen[a.Call.Company.Name] = true
			cos = append(cos, a.Call.Company.Name)
		}
	}
	text := fmt.Sprintf("%d calls", len(p.Appearances))
	if len(p.Appearances) == 1 {
		text = "1 call"
	}
	if len(cos) > 0 {
		if len(cos) > 5 {
			cos = append(cos[:5], "…")
		}
		text += ": " + strings.Join(cos, ", ")
	}
	b.begin(Doc{Kind: "person", URL: p.URL, Title: p.Name, Meta: meta, Text: text}, kindPerson)
	b.add(FieldTitle, p.Name)
	b.add(FieldTitle, p.Aliases...)
	for _, r := range p.Roles {
		b.name(r, p.Name)
		for _, a := range p.Aliases {
			b.name(r, a)
		}
	}
	b.add(FieldCtx, p.LatestTitle())
	if p.Firm != nil {
		b.add(FieldCtx, p.Firm.Name)
	}
	b.end()
}

func (b *collector) firm(f *site.Firm) {
	meta := fmt.Sprintf("%d analysts · %d questions", len(f.Analysts), len(f.Questions))
	var names []string
	for _, a := range f.Analysts {
		names = append(names, a.Name)
	}
	text := strings.Join(names, ", ")
	if len(names) > 5 {
		text = strings.Join(names[:5], ", ") + ", …"
	}
	b.begin(Doc{Kind: "firm", URL: f.URL, Title: f.Name, Meta: meta, Text: text}, kindFirm)
	b.add(FieldTitle, f.Name)
	for _, n := range names {
		b.name(transcript.RoleAnalyst, n)
	}
	b.end()
}

// metricLabel capitalises a metric: "gross margin" is "Gross margin".
func metricLabel(m string) string {
	if m == "" {
		return "Figure"
	}
	return figures.Label(m) // the vocabulary's name, as pages say it
}

func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// termBytes is the length of a term's value in its shard, less quotes.
func termBytes(t string, postings map[string]*postingList, heads map[string]*pagedTerm, codes []int) int {
	if pt := heads[t]; pt != nil {
		return pt.jsonLen() - 2
	}
	return postingBytes(postings[t], codes)
}

// pageTerms pages every term whose postings are longer than pageBytes
// (pageTerm), writes the pages, and returns the terms (sorted), the size
// of each in its shard (shardBy) and the heads of the paged ones.
func pageTerms(postings map[string]*postingList, codes, flags, recency []int, pageBytes int, write func(name string, data []byte) error) ([]string, []int, map[string]*pagedTerm, error) {
	type termPostings struct {
		term string
		p    *postingList
	}
	byTerm := make([]termPostings, 0, len(postings))
	for t, p := range postings {
		byTerm = append(byTerm, termPostings{t, p})
	}
	slices.SortFunc(byTerm, func(a, b termPostings) int { return strings.Compare(a.term, b.term) })
	terms := make([]string, len(byTerm))
	sizes := make([]int, len(terms))
	heads := map[string]*pagedTerm{}
	for i, tp := range byTerm {
		t, p := tp.term, tp.p
		terms[i] = t
		n := postingBytes(p, codes)
		if pageBytes >= 0 && n > pageBytes {
			if pt, pages := pageTerm(postingsOf(p, codes), n, flags, recency, pageBytes); pt != nil {
				for j, data := range pages {
					if err := write("search/pages/"+PageFile(t, j+1), data); err != nil {
						return nil, nil, nil, err
					}
				}
				heads[t] = pt
				n = pt.jsonLen() - 2
			}
		}
		sizes[i] = termSize(t, n)
	}
	return terms, sizes, heads, nil
}

// termSize is what a term whose value is n bytes long (less quotes)
// counts for in its shard's size.
func termSize(t string, n int) int { return len(t) + 6 + n }

// shard groups the terms by key (shardBy), their sizes taken from the
// postings and heads.
func shard(postings map[string]*postingList, heads map[string]*pagedTerm, codes []int, max int) map[string][]string {
	terms := make([]string, 0, len(postings))
	for t := range postings {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	sizes := make([]int, len(terms))
	for i, t := range terms {
		sizes[i] = termSize(t, termBytes(t, postings, heads, codes))
	}
	return shardBy(terms, sizes, max)
}

// shardBy groups the terms (sorted, each of its size) by key: first by
// their first rune, then, for a group larger than max bytes, by one more
// rune, and so on; a term shorter than its group's new keys stays in the
// group's own key, and so do the smallest new groups, whole, as long as
// the key's own shard stays within max (so a key that was split may hold
// longer terms: the shard of a term is that of the longest key that
// begins it). It returns each key's terms, sorted.
func shardBy(terms []string, sizes []int, max int) map[string][]string {
	// Groups are lists of the terms' indexes with their total size: a
	// group's size is summed once, not at every comparison of the sort.
	type group struct {
		key  string
		of   []int
		size int
	}
	// groupBy groups the terms of of by their first n runes (key for the
	// shorter ones), in the order their keys are first met.
	groupBy := func(key string, n int, of []int) []*group {
		var groups []*group
		byKey := map[string]*group{}
		var g *group
		for _, i := range of {
			k := prefixRunes(terms[i], n)
			if k == "" {
				k = key
			}
			if g == nil || g.key != k { // sorted terms: most are in the group of the one before
				g = byKey[k]
			}
			if g == nil {
				g = &group{key: k}
				byKey[k] = g
				groups = append(groups, g)
			}
			g.of = append(g.of, i)
			g.size += sizes[i]
		}
		return groups
	}
	termsOf := func(of []int) []string {
		out := make([]string, len(of))
		for j, i := range of {
			out[j] = terms[i]
		}
		return out
	}
	out := map[string][]string{}
	var split func(g *group, n int)
	split = func(g *group, n int) {
		if g.size <= max || len(g.of) == 1 {
			out[g.key] = termsOf(g.of)
			return
		}
		groups := groupBy(g.key, n+1, g.of)
		if len(groups) == 1 && groups[0].key == g.key {
			out[g.key] = termsOf(g.of)
			return
		}
		// The smallest groups go back into the key's own shard while it
		// stays within max: most groups of a split are a few rare words,
		// and each would be a file of tens of bytes.
		var own []int
		size := 0
		for _, sub := range groups {
			if sub.key == g.key {
				own, size = sub.of, sub.size
			}
		}
		folded := map[*group]bool{}
		small := slices.Clone(groups)
		slices.SortStableFunc(small, func(a, b *group) int { return cmp.Compare(a.size, b.size) })
		for _, sub := range small {
			if sub.key == g.key {
				continue
			}
			if size+sub.size > max {
				break
			}
			size += sub.size
			own = append(own, sub.of...)
			folded[sub] = true
		}
		if len(own) > 0 {
			ownTerms := termsOf(own)
			slices.Sort(ownTerms)
			out[g.key] = ownTerms
		}
		for _, sub := range groups {
			if !folded[sub] && sub.key != g.key {
				split(sub, n+1)
			}
		}
	}
	all := make([]int, len(terms))
	for i := range all {
		all[i] = i
	}
	for _, g := range groupBy("", 1, all) {
		split(g, 1)
	}
	return out
}

// prefixRunes is t's first n runes, as string([]rune(t)[:n]) is (a byte
// that is not UTF-8 counts as U+FFFD); "" when t has fewer runes.
func prefixRunes(t string, n int) string {
	end := 0
	for range n {
		if end == len(t) {
			return ""
		}
		r, size := utf8.DecodeRuneInString(t[end:])
		if r == utf8.RuneError && size == 1 {
			rs := []rune(t)
			if len(rs) < n {
				return ""
			}
			return string(rs[:n])
		}
		end += size
	}
	return t[:end]
}

// postingBytes is the length of a posting list's string.
func postingBytes(p *postingList, codes []int) int {
	n := 0
	p.each(func(delta, id int) { n += base64Len(delta) + base64Len(codes[id]) })
	return n
}

// base64Len is the length of v as appendBase64 writes it.
func base64Len(v int) int {
	n := 1
	for ; v >= 32; v >>= 5 {
		n++
	}
	return n
}

// appendBase64 writes v (0 or more) as the characters of a posting.
func appendBase64(b []byte, v int) []byte {
	for ; v >= 32; v >>= 5 {
		b = append(b, Base64[32|v&31])
	}
	return append(b, Base64[v])
}

// appendJSON appends the document as json.Marshal writes it, without
// reflection: a build writes one for every call, question, remark and
// key figure.
func (d *Doc) appendJSON(b []byte) []byte {
	b = slices.Grow(b, len(`{"k":"","u":"","t":"","m":"","x":"","a":""}`)+len(d.Kind)+len(d.URL)+len(d.Title)+len(d.Meta)+len(d.Text)+len(d.Said))
	b = appendJSONString(append(b, `{"k":`...), d.Kind)
	b = appendJSONString(append(b, `,"u":`...), d.URL)
	b = appendJSONString(append(b, `,"t":`...), d.Title)
	for _, f := range []struct{ key, value string }{{`,"m":`, d.Meta}, {`,"x":`, d.Text}, {`,"a":`, d.Said}} {
		if f.value != "" { // omitempty
			b = appendJSONString(append(b, f.key...), f.value)
		}
	}
	return append(b, '}')
}

// jsonPlain tells the ASCII bytes that encoding/json writes as they are
// in a string: one load a byte rather than six comparisons.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

// appendJSONString appends s as a JSON string, escaped as encoding/json
// does: most strings need no escaping and are copied as they are.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if jsonPlain[s[i]] {
			i++
			continue
		}
		if s[i] < utf8.RuneSelf {
			return appendMarshalled(b, s)
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return appendMarshalled(b, s)
		}
		i += size
	}
	return append(append(append(b, '"'), s...), '"')
}

func appendMarshalled(b []byte, s string) []byte {
	quoted, _ := json.Marshal(s) // a string: cannot fail
	return append(b, quoted...)
}

// appendShardJSON appends a shard as json.Marshal would write its map of
// terms (sorted) to posting strings, without reflection: shards are most
// of the index.
func appendShardJSON(b []byte, terms []string, postings map[string]*postingList, heads map[string]*pagedTerm, codes []int) []byte {
	b = append(b, '{')
	for i, t := range terms {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, t)
		if pt := heads[t]; pt != nil {
			b = pt.appendJSON(append(b, ':'))
			continue
		}
		b = append(b, ':', '"')
		postings[t].each(func(delta, id int) {
			b = appendBase64(appendBase64(b, delta), codes[id])
		})
		b = append(b, '"')
	}
	return append(b, '}')
}
