package figures

import (
	"slices"
	"strings"

	"callsite/internal/text"
)

// This file decides what a found amount is: its clause (segment), metric,
// period, kind and change.

var forwardWords = map[string]bool{
	"expect": true, "expects": true, "expecting": true, "anticipate": true, "anticipates": true,
	"anticipating": true, "guidance": true, "guide": true, "guiding": true, "outlook": true,
	"forecast": true, "forecasts": true, "forecasting": true,
	"projecting": true, "will": true, "should": true, "sees": true, "target": true, "targets": true,
	"targeting": true, "intend": true, "intends": true, "we'll": true, "it'll": true, "they'll": true,
	"aim": true, "aims": true, "reaffirm": true, "reaffirms": true, "reaffirming": true, "reiterate": true,
	"reiterating": true, "assumes": true, "assume": true, "envision": true, "foresee": true, "shall": true,
	"plan": false, "plans": false, "planning": false, "expectation": true, "expectations": true,
}

// forwardLooking reports whether the sentence speaks of the future. A
// result measured against guidance ("$1.21, above the top end of our Q3
// guidance") does not.
func forwardLooking(toks []token, s, e int) bool {
	s = afterDeferral(toks, s, e)
	for k := s; k < e; k++ {
		t := toks[k]
		if t.kind != tWord {
			continue
		}
		if t.is(cForward) && !(planNoun[t.low] && (measuredAgainst(toks, k, s) || nearEndOf(toks, k, s))) && !thanExpected(toks, k, s) {
			return true
		}
		switch t.low {
		case "expected", "anticipated", "projected", "estimated", "scheduled", "poised", "likely":
			if isWord(toks, k+1, "to") {
				return true
			}
			if t.low != "likely" && t.low != "poised" && k > s && (isWord(toks, k-1, "an") || isWord(toks, k-1, "our") || isWord(toks, k-1, "the")) &&
				metricAt(toks, k+1, e) {
				return true // "an expected diluted EPS of approximately $0.55", not "2.6 billion, an expected reduction of 5%"
			}
		case "projection", "projections":
			// the company's own ("our 2021 EBITDA projections", "our
			// projection for the tax rate"), not an industry's or an analyst's
			for n := k - 1; n >= s && n >= k-5 && toks[n].kind != tPunct; n-- {
				if toks[n].low == "our" {
					if !measuredAgainst(toks, k, s) {
						return true
					}
					break
				}
			}
		case "project", "projects":
			// the verb ("we project", "management now projects"), not the
			// noun ("large projects in the early stages")
			if k > s && projectSubject[toks[k-1].low] {
				return true
			}
		case "plan", "plans", "planning", "going":
			if isWord(toks, k+1, "to") || t.low == "going" && isWord(toks, k+1, "forward") {
				return true
			}
		case "range":
			// "we are updating our full-year adjusted EPS range to"
			if updatedBefore(toks, k, s) {
				return true
			}
		case "estimate", "estimates", "estimating":
			// "we estimate", "our full year estimate is", not "the consensus estimate"
			if k > s && estimateBy[toks[k-1].low] {
				return true
			}
		case "see", "now":
			if t.low == "now" && (isWord(toks, k+1, "see") || isWord(toks, k+1, "expect")) {
				return true
			}
		case "looking", "look":
			if isWord(toks, k+1, "ahead") || isWord(toks, k+1, "forward") {
				return true
			}
		}
	}
	return false
}

// thanExpected reports a forward word at k that measures a result against
// what was expected: "better than we would typically expect", "higher than
// anticipated". The sentence does not look ahead for it.
func thanExpected(toks []token, k, s int) bool {
	if k+1 < len(toks) && toks[k+1].kind != tPunct && !isWord(toks, k+1, "and") && !isWord(toks, k+1, "but") {
		return false // "higher than what we're projecting at that $1 billion": the plan is said
	}
	for n := k - 1; n >= s && n >= k-4; n-- {
		if toks[n].kind != tWord {
			return false
		}
		if toks[n].low == "than" {
			return true
		}
	}
	return false
}

// afterDeferral is where a sentence starts to speak when it opens by
// putting a subject off ("Before turning to our outlook for 2022, let me
// review the fourth quarter: revenue was up 4%"): after that clause's
// comma, since the outlook is what it is not about yet; else s.
func afterDeferral(toks []token, s, e int) int {
	if isWord(toks, s, "as") && laterTalkAt(toks, s+1, e) {
		// "As Tom will articulate in more detail, we did post FFO of $0.35":
		// a colleague's later remarks, not the figures, look ahead
		for k := s + 2; k < e && k < s+20; k++ {
			if isPunct(toks, k, ",") {
				return k + 1
			}
		}
		return s
	}
	if !isWord(toks, s, "before") || s+1 >= e || !strings.HasSuffix(toks[s+1].low, "ing") && !deferringSubject[toks[s+1].low] {
		return s // "Before charges, we expect ...": a basis, nothing put off
	}
	for k := s + 1; k < e && k < s+20; k++ {
		if isPunct(toks, k, ",") {
			return k + 1
		}
	}
	return s
}

// laterTalkAt reports "<someone> will discuss" (or "'ll cover", ...)
// within the few tokens from k: a speaker pointing to remarks still to come.
func laterTalkAt(toks []token, k, e int) bool {
	for n := k; n < e && n < k+5; n++ {
		if toks[n].kind == tPunct {
			return false
		}
		if (toks[n].low == "will" || strings.HasSuffix(toks[n].low, "'ll")) && n+1 < e && talkVerbs[toks[n+1].low] {
			return true
		}
	}
	return false
}

// talkVerbs say what a speaker will talk about.
var talkVerbs = map[string]bool{"discuss": true, "cover": true, "articulate": true, "explain": true, "detail": true, "review": true,
	"walk": true, "talk": true, "describe": true, "elaborate": true, "outline": true, "address": true, "go": true, "provide": true, "share": true}

// deferringSubject are the words after "before" that open a clause
// putting a subject off: "Before I turn to", "Before we discuss".
var deferringSubject = map[string]bool{"i": true, "we": true, "i'll": true, "we'll": true, "i'd": true, "we'd": true, "let": true}

// updatedBefore reports a verb of changing guidance among the eight tokens
// before k: "updating our full-year EPS range", "narrowed the range".
func updatedBefore(toks []token, k, s int) bool {
	for n := k - 1; n >= s && n >= k-8; n-- {
		switch toks[n].low {
		case "updating", "updated", "update", "narrowing", "narrowed", "narrow", "tightening", "tightened", "raising", "raised",
			"lowering", "lowered", "revising", "revised", "reaffirming", "reaffirmed", "reaffirm", "maintaining", "maintain", "maintained",
			"increasing", "increased", "reducing", "reduced", "moderating", "moderated", "trimming", "trimmed", "lifting", "lifted", "refining", "refined":
			return true
		}
	}
	return false
}

// keptGuidance reports a verb of keeping or changing guidance before the
// word "guidance" or "outlook" in the sentence.
func keptGuidance(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if (toks[k].low == "guidance" || toks[k].low == "outlook") && updatedBefore(toks, k, s) {
			return true
		}
	}
	return false
}

// estimateBy are the words before "estimate" that make it management's
// own forecast.
var estimateBy = map[string]bool{"we": true, "our": true, "year": true, "full-year": true, "current": true, "updated": true,
	"revised": true, "now": true, "management": true, "company": true, "also": true, "still": true}

// metricAt reports a metric phrase at k or after one more word.
func metricAt(toks []token, k, e int) bool {
	if _, ok := matchMetric(toks, k, e); ok {
		return true
	}
	_, ok := matchMetric(toks, k+1, e)
	return ok && k < e && toks[k].kind == tWord
}

// projectSubject are the words before "project" as a verb.
var projectSubject = map[string]bool{"we": true, "i": true, "they": true, "now": true, "also": true, "still": true, "currently": true,
	"further": true, "management": true, "company": true, "it": true, "which": true, "we'd": true, "and": true}

// forwardFrom is the token where a forward-looking sentence starts to look
// ahead: its start, or, when the only forward words stand in a relative
// clause ("earnings were $0.33 per share and reflect the contribution from
// a pipeline, which will continue to be ..."; "$860 million so far, and
// our full year estimate is ..."; "our margin was 42.6% and we expect
// full year margins to be between ..."), the start of that clause; the
// figures before it report results.
func forwardFrom(toks []token, s, e int) int {
	for k := s; k < e; k++ {
		if toks[k].kind != tWord {
			continue
		}
		// a clause after a comma, or one with a subject of its own after a
		// result said in the past ("was 42.6% and we expect"; not "we are
		// on track to exit the year at 9% and we expect")
		clause := (toks[k].low == "which" || toks[k].low == "that" || toks[k].low == "who" || toks[k].low == "and") && isPunct(toks, k-1, ",") ||
			toks[k].low == "and" && isWord(toks, k+1, "we") && saidInThePast(toks, s, k)
		if !clause {
			continue
		}
		if forwardLooking(toks, s, k) {
			return s
		}
		if forwardLooking(toks, k, e) {
			return k
		}
	}
	return s
}

// saidInThePast reports "was" or "were" among the words from s to e.
func saidInThePast(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].kind == tWord && (toks[k].low == "was" || toks[k].low == "were") {
			return true
		}
	}
	return false
}

