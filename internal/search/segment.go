package search

// A segment is one company's part of the index: its documents (as JSON)
// and their terms with local document numbers (0 is the company's first
// document). Segments are merged in company order, so a term's postings
// come out in document order whatever segment was made when. A
// SegmentStore keeps them between builds: a rebuild after an edit to one
// call collects that call's company again and reads the others' segments.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"sync"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// A SegmentStore keeps each company's segment from one build to the next.
// It decides whether a saved segment still holds (the company's calls and
// everything the index shows of them are as they were). It must be safe
// for concurrent use.
type SegmentStore interface {
	// Segment returns the bytes saved for co, if they still hold.
	Segment(co *site.Company) ([]byte, bool)
	// SaveSegment keeps co's segment for the next build.
	SaveSegment(co *site.Company, data []byte)
}

// A Finisher is a SegmentStore that is told when Write has finished,
// whatever it returned, and its memory is the garbage collector's: a
// build may hold other work back until the index, the largest thing it
// draws, is done.
type Finisher interface {
	SegmentStore
	IndexWritten()
}

type segment struct {
	docs       [][]byte // each document's JSON
	callStarts []int    // index in docs of each call's first document
	terms      []string // in the order the collector met them
	lists      [][]int32
	// each term's number in words, when the segment was collected from
	// CallParts (not read from the store)
	words   *Words
	numbers []int32
}

// A CallPart is what the index needs of one call, collected while its
// transcript is at hand (when the call is rendered), so that the index
// never parses a call again. It is compact, as a site's parts wait in
// memory for the index: the call's documents (their JSON and their kind
// and roles), then each term as its number in the site's Words and its
// postings, each the difference from the previous one's document and the
// fields the term is in (fieldCode), all as uvarints: about two bytes a
// posting.
type CallPart struct {
	words *Words
	data  []byte
}

// Data is the part's bytes, for keeping it elsewhere (a file) while it
// waits for the index; Words.Part makes the part of them again.
func (p *CallPart) Data() []byte { return p.data }

// Part is the CallPart whose Data is data, for a part that w collected.
func (w *Words) Part(data []byte) *CallPart { return &CallPart{words: w, data: data} }

// Words numbers the terms of a site's calls for their CallParts, so that
// a term said on every call is kept once. It is safe for concurrent use.
type Words struct {
	mu   sync.RWMutex
	id   map[string]int
	list []string

	// collectors lends Collect the collectors of earlier calls, with the
	// words they met (wordStates), so that the words every call says are
	// not allocated again for each (they were a tenth of the bytes a
	// cold build allocates outside figure finding), nor their lists of
	// postings.
	collectors sync.Pool
}

// maxInterned bounds an intern map lent between calls: past it the map is
// dropped (numbers make a vocabulary without end).
const maxInterned = 1 << 16

// NewWords returns an empty list of words.
func NewWords() *Words { return &Words{id: map[string]int{}} }

// known returns the words numbered so far, by number. The list only
// grows at its end, so what it held stays as it was without the lock: a
// part's terms are read with one lock, not one a term.
func (w *Words) known() []string {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.list
}

// appendVarintPostings writes a posting list (document, flags pairs) as its
// length, then each document as the gap from the one before and its
// flags, as fieldCode codes them when coded (a CallPart's, whose flags
// are fields), else as they are. A flag, not a function: a call through
// a function value for each posting was a tenth of encoding a part.
func appendVarintPostings(b []byte, list []int32, coded bool) []byte {
	b = binary.AppendUvarint(b, uint64(len(list)/2))
	prev := int32(0)
	for k := 0; k < len(list); k += 2 {
		flags := uint64(list[k+1])
		if coded {
			flags = fieldCode(list[k+1])
		}
		b = binary.AppendUvarint(b, uint64(list[k]-prev))
		b = binary.AppendUvarint(b, flags)
		prev = list[k]
	}
	return b
}

