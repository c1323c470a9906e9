package transcript

import (
	"regexp"
	"slices"
	"strings"

	"callsite/internal/text"
)

var (
	// comparisonRe marks a sentence that names other periods than the
	// call's: "compared to the third quarter of 2020".
	comparisonRe = text.MustCue(`(?i)\b(?:compared|comparison|versus|vs\.?|prior|last\s+year|a\s+year\s+ago|year[- ]ago|same\s+(?:period|quarter)|previous|sequential(?:ly)?|from\s+the|over\s+the|since|through|until|up\s+from|down\s+from|from\s+(?:full|fiscal|q[1-4]|(?:19|20)\d\d)|relative\s+to|back\s+in|in\s+line\s+with|than|comparable|recall|last|as\s+(?:stated|discussed|mentioned|noted|said|reported|announced)\s+(?:in|on|during|at))\b`)
	// forwardLooking marks a sentence that looks ahead: "during the first
	// quarter of 2021 we expect" names another period than the call's.
	// filingRe marks a sentence about a filing, whose dates are the
	// filing's ("our annual report on Form 10-K for the year ended
	// December 31, 2019"), not the call's.
	filingRe       = text.MustCue(`(?i)\b(?:10-[kq]|form|annual\s+report|filed|filing|filings|sec)\b`)
	forwardLooking = text.MustCue(`(?i)\b(?:expect|expects|expected|anticipate|will|would|guidance|outlook|forecast|plan|plans|intend|next|going forward|should|could|may|might|hope|target)\b`)
)

// callPeriod reads the fiscal quarter a call reports on from its opening
// paragraphs, falling back to the whole call:
//
//  1. the first sentence of the opening that says what the call is about
//     and names a quarter with its year ("welcome to Acme's fourth quarter
//     and full year 2021 earnings call") — FromText;
//  2. a quarter said there without its year ("welcome to the fourth
//     quarter earnings call"), the year from the same sentence's full year
//     ("fourth quarter and 2019 fiscal year results") or from the call's
//     comparisons ("up from the fourth quarter of 2019" makes it 2020) —
//     FromInferred;
//  3. the quarter mentioned most in the call's reporting sentences —
//     FromText, with the number of mentions.
func callPeriod(opening []string, t *Transcript) (text.Period, string, int) {
	quarter, fiscal := 0, 0
	for _, p := range opening {
		p = normText(p)
		for _, sp := range text.Sentences(p) {
			s := p[sp.Start:sp.End]
			ahead, comp := len(s), len(s) // where the sentence looks ahead, compares
			if loc := statementAheadRe.FindStringIndex(s); loc != nil {
				ahead = loc[0]
			}
			if loc := comparisonRe.FindStringIndex(s); loc != nil {
				comp = loc[0]
			}
			ms := text.FindPeriods(s)
			welcome := len(s)
			if loc := welcomeAfterRe.FindStringIndex(s); loc != nil {
				welcome = loc[0]
			}
			for _, m := range ms {
				if m.Start > comp || m.Start > ahead || futureEventRe.MatchString(s) && welcome > m.Start {
					break // a comparison, guidance, or the next call ("will be released")
				}
				if !aboutTheCall(s, m) && welcome > m.Start || ahead < len(s) && ahead-m.End < 50 && welcome > m.Start {
					continue // "third quarter 2021 earnings per share guidance"
				}
				if m.Year > 0 && !plausibleYear(m.Year, t) {
					continue // "the third quarter 2011 results" in a call of 2021
				}
				switch {
				case m.Kind == text.Quarter && m.Year > 0:
					return m.Period, FromText, 0
				case m.Kind == text.Quarter && (quarter == 0 || quarter == m.N):
					quarter = m.N
					if y := yearInSentence(s[:min(ahead, comp)], m, ms); y > 0 {
						return text.Period{Kind: text.Quarter, N: quarter, Year: y}, FromInferred, 0
					}
				case m.Kind == text.FullYear && m.Year > 0 && fiscal == 0:
					fiscal = m.Year // "our fiscal 2021 results"
				}
			}
			if loc := yearEndRe.FindStringSubmatchIndex(s); loc != nil && fiscal == 0 && loc[0] < ahead && loc[0] < comp && callAfterRe.MatchString(s[loc[1]:]) {
				fiscal = text.Year(s[loc[2]:loc[3]]) // "the year-end 2019 conference call"
			}
			if fiscal == 0 && saysWelcome(s) {
				// "Welcome to the Quarter 2021 Acme Trust Earnings Conference Call": a
				// year said right before the call's words, its quarter word garbled
				for _, loc := range bareYearRe.FindAllStringSubmatchIndex(s, -1) {
					if halfYearBefore(s[:loc[0]]) {
						break // "Half Year 2020 Results": a half's call, not the year's (no quarter to give it)
					}
					if loc[0] < ahead && loc[0] < comp && strings.Contains(strings.ToLower(s[:loc[0]]), "welcome") && welcomeCallRe.MatchString(s[loc[1]:]) {
						if y := text.Year(s[loc[2]:loc[3]]); plausibleYear(y, t) {
							fiscal = y
							break
						}
					}
				}
			}
		}
	}
	switch {
	case quarter > 0 && fiscal > 0:
		// "our fiscal 2021 results" and "the second quarter"
		return text.Period{Kind: text.Quarter, N: quarter, Year: fiscal}, FromInferred, 0
	case quarter > 0:
		if y, votes := yearOfQuarter(quarter, t); y > 0 {
			t.hints.years = votes
			return text.Period{Kind: text.Quarter, N: quarter, Year: y}, FromInferred, 0
		}
	case fiscal > 0:
		// A call about a whole (fiscal) year is its fourth quarter's.
		return text.Period{Kind: text.Quarter, N: 4, Year: fiscal}, FromInferred, 0
	}
	p, votes := votePeriod(quarter, reportedQuarters(t))
	return p, FromText, votes
}

