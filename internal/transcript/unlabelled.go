package transcript

import (
	"strings"

	"callsite/internal/text"
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

// splitSentences is text.Split, the project's one sentence splitter.
func splitSentences(line string) []string { return text.Split(line) }
