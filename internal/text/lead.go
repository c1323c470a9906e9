package text

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// leads find a Cue's matches from the words they start with: a regular
// expression without one literal prefix ("\b" and then "call",
// "conference" or "welcome") otherwise tries every byte of every sentence,
// which took most of a parse's time in the cues that name the company or
// say questions were sent in. The expression is tried, anchored, only
// where one of the leads starts (and, after "\b", starts a word). It
// finds exactly what the expression finds.
type leads struct {
	at      *regexp.Regexp // the expression anchored at the start of the text
	word    bool           // each match starts a word: the expression starts with "\b"
	fold    bool           // leads are lower case, to be compared with the text lower-cased
	byFirst [256][]string  // the leads by their first byte, in each case when fold
	starts  [256]bool      // the bytes byFirst has leads for
	class   [256]uint8     // what each byte may be: a word's (isWord), a lead's first or second (see next)
}

// The bits of leads.class: a byte of a word, a lead's first byte, a
// lead's second byte (any byte, after a one-byte lead). next reads them
// shifted onto leadFirst, one test for three bytes.
const (
	isWord     = 1
	leadSecond = 2
	leadFirst  = 4
)

// maxLeads bounds the literals a Cue's leads spell out: more than its
// needed words, as the cues for one of many phrases start with one of
// many words.
const maxLeads = 64

// compileLeads returns the leads of the expression re (simplified) when
// every match starts with one of a few literals; nil otherwise. Spaces in
// the leads are blanks (lits.lower), as in the text when compared.
func compileLeads(expr string, re *syntax.Regexp, fold bool) *leads {
	l := lits{fold: fold, max: maxLeads}
	words, word := l.wordLeads(re)
	if !word {
		words = l.prefixes(re)
	}
	if len(words) > maxLeads {
		return nil
	}
	c := &leads{word: word, fold: fold}
	for _, w := range words {
		switch {
		case w == "", !word && len(w) < 2: // a byte alone is in too many places
			return nil
		case word && !wordByte(w[0]):
			return nil // "\b" and then a non-word byte starts no word
		case fold && strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 }) >= 0:
			return nil // the comparison folds the case of ASCII letters only
		}
		seconds := everyByte[:] // after a one-byte lead
		if len(w) > 1 {
			seconds = textBytes(w[1], fold)
		}
		for _, b := range seconds {
			c.class[b] |= leadSecond
		}
		for _, b := range textBytes(w[0], fold) {
			c.byFirst[b] = append(c.byFirst[b], w)
			c.starts[b] = true
			c.class[b] |= leadFirst
		}
	}
	for b, w := range wordBytes {
		if w {
			c.class[b] |= isWord
		}
	}
	at, err := regexp.Compile(`^(?:` + expr + `)`)
	if err != nil {
		return nil
	}
	c.at = at
	return c
}

// everyByte holds the 256 bytes.
var everyByte = func() (all [256]byte) {
	for b := range all {
		all[b] = byte(b)
	}
	return all
}()

// textBytes are the bytes of a text that read as b, a lead's byte.
func textBytes(b byte, fold bool) []byte {
	switch {
	case b == ' ':
		return []byte(" " + spaces)
	case fold && 'a' <= b && b <= 'z':
		return []byte{b, b - 'a' + 'A'}
	}
	return []byte{b}
}

// wordLeads returns the leads of an expression each choice of which
// starts with "\b" and then one of a few literals (prefixes); word is
// false when it is not so.
func (l lits) wordLeads(re *syntax.Regexp) (words []string, word bool) {
	switch re.Op {
	case syntax.OpCapture:
		return l.wordLeads(re.Sub[0])
	case syntax.OpAlternate:
		for _, alt := range re.Sub {
			ws, ok := l.wordLeads(alt)
			if !ok {
				return nil, false
			}
			words = append(words, ws...)
		}
		return words, true
	case syntax.OpConcat:
		if len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpWordBoundary {
			return l.prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}), true
		}
		// "(?:\bfrom|\bof|\bwith)\s+...": the parser does not factor the
		// "\b" out of the choices, and each starts a word all the same. The
		// leads are those of the first part alone (they are its prefixes,
		// not all it matches, so nothing after it can be added to them).
		if len(re.Sub) >= 2 {
			return l.wordLeads(re.Sub[0])
		}
	}
	return nil, false
}