var (
	// callAfterRe: a period the call is about is followed by the call's
	// words ("third quarter 2021 earnings call", "Q4 results").
	callAfterRe = regexp.MustCompile(`(?i)^[\s'’:-]*(?:[\w'&.-]+\s+){0,5}?(?:earnings|results|call|conference|webcast|teleconference|report|release|financials)\b`)
	// callBeforeRe: ... or preceded by them ("results of Acme Inc. for the
	// third quarter", "the earnings call for our fourth quarter").
	callBeforeRe = regexp.MustCompile(`(?i)\b(?:earnings|results|call|conference|webcast|teleconference|reported|report|discuss|review)\b(?:\s+\S+){0,3}?\s+(?:for|of|on|covering)\s+(?:the\s+|our\s+)?(?:fiscal\s+)?$`)
	// futureEventRe: a sentence about a later call or release.
	futureEventRe = regexp.MustCompile(`(?i)\b(?:will\s+be\s+(?:released|held|reported|announced)|will\s+(?:release|report|announce|host)|upcoming|scheduled|next\s+(?:call|quarter's))\b`)
	// statementAheadRe: where a sentence starts to speak of later periods.
	statementAheadRe = text.MustCue(`(?i)\b(?:expect|expects|expected|anticipate|guidance|outlook|forecast|next|going forward|target|will be|upcoming|scheduled)\b`)
)

// halfYearWords are the words that name a half year as a reporting
// period: "half year", "interim", "semi-annual", "six-month period".
const halfYearWords = `half[- ]?year|interim|semi[- ]annual|six[- ]months?(?:\s+period)?`

var (
	// halfCallRe finds a half year named as what a call reports: "Kuehne +
	// Nagel's Half Year 2020 Results conference call", "this earnings call
	// covers the six-month period to the 30th of April 2020", "our interim
	// results". Group 1 is the year when said right after.
	halfCallRe = text.MustCue(`(?i)\b(?:` + halfYearWords + `)\s*((?:19|20)\d\d)?\b`)
	// halfBeforeRe: a half said at the end of a text, right before a year.
	halfBeforeRe = regexp.MustCompile(`(?i)\b(?:` + halfYearWords + `|half)\s*$`)
)

