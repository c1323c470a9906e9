package build

// The input shards of the cache hold every call's record, and every
// rebuild reads them all: at 5,000 calls about 45 MB, most of it short
// strings. encoding/gob allocated and copied each string, and reading
// the shards was about a quarter of a rebuild's CPU. This codec writes
// the same values gob did (exported fields, in order) and reads each
// string as a slice of the shard's bytes, which stay in memory as long
// as the records that point into them: one allocation per shard instead
// of one per string.
//
// A value's encoding: bool one byte; integers varints; float64 eight
// bytes; a string its length and bytes; a pointer a byte (0 for nil)
// then its value; a slice its length plus one (0 for nil) then its
// elements; an array and a struct their elements or exported fields in
// order. Unexported fields are not kept (gob did not keep them either).
// A shard opens with the layout of the types (a hash of their fields'
// names and kinds), so a cache written by a binary whose types differ is
// not read as this one's.
//
// A record's body (bodyFields: its key figures, key points and quotes,
// two thirds of a shard's bytes and most of its values) follows its
// entry as one block, its length first, and is decoded only for the
// calls whose pages are drawn again (recordBody): a rebuild after an edit
// of one call's words draws a handful of pages, and the model of the site
// needs only the rest of each record.

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"callsite/internal/binpack"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// codec encodes and decodes one type at a pointer to a value of it.
type codec struct {
	enc func(b []byte, p unsafe.Pointer) []byte
	dec func(d *decoder, p unsafe.Pointer)
}

var errShard = errors.New("bad cache shard")

// decoder reads values, allocating what pointers point to in slabs of
// slabLen values of a type (by the pointer codec's slot): a shard holds
// tens of thousands of small structs (speakers, warnings), and one
// allocation each was most of reading it. The records live all build
// long, so a slab kept alive by one of its values wastes little.
type decoder struct {
	*binpack.Reader
	slabs []slab // by pointerSlot
	// speakers are the speakers of the record being read: its exchanges
	// point at them (ownSpeakerCodec). scratch is where an exchange's speaker
	// is read before it is found among them.
	speakers []*transcript.Speaker
	scratch  transcript.Speaker
	// arenas, by sliceSlot, hand out the elements of short slices: a
	// shard's 300 entries hold 5,000 of them (files, speakers, each
	// exchange's answerers), and one allocation each was half the
	// objects of reading it. Nil: each slice is allocated alone (a
	// record's body, read for a few calls).
	arenas []arena
}

// arena is the rest of a block of elements of one slice type.
type arena struct {
	next unsafe.Pointer
	left int // elements
}

// arenaBytes is about the size of an arena's block; a slice of more than
// a quarter of it is allocated alone.
const arenaBytes = 16 << 10

// sliceSlots numbers the slice codecs, for decoder.arenas.
var sliceSlots int

// slice returns room for n elements of the slot's slice type t (of
// elements of size bytes) from its arena, or nil when it has none for
// them.
func (d *decoder) slice(slot int, t reflect.Type, size uintptr, n int) unsafe.Pointer {
	per := max(1, int(arenaBytes/max(size, 1)))
	if d.arenas == nil || n > per/4 {
		return nil
	}
	if slot >= len(d.arenas) {
		d.arenas = append(d.arenas, make([]arena, slot+1-len(d.arenas))...)
	}
	a := &d.arenas[slot]
	if a.left < n {
		a.next, a.left = reflect.MakeSlice(t, per, per).UnsafePointer(), per
	}
	p := a.next
	a.next, a.left = unsafe.Add(p, uintptr(n)*size), a.left-n
	return p
}

type slab struct {
	next unsafe.Pointer
	left int
}

const slabLen = 32

func newDecoder(data []byte, off int) *decoder {
	return &decoder{Reader: binpack.NewReader(data, off)}
}

// alloc returns a zero value of the slot's type (size bytes, arrays of
// slabLen of them are of type slabType).
func (d *decoder) alloc(slot int, slabType reflect.Type, size uintptr) unsafe.Pointer {
	if slot >= len(d.slabs) {
		d.slabs = append(d.slabs, make([]slab, slot+1-len(d.slabs))...)
	}
	s := &d.slabs[slot]
	if s.left == 0 {
		s.next, s.left = reflect.New(slabType).UnsafePointer(), slabLen
	}
	p := s.next
	s.next, s.left = unsafe.Add(p, size), s.left-1
	return p
}