// find returns the first match in s at or after from, or nil.
func (c *leads) find(s string, from int) []int {
	for p := c.next(s, from); p < len(s); p = c.next(s, p+1) {
		if loc := c.at.FindStringIndex(s[p:]); loc != nil {
			loc[0], loc[1] = p, p+loc[1]
			return loc
		}
	}
	return nil
}

// findAll returns up to n matches (all when n < 0), as regexp's
// FindAllStringIndex, or FindAllStringSubmatchIndex when sub: the next
// search starts where a match ends.
func (c *leads) findAll(s string, n int, sub bool) [][]int {
	var out [][]int
	for p := c.next(s, 0); p < len(s) && (n < 0 || len(out) < n); {
		var loc []int
		if sub {
			loc = c.at.FindStringSubmatchIndex(s[p:])
		} else {
			loc = c.at.FindStringIndex(s[p:])
		}
		if loc == nil {
			p = c.next(s, p+1)
			continue
		}
		for i := range loc {
			if loc[i] >= 0 { // -1: a group that took no part
				loc[i] += p
			}
		}
		out = append(out, loc)
		p = c.next(s, loc[1]) // a match holds its lead: it is not empty
	}
	return out
}

// next returns the first place at or after p where a match may start,
// or len(s): one of the leads starts there and, after "\b", starts a
// word. The anchored expression's "\b" holds at the start of s[p:] when
// it holds at p in s, which the byte before p decides; no other
// assertion can look before p, as a lead precedes it.
//
// It runs over every byte of the texts a Cue reads, so each byte is one
// test of bits of the byte, the next and (after "\b") the one before: a
// lead's first byte, then one of the leads' second bytes, after a byte of
// no word. The test passes at a few bytes in a hundred, so its branch is
// predicted; a test of this byte alone passed at a third of a text's
// letters, a branch mispredicted throughout.
func (c *leads) next(s string, p int) int {
	if !c.word {
		for ; p+1 < len(s); p++ { // a lead has two bytes or more
			if c.class[s[p]]&(c.class[s[p+1]]<<1)&leadFirst != 0 && c.leadsAt(s[p:]) {
				return p
			}
		}
		return len(s)
	}
	if p == 0 {
		if len(s) > 0 && c.starts[s[0]] && c.leadsAt(s) {
			return 0
		}
		p = 1
	}
	for ; p+1 < len(s); p++ {
		if c.class[s[p]]&(c.class[s[p+1]]<<1)&^(c.class[s[p-1]]<<2)&leadFirst != 0 && c.leadsAt(s[p:]) {
			return p
		}
	}
	if p < len(s) && c.starts[s[p]] && !wordBytes[s[p-1]] && c.leadsAt(s[p:]) {
		return p // the last byte, a one-byte lead
	}
	return len(s)
}

// wordBytes tells the bytes wordByte reports, by table.
var wordBytes = func() (t [256]bool) {
	for b := range t {
		t[b] = wordByte(byte(b))
	}
	return t
}()

// leadsAt reports whether s starts with one of the leads, read as a Cue
// reads a text: lower-cased when fold, spaces as blanks.
func (c *leads) leadsAt(s string) bool {
	for _, l := range c.byFirst[s[0]] {
		if len(s) >= len(l) && c.sameBytes(s[:len(l)], l) {
			return true
		}
	}
	return false
}

// sameBytes reports whether s, read as a Cue reads a text, is lead.
func (c *leads) sameBytes(s, lead string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case c.fold && 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		case '\t' <= b && b <= '\r':
			b = ' '
		}
		if b != lead[i] {
			return false
		}
	}
	return true
}

// wordByte reports whether c is a word character as regexp's \b reads
// one: an ASCII letter, digit or '_' (a byte of any other character is
// none).
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
