package transcript

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Fingerprint is a MinHash sketch of a call's words (runs of four words)
// and how many runs it has: two sketches agree in about the share of
// positions that the two texts share word runs (their Jaccard index),
// whatever their format, so a fool.com page and its JSON scrape match, and
// so does a copy of the prepared remarks alone; two different calls do
// not. The zero Fingerprint is unknown.
type Fingerprint struct {
	Sig [64]uint32
	N   int // distinct word runs
}

const shingle = 4

// sigHashes are the sketch's hash functions, one per position: a word
// run's hash, multiplied and shifted (Dietzfelbinger's multiply-shift),
// which is as good for MinHash as a hash of its own per position and a
// few times cheaper. Position i takes mul[i] and add[i]: each an array of
// its own, so that eight positions are one vector (minProducts).
var sigHashes = func() (hs positionHashes) {
	for i := range hs.mul {
		hs.mul[i] = mix(uint64(2*i+1)*0x9e3779b97f4a7c15) | 1
		hs.add[i] = mix(uint64(2*i+2) * 0x9e3779b97f4a7c15)
	}
	return hs
}()

// positionHashes are the multipliers and addends of the sketch's positions.
type positionHashes struct {
	mul, add [len(Fingerprint{}.Sig)]uint64
}

// runBufs lend fingerprint room for a call's word runs: tens of thousands
// of them, which growing a new slice for every call allocated again. Each
// holds the runs and the room countDistinct sets them in.
var runBufs = sync.Pool{New: func() any { return new([2][]uint64) }}

// fingerprint sketches the words of the call's paragraphs.
func fingerprint(t *Transcript) Fingerprint {
	buf := runBufs.Get().(*[2][]uint64)
	defer runBufs.Put(buf)
	w := wordHashes{hashes: buf[0][:0]}
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				w.words(p.Text)
			}
		}
	}
	buf[0] = w.hashes // grown, for the next call
	runs := wordRuns(w.hashes)
	if len(runs) == 0 {
		return Fingerprint{}
	}
	// The sketch is the same over every run as over each distinct run
	// once (a least hash is least however often it comes), so only their
	// number needs them told apart; mixed runs are as many as the runs
	// (mix is a bijection).
	n, room := countDistinct(runs, buf[1])
	buf[1] = room
	f := Fingerprint{N: n}
	signature(&f.Sig, runs)
	return f
}

// signature sets each position of sig to the least hash of runs there,
// given mixed (wordRuns). The least product has the least top half, so
// the minima are kept of whole products (minProducts) and halved at the
// end: a shift fewer at each position and run.
func signature(sig *[len(Fingerprint{}.Sig)]uint32, mixed []uint64) {
	var mins [len(Fingerprint{}.Sig)]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	minProducts(&mins, mixed)
	for i, m := range mins {
		sig[i] = uint32(m >> 32)
	}
}

// minProductsGo lowers each of mins to the least x*mul+add over runs x,
// with position i's mul and add (sigHashes): 64 products a run, most of a
// fingerprint's time. Four positions at a time over all runs keeps their
// minima in registers (eight spill them). minProducts is this loop, or on
// processors that have them the same in vector instructions.
func minProductsGo(mins *[len(Fingerprint{}.Sig)]uint64, runs []uint64) {
	for i := 0; i < len(mins); i += 4 {
		mul := (*[4]uint64)(sigHashes.mul[i : i+4])
		add := (*[4]uint64)(sigHashes.add[i : i+4])
		m0, m1, m2, m3 := mins[i], mins[i+1], mins[i+2], mins[i+3]
		for _, x := range runs {
			m0 = min(m0, x*mul[0]+add[0])
			m1 = min(m1, x*mul[1]+add[1])
			m2 = min(m2, x*mul[2]+add[2])
			m3 = min(m3, x*mul[3]+add[3])
		}
		mins[i], mins[i+1], mins[i+2], mins[i+3] = m0, m1, m2, m3
	}
}

// countDistinct returns how many distinct runs there are, using room
// (grown as needed, and returned for reuse) as a set of them with open
// addressing, at most half full: one pass, a probe or two a run, about
// half the time of putting them in buckets by their top bits and
// comparing within each bucket. Runs far from even (a long probe) are
// sorted instead, so that no text makes the count slow.
func countDistinct(runs, room []uint64) (int, []uint64) {
	size := 1 << bits.Len(uint(2*len(runs))) // more than twice the runs
	room = slices.Grow(room[:0], size)[:size]
	clear(room)
	shift := 65 - bits.Len(uint(size)) // a slot from the top bits
	mask := uint64(size - 1)
	n, zero := 0, 0 // an empty slot holds 0, so a run of 0 is counted apart
	for _, h := range runs {
		if h == 0 {
			zero = 1
			continue
		}
		i := h * 0x9E3779B97F4A7C15 >> shift
		for probes := 0; room[i] != 0 && room[i] != h; probes++ {
			if probes == 64 {
				slices.Sort(runs) // the sketch does not care for their order
				return distinctSorted(runs), room
			}
			i = (i + 1) & mask
		}
		if room[i] == 0 {
			room[i] = h
			n++
		}
	}
	return n + zero, room
}

// distinctSorted is how many distinct values sorted holds.
func distinctSorted(sorted []uint64) int {
	n := 0
	for i, h := range sorted {
		if i == 0 || h != sorted[i-1] {
			n++
		}
	}
	return n
}

// wordHashes hashes each word of a text (letters and digits, case
// folded), given text by text.
type wordHashes struct {
	hashes []uint64
}

