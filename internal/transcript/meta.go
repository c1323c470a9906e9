package transcript

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// inferMeta fills in company, ticker, period and date: first what the
// format states outright, then the title line, then the opening turns.
func inferMeta(d *draft, t *Transcript) Meta {
	m := d.meta
	texts := []string{}
	if d.title != "" {
		texts = append(texts, d.title)
	}
	for _, n := range d.notes {
		texts = append(texts, n.Text)
	}
	// The welcome and the first figures are in the first few turns.
	budget := 12
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				if budget == 0 {
					break
				}
				texts = append(texts, p.Text)
				budget--
			}
		}
	}
	for _, s := range texts {
		fromTitleLine(&m, s)
	}
	for _, s := range texts {
		fromWelcome(&m, s)
	}
	if m.Year == 0 {
		q := m.Quarter
		t.periodVotes = votePeriod(&m, texts)
		if m.Year == 0 {
			// Past the opening: every sentence that reports rather than
			// looks ahead ("during the first quarter of 2021 we expect"
			// names another period than the call's).
			m.Quarter = q
			t.periodVotes = votePeriod(&m, reportingSentences(t))
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
	titleLineRe = regexp.MustCompile(`^(.+?)\s*\(\s*(?:([A-Za-z.]+)\s*:\s*)?([A-Z][A-Z0-9.\-]{0,9})\s*\)\s*(?:(?:F?Q([1-4])|([A-Za-z]+)[- ](?:Quarter|quarter))\s+(?:(?:FY|Fiscal|fiscal)\s*)?'?(\d{2,4}))?`)
	tickerRe    = regexp.MustCompile(`\(\s*(NYSE|NASDAQ|Nasdaq|NYSE American|NYSE MKT|AMEX|TSX|LSE|OTC|NasdaqGS|NasdaqGM|NasdaqCM|OTCQX|OTCQB|ASX)\s*:\s*([A-Z0-9.\-]{1,8})\s*\)`)
	dateRe      = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2}),\s*(\d{4})\b`)
	// "Welcome to Kaleyra's Second Quarter Fiscal 2020 Conference Call"
	welcomeRe            = regexp.MustCompile(`(?i:welcome to(?: the)?|participating in(?: the)?|joining(?: us)?(?: for)?(?: the)?)\s+([A-Z][\p{L}\p{N}&.,'’\- ]{1,60}?)(?:'s|’s)?\s+(?i:(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])(?:[- ]quarter)?(?:,?\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)?'?(\d{4}|\d{2}))?|(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})\s+(first|second|third|fourth)[- ]quarter)`)
	welcomePeriodFirstRe = regexp.MustCompile(`(?i:welcome to(?: the)?|participating in(?: the)?|joining(?: us)?(?: for)?(?: the)?)\s+(?i:(q[1-4]|first|second|third|fourth)(?:[- ]quarter)?,?\s+(?:fiscal\s+(?:year\s+)?|fy\s*)?'?(\d{4}|\d{2}))\s+([A-Z][\p{L}\p{N}&.,'’\- ]{1,60}?)\s+(?i:earnings|financial|results|conference|quarterly|investor|call)\b`)
	quarterEndedRe       = regexp.MustCompile(`(?i)\b(first|second|third|fourth)[- ]quarter(?: of (?:fiscal )?(?:year )?(\d{4}))?(?: (?:ended|ending)\s+(?:on\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*(\d{4}))?`)
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
		return // both patterns need "(ABC)"
	}
	if mm := titleLineRe.FindStringSubmatch(s); mm != nil {
		if mm[2] == "" && mm[4] == "" && mm[5] == "" {
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
		q := 0
		if mm[4] != "" {
			q, _ = strconv.Atoi(mm[4])
		} else if mm[5] != "" {
			q = ordinalQuarter[strings.ToLower(mm[5])]
		}
		if y := fullYear(mm[6]); y > 0 && q > 0 && m.Year == 0 {
			m.Year, m.Quarter = y, q
		}
		if m.Title == "" {
			m.Title = s
		}
		if m.Date == "" {
			m.Date = findDate(s[len(mm[0]):])
		}
	}
ticker:
	if m.Ticker == "" {
		if mm := tickerRe.FindStringSubmatch(s); mm != nil {
			m.Exchange, m.Ticker = strings.ToUpper(mm[1]), mm[2]
		}
	}
}

func fromWelcome(m *Meta, s string) {
	// The patterns are slow on long paragraphs, and most paragraphs have
	// none of the words they need.
	lower := strings.ToLower(s)
	if strings.Contains(lower, "welcome to") || strings.Contains(lower, "participating in") || strings.Contains(lower, "joining") {
		fromWelcomeLine(m, s)
	}
	if m.Year == 0 && strings.Contains(lower, "quarter") {
		if mm := quarterEndedRe.FindStringSubmatch(s); mm != nil {
			q := ordinalQuarter[strings.ToLower(mm[1])]
			y := fullYear(mm[2])
			if y == 0 {
				y = fullYear(mm[4])
			}
			if q > 0 && y > 0 {
				m.Year, m.Quarter = y, q
			}
		}
	}
}

