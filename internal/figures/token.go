package figures

import (
	"encoding/binary"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// tokKind says what a token is. The tokenizer is a single left-to-right pass
// with no regular expressions, so Find stays linear in the paragraph length.
type tokKind uint8

const (
	tWord  tokKind = iota // letters (and inner apostrophes)
	tNum                  // 1,234.5 : digits with thousands groups and one decimal part
	tSym                  // $ € % - + & / ( ) and any other single rune
	tPunct                // . , ; : ! ?
)

// token's small fields come last, packed in one word: a paragraph's
// tokens are the largest allocation of Find.
type token struct {
	start, end int
	low        string  // lower-case word, the numeral without commas, or the rune
	num        float64 // value of a tNum
	kind       tokKind
	space      bool      // whitespace (or the start of the text) before the token
	upper      bool      // word starts with an upper-case letter
	sentEnd    bool      // punctuation that ends a sentence
	class      wordClass // for a word: the lists it is in (wordClasses)
}

// wordClass says which of the word lists read on every word of a sentence
// a word is in: a word is looked up once, when it is tokenized, instead of
// once a list for every pass over the sentence (amounts, qualifiers,
// metrics, periods, forward-looking words). Only words have a class: a
// number or a symbol has none (TestWordClassesAreWords).
type wordClass uint8

const (
	cForward     wordClass = 1 << iota // forwardWords says it looks ahead
	cAmountStart                       // amountStartWords: an amount may start with it
	cQualifier                         // qualifiersByFirst: a qualifier starts with it
	cMetric                            // metricIndex: a metric phrase starts with it
	cOrdinal                           // ordinals: "first" ... "4th"
	cMonth                             // months: "january", "jan"
	cNumber                            // numberWords: an amount said in words needs one
	cUnit                              // unitWords: and one of these, as a year does (amountMayBeSaid)
)

// wordClasses holds the class of every word that has one, gathered once
// from the lists themselves.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for w, ahead := range forwardWords {
		if ahead {
			m[w] |= cForward
		}
	}
	for w := range amountStartWords {
		m[w] |= cAmountStart
	}
	for w := range qualifiersByFirst {
		m[w] |= cQualifier
	}
	for w := range metricIndex {
		m[w] |= cMetric
	}
	for w := range ordinals {
		m[w] |= cOrdinal
	}
	for w := range months {
		m[w] |= cMonth
	}
	for w := range numberWords {
		m[w] |= cNumber
	}
	for w := range unitWords {
		m[w] |= cUnit
	}
	return m
}()

// classOf is the class of a word (lower case). Most words have none, and
// classShapes says so from the word's length and first and last letters
// without the look-up; the rest are looked up in classSlots.
func classOf(w string) wordClass {
	if w == "" || !classShapes.has(w) {
		return 0
	}
	for k := classSlot(w); ; k = (k + 1) % len(classSlots) {
		switch s := &classSlots[k]; s.word {
		case w:
			return s.class
		case "":
			return 0
		}
	}
}

// classSlots holds wordClasses open-addressed, at least half of it empty:
// a word is at classSlot(word) or in the slots after it, before an empty
// one. Its hash reads four bytes of a word, cheaper than a map's of the
// whole word, for the third of the words of a call that pass the shapes.
var classSlots = func() (slots [1024]struct {
	word  string
	class wordClass
}) {
	for _, w := range slices.Sorted(maps.Keys(wordClasses)) { // (in order: the same table every run)
		k := classSlot(w)
		for slots[k].word != "" {
			k = (k + 1) % len(slots)
		}
		slots[k].word, slots[k].class = w, wordClasses[w]
	}
	return slots
}()

// classSlot is where a word (not "") is looked for first in classSlots.
func classSlot(w string) int {
	x := uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[len(w)/2])<<8 | uint32(w[len(w)-1])
	return int(x * 0x9e3779b1 >> 22) // the top 10 bits: len(classSlots) is 1 << 10
}

// classShapes holds the shapes of the words that have a class.
var classShapes = shapesOf(wordClasses)

// wordShapes holds the shapes of a list of words: by length (31 for
// longer ones) and first letter, a bit for each last letter.
type wordShapes [32][27]uint32

func shapesOf[V any](words ...map[string]V) (shapes wordShapes) {
	for _, m := range words {
		for w := range m {
			shapes[min(len(w), 31)][letterIndex(w[0])] |= 1 << letterIndex(w[len(w)-1])
		}
	}
	return shapes
}

// has reports whether a word of the list may be w (not ""): false when
// none has its shape.
func (shapes *wordShapes) has(w string) bool {
	return shapes[min(len(w), 31)][letterIndex(w[0])]&(1<<letterIndex(w[len(w)-1])) != 0
}

// letterIndex is 0 to 25 for "a" to "z", 26 for any other byte.
func letterIndex(b byte) int {
	if b >= 'a' && b <= 'z' {
		return int(b - 'a')
	}
	return 26
}