// fieldCode puts a posting's field bits (bits 7 to 14) in the lowest
// bits, FieldSaid first, so that most postings' code is one byte;
// fieldBits undoes it.
func fieldCode(f int32) uint64 {
	return uint64(f>>14&1 | (f>>7&0x7F)<<1)
}

func fieldBits(c uint64) int32 {
	return int32(c&1)<<14 | int32(c>>1&0x7F)<<7
}

// Collect collects a call's documents (the call, its questions, key
// figures and remarks) with the words said in t; t may be nil (the
// record alone).
func (w *Words) Collect(c *site.Call, t *transcript.Transcript) *CallPart {
	col, _ := w.collectors.Get().(*collector)
	if col == nil {
		col = &collector{}
	}
	col.call(c, t)
	b := binary.AppendUvarint(col.part[:0], uint64(len(col.docs)))
	for i, d := range col.docs {
		b = binary.AppendUvarint(b, uint64(len(d)))
		b = append(b, d...)
		b = binary.AppendUvarint(b, uint64(col.docBits[i]))
	}
	// Every word's postings are in one list (col.lists), the map never
	// made; in any order: a term's postings are its own.
	unnumbered, terms := col.unnumbered[:0], col.terms[:0]
	numbers := col.words.numbers
	for _, word := range col.listWords {
		if numbers[word] == 0 {
			unnumbered = append(unnumbered, word)
			terms = append(terms, col.words.words[word])
		}
	}
	for i, n := range w.numbers(terms) {
		numbers[unnumbered[i]] = int32(n + 1)
	}
	b = binary.AppendUvarint(b, uint64(len(col.listWords)))
	for i, word := range col.listWords {
		b = binary.AppendUvarint(b, uint64(numbers[word]-1))
		b = appendVarintPostings(b, col.lists[i], true)
	}
	// The part waits in memory for the index: it takes what it needs,
	// and the collector keeps its buffers for the next call.
	part := &CallPart{words: w, data: bytes.Clone(b)}
	col.part = b
	col.unnumbered, col.terms = unnumbered[:0], clearSlice(terms)
	col.reset()
	w.collectors.Put(col)
	return part
}

// reset makes an empty collector of one that collected a call, keeping
// its words (while there are not too many) and its buffers.
func (b *collector) reset() {
	for _, word := range b.listWords {
		b.words.states[word].list = 0 // free for the next collection
	}
	if b.words != nil && len(b.words.words) > maxInterned {
		b.words = nil
	}
	b.docs = clearSlice(b.docs)
	b.docBits = b.docBits[:0]
	b.callStarts = nil
	b.postings, b.termLists, b.termNames, b.termNumbers = nil, nil, nil, nil
	b.listWords = b.listWords[:0]
	b.lists = b.lists[:0] // the lists' memory is taken again by end
	b.docWords = b.docWords[:0]
	b.tok = b.tok[:0]
}

// clearSlice empties s, letting go of what it points to but keeping its
// memory.
func clearSlice[S ~[]E, E any](s S) S {
	clear(s)
	return s[:0]
}

