package transcript

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlBlock is one block of an HTML page: a heading, paragraph or list
// item, with its text (entities decoded, <br> as newline), the text of its
// leading <strong> and of its <em>, and the line it starts on.
type htmlBlock struct {
	tag         atom.Atom
	text        string
	strong, em  string
	strongLeads bool // the block starts with its <strong>
	line        int
}

// htmlBlocks tokenizes a page into blocks, skipping scripts, styles and
// other chrome that holds no text of the article.
func htmlBlocks(src string) []htmlBlock {
	z := html.NewTokenizer(strings.NewReader(src))
	var r blockReader
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		tokLine := line
		line += strings.Count(string(raw), "\n")
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			r.startTag(atom.Lookup(name), tt == html.StartTagToken, tokLine)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.endTag(atom.Lookup(name))
		case html.TextToken:
			r.textToken(string(z.Text()))
		}
	}
	r.flush()
	return r.out
}

// blockReader gathers the blocks of htmlBlocks.
type blockReader struct {
	out                  []htmlBlock
	cur                  *htmlBlock
	text, strong, em     strings.Builder
	inStrong, inEm, skip int
}

func (r *blockReader) flush() {
	if r.cur != nil {
		r.cur.text = strings.TrimSpace(r.text.String())
		r.cur.strong = strings.TrimSpace(r.strong.String())
		r.cur.em = strings.TrimSpace(r.em.String())
		if r.cur.text != "" {
			r.out = append(r.out, *r.cur)
		}
	}
	r.cur = nil
	r.text.Reset()
	r.strong.Reset()
	r.em.Reset()
}

// startTag opens a block, a skipped element or an inline style; opening is
// false for a self-closing tag.
func (r *blockReader) startTag(a atom.Atom, opening bool, line int) {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Svg, atom.Template, atom.Iframe:
		if opening {
			r.skip++
		}
	case atom.Div, atom.Section, atom.Article, atom.Ul:
		r.flush()
	case atom.P, atom.H1, atom.H2, atom.H3, atom.Li:
		r.flush()
		r.cur = &htmlBlock{tag: a, line: line}
	case atom.Br:
		r.text.WriteByte('\n')
	case atom.Strong, atom.B:
		if opening {
			if r.cur != nil && strings.TrimSpace(r.text.String()) == "" && r.strong.Len() == 0 {
				r.cur.strongLeads = true
			}
			r.inStrong++
		}
	case atom.Em, atom.I:
		if opening {
			r.inEm++
		}
	}
}

func (r *blockReader) endTag(a atom.Atom) {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Svg, atom.Template, atom.Iframe:
		if r.skip > 0 {
			r.skip--
		}
	case atom.P, atom.H1, atom.H2, atom.H3, atom.Li, atom.Div, atom.Section, atom.Article, atom.Ul:
		r.flush()
	case atom.Strong, atom.B:
		if r.inStrong > 0 {
			r.inStrong--
		}
	case atom.Em, atom.I:
		if r.inEm > 0 {
			r.inEm--
		}
	}
}

func (r *blockReader) textToken(t string) {
	if r.skip > 0 || r.cur == nil {
		return
	}
	r.text.WriteString(t)
	if r.inStrong > 0 {
		r.strong.WriteString(t)
	}
	if r.inEm > 0 {
		r.em.WriteString(t)
	}
}

// readFoolHTML reads a fool.com transcript page: the headline
// "Company (TICKER) Q1 2020 Earnings Call Transcript", the line with
// "(NYSE:TICKER)" and the date, then <h2>Prepared Remarks:</h2>,
// <p><strong>Name</strong> -- <em>Title</em></p> speaker lines with their
// paragraphs, <h2>Questions and Answers:</h2> and <h2>Call
// participants:</h2>. A page without those headings is read as text, one
// line per block.
func readFoolHTML(name, src string) (*draft, error) {
	blocks := htmlBlocks(src)
	start := -1
	for i, b := range blocks {
		if (b.tag == atom.H2 || b.tag == atom.H3) && foolHeading(b.text) == SectionPrepared {
			start = i
			break
		}
	}
	if start < 0 {
		return htmlAsText(name, blocks)
	}
	d := &draft{format: "motleyfool-html"}
	for _, b := range blocks[:start] {
		t := normText(strings.ReplaceAll(b.text, "\n", " "))
		if b.tag == atom.H1 && d.title == "" {
			d.title = t
			d.meta.Title = strings.TrimSuffix(t, " Transcript")
		}
		if mm := tickerRe.FindStringSubmatch(t); mm != nil && d.meta.Ticker == "" {
			d.meta.Exchange, d.meta.Ticker = strings.ToUpper(mm[1]), mm[2]
			if i := strings.Index(t, "("); i > 0 {
				d.meta.Company = cleanCompany(t[:i])
			}
			d.meta.Date = findDate(t)
		}
	}
	readFoolHTMLBody(name, d, blocks[start+1:])
	return d, nil
}

