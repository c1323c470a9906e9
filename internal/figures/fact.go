package figures

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// This file decides, once, what each figure of a paragraph states: its
// basis (GAAP, adjusted, core ...), its scope (the whole company or a part
// of it), its role (a level, or a change, an effect, a superseded figure,
// a remark) and the reasons for each decision. Every reader of figures -
// key points, figure and guidance tables, charts, the guidance tracker -
// reads these fields instead of deciding again.

// Role says what kind of statement a figure is.
type Role string

// The roles of a figure. Only a Level states the metric itself.
const (
	Level    Role = "level"    // the metric's value: "revenue was $52 million"
	Change   Role = "change"   // the size of a change, a raise, a beat: "up $7 million", "raised by $0.10"
	Effect   Role = "effect"   // a part, impact or item: "an impact of $0.02", "excluding $0.05 of charges"
	Previous Role = "previous" // a superseded or compared figure: "from a prior range of", "within our guidance of"
	Remark   Role = "remark"   // forward-looking words that are not guidance ("will", "should" alone)
)

// IsKey reports whether a figure may stand for the company's metric in a
// key point, a chart or the guidance tracker: a level, about the whole
// company, of a known metric.
func (f Figure) IsKey() bool {
	return f.Role == Level && f.Scope == "" && f.Metric != ""
}

// decide sets Basis, Scope and Role (with Reasons) of the figures of one
// paragraph (para; low, para lower-cased; sents, its sentences), given the part of the company the speaker was talking about
// before it (see nextTopic); it returns the part talked about at its end.
//
// It is long (about 100 lines) on purpose: the basis, scope and period
// rules run in an order that matters (a later rule may only narrow what an
// earlier one decided), and each writes its reason beside its decision;
// split apart, that order would live in the caller.
//
// When endTopic is false the topic at the paragraph's end is not wanted
// (the last paragraph of a turn): the topics are read only up to the
// sentence of the last figure, as each follows from those before it.
//
// room holds what the rules keep of one figure (factCtx points to it),
// lent by the paragraph's reading; decide leaves it empty.
func decide(para, low string, sents []text.Span, figs []Figure, topicIn string, ctx Context, endTopic bool, room *decideRoom) string {
	company := ctx.Company
	topicSents := sents
	if !endTopic {
		topicSents = sents[:sentenceOf(sents, figs)]
	}
	topics, topicOut := sentenceTopics(para, low, topicSents, topicIn, ctx.parts, ctx.named, ctx.branded, ctx.walk, placeOpensResults(para, low, sents, ctx), ctx.hold)
	for k, t := range topics {
		if t != "segment" && ownNameOf(t, company, ctx.Ticker) {
			topics[k] = "" // "At Broadridge, we ...": the company itself, not a part
		}
	}
	if ownNameOf(topicOut, company, ctx.Ticker) {
		topicOut = ""
	}
	// what the sentence of the figure before says, for the next figure of it
	factsFrom, factsTo, facts := -1, -1, sentenceFacts{}
	// one of each for all the figures
	memo, nearWords, preWords := &room.memo, &room.nearWords, &room.preWords
	defer func() { *room = decideRoom{} }() // it holds no text of the paragraph
	aligned := lowerAligned(para, low)      // a span of low is the span of para lower-cased
	for i := range figs {
		f := &figs[i]
		s0, s1 := 0, len(para)
		prevSent, nextSent, topic := "", "", ""
		for k, sp := range sents {
			if f.Start >= sp.Start && f.Start < sp.End {
				if k > 0 {
					prevSent = low[sents[k-1].Start:sents[k-1].End]
				}
				if k+1 < len(sents) {
					nextSent = strings.TrimSpace(low[sents[k+1].Start:sents[k+1].End])
				}
				topic = topics[k]
				s0, s1 = sp.Start, sp.End
				if s1 < f.End {
					s1 = f.End
				}
				break
			}
		}
		prevEnd := s0
		if i > 0 && figs[i-1].End > s0 && figs[i-1].End <= f.Start {
			prevEnd = figs[i-1].End
		}
		basisFrom := prevEnd
		crossed := -1 // the last figure looked past, whose own words count toward no distance
		for k := i - 1; k >= 0 && figs[k].Start >= s0 && basisFrom == figs[k].End; k-- {
			// "adjusted FFO increased 1.5% to $1.34": look past the change to the metric
			gap := trimSpacesCommas(low[figs[k].End:f.Start])
			if figs[k].Unit != "%" && figs[k].Unit != "bp" && !strings.HasPrefix(gap, "to ") || moreFieldsThan(gap, 5) {
				break // "core FFO by $0.05 to a range of $6.35 to $6.65", "by $0.01, to a revised range of" look past the change too
			}
			basisFrom, crossed = s0, k
			if k > 0 && figs[k-1].End > s0 {
				basisFrom = figs[k-1].End
			}
		}
		bnearWords := low[basisFrom:f.Start]
		if crossed >= 0 && i-crossed == 1 && figs[crossed].IsRange && figs[crossed].Unit != "%" {
			// "core FFO per share guidance from the range of $2.55 to $2.62 per
			// share to a range of": the old range's words are not between the
			// basis and the figure
			bnearWords = low[basisFrom:figs[crossed].Start] + " " + low[figs[crossed].End:f.Start]
		}
		nextStart := s1
		if i+1 < len(figs) && figs[i+1].Start < s1 && figs[i+1].Start >= f.End {
			nextStart = figs[i+1].Start
		}
		if s0 != factsFrom || s1 != factsTo {
			factsFrom, factsTo, facts = s0, s1, readSentence(low[s0:s1])
			*memo = sentenceMemo{}
		}
		*nearWords = lazyTail{s: low[prevEnd:f.Start], max: maxNearWords}
		*preWords = lazyTail{s: low[s0:f.Start], max: maxPreWords}
		pre := preWords
		if prevEnd == s0 {
			pre = nearWords // the same text (the sentence's first figure, most): its words read once
		}
		c := factCtx{
			sentenceFacts: facts,
			sent:          low[s0:s1],
			pre:           low[s0:f.Start],
			post:          low[f.End:s1],
			near:          low[prevEnd:f.Start],
			bnear:         low[basisFrom:f.Start],
			bnearWords:    bnearWords,
			after:         low[f.End:nextStart],
			raw:           para[s0:f.Start],
			rawLow:        low[s0:f.Start],
			prev:          prevSent,
			next:          nextSent,
			company:       company,
			ticker:        ctx.Ticker,
			parts:         ctx.parts,
			nearWords:     nearWords,
			preWords:      pre,
			memo:          memo,
		}
		if !aligned {
			c.rawLow = strings.ToLower(c.raw)
		}
		f.Role = Level
		f.Basis = c.basis(f)
		perShareSaidAfter(f, c.after)
		f.Scope = c.scope(f)
		around := c.pre + " " + firstWords(c.post, 4)
		if slices.Contains(ctx.branded, topic) {
			around = theCompany.Replace(around) // a unit that is a company of its own: "the company" is the unit
		}
		if f.Scope == "" && topic != "" && !f.PerShare && !strings.Contains(f.Metric, "eps") && !strings.Contains(f.Metric, "per share") &&
			!containsWordOf(around, "consolidated", "overall", "company") && !wholeTotal(around) &&
			!ownPossessive(c.raw, c.company) && !saysWholeCompanyLevel(c.pre) {
			f.Scope = topic
			f.Reasons = append(f.Reasons, "scope: the speaker is talking about "+topic)
		}
		c.role(f)
		if f.Role == Level && f.Metric != "" && partOfTotal(c, f.Metric) {
			// "capital spending of $226 million to $242 million, of which
			// $83 million to $91 million is maintenance capital": a part of
			// the total, which its metric names
			f.Role = Remark
			f.Reasons = append(f.Reasons, "role remark: a part of the total said before it")
		}
		if r := rateFor[f.Metric]; r != "" && f.Role == Level && (f.Unit == "%" || f.Unit == "bp") {
			if t := strings.Trim(c.near, " ,"); t == "or" && i > 0 && figs[i-1].Start >= s0 && figs[i-1].Role == Change {
				// "net charge-offs down $209 million, or 31%": the change before it, in percent
				f.Role = Change
				f.Reasons = append(f.Reasons, "role change: the change before it, restated ('or')")
			} else {
				// "net charge-offs were $21 million or 16 basis points": a
				// percent or points said as the amount's level state its rate
				f.Reasons = append(f.Reasons, "metric: a percent or points of "+f.Metric+" state its rate")
				f.Metric = r
			}
		}
		if m, ok := MetricInfo(f.Metric); ok && f.Role == Level && f.Unit == "bp" && (m.Ratio || m.Money) && !m.Points {
			// "comps improved by 17.8 percentage points": a rate is stated in
			// percent, so points of it measure a difference
			f.Role = Change
			f.Reasons = append(f.Reasons, "role change: points of a rate or a total are a difference")
		}
		if f.Role == Level && f.PerShare && i > 0 && figs[i-1].Start >= s0 && (figs[i-1].Role == Change || figs[i-1].Role == Effect) {
			if w := restatedAs(c.nearWords.Last(4)); w != "" {
				// "75 basis points of unplanned rent loss, which equates to just
				// over $0.01 per share": the change before it, said per share
				f.Role = figs[i-1].Role
				f.Reasons = append(f.Reasons, "role "+string(f.Role)+": the figure before it said per share ('"+w+"')")
			}
		}
		if f.Role == Level && f.Unit != "%" && (f.PerShare || strings.Contains(f.Metric, "eps")) && !strings.Contains(f.Metric, "dividend") &&
			!strings.Contains(c.preWords.Last(6), "dividend") &&
			containsAnyOf(c.preWords.Last(6), "price of", "average price", "a price", "purchase price", "share price", "paid", "cost of",
				"valued at", "offer of", "shares for", "shares at", "stock at", "stock for", "stock price", "share price was", "price was",
				"trading at", "traded at", "trades at") ||
			f.Role == Level && f.PerShare && hasAnyPrefix(trimSpacesCommas(skipPerShare(c.after)), "offer", "cash offer", "all-cash offer", "bid", "price", "purchase price", "tender", "in cash") {
			// "repurchased $490 million of stock at an average price of $114
			// per share", "our $85 per share offer was pre-emptive"
			f.Reasons = append(f.Reasons, "metric: a price per share, not earnings")
			f.Metric = ""
		}
		if isMoney(f.Unit) && f.Metric != "" && perUnit(firstWords(skipPerShare(c.after), 5)) {
			// "$2.50 of EBITDA per gallon", "$41 per ton": unit economics, not the company's total
			f.Reasons = append(f.Reasons, "metric: an amount per unit, not the total")
			f.Metric = ""
		}
		if strings.Contains(f.Metric, "loss") && hasAnySuffix(c.nearWords.Last(4), "was a loss of", "were a loss of", "is a loss of", "was a loss", "were a loss") {
			// "adjusted FFO per diluted share was a loss of $0.01": the loss
			// of the metric said before, which is no net loss unless it is
			// earnings
			before := strings.TrimSuffix(c.nearWords.Last(16), c.nearWords.Last(4))
			if m := namesMetric(before); m != "" && !containsAnyOf(m, "eps", "earnings", "income", "loss") {
				f.Reasons = append(f.Reasons, "metric: a loss of "+m+", not "+f.Metric)
				f.Metric = ""
			}
		}
		if f.Unit == "x" && moneyMetric[f.Metric] {
			// "our fixed charge ratio will approximate 3.7 times", "a
			// multiple of 6.5 to 7.5 times EBITDA": a multiple is no amount
			f.Reasons = append(f.Reasons, "metric: a multiple, not "+f.Metric)
			f.Metric = ""
		}
		if isMoney(f.Unit) && f.Metric != "" && hasAnySuffix(c.nearWords.Last(2), "price of", "prices of", "priced at", "price at",
			"transaction for", "acquisition for", "deal for", "consideration of") {
			// "a Henry Hub price of $3.75", "a purchase price of $1.2
			// billion", "an all-cash transaction for $93.4 million": what
			// something costs, not the company's amount
			f.Reasons = append(f.Reasons, "metric: a price, not "+f.Metric)
			f.Metric = ""
		}
		if isMoney(f.Unit) && f.Metric != "" && !f.PerShare && sizeOfThing(firstWords(strings.TrimSpace(c.after), 1)) {
			// "transform our firm into a $1 billion company", "a $10
			// billion market": the size of what the noun names
			f.Reasons = append(f.Reasons, "metric: the size of a company, business or market, not "+f.Metric)
			f.Metric = ""
		}
		if isMoney(f.Unit) && f.Metric != "" && !debtMetrics[f.Metric] && debtInstrument(firstWords(strings.TrimSpace(c.after), 1)) {
			// "incremental interest expense from our $500 million bond
			// offering": the size of the debt raised, not the metric said before
			f.Reasons = append(f.Reasons, "metric: the size of a bond, note or offering, not "+f.Metric)
			f.Metric = ""
		}
		if info, ok := MetricInfo(f.Metric); ok && info.Ratio && isMoney(f.Unit) {
			switch {
			case !f.PerShare && !containsAnyOf(strings.ToLower(f.Text), "thousand", "million", "billion", "trillion", "mm", "bn"):
				// "daily gross margin increased to $14,100": a rate is no amount
				// of dollars, and this one is per unit (a margin's dollars are
				// said in millions)
				f.Reasons = append(f.Reasons, "metric: a few dollars are no "+f.Metric)
				f.Metric = ""
			case info.GrowthOf == "" && info.MarginOf == "" && !strings.Contains(f.Metric, "margin"):
				// "total available liquidity and net leverage would be $3.2
				// billion and 1.4 times": a rate other than a margin (whose
				// dollars are said) is never an amount of money
				f.Reasons = append(f.Reasons, "metric: an amount of money is no "+f.Metric)
				f.Metric = ""
			}
		}
		if info, ok := MetricInfo(f.Metric); ok && isMoney(f.Unit) && info.Count {
			// "increased share count of $0.01": a count (shares,
			// subscribers, headcount) is said in no currency
			f.Reasons = append(f.Reasons, "metric: an amount of money is no count of "+f.Metric)
			f.Metric = ""
		}
		if smallTotal(f) {
			// "averages coming out of the backlog at the $6,400 level": no
			// company's backlog, revenue or income is a few thousand dollars
			f.Reasons = append(f.Reasons, "metric: an amount in thousands of dollars is no company's total")
			f.Metric = ""
		}
		if (f.Kind == Guidance && earningsLike(f.Metric) || f.Metric == "dividend" || perShareSaidBefore(c, figs, i, s0)) && unscaledTotal(f) {
			// no company's total is $1.48: guided that way ("initiating guidance
			// for 2022 of $1.42 to $1.48" after a sentence on net operating
			// earnings) it is per share, as is "a quarterly dividend of 19 cents"
			// (a unit cost "below $0.06" is no savings per share: only
			// earnings are guided per share without the words)
			m := perShareMetric(f.Metric)
			f.Reasons = append(f.Reasons, "metric: an amount without millions is "+m+", not "+f.Metric)
			f.Metric = m
		}
		if unscaledTotal(f) && !earningsLike(f.Metric) {
			// "an all-time high food and beverage per cap of $6.63" after
			// revenue: a few dollars are no company's revenue, cash flow or
			// EBITDA (earnings may be said per share without the words)
			f.Reasons = append(f.Reasons, "metric: a few dollars are no company's "+f.Metric)
			f.Metric = ""
		}
		if f.Role == Level && f.IsRange && isMoney(f.Unit) && f.Low > 0 && growthRangeBelies(f, figs, i, c.after) {
			// "net revenue to be in the range of $4.5 billion to $7 billion, up
			// 13% to 18%": the growth said with it spans 4%, the amounts 56%;
			// the transcript misheard one end
			f.Role = Remark
			f.Reasons = append(f.Reasons, "role remark: a range its own growth range belies")
		}
		if f.Role == Level && f.IsRange && (f.PerShare || perShareName(f.Metric)) && f.Low >= 1 && f.High > 2*f.Low {
			// "$5 to $14" of FFO per share: no company guides a per-share
			// amount that wide; the transcript garbled the range or it was misread
			f.Role = Remark
			f.Reasons = append(f.Reasons, "role remark: a per-share range too wide to be one guided")
		}
		if f.Metric == "net loss per share" && !containsAnyOf(c.sent, "loss", "negative", "minus", "deficit") {
			// "a loss of $1.40 a year ago. ... we generated a record $2.12 per
			// share": a loss said in another sentence does not make this one
			f.Metric = "eps"
			f.Reasons = append(f.Reasons, "metric: no loss said in its sentence, so earnings per share")
		}
		c.subject(f)
		if isMoney(f.Unit) && !f.PerShare && perShareName(f.Metric) && math.Abs(f.Value) >= 1e5 {
			// "net income increased 31% to $645 million, or $1.26 per share",
			// "interest expense of $30 million, and EPS of": no amount per
			// share is a hundred thousand dollars
			f.Reasons = append(f.Reasons, "metric: an amount of millions is no "+f.Metric)
			f.Metric = ""
		}
		if growthOf[f.Metric] != "" && isMoney(f.Unit) {
			// "we'd expect $10 million to $15 million" after same-store NOI
			// growth, "about $0.10" after organic growth: an amount is no
			// growth rate ("organic revenue was $191 million" was made
			// revenue where the metric was read)
			f.Reasons = append(f.Reasons, "metric: an amount, not the rate "+f.Metric)
			f.Metric = ""
		}
		if f.Metric == "revenue" && propertySales(c, low[:s0], ctx.dispositions) {
			// "we now expect sales for the year to total $175 million" after a
			// REIT's dispositions: sales of property, not revenue
			f.Reasons = append(f.Reasons, "metric: sales of property, not revenue")
			f.Metric = ""
		}
		if f.Metric == "revenue" && revenueCapital(firstWords(trimSpacesCommas(c.after), 5)) {
			// "$10 million in revenue creating capital": capital spent, not revenue
			f.Reasons = append(f.Reasons, "metric: capital named by the revenue it keeps or creates, not revenue")
			f.Metric = ""
		}
		if g := prevIn(figs, i, s0); g != nil && f.Basis != "" && f.Kind == Prior && g.Basis == "" && g.Metric == f.Metric &&
			strings.Contains(firstWords(c.post, 5), "basis") && pairedWith[strings.TrimSpace(low[g.End:f.Start])] {
			// "$0.99 in Q3 versus $0.65 a year ago or $0.90 versus $0.72 on
			// an adjusted basis": the basis said after the pair is both's
			g.Basis = f.Basis
			g.Reasons = append(g.Reasons, "basis said after the pair it opens: "+f.Basis)
		}
		againstOlderYear(f, trimSpacesCommas(c.after), c.pre)
		if c.span(f) && i > 0 && figs[i-1].Start >= s0 {
			// "$251.7 million or $1.83 per share in the first nine months", "EPS was $2.37,
			// compared to $2.18 in the first nine months": the span holds for both
			// only the figures said right before it, joined by a few words:
			// "EPS of $1.59 versus $1.02 last year and for the first nine
			// months ..." leaves the quarter's $1.59 alone
			for k := i - 1; k >= 0 && figs[k].Start >= s0 && spanJoined(low[figs[k].End:figs[k+1].Start]); k-- {
				if figs[k].Kind == Actual && figs[k].Period != "" && (figs[k].Metric == f.Metric || k == i-1) {
					figs[k].Reasons = append(figs[k].Reasons, "period: the span said with a later figure")
					figs[k].Period = ""
					if f.Kind == Actual {
						figs[k].Period = f.Period // "$230 million or $1.07 per share in the first nine months"
					}
				}
			}
		}
		if g := prevIn(figs, i, s0); g != nil && f.Basis == "" && g.Basis != "" && f.Metric != "" &&
			strings.TrimPrefix(g.Metric, "adjusted ") == strings.TrimPrefix(f.Metric, "adjusted ") && verbFirst(low[g.End:f.Start]) {
			// "adjusted net earnings per share of $3.28 brought full year earnings to $12.88": the same measure's total
			f.Basis, f.Metric = g.Basis, g.Metric
			f.Reasons = append(f.Reasons, "basis of the figure that brought it: "+f.Basis)
		}
		if g := prevIn(figs, i, s0); g != nil && f.Role == Level && g.Role != Level && !f.PerShare &&
			equates[strings.TrimSpace(lastClauseOf(low[g.End:f.Start]))] {
			// "add approximately 65 basis points to our same-store revenue
			// growth, which equates to $10 million to $15 million": the
			// amount restates the change or effect said before it
			f.Role = g.Role
			f.Reasons = append(f.Reasons, "role of the figure it restates: "+string(g.Role))
		}
		if g := prevIn(figs, i, s0); g != nil && f.Role == Level && g.Role == Effect && !f.PerShare && sourcesListed(low[g.End:f.Start], low[f.End:]) {
			// "including $48 million from acquisitions and $32 million from
			// favorable currency": the next item of the list
			f.Role = Effect
			f.Reasons = append(f.Reasons, "role effect: listed with the item before it ('from ...')")
		}
		if i > 0 && f.Basis == "" && figs[i-1].Basis != "" && slices.Contains(figs[i-1].Reasons, pairedPeriod) && figs[i-1].Metric == f.Metric {
			// "fourth quarter and full year FFO as adjusted of 63 cents and $2.48": one measure, two periods
			f.Basis = figs[i-1].Basis
			f.Reasons = append(f.Reasons, "basis of the figure said with it for the other period: "+f.Basis)
		}
		if i > 0 && f.Basis == "" && figs[i-1].Basis != "" && figs[i-1].Start >= s0 && figs[i-1].End <= f.Start &&
			strings.TrimSpace(low[figs[i-1].End:f.Start]) == "to" && strings.HasSuffix(strings.TrimSpace(low[s0:figs[i-1].Start]), "from") {
			// "our operating EPS guidance from $5.77 to $5.84": the new amount keeps the basis of the old
			f.Basis = figs[i-1].Basis
			f.Reasons = append(f.Reasons, "basis of the amount it replaces: "+f.Basis)
		}
		if m, _ := MetricInfo(f.Metric); i > 0 && (f.PerShare || m.PerShare && isMoney(figs[i-1].Unit) && !figs[i-1].PerShare) && figs[i-1].End <= f.Start && figs[i-1].Start >= s0 {
			// "adjusted net income of $380 million, or $5.76 per share" (or "$5.76
			// diluted EPS"): the per-share amount shares the basis, scope and role of its total;
			// so does one said as "which is": "a loss on the sale of $31
			// million, which is $0.14 per diluted share" is the item's
			if b := strings.TrimSpace(strings.Trim(low[figs[i-1].End:f.Start], " ,")); restates[b] {
				g := figs[i-1]
				if f.Basis == "" && g.Basis != "" {
					f.Basis = g.Basis
					f.Reasons = append(f.Reasons, "basis of the total said with it: "+g.Basis)
				}
				if f.Scope == "" && g.Scope != "" {
					f.Scope = g.Scope
				}
				if f.Role == Level && g.Role != Level {
					f.Role = g.Role
					f.Reasons = append(f.Reasons, "role of the total said with it: "+string(g.Role))
				}
				if g.Unsure && !f.Unsure && borrowedMetric(g) && strings.HasPrefix(f.Metric, g.Metric) {
					// "net investment gains of $18 million or $0.10 per share" after
					// operating income: the total's metric was borrowed, so is this one's
					f.Unsure = true
					f.Reasons = append(f.Reasons, "subject: its total's metric is not named in its clause")
				}
			}
		}
	}
	relate(low, figs)
	return topicOut
}

// restates are the words between an amount and its per-share form.
var restates = map[string]bool{"or": true, "or a": true, "which is": true, "which was": true, "which equates to": true, "that is": true,
	"or roughly": true, "which represents": true, "representing": true, "equal to": true, "equating to": true}

// equates are the words that say an amount restates the figure said
// right before it in other units ("65 basis points, which equates to $10
// million"); a plain "or" is left to the per-share and percent rules.
var equates = map[string]bool{"which equates to": true, "which translates to": true, "equating to": true, "translating to": true,
	"which translates into": true, "which equates into": true, "which is equal to": true, "equal to": true}

// prevIn is the figure before figs[i] in its sentence (starting at s0), or nil.
func prevIn(figs []Figure, i, s0 int) *Figure {
	if i == 0 || figs[i-1].Start < s0 {
		return nil
	}
	return &figs[i-1]
}

// unscaledTotal reports a money amount under 100 with no scale word given
// a company-wide total (revenue, operating income, FFO, a dividend): said
// that way, it is an amount per share.
func unscaledTotal(f *Figure) bool {
	return plainTotal(f) && max(f.Value, f.High) < 100
}

// smallTotal reports a company total (revenue, backlog, net income ...)
// said as a plain amount from $100 to $100,000: a unit's or an average's,
// not the company's (below $100 it may be per share: unscaledTotal).
func smallTotal(f *Figure) bool {
	return plainTotal(f) && f.Low >= 100 && max(f.Value, f.High) < 100_000
}

// plainTotal reports a money amount said without a scale word ("$6,400",
// "$1.48") given a company-wide total's metric.
func plainTotal(f *Figure) bool {
	info, ok := MetricInfo(f.Metric)
	if !ok || !isMoney(f.Unit) || f.PerShare || !info.Money || info.PerShare || info.Ratio {
		return false
	}
	return !containsAnyOf(strings.ToLower(f.Text), "thousand", "million", "billion", "trillion", "mm", "bn")
}

// partSubject reports a figure whose part (its Scope) opens its sentence:
// "Personal Lines generated", "Our Widgets segment reported".
func partSubject(low string, f Figure) bool {
	sp := text.SentenceAt(low, f.Start, f.End)
	lead := strings.TrimSpace(low[sp.Start:f.Start])
	for _, p := range []string{"and ", "our ", "the ", "in "} {
		lead = strings.TrimPrefix(lead, p)
	}
	scope := strings.TrimPrefix(strings.TrimPrefix(f.Scope, "our "), "the ")
	return scope != "" && strings.HasPrefix(lead, scope+" ")
}

// relate corrects the roles of figures said together: the two ends of a
// range read as two figures, of a superseded range, the new amount of an
// item, a list of examples, and "respectively".
func relate(low string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		// "between %585 million and $595 million": a range read as two figures
		a, b := &figs[i-1], &figs[i]
		if strings.TrimSpace(low[a.End:b.Start]) == "and" && (a.Unit != b.Unit || a.Metric != b.Metric || a.Negative || b.Negative) &&
			(strings.HasSuffix(strings.TrimRight(low[:a.Start], " %$"), "between") || strings.HasPrefix(low[a.Start:a.End], "between ")) {
			for _, f := range []*Figure{a, b} {
				if f.Role == Level {
					f.Role = Remark
					f.Reasons = append(f.Reasons, "role remark: one end of a range not read as one")
				}
			}
		}
	}
	for i := 1; i < len(figs); i++ {
		// "in a range of $1.04 billion $1.06 billion": a range said without
		// its "to", whose ends are no amounts of their own
		a, b := &figs[i-1], &figs[i]
		if a.Role == Level && b.Role == Level && a.Unit == b.Unit && !a.IsRange && !b.IsRange && b.Start >= a.End &&
			strings.TrimSpace(low[a.End:b.Start]) == "" && b.Value > a.Value {
			for _, f := range []*Figure{a, b} {
				f.Role = Remark
				f.Reasons = append(f.Reasons, "role remark: one end of a range said without 'to'")
			}
		}
	}
	for i := 1; i < len(figs); i++ {
		// "lowered the dilution we expect from $0.12 to $0.11": the new
		// amount is the same kind of item as the one it replaces
		a, b := figs[i-1], &figs[i]
		if a.Role == Effect && b.Role == Level && a.Unit == b.Unit && strings.TrimSpace(low[a.End:b.Start]) == "to" &&
			strings.HasSuffix(strings.TrimSpace(low[:a.Start]), "from") {
			b.Role = Effect
			b.Reasons = append(b.Reasons, "role effect: the new amount of the item said before it")
		}
	}
	for i := 1; i < len(figs); i++ {
		// "FX benefited the top line by about 1% or $21 million": the
		// amount said with "or" after a change or effect in percent is
		// that change or effect
		a, b := figs[i-1], &figs[i]
		if (a.Role == Change || a.Role == Effect) && b.Role == Level && a.Unit == "%" && !a.IsRange && isMoney(b.Unit) && strings.TrimSpace(low[a.End:b.Start]) == "or" {
			// (but "EPS to increase 5% to 8% or $7.70 to $7.95" restates guided growth as the level)
			b.Role = a.Role
			b.Reasons = append(b.Reasons, "role "+string(a.Role)+": the same "+string(a.Role)+" in money as the percent before it")
		}
	}
	for i := 1; i < len(figs); i++ {
		// "Personal Lines generated an underwriting gain of $96 million and an
		// underlying combined ratio of 88.2%": the part that is the
		// sentence's subject is the subject of every object of its verb
		a, b := figs[i-1], &figs[i]
		if a.Scope == "" || b.Scope != "" || b.Start < a.End || !partSubject(low, a) {
			continue
		}
		between := strings.Fields(trimSpacesCommas(low[a.End:b.Start]))
		if len(between) == 0 || between[0] != "and" || len(between) > 8 {
			continue
		}
		objectOnly := true
		for _, w := range between[1:] {
			if verbish(w) || wholeOfParts[w] || strings.ContainsAny(w, ",;.") {
				objectOnly = false
			}
		}
		if objectOnly {
			b.Scope = a.Scope
			b.Reasons = append(b.Reasons, "scope: another object of the verb whose subject is "+a.Scope)
		}
	}
	for i := 1; i < len(figs); i++ {
		// "margins for the segment declined by 570 basis points to 3.9%":
		// the level a part's change led to is the part's
		a, b := figs[i-1], &figs[i]
		if a.Role == Change && a.Scope != "" && b.Scope == "" && a.Metric == b.Metric && strings.TrimSpace(low[a.End:b.Start]) == "to" {
			b.Scope = a.Scope
			b.Reasons = append(b.Reasons, "scope: the level the change of "+a.Scope+" led to")
		}
	}
	for i := 1; i < len(figs); i++ {
		// "gross margin to be 26.6% or 26.7%": two near values said as
		// alternatives; neither is the figure
		a, b := &figs[i-1], &figs[i]
		if a.Role == Level && b.Role == Level && a.Unit == "%" && b.Unit == "%" && a.Metric == b.Metric && a.Basis == b.Basis && !a.IsRange && !b.IsRange &&
			b.Start >= a.End && strings.TrimSpace(low[a.End:b.Start]) == "or" && math.Abs(b.Value-a.Value) <= 0.1*math.Abs(a.Value) &&
			!hasAnyPrefix(low[b.End:], ",", " on ", " excluding", " ex ", " adjusted", " including", " for ") { // not "$1.31 or $1.35 on an adjusted basis"
			for _, f := range []*Figure{a, b} {
				f.Role = Remark
				f.Reasons = append(f.Reasons, "role remark: one of two values said with 'or'")
			}
		}
	}
	for i := 1; i < len(figs); i++ {
		// "from a prior range of $4.76 billion and $4.83 billion": both ends
		a, b := figs[i-1], &figs[i]
		if a.Role == Previous && b.Role == Level && a.Unit == b.Unit && strings.TrimSpace(low[a.End:b.Start]) == "and" {
			b.Role = Previous
			b.Reasons = append(b.Reasons, "role previous: the other end of a superseded range")
		}
	}
	for i := 0; i < len(figs); {
		// "businesses that were $10 million, $15 million, $20 million in sales":
		// three or more amounts said one after another are examples
		j := i + 1
		for j < len(figs) && figs[j].Unit == figs[i].Unit && figs[j].Start >= figs[j-1].End &&
			strings.TrimSpace(low[figs[j-1].End:figs[j].Start]) == "," {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				if figs[k].Role == Level {
					figs[k].Role = Remark
					figs[k].Reasons = append(figs[k].Reasons, "role remark: one of a list of amounts")
				}
			}
		}
		i = j
	}
	for i := 1; i < len(figs); i++ {
		// "$0.25, plus or minus $0.02", "$1.17 billion, plus $15 million,
		// minus $25 million": a tolerance around the amount before it
		if a, b := figs[i-1], &figs[i]; b.Role == Level && a.Unit == b.Unit && tolerance(low[a.End:b.Start], strings.ToLower(b.Text)) {
			b.Role = Remark
			b.Reasons = append(b.Reasons, "role remark: a tolerance around the amount before it")
		}
	}
	for i := 1; i < len(figs); i++ {
		// "$3.74 to $3.80, with a midpoint of $3.77": the range is what was said
		if a := figs[i-1]; a.IsRange && figs[i].Role == Level && strings.Contains(low[a.End:figs[i].Start], "midpoint") {
			figs[i].Role = Remark
			figs[i].Reasons = append(figs[i].Reasons, "role remark: the midpoint of a range said with it")
		}
	}
	for i := range figs {
		// "Core FFO was $0.70 per share. ... that would have allowed us to
		// report $0.71 of core FFO": a what-if beside the result already said
		b := &figs[i]
		if b.Role != Level || b.Basis == "" {
			continue
		}
		sp := text.SentenceAt(low, b.Start, b.End)
		if !containsAnyOf(low[sp.Start:b.Start], "would have", "would've") {
			continue
		}
		for _, a := range figs[:i] {
			if a.End <= sp.Start && a.Role == Level && a.Metric != "" && strings.TrimSuffix(a.Metric, " per share") == strings.TrimSuffix(b.Metric, " per share") &&
				a.Basis == b.Basis && a.Period == b.Period && a.Kind == b.Kind {
				b.Role = Remark
				b.Reasons = append(b.Reasons, "role remark: what would have been, beside the result said before")
				break
			}
		}
	}
	respectively(low, figs)
	monthsRespectively(low, figs)
	quartersRespectively(low, figs)
}

type factCtx struct {
	sentenceFacts
	sent  string // the sentence, lower case
	pre   string // the sentence before the figure
	post  string // the sentence after the figure
	near  string // between the previous figure of the sentence (or its start) and the figure
	bnear string // near, reaching back past a change said between the metric and the figure
	// bnearWords is bnear without the words of the figure it reaches past,
	// for counting how far back a basis word was said
	bnearWords string
	after      string // between the figure and the next figure of the sentence (or its end)
	raw        string // pre as said (case kept)
	// rawLow is raw lower-cased: pre, but for a text whose lower case
	// moves bytes
	rawLow string
	prev   string // the sentence before, lower case
	next   string // the sentence after, lower case
	// company is the call's company ("" when unknown), whose own name
	// leading a clause is the whole company, not a part of it
	company string
	ticker  string // the company's ticker, its own name too ("WAL reported")
	// parts are the parts the turn has turned to so far (Context.parts)
	parts []string
	// nearWords are the last words of near (up to 16), read again and
	// again by basis and role; preWords those of pre (up to 12)
	nearWords *lazyTail
	preWords  *lazyTail
	// memo holds what rules that read only the sentence (sent, prev)
	// answered for an earlier figure of it
	memo *sentenceMemo
}

// decideRoom is what decide keeps of one figure at a time: the words
// before it and the answers of the rules that read only its sentence.
type decideRoom struct {
	memo                sentenceMemo
	nearWords, preWords lazyTail
}

// lazyTail is the last words of a text (up to max), read when they are
// first asked for: several rules read the last few words before a
// figure, most figures none of them. Each count of words asked is kept:
// the rules ask the same counts again and again, and when the text has
// no more words than asked text.Tail walks them back each time (the words
// since the figure before are often one or two).
type lazyTail struct {
	s     string
	max   int
	read  bool
	tail  text.Tail
	known uint32                   // bit n: last[n] holds Last(n)
	last  [maxNearWords + 1]string // by the count of words asked
}

// maxPreWords is the most words before a figure the rules read at once;
// maxNearWords the most since the figure before.
const maxPreWords, maxNearWords = 12, 16

// Last is text.LastWords(s, n).
func (l *lazyTail) Last(n int) string {
	kept := n >= 0 && n < len(l.last)
	if kept && l.known&(1<<n) != 0 {
		return l.last[n]
	}
	if !l.read {
		l.tail, l.read = text.NewTail(l.s, l.max), true
	}
	w := l.tail.Last(n)
	if kept {
		l.last[n], l.known = w, l.known|1<<n
	}
	return w
}

// sentenceMemo holds the answers of the rules of role that read only a
// figure's sentence and the one before, found for the first figure of
// the sentence that asks and kept for the others (a sentence with a
// figure has 1.6 of them). Each is unknown until asked.
type sentenceMemo struct {
	multiYearTotal, contractLife, longTerm, guidanceWording memoAnswer
}

// memoAnswer is a rule's answer, or none yet.
type memoAnswer uint8

const (
	notAsked memoAnswer = iota
	answerNo
	answerYes
)

// answer is what the rule says, asked only the first time.
func (a *memoAnswer) answer(rule func() bool) bool {
	if *a == notAsked {
		*a = answerNo
		if rule() {
			*a = answerYes
		}
	}
	return *a == answerYes
}