// halfOfCall reports a call that reports a half year rather than a quarter
// (many European and Australian companies do): a sentence of its opening
// names a half year with the call's words ("results", "conference call",
// "this call covers") and names no quarter, since "our quarterly and first
// half results" is a quarter's call. It returns the half (an interim or
// six-month period is the first half) and the year said with it, if any.
func halfOfCall(opening []string) (half, year int) {
	for _, p := range opening {
		p = normText(p)
		if !halfCallRe.MatchString(p) {
			continue // most paragraphs: no sentences to split
		}
		for _, sp := range text.Sentences(p) {
			s := p[sp.Start:sp.End]
			loc := halfCallRe.FindStringSubmatchIndex(s)
			if loc == nil || forwardLooking.MatchString(s) {
				continue
			}
			if !callAfterRe.MatchString(s[loc[1]:]) && !callBeforeRe.MatchString(s[max(0, loc[0]-80):loc[0]]) && !callCoversRe.MatchString(s[:loc[0]]) {
				continue
			}
			if slices.ContainsFunc(text.FindPeriods(s), func(m text.PeriodMention) bool { return m.Kind == text.Quarter }) {
				return 0, 0 // "our second quarter and six months results": a quarter's call
			}
			if loc[2] >= 0 {
				year = text.Year(s[loc[2]:loc[3]])
			}
			return 1, year
		}
	}
	return 0, 0
}

// callCoversRe: "this earnings call covers the" right before a period.
var callCoversRe = regexp.MustCompile(`(?i)\bcall\s+(?:covers|is\s+about|reviews)\s+(?:the\s+|our\s+)?$`)

// halfYearBefore reports a half said right before a year ("Kuehne +
// Nagel's Half Year 2020 Results", "our half-year 2020", "interim
// 2020").
func halfYearBefore(s string) bool {
	return halfBeforeRe.MatchString(text.LastWords(s, 3))
}

// aboutTheCall reports whether the period mention m of sentence s names
// the period the call is about: the call's words follow or precede it.
func aboutTheCall(s string, m text.PeriodMention) bool {
	return callAfterRe.MatchString(s[m.End:]) || callBeforeRe.MatchString(s[max(0, m.Start-80):m.Start])
}

