package figures

import (
	"math"
	"strings"
)

// amount is one number with its unit, as parsed from tokens [i, j).
// It knows nothing about metrics or periods; Find adds those.
type amount struct {
	i, j     int
	value    float64
	unit     string // currency code, "%", "bp", "x", "count", or "" (a bare scaled number)
	noun     string // counted noun for counts
	perShare bool
	scaled   bool // a scale word (million, bn, ...) was said
	neg      bool
	spelled  bool // number said in words
	approx   bool // said as a fraction, a coin or "a" ("half a billion", "a penny", "a million"): no headline
	cur      bool // currency given before the number ($, USD, ...)
}

var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"}

// prefixes glued to "$": US$, C$, A$ ...
var dollarPrefixes = map[string]string{"us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD", "r": "BRL", "mx": "MXN"}

var currencyCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "inr": "INR", "jpy": "JPY", "cad": "CAD", "chf": "CHF",
	"aud": "AUD", "cny": "CNY", "rmb": "CNY", "mxn": "MXN", "brl": "BRL", "sek": "SEK", "nok": "NOK",
	"dkk": "DKK", "zar": "ZAR", "hkd": "HKD", "sgd": "SGD", "krw": "KRW", "nzd": "NZD", "rs": "INR",
	"rp": "IDR", "ils": "ILS", "try": "", "pln": "PLN", "twd": "TWD",
}

// currency words said after the number: "29 million dollars".
var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "bucks": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
	"sterling": "GBP", "buck": "USD", "rupees": "INR", "rupee": "INR", "yen": "JPY", "pesos": "MXN", "peso": "MXN",
	"francs": "CHF", "franc": "CHF", "reais": "BRL", "reals": "BRL", "yuan": "CNY", "renminbi": "CNY",
	"krona": "SEK", "kronor": "SEK", "rand": "ZAR", "won": "", "marks": "",
}

// currency words that are also weights: "600,000 pounds" is a weight.
var weightWords = map[string]bool{"pounds": true}

var scaleWords = map[string]float64{
	"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "trillions": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
	"lac": 1e5, "lacs": 1e5, "bn": 1e9, "mn": 1e6, "mm": 1e6, "mln": 1e6, "bln": 1e9,
}

// short scales only count when glued to the number: $1.2B, €4.5m, $450K.
var gluedScales = map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "mm": 1e6, "bn": 1e9, "mn": 1e6, "t": 1e12, "tn": 1e12}

var onesWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// measure units that are counted although singular: "310 bcfe".
var measureUnits = map[string]bool{
	"bcf": true, "bcfe": true, "mcf": true, "mmcf": true, "mmcfe": true, "mcfe": true, "boe": true,
	"mboe": true, "mmboe": true, "bbl": true, "bbls": true, "mmbtu": true, "mw": true, "gw": true,
	"mwh": true, "gwh": true, "kwh": true, "twh": true, "tons": true, "tonnes": true, "teu": true,
	"boepd": true, "bopd": true, "mbbls": true, "mmbbls": true, "sqft": true,
}

// plural words after a number that do not make it a count.
var notCountNouns = map[string]bool{
	"years": true, "months": true, "weeks": true, "days": true, "hours": true, "minutes": true,
	"seconds": true, "quarters": true, "decades": true, "times": true, "points": true, "basis": true,
	"is": true, "was": true, "has": true, "its": true, "this": true, "thus": true, "plus": true,
	"less": true, "series": true, "us": true, "as": true, "yes": true, "does": true, "goes": true,
	"process": true, "across": true, "versus": true, "unless": true, "always": true, "perhaps": true,
	"pieces": false, "nights": true, "yrs": true, "mos": true, "hrs": true, "mins": true, "bps": true,
	"percents": true, "cents": true, "dollars": true, "bucks": true, "euros": true, "pounds": true,
	"rupees": true, "pesos": true, "francs": true, "reais": true, "its'": true, "weekends": true,
	"sessions": false, "semesters": true, "seasons": true, "innings": true, "ones": true, "others": true,
	"thanks": true, "was's": true, "sales": true, "revenues": true, "earnings": true, "results": true,
	"minus": true, "lots": true, "thousands": true, "millions": true, "billions": true, "tens": true,
	"hundreds": true, "crores": true, "lakhs": true, "basis'": true, "steps": true, "phases": true,
	"slides": true, "pages": true, "questions": true, "comments": true, "remarks": true, "things": true,
	"reasons": true, "items": true, "ways": true, "areas": true, "pillars": true, "priorities": true,
	"percent": true, "goals": true, "words": true, "parts": true, "cycles": true, "rounds": true,
}

