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
	if span, _, ok := lastWordsASCII(s, n, nil); ok {
		return span
	}
	return lastWordsOf(s, n)
}

// lastWordsASCII is LastWords(s, n) read back from the end of s in one
// walk, byte by byte, when the bytes it reads are ASCII and its words are
// joined by single spaces: then they are a slice of s. ok is false when
// they are not (lastWordsOf reads them). With starts, it keeps there
// where each word after a space starts in span, from the last word back,
// as many as k (n at most maxTail): what NewTail would read of span again.
func lastWordsASCII(s string, n int, starts *[maxTail]int) (span string, k int, ok bool) {
	to := len(s)
	for to > 0 && isASCIISpace(s[to-1]) {
		to--
	}
	if to == 0 {
		return "", 0, true
	}
	words := 0
	for i := to; ; {
		for i > 0 && !isASCIISpace(s[i-1]) { // back over a word
			if s[i-1] >= utf8.RuneSelf {
				return "", 0, false
			}
			i--
		}
		if i == 0 {
			return s[:to], k, true // all the words of s
		}
		if words++; words == n {
			for w := range k {
				starts[w] -= i // from where they start in s to where in span
			}
			return s[i:to], k, true
		}
		j := i - 1 // back over the white space before the word
		for j > 0 && isASCIISpace(s[j-1]) {
			j--
		}
		if i-j != 1 || s[j] != ' ' {
			return "", 0, false // not one space: the words are joined anew
		}
		if starts != nil {
			starts[k] = i
			k++
		}
		if j == 0 {
			return s[:to], k, true // fewer words than n, and the one space before them (as lastWordsOf keeps it)
		}
		i = j
	}
}

// isASCIISpace is isSpace for a byte below utf8.RuneSelf, false for any
// other byte.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// lastWordsOf is LastWords(s, n) for any s and n > 0.
func lastWordsOf(s string, n int) string {
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
	if t.max > 0 {
		if words, k, ok := lastWordsASCII(s, t.max, &t.starts); ok {
			t.words, t.n = words, k
			if words != "" && words[0] != ' ' {
				t.n++ // its first word, with no space before it
			}
			return t
		}
	}
	return newTailOf(s, t.max)
}

// newTailOf is NewTail(s, max) for any s, max at most maxTail: it reads
// the starts of words again in LastWords(s, max).
func newTailOf(s string, max int) Tail {
	t := Tail{s: s, max: max}
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