// planNoun are the forward words that name a plan a result can be
// measured against.
var planNoun = map[string]bool{"guidance": true, "outlook": true, "forecast": true, "forecasts": true, "target": true, "targets": true,
	"expectation": true, "expectations": true, "projection": true, "projections": true}

// planNounBefore reports a plan noun (guidance, outlook, target) right
// before the figure at i, within four tokens and its clause ("our EPS
// guidance range of $1.76"), said of the plan in force: not a superseded
// one ("our previous expectation of $1.3 billion").
func planNounBefore(toks []token, s, i int) bool {
	for k := i - 1; k >= s && k >= i-4; k-- {
		if toks[k].kind == tPunct || toks[k].low == "and" {
			return false
		}
		if !planNoun[toks[k].low] {
			continue
		}
		for n := k - 1; n >= s && n >= k-3; n-- {
			switch toks[n].low {
			case "previous", "prior", "initial", "original", "earlier", "last", "old":
				return false
			}
		}
		return true
	}
	return false
}

// measuredAgainst reports a comparison word among the ten tokens before
// the plan noun at k: "above our guidance", "exceeded the high end of our
// outlook", "in line with our forecast".
func measuredAgainst(toks []token, k, s int) bool {
	for n := k - 1; n >= s && n >= k-10; n-- {
		if toks[n].kind == tPunct || toks[n].kind == tNum && toks[n].space {
			return false // a glued number is part of a name: "Q3 guidance"
		}
		switch toks[n].low {
		case "above", "below", "exceeded", "exceeding", "exceeds", "exceed", "beat", "beating", "within", "versus", "vs", "than",
			"surpassed", "surpassing", "topped", "topping", "missed", "ahead", "short", "line", "met", "achieved", "delivered", "hit", "represents", "representing",
			"toward", "towards", "consistent", "matched", "matching", "better", "worse", "compared", "relative", "against",
			"outperformed", "outperforming", "outpaced", "outpacing", "underperformed", "trailed":
			return true // "Compared to our guidance, revenue of $11.9 billion exceeded the high end"
		}
	}
	return false
}

// nearEndOf reports a result set against a plan's range said before the
// plan noun at k: "15.7%, toward the high end of our 14% to 16% target
// range", "within our $1.05 to $1.15 outlook".
func nearEndOf(toks []token, k, s int) bool {
	for n := k - 1; n >= s && n >= k-16; n-- {
		switch toks[n].low {
		case "toward", "towards", "within":
			return true
		case "end":
			if n > s && (toks[n-1].low == "high" || toks[n-1].low == "low" || toks[n-1].low == "upper" || toks[n-1].low == "lower" || toks[n-1].low == "top") {
				return n-2 >= s && (toks[n-2].low == "the" && n-3 >= s && (toks[n-3].low == "toward" || toks[n-3].low == "towards" || toks[n-3].low == "at" || toks[n-3].low == "near"))
			}
		}
		if toks[n].kind == tPunct && toks[n].low != "." || toks[n].kind == tWord && toks[n].is(cForward) && !planNoun[toks[n].low] {
			return false
		}
	}
	return false
}

// continuesForecast reports a sentence that goes on with the forecast of
// the sentence before without a verb of its own: "Adjusted EBITDA to be
// between $54 million and $55 million, and EPS to be $0.49."
func continuesForecast(toks []token, s, e int) bool {
	if impliesSaid(toks, s, e) {
		return true // "This implies an operating margin of about 12%": derived from the forecast before
	}
	for k := s; k+1 < e; k++ {
		if isWord(toks, k, "to") && isWord(toks, k+1, "be") {
			for n := s; n < k; n++ {
				switch toks[n].low {
				case "was", "were", "is", "are", "has", "have", "had", "will", "would", "expect", "need", "needs", "going", "continue", "continues":
					return false
				}
			}
			return true
		}
	}
	return false
}

var changeUp = map[string]bool{
	"up": true, "increased": true, "increase": true, "increases": true, "increasing": true, "grew": true,
	"grow": true, "grows": true, "growing": true, "growth": true, "rose": true, "rise": true, "rises": true,
	"rising": true, "improved": true, "improvement": true, "improve": true, "expanded": true, "expansion": true,
	"higher": true, "gained": true, "gain": true, "climbed": true, "jumped": true, "jump": true,
	"surged": true, "accelerated": true, "advanced": true, "outperformed": true, "increment": false,
}

var changeDown = map[string]bool{
	"down": true, "decreased": true, "decrease": true, "decreases": true, "decreasing": true, "fell": true,
	"fall": true, "falls": true, "falling": true, "declined": true, "decline": true, "declines": true,
	"declining": true, "dropped": true, "drop": true, "lower": true, "contracted": true, "contraction": true,
	"reduced": true, "reduction": true, "slipped": true, "shrank": true, "deteriorated": true, "compressed": true,
	"compression": true, "off": false,
}

// changeBefore reports a change word right before token k ("up 1.1%").
func changeBefore(toks []token, k, s int) bool {
	_, _, ok := changeWordBefore(toks, k, s)
	return ok
}

// changeAsPercentBefore reports a change said as a percent and then, after
// "or", as the amount at k: "sales decreased 29.3% or $79.3 million to
// $190.9 million" (the amount a change, what follows "to" the new level).
func changeAsPercentBefore(toks []token, k, s int) bool {
	n := k - 1
	if !isWord(toks, n, "or") || n-2 < s || !(isSym(toks, n-1, "%") || isWord(toks, n-1, "percent")) || toks[n-2].kind != tNum {
		return false
	}
	return changeBefore(toks, n-2, s)
}

