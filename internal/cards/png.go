package cards

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"math/bits"
	"slices"
	"sync"
)

// encodePNG writes img as a paletted PNG, 4 bits a pixel when its palette has at most 16
// colours, else 8. Cards do not go through it (a canvas is PNG image data already, see
// writePNG); it is for tests and tools.
func encodePNG(buf *bytes.Buffer, img *image.Paletted) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	depth := 8
	if len(img.Palette) <= 16 {
		depth = 4
	}
	stride := 1 + (w*depth+7)/8
	raw := make([]byte, stride*h)
	for y := range h {
		row := raw[y*stride+1 : (y+1)*stride]
		pix := img.Pix[img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y):][:w]
		if depth == 4 {
			pack4(row, pix)
		} else {
			copy(row, pix)
		}
	}
	writePNG(buf, w, h, depth, img.Palette, raw)
}

// pack4 writes pix, palette indexes below 16, two to a byte, the first in the high nibble;
// an odd last pixel is padded with 0.
func pack4(dst, pix []byte) {
	for i := 0; i < len(pix); i += 2 {
		b := pix[i] << 4
		if i+1 < len(pix) {
			b |= pix[i+1] & 0x0f
		}
		dst[i/2] = b
	}
}

// writePNG writes a w x h paletted PNG of depth bits a pixel whose image data is raw: h
// rows of 1 + (w*depth+7)/8 bytes, each a filter byte, 0 (none), then the row's palette
// indexes. The output is a standard PNG (signature, IHDR, PLTE, one IDAT, IEND); the same
// picture always gives the same bytes.
//
// Why not image/png: a card is a few lines of text on a flat background, and the general
// deflate of compress/flate (hashing every position to find repeats anywhere in the last
// 32 KB) was three quarters of a card's CPU. On such a picture nearly everything that
// repeats is either the byte before (a run of background or of a flat colour) or the byte
// above (the rows between lines of text, the accent bar, the straight parts of letters), so
// the encoder looks for those two repeats only, and writes what it finds at once with one
// Huffman code made for cards (cardCode) rather than one per picture: one pass over the
// pixels, nothing stored between.
func writePNG(buf *bytes.Buffer, w, h, depth int, pal color.Palette, raw []byte) {
	st := pngScratch.Get().(*pngState)
	defer pngScratch.Put(st)

	buf.WriteString("\x89PNG\r\n\x1a\n")

	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = byte(depth)
	ihdr[9] = 3 // colour type: palette
	writeChunk(buf, "IHDR", ihdr[:])

	plte := st.out[:0]
	for _, c := range pal {
		r, g, b, _ := c.RGBA()
		plte = append(plte, byte(r>>8), byte(g>>8), byte(b>>8))
	}
	writeChunk(buf, "PLTE", plte)

	stride := 1 + (w*depth+7)/8
	// Room for the worst case, every byte a literal of the longest code, so that the bit
	// writer never checks for it.
	z := slices.Grow(st.out[:0], 2*len(raw)+1024+8)
	z = append(z, 0x78, 0x01) // zlib header: deflate, 32 KB window, fastest level
	z = deflate(z, raw, stride, cardCode())
	z = binary.BigEndian.AppendUint32(z, adler32(raw))
	writeChunk(buf, "IDAT", z)
	st.out = z
	writeChunk(buf, "IEND", nil)
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
	out []byte // PLTE, then the zlib stream
}

var pngScratch = sync.Pool{New: func() any { return new(pngState) }}

const (
	minMatch = 3
	maxMatch = 258
	adlerMod = 65521
)

// bitCode is a Huffman code with any extra bits after it, as deflate writes them (first
// bit lowest), and its length in bits.
type bitCode struct {
	bits uint32
	n    uint8
}

// huffmanCode is a deflate block's code: a code for each literal, one for each match
// length (its symbol and extra bits together), the distance code, and the block's header
// that declares them.
type huffmanCode struct {
	lit       [256]bitCode
	length    [maxMatch + 1]bitCode
	end       bitCode // end of block
	distLen   [30]uint8
	distCode  [30]uint16
	header    []byte // BFINAL, BTYPE and the code lengths: headerBits bits
	headerBit int
}

