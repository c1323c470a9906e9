package summary

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"callsite/internal/transcript"
)

// This file writes amounts the way a call says them ("$52.4 million",
// "$1.75 billion to $1.8 billion", "$0.27") and infers unsaid guidance periods.

var numRe = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

// scaleOf is the multiplier said in a figure's text.
func scaleOf(text string) (float64, string) {
	t := " " + strings.ToLower(text) + " "
	switch {
	case strings.Contains(t, "trillion"):
		return 1e12, "trillion"
	case strings.Contains(t, "billion") || strings.Contains(t, "bn "):
		return 1e9, "billion"
	case strings.Contains(t, "million") || strings.Contains(t, "mm "):
		return 1e6, "million"
	case strings.Contains(t, "thousand"):
		return 1e3, "thousand"
	}
	return 1, ""
}

// decimals lists the decimals of each number said in text.
func decimals(text string) []int {
	var out []int
	for _, m := range numRe.FindAllString(text, -1) {
		if i := strings.IndexByte(m, '.'); i >= 0 {
			out = append(out, len(m)-i-1)
		} else {
			out = append(out, 0)
		}
	}
	return out
}

var symbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CAD": "C$", "AUD": "A$"}

// money formats one amount of a figure. n is which number of the text it is
// (0 first, 1 last) for the decimals as said.
func moneyN(unit string, v float64, text string, perShare bool, n int) string {
	sym, ok := symbols[unit]
	pre, post := sym, ""
	if !ok {
		pre, post = "", " "+unit
	}
	neg := v < 0
	v = math.Abs(v)
	scale, word := scaleOf(text)
	if perShare {
		scale, word = 1, ""
	}
	if scale == 1 && !perShare && v >= 1e6 {
		switch {
		case v >= 1e9:
			scale, word = 1e9, "billion"
		default:
			scale, word = 1e6, "million"
		}
	}
	x := v / scale
	d := -1
	if ds := decimals(text); len(ds) > 0 {
		if n > 0 {
			d = ds[len(ds)-1]
		} else {
			d = ds[0]
		}
	}
	if perShare && d < 2 {
		d = 2
	}
	s := fmtDec(x, d)
	if word != "" {
		s += " " + word
	}
	s = pre + s + post
	if neg {
		s = "-" + s
	}
	return s
}

func money(unit string, v float64, text string, perShare bool) string {
	return moneyN(unit, v, text, perShare, 0)
}

// fmtDec formats x with d decimals (d < 0: as few as needed), with thousands
// separators.
func fmtDec(x float64, d int) string {
	var s string
	if d < 0 {
		s = strconv.FormatFloat(math.Round(x*1e6)/1e6, 'f', -1, 64)
	} else {
		s = strconv.FormatFloat(x, 'f', d, 64)
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) > 3 {
		var b strings.Builder
		for i, r := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		intPart = b.String()
	}
	return intPart + frac
}

// fmtNum is a stable key for a value.
func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', 6, 64) }

// one formats a single value of the figure's unit.
func one(c *cand, v float64, n int) string {
	f := c.f
	switch f.Unit {
	case "%":
		return fmtDec(v, decAt(f.Text, n)) + "%"
	case "bp":
		return fmtDec(v, decAt(f.Text, n)) + " basis points"
	case "x":
		return fmtDec(v, decAt(f.Text, n)) + "x"
	case "count":
		s := fmtDec(v, -1)
		if f.Noun != "" {
			s += " " + f.Noun
		}
		return s
	}
	return moneyN(f.Unit, v, f.Text, perShare(c), n)
}

func decAt(text string, n int) int {
	ds := decimals(text)
	if len(ds) == 0 {
		return -1
	}
	if n > 0 {
		return ds[len(ds)-1]
	}
	return ds[0]
}

// amount is the figure's value or range, without qualifier.
func amount(c *cand) string {
	if c.f.IsRange {
		lo, hi := splitRange(c.f.Text)
		if sc, _ := scaleOf(lo); sc == 1 {
			lo += " " + scaleWord(hi) // "$2.1 and $2.25 billion"
		}
		l, h := *c, *c
		l.f.Text, h.f.Text = lo, hi
		return one(&l, c.f.Low, 0) + " to " + one(&h, c.f.High, 1)
	}
	v := c.f.Value
	if c.f.Negative && v > 0 {
		v = -v
	}
	return one(c, v, 0)
}

// guideAmount is the guided value with its qualifier: "of at least $215
// million", "above $90 million", "$1.75 billion to $1.8 billion".
func guideAmount(c *cand) string {
	a := amount(c)
	if c.f.IsRange {
		return a
	}
	switch strings.ToLower(c.f.Qualifier) {
	case "":
		return a
	case "in excess of", "more than", "greater than", "over", "above", "well over", "well above", "north of", "higher than", "just over", "just above", "slightly more than", "a little over", "a little more than", "a bit more than":
		return "above " + a
	case "at least", "no less than", "not less than", "a minimum of", "minimum of":
		return "of at least " + a
	case "less than", "below", "under", "fewer than", "lower than", "just under", "just below", "slightly less than", "a little under":
		return "below " + a
	case "up to", "at most", "no more than", "not more than", "as much as":
		return "up to " + a
	}
	return "of about " + a
}

// change is ", up 1.1%" when the figure carries a change in percent or
// basis points.
func change(c *cand) string {
	ch := strings.ToLower(c.f.Change)
	if ch == "" {
		return ""
	}
	seq := ""
	if strings.Contains(ch, "sequential") {
		seq = " sequentially"
	}
	if c.f.ChangePct != 0 && c.f.Unit != "%" {
		v := c.f.ChangePct
		dir := "up "
		if v < 0 {
			dir, v = "down ", -v
		}
		return ", " + dir + fmtDec(v, decAt(ch, 0)) + "%" + seq
	}
	if strings.Contains(ch, "basis point") && c.f.Unit == "%" {
		m := numRe.FindString(ch)
		if m == "" {
			return ""
		}
		dir := "up "
		for _, w := range []string{"down", "decline", "decrease", "lower", "contract", "compress", "fell", "reduc"} {
			if strings.Contains(ch, w) {
				dir = "down "
			}
		}
		return ", " + dir + m + " basis points" + seq
	}
	return ""
}