// changeWordBefore finds a direction word among the few tokens before k,
// skipping fillers ("increased by", "up a", "a decline of").
func changeWordBefore(toks []token, k, s int) (int, float64, bool) {
	for n, steps := k-1, 0; n >= s && steps < 4; n, steps = n-1, steps+1 {
		t := toks[n]
		if t.kind != tWord {
			return 0, 0, false
		}
		if changeUp[t.low] {
			return n, 1, true
		}
		if changeDown[t.low] {
			return n, -1, true
		}
		switch t.low {
		case "by", "a", "an", "of", "was", "were", "is", "approximately", "about", "roughly", "nearly",
			"around", "almost", "over", "more", "than", "some", "just", "sequential", "organic", "strong", "solid", "modest", "slight", "significant", "another", "further", "only":
			continue
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// isCmpStart reports whether a comparison clause starts at token k:
// "compared with", "versus", "up 1.1% from".
func isCmpStart(toks []token, k, s int) bool {
	t := toks[k]
	if t.kind != tWord {
		return false
	}
	switch t.low {
	case "compared", "compares", "compare", "comparing", "comparable":
		if t.low == "comparable" {
			return false
		}
		return isWord(toks, k+1, "with") || isWord(toks, k+1, "to") || isWord(toks, k+1, "against")
	case "versus", "vs":
		return true
	case "than":
		// "higher than last year's second quarter EPS of $0.50", but not
		// "lower than originally anticipated" or "better than expected second
		// quarter sales": a period or an amount must follow closely.
		if k == s || k+1 < len(toks) && notPeriodComparison[toks[k+1].low] {
			return false
		}
		switch toks[k-1].low {
		case "higher", "lower", "more", "less", "greater", "better", "worse", "above", "below":
		default:
			return false
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if toks[n].kind == tNum || toks[n].kind == tSym && toks[n].low == "$" {
				return true
			}
			switch toks[n].low {
			case "last", "prior", "previous", "year", "year's", "quarter", "a", "the":
				if toks[n].low != "a" && toks[n].low != "the" {
					return true
				}
			}
		}
		return false
	case "relative":
		return isWord(toks, k+1, "to")
	case "over":
		// "grew 18% over last year", "a 6% increase over the same period in
		// 2020", but not "over $2 billion": a change said against an earlier period
		return changeSaidBefore(toks, k, s) && earlierPeriodAhead(toks, k+1)
	case "from":
		for n := k - 1; n >= s && n >= k-10; n-- {
			// "grew by $0.19 to $1.96 per share from $1.77": the base of a change
			if toks[n].kind == tPunct {
				break
			}
			m := n + 1
			if isWord(toks, m, "a") || isWord(toks, m, "an") {
				m++ // "getting to a $3.13 EPS from $2.99"
			}
			if isWord(toks, n, "to") && m < k && (toks[m].kind == tNum || toks[m].kind == tSym && currencySymbols[toks[m].low] != "") {
				return true
			}
		}
		for n := k - 1; n >= s && n >= k-6; n-- {
			if toks[n].kind == tSym && toks[n].low == "%" || toks[n].kind == tWord && (changeUp[toks[n].low] || changeDown[toks[n].low] || toks[n].low == "percent") {
				return true
			}
			if toks[n].kind == tPunct {
				return false
			}
		}
	}
	return false
}

// notPeriodComparison are the words after "than" that compare with a plan,
// not with an earlier period ("better than expected").
var notPeriodComparison = map[string]bool{"expected": true, "anticipated": true, "planned": true, "forecast": true,
	"forecasted": true, "projected": true, "guided": true, "originally": true, "we": true, "our": true, "budgeted": true}

// changeSaidBefore reports a change (a percentage or a change word) among
// the eight tokens before k, in its clause.
func changeSaidBefore(toks []token, k, s int) bool {
	for n := k - 1; n >= s && n >= k-8; n-- {
		// "raised the midpoint of our normalized FFO from $2.75 to $2.90": a midpoint moves, it is no range
		if toks[n].kind == tSym && toks[n].low == "%" || toks[n].kind == tWord && (changeUp[toks[n].low] || changeDown[toks[n].low] || toks[n].low == "percent" || toks[n].low == "midpoint") {
			return true
		}
		if toks[n].kind == tPunct {
			return false
		}
	}
	return false
}

// withGrowth names the growth of a metric: "revenue growth", and
// "organic growth" for a metric that is a growth already (not "organic
// growth growth").
func withGrowth(metric string) string {
	if strings.HasSuffix(metric, "growth") {
		return metric
	}
	return metric + " growth"
}

// earlierPeriodAhead reports an earlier period named at k: "last year",
// "the prior year", "the same period", "the year-ago quarter", "Q2 of last year".
func earlierPeriodAhead(toks []token, k int) bool {
	for n := k; n < len(toks) && n < k+4; n++ {
		if toks[n].kind != tWord {
			return false
		}
		switch toks[n].low {
		case "last", "prior", "previous", "same", "year-ago", "ago", "comparable", "pre-pandemic":
			return true
		case "the", "a", "our", "its":
			continue
		}
		return false
	}
	return false
}

// cmpEnds reports where a comparison clause gives way to the figure's own
// statement again: "up 18% over last year to $3.3 billion" (the new level
// after "to"), "versus $0.65 a year ago or $0.90 versus $0.72 on an
// adjusted basis" (a second pair), "compared to last year and adjusted EPS
// was $0.92" (a new subject and verb).
func cmpEnds(toks []token, k, e int) bool {
	t := toks[k]
	if t.kind != tWord {
		return false
	}
	switch t.low {
	case "was", "were", "is", "are":
		// "The decline versus 2020 was driven by ...": the comparison
		// qualified the subject; the verb starts the statement
		return k > 0 && !(toks[k-1].kind == tWord && (toks[k-1].low == "which" || toks[k-1].low == "that" || toks[k-1].low == "it"))
	case "to":
		if k > 0 && toks[k-1].kind == tWord {
			switch toks[k-1].low {
			case "compared", "compares", "compare", "comparing", "relative", "equal", "equivalent", "close", "up", "down":
				return false
			}
		}
		n := k + 1
		for steps := 0; n < e && steps < 3 && toks[n].kind == tWord && levelFiller[toks[n].low]; steps++ {
			n++
		}
		q, m := matchQualifier(toks, n, e)
		if q != "" {
			n = m
		}
		return n < e && startsAmount(toks, n) && (toks[n].kind == tNum || toks[n].kind == tSym)
	case "or", "and":
		n := k + 1
		if n >= e || !startsAmount(toks, n) || toks[n].kind == tWord {
			return false
		}
		a, ok := parseAmount(toks[:e], n)
		if !ok {
			return false
		}
		for m := a.j; m < e && m < a.j+4; m++ {
			if isCmpStart(toks, m, 0) {
				return true
			}
		}
		return false
	}
	return false
}

// levelFiller are the words between "to" and a new level: "to a record $200 million".
var levelFiller = map[string]bool{"a": true, "an": true, "record": true, "new": true, "all-time": true, "high": true, "of": true}

// newSubject reports a new clause after "and" or a comma inside a
// comparison: a metric and its verb before the next amount ("and adjusted
// EPS was $0.92", "and record revenues of $4.3 billion", "and translates to
// $2.70"), or after "with", a metric and "of" ("lower from the second
// quarter with net revenues of $289 million").
func newSubject(toks []token, k, e int) bool {
	with := isWord(toks, k, "with") // "lower from the second quarter with net revenues of $289 million"
	if !isWord(toks, k, "and") && !with {
		return false
	}
	metric := false
	for n := k + 1; n < e && n < k+9; n++ {
		t := toks[n]
		if t.kind == tNum || t.kind == tSym && currencySymbols[t.low] != "" {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if _, ok := matchMetric(toks, n, e); ok {
			metric = true
			continue
		}
		switch t.low {
		case "was", "were", "is", "are", "came", "totaled", "totalled", "reached", "grew", "increased", "rose", "improved",
			"declined", "decreased", "fell", "ended", "translates", "translated", "represents", "represented", "delivered",
			"generated", "we":
			return !with
		case "of":
			if metric {
				return true
			}
		case "up", "down":
			// "85 basis points lower than the prior year with net
			// charge-offs down $209 million": the change is this
			// period's, of another subject
			if metric {
				return true
			}
		}
	}
	return false
}

var clauseStarters = map[string]bool{"and": true, "while": true, "but": true, "whereas": true, "which": true, "including": true, "driven": true, "primarily": true, "reflecting": true, "due": true, "with": true, "as": true}

// segment splits the sentence into a main part and comparison clauses.
func (st *state) segment(toks []token, s, e int) {
	st.segs = slices.Grow(st.segs[:0], e-s) // a segment for each token: room made at once, not grown from one
	st.cmpSeg = append(st.cmpSeg[:0], false)
	seg := 0
	leadCmp := false
	for k := s; k < e; k++ {
		if isCmpStart(toks, k, s) && !st.cmpSeg[seg] {
			seg++
			st.cmpSeg = append(st.cmpSeg, true)
			leadCmp = k <= s+1
		} else if st.cmpSeg[seg] && (isPunct(toks, k, ";") || isPunct(toks, k, ":") || isPunct(toks, k, ",") && (leadCmp || k+1 < e && toks[k+1].kind == tWord && clauseStarters[toks[k+1].low]) ||
			(!st.prevFwd || !isWord(toks, k, "to")) && cmpEnds(toks, k, e) || newSubject(toks, k, e)) {
			// in a forecast "down from $400 million to $440 million" is the range replaced
			seg++
			st.cmpSeg = append(st.cmpSeg, false)
			leadCmp = false
		}
		st.segs = append(st.segs, seg)
	}
}

func (st *state) segOf(k, s int) int {
	if k-s < 0 || k-s >= len(st.segs) {
		return -1
	}
	return st.segs[k-s]
}

// leadPeriod is a period said before the first figure of the sentence,
// outside comparison clauses ("For the third quarter, we anticipate ...").
func (st *state) leadPeriod(toks []token, cs []cand) (period, bool) {
	for _, pm := range st.periods {
		if len(cs) > 0 && (pm.j > cs[0].i || openingReason(toks, st.start, pm, cs[0].i)) {
			break
		}
		if sg := st.segOf(pm.i, st.start); sg >= 0 && !st.cmpSeg[sg] {
			return pm.p, true
		}
	}
	return period{}, false
}

// pickPeriods gives each figure its period and kind. A figure takes the
// period said right after it (before the next figure), else the nearest one
// before it in its clause; else the period of the figure it is paired with
// ("$8.1 million, or $0.39 per share for the second quarter"), the
// sentence's leading period, or the call's period. A comparison clause
// without a period of its own is a year (or, when said, a quarter) earlier.
func (st *state) pickPeriods(toks []token, s, e int, cs []cand, fwd bool) {
	found := st.saidPeriods(toks, s, e, cs)
	lead, hasLead := st.leadPeriod(toks, cs)
	from := s
	if fwd {
		from = forwardFrom(toks, s, e)
	}
	for ci := range cs {
		c := &cs[ci]
		cfwd := fwd && c.i >= from
		cmp := c.seg >= 0 && c.seg < len(st.cmpSeg) && st.cmpSeg[c.seg]
		if !found[ci] {
			switch {
			case cmp:
				st.comparedPeriod(toks, s, e, cs, ci, lead, hasLead)
			case hasLead:
				c.per = lead
			case cfwd:
				st.forecastPeriod(toks, s, e, c)
			case st.prevSaid[c.metric].set && restatedOnBasis(toks, s, e):
				c.per = st.prevSaid[c.metric]
				c.why = "period: the result said before, restated on another basis"
			default:
				c.per = st.resultPeriod()
				if c.per != st.call {
					c.why = "period: the speaker announced the full year's results"
				}
			}
		}
		if !cfwd && !cmp && c.metric != "" && c.per.set && c.per != st.call {
			if st.saidNow == nil {
				st.saidNow = map[string]period{}
			}
			st.saidNow[c.metric] = c.per
		}
		st.pickKind(toks, s, e, c, cfwd, cmp)
	}
}

// restatedOnBasis reports a sentence opened by another basis for what the
// sentence before said ("On a non-GAAP basis, earnings per share was
// $1.62"), naming no period of its own.
func restatedOnBasis(toks []token, s, e int) bool {
	if !isWord(toks, s, "on") || !(isWord(toks, s+1, "a") || isWord(toks, s+1, "an")) {
		return false
	}
	for k := s + 2; k < min(e, s+6); k++ {
		if isWord(toks, k, "basis") {
			return k+1 < e && toks[k+1].low == ","
		}
	}
	return false
}

// saidPeriods sets the period said with each figure: right after it (not
// past a comparison word, nor past a comma when one was said before it),
// else the nearest before it in its clause, else that of the figure it is
// paired with. It reports which figures had one.
func (st *state) saidPeriods(toks []token, s, e int, cs []cand) []bool {
	found := make([]bool, len(cs))
	before := make([]int, len(cs)) // the index in st.periods of the period said before each figure, or -1
	for ci := range cs {
		before[ci] = -1
		c := &cs[ci]
		next := e
		if ci+1 < len(cs) {
			next = cs[ci+1].i
		}
		c.per = period{}
		for _, pm := range st.periods {
			if pm.i >= c.j && pm.i < next && st.segOf(pm.i, s) == c.seg {
				// "$0.59, 28% above last year": the period after a comparison
				// word is the base of the comparison; "a record backlog of
				// $299 million, the headwinds ... in the fourth quarter": a
				// period past a comma belongs to the next clause when one was
				// said before the figure
				if comparedTo(toks, c.j, pm.i) || commaBetween(toks, c.j, pm.i) && (st.periodBefore(c, s) || clauseAfterComma(toks, c.j, pm.i)) ||
					reasonBetween(toks, c.j, pm.i) || c.j < len(toks) && toks[c.j].kind == tWord && totalVerbs[toks[c.j].low] {
					break
				}
				if ci+1 < len(cs) && isWord(toks, pm.i-1, "and") && st.metricBetween(pm.j, next) {
					// "Q1 revenue at $94 million and Q4 revenue at $109
					// million": a period after "and" that names a metric
					// again opens the next figure's clause
					break
				}
				c.per, found[ci] = pm.p, true
				break
			}
		}
		if !found[ci] {
			for pi := len(st.periods) - 1; pi >= 0; pi-- {
				pm := st.periods[pi]
				if pm.j <= c.i && st.segOf(pm.i, s) == c.seg {
					if openingReason(toks, s, pm, c.i) {
						break
					}
					c.per, found[ci], before[ci] = pm.p, true, pi
					break
				}
			}
		}
	}
	for ci := 0; ci+1 < len(cs); ci++ {
		// "fourth quarter and full year adjusted EBITDA was $522 million and
		// $2 billion": two periods said with "and" before two figures said
		// with "and" pair in order; the nearer period is the second's
		c, n, pi := &cs[ci], &cs[ci+1], before[ci]
		if pi < 1 || before[ci+1] != pi || n.seg != c.seg || !onlyAndBetween(toks, c.j, n.i) {
			continue
		}
		if first := st.periods[pi-1]; st.segOf(first.i, s) == c.seg && onlyAndBetween(toks, first.j, st.periods[pi].i) {
			c.per = first.p
			c.why = pairedPeriod
		}
	}
	for ci := len(cs) - 2; ci >= 0; ci-- {
		c, n := &cs[ci], &cs[ci+1]
		// "$8.1 million, or $0.39 per share for the second quarter": a
		// figure paired with the next takes its period; a percentage that
		// follows an amount is its change, whose period is no guide, and a
		// change said next ("$5.2 billion increased $530 million linked
		// quarter") is measured against its own base period.
		if !found[ci] && found[ci+1] && n.seg == c.seg && n.i-c.j <= 3 && (n.a.unit != "%" || c.a.unit == "%") && !changeBefore(toks, n.i, s) {
			c.per, found[ci] = n.per, true
		}
	}
	return found
}

// pairedPeriod is the reason of a period paired with its figure by the
// order both were said in; no span said in the sentence overrides it.
const pairedPeriod = "period: the first of two periods said with 'and', as the first of two figures"

// onlyAndBetween reports tokens [i, j) that are "and" or ", and".
func onlyAndBetween(toks []token, i, j int) bool {
	switch j - i {
	case 1:
		return isWord(toks, i, "and")
	case 2:
		return isPunct(toks, i, ",") && isWord(toks, i+1, "and")
	}
	return false
}

// reasonWords open a phrase that gives a figure's reason, whose period is
// the reason's, not the figure's: "guidance to about 4% on the strength of
// our pricing in the second half", "to reflect the price increases of the
// fourth quarter", "in light of our first-half performance".
var reasonWords = map[string]bool{"reflect": true, "reflects": true, "reflecting": true, "because": true, "due": true,
	"driven": true, "thanks": true, "strength": true, "owing": true, "given": true, "light": true}

// reasonBetween reports a reason word among tokens [i, j), or "as"
// opening a clause of its own ("in the range of $2.15 to $2.25 as the
// significant prior year COVID cost savings actions start to normalize").
func reasonBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].kind == tWord && (reasonWords[toks[k].low] || asClause(toks, k)) {
			return true
		}
	}
	return false
}

// asClause reports "as" at k opening a clause: followed by a determiner or
// a pronoun ("as the", "as we", "as our"), not "as of", "as well as",
// "such as" or "the same as".
func asClause(toks []token, k int) bool {
	if toks[k].low != "as" || k+1 >= len(toks) || toks[k+1].kind != tWord {
		return false
	}
	if k > 0 && (toks[k-1].low == "such" || toks[k-1].low == "well" || toks[k-1].low == "same" || toks[k-1].low == "so") {
		return false
	}
	switch toks[k+1].low {
	case "the", "we", "our", "these", "those", "this", "they", "it", "customers":
		return true
	}
	return false
}

// openingReason reports a period said in a reason that opens the sentence
// and ends at a comma before the figure at k: "In light of our strong
// first-half cash flow, we project ... guidance of $3 billion" is the
// reason's period, not the figure's.
func openingReason(toks []token, s int, pm pmention, k int) bool {
	if !commaBetween(toks, pm.j, k) {
		return false
	}
	for r := pm.i - 1; r >= s; r-- {
		if isPunct(toks, r, ",") || isPunct(toks, r, ";") {
			return false // the reason ended before the period was said
		}
		if toks[r].kind == tWord && reasonWords[toks[r].low] {
			return true
		}
	}
	return false
}

// metricBetween reports a metric named from token i up to token j.
func (st *state) metricBetween(i, j int) bool {
	for _, m := range st.metrics {
		if m.i >= i && m.i < j {
			return true
		}
	}
	return false
}

// comparedPeriod is the period of a figure in a comparison clause that
// names none: a year (or, when said, a quarter) before the figure it is
// compared with.
func (st *state) comparedPeriod(toks []token, s, e int, cs []cand, ci int, lead period, hasLead bool) {
	base := st.resultPeriod()
	if hasLead {
		base = lead
	}
	for pi := ci - 1; pi >= 0; pi-- {
		if !st.cmpSeg[cs[pi].seg] && cs[pi].per.set {
			base = cs[pi].per
			break
		}
	}
	if base.set {
		if sequentialSaid(toks, s, e) {
			cs[ci].per = base.prevQuarter()
		} else {
			cs[ci].per = base.prevYear()
		}
	}
}

// resultPeriod is the period of a result said with none: the call's,
// or on a fourth-quarter call the year's while the speaker has announced
// the full year's results and named no quarter since ("I'll provide color
// on our full fiscal-year results. ... Diluted EPS increased to $3.11").
func (st *state) resultPeriod() period {
	if st.ctx.yearResults && !st.quarterNamed && st.call.q == 4 {
		return period{set: true, year: st.call.year}
	}
	return st.call
}

// forecastPeriod is the period of a forward-looking figure that names
// none: that of the forecast before it, else the last period ahead named
// in the paragraph's forecasts, else, when the sentence speaks of guidance
// and no quarter, the fiscal year ("we are raising our adjusted EPS
// guidance to $4.07").
func (st *state) forecastPeriod(toks []token, s, e int, c *cand) {
	yearly := yearGuidanceSaid(toks, s, e)
	c.per = st.prevFuture
	if st.joinedQuarters && st.call.set && (keptGuidance(toks, s, e) || rangeUpdated(toks, s, e)) {
		// "Q3 and Q4 performance to support the updated EPS range of $0.60
		// to $0.80": the quarters support the year's guidance
		c.per = st.call.guidanceYear()
		c.why = "period: guidance that quarters named together support is the fiscal year's"
		return
	}
	if yearly && (!c.per.set || c.per.isPart()) && st.call.set && keptGuidance(toks, s, e) {
		// "we maintained our guidance at $1.05 to $1.14" after "next year"
		// said in passing, "we are increasing our margin guidance" after
		// the quarter's: the guidance kept or changed is the year's
		c.per = st.call.guidanceYear()
		c.why = "period: guidance kept or changed without a period is the fiscal year's"
		return
	}
	if yearly && c.per.isPart() && st.paraFuture.set && !st.paraFuture.isPart() {
		// "Q2 charges ... not included in our 2021 outlook. Our EPS outlook
		// is increased to ...": the outlook is the year named, not that
		// quarter; "Implied in our guidance is ..." after the quarter's
		// guidance stays the quarter's
		c.per = st.paraFuture
	}
	if !c.per.set && !(yearly && st.paraFuture.isPart()) {
		c.per = st.paraFuture
	}
	if !c.per.set && st.call.set && yearly {
		c.per = st.call.guidanceYear()
		c.why = "period: guidance without a period is the fiscal year's"
	}
}

// pickKind decides whether a figure is the call's result, an earlier
// period's or guidance.
func (st *state) pickKind(toks []token, s, e int, c *cand, fwd, cmp bool) {
	switch {
	case cmp:
		c.kind = Prior
	case c.per.set && c.per.cmp(st.call) < 0:
		c.kind = Prior
	case fwd && (!c.per.set || c.per.year == 0 || !st.call.set || c.per.cmp(st.call) > 0):
		c.kind = Guidance
	case c.per.set && st.call.set && c.per.year > 0 && !c.per.isPart() && c.per.cmp(st.call) > 0 && planNounBefore(toks, s, c.i):
		// "we remain within our 2021 EPS guidance range of $1.76 to $1.86"
		// on a Q2 call: a year not yet over has no result, and the amount
		// a plan noun names is the plan
		c.kind = Guidance
		c.why = "kind: a plan for a year not yet over"
	case c.per.set && st.call.set && c.per.year > 0 && wholeAfter(c.per, st.call) && !declaredSaid(toks, s, e):
		// "our ability to deliver our 2022 full-year adjusted earnings of
		// at least $22.40" on a 2021 call: a period not begun is not a result
		c.kind = Guidance
		c.why = "kind: a period that has not begun"
	default:
		c.kind = Actual
	}
}

// declaredSaid reports a decision taken now for a later period: "the
// Board declared a dividend payable on December 15", "approved a 10%
// increase of our third quarter dividend".
func declaredSaid(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		switch toks[k].low {
		case "declared", "declare", "declaring", "approved", "announced", "authorized", "payable":
			return true
		}
	}
	return false
}