// distance is the code and extra bits of a match distance.
func (hc *huffmanCode) distance(d int) bitCode {
	c := distCode(d)
	l := hc.distLen[c]
	return bitCode{uint32(hc.distCode[c]) | uint32(d-int(distBase[c]))<<l, l + distExtra[c]}
}

// symbolCounts are how often each symbol of deflate's two alphabets is used.
type symbolCounts struct {
	lit  [286]int32
	dist [30]int32
}

// scan finds the literals and matches of raw, rows of stride bytes, and either counts
// their symbols (counts not nil) or writes them with hc (into bw).
//
// A match is one of two repeats: a run of the byte before, or the bytes of the row above.
// Most of a card repeats the row above: whole rows (the space between lines of text) and
// the start and end of the others (the margins, and the background past a short line). So
// scan takes a row at a time: a row equal to the one above (compared as a whole, which is
// cheap) and the equal start and end of a row only lengthen the repeat of the row above
// that is pending, written once something else comes (as matches of up to maxMatch bytes,
// across rows). Between them, in the part of the row that differs, it looks for both
// repeats: at a byte where either is at least minMatch long it takes the longer (on a tie
// the run, a shorter distance); elsewhere it writes the byte as a literal. Most bytes there
// are literals, so it does not try each byte in turn: it compares eight bytes at once with
// the bytes before and above them, and writes the literals up to the first byte where a
// repeat of three starts.
func scan(raw []byte, stride int, hc *huffmanCode, counts *symbolCounts, bw *bitWriter) {
	s := scanner{raw: raw, stride: stride, hc: hc, counts: counts, bw: bw, upSym: distCode(stride)}
	if hc != nil {
		s.one, s.up = hc.distance(1), hc.distance(stride)
	}
	// The first row has no row above: runs and literals.
	first := min(stride, len(raw))
	for i := 0; i < first; {
		if i > 0 {
			if n := runLen(raw[i:first], raw[i-1]); n >= minMatch {
				s.match(n, false)
				i += n
				continue
			}
		}
		s.literals(i, i+1)
		i++
	}
	for row := stride; row < len(raw); row += stride {
		cur, above := raw[row:min(row+stride, len(raw))], raw[row-stride:]
		if bytes.Equal(cur, above[:len(cur)]) {
			s.pendingUp += len(cur)
			continue
		}
		head := commonPrefix(cur, above)
		tail := commonSuffix(cur[head:], above[head:len(cur)])
		s.pendingUp += head
		s.differing(row+head, row+len(cur)-tail)
		s.pendingUp += tail
	}
	if s.pendingUp > 0 {
		s.flushUp(len(raw))
	}
}

// differing finds the repeats of raw[from:to], bytes that differ from the row above at
// from and at to-1.
func (s *scanner) differing(from, to int) {
	raw, stride := s.raw, s.stride
	i := from
	for i < to {
		if i+16 > len(raw) {
			i = s.at(i, to, true, true)
			continue
		}
		// Bit k: a run, or a repeat of the row above, of at least three bytes starts at i+k.
		run := equalBytes(raw[i:], raw[i-1:])
		above := equalBytes(raw[i:], raw[i-stride:])
		run &= run >> 1 & (run >> 2)
		above &= above >> 1 & (above >> 2)
		starts := (run | above) & 0xff
		if left := to - i; left < 8 {
			starts &= 1<<left - 1
		}
		if starts == 0 {
			next := min(i+8, to)
			s.literals(i, next)
			i = next
			continue
		}
		k := bits.TrailingZeros64(starts)
		if k > 0 {
			s.literals(i, i+k)
		}
		i = s.at(i+k, to, run>>k&1 != 0, above>>k&1 != 0)
	}
}

