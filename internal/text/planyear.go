package text

import "strings"

// SaysPlanYear reports a year counted from the start of a plan or a deal
// rather than named: "by year three", "in year 2", "by the third year".
// A figure said for it is a target some years out, not this year's.
func SaysPlanYear(low string) bool {
	for _, lead := range []string{"by year ", "in year ", "by the end of year "} {
		for rest := low; ; {
			i := strings.Index(rest, lead)
			if i < 0 {
				break
			}
			rest = rest[i+len(lead):]
			if w := firstWord(rest); planYearNumbers[w] {
				return true
			}
		}
	}
	for _, lead := range []string{"by the ", "in the "} {
		for rest := low; ; {
			i := strings.Index(rest, lead)
			if i < 0 {
				break
			}
			rest = rest[i+len(lead):]
			if n, ok := Ordinals[firstWord(rest)]; ok && n >= 2 && strings.HasPrefix(rest[len(firstWord(rest)):], " year") &&
				!strings.HasPrefix(rest[len(firstWord(rest)):], " year of") {
				return true // "by the third year", not "in the second year of the pandemic"
			}
		}
	}
	return false
}

// planYearNumbers are the numbers a plan's years are counted by.
var planYearNumbers = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"1": true, "2": true, "3": true, "4": true, "5": true}

// firstWord is s up to its first space or punctuation.
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' {
			return s[:i]
		}
	}
	return s
}
