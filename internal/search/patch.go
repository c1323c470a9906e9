package search

// Patching the previous build's index. A rebuild after an edit to one
// call used to merge every company's segment and write the whole index
// again (at 5,000 calls, most of the rebuild). When the edit leaves every
// document where it was (each company, call and the people and firms
// after them keep their numbers of documents), only the terms the
// changed segments hold differently and the chunks of the documents that
// changed differ from the previous index: patch reads those terms'
// postings back from the previous index's files, replaces the changed
// ranges' postings and writes only their shards and pages, the changed
// documents' chunks and the small files (periods, companies, recency,
// manifest); the other files stay as they are. It gives up, and the
// index is built whole, whenever it cannot prove it writes what a whole
// build would: another number of documents or calls, other codes of
// flags, other shard keys, a file of the previous index missing.

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"

	"callsite/internal/site"
)

// A Patcher is a SegmentStore that also keeps what the previous build's
// index was made of and can keep its files in the output, so that Write
// can patch that index rather than write it whole. Its methods must be
// safe for concurrent use.
type Patcher interface {
	SegmentStore
	// SegmentKey is the name co's segment is kept under ("" when it
	// cannot be kept); the segment's file is still in use.
	SegmentKey(co *site.Company) string
	// SegmentNamed returns a segment saved under key by an earlier build.
	SegmentNamed(key string) ([]byte, bool)
	// RestKey keys what the people's and firms' documents of s are drawn
	// from ("" when it cannot be keyed): while it stays the same, a patch
	// takes their segment from the state rather than collecting it from
	// every person and firm of the model again.
	RestKey(s *site.Site) string
	// IndexState returns what SaveIndexState saved in the build that
	// wrote the index now in the output, when the output is updated in
	// place.
	IndexState() ([]byte, bool)
	SaveIndexState(data []byte)
	// OldFile reads a file of the index in the output ("search/…").
	OldFile(name string) ([]byte, error)
	// OldFiles lists the files the previous build's index page wrote.
	OldFiles() []string
	// Keep keeps files of the previous build in the output as they are,
	// reporting false when it could not (then they must be written).
	Keep(names []string) bool
}

// maxPatched is the most segments (companies, or people and firms) a
// patch replaces; beyond it the index is built whole.
const maxPatched = 8

// indexState is what a rebuild needs to know of the index it patches.
type indexState struct {
	docs, chunk int
	companies   []stateCompany
	rest        []byte // the people's and firms' segment, encoded
	restKey     string // Patcher.RestKey of the site rest was collected from
	recency     []int  // as filters.recency
	flagCounts  []int  // the postings of each code's flags
	flags       []int  // each code's flags (the manifest's)
	terms       []string
	sizes       []int // each term's size in its shard (termSize)
	shards      []string
}

type stateCompany struct {
	url, key   string
	docs       int
	callStarts []int
}

const stateMagic = "callsite-search-state-2\n"

func (st *indexState) encode() []byte {
	b := append(make([]byte, 0, st.sizeBound()), stateMagic...)
	num := func(n int) { b = binary.AppendUvarint(b, uint64(n)) }
	str := func(s string) { num(len(s)); b = append(b, s...) }
	nums := func(ns []int) {
		num(len(ns))
		for _, n := range ns {
			num(n)
		}
	}
	num(st.docs)
	num(st.chunk)
	num(len(st.companies))
	for _, c := range st.companies {
		str(c.url)
		str(c.key)
		num(c.docs)
		nums(c.callStarts)
	}
	str(string(st.rest))
	str(st.restKey)
	nums(st.recency)
	nums(st.flagCounts)
	nums(st.flags)
	num(len(st.terms))
	for i, t := range st.terms {
		str(t)
		num(st.sizes[i])
	}
	num(len(st.shards))
	for _, k := range st.shards {
		str(k)
	}
	return b
}

