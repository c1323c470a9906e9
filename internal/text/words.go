package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LastWords is the last n words of s joined by one space: the words just
// before a figure, where its metric and qualifiers are said.
//
// It is asked for every figure several times, so it walks back from the
// end over those n words only, and returns a slice of s when they are
// already joined by single spaces (nearly always) rather than splitting
// the whole text into fields.
func LastWords(s string, n int) string {
	if n <= 0 {
		return ""
	}
	from, to := 0, -1 // the span of the last n words
	words, inWord := 0, false
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:i])
		}
		if isSpace(r) {
			if inWord {
				inWord = false
				if words++; words == n {
					from = i
					break
				}
			}
		} else if !inWord {
			inWord = true
			if to < 0 {
				to = i
			}
		}
		i -= size
	}
	if to < 0 {
		return ""
	}
	span := s[from:to]
	prevSpace := false
	for i := 0; i < len(span); i++ {
		c := span[i]
		if c >= utf8.RuneSelf || c == ' ' && prevSpace || c != ' ' && isSpace(rune(c)) {
			if c >= utf8.RuneSelf && !hasSpace(span[i:]) {
				return span
			}
			return strings.Join(strings.Fields(span), " ")
		}
		prevSpace = c == ' '
	}
	return span
}

// hasSpace reports whether s holds white space.
func hasSpace(s string) bool {
	return strings.IndexFunc(s, isSpace) >= 0
}

// isSpace is white space as strings.Fields takes it.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// Tail is the last words of a text, walked back over once: Last(n) is
// LastWords(s, n) for every n up to the number asked for, most often a
// slice of them. The rules about a figure read the words before it a few
// at a time, many times over.
type Tail struct {
	s      string
	words  string       // LastWords(s, max)
	starts [maxTail]int // where the k+1-th word from the end starts in words, after a space
	n      int          // the words of words
	max    int
}

// maxTail is the most words a Tail keeps.
const maxTail = 16

// NewTail reads the last max words of s (at most maxTail).
func NewTail(s string, max int) Tail {
	t := Tail{s: s, max: min(max, maxTail)}
	t.words = LastWords(s, t.max)
	// LastWords gives its words joined by single spaces (with one space
	// before them when s has fewer): each space before a word starts one
	k := 0
	for i := len(t.words) - 2; i >= 0; i-- {
		if t.words[i] == ' ' && t.words[i+1] != ' ' {
			t.starts[k] = i + 1
			k++
		}
	}
	t.n = k
	if t.words != "" && t.words[0] != ' ' {
		t.n++
	}
	return t
}

// Last is LastWords(s, n): the last n words of s (LastWords of LastWords(s,
// max) is LastWords(s, n) for n up to max), a slice of words without a
// second walk over them.
func (t *Tail) Last(n int) string {
	switch {
	case n <= 0:
		return ""
	case n > t.max:
		return LastWords(t.s, n)
	case n < t.n:
		return t.words[t.starts[n-1]:]
	case n == t.n && t.words != "" && t.words[0] == ' ':
		return t.words[1:] // (the space before its first word is kept only when more are asked)
	}
	return t.words // all of them: LastWords of words joined by single spaces is them
}
