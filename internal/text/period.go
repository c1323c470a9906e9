package text

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// PeriodKind is the length of a reporting period.
type PeriodKind int

const (
	NoPeriod PeriodKind = iota
	Quarter
	Half
	NineMonths
	FullYear
)

// Period is a reporting period as a call names it: "the third quarter of
// fiscal 2021" is {Quarter, 3, 2021, true}. Year is 0 when not said.
type Period struct {
	Kind   PeriodKind
	N      int // quarter 1-4 or half 1-2; 0 for nine months and years
	Year   int
	Fiscal bool // said "fiscal" or "FY"
}

func (p Period) String() string {
	var b strings.Builder
	switch p.Kind {
	case Quarter:
		b.WriteString("Q" + strconv.Itoa(p.N))
	case Half:
		b.WriteString("H" + strconv.Itoa(p.N))
	case NineMonths:
		b.WriteString("9M")
	case FullYear:
		b.WriteString("FY")
	default:
		return ""
	}
	if p.Year > 0 {
		b.WriteString(" " + strconv.Itoa(p.Year))
	}
	return b.String()
}

// PeriodMention is a period named in a text, at bytes [Start, End).
// EndMonth and EndYear are set when the text says when it ended ("quarter
// ended June 30, 2021"): fiscal years need not be calendar years.
type PeriodMention struct {
	Period
	Start, End        int
	EndMonth, EndYear int
}

// Ordinals are the quarter and half numbers said as words.
var Ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// Months maps month names and their abbreviations to 1-12.
var Months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// Year reads a year as said in a period: "2021", "'21", "21", "FY21" (two
// digits are 20xx). It returns 0 for anything else.
func Year(w string) int {
	w = strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(w), "fy"), "'")
	w = strings.TrimPrefix(w, "’")
	if len(w) != 2 && len(w) != 4 {
		return 0
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '+' && w[i] != '-' {
			return 0 // a word, not a number: Atoi would allocate its error
		}
	}
	n, err := strconv.Atoi(w)
	if err != nil {
		return 0
	}
	if len(w) == 2 {
		return 2000 + n
	}
	if n < 1990 || n > 2100 {
		return 0
	}
	return n
}

// word is a word of a text with its byte range; low is lower case.
type word struct {
	low        string
	start, end int
}

// words splits s into words: letters, digits and inner "'", "’", "-", "."
// stay in a word ("fiscal-year", "'21", "Q3'21"); "," is a word of its own.
// It appends them to dst.
func words(dst []word, s string) []word {
	out := dst
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == ',' {
			out = append(out, word{",", i, i + 1})
			i += n
			continue
		}
		if !(r < utf8.RuneSelf && alnum[r] || r == '\'' || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’')) {
			i += n
			continue
		}
		j, lower := i+n, r < utf8.RuneSelf && !('A' <= r && r <= 'Z') // lower: the word is ASCII without capitals
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf { // most of a text: its bytes by table
				if alnum[c] || (c == '\'' || c == '.' || c == '-') && j+1 < len(s) && alnum[s[j+1]] {
					lower = lower && !('A' <= c && c <= 'Z')
					j++
					continue
				}
				break
			}
			c, m := utf8.DecodeRuneInString(s[j:])
			inner := c == '’' && j+m < len(s) && alnum[s[j+m]]
			if !(unicode.IsLetter(c) || unicode.IsDigit(c) || inner) {
				break
			}
			lower = false
			j += m
		}
		low := s[i:j]
		if !lower {
			low = strings.ToLower(low)
		}
		out = append(out, word{low, i, j})
		i = j
	}
	return out
}

// alnum tells the ASCII letters and digits (isAlnum) by table.
var alnum = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnum(byte(c))
	}
	return t
}()

// wordBufs lend FindPeriods and FindYears, which run on every sentence of
// a call several times over, the room for their words.
var wordBufs = sync.Pool{New: func() any { return new([]word) }}