// words adds a hash of every word of s (FNV-1a of its letters and
// digits, lower case). A method rather than a function calling back: the
// hot loop of the fingerprint. Each ASCII byte is read by its
// foldedWordByte and hashed by wordStep, without a branch; an ASCII text
// is hashed as two halves at once (asciiWords).
func (w *wordHashes) words(s string) {
	if mid := asciiMiddle(s); mid > 0 {
		w.asciiWords(s[:mid], s[mid:])
		return
	}
	n := len(w.hashes)
	// A word takes a byte and a byte between: at most (len(s)+1)/2 of them.
	out := slices.Grow(w.hashes, len(s)/2+2)
	out = out[:cap(out)]
	h, in, end := uint64(wordOffset), uint64(0), 0
	for i := 0; i < len(s); {
		c := foldedWordByte[s[i]]
		if c == nonASCII {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				h, in = (h^uint64(unicode.ToLower(r)))*wordPrime, 1
				continue
			}
			c = 0 // a character between words
		} else {
			i++
		}
		out[n] = h
		h, in, end = wordStep(h, in, c)
		n += end
	}
	if in == 1 {
		out[n] = h
		n++
	}
	w.hashes = out[:n]
}

const wordOffset, wordPrime = 14695981039346656037, 1099511628211 // FNV-1a's

// wordStep reads byte c (its foldedWordByte, not nonASCII) after h, the
// hash of the word so far when in is 1 (0 between words). It returns the
// hash and in after c, and 1 when c ends a word: its caller stores h at
// every byte and keeps it where a word ends. Arithmetic rather than
// tests: the end of a word, a branch the processor could not foresee,
// cost as much as hashing the word.
func wordStep(h, in uint64, c byte) (uint64, uint64, int) {
	word := (uint64(c) + 0xFF) >> 8 // 1 for a word's byte, 0 for 0
	keep := -word                   // all ones within a word
	return (h^uint64(c))*wordPrime&keep | wordOffset&^keep, word, int(in &^ word)
}

// asciiMiddle is where s can be cut in two halves between words (at a
// byte in none) when it is ASCII and long enough to pay; 0 when not.
func asciiMiddle(s string) int {
	if len(s) < 64 || !isASCII(s) {
		return 0
	}
	for i := len(s) / 2; i < len(s); i++ {
		if foldedWordByte[s[i]] == 0 {
			return i
		}
	}
	return 0
}

// isASCII reports whether s has only ASCII bytes, eight at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiWords is words of the ASCII text a+b, cut between words: the two
// halves are hashed in one loop, so that the processor works on two
// words at once (each byte waits on the multiplication of the byte
// before in its word). b's hashes are stored apart, then moved after a's.
func (w *wordHashes) asciiWords(a, b string) {
	n := len(w.hashes)
	out := slices.Grow(w.hashes, len(a)/2+len(b)/2+4)
	out = out[:cap(out)]
	bFrom := n + len(a)/2 + 2 // past the most words a can have
	nb := bFrom
	ha, ina, hb, inb, end := uint64(wordOffset), uint64(0), uint64(wordOffset), uint64(0), 0
	both := min(len(a), len(b))
	for i := range both {
		out[n] = ha
		ha, ina, end = wordStep(ha, ina, foldedWordByte[a[i]])
		n += end
		out[nb] = hb
		hb, inb, end = wordStep(hb, inb, foldedWordByte[b[i]])
		nb += end
	}
	for i := both; i < len(a); i++ {
		out[n] = ha
		ha, ina, end = wordStep(ha, ina, foldedWordByte[a[i]])
		n += end
	}
	if ina == 1 {
		out[n] = ha
		n++
	}
	for i := both; i < len(b); i++ {
		out[nb] = hb
		hb, inb, end = wordStep(hb, inb, foldedWordByte[b[i]])
		nb += end
	}
	if inb == 1 {
		out[nb] = hb
		nb++
	}
	n += copy(out[n:], out[bFrom:nb])
	w.hashes = out[:n]
}

// nonASCII is foldedWordByte's mark for a byte of a character beyond ASCII,
// which words decodes.
const nonASCII = 0xFF

// foldedWordByte is, for each byte, the ASCII letter lower-cased or digit it
// is in a word, 0 for any other ASCII byte, or nonASCII.
var foldedWordByte = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nonASCII
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// wordRuns hashes each run of shingle words (their hashes, oldest
// first) and mixes the hash (mix, which the sketch's positions need), in
// place of its first word's hash, and returns the runs: one pass over
// them rather than one to hash and one to mix. Each run is hashed on its
// own, so the processor works on several at once; the four words are
// written out, which spares a loop's count and bound at each.
func wordRuns(words []uint64) []uint64 {
	if len(words) < shingle {
		return nil
	}
	for i := range len(words) - shingle + 1 {
		w := (*[shingle]uint64)(words[i : i+shingle]) // FNV-1a of the four
		h := (((wordOffset^w[0])*wordPrime^w[1])*wordPrime^w[2])*wordPrime ^ w[3]
		words[i] = mix(h * wordPrime) // the words after it are read before they are replaced
	}
	return words[:len(words)-shingle+1]
}

// mix is splitmix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Overlap estimates the share of the shorter call's word runs that the
// other call has too (0 to 1); it is 0 when either fingerprint is unknown.
func (f Fingerprint) Overlap(g Fingerprint) float64 {
	if f.N == 0 || g.N == 0 {
		return 0
	}
	same := 0
	for i := range f.Sig {
		if f.Sig[i] == g.Sig[i] {
			same++
		}
	}
	j := float64(same) / float64(len(f.Sig)) // Jaccard index
	both := j * float64(f.N+g.N) / (1 + j)   // runs in common
	return min(1, both/float64(min(f.N, g.N)))
}

// SameWords reports whether two calls hold substantially the same words:
// most of the shorter one's word runs are in the other.
func (f Fingerprint) SameWords(g Fingerprint) bool { return f.Overlap(g) >= 0.6 }
