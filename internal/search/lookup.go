package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is the reference of the lookup static/search.js runs in the
// browser, step for step, so that tests can check in Go that the index
// files find what a reader would find. Keep the two in step.

// Query is one search as the search page takes it from its form or URL
// (?q=&speaker=&type=&role=&company=&period=).
type Query struct {
	Text    string // the words; the last is a prefix unless Text ends with a non-word character
	Speaker string // words of a speaker's name, each a prefix
	Kind    string // one of Kinds, "" for any
	Role    string // one of Roles, "" for any; with Speaker, the speaker's role
	Company string // company slug, "" for any
	Period  string // period label ("Q3 2024"), "" for any
}

// Result is a document found.
type Result struct {
	ID    int
	Score float64
	Doc   Doc
	exact int // terms matched as whole words
}

// MaxPrefixShards is the most shards a prefix may load; a prefix that
// would need more (one letter on a big site) is matched as a whole word.
const MaxPrefixShards = 8

// Field weights: a match in a title counts most. In a document of what
// was said (an exchange, a turn) the words said count more than the
// names of who said them: a name said is found before the turns of the
// person named (who are found by the speaker filter, and on the call and
// the person's own page).
func fieldWeight(f int) float64 {
	kind := (f & kindMask) >> kindShift
	names := 4.0
	if kind == kindQuestion || kind == kindRemarks {
		names = 0.4
	}
	w := 0.0
	for _, fw := range []struct {
		field int
		w     float64
	}{{FieldTitle, 8}, {FieldNames, names}, {FieldCtx, 2}, {FieldText, 1}, {FieldSaid, 0.5}} {
		if f&fw.field != 0 {
			w = max(w, fw.w)
		}
	}
	return w
}

// Search runs q against the index under the site root fsys and returns
// up to limit results, best first, and the files it read, in order. It
// reads pages of postings only as long as one of the first limit results
// could still come from them (resolve), so the results are those of the
// whole index.
func Search(fsys fs.FS, q Query, limit int) ([]Result, []string, error) {
	res, _, read, err := SearchMore(fsys, q, limit)
	return res, read, err
}

// SearchMore is Search, and also tells whether more results than limit
// may be found: then the documents of the index that match the query are
// at least as many as returned, but not all were counted.
func SearchMore(fsys fs.FS, q Query, limit int) ([]Result, bool, []string, error) {
	l := &lookup{fsys: fsys, shards: map[string]map[string]shardEntry{}}
	if err := l.load("search/manifest.json", &l.m); err != nil {
		return nil, false, l.read, err
	}
	terms := queryTerms(l.m, q)
	if len(terms) == 0 {
		return nil, false, l.read, nil
	}
	m, err := l.match(terms)
	if err != nil {
		return nil, false, l.read, err
	}
	keep, keepDoc, err := l.filter(q)
	if err != nil {
		return nil, false, l.read, err
	}
	out, more, err := l.resolve(m, keep, keepDoc, limit)
	if err != nil {
		return nil, false, l.read, err
	}
	if err := l.docs(out); err != nil {
		return nil, false, l.read, err
	}
	return out, more, l.read, nil
}

// lookup is one search: the files it read, in order, and the shards it
// loaded.
type lookup struct {
	fsys    fs.FS
	read    []string
	m       Manifest
	shards  map[string]map[string]shardEntry
	recency []int
	haveRec bool
}

// load reads a JSON file of the index into v.
func (l *lookup) load(name string, v any) error {
	l.read = append(l.read, name)
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// shardEntry is a term's value in a shard: its postings, or for a paged
// term its head's postings and the first document of each page.
type shardEntry struct {
	post   string
	firsts []int
}

func (e *shardEntry) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '[' {
		var raw []json.RawMessage
		if err := json.Unmarshal(data, &raw); err != nil {
			return err
		}
		if len(raw) == 0 {
			return fmt.Errorf("a paged term without its head")
		}
		if err := json.Unmarshal(raw[0], &e.post); err != nil {
			return err
		}
		e.firsts = make([]int, len(raw)-1)
		for i, r := range raw[1:] {
			if err := json.Unmarshal(r, &e.firsts[i]); err != nil {
				return err
			}
		}
		return nil
	}
	return json.Unmarshal(data, &e.post)
}

