package transcript

import (
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
// few times cheaper.
var sigHashes = func() (hs [len(Fingerprint{}.Sig)]struct{ mul, add uint64 }) {
	for i := range hs {
		hs[i].mul = mix(uint64(2*i+1)*0x9e3779b97f4a7c15) | 1
		hs[i].add = mix(uint64(2*i+2) * 0x9e3779b97f4a7c15)
	}
	return hs
}()

// sigMuls and sigAdds are sigHashes' multipliers and addends, each in a
// row, as a vector loads them (leastHashes).
var sigMuls, sigAdds = func() (muls, adds [len(sigHashes)]uint64) {
	for i, h := range sigHashes {
		muls[i], adds[i] = h.mul, h.add
	}
	return muls, adds
}()

// runBufs lend fingerprint room for a call's word runs: tens of thousands
// of them, which growing a new slice for every call allocated again. Each
// holds the runs and the room sortRuns sorts them into.
var runBufs = sync.Pool{New: func() any { return new([2][]uint64) }}

// fingerprint sketches the words of the call's paragraphs.
func fingerprint(t *Transcript) Fingerprint {
	buf := runBufs.Get().(*[2][]uint64)
	defer runBufs.Put(buf)
	w := wordRuns{runs: buf[0][:0]}
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				w.words(p.Text)
			}
		}
	}
	runs := w.runs // the hash of every word run
	if len(runs) == 0 {
		return Fingerprint{}
	}
	// Each distinct run once: sorting finds them cheaper than a set.
	sorted, room := sortRuns(runs, buf[1])
	buf[0], buf[1] = sorted, room // two slices of their own, for the next call
	runs = slices.Compact(sorted)
	f := Fingerprint{N: len(runs)}
	signature(&f.Sig, runs)
	return f
}

// signature sets each position of sig to the least hash of runs there;
// runs are mixed in place. Four positions at a time over all runs keeps
// their minima in registers, and a minimum moves only a few times in
// thousands of runs, so the branch is predicted: about half the time of a
// run at a time over all positions with min.
func signature(sig *[len(Fingerprint{}.Sig)]uint32, runs []uint64) {
	for k, h := range runs {
		runs[k] = mix(h)
	}
	// The least hash has the least top half, the position's value.
	var least [len(sig)]uint64
	if leastHashes(&least, runs) {
		for i, h := range least {
			sig[i] = uint32(h >> 32)
		}
		return
	}
	for i := 0; i < len(sig); i += 4 {
		hs := sigHashes[i : i+4 : i+4]
		m0, m1, m2, m3 := ^uint32(0), ^uint32(0), ^uint32(0), ^uint32(0)
		for _, x := range runs {
			if v := uint32((x*hs[0].mul + hs[0].add) >> 32); v < m0 {
				m0 = v
			}
			if v := uint32((x*hs[1].mul + hs[1].add) >> 32); v < m1 {
				m1 = v
			}
			if v := uint32((x*hs[2].mul + hs[2].add) >> 32); v < m2 {
				m2 = v
			}
			if v := uint32((x*hs[3].mul + hs[3].add) >> 32); v < m3 {
				m3 = v
			}
		}
		sig[i], sig[i+1], sig[i+2], sig[i+3] = m0, m1, m2, m3
	}
}

// sortRuns returns runs sorted, in to (grown as needed; to is returned
// for reuse too). The runs are hashes, spread evenly, so one pass puts
// each in a bucket by its top bits, about four to a bucket, and a bucket
// is sorted by insertion: a few times cheaper than comparison sorting the
// whole. A bucket grown large (many equal runs, or hashes less even than
// hoped) is sorted as a whole.
func sortRuns(runs, to []uint64) (sorted, room []uint64) {
	if len(runs) < 64 {
		slices.Sort(runs)
		return runs, to
	}
	bits := 1
	for 1<<(bits+2) < len(runs) {
		bits++
	}
	shift := 64 - bits
	start := make([]int, 1<<bits+1) // where each bucket starts in to
	for _, h := range runs {
		start[h>>shift+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	to = slices.Grow(to[:0], len(runs))[:len(runs)]
	next := slices.Clone(start[:len(start)-1])
	for _, h := range runs {
		b := h >> shift
		to[next[b]] = h
		next[b]++
	}
	for b := 0; b+1 < len(start); b++ {
		bucket := to[start[b]:start[b+1]]
		if len(bucket) > 32 {
			slices.Sort(bucket)
			continue
		}
		for i := 1; i < len(bucket); i++ {
			for j := i; j > 0 && bucket[j] < bucket[j-1]; j-- {
				bucket[j], bucket[j-1] = bucket[j-1], bucket[j]
			}
		}
	}
	return to, runs
}

// wordRuns hashes each run of shingle words of a text, given word by word.
type wordRuns struct {
	last [shingle]uint64 // the hashes of the last words, oldest first
	n    int             // words so far
	runs []uint64        // a hash per run
}

// words adds a hash of every word of s (letters and digits, case folded).
// A method rather than a function calling back: the hot loop of the
// fingerprint, it calls add directly, which the compiler can inline.
func (w *wordRuns) words(s string) {
	h, in := uint64(14695981039346656037), false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most of a call, without decoding
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				h = (h ^ uint64(c)) * 1099511628211
				in = true
			} else if in {
				w.add(h)
				h, in = 14695981039346656037, false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
			in = true
			continue
		}
		if in {
			w.add(h)
			h, in = 14695981039346656037, false
		}
	}
	if in {
		w.add(h)
	}
}

// add takes a word's hash and, from the shingle-th word on, hashes the run
// it ends (the words' hashes, oldest first).
func (w *wordRuns) add(word uint64) {
	for k := range shingle - 1 { // not copy: a call to memmove for three words
		w.last[k] = w.last[k+1]
	}
	w.last[shingle-1] = word
	w.n++
	if w.n < shingle {
		return
	}
	h := uint64(14695981039346656037)
	for _, x := range w.last {
		h = (h ^ x) * 1099511628211
	}
	w.runs = append(w.runs, h)
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
