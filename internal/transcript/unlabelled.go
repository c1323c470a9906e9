package transcript

import (
	"regexp"
	"strings"
)

// UnattributedName is the one speaker of a transcript without speaker
// labels. No name is ever invented.
const UnattributedName = "Unattributed"

// readUnlabelled reads text without speaker labels: one sentence per line
// (ECTSum) or the whole call as one long line (ASR output). It makes one
// anonymous turn whose paragraphs are re-formed from sentences: about five
// sentences (and at most ~900 characters) each. Every paragraph keeps the
// line its first sentence is on.
func readUnlabelled(name string, lines []string, firstLine int) *draft {
	d := &draft{format: "unlabelled", unlabelled: true}
	tu := draftTurn{speaker: UnattributedName, role: RoleUnknown, section: SectionPrepared}
	var para strings.Builder
	paraLine, n := 0, 0
	end := func() {
		if para.Len() > 0 {
			tu.paras = append(tu.paras, draftPara{text: para.String(), line: paraLine})
		}
		para.Reset()
		n = 0
	}
	for i, raw := range lines {
		line := strings.TrimSpace(normSpaces(raw))
		if line == "" {
			end() // a blank line ends a paragraph
			continue
		}
		if tu.line == 0 {
			tu.line = firstLine + i
		}
		for _, s := range splitSentences(line) {
			if para.Len() == 0 {
				paraLine = firstLine + i
			} else {
				para.WriteByte(' ')
			}
			para.WriteString(s)
			n++
			if n >= 5 || para.Len() > 900 {
				end()
			}
		}
	}
	end()
	if len(tu.paras) > 0 {
		d.turns = append(d.turns, tu)
	}
	return d
}

// sentenceEnd is the end of a sentence: . ? ! (and closing quotes) before
// a space and a capital letter or digit.
var sentenceEnd = regexp.MustCompile(`[.?!…]["”’)]?\s+["“(]?[A-Z0-9]`)

// splitSentences cuts a line into sentences; short abbreviations such as
// "Mr." or "U.S." do not end one.
func splitSentences(line string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(line, -1) {
		cut := m[0] + 1
		for cut < len(line) && strings.ContainsRune(`"”’)`, rune(line[cut])) {
			cut++
		}
		if abbrevBefore(line[start:m[0]]) {
			continue
		}
		if s := strings.TrimSpace(line[start:cut]); s != "" {
			out = append(out, s)
		}
		start = cut
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

var abbrevWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"inc": false, "vs": true, "no": true, "approx": true, "e.g": true, "i.e": true, "u.s": true, "u.k": true,
}

func abbrevBefore(s string) bool {
	i := strings.LastIndexAny(s, " (")
	w := strings.ToLower(s[i+1:])
	if abbrevWords[w] {
		return true
	}
	// single initials: "John F. Kennedy"
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}