// words between a number and a plural noun that break a count: "5 of the ...".
var countStop = map[string]bool{
	"of": true, "the": true, "to": true, "in": true, "and": true, "or": true, "for": true, "a": true,
	"an": true, "that": true, "we": true, "which": true, "on": true, "at": true, "by": true, "with": true,
	"from": true, "our": true, "their": true, "is": true, "was": true, "are": true, "were": true,
	"be": true, "per": true, "as": true, "it": true, "this": true, "these": true, "those": true,
	"i": true, "you": true, "they": true, "he": true, "she": true, "but": true, "so": true, "if": true,
	"year": true, "month": true, "week": true, "day": true, "quarter": true, "hour": true, "minute": true,
	"percent": true, "percentage": true, "times": true, "more": true, "less": true, "over": true,
	"under": true, "about": true, "than": true, "out": true, "up": true, "down": true, "into": true,
	"new": false, "million": true, "billion": true, "thousand": true, "not": true, "all": true,
	"its": true, "had": true, "have": true, "has": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "do": true, "did": true, "been": true,
	"basis": true, "consecutive": true, "straight": true, "year's": true, "years'": true, "next": true,
	"last": true, "prior": true, "previous": true, "first": true, "second": true, "third": true,
	"fourth": true, "fiscal": true, "calendar": true, "full": true, "half": true, "plus": true,
}

func isWord(toks []token, k int, w string) bool {
	return k >= 0 && k < len(toks) && toks[k].kind == tWord && toks[k].low == w
}

func isSym(toks []token, k int, w string) bool {
	return k >= 0 && k < len(toks) && toks[k].kind == tSym && toks[k].low == w
}

func glued(toks []token, k int) bool { return k >= 0 && k < len(toks) && !toks[k].space }

// parseCurrency reads a currency given before a number at k and returns the
// code and the index of the number.
func parseCurrency(toks []token, k int) (string, int) {
	if k >= len(toks) {
		return "", k
	}
	t := toks[k]
	if t.kind == tSym {
		if c, ok := currencySymbols[t.low]; ok {
			return c, k + 1
		}
		return "", k
	}
	if t.kind != tWord {
		return "", k
	}
	if c, ok := dollarPrefixes[t.low]; ok && isSym(toks, k+1, "$") && glued(toks, k+1) {
		return c, k + 2
	}
	if c, ok := currencyCodes[t.low]; ok && c != "" && t.upper || (ok && c != "" && t.low == "rs") {
		n := k + 1
		if isWord(toks, n-1, "rs") && n < len(toks) && toks[n].kind == tPunct && toks[n].low == "." && glued(toks, n) {
			n++
		}
		if n < len(toks) && (toks[n].kind == tNum || toks[n].kind == tSym && currencySymbols[toks[n].low] != "") {
			if toks[n].kind == tSym {
				n++
			}
			return c, n
		}
	}
	return "", k
}

