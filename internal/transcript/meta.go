package transcript

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"callsite/internal/content"
	"callsite/internal/text"
)

// inferMeta fills in what the format and the text state: company
// candidates, ticker, period and date. finishMeta settles the company with
// the ticker list and the file name once the sidecar is applied.
func inferMeta(d *draft, t *Transcript) Meta {
	m := d.meta
	if m.Company != "" {
		m.CompanySource = FromHeader
	}
	if m.Year > 0 {
		m.PeriodSource = FromHeader
	}
	var head []string
	if d.title != "" {
		head = append(head, d.title)
	}
	for _, n := range d.notes {
		head = append(head, n.Text)
	}
	for _, s := range head {
		hadCompany, hadYear := m.Company != "", m.Year > 0
		fromTitleLine(&m, s)
		if !hadCompany && m.Company != "" {
			m.CompanySource = FromHeader
		}
		if !hadYear && m.Year > 0 {
			m.PeriodSource = FromHeader
		}
	}
	// The welcome, the host's introduction and the first results are in
	// the first few turns.
	var paras []string
	var ops []bool
	budget := 14
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				if budget == 0 {
					break
				}
				if holdMessage(p.Text) {
					continue // the line's hold loop before the call: no welcome in it
				}
				paras = append(paras, p.Text)
				ops = append(ops, tu.Speaker != nil && tu.Speaker.Role == RoleOperator)
				budget--
			}
		}
	}
	opening := append(append([]string(nil), head...), paras...)
	for _, s := range paras {
		fromTicker(&m, s) // "(NYSE: ACME)" said in a welcome
	}
	if m.Company == "" {
		hops := make([]bool, len(head))
		t.hints.companies = companyCandidates(append(append([]string(nil), head...), paras...), append(hops, ops...))
	}
	t.hints.opening = opening
	if m.Year == 0 || m.PeriodSource == FromHeader {
		// A half year's call: the header of a transcript service names it
		// by the quarter that ends the half ("Q2 2020"), or not at all.
		if h, y := halfOfCall(opening); h > 0 && (m.Quarter == 0 && m.Year == 0 || m.Quarter == 2*h) && (m.Year > 0 || y > 0) {
			if m.Year == 0 {
				m.Year, m.PeriodSource = y, FromText
			}
			m.Half, m.Quarter = h, 2*h
		}
	}
	if m.Year == 0 {
		p, src, votes := callPeriod(opening, t)
		if p.Year > 0 {
			m.Year, m.Quarter, m.PeriodSource = p.Year, p.N, src
			t.periodVotes = votes
		}
	}
	if m.Date == "" {
		// A date line in the header ("January 29, 2017 4:30 PM ET").
		for i, n := range d.notes {
			if i >= 6 {
				break
			}
			if len(n.Text) < 80 {
				if m.Date = findDate(n.Text); m.Date != "" {
					break
				}
			}
		}
	}
	m.Company = cleanCompany(m.Company)
	return m
}