// adverbialBasis returns pre from its last "on a ... basis," on (or ""):
// the basis phrase that the rest of the sentence, up to the figure, is
// said on: when it opens the sentence, or when no other amount stands
// between them.
func adverbialBasis(pre string) string {
	for _, said := range []string{" standpoint,", " perspective,"} {
		if firstIndex(pre, said) >= 0 && strings.Contains(pre, "from a") {
			// "From an organic standpoint, sales decreased 8%" says
			// what "On an organic basis, sales decreased 8%" does
			pre = strings.ReplaceAll(strings.ReplaceAll(pre, said, " basis,"), "from a", "on a")
		}
	}
	if lead := strings.TrimSpace(pre); strings.HasPrefix(lead, "on a") {
		return lead // said first, it holds for the whole sentence
	}
	i := lastIndex(pre, " basis,")
	if i < 0 {
		return ""
	}
	on := lastIndex(pre[:i], "on a")
	if on < 0 || (on > 0 && pre[on-1] != ' ') || strings.ContainsAny(pre[i:], "$%") {
		return ""
	}
	for _, w := range strings.Fields(pre[i:]) {
		if w = strings.Trim(w, ".,;:'"); strings.ContainsAny(w, "0123456789") && (len(w) == 2 || text.Year(w) == 0) {
			return "" // an amount between (a period is not one): the basis is said of it
		}
	}
	return pre[on:]
}

// changeNoun are the nouns of a change said after an amount and its
// metric ("a $92 million sales reduction", "a $0.05 EPS headwind").
var changeNoun = wordSet(`increase decrease decline improvement reduction growth rise drop shortfall headwind tailwind
	benefit uplift swing step-up contraction expansion inflation`)

// basisWords are the words that say a figure is not the reported (GAAP)
// one, as they stand before a metric.
var basisWords = []struct{ said, basis string }{
	{"non-gaap", "non-GAAP"}, {"non gaap", "non-GAAP"}, {"non- gaap", "non-GAAP"}, {"non-gap", "non-GAAP"}, {"adjusted", "adjusted"}, {"core", "core"},
	{"normalized", "normalized"}, {"normalised", "normalized"}, {"underlying", "underlying"},
	{"comparable basis", "comparable"}, {"comparable eps", "comparable"}, {"comparable earnings per share", "comparable"},
	{"comparable diluted earnings per share", "comparable"}, {"economic", "economic"}, {"pro forma", "pro forma"},
	{"recurring", "recurring"}, {"cash eps", "cash"}, {"operating eps", "operating"},
	{"operating earnings per share", "operating"}, {"operating earnings", "operating"},
	{"constant currency", "constant currency"}, {"constant-currency", "constant currency"},
	{"local currency", "local currency"}, {"local-currency", "local currency"},
	{"two-year", "two-year"}, {"two year", "two-year"}, {"excluding special items", "excluding items"},
	{"excluding items", "excluding items"}, {"excluding one-time items", "excluding items"},
	{"excluding certain items", "excluding items"}, {"before special items", "excluding items"},
	{"ex-items", "excluding items"}, {"operating ffo", "operating"}, {"operating funds from operations", "operating"}, {"ongoing earnings", "ongoing"}, {"ongoing eps", "ongoing"}, {"ongoing operations", "ongoing"},
	{"without fuel", "excluding fuel"}, {"excluding fuel", "excluding fuel"}, {"ex-fuel", "excluding fuel"}, {"ex fuel", "excluding fuel"},
	{"excluding cat losses", "excluding cat losses"}, {"excluding catastrophe losses", "excluding cat losses"},
	{"excluding catastrophes", "excluding cat losses"}, {"excluding catastrophe", "excluding cat losses"}, {"excluding cats", "excluding cat losses"},
	{"ex-cat", "excluding cat losses"}, {"ex cat", "excluding cat losses"}, {"ex-cats", "excluding cat losses"},
}

// lastBasis is the basis of the last of basisWords said in s and where it
// starts, or "" and -1.
func lastBasis(s string) (basis string, at int) {
	best, at := "", -1
	// which of them s contains, in one pass: most text says none, and
	// the rest one or two, each then looked for as a word
	var contains uint64
	basisWordSet.said(s, func(w string) { contains |= 1 << basisWordIndex[w] })
	if contains != 0 {
		for k, w := range basisWords {
			if contains&(1<<k) == 0 {
				continue
			}
			if i := lastWord(s, w.said); i > at {
				best, at = w.basis, i
			}
		}
		if i := strings.LastIndex(s, "-adjusted"); i > at && (i+len("-adjusted") == len(s) || !isWordByte(s[i+len("-adjusted")])) {
			// "transaction-adjusted free cash flow", "weather-adjusted EPS":
			// adjusted for that one thing, said as one word
			j := i
			for j > 0 && isWordByte(s[j-1]) {
				j--
			}
			switch {
			case j < i && s[j:i] == "as":
				best, at = "adjusted", j // "on an as-adjusted basis" is plainly adjusted
			case j < i:
				best, at = s[j:i+len("-adjusted")], j
			}
		}
	}
	return best, at
}

// basisWordSet holds the said forms of basisWords, and basisWordIndex
// where each is in it (a bit of a uint64: TestBasisWordsFitIndex).
var basisWordSet, basisWordIndex = func() (*substringSet, map[string]int) {
	var said []string
	index := map[string]int{}
	for k, w := range basisWords {
		said = append(said, w.said)
		index[w.said] = k
	}
	return newSubstringSet(said...), index
}()

// itemsExcluded says that a figure leaves out items, whatever the word for
// them: "excluding specified items", "excluding notable items", "before
// special items".
var itemsExcluded = regexp.MustCompile(`\b(?:excluding|before|ex) (?:[a-z-]+ ){0,2}items\b`)

// currencyOnly reports words after an exclusion ("excluding the impact")
// that leave out currency alone: " of foreign currency," but not " of
// metal markets and currency".
func currencyOnly(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(rest), "of "), "the ")
	return hasAnyPrefix(rest, "currency", "foreign currency", "currencies", "fx", "foreign exchange", "exchange rates", "changes in foreign") &&
		!strings.Contains(firstWords(rest, 5), " and ")
}

// costsExcluded says that a figure leaves out costs or charges ("excluding
// any charges", "excluding expenses related to the merger", "before ...
// accounting adjustments"): a basis when no other is said.
var costsExcluded = regexp.MustCompile(`\b(?:excluding|before|ex) (?:[a-z-]+ ){0,2}(?:charges|expenses|costs|adjustments|impacts?|effects?)\b`)

// metricSubject is the subject of a sentence said up to its verb right
// before a figure ("the earnings forecast before ... adjustments is now")
// when it opens with a metric's name and has no comma, or "".
func metricSubject(pre string) string {
	s := strings.TrimSpace(pre)
	for _, v := range []string{" is now", " is", " was", " are", " were", " will be", " is expected to be"} {
		if strings.HasSuffix(s, v) {
			s = s[:len(s)-len(v)]
			break
		}
	}
	if len(s) == len(strings.TrimSpace(pre)) || strings.ContainsAny(s, ",;") {
		return ""
	}
	head := s
	for _, p := range []string{"the ", "our ", "this "} {
		head = strings.TrimPrefix(head, p)
	}
	if !metricPhraseSet.startsWith(head) {
		return ""
	}
	return s
}

// costsExcludedIn is costsExcluded.FindAllStringIndex(s, -1), run only on
// a text that says one of the words that open each of its matches: most
// that say "costs" or "impact" say none, and the expression is slow to
// find that out.
func costsExcludedIn(s string) [][]int {
	if !containsAnyOf(s, "excluding ", "before ", "ex ") {
		return nil
	}
	return costsExcluded.FindAllStringIndex(s, -1)
}

// corePart is the part of the company named "Core ..." in raw (as said,
// case kept), where "core" is not the basis of the metric that follows:
// "Core Laundry revenue", "a Core Laundry organic growth rate" give "core
// laundry"; "core FFO", "core diluted EPS" and an adjective said in lower
// case ("core transaction deposits") give "".
// rawLow is raw lower-cased.
func corePart(raw, rawLow string) string {
	at := lastWord(rawLow, "core")
	if at < 0 || raw[at] != 'C' {
		return ""
	}
	ws := strings.Fields(strings.ReplaceAll(raw[at+len("core"):], "-", " "))
	low := strings.Fields(strings.ToLower(strings.Join(ws, " ")))
	if len(ws) < 2 || basisLike[low[0]] || metricPhraseSet.startsWith(strings.Join(low, " ")) {
		return ""
	}
	for k := 1; k < len(ws) && k <= 2; k++ {
		if w := ws[k-1]; !isLetters(low[k-1]) || w[0] < 'A' || w[0] > 'Z' {
			return "" // a name: its words in capitals
		}
		if metricPhraseSet.startsWith(strings.Join(low[k:], " ")) {
			return "core " + strings.Join(low[:k], " ")
		}
	}
	return ""
}

// reconciliations are the ways a call names the reconciliation of its
// GAAP and non-GAAP figures.
var reconciliations = []string{"gaap to non-gaap", "non-gaap to gaap", "gaap and non-gaap reconciliation", "gaap-to-non-gaap"}

// reconciliationLast tells a text whose last basis words are the name
// of a reconciliation ("our GAAP to non-GAAP reconciliation of operating
// income, our performance resulted in"): none is said after it.
func reconciliationLast(near string) bool {
	if !strings.Contains(near, "gaap") {
		return false
	}
	end := -1
	for _, r := range reconciliations {
		if i := strings.LastIndex(near, r); i >= 0 {
			end = max(end, i+len(r))
		}
	}
	if end < 0 {
		return false
	}
	b, _ := lastBasis(near[end:])
	return b == "" && !strings.Contains(near[end:], "gaap")
}

// nonGAAPAppositive tells "non-GAAP" at at said as an appositive that
// classes the measure before it: ", a non-GAAP measure", "(a non-GAAP
// financial measure)", ", which is a non-GAAP measure".
func nonGAAPAppositive(near string, at int) bool {
	if at < 0 || !hasAnyPrefix(near[at:], "non-gaap measure", "non-gaap financial measure") {
		return false
	}
	before := near[:at]
	return hasAnySuffix(before, ", a ", "(a ", ", which is a ", ", also a ")
}

// isLetters reports a word of lower-case letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// basis reads the basis said with a figure: before it, since the previous
// figure ("core FFO of $0.38"), at the start of its clause ("Excluding
// these items, EPS was"), or after it ("$1.22 on an adjusted basis").
func (c factCtx) basis(f *Figure) string {
	near := c.nearWords.Last(16)
	if len(c.bnear) != len(c.near) { // (both end at the figure)
		near = text.LastWords(c.bnearWords, 16)
	}
	best, at := lastBasis(near)
	g, ay := -1, -1 // where "gaap" and "accident year" are said last
	if c.says(cueGaap) {
		g = lastWord(near, "gaap")
	}
	if c.says(cueAccident) {
		ay = lastWord(near, "accident year")
	}
	if g > at && !strings.Contains(near[max(0, g-5):g], "non") { // (not "non-gaap", nor "non- gaap" as speech-to-text writes it)
		best, at = "GAAP", g
	}
	if strings.Contains(near, "items") { // itemsExcluded needs the word: most figures skip the regular expression
		if loc := itemsExcluded.FindAllStringIndex(near, -1); len(loc) > 0 && loc[len(loc)-1][0] > at {
			best, at = "excluding items", loc[len(loc)-1][0] // "FFO, excluding specified items, was"
		}
	}
	if best == "" && c.says(cueCharges|cueExpenses|cueCosts|cueAdjustments|cueImpact|cueEffect) && containsAnyOf(near, "charges", "expenses", "costs", "adjustments", "impact", "effect") {
		if loc := costsExcludedIn(near); len(loc) > 0 {
			best, at = "excluding items", loc[len(loc)-1][0] // "earnings per share, excluding any charges, to be"
			if currencyOnly(near[loc[len(loc)-1][1]:]) {
				best = "constant currency" // "grew 14%, excluding the impact of foreign currency"
			}
		}
	}
	if best == "" && len(c.near) == len(c.pre) && len(c.pre) > 80 {
		// (a subject long enough that its basis words fall out of near's 16 words)
		if subj := metricSubject(c.pre); subj != "" && len(costsExcludedIn(subj)) > 0 {
			// "The earnings forecast before year end mark-to-market pension
			// accounting adjustments and excluding expenses related to TNT
			// Express integration ... is now $12.70 to $13.30": the metric
			// the sentence is about, with what it leaves out, however long
			best, at = "excluding items", -1
			f.Reasons = append(f.Reasons, "basis: the costs the sentence's subject leaves out")
		}
	}
	if ay >= 0 && (best == "" || best == "excluding cat losses" && ay < at) {
		// "our accident year combined ratio excluding catastrophes was 88.4%":
		// the losses of the year's policies alone, another measure than the
		// calendar year's
		if best == "" {
			best, at = "accident-year", ay
		} else {
			best = "accident-year ex-cat"
		}
	}
	if best != "" && len(c.bnear) > len(c.near) && strings.HasSuffix(strings.TrimSpace(c.near), " to") {
		if b, _ := lastBasis(c.near); b == best {
			// "increased 5%, or 3% in constant currency to $681 million": the
			// basis said between a change and "to" is the change's; the
			// level it reached is as reported
			f.Reasons = append(f.Reasons, "basis: '"+best+"' is said of the change before the figure")
			best, at = "", -1
		}
	}
	if best == "core" && corePart(c.raw, c.rawLow) != "" {
		// "Core Laundry revenue": a part named "core ...", not the metric's basis
		f.Reasons = append(f.Reasons, "basis: 'core' names a part, not the metric's basis")
		best, at = "", -1
	}
	if best == "non-GAAP" && nonGAAPAppositive(near, at) {
		if b, a := lastBasis(near[:at]); b != "" && b != "non-GAAP" {
			// "adjusted EBITDA, a non-GAAP measure, of $1.03 billion": the
			// appositive classes the measure; the call names it "adjusted"
			best, at = b, a
		}
	}
	if (best == "non-GAAP" || best == "GAAP") && reconciliationLast(c.near) {
		// "As we note on our GAAP to non-GAAP reconciliation, ... diluted
		// earnings per share of $0.97": the words name a reconciliation of
		// the two, not this figure's basis
		f.Reasons = append(f.Reasons, "basis: 'GAAP to non-GAAP' names a reconciliation, not the figure's basis")
		best, at = "", -1
	}
	if best == "operating" && strings.HasSuffix(near[:at], "adjusted ") {
		best = "adjusted operating" // "adjusted operating EPS": an insurer's own measure, adjusted again
	}
	earlier := false // a basis word read and set aside: none said as an adverbial either
	if at >= 0 && f.Unit != "%" && f.Unit != "bp" && containsAnyOf(near[max(0, at-30):at], "percentages", "growth rates", "comparisons", "percent changes") {
		// "reporting all percentages on a constant currency basis, we posted
		// revenues of 681 million": the basis is the changes', not the amounts'
		f.Reasons = append(f.Reasons, "basis: '"+best+"' is said of the changes, not of amounts")
		best, at, earlier = "", -1, true
	}
	if at >= 0 && (basisOfEarlierMetric(near[at:]) || c.basisOfFigureBefore(near, at)) {
		// "$5.90 of adjusted EPS and revenues of $8.7 billion": the basis
		// word is said with the metric before "and", not this figure's
		f.Reasons = append(f.Reasons, "basis: '"+best+"' is said of another metric")
		best, earlier = "", true
	}
	if best == "" && !earlier {
		// "On a two-year basis, ... grew 9%", "Rolling it together and on a
		// non-GAAP basis, EPS is projected at": a basis said as an adverbial,
		// with no amount between it and the figure, holds for what follows
		lead := adverbialBasis(c.pre)
		for _, p := range []string{"on a ", "on an "} {
			if rest, ok := strings.CutPrefix(lead, p); ok {
				if i := strings.Index(rest, " basis,"); i > 0 && i < 30 {
					switch w := rest[:i]; w {
					case "two-year", "two-year stack", "two-year stacked", "two year":
						best = "two-year"
					case "constant currency", "constant-currency":
						best = "constant currency"
					case "non-gaap", "non gaap", "non- gaap":
						best = "non-GAAP"
					case "gaap", "reported":
						best = "GAAP"
					case "adjusted", "comparable", "core", "organic", "pro forma", "normalized", "operating":
						best = w
					case "operational": // "on an operational basis, sales were up 5.5%": before currency; "from an operational perspective" is no basis
						if strings.Contains(c.pre, "operational basis") {
							best = w
						}
					}
				}
			}
		}
	}
	if best == "" {
		best = reportedBy(near)
	}
	if best == "" {
		clause := lastClauseOf(c.pre)
		lead := strings.TrimSpace(c.pre)
		lead = strings.TrimPrefix(lead, "after ")
		if (strings.HasPrefix(lead, "excluding") || strings.HasPrefix(lead, "adjusting for") || strings.HasPrefix(strings.TrimSpace(clause), "excluding")) && !excludesWhatMayCome(lead) {
			best = "excluding items"
		}
	}
	a := trimSpacesCommas(c.after)
	for _, p := range []struct{ said, basis string }{
		{"on an adjusted basis", "adjusted"}, {"as adjusted", "adjusted"}, {"adjusted", "adjusted"},
		{"on a non-gaap basis", "non-GAAP"}, {"non-gaap", "non-GAAP"}, {"on an operating basis", "operating"},
		{"on a core basis", "core"}, {"on a comparable basis", "comparable"}, {"on an operational basis", "operational"}, {"excluding items", "excluding items"},
		{"excluding special items", "excluding items"}, {"excluding one-time items", "excluding items"},
		{"in constant currency", "constant currency"}, {"on a constant currency basis", "constant currency"},
		{"at constant currency", "constant currency"}, {"on a gaap basis", "GAAP"},
		{"on a constant-currency basis", "constant currency"}, {"in constant-currency", "constant currency"},
		{"on a two-year basis", "two-year"}, {"on a two-year stack basis", "two-year"}, {"on a two-year stacked basis", "two-year"},
		{"on a two-year stack", "two-year"}, {"two-year stack", "two-year"}, {"on a pro forma basis", "pro forma"},
		{"on a like-for-like basis", "like-for-like"}, {"on an organic basis", "organic"}, {"organically", "organic"},
		{"in local currency", "local currency"}, {"on a local currency basis", "local currency"}, {"in local-currency", "local currency"},
		{"on an fx adjusted basis", "constant currency"}, {"on an fx-adjusted basis", "constant currency"}, {"on an fx-neutral basis", "constant currency"},
		{"on an fx neutral basis", "constant currency"}, {"on a currency-neutral basis", "constant currency"}, {"on a currency neutral basis", "constant currency"},
		{"on a recurring basis", "recurring"}, {"on a normalized basis", "normalized"}, {"on an underlying basis", "underlying"},
		{"on an ongoing basis", "ongoing"},
	} {
		if strings.HasPrefix(a, p.said) || strings.HasPrefix(p.said, "on ") && strings.HasPrefix(afterPeriod(a), p.said) || prefixThen(a, "per share ", p.said) || prefixThen(a, "per diluted share ", p.said) {
			if namesMetric(firstWords(a, 5)) != "" && !strings.HasPrefix(a, "on ") && !strings.HasPrefix(a, "in ") && !strings.HasPrefix(a, "at ") && !strings.HasPrefix(a, "as ") {
				continue // ", adjusted EBITDA of ...": the next figure's basis
			}
			best = p.basis
			break
		}
	}
	if best == "" && strings.HasPrefix(a, "excluding ") && (containsAnyOf(firstWords(a, 5), "charge", "cost", "items", "impairment", "pension",
		"contribution", "amortization", "restructuring", "settlement", "special", "one-time", "non-recurring", "nonrecurring", "impact", "effect") ||
		containsAnyOf(firstWords(a, 8), " business", "divest", "acquisition") && !strings.Contains(ownClause(a), ",")) {
		// "sales were $7.32 billion, excluding the ... disposition business"; not
		// "to $115 million, excluding sales from the acquisition, sales declined 8.8%"
		best = "excluding items" // "free cash flow guidance of $20 million to $60 million, excluding pension contributions"
		if m := costsExcluded.FindStringIndex(a); m != nil && m[0] == 0 && currencyOnly(a[m[1]:]) {
			best = "constant currency" // "grew 12%, excluding the impact of foreign currency"
		}
	}
	if best == "" {
		best = basisOfMetricAfter(a, f.Metric)
	}
	if best == "" && (f.Unit == "%" || perShareName(f.Metric) && !strings.HasPrefix(strings.TrimSpace(c.after), ",")) {
		best = basisOfMetricSaid(a, f.Metric) // "a 31% non-GAAP gross margin", "a $0.10 adjusted loss per share": as if after "of"
	}
	if t := strings.ToLower(f.Text); best == "" && strings.Contains(t, " per adjusted ") {
		best = "adjusted" // "$1.33 per adjusted diluted share"
	} else if best == "" && strings.Contains(t, " per non-gaap ") {
		best = "non-GAAP"
	}
	if best == "" && f.Kind == Guidance && hasAnyPrefix(c.next, "that range excludes", "this range excludes", "the range excludes",
		"that guidance excludes", "this guidance excludes", "our guidance excludes", "these ranges exclude", "that outlook excludes",
		"this outlook excludes", "that excludes", "this excludes") &&
		containsAnyOf(firstWords(c.next, 14), "charge", "cost", "items", "impairment", "settlement", "special", "non-recurring", "nonrecurring", "one-time", "amortization") {
		// "We reiterated our $3.80 to $3.90 EPS guidance. That range excludes
		// the settlement charges": guidance on a basis said next (excluding
		// acquisitions is an assumption, not a basis)
		best = "excluding items"
	}
	if best == "operating" && strings.HasPrefix(f.Metric, "operating ") {
		best = "" // "operating earnings of $85 million": the metric's own word, not a basis of operating income
	}
	if best == "adjusted" && strings.HasPrefix(f.Metric, "affo") && strings.Contains(near, "adjusted funds from operation") &&
		strings.Count(near, "adjusted") == 1 {
		best = "" // "adjusted funds from operations per share" is AFFO itself, not an adjusted AFFO
	}
	if best != "" {
		f.Reasons = append(f.Reasons, "basis: "+best)
	}
	return best
}

// reportedBy is a "<part>-reported" word said right before a metric in
// near ("the resort-reported EBITDA"): a measure as one part of the company
// reports it, a basis the figure keeps, or "".
// excludesWhatMayCome reports an exclusion of what has not happened
// ("Excluding any potential restructuring, we expect operating income of
// $105 million to $125 million", "excluding any additional acquisitions"):
// a caveat of the outlook, not an adjusted basis.
func excludesWhatMayCome(lead string) bool {
	rest, ok := strings.CutPrefix(lead, "excluding ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "any ")
	for _, w := range []string{"potential ", "future ", "further ", "additional "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func reportedBy(near string) string {
	if !strings.Contains(near, "-reported") {
		return "" // most figures: no words to split
	}
	ws := strings.Fields(near)
	for k := len(ws) - 2; k >= 0; k-- {
		w := strings.Trim(ws[k], ",;:()\"'")
		if p, ok := strings.CutSuffix(w, "-reported"); ok && p != "" && p != "as" && namesMetric(strings.Join(ws[k+1:min(k+4, len(ws))], " ")) != "" {
			return w
		}
	}
	return ""
}

// basisOfMetricAfter is the basis said with the figure's own metric right
// after it: "over $3 billion in adjusted free cash flow", "$1.2 billion of
// core net income".
func basisOfMetricAfter(after, metric string) string {
	rest, ok := strings.CutPrefix(after, "in ")
	if !ok {
		rest, ok = strings.CutPrefix(after, "of ")
	}
	if !ok {
		return ""
	}
	return basisOfMetricSaid(rest, metric)
}

// basisOfMetricSaid is basisOfMetricAfter of "of " and rest, without
// building it.
func basisOfMetricSaid(rest, metric string) string {
	if metric == "" {
		return ""
	}
	for _, w := range basisWords {
		if m, ok := strings.CutPrefix(rest, w.said); ok && strings.HasPrefix(m, " ") { // w.said and a space, without making them one
			m = m[1:]
			named := namesMetric(firstWords(m, 4))
			if named == "" {
				named = namesMetric(w.said + " " + firstWords(m, 3)) // "of ongoing earnings per share": the basis words begin the metric's name
			}
			named = strings.TrimPrefix(named, "adjusted ")
			if named != "" && (named == strings.TrimPrefix(metric, "adjusted ") ||
				perShareName(metric) && (named == "net income" || named == "earnings")) {
				return w.basis // (also "$2.27 per share in adjusted earnings": the per-share form)
			}
		}
	}
	return ""
}

// basisOfFigureBefore reports a basis phrase that follows the figure
// before right after it and closes before "and" another metric ("growth
// of 13% to 14% on a two-year stack basis and EPS in the range of"): the
// basis is that figure's. near ends at this figure; at is where its basis
// word was read.
func (c factCtx) basisOfFigureBefore(near string, at int) bool {
	if len(c.near) == len(c.pre) || strings.Trim(c.near, " ,") != strings.Trim(near, " ,") {
		return false // no figure before it in the sentence, or near does not reach back to it
	}
	switch strings.Trim(near[:at], " ,") {
	case "on a", "on an":
	default:
		return false
	}
	rest := near[at:]
	k := strings.Index(rest, " and ")
	return k > 0 && strings.HasSuffix(strings.TrimRight(rest[:k], " ,"), " basis") && namesMetric(rest[k+5:]) != ""
}

// basisOfEarlierMetric reports a basis word followed by its own metric and
// then, after "and", another metric: "adjusted EPS and revenues of"; or a
// basis of a first clause that the figure's clause follows from: "margin
// expanded 313 basis points on an adjusted basis, leading to diluted EPS of".
func basisOfEarlierMetric(s string) bool {
	if containsAnyOf(s, ", leading to ", ", resulting in ", ", which led to ", ", which resulted in ", ", driving ", ", which drove ") {
		return true
	}
	k := lastIndex(s, " and ")
	return k > 0 && namesMetric(s[:k]) != "" && namesMetric(s[k+5:]) != ""
}

// respectively pairs the figures of "GAAP and adjusted EPS of $1.12 and
// $1.09, respectively" with the bases in the order they were said.
func respectively(low string, figs []Figure) {
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		gap := low[a.End:b.Start]
		if strings.TrimSpace(strings.Trim(gap, " ,")) != "and" || !strings.Contains(firstWords(low[b.End:], 7), "respectively") {
			continue
		}
		s := text.SentenceAt(low, a.Start, a.End)
		pre := low[s.Start:a.Start]
		var said []string
		basic := strings.Contains(pre, "basic")
		for _, w := range strings.FieldsFunc(pre, func(r rune) bool { return r == ' ' || r == ',' }) {
			switch w {
			case "gaap", "reported":
				said = append(said, "GAAP")
			case "diluted":
				if basic {
					said = append(said, "GAAP")
				}
			case "basic":
				said = append(said, "basic")
			case "adjusted", "non-gaap", "core", "normalized", "operating", "comparable", "underlying":
				if w == "non-gaap" {
					w = "non-GAAP"
				}
				said = append(said, w)
			}
		}
		if len(said) == 1 && said[0] != "GAAP" {
			// "EPS and adjusted EPS rose to $1.03 and $1.04, respectively"
			for _, nm := range metricNames[b.Metric] {
				if strings.Count(pre, nm) >= 2 {
					said = []string{"GAAP", said[0]}
					break
				}
			}
		}
		if (a.Role == Change || a.Role == Effect) && b.Role == Level {
			// "an increase of $86 million, and 15 cents per share, respectively"
			b.Role = a.Role
			b.Reasons = append(b.Reasons, "role of the figure it is paired with by 'respectively': "+string(a.Role))
		}
		if names := partsRespectively(low[b.End:]); names != nil && a.Scope == "" && b.Scope == "" {
			// "growth of 2.6% and 2.4% at Widgets U.S. and Gadget Club, respectively"
			for k, f := range []*Figure{a, b} {
				f.Scope = names[k]
				f.Reasons = append(f.Reasons, "scope: a part's figure, paired by 'respectively'")
			}
		}
		if len(said) >= 2 {
			for k, f := range []*Figure{a, b} {
				f.Basis = said[len(said)-2+k]
				f.Reasons = append(f.Reasons, "basis paired by 'respectively': "+f.Basis)
				if f.Basis == "GAAP" || f.Basis == "basic" {
					f.Metric = strings.TrimPrefix(f.Metric, "adjusted ")
				} else if f.Metric == "eps" {
					f.Metric = "adjusted eps"
				}
			}
		}
	}
}

// partsRespectively reads the two parts named after the second of two
// figures paired by "respectively" ("at Widgets U.S. and Gadget Club,
// respectively"), or nil: not periods ("in the third quarter and the
// year") nor metrics.
func partsRespectively(after string) []string {
	i := strings.Index(after, "respectively")
	if i < 0 || i > 80 {
		return nil
	}
	lead := strings.TrimRight(strings.TrimSpace(after[:i]), ",")
	lead, ok := strings.CutPrefix(lead, "at ")
	if !ok {
		lead, ok = strings.CutPrefix(lead, "for ")
	}
	if !ok {
		return nil
	}
	x, y, ok := strings.Cut(strings.TrimPrefix(lead, "both "), " and ")
	if !ok {
		return nil
	}
	names := []string{strings.TrimPrefix(strings.TrimSpace(x), "the "), strings.TrimPrefix(strings.TrimSpace(y), "the ")}
	for _, n := range names {
		if n == "" || strings.Count(n, " ") > 3 || strings.ContainsAny(n, ",;$%0123456789") || len(text.FindPeriods(n)) > 0 || namesMetric(n) != "" ||
			containsWordOf(n, "quarter", "year", "half", "month", "months", "period", "date") {
			return nil
		}
	}
	return names
}

// monthsRespectively scopes each figure of "April, May and June comps were
// 11%, 8% and 12%, respectively" to its month: none of them is the quarter's.
func monthsRespectively(low string, figs []Figure) {
	for i := 0; i < len(figs); {
		j := i + 1 // figs[i:j] is a list joined by commas and "and"
		for j < len(figs) && listGap(low[figs[j-1].End:figs[j].Start]) {
			j++
		}
		if j-i < 2 || !strings.Contains(firstWords(low[figs[j-1].End:], 4), "respectively") {
			i = j
			continue
		}
		s := text.SentenceAt(low, figs[i].Start, figs[i].End)
		months := monthsNamed(low[s.Start:figs[i].Start])
		if len(months) >= 2 {
			for k := i; k < j; k++ {
				f := &figs[k]
				if f.Scope != "" {
					continue
				}
				f.Scope = "monthly"
				if len(months) == j-i {
					f.Scope = months[k-i]
				}
				f.Reasons = append(f.Reasons, "scope: a month's figure, paired by 'respectively'")
			}
		}
		i = j
	}
}

// quartersRespectively gives each figure of "$100 million, $160 million
// and $100 million in the second, third and fourth quarter, respectively"
// its own quarter, and none to a list whose quarters it cannot pair: the
// year's span said before the list is none of theirs.
func quartersRespectively(low string, figs []Figure) {
	for i := 0; i < len(figs); {
		j := i + 1 // figs[i:j] is a list joined by commas and "and"
		for j < len(figs) && listGap(low[figs[j-1].End:figs[j].Start]) {
			j++
		}
		tail := low[figs[j-1].End:]
		r := strings.Index(tail, "respectively")
		if j-i < 2 || r < 0 || r > 80 {
			i = j
			continue
		}
		s := text.SentenceAt(low, figs[i].Start, figs[i].End)
		quarters := quarterList(tail[:r])
		if quarters == nil && !strings.Contains(tail[:r], " and ") {
			// "In the second and third quarters, we bought $50 million and
			// $70 million, respectively"; not "In the second and third
			// quarters, ... 9.2% and 14.5% on a cash and straight-line
			// basis, respectively", paired with what follows
			quarters = quarterList(low[s.Start:figs[i].Start])
		}
		if quarters != nil {
			for k := i; k < j; k++ {
				f := &figs[k]
				year := periodYearOf(f.Period)
				switch {
				case len(quarters) == j-i && year > 0:
					f.Period = "Q" + strconv.Itoa(quarters[k-i]) + " " + strconv.Itoa(year)
					f.Reasons = append(f.Reasons, "period: a quarter's figure, paired by 'respectively': "+f.Period)
				default:
					f.Period = ""
					f.Reasons = append(f.Reasons, "period: one of several quarters' figures, not paired by 'respectively'")
				}
			}
		}
		i = j
	}
}

// quarterList is the quarters a list names in order, "the second, third
// and fourth quarter", "Q2, Q3 and Q4": nil unless it names two or more;
// empty when it names spans it cannot give one by one ("the first three
// quarters and the fourth quarter", "the first half and the third quarter").
func quarterList(s string) []int {
	var out []int
	quarterWord, spans := false, false
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		switch {
		case w == "quarter" || w == "quarters":
			quarterWord = true
		case w == "half" || w == "halves" || w == "year" || w == "years" || w == "months" || onesWords[w] > 0:
			spans = true
		case len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
			out = append(out, int(w[1]-'0'))
			quarterWord = true
		case text.Ordinals[w] > 0:
			out = append(out, text.Ordinals[w])
		case comparedWords[w]:
			return nil // "up 36% and 13% compared to the second quarter of 2020 and the first quarter of 2021": the bases
		}
	}
	switch {
	case !quarterWord || len(out) < 2:
		return nil // ("the fourth quarter and full year" is read where periods said with "and" are)
	case spans:
		return []int{}
	}
	return out
}

// comparedWords say that the periods after them are what figures are
// measured against.
var comparedWords = wordSet(`from compared comparison versus vs vs. over than against ago prior last`)

// listGap reports text between two figures of one list: commas, "and", and
// the sign words said with each ("positive 8%, positive 11%").
func listGap(gap string) bool {
	n, and := 0, false
	for w := range strings.FieldsFuncSeq(gap, func(r rune) bool { return r == ' ' || r == ',' }) {
		if n++; n > 3 {
			return false
		}
		switch w {
		case "and":
			and = true
		case "positive", "negative", "plus", "minus", "up", "down", "then":
		default:
			return false
		}
	}
	return and || strings.Contains(gap, ",")
}

// monthsNamed lists the months named in s by their full names, in order; "may"
// (also a verb) counts only beside another month.
func monthsNamed(s string) []string {
	var out []string
	others := 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' }) {
		if _, ok := text.Months[w]; !ok || len(w) <= 3 && w != "may" {
			continue // "mar", "dec": more often other words
		}
		out = append(out, w)
		if w != "may" {
			others++
		}
	}
	if others == 0 {
		return nil
	}
	return out
}

// plainModifiers may stand before a metric without narrowing it to a part
// of the company.
var plainModifiers = wordSet(`our the total consolidated net adjusted gross quarterly quarter first second third
	fourth q1 q2 q3 q4 fiscal year full for in record reported gaap non-gaap non company this that during
	diluted basic overall companywide company-wide group group-wide top line bottom strong solid a an
	its their core normalized operating comparable underlying economic recurring weighted average per
	share common all combined total, headline organic constant currency cash free pro forma attributable
	nareit affo ffo of to and was were is are be been reported record-breaking another also annual worldwide enterprise-wide all-time`)

// segmentNouns name a part of a company when said as the subject of a figure.
var segmentNouns = wordSet(`segment division subsidiary unit region business brand channel platform portfolio
	franchise side operations line lines segments divisions brands businesses`)

// segmentNounSaid holds segmentNouns, to find whether a text says one
// (or a word that holds one) in one pass.
var segmentNounSaid = newSubstringSet(slices.Sorted(maps.Keys(segmentNouns))...)

// costWords name lines of the accounts that are no part of the company.
var costWords = wordSet(`expense expenses cost costs d&a sg&a g&a p&l tax interest depreciation amortization revenue sales
	income margin eps`)

// pluralParts are the plural part nouns.
var pluralParts = wordSet(`lines segments divisions brands businesses`)

// wholeOfParts are words that make a plural part noun the whole company:
// "across all our business lines", "in both segments".
var wholeOfParts = wordSet(`all each every both across our total top bottom`)

