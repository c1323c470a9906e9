package figures

import "strconv"

// period is a fiscal period: a quarter (q), a half (h) or a full year (both 0).
// Fiscal years are assumed to be calendar years when a date is mapped to a quarter.
type period struct {
	year int // 0 when unknown
	q, h int
	set  bool
}

func (p period) String() string {
	if !p.set || p.year == 0 {
		return ""
	}
	if p.year >= firstNamedYear && p.year < firstNamedYear+len(periodNames) && p.q >= 0 && p.q <= 4 && p.h >= 0 && p.h <= 2 {
		k := p.q // a quarter goes before a half, as in name
		if k == 0 && p.h > 0 {
			k = 4 + p.h
		}
		return periodNames[p.year-firstNamedYear][k]
	}
	return p.name()
}

// periodNames are the names of the periods of the years calls speak of,
// built once: every figure's period is named, and its name would be built
// twice over (year, then name) each time. Each year holds its full year,
// then its quarters, then its halves.
var periodNames = func() [][7]string {
	names := make([][7]string, 80)
	for i := range names {
		year := firstNamedYear + i
		names[i][0] = period{year: year, set: true}.name()
		for q := 1; q <= 4; q++ {
			names[i][q] = period{year: year, q: q, set: true}.name()
		}
		for h := 1; h <= 2; h++ {
			names[i][4+h] = period{year: year, h: h, set: true}.name()
		}
	}
	return names
}()

const firstNamedYear = 1990

// name is String, built.
// fullYearName is "FY " and the year y, as period.String names it: from
// periodNames when it holds the year (the rules compare and set a year's
// name for many figures), else built.
func fullYearName(y int) string {
	if y >= firstNamedYear && y < firstNamedYear+len(periodNames) {
		return periodNames[y-firstNamedYear][0]
	}
	return "FY " + strconv.Itoa(y)
}

func (p period) name() string {
	y := strconv.Itoa(p.year)
	switch {
	case p.q > 0:
		return "Q" + strconv.Itoa(p.q) + " " + y
	case p.h > 0:
		return "H" + strconv.Itoa(p.h) + " " + y
	}
	return "FY " + y
}

// yearOf reports a full year that holds the half c: after "Turning to our
// outlook for the fiscal year.", "We expect volume to recover in the second
// half." speaks of the year's shape, and the guidance that follows is still
// the year's. (Not a quarter: "Starting with the first quarter." announces
// the quarter's guidance.)
func (p period) yearOf(c period) bool {
	return p.set && p.q == 0 && p.h == 0 && p.year == c.year && c.h > 0
}

// months returns the first and last month of the period, counted from year 0.
// isPart: a quarter or half, not a whole year.
func (p period) isPart() bool { return p.q > 0 || p.h > 0 }

func (p period) months() (int, int) {
	base := p.year * 12
	switch {
	case p.q > 0:
		return base + (p.q-1)*3, base + (p.q-1)*3 + 2
	case p.h > 0:
		return base + (p.h-1)*6, base + (p.h-1)*6 + 5
	}
	return base, base + 11
}

// cmp says whether p lies before (-1) or after (+1) the call's period c, or
// overlaps it (0). A period that contains c but runs past it (the full year on
// a Q2 call) counts as after: part of it is still to come.
func (p period) cmp(c period) int {
	if !p.set || !c.set || p.year == 0 || c.year == 0 {
		return 0
	}
	plo, phi := p.months()
	clo, chi := c.months()
	switch {
	case phi < clo:
		return -1
	case plo > chi || phi > chi:
		return 1
	}
	return 0
}

func callPeriod(ctx Context) period {
	if ctx.Year <= 0 {
		return period{}
	}
	if ctx.Half == 1 || ctx.Half == 2 {
		return period{year: ctx.Year, h: ctx.Half, set: true}
	}
	q := ctx.Quarter
	if q < 0 || q > 4 {
		q = 0
	}
	return period{year: ctx.Year, q: q, set: true}
}

func (p period) prevQuarter() period {
	if p.q == 0 {
		return period{year: p.year - 1, set: p.set}
	}
	if p.q == 1 {
		return period{year: p.year - 1, q: 4, set: p.set}
	}
	return period{year: p.year, q: p.q - 1, set: p.set}
}

