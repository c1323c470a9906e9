package build

// A cold build of a large site holds every call's record all build long,
// for the pages across calls, and draws those pages after the calls. Most
// of a record's bytes are its body (bodyFields: key figures, key points,
// quotes; about 8.7 kB of the 14.4 kB of a corpusgen call, its strings a
// block of their own: site.NewRecord), which only the call's own pages
// and the pages across calls show. The search index, drawn first of the
// pages across calls and the largest thing a build holds, shows none of
// it (it took what it needs of each call when the call was rendered:
// searchParts). So once a call's own pages are drawn its body is parked:
// encoded with the cache's body codec into a file in the cache folder (in
// memory when there is no file), and the record's fields emptied. The
// pages across calls wait for the index to be written, then every body
// is read back (restore) before they are drawn; once they are, the cache
// entries take the bytes read back (handOver), as for a body read from
// the cache. At 50,000 calls that keeps about 430 MB out of the heap
// while the index is drawn.

import (
	"fmt"
	"os"
	"reflect"
	"sync"
	"unsafe"

	"callsite/internal/site"
	"callsite/internal/summary"
)

// parkedBodies holds the bodies of the records parked, until restore.
type parkedBodies struct {
	mu      sync.Mutex
	records map[*site.Record]*parkedBody
	order   []*parkedBody // in the order parked, which is their order in the file
	file    *os.File      // nil: bodies are kept in memory
	end     int64         // where the next body goes in the file

	err         error         // the first error reading bodies back
	indexed     chan struct{} // closed when the search index is written
	indexOnce   sync.Once
	restoreOnce sync.Once
}

// parkedBody is one record's body, the records that had it (the call's
// and the cache entry's copy, which share its slices) and the cache entry.
type parkedBody struct {
	recs     []*site.Record
	entry    *cacheEntry // nil: the record is not cached
	off, n   int64
	data     []byte // the encoded body: when it is not in the file, or once restored
	restored bool
}

// newParkedBodies parks bodies in a new file in dir ("": the system's
// temporary folder), or in memory when it cannot make one.
func newParkedBodies(dir string) *parkedBodies {
	pb := &parkedBodies{records: map[*site.Record]*parkedBody{}, indexed: make(chan struct{})}
	if dir != "" && os.MkdirAll(dir, 0o755) != nil {
		dir = ""
	}
	f, err := os.CreateTemp(dir, "record-bodies-*")
	if err != nil {
		return pb
	}
	if os.Remove(f.Name()) != nil { // gone with the process, however it ends
		f.Close()
		return pb
	}
	pb.file = f
	return pb
}

// park encodes the body of rec (and of the cache entry's copy of it,
// which shares it; e may be nil) and empties their bodyFields. A nil pb
// parks nothing.
func (pb *parkedBodies) park(rec *site.Record, e *cacheEntry) {
	if pb == nil || rec == nil {
		return
	}
	data := bodyCodec().enc(nil, unsafe.Pointer(rec))
	body := &parkedBody{recs: []*site.Record{rec}, entry: e, n: int64(len(data))}
	if e != nil && e.Record != nil {
		body.recs = append(body.recs, e.Record)
	}
	pb.mu.Lock()
	if _, ok := pb.records[rec]; ok {
		pb.mu.Unlock()
		return
	}
	inFile := pb.file != nil
	if inFile {
		body.off = pb.end
		pb.end += body.n
	}
	pb.mu.Unlock()
	if inFile {
		if _, err := pb.file.WriteAt(data, body.off); err != nil {
			inFile = false
		}
	}
	if !inFile {
		body.off, body.data = -1, data
	}
	for _, r := range body.recs {
		r.Key, r.Summary, r.Said = nil, nil, nil
	}
	pb.mu.Lock()
	pb.records[rec] = body
	pb.order = append(pb.order, body)
	pb.mu.Unlock()
}

// indexWritten says that the search index is written (or kept).
func (pb *parkedBodies) indexWritten() {
	if pb != nil {
		pb.indexOnce.Do(func() { close(pb.indexed) })
	}
}

// restoreAfterIndex waits until the search index is written, then
// restores every body: before a page across calls other than the index
// is drawn.
func (pb *parkedBodies) restoreAfterIndex() {
	if pb == nil {
		return
	}
	<-pb.indexed
	pb.restore()
}

