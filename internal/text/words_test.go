package text

import "testing"

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
	} {
		if got := LastWords(c.s, c.n); got != c.want {
			t.Errorf("LastWords(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