// pointerSlots numbers the pointer codecs, for decoder.slabs.
var pointerSlots int

// count reads a slice's length plus one; -1 for nil. Every element takes
// at least a byte, so a length beyond the bytes left is a broken shard,
// not a reason to allocate.
func count(d *decoder) int {
	n := d.Uvarint()
	if n == 0 {
		return -1
	}
	if n-1 > uint64(d.Left()) {
		d.Bytes(n) // past the end: d fails
		return -1
	}
	return int(n - 1)
}

var (
	codecsMu sync.Mutex
	codecs   = map[reflect.Type]*codec{}
)

// codecOf makes the codec of t once. It panics on a kind it cannot keep
// (a map, an interface, a channel, a function): a field of such a kind
// added to a cached type fails every test that saves a cache.
func codecOf(t reflect.Type) *codec {
	codecsMu.Lock()
	defer codecsMu.Unlock()
	return codecLocked(t)
}

func codecLocked(t reflect.Type) *codec {
	if c := codecs[t]; c != nil {
		return c
	}
	c := &codec{}
	codecs[t] = c // before the fields: a type may hold pointers to itself
	switch t.Kind() {
	case reflect.Bool:
		c.enc = func(b []byte, p unsafe.Pointer) []byte {
			if *(*bool)(p) {
				return append(b, 1)
			}
			return append(b, 0)
		}
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*bool)(p) = d.Byte() != 0 }
	case reflect.Int, reflect.Int64, reflect.Int32:
		size := t.Size()
		c.enc = func(b []byte, p unsafe.Pointer) []byte { return binary.AppendVarint(b, loadInt(p, size)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { storeInt(p, size, d.Varint()) }
	case reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint8:
		size := t.Size()
		c.enc = func(b []byte, p unsafe.Pointer) []byte {
			return binary.AppendUvarint(b, uint64(loadInt(p, size))&sizeMask(size))
		}
		c.dec = func(d *decoder, p unsafe.Pointer) { storeInt(p, size, int64(d.Uvarint())) }
	case reflect.Float64:
		c.enc = func(b []byte, p unsafe.Pointer) []byte { return binpack.AppendFloat(b, *(*float64)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*float64)(p) = d.Float() }
	case reflect.String:
		c.enc = func(b []byte, p unsafe.Pointer) []byte { return binpack.AppendString(b, *(*string)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*string)(p) = d.String() }
	case reflect.Pointer:
		elem := codecLocked(t.Elem())
		slot, slabType, size := pointerSlots, reflect.ArrayOf(slabLen, t.Elem()), t.Elem().Size()
		pointerSlots++
		c.enc = func(b []byte, p unsafe.Pointer) []byte {
			q := *(*unsafe.Pointer)(p)
			if q == nil {
				return append(b, 0)
			}
			return elem.enc(append(b, 1), q)
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			if d.Byte() == 0 {
				return
			}
			q := d.alloc(slot, slabType, size)
			elem.dec(d, q)
			*(*unsafe.Pointer)(p) = q
		}
	case reflect.Slice:
		fillSlice(c, t, codecLocked(t.Elem()))
	case reflect.Array:
		elem := codecLocked(t.Elem())
		size, n := t.Elem().Size(), t.Len()
		c.enc = func(b []byte, p unsafe.Pointer) []byte {
			for i := range n {
				b = elem.enc(b, unsafe.Add(p, uintptr(i)*size))
			}
			return b
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			for i := range n {
				elem.dec(d, unsafe.Add(p, uintptr(i)*size))
			}
		}
	case reflect.Struct:
		type field struct {
			off uintptr
			c   *codec
		}
		var fields []field
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() && !(t == recordType && bodyFields[f.Name]) {
				fields = append(fields, field{f.Offset, fieldCodec(t, f)})
			}
		}
		c.enc = func(b []byte, p unsafe.Pointer) []byte {
			for _, f := range fields {
				b = f.c.enc(b, unsafe.Add(p, f.off))
			}
			return b
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			for _, f := range fields {
				f.c.dec(d, unsafe.Add(p, f.off))
			}
		}
	default:
		panic(fmt.Sprintf("build cache: cannot keep a %s (%s)", t.Kind(), t))
	}
	return c
}

