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
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
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
		return nil, fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	var node yaml.Node
	_ = yaml.Unmarshal(src, &node)
	g := &Glossary{}
	for i, t := range f.Terms {
		t.Term = strings.TrimSpace(t.Term)
		t.Definition = strings.TrimSpace(t.Definition)
		if t.Term == "" || t.Definition == "" {
			return nil, fmt.Errorf("%s:%d: a glossary entry needs a term and a definition", name, entryLine(&node, i))
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
type Matcher struct {
	re    *regexp.Regexp
	terms map[string]*Term // by key(spelling)
}

// Match is one term found in a text.
type Match struct {
	Start, End int
	Term       *Term
}

// NewMatcher compiles the terms into one pattern, longest spelling first
// so that "adjusted EBITDA" wins over "EBITDA".
func (g *Glossary) NewMatcher() *Matcher {
	m := &Matcher{terms: map[string]*Term{}}
	var all []string
	for _, t := range g.Terms {
		for _, s := range append([]string{t.Term}, t.Also...) {
			if k := key(s); k != "" {
				m.terms[k] = t
				all = append(all, s)
			}
		}
	}
	if len(all) == 0 {
		return m
	}
	sort.SliceStable(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	var alts []string
	for _, s := range all {
		var words []string
		for _, w := range strings.Fields(s) {
			q := regexp.QuoteMeta(w)
			if !caseSensitive(w) {
				q = "(?i:" + q + ")"
			}
			words = append(words, q)
		}
		alts = append(alts, strings.Join(words, `\s+`))
	}
	m.re = regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
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

// Find returns the terms in text, in order, without overlaps.
func (m *Matcher) Find(text string) []Match {
	if m == nil || m.re == nil {
		return nil
	}
	var out []Match
	for _, loc := range m.re.FindAllStringIndex(text, -1) {
		if t := m.terms[key(text[loc[0]:loc[1]])]; t != nil {
			out = append(out, Match{Start: loc[0], End: loc[1], Term: t})
		}
	}
	return out
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
