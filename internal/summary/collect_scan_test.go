package summary

import (
	"strings"
	"testing"

	"callsite/internal/transcript"
)

// The lower-cased texts collectTurn slices from a sentence lower-cased
// once (lowerASCII) must be what strings.ToLower makes of each piece.
func TestCollectLowerCasingMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "Revenue Was $1.2 BILLION, up 12%.", "az@[`{AZ", "\x00\x7f"} {
		if got, want := lowerASCII(s), strings.ToLower(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
	n := 0
	eachBulkTranscript(t, 150, func(tr *transcript.Transcript) {
		for _, c := range collect(tr, figuresByParagraph(tr)) {
			n++
			if got, want := c.lowerSent(), strings.ToLower(c.sent); got != want {
				t.Errorf("lowerSent of %q = %q, want %q", c.sent, got, want)
			}
			if !strings.HasPrefix(c.lowerSent(), c.pre) || !strings.HasSuffix(c.lowerSent(), c.post) {
				t.Errorf("%q, lower-cased, does not start with %q and end with %q", c.sent, c.pre, c.post)
			}
		}
	})
	if n == 0 {
		t.Skip("no bulk calls")
	}
}
