package figures

import (
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// Amounts said without a unit. Verbatim transcripts write "$" only when
// "dollars" was said, and speakers often leave it out: "net sales were 72
// million", "we raised 250 million in new notes", "compared to 3.2 million a
// year ago". Such a number is money when its context says so, and is left
// out otherwise. Whether it is money, and whether it keeps a metric, is
// decided here; an amount whose money-ness is only inferred from the rest
// of the sentence or paragraph carries no metric, so it never becomes a
// headline.

// bareAmount reports whether an amount without a unit may still be a
// figure: a scaled number ("72 million", "seven billion") or a number
// written with thousands groups ("264,000").
func bareAmount(toks []token, a amount) bool {
	if a.unit != "" {
		return true
	}
	if a.scaled {
		return true
	}
	for k := a.i; k < a.j; k++ {
		if t := toks[k]; t.kind == tNum {
			return t.end-t.start > len(t.low) && t.num >= 1000 || listedPercent(toks, a) // "264,000", "40 and 41%"
		}
	}
	return false
}

// moneyNouns are what an amount "of" or "in" is said in when it is money,
// beyond the metrics of metricTable: "40 million of interest", "250 million
// in new notes".
var moneyNouns = map[string]bool{
	"interest": true, "premium": true, "premiums": true, "rent": true, "rents": true, "fees": true, "fee": true,
	"payments": true, "payment": true, "investment": true, "investments": true, "capital": true, "funding": true,
	"financing": true, "principal": true, "liabilities": true, "assets": true, "value": true, "spend": true,
	"spending": true, "cost": true, "expense": true, "income": true, "profit": true, "profits": true, "losses": true,
	"refunds": true, "purchases": true, "equity": true, "credit": true, "funds": true, "grants": true, "taxes": true,
	"tax": true, "wages": true, "compensation": true, "reserves": true, "provisions": true, "payables": true,
	"receivables": true, "noi": true, "gmv": true, "budget": true, "write-downs": true, "writedowns": true,
	"dollars": true, "money": true, "opportunity": false, "contracts": false, "ebitda": true, "sales": true,
}

// moneyAfter reports whether "of", "in" or "on" and a money noun follow
// the amount ending at token j: "of cash", "in new notes", "on marketing
// fees". name is the metric the noun is, if any.
func moneyAfter(toks []token, j, e int) (name string, ok bool) {
	if !(isWord(toks, j, "of") || isWord(toks, j, "in") || isWord(toks, j, "on")) {
		return "", false
	}
	modified := false
	for m := j + 1; m < e && m < j+5; m++ {
		t := toks[m]
		if t.kind == tSym && t.low == "-" {
			continue
		}
		if t.kind != tWord {
			return "", false
		}
		if ms, ok := matchMetric(toks, m, e); ok {
			if modified {
				return "", moneyMetric[ms.name] // "in parts sales": a part of the company's
			}
			return ms.name, moneyMetric[ms.name]
		}
		if moneyNouns[t.low] {
			return "", true
		}
		if countStop[t.low] && !determiners[t.low] && t.low != "new" || isPlural(t.low) {
			return "", false // "of the", "in our stores": another noun
		}
		if !determiners[t.low] && t.low != "new" {
			modified = true
		}
	}
	return "", false
}

// linkWords may stand between a metric and its amount: "net income for
// the quarter was 3.9 million", "sales fell 4% year over year to 1.9
// billion".
var linkWords = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "of": true, "at": true, "to": true, "totaled": true,
	"totaling": true, "totalled": true, "reached": true, "came": true, "in": true, "for": true, "the": true,
	"quarter": true, "year": true, "period": true, "month": true, "months": true, "first": true, "second": true,
	"third": true, "fourth": true, "full": true, "half": true, "nine": true, "six": true, "three": true, "fiscal": true,
	"this": true, "last": true, "prior": true, "been": true, "be": true, "will": true, "would": true, "approximately": true,
	"about": true, "around": true, "roughly": true, "nearly": true, "stood": true, "ended": true, "uh": true, "um": true,
	"increased": true, "decreased": true, "up": true, "down": true, "grew": true, "declined": true, "rose": true, "fell": true,
	"by": true, "amounted": true, "amounting": true, "equaled": true, "our": true, "total": true, "-": true, "with": true,
	"range": true, "a": true, "an": true, "sequentially": true, "over": true, "compared": true, "gaap": true, "non": true,
	"basis": true, "on": true, "adjusted": true, "reported": true, "percent": true, "current": true, "same": true,
	"guidance": true, "outlook": true, "now": true, // "our revenue guidance from a prior range of between 4.8 billion" (see rangeFrom)
}

