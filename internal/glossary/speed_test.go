package glossary

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"callsite/internal/testshared"
)

// findByWindow is how Find looked for terms before it read runs of words
// only while they start a spelling: the words from each candidate on,
// as many as a spelling has at most, keyed whole from the longest run
// down. TestFindAsByWindow holds Find to it.
func findByWindow(m *Matcher, text string) []Match {
	maxWords := 0
	for k := range m.terms {
		maxWords = max(maxWords, len(strings.Fields(k)))
	}
	var out []Match
	for at := 0; ; {
		w, _, ok := nextWord(text, at)
		if !ok {
			break
		}
		at = w.end
		if !m.runs[string(appendKey(nil, text[w.start:w.end]))] {
			continue
		}
		window := []word{w}
		for len(window) < maxWords {
			next, _, ok := nextWord(text, window[len(window)-1].end)
			if !ok {
				break
			}
			window = append(window, next)
		}
		for n := len(window); n >= 1; n-- {
			var buf []byte
			spaced := true
			for k := 0; k < n; k++ {
				if k > 0 {
					if strings.TrimSpace(text[window[k-1].end:window[k].start]) != "" {
						spaced = false
						break
					}
					buf = append(buf, ' ')
				}
				buf = appendKey(buf, text[window[k].start:window[k].end])
			}
			if t := m.terms[string(buf)]; spaced && t != nil {
				out = append(out, Match{Start: w.start, End: window[n-1].end, Term: t})
				at = window[n-1].end
				break
			}
		}
	}
	return out
}

// Find agrees with findByWindow on crafted texts (nested spellings, runs
// cut by punctuation, a longer spelling's start without its end) and on
// every line of 40 real calls.
func TestFindAsByWindow(t *testing.T) {
	g := defaultGlossary(t)
	g.Terms = append(g.Terms, &Term{Term: "cash flow from operating activities", Definition: "x", Slug: "x"},
		&Term{Term: "cash flow from", Definition: "y", Slug: "y"})
	m := g.NewMatcher()
	lines := []string{
		"Operating cash flow and free cash flow; cash provided by operating activities rose.",
		"cash provided by, operating activities", "cash provided by operating", "cash flow from operating activities",
		"cash flow from operating results", "cash flow\nfrom operating\tactivities.", "Adjusted EBITDA, adjusted ebitda, ADJUSTED EBITDA",
		"year-over-year year over-year year over year", "non-GAAP Non-GAAP non-gaap", "share repurchases share",
		"", "cash", "the basis points.", "free cash/flow", "basis.points, gross,margin", "comp sales comps comparable sales", "€ cash — flow ’s net leverage",
		"€cash flow", "naïve free cash flow", "cash’s flow", "—guidance—", "Übergross margin", "gross margin’s EBITDA’s", "é-commerce guidance", "-- capex --",
	}
	for _, name := range testshared.BulkCalls(t, 40) {
		text, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(text), "\n")...)
	}
	found := 0
	for _, l := range lines {
		got, want := m.Find(l), findByWindow(m, l)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %v\nby window  %v", l, got, want)
		}
		found += len(got)
	}
	if found < 1000 {
		t.Errorf("%d terms found in %d lines: the texts are not what they were", found, len(lines))
	}
}

// FuzzFindAsByWindow holds Find to findByWindow on any text, with terms
// whose first words the automaton of first words must keep or leave out:
// capitals inside and at the start, an apostrophe, digits, bytes from
// 0x80, a byte no word has.
//
//	go test -run '^$' -fuzz FindAsByWindow ./internal/glossary
func FuzzFindAsByWindow(f *testing.F) {
	g := defaultGlossary(f)
	for _, s := range []string{"Moody's rating", "eBay sales", "10-K filing", "Übergross margin", "naïve view", "x.y ratio", "Q4", "iPhone units", "cash-flow"} {
		g.Terms = append(g.Terms, &Term{Term: s, Definition: "x", Slug: "x"})
	}
	m := g.NewMatcher()
	for _, s := range []string{
		"Moody's rating; moody's rating, MOODY'S rating", "eBay sales, Ebay sales, ebay sales", "the 10-K filing--10-K filing", "übergross margin Übergross margin",
		"naïve view, Naïve view", "x.y ratio", "Q4 q4", "iPhone units", "cash-flow cash--flow cash- flow cash'- flow", "free cash flow’s", "year-over-year—year–over", "EBITDA’", "é-cash", "cash-é",
		"Adjusted EBITDA\u00a0margin", "guidance- ", "-guidance", "'comps'", "free cash\tflow\n", "capex", "CAPEX Capex",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := m.Find(text), findByWindow(m, text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %v\nby window  %v", text, got, want)
		}
	})
}
