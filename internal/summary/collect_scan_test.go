package summary

import (
	"regexp"
	"strings"
	"testing"

	"callsite/internal/figures"
	"callsite/internal/text"
	"callsite/internal/transcript"
)

// The lower-cased texts collectTurn slices from a sentence lower-cased
// once (lowerASCII) must be what strings.ToLower makes of each piece.
func TestCollectLowerCasingMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "Revenue Was $1.2 BILLION, up 12%.", "az@[`{AZ", "\x00\x7f"} {
		if got, want := lowerASCII(s), strings.ToLower(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
	n := 0
	eachBulkTranscript(t, 150, func(tr *transcript.Transcript) {
		for _, c := range collect(tr, figuresByParagraph(tr)) {
			n++
			if got, want := c.lowerSent(), strings.ToLower(c.sent); got != want {
				t.Errorf("lowerSent of %q = %q, want %q", c.sent, got, want)
			}
			if !strings.HasPrefix(c.lowerSent(), c.pre) || !strings.HasSuffix(c.lowerSent(), c.post) {
				t.Errorf("%q, lower-cased, does not start with %q and end with %q", c.sent, c.pre, c.post)
			}
		}
	})
	if n == 0 {
		t.Skip("no bulk calls")
	}
}

// quarterReference is the expression namesQuarter replaced.
var quarterReference = regexp.MustCompile(`\b(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\bq[1-4]\b|\bquarter [1-4]\b`)

func checkNamesQuarter(t *testing.T, s string) {
	t.Helper()
	if got, want := namesQuarter(s), quarterReference.MatchString(s); got != want {
		t.Errorf("namesQuarter(%q) = %v, want %v", s, got, want)
	}
}

func TestNamesQuarterMatchesExpression(t *testing.T) {
	for _, s := range []string{"", "q3", "q3 2021", "in q4.", "faq3", "q34", "q3_", "q5", "Q3", "éq2", "q2é",
		"the third quarter", "third quarters", "thirdquarter", "third  quarter", "a 3rd quarter", "quarter 4", "quarter 45",
		"quarterly", "quarter", "fourth quarter-end", "first-quarter", "the quarter 2,", "headquarter 1"} {
		checkNamesQuarter(t, s)
	}
	eachBulkTranscript(t, 100, func(tr *transcript.Transcript) {
		for _, c := range collect(tr, figuresByParagraph(tr)) {
			checkNamesQuarter(t, c.lowerSent())
			checkNamesQuarter(t, c.post)
		}
	})
}

func FuzzNamesQuarter(f *testing.F) {
	f.Add("the third quarter and q4")
	f.Fuzz(checkNamesQuarter)
}

// namesOnlyReference is namesOnly as it was before its phrases were
// spaced once: each spaced at each call.
func namesOnlyReference(clause, metric string) bool {
	words := " " + strings.Join(strings.FieldsFunc(clause, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}), " ") + " "
	named := false
	for _, m := range figures.Metrics {
		for _, p := range m.Phrases {
			for at := 0; ; {
				i := strings.Index(words[at:], " "+p+" ")
				if i < 0 {
					break
				}
				i += at
				if m.Name != metric || !wholeWord(lastWord(words[:i])) && !weChanged(words[:i]) {
					return false
				}
				named = true
				at = i + 1
			}
		}
	}
	return named
}

func checkNamesOnly(t *testing.T, clause, metric string) {
	t.Helper()
	if got, want := namesOnly(clause, metric), namesOnlyReference(clause, metric); got != want {
		t.Errorf("namesOnly(%q, %q) = %v, want %v", clause, metric, got, want)
	}
}

func FuzzNamesOnly(f *testing.F) {
	f.Add("reported revenues were up 9% with organic revenues up 7%", "revenue")
	f.Add("total net sales and net sales grew", "revenue")
	f.Fuzz(checkNamesOnly)
}

