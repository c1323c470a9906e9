package transcript

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readPlain reads the plain text format: speaker lines "Name - Title" or
// "Operator", each followed by paragraph lines. Optional header lines
// (a title, participant lists under "Company Participants" / "Executives"
// and "Conference Call Participants" / "Analysts") come first; a line
// "Question-and-Answer Session" starts the Q&A. A known participant's name
// alone on a line is a speaker line too. Lines before the first speaker
// that are none of these are kept as notes.
func readPlain(name string, lines []string, firstLine int) *draft {
	d := &draft{format: "plain"}
	var cur *draftTurn
	section := SectionKind("")
	list := Role("") // participant list being read, "" outside one
	known := map[string]participant{}

	flush := func() {
		if cur != nil {
			d.turns = append(d.turns, *cur)
			cur = nil
		}
	}
	for i, raw := range lines {
		lineNo := firstLine + i
		line := strings.TrimSpace(normSpaces(raw))
		if line == "" {
			continue
		}
		if role, ok := participantHeader(line); ok && cur == nil {
			list = role
			continue
		}
		if isQAHeader(line) {
			flush()
			list = ""
			section = SectionQA
			continue
		}
		if list != "" && cur == nil && isOperatorName(strings.TrimSuffix(line, ":")) {
			list = "" // the call starts
		}
		if list != "" && cur == nil {
			if p, ok := parseParticipant(line, list); ok {
				d.participants = append(d.participants, p)
				known[nameKey(p.name)] = p
				continue
			}
			list = ""
		}
		if sp, title, ok := speakerLine(line, known); ok {
			flush()
			cur = &draftTurn{speaker: sp, title: title, section: section, line: lineNo}
			if p, ok := known[nameKey(sp)]; ok && title == "" {
				cur.title, cur.firm = p.title, p.firm
			}
			continue
		}
		if cur == nil {
			if d.title == "" && len(d.turns) == 0 && looksLikeTitle(line) {
				d.title = line
			}
			d.notes = append(d.notes, Note{Pos: Pos{File: name, Line: lineNo}, Text: line})
			continue
		}
		cur.paras = append(cur.paras, draftPara{text: line, line: lineNo})
	}
	flush()
	return d
}

// normSpaces turns non-breaking spaces into plain ones.
func normSpaces(s string) string {
	if !strings.ContainsRune(s, '\u00a0') {
		return s
	}
	return strings.ReplaceAll(s, "\u00a0", " ")
}

var qaHeaders = map[string]bool{
	"question-and-answer session": true, "question and answer session": true,
	"questions and answers": true, "questions & answers": true, "q&a": true,
	"q&a session": true, "question-and-answer": true, "questions-and-answers": true,
	"q&": true, "question & answer session": true,
}

func isQAHeader(line string) bool {
	return qaHeaders[strings.ToLower(strings.TrimRight(line, ": "))]
}

// participantHeader recognises the headings of participant lists.
func participantHeader(line string) (Role, bool) {
	switch strings.ToLower(strings.TrimRight(line, ": ")) {
	case "executives", "company participants", "corporate participants", "company representatives", "management":
		return RoleManagement, true
	case "analysts", "conference call participants", "other participants":
		return RoleAnalyst, true
	case "participants", "call participants":
		return RoleUnknown, true
	}
	return "", false
}

// parseParticipant reads "Name - Title" (executives) or "Name - Firm"
// (analysts) from a participant list.
func parseParticipant(line string, role Role) (participant, bool) {
	name, rest, ok := splitDash(line)
	if !ok {
		if looksLikeName(line) {
			return participant{name: normText(line), role: role}, true
		}
		return participant{}, false
	}
	if !looksLikeName(name) {
		return participant{}, false
	}
	p := participant{name: normText(name), role: role}
	if role == RoleAnalyst {
		p.firm = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "- Analyst"))
		p.title = "Analyst"
	} else {
		p.title = rest
	}
	return p, true
}

var dashSep = regexp.MustCompile(`\s+(?:-{1,2}|–|—)\s+`)

// splitDash splits "Name - Title" at the first spaced dash.
func splitDash(line string) (name, rest string, ok bool) {
	loc := dashSep.FindStringIndex(line)
	if loc == nil {
		return "", "", false
	}
	name, rest = strings.TrimSpace(line[:loc[0]]), strings.TrimSpace(line[loc[1]:])
	return name, rest, name != "" && rest != ""
}

// speakerLine recognises a line that starts a turn.
func speakerLine(line string, known map[string]participant) (speaker, title string, ok bool) {
	if len(line) > 200 {
		return "", "", false
	}
	bare := strings.TrimSuffix(line, ":")
	if isOperatorName(bare) {
		return "Operator", "", true
	}
	if _, ok := known[nameKey(bare)]; ok {
		return normText(bare), "", true
	}
	if isUnlistedSpeaker(bare) {
		return normText(bare), "", true
	}
	if who, ok := qaPrefixed(bare, known); ok {
		return who, "", true
	}
	name, title, ok := splitDash(line)
	if !ok || !looksLikeName(name) || !looksLikeTitle(title) {
		return "", "", false
	}
	if isOperatorName(name) {
		return "Operator", "", true
	}
	return normText(name), normText(title), true
}

func isOperatorName(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "operator", "conference operator", "the operator":
		return true
	}
	return false
}

var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "du": true,
	"dos": true, "das": true, "bin": true, "al": true, "y": true, "st.": true,
}

// looksLikeName accepts "Michael James Latimore", "Jeffrey M. K. Bernstein",
// "Giacomo Dall'Aglio", "Unidentified Analyst"; it rejects sentences.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 1 || len(words) > 7 || len(s) > 60 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameParticles[strings.ToLower(w)]:
		default:
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-' || c == ',') {
				return false
			}
		}
	}
	return caps >= 1 && (len(words) >= 2 || strings.EqualFold(words[0], "Operator"))
}

// looksLikeTitle accepts a job title or firm, not a sentence.
func looksLikeTitle(s string) bool {
	if len(s) == 0 || len(s) > 120 {
		return false
	}
	if strings.ContainsAny(s, "?!") || strings.Contains(s, ". ") && !strings.Contains(s, "Inc. ") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 16 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