// clauseAfterComma reports a clause of its own after a comma among tokens
// [i, j), opened by a participle or by the speaker as its subject, about
// the talk itself: "$1.2 billion, matching the record set last quarter",
// "earning $0.57 a share, I'll focus on our full year results" say nothing
// of the figure's period ("..., we believe ... for the fourth quarter" may:
// the company is its subject).
func clauseAfterComma(toks []token, i, j int) bool {
	for k := i; k+1 < j && k+1 < len(toks); k++ {
		if !isPunct(toks, k, ",") || toks[k+1].kind != tWord {
			continue
		}
		if w := toks[k+1].low; len(w) > 5 && strings.HasSuffix(w, "ing") || speakerSubject[w] {
			return true
		}
	}
	return false
}

// speakerSubject are the words a speaker opens a clause about the talk with.
var speakerSubject = wordSet(`i i'll i'd i'm let let's`)

// commaBetween reports a comma or semicolon among tokens [i, j).
func commaBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if isPunct(toks, k, ",") || isPunct(toks, k, ";") {
			return true
		}
	}
	return false
}

// periodBefore reports a period said before the figure in its clause.
func (st *state) periodBefore(c *cand, s int) bool {
	for _, pm := range st.periods {
		if pm.j <= c.i && st.segOf(pm.i, s) == c.seg {
			return true
		}
	}
	return false
}