// parseAmount reads a number with its currency, scale and unit starting at
// token k (after any qualifier). It reports false when k does not start one.
//
// It is one long left-to-right reader (currency, number, scale, unit, per
// share, each optional) over a token index it advances; split into
// functions, each would take and return that index and half the state.
func parseAmount(toks []token, k int) (amount, bool) {
	a := amount{i: k}
	n := k
	if n < len(toks) && toks[n].kind == tWord && (toks[n].low == "negative" || toks[n].low == "minus") {
		a.neg = true
		n++
	} else if n < len(toks) && (isSym(toks, n, "-") || isSym(toks, n, "+")) && n+1 < len(toks) && glued(toks, n+1) {
		// a sign glued to the number, not a hyphen between words or numbers
		if n == 0 || toks[n].space || isSym(toks, n-1, "(") {
			a.neg = toks[n].low == "-"
			n++
		} else {
			return a, false
		}
	}
	code, m := parseCurrency(toks, n)
	if code != "" {
		a.unit, a.cur = code, true
		n = m
		if isSym(toks, n, "-") && glued(toks, n) && n+1 < len(toks) && toks[n+1].kind == tNum && glued(toks, n+1) {
			a.neg = true // $-0.3
			n++
		}
	}
	if n >= len(toks) {
		return a, false
	}
	switch toks[n].kind {
	case tNum:
		a.value = toks[n].num
		n++
	case tWord:
		v, m, ok := parseFraction(toks, n) // "half a percent", "a quarter of a point"
		a.approx = ok || isWord(toks, n, "a") || isWord(toks, n, "an")
		if !ok {
			v, m, ok = parseSpelled(toks, n)
		}
		if !ok && (isWord(toks, n, "a") || isWord(toks, n, "one")) && (isWord(toks, n+1, "buck") || isWord(toks, n+1, "dollar")) {
			v, m, ok = 1, n+1, true // "a buck twenty", "a dollar a share"
			a.approx = true
		}
		if !ok && (isWord(toks, n, "a") || isWord(toks, n, "one")) && n+1 < len(toks) && coinWords[toks[n+1].low] > 0 && !isPlural(toks[n+1].low) {
			v, m, ok = coinWords[toks[n+1].low], n+2, true // "a penny a share"
			a.unit, a.approx = "USD", true
		}
		if !ok {
			return a, false
		}
		a.value, a.spelled = v, true
		n = m
	default:
		return a, false
	}
	// "seven and a half percent", "2 and a quarter billion"
	if f, m := andFraction(toks, n); m > n {
		a.value += f
		n = m
	}
	// "$748 000": thousands said apart in verbatim transcripts
	if a.cur && !a.spelled && n < len(toks) && toks[n].kind == tNum && toks[n].low == "000" {
		a.value *= 1000
		n++
	}
	// "20 plus percent", "three plus cents"
	if isWord(toks, n, "plus") && n+1 < len(toks) && toks[n+1].kind == tWord && (toks[n+1].low == "percent" || toks[n+1].low == "cents") {
		n++
	}
	// scale
	if n < len(toks) && toks[n].kind == tWord {
		w := toks[n].low
		if s, ok := gluedScales[w]; ok && glued(toks, n) && a.cur {
			if !(n+1 < len(toks) && toks[n+1].kind == tWord && glued(toks, n+1)) {
				a.value *= s
				a.scaled = true
				n++
			}
		} else if s, ok := scaleWords[w]; ok {
			a.value *= s
			a.scaled = true
			n++
			if a.spelled && s == 1e3 && spelledYearTail(toks, n) {
				return a, false // "two thousand twenty" is a year
			}
		}
	}
	if a.scaled {
		// "$2.5 billion-plus", "$3bn+"
		if isSym(toks, n, "-") && glued(toks, n) && isWord(toks, n+1, "plus") && glued(toks, n+1) {
			n += 2
		} else if isSym(toks, n, "+") && glued(toks, n) {
			n++
		}
	}
	// unit after the number
	if n < len(toks) {
		t := toks[n]
		switch {
		case t.kind == tSym && t.low == "%":
			a.unit = "%"
			n++
		case t.kind == tWord && (t.low == "percent" || t.low == "pct"):
			a.unit = "%"
			n++
		case t.kind == tWord && t.low == "percentage" && (isWord(toks, n+1, "points") || isWord(toks, n+1, "point") || isWord(toks, n+1, "pts")):
			// a difference of two percentages, kept as basis points like "1.8 points"
			a.unit = "bp"
			a.value *= 100
			n += 2
		case t.kind == tWord && t.low == "per" && isWord(toks, n+1, "cent"):
			a.unit = "%"
			n += 2
		case t.kind == tWord && t.low == "basis" && (isWord(toks, n+1, "points") || isWord(toks, n+1, "point")):
			a.unit = "bp"
			n += 2
		case t.kind == tWord && (t.low == "bps" || t.low == "bp" || t.low == "bips" || t.low == "bip"):
			a.unit = "bp"
			n++
		case t.kind == tWord && (t.low == "points" || t.low == "point" || t.low == "pts" || t.low == "pt") && !a.cur && !a.scaled && pointsSaid(toks, a, n):
			// "improved 1.8 points", "half a point": percentage points, kept as basis points
			a.unit = "bp"
			a.value *= 100
			n++
		case t.kind == tWord && t.low == "x" && !t.space && !a.cur:
			a.unit = "x"
			n++
		case t.kind == tWord && t.low == "times" && !a.cur && (!a.spelled || a.value != math.Trunc(a.value)): // "2.5 times", "two and a half times"; not "two times"
			a.unit = "x"
			n++
		case t.kind == tWord && (t.low == "cents" || t.low == "cent") && !a.cur && !a.scaled:
			a.unit = "USD"
			a.value /= 100
			n++
		case t.kind == tWord && (t.low == "cents" || t.low == "cent") && a.cur && !a.scaled:
			n++ // "$2.61 cents": the dollar sign wins
		case t.kind == tWord && currencyWords[t.low] != "" && (a.scaled || a.cur || !weightWords[t.low]):
			if a.unit == "" || a.cur {
				a.unit = currencyWords[t.low]
			}
			n++
			// "a buck twenty", "two dollars and fifty cents"
			if a.unit == "USD" && !a.scaled && a.value == float64(int64(a.value)) {
				if c, m := spokenCents(toks, n); m > n {
					a.value += c
					n = m
				}
			}
		case a.cur && a.unit == "USD" && !a.scaled && isWord(toks, n, "and") && a.value == float64(int64(a.value)):
			// "$25 and 10 cents"
			if c, m := spokenCents(toks, n); m > n {
				a.value += c
				n = m
			}
		}
	}
	if a.spelled && a.value == 1 && a.unit == "USD" && !a.scaled && isWord(toks, a.i, "a") && !perShareNext(toks, n) && n == a.i+2 {
		return a, false // "a dollar of revenue", "make a buck": not an amount
	}
	if a.cur || isMoney(a.unit) {
		// per-share amounts
		switch {
		case isWord(toks, n, "per") || (isWord(toks, n, "a") && isWord(toks, n+1, "share")):
			m := n + 1
			for m < len(toks) && m < n+4 && toks[m].kind == tWord && shareAdj[toks[m].low] {
				m++
			}
			if isWord(toks, m, "share") {
				a.perShare = true
				n = m + 1
			}
		case isSym(toks, n, "/") && glued(toks, n) && isWord(toks, n+1, "share"):
			a.perShare = true
			n += 2
		}
	}
	if a.unit == "" && !a.spelled || a.unit == "" && a.scaled {
		// count: "7 billion messages", "3,000 customers", "0.5 billion voice calls", "310 bcfe"
		if noun, m := countNoun(toks, n); noun != "" {
			a.unit, a.noun = "count", noun
			n = m
		}
	}
	if a.unit == "" && !a.scaled {
		return a, false
	}
	if a.spelled && a.unit == "" && !a.scaled {
		return a, false
	}
	a.j = n
	return a, true
}