// is reports a word of the class.
func (t *token) is(c wordClass) bool { return t.class&c != 0 }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// tokenize splits text into tokens. Invalid UTF-8 bytes become one-byte
// symbols, so spans always stay on the bytes of the input.
//
// It is one byte scanner (about 95 lines): words, numbers with their
// separators, symbols and spaces are decided on the same cursor, the hot
// path of figure finding, kept free of calls and regular expressions.
func tokenize(s string) []token {
	return tokenizeLow(nil, s, strings.ToLower(s), text.Sentences(s))
}

// tokenizeLow is tokenize given s lower-cased and its sentences, into
// dst's room: when s is ASCII (lower-casing keeps every byte where it is),
// a word's low is a slice of low.
func tokenizeLow(dst []token, s, low string, sents []text.Span) []token {
	toks := dst[:0]
	if n := len(s)/4 + 1; cap(toks) < n {
		toks = make([]token, 0, n) // about 5 bytes a token on real calls: room to spare, no growing
	}
	lows := ""
	if isASCII(s) {
		lows = low
	}
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			// thousands groups: ",ddd" not followed by another digit
			if j-i <= 3 {
				for j+4 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
					j += 4
				}
			}
			if j < len(s)-1 && s[j] == '.' && isDigit(s[j+1]) {
				j++
				for j < len(s) && isDigit(s[j]) {
					j++
				}
			}
			raw := s[i:j]
			low := raw
			if strings.IndexByte(raw, ',') >= 0 {
				low = strings.ReplaceAll(raw, ",", "")
			}
			v, err := strconv.ParseFloat(low, 64)
			if err != nil {
				v = 0
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, low: low, num: v, space: space})
			space = false
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
				j := i + 1 // most words: ASCII letters up to an ASCII byte, read here
				for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
					j++
				}
				if j < len(s) && (s[j] == '\'' || s[j] >= utf8.RuneSelf) {
					j = wordEnd(s, i) // an apostrophe or a rune after them: wordEnd reads on
				}
				toks = append(toks, mkWordLow(s, lows, i, j, space))
				space = false
				i = j
				continue
			case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?':
				toks = append(toks, token{start: i, end: i + 1, kind: tPunct, low: s[i : i+1], space: space})
				space = false
				i++
				continue
			default:
				toks = append(toks, token{start: i, end: i + 1, kind: tSym, low: s[i : i+1], space: space})
				space = false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			toks = append(toks, token{start: i, end: i + 1, kind: tSym, low: "\ufffd", space: space})
			space = false
			i++
			continue
		}
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\u200d' || r == '\ufeff':
			space = true
			i += size
		case unicode.IsLetter(r):
			j := wordEnd(s, i)
			toks = append(toks, mkWordLow(s, lows, i, j, space))
			space = false
			i = j
		default:
			low := s[i : i+size]
			switch r {
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
				low = "-"
			case '\u2026':
				toks = append(toks, token{start: i, end: i + size, kind: tPunct, low: ".", space: space})
				space = false
				i += size
				continue
			}
			toks = append(toks, token{start: i, end: i + size, kind: tSym, low: low, space: space})
			space = false
			i += size
		}
	}
	markSentenceEnds(sents, toks)
	return toks
}

// wordEnd returns the end of the word starting at i: letters, plus an
// apostrophe between letters (company's, don't).
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			j++ // an ASCII letter: no rune to decode
			continue
		} else if c < utf8.RuneSelf && c != '\'' {
			break // any other ASCII byte but an apostrophe ends the word: a space, most often
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if unicode.IsLetter(r) {
			j += size
			continue
		}
		if r == '\'' || r == '\u2019' {
			k := j + size
			if k < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[k:])
				if unicode.IsLetter(r2) {
					j = k
					continue
				}
			}
			if r == '\'' && j-i > 3 && strings.EqualFold(s[j-3:j], "ers") && k+1 < len(s) && s[k] == ' ' && s[k+1] >= 'a' && s[k+1] <= 'z' {
				j = k // the possessive of owners, "stockholders' equity": one word with its noun's phrase (not "Boes' per day")
			}
		}
		break
	}
	if j == i { // defensive: never loop forever
		_, size := utf8.DecodeRuneInString(s[i:])
		j = i + size
	}
	return j
}

// mkWordLow is mkWord given the text lower-cased (lows, "" when the text
// is not ASCII).
func mkWordLow(s, lows string, i, j int, space bool) token {
	if lows == "" {
		return mkWord(s, i, j, space)
	}
	c, low := s[i], lows[i:j]
	return token{start: i, end: j, kind: tWord, low: low, space: space, upper: c >= 'A' && c <= 'Z', class: classOf(low)}
}

