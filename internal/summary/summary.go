// Package summary gives the key points of an earnings call and the topic of
// each analyst question.
//
// Summarize takes a parsed *transcript.Transcript and returns at most eight
// Bullets in the terse style of a wire headline:
//
//	Q2 revenue rose 12.5 percent to $52.4 million      headline
//	Q2 loss per share $0.08; net loss $3.2 million    headline
//	Q2 adjusted earnings per share $0.27              headline
//	Sees Q3 2024 revenue $54 million to $56 million   guidance
//	Sees FY 2024 revenue of at least $215 million     guidance
//	Quarterly dividend $0.11 per share                fact
//	Q2 share repurchase $75 million                   fact
//
// Bullets come in that order: the call's headline results (revenue; earnings
// per share, GAAP with the net income or loss said with it, and adjusted;
// then FFO, net interest income, EBITDA, cash flow or margins when fewer
// than two were found), the guidance given (period, metric, value or
// range), what management says it does with its guidance ("Raises
// full-year guidance", "Not providing full-year guidance", see
// stanceBullet) and other key facts (a raised dividend, the shares bought
// back in a period). Guidance
// said only in answers counts when the prepared remarks give none. Each bullet names the
// paragraph it came from (transcript.Paragraph.ID), so a page can link to the
// sentence.
//
// Everything is read from the parsed structure and from figures.Find: no
// model, no network, and the same input always gives the same bullets. Only
// what management and the host say counts (analysts' numbers never do; in
// a transcript without speaker labels, the one anonymous speaker does);
// prior-period figures only appear as the comparison of a change. When a
// figure is said several times, the most precise statement wins, preferring
// the prepared remarks and the CFO. Bullets never name the company: the page
// they sit on already does, so "Q2 revenue ..." reads as the company's.
package summary

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"callsite/internal/figures"
	"callsite/internal/text"
	"callsite/internal/transcript"
)

// Bullet is one key point of a call.
type Bullet struct {
	Text      string // terse wire-headline style: "Q2 revenue rose 12.5 percent to $52.4 million"
	Paragraph string // id of the paragraph it came from (transcript.Paragraph.ID)
	Sentence  string // the sentence of that paragraph it came from
	Kind      string // "headline" | "guidance" | "fact"
}

// Kinds of bullet.
const (
	KindHeadline = "headline"
	KindGuidance = "guidance"
	KindFact     = "fact"
)

// MaxBullets is the most bullets Summarize returns.
const MaxBullets = 8

// Limits per kind; the total never exceeds MaxBullets.
const (
	maxHeadline = 4
	maxGuidance = 5
	maxExtra    = 2 // EBITDA, cash flow and margins only while fewer headlines than this
)

// cand is one figure said by management or the host, with where it was said.
type cand struct {
	f       figures.Figure
	para    *transcript.Paragraph
	sect    transcript.SectionKind
	sent    string       // the sentence holding the figure
	lowSent string       // sent lower-cased, or "" until asked for (lowerSent)
	pre     string       // the sentence up to the figure, lower-case
	post    string       // the sentence after the figure, lower-case
	kind    figures.Kind // the figure's kind
	cfo     bool
	order   int // position in the call
	fig     int // index of f in its paragraph's figures
	all     []figures.Figure
	metric  string // normalised metric (see slotMetric)
	company string // the company's name, lower-case ("" when unknown): not a part's name
	period  string // the figure's period, inferred for guidance when unsaid
	answer  bool   // said in answer to an analyst's question
}

// Summarize returns at most MaxBullets key points of the call: headline
// results, then guidance, then other facts. It returns nil when the call
// states no usable figure.
func Summarize(t *transcript.Transcript) []Bullet {
	if t == nil {
		return nil
	}
	return SummarizeFigures(t, figuresByParagraph(t))
}

// figuresByParagraph finds a call's figures as a build does (site.CallFigures):
// turn by turn, a basis announced holding through its section, reconciled.
func figuresByParagraph(t *transcript.Transcript) func(*transcript.Paragraph) []figures.Figure {
	ctx := figures.Context{Year: t.Meta.Year, Quarter: t.Meta.Quarter, Half: t.Meta.Half, Company: t.Meta.Company, Ticker: t.Meta.Ticker}
	by := map[*transcript.Paragraph][]figures.Figure{}
	var all []*figures.Figure // in the order said, for figures.Reconcile
	for _, sec := range t.Sections {
		ctx.Basis = "" // an announced basis holds through its section
		for _, tu := range sec.Turns {
			if tu.Speaker.Role == transcript.RoleOperator {
				continue // as site.CallFigures: the operator reads out no results
			}
			paras := make([]string, len(tu.Paragraphs))
			for i, p := range tu.Paragraphs {
				paras[i] = p.Text
			}
			var found [][]figures.Figure
			found, ctx.Basis = figures.FindTurn(paras, ctx)
			for i, figs := range found {
				by[tu.Paragraphs[i]] = figs
				for k := range figs {
					all = append(all, &figs[k])
				}
			}
		}
	}
	figures.Reconcile(all)
	return func(p *transcript.Paragraph) []figures.Figure { return by[p] }
}

// SummarizeFigures is Summarize with the call's figures already found:
// figs returns the figures.Find result of a paragraph, so a build that
// has them does not look for them twice.
func SummarizeFigures(t *transcript.Transcript, figs func(*transcript.Paragraph) []figures.Figure) []Bullet {
	if t == nil {
		return nil
	}
	cs := collect(t, figs)
	if len(cs) == 0 {
		return nil
	}
	s := &summarizer{t: t, cands: cs, used: map[string]bool{}, figs: figs}
	s.callLabel = callLabel(t.Meta)
	s.callPeriod = t.Meta.PeriodLabel()
	var out []Bullet
	heads := s.headlines()
	if len(heads) == 0 && t.Meta.Year > 0 && (t.Meta.Quarter == 4 || t.Meta.Quarter == 0) {
		// A fourth-quarter call often states only the full year's results
		// (an earlier quarter's year is not over: "this year" there is to date).
		label, period := s.callLabel, s.callPeriod
		s.callLabel, s.callPeriod = "FY "+itoa(t.Meta.Year), "FY "+itoa(t.Meta.Year)
		heads = s.headlines()
		s.callLabel, s.callPeriod = label, period
	}
	out = append(out, heads...)
	stance := s.stanceBullet()
	s.noOutlook, s.noOutlookPeriod = noOutlook(stance.Text)
	out = append(out, s.guidance()...)
	facts := s.facts()
	if b := stance; b.Text != "" && len(out)+len(facts) < MaxBullets {
		out = append(out, b) // only where it leaves room: a bullet without a number yields to one with
	}
	out = append(out, facts...)
	if len(out) > MaxBullets {
		out = out[:MaxBullets]
	}
	return out
}

type summarizer struct {
	t          *transcript.Transcript
	figs       func(*transcript.Paragraph) []figures.Figure // every figure of a paragraph
	booked     map[statedAmount]bool                        // the amounts said as bookings or orders (namedOtherwise)
	cands      []*cand
	callLabel  string // "Q2", "FY 2020", "" when unknown
	callPeriod string // "Q2 2020"
	used       map[string]bool
	revenue    float64 // the headline revenue, 0 when none
	eps        float64 // the headline EPS (adjusted, else GAAP), 0 when none
	epsYearly  bool    // eps is a full year's (a fourth-quarter call states both)
	// the call says it gives no outlook (for noOutlookPeriod, or any when
	// ""): an amount whose period only inference gives is no guidance then
	noOutlook       bool
	noOutlookPeriod string
}

// noOutlook reads a stance bullet that says no guidance is given
// ("Not providing financial guidance", "Withdraws FY 2020 guidance") and
// the period it names, if any.
func noOutlook(stance string) (bool, string) {
	for _, v := range []string{"Not providing ", "Withdraws ", "Suspends "} {
		if rest, ok := strings.CutPrefix(stance, v); ok {
			if m := saidPeriod.FindString(rest); m != "" {
				return true, m
			}
			return true, ""
		}
	}
	return false, ""
}

// saidPeriod finds a period as a bullet words it: "FY 2021", "Q3 2021".
var saidPeriod = regexp.MustCompile(`\b(?:FY|Q[1-4]|H[12]) \d{4}\b`)

// speaks reports whether a turn's figures may become bullets.
func speaks(t *transcript.Transcript, tu *transcript.Turn) bool {
	if tu.Speaker == nil {
		return t.Unlabelled
	}
	switch tu.Speaker.Role {
	case transcript.RoleManagement, transcript.RoleHost:
		return true
	case transcript.RoleUnknown:
		return t.Unlabelled
	}
	return false
}

func isCFO(sp *transcript.Speaker) bool {
	if sp == nil {
		return false
	}
	ti := strings.ToLower(sp.Title)
	return strings.Contains(ti, "financial") || strings.Contains(ti, "cfo") || strings.Contains(ti, "finance")
}

// collect finds every figure said by management or the host.
func collect(t *transcript.Transcript, find func(*transcript.Paragraph) []figures.Figure) []*cand {
	var out []*cand
	order := 0
	seen := map[string]string{} // for inferPeriod
	for _, sec := range t.Sections {
		asked := false // an analyst has spoken in the section: what follows answers
		for _, tu := range sec.Turns {
			if sec.Kind != transcript.SectionPrepared && tu.Speaker != nil && tu.Speaker.Role == transcript.RoleAnalyst {
				asked = true // (in prepared remarks, a host taken for an analyst asks nothing)
			}
			if speaks(t, tu) {
				n := len(out)
				out = collectTurn(t, sec.Kind, tu, find, &order, seen, out)
				for _, c := range out[n:] {
					c.answer = asked
				}
			}
		}
	}
	return out
}

// collectTurn adds the figures of one turn to out. A guidance figure
// without a period takes the one its words name (inferPeriod), else the
// period of the guidance said just before it in the turn (in its
// paragraph or the two before): "For fiscal 2022, we expect revenue of
// $3.3 billion. ... Non-GAAP EPS is expected to be $13.70 to $14.20."
func collectTurn(t *transcript.Transcript, sect transcript.SectionKind, tu *transcript.Turn,
	find func(*transcript.Paragraph) []figures.Figure, order *int, seen map[string]string, out []*cand) []*cand {
	var prevParas []string
	lastGuide, lastAt := "", -10
	cfo, company, met := false, "", false // the turn's, worked out at its first figure, not at each
	var asked [][]text.Span
	if t.Unlabelled {
		paras := make([]string, len(tu.Paragraphs))
		for k, p := range tu.Paragraphs {
			paras[k] = p.Text
		}
		asked = text.AskerSentences(paras)
	}
	for k, p := range tu.Paragraphs {
		figs := find(p)
		if len(figs) > 0 && t.Unlabelled {
			figs = notAsked(figs, asked, k)
		}
		if len(figs) > 0 && !met {
			cfo, company, met = isCFO(tu.Speaker), strings.ToLower(t.Meta.Company), true
		}
		// A paragraph of several figures is split once, and an ASCII
		// sentence lower-cased once, not once a figure (lower-casing an
		// ASCII text keeps its offsets).
		var sents []text.Span
		if len(figs) > 1 {
			var room [16]text.Span // more than most paragraphs hold: no list made on the heap
			sents = sentencesThrough(room[:0], p.Text, figs)
		}
		lowFrom, lowTo, low := -1, -1, "" // p.Text[lowFrom:lowTo] lower-cased if it is ASCII, else ""
		for i, f := range figs {
			*order++
			var sp text.Span
			if len(figs) > 1 {
				sp = text.SpanAt(sents, len(p.Text), f.Start, f.End)
			} else {
				sp = text.SentenceAt(p.Text, f.Start, f.End) // split only up to the figure's sentence
			}
			s0, s1 := sp.Start, max(sp.End, f.End)
			if s0 != lowFrom || s1 != lowTo {
				lowFrom, lowTo, low = s0, s1, ""
				if isASCII(p.Text[s0:s1]) {
					low = lowerASCII(p.Text[s0:s1])
				}
			}
			var pre, post string
			if low != "" {
				pre, post = low[:f.Start-s0], low[f.End-s0:]
			} else {
				pre, post = strings.ToLower(p.Text[s0:f.Start]), strings.ToLower(p.Text[f.End:s1])
			}
			// Made on the stack, and copied to the heap only when kept:
			// most figures are not.
			c := &cand{
				f: f, para: p, sect: sect, cfo: cfo, order: *order,
				sent: p.Text[s0:s1], lowSent: low, pre: pre, fig: i, all: figs,
				post: post, kind: f.Kind, period: f.Period,
				company: company,
			}
			c.metric = slotMetric(c)
			kept := c.metric != "" && !halfRange(p.Text, figs, i)
			// a figure left out needs its period only to pass it on as a key one
			if c.kind == figures.Guidance && (kept || c.f.IsKey()) {
				if c.period == "" {
					c.period = inferPeriod(p.Text[:f.Start], p.Text[f.End:s1], prevParas, t.Meta, seen)
				}
				switch {
				case c.period == "" && k-lastAt <= 2:
					c.period = lastGuide
				case c.period != "" && c.f.IsKey():
					lastGuide, lastAt = c.period, k
				}
			}
			if kept {
				keep := *c
				out = append(out, &keep)
			}
		}
		prevParas = append(prevParas, p.Text)
	}
	return out
}

