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

// runBufs lend fingerprint room for a call's word runs: tens of thousands
// of them, which growing a new slice for every call allocated again. Each
// holds the runs and the room sortRuns sorts them into.
var runBufs = sync.Pool{New: func() any { return new([2][]uint64) }}

// fingerprint sketches the words of the call's paragraphs.
func fingerprint(t *Transcript) Fingerprint {
	var ring [shingle]uint64
	n := 0
	buf := runBufs.Get().(*[2][]uint64)
	defer runBufs.Put(buf)
	runs := buf[0][:0] // the hash of every word run
	add := func(w uint64) {
		ring[n%shingle] = w
		n++
		if n < shingle {
			return
		}
		h := uint64(14695981039346656037)
		for k := 0; k < shingle; k++ {
			h = (h ^ ring[(n+k)%shingle]) * 1099511628211
		}
		runs = append(runs, h)
	}
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				eachWord(p.Text, add)
			}
		}
	}
	if len(runs) == 0 {
		return Fingerprint{}
	}
	// Each distinct run once: sorting finds them cheaper than a set.
	sorted, room := sortRuns(runs, buf[1])
	buf[0], buf[1] = sorted, room // two slices of their own, for the next call
	runs = slices.Compact(sorted)
	var f Fingerprint
	sig := &f.Sig
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	hs := &sigHashes
	for _, h := range runs {
		x := mix(h)
		for i := range sig { // without a branch: the minimum rarely moves, but when it does the branch is mispredicted
			sig[i] = min(sig[i], uint32((x*hs[i].mul+hs[i].add)>>32))
		}
	}
	f.N = len(runs)
	return f
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

// eachWord calls fn with a hash of every word of s (letters and digits,
// case folded).
func eachWord(s string, fn func(uint64)) {
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
				fn(h)
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
			fn(h)
			h, in = 14695981039346656037, false
		}
	}
	if in {
		fn(h)
	}
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