// lendWords returns the words of s in a lent buffer, and a func that
// gives it back once they are no longer used.
func lendWords(s string) ([]word, func()) {
	buf := wordBufs.Get().(*[]word)
	ws := words((*buf)[:0], s)
	return ws, func() {
		clear(ws) // hold no text
		*buf = ws[:0]
		wordBufs.Put(buf)
	}
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// FindPeriods returns the periods named in s, in order: "third quarter
// (of) (fiscal) 2021", "fiscal 2021 third quarter", "Q3 2021", "Q3 FY21",
// "3Q21", "F3Q21", "FY21 Q3", "fourth quarter and full year 2021" (two
// mentions: Q4 2021 and FY 2021), "first half of 2020", "H1 2020", "nine
// months ended ...", "full year 2021", "fiscal 2022", "fiscal year 2022",
// "the quarter ended June 30, 2021". A quarter or half said without a year
// has Year 0.
func FindPeriods(s string) []PeriodMention {
	if !mayNamePeriod(s) {
		return nil // most sentences: no words to read
	}
	ws, giveBack := lendWords(s)
	defer giveBack()
	return periodsIn(ws)
}

// mayNamePeriod reports whether s holds what every period FindPeriods
// reads holds: an ASCII digit (a year, "Q3", "H1", "3Q21") or "quarter",
// "half", "month" or "year" in any case (of ASCII letters: no other rune
// lower-cases to one of theirs). Seven sentences of ten of a call hold
// none, and reading them needs no split into words.
func mayNamePeriod(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | ('a' - 'A') { // an ASCII letter in lower case; no other byte becomes one
		case 'q':
			if hasPrefixFold(s[i:], "quarter") {
				return true
			}
		case 'h':
			if hasPrefixFold(s[i:], "half") {
				return true
			}
		case 'm':
			if hasPrefixFold(s[i:], "month") {
				return true
			}
		case 'y':
			if hasPrefixFold(s[i:], "year") {
				return true
			}
		default:
			if isDigit(s[i]) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with low (lower-case ASCII
// letters) in any case of ASCII letters.
func hasPrefixFold(s, low string) bool {
	if len(s) < len(low) {
		return false
	}
	for i := 0; i < len(low); i++ {
		if s[i]|('a'-'A') != low[i] {
			return false
		}
	}
	return true
}

// FindPeriodsAndYears is FindPeriods(s) and FindYears(s), reading the
// words of s once for both.
func FindPeriodsAndYears(s string) ([]PeriodMention, []YearMention) {
	ws, giveBack := lendWords(s)
	defer giveBack()
	return periodsIn(ws), yearsIn(ws)
}

// periodsIn is FindPeriods given the words.
func periodsIn(ws []word) []PeriodMention {
	var out []PeriodMention
	for k := 0; k < len(ws); {
		ms, n := periodAt(ws, k)
		if n == 0 {
			k++
			continue
		}
		for _, m := range ms {
			if m.EndMonth == 0 {
				m.EndMonth, m.EndYear = endedDate(ws, k+n)
			}
			out = append(out, m)
		}
		k += n
	}
	return out
}

// periodAt reads the period mentions that begin at ws[k] and the number
// of words they take.
func periodAt(ws []word, k int) ([]PeriodMention, int) {
	w := ws[k].low
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].low
		}
		return ""
	}
	mention := func(p Period, from, to int) PeriodMention {
		return PeriodMention{Period: p, Start: ws[from].start, End: ws[to-1].end}
	}
	// "fiscal 2021 third quarter", "fiscal year 2021", "FY 2021", "FY21 Q3", "2021 third quarter"
	if fy, n := fiscalYear(ws, k); n > 0 {
		if q, m := quarterWords(ws, k+n); m > 0 {
			return []PeriodMention{mention(Period{Quarter, q, fy.Year, fy.Fiscal}, k, k+n+m)}, n + m
		}
		if fy.Fiscal || fy.Kind == FullYear {
			return []PeriodMention{mention(fy, k, k+n)}, n
		}
		return nil, 0
	}
	// "third quarter", "Q3", "3Q21", "F3Q21"
	if q, n := quarterWords(ws, k); n > 0 {
		return quarterMention(ws, k, q, n)
	}
	// "first half", "second half of 2021", "H1 2021", "1H21"
	if h, n := halfWords(ws, k); n > 0 {
		p := Period{Kind: Half, N: h}
		if y := compactYear(w); y > 0 {
			p.Year = y
			return []PeriodMention{mention(p, k, k+n)}, n
		}
		if y, m := yearAfter(ws, k+n); m > 0 {
			p.Year, p.Fiscal = y.Year, y.Fiscal
			return []PeriodMention{mention(p, k, k+n+m)}, n + m
		}
		return []PeriodMention{mention(p, k, k+n)}, n
	}
	// "nine months", "first nine months"
	if w == "nine" && at(k+1) == "months" || w == "first" && at(k+1) == "nine" && at(k+2) == "months" {
		n := 2
		if w == "first" {
			n = 3
		}
		p := Period{Kind: NineMonths}
		if y, m := yearAfter(ws, k+n); m > 0 {
			p.Year, p.Fiscal = y.Year, y.Fiscal
			n += m
		}
		return []PeriodMention{mention(p, k, k+n)}, n
	}
	// "full year 2021", "full-year 2021", "the year 2021" is not a period word
	if n := fullYearWords(w, at(k+1)); n > 0 {
		p := Period{Kind: FullYear}
		if y, m := yearAfter(ws, k+n); m > 0 {
			p.Year, p.Fiscal = y.Year, y.Fiscal
			n += m
		}
		return []PeriodMention{mention(p, k, k+n)}, n
	}
	return nil, 0
}

// quarterMention reads the year of a quarter said at ws[k:k+n]: glued to
// it ("3Q21"), after it ("Q3 of fiscal 2021"), or after a longer period
// said with it ("fourth quarter and full year 2021", "second quarter and
// first half 2021", "third quarter and nine months 2021"), whose year is
// the quarter's too and which is a mention of its own.
func quarterMention(ws []word, k, q, n int) ([]PeriodMention, int) {
	mention := func(p Period, from, to int) PeriodMention {
		return PeriodMention{Period: p, Start: ws[from].start, End: ws[to-1].end}
	}
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].low
		}
		return ""
	}
	p := Period{Kind: Quarter, N: q}
	if y := compactYear(ws[k].low); y > 0 {
		p.Year = y
		return []PeriodMention{mention(p, k, k+n)}, n
	}
	end := k + n
	if at(end) == "and" || at(end) == "&" {
		j := end + 1
		if at(j) == "the" {
			j++
		}
		if kind, w := alongside(ws, j); w > 0 {
			if y, m := yearAfter(ws, j+w); m > 0 {
				p.Year, p.Fiscal = y.Year, y.Fiscal
				other := Period{Kind: kind, Year: y.Year, Fiscal: kind == FullYear || y.Fiscal}
				if kind == Half {
					other.N, _ = halfWords(ws, j)
				}
				return []PeriodMention{mention(p, k, end), mention(other, j, j+w+m)}, j + w + m - k
			}
		}
	}
	if y, m := yearAfter(ws, end); m > 0 {
		p.Year, p.Fiscal = y.Year, y.Fiscal
		return []PeriodMention{mention(p, k, end+m)}, end + m - k
	}
	return []PeriodMention{mention(p, k, end)}, n
}