// fieldCodec is the codec of a struct's field: its type's, but for the
// record's speakers, which the record's exchanges then point at
// (ownSpeakerCodec), and the exchanges' speakers.
func fieldCodec(t reflect.Type, f reflect.StructField) *codec {
	plain := codecLocked(f.Type)
	switch {
	case t == recordType && f.Name == "Speakers":
		return &codec{enc: plain.enc, dec: func(d *decoder, p unsafe.Pointer) {
			plain.dec(d, p)
			d.speakers = *(*[]*transcript.Speaker)(p)
		}}
	case t == exchangeType && f.Type == speakerPtrType:
		return ownSpeakerCodec()
	case t == exchangeType && f.Type == reflect.SliceOf(speakerPtrType):
		c := &codec{}
		fillSlice(c, f.Type, ownSpeakerCodec())
		return c
	}
	return plain
}

var (
	exchangeType   = reflect.TypeFor[site.ExchangeRecord]()
	speakerPtrType = reflect.TypeFor[*transcript.Speaker]()
)

// ownSpeakerCodec codes an exchange's analyst or answerer. It writes
// what the plain pointer codec does (compactEntry leaves only the id of
// a speaker of the record), and reads it as the record's own speaker of
// that id, the last of a repeated id (decoder.speakers, read before the
// exchanges): reading each as a speaker of its own and then looking it
// up was a third of the speakers a shard allocates, all garbage. A
// speaker the record does not hold is read whole.
func ownSpeakerCodec() *codec {
	plain, elem := codecLocked(speakerPtrType), codecLocked(speakerPtrType.Elem())
	return &codec{enc: plain.enc, dec: func(d *decoder, p unsafe.Pointer) {
		if d.Byte() == 0 {
			return
		}
		d.scratch = transcript.Speaker{}
		elem.dec(d, unsafe.Pointer(&d.scratch))
		for i := len(d.speakers) - 1; i >= 0; i-- {
			if sp := d.speakers[i]; sp != nil && sp.ID == d.scratch.ID {
				*(**transcript.Speaker)(p) = sp
				return
			}
		}
		sp := d.scratch
		*(**transcript.Speaker)(p) = &sp
	}}
}

// fillSlice makes c the codec of the slice type t of elements coded by
// elem.
func fillSlice(c *codec, t reflect.Type, elem *codec) {
	size := t.Elem().Size()
	slot := sliceSlots
	sliceSlots++
	c.enc = func(b []byte, p unsafe.Pointer) []byte {
		// Every slice's header is laid out as a []byte's (its
		// length counts elements): read without reflect, which
		// allocated a Value per slice written.
		v := *(*[]byte)(p)
		if v == nil {
			return append(b, 0)
		}
		n := len(v)
		b = binary.AppendUvarint(b, uint64(n)+1)
		base := unsafe.Pointer(unsafe.SliceData(v))
		for i := range n {
			b = elem.enc(b, unsafe.Add(base, uintptr(i)*size))
		}
		return b
	}
	c.dec = func(d *decoder, p unsafe.Pointer) {
		n := count(d)
		if n < 0 {
			return
		}
		var base unsafe.Pointer
		if n > 0 {
			base = d.slice(slot, t, size, n)
		}
		if base != nil {
			// As every slice's header is laid out: n elements, room for
			// n (an append copies, as with MakeSlice).
			*(*[]byte)(p) = unsafe.Slice((*byte)(base), n)
		} else {
			s := reflect.NewAt(t, p).Elem()
			if n == 0 {
				s.Set(reflect.MakeSlice(t, 0, 0)) // empty, not nil
				return
			}
			// Grown in place: reflect.MakeSlice would allocate a slice
			// header besides the elements.
			s.Grow(n)
			s.SetLen(n)
			s.SetCap(n) // as gob and MakeSlice left it: an append copies
			base = s.UnsafePointer()
		}
		for i := range n {
			elem.dec(d, unsafe.Add(base, uintptr(i)*size))
		}
	}
}

func loadInt(p unsafe.Pointer, size uintptr) int64 {
	switch size {
	case 1:
		return int64(*(*int8)(p))
	case 4:
		return int64(*(*int32)(p))
	}
	return *(*int64)(p)
}