// numbers numbers each term (its index in the list, added when new), locking the list once for the terms
// it has and once more for those it has not: the calls rendered in
// parallel number thousands of terms each.
func (w *Words) numbers(terms []string) []int {
	out := make([]int, len(terms))
	missing := false
	w.mu.RLock()
	for i, t := range terms {
		n, ok := w.id[t]
		if !ok {
			n, missing = -1, true
		}
		out[i] = n
	}
	w.mu.RUnlock()
	if !missing {
		return out
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, t := range terms {
		if out[i] >= 0 {
			continue
		}
		n, ok := w.id[t]
		if !ok {
			n = len(w.list)
			w.id[t] = n
			w.list = append(w.list, t)
		}
		out[i] = n
	}
	return out
}

// addPart adds a call's documents after those collected so far; false
// when the part is malformed (then nothing is added). last says that no
// part follows it in this collector.
func (b *collector) addPart(p *CallPart, last bool) bool {
	r := segmentReader{data: p.data}
	n := r.count()
	docs := make([][]byte, 0, n)
	bits := make([]int32, 0, n)
	for range n {
		docs = append(docs, r.bytes())
		bits = append(bits, int32(r.number()))
	}
	// Every term's postings go into one list (the collector's, reused),
	// each term holding its stretch of it: one allocation rather than one
	// a term, read back once the whole part proved well formed.
	type termList struct {
		number   int // in p.words
		from, to int
	}
	n = r.count()
	terms := make([]termList, 0, n)
	flat := b.partPostings[:0]
	known := p.words.known()
	for range n {
		i := r.number()
		ok := i < len(known)
		pairs := r.count()
		from := len(flat)
		doc := 0
		for range pairs {
			doc += r.number()
			code := r.number()
			if doc >= len(docs) || code > 0xFF {
				r.bad = true
				break
			}
			flat = append(flat, int32(doc), bits[doc]|fieldBits(uint64(code)))
		}
		r.bad = r.bad || !ok
		terms = append(terms, termList{i, from, len(flat)})
	}
	b.partPostings = flat
	if r.bad || len(r.data) > 0 || !b.numberBy(p.words) {
		return false
	}
	if b.termLists == nil { // a company's first call: room for its terms
		b.termLists = make([][]int32, 0, len(b.listWords)+len(terms))
		b.termNames = make([]string, 0, len(b.listWords)+len(terms))
		b.termNumbers = make([]int32, 0, len(b.listWords)+len(terms))
	}
	b.growIndex(len(known) - 1)
	b.flushWords() // the documents collected before this part first
	base := int32(len(b.docs))
	b.docs = append(b.docs, docs...)
	// In the last part, the lists of the terms new to the collector are
	// cut from one allocation, the others grown: most of a call's terms
	// are new to its company (its only call, or its last), and an
	// allocation for each was half of those a build's index made. Not in
	// an earlier part: a list that a later part grows would leave its
	// piece behind, held by the others until the segment is merged (the
	// peak of live memory grew by 5 MB).
	fresh := 0
	for _, tl := range terms {
		if list := b.numberedList(tl.number, known[tl.number]); len(*list) == 0 && last {
			fresh += tl.to - tl.from
		}
	}
	shared := make([]int32, 0, fresh)
	for _, tl := range terms {
		list := &b.termLists[(*b.byNumber)[tl.number]-1] // numberedList's, without making it again
		l := *list
		if len(l) == 0 && last {
			from := len(shared)
			shared = appendShifted(shared, flat[tl.from:tl.to], base)
			l = shared[from:len(shared):len(shared)] // an append moves it out
		} else {
			l = appendShifted(slices.Grow(l, tl.to-tl.from), flat[tl.from:tl.to], base)
		}
		*list = l
	}
	return true
}

// appendShifted appends postings (document, flags pairs) to list, their
// documents numbered from base.
func appendShifted(list, postings []int32, base int32) []int32 {
	for k := 0; k+1 < len(postings); k += 2 {
		list = append(list, base+postings[k], postings[k+1])
	}
	return list
}

// segmentOf collects a company's documents, or reads them from the store.
func segmentOf(co *site.Company, store SegmentStore, parts func(*site.Call) *CallPart) *segment {
	if store != nil {
		if data, ok := store.Segment(co); ok {
			if seg, err := decodeSegment(data); err == nil && len(seg.callStarts) == len(co.Calls) {
				return seg
			}
		}
	}
	var c collector
	c.company(co)
	for i, call := range co.Calls {
		c.callStarts = append(c.callStarts, len(c.docs))
		var p *CallPart
		if parts != nil {
			p = parts(call)
		}
		if p == nil || !c.addPart(p, i == len(co.Calls)-1) {
			c.call(call, nil) // the record alone
		}
	}
	seg := c.segment()
	if store != nil {
		store.SaveSegment(co, seg.encode())
	}
	return seg
}

// segment turns the collected documents into a segment.
func (b *collector) segment() *segment {
	b.flushWords()
	b.releaseIndex()
	seg := &segment{docs: b.docs, callStarts: b.callStarts, terms: b.termNames, lists: b.termLists}
	if b.numbering != nil {
		seg.words, seg.numbers = b.numbering, b.termNumbers
	}
	return seg
}

const segmentMagic = "callsite-search-segment-1\n"

// encode writes the segment as: the magic line; the number of documents,
// then each one's length and JSON; the number of calls and each one's
// first document; the number of terms, then each term's length and bytes,
// its number of postings and each posting as the difference from the
// previous one's document and its flags. Numbers are uvarints.
func (seg *segment) encode() []byte {
	size := len(segmentMagic) + 16
	for _, d := range seg.docs {
		size += len(d) + 3
	}
	for i, t := range seg.terms {
		size += len(t) + 2 + 3*len(seg.lists[i])
	}
	b := make([]byte, 0, size)
	b = append(b, segmentMagic...)
	b = binary.AppendUvarint(b, uint64(len(seg.docs)))
	for _, d := range seg.docs {
		b = binary.AppendUvarint(b, uint64(len(d)))
		b = append(b, d...)
	}
	b = binary.AppendUvarint(b, uint64(len(seg.callStarts)))
	for _, s := range seg.callStarts {
		b = binary.AppendUvarint(b, uint64(s))
	}
	b = binary.AppendUvarint(b, uint64(len(seg.terms)))
	for i, t := range seg.terms {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
		b = appendVarintPostings(b, seg.lists[i], false)
	}
	return b
}

var errSegment = errors.New("search: malformed segment")

// decodeSegment reads what encode wrote. The documents' JSON points into
// data.
func decodeSegment(data []byte) (*segment, error) {
	if !strings.HasPrefix(string(data), segmentMagic) {
		return nil, errSegment
	}
	r := segmentReader{data: data[len(segmentMagic):]}
	seg := &segment{}
	n := r.count()
	seg.docs = make([][]byte, 0, n)
	for range n {
		seg.docs = append(seg.docs, r.bytes())
	}
	n = r.count()
	seg.callStarts = make([]int, 0, n)
	for range n {
		s := r.number()
		if s > len(seg.docs) {
			r.bad = true
		}
		seg.callStarts = append(seg.callStarts, s)
	}
	n = r.count()
	seg.terms = make([]string, 0, n)
	seg.lists = make([][]int32, 0, n)
	for range n {
		seg.terms = append(seg.terms, string(r.bytes()))
		pairs := r.count()
		list := make([]int32, 0, 2*pairs)
		doc := 0
		for range pairs {
			doc += r.number()
			if doc >= len(seg.docs) {
				r.bad = true
				break
			}
			list = append(list, int32(doc), int32(r.number()))
		}
		seg.lists = append(seg.lists, list)
	}
	if r.bad || len(r.data) > 0 {
		return nil, errSegment
	}
	for _, d := range seg.docs { // a JSON object; the store checks the bytes
		if len(d) < 2 || d[0] != '{' || d[len(d)-1] != '}' {
			return nil, errSegment
		}
	}
	return seg, nil
}

// segmentReader reads uvarints and byte strings, noting (in bad) any
// that runs past the end or is out of range.
type segmentReader struct {
	data []byte
	bad  bool
}

func (r *segmentReader) number() int {
	v, n := binary.Uvarint(r.data)
	if n <= 0 || v > 1<<31-1 {
		r.bad, r.data = true, nil
		return 0
	}
	r.data = r.data[n:]
	return int(v)
}

// count is a number of items that follow, each at least a byte long.
func (r *segmentReader) count() int {
	n := r.number()
	if n > len(r.data) {
		r.bad, r.data = true, nil
		return 0
	}
	return n
}

func (r *segmentReader) bytes() []byte {
	n := r.count()
	if r.bad {
		return nil
	}
	b := r.data[:n:n]
	r.data = r.data[n:]
	return b
}