// scope reads what part of the company a figure is about, or "" for the
// whole company: a clause led by "In Widgets," or "At the Widgets segment,",
// a segment named with the figure, or a word narrowing the metric
// ("utility EPS", "subscription revenue").
func (c factCtx) scope(f *Figure) string {
	why := ""
	scope := ""
	clause := lastClauseOf(c.pre)
	lead := leadPhrase(c.pre)
	if lead == "" {
		lead = leadPhrase(clause)
	}
	if lead == "" {
		// a list of parts: "...; for Widgets, $3 million to $4 million, and for Gadgets $1 million"
		n := strings.TrimLeft(c.near, " ,;")
		n = strings.TrimPrefix(n, "and ")
		if !strings.Contains(n, ",") && n != "" {
			lead = leadPhraseEnded(n, true) // (as if said with a comma after)
		} else {
			lead = leadPhrase(n)
		}
	}
	if lead == "" {
		lead = capitalLead(c.raw)
	}
	if lead == "" {
		lead = c.namedPart(c.raw)
	}
	if lead == "" {
		lead = c.partAfterFor(c.raw)
	}
	if lead == "" {
		lead = c.periodForPart(c.raw)
	}
	if lead == "" {
		lead = c.subjectPart(c.raw)
	}
	if lead == "" {
		lead = c.expectedPart(c.raw)
	}
	if lead == "" && len(c.near) <= len(c.raw) {
		lead = c.partAtOf(c.raw[len(c.raw)-len(c.near):])
	}
	if lead == "" {
		lead = termsOfName(c.raw, c.rawLow)
	}
	if lead == "" && len(c.near) <= len(c.raw) {
		lead = metricInNamedPart(c.raw[len(c.raw)-len(c.near):]) // since the figure before: not "EBITDA from our Kalamazoo project" said of another amount
	}
	if lead == "" {
		lead = subsidiaryNamed(c.raw)
	}
	if lead == "" && len(metricNames[f.Metric]) == 0 && len(c.near) <= len(c.raw) {
		lead = namedBeforeMetric(c.raw[len(c.raw)-len(c.near):]) // (metrics with names are narrowed by them)
	}
	if lead == "" {
		nearClause := lastClauseOf(c.near)
		for _, w := range []string{"company-owned", "company owned", "company-operated", "company operated", "franchised", "franchisee"} {
			if strings.Contains(nearClause, w) {
				lead = w + " stores" // "while our Company owned stores were up 6.3%": one channel's comp
				break
			}
		}
	}
	if lead != "" && c.ownName(lead) {
		lead = "" // "Fernhill Tools, in total, grew revenue": the company itself
	}
	if wholeCompanyLevel(lead) || c.ownLevel(lead) {
		lead = "" // "At the enterprise level, we delivered $0.73 of FFO per share"; "At the RTX level"
	}
	if lead = strings.TrimRight(lead, ";:"); lead != "" {
		scope, why = lead, "clause led by a part of the company"
	}
	if scope == "" && noncontrollingSaid(lastClauseOf(c.near)+" "+firstWords(trimSpacesCommas(c.after), 5)) {
		// "net income attributable to noncontrolling interests was $5.8
		// million": the minority owners' share, not the company's
		scope, why = "noncontrolling interests", "said of noncontrolling interests"
	}
	if scope == "" {
		if part := withinPart(trimSpacesCommas(c.after)); part != "" {
			scope, why = part, "figure said within a part ('within "+part+"')"
		}
	}
	if scope == "" {
		// "the Widgets segment posted revenue of", "for our legacy electric segment"
		tail := ""
		a := trimSpacesCommas(c.after)
		for _, q := range []string{"plus ", "or so ", "or more ", "or better "} { // "29% plus for this segment"
			a = strings.TrimPrefix(a, q)
		}
		if strings.HasPrefix(a, "for ") || strings.HasPrefix(a, "in ") || strings.HasPrefix(a, "at ") || strings.HasPrefix(a, "from ") {
			tail = firstWords(a, 8)
		}
		var ws []string
		near := c.near
		if i := strings.LastIndexByte(near, ';'); i >= 0 && !opensTransition(strings.TrimSpace(near[:i])) {
			// "retail unit demand to grow ...; net sales of between": the item
			// before the semicolon is another's ("Turning to the Household
			// segment; Q1 sales were up 39%" still names the part)
			near = near[i+1:]
		}
		if segmentNounSaid.in(near) || segmentNounSaid.in(tail) { // most figures' words have none: no need to split them
			ws = strings.FieldsFunc(near+" "+tail, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' })
		}
		for k, w := range ws {
			w = strings.TrimSuffix(strings.Trim(w, ".;:'\""), "'s")
			if stem, ok := strings.CutSuffix(w, "-level"); ok && segmentNouns[stem] {
				scope, why = w, "figure said at the "+w // "segment-level margins": the parts', before corporate costs
				break
			}
			if !segmentNouns[w] || k == 0 {
				continue
			}
			prev := ws[k-1]
			if (w == "line" || w == "lines") && k+1 < len(ws) && (ws[k+1] == "of" || ws[k+1] == "item" || ws[k+1] == "items") {
				continue // "clear line of sight", "the line item"
			}
			if (w == "line" || w == "lines") && (prev == "in" || prev == "on" || prev == "of" || prev == "a" || prev == "the" ||
				costWords[prev] || namesMetric(strings.Join(ws[max(0, k-2):k], " ")) != "") {
				continue // "in line with our expectations", "on the adjusted EPS line", "the expense line": a line of the accounts
			}
			if (w == "line" || pluralParts[w]) && (wholeOfParts[prev] || k >= 2 && wholeOfParts[ws[k-2]] || k >= 3 && wholeOfParts[ws[k-3]]) {
				continue // "top line", "in all of our segments", "across both business lines"
			}
			if basisLike[prev] || prev == "each" || prev == "all" || prev == "every" || prev == "both" || prev == "the" && k >= 2 && (ws[k-2] == "across" || ws[k-2] == "of") || prev == "our" || prev == "total" {
				continue
			}
			if w == "business" && (prev == "our" || prev == "the" || prev == "overall" || prev == "core" || prev == "total") {
				continue
			}
			if w == "side" && !strings.Contains(c.near, " on the ") {
				continue
			}
			if w == "operations" && (plainModifiers[prev] || verbish(prev) || prev == "continuing" || prev == "ongoing" || prev == "from" || prev == "discontinued") {
				continue
			}
			scope, why = prev+" "+w, "figure said of a "+w
			break
		}
	}
	if scope == "" {
		if part := corePart(c.raw, c.rawLow); part != "" && lastWord(c.bnear, "core") >= 0 {
			scope, why = part, "a part named '"+part+"'"
		}
	}
	if scope == "" {
		if unit := unitAt(c.pre); unit != "" {
			scope, why = unit, "said of the "+unit+" ('at the "+unit+"')"
		}
	}
	if scope == "" && c.segment {
		// "backlog remains strong at $545 million, and market conditions for
		// this segment are supportive": the sentence is about a segment
		scope, why = "segment", "the sentence speaks of a segment"
	}
	if scope == "" && (f.Metric == "revenue" || f.Metric == "") {
		if src := revenueSourceAfter(c.after); src != "" {
			scope, why = src, "revenue from a source named after the amount"
		}
	}
	if scope == "" && f.Metric != "" {
		if m := partBetween(c.near, f.Metric); m != "" {
			scope, why = m, "a part named between the metric and the figure"
		}
	}
	if scope == "" && f.Metric != "" {
		if m := narrowing(c.near, f.Metric); m != "" && !c.ownName(m) && m != "new" { // "a new EPS record": no part ("new vehicle revenue" is)
			scope, why = m, "metric narrowed by '"+m+"'"
		} else if m := narrowingOfPart(c.near, f.Metric, c.parts); m != "" {
			scope, why = m, "metric narrowed by '"+m+"', a part the turn named"
		}
	}
	if scope == "" && !strings.HasPrefix(f.Metric, "same-store") {
		if w := likeForLikeBefore(lastClauseOf(c.near), metricNames[f.Metric]); w != "" {
			scope, why = "same-store", "said of the stores open in both periods ('"+w+"')"
		}
	}
	if scope == "" {
		if part := legacyPart(clause); part != "" {
			scope, why = part, "a legacy business ('"+part+"')"
		}
	}
	if scope == "" && c.says(cueJoint|cueJV|cueUnconsolidated|cueEquity) && containsAnyOf(c.pre, "joint venture", " jv ", "unconsolidated", "equity method") {
		scope, why = "joint venture", "said of a joint venture or an unconsolidated affiliate"
	}
	if scope == "" && f.Metric != "" {
		if m := c.narrowedAtOpening(f.Metric); m != "" {
			scope, why = m, "metric narrowed by '"+m+"' where the sentence opens with it"
		}
	}
	if scope != "" {
		f.Reasons = append(f.Reasons, "scope: "+why)
	}
	return scope
}

// likeForLikeWords narrow a total to the stores (restaurants, units,
// properties) open in both periods compared: "same-store fourth quarter
// revenue totaled $5.5 billion" is not the company's revenue.
var likeForLikeWords = []string{"same-store", "same store", "same-restaurant", "same restaurant", "same-unit", "same unit",
	"comparable store", "comparable-store", "like-for-like", "same-property", "same property", "same-center", "same center"}

// likeForLikeSaid finds likeForLikeWords in one pass: most clauses say
// none, and then the metric's names need not be looked for.
var likeForLikeSaid = newSubstringSet(likeForLikeWords...)

// likeForLikeBefore is the like-for-like word said in clause before the
// last of the metric's names, or "".
func likeForLikeBefore(clause string, names []string) string {
	if !likeForLikeSaid.in(clause) {
		return ""
	}
	at := -1
	for _, nm := range names {
		at = max(at, lastWord(clause, nm))
	}
	if at <= 0 {
		return ""
	}
	for _, w := range likeForLikeWords {
		if lastWord(clause[:at], w) >= 0 {
			return w
		}
	}
	return ""
}

// legacyPart is the business a clause names as "legacy" ("the legacy
// adjusted Anixter results", "legacy Widgets sales"): one side of a merger,
// not the combined company. The words after "legacy" up to its metric or
// "results" name it; "" when the clause says no "legacy".
func legacyPart(clause string) string {
	i := strings.Index(clause, "legacy ")
	if i < 0 || i > 0 && isWordByte(clause[i-1]) {
		return ""
	}
	var part []string
	for _, w := range strings.Fields(clause[i+len("legacy "):]) {
		w = strings.Trim(w, ".,;:")
		if basisLike[w] {
			continue
		}
		if w == "" || w == "results" || w == "business" || namesMetric(w) != "" || verbish(w) || ofStop[w] || len(part) == 3 {
			break
		}
		part = append(part, w)
	}
	if len(part) == 0 {
		return ""
	}
	return "legacy " + strings.Join(part, " ")
}

// leadFillers are trimmed, in this order, from a clause before its lead
// phrase is read ("And then in Widgets,"); leadOpeners open the phrase.
var (
	leadFillers = newOpenings("and ", "so ", "now ", "just ", "finally ", "then ", "next, ", "finally, ", "so, ", "now, ",
		"lastly, ", "also, ", "additionally, ", "first, ", "second, ", "third, ", "and then ", "likewise, ", "similarly, ", "overall, ")
	leadOpeners = newOpenings("in ", "at ", "within ", "for ", "on the ", "across ", "turning to ", "moving to ", "looking at ",
		"looking to ", "starting with ", "beginning with ", "as for ", "regarding ", "with respect to ", "a little color on ", "color on ")
)

// leadPhrase is the part of the company that leads a clause: "In Widgets,"
// "At Aerospace & Electronics," "Within the North America segment," "On the
// agency side,"; "" for a period ("In the third quarter,") or a plain
// phrase ("In total,").
func leadPhrase(s string) string {
	return leadPhraseEnded(s, false)
}

// leadPhraseEnded is leadPhrase(s), or when ended (s has no comma)
// leadPhrase of s trimmed with a comma after it, without building that.
func leadPhraseEnded(s string, ended bool) string {
	if !ended && strings.IndexByte(s, ',') < 0 {
		return "" // the phrase ends at a comma: most clauses before a figure have none
	}
	s = strings.TrimSpace(s)
	for _, p := range leadFillers.words {
		if !leadFillers.opens(s) {
			break // (most clauses: no filler, and none after the one trimmed)
		}
		if s[0] == p[0] { // (a byte's test before the comparison: most words start otherwise)
			s = strings.TrimPrefix(s, p)
		}
	}
	var rest string
	for _, p := range leadOpeners.orNone(s) {
		if s[0] == p[0] && strings.HasPrefix(s, p) {
			rest = s[len(p):]
			break
		}
	}
	if rest == "" {
		return ""
	}
	i := strings.IndexByte(rest, ',')
	if ended {
		i = len(rest) // where the comma would be
	}
	if i <= 0 || i > 50 {
		return ""
	}
	phrase := cutPeriodTail(rest[:i])
	for _, where := range []string{" on slide", " on page"} {
		if j := strings.Index(phrase, where); j > 0 {
			phrase = phrase[:j] // "Now turning to Polymers on Slide 7, net sales were": the part, not where it is shown
		}
	}
	if j := strings.Index(phrase, " on a "); j > 0 && strings.HasSuffix(phrase, " basis") {
		phrase = phrase[:j] // "domestic coke on a full year basis"
	}
	if strings.TrimSpace(phrase) == "" {
		return "" // no word
	}
	if len(text.FindPeriods(phrase)) > 0 || namesMetric(phrase) != "" {
		return ""
	}
	for w := range strings.FieldsSeq(phrase) {
		switch w {
		case "quarter", "year", "period", "months", "half", "summary", "total", "addition", "conclusion", "short",
			"general", "particular", "fact", "turn", "terms", "aggregate", "sum", "comparison", "contrast", "closing",
			"light", "order", "other", "response", "respect", "regards", "regard", "instance", "example", "context",
			"company", "consolidated", "overall", "all", "today", "time", "now", "line", "words", "meantime", "result",
			"the end", "end", "basis", "fiscal", "'20", "'21", "'19", "'22", "ytd", "year-to-date", "q1", "q2", "q3", "q4",
			"slide", "page", "guidance", "outlook", "reference", "perspective", "context,", "january", "february",
			"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "first",
			"second", "third", "fourth", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "this", "that",
			"these", "those", "it", "us", "me", "which", "both", "each", "balance", "results", "financials", "expenses",
			"costs", "capital", "statement", "p&l", "income", "cash", "details", "detail", "numbers", "remarks", "call",
			"quarterly", "annual", "guide", "dividend", "share", "shares", "we", "i", "you", "my", "them", "here", "view",
			"opinion", "case", "experience", "mind", "minds", "operations", "items", "performance", "highlights", "overview", "review", "discussion", "questions", "q&a", "opinion,", "view,", "words,", "summary,",
			"there", "what", "how", "why", "when", "where", "if", "as", "addition,", "future", "past", "recent", "last",
			"currency", "currencies", "dollars", "dollar", "constant-currency", "local-currency", // "up 3% in constant currency to $681 million": how a change was measured
			"worldwide", "companywide", "company-wide", "enterprise-wide": // the whole company
			return ""
		}
		if w[0] >= '0' && w[0] <= '9' {
			return ""
		}
	}
	return phrase
}

// revenueSourceAfter is the source an amount of revenue is said to come
// from right after it ("$1,875 million from subscription and license
// revenue": "subscription and license"), or "".
func revenueSourceAfter(after string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(after), "from ")
	if !ok {
		return ""
	}
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k <= 6; k++ {
		w := strings.Trim(ws[k], ".,;:")
		if w == "revenue" || w == "revenues" || w == "sales" {
			src := strings.Join(ws[:k], " ")
			src = strings.TrimPrefix(strings.TrimPrefix(src, "our "), "the ")
			if src == "" || wholeOfParts[src] || src == "total" || src == "net" {
				return ""
			}
			return src
		}
		if strings.ContainsAny(ws[k], ".,;:") {
			return ""
		}
	}
	return ""
}

// capitalLead is a name that leads a sentence before a comma, said in
// capitals ("Process Flow Technologies, sales of", "BPS, our smallest
// layer, generated"), or a legacy company ("Legacy Widgets adjusted EPS").
func capitalLead(raw string) string {
	raw = strings.TrimSpace(raw)
	if rest, ok := strings.CutPrefix(raw, "Legacy "); ok {
		ws := strings.Fields(rest)
		if len(ws) > 0 && ws[0][0] >= 'A' && ws[0][0] <= 'Z' {
			return "legacy " + strings.ToLower(strings.Trim(ws[0], ",."))
		}
	}
	i := strings.IndexByte(raw, ',')
	if i <= 0 || i > 45 {
		return ""
	}
	var buf [8]string
	ws := fieldsOf(raw[:i], buf[:])
	caps := 0
	for _, w := range ws {
		switch {
		case w == "&" || w == "and" || w == "of":
		case w[0] >= 'A' && w[0] <= 'Z':
			caps++
		default:
			return ""
		}
	}
	phrase := strings.ToLower(raw[:i])
	if caps == 0 || len(ws) > 5 || namesMetric(phrase) != "" || len(text.FindPeriods(phrase)) > 0 || leadStop[strings.ToLower(ws[0])] {
		return ""
	}
	if len(ws) == 1 && (ws[0] != strings.ToUpper(ws[0]) || len(ws[0]) < 2) {
		return "" // one word: only an acronym ("BPS"), not "Overall" or "Finally"
	}
	return phrase
}

// namedPart is a part of the company named by its own name before the
// metric: "Roto-Rooter, generated quarterly revenue of", "the Flight
// Support Group's operating margin". Only with the company's name known,
// which it must not be ("Acme's revenue" is the company's).
func (c factCtx) namedPart(raw string) string {
	if c.company == "" || !firstFieldEnds(raw, ",") && !strings.Contains(raw, "'s") && !strings.Contains(raw, "s'") {
		return "" // no name before a comma, no possessive: no words to split
	}
	ws := strings.Fields(strings.TrimSpace(raw))
	var name []string
	if len(ws) > 1 && strings.HasSuffix(ws[0], ",") && properName(strings.TrimSuffix(ws[0], ",")) &&
		namesMetric(strings.ToLower(strings.Join(ws[1:min(len(ws), 5)], " "))) != "" {
		name = []string{strings.TrimSuffix(ws[0], ",")} // "Roto-Rooter, generated revenue of"
	}
	for k, w := range ws {
		n, ok := strings.CutSuffix(w, "'s")
		if !ok && len(w) > 2 && strings.HasSuffix(w, "s'") && w[0] >= 'A' && w[0] <= 'Z' {
			n, ok = strings.TrimSuffix(w, "'"), true // "Technology Solutions' gross margin"
		}
		if !ok || name != nil || namesMetric(strings.ToLower(strings.Join(ws[k+1:min(len(ws), k+5)], " "))) == "" {
			continue
		}
		for j := k; j >= 0 && ws[j][0] >= 'A' && ws[j][0] <= 'Z'; j-- { // the capitalised run: "Flight Support Group's"
			name = append([]string{strings.TrimSuffix(strings.TrimSuffix(ws[j], "'s"), "'")}, name...)
		}
		if len(name) == 1 && !properName(n) && genericOwner[strings.ToLower(n)] {
			name = nil // "the Company's revenue"
		}
	}
	if name == nil {
		return ""
	}
	for len(name) > 1 && determiners[strings.ToLower(name[0])] {
		name = name[1:] // "The Flight Support Group's"
	}
	part := strings.ToLower(strings.Join(name, " "))
	if leadStop[strings.Fields(part)[0]] || c.ownName(part) || len(text.FindPeriods(part)) > 0 || namesMetric(part) != "" {
		return ""
	}
	return part
}

// partAfterFor is a part named by its own name right after a metric and
// "for": "Full-year adjusted EBITDA margin for VITAS, prior to Medicare
// Cap, is estimated to be 18.7% to 19%". Not a period ("for Q4", "for
// Fiscal 2022"), the company's own name, nor "for the company".
func (c factCtx) partAfterFor(raw string) string {
	if c.company == "" {
		return ""
	}
	i := lastIndex(raw, " for ")
	if i <= 0 {
		return ""
	}
	var buf [4]string
	before := fieldsOf(text.LastWords(strings.ToLower(raw[:i]), 4), buf[:])
	if len(before) == 0 || !metricHeads[before[len(before)-1]] {
		return "" // the metric right before "for": not "margin normalized for PPP"
	}
	metric := false
	for k := range before {
		if namesMetric(strings.Join(before[k:], " ")) != "" {
			metric = true
			break
		}
	}
	name := strings.TrimRight(firstWords(raw[i+len(" for "):], 1), ",;:")
	if !metric || !properName(name) || strings.ContainsAny(name, ".&'") {
		return "" // (not "U.S.", the first word of a longer name)
	}
	low := strings.ToLower(name)
	if leadStop[low] || determiners[low] || text.Months[low] > 0 || len(text.FindPeriods(low)) > 0 || c.ownName(name) ||
		namesMetric(low) != "" || basisLike[low] || strings.ContainsAny(low, "0123456789") {
		return ""
	}
	return low
}

// lastCapitals is the run of words in capitals that s ends with
// ("Let me now turn to Energy Resources": "Energy Resources"), or "".
func lastCapitals(s string) string {
	ws := strings.Fields(s)
	k := len(ws)
	for k > 0 && ws[k-1] != "" && (ws[k-1][0] >= 'A' && ws[k-1][0] <= 'Z' || ws[k-1] == "&" || ws[k-1] == "and" && k < len(ws)) && len(ws)-k < 4 {
		k--
	}
	for k < len(ws) && (ws[k] == "and" || ws[k] == "&") {
		k++
	}
	return strings.Join(ws[k:], " ")
}

// periodForPart is the part a sentence names as the subject of a period
// ("First quarter for the U.S. was strong with comparable sales growth of
// 4.5%", "results for our Europe segment were"), or "": a name in capitals
// after "quarter|year|half|results for the|our", not the company's own.
func (c factCtx) periodForPart(raw string) string {
	i := firstIndex(raw, " for the ")
	n := len(" for the ")
	if j := firstIndex(raw, " for our "); j >= 0 && (i < 0 || j < i) {
		i, n = j, len(" for our ")
	}
	if i <= 0 {
		return ""
	}
	switch strings.ToLower(text.LastWords(raw[:i], 1)) {
	case "quarter", "year", "half", "results", "performance":
	default:
		return ""
	}
	var name []string
	for _, w := range strings.Fields(raw[i+n:]) {
		if w == "was" || w == "were" || len(name) == 4 {
			break
		}
		end := strings.TrimRight(w, ",;:")
		if end == "" || end[0] < 'A' || end[0] > 'Z' {
			return "" // a name in capitals throughout, then its verb
		}
		name = append(name, end)
		if end != w {
			break
		}
	}
	if len(name) == 0 {
		return ""
	}
	return c.partNamed(strings.Join(name, " "))
}

// partNamed is a name said in capitals, lower-cased, when it can name a
// part of the company, or "": not the company's own name or ticker, a
// generic owner ("Company"), a lead word, a month, a period, a metric or
// a basis.
func (c factCtx) partNamed(name string) string {
	low := strings.ToLower(name)
	first, _, _ := strings.Cut(low, " ")
	if c.ownName(name) || genericOwner[low] || leadStop[first] || text.Months[first] > 0 || len(text.FindPeriods(low)) > 0 ||
		namesMetric(low) != "" || basisLike[low] {
		return ""
	}
	return low
}

// metricHeads are the last words of the metric names a part's name may
// follow with "for".
var metricHeads = wordSet(`margin margins revenue revenues sales income ebitda earnings profit backlog bookings orders`)

// subjectPart is a part of the company that is the subject of the
// figure's own verb, said by its name: "Engineered Products is expected to
// grow 3% to 5%", "Water Solutions grew 8%". Said of the whole company the
// name is the company's ("Acme is expected to grow 4%") or a metric
// ("Revenue grew 8%"): those are not parts.
func (c factCtx) subjectPart(raw string) string {
	if c.company == "" || raw == "" || raw[0] < 'A' || raw[0] > 'Z' {
		return ""
	}
	for _, verb := range selfVerbSet.orNone(selfVerbs, raw) { // most sentences say none: one pass finds that
		name, rest, ok := strings.Cut(raw, verb)
		if !ok || !allIn(strings.Fields(rest), growthTail) {
			continue
		}
		ws := strings.Fields(name)
		// (capitalName turns away a metric, a period and a leadStop word first)
		if len(ws) < 2 || !capitalName(name) || strings.Contains(name, ",") || subjectStop[strings.ToLower(ws[0])] || basisLike[strings.ToLower(ws[0])] {
			return "" // one word is too often a driver or a pronoun ("Volume was up 10%", "They grew 5%")
		}
		part := strings.ToLower(strings.TrimPrefix(name, "The "))
		if genericOwner[part] || c.ownName(part) {
			return ""
		}
		return part
	}
	return c.reportingPart(raw)
}

// partAtOf is the part named in capitals between "at" and "of" right
// before a figure ("we expect growth at Walmart U.S. of at least 2%"), or
// "": not the company's own name, a month or a period.
func (c factCtx) partAtOf(rawNear string) string {
	rest, ok := strings.CutSuffix(strings.TrimRight(rawNear, " "), " of")
	if !ok {
		return ""
	}
	i := lastIndex(rest, " at ")
	if i < 0 {
		return ""
	}
	name := strings.TrimSpace(rest[i+len(" at "):])
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
	}
	return c.partNamed(name)
}

// expectedPart is a part named by an acronym that the clause expects to
// grow ("we expect GTO to grow within our 5% to 7% range"), or "": in
// capitals throughout, not a metric's acronym (EPS, FFO) nor the
// company's own name or ticker.
func (c factCtx) expectedPart(raw string) string {
	for _, verb := range []string{" to grow ", " to increase ", " to decline "} {
		i := lastIndex(raw, verb)
		if i < 0 {
			continue
		}
		before := raw[:i]
		k := strings.LastIndexByte(before, ' ')
		name := before[k+1:]
		if lead := strings.TrimSpace(before[:max(k, 0)]); !strings.HasSuffix(lead, "expect") && !strings.HasSuffix(lead, "expects") {
			continue
		}
		if len(name) < 2 || len(name) > 5 || strings.ToUpper(name) != name || strings.ToLower(name) == name {
			return ""
		}
		return c.partNamed(name)
	}
	return ""
}

// reportingVerbs report a result of their subject, named before the metric
// and its amount: "FPL reported net income of".
var reportingVerbs = []string{" reported ", " delivered ", " generated ", " posted ", " recorded ", " achieved "}

// reportingVerbSet holds reportingVerbs, asked of every figure without a
// part: most sentences say none, found in one pass.
var reportingVerbSet = newSubstringSet(reportingVerbs...)

// reportingPart is the part of the company, named in capitals, that a
// clause says reported the figure's metric ("For the quarter, FPL reported
// net income of", "Walmart U.S. delivered comp sales growth of"), or "":
// not the company itself, nor a word that names no part ("The Company").
// One word is a part only in capitals throughout ("FPL"): "Volume" is not.
func (c factCtx) reportingPart(raw string) string {
	for _, verb := range reportingVerbSet.orNone(reportingVerbs, raw) {
		i := lastIndex(raw, verb)
		if i < 0 {
			continue
		}
		rest := strings.TrimSpace(strings.ToLower(raw[i+len(verb):]))
		if !strings.HasSuffix(rest, " of") || namesMetric(rest) == "" {
			continue
		}
		name := raw[:i]
		if before, ok := strings.CutSuffix(name, ", which"); ok {
			// "Let me now turn to Energy Resources, which reported": the name
			// the relative clause is of
			name = lastCapitals(before)
		}
		if j := strings.LastIndexAny(name, ",;:"); j >= 0 {
			name = name[j+1:]
		}
		name = strings.TrimSpace(name)
		ws := strings.Fields(name)
		if len(ws) == 0 || !capitalName(name) || subjectStop[strings.ToLower(ws[0])] || basisLike[strings.ToLower(ws[0])] ||
			len(ws) == 1 && (len(ws[0]) < 2 || strings.ToUpper(ws[0]) != ws[0]) {
			return ""
		}
		part := strings.ToLower(strings.TrimPrefix(name, "The "))
		if genericOwner[part] || c.ownName(part) {
			return ""
		}
		return part
	}
	return ""
}

// selfVerbs say of their subject that it grew or will grow, with the
// figure right after them (or after growthTail).
var selfVerbs = []string{" is expected to grow ", " are expected to grow ", " is expected to increase ", " are expected to increase ",
	" is expected to decline ", " are expected to decline ", " is forecast to grow ", " should grow ", " will grow ", " grew ",
	" was up ", " were up ", " was down ", " were down "}

// selfVerbSet holds selfVerbs, looked for before every figure whose
// sentence opens with a capital.
var selfVerbSet = newSubstringSet(selfVerbs...)

// subjectStop are words that open a clause without naming a part.
var subjectStop = wordSet(`and or but while whereas your their they all both each every some something same-store comparable`)

// allIn reports whether every word is in set (true for none).
func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

// growthTail are the words that may stand between a selfVerb and the
// figure: "grew organically by 8%", "grew at a comp of 17%".
var growthTail = wordSet(`by organically about approximately roughly around nearly at a an comp rate of`)

// firstFieldEnds reports whether the first of strings.Fields(s) ends with
// suffix.
func firstFieldEnds(s, suffix string) bool {
	for w := range strings.FieldsSeq(s) {
		return strings.HasSuffix(w, suffix)
	}
	return false
}

// genericOwner are nouns that own a figure without naming a part.
var genericOwner = wordSet(`company corporation group business firm bank partnership trust fund management board team`)

// properName reports a word that can only be a name: hyphenated between
// capitals ("Roto-Rooter") or with a capital inside ("PetSmart", "VITAS").
func properName(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// ownName reports a name that is the company's own (OwnName) or its
// ticker ("WAL reported").
func (c factCtx) ownName(name string) bool { return ownNameOf(name, c.company, c.ticker) }

// ownNameOf reports a name that is the company's (company, ticker: either
// may be "") own name or ticker.
func ownNameOf(name, company, ticker string) bool {
	return name != "" && (company != "" && OwnName(name, company) || ticker != "" && strings.EqualFold(strings.TrimSpace(name), ticker))
}

// ownLevel reports "the <company> level": the company's own name said as
// a level of reporting ("At the RTX level, we expect sales of ..."), the
// whole company, as "the enterprise level" is.
func (c factCtx) ownLevel(lead string) bool {
	name, ok := strings.CutSuffix(lead, " level")
	if !ok {
		return false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(name, "at "), "the ")
	return c.ownName(name)
}

// OwnName reports a name that is the company's own: a word of its name,
// or its initials ("WWE" of World Wrestling Entertainment).
func OwnName(name, company string) bool {
	n, co := lettersOnly(name), lettersOnly(company)
	if n == "" || co == "" {
		return false
	}
	if strings.Contains(" "+co+" ", " "+n+" ") {
		return true // whole words: not "Acme Aviation" of Acme (a part named after it), nor "it" of "Bankunited"
	}
	initials, short := "", "" // "rgoa" and "rga" of Reinsurance Group of America
	for _, w := range strings.Fields(co) {
		initials += w[:1]
		if w != "of" && w != "and" && w != "the" {
			short += w[:1]
		}
	}
	n = strings.ReplaceAll(n, " ", "") // "J&J" of Johnson & Johnson
	return n == initials || n == short
}

// ownPossessive reports a text that says the company's own name in the
// possessive of a result ("RPC's third quarter revenues increased",
// "Acme's $137 million of operating income"): it speaks of the whole
// company, whatever part the speaker was talking about. Not of a part
// ("WWE's consumer products segment", "Smucker's Uncrustables").
func ownPossessive(raw, company string) bool {
	for rest := raw; ; {
		i := strings.Index(rest, "'s ")
		if j := strings.Index(rest, "’s "); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			return false
		}
		w := rest[:i]
		if k := strings.LastIndexByte(w, ' '); k >= 0 {
			w = w[k+1:]
		}
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && OwnName(w, company) && ownResultAfter(strings.ToLower(rest[i+3:])) {
			return true
		}
		rest = rest[i+1:]
	}
}

// ownResultAfter reports words after a company's possessive that name a
// result of it: the figure itself, a period, a total or a metric.
func ownResultAfter(low string) bool {
	low = strings.TrimPrefix(low, "own ")
	return strings.TrimSpace(low) == "" || low[0] == '$' || periodFirst(low) ||
		hasAnyPrefix(low, "quarterly ", "annual ", "total ", "consolidated ", "overall ") || namesMetric(firstWords(low, 4)) != ""
}

// periodFirst reports words that open with a period or a year ("third
// quarter revenues", "2021 results"), read by the text layer.
func periodFirst(low string) bool {
	ps, ys := text.FindPeriodsAndYears(firstWords(low, 5))
	return len(ps) > 0 && ps[0].Start == 0 || len(ys) > 0 && ys[0].Start == 0
}

// lettersOnly is s in lower case with its punctuation dropped and its
// words single-spaced, so that "F.N.B." said in a sentence is the company
// "F.N.B" or "FNB", and "Acme's" is Acme.
func lettersOnly(s string) string {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s"))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '-':
			space = true
		}
	}
	return b.String()
}

// leadStop are words that open a sentence without naming a part.
var leadStop = wordSet(`overall finally additionally so now again turning moving next first second third lastly also
	importantly similarly likewise meanwhile specifically looking excluding including as on at in for yes no well okay
	thank thanks good great sure ladies operator today here there this that these those our we i you it gaap non-gaap
	however then again, q1 q2 q3 q4 fy ytd january february march april may june july august september october november
	december mr ms dr hi hello`)

// narrowing is a word before the metric's name that makes it a part
// ("utility EPS", "subscription revenue", "COVID response revenue").
func narrowing(near, metric string) string {
	return narrowingBy(near, metric, metricNames[metric])
}

// narrowedAtOpening is the word narrowing the metric that a sentence
// opens with as a topic of its own, before a comma, when the figure's own
// words name no metric ("Total service revenues, we have increased our
// midpoint by $25 million to a range of $3.05 billion to $3.15 billion"):
// the part of the metric the sentence is about, or "".
func (c factCtx) narrowedAtOpening(metric string) string {
	opening, _, ok := strings.Cut(c.pre, ",")
	if !ok || len(opening) > 60 || namesMetric(c.near) != "" || digitOrSignSaid(opening) || len(text.FindPeriods(opening)) > 0 {
		return ""
	}
	for w := range strings.FieldsSeq(opening) {
		if verbish(w) && w != "total" && w != "our" {
			return "" // a clause of its own ("Segment sales were"), not a topic said alone
		}
	}
	if m := narrowing(opening+" ", metric); m != "" && !c.ownName(m) && namesMetric(opening) == metric {
		return m
	}
	return ""
}

// narrowingOfPart is the part of parts (those the turn turned to) that
// words before the metric name, for metrics metricNames leaves out ("our
// Motorhome backlog" after the turn reviewed the motorhome segment): their
// modifiers often say a kind ("fixed rate charter backlog"), so only a
// part already named counts.
func narrowingOfPart(near, metric string, parts []string) string {
	m, ok := MetricInfo(metric)
	if !ok || len(metricNames[metric]) > 0 || len(parts) == 0 {
		return ""
	}
	n := narrowingBy(near, metric, m.Phrases)
	if n == "" {
		return ""
	}
	for _, p := range parts {
		if p == n || strings.HasSuffix(p, " "+n) || strings.Contains(p, " "+n+" ") || strings.HasPrefix(p, n+" ") {
			return n
		}
	}
	return ""
}

// narrowingBy is narrowing given the metric's names.
func narrowingBy(near, metric string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	best := -1
	for _, nm := range names {
		if i := lastWord(near, nm); i > best {
			best = i
		}
	}
	if best <= 0 {
		return ""
	}
	ws := strings.FieldsFunc(near[:best], func(r rune) bool { return r == ' ' || r == '(' || r == ')' })
	var part []string
	for k := len(ws) - 1; k >= 0 && len(part) < 2; k-- {
		w := ws[k]
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") {
			break
		}
		if len(part) == 0 && basisLike[w] {
			continue // "utility adjusted EPS"
		}
		if len(part) == 0 && k > 0 && (w == "quarter" || w == "year") && periodOrdinals[ws[k-1]] && !perShareName(metric) {
			// (per-share results are the company's: "Acme third quarter EPS")
			k-- // "North America third quarter adjusted operating margin"
			continue
		}
		if strings.Contains(w, "-") && !plainModifiers[w] && !notParts[w] {
			if !hyphenedPart(w) && !relatedKind(w) {
				break
			}
			part = append([]string{w}, part...) // "fee-based", "e-commerce": whatever its last letters
			continue
		}
		if w == "level" && len(part) == 0 && k > 0 && unitLevel(ws[k-1]) {
			// "property level operating income", "store level EBITDA": each
			// property's or store's, before the company's own costs
			part = []string{ws[k-1], w}
			break
		}
		if w == "building" && len(part) == 0 && k > 0 && !verbish(ws[k-1]) && !buildingDoer[ws[k-1]] && !strings.Contains(ws[k-1], "'") {
			// "our fee building revenue", "home building gross margin": a
			// line of business said in two words ("are building revenue" is not)
			part = []string{ws[k-1], w}
			break
		}
		if w == "core" && len(part) > 0 && !basisLike[part[0]] {
			part = append([]string{w}, part...) // "Core Laundry revenue": the part's own name
			break
		}
		if plainModifiers[w] || notParts[w] || excludedItems[w] || text.Months[w] > 0 || w[0] >= '0' && w[0] <= '9' || strings.Contains(w, "'") || verbish(w) ||
			strings.HasSuffix(w, "ing") && !businessGerunds[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
			break
		}
		part = append([]string{w}, part...)
	}
	return strings.Join(part, " ")
}

