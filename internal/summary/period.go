package summary

import (
	"strings"

	"callsite/internal/text"
	"callsite/internal/transcript"
)

// This file gives a guidance figure the period figures left unsaid, from
// the periods named before it (text.FindPeriods, the one period reader),
// and orders periods.

// inferPeriod finds the period a guidance figure speaks of: the first
// period still ahead named after it in its sentence, else the last one
// named before it in its paragraph, else in the turn's three paragraphs
// before (nearest first, passing over points in time such as "by the end
// of the second quarter"); else, when its sentence speaks of a year ("full
// year", "annual", "fiscal"), the call's fiscal year (the next one on a
// fourth-quarter call); else none.
//
// seen remembers what the previous paragraphs gave, which a turn's
// guidance figures ask for again and again.
func inferPeriod(before, after string, prev []string, m transcript.Meta, seen map[string]string) string {
	if m.Year == 0 {
		return ""
	}
	if text.SaysPlanYear(strings.ToLower(lastSentenceOf(before) + after)) {
		return "" // "free cash flow of more than $600 million annually by year three": years out
	}
	if p := aheadIn(after, m, false, false); p != "" {
		return p
	}
	if p := aheadIn(before, m, true, false); p != "" {
		return p
	}
	if containsAny(strings.ToLower(before), "targeting", "our target", "a target", "we target", "aspire", "ambition") {
		return "" // a target whose own paragraph names no period before it is most often a long-term one
	}
	for i := len(prev) - 1; i >= 0 && i >= len(prev)-3; i-- {
		p, ok := seen[prev[i]]
		if !ok {
			p = aheadIn(prev[i], m, true, true)
			seen[prev[i]] = p
		}
		if p != "" {
			return p
		}
	}
	if !containsAny(strings.ToLower(before+after), "year", "annual", "fiscal", "full", "fy") {
		return "" // no period said anywhere near: no default year (precision first)
	}
	return ahead(text.Period{Kind: text.FullYear}, m)
}

// aheadIn is the first (or last) period named in s that is not over yet
// for a call of period m, as a label ("Q3 2021", "FY 2022"). In another
// paragraph than the figure's (away), a period said as a point in time
// ("by the end of the second quarter") is passed over.
func aheadIn(s string, m transcript.Meta, last, away bool) string {
	best, at := "", -1
	better := func(p string, start int) bool {
		return p != "" && (at < 0 || last && start > at || !last && start < at)
	}
	ps, ys := text.FindPeriodsAndYears(s)
	for i, pm := range ps {
		if pm.Kind == text.Half {
			continue // "the second half" said near an outlook is most often about the year's shape
		}
		if away && pm.Kind == text.Quarter && pm.Year == 0 && pm.N <= m.Quarter {
			continue // "lower rates driving Q1 outperformance" in a paragraph before: this year's past quarter
		}
		for _, ym := range ys {
			if pm.Year == 0 && ym.Start >= pm.End && strings.TrimSpace(s[pm.End:ym.Start]) == "of" {
				// "the first quarter of this year": the quarter's year
				pm.Year, ps[i].End = ym.Year, ym.End
				if ym.Relative {
					pm.Year = m.Year + ym.Offset
				}
			}
		}
		if p := ahead(pm.Period, m); !(away && timing(s[:pm.Start])) && !sinceBefore(s[:pm.Start]) && better(p, pm.Start) {
			best, at = p, pm.Start
		}
	}
	for _, ym := range ys {
		if inside(ym, ps) {
			continue // the year of a quarter or half said with it
		}
		if p := ahead(yearPeriod(ym, m), m); !(away && timing(s[:ym.Start])) && better(p, ym.Start) {
			best, at = p, ym.Start
		}
	}
	return best
}

// timing reports a period said as a point in time rather than as the
// span an outlook covers: "by the end of the second quarter", "by late Q3
// 2020", "until 2023", "to continue into 2022".
func timing(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) > 3 {
		ws = ws[len(ws)-3:]
	}
	for i, w := range ws {
		w = strings.Trim(w, ",;:(")
		switch w {
		case "by", "late", "early", "until", "through", "into", "mid", "before", "after": // ("since": sinceBefore, in any paragraph)
			return true
		case "end":
			return i+1 < len(ws) && ws[i+1] == "of"
		}
	}
	return false
}

// sinceBefore reports a period said after "since" ("Since our call in
// January, we've raised"): a past point, in any paragraph.
func sinceBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		if w := strings.Trim(ws[k], ",;:("); w == "since" {
			return true
		} else if strings.ContainsAny(ws[k], ",;.") {
			return false
		}
	}
	return false
}

// inside reports a year said within a period mention ("the third quarter of 2021").
func inside(y text.YearMention, ps []text.PeriodMention) bool {
	for _, p := range ps {
		if y.Start >= p.Start && y.End <= p.End {
			return true
		}
	}
	return false
}

// yearPeriod is the full year a year mention names on a call of period m:
// "this year" and "annual" are the next fiscal year on a fourth-quarter
// call.
func yearPeriod(y text.YearMention, m transcript.Meta) text.Period {
	if !y.Relative {
		return text.Period{Kind: text.FullYear, Year: y.Year}
	}
	yr := m.Year + y.Offset
	if y.Offset == 0 && m.Quarter == 4 {
		yr++
	}
	return text.Period{Kind: text.FullYear, Year: yr}
}

// ahead labels a period said on a call of period m when it is not over
// yet, or gives "". A quarter, half or year said without its year is the
// next such period: on a Q3 call "the first quarter" is next year's and
// "the third quarter" is the one just reported (not ahead); "the full
// year" is this year's, next year's on a Q4 call.
func ahead(p text.Period, m transcript.Meta) string {
	y := p.Year
	switch p.Kind {
	case text.Quarter, text.Half:
		last := p.N // the call's quarter that ends the period
		if p.Kind == text.Half {
			last = 2 * p.N
		}
		if y == 0 {
			y = m.Year
			if m.Quarter > 0 && last < m.Quarter {
				y++
			}
		}
		if y < m.Year || y == m.Year && m.Quarter > 0 && last <= m.Quarter {
			return ""
		}
	case text.FullYear:
		if y == 0 {
			y = m.Year
			if m.Quarter == 4 {
				y++
			}
		}
		if y < m.Year || y == m.Year && m.Quarter == 4 {
			return ""
		}
	default:
		return ""
	}
	return text.Period{Kind: p.Kind, N: p.N, Year: y}.String()
}

// periodOf reads a period label ("Q3 2020", "FY 2020", "H2 2020").
func periodOf(label string) text.Period {
	if ps := text.FindPeriods(label); len(ps) > 0 {
		return ps[0].Period
	}
	return text.Period{}
}

// periodYear is the year of a period label, 0 when it has none.
func periodYear(label string) int { return periodOf(label).Year }

// lastSentenceOf is the sentence of a paragraph's text that its end is in.
func lastSentenceOf(before string) string {
	if n := len(before); n > 0 {
		return before[text.SentenceAt(before, n-1, n).Start:]
	}
	return before
}
