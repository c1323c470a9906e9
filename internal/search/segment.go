package search

// A segment is one company's part of the index: its documents (as JSON)
// and their terms with local document numbers (0 is the company's first
// document). Segments are merged in company order, so a term's postings
// come out in document order whatever segment was made when. A
// SegmentStore keeps them between builds: a rebuild after an edit to one
// call collects that call's company again and reads the others' segments.

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"

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

type segment struct {
	docs       [][]byte // each document's JSON
	callStarts []int    // index in docs of each call's first document
	terms      []string // sorted
	lists      [][]int32
}

// A CallPart is what the index needs of one call, collected while its
// transcript is at hand (when the call is rendered), so that the index
// never parses a call again: the call's documents and their terms,
// encoded as a segment of one call (a few bytes a posting).
type CallPart struct {
	data []byte
}

// CollectCall collects a call's documents (the call, its questions, key
// figures and remarks) with the words said in t; t may be nil (the
// record alone).
func CollectCall(c *site.Call, t *transcript.Transcript) *CallPart {
	var col collector
	col.callStarts = []int{0}
	col.call(c, t)
	return &CallPart{data: col.segment().encode()}
}

// addPart adds a call's documents after those collected so far; false
// when the part is malformed (then nothing is added).
func (b *collector) addPart(p *CallPart) bool {
	seg, err := decodeSegment(p.data)
	if err != nil || len(seg.callStarts) != 1 || seg.callStarts[0] != 0 {
		return false
	}
	if b.postings == nil {
		b.terms = map[string]int{}
		b.postings = map[string][]int32{}
	}
	base := int32(len(b.docs))
	b.docs = append(b.docs, seg.docs...)
	for i, t := range seg.terms {
		if s, ok := b.intern[t]; ok {
			t = s
		}
		list := b.postings[t]
		for k := 0; k < len(seg.lists[i]); k += 2 {
			list = append(list, base+seg.lists[i][k], seg.lists[i][k+1])
		}
		b.postings[t] = list
	}
	return true
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
	for _, call := range co.Calls {
		c.callStarts = append(c.callStarts, len(c.docs))
		var p *CallPart
		if parts != nil {
			p = parts(call)
		}
		if p == nil || !c.addPart(p) {
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
	seg := &segment{docs: b.docs, callStarts: b.callStarts, terms: make([]string, 0, len(b.postings))}
	for t := range b.postings {
		seg.terms = append(seg.terms, t)
	}
	slices.Sort(seg.terms)
	seg.lists = make([][]int32, len(seg.terms))
	for i, t := range seg.terms {
		seg.lists[i] = b.postings[t]
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
		list := seg.lists[i]
		b = binary.AppendUvarint(b, uint64(len(list)/2))
		prev := int32(0)
		for k := 0; k < len(list); k += 2 {
			b = binary.AppendUvarint(b, uint64(list[k]-prev))
			b = binary.AppendUvarint(b, uint64(list[k+1]))
			prev = list[k]
		}
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