// wholeCompanyLevel reports a lead that names the level of the whole
// company ("the enterprise level", "a consolidated level"), not a part.
func wholeCompanyLevel(lead string) bool {
	return strings.HasSuffix(lead, " level") &&
		(wholeCompanySentence.in(lead) || containsWordOf(lead, "enterprise", "company", "total", "overall"))
}

// saysWholeCompanyLevel reports a text that says "at the enterprise
// level" or the like before a figure.
func saysWholeCompanyLevel(pre string) bool {
	for rest := pre; ; {
		i := strings.Index(rest, " level")
		if i < 0 {
			return false
		}
		if wholeCompanyLevel(text.LastWords(rest[:i+len(" level")], 3)) {
			return true
		}
		rest = rest[i+len(" level"):]
	}
}

// sinceSaid is "since ..." in s when it marks the start of a total
// ("since 2009", "since inception"), or "": not after a superlative or a
// first ("the highest since 2015", "for the first time since 2019").
func sinceSaid(s string) string {
	i := strings.Index(s, "since ")
	if i < 0 || i > 0 && isWordByte(s[i-1]) {
		return ""
	}
	before := text.LastWords(s[:i], 4)
	if containsWordOf(before, "highest", "lowest", "best", "strongest", "largest", "biggest", "most", "first", "fastest",
		"greatest", "record", "since", "ever", "weakest", "worst", "least", "smallest", "quarter") {
		return ""
	}
	rest := s[i+len("since "):]
	w := firstWords(rest, 1)
	// (a gerund right after it names an event: "since returning to our
	// capital allocation strategy"; a reason has a subject of its own)
	if !(len(w) >= 4 && isDigit(w[0]) && isDigit(w[1]) || text.Months[strings.Trim(w, ",.")] > 0 || len(w) > 5 && strings.HasSuffix(w, "ing") ||
		hasAnyPrefix(rest, "inception", "the beginning", "the start", "the end of", "then", "that time", "that point", "launch",
			"the launch", "our ipo", "the ipo", "the spin", "the merger", "the acquisition", "the close", "we began", "we started",
			"we launched", "our founding", "the program", "last year", "the first quarter", "the second quarter", "the third quarter",
			"the fourth quarter", "early ", "mid-", "late ")) {
		return "" // "since demand was strong": a reason, not a start
	}
	return "since " + firstWords(rest, 2)
}

// resultVerbs open a clause that states a result: "and delivered adjusted
// EPS of $1.03" after "we partially offset the margin decline".
var resultVerbs = []string{"delivered", "reported", "generated", "posted", "achieved", "recorded", "earned", "produced"}

// resultAfter reports words after an effect's cue that start a new,
// coordinated clause stating a result: the effect word is that of the
// first clause, not the figure's.
func resultAfter(s string) bool {
	for _, v := range resultVerbs {
		if strings.Contains(s, " and "+v+" ") || strings.Contains(s, " and we "+v+" ") {
			return true
		}
	}
	// "a $25 million reversal of provision for credit losses resulted in
	// adjusted net income of $179 million": the effect's result
	return containsAnyOf(s, " resulted in ", " resulting in ", " results in ", " led to ")
}

// unreadRangeStart reports words before a figure that end "<number> to"
// where the number was no figure read ("in a range of 1.0-8 to $1.2
// billion", a garbled start): the figure is the end of a range whose
// start is unknown, not a level. near2 is the last two words before it.
func unreadRangeStart(near2 string) bool {
	w, last, ok := strings.Cut(near2, " ")
	if !ok || last != "to" {
		return false
	}
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.ContainsAny(w, "-/")
}

// correctionCues are what a speaker says right after a slip of the tongue.
var correctionCues = []string{"i'm sorry", "i am sorry", "i mean,", "excuse me", "correction", "let me correct"}

// correctionCueSet holds correctionCues, asked of the rest of every figure's sentence.
var correctionCueSet = newSubstringSet(correctionCues...)

// correctedAfter reports a figure the speaker corrects later in the
// sentence: a correction cue follows it with at most the replacing amount
// between them ("$3.59 -- $3.95, excuse me"). With two amounts between, the
// cue corrects the later one ("EPS was $3.93, and excluding charges 3.95%
// -- $3.95, excuse me": $3.93 stands).
func correctedAfter(post string) bool {
	cue := -1
	for _, w := range correctionCueSet.orNone(correctionCues, post) { // most text says none: one pass finds that
		if i := strings.Index(post, w); i >= 0 && (cue < 0 || i < cue) {
			cue = i
		}
	}
	if cue < 0 {
		return false
	}
	amounts := 0
	for _, w := range strings.Fields(post[:cue]) {
		if strings.ContainsAny(w, "0123456789") {
			amounts++
		}
	}
	return amounts <= 1
}

// hyphenedPart reports a hyphened word that can name a part of a business
// ("off-premise", "e-commerce"), unlike a period or a basis ("year-over-year",
// "third-quarter", "non-gaap", "two-year").
func hyphenedPart(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if p == "" || plainModifiers[p] || periodOrdinals[p] || p[0] >= '0' && p[0] <= '9' || text.Months[p] > 0 || onesWords[p] > 0 || tensWords[p] > 0 {
			return false
		}
		switch p {
		case "year", "years", "quarter", "month", "week", "over", "half", "day", "like", "same", "date", "end",
			"tax", "after", "pre", "post", "time", "run", "rate", "per", "high", "low", "all", "ex", "un",
			"term", "digit", "digits", "normal", "normalized", "driven", "related", "adjusted", "weighted", "than", "expected":
			return false
		}
	}
	return true
}

// relatedKind reports a word that, before a metric, names the kind of it
// that has to do with something ("$25 million of COVID-related revenues",
// "hurricane-related sales"): a share of the metric, not the company's.
func relatedKind(w string) bool {
	thing, ok := strings.CutSuffix(w, "-related")
	return ok && !strings.Contains(thing, "-") && hyphenedPart(thing)
}

// unitLevel reports a word that, before "level", names the units a
// company is made of ("property", "store", "hotel"), not a degree ("high
// level", "peak level", "2019 level").
func unitLevel(w string) bool {
	switch w {
	case "peak", "similar", "current", "prior", "historical", "historic", "elevated", "peer", "industry", "market":
		return false
	}
	return !notParts[w] && !verbish(w) && hyphenedPart(w+"-level")
}

// businessGerunds are -ing nouns that name a line of business, so a part
// of a company in more than one ("our homebuilding gross margin", "mortgage
// banking revenue"), unlike the participles narrowing stops at.
var businessGerunds = wordSet(`homebuilding banking lending trucking shipping mining publishing advertising consulting
	manufacturing retailing wholesaling engineering processing packaging servicing printing gaming drilling refining
	underwriting contracting leasing housing`)

// buildingDoer are words before "building" that make it a verb ("we are
// building revenue"), not a line of business ("fee building").
var buildingDoer = wordSet(`are is am was were be been being keep keeps kept continue continues continued start starts
	started begin begins began you us them steadily really`)

// perShareName reports a per-share metric.
func perShareName(metric string) bool {
	return strings.Contains(metric, "eps") || strings.Contains(metric, "per share")
}

// periodOrdinals name which quarter or year a period word is.
var periodOrdinals = wordSet(`first second third fourth full`)

// basisLike words may stand between a part's name and its metric.
var basisLike = wordSet(`adjusted non-gaap gaap diluted basic net total core normalized operating reported comparable ongoing`)

// excludedItems are what an adjusted measure leaves out, said before it:
// "excluding integration costs adjusted EPS was" names no part.
var excludedItems = wordSet(`cost costs expense expenses charge charges items item impairment impairments`)

// notParts are nouns said before a metric that do not name a part of the
// company.
var notParts = wordSet(`midpoint performance forecast growth guidance results result range level basis headline
	quarter year month period half guide outlook target estimate consensus expectations expectation record
	strong solid double digit mid high low single total company consolidated positive negative
	largest highest biggest greatest best strongest lowest smallest weakest worst`)

// verbish reports words that end a noun phrase going left: verbs and
// prepositions that a metric's modifiers never are.
func verbish(w string) bool {
	switch w {
	case "we", "i", "they", "it", "had", "have", "has", "generated", "delivered", "posted", "reported", "achieved",
		"produced", "recorded", "with", "by", "from", "as", "at", "on", "into", "while", "when", "where", "which",
		"than", "over", "under", "up", "down", "increased", "decreased", "grew", "rose", "fell", "declined", "saw",
		"see", "expect", "expects", "expected", "anticipate", "reaching", "reached", "drove", "driving", "see,", "so",
		"then", "now", "here", "there", "but", "or", "because", "since", "after", "before", "between", "about",
		"approximately", "roughly", "around", "nearly", "almost", "within", "including", "excluding", "led",
		"both", "each", "higher", "lower", "better", "worse", "strong", "record", "very", "quarter's", "year's",
		"company's", "total", "what", "how", "guidance", "outlook", "range", "target", "level", "levels", "our",
		"raise", "raising", "raised", "lowering", "lowered", "updating", "updated", "maintain", "maintaining",
		"reaffirm", "reaffirming", "narrowing", "narrowed", "increasing", "reiterating", "issued", "issue",
		"providing", "provide", "initiating", "introduce", "introducing", "deliver", "remain", "remains",
		"project", "projecting", "forecast", "forecasting", "estimate", "estimating", "plan", "planning", "budget", "budgeting",
		"announce", "report", "post", "generate", "achieve", "produce", "earn", "drive", "grow", "increase", "contribute",
		"reflects", "include", "includes", "mention", "highlight", "highlights": // "pleased to announce net income of", "items I'll mention include revenue of"
		return true
	}
	return false
}

// effectWords say that a figure is the effect of something on a result
// rather than the result: "an impact of $0.02", "contributed another
// $0.08". effectWordSet finds them in one pass.
var effectWords = []string{"impact", "headwind", "tailwind", "benefit", "contribut", "dilution", "dilutive", "accret",
	"effect of", "affected", "charge of", "charges of", "gain of", "adjusted by", "adjusted items", "offset", "loss on ", "gain on ",
	"reversal of", "adjustments of", "adjustment of",
	"loss from the sale", "gain from the sale"}

var effectWordSet = newSubstringSet(effectWords...)

// previousWords say that a figure is one superseded (an earlier range) or
// compared with (last year's, the Street's): "from our prior guidance of".
// previousWordSet finds them in one pass.
var previousWords = []string{"previous range", "prior range", "previous guidance", "prior guidance", "previous outlook",
	"prior outlook", "previously provided", "previously given", "previously issued", "original guidance", "originally", "initial guidance", "from a range of",
	"from our prior", "from our previous", "from the prior", "from the previous", "last year's", "a year ago",
	"prior year", "prior-year", "the previous year", othersExpected[0], othersExpected[1], othersExpected[2]}

// othersExpected are the previousWords that say what others expected:
// said anywhere in the twelve words before a figure, not only since the
// figure before.
var othersExpected = [...]string{"consensus", "street", "analysts"}

// othersExpectedSaid finds othersExpected in one pass: role asks it of
// every figure's words before it.
var othersExpectedSaid = newSubstringSet(othersExpected[:]...)

var previousWordSet = newSubstringSet(previousWords...)

// metAgainstWords say that a target was met or beaten: with a word of
// targetWords, the figure is the plan a result is measured against.
var metAgainstWords = []string{"within", "below our", "above our", "in line with", "exceeded", "exceeding", "beat", "ahead of", "short of", "top of", "end of our", "end of the", "high end", "low end", "midpoint of",
	"topping", "topped", "surpass"}

var targetWords = []string{"guidance", "range", "outlook", "expectation", "target"}

// guidanceBeforeSet finds the words that say guidance was given before
// ("we issued", "had guided") in one pass: role asks it of every figure.
var guidanceBeforeSet = newSubstringSet("we issued", "recall", "back in", "had guided", "we guided", "had expected", "had forecast", "had projected", "had anticipated")

// sensitivityAfter reports words after an amount, in its clause, that make
// it what a move in a price or rate brings: "from a dollar change in
// prices", "for a 1% move in the euro", "per 25 basis point increase in
// rates".
func sensitivityAfter(after string) bool {
	w := firstWords(after, 16)
	if i := strings.IndexAny(w, ",;"); i >= 0 {
		w = w[:i]
	}
	for _, lead := range [...]string{"from a ", "from each ", "for a ", "for each ", "for every ", "with a ", "per "} {
		i := strings.Index(w, lead)
		if i < 0 {
			continue
		}
		rest := w[i+len(lead):]
		moves := []string{" change in ", " move in ", " movement in "}
		if lead == "per " || strings.Contains(lead, "each") || strings.Contains(lead, "every") {
			// "per 25 basis point increase": each one; "benefited from a $23
			// increase in prices" is what happened
			moves = append(moves, " increase in ", " decrease in ", " rise in ", " drop in ")
		}
		for _, move := range moves {
			if j := strings.Index(rest, move); j >= 0 && j <= 30 && containsAnyOf(rest[:j], "dollar", "$", "%", "percent", "basis point", "cent", "penny", "bp", "buck") {
				return true
			}
		}
	}
	return false
}

// metricEffectAfter is the noun of metricEffectNoun said right after the
// metric the amount is "of" ("of total revenue displacement"), or "".
func metricEffectAfter(after string) string {
	a, ok := strings.CutPrefix(trimSpacesCommas(after), "of ")
	if !ok {
		return ""
	}
	a = strings.TrimPrefix(strings.TrimPrefix(a, "the "), "total ")
	var buf [5]string
	ws := leadingFields(a, buf[:])
	for i := 1; i < len(ws) && i <= 2; i++ { // right after a metric's name ("net sales displacement")
		if strings.ContainsAny(ws[i-1], ".,;:") {
			return "" // the noun phrase ended
		}
		w := strings.Trim(ws[i], ".,;:")
		if metricEffectNoun[w] {
			if namesMetric(strings.Join(ws[:i], " ")) != "" {
				return w
			}
			return ""
		}
	}
	return ""
}

// metricEffectNoun are the nouns that, right after a metric, name what
// befalls it rather than its level: "revenue displacement", "EBITDA synergies".
var metricEffectNoun = wordSet(`displacement disruption impact headwind headwinds tailwind tailwinds benefit shortfall
	dilution drag uplift synergy synergies erosion pressure`)

// totalOfWhatCameBefore tells a clause that only totals the noun of the
// clause before it: ", totaling", ", which amounted to". Not a bare
// "totaled": "Adjusted EPS, as defined by ... charges, totaled $0.12" is
// the verb of the sentence's own subject.
func totalOfWhatCameBefore(clause string) bool {
	switch strings.TrimSpace(clause) {
	case "totaling", "totalling", "amounting to", "which totaled", "which totalled", "which amounted to":
		return true
	}
	return false
}

// lossWords say that an amount was lost or gained on something: "we
// anticipate losing a $0.01 through our joint ventures".
var lossWords = []string{"losing", "lose", "lost", "cost us", "costs us", "costing us", "reduced that by", "reduce that by"}

var lossWordSet = newSubstringSet(lossWords...)

// role decides whether a figure is the level of its metric.
//
// It is a list of about twenty independent word rules (effect, change,
// superseded, remark, ...), each a few lines with its reason, read top to
// bottom as the table tests in fact_test.go are; it stays one function so
// that the precedence between them is visible in one place.
//
// set keeps the first role given, so a rule that only sets the role is
// asked only while the figure is still a Level (level()): asked later, it
// would change nothing, and half the figures are given another role early.
// The rules that also change the metric or the scope are always asked.
func (c factCtx) role(f *Figure) {
	level := func() bool { return f.Role == Level }
	nearWords := c.nearWords // the rules below read its last words again and again
	set := func(r Role, why string) {
		if f.Role == Level {
			f.Role = r
			f.Reasons = append(f.Reasons, "role "+string(r)+": "+why)
		}
	}
	near := nearWords.Last(10)
	clause := lastClauseOf(c.near)
	after := trimSpacesCommas(c.after)
	afterShare := skipPerShare(after) // computed once: the checks below run for every figure
	near3 := nearWords.Last(3)
	growth := growthOf[f.Metric] != "" || strings.Contains(f.Metric, "growth")
	ratio := f.Unit == "%" || f.Unit == "bp" || f.Unit == "x"
	// an effect: "an impact of $0.02", "excluding $0.05 related to", "contributed another $0.08"
	for _, w := range effectWordSet.orNone(effectWords, clause) {
		if i := strings.Index(clause, w); i >= 0 && !resultAfter(clause[i+len(w):]) {
			set(Effect, "said as an effect ('"+w+"')")
			break
		}
	}
	if level() && len(clause) < len(c.near) && totalOfWhatCameBefore(clause) {
		// "a purchase accounting charge related to acquisitions, totaling
		// $1.2 million": the total of the noun the clause before names
		before := lastClauseOf(c.near[:len(c.near)-len(clause)-1])
		if containsAnyOf(before, effectWords...) || containsWordOf(before, "charge", "charges", "costs") {
			set(Effect, "the total of an effect named before ('"+strings.TrimSpace(clause)+"')")
		}
	}
	if verb, object, ok := strings.Cut(nearWords.Last(2), " "); level() && ok && deltaWord(verb) && namesMetric(object) != "" {
		// "lower O&M expense increased earnings $0.52 per share": what a
		// driver added to the metric, said as the verb's object
		set(Change, "the size of a change made to '"+object+"'")
	}
	if level() && c.says(cueDilution|cueAccretion|cueWind) && containsAnyOf(firstWords(afterShare, 4), "dilution", "accretion", "headwind", "tailwind") {
		// "$0.04 per share of FFO dilution"
		set(Effect, "said as an effect after it")
	}
	// (every word of the two lists below has "clud": most figures have none near)
	if c.says(cueClud) {
		for _, w := range []string{"excluding", "excludes", "exclude", "including", "includes", "included", "include"} {
			if level() && strings.Contains(near3, "clud") && hasWordEnd(near3, w) && (!(w == "excluding" || w == "including") || !copulaLast(near3)) && !listedResults(clause) {
				// not "our combined ratio excluding catastrophes was 88.4%": the
				// measure said with what it leaves out
				set(Effect, "an item excluded or included ('"+w+"')")
			}
		}
	}
	if level() && hasAnyPrefix(c.pre, "excluding ", "including ") && !strings.Contains(c.pre, ",") &&
		!containsAnyOf(c.pre, " was ", " were ", " is ", " are ", " came ", " totaled ", " grew ", " rose ", " increased ", " decreased ", " declined ", " reached ") {
		// "Excluding gains on investments of $0.03 per share and $0.05 per
		// share from the second quarter of 2021 and 2020, respectively,
		// adjusted earnings increased": the items the sentence's result leaves out
		set(Effect, "said in the clause of what is left out or in ('"+firstWords(c.pre, 1)+"')")
	}
	if c.says(cueClud) {
		for _, w := range []string{"excludes", "exclude", "excluded", "includes", "include", "included"} {
			if level() && strings.Contains(clause, "clud") && hasWordEnd(clause, w) && !listedResults(clause) {
				set(Effect, "the object of '"+w+"'")
			}
		}
	}
	first5 := firstWords(afterShare, 5)
	if a := trimSpacesCommas(after); level() && strings.HasPrefix(a, "of ") && c.says(cueClud) && strings.Contains(first5, "clud") {
		// "about $0.44 of EPS now excluded in discontinued ops": a part of
		// the metric moved out (or in), not its level
		for _, w := range []string{"excluded", "included"} {
			if lastWord(firstWords(a, 5), w) >= 0 {
				set(Effect, "a part of the metric said as '"+w+"'")
				break
			}
		}
	}
	for _, w := range []string{"relating to", "related to", "attributable to", "associated with", "tied to", "adjusted items", "walk", "bridge"} {
		if level() && strings.Contains(first5, w) {
			set(Effect, "followed by '"+w+"'")
		}
	}
	if w := nearWords.Last(3); level() && hasAnySuffix(w, "shifts of", "shift of", "risk of", "risks of", "delays of", "slippage of",
		"headwinds of", "headwind of", "pressure of", "pressures of", "tailwinds of", "tailwind of") {
		// "temporary programmatic shifts of $50 million to $100 million"
		// in a list of what moved the revenue range: what befalls the
		// metric, not its level
		set(Effect, "the size of what befalls the metric ('"+strings.TrimSpace(w)+"')")
	}
	if post := trimSpacesCommas(c.post); level() && strings.HasPrefix(post, "or ") {
		// "$0.21 per share, or 27.6% higher than": the amount is a difference
		ws := strings.Fields(post)
		if len(ws) >= 3 && strings.HasSuffix(ws[1], "%") {
			switch strings.Trim(ws[2], ".,;") {
			case "higher", "lower", "better", "worse", "more", "less", "above", "below", "increase", "decrease", "improvement", "decline", "reduction":
				set(Change, "a difference ('or "+ws[1]+" "+ws[2]+"')")
			}
		}
	}
	if tw := nearWords.Last(8); level() && hasAnySuffix(tw, " of", " totaling", " totalling") {
		// "a net increase to net income of $9.6 million", "a one-time
		// reduction in interest expense totaling $2 million"
		for _, w := range []string{"increase to", "decrease to", "reduction to", "reduction in", "increase in", "decrease in",
			"impact to", "impact on", "change in", "improvement in", "decline in", "benefit to", "hit to"} {
			if strings.Contains(tw, w) {
				set(Change, "the size of a change ('"+w+" ...')")
				break
			}
		}
	}
	if level() && strings.Contains(c.pre, "acqui") && acquisitionDelivers.MatchString(lastClauseOf(c.pre)) {
		// "we expect this acquisition to deliver more than $20 million of
		// EBITDA in 2021": what a purchase adds, not the company's level
		set(Effect, "an acquisition's contribution")
	}
	effectWords := skipEffectAdjectives(afterShare)
	for _, w := range []string{"of adjusted items", "impact", "of impact", "benefit", "headwind", "tailwind", "of dilution",
		"of accretion", "contribution", "from inorganic", "from acquisitions", "related to", "relating to",
		"associated with", "attributable to the", "charge", "gain", "of pressure", "drag", "lift",
		"loss on ", "loss related to", "loss associated with", "loss from the sale", "loss from discontinued"} { // "a $24 million loss on extinguishment": an item, not the net loss
		if level() && strings.HasPrefix(effectWords, w) {
			set(Effect, "followed by '"+w+"'")
			break
		}
	}
	if level() {
		if w := metricEffectAfter(c.after); w != "" {
			// "$2 million of total revenue displacement", "$15 million of
			// revenue synergies": what befalls the metric, not its level
			set(Effect, "the metric's '"+w+"'")
		}
	}
	// an amount of something else: "$7 million of government assistance", "a 6% increase in net income"
	if what := ofWhat(c.after); what != "" && f.Metric != "" && ratioOf(what) && namesMetric(what) != "" {
		// "an 11% increase in the average revenue per order": a ratio the
		// vocabulary has no name for, not the metric it divides
		f.Reasons = append(f.Reasons, "metric: the amount is of a ratio ('"+what+"'), not "+f.Metric)
		f.Metric = ""
	} else if what != "" && f.Metric != "" && !(f.Unit == "%" && strings.HasPrefix(trimSpacesCommas(c.after), "of ")) {
		m := namesMetric(what)
		own := false
		for _, nm := range metricNames[f.Metric] {
			if lastWord(what, nm) >= 0 {
				own = true
			}
		}
		if own && f.Scope == "" {
			if n := narrowing(" "+what, f.Metric); n != "" {
				f.Scope = n
				f.Reasons = append(f.Reasons, "scope: metric narrowed by '"+n+"' after the amount")
			}
		}
		switch {
		case own || m == f.Metric || strings.TrimPrefix(m, "adjusted ") == strings.TrimPrefix(f.Metric, "adjusted "):
			if t := strings.TrimSpace(nearWords.Last(2)); (t == "loss of" || t == "gain of") && !strings.Contains(f.Metric, "loss") && !strings.Contains(f.Metric, "gain") {
				// "a loss of approximately $2.4 million of EBITDA": what the
				// metric loses (or gains), not its level
				set(Change, "the metric's '"+t+"'")
			}
		case m != "":
			if info, ok := MetricInfo(m); (f.PerShare || isMoney(f.Unit) && strings.Contains(firstWords(trimSpacesCommas(c.after), 7), " per share")) && !(ok && info.PerShare) {
				m = perShareMetric(m) // "$1.48 per share in operating earnings", "$58 in adjusted book value per share"
			}
			if m == f.Metric {
				break
			}
			f.Reasons = append(f.Reasons, "metric: the amount is of "+m+", not "+f.Metric)
			f.Metric = m
		case isMoney(f.Unit) && namesMetric(nearWords.Last(3)) == "":
			set(Effect, "an amount of something else ('"+what+"')")
		}
	}
	// a percent of an amount (revenue, EPS) is never its level: "revenue
	// grew 12% to $48 million" says how much it changed
	if f.Unit == "%" && moneyMetric[f.Metric] && f.Role == Level && rateFor[f.Metric] == "" {
		set(Change, "a percent of an amount is its change")
	} // (an amount with a rate of its own: the percent is the rate, see decide)
	// the size of a change: "up $7 million", "raising guidance by $0.10", "a $0.07 decline"
	if level() && !(growth && ratio) && !(ratio && f.Unit == "%" && moneyMetric[f.Metric]) {
		if isDeltaBefore(near) {
			set(Change, "the size of a change")
		}
		a := strings.TrimPrefix(afterShare, "year-over-year ")
		for _, adj := range []string{"estimated ", "expected ", "projected ", "anticipated ", "per quarter ", "a quarter ", "per year ", "a year "} {
			a = strings.TrimPrefix(a, adj) // "the $0.11 estimated difference in Q4 FFO", "a $0.01 per quarter increase in our dividend"
		}
		if strings.HasPrefix(strings.TrimSpace(c.after), ",") {
			a = "" // "$88 million, above our guidance": a comparison of the level
		}
		first := strings.Trim(firstWords(a, 1), ".,;")
		switch first {
		case "increase", "decrease", "decline", "improvement", "higher", "lower", "reduction", "better", "worse", "less",
			"beat", "above", "below", "ahead", "short", "shortfall", "growth", "rise", "drop", "change", "swing", "step-up",
			"uplift", "delta", "favorable", "unfavorable", "sequential", "more", "difference", "gap", "variance":
			if first != "more" || strings.HasPrefix(a, "more than") || strings.Trim(a, " .,;") == "more" && !strings.HasPrefix(trimSpacesCommas(c.after), "or ") { // "would have been $0.04 more.", not "$260 million or more."
				set(Change, "followed by '"+first+"'")
			}
		}
		if strings.TrimSpace(c.after) == "or" && hasAnySuffix(" "+near3, " a", " an") && percentOfChange(c.post) {
			// "a $0.16 per share or 9.1% dividend increase": the same change said twice (a noun
			// phrase, not "revenue of $500 million or 12% growth")
			set(Change, "said again as the percent of a change")
		}
		// "a net $92 million sales reduction": the metric named between the
		// amount and the change noun
		var buf [4]string
		if w := fieldsOf(firstWords(a, 4), buf[:]); len(w) >= 2 {
			for i := 1; i < len(w) && i <= 2 && !strings.ContainsAny(w[i-1], ".,;:"); i++ {
				if changeNoun[strings.Trim(w[i], ".,;")] && namesMetric(strings.Join(w[:i], " ")) != "" {
					set(Change, "followed by its metric and '"+strings.Trim(w[i], ".,;")+"'")
					break
				}
			}
		}
		if strings.HasSuffix(strings.TrimSpace(near), " by") {
			preClause := lastClauseOf(c.pre)
			for _, w := range []string{"raise", "raising", "raised", "lower", "lowering", "lowered", "increas", "reduc", "beat",
				"exceed", "missed", "narrowing", "cut", "grow", "add", "lift", "hurt", "impact", "improv", "decreas", "declin"} {
				if strings.Contains(preClause, w) {
					set(Change, "a raise, cut or beat ('"+w+" ... by')")
					break
				}
			}
		}
	}
	if level() {
		// a superseded or compared figure
		t := nearWords.Last(12)
		// "from (over, versus) ... to" before the figure, read once for all the words below
		fromAt := max(lastIndex(t, "from "), lastIndex(t, "over "), lastIndex(t, "versus "), lastIndex(t, "compared with "))
		fromTo := fromAt >= 0 && strings.HasSuffix(strings.TrimSpace(t), " to") && !strings.Contains(t[fromAt:], ",")
		// the words of others are read further back, when the sentence
		// says one (a word, so its last twelve words say it only then)
		pre12 := ""
		if othersExpectedSaid.in(c.pre) {
			pre12 = c.preWords.Last(12)
		}
		for _, w := range previousWordSet.orNone(previousWords, t, pre12) {
			others := slices.Contains(othersExpected[:], w)
			if fromTo && strings.Contains(t[fromAt:], w) {
				continue // "increased 5% from (over, versus) the prior year period to $1.8 billion": the new level
			}
			if i := strings.Index(t, w); i >= 0 && !ofFigureBefore(t[i+len(w):], c) || others && strings.Contains(pre12, w) {
				// "the Street expectations of $4.3 billion in revenue and $5.57 of EPS": both
				set(Previous, "a superseded or compared figure ('"+w+"')")
				break
			}
		}
		if level() && strings.HasSuffix(strings.TrimSpace(nearWords.Last(3)), "instead of") {
			set(Previous, "the figure it replaces ('instead of')") // "approximately $1.25 billion instead of $1 billion"
		}
		if (f.Kind == Actual || f.Kind == Prior) && len(c.pre) > len(c.near) && c.says(cueGuid|cueOutlook|cueForecast|cueExpect|cueRange|cueMidpoint) {
			// "revenue of $194 million, below our Q4 guidance range of $200 million to $210 million"
			for _, w := range []string{"guidance", "outlook", "forecast", "expectation", "range of", "midpoint"} {
				if w == "range of" && !setAgainst(t) {
					continue // "and EPS in the range of $9.60 to $10.20": a range said, set against no result
				}
				if strings.Contains(t, w) {
					set(Previous, "guidance mentioned beside a result ('"+w+"')")
					break
				}
			}
		}
		if len(c.pre) > len(c.near) && c.says(cueGuid|cueRange|cueOutlook|cueExpect|cueTarget) && containsAnyOf(t, targetWords...) {
			// a target said as met or beaten is the plan a result is measured
			// against, not guidance: "topping the high end of our raised target of 6% to 6.5%"
			for _, w := range metAgainstWords {
				if strings.Contains(t, w) {
					set(Previous, "compared with guidance ('"+w+"')")
					break
				}
			}
		}
		if a := strings.TrimLeft(afterShare, " "); (hasAnyPrefix(a, "guidance", "outlook", "guided", "forecast") || hasAnyPrefix(firstWords(a, 2), "eps guidance", "ffo guidance", "revenue guidance", "sales guidance")) &&
			(f.Kind != Guidance || containsAnyOf(c.pre, "end of", "within", "above", "below", "in line", "exceed", "beat", "versus", "compared", " than ", "top of", "midpoint of", "ahead of", "short of")) {
			// "at the high end of our $0.70 to $0.74 guidance range": the guidance a result is measured against
			set(Previous, "the guidance a result is measured against")
		}
		if t6 := nearWords.Last(6); c.says(cueGuid|cueRange|cueOutlook|cueForecast|cueMidpoint) &&
			(strings.Contains(t6, "prior") || strings.Contains(t6, "previous") || strings.Contains(t6, "from") && !hasWordEnd(t6, "range from") && !hasWordEnd(t6, "ranging from") || strings.Contains(t6, "original")) &&
			(strings.Contains(t6, "guid") || strings.Contains(t6, "range") || strings.Contains(t6, "outlook") || strings.Contains(t6, "forecast") || strings.Contains(t6, "midpoint")) {
			set(Previous, "the range or guidance it replaces")
		}
		if guidanceBeforeSet.in(t) {
			set(Previous, "guidance given before")
		}
	}
	if level() {
		near6 := nearWords.Last(6)
		for _, w := range []string{"this", "that", "it"} {
			if hasWordEnd(near6, w) {
				// the metric lookups last: most figures have no such word
				if namesMetric(c.near) == "" && namesMetric(firstWords(after, 4)) == "" {
					set(Effect, "said of something named before ('"+w+"')")
				}
				break
			}
		}
	}
	if level() && sizeOfWhatWasSaid(c.pre) {
		// "we would expect to see seven months of the China business's
		// revenue removed. This is approximately $300 million in net
		// sales.": the size of what the sentence before describes
		set(Remark, "the size of what the sentence before describes ('this is')")
	}
	if level() && c.questionLike() {
		set(Remark, "a question or hypothesis")
	}
	if level() && containsWordOf(nearWords.Last(3), "historical", "historic") {
		// "at the high end of their historical $230 million to $280 million
		// range": a range of past years the outlook is set against, not the outlook
		set(Remark, "a range of past years ('historical')")
	}
	if level() && hasAnyPrefix(trimSpacesCommas(after), "yet to ", "still to ", "left to ", "to go", "still to come", "to come") {
		// "$3 million of revenue from the project, with about $1.7 million
		// yet to do": what remains of a larger amount, no period's level
		set(Remark, "what remains of a larger amount")
	}
	c.roleOfWording(f, after, afterShare, set)
	near4 := nearWords.Last(4)
	for _, w := range lossWordSet.orNone(lossWords, near4) {
		if i := strings.Index(near4, w); level() && i >= 0 && (i == 0 || !isWordByte(near4[i-1])) { // not "home closing revenue", "closed"
			// "we anticipate losing a $0.01 through our joint ventures"
			set(Effect, "an amount lost or gained on something ('"+w+"')")
			break
		}
	}
	if level() && c.memo.multiYearTotal.answer(func() bool {
		return yearsCounted(c.sent) && multiYear.MatchString(c.sent) && !yearSaid(c.sent) &&
			!containsAnyOf(c.sent, "this year", "next year", "full year", "full-year", "quarter")
	}) {
		// "we expect to generate over $3 billion over those seven years": a
		// total over several years, no period's amount
		set(Remark, "a total over several years")
	}
	if level() && c.memo.contractLife.answer(func() bool {
		return containsAnyOf(c.sent, contractLifeCore) && containsAnyOf(c.sent, contractLife...)
	}) {
		set(Remark, "a total over the life of a contract or project")
	}
	if level() && c.says(cuePlan|cueToward) && containsAnyOf(c.pre, planGoalCores...) && containsAnyOf(c.pre, planGoalWords...) ||
		c.says(cueMilestone|cueAmbition|cueAspiration) && containsAnyOf(firstWords(c.after, 3), "milestone", "ambition", "aspiration") {
		// "progressing toward our five-year plan of achieving $50 of EPS",
		// "as we work toward a $200 billion sales milestone": a plan's goal,
		// neither a result nor a period's guidance
		set(Remark, "the goal of a plan")
	}
	if level() && f.Kind == Guidance && c.memo.longTerm.answer(func() bool {
		return containsAnyOf(c.sent, "long-term", "long term", "longer-term", "longer term", "medium-term", "medium term", "multiyear", "multi-year", "over time", "over the cycle")
	}) {
		// "organic growth within our 3% to 5% long-term target range": no period's guidance
		set(Remark, "a long-term target, not a period's guidance")
	}
	if f.Unit == "%" && f.Metric != "" && !strings.Contains(f.Metric, "ratio") && !strings.Contains(f.Metric, "rate") {
		if t := c.preWords.Last(8); (hasWordEnd(t, "ratio") || hasWordEnd(t, "ratios") || hasWordEnd(t, "rate")) && namesMetric(t) == "" {
			// "target a CET1 ratio at the high end of the 9% to 9.5% range" after a sentence on growth
			f.Reasons = append(f.Reasons, "metric: a ratio or rate said with it, not "+f.Metric)
			f.Metric = ""
		}
	}
	if f.Unit == "%" && f.Metric != "" && otherRatioSubject(c.pre) && !nameSaid(c.pre, f.Metric) {
		// "The unit's expense ratio, which hovered in the mid-30s, came in
		// below 29%" after a sentence on the combined ratio: not that metric
		f.Reasons = append(f.Reasons, "metric: another ratio or rate is the subject, not "+f.Metric)
		f.Metric = ""
	}
	if level() && (f.Basis == "" || f.Kind == Guidance) && wouldHaveSaid(c.pre) {
		// "had the storm not hit, EPS would have been $0.95"; but "excluding
		// the charge, EPS would have been $0.77" states the adjusted result
		set(Remark, "what would have been, not what was")
	}
	if s := strings.TrimSpace(c.sent); level() && hasAnyPrefix(s, "comparatively", "by comparison", "in comparison", "this compares", "that compares", "for comparison") {
		set(Previous, "a sentence of comparison")
	}
	if level() && correctedAfter(c.post) {
		set(Previous, "corrected later in the sentence")
	}
	if level() && hasAnyPrefix(nearWords.Last(3), "flat to", "from flat to", "breakeven to", "break-even to", "break even to", "zero to", "nil to") ||
		strings.HasSuffix(strings.TrimSpace(c.near), "flat to") || strings.HasSuffix(strings.TrimSpace(c.near), " loss to") ||
		unreadRangeStart(nearWords.Last(2)) {
		// (also "a $2 million operating loss to $2 million of operating income": a range from a loss)
		set(Remark, "the end of a range whose start is said in words ('flat to')")
	}
	if level() && c.says(cuePrevious|cuePrior|cueOriginal|cueInitial|cueEarlier) && containsAnyOf(firstWords(strings.TrimSpace(c.sent), 4), "previous", "prior", "original", "initial", "earlier") &&
		containsAnyOf(c.sent, "guidance", "outlook", "forecast", "range", "target") {
		// "Our previous EPS guidance of $0.50 to $0.80 implied net income of $71 million": the old plan
		set(Previous, "a sentence about the guidance given before")
	}
	if level() && strings.HasSuffix(strings.TrimSpace(c.near), " and") && strings.Contains(nearWords.Last(5), "between") {
		set(Remark, "the end of a range whose start was not read")
	}
	if level() && f.Kind == Guidance && !c.memo.guidanceWording.answer(func() bool { return guidanceWording(c.sent) || guidanceWording(c.prev) }) {
		set(Remark, "forward-looking without guidance wording")
	}
	if level() && c.says(cueEvery|cueEach) && containsAnyOf(firstWords(afterShare, 6), "for every", "for each") {
		// "$1 of EPS for every $1 billion in revenue": a rate, not an amount
		set(Remark, "a rate per something else ('for every')")
	}
	if level() && sensitivityAfter(c.post) {
		// "$400 million of earnings and cash flow benefit from a dollar
		// change in prices": what a move in a price or rate would bring
		set(Remark, "a sensitivity to a move in a price or rate")
	}
	if level() && f.Kind == Guidance && strings.Contains(c.sent, "withdr") {
		set(Remark, "guidance withdrawn")
	}
}

