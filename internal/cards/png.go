package cards

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"math/bits"
	"slices"
	"sync"
)

// encodePNG writes img as an 8-bit paletted PNG with its own deflate encoder.
//
// Why not image/png: a card is a few runs of text on a flat background, and the general
// deflate of compress/flate (hashing every position to find repeats anywhere in the last
// 32 KB) was three quarters of a card's CPU. On such a picture nearly everything that
// repeats is either the byte before (a run of background or of a flat colour) or the pixel
// above (the rows between lines of text, the accent bar), so this encoder looks for those
// two repeats only, then codes the result with Huffman codes made for the card (one dynamic
// deflate block). Rows are not filtered: PNG's filters do not help paletted images.
//
// The output is a standard PNG (signature, IHDR, PLTE, one IDAT, IEND); the same image
// always gives the same bytes.
func encodePNG(buf *bytes.Buffer, img *image.Paletted) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	st := pngScratch.Get().(*pngState)
	defer pngScratch.Put(st)

	buf.Write([]byte("\x89PNG\r\n\x1a\n"))

	// Four bits a pixel when the palette allows: half the bytes to compress.
	depth := 8
	if len(img.Palette) <= 16 {
		depth = 4
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = byte(depth)
	ihdr[9] = 3 // colour type: palette
	writeChunk(buf, "IHDR", ihdr[:])

	pal := st.chunk[:0]
	for _, c := range img.Palette {
		r, g, b, _ := c.RGBA()
		pal = append(pal, byte(r>>8), byte(g>>8), byte(b>>8))
	}
	writeChunk(buf, "PLTE", pal)

	// The filtered image data: each row preceded by its filter type, 0 (none).
	stride := 1 + (w*depth+7)/8
	raw := slices.Grow(st.raw[:0], stride*h)[:stride*h]
	for y := range h {
		row := raw[y*stride : (y+1)*stride]
		row[0] = 0
		pix := img.Pix[img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y):][:w]
		if depth == 4 {
			pack4(row[1:], pix)
		} else {
			copy(row[1:], pix)
		}
	}
	st.raw = raw

	z := st.chunk[:0]
	z = append(z, 0x78, 0x01) // zlib header: deflate, 32 KB window, fastest level
	z = st.deflate(z, raw, stride)
	z = binary.BigEndian.AppendUint32(z, adler32(raw))
	writeChunk(buf, "IDAT", z)
	st.chunk = z
	writeChunk(buf, "IEND", nil)
}

// pack4 writes pix, palette indexes below 16, two to a byte, the first in the high nibble;
// an odd last pixel is padded with 0.
func pack4(dst, pix []byte) {
	const lanes = 0x00ff00ff00ff00ff
	i := 0
	for ; i+8 <= len(pix); i += 8 {
		x := binary.LittleEndian.Uint64(pix[i:])
		// Each 16-bit lane becomes its two pixels in one byte, then the lanes close up.
		x = (x&lanes)<<4 | x>>8&lanes
		x = (x | x>>8) & 0x0000ffff0000ffff
		x = (x | x>>16) & 0xffffffff
		binary.LittleEndian.PutUint32(dst[i/2:], uint32(x))
	}
	for ; i < len(pix); i += 2 {
		b := pix[i] << 4
		if i+1 < len(pix) {
			b |= pix[i+1] & 0x0f
		}
		dst[i/2] = b
	}
}

func writeChunk(buf *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	buf.Write(n[:])
	crc := crc32.Update(crc32.ChecksumIEEE([]byte(kind)), crc32.IEEETable, data)
	buf.WriteString(kind)
	buf.Write(data)
	binary.BigEndian.PutUint32(n[:], crc)
	buf.Write(n[:])
}

// pngState is an encoder's scratch memory, pooled between cards.
type pngState struct {
	raw    []byte  // filtered rows
	chunk  []byte  // PLTE, then the zlib stream
	tokens []token // literals and matches, in order
	bw     bitWriter
}

var pngScratch = sync.Pool{New: func() any { return new(pngState) }}

// token is a literal byte (below 256) or a match: matchFlag | length<<16 | distance.
type token uint32

const matchFlag token = 1 << 31

const (
	minMatch = 3
	maxMatch = 258
	adlerMod = 65521
)