// sizeBound is at least the size of the state's encoding (a megabyte at
// 5,000 calls), so that it is written into one buffer rather than grown.
func (st *indexState) sizeBound() int {
	n := len(stateMagic) + len(st.rest) + len(st.restKey) + binary.MaxVarintLen64*(8+len(st.recency)+len(st.flagCounts)+len(st.flags)+2*len(st.terms)+len(st.shards))
	for _, c := range st.companies {
		n += len(c.url) + len(c.key) + binary.MaxVarintLen64*(4+len(c.callStarts))
	}
	for _, t := range st.terms {
		n += len(t)
	}
	for _, k := range st.shards {
		n += len(k)
	}
	return n
}

var errState = errors.New("search: malformed index state")

func decodeState(data []byte) (*indexState, error) {
	if !bytes.HasPrefix(data, []byte(stateMagic)) {
		return nil, errState
	}
	r := segmentReader{data: data[len(stateMagic):]}
	nums := func() []int {
		n := r.count()
		out := make([]int, 0, n)
		for range n {
			out = append(out, r.number())
		}
		return out
	}
	st := &indexState{docs: r.number(), chunk: r.number()}
	n := r.count()
	for range n {
		c := stateCompany{url: string(r.bytes()), key: string(r.bytes()), docs: r.number()}
		c.callStarts = nums()
		st.companies = append(st.companies, c)
	}
	st.rest = r.bytes()
	st.restKey = string(r.bytes())
	st.recency = nums()
	st.flagCounts = nums()
	st.flags = nums()
	// The terms are slices of one copy of the state, not a copy each:
	// 100,000 small strings at 5,000 calls.
	text := string(data)
	term := func() string {
		b := r.bytes()
		at := len(data) - len(r.data) - len(b)
		return text[at : at+len(b)]
	}
	n = r.count()
	st.terms, st.sizes = make([]string, 0, n), make([]int, 0, n)
	for range n {
		st.terms = append(st.terms, term())
		st.sizes = append(st.sizes, r.number())
	}
	n = r.count()
	for range n {
		st.shards = append(st.shards, string(r.bytes()))
	}
	if r.bad || len(r.data) > 0 || len(st.flags) != len(st.flagCounts) || len(st.recency)%3 != 0 {
		return nil, errState
	}
	return st, nil
}

// segmentChange is a segment of the previous index and the one that
// replaces it, whose documents are numbered from lo in both.
type segmentChange struct {
	lo       int
	old, new *segment
}

