package summary

import (
	"strings"

	"callsite/internal/figures"
	"callsite/internal/transcript"
)

// This file works around what figures.Find gets wrong for summaries.

// mergeRanges joins two guidance figures of one metric said as "adjusted
// EPS of $1.40 and $1.55" into the range they are.
func mergeRanges(figs []figures.Figure, text string) []figures.Figure {
	out := figs[:0:0]
	for i := 0; i < len(figs); i++ {
		f := figs[i]
		if i+1 < len(figs) {
			g := figs[i+1]
			between := text[f.End:g.Start]
			if f.Kind == figures.Guidance && g.Kind == figures.Guidance && !f.IsRange && !g.IsRange &&
				f.Metric == g.Metric && f.Unit == g.Unit && f.PerShare == g.PerShare && g.Value > f.Value &&
				(between == " and " || between == " to " || between == " - " || between == "-") && f.Qualifier == "" && g.Qualifier == "" {
				f.End, f.Text = g.End, text[f.Start:g.End]
				f.High, f.IsRange = g.Value, true
				if f.Change == "" {
					f.Change, f.ChangePct = g.Change, g.ChangePct
				}
				i++
			}
		}
		out = append(out, f)
	}
	return out
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// reclassify corrects a figure's kind: a result said before a comparison
// ("$0.42, 9% above last year") is the call's own, not the prior year's; a
// range said after "we expect" in the paragraph is guidance even in a
// sentence of its own ("And adjusted EPS to be between $1.10 and $1.20.").
func reclassify(c *cand, para string, m transcript.Meta) {
	call := m.PeriodLabel()
	switch c.kind {
	case figures.Prior:
		clause := c.pre
		if i := strings.LastIndexByte(clause, ','); i >= 0 && !strings.HasPrefix(strings.TrimSpace(clause[i+1:]), "or ") {
			clause = clause[i+1:]
		}
		if m.Quarter > 0 && c.period == prevYear(call) && !containsAny(clause, "compar", "versus", " vs", "from ", "last year", "prior year", "prior-year", "year ago", "year earlier", "previous", "than", "last quarter", "2019", "2018", "2020", "2021", "2022") && !strings.HasPrefix(c.post, " in the") {
			c.kind, c.period = figures.Actual, call
		}
	case figures.Guidance:
		// "$12 of EPS by the year 2030": a target further out than the period read
		if p := firstPeriod(head(c.post, 100), m); p != "" && c.period != "" && periodYear(p) > periodYear(c.period) {
			c.period = p
		}
	case figures.Actual:
		if c.f.IsRange && (c.period == call || c.period == "") && forwardCue(strings.ToLower(para[:c.f.Start])) {
			c.kind, c.period = figures.Guidance, ""
		}
	}
}

func forwardCue(s string) bool {
	return containsAny(s, "expect", "guidance", "outlook", "anticipate", "forecast", "project", "to be between", "to be in the range", "sees", "target")
}

// prevYear is the same period a year earlier: "Q2 2020" -> "Q2 2019".
func prevYear(p string) string {
	y := periodYear(p)
	if y == 0 {
		return ""
	}
	return p[:strings.LastIndexByte(p, ' ')+1] + itoa(y-1)
}

// headlineContext rejects results that are not the quarter's own level: other
// spans of time and effects ("an impact of $0.02").
func headlineContext(c *cand) bool {
	if !c.f.IsKey() {
		return false
	}
	p := tail(c.pre, 70)
	if containsAny(p, "six months", "first half", "year-to-date", "year to date", "nine months", "first nine", "full year", "full-year", "twelve months", "12 months", "for the year", "annual") {
		return false
	}
	if containsAny(lastClause(tail(c.pre, 50)), "impact", "headwind", "tailwind", "benefit", "contribut", "dilution", "dilutive", "accret", "last year", "prior year", "prior-year", "year ago", "previous", "offset", "reduction of", "included", "includes", "increase of", "decrease of", "increased by", "decreased by") {
		return false
	}
	if isDelta(c.pre) {
		return false
	}
	if words := subjectOf[c.metric]; words != nil {
		return isSubject(c, words)
	}
	return true
}

// subjectOf lists how a call names the totals whose figures must be the
// subject of their clause to be a headline.
var subjectOf = map[string][]string{
	"revenue":             {"revenue", "sales"},
	"net interest income": {"net interest income"},
	"adjusted ebitda":     {"ebitda"},
	"free cash flow":      {"free cash flow"},
	"net income":          {"net income", "net earnings", "earnings", "profit"},
	"net loss":            {"net loss", "loss"},
}

// isSubject reports whether a figure is the company's total: the
// words before "revenue"/"sales" in its clause say nothing narrower
// ("Q3 revenue of", "our consolidated net sales were", "we generated $2.3
// billion in revenue"), unlike "the Widgets segment posted revenue of".
func isSubject(c *cand, words []string) bool {
	clause := c.pre
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	before := ""
	if i, n := lastIndexAny(clause, words...); i >= 0 {
		before = clause[:i] + " " + strings.TrimLeft(clause[i+n:], "abcdefghijklmnopqrstuvwxyz") // and the words between the metric and the figure
	} else if containsPrefix(c.post, " in revenue", " of revenue", " in total revenue", " in sales", " in net sales", " of net sales", " in net revenue", " in total net sales", " in consolidated", " in adjusted ebitda", " of adjusted ebitda", " in free cash flow", " of free cash flow", " in net income", " of net income") {
		before = clause
	} else {
		return false
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
		if w[0] >= '0' && w[0] <= '9' || subjectWords[w] {
			continue
		}
		return false
	}
	return true
}

var subjectWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`our the total consolidated net adjusted gross quarterly quarter first second third fourth q1 q2 q3 q4
		fiscal year for in record reported gaap company this during we generated had delivered posted of was were totaled
		at reached and a an as looking results overall companywide company-wide group-wide top line of approximately about nearly
		over achieved produced recorded grew increased rose up with then turning now finally so well also again strong
		non gaap operating diluted common attributable to shareholders stockholders quarter's
		came amounted totaling totaled ended period is expected be available applicable`) {
		m[w] = true
	}
	return m
}()

// lastIndexAny is the last place one of subs occurs in s, and its length.
func lastIndexAny(s string, subs ...string) (int, int) {
	best, n := -1, 0
	for _, x := range subs {
		if i := strings.LastIndex(s, x); i > best || i == best && len(x) > n {
			best, n = i, len(x)
		}
	}
	return best, n
}

func containsPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// isDelta reports whether the figure is the size of a change ("revenues were
// up approximately $7.5 million"), not a level.
func isDelta(pre string) bool {
	f := strings.Fields(tail(pre, 40))
	for len(f) > 0 {
		switch f[len(f)-1] {
		case "by", "approximately", "about", "nearly", "roughly", "almost", "some", "an", "a", "another":
			f = f[:len(f)-1]
			continue
		case "up", "down", "increased", "decreased", "grew", "rose", "fell", "declined", "improved", "higher", "lower", "increase", "decrease", "growth", "decline":
			return true
		}
		return false
	}
	return false
}

// lastClause is s after its last comma or semicolon.
func lastClause(s string) string {
	if i := strings.LastIndexAny(s, ",;"); i >= 0 {
		return s[i+1:]
	}
	return s
}
