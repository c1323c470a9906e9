package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
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
// up to limit results, best first, and the files it read, in order.
func Search(fsys fs.FS, q Query, limit int) ([]Result, []string, error) {
	l := &lookup{fsys: fsys, shards: map[string]map[string]string{}}
	if err := l.load("search/manifest.json", &l.m); err != nil {
		return nil, l.read, err
	}
	terms := queryTerms(l.m, q)
	if len(terms) == 0 {
		return nil, l.read, nil
	}
	scores, err := l.match(terms)
	if err != nil {
		return nil, l.read, err
	}
	keep, err := l.filter(q)
	if err != nil {
		return nil, l.read, err
	}
	out, err := l.rank(scores, keep, limit)
	if err != nil {
		return nil, l.read, err
	}
	if err := l.docs(out); err != nil {
		return nil, l.read, err
	}
	return out, l.read, nil
}

// lookup is one search: the files it read, in order, and the shards it
// loaded.
type lookup struct {
	fsys   fs.FS
	read   []string
	m      Manifest
	shards map[string]map[string]string
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

// shard loads a shard of the word index once.
func (l *lookup) shard(key string) (map[string]string, error) {
	if sh, ok := l.shards[key]; ok {
		return sh, nil
	}
	var sh map[string]string
	if err := l.load("search/idx/"+ShardFile(key), &sh); err != nil {
		return nil, err
	}
	l.shards[key] = sh
	return sh, nil
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

// match finds the documents that hold every term, with their scores.
func (l *lookup) match(terms []term) (map[int]hit, error) {
	var scores map[int]hit
	for _, t := range terms {
		found, err := l.find(t)
		if err != nil {
			return nil, err
		}
		if scores == nil {
			scores = found
			continue
		}
		for doc, h := range scores {
			if g, ok := found[doc]; ok {
				scores[doc] = hit{h.score + g.score, h.flags, h.exact + g.exact}
			} else {
				delete(scores, doc)
			}
		}
	}
	return scores, nil
}

// find returns the documents one term finds, each with its best field.
func (l *lookup) find(t term) (map[int]hit, error) {
	keys := shardKeys(l.m.Shards, t.word, t.prefix)
	if t.prefix && len(keys) > MaxPrefixShards {
		t.prefix = false
		keys = shardKeys(l.m.Shards, t.word, false)
	}
	found := map[int]hit{}
	for _, k := range keys {
		sh, err := l.shard(k)
		if err != nil {
			return nil, err
		}
		for w, post := range sh {
			if w != t.word && !(t.prefix && strings.HasPrefix(w, t.word)) {
				continue
			}
			mult, exact := 1.0, 1
			if w != t.word {
				mult, exact = 0.5, 0
			}
			doc := 0
			for r := (postingReader{s: post}); r.more(); {
				doc += r.next()
				code := r.next()
				if code >= len(l.m.Flags) {
					return nil, fmt.Errorf("search/idx/%s: %q: no flags of code %d", ShardFile(k), w, code)
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
		}
	}
	return found, nil
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

// filter returns the test of the query's kind, role, company and period.
func (l *lookup) filter(q Query) (func(doc, flags int) bool, error) {
	m := &l.m
	keep := func(int, int) bool { return true }
	if i := indexOf(m.Kinds, q.Kind); i >= 0 {
		prev := keep
		keep = func(doc, f int) bool { return (f&kindMask)>>kindShift == i && prev(doc, f) }
	}
	if i := indexOf(m.Roles, q.Role); i >= 0 {
		prev := keep
		keep = func(doc, f int) bool { return f&(1<<i) != 0 && prev(doc, f) }
	}
	if q.Company != "" {
		lo, hi := 0, 0
		if err := l.load("search/companies.json", &m.Companies); err != nil {
			return nil, err
		}
		for _, c := range m.Companies {
			if c.Slug == q.Company {
				lo, hi = c.Lo, c.Hi
			}
		}
		prev := keep
		keep = func(doc, f int) bool { return doc >= lo && doc < hi && prev(doc, f) }
	}
	if q.Period != "" {
		var ranges []int
		for i, p := range m.Periods {
			if p.Label == q.Period {
				if err := l.load("search/periods/"+strconv.Itoa(i)+".json", &ranges); err != nil {
					return nil, err
				}
			}
		}
		prev := keep
		keep = func(doc, f int) bool {
			for i := 0; i+1 < len(ranges); i += 2 {
				if doc >= ranges[i] && doc < ranges[i+1] {
					return prev(doc, f)
				}
			}
			return false
		}
	}
	return keep, nil
}

// rank keeps the documents that pass keep and orders them: whole words
// first ("eps" finds EPS before Epstein), then the score, then the
// newest call; at most limit.
func (l *lookup) rank(scores map[int]hit, keep func(doc, flags int) bool, limit int) ([]Result, error) {
	var out []Result
	exact := map[int]int{}
	for doc, h := range scores {
		if keep(doc, h.flags) {
			out = append(out, Result{ID: doc, Score: h.score})
			exact[doc] = h.exact
		}
	}
	var recency []int
	if len(out) > 1 {
		if err := l.load("search/recency.json", &recency); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if exact[a.ID] != exact[b.ID] {
			return exact[a.ID] > exact[b.ID]
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if ra, rb := when(recency, a.ID), when(recency, b.ID); ra != rb {
			return ra > rb
		}
		return a.ID < b.ID
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
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
// words that begin with word): the longest key that begins word, unless
// it is shorter than word and was split (then it holds only words as long
// as itself), and for a prefix also every longer key that word begins.
func shardKeys(keys []string, word string, prefix bool) []string {
	var out []string
	best, split := "", false
	for _, k := range keys {
		if strings.HasPrefix(word, k) && len(k) > len(best) {
			best = k
		}
	}
	for _, k := range keys {
		if best != "" && k != best && strings.HasPrefix(k, best) {
			split = true
		}
	}
	if best != "" && (!split || len(best) == len(word)) {
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
