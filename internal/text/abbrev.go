package text

import "strings"

// AbbrevKind says how a word followed by "." behaves at a sentence's end.
type AbbrevKind int

const (
	NotAbbrev AbbrevKind = iota
	// Title precedes a name and never ends a sentence: "Mr.", "Dr.".
	Title
	// NonFinal is followed by more of the sentence: "e.g.", "approx.", "vs.".
	NonFinal
	// Numbering precedes a number: "No. 2", "Nos. 3 and 4".
	Numbering
	// Final may end a sentence as well as go on: "Inc.", "U.S.", "a.m.", "etc.".
	Final
)

// abbreviations of business English, keyed by the lower-case word without
// its final dot. Dotted acronyms ("U.S", "N.A", "L.P") are Final too, by
// shape, without a list.
var abbreviations = map[string]AbbrevKind{
	"mr": Title, "mrs": Title, "ms": Title, "dr": Title, "prof": Title, "messrs": Title,
	"sen": Title, "rep": Title, "gov": Title, "gen": Title, "st": Title, "mt": Title, "ft": Title,
	"e.g": NonFinal, "i.e": NonFinal, "vs": NonFinal, "approx": NonFinal, "cf": NonFinal, "viz": NonFinal,
	"dept": NonFinal, "est": NonFinal, "fig": NonFinal, "ca": NonFinal,
	"jan": NonFinal, "feb": NonFinal, "mar": NonFinal, "apr": NonFinal, "jun": NonFinal, "jul": NonFinal,
	"aug": NonFinal, "sep": NonFinal, "sept": NonFinal, "oct": NonFinal, "nov": NonFinal, "dec": NonFinal,
	"no": Numbering, "nos": Numbering, "nr": Numbering,
	"inc": Final, "corp": Final, "co": Final, "ltd": Final, "llc": Final, "plc": Final, "bros": Final,
	"jr": Final, "sr": Final, "etc": Final, "al": Final, "intl": Final, "assn": Final,
}

// Abbrev says whether w (a word as written, without its final dot, e.g.
// "Inc" or "U.S") is an abbreviation and of which kind.
//
// It is asked of the word before nearly every period of every text, and
// few are abbreviations: a word of ASCII without dots is looked up only
// when a listed word has its length and first letter, lower-cased on the
// stack; the rest as any word (abbrevOf).
func Abbrev(w string) AbbrevKind {
	if strings.IndexByte(w, '.') < 0 && isASCII(w) {
		var buf [undottedRoom]byte
		if len(w) > len(buf) || w == "" || undotted[len(w)]&letterBit(w[0]) == 0 {
			return NotAbbrev
		}
		return abbreviations[string(lowerASCII(buf[:], w))]
	}
	return abbrevOf(w)
}

// undottedRoom is at least the length of the longest listed word without
// dots (the test holds Abbrev to abbrevOf on each of them).
const undottedRoom = 8

// undotted holds, by length, the first letters of the listed words without
// dots (a bit each, letterBit): most words are ruled out by it before the
// list is asked.
var undotted = func() (t [undottedRoom + 1]uint32) {
	for w := range abbreviations {
		if len(w) < len(t) && !strings.Contains(w, ".") {
			t[len(w)] |= letterBit(w[0])
		}
	}
	return t
}()

// letterBit is a bit for an ASCII letter of either case, 0 for any other byte.
func letterBit(c byte) uint32 {
	c |= 'a' - 'A' // lower case if a letter; no other byte becomes one
	if c < 'a' || c > 'z' {
		return 0
	}
	return 1 << (c - 'a')
}

// abbrevOf is Abbrev for any word: lower-cased as Unicode, dotted acronyms.
func abbrevOf(w string) AbbrevKind {
	low := strings.ToLower(w)
	if k, ok := abbreviations[low]; ok {
		return k
	}
	if dottedAcronym(low) {
		return Final // "U.S", "U.K", "a.m", "p.m", "N.A"
	}
	return NotAbbrev
}

// lowerASCII is w, ASCII and no longer than buf, lower-cased in buf.
func lowerASCII(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// IsAbbrev reports whether w followed by "." is an abbreviation or an
// initial rather than a word that ends a sentence.
func IsAbbrev(w string) bool {
	return Abbrev(w) != NotAbbrev || isInitial(w)
}

// dottedAcronym is letters separated by single dots: "u.s", "a.m".
func dottedAcronym(w string) bool {
	if len(w) < 3 || !strings.Contains(w, ".") {
		return false
	}
	for k := 0; k < len(w); k++ {
		letter := w[k] >= 'a' && w[k] <= 'z'
		if k%2 == 0 && !letter || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}

// sentenceStarters are words that, capitalised after "Inc." or "U.S.",
// can only begin a new sentence: pronouns, determiners, conjunctions and
// the discourse words of calls.
var sentenceStarters = map[string]bool{
	"i": true, "we": true, "we're": true, "we've": true, "we'll": true, "our": true, "you": true, "your": true,
	"they": true, "their": true, "it": true, "it's": true, "its": true, "he": true, "she": true, "this": true,
	"that": true, "these": true, "those": true, "there": true, "the": true, "a": true, "an": true, "and": true,
	"but": true, "so": true, "or": true, "as": true, "in": true, "on": true, "at": true, "for": true,
	"if": true, "when": true, "while": true, "what": true, "how": true, "why": true, "where": true,
	"now": true, "then": true, "also": true, "yes": true, "no": true, "thank": true, "thanks": true,
	"okay": true, "ok": true, "well": true, "let": true, "let's": true, "overall": true, "finally": true,
	"turning": true, "moving": true, "looking": true, "again": true, "today": true, "with": true,
	"can": true, "could": true, "would": true, "do": true, "does": true, "did": true, "is": true, "are": true,
	"was": true, "were": true, "have": true, "has": true, "had": true, "all": true, "just": true, "sure": true,
	"great": true, "good": true, "right": true, "operator": true, "please": true, "additionally": true,
	"however": true, "lastly": true, "next": true, "first": true, "second": true, "third": true,
	"fourth": true, "within": true, "during": true, "after": true, "before": true, "given": true,
	"like": true, "more": true, "most": true, "one": true, "two": true, "both": true, "each": true,
	"although": true, "though": true, "from": true, "along": true, "since": true, "because": true,
	"despite": true, "other": true, "some": true, "many": true, "here": true, "still": true, "yet": true,
	"even": true, "only": true, "instead": true, "meanwhile": true, "importantly": true, "specifically": true,
	"similarly": true, "therefore": true, "furthermore": true, "moreover": true, "obviously": true,
	"clearly": true, "frankly": true, "certainly": true, "typically": true, "generally": true,
	"basically": true, "actually": true, "hopefully": true, "unfortunately": true, "fortunately": true,
	"interestingly": true, "notably": true, "regarding": true, "based": true, "following": true,
}

// SentenceStarter reports whether w, capitalised, can only begin a sentence.
func SentenceStarter(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if w == "" || strings.ToLower(w[:1]) == w[:1] {
		return false // lower case or a digit: the sentence goes on
	}
	return sentenceStarters[strings.ToLower(w)]
}