func fromWelcomeLine(m *Meta, s string) {
	// "welcome to the Q2 2021 Domino's, Inc. Earnings Conference Call":
	// the period before the company.
	if mm := welcomePeriodFirstRe.FindStringSubmatch(s); mm != nil {
		q := ordinalQuarter[strings.ToLower(mm[1])]
		y := fullYear(mm[2])
		company := trimWelcomeCompany(mm[3])
		if m.Company == "" && company != "" && !genericCompany(company) {
			m.Company = company
		}
		if m.Year == 0 && q > 0 && y > 0 {
			m.Year, m.Quarter = y, q
		}
	}
	if mm := welcomeRe.FindStringSubmatch(s); mm != nil {
		company := trimWelcomeCompany(mm[1])
		if m.Company == "" && company != "" && !genericCompany(company) {
			m.Company = company
		}
		q := ordinalQuarter[strings.ToLower(mm[2])]
		y := fullYear(mm[3])
		if q == 0 {
			q = ordinalQuarter[strings.ToLower(mm[5])]
			y = fullYear(mm[4])
		}
		if m.Year == 0 && q > 0 && y > 0 {
			m.Year, m.Quarter = y, q
		} else if m.Year == 0 && m.Quarter == 0 && q > 0 {
			m.Quarter = q // the year comes from votePeriod
		}
	}
}

func genericCompany(s string) bool {
	switch strings.ToLower(s) {
	case "our", "the company", "this", "today", "today's", "the", "everyone", "you", "company":
		return true
	}
	return false
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

var (
	// "second quarter and full year 2020", "fourth quarter of fiscal 2021"
	quarterYearRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth)[- ]quarter(?:\s+(?:and\s+)?(?:full[- ]year|fiscal[- ]year|year[- ]end))?(?:\s+of)?,?\s+(?:fiscal\s+(?:year\s+)?|fy\s*)?'?(\d{4})\b`)
	// "fiscal 2021 third quarter", "fiscal year 2021 third quarter"
	fiscalYearQuarterRe = regexp.MustCompile(`(?i)\bfiscal\s+(?:year\s+)?'?(\d{4}|\d{2})\s+(first|second|third|fourth)[- ]quarter\b`)
	// "Q3 FY21", "Q3 2021", "Q3 fiscal 2021", "FY21 Q3"
	qShortRe  = regexp.MustCompile(`\b[QF]?Q([1-4])\s*(?:'|FY\s*'?|fiscal\s+|F)?(\d{4}|\d{2})\b`)
	fyShortRe = regexp.MustCompile(`\bFY\s*'?(\d{4}|\d{2})\s*Q([1-4])\b`)
)

var forwardLooking = regexp.MustCompile(`(?i)\b(?:expect|expects|expected|anticipate|will|would|guidance|outlook|forecast|plan|plans|intend|next|going forward|should|could|may|might|hope|target)\b`)

// reportingSentences lists the sentences of a call that do not look ahead.
func reportingSentences(t *Transcript) []string {
	var out []string
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				for _, sent := range splitSentences(p.Text) {
					if !forwardLooking.MatchString(sent) {
						out = append(out, sent)
					}
				}
			}
		}
	}
	return out
}

// votePeriod finds the fiscal period of a text without a title line or
// welcome: the period mentioned most often in its opening paragraphs (the
// first one wins a tie), since comparisons name other quarters too.
func votePeriod(m *Meta, texts []string) int {
	type period struct{ y, q int }
	votes := map[period]int{}
	var order []period
	add := func(y, q int) {
		if y == 0 || q < 1 || q > 4 {
			return
		}
		p := period{y, q}
		if votes[p] == 0 {
			order = append(order, p)
		}
		votes[p]++
	}
	for _, s := range texts {
		for _, mm := range fiscalYearQuarterRe.FindAllStringSubmatch(s, -1) {
			add(fullYear(mm[1]), ordinalQuarter[strings.ToLower(mm[2])])
		}
		for _, mm := range quarterYearRe.FindAllStringSubmatch(s, -1) {
			add(fullYear(mm[2]), ordinalQuarter[strings.ToLower(mm[1])])
		}
		for _, mm := range fyShortRe.FindAllStringSubmatch(s, -1) {
			add(fullYear(mm[1]), int(mm[2][0]-'0'))
		}
		for _, mm := range qShortRe.FindAllStringSubmatch(s, -1) {
			add(fullYear(mm[2]), int(mm[1][0]-'0'))
		}
	}
	// The most mentioned period, or a later one mentioned at least half
	// as often: a call compares its quarter with earlier ones ("up from
	// the second quarter of 2020"), so the latest well-attested period
	// is the call's own.
	most := 0
	for _, p := range order {
		if m.Quarter > 0 && p.q != m.Quarter {
			continue // the welcome named the quarter
		}
		most = max(most, votes[p])
	}
	best := period{}
	for _, p := range order {
		if m.Quarter > 0 && p.q != m.Quarter {
			continue
		}
		if 2*votes[p] >= most && (p.y > best.y || p.y == best.y && p.q > best.q) {
			best = p
		}
	}
	if best.y > 0 {
		m.Year, m.Quarter = best.y, best.q
	} else {
		m.Quarter = 0
	}
	return votes[best]
}