// deflate appends to z the deflate stream of raw, rows of stride bytes.
func (st *pngState) deflate(z []byte, raw []byte, stride int) []byte {
	tokens := st.tokens[:0]
	var litFreq [286]int32
	var distFreq [30]int32
	upCode := distCode(stride)
	for i := 0; i < len(raw); {
		// The longer of the two repeats; on a tie, the run (no bytes to sum, a short distance).
		// Most positions in text repeat neither: one byte compared rules each out.
		run, up := 0, 0
		if i > 0 && raw[i] == raw[i-1] {
			run = runLen(raw[i:], raw[i-1])
		}
		if i >= stride && run < maxMatch && raw[i] == raw[i-stride] {
			up = matchLen(raw[i:], raw[i-stride:])
		}
		switch {
		case run >= minMatch && run >= up:
			tokens = append(tokens, matchFlag|token(run)<<16|1)
			litFreq[lengthCodes[run-minMatch].code]++
			distFreq[0]++
			i += run
		case up >= minMatch:
			tokens = append(tokens, matchFlag|token(up)<<16|token(stride))
			litFreq[lengthCodes[up-minMatch].code]++
			distFreq[upCode]++
			i += up
		default:
			b := raw[i]
			tokens = append(tokens, token(b))
			litFreq[b]++
			i++
		}
	}
	st.tokens = tokens

	litFreq[256]++ // end of block
	// Two codes at least in each alphabet, so that every code is a complete tree.
	litFreq[0] = max(litFreq[0], 1)
	distFreq[0] = max(distFreq[0], 1) // and huffmanLengths adds a second when alone
	var litLen [286]uint8
	var distLen [30]uint8
	huffmanLengths(litFreq[:], 15, litLen[:])
	huffmanLengths(distFreq[:], 15, distLen[:])
	var litCode [286]uint16
	var distCodes [30]uint16
	canonical(litLen[:], litCode[:])
	canonical(distLen[:], distCodes[:])

	bw := &st.bw
	bw.reset(z)
	bw.write(1, 1) // final block
	bw.write(2, 2) // dynamic Huffman codes
	writeCodeLengths(bw, litLen[:], distLen[:])
	for _, t := range tokens {
		if t&matchFlag == 0 {
			bw.write(uint64(litCode[t]), uint(litLen[t]))
			continue
		}
		n, d := int(t>>16&0x1ff), int(t&0xffff)
		lc := lengthCodes[n-minMatch]
		l := uint(litLen[lc.code])
		bw.write(uint64(litCode[lc.code])|uint64(n-int(lc.base))<<l, l+uint(lc.extra))
		dc := 0
		if d != 1 {
			dc = upCode
		}
		l = uint(distLen[dc])
		bw.write(uint64(distCodes[dc])|uint64(d-int(distBase[dc]))<<l, l+uint(distExtra[dc]))
	}
	bw.write(uint64(litCode[256]), uint(litLen[256]))
	return bw.flush()
}

// adler32 is the Adler-32 checksum of b (RFC 1950), eight bytes a step: for bytes
// x0..x7, s2 gains 8·s1 + 8·x0 + 7·x1 + … + 1·x7 and s1 gains their sum. The sums are
// taken on four 16-bit lanes at once (even and odd bytes apart) by multiplications, so
// there is one dependent addition per eight bytes rather than per byte.
func adler32(b []byte) uint32 {
	const (
		lanes = 0x00ff00ff00ff00ff
		ones  = 0x0001000100010001
		even  = 8<<48 | 6<<32 | 4<<16 | 2 // weights of x0, x2, x4, x6 in the top lane
		odd   = 7<<48 | 5<<32 | 3<<16 | 1 // of x1, x3, x5, x7
		// Steps between reductions: s1 stays below 2^21 and s2 far below 2^64.
		block = 512
	)
	var s1, s2 uint64 = 1, 0
	for len(b) >= 8 {
		n := min(len(b)/8, block)
		for w := b[:n*8]; len(w) >= 8; w = w[8:] {
			x := binary.LittleEndian.Uint64(w)
			e, o := x&lanes, x>>8&lanes
			s2 += 8*s1 + (e*even)>>48 + (o*odd)>>48
			s1 += ((e + o) * ones) >> 48
		}
		b = b[n*8:]
		s1 %= adlerMod
		s2 %= adlerMod
	}
	for _, c := range b {
		s1 += uint64(c)
		s2 += s1
	}
	return uint32(s2%adlerMod<<16 | s1%adlerMod)
}

