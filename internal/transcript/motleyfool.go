package transcript

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// readJSON reads the two Motley Fool JSON shapes:
//
//   - ECTSum / la83la: {"prepared_remarks": [{speaker, speech}], "q_and_a": [...],
//     "participants": ["Name--Title", "Name--Firm -- Analyst"]}
//   - foolcalls structured: {company_name, ticker, fiscal_period_year,
//     fiscal_period_qtr, call_date, participants{management, analysts},
//     call_transcript: [{section, statement_type, speaker, role, affiliation, text}]}
//
// Each turn's line is the line where its speech (text) value starts.
func readJSON(name, text string, views bool) (*draft, error) {
	var doc jsonDoc
	if err := walkJSON(text, views, &doc); err != nil {
		return nil, err
	}
	if doc.Err != nil {
		return nil, &Error{Pos: Pos{File: name, Line: lineAt(text, doc.ErrOffset)}, Msg: "bad JSON: " + doc.Err.Error()}
	}
	switch {
	case doc.structured:
		return readFoolStructured(name, &doc), nil
	case doc.ectsum:
		return readFoolJSON(name, &doc), nil
	}
	return nil, &Error{Pos: Pos{File: name, Line: 1}, Msg: "JSON without a transcript (expected prepared_remarks/q_and_a or call_transcript)"}
}

// jsonEntry is one statement of either JSON shape, with the byte offset of
// its text value.
type jsonEntry struct {
	Speaker       string `json:"speaker"`
	Speech        string `json:"speech"`
	Text          string `json:"text"`
	Section       string `json:"section"`
	StatementType string `json:"statement_type"`
	Role          string `json:"role"`
	Affiliation   string `json:"affiliation"`
	line          int
}

type jsonPerson struct {
	Speaker     string `json:"speaker"`
	Role        string `json:"role"`
	Affiliation string `json:"affiliation"`
}

type jsonDoc struct {
	structured, ectsum bool
	prepared, qa, ct   []jsonEntry
	partsList          []string
	parts              struct {
		Management []jsonPerson `json:"management"`
		Analysts   []jsonPerson `json:"analysts"`
	}
	fields    map[string]string // top-level string fields of the structured shape
	Err       error
	ErrOffset int64
}

// walkJSON decodes the top-level object key by key, so that the offset of
// every statement is known. Most files scanJSON reads faster (with views,
// see read); the others are decoded here.
func walkJSON(text string, views bool, doc *jsonDoc) error {
	if scanJSON(text, views, doc) {
		return nil
	}
	*doc = jsonDoc{}
	return decodeJSON(text, doc)
}

// decodeJSON is walkJSON with encoding/json's decoder.
func decodeJSON(text string, doc *jsonDoc) error {
	dec := json.NewDecoder(strings.NewReader(text))
	fail := func(err error) error {
		doc.Err, doc.ErrOffset = err, dec.InputOffset()
		return nil
	}
	tok, err := dec.Token()
	if err != nil {
		return fail(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return fail(fmt.Errorf("expected an object"))
	}
	doc.fields = map[string]string{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		switch key {
		case "prepared_remarks", "q_and_a", "call_transcript":
			list, err := decodeEntries(dec, text)
			if err != nil {
				return fail(err)
			}
			switch key {
			case "prepared_remarks":
				doc.prepared, doc.ectsum = list, true
			case "q_and_a":
				doc.qa, doc.ectsum = list, true
			default:
				doc.ct, doc.structured = list, true
			}
		case "participants":
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return fail(err)
			}
			if json.Unmarshal(raw, &doc.partsList) != nil {
				_ = json.Unmarshal(raw, &doc.parts)
			}
		default:
			var v any
			if err := dec.Decode(&v); err != nil {
				return fail(err)
			}
			switch x := v.(type) {
			case string:
				doc.fields[key] = x
			case float64:
				doc.fields[key] = strconv.FormatFloat(x, 'f', -1, 64)
			}
		}
	}
	return nil
}

var speechKey = regexp.MustCompile(`"(?:speech|text)"\s*:\s*`)