// shard loads a shard of the word index once.
func (l *lookup) shard(key string) (map[string]shardEntry, error) {
	if sh, ok := l.shards[key]; ok {
		return sh, nil
	}
	var sh map[string]shardEntry
	if err := l.load("search/idx/"+ShardFile(key), &sh); err != nil {
		return nil, err
	}
	l.shards[key] = sh
	return sh, nil
}

// loadRecency reads search/recency.json once.
func (l *lookup) loadRecency() error {
	if l.haveRec {
		return nil
	}
	l.haveRec = true
	var r Recency
	if err := l.load("search/recency.json", &r); err != nil {
		return err
	}
	l.recency = r.ranges()
	return nil
}

// term is one word to find, in the fields of mask.
type term struct {
	word   string
	prefix bool
	mask   int
}

// queryTerms turns the query's text and speaker into terms: stop words
// dropped, the last word of the text a prefix while it is still being
// typed, every word of the speaker a prefix in the name fields.
func queryTerms(m Manifest, q Query) []term {
	stop := map[string]bool{}
	for _, w := range m.Stop {
		stop[w] = true
	}
	var terms []term
	words := Tokens(q.Text)
	last, _ := utf8.DecodeLastRuneInString(q.Text)
	open := isWord(last) // still typing the last word
	for i, w := range words {
		switch {
		case i == len(words)-1 && open:
			if !stop[w] || len(words) == 1 {
				terms = append(terms, term{w, true, fieldsMask})
			}
		case !stop[w]:
			terms = append(terms, term{w, false, fieldsMask})
		}
	}
	nameMask := FieldNames
	if i := indexOf(m.Roles, q.Role); i >= 0 && q.Speaker != "" {
		nameMask = (1 << i) << nameShift
	}
	for _, w := range Tokens(q.Speaker) {
		terms = append(terms, term{w, true, nameMask})
	}
	return terms
}

// hit is a document a term found.
type hit struct {
	score float64
	flags int
	exact int // terms matched as whole words, not only as prefixes
}

// matching is what the terms of a query found so far: each term's
// documents with their best field, and the words whose pages are not
// all loaded yet.
type matching struct {
	terms []term
	found []map[int]hit
	paged []*pagedWord
}

// pagedWord is a word of a term whose postings have pages.
type pagedWord struct {
	term   int // index in the query's terms
	word   string
	exact  bool // the word itself, not only a word it begins
	firsts []int
	next   int // pages loaded: the next to load is next+1
}

// match loads the shards of the terms and adds the postings of their
// words (the heads of paged ones).
func (l *lookup) match(terms []term) (*matching, error) {
	m := &matching{terms: terms}
	for i, t := range terms {
		keys := shardKeys(l.m.Shards, t.word, t.prefix)
		if t.prefix && len(keys) > MaxPrefixShards {
			t.prefix = false
			terms[i] = t
			keys = shardKeys(l.m.Shards, t.word, false)
		}
		found := map[int]hit{}
		m.found = append(m.found, found)
		for _, k := range keys {
			sh, err := l.shard(k)
			if err != nil {
				return nil, err
			}
			words := make([]string, 0, len(sh))
			for w := range sh {
				if w == t.word || t.prefix && strings.HasPrefix(w, t.word) {
					words = append(words, w)
				}
			}
			sort.Strings(words)
			for _, w := range words {
				e := sh[w]
				if err := l.add(found, t, w, e.post, "search/idx/"+ShardFile(k)); err != nil {
					return nil, err
				}
				if len(e.firsts) > 0 {
					m.paged = append(m.paged, &pagedWord{term: i, word: w, exact: w == t.word, firsts: e.firsts})
				}
			}
		}
	}
	return m, nil
}