// notAsked leaves out of the figures of a turn's k-th paragraph those in
// an analyst's sentences (asked: text.AskerSentences of the turn), in a
// transcript that does not say who speaks.
func notAsked(figs []figures.Figure, asked [][]text.Span, k int) []figures.Figure {
	if len(asked[k]) == 0 {
		return figs
	}
	var out []figures.Figure
	for _, f := range figs {
		if !slices.ContainsFunc(asked[k], func(sp text.Span) bool { return f.Start >= sp.Start && f.Start < sp.End }) {
			out = append(out, f)
		}
	}
	return out
}

// lowerSent is c.sent lower-cased: made once for all the figures of an
// ASCII sentence, else at the first asking.
func (c *cand) lowerSent() string {
	if c.lowSent == "" {
		c.lowSent = strings.ToLower(c.sent)
	}
	return c.lowSent
}

// sentencesThrough appends to room the sentences of para (text.Sentences)
// up to the first that ends at or after the end of every figure of figs:
// text.SpanAt finds each figure's sentence in them as in all, since a
// sentence after that one starts past every figure. Most paragraphs go
// on after their last figure, and the rest is not split.
func sentencesThrough(room []text.Span, para string, figs []figures.Figure) []text.Span {
	end := 0
	for _, f := range figs {
		end = max(end, f.End)
	}
	for sp := range text.EachSentence(para) {
		room = append(room, sp)
		if sp.End >= end {
			break
		}
	}
	return room
}

// halfRange reports a figure that is one end of a range the figures were
// not joined into ("GAAP EPS of negative $0.09 to $0.08"): alone, it
// states neither end.
func halfRange(para string, figs []figures.Figure, i int) bool {
	joined := func(a, b figures.Figure) bool {
		if a.End > b.Start || a.Unit != b.Unit || a.PerShare != b.PerShare || a.Role == figures.Change || a.Kind != b.Kind {
			return false // "from $0.17 per share to $0.52 per share": last year's amount, then this year's
		}
		switch strings.ToLower(strings.TrimSpace(para[a.End:b.Start])) {
		case "to", "-", "–", "through":
			return true
		case "and":
			return strings.HasSuffix(strings.TrimSpace(strings.ToLower(para[:a.Start])), "between")
		}
		return false
	}
	return i > 0 && joined(figs[i-1], figs[i]) || i+1 < len(figs) && joined(figs[i], figs[i+1])
}

// slotMetric names what a figure measures for the summary, or "" when it is
// not a figure a summary states.
func slotMetric(c *cand) string {
	f := c.f
	m := f.Metric
	money := f.Unit != "%" && f.Unit != "bp" && f.Unit != "x" && f.Unit != "count"
	if f.Basis == "constant currency" || f.Basis == "basic" || f.Basis == "two-year" || f.Basis == "organic" || f.Basis == "like-for-like" {
		return "" // a restatement at other exchange rates, not the figure itself
	}
	if m == "revenue" && f.Unit == "%" && f.Role == figures.Change && f.Kind == figures.Guidance && f.Basis == "" {
		return "revenue growth" // "we expect sales to be up 8% to 9%": guidance said as growth
	}
	if m == "revenue" && f.Unit == "%" && f.Role == figures.Change && f.Kind == figures.Actual && f.Basis == "" {
		return "revenue change" // "sales grew 11% in the quarter": a result said only as its change
	}
	if money && !f.PerShare && perShareScale(f) && f.Kind == figures.Actual {
		if m == "revenue" {
			return "" // "lower revenues ... totaling about $0.10": a per-share effect, never a company's sales
		}
		if f.Qualifier == "" {
			m = perShareForm(m) // "net income was $0.17": said of each share, no scale word
		}
	}
	adjusted := f.Basis != "" && f.Basis != "GAAP"
	if strings.HasPrefix(m, "adjusted ") && f.Basis == "GAAP" {
		return ""
	}
	switch m {
	case "eps", "adjusted eps", "net loss per share":
		if !money || f.Value >= 1000 || f.Unit == "count" {
			return "" // "between $610 million and $640 million" is not a per-share amount
		}
		if m == "net loss per share" {
			if adjusted {
				return "adjusted loss per share"
			}
			return "loss per share"
		}
		if m == "eps" && adjusted {
			return "adjusted eps"
		}
		return m
	case "operating income per share":
		// "operating earnings of $0.76 per share": the adjusted EPS of a
		// utility or an insurer, said on its own basis
		if !money || f.Value >= 1000 || f.Basis != "" && f.Basis != "operating" && f.Basis != "adjusted operating" && f.Basis != "core" &&
			f.Basis != "adjusted" || changeWord(c.pre) {
			return ""
		}
		return "operating eps"
	case "dividend per share", "ffo per share", "book value per share", "affo per share":
		if !money || f.Value >= 1000 {
			return ""
		}
		if adjusted && m == "ffo per share" {
			return "adjusted " + m
		}
		return m
	case "dividend":
		if money && (f.PerShare || perShareScale(f)) {
			return "dividend per share"
		}
		return ""
	case "ffo", "affo":
		if money && (f.PerShare || perShareScale(f)) {
			if adjusted && m == "ffo" {
				return "adjusted ffo per share"
			}
			return m + " per share"
		}
		if money {
			return m
		}
		return ""
	case "revenue", "net income", "net loss", "adjusted ebitda", "ebitda", "free cash flow", "operating cash flow",
		"operating income", "adjusted operating income", "net interest income", "gross profit", "share repurchase",
		"capital expenditures", "operating loss", "backlog":
		if !money || f.PerShare {
			return ""
		}
		if m == "backlog" && (partOfBacklog(c.pre) || partOfBacklogAfter(c.post)) {
			return "" // "backlog realizable under one year", "funded backlog": a share of the order book
		}
		if m == "net income" && (strings.Contains(tail(c.pre, 50), "loss") && !strings.Contains(tail(c.pre, 50), "income")) {
			m = "net loss"
		}
		if adjusted && !strings.HasPrefix(m, "adjusted ") {
			return "adjusted " + m
		}
		return m
	case "gross margin", "operating margin", "adjusted operating margin", "adjusted ebitda margin", "ebitda margin",
		"net interest margin", "combined ratio", "same-store sales", "organic growth":
		if f.Unit != "%" {
			return ""
		}
		return m
	}
	return ""
}

// perShareScale reports an amount small enough to be said of each share,
// and said with no scale word: "zero to $7 million" is a total however
// low its bottom.
func perShareScale(f figures.Figure) bool {
	return math.Abs(f.High) < 100 && scaleWord(f.Text) == ""
}

// partOfBacklog reports words before a backlog figure that make it a
// share of the order book rather than all of it: the part due within a
// year, the funded part.
func partOfBacklog(pre string) bool {
	return containsAny(tail(pre, 80), "realizable", "funded", "12-month", "twelve-month", "12 month", "next 12 months",
		"next twelve months", "within one year", "within a year", "under one year", "uninstalled",
		"backlog contained", "backlog contains", "backlog included", "backlog includes",
		"not open", "not-open", "leasing backlog", "lease backlog") // a REIT's leases signed, not yet paying: rent, not an order book
}

// partOfBacklogAfter reports backlog said with what part of it the amount
// is ("$1.2 billion in projects that are in a loss position").
func partOfBacklogAfter(post string) bool {
	return hasAnyPrefix(strings.TrimSpace(post), "in projects", "of projects", "in contracts", "of contracts", "of which", "related to", "associated with")
}

// perShareForm is the per-share metric of an earnings total, or the
// metric itself.
func perShareForm(m string) string {
	switch m {
	case "net income", "earnings":
		return "eps"
	case "adjusted net income", "adjusted earnings":
		return "adjusted eps"
	case "net loss":
		return "net loss per share"
	case "operating income", "adjusted operating income":
		return "operating income per share"
	}
	return m
}