func storeInt(p unsafe.Pointer, size uintptr, v int64) {
	switch size {
	case 1:
		*(*int8)(p) = int8(v)
	case 4:
		*(*int32)(p) = int32(v)
	default:
		*(*int64)(p) = v
	}
}

// sizeMask keeps an unsigned integer's own bytes of the signed value
// loadInt read.
func sizeMask(size uintptr) uint64 {
	if size >= 8 {
		return math.MaxUint64
	}
	return 1<<(8*size) - 1
}

// layout describes t's fields, their names and kinds, all the way down:
// a shard opens with its hash.
func layout(t reflect.Type, seen map[reflect.Type]bool, b *strings.Builder) {
	fmt.Fprintf(b, "%s:%s", t.String(), t.Kind())
	if seen[t] {
		return
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		b.WriteString("(")
		layout(t.Elem(), seen, b)
		b.WriteString(")")
	case reflect.Array:
		fmt.Fprintf(b, "[%d](", t.Len())
		layout(t.Elem(), seen, b)
		b.WriteString(")")
	case reflect.Struct:
		b.WriteString("{")
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				b.WriteString(f.Name + " ")
				layout(f.Type, seen, b)
				b.WriteString(";")
			}
		}
		b.WriteString("}")
	}
}

// recordType is the cached record, whose bodyFields are a block of their
// own.
var recordType = reflect.TypeFor[site.Record]()

// bodyFields are the fields of a record only the pages that show the call
// draw (and the search index's part of its company): see recordBody.
var bodyFields = map[string]bool{"Key": true, "Summary": true, "Said": true}

// bodyCodec encodes and decodes the bodyFields of a site.Record.
var bodyCodec = sync.OnceValue(func() *codec {
	var parts []*codec
	var offs []uintptr
	for i := range recordType.NumField() {
		if f := recordType.Field(i); bodyFields[f.Name] {
			parts, offs = append(parts, codecOf(f.Type)), append(offs, f.Offset)
		}
	}
	return &codec{
		enc: func(b []byte, p unsafe.Pointer) []byte {
			for i, c := range parts {
				b = c.enc(b, unsafe.Add(p, offs[i]))
			}
			return b
		},
		dec: func(d *decoder, p unsafe.Pointer) {
			for i, c := range parts {
				c.dec(d, unsafe.Add(p, offs[i]))
			}
		},
	}
})

// recordBody is a cached record's body, decoded into the record on first
// need (fill). Entries made from the same cached entry share it, so that
// the cache written next copies its bytes rather than encoding it again.
type recordBody struct {
	rec  *site.Record // the record it belongs to
	data []byte       // encoded bodyFields, a slice of the shard's bytes
	once sync.Once
}

// fill decodes the body into its record once; safe for concurrent use.
// A damaged body leaves the fields it could not read empty, as a damaged
// string anywhere in a shard reads as other text. d is the decoder of a
// goroutine that fills many bodies (bodiesDecoder), nil for a body alone.
func (rb *recordBody) fill(d *decoder) {
	if rb == nil {
		return
	}
	rb.once.Do(func() {
		if d == nil {
			d = newDecoder(rb.data, 0)
		} else {
			*d.Reader = *binpack.NewReader(rb.data, 0)
		}
		bodyCodec().dec(d, unsafe.Pointer(rb.rec))
	})
}

// manyBodies is how many bodies one goroutine fills before their short
// slices are cut from shared blocks (decoder.arenas): the pages drawn from
// every call fill 5,000 bodies after an edit that changes a record, 25,000
// slices allocated one by one.
const manyBodies = 64

// bodiesDecoder is the decoder for one goroutine to fill n bodies with:
// nil (one each) for fewer than manyBodies.
func bodiesDecoder(n int) *decoder {
	if n < manyBodies {
		return nil
	}
	d := newDecoder(nil, 0)
	d.arenas = []arena{}
	return d
}

// appendBody writes e's record body block: the bytes read when the body
// was never decoded, else the record's fields.
func appendBody(b []byte, e *cacheEntry) []byte {
	switch {
	case e.body != nil:
		return append(binary.AppendUvarint(b, uint64(len(e.body.data))), e.body.data...)
	case e.Record == nil:
		return append(b, 0)
	}
	body := bodyCodec().enc(nil, unsafe.Pointer(e.Record))
	return append(binary.AppendUvarint(b, uint64(len(body))), body...)
}

