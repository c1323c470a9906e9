package glossary

import (
	"os"
	"strings"
	"testing"
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

func TestDefaultGlossaryParses(t *testing.T) {
	src, err := os.ReadFile("../../glossary.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse("glossary.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Terms) < 20 {
		t.Errorf("default glossary has %d terms", len(g.Terms))
	}
	if len(g.NewMatcher().Find("Free cash flow was strong and EPS beat.")) != 2 {
		t.Error("default glossary misses common terms")
	}
}
