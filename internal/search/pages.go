package search

// Pages of postings. A term said in most calls has postings in most
// documents: at 5,000 calls one word's postings would be hundreds of
// kilobytes, all read by a query for that word alone. Such a term's
// postings are split in the order of rank of a one-word query: the head,
// kept in the term's shard, holds every posting that weighs more than
// words said (a title, a name, a context, a question's text) and then the
// postings of the newest calls; the other postings follow in pages, each
// of the calls older than the one before. Results that score the same are
// shown newest first, so the first results of a query need only the heads
// of its words (Search and static/search.js load a page only when a result
// could still come from it: see lookup.resolve).
//
// In the shard, a paged term is written as an array: its head's postings,
// then, for each page, the first document of the page in the order of rank
// (newest call first, then the order of the documents), which bounds what
// the page may hold. Page i (from 1) is search/pages/{term}.{i}.json, a
// JSON string of postings as in a shard (documents in increasing order).

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// PageFile is the name of page i (from 1) of a term's postings under
// search/pages/: the term written as ShardFile writes a key, the page's
// number and ".json".
func PageFile(term string, i int) string {
	return strings.TrimSuffix(ShardFile(term), ".idx.json") + "." + strconv.Itoa(i) + ".json"
}

// saidWeight is the most a posting in a page can weigh: that of words said.
const saidWeight = 0.5

// pagedTerm is a paged term's head and the first document of each page.
type pagedTerm struct {
	head   []byte // postings
	firsts []int
}

// appendJSON writes the term's value in its shard: ["head",first,...].
func (pt *pagedTerm) appendJSON(b []byte) []byte {
	b = append(append(append(b, '[', '"'), pt.head...), '"')
	for _, d := range pt.firsts {
		b = strconv.AppendInt(append(b, ','), int64(d), 10)
	}
	return append(b, ']')
}

func (pt *pagedTerm) jsonLen() int { return len(pt.appendJSON(nil)) }

type posting struct{ doc, code int }

// postingsOf reads a posting list back as postings with their codes.
func postingsOf(p *postingList, codes []int) []posting {
	var ps []posting
	doc := 0
	p.each(func(delta, id int) {
		doc += delta
		ps = append(ps, posting{doc, codes[id]})
	})
	return ps
}

// pageTerm splits the postings of a term (in the order of documents,
// bytes long as a posting string) when they are longer than pageBytes
// (never when pageBytes < 0): it returns the term's head and the bytes of
// each of its pages, or nil when the term is not paged. flags are the
// flags of each code, recency the calls' document ranges and periods (as
// search/recency.json). A cold build and a patched index (patch.go) page
// a term by this one function, so that they write the same bytes.
func pageTerm(ps []posting, bytes int, flags, recency []int, pageBytes int) (*pagedTerm, [][]byte) {
	if pageBytes < 0 || bytes <= pageBytes {
		return nil, nil
	}
	head, pages := splitPostings(ps, bytes, flags, recency, pageBytes)
	if len(pages) == 0 {
		return nil, nil
	}
	pt := &pagedTerm{head: appendPostings(nil, head)}
	data := make([][]byte, len(pages))
	for i, pg := range pages {
		pt.firsts = append(pt.firsts, pg[0].doc)
		sortByDoc(pg)
		data[i] = append(appendPostings([]byte{'"'}, pg), '"')
	}
	return pt, data
}

// splitPostings splits a term's postings (in the order of documents,
// total bytes long as a posting string) into its head (in the order of
// documents) and pages (in the order of rank), each about pageBytes long.
// It reorders ps.
func splitPostings(ps []posting, total int, flags, recency []int, pageBytes int) (head []posting, pages [][]posting) {
	var rest []posting
	for _, p := range ps {
		if fieldWeight(flags[p.code]&(fieldsMask|kindMask)) > saidWeight {
			head = append(head, p)
		} else {
			rest = append(rest, p)
		}
	}
	n := len(head) + len(rest)
	per := max(1, pageBytes*n/max(total, 1)) // postings a page
	n0 := max(0, per-len(head))
	if len(rest) <= n0 {
		return nil, nil
	}
	// Newest first, then by document. Each posting's period is looked up once, not at each
	// of the sort's comparisons (that was a third of a rebuild's CPU at 5,000 calls); the
	// sort, the same algorithm as sort.Slice's, makes the same order.
	ranked := make([]rankedPosting, len(rest))
	for i, p := range rest {
		ranked[i] = rankedPosting{when(recency, p.doc), p}
	}
	slices.SortFunc(ranked, func(a, b rankedPosting) int {
		if a.when != b.when {
			return cmp.Compare(b.when, a.when)
		}
		return cmp.Compare(a.doc, b.doc)
	})
	for i, r := range ranked {
		rest[i] = r.posting
	}
	head = append(head, rest[:n0]...)
	sortByDoc(head)
	for rest = rest[n0:]; len(rest) > 0; {
		k := min(per, len(rest))
		pages = append(pages, rest[:k:k])
		rest = rest[k:]
	}
	return head, pages
}

// rankedPosting is a posting with the period of its call, for ordering by recency.
type rankedPosting struct {
	when int
	posting
}

func sortByDoc(ps []posting) {
	slices.SortFunc(ps, func(a, b posting) int { return cmp.Compare(a.doc, b.doc) })
}

// appendPostings writes postings (in increasing order of documents) as
// a posting string.
func appendPostings(b []byte, ps []posting) []byte {
	prev := 0
	for _, p := range ps {
		b = appendBase64(appendBase64(b, p.doc-prev), p.code)
		prev = p.doc
	}
	return b
}

// Recency is search/recency.json: how recent each call is.
type Recency struct {
	When  []int  `json:"when"`  // the periods, as year*10+quarter, newest first
	Calls string `json:"calls"` // three numbers a call: gap, documents, index in When
}

// encodeRecency writes calls' ranges and periods ([from, to, when, ...]
// in order of from) as search/recency.json.
func encodeRecency(recency []int) Recency {
	var r Recency
	index := map[int]int{}
	for i := 2; i < len(recency); i += 3 {
		if _, ok := index[recency[i]]; !ok {
			index[recency[i]] = 0
			r.When = append(r.When, recency[i])
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(r.When)))
	for i, w := range r.When {
		index[w] = i
	}
	var b []byte
	end := 0
	for i := 0; i+2 < len(recency); i += 3 {
		b = appendBase64(b, recency[i]-end)
		b = appendBase64(b, recency[i+1]-recency[i])
		b = appendBase64(b, index[recency[i+2]])
		end = recency[i+1]
	}
	r.Calls = string(b)
	return r
}

// ranges turns r back into [from, to, when, ...].
func (r Recency) ranges() []int {
	out := []int{}
	end := 0
	for rd := (postingReader{s: r.Calls}); rd.more(); {
		from := end + rd.next()
		end = from + rd.next()
		w := 0
		if i := rd.next(); i < len(r.When) {
			w = r.When[i]
		}
		out = append(out, from, end, w)
	}
	return out
}