// welcomeStop ends a company name caught by the welcome pattern: the
// first lower-case word or a word that starts the rest of the sentence.
var welcomeStop = regexp.MustCompile(`(?:'s|’s)?\s+(?:[a-z][a-z]*|Fiscal|Earnings|Conference|Call|Reports|Results|Financial Results|Q[1-4]|FY|\d{2,4})\b.*$`)

func trimWelcomeCompany(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	for {
		loc := welcomeStop.FindStringIndex(s)
		if loc == nil {
			break
		}
		// keep the small words of names: "Bed Bath and Beyond", "Bank of Hawaii"
		word := strings.Fields(s[loc[0]:])[0]
		if word == "and" || word == "of" || word == "de" || word == "&" {
			rest := s[loc[0]+len(" "+word):]
			if i := welcomeStop.FindStringIndex(rest); i != nil {
				s = s[:loc[0]+len(" "+word)] + rest[:i[0]]
				if rest[i[0]:] != "" {
					continue
				}
			}
			break
		}
		s = s[:loc[0]]
	}
	return strings.TrimSpace(s)
}

var (
	companySuffixRe = regexp.MustCompile(`(?i)(?:,?\s+(?:Cl(?:ass)?\.?\s+[A-C]|Class\s+[A-C]\s+(?:Shares|Common Stock)?|ADR|ADS|Sponsored ADR))+$`)
	companyLegalRe  = regexp.MustCompile(`(?i)(?:,?\s+(?:&\s+)?(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|L\.?P|LLC|PLC|N\.?V|S\.?A\.?B?(?:\s+de\s+C\.?V)?|S\.?A|AG|SE|ASA|Holdings? Corp|Intl|International Ltd)\.?)+$`)
)

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
		s = strings.TrimSpace(companySuffixRe.ReplaceAllString(s, ""))
		s = strings.TrimSpace(companyLegalRe.ReplaceAllString(s, ""))
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

// finishMeta fills what inference left empty from the file name and warns
// about it, naming the sidecar fields that would fix it. A period or
// ticker in a file name is a last resort: dataset file names are often
// wrong (ECTSum: one in ten names a different quarter than the text).
func finishMeta(t *Transcript, name string) {
	m := &t.Meta
	side := sidecarName(name)
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
	warn := func(msg string) {
		t.Warnings = append(t.Warnings, &Error{Pos: Pos{File: name, Line: 1}, Msg: msg})
	}
	if m.Ticker == "" && fTicker != "" {
		m.Ticker = fTicker
		warn(fmt.Sprintf("ticker not stated in the text; took %q from the file name; set `ticker:` in %s", fTicker, side))
	}
	if m.Company == "" {
		if fTicker != "" {
			m.Company = fTicker
		} else {
			m.Company = strings.TrimSpace(strings.NewReplacer("_", " ", "-", " ").Replace(stem))
		}
		warn(fmt.Sprintf("company not found; named it %q after the file; add `company:` to %s", m.Company, side))
	}
	if m.Year > 0 && t.periodVotes == 1 && fYear > 0 && (fYear != m.Year || fQuarter != m.Quarter) {
		// One passing mention is weaker evidence than a file name that
		// states a period.
		warn(fmt.Sprintf("the text names its period only once (Q%d %d); took Q%d %d from the file name (unverified); add `year:` and `quarter:` to %s", m.Quarter, m.Year, fQuarter, fYear, side))
		m.Year, m.Quarter = fYear, fQuarter
	}
	if m.Year == 0 {
		if fYear > 0 {
			m.Year, m.Quarter = fYear, fQuarter
			warn(fmt.Sprintf("fiscal period not found in the text; took Q%d %d from the file name (unverified); add `year:` and `quarter:` to %s", fQuarter, fYear, side))
		} else {
			warn(fmt.Sprintf("fiscal period not found; add `year:` and `quarter:` to %s", side))
		}
	}
	if m.Date == "" {
		warn(fmt.Sprintf("call date not found; add `date:` to %s", side))
	}
}