// decodeEntries decodes an array of statements and finds the line where
// each one's speech value starts.
func decodeEntries(dec *json.Decoder, text string) ([]jsonEntry, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if tok == nil {
		return nil, nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fmt.Errorf("expected a list of statements")
	}
	var out []jsonEntry
	lines := lineCounter{text: text}
	for dec.More() {
		start := dec.InputOffset()
		var e jsonEntry
		if err := dec.Decode(&e); err != nil {
			return nil, err
		}
		end := dec.InputOffset()
		off := start
		if start >= 0 && end <= int64(len(text)) && start <= end {
			if loc := speechKey.FindStringIndex(text[start:end]); loc != nil {
				off = start + int64(loc[1])
			}
		}
		e.line = lines.at(off)
		out = append(out, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

// lineCounter gives the lines of offsets in a text, counting the newlines
// between one offset and the next rather than from the start each time
// (statements come in order: counting from the start was quadratic).
type lineCounter struct {
	text  string
	off   int64 // the last offset asked
	lines int   // newlines before it
}

func (c *lineCounter) at(off int64) int {
	if off < 0 {
		return 1
	}
	off = min(off, int64(len(c.text)))
	if off < c.off {
		c.off, c.lines = 0, 0
	}
	c.lines += strings.Count(c.text[c.off:off], "\n")
	c.off = off
	return 1 + c.lines
}

// lineAt is the 1-based line of byte offset off in text.
func lineAt(text string, off int64) int {
	if off < 0 {
		return 1
	}
	if off > int64(len(text)) {
		off = int64(len(text))
	}
	return 1 + strings.Count(text[:off], "\n")
}

var durationRe = regexp.MustCompile(`(?i)^\s*duration\s*:?\s*\d+\s*(?:minutes?|mins?)\.?\s*$`)

// isPseudoSpeaker reports the "Duration: 60 minutes" line Motley Fool
// puts where a speaker would be. It is dropped without a warning: the
// format always has it, and there is nothing to fix.
// The expression is asked only of a line that says "duration" in some
// case (its letters have no other case beyond ASCII): every statement's
// speaker is asked.
func isPseudoSpeaker(s string) bool {
	return containsFoldASCII(s, "duration") && durationRe.MatchString(s)
}

func readFoolJSON(name string, doc *jsonDoc) *draft {
	d := &draft{format: "motleyfool-json"}
	for _, p := range doc.partsList {
		if pp, ok := foolParticipant(p); ok {
			d.participants = append(d.participants, pp)
		}
	}
	// The turns and each turn's paragraphs are counted before they are
	// made: grown one by one, they were copied over and over.
	d.turns = make([]draftTurn, 0, len(doc.prepared)+len(doc.qa))
	add := func(list []jsonEntry, sec SectionKind) {
		for _, e := range list {
			if isPseudoSpeaker(e.Speaker) {
				continue
			}
			tu := draftTurn{speaker: strings.TrimSpace(e.Speaker), section: sec, line: e.line}
			if n := strings.Count(e.Speech, "\n") + 1; n > 1 {
				tu.paras = make([]draftPara, 0, n)
			}
			nbsp := strings.Contains(e.Speech, "\u00a0") // looked for once a statement, not once a paragraph
			for rest, more := e.Speech, true; more; {
				var para string
				para, rest, more = strings.Cut(rest, "\n")
				if nbsp {
					para = normSpaces(para)
				}
				if para = strings.TrimSpace(para); para != "" {
					tu.paras = append(tu.paras, draftPara{text: para, line: e.line})
				}
			}
			if tu.speaker == "" {
				tu.speaker = "Unidentified Speaker"
			}
			d.turns = append(d.turns, tu)
		}
	}
	add(doc.prepared, SectionPrepared)
	add(doc.qa, SectionQA)
	return d
}

// foolParticipant reads "Name--Title" and "Name--Firm -- Analyst".
func foolParticipant(s string) (participant, bool) {
	s = strings.TrimSpace(normSpaces(s))
	name, rest, ok := strings.Cut(s, "--")
	name, rest = strings.TrimSpace(name), strings.TrimSpace(rest)
	if name == "" {
		return participant{}, false
	}
	p := participant{name: normText(name), role: RoleUnknown}
	if !ok {
		return p, true
	}
	p.firm, p.title, p.role = foolTitle(normText(rest))
	return p, true
}

// foolTitle reads the part of a participant line after the name: "Firm --
// Analyst" is an analyst at the firm, anything else a job title. A "firm"
// that is itself an officer's title ("Chief Financial Officer -- Analyst",
// a slip of the listing) is that officer, not an analyst: the call's own
// finance chief would otherwise lose every turn to the questions.
func foolTitle(rest string) (firm, title string, role Role) {
	if f, ok := cutSuffixFold(rest, "-- Analyst"); ok {
		f = strings.TrimRight(f, "- ") // "Firm --- Analyst"
		if officerTitle(f) {
			return "", f, RoleManagement
		}
		return f, "Analyst", RoleAnalyst
	}
	if strings.EqualFold(rest, "Analyst") {
		return "", "Analyst", RoleAnalyst
	}
	return "", rest, RoleManagement
}

// officerTitle reports a job title of the company's officers: "Chief ...
// Officer" whatever it is chief of, or every word a title word with one of
// them an office ("Senior Vice President, Investor Relations"). Firms
// named with a title word ("Global Group", "President Street Capital")
// name no office.
func officerTitle(s string) bool {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' })
	if len(ws) >= 2 && ws[0] == "chief" && ws[len(ws)-1] == "officer" {
		return true
	}
	office := false
	for _, w := range ws {
		if !titleWords[w] {
			return false
		}
		office = office || officeWords[w]
	}
	return office
}

// officeWords name an office itself, not only qualify one.
var officeWords = map[string]bool{
	"chief": true, "officer": true, "president": true, "treasurer": true, "controller": true,
	"chairman": true, "ceo": true, "cfo": true, "coo": true, "cto": true, "evp": true, "svp": true, "vp": true,
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

func readFoolStructured(name string, doc *jsonDoc) *draft {
	d := &draft{format: "motleyfool-structured"}
	f := doc.fields
	d.meta.Company = cleanCompany(f["company_name"])
	d.meta.Ticker = strings.TrimSpace(f["ticker"])
	d.meta.Exchange = strings.ToUpper(strings.TrimSpace(f["ticker_exchange"]))
	d.meta.Year = fullYear(strings.TrimSpace(f["fiscal_period_year"]))
	if q, ok := ordinalQuarter[strings.ToLower(strings.TrimSpace(f["fiscal_period_qtr"]))]; ok && d.meta.Year > 0 {
		d.meta.Quarter = q
	}
	if dt := strings.TrimSpace(f["call_date"]); isoDate.MatchString(dt) {
		d.meta.Date = dt
	}
	d.meta.Title = strings.TrimSpace(f["call_title"])
	d.meta.SourceURL = strings.TrimSpace(f["call_url"])
	if d.meta.Title != "" {
		d.title = d.meta.Title
	}
	for _, p := range doc.parts.Management {
		d.participants = append(d.participants, participant{name: normText(p.Speaker), title: normText(p.Role), firm: normText(p.Affiliation), role: RoleManagement})
	}
	for _, p := range doc.parts.Analysts {
		d.participants = append(d.participants, participant{name: normText(p.Speaker), firm: normText(p.Affiliation), title: "Analyst", role: RoleAnalyst})
	}
	var names []string
	for _, p := range d.participants {
		names = append(names, p.name)
	}
	names = append(names, "Operator")
	for i, e := range doc.ct {
		if isPseudoSpeaker(e.Speaker) {
			continue
		}
		text := normSpaces(e.Text)
		next := names
		if i+1 < len(doc.ct) {
			next = []string{doc.ct[i+1].Speaker}
		}
		text = stripGluedHeader(text, next)
		tu := draftTurn{speaker: strings.TrimSpace(e.Speaker), line: e.line, title: e.Role, firm: e.Affiliation}
		if tu.speaker == "" {
			tu.speaker = "Unidentified Speaker"
		}
		switch strings.ToLower(e.Section) {
		case "qa", "q&a":
			tu.section = SectionQA
		default:
			tu.section = SectionPrepared
		}
		switch strings.ToUpper(e.StatementType) {
		case "O":
			tu.role = RoleOperator
		case "Q":
			tu.role = RoleAnalyst
		}
		if tu.role == RoleAnalyst && strings.EqualFold(tu.title, "Analyst") {
			tu.title = ""
		}
		for _, para := range splitGlued(text) {
			tu.paras = append(tu.paras, draftPara{text: para, line: e.line})
		}
		d.turns = append(d.turns, tu)
	}
	return d
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// stripGluedHeader removes the next speaker's header that the foolcalls
// scraper glued onto the end of a statement:
// "...you may begin.Janet Barth -- Vice President, Investor Relations".
func stripGluedHeader(text string, next []string) string {
	trimmed := strings.TrimRight(text, " \n")
	best := -1
	for _, n := range next {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		i := strings.LastIndex(trimmed, n)
		if i <= 0 {
			continue
		}
		rest := trimmed[i+len(n):]
		if rest != "" && !gluedRest.MatchString(rest) {
			continue
		}
		if rest == "" && !strings.EqualFold(n, "Operator") && !strings.ContainsAny(trimmed[max(0, i-1):i], ".?!:]) ") {
			continue
		}
		if i > best {
			best = i
		}
	}
	if best <= 0 {
		return text
	}
	return strings.TrimRight(trimmed[:best], " ")
}

var gluedRest = regexp.MustCompile(`^\s*--\s+[^\n]{1,160}$`)

// gluedPara finds the paragraph breaks the scraper lost: "the end.I would".
var gluedPara = regexp.MustCompile(`[a-z]{3}[.?!]["”’)]?()[A-Z][a-z]`)

// splitGlued splits a statement into paragraphs at newlines and at
// sentence ends glued to the next sentence.
func splitGlued(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for _, m := range gluedPara.FindAllStringSubmatchIndex(line, -1) {
			if p := strings.TrimSpace(line[start:m[2]]); p != "" {
				out = append(out, p)
			}
			start = m[2]
		}
		if p := strings.TrimSpace(line[start:]); p != "" {
			out = append(out, p)
		}
	}
	return out
}