// fiscalYear reads "fiscal 2021", "fiscal year 2021", "fiscal '21",
// "FY 2021", "FY21", "FY'21", "2021 full year" and a bare "2021" that a
// quarter follows ("2021 third quarter").
func fiscalYear(ws []word, k int) (Period, int) {
	w := ws[k].low
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].low
		}
		return ""
	}
	if strings.HasPrefix(w, "fy") && Year(w) > 0 {
		return Period{Kind: FullYear, Year: Year(w), Fiscal: true}, 1
	}
	if w == "fiscal" || w == "fy" {
		n := 1
		if at(k+1) == "year" {
			n = 2
		}
		if y := Year(at(k + n)); y > 0 {
			return Period{Kind: FullYear, Year: y, Fiscal: true}, n + 1
		}
		return Period{}, 0
	}
	if len(w) == 4 && Year(w) > 0 {
		if n := fullYearWords(at(k+1), at(k+2)); n > 0 {
			return Period{Kind: FullYear, Year: Year(w)}, 1 + n
		}
		if _, n := quarterWords(ws, k+1); n > 0 {
			return Period{Kind: FullYear, Year: Year(w)}, 1 // only with the quarter after it
		}
	}
	return Period{}, 0
}

// yearAfter reads the year that follows a quarter or half: "2021", "of
// 2021", ", 2021", "of fiscal 2021", "fiscal year 2021", "FY21", "'21".
func yearAfter(ws []word, k int) (Period, int) {
	n := 0
	for n < 2 && k+n < len(ws) && (ws[k+n].low == "of" || ws[k+n].low == "," || ws[k+n].low == "in") {
		n++
	}
	if k+n >= len(ws) {
		return Period{}, 0
	}
	w := ws[k+n].low
	if w == "fiscal" || w == "fy" || strings.HasPrefix(w, "fy") {
		if p, m := fiscalYear(ws, k+n); m > 0 {
			return p, n + m
		}
		return Period{}, 0
	}
	if y := Year(w); y > 0 && (len(w) == 4 || w[0] == '\'' || strings.HasPrefix(w, "’")) {
		return Period{Kind: FullYear, Year: y}, n + 1
	}
	return Period{}, 0
}