// runLen is how many bytes at the start of b equal c, at most maxMatch.
func runLen(b []byte, c byte) int {
	b = b[:min(len(b), maxMatch)]
	pattern := uint64(c) * 0x0101010101010101
	n := 0
	for ; n+8 <= len(b); n += 8 {
		if x := binary.LittleEndian.Uint64(b[n:]) ^ pattern; x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
	}
	for ; n < len(b) && b[n] == c; n++ {
	}
	return n
}

// matchLen is how many bytes at the start of a equal those of b, at most maxMatch.
func matchLen(a, b []byte) int {
	a = a[:min(len(a), maxMatch)]
	n := 0
	for ; n+8 <= len(a); n += 8 {
		if x := binary.LittleEndian.Uint64(a[n:]) ^ binary.LittleEndian.Uint64(b[n:]); x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
	}
	for ; n < len(a) && a[n] == b[n]; n++ {
	}
	return n
}

// lengthCode is the deflate code of a match length: its symbol, the length it stands for
// and how many extra bits follow.
type lengthCode struct {
	code  uint16
	base  uint16
	extra uint8
}

// lengthCodes is indexed by length-minMatch (RFC 1951, 3.2.5).
var lengthCodes = func() (t [maxMatch - minMatch + 1]lengthCode) {
	bases := [...]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43,
		51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	extras := [...]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
		4, 5, 5, 5, 5, 0}
	for i, base := range bases {
		end := maxMatch + 1
		if i+1 < len(bases) {
			end = int(bases[i+1])
		}
		for n := int(base); n < end; n++ {
			t[n-minMatch] = lengthCode{code: uint16(257 + i), base: base, extra: extras[i]}
		}
	}
	return t
}()

var (
	distBase = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
		513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9,
		10, 10, 11, 11, 12, 12, 13, 13}
)

// distCode is the deflate code of a match distance (1 to 32768).
func distCode(d int) int {
	c := 0
	for c+1 < len(distBase) && int(distBase[c+1]) <= d {
		c++
	}
	return c
}

// codeLengthOrder is the order the lengths of the code-length code are written in.
var codeLengthOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// writeCodeLengths writes a dynamic block's header: the code lengths of both alphabets,
// run-length coded (RFC 1951, 3.2.7).
func writeCodeLengths(bw *bitWriter, litLen, distLen []uint8) {
	nLit := 257
	for i := len(litLen); i > 257; i-- {
		if litLen[i-1] != 0 {
			nLit = i
			break
		}
	}
	nDist := 1
	for i := len(distLen); i > 1; i-- {
		if distLen[i-1] != 0 {
			nDist = i
			break
		}
	}
	all := make([]uint8, 0, nLit+nDist)
	all = append(append(all, litLen[:nLit]...), distLen[:nDist]...)

	// Symbols of the code-length alphabet with their extra bits: sym | extra<<8.
	var syms []uint16
	var freq [19]int32
	emit := func(sym, extra int) {
		syms = append(syms, uint16(sym|extra<<8))
		freq[sym]++
	}
	for i := 0; i < len(all); {
		v := all[i]
		n := 1
		for i+n < len(all) && all[i+n] == v {
			n++
		}
		i += n
		if v == 0 {
			for n >= 11 {
				k := min(n, 138)
				emit(18, k-11)
				n -= k
			}
			if n >= 3 {
				emit(17, n-3)
				n = 0
			}
		} else {
			emit(int(v), 0)
			n--
			for n >= 3 {
				k := min(n, 6)
				emit(16, k-3)
				n -= k
			}
		}
		for ; n > 0; n-- {
			emit(int(v), 0)
		}
	}
	var clLen [19]uint8
	var clCode [19]uint16
	huffmanLengths(freq[:], 7, clLen[:])
	canonical(clLen[:], clCode[:])
	nCL := 4
	for i := 19; i > 4; i-- {
		if clLen[codeLengthOrder[i-1]] != 0 {
			nCL = i
			break
		}
	}
	bw.write(uint64(nLit-257), 5)
	bw.write(uint64(nDist-1), 5)
	bw.write(uint64(nCL-4), 4)
	for _, s := range codeLengthOrder[:nCL] {
		bw.write(uint64(clLen[s]), 3)
	}
	extraBits := [19]uint{16: 2, 17: 3, 18: 7}
	for _, s := range syms {
		sym := s & 0xff
		bw.write(uint64(clCode[sym]), uint(clLen[sym]))
		if e := extraBits[sym]; e > 0 {
			bw.write(uint64(s>>8), e)
		}
	}
}

