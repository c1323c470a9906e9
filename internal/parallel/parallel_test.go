package parallel

import (
	"sync/atomic"
	"testing"
)

func TestEach(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 100} {
		var calls atomic.Int64
		seen := make([]int, 50)
		Each(len(seen), workers, func(i int) {
			calls.Add(1)
			seen[i]++
		})
		if calls.Load() != 50 {
			t.Errorf("workers %d: %d calls", workers, calls.Load())
		}
		for i, n := range seen {
			if n != 1 {
				t.Errorf("workers %d: item %d done %d times", workers, i, n)
			}
		}
	}
	Each(0, 4, func(int) { t.Error("called for no work") })
}