// nameSaid reports one of the metric's names said in s.
func nameSaid(s, metric string) bool {
	for _, nm := range metricNames[metric] {
		if lastWord(s, nm) >= 0 {
			return true
		}
	}
	return false
}

// otherRatioSubject reports a clause whose subject is a ratio or rate the
// vocabulary does not name, said before the figure with no metric named
// since: "the expense ratio, which hovered in the mid-30s, came in below 31%".
func otherRatioSubject(pre string) bool {
	if !strings.Contains(pre, "rat") {
		return false // no "ratio" or "rate": no words to split
	}
	ws := strings.Fields(pre)
	for k := len(ws) - 1; k >= 1; k-- {
		w := strings.Trim(ws[k], ",;:")
		if w != "ratio" && w != "rate" {
			continue
		}
		return namesMetric(strings.Join(ws[max(0, k-3):], " ")) == "" && !strings.Contains(strings.Join(ws[k:], " "), ";")
	}
	return false
}

// roleOfWording gives the roles read from a figure's own wording: a
// restated midpoint, a commodity price, a run rate, an increment, an
// acquired business's figures, a target range (the first one holds).
func (c factCtx) roleOfWording(f *Figure, after, afterShare string, set func(Role, string)) {
	if a := strings.TrimSpace(afterShare); strings.HasPrefix(a, "midpoint of") && f.Kind == Guidance && !f.IsRange {
		// "The $1.73 midpoint of our revised guidance represents ...": the range is the guidance
		set(Remark, "the midpoint of a range")
	}
	if isMoney(f.Unit) && f.Metric != "" && !strings.Contains(f.Metric, "dividend") && !strings.Contains(f.Metric, "repurchase") &&
		hasAnyPrefix(strings.TrimSpace(after), "to shareholders", "to our shareholders", "to stockholders", "to our stockholders") {
		// "return $8 billion to $10 billion to shareholders": capital returned, not the metric said before
		f.Reasons = append(f.Reasons, "metric: capital returned to shareholders, not "+f.Metric)
		f.Metric = ""
	}
	if (f.Metric == "share repurchase" || strings.Contains(f.Metric, "dividend")) && !f.PerShare && returnedTogether(c.nearWords.Last(8), after) {
		// "through dividends and share repurchases and $700 million for the
		// full year": the sum of both, neither one alone
		f.Reasons = append(f.Reasons, "metric: dividends and buybacks together, not "+f.Metric)
		f.Metric = ""
	}
	if f.Metric == "share repurchase" && !f.PerShare && spentOnBoth(after) {
		// "approximately $150 million in strategic share repurchases and
		// investments": a sum of both, not the buyback alone
		f.Reasons = append(f.Reasons, "metric: buybacks and something else together, not "+f.Metric)
		f.Metric = ""
	}
	if f.Metric == "share repurchase" && returnedInAll(lastClauseOf(c.near)) {
		// "returning $602 million through dividends and share repurchases,
		// which brings our total distributions for the year to $4.4 billion"
		f.Reasons = append(f.Reasons, "metric: all capital returned, not "+f.Metric)
		f.Metric = ""
	}
	if isMoney(f.Unit) && f.Metric != "" && !f.PerShare && spentOnAcquisition(after) {
		// "$1 billion to M&A and share repurchases, including $250 million
		// for the Farrar Scientific acquisition": the price paid
		f.Reasons = append(f.Reasons, "metric: paid for an acquisition, not "+f.Metric)
		f.Metric = ""
	}
	if f.Metric == "share repurchase" && (unspentAuthorization(c.nearWords.Last(5), after) || remainingAuthorizationSaid(lastClauseOf(c.near))) {
		// "$182 million remaining available for share repurchases": what the
		// board allows, not shares bought
		f.Reasons = append(f.Reasons, "metric: an authorization not yet spent, not shares repurchased")
		f.Metric = "repurchase authorization"
	}
	if f.Kind == Guidance && c.says(cueMonth|cueWeek) && containsAnyOf(lastClauseOf(c.pre)+" "+firstWords(after, 6), "for the month", "in the month", "this month", "for the week") {
		// "Total sales for the month are expected to be down about 24%": a
		// month's (or a week's) outlook, not the quarter's or the year's,
		// whether a level or a change
		f.Role = Remark
		f.Reasons = append(f.Reasons, "role remark: an outlook for a month or a week")
	}
	if isMoney(f.Unit) && hasAnyPrefix(strings.TrimSpace(after), "brent", "wti", "oil", "henry hub", "per barrel", "a barrel",
		"for brent", "for wti", "for oil", "for gas", "for natural gas", "for henry hub", "per mcf", "an mcf", "per mmbtu") {
		// "at $75 Brent": a price assumed, not the company's amount
		f.Reasons = append(f.Reasons, "metric: a commodity price")
		f.Metric = ""
	}
	if f.Unit == "%" && f.Kind == Guidance && hasAnyPrefix(strings.TrimSpace(after), "annual ", "average annual ", "compound annual ", "compounded annual ",
		"per year", "a year", "cagr", "per annum", "annually") && (f.Role == Level || f.Role == Change) {
		// "through 5% to 8% annual organic revenue growth" in a plan to 2025: a yearly rate of a multi-year plan;
		// a change too ("12% to 15% compound annual EPS growth" read as a change of the metric before)
		f.Role = Remark
		f.Reasons = append(f.Reasons, "role remark: a yearly rate of a multi-year plan")
	}
	if f.Role != Level {
		return // the rules below only set the role, which keeps the first one given
	}
	if c.says(cueRate) && containsAnyOf(c.nearWords.Last(4), "run rate", "run-rate", "runrate", "exit rate") || c.says(cueAnnualized) && strings.Contains(c.nearWords.Last(3), "annualized") ||
		hasAnyPrefix(strings.TrimSpace(afterShare), "run rate", "run-rate", "annualized", "in annualized", "of annualized", "on an annualized basis", "as we exit ", "exiting ", "when we exit ") ||
		c.says(cueRate) && containsAnyOf(firstWords(afterShare, 3), "run rate", "run-rate") { // "the $9 EPS run rate"
		// "an EPS run rate of $9 as we exit 2021", "margins of at least 30%
		// as we exit 2023", "expected to generate over $100 million in
		// annualized revenues": a rate at a moment, not a period's amount
		set(Remark, "a run rate, not a period's amount")
	}
	if a := skipOfMetric(trimSpacesCommas(afterShare)); hasAnyPrefix(a, "pushed out", "pushed into", "pushed to", "pushed from", "shifted", "deferred", "delayed", "slipped", "moved out", "moved into", "moved to") {
		// "approximately $10 million of revenue pushed out of Q3": an amount
		// moved between periods, not the period's revenue
		set(Effect, "an amount moved between periods ('"+firstWords(a, 2)+"')")
	}
	if hasAnyPrefix(strings.TrimSpace(c.sent), "on an annualized basis") {
		// "On an annualized basis, the rates we achieved would translate to
		// over $320 million of free cash flow": a rate, not a period's amount
		set(Remark, "a run rate, not a period's amount ('on an annualized basis')")
	}
	if containsAnyOf(c.nearWords.Last(4), "would translate", "would equate", "would result in", "would generate", "would imply", "would mean") {
		// "would translate to over $320 million": what would follow, not what was
		set(Remark, "a hypothetical ('would ...')")
	}
	switch f.Qualifier {
	case "an incremental", "an additional":
		set(Change, "an increment ('"+f.Qualifier+"')")
	}
	if hasAnyPrefix(afterShare, "incremental ", "additional ", "in incremental ", "in additional ") {
		// "roughly $5 per share in incremental earnings", "$40 million of
		// additional revenue" (afterShare skips the "of"): what something
		// adds, not the period's level
		set(Change, "an increment ('"+firstWords(afterShare, 2)+"')")
	}
	if hasAnyPrefix(strings.TrimSpace(after), "of that ", "of that,", "of those ", "of this ", "of it ") {
		// "we expect approximately $300 million of that to come from the
		// two deals": a part of an amount said before
		set(Effect, "a part of an amount said before ('of that')")
	}
	if hasAnyPrefix(strings.TrimSpace(c.sent), "it is expected to ", "it's expected to ", "it will ", "it should ", "the acquisition ",
		"the transaction ", "the deal ", "this acquisition ", "this transaction ", "the acquired ") && !dealAsModifier(strings.TrimSpace(c.sent)) {
		// "It is expected to generate revenue of $350 million": the acquired business's
		set(Effect, "said of an acquired business")
	}
	if isMoney(f.Unit) && c.says(cueDeferred|cueDelayed|cuePushed|cueSlipped|cueShifted|cueMoved) && containsAnyOf(c.post, " was deferred", " were deferred", " was delayed", " were delayed", " was pushed out",
		" were pushed out", " slipped out of", " shifted out of", " moved out of") {
		// "$60 million of revenue that we expected in the period was deferred": what the period lacks, not its amount
		set(Effect, "an amount deferred out of the period")
	}
	if (f.Unit == "%" || f.Unit == "bp") && hasAnyPrefix(strings.TrimSpace(afterShare), "additional ", "incremental ", "improvement", "increase", "expansion") &&
		containsAnyOf(strings.ToLower(f.Text), "point", "bps", "basis") {
		// "one to two percentage points of additional improvement in organic growth": a change of the rate
		set(Change, "points of a change")
	}
	if hasAnyPrefix(strings.TrimSpace(afterShare), "future ") || hasAnyPrefix(strings.TrimSpace(after), "in future ") {
		// "All four leases equate to $0.03 of future earnings": not the period's amount
		set(Remark, "an amount of the future, no period's level")
	}
	var buf [5]string // the words read below: up to the fifth
	if w := leadingFields(strings.TrimPrefix(strings.TrimSpace(afterShare), "of "), buf[:]); len(w) >= 2 {
		// "$1 of EPS generation from the program", "$5 of earnings power":
		// what a plan could yield, not the period's amount
		for i := 1; i < len(w) && i <= 3; i++ {
			if planYield[strings.Trim(w[i], ".,;")] && namesMetric(strings.Join(w[:i], " ")) != "" {
				set(Remark, "what a plan could yield ('"+strings.Trim(w[i], ".,;")+"')")
				break
			}
		}
	}
	if hasAnyPrefix(strings.TrimSpace(afterShare), "target range", "target ", "targeted range", "long-term target") {
		// "toward the high end of our 14% to 16% target range": a target, not a result
		set(Remark, "a target range, not a result or guidance")
	}
	if f.Metric == "revenue" && containsAnyOf(c.nearWords.Last(3), "acquir", "purchas") {
		// "acquiring a further $9 billion to $10 billion in annual revenues": bought, not earned
		set(Effect, "revenue of businesses to be acquired")
	}
	if c.says(cueEach | cueEvery) {
		if cl := lastClauseOf(c.pre); strings.Contains(cl, "each $") || strings.Contains(cl, "every $") {
			// "each $1 billion of revenue producing only $1 of EPS": a rate per amount
			set(Remark, "an amount per amount ('each $...'), not a result")
		}
	}
	if strings.HasPrefix(strings.TrimSpace(c.raw), "to ") {
		// "to grow from $13 billion in revenue to $50 billion": a sentence
		// that is an infinitive (a plan's words, broken off) states no result
		set(Remark, "a sentence that opens with an infinitive: a plan, not a result")
	}
	afterWords := leadingFields(afterShare, buf[:])
	if w := afterWords; len(w) >= 2 {
		// "our 36% to 39% gross margin targets": the metric, then the word target
		for i := 1; i < len(w) && i <= 3; i++ {
			if t := strings.Trim(w[i], ".,;"); (t == "target" || t == "targets" || t == "goal" || t == "goals") && namesMetric(strings.Join(w[:i], " ")) != "" {
				set(Remark, "a target named after its metric ('"+t+"')")
				break
			}
		}
	}
	if w := afterWords; len(w) >= 2 && comparatives[w[0]] && !commaBefore(c.after, w[0]) {
		// "$2.5 million more EBITDA than they earned in 2019": a difference,
		// not a level; after a comma the level is compared ("$1.39, more
		// than double the year before")
		for _, x := range w[1:min(len(w), 5)] {
			if x == "than" {
				set(Change, "a difference ('"+w[0]+" ... than')")
				break
			}
		}
	}
	if onRecovery(c.pre) {
		// "When we return to previous peak sales levels, we expect revenue
		// of $X": a level on a condition of some later year, not guidance
		set(Remark, "a level said on a return or recovery, not guidance")
	}
	if f.Kind == Actual && !strings.Contains(f.Metric, "dividend") && endsRaisedTo(c.pre) {
		// "the confidence to increase our ongoing earnings per share to
		// approximately $26.25": the level an outlook is raised to, not the
		// quarter's result
		set(Remark, "a level the outlook is raised to, not a result")
	}
}

// onRecovery reports words before an amount opened by a condition on a
// return or recovery: "when we return to previous peak sales levels, we
// expect", "once volumes recover to 2019 levels, we would see".
func onRecovery(pre string) bool {
	s := strings.TrimSpace(pre)
	for _, p := range []string{"and ", "so ", "but ", "now, ", "now "} {
		s = strings.TrimPrefix(s, p)
	}
	if !hasAnyPrefix(s, "when ", "once ", "if ", "as soon as ", "assuming ", "whenever ", "until ") {
		return false
	}
	cond := s
	if i := strings.IndexByte(s, ','); i > 0 {
		cond = s[:i]
	}
	return containsAnyOf(cond, "return", "recover", "get back", "gets back", "come back", "comes back", "back to", "normaliz",
		"rebound", "previous peak", "prior peak", "pre-pandemic", "pre-covid")
}

// commaBefore reports a comma between the start of s and the first w.
func commaBefore(s, w string) bool {
	i := strings.Index(s, w)
	return i > 0 && strings.Contains(s[:i], ",")
}

// comparatives open a difference said after an amount: "$2 million more
// EBITDA than last year".
var comparatives = wordSet(`more less fewer greater higher lower better worse`)

// raisedTo ends the words before an amount that a plan or outlook raises
// something to: "to increase our EPS to", "we are raising our ongoing
// earnings per share to about".
var raisedTo = regexp.MustCompile(`\b(to|are|is|we're|will|now) (increase|raise|lift|boost|increasing|raising|lifting|boosting) (our|the) [a-z&' -]{0,40}\bto (approximately |about |around |roughly )?$`)

// endsRaisedTo reports words that raisedTo matches, trying the regular
// expression only on words that end as it requires ("to ", "to about "):
// few do, and every figure's words are asked.
func endsRaisedTo(pre string) bool {
	if !strings.HasSuffix(pre, "to ") && !hasAnySuffix(pre, "to approximately ", "to about ", "to around ", "to roughly ") {
		return false
	}
	// a match ends pre and is at most 78 bytes long: the expression need
	// not scan the rest of a long sentence (the cut leaves it a byte before
	// the match for \b)
	tail := pre[max(0, len(pre)-raisedToReach):]
	return containsAnyOf(tail, raisedToVerbCores...) && raisedTo.MatchString(tail)
}

// raisedToVerbCores are in every verb raisedTo reads: most words before a
// figure that end in "to" say none, and the expression is slow to say so.
var raisedToVerbCores = []string{"increas", "rais", "lift", "boost"}

// raisedToReach is more than the longest text raisedTo matches.
const raisedToReach = 96

// prefixThen reports whether s starts with first and then second, as
// strings.HasPrefix(s, first+second) does without joining them.
func prefixThen(s, first, second string) bool {
	return strings.HasPrefix(s, first) && strings.HasPrefix(s[len(first):], second)
}

// hasAnySuffix reports whether s ends with one of the suffixes.
// subsidiaryRe finds a name the speaker calls one of the company's
// businesses: "at Amrock, our title company, with revenues increasing".
var subsidiaryRe = regexp.MustCompile(`([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}), (?:our|its) (?:[a-z-]+ ){0,3}(?:company|subsidiary|business|unit|division|brand)\b`)

// subsidiaryNamed is the business named before the figure as the
// company's own ("Amrock, our title company"), or "".
func subsidiaryNamed(raw string) string {
	if !strings.Contains(raw, ", our ") && !strings.Contains(raw, ", its ") {
		return "" // most sentences: no apposition to read
	}
	loc := subsidiaryRe.FindStringSubmatchIndex(raw)
	if loc == nil {
		return ""
	}
	name := strings.ToLower(raw[loc[2]:loc[3]])
	if w := strings.Fields(name)[0]; leadStop[w] || capitalStop[w] || text.Months[w] > 0 {
		return ""
	}
	if strings.TrimSpace(raw[:loc[2]]) == "" && !strings.Contains(name, " ") && strings.HasSuffix(name, "ly") {
		return "" // "Notably, our omnichannel business grew": an adverb opens the sentence
	}
	return name
}

// sourcesListed reports two amounts listed by what each came from:
// between them " from acquisitions and ", after the second " from
// favorable currency".
func sourcesListed(between, after string) bool {
	b := strings.TrimSpace(between)
	if !strings.HasPrefix(b, "from ") || !strings.HasSuffix(b, " and") || strings.ContainsAny(b, ",;") || len(strings.Fields(b)) > 6 {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(after), "from ")
}

// perShareSaidBefore reports an amount said per share before it: "net
// operating income per share was also $0.67", the second of two paired
// with "and" ("FFO as adjusted per share was 41 cents and $1.52"), or an
// earnings total's per-share twin after "or" ("net income of $13 million
// or $0.23"); not a
// "per share" that belongs to the figure before ("$0.08 per share from PPP
// fees, so about $0.79").
func perShareSaidBefore(c factCtx, figs []Figure, i, s0 int) bool {
	if containsAnyOf(c.nearWords.Last(7), " per share", " per diluted share", " per common share") {
		return true
	}
	g := prevIn(figs, i, s0)
	if g != nil && strings.Trim(c.near, " ,") == "or" && g.Metric == figs[i].Metric && earningsLike(g.Metric) &&
		containsAnyOf(strings.ToLower(g.Text), "million", "billion") && !perUnitAfter(c.after) {
		// "net income of $13 million or $0.23 in the quarter": the total, then
		// the same per share (not "or $0.66 per common unit": a unit's, said so)
		return true
	}
	return g != nil && strings.TrimSpace(c.near) == "and" && perShareName(g.Metric) && strings.HasPrefix(g.Metric, strings.TrimPrefix(figs[i].Metric, "adjusted "))
}

// growthRangeBelies reports a range of amounts (figs[i]) followed right
// after by a range of growth (", up 13% to 18%") whose spread does not
// match its own: the ratio of its ends and that the growth implies differ
// by more than a tenth.
func growthRangeBelies(f *Figure, figs []Figure, i int, after string) bool {
	if i+1 >= len(figs) {
		return false
	}
	g := figs[i+1]
	if !g.IsRange || g.Unit != "%" || g.Low <= -100 {
		return false
	}
	if g.Start-f.End != len(after) {
		return false // the next figure is in another sentence
	}
	between := strings.Trim(after, " ,")
	if !hasAnyPrefix(between, "up", "an increase of", "growth of", "increasing", "representing growth of", "or growth of") || len(between) > 25 {
		return false
	}
	implied := (1 + g.High/100) / (1 + g.Low/100)
	spread := f.High / f.Low
	return spread > implied*1.1 || spread < implied/1.1
}

// perUnitAfter reports an amount said per unit right after it ("$0.66 per
// common unit"): a partnership's units, not the company's shares.
func perUnitAfter(after string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(after), "per ")
	return ok && strings.Contains(firstWords(rest, 3), "unit")
}

// earningsLike reports a metric a call may give per share without saying
// so ("we earned $1.20", "FFO of $0.41"): earnings, income, FFO.
func earningsLike(metric string) bool {
	return containsAnyOf(metric, "earnings", "income", "loss", "ffo", "eps", "dividend", "book value")
}

// skipOfMetric is a text after a figure without the metric said of it:
// "of revenue pushed out of Q3" (or "revenue pushed out of Q3") ->
// "pushed out of Q3".
func skipOfMetric(a string) string {
	rest, ok := strings.CutPrefix(a, "of ")
	if !ok {
		rest, _ = strings.CutPrefix(a, "in ")
	}
	ws := strings.Fields(rest)
	for n := min(3, len(ws)); n >= 1; n-- {
		if metricPhraseSaid[strings.Join(ws[:n], " ")] {
			return strings.Join(ws[n:], " ")
		}
	}
	return a
}

// metricPhraseSaid holds the metric phrases, to ask whether words are one.
var metricPhraseSaid = func() map[string]bool {
	m := make(map[string]bool, len(metricPhrases))
	for _, p := range metricPhrases {
		m[p.said] = true
	}
	return m
}()

// afterPeriod is a text after a figure without the period said first:
// "$0.79 for the quarter on a recurring basis".
func afterPeriod(a string) string {
	for _, p := range []string{"for the quarter ", "in the quarter ", "this quarter ", "for the year ", "for the full year "} {
		if rest, ok := strings.CutPrefix(a, p); ok {
			return rest
		}
	}
	return a
}

// nameBeforeMetricRe finds a name in capitals right before a total's
// name, inside a sentence: "increasing Energy Solutions total backlog to".
var nameBeforeMetricRe = regexp.MustCompile(`[a-z,;] ((?:[A-Z][a-z]+ ){1,3})(?:total )?(?i:backlog|bookings|orders|order intake|adjusted ebitda|ebitda)\b`)

// namedBeforeMetric is the part named in capitals before the metric of a
// figure whose metric has no names to narrow it by ("Energy Solutions
// total backlog"), or "".
func namedBeforeMetric(rawNear string) string {
	m := nameBeforeMetricRe.FindStringSubmatch(rawNear)
	if m == nil {
		return ""
	}
	name := strings.ToLower(strings.TrimSpace(m[1]))
	for _, w := range strings.Fields(name) {
		if plainModifiers[w] || notParts[w] || leadStop[w] || genericOwner[w] || text.Months[w] > 0 || basisLike[w] {
			return "" // "Total Company", "Our", "Adjusted"
		}
	}
	return name
}

// noncontrollingSaid reports a text that names the minority owners of
// consolidated businesses.
func noncontrollingSaid(s string) bool {
	return containsAnyOf(s, "noncontrolling interest", "non-controlling interest", "non controlling interest", "minority interest")
}

// sizeOfThing reports a noun an amount said right before it gives the
// size of: "a $1 billion company", "a $500 million business".
func sizeOfThing(w string) bool {
	switch strings.TrimRight(w, ".,;:") {
	case "company", "companies", "business", "businesses", "brand", "brands", "enterprise", "franchise", "market", "markets",
		"opportunity", "opportunities", "industry", "category", "segment", "firm":
		return true
	}
	return false
}

// debtInstrument reports a word after an amount that names the debt it is
// the size of: "a $500 million bond offering", "$300 million of notes".
func debtInstrument(w string) bool {
	switch strings.TrimRight(w, ".,;:") {
	case "bond", "bonds", "note", "notes", "offering", "offerings", "debenture", "debentures", "issuance":
		return true
	}
	return false
}

// debtMetrics are the metrics an amount of debt raised may rightly carry.
var debtMetrics = map[string]bool{"debt": true, "net debt": true, "loans": true, "credit facility": true}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// multiYear is a span of several years said in a sentence: "over those
// seven years", "over the next five years", "through the next 3 years".
var multiYear = regexp.MustCompile(`\b(over|during|through|across|in) (the next |the coming |those |these |the |next )?` +
	`(?:(?:one|two|three|four|five|six|seven|eight|nine|[1-9])(?: to |-| or ))?(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) years\b`)

// yearsCounted reports " years" right after a count of two to ten, as
// every match of multiYear says: most sentences do not, and the expression
// is slow to say so.
func yearsCounted(s string) bool {
	for i := firstIndex(s, " years"); i >= 0; {
		if hasAnySuffix(s[:i], multiYearCounts...) {
			return true
		}
		j := firstIndex(s[i+1:], " years")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// multiYearCounts are the counts of years multiYear reads before "years".
var multiYearCounts = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10"}

// contractLife are the words of a total over the life of a contract or
// project: "revenue of roughly $90 million over the course of the project".
var contractLife = []string{"over the course of the project", "over the course of the contract", "over the life of", "over the term of",
	"over the duration of", "over the course of the agreement", "over the course of the deal"}

// contractLifeCore is in every one of contractLife: a sentence without it,
// most, is passed over in one scan instead of one a phrase.
const contractLifeCore = "over the "

// planGoalWords say that an amount is the goal of a plan ("progressing
// toward our five-year plan of achieving $50 of EPS").
var planGoalWords = []string{"year plan", "plan of achieving", "plan to reach", "plan to grow", "long-range plan", "strategic plan", "long-term plan",
	"progress toward", "progressing toward", "path toward", "journey toward", "work toward", "working toward"}

// planGoalCores are in every one of planGoalWords, for the same one scan.
var planGoalCores = []string{"plan", "toward"}

// planYield are the nouns after an amount and its metric that make it
// what a plan or program could yield ("$1 of EPS generation").
var planYield = wordSet(`generation opportunity opportunities potential upside power capacity`)

// perUnit reports "per gallon", "a barrel", "per square foot": an amount
// per unit of something other than a share.
func perUnit(after string) bool {
	var buf [8]string
	ws := fieldsOf(after, buf[:])
	for k := 0; k+1 < len(ws); k++ {
		if ws[k] != "per" && ws[k] != "a" {
			continue
		}
		switch strings.Trim(ws[k+1], ".,;:") {
		case "share", "diluted", "basic", "common", "fully", "class", "unit", "year", "quarter", "month", "annum", "cent", "percent":
			return false // per share, or per period
		case "gallon", "barrel", "ton", "tonne", "pound", "ounce", "square", "sq", "foot", "mile", "kilowatt", "megawatt", "mwh", "kwh",
			"boe", "mcf", "mmbtu", "bushel", "head", "room", "bed", "seat", "vehicle", "car", "truck", "store", "member", "subscriber",
			"user", "customer", "employee", "patient", "visit", "order", "transaction", "box", "case", "pallet":
			return true
		}
	}
	return false
}

// sizeOfWhatWasSaid reports a clause (pre: the sentence up to the figure,
// in lower case) whose subject is "this" or "that" and whose verb states a
// size ("This is approximately $300 million in net sales", "That
// represents about $40 million"): the amount measures what the sentence
// before said, not a metric of the period.
func sizeOfWhatWasSaid(pre string) bool {
	s := trimLeadWords(strings.TrimLeft(pre, " "))
	for _, subj := range []string{"this ", "that "} {
		rest, ok := strings.CutPrefix(s, subj)
		if !ok {
			continue
		}
		for _, v := range []string{"is ", "was ", "would be ", "will be ", "represents ", "represented ", "amounts to "} {
			if after, ok := strings.CutPrefix(rest, v); ok && !moreFieldsThan(after, 2) {
				return true // the amount right after the verb ("is approximately")
			}
		}
	}
	return false
}

// questionLike reports a hypothesis rather than a statement ("if revenue
// were $10 million", "what would EPS be at $2").
func (c factCtx) questionLike() bool {
	s := strings.TrimSpace(c.sent)
	if strings.HasSuffix(s, "?") {
		return true
	}
	if !hypothesisSaid.in(c.pre) {
		return false
	}
	if i := strings.Index(c.pre, "assuming "); i >= 0 && !otherHypothesisSaid.in(c.pre) && !containsWordOf(c.pre, "would", "could") &&
		containsAnyOf(c.pre[i:], "we expect", "we now expect", "we anticipate", "we project", "we forecast", "we are guiding", "we're guiding") {
		// "Assuming no new material disruptions from the pandemic, ...,
		// for the 4th quarter, we expect sales in the range of": guidance
		// and the assumptions it rests on, not a hypothesis
		return false
	}
	return true
}

// otherHypothesisWords are the words of a hypothesis or an example ("if
// revenue were", "for example"), looked for in all of a figure's sentence
// before it, but "assuming", which also states what guidance rests on.
var otherHypothesisWords = []string{"if ", "suppose ", "let's say", "let's call it", "call it", "hypothetical", "for example", "for instance", "order of magnitude", "rule of thumb"}

// hypothesisSaid holds "assuming" and otherHypothesisWords;
// otherHypothesisSaid the latter only.
var hypothesisSaid, otherHypothesisSaid = newSubstringSet(append([]string{"assuming "}, otherHypothesisWords...)...), newSubstringSet(otherHypothesisWords...)

// lastClauseWords is text.LastWords(lastClauseOf(c.pre), 14). When near
// is pre (a sentence's first figure, most), whose last words basis has
// read, and the last 14 of them hold no clause's end, they are the
// clause's last 14: no second walk back over them.
func (c factCtx) lastClauseWords() string {
	if len(c.near) == len(c.pre) { // (both end at the figure)
		if w := c.nearWords.Last(14); !clauseEndIn(w) {
			return w
		}
	}
	return text.LastWords(lastClauseOf(c.pre), 14)
}

// percentOfChange reports the words after a figure going on "or 9.1%
// dividend increase": the figure said again as a percent, then a change
// noun (its metric between at most).
func percentOfChange(post string) bool {
	_, rest, ok := strings.Cut(post, " or ")
	if !ok {
		return false
	}
	var buf [3]string
	w := fieldsOf(firstWords(rest, 3), buf[:])
	if len(w) < 2 || !strings.HasSuffix(w[0], "%") {
		return false
	}
	return changeNoun[strings.Trim(w[1], ".,;")] || len(w) == 3 && changeNoun[strings.Trim(w[2], ".,;")]
}

// spentOnAcquisition reports the words after an amount saying what
// acquisition it paid for: "for the Farrar Scientific acquisition".
func spentOnAcquisition(after string) bool {
	a := firstWords(strings.TrimSpace(after), 7)
	if !hasAnyPrefix(a, "for the ", "for our ", "on the ", "to fund the ") || clauseEndIn(a) {
		return false
	}
	return containsWordOf(a, "acquisition", "acquisitions")
}

// totalToDate is what says that a figure is a running total: "to date"
// said in its clause or after it (not "year to date", a part of the
// year), a sentence opening "As of <a day>, we have <done>" or one
// opening with a span to a recent day ("From July 1 through last
// Friday,"); or "".
func totalToDate(pre, clause, after string) string {
	for _, s := range []string{clause, firstWords(after, 6)} {
		if i := strings.Index(s, "to date"); i >= 0 && !hasAnySuffix(s[:i], "year ", "quarter ", "month ") {
			return "to date"
		}
	}
	lead, rest, ok := strings.Cut(pre, ",")
	if lead = strings.TrimSpace(lead); !ok || len(lead) > 40 {
		return ""
	}
	if containsAnyOf(lead, "through last ", "through yesterday", "through today", "until yesterday", "until today", "until last ") {
		return lead // "From July 1 through last Friday, we repurchased": the quarter and days after it
	}
	if !strings.HasPrefix(lead, "as of ") {
		return ""
	}
	if w := firstWords(strings.TrimSpace(rest), 3); hasAnyPrefix(w, "we have ", "we've ") &&
		containsWordOf(w, "purchased", "repurchased", "bought", "returned", "paid", "spent", "invested", "deployed") {
		return lead
	}
	return ""
}

// restatedAs is the word in the last words before a figure that says it
// is the figure before it in other terms ("which equates to", "translating
// into"), or "".
func restatedAs(last string) string {
	for _, w := range []string{"equates to", "equating to", "equal to", "equals", "equivalent to", "translates to", "translates into", "translating to", "translating into"} {
		if strings.Contains(last, w) {
			return w
		}
	}
	return ""
}

// returnedInAll reports a figure's clause that names all the capital a
// company returns ("our total distributions", "capital returned") and no
// one way of returning it.
func returnedInAll(clause string) bool {
	return containsAnyOf(clause, "distributions", "capital return", "return of capital", "returned to shareholders", "shareholder returns", "cash returned") &&
		!containsAnyOf(clause, "repurchase", "buyback", "bought back", "dividend")
}

// listedResults reports a clause whose "include" lists the results said
// ("A few quarterly items I'll mention include revenue of $296 million",
// "Highlights for the quarter include"), not the items a total holds ("our
// results include a $13 million gain", "items affecting the quarter
// include a $400,000 increase").
func listedResults(clause string) bool {
	i := strings.Index(clause, "includ")
	return i > 0 && containsWordOf(text.LastWords(clause[:i], 6), "highlights", "achievements", "accomplishments", "mention")
}

// ofFigureBefore reports the words between a figure and the words that
// call some figure superseded or compared (said right before them) when
// they show those words belong to the figure before it: a new clause after
// a semicolon ("over the prior year; and non-GAAP diluted EPS was $1.89"),
// or "or" before a figure compared itself ("$0.99 in Q3 versus $0.65 a year
// ago or $0.90 versus $0.72 on an adjusted basis").
func ofFigureBefore(rest string, c factCtx) bool {
	if len(c.near) == len(c.pre) {
		return false // no figure before it in the sentence
	}
	if strings.Contains(rest, ";") {
		return true
	}
	if i := strings.Index(rest, " and "); i >= 0 {
		if w, _, _ := strings.Cut(strings.TrimLeft(rest[i+len(" and "):], " "), " "); linkingVerbs[w] {
			return true // "an 81% increase compared to prior year and translates to $2.70": a predicate of its own
		}
	}
	// after "or" or "and" only when the figure is compared itself: "$0.90
	// versus $0.72", not "5.1% in prior year or $19.7 million", "$0.90
	// reported in the prior year and $1.50 on an adjusted basis"
	r := strings.Trim(rest, " ,")
	return (r == "or" || r == "and") && hasAnyPrefix(trimSpacesCommas(c.after), "versus ", "vs ", "vs. ", "compared ", "up from ", "down from ")
}

// setAgainst reports words that set a result against a range or a plan
// ("came in below the range of", "within", "versus").
func setAgainst(t string) bool {
	return containsAnyOf(t, "target", "below", "above", "within", "exceed", "versus", "compared", "end of", "short of", "ahead of")
}

// linkingVerbs open a predicate of their own after "and", which leads to
// the figure: what the words before "and" compared is the figure before.
var linkingVerbs = wordSet(`translates translated translating equates equated equating amounts amounted resulted results
	brings brought leads led`)

// dealAsModifier reports a sentence whose opening "the transaction" or
// "this acquisition" modifies the noun after it ("This transaction growth
// drove a 30% increase in revenue"): the company's own, not a deal's.
func dealAsModifier(sent string) bool {
	var buf [3]string
	w := fieldsOf(firstWords(sent, 3), buf[:])
	return len(w) == 3 && (w[1] == "transaction" || w[1] == "acquisition" || w[1] == "deal") && dealModified[strings.Trim(w[2], ".,;")]
}

// dealModified are the nouns "transaction", "acquisition" or "deal" name a
// kind of when said before them.
var dealModified = wordSet(`growth volume volumes count counts revenue revenues fee fees activity level levels trends
	processing costs cost expenses pipeline market environment multiples`)

// returnsTogether name dividends and buybacks as one sum.
var returnsTogether = []string{"dividends and share repurchases", "dividends and stock repurchases", "dividends and repurchases",
	"dividends and buybacks", "dividends and share buybacks", "share repurchases and dividends", "stock repurchases and dividends",
	"repurchases and dividends", "buybacks and dividends"}

// mannerWords say how much of a figure what follows accounts for:
// "primarily through", "mostly in".
var mannerWords = wordSet(`primarily mainly mostly largely principally predominantly chiefly`)

// returnedTogether reports a figure said as the sum of dividends and
// buybacks: right after returnsTogether (a connecting word between at
// most), or followed by "in", "through" or "via" one of them.
func returnedTogether(before, after string) bool {
	a := strings.TrimLeft(after, " ,")
	if w := firstWords(a, 1); mannerWords[strings.TrimSpace(w)] {
		a = a[len(w):] // "$850 million, primarily through a combination of share repurchases and dividends"
	}
	a = firstWords(strings.TrimSpace(a), 8)
	for _, p := range returnsTogether {
		if i := strings.LastIndex(before, p); i >= 0 && len(strings.Fields(before[i+len(p):])) <= 1 {
			return true
		}
		if hasAnyPrefix(a, "in ", "through ", "via ") && strings.Contains(a, p) {
			return true
		}
	}
	return false
}

// spentOnBoth reports an amount said to go "in", "on" or "for" buybacks and
// a second thing named right after them ("in share repurchases and
// investments"), not a second amount ("in share repurchases and $90
// million in dividends").
func spentOnBoth(after string) bool {
	a := strings.TrimSpace(after)
	if !hasAnyPrefix(a, "in ", "on ", "for ", "of ") {
		return false
	}
	clause := a
	if i := strings.IndexAny(clause, ",;."); i >= 0 {
		clause = clause[:i]
	}
	i := strings.Index(firstWords(clause, 8), " and ")
	if i < 0 || !hasAnySuffix(clause[:i], "repurchase", "repurchases", "buyback", "buybacks") {
		return false // (not "$9.5 million of stock repurchases along with dividends and changes in foreign exchange")
	}
	next := firstWords(clause[i+len(" and "):], 1)
	return next != "" && !isDigit(next[0]) && next[0] != '$' && !determiners[next] && next != "a" && next != "an"
}

// totalOfPart is the clause before a figure's own when the figure's clause
// says it is a part of that clause's total ("..., including $115 million
// in share repurchases"), or "" when it does not.
func totalOfPart(pre string) string {
	own := lastClauseOf(pre)
	if len(own) == len(pre) || !hasAnyPrefix(strings.TrimSpace(own)+" ", "including ", "of which ", "which included ") {
		return ""
	}
	return lastClauseOf(pre[:len(pre)-len(own)-1])
}

// partOfTotal reports a figure whose clause says it is a part of the
// total before it ("of which", "including", totalOfPart) when that total
// is of the figure's metric and the figure names no metric of its own
// after it ("including $115 million in share repurchases" does).
func partOfTotal(c factCtx, metric string) bool {
	whole := totalOfPart(c.pre)
	if whole == "" || !digitOrSignSaid(whole) || namesMetric(whole) != metric {
		return false // "EBITDA, including joint ventures was $213 million": no total said before
	}
	own := lastClauseOf(c.pre) // "which included ... compared to operating cash flows of": its own metric
	return namesMetric(own) == "" && namesMetric(firstWords(trimSpacesCommas(c.after), 6)) == ""
}

// unitAt is the legal unit a sentence (before its figure) says its
// figures are of, "at the utility" or "at the holding company" ("Turning
// to 2020 guidance at the utility, ... we project earnings per share to
// be between $1.72 and $1.78"), or "".
func unitAt(pre string) string {
	if !strings.Contains(pre, "at the ") && !strings.Contains(pre, "at our ") {
		return "" // (most sentences)
	}
	for _, u := range [...]struct{ said, unit string }{
		{"at the utility", "utility"}, {"at the utilities", "utility"}, {"at our utility", "utility"}, {"at our utilities", "utility"},
		{"at the holding company", "holding company"}, {"at our holding company", "holding company"}, {"at the parent", "holding company"},
		{"at the holdco", "holding company"},
	} {
		if i := strings.Index(pre, u.said); i >= 0 && (i+len(u.said) == len(pre) || !isWordByte(pre[i+len(u.said)])) {
			return u.unit
		}
	}
	return ""
}

// pairedWith are the words between a result and the earlier amount it is
// set against, said as a pair: "$0.90 versus $0.72".
var pairedWith = map[string]bool{"versus": true, "vs.": true, "vs": true, "compared to": true, "compared with": true}

// clauseEndIn reports a byte that lastClauseOf may end a clause at.
func clauseEndIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ';' || c == ':' || c == ',' {
			return true
		}
	}
	return false
}