// equalBytes has bit k set, for k below 16, where a[k] == b[k].
func equalBytes(a, b []byte) uint64 {
	lo := binary.LittleEndian.Uint64(a) ^ binary.LittleEndian.Uint64(b)
	hi := binary.LittleEndian.Uint64(a[8:]) ^ binary.LittleEndian.Uint64(b[8:])
	return zeroBytes(lo) | zeroBytes(hi)<<8
}

// zeroBytes has bit k set where byte k of x is 0.
func zeroBytes(x uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	z := ^(x&low7 + low7 | x | low7) // the high bit of each zero byte
	return (z >> 7) * 0x0102040810204080 >> 56
}

// scanner is what scan writes with.
type scanner struct {
	raw       []byte
	stride    int
	hc        *huffmanCode
	counts    *symbolCounts
	bw        *bitWriter
	one, up   bitCode // the distances' codes
	upSym     int     // the distance symbol of the row above
	pendingUp int     // bytes before the next to write that repeat the row above, not written yet
}

// literals writes raw[from:to] as literals.
func (s *scanner) literals(from, to int) {
	if s.pendingUp > 0 {
		s.flushUp(from)
	}
	if s.counts != nil {
		for _, b := range s.raw[from:to] {
			s.counts.lit[b]++
		}
		return
	}
	// Literals are most of the symbols of a card, in no pattern: the bit writer's state is
	// kept in locals, which stay in registers, and all of it is stored at every literal,
	// moving on by the whole bytes done, so that there is no branch to guess wrong.
	lit, bw := &s.hc.lit, s.bw
	out, n, acc, nbits := bw.out, bw.n, bw.acc, bw.nbits
	for _, b := range s.raw[from:to] {
		c := lit[b]
		acc |= uint64(c.bits) << (nbits & 63) // nbits is below 32: the masks only spare checks
		nbits += c.n
		binary.LittleEndian.PutUint64(out[n:], acc)
		done := nbits / 8
		n += int(done)
		acc >>= done * 8 & 63
		nbits %= 8
	}
	bw.n, bw.acc, bw.nbits = n, acc, nbits
}

// at writes the longer repeat at i, ending by to, or the byte as a literal, and returns
// where the next one starts. Where run or above is not set, that repeat is known to be
// shorter than minMatch.
func (s *scanner) at(i, to int, run, above bool) int {
	raw := s.raw
	runN, upN := 0, 0
	if run {
		runN = runLen(raw[i:to], raw[i-1])
	}
	// The row above can only repeat more than the run if it repeats the byte that ended
	// the run: one byte compared rules out most of them.
	if j := i + runN; above && j < to && raw[j] == raw[j-s.stride] {
		upN = commonPrefix(raw[i:to], raw[i-s.stride:])
	}
	switch {
	case runN >= minMatch && runN >= upN:
		if s.pendingUp > 0 {
			s.flushUp(i)
		}
		s.match(runN, false)
		return i + runN
	case upN >= minMatch:
		s.pendingUp += upN
		return i + upN
	}
	s.literals(i, i+1)
	return i + 1
}

// flushUp writes the pending repeat of the row above, which ends before raw[end]: matches
// of at most maxMatch bytes, none shorter than minMatch, or literals when it is shorter
// than that.
func (s *scanner) flushUp(end int) {
	n := s.pendingUp
	s.pendingUp = 0
	if n < minMatch {
		s.literals(end-n, end)
		return
	}
	for n > 0 {
		m := min(n, maxMatch)
		if r := n - m; r > 0 && r < minMatch {
			m -= minMatch - r // leave a last match of minMatch
		}
		s.match(m, true)
		n -= m
	}
}

// match writes a match of n bytes: a repeat of the row above (up) or of the byte before.
func (s *scanner) match(n int, up bool) {
	if s.counts != nil {
		s.counts.lit[lengthCodes[n-minMatch].code]++
		if up {
			s.counts.dist[s.upSym]++
		} else {
			s.counts.dist[0]++
		}
		return
	}
	dist := s.one
	if up {
		dist = s.up
	}
	c := s.hc.length[n]
	s.bw.write(c.bits, c.n)
	s.bw.write(dist.bits, dist.n)
}