// add adds the postings of word w to what term t found.
func (l *lookup) add(found map[int]hit, t term, w, post, file string) error {
	mult, exact := 1.0, 1
	if w != t.word {
		mult, exact = 0.5, 0
	}
	doc := 0
	for r := (postingReader{s: post}); r.more(); {
		doc += r.next()
		code := r.next()
		if code >= len(l.m.Flags) {
			return fmt.Errorf("%s: %q: no flags of code %d", file, w, code)
		}
		f := l.m.Flags[code]
		wt := fieldWeight(f&(t.mask|kindMask)) * mult
		if wt == 0 {
			continue
		}
		h, ok := found[doc]
		if !ok || wt > h.score {
			h.score, h.flags = wt, f
		}
		h.exact = max(h.exact, exact)
		found[doc] = h
	}
	return nil
}

// loadPage adds the next page of a paged word.
func (l *lookup) loadPage(m *matching, pw *pagedWord) error {
	pw.next++
	name := "search/pages/" + PageFile(pw.word, pw.next)
	var post string
	if err := l.load(name, &post); err != nil {
		return err
	}
	return l.add(m.found[pw.term], m.terms[pw.term], pw.word, post, name)
}

// before reports whether document a comes before b in the order of the
// pages: the newer call first, then the order of the documents.
func (l *lookup) before(a, b int) bool {
	if wa, wb := when(l.recency, a), when(l.recency, b); wa != wb {
		return wa > wb
	}
	return a < b
}

// frontier is the first document, in the order of the pages, that a
// page not loaded yet may hold, and the words whose next page begins
// with it; -1 when every page is loaded. Pages that can hold no result
// (mayHold) are passed over.
func (l *lookup) frontier(m *matching, mayHold func(a, b int) bool) (int, []*pagedWord) {
	f := -1
	var at []*pagedWord
	for _, pw := range m.paged {
		for pw.next < len(pw.firsts) {
			end := -1
			if pw.next+1 < len(pw.firsts) {
				end = pw.firsts[pw.next+1]
			}
			if mayHold(pw.firsts[pw.next], end) {
				break
			}
			pw.next++
		}
		if pw.next >= len(pw.firsts) {
			continue
		}
		d := pw.firsts[pw.next]
		switch {
		case f < 0 || l.before(d, f):
			f, at = d, []*pagedWord{pw}
		case d == f:
			at = append(at, pw)
		}
	}
	return f, at
}

// mayHold returns the test of whether the documents from a up to b (in
// the order of the pages; b -1: to the end) may hold a result: one that
// every term without pages found (all their documents are known), in a
// call that the filters of documents keep (keepDoc, nil for none).
func (l *lookup) mayHold(m *matching, keep func(doc, flags int) bool, keepDoc func(doc int) bool) func(a, b int) bool {
	var known map[int]bool // documents of the terms without pages; nil: any
	for i, found := range m.found {
		if slices.ContainsFunc(m.paged, func(pw *pagedWord) bool { return pw.term == i }) {
			continue
		}
		docs := map[int]bool{}
		for doc, h := range found {
			if (known == nil || known[doc]) && keep(doc, h.flags) {
				docs[doc] = true
			}
		}
		known = docs
	}
	inside := func(first, last, a, b int) bool { // documents first..last meet a..b
		return !l.before(last, a) && (b < 0 || l.before(first, b))
	}
	return func(a, b int) bool {
		if when(l.recency, a) == math.MaxInt32 {
			return true // a page across calls (pages hold none)
		}
		if known != nil {
			in := false
			for d := range known {
				in = in || inside(d, d, a, b)
			}
			if !in {
				return false
			}
		}
		if keepDoc == nil {
			return true
		}
		for i := 0; i+2 < len(l.recency); i += 3 {
			if from, to := l.recency[i], l.recency[i+1]; to > from && keepDoc(from) && inside(from, to-1, a, b) {
				return true
			}
		}
		return false
	}
}

// results are the documents every term found that pass keep.
func (m *matching) results(keep func(doc, flags int) bool) []Result {
	out := make([]Result, 0, len(m.found[0]))
	for doc, h := range m.found[0] {
		for _, found := range m.found[1:] {
			g, ok := found[doc]
			if !ok {
				h.score = -1
				break
			}
			h = hit{h.score + g.score, h.flags, h.exact + g.exact}
		}
		if h.score >= 0 && keep(doc, h.flags) {
			out = append(out, Result{ID: doc, Score: h.score, exact: h.exact})
		}
	}
	return out
}

