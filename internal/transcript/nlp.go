package transcript

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readNLP reads Rev's token-per-line format (Earnings-21):
//
//	token|speaker|ts|endTs|punctuation|case|tags|wer_tags
//	Good|0||||UC|[]|[]
//
// The text is rebuilt from the tokens, their trailing punctuation and their
// case (UC: capitalised, CA: all capitals). Speaker ids are numbers; speaker
// id N is "Speaker N+1" until the call itself names them (inferNLPSpeakers:
// roles and names from what people say, names marked inferred). A turn
// starts whenever the speaker changes; a turn's paragraphs are runs of
// about five sentences. The speaker whose turns mostly introduce questions
// plays the operator.
func readNLP(name, text string) (*draft, error) {
	lines := splitLines(text)
	cols := map[string]int{}
	for i, c := range strings.Split(lines[0], "|") {
		cols[strings.TrimSpace(strings.ToLower(c))] = i
	}
	ti, si := cols["token"], cols["speaker"]
	pi, hasP := cols["punctuation"]
	ci, hasC := cols["case"]
	d := &draft{format: "nlp"}
	var cur *draftTurn
	var para strings.Builder
	paraLine, sentences := 0, 0
	endPara := func() {
		if cur != nil && para.Len() > 0 {
			cur.paras = append(cur.paras, draftPara{text: para.String(), line: paraLine})
		}
		para.Reset()
		sentences = 0
	}
	flush := func() {
		endPara()
		if cur != nil {
			d.turns = append(d.turns, *cur)
			cur = nil
		}
	}
	lastSpeaker := ""
	for i, l := range lines[1:] {
		lineNo := i + 2
		if strings.TrimSpace(l) == "" {
			continue
		}
		f := strings.Split(l, "|")
		if len(f) <= max(ti, si) {
			d.warnings = append(d.warnings, &Error{Pos: Pos{File: name, Line: lineNo}, Msg: "token line with too few columns"})
			continue
		}
		tok := strings.TrimSpace(f[ti])
		spk := strings.TrimSpace(f[si])
		if spk != lastSpeaker || cur == nil {
			flush()
			lastSpeaker = spk
			cur = &draftTurn{speaker: nlpSpeakerName(spk), line: lineNo}
		}
		tok = nlpToken(tok)
		if tok == "" {
			continue
		}
		if hasC && ci < len(f) {
			tok = applyCase(tok, strings.TrimSpace(f[ci]))
		}
		punct := ""
		if hasP && pi < len(f) {
			punct = strings.TrimSpace(f[pi])
		}
		if para.Len() == 0 {
			paraLine = lineNo
		} else {
			para.WriteByte(' ')
		}
		para.WriteString(tok)
		para.WriteString(punct)
		if punct == "." || punct == "?" || punct == "!" || punct == "…" {
			sentences++
			if sentences >= 5 && para.Len() > 300 || para.Len() > 1500 {
				endPara()
			}
		}
	}
	flush()
	markOperator(d)
	inferNLPSpeakers(d)
	return d, nil
}

func nlpSpeakerName(id string) string {
	if n, err := strconv.Atoi(id); err == nil && n >= 0 {
		return fmt.Sprintf("Speaker %d", n+1)
	}
	if id == "" {
		return "Unidentified Speaker"
	}
	return "Speaker " + id
}

// nlpToken turns spoken-form tokens into bracketed notes; <unk> and
// <silence> are dropped.
func nlpToken(tok string) string {
	if !strings.HasPrefix(tok, "<") || !strings.HasSuffix(tok, ">") {
		return tok
	}
	switch strings.ToLower(strings.Trim(tok, "<>")) {
	case "unk", "silence", "":
		return ""
	case "laugh", "laughter":
		return "[laughter]"
	default:
		return "[" + strings.ToLower(strings.Trim(tok, "<>")) + "]"
	}
}

func applyCase(tok, c string) string {
	switch c {
	case "UC":
		r, n := utf8.DecodeRuneInString(tok)
		if unicode.IsLower(r) {
			return string(unicode.ToUpper(r)) + tok[n:]
		}
	case "CA":
		return strings.ToUpper(tok)
	}
	return tok
}

var operatorCue = regexp.MustCompile(`(?i)\b(?:first|next|following|last|final) question\b|question (?:comes|is coming) from|\bquestion-and-answer session\b|\boperator instructions\b|\bfrom the line of\b|\byour line is (?:now )?open\b|\bpress(?:ing)? (?:star|\*)`)

// markOperator gives the operator role to the one speaker whose turns are
// mostly introductions of questions, when the format names nobody
// "Operator".
func markOperator(d *draft) {
	cues := map[string]int{}
	total := map[string]int{}
	for _, tu := range d.turns {
		total[tu.speaker]++
		if operatorCue.MatchString(joinParas(tu)) {
			cues[tu.speaker]++
		}
	}
	best, bestN := "", 0
	for _, tu := range d.turns {
		s := tu.speaker
		if n := cues[s]; n > bestN || n == bestN && n > 0 && s < best {
			best, bestN = s, n
		}
	}
	if best == "" || bestN < 2 && !(bestN == 1 && total[best] <= 2) || 2*bestN < total[best]/2 {
		return
	}
	for i := range d.turns {
		if d.turns[i].speaker == best {
			d.turns[i].role = RoleOperator
		}
	}
}