// quarterWords reads "third quarter", "third-quarter", "Q3", "3Q",
// "3Q21", "Q3'21", "F3Q21" at ws[k]: the quarter and the words it takes.
func quarterWords(ws []word, k int) (int, int) {
	if k >= len(ws) {
		return 0, 0
	}
	w := ws[k].low
	// The next words first, as in halfWords.
	if k+1 < len(ws) && (ws[k+1].low == "quarter" || ws[k+1].low == "fiscal" && k+2 < len(ws) && ws[k+2].low == "quarter") {
		if q, ok := Ordinals[w]; ok {
			if ws[k+1].low == "fiscal" {
				return q, 3
			}
			return q, 2
		}
	}
	if before, ok := strings.CutSuffix(w, "-quarter"); ok {
		if q, ok := Ordinals[before]; ok {
			return q, 1
		}
	}
	if q := compactQuarter(w); q > 0 {
		return q, 1
	}
	return 0, 0
}

// compactQuarter reads "q3", "3q", "3q21", "q3'21", "q321"? no: "f3q21", "q3fy21".
func compactQuarter(w string) int {
	w = strings.TrimPrefix(w, "f")
	switch {
	case len(w) >= 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
		if len(w) == 2 || compactYearRest(w[2:]) {
			return int(w[1] - '0')
		}
	case len(w) >= 2 && w[1] == 'q' && w[0] >= '1' && w[0] <= '4':
		if len(w) == 2 || compactYearRest(w[2:]) {
			return int(w[0] - '0')
		}
	}
	return 0
}

// compactYear is the year glued to a quarter or half: "3q21", "q3'21", "1h2021".
func compactYear(w string) int {
	w = strings.TrimPrefix(w, "f")
	if len(w) > 2 && compactYearRest(w[2:]) {
		return Year(strings.TrimPrefix(strings.TrimPrefix(w[2:], "fy"), "f"))
	}
	return 0
}

func compactYearRest(r string) bool {
	r = strings.TrimPrefix(strings.TrimPrefix(r, "fy"), "f")
	return Year(r) > 0
}

// halfWords reads "first half", "second-half", "h1", "1h", "1h21".
func halfWords(ws []word, k int) (int, int) {
	w := ws[k].low
	// The next word first: most words are followed by no "half", and
	// comparing it is cheaper than looking w up.
	if k+1 < len(ws) && ws[k+1].low == "half" {
		if h, ok := Ordinals[w]; ok && h <= 2 {
			return h, 2
		}
	}
	if before, ok := strings.CutSuffix(w, "-half"); ok {
		if h, ok := Ordinals[before]; ok && h <= 2 {
			return h, 1
		}
	}
	if len(w) >= 2 && (w[0] == 'h' && (w[1] == '1' || w[1] == '2') || w[1] == 'h' && (w[0] == '1' || w[0] == '2')) {
		if len(w) == 2 || compactYearRest(w[2:]) {
			if w[0] == 'h' {
				return int(w[1] - '0'), 1
			}
			return int(w[0] - '0'), 1
		}
	}
	return 0, 0
}

// alongside reads the longer period said with a quarter after "and": "full
// year", "fiscal year", "year-end", "first half", "(first) nine months",
// "nine-month": its kind and how many words it takes.
func alongside(ws []word, j int) (PeriodKind, int) {
	at := func(i int) string {
		if i < len(ws) {
			return ws[i].low
		}
		return ""
	}
	if n := fullYearWords(at(j), at(j+1)); n > 0 {
		return FullYear, n
	}
	switch {
	case at(j) == "year-end":
		return FullYear, 1
	case at(j) == "year" && at(j+1) == "end":
		return FullYear, 2
	case at(j) == "nine-month" || at(j) == "nine-months":
		return NineMonths, 1
	case at(j) == "nine" && (at(j+1) == "months" || at(j+1) == "month"):
		return NineMonths, 2
	case at(j) == "first" && at(j+1) == "nine" && (at(j+2) == "months" || at(j+2) == "month"):
		return NineMonths, 3
	}
	if j < len(ws) {
		if _, n := halfWords(ws, j); n > 0 {
			return Half, n
		}
	}
	return NoPeriod, 0
}