var (
	// "American Express Company (NYSE:AXP) Q3 2018 Earnings Conference Call October 18, 2018"
	titleLineRe = regexp.MustCompile(`^(.+?)\s*\(\s*(?:([A-Za-z.]+)\s*:\s*)?([A-Z][A-Z0-9.\-]{0,9})\s*\)`)
	tickerRe    = regexp.MustCompile(`\(\s*(NYSE|NASDAQ|Nasdaq|NYSE American|NYSE MKT|AMEX|TSX|LSE|OTC|NasdaqGS|NasdaqGM|NasdaqCM|OTCQX|OTCQB|ASX)\s*:\s*([A-Z0-9.\-]{1,8})\s*\)`)
	dateRe      = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2}),\s*(\d{4})\b`)
)

var ordinalQuarter = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
	"q1": 1, "q2": 2, "q3": 3, "q4": 4,
}

var monthNum = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func fromTitleLine(m *Meta, s string) {
	if strings.IndexByte(s, '(') < 0 {
		return // a title line has "(ABC)"
	}
	if mm := titleLineRe.FindStringSubmatch(s); mm != nil {
		rest := s[len(mm[0]):]
		// "... (ABC) Q3 2018 Earnings Call", "(NYSE:ABC) Third-Quarter
		// FY2018 ...": the period right after the ticker.
		var period *text.PeriodMention
		if ps := text.FindPeriods(rest); len(ps) > 0 && ps[0].Kind == text.Quarter && strings.TrimSpace(rest[:ps[0].Start]) == "" {
			period = &ps[0]
		}
		if mm[2] == "" && period == nil {
			// "(ABC)" without an exchange is a title line only when a
			// quarter follows.
			goto ticker
		}
		if m.Company == "" {
			m.Company = strings.TrimSpace(mm[1])
		}
		if m.Exchange == "" {
			m.Exchange = strings.ToUpper(mm[2])
		}
		if m.Ticker == "" {
			m.Ticker = mm[3]
		}
		if period != nil && period.Year > 0 && m.Year == 0 {
			m.Year, m.Quarter = period.Year, period.N
		}
		if m.Title == "" {
			m.Title = s
		}
		if m.Date == "" {
			if period != nil {
				rest = rest[period.End:]
			}
			m.Date = findDate(rest)
		}
	}
ticker:
	fromTicker(m, s)
}

// fromTicker reads "(NYSE: ABC)" anywhere in s.
func fromTicker(m *Meta, s string) {
	if m.Ticker == "" {
		if mm := tickerRe.FindStringSubmatch(s); mm != nil {
			m.Exchange, m.Ticker = strings.ToUpper(mm[1]), mm[2]
		}
	}
}

func fullYear(s string) int {
	y, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	if y < 100 {
		y += 2000
	}
	if y < 1990 || y > 2100 {
		return 0
	}
	return y
}

// findDate returns the first "Month D, YYYY" in s as YYYY-MM-DD.
func findDate(s string) string {
	mm := dateRe.FindStringSubmatch(s)
	if mm == nil {
		return ""
	}
	mon := monthNum[strings.ToLower(mm[1][:3])]
	day, _ := strconv.Atoi(mm[2])
	year, _ := strconv.Atoi(mm[3])
	d := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, mon, day)
}

// companySuffixRe and companyLegalRe are anchored at the end alone, so an
// expression tries every place of a name; classEnds and legalEnds are the
// last words (lower case, without dots) they can end one with, and a name
// whose last word is none of them is spared them (endsMayMatch).
var (
	companySuffixRe = regexp.MustCompile(`(?i)(?:,?\s+(?:Cl(?:ass)?\.?\s+[A-C]|Class\s+[A-C]\s+(?:Shares|Common Stock)?|ADR|ADS|Sponsored ADR))+$`)
	companyLegalRe  = regexp.MustCompile(`(?i)(?:,?\s+(?:&\s+)?(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|L\.?P|LLC|PLC|N\.?V|S\.?A\.?B?(?:\s+de\s+C\.?V)?|S\.?A|AG|SE|ASA|Holdings? Corp|Intl|International Ltd)\.?)+$`)
	classEnds       = map[string]bool{"a": true, "b": true, "c": true, "shares": true, "stock": true, "adr": true, "ads": true}
	legalEnds       = map[string]bool{"inc": true, "incorporated": true, "corp": true, "corporation": true, "company": true, "co": true,
		"ltd": true, "limited": true, "lp": true, "llc": true, "plc": true, "nv": true, "sab": true, "sa": true, "cv": true,
		"ag": true, "se": true, "asa": true, "intl": true}
)

// dropEnd is re.ReplaceAllString(s, "") for an expression anchored at the
// end whose last words are ends: asked only when s may end with one.
func dropEnd(s string, re *regexp.Regexp, ends map[string]bool) string {
	if !endsMayMatch(s, ends) {
		return s
	}
	return re.ReplaceAllString(s, "")
}

// endsMayMatch reports whether s may end with a word of ends as a
// case-insensitive expression reads it: its last word (after the ASCII
// white space that is an expression's \s, trailing white space left out),
// without dots, lower-cased. A word with a character beyond ASCII may (the
// Kelvin sign and the long s fold to k and s); one longer than any of ends
// may not.
func endsMayMatch(s string, ends map[string]bool) bool {
	const space = " \t\n\f\r"
	s = strings.TrimRight(s, space)
	w := s[strings.LastIndexAny(s, space)+1:]
	var low [16]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return true
		case c == '.':
			continue
		case n == len(low):
			return false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		low[n] = c
		n++
	}
	return ends[string(low[:n])]
}

// cleanCompany makes the display name a company goes by: without a leading
// "The", a trailing "'s", a share class and legal suffixes ("Inc.",
// "Corporation", "Co.", "plc"), so that "The Boeing Co.", "Boeing Company"
// and "Boeing's" are all "Boeing" and share one Slug. Names that would be
// left empty stay as written.
func cleanCompany(s string) string {
	s = strings.TrimSpace(normText(s))
	orig := s
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	if strings.HasPrefix(s, "The ") && len(s) > 4 {
		s = s[4:]
	}
	for i := 0; i < 3; i++ {
		before := s
		s = strings.TrimSpace(dropEnd(s, companySuffixRe, classEnds))
		s = strings.TrimSpace(dropEnd(s, companyLegalRe, legalEnds))
		s = strings.TrimRight(s, ", ")
		if s == before {
			break
		}
	}
	if s == "" || len(Slug(s)) < 2 {
		return orig
	}
	return s
}

// fileNameRe reads the ticker and period that dataset file names carry:
// ABC_q3_2021.txt (ECTSum), BR_2025_Q4.txt (S&P 500), CT_AXP_2018_q3.txt.
var fileNameRe = regexp.MustCompile(`^(?:CT_)?([A-Z][A-Z0-9.\-]{0,7})_(?:[qQ]([1-4])_(\d{4})|(\d{4})_[qQ]([1-4]))$`)

// Warning kinds (Error.Kind) of the metadata.
const (
	WarnCompany   = "company"
	WarnTicker    = "ticker"
	WarnPeriod    = "period"
	WarnDate      = "date"
	WarnDuplicate = "duplicate" // a copy of a call set aside
	WarnClash     = "clash"     // two calls with one company and period
)

// MetaWarning reports the warnings about a file's own metadata, moot
// once the file is set aside as a copy of a call kept from another file.
func MetaWarning(e *Error) bool {
	switch e.Kind {
	case WarnCompany, WarnTicker, WarnPeriod, WarnDate:
		return true
	}
	return false
}

// formatHasDate reports the formats whose header states the call's date;
// a missing date is worth a warning only there.
func formatHasDate(format string) bool {
	switch strings.TrimPrefix(format, "markdown+") {
	case "seekingalpha", "motleyfool-html", "motleyfool-structured", "html":
		return true
	}
	return false
}

// finishMeta settles the company (the call's own names, the ticker list,
// then the file name) and checks the period against the file name; it
// warns, naming the sidecar field that fixes it, about what the text did
// not say or what disagrees. A period or ticker in a file name is a last
// resort: dataset file names are often wrong (the year of the call date
// rather than the fiscal year, another company's ticker).
func finishMeta(t *Transcript, name string) {
	m := &t.Meta
	side := content.SidecarName(name)
	stem := path.Base(name)
	for e := path.Ext(stem); e != "" && len(stem) > len(e); e = path.Ext(stem) {
		stem = strings.TrimSuffix(stem, e)
	}
	var fTicker string
	var fYear, fQuarter int
	if mm := fileNameRe.FindStringSubmatch(stem); mm != nil {
		fTicker = mm[1]
		if mm[2] != "" {
			fQuarter, _ = strconv.Atoi(mm[2])
			fYear, _ = strconv.Atoi(mm[3])
		} else {
			fYear, _ = strconv.Atoi(mm[4])
			fQuarter, _ = strconv.Atoi(mm[5])
		}
	}
	warn := func(kind, msg string) {
		t.Warnings = append(t.Warnings, &Error{Pos: Pos{File: name, Line: 1}, Msg: msg, Kind: kind})
	}
	tickerFromFile := false
	if m.Ticker == "" && fTicker != "" {
		m.Ticker, tickerFromFile = fTicker, true
	}
	if m.Company == "" {
		settleCompany(t, tickerFromFile, side, warn)
	}
	if m.Company == "" {
		if fTicker != "" {
			m.Company = fTicker
		} else {
			m.Company = strings.TrimSpace(strings.NewReplacer("_", " ", "-", " ").Replace(stem))
		}
		m.CompanySource = FromFileName
		warn(WarnCompany, fmt.Sprintf("company not found in the text; named it %q after the file; add `company:` to %s", m.Company, side))
	}
	if m.PeriodSource == FromInferred && fYear > 0 && fQuarter == m.Quarter && fYear != m.Year && t.hints.years[fYear] {
		// The text said the quarter and supports the file name's year
		// too: nothing to disagree about.
		m.Year = fYear
	}
	if m.Year > 0 && m.PeriodSource != FromSidecar && fYear > 0 && (fYear != m.Year || fQuarter != m.Quarter) {
		if m.PeriodSource == FromText && t.periodVotes == 1 {
			// One passing mention is weaker evidence than a file name that
			// states a period.
			warn(WarnPeriod, fmt.Sprintf("the text names its period only once (%s); took Q%d %d from the file name (unverified); add `year:` and `quarter:` to %s", m.PeriodLabel(), fQuarter, fYear, side))
			m.Year, m.Quarter, m.PeriodSource = fYear, fQuarter, FromFileName
		} else {
			how := "says"
			if m.PeriodSource == FromInferred {
				how = "implies"
			}
			warn(WarnPeriod, fmt.Sprintf("the text %s %s, the file name Q%d %d; filed under %s (if the text is wrong, add `year:` and `quarter:` to %s)", how, m.PeriodLabel(), fQuarter, fYear, m.PeriodLabel(), side))
		}
	}
	if m.Year == 0 {
		if fYear > 0 {
			m.Year, m.Quarter, m.PeriodSource = fYear, fQuarter, FromFileName
			warn(WarnPeriod, fmt.Sprintf("fiscal period not found in the text; took Q%d %d from the file name (unverified); add `year:` and `quarter:` to %s", fQuarter, fYear, side))
		} else {
			warn(WarnPeriod, fmt.Sprintf("fiscal period not found; add `year:` and `quarter:` to %s", side))
		}
	}
	if m.Date == "" && formatHasDate(t.Format) {
		warn(WarnDate, fmt.Sprintf("call date not found; add `date:` to %s", side))
	}
}

// settleCompany names the company from the candidates the call gave
// (companyCandidates) and the ticker list: a candidate the ticker's
// registered name confirms wins; the registered name, in the call's own
// spelling, competes when the call uses it; with no candidate at all the
// registered name is the company. A ticker taken from the file name that
// the call contradicts is replaced (or dropped) with a warning.
func settleCompany(t *Transcript, tickerFromFile bool, side string, warn func(kind, msg string)) {
	m := &t.Meta
	cands := t.hints.companies
	reg := registeredCompany(m.Ticker)
	confirmed := false
	var fromList *companyCandidate
	// The registered name in the call's spelling, looked for once: each
	// candidate cut short asked for it again, compiling its cues and
	// reading the whole call each time.
	spelled, spelledN, looked := "", 0, false
	spelledInThisCall := func() (string, int) {
		if !looked {
			spelled, spelledN = spelledInCall(reg, t.allText())
			looked = true
		}
		return spelled, spelledN
	}
	if reg != "" {
		for _, c := range cands {
			if sameCompany(c.name, reg) {
				c.score += 4
				c.name = trimToRegistered(c.name, reg)
				// A name cut short by a comma or a legal word ("Sturm,
				// Ruger & Company", "Service Corporation International"):
				// the call's spelling of more of the registered name.
				if a, b := Slug(c.name), Slug(reg); strings.HasPrefix(b, a+"-") && !strings.Contains(c.name, " ") {
					next := strings.SplitN(b[len(a)+1:], "-", 2)[0]
					if spelling, n := spelledInThisCall(); n > 0 && len(Slug(spelling)) > len(a) && capitalised(spelling) &&
						(legalWord[next] || strings.HasPrefix(spelling, c.name+",")) {
						c.name = cleanCompany(spelling)
					}
				}
				confirmed = true
			}
		}
		if !confirmed && ownWebsite(reg, t.allText()) {
			// "on our website at marathonpetroleum.com": the registered
			// name's words run together as the call's own web address
			fromList = &companyCandidate{name: displayName(reg), score: 5, first: len(cands)}
			cands = append(cands, fromList)
			confirmed = true
		}
		if !confirmed {
			if spelling, n := spelledInThisCall(); n > 0 && (n >= 2 || len(cands) == 0) {
				name := cleanCompany(spelling)
				if strings.ToUpper(name) == name {
					name = displayName(name)
				}
				fromList = &companyCandidate{name: name, score: 3 + min(n, 4), first: len(cands)}
				cands = append(cands, fromList)
				confirmed = true
			}
		}
	}
	var best *companyCandidate
	for _, c := range cands {
		if best == nil || c.score > best.score || c.score == best.score && c.first < best.first {
			best = c
		}
	}
	if best != nil && reg != "" {
		// "Lowe's", "Domino's": the possessive is the name's own when the
		// registered name has its s and the call says it so.
		if f := strings.SplitN(Slug(reg), "-", 2)[0]; f == Slug(best.name)+"s" && !strings.Contains(best.name, " ") {
			for _, p := range t.hints.opening {
				if strings.Contains(normText(p), best.name+"'s") {
					best.name += "'s"
					break
				}
			}
		}
	}
	if best != nil && reg != "" && !confirmed && best.score <= weakCandidate {
		// one passing mention ("Michael Lewis' 1999 book", "Operations'
		// results") against the name the call's ticker is registered under
		best = nil
	}
	switch {
	case best != nil:
		m.Company, m.CompanySource = best.name, FromText
		if !confirmed {
			m.Company = apostropheLost(best.name, t.allText())
		}
	case reg != "":
		m.Company, m.CompanySource = displayName(reg), FromTickerList
		confirmed = true
	}
	// A ticker from the file name that the list gives to another company
	// while it lists the call's company under another ticker is the
	// file's mistake. (The list is today's: a company renamed since, or a
	// ticker unknown to it, is no evidence either way.)
	if reg != "" && m.Company != "" && !confirmed && tickerFromFile && !sameCompany(m.Company, reg) {
		if tk := tickerOf(m.Company); tk != "" && tk != m.Ticker {
			warn(WarnTicker, fmt.Sprintf("the file name's ticker %s is %s in the SEC list, but the call is %s (%s there); took %s; set `ticker:` in %s if wrong", m.Ticker, displayName(reg), m.Company, tk, tk, side))
			m.Ticker = tk
		}
	}
}

// apostropheLost returns the name without the s that speech-to-text
// wrote for a possessive ("welcome to SiTimes third quarter call"): a name
// whose last word ends in a single s while the call says it without the s
// (alone or as "SiTime's") at least as often. A name whose s is its own
// ("Travelers", "Williams") is said with it far more often.
func apostropheLost(name string, paras []string) string {
	if len(name) < 4 || name[len(name)-1] != 's' || name[len(name)-2] == 's' || name[len(name)-2] == '\'' {
		return name
	}
	stem := name[:len(name)-1]
	withS, without := 0, 0
	for _, p := range paras {
		for i := strings.Index(p, stem); i >= 0; {
			if i == 0 || !isLetter(p[i-1]) {
				rest := p[i+len(stem):]
				switch {
				case rest == "" || !isLetter(rest[0]):
					without++
				case rest[0] == 's' && (len(rest) == 1 || !isLetter(rest[1])):
					withS++
				}
			}
			j := strings.Index(p[i+1:], stem)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	if without > 0 && without >= withS {
		return stem
	}
	return name
}

// weakCandidate is the most score a company candidate can have from one
// passing mention (a possessive or a title said once): not enough to
// overrule the registered name of the call's ticker.
const weakCandidate = 2

// holdMessage reports a short paragraph of a conference line's hold loop
// ("Thank you for holding. Please hold the line and we'll be right back
// with you."), which speech-to-text may repeat for pages before the
// welcome: it names no company, and it does not count as the opening.
func holdMessage(p string) bool {
	if len(p) > 300 {
		return false
	}
	low := strings.ToLower(p)
	return (strings.Contains(low, "for holding") || strings.Contains(low, "hold the line") || strings.Contains(low, "stay on the line") ||
		strings.Contains(low, "for waiting")) && !strings.Contains(low, "welcome")
}

// ownWebsite reports a call that gives its web address as the registered
// name's words run together, after "our website" ("can be found on our
// website at marathonpetroleum.com"): two or more words, so that a common
// word is no evidence.
func ownWebsite(registered string, paras []string) bool {
	words := strings.Split(Slug(registered), "-")
	if len(words) < 2 {
		return false
	}
	domain := strings.Join(words, "") + "."
	for _, p := range paras {
		if !strings.Contains(p, "ebsite") {
			continue // (most paragraphs give no web address: not lower-cased)
		}
		low := strings.ToLower(p)
		if i := strings.Index(low, domain); i > 0 && strings.Contains(low[max(0, i-60):i], "website") {
			return true
		}
	}
	return false
}

// legalWord are the words of legal forms that a name cut short ends
// before: "Service" of "Service Corporation International".
var legalWord = map[string]bool{"corp": true, "corporation": true, "co": true, "company": true, "inc": true}

// capitalised reports whether every word of a name but the small ones
// starts with a capital or a digit.
func capitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		if !nameWord(w) && !connector(w) {
			return false
		}
	}
	return true
}

// allText is every paragraph of the call.
func (t *Transcript) allText() []string {
	var out []string
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				out = append(out, p.Text)
			}
		}
	}
	return out
}