// htmlAsText reads a page without the transcript's headings as text, one
// line per block, with each line's number in the page.
func htmlAsText(name string, blocks []htmlBlock) (*draft, error) {
	var lines []string
	var nums []int
	for _, b := range blocks {
		for _, l := range strings.Split(b.text, "\n") {
			lines = append(lines, l)
			nums = append(nums, b.line)
		}
	}
	if len(lines) == 0 {
		return nil, &Error{Pos: Pos{File: name, Line: 1}, Msg: "HTML page without transcript text"}
	}
	d := readText(name, lines, 1)
	renumber := func(l int) int {
		if l-1 >= 0 && l-1 < len(nums) {
			return nums[l-1]
		}
		return l
	}
	for i := range d.turns {
		d.turns[i].line = renumber(d.turns[i].line)
		for j := range d.turns[i].paras {
			d.turns[i].paras[j].line = renumber(d.turns[i].paras[j].line)
		}
	}
	for i := range d.notes {
		d.notes[i].Pos.Line = renumber(d.notes[i].Pos.Line)
	}
	d.format = "html"
	return d, nil
}

// readFoolHTMLBody reads the blocks after "Prepared Remarks": speaker
// lines, their paragraphs, section headings and the participant list.
func readFoolHTMLBody(name string, d *draft, blocks []htmlBlock) {
	section := SectionPrepared
	var cur *draftTurn
	flush := func() {
		if cur != nil {
			d.turns = append(d.turns, *cur)
			cur = nil
		}
	}
	for _, b := range blocks {
		if b.tag == atom.H2 || b.tag == atom.H3 {
			k := foolHeading(b.text)
			if k == "" {
				if section == "participants" {
					break
				}
				continue
			}
			flush()
			section = k
			continue
		}
		who, title, ok := foolSpeakerBlock(b)
		if section == "participants" {
			if ok {
				d.participants = append(d.participants, foolParticipantParts(who, title))
			}
			continue
		}
		if ok {
			flush()
			if isPseudoSpeaker(who) {
				continue
			}
			cur = &draftTurn{speaker: who, section: section, line: b.line}
			p := foolParticipantParts(who, title)
			cur.title, cur.firm = p.title, p.firm
			if p.role == RoleAnalyst {
				cur.role = RoleAnalyst
			}
			continue
		}
		if cur == nil {
			d.notes = append(d.notes, Note{Pos: Pos{File: name, Line: b.line}, Text: normText(b.text)})
			continue
		}
		for _, para := range strings.Split(b.text, "\n") {
			if para = strings.TrimSpace(normSpaces(para)); para != "" {
				cur.paras = append(cur.paras, draftPara{text: para, line: b.line})
			}
		}
	}
	flush()
}

// foolHeading maps the article's h2 headings to sections; "participants"
// marks the participant list.
func foolHeading(s string) SectionKind {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ": ")) {
	case "prepared remarks":
		return SectionPrepared
	case "questions and answers", "questions & answers", "question and answer", "q&a":
		return SectionQA
	case "call participants", "participants":
		return "participants"
	}
	return ""
}

// foolSpeakerBlock recognises <p><strong>Name</strong> -- <em>Title</em></p>
// and <p><strong>Operator</strong></p>.
func foolSpeakerBlock(b htmlBlock) (who, title string, ok bool) {
	if b.tag != atom.P || !b.strongLeads || b.strong == "" || len(b.text) > 250 {
		return "", "", false
	}
	who = normText(b.strong)
	rest := strings.TrimSpace(normText(b.text)[len(normText(b.strong)):])
	if !strings.HasPrefix(normText(b.text), who) {
		return "", "", false
	}
	if rest == "" {
		return who, "", true
	}
	t, found := strings.CutPrefix(rest, "--")
	if !found {
		if t, found = strings.CutPrefix(rest, "-"); !found {
			return "", "", false
		}
	}
	return who, strings.TrimSpace(t), true
}

// foolParticipantParts reads a title "Firm -- Analyst" or a job title.
func foolParticipantParts(name, title string) participant {
	p := participant{name: name, role: RoleManagement}
	if isOperatorName(name) {
		p.role = RoleOperator
	}
	if title == "" {
		p.role = RoleUnknown
		return p
	}
	role := RoleManagement
	p.firm, p.title, role = foolTitle(title)
	if p.role != RoleOperator || role == RoleAnalyst {
		p.role = role
	}
	return p
}
