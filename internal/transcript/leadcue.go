package transcript

import (
	"regexp"
	"regexp/syntax"
	"strings"

	"callsite/internal/text"
)

// A leadCue is a regular expression that matches from the start of a word
// ("\b" and then words such as "call", "conference", "welcome"), searched
// by trying it only where one of the literals a match starts with starts a
// word: a regular expression without a literal prefix otherwise tries
// every byte of every sentence (the cues that name the company, or that
// say questions were sent in, took most of their parse's time in it). It
// finds exactly what the expression finds.
type leadCue struct {
	pre     *text.Cue      // the expression with its test for needed words, which screens whole paragraphs
	expr    *regexp.Regexp // the expression, for texts the leads cannot screen
	at      *regexp.Regexp // the expression anchored at the start of the text
	leads   []string       // lower case when fold
	fold    bool
	byFirst [256][]string // the leads by their first byte, in both cases when fold
}

// mustLeadCue compiles expr, each choice of which must be "\b" followed
// by an expression every match of which starts with a literal; it panics
// otherwise, as regexp.MustCompile does on a bad expression.
func mustLeadCue(expr string) *leadCue {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	leads, fold, ok := wordLeads(tree.Simplify())
	if !ok {
		panic("leadCue: " + expr + " does not start with \\b and a literal")
	}
	c := &leadCue{pre: text.MustCue(expr), expr: regexp.MustCompile(expr), at: regexp.MustCompile(`^(?:` + expr + `)`), leads: leads, fold: fold}
	for _, l := range leads {
		if !wordByte(l[0]) {
			panic("leadCue: " + expr + " starts with a literal that starts no word")
		}
		if fold && strings.IndexFunc(l, func(r rune) bool { return r >= 0x80 }) >= 0 {
			panic("leadCue: " + expr + " folds the case of a literal beyond ASCII, which leadsAt cannot")
		}
		c.byFirst[l[0]] = append(c.byFirst[l[0]], l)
		if up := strings.ToUpper(l[:1])[0]; fold && up != l[0] {
			c.byFirst[up] = append(c.byFirst[up], l)
		}
	}
	return c
}

// wordLeads are the leads of an expression each choice of which starts
// with "\b" and a literal (leadsOf).
func wordLeads(re *syntax.Regexp) (leads []string, fold, ok bool) {
	switch re.Op {
	case syntax.OpConcat:
		if len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpWordBoundary {
			return leadsOf(re.Sub[1:])
		}
	case syntax.OpCapture:
		return wordLeads(re.Sub[0])
	case syntax.OpAlternate:
		for _, alt := range re.Sub {
			l, f, ok := wordLeads(alt)
			if !ok {
				return nil, false, false
			}
			leads, fold = append(leads, l...), fold || f
		}
		if fold {
			for i := range leads {
				leads[i] = strings.ToLower(leads[i])
			}
		}
		return leads, fold, true
	}
	return nil, false, false
}

// maxLeads bounds the literals leadsOf spells out.
const maxLeads = 64

// leadsOf returns literals one of which every match of the concatenation
// subs starts with (lower case when any folds case), longer where a
// literal is followed by a choice of literals ("c" and then "all" or
// "onference"); ok is false when a match may start otherwise.
func leadsOf(subs []*syntax.Regexp) (leads []string, fold, ok bool) {
	if len(subs) == 0 {
		return nil, false, false
	}
	re := subs[0]
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		fold = re.Flags&syntax.FoldCase != 0
		if fold {
			lit = strings.ToLower(lit)
		}
		next, nextFold, ok := leadsOf(subs[1:])
		if !ok || len(next) > maxLeads {
			return []string{lit}, fold, true
		}
		for _, n := range next {
			leads = append(leads, lit+n)
		}
		if fold != nextFold { // one folds and the other not: compare all lower case
			for i := range leads {
				leads[i] = strings.ToLower(leads[i])
			}
		}
		return leads, fold || nextFold, true
	case syntax.OpCapture:
		return leadsOf(append([]*syntax.Regexp{re.Sub[0]}, subs[1:]...))
	case syntax.OpConcat:
		return leadsOf(append(append([]*syntax.Regexp{}, re.Sub...), subs[1:]...))
	case syntax.OpAlternate:
		for _, alt := range re.Sub {
			l, f, ok := leadsOf(append([]*syntax.Regexp{alt}, subs[1:]...))
			if !ok {
				return nil, false, false
			}
			leads, fold = append(leads, l...), fold || f
		}
		if fold {
			for i := range leads {
				leads[i] = strings.ToLower(leads[i])
			}
		}
		return leads, fold, true
	}
	return nil, false, false
}

// FindAllStringIndex is regexp's FindAllStringIndex(s, -1).
func (c *leadCue) FindAllStringIndex(s string) [][]int {
	if c.fold && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		// The Kelvin sign and the long s fold to k and s: no byte test sees them.
		return c.expr.FindAllStringIndex(s, -1)
	}
	var out [][]int
	for p := 0; p < len(s); p++ {
		if loc := c.matchAt(s, p); loc != nil {
			out = append(out, loc)
			p = loc[1] - 1 // the next search starts where this match ends
		}
	}
	return out
}

// MayMatchIn reports false when no part of s can hold a match, as
// text.Cue's does.
func (c *leadCue) MayMatchIn(s string) bool { return c.pre.MayMatchIn(s) }

// MatchString reports whether s holds a match.
func (c *leadCue) MatchString(s string) bool {
	return c.pre.MayMatchIn(s) && c.FindStringIndex(s) != nil
}

// FindStringIndex is regexp's FindStringIndex.
func (c *leadCue) FindStringIndex(s string) []int {
	if c.fold && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		return c.expr.FindStringIndex(s)
	}
	for p := 0; p < len(s); p++ {
		if loc := c.matchAt(s, p); loc != nil {
			return loc
		}
	}
	return nil
}

// matchAt is the match that starts at p, or nil. A match starts a word:
// the anchored expression's "\b" holds at the start of s[p:] when it
// holds at p in s, which the byte before p decides.
func (c *leadCue) matchAt(s string, p int) []int {
	if c.byFirst[s[p]] == nil || p > 0 && wordByte(s[p-1]) || !c.leadsAt(s[p:]) {
		return nil
	}
	loc := c.at.FindStringIndex(s[p:])
	if loc == nil {
		return nil
	}
	return []int{p, p + loc[1]}
}

// leadsAt reports whether s starts with one of the leads.
func (c *leadCue) leadsAt(s string) bool {
	for _, l := range c.byFirst[s[0]] {
		if len(s) < len(l) {
			continue
		}
		if c.fold && equalFoldASCII(s[:len(l)], l) || s[:len(l)] == l {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether s lower-cased in ASCII is low.
func equalFoldASCII(s, low string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
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