// restore decodes every parked body into its records and closes the file.
// It is done once; afterwards nothing is parked.
func (pb *parkedBodies) restore() {
	if pb == nil {
		return
	}
	pb.restoreOnce.Do(func() {
		pb.mu.Lock()
		defer pb.mu.Unlock()
		d := bodiesDecoder(len(pb.order))
		for start := 0; start < len(pb.order); {
			// Read the file a block of bodies at a time; the bodies'
			// strings are slices of the block.
			// A block is bodies that follow each other in the file: two
			// parks at once may append to order in another order than
			// they took their places in the file.
			end, size := start, int64(0)
			for end < len(pb.order) && (end == start || size+pb.order[end].n <= restoreBlock) && pb.order[end].data == nil &&
				pb.order[end].off == pb.order[start].off+size {
				size += pb.order[end].n
				end++
			}
			if end == start { // in memory
				pb.decode(d, pb.order[start], pb.order[start].data)
				start++
				continue
			}
			block := make([]byte, size)
			if _, err := pb.file.ReadAt(block, pb.order[start].off); err != nil {
				pb.fail(err)
				block = nil
			}
			for _, body := range pb.order[start:end] {
				if block != nil {
					pb.decode(d, body, block[:body.n:body.n])
					block = block[body.n:]
				}
			}
			start = end
		}
		clear(pb.records)
		if pb.file != nil {
			pb.file.Close()
			pb.file = nil
		}
	})
}

// restoreBlock is about how many bytes of bodies restore reads at once.
const restoreBlock = 1 << 20

// restoreOne restores the body of rec alone, if it is parked: for the
// search index's fallback, which collects a call from its record.
func (pb *parkedBodies) restoreOne(rec *site.Record) {
	if pb == nil {
		return
	}
	pb.mu.Lock()
	defer pb.mu.Unlock()
	body := pb.records[rec]
	if body == nil || body.restored {
		return
	}
	data := body.data
	if data == nil {
		data = make([]byte, body.n)
		if _, err := pb.file.ReadAt(data, body.off); err != nil {
			pb.fail(err)
			return
		}
	}
	pb.decode(nil, body, data)
}

// fail notes the first error reading bodies back; with pb.mu held.
func (pb *parkedBodies) fail(err error) {
	if pb.err == nil {
		pb.err = fmt.Errorf("reading back the records' bodies: %w", err)
	}
}

// close restores what is still parked and returns the first error
// reading bodies back.
func (pb *parkedBodies) close() error {
	if pb == nil {
		return nil
	}
	pb.restore()
	pb.mu.Lock()
	defer pb.mu.Unlock()
	return pb.err
}

// decode decodes a body into its records (d as for recordBody.fill);
// with pb.mu held.
func (pb *parkedBodies) decode(d *decoder, body *parkedBody, data []byte) {
	if body.restored {
		return
	}
	body.restored, body.data = true, data
	if d == nil {
		d = newDecoder(data, 0)
	} else {
		d.Reader = newDecoder(data, 0).Reader
	}
	rec := body.recs[0]
	bodyCodec().dec(d, unsafe.Pointer(rec))
	for _, r := range body.recs[1:] {
		r.Key, r.Summary, r.Said = rec.Key, rec.Summary, rec.Said
	}
}

// handOver gives the cache entries their bodies as encoded, once the
// pages are drawn, and empties the records' fields again: the cache is
// written from those bytes (appendBody), as for a body read from the
// cache, and the decoded bodies are garbage before it is (at 15,000
// calls the decoded bodies and the cache being written were the build's
// highest live heap).
func (pb *parkedBodies) handOver() {
	if pb == nil {
		return
	}
	pb.mu.Lock()
	defer pb.mu.Unlock()
	for _, body := range pb.order {
		if body.entry == nil || !body.restored {
			continue // not cached; or not read back (restore failed)
		}
		body.entry.body = &recordBody{rec: body.entry.Record, data: body.data}
		for _, r := range body.recs {
			r.Key, r.Summary, r.Said = nil, nil, nil
		}
	}
	pb.order = nil
}

// bodyBytes is about what the bodies of the site's records take in
// memory, for deciding whether to park them.
func bodyBytes(calls []*site.Call) int64 {
	var n int64
	for _, c := range calls {
		r := c.Record
		n += int64(len(r.Key))*int64(keyFigureSize) + int64(len(r.Summary))*int64(bulletSize) + int64(len(r.Said))*int64(quoteSize)
		for i := range r.Key {
			k := &r.Key[i]
			n += int64(len(k.Text) + len(k.ID) + len(k.Metric) + len(k.Period) + len(k.Unit) + len(k.Noun) + len(k.Qual))
		}
		for i := range r.Summary {
			b := &r.Summary[i]
			n += int64(len(b.Text) + len(b.Paragraph) + len(b.Sentence))
		}
		for i := range r.Said {
			q := &r.Said[i]
			n += int64(len(q.Speaker) + len(q.Exchange) + len(q.Anchor) + len(q.Text))
		}
	}
	return n
}

var (
	keyFigureSize = reflect.TypeFor[site.KeyFigure]().Size()
	bulletSize    = reflect.TypeFor[summary.Bullet]().Size()
	quoteSize     = reflect.TypeFor[site.Quote]().Size()
)
