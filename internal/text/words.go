package text

import "strings"

// LastWords is the last n words of s joined by one space: the words just
// before a figure, where its metric and qualifiers are said.
func LastWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return strings.Join(ws, " ")
}