// huffmanLengths sets lengths[i] to the length of the Huffman code of symbol i for the
// frequencies freq, none longer than maxBits; unused symbols get 0. Where the optimal code
// is too deep, the frequencies are halved (none below 1) and the code made again, which
// flattens it until it fits. When one symbol is used it gets length 1, with a second one
// so the code stays a complete tree.
func huffmanLengths(freq []int32, maxBits int, lengths []uint8) {
	type node struct {
		weight      int64
		left, right int // children, -1 for a leaf
		sym         int
	}
	f := make([]int64, len(freq))
	for i, v := range freq {
		f[i] = int64(v)
	}
	used := 0
	for _, v := range f {
		if v > 0 {
			used++
		}
	}
	if used < 2 {
		for i := range f {
			if used >= 2 {
				break
			}
			if f[i] == 0 {
				f[i] = 1
				used++
			}
		}
	}
	for {
		clear(lengths)
		var nodes []node
		for s, v := range f {
			if v > 0 {
				nodes = append(nodes, node{weight: v, left: -1, right: -1, sym: s})
			}
		}
		// Leaves by weight, then symbol: the tree, so the bytes, depend on nothing else.
		slices.SortStableFunc(nodes, func(a, b node) int {
			if a.weight != b.weight {
				if a.weight < b.weight {
					return -1
				}
				return 1
			}
			return a.sym - b.sym
		})
		leaves := len(nodes)
		// Two queues: leaves in order, and inner nodes, made in non-decreasing weight.
		li, ii := 0, leaves
		pick := func() int {
			if li < leaves && (ii >= len(nodes) || nodes[li].weight <= nodes[ii].weight) {
				li++
				return li - 1
			}
			ii++
			return ii - 1
		}
		for k := 0; k < leaves-1; k++ {
			a := pick()
			b := pick()
			nodes = append(nodes, node{weight: nodes[a].weight + nodes[b].weight, left: a, right: b, sym: -1})
		}
		// Depths from the root down.
		depth := make([]int, len(nodes))
		deepest := 0
		for n := len(nodes) - 1; n >= 0; n-- {
			if nodes[n].left >= 0 {
				depth[nodes[n].left] = depth[n] + 1
				depth[nodes[n].right] = depth[n] + 1
			} else {
				lengths[nodes[n].sym] = uint8(depth[n])
				deepest = max(deepest, depth[n])
			}
		}
		if deepest <= maxBits {
			return
		}
		for i, v := range f {
			if v > 0 {
				f[i] = max(v/2, 1)
			}
		}
	}
}

// canonical sets codes[i] to the canonical Huffman code of lengths[i], bit-reversed as
// deflate writes codes (most significant bit first into a stream filled from the low bit).
func canonical(lengths []uint8, codes []uint16) {
	var count [16]uint16
	for _, l := range lengths {
		count[l]++
	}
	count[0] = 0
	var next [16]uint16
	code := uint16(0)
	for b := 1; b < 16; b++ {
		code = (code + count[b-1]) << 1
		next[b] = code
	}
	for i, l := range lengths {
		if l == 0 {
			codes[i] = 0
			continue
		}
		codes[i] = bits.Reverse16(next[l]) >> (16 - l)
		next[l]++
	}
}

// bitWriter appends bits to a byte slice, low bit first.
type bitWriter struct {
	out   []byte
	acc   uint64
	nbits uint
}

func (w *bitWriter) reset(out []byte) { *w = bitWriter{out: out} }

// write adds the n low bits of v, n at most 32.
func (w *bitWriter) write(v uint64, n uint) {
	w.acc |= v << w.nbits
	w.nbits += n
	if w.nbits >= 32 {
		w.out = binary.LittleEndian.AppendUint32(w.out, uint32(w.acc))
		w.acc >>= 32
		w.nbits -= 32
	}
}

// flush writes the bits left, padded with zeros to a whole byte, and returns the bytes.
func (w *bitWriter) flush() []byte {
	for w.nbits > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nbits = w.nbits - min(w.nbits, 8)
	}
	return w.out
}