// wholeAfter reports a period that starts after the call's ends.
func wholeAfter(p, call period) bool {
	plo, _ := p.months()
	_, chi := call.months()
	return plo > chi
}

// yearGuidanceSaid reports the words of guidance in a sentence ("guidance",
// "outlook") with no quarter or half named: guidance given for the year.
func yearGuidanceSaid(toks []token, s, e int) bool {
	said := false
	for k := s; k < e; k++ {
		if reasonWords[toks[k].low] {
			if said {
				return true // a period said in the reason is the reason's: "guidance to 4% on the strength of our second half"
			}
			for k+1 < e && !isPunct(toks, k+1, ",") {
				k++ // so is one in a reason that opens the sentence, to its comma: "In light of our first-half results, we ..."
			}
			continue
		}
		switch toks[k].low {
		case "guidance", "outlook":
			said = true
		case "range":
			said = said || updatedBefore(toks, k, s)
		case "quarter", "quarterly", "half", "month", "months", "q1", "q2", "q3", "q4", "quarter's":
			if toks[k].low == "half" && isWord(toks, k-1, "a") && isWord(toks, k-2, "and") {
				continue // "14 and a half percent" names an amount, not a half year
			}
			return false
		case "q", "h":
			if k+1 < e && toks[k+1].kind == tNum && glued(toks, k+1) {
				return false
			}
		}
	}
	return said
}

// rangeUpdated reports a range said updated, raised or kept ("the updated
// EPS range of").
func rangeUpdated(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].low == "range" && updatedBefore(toks, k, s) {
			return true
		}
	}
	return false
}

// comparedTo reports whether a comparison word ("above last year", "than
// a year ago", "versus") stands between tokens i and j.
func comparedTo(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].kind != tWord {
			continue
		}
		switch toks[k].low {
		case "than", "above", "over", "below", "versus", "vs", "against", "compared", "represents", "representing":
			return true
		}
	}
	return false
}

// quarterCompared extends a change that names the quarter it is measured
// from: "down 8% from the first quarter", "up 3% over the prior year
// quarter", "up 5% compared to the fourth quarter of 2018". It returns the
// change's new end (m when no quarter is named) and whether that quarter
// is another than the year-ago one: a sequential change, which a reader
// would misread as the year-over-year change of the amount it follows.
func quarterCompared(toks []token, m, e int) (int, bool) {
	k := m
	compared := false // "compared to", where the amount compared with may come first
	if isWord(toks, k, "as") && isWord(toks, k+1, "compared") {
		k++
	}
	switch {
	case isWord(toks, k, "from") || isWord(toks, k, "over") || isWord(toks, k, "versus") || isWord(toks, k, "vs"):
		k++
	case isWord(toks, k, "compared") && (isWord(toks, k+1, "to") || isWord(toks, k+1, "with")):
		k += 2
		compared = true
	default:
		return m, false
	}
	yearAgo, amount := false, false
	for steps := 0; k < e && steps < 9 && (toks[k].kind == tWord || isSym(toks, k, "-") || compared && !amount && toks[k].kind != tPunct); steps++ {
		if toks[k].kind != tWord && !isSym(toks, k, "-") {
			// "increased by 2.6% as compared to $67.4 million in the third
			// quarter": the amount compared with, then its quarter
			for k < e && toks[k].kind != tWord {
				k++
			}
			for k < e && scaleWords[toks[k].low] > 0 {
				k++
			}
			amount = true
			continue
		}
		switch toks[k].low {
		case "year", "ago", "same":
			yearAgo = true
		case "quarter":
			if amount && !quarterNamedBefore(toks, k) {
				return m, false // "... $1.3 billion in the quarter": the call's own
			}
			end := k + 1
			if isWord(toks, end, "of") && end+1 < e && len(toks[end+1].low) == 4 && isDigits(toks[end+1].low) {
				end += 2
				yearAgo = true
			} else if isWord(toks, end, "last") && isWord(toks, end+1, "year") {
				end += 2
				yearAgo = true
			} else if isWord(toks, end, "a") && isWord(toks, end+1, "year") && isWord(toks, end+2, "ago") {
				end += 3
				yearAgo = true // "in the fourth quarter a year ago"
			}
			return end, !yearAgo
		}
		k++
	}
	return m, false
}

// quarterNamedBefore reports a quarter word at k said with which quarter it
// is ("third quarter", "prior quarter"), not "the quarter".
func quarterNamedBefore(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tWord {
		return false
	}
	w := toks[k-1].low
	return periodOrdinals[w] || w == "prior" || w == "previous" || w == "last" || w == "linked" || w == "sequential" || w == "same" || w == "year-ago"
}

func sequentialSaid(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].kind != tWord {
			continue
		}
		switch toks[k].low {
		case "sequential", "sequentially":
			return true
		case "last", "prior", "previous", "linked":
			if isWord(toks, k+1, "quarter") {
				return true
			}
		}
	}
	return false
}

var determiners = map[string]bool{"our": true, "the": true, "total": true, "its": true, "their": true, "this": true, "that": true, "all": true, "your": true, "company's": true, "group": true, "consolidated": true}

var growthAdj = map[string]bool{"sequential": true, "organic": true, "annual": true, "annualized": true, "yoy": true, "year": true, "over": true, "on": true, "-": true, "quarterly": true, "top": true, "line": true, "double": true, "digit": true, "reported": true, "underlying": true}

// shareOfRevenue names a percent "of revenue" by the metric said last
// before it in the sentence: the margin of an amount ("adjusted EBITDA of
// $218 million or 11.7% of revenue"), a margin itself ("gross margin
// decreased to 18% of sales"), none for another metric, which has no
// name as a share ("SG&A expense was $159 million or 2.7% of revenue"),
// and a part's share of revenue when no metric is said ("the broadband
// market represented 3% of our sales").
func (st *state) shareOfRevenue(c *cand) string {
	for i := len(st.metrics) - 1; i >= 0; i-- {
		m := st.metrics[i]
		if m.j > c.i {
			continue
		}
		if c.i-m.j > 20 {
			break // said too far before to be what the percent measures
		}
		switch m.name {
		case "revenue", "arr", "bookings", "backlog":
			return "revenue share" // "services revenue was $50 million or 20% of revenue"
		}
		if margin := marginFor[m.name]; margin != "" {
			return margin
		}
		if info, ok := MetricInfo(m.name); ok && info.Ratio {
			return m.name
		}
		return ""
	}
	return "revenue share"
}