// deflate appends to z the deflate stream of raw, rows of stride bytes, as one block
// coded with hc.
func deflate(z []byte, raw []byte, stride int, hc *huffmanCode) []byte {
	bw := bitWriter{out: z[:cap(z)], n: len(z)}
	for i := 0; i+8 <= hc.headerBit; i += 8 {
		bw.write(uint32(hc.header[i/8]), 8)
	}
	if r := hc.headerBit % 8; r != 0 {
		bw.write(uint32(hc.header[hc.headerBit/8]), uint8(r))
	}
	scan(raw, stride, hc, nil, &bw)
	bw.write(hc.end.bits, hc.end.n)
	return bw.flush()
}

// cardCode is the Huffman code every card is written with: made from the symbols of a few
// cards drawn once (codeSamples), every symbol counted once more so that any picture can
// be written with it. A code per card would make cards about 2% smaller, for a second
// pass over the pixels and the code to build: a fifth of the encoder's time.
var cardCode = sync.OnceValue(func() *huffmanCode {
	var counts symbolCounts
	if fs, err := loadFonts(); err == nil {
		for _, c := range codeSamples {
			cv, err := newCanvas(fs)
			if err != nil {
				break
			}
			cv.layout(c)
			scan(cv.pix, rowBytes, nil, &counts, nil)
			cv.release()
		}
	}
	for i := range counts.lit {
		counts.lit[i]++
	}
	for i := range counts.dist {
		counts.dist[i]++
	}
	return newHuffmanCode(&counts)
})

// newHuffmanCode makes the code for symbols counted, every one of which is used at least
// once.
func newHuffmanCode(counts *symbolCounts) *huffmanCode {
	var litLen [286]uint8
	var litCode [286]uint16
	hc := new(huffmanCode)
	huffmanLengths(counts.lit[:], 15, litLen[:])
	huffmanLengths(counts.dist[:], 15, hc.distLen[:])
	canonical(litLen[:], litCode[:])
	canonical(hc.distLen[:], hc.distCode[:])
	for b := range hc.lit {
		hc.lit[b] = bitCode{uint32(litCode[b]), litLen[b]}
	}
	hc.end = bitCode{uint32(litCode[256]), litLen[256]}
	for m := minMatch; m <= maxMatch; m++ {
		lc := lengthCodes[m-minMatch]
		l := litLen[lc.code]
		hc.length[m] = bitCode{uint32(litCode[lc.code]) | uint32(m-int(lc.base))<<l, l + lc.extra}
	}
	bw := bitWriter{out: make([]byte, 1024)}
	bw.write(1, 1) // final block
	bw.write(2, 2) // dynamic Huffman codes
	writeCodeLengths(&bw, litLen[:], hc.distLen[:])
	hc.headerBit = bw.n*8 + int(bw.nbits)
	hc.header = bw.flush()
	return hc
}

// adler32 is the Adler-32 checksum of b (RFC 1950), sixteen bytes a step: for bytes
// x0..x15, s2 gains 16·s1 + 16·x0 + 15·x1 + … + 1·x15 and s1 gains their sum. The sums are
// taken on four 16-bit lanes at once (even and odd bytes apart) by multiplications, so
// there is one dependent addition per sixteen bytes rather than per byte.
func adler32(b []byte) uint32 {
	const (
		lanes = 0x00ff00ff00ff00ff
		ones  = 0x0001000100010001
		even  = 8<<48 | 6<<32 | 4<<16 | 2 // weights of x0, x2, x4, x6 in the top lane
		odd   = 7<<48 | 5<<32 | 3<<16 | 1 // of x1, x3, x5, x7
		// Steps between reductions: s1 stays below 2^24 and s2 far below 2^64.
		block = 2048
	)
	var s1, s2 uint64 = 1, 0
	for len(b) >= 16 {
		n := min(len(b)/16, block)
		for w := b[:n*16]; len(w) >= 16; w = w[16:] {
			x, y := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:16])
			if x|y == 0 {
				// Background, most of a card: sixteen zeros add nothing to s1.
				s2 += 16 * s1
				continue
			}
			ex, ox := x&lanes, x>>8&lanes
			ey, oy := y&lanes, y>>8&lanes
			// The first eight bytes weigh 8 more each than the second eight.
			sx, sy := (ex+ox)*ones>>48, (ey+oy)*ones>>48
			s2 += 16*s1 + 8*sx + (ex+ey)*even>>48 + (ox+oy)*odd>>48
			s1 += sx + sy
		}
		b = b[n*16:]
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

