package glossary

import "strings"

// wordSet is a byte automaton of a set of words, as keys: it passes over
// the words of a text whose key is not in the set, a table lookup a byte,
// and stops at the end of one whose key is. Find runs it over the text
// with the spellings' first words: a text's words are mostly ASCII and
// start no spelling, so Find reads most of its bytes here and keys only
// the words it stops at. longestAt asks it whether a word can continue a
// spelling.
//
// Its states are between words (the start), in a word not in the set,
// the trie of the set's words as they may be written (the key, and the
// key capitalised when it has no capitals inside), and after such a word
// and hyphens or apostrophes that trimWord drops. A byte from 0x80 stops
// it too: nextWord decides how such a word ends.
type wordSet struct {
	class [256]uint8 // a byte's column in next
	width int32      // columns
	// next is the state after a byte: next[s+class[b]] for state s,
	// states being row offsets (state number times width); endWord or
	// notASCII to stop.
	next []int32
}

// The automaton's stops, and its states whose number is fixed.
const (
	endWord  = -1 // a separator after a word of the set
	notASCII = -2 // a byte from 0x80

	betweenWords = 0 // the start
	otherWord    = 1 // a word not in the set
	trimmedTail  = 2 // a word of the set and more hyphens or apostrophes than the trie has
)

// Columns whose number is fixed: the bytes of no word of the set share them.
const (
	colSeparator = iota // ASCII that makes no word
	colMultibyte        // from 0x80
	colOther            // a letter or digit of no word of the set
	colHyphen
	colApostrophe
)

// newWordSet builds the automaton of a set of words, as keys. Words that
// no ASCII word of a text can be keyed to (with bytes from 0x80, or other
// than nextWord puts in words) are left out.
func newWordSet(keys []string) *wordSet {
	a := &wordSet{width: colApostrophe + 1}
	for c := range a.class {
		switch k := byteClass[c]; {
		case k == multibyte:
			a.class[c] = colMultibyte
		case c == '-':
			a.class[c] = colHyphen
		case c == '\'':
			a.class[c] = colApostrophe
		case k == alnum:
			a.class[c] = colOther
		}
	}
	var spellings []string
	for _, k := range keys {
		for _, s := range writings(k) {
			if !isTextWord(s) {
				continue
			}
			spellings = append(spellings, s)
			for i := 0; i < len(s); i++ {
				if a.class[s[i]] == colOther {
					a.class[s[i]] = uint8(a.width)
					a.width++
				}
			}
		}
	}
	// The trie: children[n] by byte, text[n] the bytes that lead to node n.
	children := []map[byte]int{{}, nil, nil}
	text := []string{"", "", ""}
	for _, s := range spellings {
		n := betweenWords
		for i := 0; i < len(s); i++ {
			c, ok := children[n][s[i]]
			if !ok {
				c = len(children)
				children[n][s[i]] = c
				children = append(children, map[byte]int{})
				text = append(text, s[:i+1])
			}
			n = c
		}
	}
	isSpelling := map[string]bool{}
	for _, s := range spellings {
		isSpelling[s] = true
	}
	a.next = make([]int32, len(children)*int(a.width))
	for n := range children {
		ends := n > trimmedTail && isSpelling[strings.TrimRight(text[n], "-'")] || n == trimmedTail
		for c := range a.class {
			a.next[a.at(n, a.class[c])] = a.step(n, byte(c), children[n], ends)
		}
	}
	return a
}

// writings are the ways an ASCII word of a text can be keyed to k: as k,
// and capitalised when k is in lower case (appendKey lowers a word with
// no capitals inside).
func writings(k string) []string {
	if c := k[0]; 'a' <= c && c <= 'z' && !caseSensitive(k) {
		return []string{k, string(c-('a'-'A')) + k[1:]}
	}
	return []string{k}
}

// isTextWord reports whether nextWord can find s whole in an ASCII text:
// letters, digits, hyphens and apostrophes, starting and ending with a
// letter or digit.
func isTextWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if byteClass[s[i]]&(alnum|joiner) == 0 {
			return false
		}
	}
	return byteClass[s[0]] == alnum && byteClass[s[len(s)-1]] == alnum
}

// at is where next holds state n's step on column col.
func (a *wordSet) at(n int, col uint8) int {
	return n*int(a.width) + int(col)
}

// step is the state after byte c in state n, which has the trie children
// given and ends a word of the set (trimmed) when ends is true.
func (a *wordSet) step(n int, c byte, children map[byte]int, ends bool) int32 {
	row := func(n int) int32 { return int32(n) * a.width }
	col := a.class[c]
	switch {
	case col == colMultibyte:
		return notASCII
	case col == colSeparator && ends:
		return endWord
	case col == colSeparator:
		return row(betweenWords)
	case n == betweenWords && (col == colHyphen || col == colApostrophe):
		return row(betweenWords) // words start at a letter or digit
	case n == otherWord:
		return row(otherWord)
	}
	if child, ok := children[c]; ok {
		return row(child)
	}
	if ends && (col == colHyphen || col == colApostrophe) {
		return row(trimmedTail)
	}
	return row(otherWord)
}

// endsWord reports whether state s is at the end of a word of the set, should
// the text end there.
func (a *wordSet) endsWord(s int) bool {
	return a.next[s+colSeparator] == endWord
}

// accepts reports whether the key of ASCII word w (found by nextWord) is in
// the set.
func (a *wordSet) accepts(w string) bool {
	s := betweenWords
	for i := 0; i < len(w); i++ {
		s = int(a.next[s+int(a.class[w[i]])])
	}
	return a.endsWord(s)
}

// nextCandidate finds the first word of text at or after byte from that
// may be in the set: an ASCII word that is, or a word with bytes from
// 0x80, which the caller keys to look up. from is not inside a word.
func (a *wordSet) nextCandidate(text string, from int) (word, bool) {
	for {
		s, i := a.run(text, from)
		switch {
		case i == len(text):
			if a.endsWord(s) {
				return trimWord(text, wordStart(text, from, i), i), true
			}
			return word{}, false
		case s == endWord:
			return trimWord(text, wordStart(text, from, i), i), true
		}
		w, ascii, ok := nextWord(text, wordStart(text, from, i))
		if !ok || !ascii || a.accepts(text[w.start:w.end]) {
			return w, ok
		}
		from = w.end
	}
}

// run reads text from byte i, not inside a word, to the first stop; it
// returns the stop and its byte, or the state at the end of the text and
// len(text). Its loop runs over every byte of a call's text: the tables
// are held in locals, which the compiler keeps in registers.
func (a *wordSet) run(text string, i int) (s, at int) {
	next, class := a.next, &a.class
	_ = text[i:] // 0 <= i, so text[i] needs no bounds check
	for s = betweenWords; i < len(text); i++ {
		if s = int(next[s+int(class[text[i]])]); s < 0 {
			break
		}
	}
	return s, i
}

// wordStart is where the ASCII word that ends at byte end starts: after
// the bytes that make no word, and the hyphens and apostrophes that start
// none, but not before from. It is end when no word ends there.
func wordStart(text string, from, end int) int {
	i := end
	for i > from && byteClass[text[i-1]]&(alnum|joiner) != 0 {
		i--
	}
	for i < end && byteClass[text[i]] == joiner {
		i++
	}
	return i
}