// directMetric reads a metric said right after the figure: "$1.8 million of
// transaction costs", "$32 million in net proceeds", "72% of our revenues",
// "15% sequential growth".
func (st *state) directMetric(toks []token, c *cand, e int) (string, bool) {
	n := c.j
	of := false
	if isWord(toks, n, "of") || isWord(toks, n, "in") {
		of = true
		n++
	}
	for n < e && toks[n].kind == tWord && determiners[toks[n].low] {
		n++
	}
	if _, ok := matchMetric(toks, n, e); !ok && c.a.unit == "%" && !of {
		// "58% operating gross margin", "a 31% non-GAAP gross margin": a
		// basis word between a rate and its metric
		for k := n; k < e && k < n+4 && (toks[k].kind == tWord && (basisLike[toks[k].low] || toks[k].low == "non") || isSym(toks, k, "-")); k++ {
			// "non-GAAP" is three tokens; the longest metric wins ("operating margin", not "margin")
			if m, ok := matchMetric(toks, k+1, e); ok {
				if info, ok := MetricInfo(m.name); ok && info.Ratio {
					return m.name, true
				}
				break
			}
		}
	}
	if m, ok := matchMetric(toks, n, e); ok {
		name := m.name
		if isWord(toks, m.j, "growth") {
			return withGrowth(name), true
		}
		if c.a.unit == "%" && of {
			switch name {
			case "revenue", "arr", "bookings", "backlog":
				return st.shareOfRevenue(c), true
			}
			return name + " share", true
		}
		if c.a.unit == "%" && !of {
			if info, ok := MetricInfo(name); ok && info.Ratio {
				return name, true // "4.5% organic sales growth", "a 2.3% organic sales gain"
			}
			return "", false // "5% revenue decline" is handled by the clause metric
		}
		return name, true
	}
	if c.a.unit == "%" && of && (isWord(toks, n, "customers") || isWord(toks, n, "customer")) {
		return "customer share", true
	}
	// "15% sequential growth"
	if c.a.unit == "%" || c.a.unit == "bp" {
		m := c.j
		for steps := 0; m < e && steps < 4 && (toks[m].kind == tWord || toks[m].kind == tSym) && growthAdj[toks[m].low]; steps++ {
			m++
		}
		if isWord(toks, m, "growth") {
			base := st.metricBefore(c)
			if base == "" {
				base = st.prevMetric
			}
			if base == "" {
				return "growth", true
			}
			return withGrowth(base), true
		}
	}
	// "$1.1 million of public company costs"
	if of && isMoney(c.a.unit) {
		for m := n; m < e && m < n+4 && toks[m].kind == tWord; m++ {
			switch toks[m].low {
			case "costs", "expenses", "charges", "fees", "savings", "proceeds", "investments", "payments":
				name := ""
				for x := n; x <= m; x++ {
					if toks[x].kind == tWord {
						if name != "" {
							name += " "
						}
						name += toks[x].low
					}
				}
				return name, true
			}
		}
	}
	return "", false
}

// metricBefore is the nearest metric phrase before the figure in its sentence.
func (st *state) metricBefore(c *cand) string {
	for mi := len(st.metrics) - 1; mi >= 0; mi-- {
		if st.metrics[mi].j <= c.i {
			return st.metrics[mi].name
		}
	}
	return ""
}

// perShareSubject reads the word a per-share amount is said of, right
// before it: "we earned $0.79 per share", "non-GAAP income of $0.08 per
// share", "a loss of $0.38 per share".
func perShareSubject(toks []token, i, s int) string {
	for n, steps := i-1, 0; n >= s && steps < 4; n, steps = n-1, steps+1 {
		if toks[n].kind != tWord {
			return ""
		}
		switch toks[n].low {
		case "income", "earnings", "profit", "earned", "earn", "earning":
			if n > s && (isWord(toks, n-1, "operating") || isWord(toks, n-1, "interest") || isWord(toks, n-1, "fee")) {
				return ""
			}
			if n > s && isWord(toks, n-1, "comprehensive") {
				return "comprehensive income" // net income and the gains that bypass it: not earnings
			}
			return "net income"
		case "loss", "losses":
			if n > s && isWord(toks, n-1, "operating") {
				return ""
			}
			if n > s && isWord(toks, n-1, "comprehensive") {
				return "comprehensive income"
			}
			return "net loss"
		case "of", "was", "were", "is", "a", "an", "record", "at", "totaled", "came", "in", "we", "reported", "generated", "diluted", "net":
			continue
		}
		return ""
	}
	return ""
}

// excludingWords introduce the items taken out of a measure: "excluding
// amortization", "GAAP EPS less amortization expense".
var excludingWords = map[string]bool{"excluding": true, "excludes": true, "exclude": true, "excluded": true, "ex": true, "less": true, "minus": true}

// earnedBefore reports "earned" right before an amount ("we earned $3.3
// billion"), not "earned $2 million of interest".
func earnedBefore(toks []token, c *cand, s int) bool {
	n := c.i - 1
	return n >= s && (isWord(toks, n, "earned") || isWord(toks, n, "earn")) && !isWord(toks, c.j, "of") && !isWord(toks, c.j, "in")
}

// metricBeforeKept is metricBefore passing over the items a per-share
// amount excludes: "Adjusted EPS, excluding amortization expense, was $1.18
// per share" is EPS, not amortization.
func (st *state) metricBeforeKept(toks []token, c *cand, s int) string {
	for mi := len(st.metrics) - 1; mi >= 0; mi-- {
		m := st.metrics[mi]
		if m.j > c.i {
			continue
		}
		if definedAsBefore(toks, m.i, s) && punctBetween(toks, m.j, c.i) {
			continue // "free cash flow, defined as cash flow from operations less capex, of $21 million"
		}
		excluded := false
		for n := m.i - 1; n >= s && n >= m.i-8; n-- {
			if isWord(toks, n, "of") && isWord(toks, n-1, "net") && (m.i == n+1 || m.i == n+2 && isWord(toks, n+1, "the")) {
				excluded = true // "stock repurchases, net of the proceeds received, totaled": not proceeds
				break
			}
			if toks[n].kind == tWord && excludingWords[toks[n].low] {
				// "ex-cat combined ratio": "ex" takes the one word after it,
				// the metric after that is kept
				excluded = toks[n].low != "ex" || m.i-n != 2 && !(m.i-n == 3 && toks[n+1].low == "-")
				break
			}
			if toks[n].kind == tNum || toks[n].kind == tPunct || toks[n].kind == tSym && currencySymbols[toks[n].low] != "" {
				break // "Excluding integration, costs adjusted EPS was": the list ended
			}
		}
		if !excluded {
			return m.name
		}
	}
	return ""
}

// punctBetween reports punctuation among tokens [i, j).
func punctBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].kind == tPunct {
			return true
		}
	}
	return false
}

// definedAsBefore reports a metric at k said in a definition of another
// ("defined as cash flow from operations less capital expenditures"): the
// amount after the definition is the defined metric's.
func definedAsBefore(toks []token, k, s int) bool {
	for n := k - 1; n > s && n >= k-3; n-- {
		if toks[n].kind == tPunct {
			return false
		}
		if toks[n].low == "as" && (isWord(toks, n-1, "defined") || isWord(toks, n-1, "calculated") || isWord(toks, n-1, "measured")) {
			return true
		}
	}
	return false
}

func (st *state) pickMetric(toks []token, s, e int, cs []cand, ci int) {
	c := &cs[ci]
	next := e
	if ci+1 < len(cs) {
		next = cs[ci+1].i
	}
	switch {
	case c.a.unit == "count":
		c.metric = st.countMetric(toks, s, e, c, next)
		return
	case c.a.perShare:
		c.metric = st.perShareBase(toks, s, c, next)
		return
	case c.a.unit == "%" && (isWord(toks, c.j, "organically") || isWord(toks, s, "organically")):
		c.metric = "organic growth" // "down 22% organically", "Organically, our sales grew by 2.3%"
		return
	}
	if name, ok := st.directMetric(toks, c, e); ok {
		c.metric = name
		return
	}
	if isMoney(c.a.unit) && earnedBefore(toks, c, s) {
		c.metric = "net income" // "In the first quarter, the company earned $3.3 billion"
		return
	}
	if ci > 0 && cs[ci-1].seg == c.seg && ownCoordinateSubject(toks, cs[ci-1].j, c.i) && !st.metricBetween(cs[ci-1].j, c.i) {
		return // "AUM increased to $3.9 trillion and management fees increased to $504 million": the second clause's own subject
	}
	if name := st.metricBeforeKept(toks, c, s); name != "" {
		if of := growthOf[name]; isMoney(c.a.unit) && of != "" {
			name = of // "organic revenue was $191 million": an amount of revenue, not a growth rate
		}
		c.metric = name
		return
	}
	if st.nextClauseSubject(toks, s, c, next) {
		return // "totaled just under $105 million and stock repurchases ... totaled": none of the next clause's
	}
	if name := st.metricAfter(toks, s, c, next, false); name != "" && !(isMoney(c.a.unit) && !moneyMetric[name]) {
		c.metric = name // a money amount never measures a ratio said after it
		return
	}
	if ownSubjectBefore(toks, c.i, s) {
		return // "ample backlog. ... Sale were $618 million": the clause names its own subject
	}
	c.metric = st.prevMetric
}

