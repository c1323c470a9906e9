package transcript

import "testing"

// TestLineCounterAgreesWithLineAt asks a lineCounter for offsets in
// order, out of order and out of range: each answer is lineAt's.
func TestLineCounterAgreesWithLineAt(t *testing.T) {
	text := "first\nsecond\n\nfourth line\nlast"
	c := lineCounter{text: text}
	for _, off := range []int64{0, 3, 5, 6, 6, 13, 14, 20, 2, 26, int64(len(text)), 999, -4, 7} {
		if got, want := c.at(off), lineAt(text, off); got != want {
			t.Errorf("offset %d: line %d, want %d", off, got, want)
		}
	}
}