func TestNamesOnlyMatchesReference(t *testing.T) {
	for _, clause := range []string{"", " ", "revenue", "revenues", "net revenue", "net net revenue revenue", "our total revenue grew",
		"adjusted ebitda and revenue", "gross margin gross margin", "-revenue", "revenue-", "sales of phones", "we grew revenue"} {
		for _, m := range []string{"revenue", "adjusted ebitda", "gross margin", ""} {
			checkNamesOnly(t, clause, m)
		}
	}
	eachBulkTranscript(t, 60, func(tr *transcript.Transcript) {
		for _, c := range collect(tr, figuresByParagraph(tr)) {
			for _, clause := range []string{c.pre, c.post, c.lowerSent()} {
				for _, m := range []string{"revenue", c.f.Metric, c.metric} {
					if got, want := namesOnly(clause, m), namesOnlyReference(clause, m); got != want {
						t.Errorf("namesOnly(%q, %q) = %v, want %v", clause, m, got, want)
					}
				}
			}
		}
	})
}

// fromSource reads a clause's words in place; it must find the source of
// revenue where and only where three words in a row say so.
func TestFromSource(t *testing.T) {
	for _, c := range []struct {
		clause string
		want   bool
	}{
		{"revenue from our decon work", true},
		{"and  sales\tfrom\u00a0Asia grew", true},
		{"revenues from operations", false},
		{"revenue from continuing operations", false},
		{"revenue from", false},
		{"from revenue from", false},
		{"sales from from", true},
		{"revenue for the quarter", false},
		{"", false},
	} {
		if got := fromSource(c.clause); got != c.want {
			t.Errorf("fromSource(%q) = %v, want %v", c.clause, got, c.want)
		}
	}
}

// checkSentencesThrough: the sentences split up to the figures' last give
// each figure the sentence all the sentences give it.
func checkSentencesThrough(t *testing.T, para string, figs []figures.Figure) {
	t.Helper()
	through, all := sentencesThrough(nil, para, figs), text.Sentences(para)
	for _, f := range figs {
		if got, want := text.SpanAt(through, len(para), f.Start, f.End), text.SpanAt(all, len(para), f.Start, f.End); got != want {
			t.Errorf("%q: the sentence of [%d, %d) is %v split through the figures, %v split whole", para, f.Start, f.End, got, want)
		}
	}
}

func TestSentencesThrough(t *testing.T) {
	para := "Revenue was $5 million. Mr. Smith said so... and more. EPS was $0.10! Margin is 40%? Done"
	for start := 0; start <= len(para); start++ {
		for end := start; end <= len(para); end++ {
			checkSentencesThrough(t, para, []figures.Figure{{Start: 0, End: 3}, {Start: start, End: end}})
			checkSentencesThrough(t, para, []figures.Figure{{Start: start, End: end}, {Start: start, End: start}})
		}
	}
	checkSentencesThrough(t, "", []figures.Figure{{}, {}})
	checkSentencesThrough(t, "   ", []figures.Figure{{Start: 1, End: 2}, {Start: 2, End: 3}})
	eachBulkTranscript(t, 100, func(tr *transcript.Transcript) {
		find := figuresByParagraph(tr)
		for _, tu := range tr.Turns() {
			for _, p := range tu.Paragraphs {
				if figs := find(p); len(figs) > 1 {
					checkSentencesThrough(t, p.Text, figs)
				}
			}
		}
	})
}

func FuzzSentencesThrough(f *testing.F) {
	f.Add("Revenue was $5 million. EPS was $0.10.", 12, 22, 33, 38)
	f.Fuzz(func(t *testing.T, para string, s1, e1, s2, e2 int) {
		in := func(x int) int { return min(max(x, 0), len(para)) }
		a, b := figures.Figure{Start: in(s1), End: in(e1)}, figures.Figure{Start: in(s2), End: in(e2)}
		a.End, b.End = max(a.Start, a.End), max(b.Start, b.End)
		checkSentencesThrough(t, para, []figures.Figure{a, b})
	})
}