// resolve ranks the documents found, loading pages until the first
// limit results are those of the whole index: every result that a page
// not loaded could change or add ranks below them. Pages are loaded in
// the order of rank of their first document, so the results of a query
// for common words come from the heads alone. It reports whether more
// results than limit may be found.
func (l *lookup) resolve(m *matching, keep func(doc, flags int) bool, keepDoc func(doc int) bool, limit int) ([]Result, bool, error) {
	if len(m.paged) > 0 {
		if err := l.loadRecency(); err != nil {
			return nil, false, err
		}
	}
	mayHold := l.mayHold(m, keep, keepDoc)
	for {
		out := m.results(keep)
		f, at := l.frontier(m, mayHold)
		if f < 0 {
			return l.rank(out, limit)
		}
		// Documents before the frontier are in no page not loaded: their
		// results are final.
		var done []Result
		for _, r := range out {
			if l.before(r.ID, f) {
				done = append(done, r)
			}
		}
		exact, score, pending := l.pendingBest(m, keep, f)
		if !pending {
			return l.rank(done, limit)
		}
		if len(done) >= limit {
			ranked, _, err := l.rank(done, limit)
			if err != nil {
				return nil, false, err
			}
			// The last comes before any pending result on an equal score:
			// it is before the frontier.
			if last := ranked[len(ranked)-1]; last.exact > exact || last.exact == exact && last.Score >= score {
				return ranked, true, nil
			}
		}
		for _, pw := range at {
			if err := l.loadPage(m, pw); err != nil {
				return nil, false, err
			}
		}
	}
}

// pendingBest is the best that a result which pages not loaded could
// still change or add may rank (whole words, then score): a document at
// or after the frontier f. Its score for a term is at most the best of
// what the term found of it and what the term's pages not loaded may
// give (words said at most, in pages that may hold the document).
// pending is false when there can be no such result.
func (l *lookup) pendingBest(m *matching, keep func(doc, flags int) bool, f int) (exact int, score float64, pending bool) {
	// more gives, for a document d (-1: any at or after f), the most
	// that term i's pages not loaded may add: its weight and whether as
	// a whole word; ok false when they cannot hold it.
	more := func(i, d int) (w float64, exact int, ok bool) {
		for _, pw := range m.paged {
			if pw.term != i || pw.next >= len(pw.firsts) || d >= 0 && l.before(d, pw.firsts[pw.next]) {
				continue
			}
			mult, ex := 0.5, 0
			if pw.exact {
				mult, ex = 1, 1
			}
			w, exact, ok = max(w, saidWeight*mult), max(exact, ex), true
		}
		return w, exact, ok
	}
	best := func(ex int, sc float64) {
		if !pending || ex > exact || ex == exact && sc > score {
			exact, score, pending = ex, sc, true
		}
	}
	// A document no term found yet.
	ex, sc, ok := 0, 0.0, true
	for i := range m.terms {
		w, e, can := more(i, -1)
		ok = ok && can
		ex, sc = ex+e, sc+w
	}
	if ok {
		best(ex, sc)
	}
	// A document some term found.
	seen := map[int]int{}
	for _, found := range m.found {
		for doc, h := range found {
			if _, done := seen[doc]; !done && !l.before(doc, f) {
				seen[doc] = h.flags
			}
		}
	}
	for doc, flags := range seen {
		if !keep(doc, flags) {
			continue
		}
		ex, sc, ok := 0, 0.0, true
		for i, found := range m.found {
			h, have := found[doc]
			w, e, can := more(i, doc)
			if !have && !can {
				ok = false
				break
			}
			ex += max(h.exact, e)
			sc += max(h.score, w)
		}
		if ok {
			best(ex, sc)
		}
	}
	return exact, score, pending
}

// postingReader reads the numbers of a posting string (appendBase64).
type postingReader struct {
	s string
	i int
}

func (r *postingReader) more() bool { return r.i < len(r.s) }

// next reads a number; a character outside Base64 counts as 0.
func (r *postingReader) next() int {
	v, shift := 0, 0
	for r.i < len(r.s) {
		c := max(strings.IndexByte(Base64, r.s[r.i]), 0)
		r.i++
		v |= (c & 31) << shift
		if c < 32 {
			break
		}
		shift += 5
	}
	return v
}

