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
	"slices"
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
	// firstShape[c][l] holds the first words of spellings that start
	// with byte c, in either case, and have l bytes (63: 63 or more). An
	// ASCII word's key is as long as the word and starts with its bytes
	// or those in lower case, so most words are passed over without
	// making their key: about one in four would be by the first byte and
	// the length alone ("and" as "ARR", "four" as "free").
	firstShape [utf8.RuneSelf][64]shape
	// firstWords are the ASCII first words of spellings, as keys, by
	// shape.words.
	firstWords [][]string
}

// shape is what firstShape knows of the first words of one first byte
// and length.
type shape struct {
	// seconds has the bit of byte b (secondBit) set when one of them
	// has b second, in either case: a screen of one AND.
	seconds uint32
	// words is the index in firstWords of their keys, plus one; 0 when
	// none is ASCII.
	words uint32
}

// Match is one term found in a text.
type Match struct {
	Start, End int
	Term       *Term
}

// NewMatcher prepares the terms for Find.
func (g *Glossary) NewMatcher() *Matcher {
	m := &Matcher{terms: map[string]*Term{}, runs: map[string]bool{}}
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
			if fk := words[0]; fk[0] < utf8.RuneSelf {
				m.addFirstWord(fk)
			}
		}
	}
	return m
}

// addFirstWord notes key fk as the first word of a spelling in
// firstShape and, when it is ASCII, firstWords.
func (m *Matcher) addFirstWord(fk string) {
	sh := m.shape(fk)
	sh.seconds |= secondBitOf(fk)
	if !isASCII(fk) {
		return
	}
	if sh.words == 0 {
		m.firstWords = append(m.firstWords, nil)
		sh.words = uint32(len(m.firstWords))
	}
	if list := &m.firstWords[sh.words-1]; !slices.Contains(*list, fk) {
		*list = append(*list, fk)
	}
}

// isFirstWord reports whether ASCII word w is the first
// word of a spelling: its key compared with the first words of that
// shape, without making the key.
func (m *Matcher) isFirstWord(w string) bool {
	sh := m.shape(w)
	if sh.words == 0 {
		return false
	}
	for _, k := range m.firstWords[sh.words-1] {
		if isKeyOf(w, k) {
			return true
		}
	}
	return false
}

// isKeyOf reports whether k is the key of ASCII word w (appendKey):
// w as written, or w with only its first letter capitalised and k in
// lower case.
func isKeyOf(w, k string) bool {
	if w == k {
		return true
	}
	c := w[0]
	return 'A' <= c && c <= 'Z' && c+('a'-'A') == k[0] && w[1:] == k[1:] && !caseSensitive(k)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// shape is where firstShape keeps an ASCII word's first words: by its
// first byte, a letter in lower case, and its length.
func (m *Matcher) shape(w string) *shape {
	c := w[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return &m.firstShape[c&(utf8.RuneSelf-1)][min(len(w), 63)]
}

// secondBitOf is the bit of a word's second byte in firstShape: a letter
// in either case, a digit, a joiner, or none for a word of one byte.
func secondBitOf(w string) uint32 {
	if len(w) < 2 {
		return 1 << 31
	}
	return secondBit[w[1]]
}

// secondBit gives each byte its bit in firstShape; bytes from 0x80 share
// one (a first word so spelled is looked up whenever its shape fits).
var secondBit = func() (t [256]uint32) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = 1 << (c - 'a')
		case 'A' <= c && c <= 'Z':
			t[c] = 1 << (c - 'A')
		case '0' <= c && c <= '9':
			t[c] = 1 << 26
		case c == '-':
			t[c] = 1 << 27
		case c == '\'':
			t[c] = 1 << 28
		case c >= utf8.RuneSelf:
			t[c] = 1 << 29
		default:
			t[c] = 1 << 30
		}
	}
	return t
}()

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
// start no term: nextCandidate passes them over without making their key.
func (m *Matcher) Find(text string) []Match {
	if m == nil || len(m.terms) == 0 {
		return nil
	}
	var out []Match
	var keyBuf [64]byte
	for at := 0; ; {
		w, ok := m.nextCandidate(text, at)
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

// nextCandidate finds the first word of text at or after byte at that may
// start a spelling: an ASCII word that is the first word of one, or a
// word with bytes from 0x80, which longestAt looks up. It is nextWord
// with its ASCII case written out and the words screened in the same
// loop, which passes over every byte of a call's text and calls out
// only for the few words that pass the screen of their shape.
func (m *Matcher) nextCandidate(text string, at int) (w word, ok bool) {
	for at < len(text) {
		if byteClass[text[at]]&(alnum|multibyte) == 0 {
			at++
			continue
		}
		start := at
		for at < len(text) && byteClass[text[at]]&(alnum|joiner) != 0 {
			at++
		}
		if at < len(text) && text[at] >= utf8.RuneSelf {
			w, ascii, ok := nextWord(text, start)
			if s := text[w.start:w.end]; !ok || !ascii || m.mayStart(s) && m.isFirstWord(s) {
				return w, ok
			}
			at = w.end
			continue
		}
		w = trimWord(text, start, at)
		if s := text[w.start:w.end]; m.mayStart(s) && m.isFirstWord(s) {
			return w, true
		}
	}
	return word{}, false
}

// mayStart is a screen of one AND on an ASCII word's shape, small enough
// to be inlined into the loop over every word; isFirstWord then decides.
func (m *Matcher) mayStart(w string) bool {
	return m.shape(w).seconds&secondBitOf(w) != 0
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
		next, _, ok := nextWord(text, w.end)
		// Words of a term are separated by white space only.
		if !ok || strings.TrimSpace(text[w.end:next.start]) != "" {
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