// saysWelcome reports whether s lower-cased holds "welcome", as the bare
// year's test reads it, without lower-casing s: no character but the
// ASCII capitals lower-cases to one of its letters. Most sentences do not,
// and their years are not looked for.
func saysWelcome(s string) bool {
	const word = "welcome"
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == 'w' && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

var (
	yearEndRe  = text.MustCue(`(?i)\byear[- ]end(?:ed)?\s+((?:19|20)\d\d)\b`)
	bareYearRe = regexp.MustCompile(`\b((?:19|20)\d\d)\b`)
	// welcomeCallRe: the call's own words after a year in a welcome ("2021
	// Acme Trust Earnings Conference Call"), not a report's ("2020 Annual
	// Report on Form 10-K").
	welcomeCallRe = regexp.MustCompile(`(?i)^[\s'’:-]*(?:[\w'&.-]+\s+){0,5}?(?:earnings|conference|call|webcast|teleconference)\b`)
)

// yearInSentence is the year of a quarter said without one, from the
// sentence that said it: the date it ended ("the third quarter ended
// September 30, 2021"), the year of a longer period said with it, or the
// one year the sentence names ("third quarter results for 2020").
func yearInSentence(s string, q text.PeriodMention, ms []text.PeriodMention) int {
	if q.EndYear > 0 {
		return q.EndYear
	}
	// Only close after the quarter: "the fourth quarter and full-year
	// results ... and some perspective on fiscal year 2021" names the next
	// year.
	near := s[q.End:min(len(s), q.End+40)]
	for _, m := range ms {
		if m.Year > 0 && m.Start >= q.End && m.End <= q.End+len(near) {
			return m.Year
		}
	}
	y := 0
	for _, n := range text.BareYears(near) {
		if y != 0 && n != y {
			return 0
		}
		y = n
	}
	return y
}

// yearOfQuarter infers the year of the call's quarter q from what
// management says, in this order: the quarter said with a year in a
// sentence that reports ("in the fourth quarter of 2021, revenue ...") or
// the day it ended ("total assets at December 31, 2020", when the
// company's quarters are the calendar's); a
// full or fiscal year said in one ("for the full year 2021, we ..."); the
// next quarter's outlook ("our outlook for the third quarter of 2021" on a
// second quarter's call); the quarter said with a year in a comparison
// ("compared to the fourth quarter of 2020"), a year before the call's. A
// quarter said as a base a result is a share of ("48% of second quarter
// 2019 ASMs") is no evidence. On a fourth quarter's call a full year
// said looking ahead ("our outlook on fiscal year 2021") is the year
// after the call's, and outweighs the plain mentions of that year. Within
// a tier the year most
// mentions support wins, the later one on a tie.
//
// It also returns every year with any support, for finishMeta to weigh a
// file name's year against.
func yearOfQuarter(q int, t *Transcript) (int, map[int]bool) {
	var current, fiscal, next, compared map[int]int = map[int]int{}, map[int]int{}, map[int]int{}, map[int]int{}
	filed := map[int]int{}     // the year after the last annual report, by the call's mentions of it
	yearAfter := map[int]int{} // full years a fourth quarter's call looks ahead to
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			if tu.Speaker != nil && (tu.Speaker.Role == RoleAnalyst || tu.Speaker.Role == RoleOperator) {
				continue
			}
			for _, p := range tu.Paragraphs {
				for _, sp := range text.Sentences(p.Text) {
					sent := p.Text[sp.Start:sp.End]
					ms, ds := text.FindPeriods(sent), text.FindDates(sent)
					if len(ms) == 0 && len(ds) == 0 {
						continue
					}
					// A mention after "compared to", "up from", ... is an
					// earlier period than the call's; one after "expect"
					// a later one.
					comp, ahead := len(sent), len(sent)
					if loc := comparisonRe.FindStringIndex(sent); loc != nil {
						comp = loc[0]
					}
					if loc := forwardLooking.FindStringIndex(sent); loc != nil {
						ahead = loc[0]
					}
					for _, m := range ms {
						if m.Year > 0 && ahead < len(sent) && m.Kind == text.Quarter && m.N == q%4+1 && m.Start < comp && !measuredAgainst(sent, m) {
							// (not a base: "from the annualized fourth-quarter 2020 level")
							// "the following outlook for the third quarter of
							// 2021" on a second quarter's call: the next quarter
							y := m.Year
							if q == 4 {
								y-- // the first quarter after a fourth: a year on
							}
							next[y]++
							continue
						}
						if q == 4 && m.Kind == text.FullYear && m.Year > 0 && ahead < len(sent) && m.Start < comp && !measuredAgainst(sent, m) {
							// "our outlook on fiscal year 2021" on a fourth
							// quarter's call: the year after the call's
							yearAfter[m.Year]++
							continue
						}
						if m.Year == 0 || m.Start > ahead || measuredAgainst(sent, m) {
							continue // (a base said as a share says nothing of how long ago it was)
						}
						switch {
						case m.Kind == text.FullYear && m.Start < comp && ahead == len(sent):
							// "For full year 2025, we expect ..." is guidance
							fiscal[m.Year]++
						case m.Kind != text.Quarter || m.N != q:
						case m.Start > comp:
							compared[m.Year+1]++
						default:
							current[m.Year]++
						}
					}
					// "Total assets at December 31, 2020" on a fourth
					// quarter's call: the day the quarter ended, if the
					// company's quarters are the calendar's (a fiscal year
					// that is not ends its quarters in other months).
					for _, d := range ds {
						if annualFilingRe.MatchString(sent) && yearEndedBefore(sent[:d.Start]) {
							// "our 10-K for the year ended December 31, 2019":
							// the last annual report filed, so the call's
							// fiscal year is the one after it (a fourth
							// quarter's call comes before its own report)
							filed[d.Year+1]++
						}
						if d.Month != 3*q || d.Day < 24 || d.Start > ahead || filingRe.MatchString(sent) {
							continue // (a 10-K "for the year ended December 31, 2019" is the last one filed)
						}
						if d.Start > comp {
							compared[d.Year+1]++
						} else {
							current[d.Year]++
						}
					}
				}
			}
		}
	}
	for y, n := range yearAfter {
		if n > fiscal[y] {
			// "In fiscal year 2021, we have committed to ..." said among
			// more sentences that look ahead to it: the next year's plans
			delete(fiscal, y)
		}
		next[y-1] += n
	}
	any := map[int]bool{}
	found := 0
	for _, votes := range []map[int]int{current, fiscal, next, compared, filed} {
		best := 0
		for y, n := range votes {
			any[y] = true
			if n > votes[best] || n == votes[best] && y > best {
				best = y
			}
		}
		if found == 0 {
			found = best
		}
	}
	return found, any
}