// fullYearWords is how many words of "full year", "full-year", "fiscal
// year", "whole year" (w, next) are.
func fullYearWords(w, next string) int {
	switch {
	case w == "full-year" || w == "fiscal-year" || w == "full-fiscal-year":
		return 1
	case (w == "full" || w == "fiscal" || w == "whole") && next == "year":
		return 2
	}
	return 0
}

// endedDate reads "ended June 30, 2021" or "ending on March 31" after a
// period: the month and year it ended (year 0 when not said).
func endedDate(ws []word, k int) (int, int) {
	if k >= len(ws) || ws[k].low != "ended" && ws[k].low != "ending" {
		return 0, 0
	}
	k++
	if k < len(ws) && ws[k].low == "on" {
		k++
	}
	if k >= len(ws) {
		return 0, 0
	}
	m, ok := Months[ws[k].low]
	if !ok {
		return 0, 0
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		if y := Year(ws[j].low); y > 0 && len(ws[j].low) == 4 {
			return m, y
		}
	}
	return m, 0
}

// BareYears returns the years Year accepts (1990 to 2099) that s says as
// four digits standing alone ("in 2021,", not "12021" or "2021x"), in order.
// It is the hot loop of reading a call's years, so it scans by hand.
func BareYears(s string) []int {
	var out []int
	for i := 0; i+4 <= len(s); i++ {
		if i+8 <= len(s) && !digitIn8(s, i) {
			i += 7 // and the loop's one: past eight bytes without a digit (most of a text)
			continue
		}
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 && (s[i:i+3] == "199" || s[i:i+2] == "20") && (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			out = append(out, int(s[i]-'0')*1000+int(s[i+1]-'0')*100+int(s[i+2]-'0')*10+int(s[i+3]-'0'))
		}
		i = j
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// digitIn8 reports whether one of the eight bytes of s at i is a digit.
// Digits xor 0x30 are the bytes below 10; the high bit of a byte of
// x - 10, that x's byte had not, is set first in the lowest byte below 10
// (which borrows from none), and a byte of 10 or more borrows from none.
func digitIn8(s string, i int) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	s = s[i : i+8] // one bounds check, not eight: the eight bytes are read at once
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	x ^= ones * '0'
	return (x-ones*10)&^x&highs != 0
}

// isWordByte is an ASCII letter, digit or underscore: \w of regular expressions.
func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

// YearMention is a year named in a text at bytes [Start, End): said as a
// number ("2021", "'21", "calendar 2021") or relative to the time of
// speaking ("this year", "the year", "next year", "last year", "annual").
type YearMention struct {
	Start, End int
	Year       int  // the year said; 0 when relative
	Relative   bool // said relative to now
	Offset     int  // of a relative year: 0 this year, 1 next year, -1 last year
}

// relativeYears are the words that name a year relative to now.
var relativeYears = map[string]int{"this": 0, "the": 0, "current": 0, "coming": 1, "next": 1, "last": -1, "prior": -1, "previous": -1}

// FindYears returns the years named in s, in order: four-digit years
// ("in 2021", "fiscal 2022"), "'21", and years said relative to now ("this
// year", "next year", "annual"). Use it beside FindPeriods, which reads
// quarters, halves and full years: a year inside a period FindPeriods
// names ("the third quarter of 2021") is found by both.
func FindYears(s string) []YearMention {
	ws, giveBack := lendWords(s)
	defer giveBack()
	return yearsIn(ws)
}

// yearsIn is FindYears given the words.
func yearsIn(ws []word) []YearMention {
	var out []YearMention
	for k, w := range ws {
		switch {
		case len(w.low) == 4 && Year(w.low) > 0 || strings.HasPrefix(w.low, "'") && Year(w.low) > 0 || strings.HasPrefix(w.low, "’") && Year(w.low) > 0:
			out = append(out, YearMention{Start: w.start, End: w.end, Year: Year(w.low)})
		case w.low == "annual" || w.low == "annually":
			out = append(out, YearMention{Start: w.start, End: w.end, Relative: true})
		case w.low == "year" && k > 0:
			off, ok := relativeYears[ws[k-1].low]
			if !ok || k+1 < len(ws) && Year(ws[k+1].low) > 0 && len(ws[k+1].low) == 4 {
				continue // "a year", "the year 2025": the year said is read next
			}
			out = append(out, YearMention{Start: ws[k-1].start, End: w.end, Relative: true, Offset: off})
		}
	}
	return out
}