// patch updates the previous build's index when it can (see the top of
// the file): true when it did, or with the error of write.
func patch(s *site.Site, opt Options, p Patcher, write func(name string, data []byte) error) (bool, error) {
	data, ok := p.IndexState()
	if !ok {
		return false, nil
	}
	old, err := decodeState(data)
	if err != nil || old.chunk != opt.ChunkDocs || len(old.companies) != len(s.Companies) {
		return false, nil
	}
	// The segments that changed, and the numbers of their documents.
	var changes []segmentChange
	lo := 0
	keys := make([]string, len(s.Companies))
	for i, co := range s.Companies {
		oc := old.companies[i]
		keys[i] = p.SegmentKey(co)
		if keys[i] == "" || oc.url != co.URL || len(oc.callStarts) != len(co.Calls) {
			return false, nil
		}
		if keys[i] != oc.key {
			if len(changes) == maxPatched {
				return false, nil
			}
			data, ok := p.SegmentNamed(oc.key)
			if !ok {
				return false, nil
			}
			before, err := decodeSegment(data)
			if err != nil {
				return false, nil
			}
			after := segmentOf(co, opt.Segments, opt.Calls)
			if len(after.docs) != oc.docs || len(before.docs) != oc.docs || !slices.Equal(after.callStarts, oc.callStarts) {
				return false, nil
			}
			changes = append(changes, segmentChange{lo, before, after})
		}
		lo += oc.docs
	}
	// The people's and firms' documents: as they were while their key is
	// (the previous build checked their count), else collected again.
	restKey, restData := p.RestKey(s), old.rest
	if restKey == "" || restKey != old.restKey {
		rest := restSegment(s)
		restData = rest.encode()
		if !bytes.Equal(restData, old.rest) {
			before, err := decodeSegment(old.rest)
			if err != nil || len(before.docs) != len(rest.docs) {
				return false, nil
			}
			changes = append(changes, segmentChange{lo, before, rest})
		}
		if lo+len(rest.docs) != old.docs {
			return false, nil
		}
	}
	f := &filters{periodRanges: map[string][]int{}, periodKey: map[string]int{}, recency: []int{}}
	m := Manifest{Version: Version, ChunkDocs: opt.ChunkDocs, Docs: old.docs, Shards: old.shards, Stop: stopWords, Kinds: Kinds, Roles: Roles,
		Companies: []CompanyFilter{}, Periods: []PeriodFilter{}}
	lo = 0
	for i, co := range s.Companies {
		oc := old.companies[i]
		f.addCompany(co, oc.callStarts, oc.docs, lo)
		m.Companies = append(m.Companies, CompanyFilter{Name: co.Name, Slug: co.Slug, Lo: lo, Hi: lo + oc.docs})
		lo += oc.docs
	}
	if !slices.Equal(f.recency, old.recency) { // a page's calls are ordered by recency
		return false, nil
	}

	// The flags' codes must stay as they were: every posting is written
	// with them.
	counts := map[int]int{}
	for c, fl := range old.flags {
		counts[fl] = old.flagCounts[c]
	}
	touched := map[string]bool{}
	added := map[string][]int32{} // the changed segments' postings: doc, flags, ...
	for _, ch := range changes {
		before := termLists(ch.old)
		for i, t := range ch.new.terms {
			list := ch.new.lists[i]
			if !slices.Equal(before[t], list) {
				touched[t] = true
			}
			for k := 0; k < len(list); k += 2 {
				counts[int(list[k+1])]++
				added[t] = append(added[t], int32(ch.lo)+list[k], list[k+1])
			}
		}
		after := termLists(ch.new)
		for i, t := range ch.old.terms {
			if _, ok := after[t]; !ok {
				touched[t] = true
			}
			for k := 1; k < len(ch.old.lists[i]); k += 2 {
				counts[int(ch.old.lists[i][k])]--
			}
		}
	}
	flags, flagCounts := flagsByCount(counts)
	if !slices.Equal(flags, old.flags) {
		return false, nil
	}
	codeOf := make(map[int]int, len(flags))
	for c, fl := range flags {
		codeOf[fl] = c
	}

	// The touched terms' postings: the previous index's, less those of the
	// changed ranges, plus the new segments'.
	shardKeys := map[string]bool{}
	for _, k := range old.shards {
		shardKeys[k] = true
	}
	shards := map[string]map[string]json.RawMessage{} // read, by key
	var readErr error
	shardOf := func(t string) (string, map[string]json.RawMessage) {
		key := ""
		for i := len(t); i > 0; i-- {
			if shardKeys[t[:i]] {
				key = t[:i]
				break
			}
		}
		if key == "" {
			return "", nil
		}
		if sh, ok := shards[key]; ok {
			return key, sh
		}
		var sh map[string]json.RawMessage
		data, err := p.OldFile("search/idx/" + ShardFile(key))
		if err == nil {
			err = json.Unmarshal(data, &sh)
		}
		if err != nil {
			readErr = err
			return "", nil
		}
		shards[key] = sh
		return key, sh
	}
	inChange := func(doc int) bool {
		for _, ch := range changes {
			if doc >= ch.lo && doc < ch.lo+len(ch.new.docs) {
				return true
			}
		}
		return false
	}
	terms := make([]string, 0, len(touched))
	for t := range touched {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	newSize := map[string]int{} // 0: the term is gone
	files := map[string][]byte{}
	dropped := map[string]bool{} // files of the previous index no longer kept as they are
	affected := map[string]bool{}
	for _, t := range terms {
		key, sh := shardOf(t)
		if sh == nil {
			return false, nil
		}
		affected[key] = true
		var ps []posting
		if raw, ok := sh[t]; ok {
			var pages int
			ps, pages, err = oldPostings(t, raw, p)
			if err != nil {
				return false, nil
			}
			for i := 1; i <= pages; i++ {
				dropped["search/pages/"+PageFile(t, i)] = true
			}
		}
		ps = slices.DeleteFunc(ps, func(x posting) bool { return inChange(x.doc) })
		list := added[t]
		for k := 0; k < len(list); k += 2 {
			ps = append(ps, posting{int(list[k]), codeOf[int(list[k+1])]})
		}
		sortByDoc(ps)
		if len(ps) == 0 {
			delete(sh, t)
			newSize[t] = 0
			continue
		}
		n := 0
		prev := 0
		for _, x := range ps {
			n += base64Len(x.doc-prev) + base64Len(x.code)
			prev = x.doc
		}
		var value []byte
		if pt, pages := pageTerm(ps, n, flags, f.recency, opt.PageBytes); pt != nil {
			value = pt.appendJSON(nil)
			for i, data := range pages {
				files["search/pages/"+PageFile(t, i+1)] = data
			}
		} else {
			value = append(appendPostings([]byte{'"'}, ps), '"')
		}
		sh[t] = value
		newSize[t] = termSize(t, len(value)-2)
	}
	if readErr != nil {
		return false, nil
	}

	// The shard keys must stay as they were.
	allTerms, sizes := patchSizes(old.terms, old.sizes, newSize)
	byKey := shardBy(allTerms, sizes, opt.ShardBytes)
	if len(byKey) != len(old.shards) {
		return false, nil
	}
	for _, k := range old.shards {
		if _, ok := byKey[k]; !ok {
			return false, nil
		}
	}
	for key := range affected {
		sh := shards[key]
		if len(sh) != len(byKey[key]) {
			return false, nil
		}
		for _, t := range byKey[key] {
			if sh[t] == nil {
				return false, nil
			}
		}
		files["search/idx/"+ShardFile(key)] = shardFromRaw(byKey[key], sh)
	}

	// The documents that changed, in their chunks.
	chunks := map[int][][]byte{}
	for _, ch := range changes {
		for j, d := range ch.new.docs {
			if bytes.Equal(d, ch.old.docs[j]) {
				continue
			}
			doc := ch.lo + j
			c := doc / opt.ChunkDocs
			if chunks[c] == nil {
				name := "search/docs/" + strconv.Itoa(c) + ".json"
				data, err := p.OldFile(name)
				var raws []json.RawMessage
				if err == nil {
					err = json.Unmarshal(data, &raws)
				}
				if err != nil || len(raws) != min(opt.ChunkDocs, old.docs-c*opt.ChunkDocs) {
					return false, nil
				}
				chunks[c] = make([][]byte, len(raws))
				for i, r := range raws {
					chunks[c][i] = r
				}
			}
			chunks[c][doc%opt.ChunkDocs] = d
		}
	}
	for c, docs := range chunks {
		files["search/docs/"+strconv.Itoa(c)+".json"] = append(append([]byte{'['}, bytes.Join(docs, []byte{','})...), ']')
	}

	// Keep the rest of the previous index, then write what changed.
	m.Flags = flags
	var small []struct {
		name string
		data []byte
	}
	err = writePeriods(&m, f, func(name string, data []byte) error {
		small = append(small, struct {
			name string
			data []byte
		}{name, data})
		return nil
	})
	if err != nil {
		return true, err
	}
	var keep []string
	for _, name := range p.OldFiles() {
		if strings.HasPrefix(name, "search/") && strings.HasSuffix(name, ".json") && files[name] == nil && !dropped[name] &&
			!strings.HasPrefix(name, "search/periods/") && name != "search/companies.json" && name != "search/recency.json" && name != "search/manifest.json" {
			keep = append(keep, name)
		}
	}
	if !p.Keep(keep) {
		return false, nil
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := write(name, files[name]); err != nil {
			return true, err
		}
	}
	for _, sf := range small {
		if err := write(sf.name, sf.data); err != nil {
			return true, err
		}
	}
	if err := writeTail(&m, f, write); err != nil {
		return true, err
	}
	next := *old
	next.companies = slices.Clone(old.companies)
	for i := range next.companies {
		next.companies[i].key = keys[i]
	}
	next.rest, next.restKey, next.flagCounts, next.terms, next.sizes = restData, restKey, flagCounts, allTerms, sizes
	p.SaveIndexState(next.encode())
	return true, nil
}

// termLists maps a segment's terms to their postings.
func termLists(seg *segment) map[string][]int32 {
	m := make(map[string][]int32, len(seg.terms))
	for i, t := range seg.terms {
		m[t] = seg.lists[i]
	}
	return m
}

// flagsByCount orders flags as flagTable.codes does: the most frequent
// first, then by value. Flags no posting has any more are left out.
func flagsByCount(counts map[int]int) (flags, n []int) {
	for fl, c := range counts {
		if c > 0 {
			flags = append(flags, fl)
		}
	}
	slices.SortFunc(flags, func(a, b int) int {
		if counts[a] != counts[b] {
			return cmp.Compare(counts[b], counts[a])
		}
		return cmp.Compare(a, b)
	})
	for _, fl := range flags {
		n = append(n, counts[fl])
	}
	return flags, n
}

// oldPostings reads a term's postings back from its value in a shard of
// the previous index and, for a paged term, its pages; it returns them
// in the order of documents, and the number of pages.
func oldPostings(t string, raw json.RawMessage, p Patcher) ([]posting, int, error) {
	var strs []string
	pages := 0
	if len(raw) > 0 && raw[0] == '[' {
		var arr []json.RawMessage
		if err := json.Unmarshal(raw, &arr); err != nil || len(arr) == 0 {
			return nil, 0, errState
		}
		var head string
		if err := json.Unmarshal(arr[0], &head); err != nil {
			return nil, 0, err
		}
		strs = append(strs, head)
		pages = len(arr) - 1
		for i := 1; i <= pages; i++ {
			data, err := p.OldFile("search/pages/" + PageFile(t, i))
			var s string
			if err == nil {
				err = json.Unmarshal(data, &s)
			}
			if err != nil {
				return nil, 0, err
			}
			strs = append(strs, s)
		}
	} else {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, 0, err
		}
		strs = append(strs, s)
	}
	var ps []posting
	for _, s := range strs {
		doc := 0
		for r := (postingReader{s: s}); r.more(); {
			doc += r.next()
			ps = append(ps, posting{doc, r.next()})
		}
	}
	sortByDoc(ps)
	return ps, pages, nil
}