// annualFilingRe: a sentence that names the annual report.
var annualFilingRe = text.MustCue(`(?i)\b(?:10-?k|annual\s+report)\b`)

// yearEndedBefore reports "year ended" (or "ending") right before a date:
// the fiscal year an annual report covers.
func yearEndedBefore(s string) bool {
	w := strings.ToLower(text.LastWords(s, 3))
	return strings.Contains(w, "year ended") || strings.Contains(w, "year ending")
}

// measuredAgainst reports a period said as the base a result is measured
// against: "we reached 48% of second quarter 2019 ASMs", "revenues at 58%
// of Q3 2019 levels" (a year of a pandemic measured against the last
// normal one), not the call's own.
func measuredAgainst(sent string, m text.PeriodMention) bool {
	before := strings.ToLower(sent[max(0, m.Start-60):m.Start])
	if strings.Contains(before, "% of") || strings.Contains(before, "percent of") {
		return true
	}
	after := strings.Fields(strings.ToLower(sent[m.End:min(len(sent), m.End+30)]))
	return len(after) > 0 && strings.HasPrefix(after[0], "level") || len(after) > 1 && strings.HasPrefix(after[1], "level")
}

// plausibleYear reports whether a year stated for the call is said again
// or within a year of the year the call mentions most: a speech-to-text
// slip ("third quarter 2010" once in a call of 2020) is not. A call that
// says no year three times has no year to go by.
//
// A year said twice is plausible whatever the call says most: the count
// stops there (most calls say their year in the first paragraphs), and its
// partial counts are not kept.
func plausibleYear(y int, t *Transcript) bool {
	if t.hints.commonYear == 0 {
		counts := map[int]int{}
		for _, p := range t.allText() {
			for _, x := range text.BareYears(p) {
				counts[x]++
				if x == y && counts[x] == 2 {
					return true
				}
			}
		}
		best := -1
		for y, n := range counts {
			if best < 0 || n > counts[best] || n == counts[best] && y > best {
				best = y
			}
		}
		t.hints.yearCounts = counts
		t.hints.commonYear = max(best, -1)
		if best <= 0 {
			t.hints.commonYear = -1
		}
	}
	c := t.hints.commonYear
	return c < 0 || t.hints.yearCounts[c] < 3 || y >= c-1 && y <= c+1 || t.hints.yearCounts[y] >= 2
}

// reportedQuarters lists the quarters with their year that a call's
// reporting sentences (those that do not look ahead) name, in order. The
// sentence's periods are read first: few sentences name a quarter and a
// year, and only those need the test for looking ahead.
func reportedQuarters(t *Transcript) []text.Period {
	var out []text.Period
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				for _, sp := range text.Sentences(p.Text) {
					sent := p.Text[sp.Start:sp.End]
					tested := false
					for _, m := range text.FindPeriods(sent) {
						if m.Kind != text.Quarter || m.Year == 0 {
							continue
						}
						if !tested && forwardLooking.MatchString(sent) {
							break
						}
						tested = true
						out = append(out, m.Period)
					}
				}
			}
		}
	}
	return out
}

// votePeriod finds the fiscal period of a call that does not say it up
// front: the quarter with a year mentioned most often in its reporting
// sentences (quarters, from reportedQuarters), or a later one mentioned at
// least half as often (a call compares its quarter with earlier ones, so
// the latest well-attested period is the call's own). quarter, when not 0,
// is the quarter the opening named. It returns the period and its
// mentions.
func votePeriod(quarter int, quarters []text.Period) (text.Period, int) {
	type period struct{ y, q int }
	votes := map[period]int{}
	var order []period
	for _, m := range quarters {
		p := period{m.Year, m.N}
		if votes[p] == 0 {
			order = append(order, p)
		}
		votes[p]++
	}
	most := 0
	for _, p := range order {
		if quarter > 0 && p.q != quarter {
			continue
		}
		most = max(most, votes[p])
	}
	best := period{}
	for _, p := range order {
		if quarter > 0 && p.q != quarter {
			continue
		}
		if 2*votes[p] >= most && (p.y > best.y || p.y == best.y && p.q > best.q) {
			best = p
		}
	}
	if best.y == 0 {
		return text.Period{}, 0
	}
	return text.Period{Kind: text.Quarter, N: best.q, Year: best.y}, votes[best]
}
