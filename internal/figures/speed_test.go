package figures

import (
	"strings"
	"testing"
)

// The fast paths must say what the plain definitions say, on any text.

func TestFirstWordsAsFields(t *testing.T) {
	for _, s := range []string{
		"", "   ", "revenue was up", "  revenue   was up ", "revenue\twas\nup", "net, of tax.",
		"caf\u00e9 sales rose", "sales\u00a0rose 5%", "a b", "one", " \u2009thin space", "x\u0085y z",
	} {
		for n := 0; n <= 4; n++ {
			ws := strings.Fields(s)
			want := strings.Join(ws[:min(n, len(ws))], " ")
			if got := firstWords(s, n); got != want {
				t.Errorf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