// guidanceWording reports the words a company gives guidance with.
func guidanceWording(s string) bool {
	return guidanceWords.in(s)
}

// guidanceWords hold the words guidanceWording looks for, in one pass
// over a text: it is asked of whole sentences and paragraphs.
var guidanceWords = newSubstringSet("expect", "guidance", "guide", "guiding", "outlook", "forecast", "anticipat", "projected", "projecting", "projection", "we project",
	"we see", "now see", "sees", "target", "estimat", "reaffirm", "reiterat", "range of", "to be between", "to range",
	"plan to", "planning for", "planned", "budget", "assum", "will be in the range", "looking ahead", "full year",
	"full-year", "for the year", "next year")

// annualizedRates are the phrases in which "annual" names a rate, not a span.
var annualizedRates = newReplacer("annualized basis", "", "annualized rate", "", "annualized growth", "")

// span moves a figure said for another span of time than its period:
// "$1.83 per share in the first nine months", "for the full year", and
// leaves the period unknown when that span cannot be read.
func (c factCtx) span(f *Figure) bool {
	if slices.Contains(f.Reasons, pairedPeriod) {
		return false // "fourth quarter and full year ... of $522 million and $2 billion"
	}
	if f.Kind == Guidance && f.Period != "" && f.Period[0] == 'Q' {
		// "we are projecting annual 2020 revenue ... and EPS between $5 and $5.09"
		quarter := false
		for _, p := range text.FindPeriods(c.sent) {
			if p.Kind == text.Quarter || p.Kind == text.Half {
				quarter = true
			}
		}
		if !quarter && !strings.Contains(c.sent, "quarter") && containsAnyOf(c.sent, "annual", "full year", "full-year", "for the year", "fiscal year") {
			f.Reasons = append(f.Reasons, "period: guidance for the year, not "+f.Period)
			f.Period = ""
			return true
		}
		return false
	}
	if f.Kind != Actual && f.Kind != Prior || f.Period == "" {
		return false
	}
	after := firstWords(skipPerShare(trimSpacesCommas(ownClause(c.after))), 9)
	clause := c.lastClauseWords()
	if f.Period[0] == 'F' {
		// "$1.83 per share in the first nine months of fiscal 2020", "For
		// the first nine months of 2020, net earnings were" are not the year's
		lead := ""
		if i := strings.IndexByte(c.pre, ','); i > 0 && i < 60 && (!yearSaid(c.pre[:i]) || strings.Contains(c.pre[:i], f.Period[3:])) {
			lead = c.pre[:i] // of this figure's year: not "In the first half of 2021, ... from 10% in 2015"
		}
		if whole := totalOfPart(c.pre); whole != "" && !yearSaid(lastClauseOf(c.pre)) {
			lead += " " + whole // "... for the first nine months was $724 million, including $115 million": the total's span
		}
		for _, w := range []string{"nine months", "first half", "six months", "year-to-date", "year to date", "first three quarters", "first nine"} {
			if strings.Contains(after, w) || strings.Contains(clause, w) || strings.Contains(lead, w) {
				f.Reasons = append(f.Reasons, "period: said for part of the year ('"+w+"'), not "+f.Period)
				f.Period = partOfYear(after+" "+clause+" "+lead, 0, periodYearOf(f.Period))
				return true
			}
		}
		return !c.quarterSaid() && yearCompared(after) != ""
	}
	if f.Period[0] != 'Q' {
		return false
	}
	opening := "" // "For the trailing 12-month period, ...": a span said first holds for the sentence
	if i := strings.IndexByte(c.pre, ','); i > 0 && i < 60 && hasAnyPrefix(strings.TrimSpace(c.pre), "for ", "over ", "on ", "in ", "during ") {
		opening = c.pre[:i]
	}
	if w := trailingSaid(opening + " " + clause + " " + after); w != "" {
		// "For the trailing 12-month period, our gross margin was 42%": the
		// four quarters to date, a span the figure model has no period for
		f.Reasons = append(f.Reasons, "period: said for the trailing twelve months ('"+w+"'), not "+f.Period)
		f.Period = ""
		return true
	}
	if n := throughQuarter(after); n > 1 {
		// "share repurchases with $177 million through the third quarter":
		// the year to date
		f.Reasons = append(f.Reasons, "period: a total through the quarter, not "+f.Period)
		y := periodYearOf(f.Period)
		f.Period = ""
		if n < 4 && y > 0 {
			f.Period = [...]string{2: "H1", 3: "9M"}[n] + " " + strconv.Itoa(y)
		}
		return true
	}
	// "EPS of $0.86 in the linked fourth quarter of 2020": a quarter said right after the amount
	a10 := firstWords(after, 10)
	// (only a quarter counts, and every quarter said has a q: quarterSaid)
	if ps := quartersIn(a10); len(ps) > 0 {
		p, lead := ps[0], a10[:ps[0].Start]
		if !moreFieldsThan(lead, 4) && !containsAnyOf(lead, "from", "compar", "versus", "vs", "than", "over", "against", "to", "prior", "last", "ago") &&
			p.Kind == text.Quarter && p.Year > 0 && p.String() != f.Period {
			f.Reasons = append(f.Reasons, "period: "+p.String()+" said after the amount, not "+f.Period)
			f.Period = p.String()
			return false
		}
	}
	if lead, _, ok := strings.Cut(c.pre, ","); ok && len(lead) < 50 && strings.HasPrefix(strings.TrimSpace(lead), "since ") && !c.quarterSaid() {
		// "Since that time, we have repurchased 15.2 million shares,
		// aggregating $1.7 billion": a total since then, not the quarter's
		f.Reasons = append(f.Reasons, "period: a total since a time before the quarter ('"+strings.TrimSpace(lead)+"'), not "+f.Period)
		f.Period = ""
		return true
	}
	if w := totalToDate(c.pre, clause, after); w != "" && !c.quarterSaid() {
		// "As of yesterday, we have purchased 7.1 million shares for an
		// aggregate cost of $333 million", "of which $200 million has been
		// repurchased to date": a total over more than the quarter
		f.Reasons = append(f.Reasons, "period: a total to a date ('"+w+"'), not "+f.Period)
		f.Period = ""
		return true
	}
	since := ""
	if strings.Contains(clause, "since ") || strings.Contains(after, "since ") {
		since = sinceSaid(clause + " | " + after) // (joined only then: most figures say no "since")
	}
	if since != "" {
		// "we have returned $726 million to shareholders since 2009": a
		// total since then; not "the highest since 2015", a record
		f.Reasons = append(f.Reasons, "period: a total '"+since+"', not "+f.Period)
		f.Period = ""
		return true
	}
	if !c.quarterSaid() {
		// "In March, comp sales rose 9%", "accelerate in April as we delivered
		// 11% comp sales": a month's figure, not the quarter's
		lead := ""
		if i := strings.IndexByte(c.pre, ','); i > 0 && i < 40 {
			lead = c.pre[:i]
		}
		for _, s := range []string{clause, lead, after} {
			if m := monthNamed(s); m != "" {
				f.Reasons = append(f.Reasons, "period: said for a month ('"+m+"'), not "+f.Period)
				f.Period = ""
				return true
			}
		}
	}
	if !c.quarterSaid() && c.says(cueYear) && containsAnyOf(c.pre, "throughout the year", "the year 19", "the year 20", "for the year", "full year", "full-year") {
		if f.Kind == Actual && f.Period[1] == '4' && containsAnyOf(c.pre, "for the year", "full year", "full-year") &&
			(!containsAnyOf(c.pre, "the year 19", "the year 20") || strings.Contains(c.pre, "the year "+f.Period[3:])) {
			// "For the year, net income came in at $313 million, that's
			// $3.13 per share" on a fourth-quarter call: the year it ends
			f.Reasons = append(f.Reasons, "period: the sentence speaks of the year the quarter ends, not "+f.Period)
			f.Period = "FY " + f.Period[3:]
			return true
		}
		f.Reasons = append(f.Reasons, "period: the sentence speaks of a year, not "+f.Period)
		f.Period = ""
		return true
	}
	if f.Period[1] == '4' && !c.quarterSaid() && containsAnyOf(c.pre, "completed a year", "completed the year", "completed our year") {
		// "We just completed a year where, despite ..., we earned $40 in EPS"
		f.Reasons = append(f.Reasons, "period: the year just completed, not "+f.Period)
		f.Period = "FY " + f.Period[3:]
		return true
	}
	for _, w := range otherSpanSet.orNone(otherSpans, after, clause) {
		if (w == "this year" || strings.HasSuffix(w, "the year") && w != "for the year") && c.quarterSaid() {
			// "in the first quarter of this year", "$0.32 this year versus $1.86 in the prior year['s quarter]";
			// "during the year, fourth quarter sales were" keeps its quarter
			continue
		}
		if w == "annual" && (!strings.Contains(after, w) && !strings.Contains(clause, w) || !containsAnyOf(annualizedRates.Replace(after+" "+clause), "annual")) {
			continue // "up 18% on a linked-quarter annualized basis" is a rate, not a span
		}
		if !strings.Contains(clause, w) && quarterSaid(clause) && verbFirst(after) {
			// "Fourth quarter adjusted EPS of $3.28 brought full year earnings
			// to $12.88": the span is the next clause's; this one names its quarter
			continue
		}
		if strings.Contains(after, w) || strings.Contains(clause, w) {
			f.Reasons = append(f.Reasons, "period: said for another span ('"+w+"'), not "+f.Period)
			q, _ := strconv.Atoi(f.Period[1:2])
			if q == 4 && strings.HasSuffix(w, "the year") && w != "for the year" {
				// on the call that closes a year, "during the year" and "we
				// ended the year with" speak of that year; earlier, "ended the
				// year" is a past year-end the figure model has no period for
				f.Period = "FY " + f.Period[3:]
				return true
			}
			if w == "during the year" {
				// on a mid-year call "repurchased during the year" is the year to date
				f.Period = partOfYear("year-to-date", q, periodYearOf(f.Period))
				return true
			}
			f.Period = partOfYear(after+" "+clause, q, periodYearOf(f.Period))
			return true
		}
	}
	if y := yearCompared(after); y != "" && !c.quarterSaid() {
		f.Reasons = append(f.Reasons, "period: compared with the year "+y+", not "+f.Period)
		f.Period = ""
		return true
	}
	return false
}

