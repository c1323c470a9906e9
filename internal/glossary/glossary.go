// Package glossary reads a glossary of financial terms (YAML) and finds
// its terms in text, so that the call pages can explain them on hover and
// focus.
//
// Format:
//
//	terms:
//	  - term: EBITDA
//	    also: [adjusted EBITDA]      # other ways the term is said
//	    definition: Earnings before interest, ...
//
// A word written with a capital letter after its first (EBITDA, CPaaS)
// matches in that exact case; other words match in any case, so "Adjusted
// EBITDA" is "adjusted EBITDA" but "ebitda" is not "EBITDA". Later glossaries
// override earlier ones term by term (Merge).
package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"callsite/internal/source"
)

// Term is one glossary entry.
type Term struct {
	Term       string   `yaml:"term"`
	Also       []string `yaml:"also"`
	Definition string   `yaml:"definition"`
	Slug       string   `yaml:"-"`
}

// Glossary is a set of terms.
type Glossary struct {
	Terms []*Term
}

type file struct {
	Terms []*Term `yaml:"terms"`
}

// Parse reads a glossary. Errors carry the file name and line.
func Parse(name string, src []byte) (*Glossary, error) {
	var f file
	if err := yaml.Unmarshal(src, &f); err != nil {
		return nil, source.FromYAML(name, err)
	}
	var node yaml.Node
	_ = yaml.Unmarshal(src, &node)
	g := &Glossary{}
	for i, t := range f.Terms {
		t.Term = strings.TrimSpace(t.Term)
		t.Definition = strings.TrimSpace(t.Definition)
		if t.Term == "" || t.Definition == "" {
			return nil, source.Errorf(name, entryLine(&node, i), "a glossary entry needs a term and a definition")
		}
		t.Slug = slug(t.Term)
		g.Terms = append(g.Terms, t)
	}
	return g, nil
}

// entryLine finds the line of the i-th entry of terms, for errors.
func entryLine(doc *yaml.Node, i int) int {
	if len(doc.Content) == 0 {
		return 1
	}
	m := doc.Content[0]
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == "terms" && i < len(m.Content[k+1].Content) {
			return m.Content[k+1].Content[i].Line
		}
	}
	return 1
}

// Merge returns base with over's terms added; a term of over replaces the
// term of base with the same name (in any case).
func Merge(base, over *Glossary) *Glossary {
	out := &Glossary{}
	idx := map[string]int{}
	for _, g := range []*Glossary{base, over} {
		if g == nil {
			continue
		}
		for _, t := range g.Terms {
			k := strings.ToLower(t.Term)
			if i, ok := idx[k]; ok {
				out.Terms[i] = t
				continue
			}
			idx[k] = len(out.Terms)
			out.Terms = append(out.Terms, t)
		}
	}
	return out
}

// Matcher finds a glossary's terms in text. It is safe for concurrent use.
// It reads the text word by word once, and extends a run of words only
// while it is the start of some spelling (longest run wins), which is
// linear in the text, unlike one large regular expression.
type Matcher struct {
	terms map[string]*Term // by key(spelling)
	// runs holds the key of every run of a spelling's first words
	// ("cash", "cash provided", "cash provided by", ...): a run not in
	// it starts no longer spelling, so reading stops there.
	runs map[string]bool
	// first stops at the words that may start a spelling; later knows
	// the words that may continue one.
	first, later *wordSet
}

// Match is one term found in a text.
type Match struct {
	Start, End int
	Term       *Term
}

// NewMatcher prepares the terms for Find.
func (g *Glossary) NewMatcher() *Matcher {
	m := &Matcher{terms: map[string]*Term{}, runs: map[string]bool{}}
	var firsts, laters []string
	for _, t := range g.Terms {
		for _, s := range append([]string{t.Term}, t.Also...) {
			k := key(s)
			if k == "" {
				continue
			}
			m.terms[k] = t
			words := strings.Fields(k)
			for n := 1; n <= len(words); n++ {
				m.runs[strings.Join(words[:n], " ")] = true
			}
			firsts, laters = append(firsts, words[0]), append(laters, words[1:]...)
		}
	}
	m.first, m.later = newWordSet(firsts), newWordSet(laters)
	return m
}

