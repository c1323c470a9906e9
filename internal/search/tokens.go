package search

import (
	"encoding/binary"
	"math"
	"math/bits"
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
	_, ok := scanASCIITokens(nil, text, false, func(t token) { out = append(out, t.String()) })
	return out, ok
}

// A token is a term as the scanner gives it: its head and length and,
// when it is longer than a head, its bytes (in the scanner's buffer,
// not to be kept). Most terms are whole from their head: a term is
// looked up, tested for a stop word and hashed by it, without a copy.
type token struct {
	head wordHead
	n    int
	long []byte
}

// String is the term.
func (t token) String() string {
	if t.long != nil {
		return string(t.long)
	}
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:], t.head.lo)
	binary.LittleEndian.PutUint64(b[8:], t.head.hi)
	return string(b[:t.n])
}

// tokenOf is the token of a term.
func tokenOf[W string | []byte](term W) token {
	t := token{head: headOf(term), n: len(term)}
	if t.n > headLen {
		t.long = []byte(term)
	}
	return t
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

// scanASCIITokens calls yield with each token of text (but the stop
// words when skipStops: two words in five, spared the call), using buf
// for the terms that are not a run of the text (grown as needed and
// returned for the next call). It stops at the first byte that is not
// ASCII and reports false: the tokens of such a text are
// unicodeTokens', and the caller starts again there (a separate look for
// such bytes read every text once more).
//
// A term is most often one run of letters and digits: its head is read
// from the text in two loads and the run measured in them, eight bytes
// at a time (runIn), where a loop of a test a byte took a branch that
// the processor guessed wrong at most words' ends. Only a run joined to
// the next one (by an apostrophe, a decimal point, a thousands comma),
// one near the text's end and one longer than a head are copied.
func scanASCIITokens(buf []byte, text string, skipStops bool, yield func(token)) ([]byte, bool) {
	// Every byte of a run is a letter or a digit: setting 0x20 lowers a
	// letter and leaves a digit as it is.
	const lower = ones * 0x20
	for i := 0; i < len(text); {
		switch wordBytes[text[i]] {
		case 0:
			i++
			continue
		case notASCII:
			return buf, false
		}
		start := i
		var h wordHead // the text's 16 bytes from start, when it has them
		if start+headLen <= len(text) {
			head := text[start : start+headLen]
			h = wordHead{load64(head), load64(head[8:])}
			if i = start + runIn(h.lo); i-start == 8 {
				if i += runIn(h.hi); i-start == headLen {
					i = runEnd(text, i)
				}
			}
		} else {
			i = runEnd(text, i+1)
		}
		var join byte
		if i < len(text) && mayJoin[text[i]] {
			join = joinAt(text, i)
		}
		if join == 0 || join == 's' {
			switch n := i - start; {
			case n <= headLen && start+headLen <= len(text):
				t := token{head: maskHead(wordHead{h.lo | lower, h.hi | lower}, n), n: n}
				if !(skipStops && t.isStop()) {
					yield(t)
				}
			case n <= MaxTermLen: // near the text's end, or longer than a head
				buf = appendLower(buf[:0], text[start:i])
				if t := bufToken(buf); !(skipStops && t.isStop()) {
					yield(t)
				}
			}
			if join == 's' {
				i += 2 // the "'s" of a possessive
			}
			continue
		}
		// Runs joined into one term: copied, lower-cased.
		buf = appendLower(buf[:0], text[start:i])
		for join != 0 && join != 's' {
			if join == '.' {
				buf = append(buf, '.')
			}
			from := i + 1
			i = runEnd(text, from+1)
			buf = appendLower(buf, text[from:i])
			join = joinAt(text, i)
		}
		if t := bufToken(buf); len(buf) <= MaxTermLen && !(skipStops && t.isStop()) {
			yield(t)
		}
		if join == 's' {
			i += 2
		}
	}
	return buf, true
}

// runIn is the length of the run of letters and digits that starts x,
// eight bytes of text (the first lowest), up to 8: they are measured at
// once (wordMask), where a loop took a load and a test a byte of each
// word.
func runIn(x uint64) int {
	if others := ^wordMask(x) & (ones * 0x80); others != 0 {
		return bits.TrailingZeros64(others) / 8
	}
	return 8
}

// wordMask sets the top bit of each byte of x (eight bytes, the first
// lowest) that is an ASCII letter or digit, and no other bit. Each test
// is an addition that carries into the byte's top bit when the byte is
// at least a bound; no byte's sum carries into the next, as the top bits
// are cleared first.
func wordMask(x uint64) uint64 {
	const high = ones * 0x80
	low := x &^ high     // each byte's lower seven bits
	y := low | ones*0x20 // a letter lower-cased (and a digit as it is)
	letter := (y + ones*(0x80-'a')) &^ (y + ones*(0x80-'z'-1))
	digit := (low + ones*(0x80-'0')) &^ (low + ones*(0x80-'9'-1))
	return (letter | digit) &^ x & high // not ASCII: not a letter
}

// runEnd is the end of the run of letters and digits in text at or
// after i.
func runEnd(text string, i int) int {
	for i < len(text) && wordBytes[text[i]]-1 < notASCII-1 { // 1 to 0x7f: a letter or digit
		i++
	}
	return i
}

// mayJoin are the bytes that may join two runs into a term (joinAt):
// one load tells the byte after most words, a space, from them.
var mayJoin = [256]bool{'\'': true, '.': true, ',': true}

// joinAt tells what the byte at i, after a run, does to the term: 0 it
// ends it; '\” an apostrophe inside a word, dropped ("don't" is
// "dont"); 's' a possessive "'s", dropped with the term ended ("Acme's"
// is "acme"); '.' a decimal point, kept; ',' a thousands comma, dropped.
func joinAt(text string, i int) byte {
	if i+1 >= len(text) {
		return 0
	}
	prev, c, next := text[i-1], text[i], text[i+1]
	switch {
	case c == '\'' && letterASCII(prev) && letterASCII(next):
		if lowerASCII(next) == 's' && (i+2 == len(text) || !wordASCII(text[i+2])) {
			return 's'
		}
		return c
	case (c == '.' || c == ',') && digitASCII(prev) && digitASCII(next):
		return c
	}
	return 0
}

// bufToken is the token of a term in a buffer whose capacity holds a
// head (appendLower).
func bufToken(buf []byte) token {
	whole := buf[:headLen]
	h := wordHead{binary.LittleEndian.Uint64(whole), binary.LittleEndian.Uint64(whole[8:])}
	t := token{head: maskHead(h, len(buf)), n: len(buf)}
	if t.n > headLen {
		t.long = buf
	}
	return t
}

// maskHead keeps the first n bytes of h, zeroing the rest.
func maskHead(h wordHead, n int) wordHead {
	switch {
	case n < 8:
		h.lo &= 1<<(8*n) - 1
		h.hi = 0
	case n < headLen:
		h.hi &= 1<<(8*(n-8)) - 1
	}
	return h
}

// appendLower appends s lower-cased to buf, keeping room for a head
// after buf's start (bufToken reads a head's bytes past the term's).
func appendLower(buf []byte, s string) []byte {
	if cap(buf) < 64 {
		buf = make([]byte, 0, 64)
	}
	for i := 0; i < len(s); i++ {
		buf = append(buf, lowerASCII(s[i]))
	}
	return buf
}

// load64 reads the first 8 bytes of s as a little-endian number (the
// compiler makes one load of it).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Bytes of a head, eight in a number.
const ones = 0x0101010101010101

// wordHead is a word's first 16 bytes, padded with zeros, as two
// little-endian numbers: most words are shorter, and compare with a
// word in its state rather than at its string's bytes elsewhere in
// memory, and hash without a copy. A token holds no zero byte, so the
// heads of two words shorter than a head are equal only when the words
// are. Two fields, not an array: a call passes them in registers.
type wordHead struct{ lo, hi uint64 }

// headLen is the bytes of a head.
const headLen = 16

func headOf[W string | []byte](word W) wordHead {
	var b [headLen]byte
	copy(b[:], word)
	return wordHead{binary.LittleEndian.Uint64(b[:]), binary.LittleEndian.Uint64(b[8:])}
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

// stopKeys holds the stop words as numbers (stopKey), each in a slot of
// its own (stopSlot): a collection asks of every word said on a call
// whether it is a stop word, before looking it up, and one multiply,
// one load and one comparison answer it. A table that probed took
// branches that the processor guessed wrong for one word in three,
// long or short, stop word or not. Empty slots hold a number no word
// has (a word's key of all ones would need its bytes to be 0xFF).
var stopKeys = func() (t stopTable) {
	for _, w := range stopWords {
		if len(w) > 7 {
			panic("search: a stop word longer than stopKey takes")
		}
	}
	for t.mul = 0x9E3779B97F4A7C15; ; t.mul += 2 { // odd multipliers until one gives each word its own slot
		for i := range t.keys {
			t.keys[i] = math.MaxUint64
		}
		own := true
		for _, w := range stopWords {
			k := stopKey(headOf(w), len(w))
			i := t.slot(k)
			own = own && t.keys[i] == math.MaxUint64
			t.keys[i] = k
		}
		if own {
			return t
		}
	}
}()

// A stopTable is a perfect hash of the stop words' keys.
type stopTable struct {
	mul  uint64
	keys [1 << stopBits]uint64
}

// stopBits are the bits of a slot: 1,024 slots for 79 words, where
// 256 or 512 take no multiplier that gives each word a slot of its own.
const stopBits = 10

func (t *stopTable) slot(k uint64) uint64 { return k * t.mul >> (64 - stopBits) }

// stopKey is a word as a number, from its head: its first seven bytes
// from the lowest, its length in the top byte. No two words of at most 7
// bytes have the same, and a longer one's top byte is its eighth byte (a
// letter or a digit, at least 0x30) or'ed with its length: never a stop
// word's, which is its length.
func stopKey(head wordHead, n int) uint64 { return head.lo | uint64(n)<<56 }

func isStop[W string | []byte](w W) bool { return isStopHead(headOf(w), len(w)) }

// isStop tells whether t is a stop word.
func (t token) isStop() bool { return isStopHead(t.head, t.n) }

// isStopHead is isStop of a word of n bytes by its head.
func isStopHead(head wordHead, n int) bool {
	k := stopKey(head, n)
	return stopKeys.keys[stopKeys.slot(k)] == k
}