// throughQuarter is the quarter n of "through the third quarter" ("through
// Q3", "through the end of the third quarter") said right after an amount
// (or after "of" and its metric),
// with no year after it: a running total since the year began. It is 0
// when the words after the amount say no such thing.
func throughQuarter(after string) int {
	a := strings.TrimLeft(after, " ,")
	if !strings.HasPrefix(a, "through ") {
		// "$702.5 million of total sales through the third quarter": the
		// metric named between
		of := strings.TrimPrefix(a, "of ")
		if i := strings.Index(of, " through "); i >= 0 && !moreFieldsThan(of[:i], 4) && namesMetric(of[:i]) != "" {
			a = of[i+1:]
		}
	}
	rest, ok := strings.CutPrefix(a, "through ")
	if !ok {
		return 0
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the end of "), "the ")
	w := strings.Fields(firstWords(rest, 3))
	n := 0
	switch {
	case len(w) >= 2 && text.Ordinals[w[0]] > 0 && strings.TrimRight(w[1], ",.;") == "quarter":
		n, w = text.Ordinals[w[0]], w[2:]
	case len(w) >= 1 && len(strings.TrimRight(w[0], ",.;")) == 2 && w[0][0] == 'q' && w[0][1] >= '1' && w[0][1] <= '4':
		n, w = int(w[0][1]-'0'), w[1:]
	default:
		return 0
	}
	if len(w) > 0 && (w[0] == "of" || text.Year(strings.TrimRight(w[0], ",.;")) > 0) {
		return 0 // "through the third quarter of 2020": a span the period readers take
	}
	return n
}

// otherSpans are the spans of time other than a quarter that a quarter's
// figure may be said for ("$1.83 per share in the first nine months").
var otherSpans = []string{"nine months", "first half", "six months", "full year", "full-year", "for the year",
	"year-to-date", "year to date", "twelve months", "12 months", "for the first three quarters", "annual", "annually",
	"for the fiscal year", "this year", "per year", "during the year", "finished the year", "ended the year", "closed the year"}

// verbFirst reports words after a figure that open with a verb of their
// own ("brought full year earnings to", "took the year's total to"): a
// new predicate, whose span is not the figure's.
func verbFirst(after string) bool {
	return totalVerbs[strings.Trim(firstWords(after, 1), " ,;")]
}

// totalVerbs say that a figure brought a larger total to its level ("$3.28
// brought full year earnings to $12.88"): what follows them is another
// figure's.
var totalVerbs = wordSet(`brought brings bringing took takes taking lifted lifting pushed pushing`)

// trailingYearWords are the ways a call names the four quarters to date.
var trailingYearWords = []string{"trailing 12", "trailing twelve", "trailing four quarters", "on a ttm basis", "last twelve months", "last 12 months"}

var trailingYear = newSubstringSet(trailingYearWords...)

// trailingSaid is the first of trailingYearWords that s says, or "".
func trailingSaid(s string) string {
	if !trailingYear.in(s) {
		return ""
	}
	for _, w := range trailingYearWords {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// otherSpanSet holds otherSpans: span asks them of every quarter's figure,
// whose words say none of them most of the time.
var otherSpanSet = newSubstringSet(otherSpans...)

// fullMonthName reports a month name of text.Months said in full, not
// abbreviated ("march", "may"; not "mar", "sept").
func fullMonthName(w string) bool {
	return len(w) > 4 || w == "may" || w == "june" || w == "july"
}

// monthNameSet holds the full month names: monthNamed is asked of every
// figure's clauses, few of which name a month.
var monthNameSet = func() *substringSet {
	var names []string
	for _, w := range slices.Sorted(maps.Keys(text.Months)) {
		if fullMonthName(w) {
			names = append(names, w)
		}
	}
	return newSubstringSet(names...)
}()

// monthNamed is the first month of s said as a span of time ("in April",
// "March comp sales", "for the month of June"), or "". A month with a day
// ("March 31") is a date, which ends a period rather than being one, and
// "may" is a month only after a preposition.
func monthNamed(s string) string {
	if !monthNameSet.in(s) {
		return "" // most text: no words to split
	}
	ws := strings.Fields(s)
	for k, w := range ws {
		w = strings.Trim(w, ".,;:()\"'")
		if _, ok := text.Months[w]; !ok || !fullMonthName(w) {
			continue // a month's full name only: "mar", "sept" are not said
		}
		prev := ""
		if k > 0 {
			prev = ws[k-1]
		}
		if w == "may" && prev != "in" && prev != "of" && prev != "for" && prev != "during" && prev != "through" {
			continue
		}
		if before := strings.Join(ws[max(0, k-4):k], " "); containsAnyOf(before, "ended", "ending", "end of", "as of", "through", "since") {
			continue // "the quarter ended March", "at the end of this August", "through March": a period's end
		}
		if before := strings.Join(ws[max(0, k-3):k], " "); containsAnyOf(before, "payable", "paid", "pay ", "due", "effective", "clos", "announc",
			"launch", "start", "begin", "until", "by ", "before", "after", "expir", "matur", "complet", "sign", "file", "filing") {
			continue // "a dividend payable in March", "the deal closed in April": when something happens, not a span
		}
		if next := strings.Trim(ws[min(k+1, len(ws)-1)], ".,;:()"); k+1 < len(ws) && next != "" && next[0] >= '0' && next[0] <= '9' && !(len(next) == 4 && text.Year(next) > 0) {
			continue // "March 31", "December 31st": a date ("February 2020" is the month)
		}
		return w
	}
	return ""
}

// againstOlderYear gives a rate measured against a year before last
// ("same store sales increased 26% over 2019" on a 2021 call) the basis
// "two-year": it is not the change from a year before that the metric
// states unqualified.
func againstOlderYear(f *Figure, after, pre string) {
	if f.Unit != "%" || f.Basis != "" || len(f.Period) < 4 {
		return
	}
	said := yearCompared(after)
	if said == "" && hasFourDigits(pre) {
		// "The quarter was even more impressive relative to 2019, with
		// revenue up 14%": the comparison said before, for the sentence
		for _, p := range []string{"relative to ", "compared to ", "compared with ", "versus ", "vs. "} {
			if i := lastIndex(pre, p); i >= 0 {
				if w := strings.Trim(firstWords(pre[i+len(p):], 1), ".,;"); len(w) == 4 && isDigits(w) && (w[:2] == "19" || w[:2] == "20") {
					said = w
					break
				}
			}
		}
	}
	if said == "" {
		return // most figures: no error to make
	}
	y, err := strconv.Atoi(said)
	if err != nil {
		return
	}
	if py, err := strconv.Atoi(f.Period[len(f.Period)-4:]); err == nil && y <= py-2 {
		f.Basis = "two-year"
		f.Reasons = append(f.Reasons, "basis: measured against "+strconv.Itoa(y)+", not a year before")
	}
}

// ownClause is the words after a figure up to a new clause about something
// else: "$2.69, which reflects a compound annual growth rate ..." stops
// before "which".
func ownClause(after string) string {
	for i := 0; i < len(after); i++ {
		if after[i] != ',' && after[i] != ';' {
			continue
		}
		if after[i] == ';' {
			return after[:i]
		}
		switch strings.Trim(firstWords(after[i+1:], 1), ".,;") {
		case "which", "reflecting", "representing", "driven", "due", "primarily", "a", "an", "as", "while", "and", "but", "with", "up", "down",
			"resulting", "leading", "bringing", "giving", "taking":
			return after[:i]
		}
	}
	for _, w := range []string{" and ", " while ", " whereas "} {
		if i := strings.Index(after, w); i >= 0 {
			after = after[:i] // "$1.02 last year and for the first nine months, ..."
		}
	}
	return after
}

// spanJoined reports the few words that join two figures of one statement
// ("or", "compared to", "versus", "up from"): a span said with the second
// holds for the first.
func spanJoined(between string) bool {
	g := strings.TrimSpace(strings.Trim(between, " ,"))
	if moreFieldsThan(g, 6) || strings.ContainsAny(g, ";") || yearSaid(g) || containsAnyOf(g, "quarter", "fiscal", "months") {
		// "$22 billion in fiscal 2021, an increase of 25% over 2020": the first names its own period
		return false
	}
	return g == "or" || strings.Contains(g, "compared") || strings.Contains(g, "versus") || strings.HasSuffix(g, "from") ||
		isDeltaBefore(g) // "$2.05 was up 14%, compared to $1.80 in 2018": the change of the first
}

// quarterSaid reports a sentence that names a quarter or a period: its bare
// years are the years of that quarter ("$1.96 in 2020" after "in the quarter").
func (c factCtx) quarterSaid() bool {
	return c.quarter
}

// sentenceFacts are what rules of several figures of one sentence ask of
// it, read once a sentence.
type sentenceFacts struct {
	quarter bool // it says a quarter (or "period"): quarterSaid
	segment bool // it speaks of one segment ("this segment", "in the segment")
	cues    cueSet
}

// readSentence reads sentenceFacts from a sentence in lower case.
func readSentence(sent string) sentenceFacts {
	return sentenceFacts{
		quarter: quarterWordSaid.in(sent),
		segment: containsAnyOf(sent, "gment", "divis") && oneSegmentSaid.in(sent), // (each of its words says one)
		cues:    readCues(sent),
	}
}

// cueSet is a set of cues: words without a space that every word some
// rules look for holds ("clud" of "excluding", "included"). A sentence's
// cues are found once, in one pass over it; a rule asks says first and
// skips its own search when the sentence says none of its cues. That is
// exact for every text a rule reads of the sentence: a slice of it, or
// its words joined by single spaces (firstWords, LastWords), which hold a
// word without a space only where the sentence does. (Each of the
// hundreds of thousands of short searches a build makes costs more than
// the bit test; the rules keep their own words, the cues only say where
// none can be.)
type cueSet uint64

const (
	cueClud cueSet = 1 << iota
	cueDilution
	cueAccretion
	cueWind
	cueGuid
	cueOutlook
	cueForecast
	cueExpect
	cueRange
	cueMidpoint
	cueTarget
	cuePrevious
	cuePrior
	cueOriginal
	cueInitial
	cueEarlier
	cueDeferred
	cueDelayed
	cuePushed
	cueSlipped
	cueShifted
	cueMoved
	cueMilestone
	cueAmbition
	cueAspiration
	cueEvery
	cueEach
	cueMonth
	cueWeek
	cueRate
	cueAnnualized
	cueCharges
	cueExpenses
	cueCosts
	cueAdjustments
	cueImpact
	cueEffect
	cueYear
	cuePlan
	cueToward
	cueJoint
	cueJV
	cueUnconsolidated
	cueEquity
	cueGaap
	cueAccident
)

// cueWords are the cues' words.
var cueWords = map[cueSet]string{
	cueClud: "clud", cueDilution: "dilution", cueAccretion: "accretion", cueWind: "wind",
	cueGuid: "guid", cueOutlook: "outlook", cueForecast: "forecast", cueExpect: "expect", cueRange: "range",
	cueMidpoint: "midpoint", cueTarget: "target",
	cuePrevious: "previous", cuePrior: "prior", cueOriginal: "original", cueInitial: "initial", cueEarlier: "earlier",
	cueDeferred: "deferred", cueDelayed: "delayed", cuePushed: "pushed", cueSlipped: "slipped", cueShifted: "shifted", cueMoved: "moved",
	cueMilestone: "milestone", cueAmbition: "ambition", cueAspiration: "aspiration",
	cueEvery: "every", cueEach: "each", cueMonth: "month", cueWeek: "week",
	cueRate: "rate", cueAnnualized: "annualized",
	cueCharges: "charges", cueExpenses: "expenses", cueCosts: "costs", cueAdjustments: "adjustments", cueImpact: "impact", cueEffect: "effect",
	cueYear: "year", cuePlan: "plan", cueToward: "toward",
	cueJoint: "joint", cueJV: "jv", cueUnconsolidated: "unconsolidated", cueEquity: "equity", cueGaap: "gaap", cueAccident: "accident",
}

// cueSaid finds the cues' words of four bytes or more; cueOfWord gives a
// word's cue. The shorter ones ("jv") are looked for one by one: in the
// set they would keep its skip from passing over more than a byte.
var cueSaid, cueOfWord, shortCues = func() (*substringSet, map[string]cueSet, []cueSet) {
	of := map[string]cueSet{}
	var words []string
	var short []cueSet
	for c, w := range cueWords {
		of[w] = c
		if len(w) < 4 {
			short = append(short, c)
			continue
		}
		words = append(words, w)
	}
	slices.Sort(words) // (the set is the same in any order; built alike each run)
	slices.Sort(short)
	return newSubstringSet(words...), of, short
}()

// readCues is the set of cues a sentence (lower case) says.
func readCues(sent string) cueSet {
	var cues cueSet
	cueSaid.said(sent, func(w string) { cues |= cueOfWord[w] })
	for _, c := range shortCues {
		if strings.Contains(sent, cueWords[c]) {
			cues |= c
		}
	}
	return cues
}

// says reports whether the figure's sentence says one of cues: when not,
// the rule asked next cannot find its words.
func (c factCtx) says(cues cueSet) bool {
	return c.cues&cues != 0
}

// quarterWordSaid and oneSegmentSaid hold the words readSentence looks
// for in every sentence with a figure.
var (
	quarterWordSaid = newSubstringSet("quarter", "period", "three months", "3 months")
	oneSegmentWords = []string{"this segment", "that segment", "this division", "the segment's", "for the segment", "in the segment"}
	oneSegmentSaid  = newSubstringSet(oneSegmentWords...)
)

// yearCompared is the bare year of "compared to $1.80 in 2018" said
// right after an amount: a comparison with a whole year.
func yearCompared(after string) string {
	if !hasFourDigits(after) && !strings.Contains(after, "fy ") && !strings.Contains(after, "fiscal '") {
		return "" // no year said: no words to split
	}
	var buf [8]string
	ws := fieldsOf(firstWords(after, 8), buf[:])
	for k := 1; k < len(ws); k++ {
		w := strings.Trim(ws[k], ".,;")
		if short := strings.TrimPrefix(w, "'"); len(short) == 2 && short != w && isDigits(short) && (ws[k-1] == "fy" || ws[k-1] == "fiscal") {
			w = "20" + short // "over FY '20"
		}
		prev := ws[k-1]
		if (prev == "fiscal" || prev == "fy") && k >= 2 {
			prev = ws[k-2] // "compared to fiscal 2020": the word before "fiscal" says it is compared
		}
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w) {
			switch prev {
			case "in", "to", "versus", "vs.", "over", "from", "than", "with":
				if k+1 < len(ws) && (strings.HasPrefix(ws[k+1], "quarter") || strings.HasPrefix(ws[k+1], "period")) {
					continue
				}
				if k >= 2 && (ws[k-2] == "quarter" || ws[k-2] == "of" || text.Ordinals[ws[k-2]] > 0) {
					continue
				}
				return w
			}
		}
	}
	return ""
}

// hasFourDigits reports four ASCII digits in a row in s, as every year
// said has.
func hasFourDigits(s string) bool {
	const ones = 0x0101010101010101
	run := 0
	for i := 0; i < len(s); {
		if run == 0 && i+8 <= len(s) && bytesBelow(load8(s, i)^0x30*ones, 10) == 0 {
			i += 8 // eight bytes without a digit (most of a text), as in digitsIn
			continue
		}
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
		i++
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// leadingFields puts the first len(buf) words of s, as strings.Fields
// splits it, in buf and returns them: a rule that reads the first few words
// after a figure has them without a list of all of them.
func leadingFields(s string, buf []string) []string {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(buf) {
			break
		}
		buf[n] = w
		n++
	}
	return buf[:n]
}

// wouldHaveWords say what would have been, not what was.
var wouldHaveWords = []string{"would have", "would've", "could have been", "might have been"}

// wouldHaveSet holds wouldHaveWords, looked for in all of a figure's
// sentence before it.
var wouldHaveSet = newSubstringSet(wouldHaveWords...)

// wouldHaveSaid reports wouldHaveWords in pre's last clause joined to pre.
// The clause is the end of pre, so the words are in pre, or cross the join
// only when pre opens with "have" or "been": the joined text, a copy of
// pre for every figure, is built for those alone.
func wouldHaveSaid(pre string) bool {
	return wouldHaveSet.in(pre) ||
		hasAnyPrefix(pre, "have", "been") && wouldHaveSet.in(lastClauseOf(pre)+" "+pre)
}

// moreFieldsThan reports len(strings.Fields(s)) > n without the list:
// the rules count the words of short texts around every figure.
func moreFieldsThan(s string, n int) bool {
	if n < 0 {
		return true
	}
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// fieldsOf is strings.Fields(s), in buf's room when the words fit: the
// rules split short texts (a few words before or after a figure) for every
// figure, and the list need not outlive the rule.
func fieldsOf(s string, buf []string) []string {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(buf) {
			return strings.Fields(s) // more words than room: split as ever
		}
		buf[n] = w
		n++
	}
	return buf[:n]
}

// containsAnyOf reports whether s contains one of words. The rules ask it
// of every figure's sentence with a few dozen words at a time: in a text
// longer than strings.Contains searches by brute force, a word is looked
// for where its rarest byte in English (byteCommonness) is, not its first
// ("expect" by its "x", not its "e"), so the scan stops seldom.
func containsAnyOf(s string, words ...string) bool {
	if len(s) <= 64 {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	for _, w := range words {
		if w == "" {
			return true
		}
		at := rarestByte(w)
		end := len(s) - len(w) + at + 1 // where w's rarest byte can be, w in s: [at, end)
		for from := at; from < end; {
			i := strings.IndexByte(s[from:end], w[at])
			if i < 0 {
				break
			}
			i += from
			if saidAt(s, i-at, w) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// saidAt reports w at s[p:], which holds len(w) bytes: its two ends are
// compared first, since most places where the rarest byte of a word is
// found hold another word, and comparing the rest is a call.
func saidAt(s string, p int, w string) bool {
	return s[p] == w[0] && s[p+len(w)-1] == w[len(w)-1] && s[p:p+len(w)] == w
}

// rarestByte is where w has its rarest byte in English, the first of
// them; 0 for "". A byte's rank and place are one number, rank above, so
// that the least of them is the first of the rarest and one value is kept
// (not two, swapped about each byte): the rules ask this of every word
// they look for.
func rarestByte(w string) int {
	least := 1 << 40 // (above any byte's: "" gives 0)
	for k := range len(w) {
		least = min(least, int(byteCommonness[w[k]])<<32|k)
	}
	return least & (1<<32 - 1)
}

// firstIndex is strings.Index(s, w), found by w's rarest byte as
// containsAnyOf does in a text longer than Index searches by brute force:
// Index stops at each place w's first byte is, and a word looked for with
// the space before it (" for the ") is stopped at every space.
func firstIndex(s, w string) int {
	if len(s) <= 64 || len(w) < 2 {
		return strings.Index(s, w)
	}
	at := rarestByte(w)
	end := len(s) - len(w) + at + 1 // where w's rarest byte can be, w in s: [at, end)
	for from := at; from < end; {
		i := strings.IndexByte(s[from:end], w[at])
		if i < 0 {
			break
		}
		i += from
		if saidAt(s, i-at, w) {
			return i - at
		}
		from = i + 1
	}
	return -1
}

// lastIndex is strings.LastIndex(s, w), found backwards by w's rarest
// byte as containsAnyOf does: the rules ask it of every figure's words,
// and LastIndex's rolling hash costs more on texts this short.
func lastIndex(s, w string) int {
	if len(w) < 2 {
		return strings.LastIndex(s, w)
	}
	at := rarestByte(w)
	for end := len(s) - len(w) + at + 1; end > at; { // w's rarest byte, w in s: [at, end)
		i := lastByte(s[at:end], w[at])
		if i < 0 {
			break
		}
		i += at
		if saidAt(s, i-at, w) {
			return i - at
		}
		end = i
	}
	return -1
}

// byteCommonness ranks bytes by how often English text says them, the
// space and "e" first; any other byte (a digit, a sign, a capital) is
// rarer than every letter.
var byteCommonness = func() (rank [256]uint8) {
	const common = " etaoinshrdlcumwfgypbvkjxqz" // most common first
	for k := range common {
		rank[common[k]] = uint8(len(common) - k)
	}
	return rank
}()

// withinPart is the part of the company named by "within" after a figure
// ("1.6% same unit revenue growth within benefits and insurance"), or "":
// a range, an expectation or a span of time is not a part.
func withinPart(after string) string {
	i := strings.Index(after, "within ")
	if i < 0 || i > 0 && after[i-1] != ' ' {
		return ""
	}
	rest := after[i+len("within "):]
	if j := strings.IndexAny(rest, ",;:"); j >= 0 {
		rest = rest[:j]
	}
	if j := strings.IndexAny(after[:i], ",;:"); j >= 0 {
		return "" // said of another clause than the figure's
	}
	var part []string
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,;:")
		if w == "" || ofStop[w] && w != "and" || verbish(w) || strings.ContainsAny(w, "0123456789$%") {
			break
		}
		part = append(part, w)
	}
	for len(part) > 0 && part[len(part)-1] == "and" {
		part = part[:len(part)-1]
	}
	if len(part) == 0 || len(part) > 4 || containsAnyOf(strings.Join(part, " "), "guidance", "range", "expectation", "target", "outlook", "forecast",
		"company", "industry", "market", "peer", "limit", "reason", "tolerance", "budget", "plan", "reach", "day", "week") {
		return ""
	}
	return strings.Join(part, " ")
}

// notNamedInClause ends the reason subject gives a metric carried from
// earlier words; borrowedMetric looks for it.
const notNamedInClause = " is not named in the figure's clause"

// borrowedMetric reports a figure whose metric was carried from earlier
// words, not named in its own clause (see subject).
func borrowedMetric(f Figure) bool {
	for _, r := range f.Reasons {
		if strings.HasPrefix(r, "subject: ") && strings.HasSuffix(r, notNamedInClause) {
			return true
		}
	}
	return false
}

// wholeTotal reports "total" said of the whole company ("total revenue",
// "in total"), not as the verb of a part's figure ("net revenues total a
// record $521 million") nor inside "totaled".
func wholeTotal(s string) bool {
	ws := strings.Fields(s)
	for k, w := range ws {
		if strings.Trim(w, ".,;:") != "total" {
			continue
		}
		if k+1 < len(ws) {
			switch next := ws[k+1]; {
			case next == "a" || next == "an" || next == "about" || next == "approximately" || next == "roughly" || next == "nearly" || next == "over" || next == "more" || next == "just",
				next != "" && (next[0] == '$' || next[0] >= '0' && next[0] <= '9'):
				continue // "revenues total a record $521 million": the verb
			}
		}
		return true
	}
	return false
}

// containsWordOf reports whether s has one of words as a whole word.
func containsWordOf(s string, words ...string) bool {
	for _, w := range words {
		if lastWord(s, w) >= 0 {
			return true
		}
	}
	return false
}

// isDeltaBefore reports a figure that is the size of a change: "revenues
// were up approximately $7.5 million", "an increase of $3 million".
func isDeltaBefore(pre string) bool {
	// word by word from the end: the words of a whole sentence are not needed
	rest, w := lastField(pre)
	for w != "" {
		switch w {
		case "by", "approximately", "about", "nearly", "roughly", "almost", "some", "an", "a", "another", "of", "over", "more", "than", "just", "only",
			"year-over-year", "quarter-over-quarter", "year-on-year", "quarter-on-quarter", "sequentially", "slightly", "significantly": // "down quarter-over-quarter by $0.16"
			before, prev := lastField(rest)
			if w == "of" && prev != "" && !deltaWord(prev) {
				return false
			}
			rest, w = before, prev
			continue
		case "our", "its", "the":
			// "adding our $1.4 billion share of this program to backlog";
			// not "an increase over the $0.35 reported", the level compared with
			_, prev := lastField(rest)
			return addedWord(prev)
		}
		return deltaWord(w)
	}
	return false
}

// addedWord says that what follows was added to or taken from a total.
func addedWord(w string) bool {
	switch w {
	case "add", "adds", "added", "adding", "removed", "remove", "removing":
		return true
	}
	return false
}

// lastField splits off the last word of strings.Fields(s): what is before
// it, and the word ("" when s has none).
func lastField(s string) (before, w string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+size:]
}

func deltaWord(w string) bool {
	switch w {
	case "up", "down", "increased", "decreased", "grew", "rose", "fell", "declined", "improved", "higher", "lower",
		"increase", "decrease", "growth", "decline", "improvement", "reduction", "raised", "lowered", "beat", "exceeded",
		"reduced", "expanded", "contracted", "gain", "gained", "dropped", "drop", "swing", "add", "adds", "added", "adding",
		// "free cash flow of $45 million, declining $66 million"
		"increasing", "decreasing", "declining", "growing", "rising", "falling", "improving", "dropping", "expanding",
		"contracting", "raising", "lowering", "reducing", "gaining",
		// "we removed approximately $1 billion from backlog"
		"removed", "remove", "removing":
		return true
	}
	return false
}

// skipPerShare drops "per share"-like words said after an amount.
// trimSpacesCommas is strings.TrimLeft(s, " ,") without building the
// cutset's table each time: the rules trim the words after a figure a
// dozen times a figure.
func trimSpacesCommas(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == ',') {
		i++
	}
	return s[i:]
}

func skipPerShare(s string) string {
	s = trimSpacesCommas(s)
	for _, p := range []string{"per diluted share", "per share", "a share", "per fully diluted share", "per common share", "or", "of"} {
		if len(s) > len(p) && s[len(p)] == ' ' && strings.HasPrefix(s, p) { // "p ", without making it
			return trimSpacesCommas(s[len(p):])
		}
	}
	return s
}

// acquisitionDelivers finds a purchase as the subject of what a figure
// adds: "this acquisition to deliver", "the acquired businesses will
// contribute" (one to "add" $X to a metric is a change of it).
var acquisitionDelivers = regexp.MustCompile(`\b(?:acquisitions?|acquired (?:business|businesses|company|companies|operations))\b(?:\s+[a-z']+){0,4}?\s+(?:deliver|delivers|contribute|contributes|generate|generates|bring|brings|provide|provides)\b`)

// skipEffectAdjectives drops the words that grade an effect before its
// noun: "$20 million to $25 million positive impact to EBITDA", "a $5
// million combined benefit".
func skipEffectAdjectives(s string) string {
	for {
		w, rest, _ := strings.Cut(s, " ")
		switch w {
		case "positive", "negative", "favorable", "unfavorable", "favourable", "unfavourable", "combined", "total",
			"additional", "incremental", "further", "net", "annual", "annualized":
			s = rest
		default:
			return s
		}
	}
}

// lastClauseOf is s after its last comma, semicolon or colon; a comma
// between digits groups a number ("$933,000") and ends no clause.
func lastClauseOf(s string) string {
	for i := lastClauseMark(s); i >= 0; i = lastClauseMark(s[:i]) {
		if s[i] == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue
		}
		return s[i+1:]
	}
	return s
}

// lastClauseMark is the index of the last comma, semicolon or colon of s
// (-1 when none), eight bytes at a time from the end as lastByte reads:
// most clauses before a figure are long and end at none of them.
func lastClauseMark(s string) int {
	const ones = 0x0101010101010101
	i := len(s)
	for ; i >= 8; i -= 8 {
		// (':' and ';' are 0x3a and 0x3b: xor 0x3a leaves them below 2)
		if x := load8(s, i-8); bytesBelow(x^ones*',', 1)|bytesBelow(x^ones*':', 2) != 0 {
			break
		}
	}
	for k := i - 1; k >= 0; k-- {
		if c := s[k]; c == ',' || c == ';' || c == ':' {
			return k
		}
	}
	return -1
}

// firstWords is s up to its n-th word.
func firstWords(s string, n int) string {
	if w, ok := firstWordsASCII(s, n); ok {
		return w
	}
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

// firstWordsASCII is firstWords without a copy: the first n words as they
// stand in s, when s is ASCII there and they are apart by single spaces
// (ok false otherwise).
func firstWordsASCII(s string, n int) (string, bool) {
	start, end, count := -1, 0, 0
	for i := 0; i < len(s) && count < n; {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if start < 0 {
			start = i
		} else if i != end+1 || s[end] != ' ' {
			return "", false
		}
		for i < len(s) && asciiWordBytes[s[i]] {
			i++
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			return "", false
		}
		end, count = i, count+1
	}
	if start < 0 {
		return "", true
	}
	return s[start:end], true
}

// asciiWordBytes are the ASCII bytes but white space: those of a word of
// an ASCII text, one look-up a byte.
var asciiWordBytes = func() (is [256]bool) {
	for b := range utf8.RuneSelf {
		is[b] = !asciiSpace(byte(b))
	}
	return is
}()

// asciiSpace is an ASCII byte strings.Fields splits at.
func asciiSpace(b byte) bool {
	return b == ' ' || b-'\t' <= '\r'-'\t' // '\t', '\n', '\v', '\f', '\r' in one test (below '\t' wraps above)
}

// lastWord is the last index of w in s as whole words, or -1.
func lastWord(s, w string) int {
	for end := len(s); end > 0; {
		i := lastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		if (i == 0 || !isWordByte(s[i-1])) && (i+len(w) == len(s) || !isWordByte(s[i+len(w)])) {
			return i
		}
		end = i
	}
	return -1
}

func hasWordEnd(s, w string) bool {
	return lastWord(s, w) >= 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '\''
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// metricPhrases are the names of metricTable, longest first, hyphens as
// spaces.
var metricPhrases = func() []struct{ said, name string } {
	var out []struct{ said, name string }
	for _, r := range metricTable {
		for _, p := range strings.Split(r.phrases, "|") {
			out = append(out, struct{ said, name string }{p, r.name})
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].said) > len(out[j-1].said); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// namesMetric is the metric a phrase names ("net income", "revenue"), or "".
// NamesMetric is the metric a phrase (in lower case) names, or "".
func NamesMetric(phrase string) string { return namesMetric(phrase) }

func namesMetric(phrase string) string {
	if i := metricPhraseSet.first(strings.ReplaceAll(phrase, "-", " ")); i >= 0 {
		return metricPhrases[i].name
	}
	return ""
}

// metricPhraseSet looks up metricPhrases.
var metricPhraseSet = func() *phraseSet {
	said := make([]string, len(metricPhrases))
	for i, m := range metricPhrases {
		said[i] = m.said
	}
	return newPhraseSet(said)
}()

// ofWhat is the noun phrase of "$7 million of government assistance" or
// "a 6% increase in net income": what the amount is an amount of. It is ""
// for a period, a place in the text or a plain word ("in the quarter",
// "of the year", "in total").
// ratioOf reports words that name an amount per unit ("average revenue
// per order", "sales per square foot"), not a per-share form of a metric
// nor its rate over time.
func ratioOf(what string) bool {
	ws := strings.Fields(what)
	for i, w := range ws {
		if w == "per" && i+1 < len(ws) {
			return !notRatioPer[ws[i+1]] // "per order"; not "per share", nor "per" cut short
		}
	}
	return false
}

// notRatioPer may follow "per" without making a ratio of the metric: its
// per-share forms ("per diluted share") and its rate over time ("$30
// million of revenue per year").
var notRatioPer = wordSet(`share shares diluted common basic year annum quarter month`)

// metricOpens reports words that open with a metric's name, not followed
// by "of" (which would say the metric's own amount): "EBITDA", "the
// revenues".
func metricOpens(s string) bool {
	for _, nm := range metricNames[namesMetric(firstWords(s, 4))] {
		rest, ok := strings.CutPrefix(s, nm)
		rest = strings.TrimPrefix(rest, "s") // "revenues"
		if ok && (rest == "" || !isWordByte(rest[0])) && !strings.HasPrefix(rest, " of ") {
			return true
		}
	}
	return false
}

func ofWhat(after string) string {
	a := trimSpacesCommas(after)
	for _, p := range []string{"per diluted share ", "per share ", "a share ", "per common share "} {
		a = strings.TrimPrefix(a, p)
	}
	for _, p := range []string{"increase ", "decrease ", "growth ", "decline ", "improvement ", "rise ", "drop ", "reduction ", "worth "} {
		a = strings.TrimPrefix(a, p)
	}
	var rest string
	switch {
	case strings.HasPrefix(a, "of "):
		rest = a[3:]
	case strings.HasPrefix(a, "in "):
		rest = a[3:]
	case strings.HasPrefix(a, "on "):
		// "a decrease of 16.9% in revenue and 33.5% on EBITDA"; not "on a
		// constant currency basis"
		rest = a[3:]
		if !metricOpens(strings.TrimPrefix(rest, "the ")) {
			return "" // (nor "on higher labor costs", a cause, nor "on sales of $2.2 billion")
		}
	default:
		return ""
	}
	if r, ok := strings.CutPrefix(rest, "the "); ok && namesMetric(firstWords(r, 4)) != "" {
		rest = r // "a decrease of 16.9% in the revenues": not "in the quarter"
	}
	var buf [4]string // the words read below: up to the fourth
	ws := leadingFields(rest, buf[:])
	if len(ws) == 0 {
		return ""
	}
	first := strings.Trim(ws[0], ".,;:")
	if ofStop[first] || first == "" || first[0] >= '0' && first[0] <= '9' {
		return ""
	}
	// only a period said in its first words and in all of them stops it:
	// all of them are read for one only when the first words say one
	if first != "revenue" && len(text.FindPeriods(firstWords(rest, 3))) > 0 && len(text.FindPeriods(rest)) > 0 {
		return ""
	}
	out := buf[:0] // (each word is read before it is written over)
	for _, w := range ws {
		t := strings.TrimRight(w, ".,;:")
		out = append(out, t)
		if t != w || len(out) == 4 {
			break
		}
	}
	return strings.Join(out, " ")
}

var ofStop = wordSet(`the this that these those our its their a an each every all both total aggregate line
	which what fiscal year years quarter quarters q1 q2 q3 q4 first second third fourth full half month months
	january february march april may june july august september october november december to from and or with
	per about approximately roughly nearly over under just some more less addition terms order fact turn place
	excess between respect connection part cash constant us it them line-item place accordance`)

// subjectOf lists how a call names the totals whose figures must be the
// subject of their clause to stand for the company's total.
var subjectOf = map[string][]string{
	"revenue":             {"revenue", "sales"},
	"net interest income": {"net interest income"},
	"adjusted ebitda":     {"ebitda"},
	"ebitda":              {"ebitda"},
	"free cash flow":      {"free cash flow"},
	"net income":          {"net income", "net earnings", "earnings", "profit", "earned"},
	"net loss":            {"net loss", "loss"},
}

// shareOf is what a percent that opens its clause is a share of ("20% of
// the city's hotel rooms could close", "and about 60% of our customers
// renewed"), when that is not the figure's metric: the clause is about
// that thing, whatever metric the sentences before were about. It is ""
// otherwise.
func (c factCtx) shareOf(f *Figure) string {
	if f.Unit != "%" || f.Metric == "" || !strings.HasPrefix(c.post, " of ") {
		return ""
	}
	clause := c.pre
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	// (a qualifier, "about 30%", is the figure's own text, not the clause's)
	if strings.TrimSpace(trimLeadWords(strings.TrimPrefix(strings.TrimLeft(clause, " "), "but "))) != "" {
		return "" // "revenue grew 20% of which": the clause has its subject
	}
	rest := c.post[len(" of "):]
	for _, d := range []string{"the ", "our ", "its ", "their ", "these ", "those "} {
		rest = strings.TrimPrefix(rest, d) // ofWhat reads "of the year" as a period, so the determiner goes first
	}
	what := ofWhat(" of " + rest)
	if what == "" || namesMetric(what) != "" || containsAnyOf(what, metricNames[f.Metric]...) {
		return ""
	}
	return what
}

// changeOfAfter is the noun a change names right after its percent
// ("9% increase in closings": "closings"), or "".
func changeOfAfter(post string) string {
	for _, p := range []string{" increase in ", " decrease in ", " growth in ", " rise in ", " decline in ", " improvement in ", " reduction in ", " drop in "} {
		if rest, ok := strings.CutPrefix(post, p); ok {
			return firstWords(strings.TrimPrefix(strings.TrimPrefix(rest, "our "), "the "), 2)
		}
	}
	return ""
}

// subject marks a total that is not plainly the subject of its clause
// ("Q3 revenue of", "our consolidated net sales were", "we generated $2.3
// billion in revenue" are; "the Widgets unit posted revenue of" and
// "revenue from new customers was" are not): every word before the
// metric's name, and between it and the figure, must be a plain one.
func (c factCtx) subject(f *Figure) {
	if what := c.shareOf(f); what != "" {
		f.Reasons = append(f.Reasons, "metric: a share of '"+what+"', not "+f.Metric)
		f.Metric = ""
		return
	}
	words := subjectOf[f.Metric]
	if words == nil {
		c.named(f)
		return
	}
	if of := changeOfAfter(c.post); of != "" && f.Unit == "%" && !containsAnyOf(of, words...) {
		// "the increase in revenues was driven by a 9% increase in closings":
		// the change said with its own noun is that noun's
		f.Reasons = append(f.Reasons, "metric: the change is of '"+of+"', not "+f.Metric)
		f.Metric = ""
		return
	}
	clause := withoutAside(c.pre)
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	before := ""
	best, n := -1, 0
	for _, w := range words {
		if w == "earned" && namesMetric(c.pre[:len(c.pre)-len(clause)]) != "" {
			continue // "In terms of adjusted operating income, we earned $61 million": that metric's
		}
		if i := lastIndex(clause, w); i > best || i == best && len(w) > n {
			best, n = i, len(w)
		}
	}
	post := c.post
	switch {
	case best >= 0:
		between := strings.TrimLeft(clause[best+n:], "abcdefghijklmnopqrstuvwxyz")
		if i := oldLevelTo(between); i >= 0 {
			between = between[:i] // "revenue increased 16% from $151 million last year to": its own old level
		}
		before = clause[:best] + " " + between
	case hasAnyPrefix(post, " in revenue", " of revenue", " in total revenue", " in sales", " in net sales", " of net sales",
		" in net revenue", " in total net sales", " in consolidated", " in adjusted ebitda", " of adjusted ebitda",
		" in free cash flow", " of free cash flow", " in net income", " of net income") || metricRightAfter(post, f.Metric):
		before = clause
	default:
		if head := clauseSubject(clause); head != "" && namesMetric(head) == "" &&
			!hasAnyPrefix(head, "including ", "excluding ", "net of ", "as well as ", "adjusted for ", "which ") {
			// "Capitalized interest is expected to be $80 million" after a
			// sentence on revenue: the clause says what the amount is of (an
			// inserted "including results for Barletta" is not a subject)
			f.Reasons = append(f.Reasons, "metric: the clause is about '"+head+"', not "+f.Metric)
			f.Metric = ""
			return
		}
		if c.otherChange(f) || c.movedBy(f) {
			return
		}
		subject, reached := reachedBy(c.pre, clause, words)
		if !reached {
			if what := spendingOf(clause); what != "" {
				// "driven by our planned manufacturing expenditures of $120 million
				// to $140 million" after a sentence on revenue: money spent, not
				// the metric borrowed from before
				f.Reasons = append(f.Reasons, "metric: the amount is of '"+what+"', not "+f.Metric)
				f.Metric = ""
				return
			}
			f.Unsure = true
			f.Reasons = append(f.Reasons, "subject: "+f.Metric+notNamedInClause)
			return
		}
		// "revenue growth of 120%, reaching $66 million": the level the
		// metric reached, whose subject is the clause before's ("Walmart
		// U.S. eCommerce sales grew 44%, reaching $11.5 billion": a part's)
		before = subject
	}
	for _, p := range plainPhrases {
		before = strings.ReplaceAll(before, p, " ")
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
		if d := strings.TrimLeft(w, "'’$"); d != "" && d[0] >= '0' && d[0] <= '9' || subjectWords[w] || c.saysOwnName(w) {
			// an amount, a year said short ("fiscal '21 first quarter sales"), a
			// plain word, or the company's own name ("Total WWE revenue was")
			continue
		}
		f.Unsure = true
		f.Reasons = append(f.Reasons, "subject: '"+w+"' said with "+f.Metric)
		return
	}
}

// reachedBy reports a figure's clause that only says the level reached
// ("reaching", "bringing it to") by the metric the clause before names
// (one of words) as its last subject: "We achieved revenue growth of 120%,
// reaching $66 million"; not "Revenues were down 7.8% reaching MXN22.4
// billion and operating segment income was down 12.4%, reaching MXN8.6
// billion". It returns the words said before that metric there, for the
// caller to weigh as the figure's subject.
func reachedBy(pre, clause string, words []string) (string, bool) {
	if !hasAnyPrefix(strings.TrimSpace(clause)+" ", "reaching ", "to reach ", "bringing it to ", "bringing the total to ", "ending at ", "totaling ") ||
		len(clause) >= len(pre) {
		return "", false
	}
	before := lastClauseOf(pre[:len(pre)-len(clause)-1])
	for _, w := range words {
		if i := lastIndex(before, w); i >= 0 && !strings.Contains(before[i:], " and ") {
			return before[:i], true // (what follows the metric is the change said of it: "growth of 120%")
		}
	}
	return "", false
}

// withoutAside is the words before a figure without an aside said between
// commas right before the figure's last words ("we reported sales, as Tom
// had noted, of $226.6 million"), which would leave the metric out of the
// figure's clause.
func withoutAside(pre string) string {
	i := strings.LastIndex(pre, ", as ")
	if i < 0 {
		return pre
	}
	aside, rest, ok := strings.Cut(pre[i+len(", as "):], ",")
	if !ok || moreFieldsThan(rest, 3) || strings.ContainsAny(rest, ",;:") ||
		!hasAnySuffix(strings.TrimSpace(aside), " noted", " mentioned", " said", " discussed", " indicated", " highlighted", " pointed out", " stated") {
		return pre
	}
	return pre[:i] + rest
}

// oldLevelTo finds where words between a metric and its new level say
// what it is compared with ("rose 9% over the prior year to", "increased
// from $151 million to") or by how much it moved ("declined $13 million
// to"): the index of that " from ", " over " or change verb, or -1.
func oldLevelTo(between string) int {
	if !strings.HasSuffix(strings.TrimSpace(between), " to") {
		return -1
	}
	at := 0
	for _, w := range strings.Fields(between) {
		at = strings.Index(between[at:], w) + at
		if deltaWord(w) {
			if rest := strings.TrimSpace(between[at+len(w):]); rest != "" && (rest[0] == '$' || rest[0] >= '0' && rest[0] <= '9') {
				return at // "Net interest income declined $13 million to $458 million"
			}
		}
		at += len(w)
	}
	for _, w := range []string{" from ", " over "} {
		i := lastIndex(between, w)
		if i < 0 {
			continue
		}
		rest := between[i+len(w):]
		if strings.ContainsAny(rest[:min(len(rest), 2)], "$0123456789") ||
			hasAnyPrefix(rest, "the prior", "prior", "last", "the same", "the year-ago", "a year ago", "the year ago", "the previous") {
			return i
		}
	}
	return -1
}

// metricRightAfter reports a figure followed by "of" or "in" and the name
// of its metric ("we earned $84.4 million of total revenue"): the clause
// names what it is, after it.
func metricRightAfter(post, metric string) bool {
	rest, ok := strings.CutPrefix(post, " of ")
	if !ok {
		rest, ok = strings.CutPrefix(post, " in ")
	}
	if !ok || metric == "" {
		return false
	}
	if i := strings.IndexAny(rest, ",;."); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "our ")
	for _, w := range strings.Fields(rest) {
		if !basisLike[w] {
			break
		}
		rest = strings.TrimPrefix(rest, w+" ") // "of adjusted revenue"
	}
	// the metric itself, not a kind of it ("$10.3 billion in unearned revenue")
	return metricPhraseSet.startsWith(strings.ReplaceAll(rest, "-", " ")) && namesMetric(firstWords(rest, 4)) == metric
}

// plainPhrases say nothing of which part a total is, in words the subject
// test would otherwise read as another subject ("On a consolidated basis,
// total revenue increased 16% year-on-year").
var plainPhrases = []string{"on a consolidated basis", "on a reported basis", "on an as-reported basis",
	"on a gaap basis", "on a total company basis", "on a companywide basis", "on a company-wide basis",
	"year-on-year", "quarter-on-quarter"}

// clauseSubject is the noun phrase a clause opens with before its verb
// ("cap interest" of "cap interest is expected to be"), or "" when the
// clause opens otherwise (a pronoun, "we", a verb, a preposition).
func clauseSubject(clause string) string {
	ws := strings.Fields(clause)
	for k, w := range ws {
		switch w {
		case "is", "are", "was", "were", "will", "should", "would", "totaled", "totalled", "came", "amounted", "remains", "remained":
			if k == 0 || k > 4 {
				return ""
			}
			head := ws[:k]
			switch head[0] {
			case "we", "it", "this", "that", "these", "those", "they", "there", "which", "and", "so", "but", "the", "our", "total", "in", "for", "at", "of", "on", "with", "as", "what":
				return "" // a pronoun, or a determiner whose noun the sentence before may name
			}
			for _, h := range head {
				if h[0] >= '0' && h[0] <= '9' || !isWordByte(h[len(h)-1]) {
					return ""
				}
			}
			return strings.Join(head, " ")
		}
	}
	return ""
}

// spendingNouns name money a company spends or pays out.
var spendingNouns = wordSet(`expenditure expenditures spending spend outlays investment investments payments
	costs expenses charges`)

// spendingOf is the spending noun a clause ends on with "of", right
// before its figure ("our planned optimization expenditures of"), or "".
func spendingOf(clause string) string {
	rest, ok := strings.CutSuffix(strings.TrimSpace(clause), " of")
	if !ok {
		return ""
	}
	w := rest[strings.LastIndexByte(rest, ' ')+1:]
	if !spendingNouns[w] {
		return ""
	}
	return w
}

// named marks a figure whose metric is not named in its clause nor right
// after it ("we delivered 2% unit growth" read as same-store sales from the
// sentence before): its metric was borrowed from the context.
func (c factCtx) named(f *Figure) {
	if f.Metric != "" && c.otherChange(f) {
		return
	}
	names := [...][]string{metricNames[f.Metric], namedAs[f.Metric], nil} // (read in place: no list built for each figure)
	if len(names[0]) == 0 && len(names[1]) == 0 {
		return
	}
	if m, ok := MetricInfo(f.Metric); ok {
		names[2] = m.Phrases // "net operating earnings" names operating income
	}
	where := c.preWords.Last(12) + " " + strings.ToLower(f.Text) + " " + firstWords(c.post, 6)
	where = strings.ReplaceAll(where, "-", " ")
	for _, ns := range names {
		for _, n := range ns {
			if strings.Contains(where, strings.ReplaceAll(n, "-", " ")) {
				return
			}
		}
	}
	if c.movedBy(f) {
		return
	}
	f.Unsure = true
	f.Reasons = append(f.Reasons, "subject: "+f.Metric+notNamedInClause)
}

// movedBy drops a borrowed metric from an amount that the words right
// before it say another action moves: "on track to meet our target of
// returning nearly $6 billion", "position us to purchase at least $1
// billion of our shares" after a sentence on free cash flow.
func (c factCtx) movedBy(f *Figure) bool {
	verb := objectOf(c.preWords.Last(3))
	if verb == "" {
		return false
	}
	f.Reasons = append(f.Reasons, "metric: the amount is what '"+verb+"' moves, not "+f.Metric)
	f.Metric = ""
	return true
}

// otherChange drops the metric of an amount said as another noun's
// change: "we have seen cost increases of 10% to 20%" after a sentence on
// organic growth.
func (c factCtx) otherChange(f *Figure) bool {
	var buf [4]string
	ws := fieldsOf(c.preWords.Last(3), buf[:])
	if len(ws) != 3 || ws[2] != "of" || !changeNoun[strings.TrimSuffix(ws[1], "s")] || namesMetric(ws[0]) != "" || namesMetric(ws[0]+" "+ws[1]) != "" ||
		ofStop[ws[0]] || verbish(ws[0]) || basisLike[ws[0]] { // "organic growth of 7%" is the metric itself
		return false
	}
	if raw := strings.Fields(text.LastWords(c.raw, 3)); len(raw) == 3 && raw[0] != "" && raw[0][0] >= 'A' && raw[0][0] <= 'Z' {
		return false // "excluding Canopy Growth of $3.16": a name, not a noun's change
	}
	f.Reasons = append(f.Reasons, "metric: the amount is the change of '"+ws[0]+"', not "+f.Metric)
	f.Metric = ""
	return true
}

// objectOf is the verb of capital moved that words right before an amount
// end with ("to purchase", "returning", "paid out"), or "".
func objectOf(before string) string {
	for _, w := range strings.Fields(before) {
		if w = strings.Trim(w, ".,;:"); capitalMoved[w] {
			return w
		}
	}
	return ""
}

// capitalMoved are the verbs that move capital: their object is an amount
// of cash, not the metric of the sentence before.
var capitalMoved = wordSet(`purchase purchasing purchased repurchase repurchasing repurchased buy buying bought
	return returning returned pay paying paid spend spending spent invest investing invested deploy deploying
	deployed distribute distributing distributed`)

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if p == "" || s != "" && s[0] == p[0] && strings.HasPrefix(s, p) { // (the first byte tested first: most differ there)
			return true
		}
	}
	return false
}

// subjectWords may stand in a clause whose subject is the company's total.
var subjectWords = wordSet(`our the total consolidated net adjusted gross quarterly quarter first second third fourth q1 q2 q3 q4
	fiscal year for in record reported gaap company this during we generated had delivered posted of was were totaled
	at reached and a an as looking results overall companywide company-wide group-wide top line of approximately about nearly
	over achieved produced recorded grew increased rose up down declined decreased fell reaching with then turning now finally so well also again strong
	non gaap operating diluted common attributable to shareholders stockholders quarter's
	came amounted totaling totaled ended period is expected be available applicable exceeded expectations earned realized booked`)

// joinRanges makes one range of two guidance figures of one metric said as
// "adjusted EPS of $1.40 and $1.55" (the reader of an "and" range without
// "between").
func joinRanges(text string, figs []Figure) []Figure {
	rangeWord := map[string]bool{"and": true, "to": true, "-": true} // spaces as said, or a blanked note
	out := figs[:0]
	for i := 0; i < len(figs); i++ {
		f := figs[i]
		if i+1 < len(figs) {
			g := figs[i+1]
			between := text[f.End:g.Start]
			upTo := g.Qualifier == "up to" && strings.TrimSpace(between) == "" // "$10.90 up to $11.10"
			if f.Kind == Guidance && g.Kind == Guidance && !f.IsRange && !g.IsRange && f.Metric == g.Metric && f.Unit == g.Unit &&
				f.PerShare == g.PerShare && g.Value > f.Value && f.Qualifier == "" && (g.Qualifier == "" || upTo) &&
				(between == "-" || upTo || rangeWord[strings.Join(strings.Fields(between), " ")]) {
				f.End, f.Text = g.End, text[f.Start:g.End]
				f.High, f.IsRange = g.Value, true
				if f.Change == "" {
					f.Change, f.ChangePct = g.Change, g.ChangePct
				}
				i++
			}
		}
		if i+1 < len(figs) && signedRange(text, &f, figs[i+1]) {
			i++
		}
		out = append(out, f)
	}
	return out
}

// signedRange joins "down 2% to up 1%" and "up 1% to down 2%" (two guided
// percentages, one said as a fall) into one range from -2% to 1%, its span
// taking in the first sign word. The second end may read as a prior figure
// when a comparison follows ("... to up 1% to last year"): it is the range's.
func signedRange(text string, f *Figure, g Figure) bool {
	if f.Kind != Guidance || g.Kind != Guidance && g.Kind != Prior || f.IsRange || g.IsRange || f.Unit != "%" || g.Unit != "%" ||
		f.Metric != g.Metric && g.Metric != "" {
		return false
	}
	between := strings.Join(strings.Fields(strings.ToLower(text[f.End:g.Start])), " ")
	signBefore := func(words ...string) string {
		for _, d := range words {
			if f.Start >= len(d) && strings.EqualFold(text[f.Start-len(d):f.Start], d) {
				return d
			}
		}
		return ""
	}
	var w string
	var low, high float64
	switch {
	case !g.Negative && (between == "to up" || between == "to positive" || between == "to plus" || between == "to"):
		w = signBefore("down ", "negative ", "minus ")
		if w == "" && !f.Negative {
			return false // "negative 1%" is one figure already
		}
		low, high = -math.Abs(f.Value), g.Value
	case !f.Negative && (between == "to down" || between == "to negative" || between == "to minus" || between == "to" && g.Negative):
		w = signBefore("up ", "positive ", "plus ")
		if w == "" {
			return false // "1% to down 2%": no rise said, not read as a range
		}
		low, high = -math.Abs(g.Value), f.Value
	default:
		return false
	}
	f.Start -= len(w)
	f.Text = text[f.Start:g.End]
	f.End = g.End
	f.Value, f.Low, f.High, f.IsRange, f.Negative = low, low, high, true, low < 0
	f.Reasons = append(f.Reasons, "range: from a fall to a rise")
	return true
}

// quarterAhead gives guidance said "for the quarter" without a period the
// quarter after the call's: "Turning to guidance. For the quarter, we
// expect diluted EPS of $2.05 to $2.20" on a third-quarter call is Q4's.
func quarterAhead(para string, ctx Context, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if f.Kind != Guidance || f.Period != "" || ctx.Quarter <= 0 || f.Role != Level {
			continue
		}
		sp := text.SentenceAt(para, f.Start, f.End)
		pre := strings.ToLower(para[sp.Start:f.Start])
		if containsAnyOf(pre, "for the quarter", "for the current quarter", "for the coming quarter", "for next quarter") &&
			!containsAnyOf(pre, "year", "half", "compar") {
			f.Period = callPeriod(ctx).nextQuarter().String()
			f.Reasons = append(f.Reasons, "period: guidance 'for the quarter' is for the quarter ahead")
		}
	}
}

// reconsider corrects a figure's kind and period from its paragraph (para,
// and low, para lower-cased): a result said before a comparison ("$0.42,
// 9% above last year") is the call's own, not the prior year's; a target further out than the period
// read ("$12 of EPS by 2030") takes that year; a range said after "we
// expect" earlier in the paragraph is guidance even in a sentence of its own
// ("And adjusted EPS to be between $1.10 and $1.20."), on the basis the
// paragraph gave.
// priorLed reports a sentence led by the year before ("The prior year,
// our earnings were $325 million, an EPS of $2.99"): its clauses speak of
// that year.
func priorLed(pre string) bool {
	lead, _, ok := strings.Cut(pre, ",")
	lead = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(lead), "in "), "for ")
	return ok && hasAnyPrefix(lead, "the prior year", "last year", "the previous year", "a year ago")
}

// comparisonLed reports a sentence that opens as a comparison with the
// earlier period ("This is compared to second quarter 2020 operating
// losses of $26 million, a net loss of $42 million"): every item of its
// list is of that period.
func comparisonLed(pre string) bool {
	lead := strings.TrimSpace(pre)
	for _, w := range []string{"and ", "but ", "this ", "that ", "these ", "which "} {
		lead = strings.TrimPrefix(lead, w)
	}
	for _, w := range []string{"is ", "was ", "are ", "were "} {
		lead = strings.TrimPrefix(lead, w)
	}
	return hasAnyPrefix(lead, "compared to ", "compared with ", "compares to ", "compares with ", "compare to ", "compare with ")
}

