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

// Field weights: a match in a title counts most.
func fieldWeight(f int) float64 {
	switch {
	case f&FieldTitle != 0:
		return 8
	case f&FieldNames != 0:
		return 4
	case f&FieldCtx != 0:
		return 2
	case f&FieldText != 0:
		return 1
	case f&FieldSaid != 0:
		return 0.5
	}
	return 0
}

// Search runs q against the index under the site root fsys and returns
// up to limit results, best first, and the files it read, in order.
func Search(fsys fs.FS, q Query, limit int) ([]Result, []string, error) {
	var read []string
	load := func(name string, v any) error {
		read = append(read, name)
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, v); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	var m Manifest
	if err := load("search/manifest.json", &m); err != nil {
		return nil, read, err
	}
	stop := map[string]bool{}
	for _, w := range m.Stop {
		stop[w] = true
	}
	type term struct {
		word   string
		prefix bool
		mask   int
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
	if len(terms) == 0 {
		return nil, read, nil
	}

	shards := map[string]map[string][]int{}
	shard := func(key string) (map[string][]int, error) {
		if sh, ok := shards[key]; ok {
			return sh, nil
		}
		var sh map[string][]int
		if err := load("search/idx/"+ShardFile(key), &sh); err != nil {
			return nil, err
		}
		shards[key] = sh
		return sh, nil
	}
	type hit struct {
		score float64
		flags int
		exact int // terms matched as whole words, not only as prefixes
	}
	var scores map[int]hit
	for _, t := range terms {
		keys := shardKeys(m.Shards, t.word, t.prefix)
		if t.prefix && len(keys) > MaxPrefixShards {
			t.prefix = false
			keys = shardKeys(m.Shards, t.word, false)
		}
		found := map[int]hit{}
		for _, k := range keys {
			sh, err := shard(k)
			if err != nil {
				return nil, read, err
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
				for i := 0; i+1 < len(post); i += 2 {
					doc += post[i]
					f := post[i+1]
					wt := fieldWeight(f&t.mask) * mult
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
		if err := load("search/companies.json", &m.Companies); err != nil {
			return nil, read, err
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
				if err := load("search/periods/"+strconv.Itoa(i)+".json", &ranges); err != nil {
					return nil, read, err
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
		if err := load("search/recency.json", &recency); err != nil {
			return nil, read, err
		}
	}
	// Whole words first ("eps" finds EPS before Epstein), then the score,
	// then the newest call.
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
	chunks := map[int][]Doc{}
	for i, r := range out {
		n := r.ID / m.ChunkDocs
		if _, ok := chunks[n]; !ok {
			var docs []Doc
			if err := load("search/docs/"+strconv.Itoa(n)+".json", &docs); err != nil {
				return nil, read, err
			}
			chunks[n] = docs
		}
		if j := r.ID % m.ChunkDocs; j < len(chunks[n]) {
			out[i].Doc = chunks[n][j]
		}
	}
	return out, read, nil
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
