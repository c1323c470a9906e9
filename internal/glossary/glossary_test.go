package glossary

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"callsite/internal/testshared"
)

func TestParseMergeFind(t *testing.T) {
	base, err := Parse("base.yaml", []byte(`terms:
  - term: EBITDA
    definition: Earnings before interest, taxes, depreciation and amortization.
  - term: adjusted EBITDA
    definition: EBITDA with one-offs added back.
  - term: basis points
    also: [bps, basis point]
    definition: Hundredths of a percentage point.
  - term: guidance
    definition: A forecast.
`))
	if err != nil {
		t.Fatal(err)
	}
	own, err := Parse("own.yaml", []byte(`terms:
  - term: Guidance
    definition: What the company expects.
  - term: CPaaS
    definition: Communications platform as a service.
`))
	if err != nil {
		t.Fatal(err)
	}
	g := Merge(base, own)
	if len(g.Terms) != 5 {
		t.Fatalf("%d terms, want 5", len(g.Terms))
	}
	m := g.NewMatcher()
	text := "Adjusted EBITDA rose 40 basis points; ebitda is not EBITDA. Our cpaas and CPaaS guidance holds; 30 bps."
	var got []string
	for _, x := range m.Find(text) {
		got = append(got, text[x.Start:x.End]+"="+x.Term.Term)
	}
	want := []string{"Adjusted EBITDA=adjusted EBITDA", "basis points=basis points", "EBITDA=EBITDA", "CPaaS=CPaaS", "guidance=Guidance", "bps=basis points"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Find = %v\nwant   %v", got, want)
	}
	for _, x := range m.Find(text) {
		if x.Term.Term == "Guidance" && x.Term.Definition != "What the company expects." {
			t.Error("the site's glossary did not override the default term")
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"terms:\n  - term: EBITDA\n    definition: ok\n  - term: ARR\n": "bad.yaml:4: a glossary entry needs a term and a definition",
		"terms: [": "bad.yaml",
	}
	for src, want := range cases {
		_, err := Parse("bad.yaml", []byte(src))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want prefix %q", src, err, want)
		}
	}
}

// defaultGlossary parses the project's glossary.yaml.
func defaultGlossary(tb testing.TB) *Glossary {
	tb.Helper()
	src, err := os.ReadFile("../../glossary.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	g, err := Parse("glossary.yaml", src)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestDefaultGlossaryParses(t *testing.T) {
	g := defaultGlossary(t)
	if len(g.Terms) < 20 {
		t.Errorf("default glossary has %d terms", len(g.Terms))
	}
	if len(g.NewMatcher().Find("Free cash flow was strong and EPS beat.")) != 2 {
		t.Error("default glossary misses common terms")
	}
}

// Every spelling of every term is found where it is said, as written and
// at the start of a sentence: the automaton of first words passes no
// spelling over. Words around it share its first letter, so that the
// automaton has near misses to refuse.
func TestEverySpellingFound(t *testing.T) {
	g := defaultGlossary(t)
	g.Terms = append(g.Terms, &Term{Term: "401k plan", Definition: "A retirement plan.", Slug: "401k-plan"},
		&Term{Term: "Z", Definition: "One letter.", Slug: "z"}, &Term{Term: "é-commerce", Definition: "Online.", Slug: "e-commerce"})
	m := g.NewMatcher()
	for _, term := range g.Terms {
		for _, spelling := range append([]string{term.Term}, term.Also...) {
			first, size := utf8.DecodeRuneInString(spelling)
			capital := string(unicode.ToUpper(first)) + spelling[size:]
			forms := []string{spelling}
			if key(capital) == key(spelling) { // not "Non-GAAP" for "non-GAAP"
				forms = append(forms, capital)
			}
			for _, form := range forms {
				text := string(first) + "q " + form + " " + string(first) + "x."
				found := m.Find(text)
				if len(found) != 1 || text[found[0].Start:found[0].End] != form || found[0].Term != term {
					t.Errorf("Find(%q) = %v, want %q as %q", text, found, form, term.Term)
				}
			}
		}
	}
}

// The byte-wise fast paths of nextWord, appendKey and caseSensitive agree
// with reading the text rune by rune, for ASCII and other text alike.
func TestWordsAndKeysRuneByRune(t *testing.T) {
	for _, s := range []string{
		"Adjusted EBITDA rose", "the CPaaS market's well- known", "Éclair ÉTÉ été", "naïve Übersicht",
		"x", "", "--'", "a-b c'd", "bad \xff byte and \xc3", "ÀB", "aÉ", "Ab", "ab", "12-month",
		"  spaced\tout\n", "über-ALLES", "Nasdaq’s", "\u00a0EBITDA\u00a0",
	} {
		var want []word
		start := -1
		for i, r := range s {
			in := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '-' || r == '\''))
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				want = append(want, trimWord(s, start, i))
				start = -1
			}
		}
		if start >= 0 {
			want = append(want, trimWord(s, start, len(s)))
		}
		var got []word
		for at := 0; ; {
			w, ascii, ok := nextWord(s, at)
			if !ok {
				break
			}
			if isASCII := utf8.RuneCountInString(s[w.start:w.end]) == w.end-w.start; ascii != isASCII {
				t.Errorf("nextWord(%q, %d) = %v, ascii %v", s, at, w, ascii)
			}
			got = append(got, w)
			at = w.end
		}
		if !slices.Equal(got, want) {
			t.Errorf("words(%q) = %v, want %v", s, got, want)
		}
		sensitive := false
		for i, r := range s {
			if i > 0 && unicode.IsUpper(r) {
				sensitive = true
			}
		}
		if got := caseSensitive(s); got != sensitive {
			t.Errorf("caseSensitive(%q) = %v, want %v", s, got, sensitive)
		}
		wantKey := s
		if !sensitive {
			var b []byte
			for _, r := range s {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			wantKey = string(b)
		}
		if got := string(appendKey([]byte("k:"), s)); got != "k:"+wantKey {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, "k:"+wantKey)
		}
	}
}

// BenchmarkFind looks for the default glossary's terms in the sample
// transcripts, line by line as call pages do paragraph by paragraph.
//
//	go test -run '^$' -bench Find ./internal/glossary
func BenchmarkFind(b *testing.B) {
	var files []string
	for _, name := range []string{"alder-foods-2023-q4.txt", "northwind-robotics-2024-q2.txt", "northwind-robotics-2024-q3.txt"} {
		files = append(files, "../../content/"+name)
	}
	benchFind(b, files)
}

// BenchmarkFindBulk looks for the default glossary's terms in 40 real
// calls (../shared/corpus/bulk), line by line, as BenchmarkFind does.
//
//	go test -run '^$' -bench FindBulk ./internal/glossary
func BenchmarkFindBulk(b *testing.B) {
	benchFind(b, testshared.BulkCalls(b, 40))
}

// benchFind runs the default glossary's matcher over the lines of files.
func benchFind(b *testing.B, files []string) {
	g := defaultGlossary(b)
	m := g.NewMatcher()
	var lines []string
	size := 0
	for _, name := range files {
		text, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(text), "\n") {
			lines = append(lines, l)
			size += len(l)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			m.Find(l)
		}
	}
}
