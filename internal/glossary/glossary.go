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
// It looks up runs of words in a table (longest run first), which is
// linear in the text, unlike one large regular expression.
type Matcher struct {
	terms    map[string]*Term // by key(spelling)
	first    map[string]bool  // key of the first word of every spelling
	maxWords int
}

// Match is one term found in a text.
type Match struct {
	Start, End int
	Term       *Term
}

// NewMatcher prepares the terms for Find.
func (g *Glossary) NewMatcher() *Matcher {
	m := &Matcher{terms: map[string]*Term{}, first: map[string]bool{}}
	for _, t := range g.Terms {
		for _, s := range append([]string{t.Term}, t.Also...) {
			if k := key(s); k != "" {
				m.terms[k] = t
				m.first[key(strings.Fields(s)[0])] = true
				if n := len(strings.Fields(s)); n > m.maxWords {
					m.maxWords = n
				}
			}
		}
	}
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

func words(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '-' || r == '\''))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, trimWord(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, trimWord(text, start, len(text)))
	}
	return out
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
// start no term: one lookup of the word, without allocating, skips them.
func (m *Matcher) Find(text string) []Match {
	if m == nil || len(m.terms) == 0 {
		return nil
	}
	ws := words(text)
	var out []Match
	var buf []byte
	for i := 0; i < len(ws); {
		buf = appendKey(buf[:0], text[ws[i].start:ws[i].end])
		if !m.first[string(buf)] {
			i++
			continue
		}
		found := 0
		for n := min(m.maxWords, len(ws)-i); n >= 1 && found == 0; n-- {
			buf = buf[:0]
			for k := 0; k < n; k++ {
				if k > 0 {
					// Words of a term are separated by white space only.
					if strings.TrimSpace(text[ws[i+k-1].end:ws[i+k].start]) != "" {
						buf = nil
						break
					}
					buf = append(buf, ' ')
				}
				buf = appendKey(buf, text[ws[i+k].start:ws[i+k].end])
			}
			if buf == nil {
				continue
			}
			if t := m.terms[string(buf)]; t != nil {
				out = append(out, Match{Start: ws[i].start, End: ws[i+n-1].end, Term: t})
				found = n
			}
		}
		i += max(found, 1)
	}
	return out
}

// appendKey appends a word as key() writes it: as is when it has capitals
// inside, else in lower case.
func appendKey(buf []byte, w string) []byte {
	if caseSensitive(w) {
		return append(buf, w...)
	}
	for _, r := range w {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// caseSensitive reports whether a word has a capital after its first
// letter: an acronym or a brand (EBITDA, CPaaS).
func caseSensitive(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
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
