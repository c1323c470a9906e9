package transcript

import (
	"slices"
	"testing"
)

// sortRuns sorts whatever it is given: even hashes, many equal runs, and
// values crowded into a few buckets, short and long.
func TestSortRunsSorts(t *testing.T) {
	x := uint64(0x243f6a8885a308d3)
	next := func() uint64 { x = mix(x + 0x9e3779b97f4a7c15); return x }
	var room []uint64
	for _, n := range []int{0, 1, 5, 63, 64, 65, 1000, 20000} {
		for _, shape := range []string{"even", "repeats", "crowded"} {
			runs := make([]uint64, n)
			for i := range runs {
				switch shape {
				case "even":
					runs[i] = next()
				case "repeats":
					runs[i] = next() % 7 << 61
				case "crowded":
					runs[i] = next() >> 20
				}
			}
			want := slices.Sorted(slices.Values(runs))
			var got []uint64
			got, room = sortRuns(runs, room)
			if !slices.Equal(got, want) {
				t.Errorf("%d %s runs: not sorted as slices.Sort sorts them", n, shape)
			}
		}
	}
}