// partWords before a metric make it a part's ("segment sales were") or
// give it a basis it does not name.
var partWords = map[string]bool{
	"segment": true, "segments": true, "division": true, "divisional": true, "unit": true, "business": true,
	"region": true, "regional": true, "brand": true, "product": true, "subsidiary": true, "international": true,
	"domestic": true, "services": true, "service": true,
	// a basis the metric names do not carry: "adjusted net income of 9
	// million" is not net income
	"adjusted": true, "core": true, "underlying": true, "normalized": true, "recurring": true, "comparable": true,
	"organic": true, "forma": true, "economic": true, "operating": true, "distributable": true,
}

// moneyBefore reports whether the amount at c states a money metric or
// money noun said just before it, with only link words (verbs, periods,
// qualifiers, a change) between: "net sales were 72 million", "a pretax
// income of 2.6 million". name is the metric, "" for a plain noun.
func (st *state) moneyBefore(toks []token, c *cand, s int) (name string, ok bool) {
	for k, steps := c.i-1, 0; k >= s && steps < 16; k, steps = k-1, steps+1 {
		for mi := len(st.metrics) - 1; mi >= 0; mi-- {
			if m := st.metrics[mi]; m.j == k+1 {
				ok := moneyMetric[m.name] && st.segOf(m.i, s) == c.seg
				if m.i-1 >= s && toks[m.i-1].kind == tWord && (toks[m.i-1].upper && m.i-1 > s || partWords[toks[m.i-1].low]) {
					return "", ok // "Orvale revenues of", "segment sales were": a part
				}
				return m.name, ok
			}
		}
		switch t := toks[k]; t.kind {
		case tWord:
			if moneyNouns[t.low] {
				return "", true
			}
			if !linkWords[t.low] && !(t.upper && k > s) && !rangeFrom(toks, k) { // a name: "sales at Hollin Mills were"
				return "", false
			}
		case tNum:
			// a year ("for the 2020 third quarter was") or the change on the
			// way ("were down 20.5% to")
			if !isYearTok(t) && !isSym(toks, k+1, "%") && !isWord(toks, k+1, "percent") {
				return "", false
			}
		case tPunct:
			if t.low != "," {
				return "", false
			}
		case tSym:
			if t.low != "-" && t.low != "%" {
				return "", false
			}
		}
	}
	return "", false
}

// countBefore reports whether the amount at c is a number of the things
// named just before it: "weekly visitors fell 2% to 38 million".
func (st *state) countBefore(toks []token, c *cand, s int) bool {
	for k, steps := c.i-1, 0; k >= s && steps < 16; k, steps = k-1, steps+1 {
		for mi := len(st.metrics) - 1; mi >= 0; mi-- {
			if st.metrics[mi].j == k+1 {
				return !moneyMetric[st.metrics[mi].name]
			}
		}
		switch t := toks[k]; t.kind {
		case tWord:
			if moneyNouns[t.low] {
				return false
			}
			if !linkWords[t.low] {
				return isPlural(t.low)
			}
		case tPunct:
			if t.low != "," {
				return false
			}
		}
	}
	return false
}

func isYearTok(t token) bool {
	return t.kind == tNum && t.end-t.start == 4 && len(t.low) == 4 && t.num >= 1900 && t.num <= 2100
}