// isASCII reports a text of ASCII bytes only, 32 bytes at a time and then
// eight: it is asked of every paragraph by several steps, and four words
// or'ed together take one test where each took its own.
func isASCII(s string) bool {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		if (load8(s, i)|load8(s, i+8)|load8(s, i+16)|load8(s, i+24))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if load8(s, i)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lower is strings.ToLower(s), faster for an ASCII text (every paragraph
// of most calls): its letters are lowered eight bytes at a time, as
// isASCII reads them, and a text with no capital is s itself.
func lower(s string) string {
	if !isASCII(s) {
		return strings.ToLower(s)
	}
	i := 0
	for ; i+8 <= len(s) && upperBytes(load8(s, i)) == 0; i += 8 {
	}
	for ; i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z'); i++ {
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var words [32]byte // (written 32 bytes at a time: a Write costs more than the lowering)
	for ; i+32 <= len(s); i += 32 {
		for k := 0; k < 32; k += 8 {
			x := load8(s, i+k)
			binary.LittleEndian.PutUint64(words[k:], x|upperBytes(x)>>2) // 0x80 of each capital becomes its 0x20
		}
		b.Write(words[:])
	}
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		binary.LittleEndian.PutUint64(words[:], x|upperBytes(x)>>2)
		b.Write(words[:8])
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// load8 is the eight bytes of s at i, the first the lowest.
func load8(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check, not eight: the compiler then reads the eight bytes at once
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperBytes has the high bit of each byte of x (eight ASCII bytes) that
// is a capital letter set, and no other bit: a byte of 'A' or more
// carries into its high bit when 0x3f is added, one above 'Z' when 0x25
// is; no sum passes 0xff, so no byte carries into the next.
func upperBytes(x uint64) uint64 {
	const high = 0x8080808080808080
	return ((x + 0x3f3f3f3f3f3f3f3f) ^ (x + 0x2525252525252525)) & high
}

// digitOrSignSaid reports a text with a digit, "$" or "%"; digitSaid one
// with a digit. Both read eight bytes at a time (bytesBelow).
func digitOrSignSaid(s string) bool { return digitsIn(s, true) }

func digitSaid(s string) bool { return digitsIn(s, false) }

// signSaid reports a text with "$" or "%" (strings.ContainsAny(s, "$%")).
func signSaid(s string) bool { return strings.IndexByte(s, '$') >= 0 || strings.IndexByte(s, '%') >= 0 }

func digitsIn(s string, signs bool) bool {
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if bytesBelow(x^0x30*ones, 10) != 0 || signs && bytesBelow(x^0x24*ones, 2) != 0 {
			return true // (digits xor 0x30 are the bytes below 10; "$" and "%" xor 0x24 those below 2)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; isDigit(c) || signs && (c == '$' || c == '%') {
			return true
		}
	}
	return false
}

// lastByte is strings.LastIndexByte(s, c), eight bytes at a time from
// the end (the standard library's is a byte loop): lastIndex asks it of
// the words before every figure.
func lastByte(s string, c byte) int {
	const ones = 0x0101010101010101
	i := len(s)
	for ; i >= 8; i -= 8 {
		if bytesBelow(load8(s, i-8)^ones*uint64(c), 1) == 0 {
			continue // no byte of the eight is c
		}
		for k := i - 1; ; k-- {
			if s[k] == c {
				return k
			}
		}
	}
	for k := i - 1; k >= 0; k-- {
		if s[k] == c {
			return k
		}
	}
	return -1
}

// bytesBelow is not 0 exactly when a byte of x is below n (at most 0x80):
// the high bit of x - n in a byte, that x's byte had not, is set first in
// the lowest byte below n, which borrows from none; a byte of n or more
// borrows from no byte above it.
func bytesBelow(x, n uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	return (x - n*ones) &^ x & high
}

func mkWord(s string, i, j int, space bool) token {
	w := s[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	low := w
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf || (w[k] >= 'A' && w[k] <= 'Z') {
			low = strings.ToLower(w)
			break
		}
	}
	if strings.ContainsRune(low, '\u2019') {
		low = strings.ReplaceAll(low, "\u2019", "'")
	}
	return token{start: i, end: j, kind: tWord, low: low, space: space, upper: unicode.IsUpper(r), class: classOf(low)}
}

// markSentenceEnds marks the last token of every sentence (sents, as
// text.Sentences splits the text): Find reads sentences the way every other
// package does ("U.S.", "Inc.", "No. 2", "e.g." and initials go on; "?" and
// "!" end one; a closing quote or bracket after the stop belongs to it).
func markSentenceEnds(sents []text.Span, toks []token) {
	k := 0
	for _, sp := range sents {
		last := -1
		for k < len(toks) && toks[k].end <= sp.End {
			last = k
			k++
		}
		if last >= 0 && toks[last].end == sp.End {
			toks[last].sentEnd = true
		}
	}
}