// ownCoordinateSubject reports the words between two amounts (from, to)
// as a coordinated clause with a subject of its own: "and <noun> <verb>",
// as in "... to $3.9 trillion and management fees increased to $504
// million"; not "and it was", nor a verb right after "and".
func ownCoordinateSubject(toks []token, from, to int) bool {
	k := from
	for k < to && toks[k].kind == tPunct {
		k++
	}
	if !isWord(toks, k, "and") {
		return false
	}
	k++
	nouns := 0
	for ; k < to && toks[k].kind == tWord && !coordinateVerbs[toks[k].low]; k++ {
		if anaphoric[toks[k].low] || toks[k].low == "we" || toks[k].low == "our" && nouns > 0 || notASubject[toks[k].low] {
			return false // "and for the year was 15.2%", "and year to date was": a period of the same metric
		}
		nouns++
	}
	if nouns == 0 || nouns > 4 || k >= to || !coordinateVerbs[toks[k].low] {
		return false
	}
	for k++; k < to; k++ {
		if toks[k].kind != tWord || toks[k].low != "to" && toks[k].low != "at" && toks[k].low != "up" && toks[k].low != "down" {
			return false // (after the verb, only "to", "at", "up" or "down": "and operating income was up 4.1%")
		}
	}
	return true
}

// notASubject are words of a period or a comparison said in place of a
// subject, so that the metric before holds ("and current accident year
// was 85.4%", "and for the quarter was $142 million").
var notASubject = map[string]bool{"for": true, "in": true, "during": true, "at": true, "on": true, "over": true, "year": true,
	"years": true, "quarter": true, "quarters": true, "month": true, "months": true, "date": true, "ytd": true, "first": true,
	"second": true, "third": true, "fourth": true, "full": true, "prior": true, "current": true, "last": true, "this": true,
	"next": true, "fiscal": true, "half": true, "sequentially": true}

// coordinateVerbs state a level in a clause of its own: "and fees increased to".
var coordinateVerbs = map[string]bool{"increased": true, "rose": true, "grew": true, "decreased": true, "declined": true, "fell": true,
	"was": true, "were": true, "totaled": true, "reached": true, "came": true, "improved": true}

// anaphoric are the subjects that point back to a metric named before:
// "It was $5 million", "the total was $3.5 billion".
var anaphoric = map[string]bool{"it": true, "that": true, "this": true, "they": true, "these": true, "those": true, "which": true,
	"total": true, "amount": true, "figure": true, "number": true, "balance": true, "level": true}

// ownSubjectBefore reports an amount right after "<noun> was/were" whose
// noun (no metric, or the figure would have it) points back to nothing.
func ownSubjectBefore(toks []token, i, s int) bool {
	if i-2 < s || !(isWord(toks, i-1, "was") || isWord(toks, i-1, "were")) || toks[i-2].kind != tWord {
		return false
	}
	return !anaphoric[toks[i-2].low] && len(toks[i-2].low) > 2
}

// nextClauseSubject reports the first metric after the figure as the
// subject of a clause of its own: right after "and", and followed by a
// verb that states its level before the next figure ("$105 million and
// stock repurchases, net of proceeds, totaled $216 million"; not "$1.85
// and earnings per diluted share, versus $1.76", a slip for "in").
func (st *state) nextClauseSubject(toks []token, s int, c *cand, next int) bool {
	for _, m := range st.metrics {
		if m.i < c.j {
			continue
		}
		if m.i >= next || st.segOf(m.i, s) != c.seg || !onlyAndBetween(toks, c.j, m.i) {
			return false
		}
		for k := m.j; k < next; k++ {
			if toks[k].kind == tWord && coordinateVerbs[toks[k].low] {
				return true
			}
		}
		return false
	}
	return false
}

// metricAfter is the first metric said after the figure in its clause,
// before the next figure (and, with stopPunct, before any punctuation).
func (st *state) metricAfter(toks []token, s int, c *cand, next int, stopPunct bool) string {
	for _, m := range st.metrics {
		if m.i < c.j {
			continue
		}
		if m.i >= next || st.segOf(m.i, s) != c.seg {
			break
		}
		if stopPunct && punctBetween(toks, c.j, m.i) {
			return ""
		}
		return m.name
	}
	return ""
}

// countMetric is what a count measures: "2.1 million shares outstanding",
// "12,000 subscribers", else its noun.
func (st *state) countMetric(toks []token, s, e int, c *cand, next int) string {
	name, _ := st.directMetric(toks, c, e)
	if name == "" && (c.a.noun == "shares" || c.a.noun == "common shares") && isWord(toks, c.j, "outstanding") {
		name = "shares outstanding"
	}
	if name == "" {
		name = st.countMetricBefore(s, c) // "a diluted share count of approximately 173 million shares"
	}
	if name == "" {
		// a count is no rate ("173 million shares and an effective tax rate
		// of 23%"), nor an amount of money unless the money is counted in
		// its noun ("6.5 million shares under our buyback program" is the
		// buyback; "issued 7.7 million shares and recorded a related loss"
		// no loss)
		after := st.metricAfter(toks, s, c, next, true)
		if money, rate := saidAs(after); !rate && (!money || namesCountOf(after, c.a.noun)) {
			name = after
		}
	}
	if name == "" || name == "revenue" {
		name = c.a.noun
	}
	return name
}

// countMetricBefore is the metric named before a count in its clause when
// the metric counts what the count's noun names (and is not said in money,
// as a rate or per share): "our share count was 173 million shares" is
// shares outstanding, "11 markets" no market share. (Another metric before, such as
// production before "10,780 homes under construction", is not the count's.)
func (st *state) countMetricBefore(s int, c *cand) string {
	for mi := len(st.metrics) - 1; mi >= 0; mi-- {
		m := st.metrics[mi]
		if m.j > c.i {
			continue
		}
		if money, rate := saidAs(m.name); st.segOf(m.i, s) != c.seg || money || rate || !namesCountOf(m.name, c.a.noun) {
			return "" // ("repurchased 400,000 shares": the buyback is its money)
		}
		return m.name
	}
	return ""
}

// namesCountOf reports a metric whose name has the word a count's noun
// ends with ("shares outstanding" of "173 million shares").
func namesCountOf(metric, noun string) bool {
	n := strings.TrimSuffix(text.LastWords(noun, 1), "s")
	if n == "" {
		return false
	}
	for _, w := range strings.Fields(metric) {
		if strings.TrimSuffix(w, "s") == n {
			return true
		}
	}
	return false
}

// saidAs reports how the vocabulary says a metric: in money, or as a rate
// or per share (neither is a count's).
func saidAs(name string) (money, rate bool) {
	info, ok := MetricInfo(name)
	return ok && info.Money, ok && (info.Ratio || info.PerShare)
}

// perShareBase is the per-share metric of a per-share amount: of the word
// it is said of ("we earned $0.79 per share"), else of the metric before
// it that is not an excluded item, after it, or of the sentence before.
func (st *state) perShareBase(toks []token, s int, c *cand, next int) string {
	base := perShareSubject(toks, c.i, s)
	if base == "" {
		base = st.metricBeforeKept(toks, c, s)
	}
	if base == "" {
		base = st.metricAfter(toks, s, c, next, true)
	}
	if base == "" {
		base = st.prevMetric
		if base != "" && !earningsLike(base) && continuingOpsSaid(toks, s, next) {
			// "the cost savings measures under way. ... we reaffirm guidance for
			// continuing operations in the range of $2.25 per share": per share
			// of continuing operations is earnings, whatever came before
			base = "earnings"
		}
	}
	if known, ok := moneyMetric[base]; ok && !known {
		base = "" // "$2.60 per share, generating a return on equity of 10%": a ratio has no per-share amount
	}
	return perShareMetric(base)
}

// continuingOpsSaid reports "continuing operations" among tokens [s, e).
func continuingOpsSaid(toks []token, s, e int) bool {
	for k := s; k+1 < e && k+1 < len(toks); k++ {
		if toks[k].low == "continuing" && toks[k+1].low == "operations" {
			return true
		}
	}
	return false
}

// ledTo reports the words between a change ending at j and the next
// amount, starting at k, as a short phrase of words ending in "to": "rose
// 2% for the quarter to $75 million", "grew 6% year over year to".
func ledTo(toks []token, j, k int) bool {
	if k-j < 2 || k-j > 6 || !isWord(toks, k-1, "to") {
		return false
	}
	for m := j; m < k; m++ {
		if toks[m].kind != tWord && !(toks[m].kind == tSym && toks[m].low == "-") {
			return false
		}
	}
	return true
}

var changeTail = map[string]bool{"increase": true, "decrease": true, "growth": true, "decline": true, "improvement": true, "rise": true, "drop": true, "reduction": true, "gain": true, "higher": true, "lower": true, "jump": true, "expansion": true, "contraction": true, "increases": true, "declines": true}