// changeWord reports a change verb among the last words before a figure
// ("net investment income declining $0.24 per share").
func changeWord(pre string) bool {
	ws := strings.Fields(pre)
	if len(ws) > 3 {
		ws = ws[len(ws)-3:]
	}
	for _, w := range ws {
		for _, v := range []string{"declin", "increas", "decreas", "grew", "rose", "fell", "improv", "reduc", "up", "down", "by"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// callLabel is how a headline names the call's period: "Q2", "H1" for a
// half year's call, or "FY 2020" for a full-year call.
func callLabel(m transcript.Meta) string {
	switch {
	case m.Half > 0:
		return "H" + itoa(m.Half)
	case m.Quarter > 0:
		return "Q" + itoa(m.Quarter)
	case m.Year > 0:
		return "FY " + itoa(m.Year)
	}
	return ""
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// weight says how much a statement counts: prepared remarks over Q&A, the CFO
// over others.
func (c *cand) weight() float64 {
	w := 1.0
	if c.sect == transcript.SectionQA {
		w = 0.35
	}
	if c.cfo {
		w += 0.25
	}
	return w
}

// precision counts the significant digits as said: "$216.4 million" beats
// "$216 million" and "over $210 million".
func (c *cand) precision() int {
	n := 0
	for _, r := range c.f.Text {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	if c.f.Qualifier != "" {
		n -= 2
	}
	return n
}

// same reports whether two figures state the same amount (allowing rounding).
func same(a, b figures.Figure) bool {
	if a.IsRange != b.IsRange {
		return false
	}
	return close(a.Low, b.Low) && close(a.High, b.High)
}

func close(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	m := math.Max(math.Abs(a), math.Abs(b))
	return d <= 0.006*m || (m < 100 && d < 0.006)
}

// cluster is one amount said once or more.
type cluster struct {
	cands []*cand
	score float64
	best  *cand
}

// clusters groups candidates by amount and scores each group.
func clusters(cs []*cand) []*cluster {
	var out []*cluster
	for _, c := range cs {
		var hit *cluster
		for _, cl := range out {
			if same(cl.cands[0].f, c.f) {
				hit = cl
				break
			}
		}
		if hit == nil {
			hit = &cluster{}
			out = append(out, hit)
		}
		hit.cands = append(hit.cands, c)
	}
	for _, cl := range out {
		paras := map[string]bool{}
		for _, c := range cl.cands {
			if paras[c.para.ID] {
				continue
			}
			paras[c.para.ID] = true
			cl.score += c.weight()
			if hasTotal(c.pre) {
				cl.score += 0.5
			}
		}
		cl.best = pick(cl.cands)
		if cl.best.f.Change == "" {
			for _, c := range cl.cands {
				if c.f.Change != "" && c.metric == cl.best.metric {
					b := *cl.best // the change said with another statement of the amount
					b.f.Change, b.f.ChangePct = c.f.Change, c.f.ChangePct
					cl.best = &b
					break
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].cands[0].order < out[j].cands[0].order
	})
	return out
}

func hasTotal(pre string) bool {
	p := tail(pre, 60)
	return strings.Contains(p, "total") || strings.Contains(p, "consolidated")
}

// pick chooses the statement of an amount to quote: the most precise, then
// one that says the change, then the prepared remarks, then the CFO, then the
// earliest.
func pick(cs []*cand) *cand {
	best := cs[0]
	for _, c := range cs[1:] {
		switch {
		case c.precision() != best.precision():
			if c.precision() > best.precision() {
				best = c
			}
		case (c.f.Change != "") != (best.f.Change != ""):
			if c.f.Change != "" {
				best = c
			}
		case (c.sect == transcript.SectionPrepared) != (best.sect == transcript.SectionPrepared):
			if c.sect == transcript.SectionPrepared {
				best = c
			}
		case c.cfo != best.cfo:
			if c.cfo {
				best = c
			}
		}
	}
	return best
}

// actual returns the candidates for a headline metric in the call's period.
func (s *summarizer) actual(metrics ...string) []*cand {
	var out []*cand
	for _, c := range s.cands {
		if c.kind != figures.Actual || c.f.IsRange || !headlineContext(c) || approximate(c.f) || c.answer {
			continue // an answer's result is most often a part's, an example or an old one
		}
		if s.callPeriod != "" && c.period != s.callPeriod || s.saidForYear(c) {
			continue
		}
		if fromSource(firstN(c.post, 40)) {
			continue // "$9.5 million in revenues from Scotia Bank interest recoveries": a part's
		}
		for _, m := range metrics {
			if c.metric == m {
				out = append(out, c)
			}
		}
	}
	return out
}

// saidForYear reports a quarter's result whose sentence names no quarter
// and whose amount the call states, for the same metric, as the full
// year's elsewhere: "delivering ongoing earnings of $2.45 per share" on a
// fourth-quarter call whose CFO gives $2.45 as the year's.
func (s *summarizer) saidForYear(c *cand) bool {
	if !strings.HasPrefix(c.period, "Q") {
		return false
	}
	for _, d := range s.cands {
		if d != c && d.kind == figures.Actual && strings.HasPrefix(d.period, "FY") && d.f.Metric == c.f.Metric &&
			d.f.Unit == c.f.Unit && perShare(d) == perShare(c) && !d.f.IsRange && d.f.Value == c.f.Value {
			// the very amount (a near one, 92.5% for the year and 92.1% for the
			// quarter, may be either); the sentence read last, as most have no match
			return !namesQuarter(c.lowerSent())
		}
	}
	return false
}

// namedRevenue are the call's revenue levels that figures left unsure
// of their subject but whose own clause names revenue (or sales) of the
// whole company and no other metric before the amount: "the company
// closed the quarter with sales of $2.4 billion", "net sales declined 4%
// to $896 million". Asked for only when no plainer statement was found.
func (s *summarizer) namedRevenue() []*cand {
	var out []*cand
	largest := s.largestRevenue()
	for _, c := range s.cands {
		if c.metric != "revenue" || c.kind != figures.Actual || !c.f.Unsure || c.f.Role != figures.Level || c.f.Scope != "" ||
			c.f.IsRange || approximate(c.f) || c.sect != transcript.SectionPrepared || s.callPeriod != "" && c.period != s.callPeriod || s.saidForYear(c) {
			continue
		}
		// a part is smaller: the whole is the largest revenue said for the period
		named := namesOnly(clause(c.pre), "revenue") || namesNoMetric(clause(c.pre)) && resultVerb(clause(c.pre)) && revenueAfter(c)
		if named && !namesPart(c) && !fromSource(clause(c.pre)) && close(math.Abs(c.f.Value), largest) {
			out = append(out, c)
		}
	}
	return out
}

// revenueOf is "of total revenue", "in net sales" right after an amount.
var revenueOf = regexp.MustCompile(`^\s*(?:of|in)\s+(?:(?:total|net|consolidated|record|quarterly|company|companywide|company-wide)\s+)*(?:revenues?|sales)\b([^,.;]*)`)

// revenueAfter reports an amount named as revenue by the words right
// after it ("we delivered $666.7 million of total revenue, $139.4
// million of adjusted EBITDA"), of no source, segment or place named
// with it ("$61 million of revenue from our aerospace segment", "of sales
// in Europe").
func revenueAfter(c *cand) bool {
	m := revenueOf.FindStringSubmatchIndex(c.post)
	if m == nil {
		return false
	}
	rest := c.post[m[2]:m[3]]
	if containsAny(rest, " from", " of ", "segment", "division", "business", " in our", " at our", " for our", " per ",
		"year", "prior", "period", "through", "ago", "previous", "month") {
		return false // a part's, or another period's: "in the same period last year", "through the third quarter"
	}
	if len(c.post) > len(c.sent) || strings.ToLower(c.sent[len(c.sent)-len(c.post):]) != c.post {
		return false // not the same text: unsure, so leave it
	}
	orig := c.sent[len(c.sent)-len(c.post):][m[2]:m[3]]
	for _, w := range strings.Fields(orig) {
		if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' {
			return false // a place or a brand: "of sales in Europe"
		}
	}
	return true
}

// resultVerb reports a clause that reports a result with a verb of its
// own ("we generated", "we delivered", "we finished at"), not one that
// counts deals ("we completed $155 million of sales" of buildings) or
// plans ("we have").
func resultVerb(clause string) bool {
	for _, w := range strings.Fields(clause) {
		if hasAnyPrefix(w, "generat", "deliver", "report", "post", "record", "achiev", "finish", "produc") {
			return true
		}
	}
	return false
}

// namesNoMetric reports a clause that names no metric at all: "we
// delivered".
func namesNoMetric(clause string) bool {
	words := " " + strings.Join(strings.FieldsFunc(clause, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}), " ") + " "
	for _, m := range figures.Metrics {
		for _, p := range m.Phrases {
			if strings.Contains(words, " "+p+" ") {
				return false
			}
		}
	}
	return true
}

// largestRevenue is the largest revenue level the call states for its
// period, of the company or of any part, sure or not.
func (s *summarizer) largestRevenue() float64 {
	m := 0.0
	for _, c := range s.cands {
		if c.metric == "revenue" && c.kind == figures.Actual && c.f.Role == figures.Level && (s.callPeriod == "" || c.period == s.callPeriod) {
			m = math.Max(m, math.Abs(c.f.High))
		}
	}
	return m
}

// fromSource reports revenue said with its source ("revenue from our
// decon work"), a part of the whole; "revenue from operations" is the whole.
// Its words are read one by one (it is asked of most revenue figures'
// clauses, and a list of them was a tenth of a record's allocations).
func fromSource(clause string) bool {
	var before, last string // the two words before w
	for w := range strings.FieldsSeq(clause) {
		if (before == "revenue" || before == "revenues" || before == "sales") && last == "from" &&
			w != "operations" && w != "continuing" {
			return true
		}
		before, last = last, w
	}
	return false
}

// clause is the end of a sentence's text before a figure from its last
// comma, semicolon or colon.
func clause(pre string) string {
	if i := strings.LastIndexAny(pre, ",;:"); i >= 0 {
		return pre[i+1:]
	}
	return pre
}

func (s *summarizer) best(cs []*cand) *cand {
	for _, cl := range clusters(cs) {
		if s.used[s.valueKey(cl.best)] {
			continue
		}
		return cl.best
	}
	return nil
}

// valueKey names an amount once stated, so that no other bullet states it
// again. A per-share amount is keyed with its basis: a call that says
// GAAP and adjusted EPS were both $0.34 gets both.
func (s *summarizer) valueKey(c *cand) string {
	u := c.f.Unit
	if perShare(c) {
		u += "/sh"
		if strings.HasPrefix(c.metric, "adjusted ") || c.metric == "operating eps" {
			u += "/adjusted"
		}
	}
	return u + "|" + fmtNum(c.f.Low) + "|" + fmtNum(c.f.High)
}

func perShare(c *cand) bool {
	return c.f.PerShare || strings.HasSuffix(c.metric, "per share") || strings.HasSuffix(c.metric, "eps")
}

func (s *summarizer) use(c *cand) { s.used[s.valueKey(c)] = true }

// headlines gives the call's results: revenue, EPS (GAAP and adjusted,
// with the net income or loss said with them), the metric the company
// leads with (FFO, net interest income, same-store sales, combined ratio),
// then EBITDA, cash flow and margins while fewer than maxExtra were found.
func (s *summarizer) headlines() []Bullet {
	var out []Bullet
	add := func(b Bullet) {
		if len(out) < maxHeadline && b.Text != "" {
			out = append(out, b)
		}
	}
	add(s.revenueBullet())
	for _, b := range s.epsBullets() {
		add(b)
	}
	// Two slots may read as one label ("core FFO per share" for both FFO
	// slots): a label stated twice with two amounts contradicts itself, so
	// only the first is kept.
	stated := map[string]bool{}
	for _, m := range leadMetrics {
		if c := s.bestOf(m); c != nil && !s.saidWithBasis(c) && !stated[label(c)] {
			stated[label(c)] = true
			s.use(c)
			add(s.bullet(c, KindHeadline, s.callLabel+" "+label(c)+" "+boundedAmount(c)+change(c)))
		}
	}
	for _, m := range extraMetrics {
		if len(out) >= maxExtra {
			break
		}
		if c := s.bestOf(m); c != nil && !stated[label(c)] {
			stated[label(c)] = true
			s.use(c)
			add(s.bullet(c, KindHeadline, s.callLabel+" "+label(c)+" "+boundedAmount(c)+change(c)))
		}
	}
	return out
}

// saidWithBasis reports a result said without a basis word whose very
// amount the call states for the period with one, of the same metric
// ("bridged from Q3 of $0.73" after "$0.73 of normalized FFO per share"):
// the based figure said again, not the reported one (unless its own
// sentence says it is reported).
func (s *summarizer) saidWithBasis(c *cand) bool {
	if c.f.Basis != "" || containsAny(c.lowerSent(), "gaap", "reported", "nareit") {
		return false
	}
	for _, o := range s.cands {
		if o != c && o.kind == figures.Actual && o.period == c.period && o.f.Basis != "" && o.metric != c.metric &&
			strings.HasSuffix(o.metric, c.metric) && !o.f.IsRange && o.f.Value == c.f.Value {
			return true
		}
	}
	return false
}

// leadMetrics are the results a company of its kind leads with: FFO for a
// REIT, net interest income for a bank, same-store sales for a retailer,
// the combined ratio for an insurer, the backlog for a maker or contractor
// (its order book at the period's end). A call that states one gets it.
var leadMetrics = []string{"ffo per share", "adjusted ffo per share", "affo per share", "net interest income", "same-store sales", "combined ratio", "backlog"}

// extraMetrics are results stated only while few headlines were found.
var extraMetrics = []string{"adjusted ebitda", "free cash flow", "gross margin", "operating margin"}

// bestOf is the best statement of a headline metric in the call's period,
// the adjusted one when only that was said.
func (s *summarizer) bestOf(m string) *cand {
	c := s.best(s.actual(m))
	if c == nil && !strings.HasPrefix(m, "adjusted ") {
		c = s.best(s.actual("adjusted " + m))
	}
	return c
}

// revenueBullet is the call's revenue (or sales) with its change.
func (s *summarizer) revenueBullet() Bullet {
	stated := func(cs []*cand) *cand {
		return s.best(slices.DeleteFunc(cs, func(c *cand) bool { // (cs is a new slice each time)
			return s.afterPartRevenue(c) || s.namedOtherwise(c) || s.outOfScale(c)
		}))
	}
	c := stated(s.actual("revenue"))
	if c == nil {
		c = stated(s.actual("adjusted revenue"))
	}
	if c == nil {
		c = stated(s.namedRevenue())
	}
	if c == nil {
		return s.revenueChangeBullet()
	}
	s.use(c)
	s.revenue = c.f.Value
	if c.f.ChangePct == 0 {
		c = s.withYearChange(c)
	}
	c = s.preciseChange(c)
	word := revenueWord(c)
	if c.metric == "adjusted revenue" {
		word = basisWord(c, "adjusted "+word)
	}
	return s.bullet(c, KindHeadline, s.callLabel+" "+word+" "+withChange(c))
}

// wholeWords name the whole company in a sentence.
var wholeWords = map[string]bool{"total": true, "consolidated": true, "overall": true, "company": true, "firm": true,
	"firmwide": true, "enterprise": true, "group": true}

// afterPartRevenue reports a revenue level said after a part's revenue
// level in its paragraph, in a sentence that names no whole: "investment
// banking revenue of $376 million was our third consecutive quarterly
// record ... Record revenue of $207 million surpassed our prior quarterly
// record" is the part's again, or one of its own.
func (s *summarizer) afterPartRevenue(c *cand) bool {
	if s.figs == nil {
		return false
	}
	for _, w := range lowerWords(c.lowerSent()) {
		if wholeWords[w] {
			return false
		}
	}
	for _, g := range s.figs(c.para) {
		if g.Start >= c.f.Start {
			break
		}
		if g.Scope != "" && strings.HasSuffix(g.Metric, "revenue") && g.Role == figures.Level && g.Kind == figures.Actual {
			return true
		}
	}
	return false
}

// namedOtherwise reports a revenue level whose very amount the call also
// states, for the same period, as bookings or orders: "$114 million in
// closed sales" makes "we delivered 114 million in sales" bookings, not
// revenue. Which the call means is unsure, and a wrong headline costs more
// than none. (Any other metric's equal amount is most often a coincidence
// of rounding: liquidity of $1.8 billion.)
func (s *summarizer) namedOtherwise(c *cand) bool {
	if s.figs == nil {
		return false
	}
	if s.booked == nil {
		s.booked = map[statedAmount]bool{} // read once, for all the candidates asked
		for _, sec := range s.t.Sections {
			for _, tu := range sec.Turns {
				for _, p := range tu.Paragraphs {
					for _, f := range s.figs(p) {
						if f.Role != figures.Change && (strings.Contains(f.Metric, "booking") || strings.Contains(f.Metric, "order")) {
							s.booked[statedAmount{f.Value, f.Unit, f.Period}] = true
						}
					}
				}
			}
		}
	}
	return s.booked[statedAmount{c.f.Value, c.f.Unit, c.f.Period}]
}

// outOfScale reports a revenue level out of scale with the call's other
// amounts of the same period: a thousandth of another revenue level ("our
// sales were $2.954 million" beside "approximately $3 billion"), or below
// a profit that is a share of revenue (gross profit, operating income,
// EBITDA). The unit was said wrong; which amount is right is unsure, and a
// wrong headline costs more than none.
func (s *summarizer) outOfScale(rev *cand) bool {
	if rev.f.Value <= 0 || !strings.HasSuffix(rev.metric, "revenue") {
		return false
	}
	for _, c := range s.cands {
		if c == rev || c.kind != figures.Actual || c.f.Role != figures.Level || c.f.Scope != "" || c.f.IsRange ||
			c.f.Unit != rev.f.Unit || c.period != rev.period {
			continue
		}
		r := c.f.Value / rev.f.Value
		if strings.HasSuffix(c.metric, "revenue") && r > 900 && r < 1100 {
			return true
		}
		if figures.PartOfRevenue(c.metric) && !c.f.Unsure && r > 1 {
			return true
		}
	}
	return false
}

// statedAmount is a figure's value, unit and period: what two statements
// of one amount share.
type statedAmount struct {
	value        float64
	unit, period string
}

// preciseChange is a revenue level whose change was said as a whole
// percent ("a 16% increase") with the change said more precisely
// elsewhere in the prepared remarks, for the whole company and the
// period ("we reported 15.6% higher revenues"), when the two agree: the
// most precise statement wins.
func (s *summarizer) preciseChange(c *cand) *cand {
	pct := c.f.ChangePct
	if pct == 0 || strings.Contains(numRe.FindString(c.f.Change), ".") || !strings.Contains(c.f.Change, "%") {
		return c
	}
	for _, d := range s.cands {
		if d.metric != "revenue change" || d.f.Scope != "" || d.f.IsRange || d.f.Qualifier != "" || d.period != c.period ||
			d.sect != transcript.SectionPrepared || !strings.Contains(numRe.FindString(d.f.Text), ".") {
			continue
		}
		v := 0.0
		switch w := growthWord(d); {
		case w == "up" || hasAnyPrefix(d.post, " higher revenue", " higher sales", " higher net sales", " increase in revenue",
			" increase in sales", " increase in net sales", " growth in revenue", " growth in sales"):
			v = d.f.Value
		case w == "down" || hasAnyPrefix(d.post, " lower revenue", " lower sales", " lower net sales", " decrease in revenue",
			" decrease in sales", " decline in revenue", " decline in sales"):
			v = -d.f.Value
		}
		if v != 0 && math.Abs(v-pct) < 0.5 && !namesPart(d) {
			b := *c
			b.f.ChangePct, b.f.Change = v, d.f.Text
			return &b
		}
	}
	return c
}

// withYearChange is a revenue level with the change from a year before
// said right after it in one of its statements ("revenues were $481.1
// million compared to $432.8 million a year ago, an increase of 11.1%",
// "$2.52 billion, up $320 million or 14.5% over the third quarter of
// 2020"), so the bullet reads as a wire headline; the level alone when no
// statement says one (see yearChangeAfter).
func (s *summarizer) withYearChange(c *cand) *cand {
	for _, d := range s.cands {
		if d.metric != c.metric || d.kind != figures.Actual || d.period != c.period || !same(d.f, c.f) {
			continue
		}
		if pct, text := yearChangeAfter(d); pct != 0 {
			b := *c
			b.f.ChangePct, b.f.Change = pct, text
			return &b
		}
	}
	// the change said in the sentence right after one of its statements:
	// "Revenue was $1.534 billion. Revenue was up $228 million or 17.5%
	// year-over-year."
	for _, d := range s.cands {
		if d.metric != c.metric || d.kind != figures.Actual || d.period != c.period || !same(d.f, c.f) {
			continue
		}
		end := d.f.End + len(d.post)
		for _, n := range s.revenueChanges() {
			if n.para != d.para || n.f.Start-len(n.pre) < end || strings.TrimSpace(d.para.Text[end:n.f.Start-len(n.pre)]) != "" ||
				!s.againstYearAgo(n.lowerSent()) {
				continue
			}
			b := *c
			b.f.ChangePct, b.f.Change = n.f.Value, n.f.Text
			if growthWord(n) == "down" {
				b.f.ChangePct = -n.f.Value
			}
			return &b
		}
	}
	// the change said in money ("$268 million, up $77 million from last
	// year's comparable quarter"), with its percent said elsewhere
	for _, d := range s.cands {
		if d.metric != c.metric || d.kind != figures.Actual || d.period != c.period || !same(d.f, c.f) {
			continue
		}
		if pct, said := s.moneyChangeAsPercent(d); pct != 0 {
			b := *c
			b.f.ChangePct, b.f.Change = pct, said
			return &b
		}
	}
	return c
}

// moneyChangeAsPercent is the percent change of a revenue level whose
// sentence says its change from a year before only in money ("sales
// reached $268 million, up $77 million from last year's comparable
// quarter"), when the call states that percent for the period in its
// prepared remarks ("net sales were up 40%"): the amounts give 40.3%, and
// the percent said that agrees with them is stated. 0 when none agrees.
func (s *summarizer) moneyChangeAsPercent(c *cand) (float64, string) {
	up, down, n, ok := moneyChangeAfter(c)
	if !ok {
		up, down, n, ok = moneyChangeBefore(c)
	}
	if !ok || up == down || n.Value >= math.Abs(c.f.Value) {
		return 0, ""
	}
	level := math.Abs(c.f.Value)
	base := level - n.Value
	if down {
		base = level + n.Value
	}
	want := n.Value / base * 100
	for _, d := range s.revenueChanges() {
		if math.Abs(d.f.Value-want) <= 0.6 && (growthWord(d) == "down") == down {
			if down {
				return -d.f.Value, d.f.Text
			}
			return d.f.Value, d.f.Text
		}
	}
	return 0, ""
}

// yearAgoBase are the words that measure a change against a year before.
var yearAgoBase = []string{"from last year", "from the prior year", "from a year ago", "over last year", "over the prior year",
	"versus last year", "compared to last year", "from last year's", "year-over-year", "year over year"}

// moneyChangeAfter is the change in money said right after a level,
// measured against a year before ("$268 million, up $77 million from
// last year's comparable quarter"), with the way it went.
func moneyChangeAfter(c *cand) (up, down bool, n figures.Figure, ok bool) {
	if c.fig+1 >= len(c.all) {
		return false, false, n, false
	}
	n = c.all[c.fig+1]
	end := c.f.End + len(c.post)
	if n.Start >= end || n.End > len(c.para.Text) || !moneyChangeOf(c, n) || n.Start-c.f.End > 12 {
		return false, false, n, false
	}
	between := strings.ToLower(c.para.Text[c.f.End:n.Start])
	after := strings.ToLower(c.para.Text[n.End:min(end, n.End+50)])
	if !hasAnyPrefix(strings.TrimSpace(after), yearAgoBase...) {
		return false, false, n, false
	}
	return containsAny(between, "up", "increase"), containsAny(between, "down", "decrease"), n, true
}

// moneyChangeBefore is the change in money said right before the level
// it reached, measured against a year before ("revenue increased $52
// million year over year to $374 million").
func moneyChangeBefore(c *cand) (up, down bool, n figures.Figure, ok bool) {
	if c.fig == 0 {
		return false, false, n, false
	}
	n = c.all[c.fig-1]
	start := c.f.Start - len(c.pre)
	if n.Start < start || n.End > c.f.Start || !moneyChangeOf(c, n) {
		return false, false, n, false
	}
	between := strings.TrimSpace(strings.ToLower(c.para.Text[n.End:c.f.Start]))
	base := ""
	for _, b := range yearAgoBase {
		if strings.HasPrefix(between, b) {
			base = b
		}
	}
	if base == "" || !changeTo(strings.TrimPrefix(between, base)) {
		return false, false, n, false
	}
	verb := text.LastWords(strings.ToLower(c.para.Text[start:n.Start]), 2)
	return containsAny(verb, "up", "increase", "grew", "rose"), containsAny(verb, "down", "decrease", "declin", "fell"), n, true
}

// moneyChangeOf reports a change in money of a level's metric.
func moneyChangeOf(c *cand, n figures.Figure) bool {
	return n.Role == figures.Change && n.Unit == c.f.Unit && !n.IsRange && n.Metric == c.f.Metric && n.Value > 0
}

// yearChangeAfter is the percent change figures read as the whole
// company's change of the same revenue for the same period, said in the
// level's sentence right before it ("up 31% year-over-year to $5.9
// billion") or after it with only the amount of that change (or last
// year's amount) between them, going one way (up or down) and not
// against the last quarter; 0 when there is none.
func yearChangeAfter(c *cand) (float64, string) {
	para := c.para.Text
	if saysSequential(c.pre) {
		return 0, "" // "on a linked-quarter basis, total revenue reached $321 million, an increase of 4.4%"
	}
	end := c.f.End + len(c.post) // the sentence's end
	if measuredSequentially(c) {
		return 0, ""
	}
	if c.fig > 0 {
		if n := c.all[c.fig-1]; n.Start >= c.f.Start-len(c.pre) && yearChangeFigure(c, n) &&
			(changeTo(para[n.End:c.f.Start]) || changeToAfterYearAgo(para[n.End:c.f.Start], periodYear(c.period))) {
			return direction(strings.ToLower(para[max(0, n.Start-40):c.f.Start]), strings.ToLower(para[n.End:min(end, c.f.End+60)]), n)
		}
	}
	for _, n := range c.all[c.fig+1:] {
		if n.Start >= end {
			break
		}
		if n.Kind == figures.Prior && n.Unit == c.f.Unit {
			continue // last year's amount: "compared to $432.8 million"
		}
		if n.Metric != c.f.Metric || n.Scope != "" || n.Basis != "" || n.IsRange || n.Kind != figures.Actual {
			return 0, ""
		}
		if n.Role == figures.Change && n.Unit == c.f.Unit {
			continue // the change in money: "$3.8 million or 2.6%"
		}
		// another subject between them: "and service revenue grew 12%"
		if !yearChangeFigure(c, n) || containsAny(sameSubject(para[c.f.End:n.Start]), "revenue", "sales", " and ", ";", " while ", " with ") ||
			figures.OtherSubjectBetween(strings.ToLower(para[c.f.End:n.Start])) {
			return 0, ""
		}
		pct, said := direction(strings.ToLower(para[c.f.End:min(end, n.End+30)]), strings.ToLower(para[n.End:min(end, n.End+60)]), n)
		if pct == 0 {
			return yearChangeAfterSequential(c, n, end)
		}
		return pct, said
	}
	return 0, ""
}

// measuredSequentially reports a figure whose paragraph said, before its
// sentence, that its results are measured against the quarter before, and
// whose sentence names no year: "Let me begin with our fourth quarter
// compared to the third quarter. Revenue was $4.3 billion, an increase of
// 11%." is no year-over-year rise.
func measuredSequentially(c *cand) bool {
	if c.para == nil {
		return false
	}
	para := c.para.Text
	start, end := c.f.Start-len(c.pre), min(len(para), c.f.End+len(c.post))
	return start >= 0 && start <= end && sequentialLead(strings.ToLower(para[:start]), periodYear(c.period)) &&
		!strings.Contains(strings.ToLower(para[start:end]), "year")
}

// sequentialLead reports a paragraph that, before a figure's sentence,
// says its results are measured against the quarter before: "on a sequential basis",
// "compared to the third quarter of 2021" on a 2021 call.
func sequentialLead(lead string, year int) bool {
	if againstQuarter(lead, []string{"compared to the ", "compared with the ", "versus the ", "relative to the "}, year) {
		return true
	}
	if containsAny(lead, "on a sequential basis", "on a linked-quarter basis", "on a linked quarter basis", "compared to the prior quarter",
		"compared to the previous quarter", "compared to last quarter", "versus the prior quarter", "versus last quarter") {
		return true
	}
	return false
}

// againstQuarter reports words of comparison in s (the last said, of
// words) followed by a quarter of the call's year, or of no year: "compared
// to the third quarter of 2021" on a 2021 call, "higher than Q1". Such a
// change is measured against a quarter before, not a year before.
func againstQuarter(s string, words []string, year int) bool {
	for _, w := range words {
		i := strings.LastIndex(s, w)
		if i < 0 {
			continue
		}
		against := firstN(s[i+len(w):], 40) // "third quarter of 2021"
		if namesQuarter(against) && !strings.Contains(against, "year") && !strings.Contains(against, "ago") {
			ys := yearRe.FindAllString(against, -1)
			return len(ys) == 0 || year > 0 && ys[0] == strconv.Itoa(year)
		}
	}
	return false
}

// sequentialThenAnd reports the words between a change from the last
// quarter and the next change: "and", or what the first was measured
// against and "and" ("from the second quarter and").
func sequentialThenAnd(between string) bool {
	b := strings.ToLower(strings.TrimSpace(between))
	if !strings.HasSuffix(b, "and") || strings.ContainsAny(b, ",;:0123456789$") {
		return false
	}
	rest := strings.TrimSpace(strings.TrimSuffix(b, "and"))
	return rest == "" || namesQuarter(rest) || saysSequential(rest)
}

// yearChangeAfterSequential is the change from a year before said right
// after a change from the last quarter, joined by "and" ("$33.3 million,
// which was down 2% from the second quarter and 11% year-over-year"):
// the second change goes the way the words before the first say; 0 when
// the sentence says otherwise.
func yearChangeAfterSequential(c *cand, seq figures.Figure, end int) (float64, string) {
	para := c.para.Text
	i := sort.Search(len(c.all), func(k int) bool { return c.all[k].Start > seq.Start })
	if i >= len(c.all) {
		return 0, ""
	}
	n := c.all[i]
	if n.Start < seq.End || n.End > end || end > len(para) {
		return 0, "" // past the sentence, or not after the first change
	}
	after := strings.ToLower(para[n.End:min(end, n.End+30)])
	// figures may read the second change as the last quarter's (its
	// period is the one named before it); the words right after it say
	// what it is measured against
	if n.Start >= end || n.Metric != c.f.Metric || n.Scope != "" || n.Basis != "" || n.IsRange || n.Role != figures.Change ||
		n.Unit != "%" || n.Value <= 0 || !sequentialThenAnd(para[seq.End:n.Start]) ||
		!hasAnyPrefix(strings.TrimSpace(after), "year-over-year", "year over year", "from a year ago", "from last year", "versus last year",
			"compared to last year", "from the prior year", "over the prior year") {
		return 0, ""
	}
	if seq.Start < c.f.End {
		return 0, ""
	}
	before := strings.ToLower(para[c.f.End:seq.Start])
	up := containsAny(before, "increase", "up ", "higher", "grew", "growth", "rose")
	down := containsAny(before, "decrease", "down ", "lower", "decline", "fell", "drop")
	switch {
	case up && !down:
		return n.Value, n.Text
	case down && !up:
		return -n.Value, n.Text
	}
	return 0, ""
}

// sequentialWords say that a change is measured against the quarter
// before, not the year before: the one list every rule of key points reads.
var sequentialWords = []string{"sequential", "linked", "quarter-over-quarter", "quarter over quarter", "prior quarter",
	"previous quarter", "last quarter"}

// sequentialOnly reports a figure whose sentence measures it against the
// quarter before, before it or in its own clause after it ("On a
// sequential basis, revenues increased 22.9% to $182.6 million from $148.6
// million in the prior quarter"), and names no year: its change is no
// year-over-year one.
func sequentialOnly(c *cand) bool {
	post := c.post
	if i := strings.IndexAny(post, ",;"); i >= 0 {
		post = post[:i] // ", reflecting sequential improvement": another clause's
	}
	return saysSequential(c.pre+post) && !strings.Contains(c.lowerSent(), "year") && yearRe.FindString(c.sent) == ""
}

// saysSequential reports words of sequentialWords in s.
func saysSequential(s string) bool { return containsAny(s, sequentialWords...) }

// againstYearAgo reports a sentence that measures a change against a year
// before: it says so ("year-over-year", "the prior year", "a year ago"), or
// names an earlier year ("compared to the first quarter of 2020" on a 2021
// call); "compared to the second quarter of 2020" on a 2020 call is not.
func (s *summarizer) againstYearAgo(sent string) bool {
	if saysSequential(sent) {
		return false
	}
	if strings.Contains(sent, "year") {
		return true
	}
	for _, y := range yearRe.FindAllString(sent, -1) {
		if n, err := strconv.Atoi(y); err == nil && s.t.Meta.Year > 0 && n < s.t.Meta.Year {
			return true
		}
	}
	return false
}

var yearRe = regexp.MustCompile(`\b(?:19|20)\d\d\b|'\d\d\b`)

// quarterWords name a quarter ("third quarter", "q3", "quarter 3"), lower
// case; the ones after the first four hold "quarter".
var quarterWords = []string{"q1", "q2", "q3", "q4",
	"first quarter", "second quarter", "third quarter", "fourth quarter", "1st quarter", "2nd quarter", "3rd quarter", "4th quarter",
	"quarter 1", "quarter 2", "quarter 3", "quarter 4"}

// namesQuarter reports whether s names a quarter: one of quarterWords as
// words of their own (no word character, as regexp's \b reads one, on
// either side).
func namesQuarter(s string) bool {
	words := quarterWords
	if !strings.Contains(s, "quarter") {
		words = words[:4]
	}
	for _, w := range words {
		if hasWord(s, w) {
			return true
		}
	}
	return false
}

// sameSubject is the text between a level and its change, lower case,
// without the words that go on about the same subject: "compared with"
// last year's amount, "and were up" by so much.
func sameSubject(between string) string {
	l := strings.ToLower(between)
	l = strings.ReplaceAll(l, "compared with", "compared to")
	for _, v := range []string{" and were ", " and was ", " and are ", " and is ", " and "} {
		for _, w := range []string{"up ", "down ", "increased ", "decreased ", "grew ", "rose ", "fell ", "declined "} {
			l = strings.ReplaceAll(l, v+w, " "+w)
		}
	}
	return l
}

// changeTo reports the few words between a change and the level it
// reached: "year-over-year to", "to a record".
func changeTo(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	if len(ws) > 6 || strings.ContainsAny(between, ",;:") {
		return false
	}
	for i, w := range ws {
		if w != "to" {
			continue
		}
		for _, x := range ws[i+1:] {
			if x != "a" && x != "an" && x != "record" && x != "new" && x != "all-time" {
				return false
			}
		}
		return true
	}
	return false
}

// comparedTo is the base a change is measured against, said between the
// change and the level it reached: "compared to the third quarter of
// 2020", "versus last year".
var comparedTo = regexp.MustCompile(`^\s*(?:compared (?:to|with)|versus|vs\.?|over|from)\s+([a-z0-9' -]{2,40}?)\s+to\b`)

// changeToAfterYearAgo reports the words between a change and its level
// that name a base a year or more before ("up 29% compared to the third
// quarter of 2020 to a record $200 million", "up 9% versus last year to
// $1.1 billion"), not the last quarter.
func changeToAfterYearAgo(between string, year int) bool {
	l := strings.ToLower(between)
	m := comparedTo.FindStringSubmatchIndex(l)
	if m == nil || !changeTo(l[m[3]:]) {
		return false
	}
	base := l[m[2]:m[3]]
	if containsAny(base, "last year", "a year ago", "prior year", "prior-year", "year-ago", "year ago", "same quarter last year",
		"same period last year") {
		return true
	}
	ys := yearRe.FindAllString(base, -1)
	if len(ys) != 1 || year == 0 {
		return false
	}
	y, err := strconv.Atoi(ys[0])
	return err == nil && y < year && namesQuarter(base)
}

// yearChangeFigure reports a percent change figures read as the whole
// company's change of a level's metric for its period, on no other basis.
func yearChangeFigure(c *cand, n figures.Figure) bool {
	return n.Metric == c.f.Metric && n.Scope == "" && n.Basis == "" && !n.IsRange && n.Kind == figures.Actual &&
		n.Role == figures.Change && n.Unit == "%" && n.Value > 0 && n.Period == c.f.Period
}

// direction is a change's percent, negative for a fall, as the words
// around it say (span); 0 when they say both ways or neither, or measure
// it against the last quarter (a quarter named after the change with no
// year: "up 5% from the second quarter"), as a rate or on another basis.
func direction(span, after string, n figures.Figure) (float64, string) {
	for _, sep := range []string{";", " and ", " while ", " but "} {
		if i := strings.Index(after, sep); i >= 0 {
			after = after[:i] // "down 2% from the second quarter and 11% year-over-year": the year is the other change's
		}
	}
	if namesQuarter(after) && !strings.Contains(after, "year") && !yearRe.MatchString(after) {
		return 0, ""
	}
	if saysSequential(span) || containsAny(span, "annualized", "organic", "currency", "excluding", "pro forma") {
		return 0, ""
	}
	up := containsAny(span, "increase", "up ", "higher", "grew", "growth", "rose", "improve", "ahead of last year", "ahead of the prior year",
		"ahead of the same quarter last year", "above last year", "above the prior year")
	down := containsAny(span, "decrease", "down ", "lower", "decline", "fell", "drop", "reduc", "behind last year", "below last year",
		"below the prior year")
	switch {
	case up && !down:
		return n.Value, n.Text
	case down && !up:
		return -n.Value, n.Text
	}
	return 0, ""
}

// revenueChanges are the call's statements of its revenue's change from
// a year before, for its period: the whole company's (figures decides),
// said in the prepared remarks in a clause that names revenue and no other
// metric or part, says which way it went and speaks of no other basis.
func (s *summarizer) revenueChanges() []*cand {
	var cs []*cand
	for _, c := range s.cands {
		if c.metric != "revenue change" || c.kind != figures.Actual || c.f.Scope != "" || c.f.IsRange ||
			c.f.Qualifier != "" || c.f.Low == 0 || c.sect != transcript.SectionPrepared || s.callPeriod == "" || c.period != s.callPeriod || s.saidForYear(c) {
			continue
		}
		if growthWord(c) != "" && !saysSequential(c.pre) && !fromSource(clause(c.pre)) { // "On a sequential basis, sales increased by 7%"; "revenue from these services up 2%"
			cs = append(cs, c)
		}
	}
	return cs
}

// revenueChangeBullet is the call's revenue said only as its change
// from a year before ("net sales grew 11% in the quarter": "Q2 sales rose
// 11 percent"), for a call that states no revenue level for its period.
// The figure is the whole company's change for the period (figures
// decides role, scope, basis and period); its own clause must name
// revenue and no other metric or part and say which way it went (so a
// change figures left unsure of its subject for the verb between them,
// "revenue declined 4%", is stated as namedRevenue states a level).
func (s *summarizer) revenueChangeBullet() Bullet {
	c := s.best(s.revenueChanges())
	if c == nil {
		return Bullet{}
	}
	s.use(c)
	verb := "rose "
	if growthWord(c) == "down" {
		verb = "fell "
	}
	return s.bullet(c, KindHeadline, s.callLabel+" "+revenueWord(c)+" "+verb+strings.TrimSuffix(amount(abs(c)), "%")+" percent")
}

// epsBullets are the per-share results: GAAP, then adjusted, each with
// the net income or loss said with it ("$6.3 million, or $0.21 per
// share"). Both are stated when the call says both, even when they are
// the same amount.
func (s *summarizer) epsBullets() []Bullet {
	var out []Bullet
	gaapNI, adjNI := s.netIncomeBullet(false), s.netIncomeBullet(true)
	adj := s.best(s.actual("adjusted eps", "adjusted loss per share"))
	if adj == nil {
		adj = s.best(s.actual("operating eps"))
	}
	if adjNI.Text != "" {
		adj = nil // the net income bullet gives the adjusted per-share amount
	}
	if adj != nil {
		s.use(adj)
		s.eps, s.epsYearly = math.Abs(adj.f.Value), strings.HasPrefix(adj.period, "FY")
	}
	if adj == nil && adjNI.Text == "" {
		adj = s.best(s.namedPerShare(true))
		if adj != nil {
			s.use(adj)
			s.eps, s.epsYearly = math.Abs(adj.f.Value), strings.HasPrefix(adj.period, "FY")
		}
	}
	var eps *cand
	if gaapNI.Text == "" {
		eps = s.best(s.actual("eps", "loss per share"))
		if eps == nil {
			eps = s.best(s.namedPerShare(false))
		}
	}
	if eps != nil && adj != nil && same(eps.f, adj.f) && !s.saidAsBoth(eps.f) {
		eps = nil // most likely the adjusted amount said again without its basis word
	}
	switch {
	case gaapNI.Text != "":
		out = append(out, gaapNI)
	case eps != nil:
		s.use(eps)
		if s.eps == 0 {
			s.eps, s.epsYearly = math.Abs(eps.f.Value), strings.HasPrefix(eps.period, "FY")
		}
		out = append(out, s.bullet(eps, KindHeadline, s.callLabel+" "+perShareWord(eps)+" "+amount(abs(eps))))
	}
	switch {
	case adjNI.Text != "":
		out = append(out, adjNI)
	case adj != nil:
		out = append(out, s.bullet(adj, KindHeadline, s.callLabel+" "+perShareWord(adj)+" "+amount(abs(adj))))
	}
	return out
}

// perShareNamed is a clause that ends by naming earnings (or a loss) per
// share and a verb that gives its amount: "operating earnings per share
// of", "net income attributable to common stockholders per share was",
// "earnings per share increased 53% to". Group 1 holds the words before
// "earnings" (the basis, when said).
var perShareNamed = regexp.MustCompile(`(?:^|\s)((?:[a-z-]+\s+){0,2})(?:earnings|net income|net loss|loss|income)(?:\s+attributable to common (?:stockholders|shareholders))?\s+per\s+(?:basic\s+|diluted\s+|fully[- ]diluted\s+)?(?:common\s+)?share\s+(?:(?:of|was|were|came in at|totaled|amounted to|is)|(?:increased|rose|grew|decreased|declined|fell)\s+(?:by\s+)?\d+(?:\.\d+)?%\s+to)\s*$`)

// namedPerShare are the call's per-share results that figures left unsure
// of their subject but whose own clause names earnings per share right
// before the amount and no other metric or part ("we generated operating
// earnings per share of $0.72 in the quarter"): the words say what the
// amount is. Adjusted asks for those said on a basis other than GAAP
// ("operating", "adjusted", "core"), else those said on none. Asked for
// only when no plainer statement was found.
func (s *summarizer) namedPerShare(adjusted bool) []*cand {
	var out []*cand
	for _, c := range s.cands {
		if !c.f.Unsure || c.kind != figures.Actual || c.f.Role != figures.Level || c.f.Scope != "" || c.f.IsRange ||
			c.f.Qualifier != "" || c.sect != transcript.SectionPrepared || s.callPeriod == "" || c.period != s.callPeriod || s.saidForYear(c) {
			continue
		}
		switch c.metric {
		case "eps", "adjusted eps", "operating eps", "loss per share", "adjusted loss per share":
		default:
			continue
		}
		cl := clause(c.pre)
		m := perShareNamed.FindStringSubmatch(cl)
		if m == nil || namesPart(c) || containsAny(cl, "segment", "division", " ago", "prior", "last year", "previous") {
			continue
		}
		words := strings.Fields(m[1])
		basis := ""
		for _, w := range words {
			switch w {
			case "adjusted", "non-gaap", "operating", "core", "underlying", "comparable", "recurring", "ongoing":
				basis = w
			case "gaap", "reported", "diluted", "net", "our", "the", "and", "quarter", "quarterly", "third-quarter", "second-quarter",
				"first-quarter", "fourth-quarter", "total", "generated", "delivered", "posted", "had", "with", "were", "was":
			default:
				if !strings.HasSuffix(w, "quarter") {
					basis = "?" // another word: a part's or another measure's
				}
			}
		}
		if basis == "?" || (basis != "") != adjusted || (c.f.Basis != "" && c.f.Basis != "GAAP") != adjusted {
			continue
		}
		out = append(out, c)
	}
	return out
}

// saidAsBoth reports whether the call plainly says a per-share amount is
// both the GAAP and the adjusted result: "GAAP EPS of $0.34", or once
// without and once with a basis word in one paragraph ("Earnings were
// $0.34 per share. Adjusted earnings were also $0.34.").
func (s *summarizer) saidAsBoth(f figures.Figure) bool {
	adjusted := map[*transcript.Paragraph]bool{}
	for _, c := range s.cands {
		if strings.HasPrefix(c.metric, "adjusted ") && same(c.f, f) {
			adjusted[c.para] = true
		}
	}
	for _, c := range s.cands {
		if (c.metric == "eps" || c.metric == "loss per share") && same(c.f, f) && (c.f.Basis == "GAAP" || adjusted[c.para]) {
			return true
		}
	}
	return false
}

// netIncomeBullet is net income or loss (adjusted or GAAP) with the
// per-share amount said right after it, or no bullet.
func (s *summarizer) netIncomeBullet(adjusted bool) Bullet {
	ms := []string{"net income", "net loss"}
	if adjusted {
		ms = []string{"adjusted net income", "adjusted net loss"}
	}
	c := s.best(s.actual(ms...))
	if c == nil {
		c = s.best(s.earnedPerShare(ms...))
	}
	if c == nil {
		return Bullet{}
	}
	ps := perShareAfter(c)
	if ps == nil {
		c, ps = s.perShareSaidWith(c)
	}
	if ps == nil {
		return Bullet{}
	}
	word := "net income"
	if c.metric == "net loss" || c.metric == "adjusted net loss" || c.f.Negative || ps.Metric == "net loss per share" {
		word = "net loss"
	}
	s.use(c)
	psc := &cand{f: *ps, metric: "eps"}
	if adjusted {
		psc.metric = "adjusted eps"
	}
	s.use(psc)
	psWord := "earnings per share"
	if word == "net loss" {
		psWord = "loss per share"
	}
	if adjusted {
		psWord, word = basisWord(c, "adjusted "+psWord), basisWord(c, "adjusted "+word)
	} else if s.eps == 0 {
		s.eps, s.epsYearly = math.Abs(ps.Value), strings.HasPrefix(c.period, "FY")
	}
	return s.bullet(c, KindHeadline, s.callLabel+" "+psWord+" "+money(ps.Unit, math.Abs(ps.Low), ps.Text, true)+"; "+word+" "+amount(abs(c)))
}

// earnedOr is what may stand between an earnings total and its per-share
// amount: "a $68 million profit in the fourth quarter or", "$3.3 billion
// or".
var earnedOr = regexp.MustCompile(`^\s*(?:(?:profit|net income|net earnings|net loss|loss)\b[^,.;$%]{0,30})?,?\s+or\s*$`)

// earnedPerShare are the earnings totals figures left unsure of their
// subject only because the clause names no metric before them, said in
// the prepared remarks with their per-share amount right after ("we
// earned $3.3 billion or $7.03 per diluted share", "we reported a $68
// million profit in the quarter or $0.11 per diluted share"): a result
// and its per-share amount together name earnings. A clause naming
// another metric or a part is left out.
func (s *summarizer) earnedPerShare(metrics ...string) []*cand {
	var out []*cand
	for _, c := range s.cands {
		if c.kind != figures.Actual || !c.f.Unsure || c.f.Role != figures.Level || c.f.Scope != "" || c.f.IsRange ||
			approximate(c.f) || c.sect != transcript.SectionPrepared || s.callPeriod == "" || c.period != s.callPeriod || s.saidForYear(c) {
			continue
		}
		named := false
		for _, m := range metrics {
			named = named || c.metric == m
		}
		ps := perShareAfter(c)
		if !named || ps == nil || !ps.PerShare || !earnedOr.MatchString(strings.ToLower(c.para.Text[c.f.End:ps.Start])) ||
			!namesNoMetric(c.pre) || namesPart(c) { // "in terms of adjusted operating income, we earned $43 million or $0.55"
			continue
		}
		out = append(out, c)
	}
	return out
}

// perShareSaidWith is another statement of a net income amount that
// says its per-share amount right after it ("a $20.7 million net income"
// in one paragraph, "a profit of $20.7 million or $0.52 per share" in
// another), the prepared remarks first, with that per-share amount.
func (s *summarizer) perShareSaidWith(c *cand) (*cand, *figures.Figure) {
	var found *cand
	var ps *figures.Figure
	for _, d := range s.cands {
		if d.metric != c.metric || d.kind != c.kind || d.period != c.period || !same(d.f, c.f) || d.f.Negative != c.f.Negative ||
			!headlineContext(d) || approximate(d.f) {
			continue
		}
		if p := perShareAfter(d); p != nil && (found == nil || d.sect == transcript.SectionPrepared && found.sect != transcript.SectionPrepared) {
			found, ps = d, p
		}
	}
	if found == nil {
		return c, nil
	}
	return found, ps
}

// perShareAfter is the per-share amount said right after a net income
// figure: "$2.4 million, or $0.11 per share".
func perShareAfter(c *cand) *figures.Figure {
	if c.fig+1 >= len(c.all) {
		return nil
	}
	n := c.all[c.fig+1]
	if !n.PerShare && n.Metric != "eps" && n.Metric != "net loss per share" && n.Metric != "adjusted eps" {
		return nil
	}
	if n.Unit == "%" || n.Unit == "bp" || n.Unit == "x" || n.Unit == "count" {
		return nil // "EPS up 27.9% to $1.79": a change, not the amount
	}
	if n.Kind != figures.Actual || n.Start-c.f.End > 40 || n.Value >= 1000 {
		return nil
	}
	return &n
}

// guidanceMetrics are the metrics guidance is given for, most important first (the vocabulary's ranks).
var guidanceMetrics = figures.GuidanceMetrics()

// guidanceSlot is the guidance given for one metric and period.
type guidanceSlot struct {
	metric, period string
	cands          []*cand
}

// prepared reports whether the prepared remarks give this guidance.
func (sl *guidanceSlot) prepared() bool {
	for _, c := range sl.cands {
		if c.sect == transcript.SectionPrepared {
			return true
		}
	}
	return false
}

// guidanceRank orders guidance metrics by the vocabulary's ranks, an
// adjusted metric with its reported one; len(guidanceMetrics) when unranked.
func guidanceRank(m string) int {
	switch m {
	case "operating eps":
		m = "adjusted eps" // utilities' and insurers' adjusted EPS
	case "affo per share":
		m = "ffo per share" // a REIT's adjusted FFO
	}
	for i, g := range guidanceMetrics {
		if g == m {
			return i
		}
	}
	for i, g := range guidanceMetrics {
		if "adjusted "+g == m {
			return i
		}
	}
	return len(guidanceMetrics)
}

// guidanceSlots gathers the guidance of the call by metric and period,
// most important metric first, the nearer period first.
func (s *summarizer) guidanceSlots() []*guidanceSlot {
	slots := map[string]*guidanceSlot{}
	var out []*guidanceSlot
	said := s.saidPeriods()
	for _, c := range s.cands {
		if c.kind != figures.Guidance || c.period == "" || c.answer || !keyGuidance(c) || restatesRange(c) || beatGuidance(c) || !s.plausibleGuidance(c) {
			continue // (an answer's outlook is most often a hypothesis, a target or an old range)
		}
		if s.noOutlook && s.noOutlookPeriod == "" && len(text.FindPeriods(c.sent)) == 0 && len(text.FindYears(c.sent)) == 0 {
			continue // "we are not providing financial guidance": an amount without its own period is a target
		}
		if s.noOutlook && c.f.Period == "" && (s.noOutlookPeriod == "" || s.noOutlookPeriod == c.period) {
			continue // "we are not providing financial guidance", then "sales of $1.8 billion to $1.9 billion" as a target
		}
		period := c.period
		if p, ok := said[c.metric+"|"+s.valueKey(c)]; ok && c.f.Period == "" && p != "" {
			period = p // the outlook said again, with the period it was given with
		}
		k := c.metric + "|" + period
		sl := slots[k]
		if sl == nil {
			sl = &guidanceSlot{metric: c.metric, period: period}
			slots[k] = sl
			out = append(out, sl)
		}
		sl.cands = append(sl.cands, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := guidanceRank(a.metric), guidanceRank(b.metric); ra != rb {
			return ra < rb
		}
		return periodLess(a.period, b.period)
	})
	return out
}

// keyGuidance reports guidance that may stand for the company's: figures
// says so (Figure.IsKey), or it is a per-share level whose part figures
// read from words away from the metric ("given the strength in our
// underlying business, we are raising our adjusted EPS guidance to $5.40
// to $5.45"): a per-share amount is the company's unless the part is
// named with the metric ("our 2021 utility EPS guidance, which we are
// now raising to $1.26 to $1.28").
func keyGuidance(c *cand) bool {
	if c.f.IsKey() {
		return true
	}
	if c.f.Role != figures.Level || c.f.Metric == "" || c.f.Scope == "" || !perShare(c) {
		return false
	}
	at := -1
	for _, m := range []string{"eps", "earnings per", "ffo", "earnings", "income per"} {
		at = max(at, strings.LastIndex(c.pre, m))
	}
	if at < 0 {
		return false // the metric is not named before the amount
	}
	// the words right before the metric's name and those after it, up to
	// the amount: "our 2021 utility EPS guidance, which we are now raising to"
	near := text.LastWords(c.pre[:at], 3) + " " + c.pre[at:]
	for _, w := range strings.Fields(strings.ToLower(c.f.Scope)) {
		if len(w) > 2 && (strings.Contains(near, w) || strings.Contains(c.pre, "at the "+w) || strings.Contains(c.pre, "at our "+w)) {
			return false // (or the sentence says whose it is: "2020 guidance at the utility, ... we project earnings per share")
		}
	}
	return true
}

// saidPeriods maps each guided amount (metric and value) to the period
// figures read with it where the call says one, or to "" when statements
// of it name different periods.
func (s *summarizer) saidPeriods() map[string]string {
	out := map[string]string{}
	for _, c := range s.cands {
		if c.kind != figures.Guidance || c.f.Period == "" || !keyGuidance(c) {
			continue
		}
		k := c.metric + "|" + s.valueKey(c)
		if p, ok := out[k]; ok && p != c.f.Period {
			out[k] = ""
		} else if !ok {
			out[k] = c.f.Period
		}
	}
	return out
}

// guidance gives the outlook: one bullet per metric and period, revenue and
// earnings first, the nearer period first; other metrics only while fewer
// than three were given. Guidance said only in answers counts when the
// prepared remarks give none.
func (s *summarizer) guidance() []Bullet {
	slots := s.guidanceSlots()
	anyPrepared := false
	for _, sl := range slots {
		anyPrepared = anyPrepared || sl.prepared()
	}
	var out []Bullet
	for _, sl := range slots {
		r := guidanceRank(sl.metric)
		if r >= len(guidanceMetrics) || anyPrepared && !sl.prepared() || r > 2 && len(out) >= 3 {
			continue
		}
		var cands []*cand
		for _, c := range sl.cands {
			if !midpointOfRange(c, sl.period, slots) {
				cands = append(cands, c)
			}
		}
		c := s.bestGuidance(cands)
		if c == nil || s.saidAdjusted(c, slots) {
			continue
		}
		s.use(c)
		out = append(out, s.bullet(c, KindGuidance, "Sees "+sl.period+" "+label(c)+" "+boundedAmount(c)))
		if len(out) >= maxGuidance {
			break
		}
	}
	return append(out, s.growthGuidance(slots, anyPrepared, maxGuidance-len(out))...)
}

// midpointOfRange reports a guided amount said as a midpoint ("we have
// increased the midpoint of our AFFO per share 8.5% to $4.74") that lies
// within a range the call guides for the same period in the same unit:
// the range is the outlook; its midpoint said again is no second one. A
// call that guides by midpoints alone keeps them.
func midpointOfRange(c *cand, period string, slots []*guidanceSlot) bool {
	if c.f.IsRange || !strings.Contains(tail(c.pre, 120), "midpoint") {
		return false
	}
	for _, sl := range slots {
		if sl.period != period {
			continue
		}
		for _, d := range sl.cands {
			if d.f.IsRange && d.f.Unit == c.f.Unit && perShare(d) == perShare(c) && d.f.Low < c.f.Value && c.f.Value < d.f.High {
				return true
			}
		}
	}
	return false
}

// growthGuidance is revenue guidance said only as growth ("we expect
// sales to be up 8% to 9% for the full year"), for a period whose revenue
// the call guides in no amount (an amount, when given, is the outlook's
// headline): "Sees FY 2021 revenue up 8% to 9%". The
// figure is the whole company's change (figures decides its role and
// scope); it is stated only when its clause says which way revenue goes.
func (s *summarizer) growthGuidance(slots []*guidanceSlot, anyPrepared bool, room int) []Bullet {
	given := map[string]bool{} // periods whose revenue the call guides as an amount
	for _, sl := range slots {
		if strings.HasSuffix(sl.metric, "revenue") {
			given[sl.period] = true
		}
	}
	byPeriod := map[string][]*cand{}
	var periods []string
	for _, c := range s.cands {
		if c.metric != "revenue growth" || c.period == "" || given[c.period] || c.f.Scope != "" ||
			anyPrepared && c.sect != transcript.SectionPrepared || c.answer || ahead(periodOf(c.period), s.t.Meta) == "" || !s.plausibleYear(c.period) ||
			growthWord(c) == "" || growthAmount(c) == "" {
			continue
		}
		if byPeriod[c.period] == nil {
			periods = append(periods, c.period)
		}
		byPeriod[c.period] = append(byPeriod[c.period], c)
	}
	sort.SliceStable(periods, func(i, j int) bool { return periodLess(periods[i], periods[j]) })
	var out []Bullet
	for _, p := range periods {
		if len(out) >= room {
			break
		}
		if c := s.bestGuidance(byPeriod[p]); c != nil {
			s.use(c)
			out = append(out, s.bullet(c, KindGuidance, "Sees "+p+" revenue "+growthWord(c)+" "+growthAmount(c)))
		}
	}
	return out
}

// growthWord is "up" or "down" as the clause before a growth figure says
// it ("sales to grow", "a decline of"), or "" when it says neither, does
// not itself name revenue or sales, or speaks of a sequential change.
func growthWord(c *cand) string {
	pre := clause(tail(c.pre, 60))
	post := firstN(c.post, 80)
	if !namesOnly(pre, "revenue") || namesPart(c) || hasAnyPrefix(post, " of ", " to ") || strings.HasPrefix(post, " and ") && !otherSubjectAfterAnd(post) || endsGrowthTo(pre) ||
		saysSequential(pre+" "+post) || oldBase(pre+" "+untilSemicolon(c.post), c.period) || otherBasisAfter(post) ||
		narrowedRevenue(pre) || containsAny(text.LastWords(pre, 3), "flat") ||
		hasAnyPrefix(lastWord(pre), "low", "mid", "high", "upper") || // "up in the low 20% range": not 20%
		containsAny(untilComma(c.post), "in the first half", "in the second half", "in the back half", "in the front half") || // a half's
		containsAny(pre, "as a percent", "percent of", "% of") || lastWord(pre) == "to" {
		// a change against the quarter before; a ratio to revenue ("SG&A as a
		// percent of net sales"); the level a change reached ("decreased
		// 570 basis points to 19.9%")
		return ""
	}
	down := containsAny(pre, "declin", "decreas", "down", "lower", "fall", "fell", "drop", "contract")
	up := containsAny(pre, "grow", "grew", "increas", "up ", "higher", "rise", "rose", "expan")
	switch {
	case down && !up:
		return "down"
	case up && !down:
		return "up"
	}
	return ""
}

// otherSubjectAfterAnd reports a growth followed by "and" and another
// subject with its own figure ("up about 20% and organic sales up about
// 10%", "and adjusted EPS of $6.75"): the first figure is said whole,
// unlike "up 8% and 9%" or "and then some".
func otherSubjectAfterAnd(post string) bool {
	rest := strings.TrimPrefix(post, " and ")
	if i := strings.IndexAny(rest, "0123456789$"); i > 0 {
		rest = rest[:i]
	} else {
		return false // no figure of its own after "and"
	}
	return !namesNoMetric(rest) || containsAny(rest, "organic", "constant currency", "underlying", "core ", "adjusted", "eps", "earnings")
}

// untilComma is s up to its first comma or semicolon: the words said
// with a figure before the sentence goes on to something else.
func untilComma(s string) string {
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		return s[:i]
	}
	return s
}

// narrowedRevenue reports revenue said of a part or per unit right after
// its name ("revenue in defense grew 6%", "revenue per consumer grew"),
// unlike "revenue in the quarter" or "sales for the year".
func narrowedRevenue(clause string) bool {
	ws := strings.FieldsFunc(clause, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') })
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i] {
		case "revenue", "revenues", "sales":
		default:
			continue
		}
		switch ws[i+1] {
		case "per":
			return true
		case "in", "at", "for", "across", "within":
			if i+2 >= len(ws) {
				return true
			}
			switch next := ws[i+2]; {
			case next == "the" || next == "this" || next == "fiscal" || next == "each" || text.Year(next) > 0:
			case len(next) == 2 && next[0] == 'q':
			default:
				return true
			}
		}
	}
	return false
}

// untilSemicolon is s up to its first semicolon: the rest of a clause
// before a list's next item ("growth of 0.5% to 1.5%; EPS of ... compared
// to 2019 adjusted EPS").
func untilSemicolon(s string) string {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		return s[:i]
	}
	return s
}

// otherBasisAfter reports a growth whose basis is said after it ("grew 5%
// when excluding divested businesses", "up 7% in constant currency"): not
// the reported change a bare bullet would state.
func otherBasisAfter(post string) bool {
	p := firstN(post, 60)
	if i := strings.IndexAny(p, ",;"); i >= 0 &&
		!hasAnyPrefix(strings.TrimSpace(p[i+1:]), "exclud", "in constant", "at constant", "on a constant", "adjusted for", "when exclud") {
		p = p[:i] // "grew 6.5%, and organic sales grew 5%": a second statement
	}
	if strings.HasPrefix(p, " and ") && otherSubjectAfterAnd(post) {
		return false // "up 20% and organic sales up 10%": the basis word is the second statement's
	}
	return containsAny(p, "exclud", "excepting", "constant currency", "currency-neutral", "organic",
		"underlying", "pro forma", "comparable", "like-for-like", "adjusted", "fx-neutral", "non-gaap basis", "non gaap basis")
}

// growthAmount is the growth said, with its qualifier: "8% to 9%", "about 25%".
func growthAmount(c *cand) string {
	a := abs(c)
	switch q := strings.ToLower(c.f.Qualifier); {
	case c.f.Low == 0:
		return "" // "flat to up 3%": no growth said at its low end
	case !c.f.IsRange && passedFloor(c.f):
		return "more than " + amount(a) // "sales growth to exceed 35%": a bound, not the growth
	case c.f.IsRange || q == "":
		return amount(a)
	case q == "approximately" || q == "about" || q == "around" || q == "roughly":
		return "about " + amount(a)
	}
	return ""
}

// namesOnly reports whether a clause names the metric (by a phrase of
// the vocabulary) and no other: "we expect net sales to grow", not
// "organic revenue is expected to be down" nor "sales of phones to grow".
func namesOnly(clause, metric string) bool {
	words := " " + strings.Join(strings.FieldsFunc(clause, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}), " ") + " "
	named := false
	// Every mention counts ("reported revenues were up 9% with organic
	// revenues up 7%" names a part's revenue too). A mention starts at a
	// word: each word is looked up as a phrase's first, rather than every
	// phrase of the vocabulary looked for in the clause.
	for i := 0; i+1 < len(words); {
		n := strings.IndexByte(words[i+1:], ' ') // words ends in a space
		for _, p := range metricPhrasesByFirst[words[i+1:i+1+n]] {
			if !strings.HasPrefix(words[i:], p.spaced) {
				continue
			}
			if p.metric != metric || !wholeWord(lastWord(words[:i])) && !weChanged(words[:i]) {
				return false
			}
			named = true
		}
		i += 1 + n
	}
	return named
}

