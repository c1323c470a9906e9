package summary

import "testing"

// TestFmtDec: an amount keeps the decimals said, never fewer than its
// value has ("15 and a half percent" is said with no decimal digit but is
// 15.5, not 16), up to two more.
func TestFmtDec(t *testing.T) {
	for _, c := range []struct {
		x    float64
		d    int
		want string
	}{
		{15.5, 0, "15.5"}, // "15 and a half percent"
		{2.5, 2, "2.50"},  // "$2.50": the decimals as said
		{0.21, 2, "0.21"}, // per share
		{1234567, 0, "1,234,567"},
		{33.333333, 0, "33.33"}, // "a third": two decimals more at most
		{52.4, -1, "52.4"},
		{1.15, 2, "1.15"}, // a float that is not exact in binary keeps its said decimals
	} {
		if got := fmtDec(c.x, c.d); got != c.want {
			t.Errorf("fmtDec(%v, %d) = %q, want %q", c.x, c.d, got, c.want)
		}
	}
}
