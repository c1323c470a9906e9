package text

import (
	"strings"
	"testing"
)

func TestLastWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"the quarterly dividend of", 2, "dividend of"},
		{"  spaced\tout   words ", 5, "spaced out words"},
		{"one", 0, ""},
		{"", 3, ""},
		{"   \n ", 2, ""},
		{"net sales grew", 3, "net sales grew"},
		{"net sales grew", 7, "net sales grew"},
		{"so the margin\u00a0was", 2, "margin was"},
		{"up from the prior year,\n", 2, "prior year,"},
		{"a b  c d", 3, "b c d"},
		{"a b  c d", 2, "c d"},
		{"caf\u00e9 au lait", 3, "caf\u00e9 au lait"},
		{"bad \xff byte", 2, "\xff byte"},
		{"one", -1, ""},
	} {
		if got := LastWords(c.s, c.n); got != c.want {
			t.Errorf("LastWords(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

// LastWords agrees with splitting the whole text into fields, whatever
// the white space between and around the words.
func TestLastWordsAsFields(t *testing.T) {
	pieces := []string{"revenue", "of", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "€12", "x", ",", "\xff"}
	for seed := 0; seed < 2000; seed++ {
		var b strings.Builder
		k := seed
		for j := 0; j < 1+seed%9; j++ {
			b.WriteString(pieces[k%len(pieces)])
			k = k*7 + 3
		}
		s := b.String()
		for n := 1; n < 6; n++ {
			ws := strings.Fields(s)
			if len(ws) > n {
				ws = ws[len(ws)-n:]
			}
			if got, want := LastWords(s, n), strings.Join(ws, " "); got != want {
				t.Fatalf("LastWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

func TestTailAsLastWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one", "  one", "one two", " one two three", "a  b c", "a\tb c ",
		"net revenue was up 5% from the prior year to", " lead space and many words here to read back over now ok",
		"caf\u00e9 sales rose", "x \u00a0y z", "\u00e9 a b", "a b\u00e9", "one, two; three:  four\nfive six seven eight nine ten eleven twelve thirteen"} {
		for max := 0; max <= 18; max++ {
			tail := NewTail(s, max)
			for n := -1; n <= 20; n++ {
				if got, want := tail.Last(n), LastWords(s, n); got != want {
					t.Errorf("NewTail(%q, %d).Last(%d) = %q, want %q", s, max, n, got, want)
				}
			}
		}
	}
}

func TestSaysPlanYear(t *testing.T) {
	for s, want := range map[string]bool{
		"the combined company is expected to generate free cash flow of more than $600 million annually by year three": true,
		"synergies of $50 million in year 2":             true,
		"accretive to earnings by the third year":        true,
		"revenue for the year was up 5%":                 false,
		"in the second year of the pandemic, sales grew": false,
		"by year-end we expect leverage of 3 times":      false,
		"in year 2021 revenue was":                       false,
	} {
		if got := SaysPlanYear(s); got != want {
			t.Errorf("SaysPlanYear(%q) = %v, want %v", s, got, want)
		}
	}
}