// A metricPhrase is a phrase of figures.Metrics with a space either side,
// as namesOnly looks for it, and the metric it names.
type metricPhrase struct{ metric, spaced string }

// metricPhrasesByFirst are the phrases of figures.Metrics by their first
// word.
var metricPhrasesByFirst = func() map[string][]metricPhrase {
	by := map[string][]metricPhrase{}
	for _, m := range figures.Metrics {
		for _, p := range m.Phrases {
			first, _, _ := strings.Cut(p, " ")
			by[first] = append(by[first], metricPhrase{m.Name, " " + p + " "})
		}
	}
	return by
}()

// wholeWord reports a word that may stand before a metric said of the
// whole company ("our", "total", "full-year", "2021"), unlike a part's
// name ("aftermarket revenue", "beer net sales").
func wholeWord(w string) bool {
	if w == "" || text.Year(w) > 0 {
		return true
	}
	switch w {
	case "our", "total", "the", "consolidated", "overall", "reported", "company", "company-wide", "companywide", "its",
		"expect", "expects", "see", "sees", "and", "that", "for", "year", "full-year", "annual", "quarter", "quarterly", "fiscal",
		"q1", "q2", "q3", "q4", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "guiding", "guide", "in", "of", "net", "gaap",
		"with", "record", "generated", "delivered", "posted", "achieved", "had":

		return true
	}
	return false
}