// Period inference for guidance the figure left without a period.

var (
	quarterRe = regexp.MustCompile(`\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal )?quarter|q([1-4]))(?:(?: of)?(?: fiscal)?(?: year)? (?:'|fy)?(20\d\d|\d\d)\b)?`)
	yearRe    = regexp.MustCompile(`\b(?:(?:full|fiscal)[- ]year|fiscal|fy|calendar|year)? ?'?(20\d\d)\b|\b(full[- ]year|fiscal year|the year|this year|next year|annual)\b`)
)

var ordinal = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// inferPeriod finds the period a guidance figure speaks of from the text
// before it in its paragraph, then the turn's earlier paragraphs (nearest
// first); else, when the sentence speaks of a year ("full year", "annual"),
// the current fiscal year (the next one on a fourth-quarter call); else none.
//
// seen remembers lastPeriod of the previous paragraphs, which a turn's
// guidance figures ask for again and again.
func inferPeriod(before, after string, prev []string, m transcript.Meta, seen map[string]string) string {
	if m.Year == 0 {
		return ""
	}
	if p := firstPeriod(strings.ToLower(after), m); p != "" {
		return p
	}
	if p := lastPeriod(strings.ToLower(before), m); p != "" {
		return p
	}
	for i := len(prev) - 1; i >= 0 && i >= len(prev)-3; i-- {
		p, ok := seen[prev[i]]
		if !ok {
			p = lastPeriod(strings.ToLower(prev[i]), m)
			seen[prev[i]] = p
		}
		if p != "" {
			return p
		}
	}
	if !containsAny(strings.ToLower(before+after), "year", "annual", "fiscal", "full", "fy") {
		return "" // no period said anywhere near: no default year (precision first)
	}
	if m.Quarter == 4 {
		return "FY " + itoa(m.Year+1)
	}
	return "FY " + itoa(m.Year)
}

// lastPeriod is the last future-or-current period named in t.
func lastPeriod(t string, m transcript.Meta) string {
	return periodIn(t, m, true)
}

// firstPeriod is the first future-or-current period named in t.
func firstPeriod(t string, m transcript.Meta) string {
	return periodIn(t, m, false)
}

func periodIn(t string, m transcript.Meta, last bool) string {
	bestAt, best := -1, ""
	better := func(at int) bool { return bestAt < 0 || (last && at > bestAt) || (!last && at < bestAt) }
	for _, sm := range quarterRe.FindAllStringSubmatchIndex(t, -1) {
		q := 0
		if sm[2] >= 0 {
			q = ordinal[t[sm[2]:sm[3]]]
		} else {
			q = int(t[sm[4]] - '0')
		}
		y := 0
		if sm[6] >= 0 {
			y = year(t[sm[6]:sm[7]])
		} else {
			y = m.Year
			switch {
			case m.Quarter > 0 && q == m.Quarter:
				continue // the quarter just reported
			case m.Quarter > 0 && q < m.Quarter:
				y = m.Year + 1
			}
		}
		if y < m.Year || (y == m.Year && m.Quarter > 0 && q <= m.Quarter) {
			continue // the past
		}
		if better(sm[0]) {
			bestAt, best = sm[0], "Q"+itoa(q)+" "+itoa(y)
		}
	}
	for _, sm := range yearRe.FindAllStringSubmatchIndex(t, -1) {
		y := 0
		if sm[2] >= 0 {
			y = year(t[sm[2]:sm[3]])
		} else {
			if rest := t[sm[5]:]; len(rest) >= 3 && rest[0] == ' ' && rest[1] == '2' && rest[2] == '0' {
				continue // "the year 2025": the year said is matched next
			}
			switch t[sm[4]:sm[5]] {
			case "next year":
				y = m.Year + 1
			default:
				y = m.Year
				if m.Quarter == 4 {
					y = m.Year + 1
				}
			}
		}
		if y < m.Year || (y == m.Year && m.Quarter == 4) {
			continue
		}
		if better(sm[0]) {
			bestAt, best = sm[0], "FY "+itoa(y)
		}
	}
	return best
}

func year(s string) int {
	n, _ := strconv.Atoi(strings.TrimLeft(s, "'"))
	if n < 100 {
		n += 2000
	}
	return n
}

// periodYear is the year of "Q3 2020" / "FY 2020" / "H2 2020".
func periodYear(p string) int {
	i := strings.LastIndexByte(p, ' ')
	if i < 0 {
		return 0
	}
	n, _ := strconv.Atoi(p[i+1:])
	return n
}

// periodLess orders periods by year, quarters and halves before the full year.
func periodLess(a, b string) bool {
	ya, yb := periodYear(a), periodYear(b)
	if ya != yb {
		return ya < yb
	}
	fa, fb := strings.HasPrefix(a, "FY"), strings.HasPrefix(b, "FY")
	if fa != fb {
		return !fa
	}
	return a < b
}

// splitRange cuts a range as said into its two ends.
func splitRange(text string) (string, string) {
	for _, sep := range []string{" and ", " to ", " - ", "-", "–"} {
		if i := strings.LastIndex(text, sep); i > 0 {
			return text[:i], text[i+len(sep):]
		}
	}
	return text, text
}

func scaleWord(text string) string {
	_, w := scaleOf(text)
	return w
}