var shareAdj = map[string]bool{"diluted": true, "basic": true, "fully": true, "common": true, "average": true, "weighted": true, "ordinary": true, "class": true, "adjusted": true}

func isMoney(unit string) bool {
	return unit != "" && unit != "%" && unit != "bp" && unit != "x" && unit != "count"
}

// countNoun reads the counted noun after a number: one plural noun or unit,
// or a modifier and a plural noun ("voice calls", "self-directed
// accounts", "rentable square feet").
func countNoun(toks []token, n int) (string, int) {
	if n >= len(toks) || toks[n].kind != tWord || !toks[n].space {
		return "", n
	}
	words := 0
	for m := n; m < len(toks) && toks[m].kind == tWord && (toks[m].space || m > n && isSym(toks, m-1, "-")); m++ {
		if toks[m].space {
			if words++; words > 2 {
				break // longer nouns would take glossary terms into the figure
			}
		}
		w := toks[m].low
		if measureUnits[w] || irregularCounts[w] {
			return nounOf(toks, n, m+1, ""), m + 1
		}
		if w == "square" && (isWord(toks, m+1, "feet") || isWord(toks, m+1, "foot")) {
			return nounOf(toks, n, m, "square feet"), m + 2
		}
		if isPlural(w) {
			if m == n && isSym(toks, m+1, "-") && glued(toks, m+1) {
				return "", n // "2 years-old", compound
			}
			return nounOf(toks, n, m+1, ""), m + 1
		}
		if countStop[w] || notCountNouns[w] || toks[m].upper && m > 0 && !toks[m-1].upper || scaleWords[w] > 0 {
			return "", n
		}
		if _, ok := onesWords[w]; ok {
			return "", n
		}
		if _, ok := tensWords[w]; ok {
			return "", n
		}
		// a compound modifier: "self-directed accounts", "third-party vendors"
		if isSym(toks, m+1, "-") && glued(toks, m+1) && m+2 < len(toks) && toks[m+2].kind == tWord && glued(toks, m+2) {
			m++
		}
	}
	return "", n
}

