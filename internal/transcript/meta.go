package transcript

import (
	"fmt"
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
	m.Company = strings.TrimSpace(m.Company)
	return m
}

var (
	// "American Express Company (NYSE:AXP) Q3 2018 Earnings Conference Call October 18, 2018"
	titleLineRe = regexp.MustCompile(`^(.+?)\s*\(\s*([A-Za-z.]+)\s*:\s*([A-Z0-9.\-]+)\s*\)\s*(?:(?:F?Q([1-4])|([A-Za-z]+)[- ](?:Quarter|quarter))\s+(?:(?:FY|Fiscal|fiscal)\s*)?'?(\d{2,4}))?`)
	tickerRe    = regexp.MustCompile(`\(\s*(NYSE|NASDAQ|Nasdaq|NYSE American|NYSE MKT|AMEX|TSX|LSE|OTC|NasdaqGS|NasdaqGM|NasdaqCM|OTCQX|OTCQB|ASX)\s*:\s*([A-Z0-9.\-]{1,8})\s*\)`)
	dateRe      = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2}),\s*(\d{4})\b`)
	// "Welcome to Kaleyra's Second Quarter Fiscal 2020 Conference Call"
	welcomeRe = regexp.MustCompile(`(?i:welcome to(?: the)?|participating in(?: the)?|joining(?: us)?(?: for)?(?: the)?)\s+([A-Z][\p{L}\p{N}&.,'’\- ]{1,60}?)(?:'s|’s)?\s+(?i:(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])(?:[- ]quarter)?(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)?'?(\d{4}|\d{2}))?|(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})\s+(first|second|third|fourth)[- ]quarter)`)
	quarterEndedRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth)[- ]quarter(?: of (?:fiscal )?(?:year )?(\d{4}))?(?: (?:ended|ending)\s+(?:on\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*(\d{4}))?`)
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
	if mm := titleLineRe.FindStringSubmatch(s); mm != nil {
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
	if m.Ticker == "" {
		if mm := tickerRe.FindStringSubmatch(s); mm != nil {
			m.Exchange, m.Ticker = strings.ToUpper(mm[1]), mm[2]
		}
	}
}

func fromWelcome(m *Meta, s string) {
	if mm := welcomeRe.FindStringSubmatch(s); mm != nil {
		company := strings.TrimSpace(mm[1])
		company = strings.TrimPrefix(company, "the ")
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
		}
	}
	if m.Year == 0 {
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