// patchSizes applies new sizes (0: the term is gone) to sorted terms and
// their sizes, adding the terms that are new in order.
func patchSizes(terms []string, sizes []int, newSize map[string]int) ([]string, []int) {
	var added []string
	for t, n := range newSize {
		if _, found := slices.BinarySearch(terms, t); !found && n > 0 {
			added = append(added, t)
		}
	}
	sort.Strings(added)
	outT := make([]string, 0, len(terms)+len(added))
	outS := make([]int, 0, len(terms)+len(added))
	i, j := 0, 0
	for i < len(terms) || j < len(added) {
		var t string
		n := 0
		if j == len(added) || i < len(terms) && terms[i] < added[j] {
			t, n = terms[i], sizes[i]
			i++
		} else {
			t = added[j]
			j++
		}
		if v, ok := newSize[t]; ok {
			n = v
		}
		if n > 0 {
			outT, outS = append(outT, t), append(outS, n)
		}
	}
	return outT, outS
}

// shardFromRaw writes a shard as appendShardJSON does, from each term's value
// as bytes.
func shardFromRaw(terms []string, values map[string]json.RawMessage) []byte {
	var b []byte
	b = append(b, '{')
	for i, t := range terms {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, t)
		b = append(append(b, ':'), values[t]...)
	}
	return append(b, '}')
}