// nounOf joins the words of tokens [i, j) and last with single spaces.
func nounOf(toks []token, i, j int, last string) string {
	if j == i+1 && last == "" {
		return toks[i].low
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if b.Len() > 0 && toks[k].space {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	if last != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(last)
	}
	return b.String()
}

// counted nouns that are plural without an "s", and units said in the
// singular before a noun ("a 512 megawatt plant").
var irregularCounts = map[string]bool{
	"people": true, "staff": true, "personnel": true, "aircraft": true, "feet": true, "megawatt": true,
	"gigawatt": true, "kilowatt": true, "sq": false,
}

// pointsSaid reports whether "points" after the number at a is a change in
// percentage points ("improved 1.8 points", "12 points of storm
// losses", "half a point") rather than points to make or points of sale.
func pointsSaid(toks []token, a amount, n int) bool {
	if a.value > 100 || a.neg && a.value == 0 {
		return false
	}
	if a.spelled && a.value < 1 {
		return true // "half a point", "a quarter point"
	}
	decimal := false
	for k := a.i; k < n; k++ {
		if toks[k].kind == tNum && toks[k].num != float64(int64(toks[k].num)) {
			decimal = true
		}
	}
	next := ""
	if n+1 < len(toks) && toks[n+1].kind == tWord {
		next = toks[n+1].low
	}
	if toks[n].low == "point" || toks[n].low == "pt" {
		return pointTail[next] // "a 0.3 point improvement"
	}
	if next == "of" && n+2 < len(toks) && notPointOf[toks[n+2].low] {
		return false
	}
	if decimal || pointTail[next] || pointFollow[next] {
		return true
	}
	_, _, up := changeWordBefore(toks, a.i, 0)
	return up
}

// nouns a singular "point" qualifies as a change: "a 40 point improvement".
var pointTail = map[string]bool{
	"improvement": true, "increase": true, "decrease": true, "decline": true, "reduction": true, "deterioration": true,
	"expansion": true, "contraction": true, "headwind": true, "tailwind": true, "impact": true, "benefit": true,
	"drag": true, "swing": true, "gain": true, "drop": true, "spread": true, "higher": true, "lower": true,
	"better": true, "worse": true, "change": true, "sequential": true, "year": true,
}

// words after "points" that make them percentage points.
var pointFollow = map[string]bool{
	"above": true, "below": true, "ahead": true, "behind": true, "from": true, "versus": true, "vs": true,
	"compared": true, "sequentially": true, "of": true, "in": true, "on": true, "over": true,
}

// "points of sale", "points of view": not percentage points.
var notPointOf = map[string]bool{
	"sale": true, "view": true, "presence": true, "contact": true, "light": true, "entry": true, "care": true,
	"interest": true, "distribution": true, "difference": true, "emphasis": true, "reference": true,
}

// perShareNext reports whether "per share", "a share" or "/share" follows.
func perShareNext(toks []token, n int) bool {
	return isWord(toks, n, "per") || isWord(toks, n, "a") && isWord(toks, n+1, "share") || isSym(toks, n, "/") && isWord(toks, n+1, "share")
}

// spelledYearTail reports whether a number word follows "two thousand":
// "two thousand twenty", "two thousand and nineteen" are years.
func spelledYearTail(toks []token, n int) bool {
	if isWord(toks, n, "and") {
		n++
	}
	if n >= len(toks) || toks[n].kind != tWord {
		return false
	}
	_, one := onesWords[toks[n].low]
	_, ten := tensWords[toks[n].low]
	return one || ten
}

func isPlural(w string) bool {
	if len(w) < 4 || notCountNouns[w] || countStop[w] {
		return false
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") {
		return false
	}
	if _, ok := currencyWords[w]; ok {
		return false
	}
	return true
}

// scaleOf is the scale that turns raw into scaled: 1e6 for "2.8" of "2.8
// million", kept exact so that 2.8 times it is 2.8e6 and not 2.7999999e6.
func scaleOf(scaled, raw float64) float64 {
	if raw == 0 {
		return 1
	}
	x := scaled / raw
	if x >= 10 {
		return math.Round(x)
	}
	return x
}
