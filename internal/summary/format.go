package summary

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"callsite/internal/figures"
)

// This file writes amounts the way a call says them ("$52.4 million",
// "$1.75 billion to $1.8 billion", "$0.27").

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

// fmtDec formats x with d decimals (d < 0, or fewer than x has: as few as
// needed), with thousands separators.
func fmtDec(x float64, d int) string {
	// not fewer decimals than the value has ("15 and a half percent" is
	// 15.5, not 16), up to two more than said
	for n := 0; n < 2 && d >= 0 && math.Abs(x-math.Round(x*math.Pow10(d))/math.Pow10(d)) > 1e-9*max(1, math.Abs(x)); n++ {
		d++
	}
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

// fall is "down " for a growth rate said as a fall ("comp sales declined
// 4.7%", "a same-store sales decline of 3%"): the rate is the change
// itself, and a bare "4.7%" would read as growth.
func fall(c *cand) string {
	if c.metric != "same-store sales" && c.metric != "organic growth" || c.f.Negative {
		return ""
	}
	ws := strings.Fields(c.pre)
	if len(ws) > 4 {
		ws = ws[len(ws)-4:]
	}
	for _, w := range ws {
		for _, d := range []string{"declin", "decreas", "down", "fell", "drop", "negative", "minus", "lower", "contract"} {
			if strings.HasPrefix(w, d) {
				return "down "
			}
		}
	}
	return ""
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
		low, high := c.f.Low, c.f.High
		if c.f.Negative && low > 0 {
			// "negative 84% to 86%": the sign said first holds for both ends
			// unless the other end is said with its own ("to positive 2%")
			low = -low
			if t := strings.ToLower(hi); high > 0 && !strings.Contains(t, "positive") && !strings.Contains(t, "plus") {
				high = -high
			}
		}
		return one(&l, low, 0) + " to " + one(&h, high, 1)
	}
	v := c.f.Value
	if c.f.Negative && v > 0 {
		v = -v
	}
	return one(c, v, 0)
}

// boundedAmount is the amount with the bound said with it: "of at least $215
// million", "above $90 million", "$1.75 billion to $1.8 billion". A bound
// is never dropped: "backlog remains above $21 billion" is no $21 billion.
func boundedAmount(c *cand) string {
	a := fall(c) + amount(c)
	if c.f.IsRange {
		return a
	}
	switch boundOf(c.f) {
	case "":
		return a
	case figures.BoundAbove:
		return "above " + a
	case figures.BoundAtLeast:
		return "of at least " + a
	case figures.BoundBelow:
		switch q := strings.ToLower(c.f.Qualifier); q {
		case "nearly", "almost":
			return "of " + q + " " + a // "nearly $300 million": just short of it, as the call says, not any amount below
		case "just shy of", "shy of":
			return "of nearly " + a
		}
		return "below " + a
	case figures.BoundUpTo:
		return "up to " + a
	}
	if q := strings.ToLower(c.f.Qualifier); strings.Contains(q, "-to-") {
		// "in the mid-to-high 10% range": a band of the amount, as the
		// call says it ("about 10%" would put it lower than it is)
		return "in the " + q + " " + a + " range"
	}
	return "of about " + a
}

// boundOf is the bound a figure's qualifier says (figures.QualifierBound),
// except that "up to" an actual result is where it rose to ("a 39%
// increase in earnings per share, up to $0.92"), no bound.
func boundOf(f figures.Figure) string {
	b := figures.QualifierBound(f.Qualifier)
	if b == figures.BoundUpTo && f.Kind == figures.Actual && !strings.EqualFold(f.Qualifier, "at most") {
		return ""
	}
	return b
}

// withChange is an amount with the change said with it, in the words of
// a wire headline when the change is a year-over-year percent ("rose 12
// percent to $726 million"), else as change gives it ("$1.2 billion,
// up 3% sequentially").
func withChange(c *cand) string {
	ch := strings.ToLower(c.f.Change)
	if after := firstN(c.post, 40); ch != "" && !strings.Contains(ch, "sequential") &&
		(saysSequential(after) || strings.Contains(after, "annualized")) {
		return amount(c) // "up 8.3% quarter-over-quarter": not the change from a year before
	}
	if after := strings.ToLower(firstN(c.post, 30)); ch != "" && againstQuarter(after, []string{"than ", "over ", "from ", "versus ", "vs. ", "compared to ", "compared with "}, periodYear(c.period)) {
		return amount(c) // "revenues of $234.9 million, 2.5% higher than Q1": not the change from a year before
	}
	if c.f.Change != "" && strings.Contains(c.sent, c.f.Change) && measuredSequentially(c) {
		return amount(c) // its own sentence's change, from the quarter before said at the paragraph's start
	}
	if ch != "" && !strings.Contains(ch, "sequential") && strings.Contains(c.sent, c.f.Change) && sequentialOnly(c) {
		return amount(c) // "On a sequential basis, revenues increased 22.9% to $182.6 million from ... the prior quarter"
	}
	if c.f.ChangePct == 0 || c.f.Unit == "%" || strings.Contains(ch, "sequential") || c.f.IsRange || pairedChanges(c) {
		return boundedAmount(c) + change(c)
	}
	v, verb := c.f.ChangePct, "rose "
	if v < 0 {
		v, verb = -v, "fell "
	}
	to := amount(c)
	if !c.f.IsRange && boundOf(c.f) == figures.BoundAbout {
		to = "about " + to // "approximately $1.4 billion": rose 61 percent to about $1.4 billion
	}
	return verb + changeBound(ch) + fmtDec(v, decAt(ch, 0)) + " percent to " + to
}

// changeBound is the qualifier of a change said loosely, with a space
// after it ("almost " in "an increase of almost 8%"), so that the bullet
// says "rose almost 8 percent", never "rose 8 percent"; "" when exact.
func changeBound(ch string) string {
	switch q := figures.QualifierIn(ch); q {
	case "", "an additional", "an incremental", "only", "just", "some":
		return ""
	case "approximately", "approx", "roughly", "around", "circa":
		return "about "
	default:
		return q + " "
	}
}

// pairedChanges reports changes said against two periods and paired by
// "respectively" ("an increase of 17% and 145% from the fourth quarter and
// the first quarter of last year, respectively"): which is the year's is
// for the reader to see, not the bullet to guess.
func pairedChanges(c *cand) bool {
	i := strings.Index(c.post, "respectively")
	return i >= 0 && strings.Count(c.post[:i], "%") >= 2
}

// change is ", up 1.1%" when the figure carries a change in percent or
// basis points.
func change(c *cand) string {
	ch := strings.ToLower(c.f.Change)
	if ch == "" || pairedChanges(c) {
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
		return ", " + dir + changeBound(ch) + fmtDec(v, decAt(ch, 0)) + "%" + seq
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