// changes reads "up 1.1%", "a 17.7 percent increase year-over-year", "15%
// sequential growth" and attaches each change to the percentage and to the
// money or count figure it qualifies in the same clause.
func (st *state) changes(text string, toks []token, s, e int, cs []cand) {
	for ci := range cs {
		c := &cs[ci]
		if c.a.unit != "%" && c.a.unit != "bp" {
			continue
		}
		start, end := -1, c.j
		sign := 0.0
		if n, sg, ok := changeWordBefore(toks, c.i, s); ok {
			start, sign = n, sg
		}
		m := c.j
		for steps := 0; m < e && steps < 4 && (toks[m].kind == tWord || toks[m].kind == tSym) && growthAdj[toks[m].low]; steps++ {
			m++
		}
		if m < e && toks[m].kind == tWord && changeTail[toks[m].low] {
			if start < 0 {
				start = c.i
				if changeDown[toks[m].low] {
					sign = -1
				} else {
					sign = 1
				}
			}
			end = m + 1
		}
		if start < 0 {
			continue
		}
		// trailing basis: "year-over-year", "sequentially", "yoy"
		m = end
		switch {
		case isWord(toks, m, "sequentially") || isWord(toks, m, "yoy"):
			end = m + 1
		case isWord(toks, m, "year") && (isWord(toks, m+2, "over") || isWord(toks, m+2, "on") || isWord(toks, m+1, "over") || isWord(toks, m+1, "on")):
			x := m + 1
			if isSym(toks, x, "-") {
				x++
			}
			x++ // over/on
			if isSym(toks, x, "-") {
				x++
			}
			if isWord(toks, x, "year") {
				end = x + 1
			}
		}
		var fromQuarter bool
		end, fromQuarter = quarterCompared(toks, end, e)
		if end > len(toks) || start >= end {
			continue
		}
		c.change = text[toks[start].start:toks[end-1].end]
		if c.a.unit == "%" {
			c.chgPct = sign * c.low
			if c.a.neg && sign < 0 {
				c.chgPct = -c.low
			}
		}
		c.chgOK = true
		// the figure this change qualifies: the nearest money/count figure
		// before it in the clause, or the one it leads to ("rose 6% to $216 million").
		target := -1
		if ci > 0 {
			if t := &cs[ci-1]; t.seg == c.seg && t.a.unit != "%" && t.a.unit != "bp" && t.a.unit != "x" {
				target = ci - 1
			}
		}
		if target < 0 && ci+1 < len(cs) && cs[ci+1].seg == c.seg && cs[ci+1].a.unit != "%" && cs[ci+1].a.unit != "bp" &&
			((isWord(toks, c.j, "to") || isWord(toks, c.j, "reaching")) && cs[ci+1].i <= end+1 || ledTo(toks, c.j, cs[ci+1].i)) {
			target = ci + 1
		}
		if target < 0 && ci+2 < len(cs) && isWord(toks, c.j, "or") && cs[ci+1].i == c.j+1 && isMoney(cs[ci+1].a.unit) &&
			isWord(toks, cs[ci+1].j, "to") && cs[ci+2].i == cs[ci+1].j+1 && cs[ci+2].a.unit == cs[ci+1].a.unit && cs[ci+2].seg == cs[ci+1].seg {
			target = ci + 2 // "decreased 29.3% or $79.3 million to $190.9 million": the change said twice, then the level
		}
		// a change from another quarter is not the amount's change as a
		// reader takes it (year over year): the amount does not carry it
		if target >= 0 && target == ci-1 && toks[cs[target].j-1].end <= toks[start].start && otherSubjectBetween(strings.ToLower(text[toks[cs[target].j-1].end:toks[start].start])) {
			target = -1 // "revenue was $512 million and service revenues were up 13.5%": another subject's change
		}
		if target >= 0 && target == ci-1 && toks[cs[target].j-1].end <= toks[start].start &&
			exclusionBetween(strings.ToLower(text[toks[cs[target].j-1].end:toks[start].start])) {
			target = -1 // "revenue was $29.9 billion, excluding the impact of divested businesses, an increase of 3.2%": another basis's change
		}
		if target >= 0 && cs[target].change == "" && !basisAfter(toks, end, e) && !fromQuarter &&
			!changeOfOther(text, toks, start, end, s, e, cs[target].metric) &&
			!changeOnOwnBasis(text, toks, start, s, cs[target].i) {
			cs[target].change = c.change
			cs[target].chgPct = c.chgPct
		}
	}
}

// changeOfOther reports a change said of a noun of its own, other than the
// amount's metric: "driven by a comparable sales increase of 25.9%", "a 17%
// decline in cost of funds". The amount does not carry it.
func changeOfOther(text string, toks []token, start, end, s, e int, metric string) bool {
	other := func(phrase string) bool {
		m := namesMetric(phrase)
		return m != "" && m != metric
	}
	if start < len(toks) && changeNoun[toks[start].low] {
		// the words right before the change noun: "a comparable sales increase"
		k := start
		for k > s && start-k < 3 && toks[k-1].kind == tWord && !determiners[toks[k-1].low] && toks[k-1].low != "a" && toks[k-1].low != "an" {
			k--
		}
		if k < start && other(strings.ToLower(text[toks[k].start:toks[start-1].end])) {
			return true
		}
	}
	if end < e && (isWord(toks, end, "in") || isWord(toks, end, "of")) {
		// "in cost of funds": a noun of its own, or another metric
		stop := min(e, end+6)
		said := strings.ToLower(text[toks[end].start:toks[stop-1].end])
		if what := ofWhat(said); what != "" && !containsAnyOf(said, sameAmountWords...) {
			m := namesMetric(what)                            // "in North America" too: a part's change
			return m != metric && perShareMetric(m) != metric // ("in the quarterly dividend to $0.33 per share": the dividend's)
		}
	}
	return false
}

// changeOnOwnBasis reports a change whose noun carries a basis the amount
// it would qualify is not said with: "revenue was $1.48 billion, reflecting
// core revenue growth of 5.6%" (the core growth is not the reported
// revenue's). amountAt is the amount's first token.
func changeOnOwnBasis(text string, toks []token, start, s, amountAt int) bool {
	if start >= len(toks) || !changeNoun[toks[start].low] {
		return false
	}
	b, _ := lastBasis(strings.ToLower(text[toks[max(s, start-3)].start:toks[start].start]))
	said, _ := lastBasis(strings.ToLower(text[toks[max(s, amountAt-4)].start:toks[amountAt].start]))
	return b != "" && said != b
}

// exclusionBetween reports words between an amount and a later change
// that leave something out of the change: ", excluding the impact of
// Oath,", "and adjusted for the sale of".
func exclusionBetween(gap string) bool {
	return containsAnyOf(gap, "excluding ", "adjusted for ", " ex-", "absent ")
}

// otherSubjectBetween reports words between an amount and a later change that start
// a clause of another subject: "and service revenues were", "; gross
// margin". Said of the same subject the metric is not named again ("and
// were up").
func otherSubjectBetween(gap string) bool {
	k := max(lastIndex(gap, " and "), lastIndex(gap, ";"), lastIndex(gap, " while "))
	if k >= 0 && namesMetric(gap[k:]) != "" {
		return true
	}
	if i := lastIndex(gap, " and "); i >= 0 && ownSubjectAndVerb(strings.Fields(gap[i+len(" and "):])) {
		return true // "and operating segment income was down": a noun of its own, though no metric's name
	}
	// "revenues of $506 million were above our guidance, led by our
	// semi-cap sector, which grew 37%": the relative clause is of the noun
	// just before it, not of the amount several words back
	if i := strings.LastIndex(gap, ", which "); i >= 0 {
		return containsAnyOf(" "+gap[:i]+" ", " was ", " were ", " is ", " are ") // its own clause ended before the noun
	}
	return false
}

// ownSubjectAndVerb reports words (after "and", up to a change) that are
// a subject of a few nouns and a verb that states its level or change,
// with at most "up", "down" or "by" after it: "operating segment income was
// down", "service revenues grew by"; not "it was", nor "we".
func ownSubjectAndVerb(ws []string) bool {
	for j, w := range ws {
		if !coordinateVerbs[w] {
			if j >= 4 || anaphoric[w] || w == "we" || w == "our" || notASubject[w] {
				return false
			}
			continue
		}
		if j == 0 {
			return false
		}
		for _, r := range ws[j+1:] {
			if r != "up" && r != "down" && r != "by" {
				return false
			}
		}
		return true
	}
	return false
}

// OtherSubjectBetween reports words between an amount and a later change
// of the same sentence (gap, lower case) that make the change another
// subject's: "and service revenues were", "were above our outlook, led by
// our medical sector, which". Key points read it to keep a change off a
// level, as figures does.
func OtherSubjectBetween(gap string) bool { return otherSubjectBetween(gap) }

// sameAmountWords say how a change was measured, not of what: "a 27%
// increase in U.S. dollars", "in comparison to", "in reported terms".
var sameAmountWords = []string{"dollar", "currency", "comparison", "relation", "terms", "reported", "nominal", "absolute"}

// basisAfter reports a change said on another basis than the amount it
// follows: "sales of $17 billion were up 4% organically", "up 6% in
// constant currency", "up 3% excluding acquisitions". The amount does not
// carry it: "sales $17 billion, up 4%" would state the reported growth.
func basisAfter(toks []token, m, e int) bool {
	if isWord(toks, m, "organically") || isWord(toks, m, "excluding") || isWord(toks, m, "ex") {
		return true
	}
	if isWord(toks, m, "when") || isWord(toks, m, "if") || isWord(toks, m, "once") || isWord(toks, m, "after") {
		m++
	}
	if (isWord(toks, m, "adjusted") || isWord(toks, m, "adjusting")) && isWord(toks, m+1, "for") {
		return true // "up 14.6% when adjusted for the divestitures"
	}
	if !isWord(toks, m, "on") && !isWord(toks, m, "in") && !isWord(toks, m, "at") {
		return false
	}
	for k := m + 1; k < min(e, m+7); k++ { // "on an owned plus licensed comparable basis"
		switch toks[k].low {
		case "organic", "constant", "comparable", "adjusted", "underlying", "pro", "like-for-like", "fx-neutral", "currency-neutral",
			"local", "local-currency", "fixed", "neutral":
			return true
		}
	}
	return false
}