// commonPrefix is how many bytes at the start of a equal those of b, which is no shorter:
// past the first 32, 64 at a time while they are equal (bytes.Equal compares them with
// vector instructions), then eight.
func commonPrefix(a, b []byte) int {
	// Most repeats inside a line of text are short: words first.
	n := 0
	for ; n < 32 && n+8 <= len(a); n += 8 {
		if x := binary.LittleEndian.Uint64(a[n:]) ^ binary.LittleEndian.Uint64(b[n:]); x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
	}
	for n+64 <= len(a) && bytes.Equal(a[n:n+64], b[n:n+64]) {
		n += 64
	}
	for ; n+8 <= len(a); n += 8 {
		if x := binary.LittleEndian.Uint64(a[n:]) ^ binary.LittleEndian.Uint64(b[n:]); x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
	}
	for ; n < len(a) && a[n] == b[n]; n++ {
	}
	return n
}

// commonSuffix is how many bytes at the end of a equal those at the end of b, of the same
// length.
func commonSuffix(a, b []byte) int {
	n := len(a)
	for n >= 64 && bytes.Equal(a[n-64:n], b[n-64:n]) {
		n -= 64
	}
	for ; n >= 8; n -= 8 {
		if x := binary.LittleEndian.Uint64(a[n-8:]) ^ binary.LittleEndian.Uint64(b[n-8:]); x != 0 {
			return len(a) - n + bits.LeadingZeros64(x)/8
		}
	}
	for ; n > 0 && a[n-1] == b[n-1]; n-- {
	}
	return len(a) - n
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
	bw.write(uint32(nLit-257), 5)
	bw.write(uint32(nDist-1), 5)
	bw.write(uint32(nCL-4), 4)
	for _, s := range codeLengthOrder[:nCL] {
		bw.write(uint32(clLen[s]), 3)
	}
	extraBits := [19]uint8{16: 2, 17: 3, 18: 7}
	for _, s := range syms {
		sym := s & 0xff
		bw.write(uint32(clCode[sym]), clLen[sym])
		if e := extraBits[sym]; e > 0 {
			bw.write(uint32(s>>8), e)
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

// bitWriter writes bits into out from n on, low bit first. out must have room for every
// bit written and eight bytes more (the caller sizes it for the worst case).
type bitWriter struct {
	out   []byte
	n     int // bytes of out written
	acc   uint64
	nbits uint8
}

// write adds the n low bits of v, n at most 32.
func (w *bitWriter) write(v uint32, n uint8) {
	w.acc |= uint64(v) << (w.nbits & 63) // nbits is below 32: the mask only spares a check
	w.nbits += n
	if w.nbits >= 32 {
		binary.LittleEndian.PutUint32(w.out[w.n:], uint32(w.acc))
		w.n += 4
		w.acc >>= 32
		w.nbits -= 32
	}
}

// flush writes the bits left, padded with zeros to a whole byte, and returns out up to
// them.
func (w *bitWriter) flush() []byte {
	for w.nbits > 0 {
		w.out[w.n] = byte(w.acc)
		w.n++
		w.acc >>= 8
		w.nbits -= min(w.nbits, 8)
	}
	return w.out[:w.n]
}