// filter returns the test of the query's kind, role, company and
// period, and apart the test of its company and period alone (nil
// without them), which needs only the document.
func (l *lookup) filter(q Query) (keep func(doc, flags int) bool, keepDoc func(doc int) bool, err error) {
	m := &l.m
	var tests []func(doc int) bool
	if q.Company != "" {
		lo, hi := 0, 0
		if err := l.load("search/companies.json", &m.Companies); err != nil {
			return nil, nil, err
		}
		for _, c := range m.Companies {
			if c.Slug == q.Company {
				lo, hi = c.Lo, c.Hi
			}
		}
		tests = append(tests, func(doc int) bool { return doc >= lo && doc < hi })
	}
	if q.Period != "" {
		var ranges []int
		for i, p := range m.Periods {
			if p.Label == q.Period {
				if err := l.load("search/periods/"+strconv.Itoa(i)+".json", &ranges); err != nil {
					return nil, nil, err
				}
			}
		}
		tests = append(tests, func(doc int) bool {
			for i := 0; i+1 < len(ranges); i += 2 {
				if doc >= ranges[i] && doc < ranges[i+1] {
					return true
				}
			}
			return false
		})
	}
	if len(tests) > 0 {
		keepDoc = func(doc int) bool {
			for _, t := range tests {
				if !t(doc) {
					return false
				}
			}
			return true
		}
	}
	kind, role := indexOf(m.Kinds, q.Kind), indexOf(m.Roles, q.Role)
	keep = func(doc, f int) bool {
		return (kind < 0 || (f&kindMask)>>kindShift == kind) && (role < 0 || f&(1<<role) != 0) && (keepDoc == nil || keepDoc(doc))
	}
	return keep, keepDoc, nil
}

// rank orders results: whole words first ("eps" finds EPS before
// Epstein), then the score, then the newest call; at most limit. It
// reports whether there were more.
func (l *lookup) rank(out []Result, limit int) ([]Result, bool, error) {
	if len(out) > 1 {
		if err := l.loadRecency(); err != nil {
			return nil, false, err
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.exact != b.exact {
			return a.exact > b.exact
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if ra, rb := when(l.recency, a.ID), when(l.recency, b.ID); ra != rb {
			return ra > rb
		}
		return a.ID < b.ID
	})
	if len(out) > limit {
		return out[:limit], true, nil
	}
	return out, false, nil
}

// docs fills in the documents of the results from the index's chunks.
func (l *lookup) docs(out []Result) error {
	chunks := map[int][]Doc{}
	for i, r := range out {
		n := r.ID / l.m.ChunkDocs
		if _, ok := chunks[n]; !ok {
			var docs []Doc
			if err := l.load("search/docs/"+strconv.Itoa(n)+".json", &docs); err != nil {
				return err
			}
			chunks[n] = docs
		}
		if j := r.ID % l.m.ChunkDocs; j < len(chunks[n]) {
			out[i].Doc = chunks[n][j]
		}
	}
	return nil
}

// when is how recent a document is: the year*10+quarter of its call from
// recency ([from, to, when, ...] in order of from). A document outside
// every call (a company, person or firm: a page across calls) counts as
// newer than any call, so that it comes before its calls on a tie.
func when(recency []int, doc int) int {
	n := len(recency) / 3
	i := sort.Search(n, func(i int) bool { return recency[3*i+1] > doc })
	if i < n && recency[3*i] <= doc {
		return recency[3*i+2]
	}
	return math.MaxInt32
}

// shardKeys returns the keys of the shards that may hold word (prefix:
// words that begin with word): the longest key that begins word, and for
// a prefix also every longer key that word begins.
func shardKeys(keys []string, word string, prefix bool) []string {
	var out []string
	best := ""
	for _, k := range keys {
		if strings.HasPrefix(word, k) && len(k) > len(best) {
			best = k
		}
	}
	if best != "" {
		out = append(out, best)
	}
	if prefix {
		for _, k := range keys {
			if k != best && strings.HasPrefix(k, word) {
				out = append(out, k)
			}
		}
	}
	return out
}

func indexOf(list []string, s string) int {
	if s == "" {
		return -1
	}
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
