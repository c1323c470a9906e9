package transcript

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"callsite/internal/testshared"
)

// slotInverse times the multiplier that places a run in countDistinct's
// set is 1: a small multiple of it goes to the first slot.
var slotInverse = func() uint64 {
	const k = 0x9E3779B97F4A7C15
	inv := uint64(k) // Newton's iteration: correct bits double each step
	for range 6 {
		inv *= 2 - k*inv
	}
	return inv
}()

// countDistinct counts whatever it is given: even hashes, many equal
// runs, and values crowded into a few slots, short and long.
func TestCountDistinctCounts(t *testing.T) {
	x := uint64(0x243f6a8885a308d3)
	next := func() uint64 { x = mix(x + 0x9e3779b97f4a7c15); return x }
	var room []uint64
	for _, n := range []int{0, 1, 5, 63, 64, 65, 1000, 20000} {
		for _, shape := range []string{"even", "repeats", "crowded", "pairs", "one slot"} {
			runs := make([]uint64, n)
			for i := range runs {
				switch shape {
				case "even":
					runs[i] = next()
				case "repeats":
					runs[i] = next() % 7 << 61
				case "crowded":
					runs[i] = next() >> 20
				case "one slot": // the set's first slot for every run
					runs[i] = slotInverse * uint64(i+1)
				case "pairs":
					runs[i] = runs[max(0, i-1-int(next()%2))] // often the one before
					if next()%3 == 0 {
						runs[i] = next()
					}
				}
			}
			want := len(slices.Compact(slices.Sorted(slices.Values(runs))))
			var got int
			got, room = countDistinct(slices.Clone(runs), room)
			if got != want {
				t.Errorf("%d %s runs: %d distinct, want %d", n, shape, got, want)
			}
		}
	}
}

// signature sets each position to the least hash of any run there, as a
// run at a time over all positions does.
func TestSignatureIsLeastHash(t *testing.T) {
	x := uint64(0x13198a2e03707344)
	next := func() uint64 { x = mix(x + 0x9e3779b97f4a7c15); return x }
	for _, n := range []int{0, 1, 2, 3, 100, 5000} {
		runs := make([]uint64, n)
		for i := range runs {
			runs[i] = next()
		}
		var want [len(Fingerprint{}.Sig)]uint32
		for i := range want {
			want[i] = ^uint32(0)
			for _, h := range runs {
				want[i] = min(want[i], uint32((mix(h)*sigHashes.mul[i]+sigHashes.add[i])>>32))
			}
		}
		for k, h := range runs {
			runs[k] = mix(h) // as wordRuns gives them
		}
		var got [len(Fingerprint{}.Sig)]uint32
		signature(&got, slices.Clone(runs))
		if got != want {
			t.Errorf("%d runs: signature differs from the least hash at each position", n)
		}
		// signature takes the vector version where the processor has it:
		// the portable loop is checked on its own too.
		var mins [len(Fingerprint{}.Sig)]uint64
		for i := range mins {
			mins[i] = ^uint64(0)
		}
		minProductsGo(&mins, runs)
		for i, m := range mins {
			if uint32(m>>32) != want[i] {
				t.Errorf("%d runs: minProductsGo differs from the least hash at position %d", n, i)
				break
			}
		}
	}
}

func BenchmarkSignature(b *testing.B) {
	x := uint64(1)
	runs := make([]uint64, 8000)
	for i := range runs {
		x = mix(x + 0x9e3779b97f4a7c15)
		runs[i] = x
	}
	var sig [len(Fingerprint{}.Sig)]uint32
	for b.Loop() {
		signature(&sig, runs)
	}
}

// referenceFingerprint is the sketch as its definition reads: the words
// of all paragraphs in order, each run of shingle words hashed, each
// distinct run once, and at each position the least of its hashes.
func referenceFingerprint(t *Transcript) Fingerprint {
	var words []uint64
	for _, tu := range t.Turns() {
		for _, p := range tu.Paragraphs {
			for _, w := range strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				h := uint64(14695981039346656037)
				for _, r := range w {
					h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
				}
				words = append(words, h)
			}
		}
	}
	distinct := map[uint64]bool{}
	for i := 0; i+shingle <= len(words); i++ {
		h := uint64(14695981039346656037)
		for _, w := range words[i : i+shingle] {
			h = (h ^ w) * 1099511628211
		}
		distinct[h] = true
	}
	if len(distinct) == 0 {
		return Fingerprint{}
	}
	f := Fingerprint{N: len(distinct)}
	for i := range f.Sig {
		f.Sig[i] = ^uint32(0)
		for h := range distinct {
			f.Sig[i] = min(f.Sig[i], uint32((mix(h)*sigHashes.mul[i]+sigHashes.add[i])>>32))
		}
	}
	return f
}

func TestFingerprintIsItsDefinition(t *testing.T) {
	files := testshared.BulkCalls(t, 20)
	samples, _ := filepath.Glob("../../content/*.txt")
	for _, p := range append(files, samples...) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(filepath.Base(p), src)
		if err != nil {
			continue
		}
		if got, want := fingerprint(tr), referenceFingerprint(tr); got != want {
			t.Errorf("%s: fingerprint differs from its definition (N %d, want %d)", p, got.N, want.N)
		}
	}
	tr := &Transcript{Sections: []*Section{{Turns: []*Turn{{Paragraphs: []*Paragraph{
		{Text: "Élan vital: ÜBER growth, 2024 Q3's margin"}, {Text: "ſtrong K-sign Kelvin δέλτα 50% up"}}}}}}}
	if got, want := fingerprint(tr), referenceFingerprint(tr); got != want {
		t.Errorf("fingerprint of non-ASCII words differs from its definition")
	}
}

// BenchmarkFingerprint sketches 40 real bulk calls an op; cpu-ms/op is
// the process's CPU time, which a busy machine changes less than ns/op.
func BenchmarkFingerprint(b *testing.B) {
	var calls []*Transcript
	for _, p := range testshared.BulkCalls(b, 40) {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if tr, err := Parse(filepath.Base(p), src); err == nil {
			calls = append(calls, tr)
		}
	}
	b.ReportAllocs()
	start := testshared.CPUTime()
	for b.Loop() {
		for _, tr := range calls {
			fingerprint(tr)
		}
	}
	b.ReportMetric(float64(testshared.CPUTime()-start)/1e6/float64(b.N), "cpu-ms/op")
}
