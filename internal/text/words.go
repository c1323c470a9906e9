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
