package search

import (
	"slices"
	"unicode"
)

// Tokens splits text into search terms: lower-case runs of letters and
// digits. Inside a word an apostrophe is dropped ("don't" is "dont") and a
// possessive "'s" with it ("Acme's" is "acme"); between digits a point is
// kept and a comma dropped ("1.2", "2,500" is "2500"). Words longer than
// MaxTermLen are left out. static/search.js tokenises queries the same way.
func Tokens(text string) []string {
	if out, ok := asciiTokens(text); ok {
		return out // most text: the same tokens, without runes
	}
	return unicodeTokens(text)
}

func unicodeTokens(text string) []string {
	rs := []rune(text)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 && len(cur) <= MaxTermLen {
			out = append(out, string(cur))
		}
		cur = cur[:0]
	}
	at := func(i int) rune {
		if i < len(rs) {
			return rs[i]
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isWord(r) {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			prev, next := cur[len(cur)-1], at(i+1)
			switch {
			case (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next):
				if next == 's' && !isWord(at(i+2)) {
					flush()
					i++ // the "s" of a possessive
				}
				continue
			case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
				cur = append(cur, r)
				continue
			case r == ',' && unicode.IsDigit(prev) && unicode.IsDigit(next):
				continue
			}
		}
		flush()
	}
	flush()
	return out
}

// asciiTokens is Tokens of ASCII text; false for other text.
func asciiTokens(text string) ([]string, bool) {
	var out []string
	_, ok := scanASCIITokens(nil, text, func(t []byte) { out = append(out, string(t)) })
	return out, ok
}

// wordBytes maps each byte to itself lower-cased when it is an ASCII
// letter or digit, to 0 when it is any other ASCII byte and to notASCII
// when it is not ASCII: the scanner tells all three with one load.
var wordBytes = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = notASCII
		case wordASCII(byte(c)):
			t[c] = lowerASCII(byte(c))
		}
	}
	return t
}()

const notASCII = 0x80

// scanASCIITokens calls token with each token of text, held in buf's
// memory (grown as needed and returned for the next call), which token
// must not keep. It stops at the first byte that is not ASCII and
// reports false: the tokens of such a text are unicodeTokens', and the
// caller starts again there (a separate look for such bytes read every
// text once more).
func scanASCIITokens(buf []byte, text string, token func([]byte)) ([]byte, bool) {
	buf = buf[:0]
	flush := func() {
		if len(buf) > 0 && len(buf) <= MaxTermLen {
			token(buf)
		}
		buf = buf[:0]
	}
	at := func(i int) byte {
		if i < len(text) {
			return lowerASCII(text[i])
		}
		return 0
	}
	for i := 0; i < len(text); i++ {
		w := wordBytes[text[i]]
		if w != 0 {
			if w == notASCII {
				return buf, false
			}
			buf = append(buf, w)
			continue
		}
		if len(buf) > 0 {
			c, prev, next := text[i], buf[len(buf)-1], at(i+1)
			switch {
			case c == '\'' && letterASCII(prev) && letterASCII(next):
				if next == 's' && !wordASCII(at(i+2)) {
					flush()
					i++ // the "s" of a possessive
				}
				continue
			case c == '.' && digitASCII(prev) && digitASCII(next):
				buf = append(buf, c)
				continue
			case c == ',' && digitASCII(prev) && digitASCII(next):
				continue
			}
		}
		flush()
	}
	flush()
	return buf, true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func letterASCII(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func digitASCII(c byte) bool  { return '0' <= c && c <= '9' }
func wordASCII(c byte) bool   { return letterASCII(c) || digitASCII(c) }

// MaxTermLen is the longest term indexed, in runes.
const MaxTermLen = 40

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// stopWords are too common to be worth a posting list; queries drop them
// too (the manifest carries the list so that search.js agrees).
var stopWords = []string{
	"a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at",
	"be", "been", "but", "by", "can", "could", "did", "do", "does", "for",
	"from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it",
	"its", "just", "may", "me", "might", "much", "my", "of", "on", "or", "our",
	"so", "some", "than", "thank", "thanks", "that", "the", "their", "them",
	"then", "there", "these", "they", "this", "those", "to", "us", "was", "we",
	"were", "what", "when", "where", "which", "while", "who", "why", "will",
	"with", "would", "you", "your",
}

// maxStopLen is the length of the longest stop word, at most 7 (wordKey).
var maxStopLen = func() int {
	n := len(slices.MaxFunc(stopWords, func(a, b string) int { return len(a) - len(b) }))
	if n > 7 {
		panic("search: a stop word longer than wordKey takes")
	}
	return n
}()

// stopKeys holds the stop words as numbers (wordKey), in a table with
// open addressing: a collection asks of every word said on a call
// whether it is a stop word, before looking it up, and a multiply and a
// load or two answer it where comparing strings took several.
var stopKeys = func() (t [256]uint64) {
	for _, w := range stopWords {
		k := wordKey(w)
		i := stopSlot(k)
		for t[i] != 0 {
			i++
		}
		t[i] = k
	}
	return t
}()

// wordKey is a word of at most 7 bytes as a number: its length in the
// top byte, its bytes from the lowest. No two such words have the same.
func wordKey[W string | []byte](w W) uint64 {
	k := uint64(len(w))
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k << (8 * (7 - len(w)))
}

func stopSlot(k uint64) uint8 { return uint8(k * 0x9E3779B97F4A7C15 >> 56) }

func isStop[W string | []byte](w W) bool {
	if len(w) == 0 || len(w) > maxStopLen {
		return false
	}
	k := wordKey(w)
	for i := stopSlot(k); stopKeys[i] != 0; i++ { // a uint8: wraps around
		if stopKeys[i] == k {
			return true
		}
	}
	return false
}