// key is how a spelling is looked up: words with capitals inside (EBITDA)
// as written, the others in lower case, single spaces.
func key(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if !caseSensitive(w) {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}

// word is a run of letters, digits, hyphens and apostrophes in a text.
type word struct{ start, end int }

// byteClass sorts bytes for nextWord: ASCII letters and digits make
// words, hyphens and apostrophes join them, and a byte from 0x80 starts
// or continues a rune that is decoded to be sorted.
var byteClass = func() (t [256]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = alnum
		case c == '-', c == '\'':
			t[c] = joiner
		case c >= utf8.RuneSelf:
			t[c] = multibyte
		}
	}
	return t
}()

const (
	alnum     = 1
	joiner    = 2
	multibyte = 4
)

// nextWord finds the first word of text at or after byte i, and whether
// it is all ASCII; ok is false when there is none. It runs over every
// byte of a call's text: the bytes between words, then those of a word,
// are each passed by one table lookup, and only bytes from 0x80 are
// decoded.
func nextWord(text string, i int) (w word, ascii, ok bool) {
	for i < len(text) {
		k := byteClass[text[i]]
		if k == alnum {
			break
		}
		if k == multibyte {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			i += size
			continue
		}
		i++
	}
	if i >= len(text) {
		return word{}, false, false
	}
	start := i
	ascii = true
	for i < len(text) {
		k := byteClass[text[i]]
		if k&(alnum|joiner) != 0 {
			i++
			continue
		}
		if k == 0 {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		ascii = false
		i += size
	}
	return trimWord(text, start, i), ascii, true
}

// trimWord drops trailing hyphens and apostrophes ("Kaleyra's" keeps its
// "'s", "well-" loses its "-").
func trimWord(text string, start, end int) word {
	for end > start && (text[end-1] == '-' || text[end-1] == '\'') {
		end--
	}
	return word{start, end}
}

// Find returns the terms in text, in order, without overlaps; at each
// word the longest term wins ("adjusted EBITDA" over "EBITDA"). Most words
// start no term: the automaton of first words (wordSet) passes them over
// without making their key.
func (m *Matcher) Find(text string) []Match {
	if m == nil || len(m.terms) == 0 {
		return nil
	}
	var out []Match
	var keyBuf [64]byte
	for at := 0; ; {
		w, ok := m.first.nextCandidate(text, at)
		if !ok {
			break
		}
		at = w.end
		if t, end := m.longestAt(text, w, keyBuf[:0]); t != nil {
			out = append(out, Match{Start: w.start, End: end, Term: t})
			at = end
		}
	}
	return out
}

// longestAt returns the longest term whose spelling starts with word w
// of text, and where it ends; nil when none does. buf is room for keys.
func (m *Matcher) longestAt(text string, w word, buf []byte) (*Term, int) {
	var found *Term
	end := 0
	buf = appendKey(buf, text[w.start:w.end])
	for {
		if !m.runs[string(buf)] {
			return found, end
		}
		if t := m.terms[string(buf)]; t != nil {
			found, end = t, w.end
		}
		next, ascii, ok := nextWord(text, w.end)
		// Words of a term are separated by white space only.
		if !ok || strings.TrimSpace(text[w.end:next.start]) != "" {
			return found, end
		}
		// Most runs end at a word that continues no spelling ("year
		// ended"): later says so without its key.
		if ascii && !m.later.accepts(text[next.start:next.end]) {
			return found, end
		}
		buf = appendKey(append(buf, ' '), text[next.start:next.end])
		w = next
	}
}

// appendKey appends a word as key() writes it: as is when it has capitals
// inside, else in lower case.
func appendKey(buf []byte, w string) []byte {
	if caseSensitive(w) {
		return append(buf, w...)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// caseSensitive reports whether a word has a capital after its first
// letter: an acronym or a brand (EBITDA, CPaaS).
func caseSensitive(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for j, r := range s {
				if j > 0 && unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
		if i > 0 && 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