// weChanged reports a metric after "we" and a verb of change ("we grew
// net sales by 13.7%"): the company's own, unlike "our acquisitions
// increased revenues by 7%".
func weChanged(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	if n < 2 || ws[n-2] != "we" {
		return false
	}
	switch ws[n-1] {
	case "grew", "increased", "improved", "raised", "lifted":
		return true
	}
	return false
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// namesPart reports a name said in the sentence before a figure, past
// its first word ("North America revenue was", "Starting with Harbor; we
// expect revenue to"): most often a segment, region or product that
// figures did not take for the figure's scope.
func namesPart(c *cand) bool {
	if len(c.pre) > len(c.sent) {
		return true
	}
	orig := c.sent[:len(c.pre)]
	if strings.ToLower(orig) != c.pre {
		return true // not the same text: unsure, so a part
	}
	ws := strings.Fields(orig)
	if len(ws) > 0 {
		ws = ws[1:] // the sentence's first word is capitalised anyway
	}
	for i, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "\"'(),"), "'s"), "’s")
		if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && strings.ContainsAny(w[1:], "abcdefghijklmnopqrstuvwxyz") &&
			!(c.company != "" && figures.OwnName(w, c.company) && i+1 < len(ws) && lowerWord(ws[i+1])) {
			return true
		}
	}
	return false
}