// fileHeader is what opens a cache file of values of type t: what it is
// and the layout of t.
func fileHeader(what string, t reflect.Type) []byte {
	var b strings.Builder
	layout(t, map[reflect.Type]bool{}, &b)
	sum := sha256.Sum256([]byte(b.String()))
	return []byte("callsite " + what + " " + hex.EncodeToString(sum[:16]) + "\n")
}

// shardHeader opens every input shard (v2: records' bodies in blocks of
// their own).
var shardHeader = sync.OnceValue(func() []byte { return fileHeader("inputs v2", reflect.TypeFor[cacheEntry]()) })

// encodeShard writes the entries of one input shard, by path.
func encodeShard(entries map[string]*cacheEntry) []byte {
	paths := make([]string, 0, len(entries))
	for p := range entries {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	c := codecOf(reflect.TypeFor[cacheEntry]())
	// Sized for the entries copied as read: a shard of 5,000 calls is 3 MB,
	// and growing the buffer to that was all of writing it but the copy.
	size := len(shardHeader()) + binary.MaxVarintLen64
	for _, p := range paths {
		size += binary.MaxVarintLen64 + len(p) + len(entries[p].encoded)
	}
	b := append(make([]byte, 0, size), shardHeader()...)
	b = binary.AppendUvarint(b, uint64(len(paths)))
	for _, p := range paths {
		b = binpack.AppendString(b, p)
		if e := entries[p]; e.encoded != nil {
			b = append(b, e.encoded...)
			continue
		}
		b = c.enc(b, unsafe.Pointer(entries[p]))
		b = appendBody(b, entries[p])
	}
	return b
}

// decodeShard reads what encodeShard wrote. The entries' strings point
// into data, which must not change afterwards.
// entryBlock is how many entries decodeShard allocates at once.
const entryBlock = 64

func decodeShard(data []byte) (map[string]*cacheEntry, error) {
	head := shardHeader()
	if len(data) < len(head) || string(data[:len(head)]) != string(head) {
		return nil, errShard
	}
	d := newDecoder(data, len(head))
	d.arenas = []arena{}
	n := d.Uvarint()
	if d.Err() != nil || n > uint64(len(data)) {
		return nil, errShard
	}
	c := codecOf(reflect.TypeFor[cacheEntry]())
	out := make(map[string]*cacheEntry, n)
	// The entries and their bodies in blocks rather than two allocations
	// each (they live as long as the cache); blocks, not one for all, as
	// n is not yet known to be what the shard holds.
	var entries []cacheEntry
	var bodies []recordBody
	for i := range n {
		if i%entryBlock == 0 {
			entries, bodies = make([]cacheEntry, min(entryBlock, n-i)), make([]recordBody, min(entryBlock, n-i))
		}
		path := d.String()
		e := &entries[i%entryBlock]
		start := len(data) - d.Left()
		c.dec(d, unsafe.Pointer(e))
		body := d.Bytes(d.Uvarint())
		if d.Err() != nil || e.Record == nil && len(body) > 0 {
			return nil, errShard
		}
		e.encoded = data[start : len(data)-d.Left() : len(data)-d.Left()]
		if e.Record != nil {
			e.body = &bodies[i%entryBlock]
			e.body.rec, e.body.data = e.Record, body
		}
		out[path] = e
	}
	if d.Left() != 0 {
		return nil, errShard
	}
	return out, nil
}

// readShard reads an input shard file (readCacheFile).
func readShard(file string, mapped bool) (map[string]*cacheEntry, error) {
	data, err := readCacheFile(file, mapped)
	if err != nil {
		return nil, err
	}
	return decodeShard(data)
}

// readCacheFile reads a cache file, or maps it (mapFile) when mapped.
func readCacheFile(file string, mapped bool) ([]byte, error) {
	if mapped {
		return mapFile(file)
	}
	return os.ReadFile(file)
}

// writeShard writes an input shard beside file and swaps it in.
func writeShard(file string, entries map[string]*cacheEntry) error {
	return writeFile(file, encodeShard(entries))
}

// writeFile writes data beside file and swaps it in.
func writeFile(file string, data []byte) error {
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, file)
}