func (p period) nextQuarter() period {
	if p.q == 0 {
		return period{year: p.year + 1, set: p.set}
	}
	if p.q == 4 {
		return period{year: p.year + 1, q: 1, set: p.set}
	}
	return period{year: p.year, q: p.q + 1, set: p.set}
}

// guidanceYear is the fiscal year that guidance said without a period is
// for on a call of period p: the year under way, or the next one on a
// fourth-quarter, second-half or full-year call.
func (p period) guidanceYear() period {
	g := period{year: p.year, set: p.set}
	if p.q == 0 && p.h == 0 || p.q == 4 || p.h == 2 {
		g.year++
	}
	return g
}

func (p period) prevYear() period {
	p.year--
	return p
}

// pmention is a period said in a sentence: tokens [i, j).
type pmention struct {
	i, j int
	p    period
	// yearGuessed: the year was not said but taken from the call
	// ("the second half")
	yearGuessed bool
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
	"apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ordinalOf is the number of an ordinal word ("third": 3).
func ordinalOf(t *token) (int, bool) {
	if !t.is(cOrdinal) {
		return 0, false // most words: no look-up
	}
	q, ok := ordinals[t.low]
	return q, ok
}

// isMonth reports whether token k names a month ("May" only capitalised).
func isMonth(toks []token, k int) (int, bool) {
	if k < 0 || k >= len(toks) || toks[k].kind != tWord {
		return 0, false
	}
	if !toks[k].is(cMonth) {
		return 0, false
	}
	m, ok := months[toks[k].low]
	if !ok || (len(toks[k].low) <= 4 && !toks[k].upper) || (toks[k].low == "mar" || toks[k].low == "dec") && !toks[k].upper {
		return 0, false
	}
	return m, true
}

// yearNum reads a year numeral ("2020", "'20", "FY21") at n.
func yearNum(toks []token, n int) (int, int, bool) {
	if n >= len(toks) {
		return 0, n, false
	}
	t := toks[n]
	if t.kind == tNum && len(t.low) == 4 && t.end-t.start == 4 && t.num >= 1990 && t.num <= 2099 {
		return int(t.num), n + 1, true
	}
	if (t.kind == tSym && (t.low == "'" || t.low == "\u2019")) && n+1 < len(toks) && glued(toks, n+1) && toks[n+1].kind == tNum && len(toks[n+1].low) == 2 {
		return 2000 + int(toks[n+1].num), n + 2, true
	}
	if t.kind == tWord && t.low == "fy" && n+1 < len(toks) && toks[n+1].kind == tNum {
		v := toks[n+1].low
		if len(v) == 2 {
			return 2000 + int(toks[n+1].num), n + 2, true
		}
		if len(v) == 4 && toks[n+1].num >= 1990 && toks[n+1].num <= 2099 {
			return int(toks[n+1].num), n + 2, true
		}
	}
	return 0, n, false
}

// yearAfter reads the year that follows a period name: "of 2019", "2020",
// "of fiscal 2021", "last year", "of this year".
func yearAfter(toks []token, n, end int, ctx Context) (int, int, bool) {
	m := n
	if isWord(toks, m, "of") || isWord(toks, m, "in") || isWord(toks, m, "for") && isWord(toks, m+1, "fiscal") {
		m++ // "the second quarter for fiscal 2021"
	}
	if isWord(toks, m, "the") || isWord(toks, m, "our") || isWord(toks, m, "its") {
		m++ // "the first quarter of our fiscal year 2022"
	}
	if m >= end {
		return 0, n, false
	}
	rel := func(k, d int) (int, int, bool) {
		if ctx.Year == 0 {
			return 0, k, true
		}
		return ctx.Year + d, k, true
	}
	switch {
	case (isWord(toks, m, "last") || isWord(toks, m, "prior") || isWord(toks, m, "previous")) && isWord(toks, m+1, "year"):
		return rel(m+2, -1)
	case isWord(toks, m, "a") && isWord(toks, m+1, "year") && isWord(toks, m+2, "ago"):
		return rel(m+3, -1)
	case (isWord(toks, m, "this") || isWord(toks, m, "current")) && isWord(toks, m+1, "year"):
		return rel(m+2, 0)
	case isWord(toks, m, "next") && isWord(toks, m+1, "year"):
		return rel(m+2, 1)
	}
	fiscal := isWord(toks, m, "fiscal")
	if fiscal || isWord(toks, m, "calendar") {
		m++
		if isWord(toks, m, "year") {
			m++
		}
	}
	if y, k, ok := yearNum(toks, m); ok {
		return y, k, true
	}
	if y, ok := shortFiscalYear(toks, m); fiscal && ok {
		return y, m + 1, true
	}
	return 0, n, false
}

// shortFiscalYear reads a year said in two digits right after "fiscal"
// at m ("our projected fiscal 21 revenue", "free cash flow of 1.1 billion
// in fiscal 25, up 12%", as speech-to-text writes "fiscal '21"), not a
// number of something ("fiscal 21 million", "fiscal 21%").
func shortFiscalYear(toks []token, m int) (int, bool) {
	if m >= len(toks) || toks[m].kind != tNum || len(toks[m].low) != 2 || toks[m].num < 10 {
		return 0, false
	}
	if m+1 < len(toks) {
		switch next := toks[m+1]; {
		case next.kind == tWord && (scaleWords[next.low] != 0 || next.low == "percent"):
			return 0, false
		case next.kind == tSym && !(next.low == "," || next.low == "." || next.low == ";" || next.low == ":" || next.low == ")"):
			return 0, false // "fiscal 21%", "fiscal 21-22"
		case next.kind == tNum:
			return 0, false
		}
	}
	return 2000 + int(toks[m].num), true
}

// yearBefore reads "2020 second quarter", "fiscal 2021 third quarter",
// "last year's second quarter".
func yearBefore(toks []token, k, s int, ctx Context) (int, int, bool) {
	if k-2 >= s && ctx.Year > 0 && (toks[k-1].low == "year's" || toks[k-1].low == "year’s") {
		switch toks[k-2].low {
		case "last", "prior", "previous":
			return ctx.Year - 1, k - 2, true
		case "this", "current":
			return ctx.Year, k - 2, true
		case "next":
			return ctx.Year + 1, k - 2, true
		}
	}
	if k-2 >= s && toks[k-1].kind == tNum && len(toks[k-1].low) == 2 {
		// "fiscal '22 second quarter"
		if y, _, ok := yearNum(toks, k-2); ok {
			st := k - 2
			if isWord(toks, st-1, "fiscal") || isWord(toks, st-1, "calendar") {
				st--
			}
			return y, st, true
		}
	}
	if k-1 >= s && toks[k-1].kind == tNum {
		if y, _, ok := yearNum(toks, k-1); ok {
			st := k - 1
			if isWord(toks, st-1, "fiscal") || isWord(toks, st-1, "calendar") {
				st--
			}
			return y, st, true
		}
	}
	if k-2 >= s && toks[k-1].kind == tNum {
		if y, _, ok := yearNum(toks, k-2); ok && toks[k-2].low == "fy" {
			return y, k - 2, true
		}
	}
	return 0, k, false
}

// findPeriods lists the periods said in tokens [s, e). fwd says the sentence
// looks ahead, which moves a bare "first quarter" on a Q3 call into next year.
//
// It is long because it reads the relative period words of a call ("last
// year", "next quarter", "year to date", months) over tokens, which the
// text layer's FindPeriods (explicit periods over words) does not; its
// cases share the loop's index. Moving them into internal/text is work
// left (see the README's notes on the text layer).
func findPeriods(toks []token, s, e int, ctx Context, fwd bool, out []pmention) []pmention {
	call := callPeriod(ctx)
	guessed := false // defYear was asked for the mention being read
	defYear := func(q, h int) int {
		guessed = true
		if ctx.Year == 0 {
			return 0
		}
		y := ctx.Year
		if fwd {
			// on a fourth-quarter call "the year" ahead is the next one
			if ctx.Quarter == 0 || (q > 0 && q < ctx.Quarter) || (h == 1 && ctx.Quarter >= 3) || h == 2 && ctx.Quarter == 4 || q == 0 && h == 0 && ctx.Quarter == 4 {
				y++
			}
		} else if q > ctx.Quarter && ctx.Quarter > 0 && pastResultSaid(toks, s, e) {
			// "Our fourth-quarter revenues increased 5%" on a first-quarter
			// call: a quarter said of a result is the last one that ended
			y--
		}
		return y
	}
	add := func(i, j int, p period) {
		p.set = true
		out = append(out, pmention{i: i, j: j, p: p, yearGuessed: guessed})
	}
	for k := s; k < e; k++ {
		guessed = false
		t := toks[k]
		switch t.kind {
		case tWord:
			// Q2, Q2 2020, Q2 of 2019, H1
			if (t.low == "q" || t.low == "h") && k+1 < e && toks[k+1].kind == tNum && glued(toks, k+1) {
				v := toks[k+1].low
				if v == "1" || v == "2" || v == "3" || v == "4" {
					n := int(toks[k+1].num)
					if t.low == "h" && n > 2 {
						continue
					}
					st, end := k, k+2
					y, j, ok := yearAfter(toks, end, e, ctx)
					if ok {
						end = j
					} else if y2, st2, ok2 := yearBefore(toks, k, s, ctx); ok2 {
						y, st = y2, st2
					} else if t.low == "q" {
						y = defYear(n, 0)
					} else {
						y = defYear(0, n)
					}
					if t.low == "q" {
						add(st, end, period{year: y, q: n})
					} else {
						add(st, end, period{year: y, h: n})
					}
					k = end - 1
				}
				continue
			}
			if q, ok := ordinalOf(&t); ok {
				n := k + 1
				if isWord(toks, n, "fiscal") || isWord(toks, n, "calendar") {
					n++
				}
				n = pastHyphen(toks, n) // "third-quarter revenue", "second-half margin"
				isQ := isWord(toks, n, "quarter") || isWord(toks, n, "qtr")
				isH := isWord(toks, n, "half") && q <= 2
				if !isQ && !isH {
					continue
				}
				st, end := k, n+1
				if isQ && (isWord(toks, end, "ended") || isWord(toks, end, "ending")) {
					// "the second quarter ended June 30, 2020": the date gives the year
					if _, ok := isMonth(toks, end+1); ok && end+2 < e && toks[end+2].kind == tNum {
						if y, j, ok := yearNum(toks, end+4); ok && end+3 < e && toks[end+3].low == "," {
							add(st, j, period{year: y, q: q})
							k = j - 1
							continue
						}
					}
				}
				y, j, ok := yearAfter(toks, end, e, ctx)
				if ok {
					end = j
				} else if y2, st2, ok2 := yearBefore(toks, k, s, ctx); ok2 {
					y, st = y2, st2
				} else if isQ {
					y = defYear(q, 0)
				} else {
					y = defYear(0, q)
				}
				if isQ {
					add(st, end, period{year: y, q: q})
				} else {
					add(st, end, period{year: y, h: q})
				}
				k = end - 1
				continue
			}
			switch t.low {
			case "back", "latter", "front":
				if isWord(toks, k+1, "half") {
					h := 2
					if t.low == "front" {
						h = 1
					}
					end := k + 2
					y, j, ok := yearAfter(toks, end, e, ctx)
					if ok {
						end = j
					} else {
						y = defYear(0, h)
					}
					add(k, end, period{year: y, h: h})
					k = end - 1
				}
			case "fy", "fiscal", "calendar", "full":
				def := defYear(0, 0)
				for m := len(out) - 1; m >= 0 && out[m].i >= s; m-- {
					if p, at := out[m].p, out[m].i; p.q == 0 && p.h == 0 && p.year != 0 && (at == s || isWord(toks, at-1, "for") || isWord(toks, at-1, "in")) {
						def = p.year // "For 2022, we reaffirm our full year guidance": that year's (not "compared to 2019")
						break
					}
				}
				if i, j, y, ok := yearNamed(toks, k, s, e, ctx, def); ok {
					p := period{year: y}
					if q := quarterOfFiscalYearAfterAmount(toks, k, j, s, out); q.isPart() && !fwd {
						p.q, p.h = q.q, q.h // "First quarter sales were $190.9 million in fiscal '21": the quarter of that year
					}
					add(i, j, p)
					k = j - 1
				}
			case "this", "current", "next", "last", "prior", "previous", "the", "same", "sequential", "linked", "coming", "a", "year":
				if p, j, ok := relPeriod(toks, k, e, ctx, call); ok {
					add(k, j, p)
					k = j - 1
				}
			case "for", "in", "during", "through", "of", "by", "at", "on":
				// bare year: "in 2019", "for 2021"; not "since 2015", a start, no figure's period
				n := k + 1
				if isWord(toks, n, "the") && isWord(toks, n+1, "year") && isWord(toks, n+2, "as") && isWord(toks, n+3, "a") && isWord(toks, n+4, "whole") {
					add(k, n+5, period{year: defYear(0, 0)}) // "looking at the year as a whole"
					k = n + 4
					continue
				}
				if t.low == "at" || t.low == "on" {
					continue
				}
				if isWord(toks, n, "the") && isWord(toks, n+1, "year") && !(n+2 < e && toks[n+2].kind == tNum) {
					if t.low == "for" {
						add(k, n+2, period{year: defYear(0, 0)})
						k = n + 1
					}
					continue
				}
				if y, j, ok := yearNum(toks, n); ok && toks[n].kind == tNum {
					if j < e && (isSym(toks, j, "-") || isSym(toks, j, "/")) && glued(toks, j) {
						continue
					}
					add(n, j, period{year: y})
					k = j - 1
				}
			default:
				if mo, ok := isMonth(toks, k); ok && k+1 < e && toks[k+1].kind == tNum && toks[k+1].num >= 1 && toks[k+1].num <= 31 && len(toks[k+1].low) <= 2 &&
					!paymentDate(toks, k, s) {
					end := k + 2
					y := ctx.Year
					if end < e && toks[end].low == "," {
						if yy, j, ok := yearNum(toks, end+1); ok {
							y, end = yy, j
						}
					} else if yy, j, ok := yearNum(toks, end); ok {
						y, end = yy, j
					}
					if (isWord(toks, k-1, "ending") || isWord(toks, k-1, "ended")) && isWord(toks, k-2, "year") {
						add(k, end, period{year: y}) // "the full fiscal year ending December 31, 2020": the year, not its last quarter
					} else {
						add(k, end, period{year: y, q: (mo-1)/3 + 1})
					}
					k = end - 1
				}
			}
		case tNum:
			// "2Q", "1H"
			if k+1 < e && toks[k+1].kind == tWord && glued(toks, k+1) && (toks[k+1].low == "q" || toks[k+1].low == "h") {
				n := int(toks[k].num) // the number of "2Q", not of its letter
				if toks[k+1].low == "q" && n >= 1 && n <= 4 || toks[k+1].low == "h" && (n == 1 || n == 2) && toks[k].low == strconv.Itoa(n) {
					end := k + 2
					y, j, ok := yearAfter(toks, end, e, ctx)
					if ok {
						end = j
					}
					if toks[k+1].low == "q" {
						if !ok {
							y = defYear(n, 0)
						}
						add(k, end, period{year: y, q: n})
					} else {
						if !ok {
							y = defYear(0, n)
						}
						add(k, end, period{year: y, h: n})
					}
					k = end - 1
				}
			} else if y, j, ok := yearNum(toks, k); ok && planNamedAt(toks, j, e) {
				add(k, j, period{year: y}) // "our updated 2021 guidance", "2022 core FFO per share guidance"
				k = j - 1
			} else if k == s {
				if y, j, ok := yearNum(toks, k); ok && (j >= e || toks[j].kind != tWord || !glued(toks, j)) && (j < e && (toks[j].low == "," || isWord(toks, j, "revenue") || isWord(toks, j, "guidance") || isWord(toks, j, "outlook"))) {
					add(k, j, period{year: y})
					k = j - 1
				}
			}
		}
	}
	return thisYearsQuarter(toks, out, call, fwd)
}

// thisYearsQuarter reads "this year" as the call's quarter in a result
// that names a quarter: "a loss per share of $0.32 this year versus
// income of $1.86 in the prior year" said of the third quarter.
func thisYearsQuarter(toks []token, out []pmention, call period, fwd bool) []pmention {
	if fwd || !call.set || call.q == 0 {
		return out
	}
	named := false
	for _, pm := range out {
		if pm.p.q > 0 {
			named = true // "this year compared with $0.66 in the first quarter a year ago"
		}
	}
	if !named {
		return out
	}
	for i, pm := range out {
		if pm.p.q == 0 && pm.p.h == 0 && pm.p.year == call.year && pm.j-pm.i == 2 && isWord(toks, pm.i, "this") && isWord(toks, pm.i+1, "year") {
			out[i].p = call
		}
	}
	return out
}

// relPeriod reads relative periods: "last quarter", "the prior year",
// "a year ago", "this year", "the year-ago quarter", "same quarter last year".
func relPeriod(toks []token, k, e int, ctx Context, call period) (period, int, bool) {
	w := toks[k].low
	n := k
	if w == "the" || w == "same" {
		n++
		if isWord(toks, n, "same") {
			n++
		}
		if n >= e {
			return period{}, k, false
		}
		w = toks[n].low
		if w == "same" {
			return period{}, k, false
		}
	}
	if !call.set {
		return period{}, k, false
	}
	// "year ago quarter", "year-ago period", "a year ago"
	if w == "a" && isWord(toks, n+1, "year") && isWord(toks, n+2, "ago") {
		return yearAgo(call), n + 3, true
	}
	if w == "year" {
		m := n + 1
		if isSym(toks, m, "-") {
			m++
		}
		if isWord(toks, m, "ago") {
			m++
			if isWord(toks, m, "quarter") || isWord(toks, m, "period") {
				m++
			}
			return yearAgo(call), m, true
		}
		return period{}, k, false
	}
	m := n + 1
	if isSym(toks, m, "-") {
		m++
	}
	switch w {
	case "this", "current":
		if isWord(toks, m, "quarter") && call.q > 0 {
			return call, m + 1, true
		}
		if (isWord(toks, m, "year") || isWord(toks, m, "year's")) && (isWord(toks, m+1, "quarter") || isWord(toks, m+1, "period")) && call.q > 0 {
			return call, m + 2, true // "in the current year quarter"
		}
		if isWord(toks, m, "year") {
			return period{year: call.year, set: true}, m + 1, true
		}
	case "quarter":
		if n > k && toks[k].low == "the" && call.q > 0 && !isWord(toks, m, "ended") && !isWord(toks, m, "ending") {
			return call, m, true
		}
	case "next", "coming":
		if isWord(toks, m, "quarter") && call.q > 0 {
			return call.nextQuarter(), m + 1, true
		}
		if isWord(toks, m, "year") {
			return period{year: call.year + 1, set: true}, m + 1, true
		}
	case "last", "prior", "previous", "sequential", "linked":
		if isWord(toks, m, "quarter") && isWord(toks, m+1, "basis") {
			return period{}, k, false // "on a linked-quarter basis" names how a change is measured
		}
		if isWord(toks, m, "quarter") && call.q > 0 {
			return call.prevQuarter(), m + 1, true
		}
		if (isWord(toks, m, "year") || isWord(toks, m, "year's")) && w != "sequential" && w != "linked" {
			m++
			if isWord(toks, m, "quarter") || isWord(toks, m, "period") {
				m++
			}
			return yearAgo(call), m, true
		}
	}
	return period{}, k, false
}

// planNamedAt reports a plan noun ("guidance", "outlook") among the words
// at k, before any number or punctuation: the year before it is the plan's.
func planNamedAt(toks []token, k, e int) bool {
	for n := k; n < e && n < k+7; n++ {
		if toks[n].kind != tWord {
			return false
		}
		switch toks[n].low {
		case "guidance", "outlook", "forecast", "budget", "plan", "targets":
			return true
		}
	}
	return false
}

// paymentDate reports a date said as when something is paid or recorded
// ("payable on December 15", "to holders of record on March 1", "effective
// with the April 1 dividend"): the day of a payment, not the period a
// figure is for.
func paymentDate(toks []token, k, s int) bool {
	for n := k - 1; n >= s && n >= k-3; n-- {
		switch toks[n].low {
		case "payable", "paid", "record", "payment", "distributed", "effective":
			return true
		}
	}
	return false
}

// yearNamed reads a fiscal or full year at k ("fiscal 2021", "FY21",
// "full-year 2020", "our 2022 full-year", "the fiscal year" = def) as
// tokens [i, j); not "fiscal 2021 third quarter", whose quarter reads the
// year before it.
func yearNamed(toks []token, k, s, e int, ctx Context, def int) (int, int, int, bool) {
	t := toks[k]
	n := k + 1
	if isSym(toks, n, "-") && glued(toks, n) {
		n++ // full-year
	}
	if t.low == "fy" {
		if y, j, ok := yearNum(toks, k); ok {
			return k, j, y, true
		}
	}
	if t.low == "full" && !isWord(toks, n, "year") {
		return 0, 0, 0, false
	}
	if t.low == "full" && k-1 >= s {
		if y, j, ok := yearNum(toks, k-1); ok && j == k {
			return k - 1, n + 1, y, true // "our 2022 full-year adjusted earnings"
		}
	}
	if isWord(toks, n, "year") {
		n++
	}
	if y, ok := shortFiscalYear(toks, n); t.low == "fiscal" && ok && !quarterNamedAt(toks, n+1, e) {
		return k, n + 1, y, true
	}
	y, j, ok := yearAfter(toks, n, e, ctx)
	if ok && quarterNamedAt(toks, j, e) {
		return 0, 0, 0, false
	}
	if ok {
		return k, j, y, true
	}
	if isWord(toks, n-1, "year") || t.low == "fy" { // "fiscal year", "full year" without a number
		return k, n, def, true
	}
	return 0, 0, 0, false
}

// quarterOfFiscalYearAfterAmount is the quarter or half the sentence
// named (year not said) when "in fiscal 2021" or "in fiscal '21" [k, j)
// follows an amount: the year is the quarter's, not a full year's
// ("First quarter sales decreased 29.3% to $190.9 million in fiscal '21
// from $270.2 million in fiscal '20"). A bare "fiscal" and year only: "in
// fiscal year 2021" and "in full fiscal 2021" name the year.
func quarterOfFiscalYearAfterAmount(toks []token, k, j, s int, said []pmention) period {
	if toks[k].low != "fiscal" || isWord(toks, k+1, "year") || j > k+3 || !isWord(toks, k-1, "in") || k-2 < s || isWord(toks, k-2, "year") {
		return period{}
	}
	if a := toks[k-2]; a.kind != tNum && !(a.kind == tSym && a.low == "%") && scaleWords[a.low] == 0 {
		return period{} // not right after an amount
	}
	var part period
	for _, m := range said {
		if m.i < s || !m.p.isPart() {
			continue
		}
		if !m.yearGuessed || part.isPart() && (m.p.q != part.q || m.p.h != part.h) {
			return period{} // a year said with it, or two parts named
		}
		part = m.p
	}
	return part
}

// quarterNamedAt reports a quarter or half named at k: "third quarter", "Q3".
func quarterNamedAt(toks []token, k, e int) bool {
	if k >= e || toks[k].kind != tWord {
		return false
	}
	if _, ok := ordinalOf(&toks[k]); ok {
		n := pastHyphen(toks, k+1)
		return isWord(toks, n, "quarter") || isWord(toks, n, "half") || isWord(toks, n, "qtr")
	}
	return (toks[k].low == "q" || toks[k].low == "h") && k+1 < e && toks[k+1].kind == tNum && glued(toks, k+1)
}

func yearAgo(call period) period {
	p := call
	p.year--
	return p
}

// pastResultWords say that a sentence reports what has happened: the
// verbs that state a result (resultVerbs), of a change, and "was".
var pastResultWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range append([]string{"was", "were", "increased", "decreased", "grew", "rose", "fell", "declined", "improved", "totaled"}, resultVerbs...) {
		m[w] = true
	}
	return m
}()

// pastResultSaid reports a sentence that tells a result in the past tense,
// not a decision taken now for a later period ("the board approved our
// third quarter dividend").
func pastResultSaid(toks []token, s, e int) bool {
	if declaredSaid(toks, s, e) {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].kind == tWord && pastResultWords[toks[k].low] {
			return true
		}
	}
	return false
}

// pastHyphen steps over a hyphen glued to the words on both sides of it at
// k ("third-quarter"), so a compound reads as its two words.
func pastHyphen(toks []token, k int) int {
	if isSym(toks, k, "-") && glued(toks, k) && glued(toks, k+1) {
		return k + 1
	}
	return k
}
