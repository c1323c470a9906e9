package text

import "strings"

// DateMention is a calendar date named in a text at bytes [Start, End):
// "December 31, 2020", "Dec. 31st 2020", "31 December 2020".
type DateMention struct {
	Start, End       int
	Year, Month, Day int
}

// FindDates returns the dates that s names with a day, a month and a
// four-digit year, in order. A month and year alone ("December 2020") is
// no date: it names a month, not the day a period ended.
func FindDates(s string) []DateMention {
	if len(BareYears(s)) == 0 {
		return nil // most sentences: no year to read
	}
	ws, giveBack := lendWords(s)
	defer giveBack()
	var out []DateMention
	at := func(k int) string {
		if k < len(ws) {
			return ws[k].low
		}
		return ""
	}
	yearAt := func(k int) int {
		if at(k) == "," {
			k++
		}
		if len(at(k)) == 4 {
			return Year(at(k))
		}
		return 0
	}
	for k := range ws {
		month, day, year, last := 0, 0, 0, 0
		if m := monthWord(at(k)); m > 0 {
			// "December 31, 2020"
			if d := dayWord(at(k + 1)); d > 0 {
				month, day, year, last = m, d, yearAt(k+2), k+2
			}
		} else if d := dayWord(at(k)); d > 0 {
			// "31 December 2020"
			if m := monthWord(at(k + 1)); m > 0 {
				month, day, year, last = m, d, yearAt(k+2), k+2
			}
		}
		if year == 0 {
			continue
		}
		if at(last) == "," {
			last++
		}
		out = append(out, DateMention{Start: ws[k].start, End: ws[last].end, Year: year, Month: month, Day: day})
	}
	return out
}

// monthWord is the month a word names ("december", "dec", "dec."), or 0.
func monthWord(w string) int {
	return Months[strings.TrimSuffix(w, ".")]
}

// dayWord is the day of the month a word says ("31", "31st", "2nd"), or 0.
func dayWord(w string) int {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if len(w) > 2 {
			w = strings.TrimSuffix(w, suffix)
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	d := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return 0
		}
		d = d*10 + int(w[i]-'0')
	}
	if d < 1 || d > 31 {
		return 0
	}
	return d
}