func reconsider(para, low string, sents []text.Span, ctx Context, figs []Figure, heading string) {
	if len(figs) == 0 {
		return // most paragraphs
	}
	call := callPeriod(ctx).String()
	// the rules below that read a longer span than the call's quarter are a
	// quarter's call's: on a half year's call its figures are the half's
	quarterCall := ctx.Quarter > 0 && ctx.Half == 0
	// whether a figure's sentence says a quarter, read once for all its figures
	quarterFrom, quarterTo, quarter := -1, -1, false
	sentQuarter := func(from, to int) bool {
		if from != quarterFrom || to != quarterTo {
			quarterFrom, quarterTo, quarter = from, to, quarterSaid(low[from:to])
		}
		return quarter
	}
	// whether the paragraph before a sentence speaks of a longer span than
	// the quarter (yearSaidIn, yearLedBefore), read once for all its figures
	beforeFrom, beforeYear, before := -1, false, ""
	for i := range figs {
		f := &figs[i]
		sp := text.SpanAt(sents, len(para), f.Start, f.End)
		pre, post := low[sp.Start:f.Start], low[f.End:max(f.End, sp.End)]
		ffoPerShare(f, low, low[sp.Start:max(f.End, sp.End)])
		switch f.Kind {
		case Prior:
			clause := pre
			k := strings.LastIndexByte(clause, ',')
			twin := k >= 0 && strings.TrimSpace(clause[k+1:]) == "or"
			if k >= 0 && !twin && !strings.HasPrefix(strings.TrimSpace(clause[k+1:]), "or ") {
				clause = clause[k+1:]
			}
			if twin {
				// "compared to $5.5 million, or $0.17 per diluted share" (a
				// prior amount's twin), "net charge-offs down $209 million, or
				// 31%" (the call's): the twin is of the amount before it
				if i > 0 && figs[i-1].Kind == Actual && figs[i-1].Period == call && f.Period == callPeriod(ctx).prevYear().String() {
					f.Kind, f.Period = Actual, call
					f.Reasons = append(f.Reasons, "kind: the twin of the call's own amount said before it ('or')")
				}
			} else if ctx.Quarter > 0 && f.Period != "" && f.Period == callPeriod(ctx).prevYear().String() && !strings.HasPrefix(post, " in the") &&
				!containsAnyOf(firstWords(post, 3), "last year", "year ago", "prior year", "previous year", "last quarter") &&
				!containsAnyOf(clause, "compar", "versus", " vs", "from ", " over ", "last year", "prior year", "prior-year", "year ago", "year earlier",
					"previous", "than", "last quarter") && !yearSaid(clause) && !priorLed(pre) && !comparisonLed(pre) {
				f.Kind, f.Period = Actual, call
				f.Reasons = append(f.Reasons, "kind: said with no comparison, so the call's own result")
			}
		case Guidance:
			if currentDividend(f, text.LastWords(pre, 6), call) {
				continue
			}
			if y := yearOfMetric(pre); y > 0 && f.Period != fullYearName(y) && !quarterSaid(firstWords(ownClause(low[f.End:max(f.End, sp.End)]), 6)) &&
				!quarterSaid(clauseOfYear(pre, y)) {
				// a quarter said in another clause does not hold: "uncertainty
				// around the fourth quarter, we expect 2021 organic growth of"
				// "we project 2021 FFO per share to range between": the year said with the metric
				f.Reasons = append(f.Reasons, "period: the year said before the metric ('"+strconv.Itoa(y)+" "+f.Metric+"')")
				f.Period = fullYearName(y)
				if ctx.Year > 0 && (y < ctx.Year || y == ctx.Year && ctx.Quarter == 4) {
					// "we plan to report free cash flow excluding DirecTV for
					// comparison with 2024 free cash flow was $15.3 billion" on
					// the 2024 fourth quarter's call: a year that is over is
					// not guided
					f.Kind = Prior
					if y == ctx.Year {
						f.Kind = Actual
					}
					f.Reasons = append(f.Reasons, "kind: the year named has ended, so not guidance")
				}
			}
			if y := laterYear(firstWords(post, 16)); f.Kind == Guidance && y > 0 && y > periodYearOf(f.Period) && f.Period != "" {
				f.Reasons = append(f.Reasons, "period: a target for "+strconv.Itoa(y)+", not "+f.Period)
				f.Period = fullYearName(y)
			}
		case Actual:
			yearBefore := yearOfMetric(pre) // (read once for the two rules below)
			lastCallsYear(f, ctx, yearBefore, low[sp.Start:max(f.End, sp.End)])
			if y := yearBefore; ctx.Quarter > 0 && y > 0 && y < ctx.Year && !strings.Contains(pre, strconv.Itoa(ctx.Year)) {
				// "2020's non-GAAP diluted EPS was $1.44" on a 2021 call: last year's
				f.Kind, f.Period = Prior, ""
				f.Reasons = append(f.Reasons, "kind: the year said before the metric is an earlier one ('"+strconv.Itoa(y)+"')")
			}
			if ctx.Quarter > 0 && ctx.Quarter < 4 && f.Period == fullYearName(ctx.Year) && strings.Contains(firstWords(post, 6), "in "+strconv.Itoa(ctx.Year)) &&
				sentQuarter(sp.Start, max(f.End, sp.End)) && !fullYearSaid.in(low[sp.Start:max(f.End, sp.End)]) {
				// "For the quarter, ... that is $0.75 per share in 2021 as
				// compared to $0.11 for the quarter in 2020": the year's quarter
				f.Period = call
				f.Reasons = append(f.Reasons, "period: the quarter of the year named, in a sentence about the quarter")
			}
			if quarterCall && f.Period == call && !sentQuarter(sp.Start, max(f.End, sp.End)) {
				// "Let me review the full year. ... Adjusted EPS was $5.66": the
				// period said last in the paragraph holds
				if beforeFrom != sp.Start {
					before = low[:sp.Start]
					beforeSents := text.Sentences(before) // once for both
					if k := lastTurn(before, beforeSents); k >= 0 {
						// "It is up 17% year-to-date. Turning to slide 11, we'll
						// review Home Products. Sales were up 29%": a span said
						// before the speaker turned to another subject holds no more
						before = before[beforeSents[k].Start:]
						beforeSents = text.Sentences(before)
					} else if heading != "" && !quarterSaid(before) {
						before = heading + " " + before // the heading of the paragraph before holds until a quarter is said
						beforeSents = text.Sentences(before)
					}
					beforeFrom, beforeYear = sp.Start, yearSaidIn(before, beforeSents) || yearLedBefore(before, beforeSents, ctx.Year)
				}
				if fullYearSaid.in(pre) || beforeYear || yearIsSubject(pre, ctx.Year) {
					if ctx.Quarter == 4 {
						f.Period = fullYearName(ctx.Year)
					} else {
						f.Period = spanSaidLast(before, pre, ctx)
					}
					f.Reasons = append(f.Reasons, "period: a longer span than the quarter said before it, no quarter since")
				}
			}
			own := max(f.End, sp.End) // the figure's stretch of its sentence: up to the next figure
			if i+1 < len(figs) && figs[i+1].Start > f.End && figs[i+1].Start < own {
				own = figs[i+1].Start
			}
			if quarterCall && f.Period == call && !sentQuarter(sp.Start, max(f.End, sp.End)) {
				spanSaidAfter(f, ctx, low[sp.Start:own])
			}
			if quarterCall && ctx.Quarter > 1 && ctx.Quarter < 4 && f.Period == call && i+1 < len(figs) && !sentQuarter(sp.Start, max(f.End, sp.End)) {
				if span := spanComparedWith(f, &figs[i+1], low); span != "" {
					// "free cash flow increased to $257 million as compared to
					// $135 million in the first half of fiscal 2020": this
					// year's same span, not the quarter
					f.Period = span + " " + strconv.Itoa(ctx.Year)
					f.Reasons = append(f.Reasons, "period: compared with the same span a year before ('"+figs[i+1].Period+"')")
				}
			}
			if f.IsRange && (f.Period == call || f.Period == "") && guidanceWording(low[:f.Start]) && containsAnyOf(low[:f.Start], "expect", "guidance",
				"outlook", "anticipate", "forecast", "project", "to be between", "to be in the range", "sees", "target") {
				f.Kind, f.Period = Guidance, ""
				f.Reasons = append(f.Reasons, "kind: a range after guidance words earlier in the paragraph")
			}
		}
		if f.Kind == Actual && quarterCall && (ctx.Quarter == 2 || ctx.Quarter == 3) && f.Period == fullYearName(ctx.Year) &&
			runningTotalSaid.in(text.LastWords(pre, 16)) {
			// "brings our total share repurchases for the year to just shy of
			// $100 million" on a third-quarter call: a running total of a
			// year not yet over is the year to date
			f.Period = partOfYear("year to date", ctx.Quarter, ctx.Year)
			f.Reasons = append(f.Reasons, "period: a running total of a year not yet over is the year to date")
		}
		if f.Kind == Guidance && f.Basis == "" && f.Metric == "eps" && !strings.Contains(low[:f.Start], "gaap") &&
			(containsAnyOf(low[:f.Start], "adjusted eps", "adjusted earnings", "adjusted diluted", "adjusted net income per", "adjusted net earnings") ||
				strings.Contains(low[:f.Start], "adjusted") && !containsAnyOf(text.LastWords(pre, 14), "diluted", "common share", "net income", "net earnings", "reported")) {
			// "adjusted EPS rose ... we are raising our EPS guidance to ...",
			// "adjusted EBITDA to be ..., and EPS to be $0.58"; but "adjusted
			// EBITDA ... and expected earnings per common share of", "diluted
			// EPS" and "net income of ... or $3.02 per share" are GAAP
			f.Basis, f.Metric = "adjusted", "adjusted eps"
			f.Reasons = append(f.Reasons, "basis: the paragraph speaks of adjusted EPS")
		}
	}
}

// runningTotalSaid finds the words of a running total: "brings our total
// ... to", "bringing the total for the year to", "thus far this year".
var runningTotalSaid = newSubstringSet("brings our total", "bringing our total", "brings the total", "bringing the total",
	"bringing total", "brings total", "brought our total", "thus far this year", "so far this year")

// spanComparedWith is the span from the start of the year ("H1", "9M")
// of next, the amount f is compared with right after it ("as compared to",
// "versus"), when next is an earlier result of f's metric for such a span;
// "" otherwise.
func spanComparedWith(f, next *Figure, low string) string {
	if next.Kind != Prior || next.Metric != f.Metric || next.Start < f.End || len(next.Period) < 3 {
		return ""
	}
	span := next.Period[:2]
	if span != "H1" && span != "9M" {
		return ""
	}
	between := strings.TrimSpace(low[f.End:next.Start])
	for _, w := range []string{"as compared to", "compared to", "compared with", "versus", "vs.", "from"} {
		if strings.HasSuffix(between, w) && len(between) <= len(w)+12 {
			return span
		}
	}
	return ""
}

// lastCallsYear gives a result said with its year before the metric
// (yearBefore, yearOfMetric of the words before it) on the year's
// fourth-quarter call that year: "Our 2019 adjusted FFO of $0.80 per share".
func lastCallsYear(f *Figure, ctx Context, yearBefore int, sent string) {
	if y := yearBefore; ctx.Quarter == 4 && y == ctx.Year && f.Period == callPeriod(ctx).String() && !quarterSaid(sent) {
		f.Period = fullYearName(y)
		f.Reasons = append(f.Reasons, "period: the year said before the metric, on its last quarter's call")
	}
}

// currentDividend reports a per-share dividend said as the company's
// quarterly rate ("our quarterly dividend of", "our current quarterly
// dividend of"), not as one to be raised or paid later, even in a
// forward-looking sentence ("we expect to deploy $1.4 billion to
// dividends, reflecting our quarterly dividend of $1.12 per share").
// It makes such a figure the call's actual.
func currentDividend(f *Figure, pre, call string) bool {
	if !f.PerShare || !strings.Contains(f.Metric, "dividend") || f.IsRange {
		return false
	}
	i := lastIndex(pre, "our ")
	if i < 0 || !strings.HasSuffix(strings.TrimSpace(pre), "dividend of") {
		return false
	}
	if ws := strings.Fields(pre[i:]); len(ws) > 5 || !strings.Contains(pre[i:], "quarterly") ||
		containsAnyOf(pre, " to ", "raise", "increase", "new", "next", "future") {
		return false
	}
	f.Kind, f.Period = Actual, call
	f.Reasons = append(f.Reasons, "kind: our quarterly dividend is the rate in force, not guidance")
	return true
}

// yearSpanSaid holds the words of a sentence about the whole year ("we
// ended the year with"), and yearToDateSaid those of one about the year so
// far: spanSaidAfter asks them of a quarter's figure's sentence.
var (
	yearSpanSaid = newSubstringSet("ended the year", "end the year", "ending the year", "closed the year", "close the year",
		"for the year", "for the full year", "during the year", "over the course of the year")
	yearToDateSaid = newSubstringSet("year-to-date", "year to date", "so far this year", "thus far this year", "so far in the year",
		"thus far in the year", "so far this fiscal year", "through june", "through september",
		"through march", "through the first", "first six months", "first nine months", "first half")
)

// spanSaidAfter corrects the period of a result read as the call's quarter
// when its stretch of the sentence says a longer span after it: "we
// generated $1.2 billion of free cash flow and ended the year", "$65
// million through June 30".
func spanSaidAfter(f *Figure, ctx Context, sent string) {
	switch {
	case yearSpanSaid.in(sent):
		f.Period = ""
		if ctx.Quarter == 4 {
			f.Period = fullYearName(ctx.Year)
		}
		f.Reasons = append(f.Reasons, "period: the year said in the sentence, no quarter")
	case ctx.Quarter > 1 && yearToDateSaid.in(sent):
		f.Period = ""
		f.Reasons = append(f.Reasons, "period: the year to date, not the quarter")
	}
}

// clauseOfYear is s from the clause in which the year y is last said:
// from the comma before it, else from the start.
func clauseOfYear(s string, y int) string {
	i := lastIndex(s, strconv.Itoa(y))
	if i < 0 {
		return s
	}
	if j := strings.LastIndexAny(s[:i], ",;"); j >= 0 {
		return s[j+1:]
	}
	return s
}

// yearOfMetric is the year said right before a metric in s ("our 2022
// revenue", "fiscal 2021 FFO per share"), or 0.
func yearOfMetric(s string) int {
	if !hasFourDigits(s) {
		return 0 // no year said: no words to split
	}
	var buf [48]string
	ws := fieldsOf(s, buf[:])
	y := 0
	for k := 0; k+1 < len(ws); k++ {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(ws[k], ",;:"), "'s"), "’s")
		if len(w) != 4 || text.Year(w) == 0 || !isDigits(w) {
			continue
		}
		if strings.ContainsAny(ws[k], ",;:") || k > 0 && (comparedYearLead[ws[k-1]] || text.Months[ws[k-1]] > 0) {
			continue // "lower than 2020; free cash flow of": the year ends its own clause; "July 2019 orders": a month's
		}
		if j := k - 1; j > 1 && (ws[j] == "the" || ws[j] == "our") && ws[j-1] == "of" && ws[j-2] == "off" {
			continue // "grow adjusted EPS 6% to 8% off of the 2021 adjusted EPS": the base year
		}
		named := strings.ReplaceAll(strings.Join(ws[k+1:min(k+4, len(ws))], " "), "-", " ")
		if metricPhraseSet.startsWith(named) && namesMetric(named) != "debt" || isMetricLead(ws[k+1]) {
			// (a year before notes is when they fall due: "the 2023 senior notes")
			y = text.Year(w)
		}
	}
	return y
}

// comparedYearLead are words before a year it is compared with, not the
// year of what follows it.
var comparedYearLead = wordSet(`than versus vs vs. over from against since off`)

// isMetricLead is a word that opens a metric's name ("adjusted", "core").
func isMetricLead(w string) bool {
	switch w {
	case "adjusted", "core", "normalized", "diluted", "gaap", "non-gaap", "organic", "total", "net", "comparable", "same-store",
		"as-adjusted", "as-reported", "reported", "underlying":
		return true
	}
	return false
}

// quarterSaid reports a quarter named in s.
func quarterSaid(s string) bool {
	if strings.IndexByte(s, 'q') < 0 && strings.IndexByte(s, 'Q') < 0 {
		// every word below but "three months" has a q, and so has every
		// quarter FindPeriods reads ("3Q21"): most sentences have none
		return containsAnyOf(s, "three months")
	}
	if containsAnyOf(s, "three quarters") { // (by its rarest byte, the q: strings.Contains scans for each t)
		s = strings.ReplaceAll(s, "three quarters", "nine months") // "the first three quarters of the year": a span longer than the quarter
	}
	if containsAnyOf(s, "quarter", "q1", "q2", "q3", "q4", "three months", "sequential") {
		return true
	}
	if !quarterMayBeSaid(s) {
		return false // the q of "equity" or "quite": no words to split
	}
	for _, m := range text.FindPeriods(s) {
		if m.Kind == text.Quarter {
			return true
		}
	}
	return false
}

// quartersIn is text.FindPeriods(s) when s may name a quarter
// (quarterMayBeSaid), else none: for a rule that reads only a quarter.
func quartersIn(s string) []text.PeriodMention {
	if !quarterMayBeSaid(s) {
		return nil
	}
	return text.FindPeriods(s)
}

// quarterMayBeSaid reports whether text.FindPeriods may find a quarter in
// s: every quarter it reads is said by the word "quarter" (in any case:
// it reads words lower-cased) or by a q next to a digit 1 to 4 ("Q3",
// "3Q21", "F3Q21"). Most sentences with a q have neither ("equity",
// "quite", "acquisition"), and are not split into words to find that out.
func quarterMayBeSaid(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != 'q' {
			continue
		}
		if i+1 < len(s) && s[i+1] >= '1' && s[i+1] <= '4' || i > 0 && s[i-1] >= '1' && s[i-1] <= '4' ||
			len(s)-i >= len("quarter") && strings.EqualFold(s[i:i+len("quarter")], "quarter") {
			return true
		}
	}
	return false
}

// fullYearWords say that a longer period than the quarter is spoken of.
var fullYearWords = []string{"full year", "full-year", "fiscal year", "for the year", "for the full", "annual ", "year-to-date",
	"year to date", "first half", "second half", "six months", "nine months", "twelve months", "12 months", "whole year",
	"first three quarters"}

// fullYearSaid holds fullYearWords, found in one pass: for the texts longer
// than a few words they are looked for in (ten words, a sentence).
var fullYearSaid = newSubstringSet(fullYearWords...)

// lookAheadSaid holds the words of a sentence that looks ahead rather than
// back ("we expect", "our outlook"): a sentence about the year with them
// is no heading of a year's results.
var lookAheadSaid = newSubstringSet("expect", "will ", "outlook", "guid", "anticipat", "forecast", "target", "plan ", "project")

// yearSaidIn reports whether the last period spoken of at the start of one
// of the sentences before a figure's (before), not in a forward-looking
// one, is longer than a quarter. (The figure's own sentence up to it is
// read first, by the caller: fullYearWords.) sents are before's sentences.
func yearSaidIn(before string, sents []text.Span) bool {
	for k := len(sents) - 1; k >= 0; k-- {
		s := before[sents[k].Start:sents[k].End]
		if quarterSaid(s) {
			return false
		}
		// the last three sentences, or the paragraph's first: "Full-year net
		// income, diluted EPS and ADEPS also grew. ..." leads the paragraph
		if (k == 0 || k >= len(sents)-3) && fullYearSaid.in(firstWords(s, 10)) &&
			!lookAheadSaid.in(s) {
			return true // "For the full year, ...", "Let me review the full year."
		}
		if i := strings.IndexAny(s, "$%0123456789"); k == len(sents)-1 && i > 0 && containsAnyOf(s[:i], "full year", "full-year") &&
			!lookAheadSaid.in(s) {
			return true // "... full year fiscal '21 total company sales were $4.6 billion. Adjusted EBITDA was $689 million"
		}
		if k == len(sents)-1 && containsAnyOf(text.LastWords(s, 4), "for the year", "for the full year", "for the fiscal year") &&
			!lookAheadSaid.in(s) {
			return true // "... 60 basis points of margin expansion for the year. EPS grew 13% to $5.66."
		}
	}
	return false
}

// yearIsSubject reports a sentence about the call's own year as a whole:
// "2019 was another strong year for us, with net income of $3 billion or
// $9.08 per share" on a fourth-quarter call states the year's results.
func yearIsSubject(pre string, year int) bool {
	if year <= 0 || quarterSaid(pre) {
		return false
	}
	s := strings.TrimSpace(pre)
	for _, lead := range []string{"overall, ", "so ", "so, ", "and ", "in short, ", "all in all, "} {
		s = strings.TrimPrefix(s, lead)
	}
	s = strings.TrimPrefix(s, "fiscal ")
	y := strconv.Itoa(year)
	return strings.HasPrefix(s, y+" was ") || strings.HasPrefix(s, y+" has been ") || strings.HasPrefix(s, y+" proved ")
}

// yearLedBefore reports one of the two sentences before that opens with
// the call's own year and no quarter said since: "Looking back at 2021, our
// business performed well. We delivered adjusted EPS of $20.47" on a
// fourth-quarter call. sents are before's sentences.
func yearLedBefore(before string, sents []text.Span, year int) bool {
	if year <= 0 {
		return false
	}
	y := strconv.Itoa(year)
	for k := len(sents) - 1; k >= 0 && k >= len(sents)-2; k-- {
		s := strings.TrimSpace(before[sents[k].Start:sents[k].End])
		if quarterSaid(s) {
			return false
		}
		for _, p := range []string{"looking back at ", "looking back on ", "looking back over ", "reflecting on ", "in ", "for ", "during ", "throughout "} {
			if rest, ok := strings.CutPrefix(s, p); ok && (strings.HasPrefix(rest, y+",") || strings.HasPrefix(rest, "fiscal "+y+",")) {
				return true
			}
		}
		// the year is taken out of "full-year 2021 results" for the phrases
		// below, whose last words the text must say first: no copy without them
		if containsAnyOf(s, "highlights", "results") && containsAnyOf(strings.ReplaceAll(s, " "+y+" ", " "), "full-year highlights", "full year highlights", "full-year results", "full year results") &&
			!containsAnyOf(s, "outlook", "guidance", "expect") {
			return true // "I will discuss our full-year highlights."
		}
	}
	return false
}

// sentenceOf is the number of sentences up to the last one that holds
// the start of a figure (0 when none does), as decide finds them.
func sentenceOf(sents []text.Span, figs []Figure) int {
	n := 0
	for _, f := range figs {
		for k, sp := range sents {
			if f.Start >= sp.Start && f.Start < sp.End {
				n = max(n, k+1)
				break
			}
		}
	}
	return n
}

// perShareForms are the per-share metrics of the metrics said per share
// after an amount ("$0.71 of core FFO per share").
var perShareForms = map[string]string{"ffo": "ffo per share", "affo": "affo per share", "dividend": "dividend per share",
	"book value": "book value per share", "net income": "eps", "earnings": "eps"}

// perShareSaidAfter makes a figure whose metric is named after it and then
// said per share ("$0.71 of core FFO per diluted share", "$1.10 in FFO
// per share") that per-share amount: the metric before "per share" is
// what is divided, not what the amount totals.
func perShareSaidAfter(f *Figure, after string) {
	form, ok := perShareForms[f.Metric]
	if !ok || f.PerShare || !isMoney(f.Unit) {
		return
	}
	a := strings.TrimLeft(after, " ")
	rest, found := strings.CutPrefix(a, "of ")
	if !found {
		rest, found = strings.CutPrefix(a, "in ")
	}
	if !found {
		return
	}
	ws := strings.Fields(rest)
	for k := 1; k < len(ws) && k <= 5; k++ {
		if ws[k] != "per" && !(ws[k] == "a" && k+1 < len(ws) && strings.Trim(ws[k+1], ".,;") == "share") {
			continue
		}
		if namesMetric(strings.Join(ws[:k], " ")) != f.Metric {
			return
		}
		tail := strings.Join(ws[k+1:min(k+4, len(ws))], " ")
		if hasAnyPrefix(tail, "share", "diluted share", "common share", "diluted common share", "basic share", "unit") {
			f.Metric, f.PerShare = form, true
			f.Reasons = append(f.Reasons, "metric: "+form+", said after the amount")
		}
		return
	}
}

// ffoPerShare names a per-share amount FFO when its sentence names no
// metric and its paragraph speaks of FFO and not of earnings per share: a
// REIT's "revised guidance range is $7.47 to $7.65 per share".
func ffoPerShare(f *Figure, para, sent string) {
	if !f.PerShare || f.Metric != "eps" || namesMetric(sent) != "" || containsAnyOf(sent, "earn", "eps", "income") {
		return
	}
	if containsAnyOf(para, " ffo", "funds from operation") && !containsAnyOf(para, "eps", "earnings per", "income per", "net income", "affo") {
		f.Metric = "ffo per share"
		f.Reasons = append(f.Reasons, "metric: a per-share amount in a paragraph about FFO")
	}
}

// yearSaid reports a four-digit year in s.
func yearSaid(s string) bool {
	if !hasFourDigits(s) {
		return false // no words to split
	}
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:'()"), "'s"), "’s") // "2020's"
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w) {
			return true
		}
	}
	return false
}

// laterYear is the year of "by 2030", "in 2025", "through 2024", "for
// fiscal 2026", or 0.
func laterYear(s string) int {
	if !hasFourDigits(s) {
		return 0 // no year said: no words to split
	}
	ws := strings.Fields(s)
	for k := 1; k < len(ws); k++ {
		w := strings.Trim(ws[k], ".,;:'()")
		if len(w) != 4 || !(w[:2] == "19" || w[:2] == "20") || !isDigits(w) {
			continue
		}
		prev := ws[k-1]
		if (prev == "fiscal" || prev == "year") && k >= 2 {
			prev = ws[k-2]
			if prev == "the" && k >= 3 {
				prev = ws[k-3]
			}
		}
		switch prev {
		case "by", "in", "through", "for", "until":
			y, _ := strconv.Atoi(w)
			return y
		}
	}
	return 0
}

// periodYearOf is the year of "Q2 2021" or "FY 2021", 0 when none.
func periodYearOf(p string) int {
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		y, _ := strconv.Atoi(p[i+1:])
		return y
	}
	return 0
}

// toleranceSeparators are the marks between the words of a tolerance.
var toleranceSeparators = newReplacer(",", " ", "--", " ", "(", " ")

// tolerance reports the words between two amounts, and the second amount's
// own text, that make it a tolerance around the first ("$0.25, plus or
// minus $0.02"; "plus $15 million, minus $25 million"): only plus, minus,
// "or" and punctuation between them, with plus or minus said.
func tolerance(between, text string) bool {
	signed := strings.HasPrefix(text, "plus") || strings.HasPrefix(text, "minus") || strings.HasPrefix(text, "+/-")
	for w := range strings.FieldsSeq(toleranceSeparators.Replace(between)) {
		switch w {
		case "plus", "minus", "+/-", "±":
			signed = true
		case "or":
		default:
			return false
		}
	}
	return signed
}

// cutPeriodTail is a phrase without the period said after it: "Bell in
// the quarter" is Bell, "our Valves segment for the year" the segment.
func cutPeriodTail(phrase string) string {
	for _, when := range []string{" in the ", " for the ", " during the ", " this ", " in q", " in fiscal "} {
		if i := strings.Index(phrase, when); i > 0 {
			tail := phrase[i:]
			if len(text.FindPeriods(tail)) > 0 || containsAnyOf(tail, "quarter", "year", "period") {
				return phrase[:i]
			}
		}
	}
	return phrase
}

// forPart is "for the big three of between", "for our retail arm was": a
// short phrase after "for" between the metric and its amount.
var forPart = regexp.MustCompile(`\bfor (?:the|our) ((?:[a-z&-]+ ){0,2}[a-z&-]+) (?:of|was|were|is|are)(?: between| approximately| about| around| roughly)?\s*$`)

// forPartFrom is where in near a match of forPart may begin at the
// earliest: what it matches before its trailing spaces holds at most six
// single spaces ("for the big three of between") and no other white
// space, so it begins after the seventh space from the end (those
// trailing aside). The expression is then run on the last words of near,
// not the whole text before the figure.
func forPartFrom(near string) int {
	end := len(near)
	for end > 0 && isRegexpSpace(near[end-1]) {
		end--
	}
	spaces := 0
	for i := end - 1; i >= 0; i-- {
		if c := near[i]; c == ' ' {
			if spaces++; spaces == 7 {
				return i + 1
			}
		} else if isRegexpSpace(c) {
			return i + 1
		}
	}
	return 0
}

// forPartMayMatch reports whether forPart may match s: each of its matches
// says "for the " or "for our " and ends s (its white space aside) with
// one of the words that close it, said after a space. Most texts before a
// figure do neither, and the expression is slow to say so.
func forPartMayMatch(s string) bool {
	if !strings.Contains(s, "for the ") && !strings.Contains(s, "for our ") {
		return false
	}
	return hasAnySuffix(strings.TrimRight(s, " \t\n\f\r"), " of", " was", " were", " is", " are", " between", " approximately", " about",
		" around", " roughly")
}

// isRegexpSpace is a byte \s matches.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// partBetween is the part of the company named between the metric's name
// and its amount ("organic growth for the big three of between 5.5% and
// 6%"), not a period ("for the quarter was") or the whole company.
func partBetween(near, metric string) string {
	from := forPartFrom(near)
	if !forPartMayMatch(near[from:]) {
		return "" // skip the regular expression
	}
	m := forPart.FindStringSubmatchIndex(near[from:])
	if m == nil {
		return ""
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	named := false
	ws := strings.Fields(near[:m[0]])
	for k := max(0, len(ws)-4); k < len(ws); k++ {
		if namesMetric(strings.Join(ws[k:], " ")) == metric {
			named = true // the metric's name ends right before "for"
		}
	}
	if name := near[m[2]:m[3]]; named {
		for _, w := range strings.Fields(name) {
			if notParts[w] || plainModifiers[w] || periodOrdinals[w] || leadStop[w] || namesMetric(w) != "" {
				return ""
			}
		}
		if len(text.FindPeriods(name)) > 0 || companySentence.in(name) {
			return ""
		}
		return name
	}
	return ""
}

// unspentAuthorization reports a buyback amount said as what may still be
// spent ("$182 million remaining available for repurchases", "authorized a
// new $500 million program"), not what was bought: "remaining" or
// "available" in the amount's own clause, or an authorizing word just
// before it. "Bought $50 million under our authorization" is a purchase.
// remainingAuthorizationSaid reports a clause about what an authorization
// has left ("which had remaining authorization ... in the amount of"):
// an amount in it is the authorization's.
func remainingAuthorizationSaid(clause string) bool {
	return containsAnyOf(clause, "remaining authorization", "remained authorization", "authorization remaining", "left under the authorization", "left on the authorization") ||
		containsAnyOf(clause, "remaining", "remains") && containsAnyOf(clause, "authorization", "authority") // "our remaining share repurchase authority currently stands at"
}

func unspentAuthorization(before, after string) bool {
	clause := after
	if i := strings.IndexAny(clause, ",;"); i >= 0 {
		clause = clause[:i]
	}
	clause = firstWords(clause, 8)
	if hasAnyPrefix(strings.TrimSpace(clause)+" ", "authorization ", "authorizations ", "share repurchase authorization ", "repurchase authorization ", "buyback authorization ") {
		return true // "our existing $300 million authorization"
	}
	if containsAnyOf(clause, "remaining", "remains", "still available", "available for", "left under", "left on", "left in", "left for", "of capacity") {
		return true
	}
	// "We have allocated $2 billion to share repurchases" in the year's
	// plan: money set aside for buying, not yet bought
	return containsAnyOf(before, "authorized", "authorization", "approved", "remaining", "capacity of", "still outstanding",
		"allocat", "earmark", "set aside", "budget")
}

// saysOwnName reports a word of the clause that is the company's own name
// said as a name, capitalised as the speaker said it: "Total Acme revenue"
// is the whole company, "net life sales" of Harbour Life is a product line.
func (c factCtx) saysOwnName(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "Acme's revenue"
	if c.company == "" || len(w) < 3 || !OwnName(w, c.company) {
		return false
	}
	return strings.Contains(c.raw, strings.ToUpper(w[:1])+w[1:]) || strings.Contains(c.raw, strings.ToUpper(w))
}

// termsOfName is the name a sentence opens with as "in terms of <Name>,"
// after at most a few words of address ("So Dana, in terms of Brightline,
// we had revenue of $23 million"): what follows in the sentence is said of
// that name, a part or a holding, not of the whole company (the caller
// checks that it is not the company's own name).
// low is raw lower-cased.
func termsOfName(raw, low string) string {
	i := firstIndex(low, "in terms of ")
	if i < 0 || moreFieldsThan(low[:i], 4) || strings.ContainsAny(low[:i], "0123456789$%") {
		return ""
	}
	rest := raw[i+len("in terms of "):]
	j := strings.IndexByte(rest, ',')
	if j <= 0 {
		return ""
	}
	name := strings.TrimSpace(rest[:j])
	if !capitalName(name) {
		return ""
	}
	lname := strings.ToLower(name)
	if w := strings.Fields(lname)[0]; text.Months[w] > 0 || basisLike[w] {
		return "" // "In terms of March,", "In terms of GAAP,"
	}
	return lname
}

// propertyWords say that "sales" are of property (with dispositions, see
// speaksOfDispositions).
var propertyWords = []string{"property sales", "asset sales", "land sales", "building sales", "real estate sales",
	"buildings sold", "properties sold"}

// speaksOfDispositions reports a REIT's word for the property it sells,
// "dispositions" (not "asset dispositions" netted from capital spending,
// nor "an asset disposition business").
func speaksOfDispositions(s string) bool {
	if containsAnyOf(s, "disposition pipeline", "disposition activity", "disposition volume", "disposition guidance", "disposition program") {
		return true
	}
	for at := 0; ; {
		i := strings.Index(s[at:], "dispositions")
		if i < 0 {
			return false
		}
		i += at
		at = i + len("dispositions")
		if !strings.HasSuffix(strings.TrimRight(s[:i], " "), "asset") {
			return true
		}
	}
}

// propertySales reports a revenue figure read from the word "sales" (not
// "net sales", "total sales" or "revenue") in a sentence or paragraph
// (before: the paragraph before the sentence) that speaks of selling
// property: "our guidance for sales is $125 million to $175 million" after
// "dispositions totaled $261 million", "$10 million in land sales".
//
// A turn that speaks of dispositions (dispositions, FindTurn) makes any
// bare "sales" of it the property's.
func propertySales(c factCtx, before string, dispositions bool) bool {
	clause := lastClauseOf(c.pre) + " " + firstWords(c.after, 6)
	for _, w := range []string{"land sales", "property sales", "asset sales", "building sales", "real estate sales"} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	if !hasWordEnd(clause, "sales") && !strings.Contains(clause, "sales ") || containsAnyOf(clause, "revenue", "net sales", "total sales",
		"same-store", "same store", "comparable", "comp sales", "organic") {
		return false
	}
	return dispositions || speaksOfDispositions(c.sent+" "+before) || containsAnyOf(c.sent+" "+before, propertyWords...)
}

// revenueCapital reports words after an amount that name capital by the
// revenue it keeps or creates: "in revenue creating capital",
// "of revenue-maintaining capex".
func revenueCapital(after string) bool {
	ws := strings.Fields(strings.ReplaceAll(after, "-", " "))
	for k := 0; k+2 < len(ws); k++ {
		if (ws[k] == "revenue" || ws[k] == "revenues") && strings.HasSuffix(ws[k+1], "ing") {
			w := strings.Trim(ws[k+2], ",.;:")
			return w == "capital" || w == "capex" || w == "expenditures" || w == "investments"
		}
	}
	return false
}

// copulaLast reports words that end with a verb of being ("was", "were",
// "is", "came in at"): the amount after them is what the subject measures.
func copulaLast(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "was", "were", "is", "are", "totaled", "totalled", "reached":
		return true
	}
	return false
}

// partOfYear is the period of a span from the start of a fiscal year said
// in s ("the first nine months", "six months ended", "year-to-date" on a
// call of quarter q), as "9M 2020" or "H1 2020", or "" when s says no such
// span plainly ("the last nine months", "over the next six months").
func partOfYear(s string, q, year int) string {
	if year <= 0 {
		return ""
	}
	y := " " + strconv.Itoa(year)
	switch {
	case containsAnyOf(s, "first nine months", "nine months ended", "nine months ending", "first three quarters"):
		return "9M" + y
	case containsAnyOf(s, "first half", "first six months", "six months ended", "six months ending"):
		return "H1" + y
	case containsAnyOf(s, "year-to-date", "year to date") && !containsAnyOf(s, "first half", "six months", "nine months", "three quarters"):
		switch q {
		case 2:
			return "H1" + y
		case 3:
			return "9M" + y
		}
	}
	return ""
}

// spanSaidLast is the period of the span from the start of the year
// ("9M 2020", "H1 2020") said last before a figure, in its sentence (pre)
// or the sentences before it (before), when that is what was said last of
// a longer period than the quarter; "" otherwise.
func spanSaidLast(before, pre string, ctx Context) string {
	part := func(s string) string {
		if containsAnyOf(s, "full year", "full-year", "fiscal year", "for the year", "for the full", "annual", "whole year", "twelve months", "12 months") {
			return "" // "our full year guidance, which reflects our strong first half"
		}
		return partOfYear(s, ctx.Quarter, ctx.Year)
	}
	if fullYearSaid.in(pre) {
		return part(pre)
	}
	sents := text.Sentences(before)
	for k := len(sents) - 1; k >= 0; k-- {
		s := before[sents[k].Start:sents[k].End]
		if lookAheadSaid.in(s) {
			continue // what is planned for a span says nothing of the results after it
		}
		if fullYearSaid.in(s) {
			return part(s)
		}
	}
	return ""
}

// metricInPlace finds a result said "in", "at" or "for" a named part or
// place: "Sales in the HDE business were down 12%", "Revenue at our
// Northway unit".
var metricInPlace = regexp.MustCompile(`\b(?i:net sales|sales|revenues?|orders|bookings|operating income|operating margins?|ebitda|combined ratio|underwriting income|backlog|segment profit) (?i:in|at|for|from) (?:(?i:the|our) )?([A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|and|&|or))*)`)

// metricInPlaceSaid reports an ASCII text that says, in any case, a word
// of each of metricInPlace's metrics: most texts that name a place do not,
// and the regular expression is slow to say so. (Outside ASCII a letter
// may fold to "s" or "k": the expression is asked then.)
func metricInPlaceSaid(s string) bool {
	for _, w := range []string{"sales", "revenue", "orders", "bookings", "operating", "ebitda", "combined", "underwriting", "backlog", "segment"} {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// placeNamed reports whether s says "in|at|for|from", with "the" or
// "our" or not (in any case), before a capital, as every match of metricInPlace does: most text
// does not, and the regular expression is slow to say so. The letters of
// these words fold only to ASCII ones, so ASCII folding is exact here.
func placeNamed(s string) bool {
	for i := 3; i < len(s); i++ {
		if i+8 <= len(s) {
			if x := load8(s, i); x&0x8080808080808080 == 0 && upperBytes(x) == 0 {
				i += 7 // eight ASCII bytes without a capital (most text): none is where a capital is wanted
				continue
			}
		}
		if s[i] < 'A' || s[i] > 'Z' || s[i-1] != ' ' {
			continue
		}
		at := i - 1 // the blank after the preposition
		if i >= 5 && s[i-5] == ' ' && (strings.EqualFold(s[i-4:i-1], "the") || strings.EqualFold(s[i-4:i-1], "our")) {
			at = i - 5
		}
		for _, p := range []string{"in", "at", "for", "from"} {
			if n := at - len(p); n >= 0 && (n == 0 || s[n-1] == ' ') && strings.EqualFold(s[n:at], p) {
				return true
			}
		}
	}
	return false
}

// metricInNamedPart is the part or place, named in capitals, that a metric
// said before a figure is said of ("Sales in the HDE or heavy duty
// equipment were down 12%" is HDE's, "Sales in the U.S." the U.S.'s), or "".
func metricInNamedPart(raw string) string {
	if !placeNamed(raw) || isASCII(raw) && !metricInPlaceSaid(raw) {
		return ""
	}
	loc := metricInPlace.FindStringSubmatchIndex(raw)
	if loc == nil || namesMetric(strings.ToLower(raw[loc[1]:])) != "" {
		return "" // "EBITDA from our Riverside project helps lift adjusted EBITDA to": another metric is the figure's
	}
	m := []string{raw[loc[0]:loc[1]], raw[loc[2]:loc[3]]}
	name := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(m[1], " and"), " or"), ".,")
	low := strings.ToLower(name)
	w := strings.Fields(low)[0]
	if len(text.FindPeriods(low)) > 0 || text.Months[w] > 0 || leadStop[w] || capitalStop[w] || namesMetric(low) != "" || periodOrdinals[w] {
		return "" // "Sales in the Third Quarter", "revenue for the Company"
	}
	if genericOwner[w] {
		return ""
	}
	return low
}