// lowerWord reports a word in lower case ("delivered"), not another name
// or an acronym ("US", "Health").
func lowerWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// endsGrowthTo reports a rate said as the level a growth reaches ("to
// grow to 15% of units", "increase to 20%"): not the growth itself.
func endsGrowthTo(pre string) bool {
	ws := strings.Fields(pre)
	n := len(ws)
	if n < 2 || ws[n-1] != "to" {
		return false
	}
	for _, v := range []string{"grow", "increas", "rise", "rising", "expand", "climb"} {
		if strings.HasPrefix(ws[n-2], v) {
			return true
		}
	}
	return false
}

// oldBase reports a growth measured against a year before the one just
// ended ("down 10% to 15% versus the first quarter of 2019"): a bullet
// without that base would misstate it.
func oldBase(clause, period string) bool {
	y := periodYear(period)
	for _, m := range text.FindYears(clause) {
		if !m.Relative && y > 0 && m.Year < y-1 {
			return true
		}
	}
	return false
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// saidAdjusted reports guidance with no basis word whose very amount the
// call also guides with one ("our outlook range of $4.60 to $4.80 per
// share" and "adjusted EPS of $4.60 to $4.80"): it is the adjusted figure,
// and stating it as reported would be wrong.
func (s *summarizer) saidAdjusted(c *cand, slots []*guidanceSlot) bool {
	if c.f.Basis != "" {
		return false
	}
	for _, sl := range slots {
		if sl.period != c.period || sl.metric == c.metric || !strings.HasSuffix(sl.metric, c.metric) {
			continue
		}
		for _, o := range sl.cands {
			if o.f.Basis != "" && o.f.Low == c.f.Low && o.f.High == c.f.High {
				return true
			}
		}
	}
	return false
}

// beatGuidance reports a result measured against guidance ("EPS of $1.21
// was above the top end of our Q3 guidance"): a result, not guidance.
func beatGuidance(c *cand) bool {
	p := c.post
	if len(p) > 40 {
		p = p[:40]
	}
	for _, verb := range []string{"was ", "were ", "came in "} {
		if i := strings.Index(p, verb); i >= 0 &&
			containsAny(p[i:], "above", "below", "ahead of", "in line with", "within", "at the high end", "at the top end", "at the low end") {
			return containsAny(c.post, "guidance", "outlook", "expectation", "forecast")
		}
	}
	return containsAny(p, "exceeded", "beat ")
}

// restatesRange reports a single guided amount said after a range of its
// sentence ("$0.26 to $0.30, or a midpoint of $0.28", "$11.70 to $12.30,
// or $12 at the midpoint"): the range is the guidance.
func restatesRange(c *cand) bool {
	if c.f.IsRange {
		return false
	}
	start := c.f.Start - len(c.pre)
	for _, g := range c.all[:c.fig] {
		if g.Start >= start && g.IsRange && g.Unit == c.f.Unit && g.PerShare == c.f.PerShare {
			return true
		}
	}
	return false
}

// bestGuidance picks the guidance statement for one metric and period: within
// a paragraph the last figure wins (a range "raised from X to Y" ends on Y);
// across paragraphs the prepared remarks, then the CFO, then the first said.
func (s *summarizer) bestGuidance(cs []*cand) *cand {
	var best *cand
	score := func(c *cand) float64 {
		w := c.weight()
		if c.f.IsRange || c.f.Qualifier != "" {
			w += 0.1
		}
		return w
	}
	for _, c := range cs {
		if s.used[s.valueKey(c)] {
			continue
		}
		switch {
		case best == nil:
			best = c
		case c.para == best.para:
			if !best.f.IsRange || c.f.IsRange {
				best = c // a bare amount after a range is an item of it ("losing $0.01 through ...")
			}
		case score(c) > score(best):
			best = c
		}
	}
	return best
}

// plausibleGuidance drops guidance far out of scale with the call's revenue
// and long-range targets more than a year out.
func (s *summarizer) plausibleGuidance(c *cand) bool {
	if !s.plausibleYear(c.period) {
		return false
	}
	if containsAny(tail(c.pre, 50), "impact", "headwind", "tailwind", "benefit", "contribution", "dilution", "accretion", "includes", "including", "reduction of", "increase of", "decrease of", "by approximately", "by about") {
		return false
	}
	if strings.HasSuffix(c.metric, "eps") && !containsAny(c.lowerSent(), "earn", "eps", "income", "profit", "loss") && s.saysFFO() {
		return false // "we set our new range at $1.37 to $1.45 per share" on a call that states FFO: per share of which?
	}
	if containsAny(listHead(c.pre), "contribution", "impact", "dilution", "accretion") {
		return false // "we expect the unit's contributions to be revenues of $X, EBITDA of $Y": each item is the unit's
	}
	if strings.HasSuffix(c.metric, "revenue") && s.revenue == 0 && s.t.Meta.Quarter > 0 && !s.aboveQuarterRevenue(c) {
		return false
	}
	ref := 0.0
	if (c.metric == "revenue" || c.metric == "eps" || c.metric == "adjusted eps") && !c.f.IsRange && (c.f.Qualifier == "" || passedFloor(c.f)) &&
		(c.metric == "revenue" && s.revenue == 0 || c.metric != "revenue" && s.eps == 0) {
		return false // a bare amount with nothing to check it against
	}
	switch c.metric {
	case "revenue", "adjusted revenue":
		ref = s.revenue
	case "eps", "adjusted eps", "operating eps":
		if s.eps >= 0.25 {
			ref = s.eps
		}
		if s.epsYearly {
			ref /= 4 // the scale of a quarter, as the ratios below expect
		}
	}
	if ref > 0 && s.t.Meta.Quarter > 0 {
		r := c.f.High / ref
		switch {
		case strings.HasPrefix(c.period, "Q"):
			return r > 0.33 && r < 3
		case strings.HasPrefix(c.period, "H"):
			return r > 0.8 && r < 5
		default:
			return r > 1.3 && r < 10
		}
	}
	return true
}

// listHead is a sentence's last clause before its first number (pre:
// the sentence up to a figure): what a list of amounts that follows is
// about, after any reason said first ("as a result of the contribution
// from X, we are raising our guidance to").
func listHead(pre string) string {
	for i := 0; i < len(pre); i++ {
		if pre[i] == '$' || pre[i] >= '0' && pre[i] <= '9' && (i == 0 || pre[i-1] == ' ') { // not "covid-19"
			pre = pre[:i]
			break
		}
	}
	return pre[strings.LastIndex(pre, ",")+1:]
}

// saysFFO reports a call that states funds from operations per share in
// its prepared remarks: there an
// amount per share guided without its metric may be either.
func (s *summarizer) saysFFO() bool {
	for _, c := range s.cands {
		if strings.Contains(c.metric, "ffo") && c.f.PerShare && c.sect == transcript.SectionPrepared {
			return true
		}
	}
	return false
}

// aboveQuarterRevenue reports whether a year's revenue guidance is more
// than any revenue level said for the call's quarter (of the company or
// of a part): the check of guidance against the quarter when no headline
// revenue was found to measure it by. "$25 million to $35 million" of
// revenue guidance on a call with $800 million of quarterly revenue is
// an effect on revenue, not the outlook. (A quarter's guidance is not
// checked so: an annual amount read as the quarter's would make it fail.)
func (s *summarizer) aboveQuarterRevenue(c *cand) bool {
	q := s.largestRevenue()
	if q == 0 || strings.HasPrefix(c.period, "Q") {
		return true
	}
	return math.Abs(c.f.High) > q
}

// plausibleYear reports a guidance period no more than a year past the call's.
func (s *summarizer) plausibleYear(period string) bool {
	y := periodYear(period)
	return s.t.Meta.Year == 0 || y <= s.t.Meta.Year+1 && y >= s.t.Meta.Year
}

// facts gives one other key fact: a raised dividend, else the shares
// repurchased, else a dividend declared at the same rate.
func (s *summarizer) facts() []Bullet {
	dividends := func(news func(*cand) bool) []*cand {
		var cs []*cand
		for _, c := range s.cands {
			if c.kind != figures.Prior && c.sect == transcript.SectionPrepared && c.metric == "dividend per share" && news(c) &&
				c.f.Role == figures.Level && c.f.Period != "" && // not "$1.08 annualized"
				(!c.f.IsRange || fromTo(c) && c.f.High > c.f.Low) { // a range is a raise's old and new rate, or no dividend
				cs = append(cs, c)
			}
		}
		return cs
	}
	dividend := func(c *cand) Bullet {
		s.use(c)
		word := "Dividend"
		if strings.Contains(c.lowerSent(), "quarterly") {
			word = "Quarterly dividend"
		}
		if c.f.IsRange {
			// "from $0.25 to $0.29 per share": the old rate and the new one, not a range
			lo, hi := *c, *c
			lo.f.IsRange, hi.f.IsRange = false, false
			lo.f.Value, hi.f.Value = c.f.Low, c.f.High
			lo.f.Text, hi.f.Text = splitRange(c.f.Text)
			return s.bullet(c, KindFact, "Raises "+strings.ToLower(word)+" to "+amount(&hi)+" per share from "+amount(&lo))
		}
		return s.bullet(c, KindFact, word+" "+amount(c)+" per share"+change(c))
	}
	// a raised dividend, then a buyback, then a dividend declared as before
	if c := s.best(dividends(raised)); c != nil {
		return []Bullet{dividend(c)}
	}
	var cs []*cand
	for _, c := range s.cands {
		// shares bought back: a plan's range or amount ("we now expect share
		// repurchase to be between $375 million and $425 million") is not
		if c.kind == figures.Actual && !c.f.IsRange && c.sect == transcript.SectionPrepared && c.metric == "share repurchase" && c.f.Value >= 1e6 &&
			c.f.Role != figures.Remark && c.f.Role != figures.Change && c.period != "" && // not a plan's total, nor one since a time or over twelve months
			containsAny(c.lowerSent(), "repurchas", "buyback", "buy back", "bought back", "buying back") && !buybackProgramOrTotal(c) {
			cs = append(cs, c)
		}
	}
	if c := s.best(cs); c != nil {
		s.use(c)
		return []Bullet{s.bullet(c, KindFact, s.periodWord(c)+"share repurchase "+boundedAmount(c))}
	}
	if c := s.best(dividends(declared)); c != nil {
		return []Bullet{dividend(c)}
	}
	return nil
}

func (s *summarizer) bullet(c *cand, kind, text string) Bullet {
	text = strings.TrimSpace(text)
	if text != "" {
		text = strings.ToUpper(text[:1]) + text[1:]
	}
	return Bullet{Text: text, Paragraph: c.para.ID, Sentence: strings.TrimSpace(c.sent), Kind: kind}
}

// revenueWord says "sales" when the call says sales, else "revenue".
func revenueWord(c *cand) string {
	p := tail(c.pre, 50)
	if strings.Contains(p, "sales") && !strings.Contains(p, "revenue") {
		return "sales"
	}
	return "revenue"
}

// display is the metric as a bullet says it, from the vocabulary.
func display(m string) string {
	return figures.Display(m)
}

// perShareWord names a per-share result: a negative EPS is a loss per share.
func perShareWord(c *cand) string {
	if c.metric == "operating eps" {
		return label(c)
	}
	m := c.metric
	if c.f.Negative || c.f.Value < 0 {
		switch m {
		case "eps":
			m = "loss per share"
		case "adjusted eps":
			m = "adjusted loss per share"
		}
	}
	return basisWord(c, display(m))
}

// label is the metric of a candidate as a bullet says it, with the basis
// the call said it on ("core FFO per share", "non-GAAP operating income").
func label(c *cand) string {
	if c.metric == "operating eps" {
		switch c.f.Basis {
		case "core":
			return "core operating earnings per share"
		case "adjusted operating", "adjusted":
			return "adjusted operating earnings per share"
		}
		return "operating earnings per share"
	}
	return basisWord(c, display(c.metric))
}

// basisWord says the figure's own basis with its metric's name: in place
// of "adjusted" ("core FFO per share"), or with a name that has none
// ("adjusted gross margin", "underlying combined ratio", "combined ratio
// excluding cat losses"): a bullet that drops the basis states another
// number than the call's.
func basisWord(c *cand, d string) string {
	b := c.f.Basis
	switch {
	case b == "" || b == "GAAP":
		return d
	case strings.HasPrefix(d, "adjusted "):
		if b == "excluding items" {
			return d
		}
		return b + " " + strings.TrimPrefix(d, "adjusted ")
	case strings.Contains(strings.ToLower(d), strings.ToLower(b)):
		return d // "core FFO", "operating income": the name says it
	case strings.HasPrefix(b, "excluding "):
		return d + " " + b
	}
	return b + " " + d
}

// abs is the candidate with its amount made positive (the word says loss).
func abs(c *cand) *cand {
	d := *c
	d.f.Negative = false
	d.f.Value, d.f.Low, d.f.High = math.Abs(d.f.Value), math.Abs(d.f.Low), math.Abs(d.f.High)
	return &d
}

// raised reports whether the sentence says the amount went up.
func raised(c *cand) bool {
	return c.f.ChangePct > 0 || containsAny(c.lowerSent(), "increase", "raise", "raising", "higher", "up from")
}

// buybackProgramOrTotal reports an amount said of a buyback program (its
// size: "the $150 million buyback program", "under our $6 billion
// authorization") or of all the cash returned ("we returned $577 million
// to shareholders through share repurchases of $405 million and
// dividends"), or of buybacks with something else ("$150 million in share
// repurchases and other strategic investments"): not the shares bought.
func buybackProgramOrTotal(c *cand) bool {
	after := firstN(c.post, 40)
	return containsAny(after, "program", "authoriz", "plan", "to shareholders", "to our shareholders", "to stockholders", " and other ",
		"to our stockholders", "of capital", "in capital", "to investors") || containsAny(tail(c.pre, 40), "authoriz", "program", "plan") ||
		strings.EqualFold(c.f.Qualifier, "up to")
}

// periodWord names the period of a fact that is not a headline: "Q3 "
// for the call's quarter, "FY 2021 " or "9M 2021 " for a longer one, ""
// when figures found none (a bullet then says no period rather than a
// wrong one).
func (s *summarizer) periodWord(c *cand) string {
	switch {
	case c.period == "":
		return ""
	case c.period == s.callPeriod && s.callLabel != "":
		return s.callLabel + " "
	}
	return c.period + " "
}

// fromTo reports a range said as "from $X to $Y": two amounts, an old
// one and a new one.
func fromTo(c *cand) bool {
	return strings.HasSuffix(strings.TrimSpace(c.pre), "from") && strings.Contains(strings.ToLower(c.f.Text), " to ")
}

// declared reports a dividend the board declared or approved for the
// coming payment ("our board declared a quarterly dividend of $0.12").
func declared(c *cand) bool {
	s := c.lowerSent()
	return containsAny(s, "declare", "approved") && strings.Contains(s, "quarterly")
}

// passedFloor reports an amount a verb said was passed ("sales growth to
// exceed 35%", "revenues which we expect to exceed $100 million"):
// figures.PassedQualifier.
func passedFloor(f figures.Figure) bool { return f.Qualifier == figures.PassedQualifier }

// approximate reports a result said loosely ("over $340 million", "about
// $2 billion"): a headline states the figure itself, not a rounding of it.
func approximate(f figures.Figure) bool {
	if b := boundOf(f); b != "" && b != figures.BoundAbout {
		return true // a bound, not the figure
	}
	if f.Unit == "%" || f.Unit == "bp" || f.PerShare || math.Abs(f.Value) < 1e6 {
		return false
	}
	digits := 0
	for _, r := range f.Text {
		if r >= '1' && r <= '9' || r == '0' && digits > 0 {
			digits++
		}
		if r == '.' && digits > 0 {
			continue
		}
	}
	return digits <= 1 // "$2 billion": a rounded amount
}

// headlineContext reports whether a result may be a headline: a level of
// the whole company's metric, plainly its subject (figures decides both).
func headlineContext(c *cand) bool {
	return c.f.IsKey() && !c.f.Unsure
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