// resolveBare decides, for the amounts of one sentence said without a
// unit, what they are, and drops those that are not figures. said is
// whether the sentence has an amount said in a currency.
//
// Money, with the metric it states, when a money metric or noun is said
// next to it ("72 million of revenue", "net sales were 72 million", "300
// million in new notes"). Money without a metric when a currency was said,
// or money was stated so, in the sentence, or earlier in the paragraph
// about a money metric. A scaled number left over is a count of unknown
// things ("2.4 million"); an unscaled one ("264,000") is dropped.
func (st *state) resolveBare(toks []token, s, e int, cs []cand, said bool) []cand {
	const (
		undecided = iota
		strong
	)
	any := false
	for ci := range cs {
		c := &cs[ci]
		if c.a.approx {
			c.metric = "" // "a quarter billion dollars", "a penny": said roughly, or a change
		}
		if c.a.unit != "" {
			continue
		}
		any = true
		d := uint8(undecided)
		if listedPercent(toks, c.a) {
			c.a.unit = "%" // "52 and 54% respectively"
			continue
		}
		direct, ok := st.directMetric(toks, c, e)
		if ok && moneyMetric[direct] {
			c.metric = direct // "72 million of revenue"
			d = strong
		} else if name, ok := moneyAfter(toks, c.j, e); ok {
			c.metric = name // "300 million in new notes", "40 million of interest"
			d = strong
		} else if name, ok := st.moneyBefore(toks, c, s); ok {
			c.metric = name // "net sales were 72 million"
			d = strong
		}
		if d == strong {
			c.a.unit = st.lastCurrency
			said = true
		} else if ci > 0 && isMoney(cs[ci-1].a.unit) && cs[ci-1].metric != "" && moneyMetric[cs[ci-1].metric] && onlyRangeWords(toks, cs[ci-1].j, c.i) {
			// "from a prior range of between 4.8 billion and 4.85 billion to
			// now between 4.89 billion and 4.95 billion": the amount it moved to
			c.metric, c.a.unit = cs[ci-1].metric, cs[ci-1].a.unit
		}
	}
	if !any {
		return cs
	}
	keep := cs[:0]
	for ci := range cs {
		c := cs[ci]
		if c.a.unit == "" {
			switch {
			case !c.a.scaled:
				continue // "264,000" is money only next to its metric
			case (said || st.saidMoney && moneyMetric[c.metric]) && !st.countBefore(toks, &c, s):
				c.a.unit = st.lastCurrency // money by the company it keeps: no headline
			default:
				c.a.unit = "count" // "2.4 million": a number of things not said
			}
			c.metric = ""
		}
		keep = append(keep, c)
	}
	if said {
		st.saidMoney = true
	}
	return keep
}

// rangeFrom reports "from" at k opening the range a figure moved from:
// "from a prior range of", "from our previous". ("$2.7 million of revenue
// from the 184,000 sq. ft." is where an amount comes from.)
func rangeFrom(toks []token, k int) bool {
	if !isWord(toks, k, "from") {
		return false
	}
	for n := k + 1; n <= k+2; n++ {
		if isWord(toks, n, "prior") || isWord(toks, n, "previous") || isWord(toks, n, "range") {
			return true
		}
	}
	return false
}

// onlyRangeWords reports tokens [i, j) that only lead from one amount to
// the next it moved to: "to", "to now", "to a range of".
func onlyRangeWords(toks []token, i, j int) bool {
	if i >= j || !isWord(toks, i, "to") {
		return false
	}
	for k := i + 1; k < j; k++ {
		switch toks[k].low {
		case "now", "a", "range", "of", "between", "new":
		default:
			return false
		}
	}
	return true
}

// listedPercent reports whether a bare number is listed before a
// percentage that gives it its unit: "52 and 54%", "30, 35%".
func listedPercent(toks []token, a amount) bool {
	if a.scaled || a.spelled || a.j-a.i != 1 || toks[a.i].kind != tNum || toks[a.i].num > 100 {
		return false
	}
	if isWord(toks, a.i-1, "of") && (isWord(toks, a.i-2, "age") || isWord(toks, a.i-2, "ages")) {
		return false // "the age of 40, 70% of buyers"
	}
	n := a.j
	if !(isWord(toks, n, "and") || isPunct(toks, n, ",") || isWord(toks, n, "or")) {
		return false
	}
	n++
	return n+1 < len(toks) && toks[n].kind == tNum && toks[n].num <= 100 && (isSym(toks, n+1, "%") || isWord(toks, n+1, "percent"))
}

// nameNumber reports whether the number at p is part of a name: "Vantor 24
// coolers", "Skyhaul 360". A capitalised word inside the
// sentence, that is not a word that starts sentences or a month, names the
// thing the number belongs to.
func nameNumber(toks []token, p, s int) bool {
	if p-2 < s || toks[p-1].kind != tWord || !toks[p-1].upper || toks[p-2].kind != tWord {
		return false
	}
	w := toks[p-1].low
	r, size := utf8.DecodeRuneInString(w)
	if text.SentenceStarter(string(unicode.ToUpper(r))+w[size:]) || fillers[w] {
		return false
	}
	if _, ok := isMonth(toks, p-1); ok {
		return false
	}
	return true
}

// fillers of speech, capitalised by transcribers but naming nothing.
var fillers = map[string]bool{"uh": true, "um": true, "er": true, "ah": true, "oh": true, "hmm": true, "mm": true, "okay": true}
