package render

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"
	"unicode/utf8"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// turnHTML draws one turn: the speaker's header and the marked-up
// paragraphs. It is written in Go rather than as a template because a
// site draws every turn of every call twice (call page and exchange
// page) and reflection-driven template execution of that much text was
// most of a build's time. Its classes are the theme's to style:
//
//	article.turn.role-{role}#{turn id}, on a call page with style="--paras:N;--chars:N" (writeTurnSize)
//	  header > a.speaker | span.speaker, span.title, span.role, a.permalink[data-copy]
//	  p#{paragraph id}
//
// personHref is the link to the speaker's page, "" for none.
func turnHTML(b *bytes.Buffer, personHref string, tu *transcript.Turn, paras markedParas, sized bool) {
	writeTurnHeader(b, personHref, tu, sized)
	writeParagraphs(b, tu, paras)
	b.WriteString("</article>\n")
}

// writeTurnHeader opens a turn's article and writes its header.
func writeTurnHeader(b *bytes.Buffer, personHref string, tu *transcript.Turn, sized bool) {
	// Each piece is escaped straight onto b (writeEscaped is
	// template.HTMLEscapeString), not into strings joined first.
	sp := tu.Speaker
	b.WriteString(`<article class="turn role-`)
	writeEscaped(b, string(sp.Role))
	b.WriteString(`" id="`)
	writeEscaped(b, tu.ID)
	b.WriteByte('"')
	if sized {
		b.WriteString(` style="`)
		writeTurnSize(b, tu)
		b.WriteByte('"')
	}
	b.WriteString(">\n<header>")
	if personHref != "" {
		b.WriteString(`<a class="speaker" href="`)
		writeEscaped(b, personHref)
		b.WriteString(`">`)
		writeEscaped(b, sp.Name)
		b.WriteString(`</a>`)
	} else {
		b.WriteString(`<span class="speaker">`)
		writeEscaped(b, sp.Name)
		b.WriteString(`</span>`)
	}
	// A title that only repeats the role ("Analyst") gives way to the firm.
	switch title := sp.Title; {
	case title != "" && !strings.EqualFold(strings.TrimSpace(title), roleLabel(sp.Role)):
		b.WriteString(` <span class="title">`)
		writeEscaped(b, title)
		b.WriteString(`</span>`)
	case sp.Firm != "":
		b.WriteString(` <span class="title">`)
		writeEscaped(b, sp.Firm)
		b.WriteString(`</span>`)
	}
	b.WriteString(` <span class="role">`)
	writeEscaped(b, roleLabel(sp.Role))
	b.WriteString(`</span> <a class="permalink" href="#`)
	writeEscaped(b, tu.ID)
	b.WriteString(`" data-copy aria-label="Link to this turn">Link</a></header>` + "\n")
}

// writeParagraphs writes a turn's paragraphs, marked up (paras) or plain.
func writeParagraphs(b *bytes.Buffer, tu *transcript.Turn, paras markedParas) {
	for _, p := range tu.Paragraphs {
		b.WriteString(`<p id="`)
		writeEscaped(b, p.ID)
		b.WriteString(`">`)
		if h, ok := paras.get(p.ID); ok {
			b.Write(h)
		} else {
			writeEscaped(b, p.Text)
		}
		b.WriteString("</p>\n")
	}
}

// writeKept writes the paragraphs of a turn of an exchange on the call
// page, and keeps them for the exchange's page, which copies them
// (drawnAsCall), and where each plain one's escaped text is (plain).
func (cm *callMarks) writeKept(b *bytes.Buffer, tu *transcript.Turn, paras markedParas) {
	start, keptAt := b.Len(), cm.kept.Len() // keep copies b's bytes from start to keptAt
	for _, p := range tu.Paragraphs {
		b.WriteString(`<p id="`)
		writeEscaped(b, p.ID)
		b.WriteString(`">`)
		if h, ok := paras.get(p.ID); ok {
			b.Write(h)
		} else {
			from := b.Len()
			writeEscaped(b, p.Text)
			cm.plain[p] = span{keptAt + from - start, keptAt + b.Len() - start}
		}
		b.WriteString("</p>\n")
	}
	cm.drawn[tu] = cm.keep(b.Bytes()[start:])
}

// writeParagraphs writes the paragraphs of a turn of an exchange on its
// page as writeParagraphs does, copying the text of those that both it
// and the call page draw plain from the call page's (writeKept).
func (cm *callMarks) writeParagraphs(b *bytes.Buffer, tu *transcript.Turn, paras markedParas) {
	if cm == nil {
		writeParagraphs(b, tu, paras)
		return
	}
	for _, p := range tu.Paragraphs {
		b.WriteString(`<p id="`)
		writeEscaped(b, p.ID)
		b.WriteString(`">`)
		if h, ok := paras.get(p.ID); ok {
			b.Write(h)
		} else if at, ok := cm.plain[p]; ok {
			b.Write(cm.kept.Bytes()[at.start:at.end])
		} else {
			writeEscaped(b, p.Text)
		}
		b.WriteString("</p>\n")
	}
}

// writeTurnSize gives the browser the turn's size before it lays the turn
// out: a call page leaves turns off screen unrendered (content-visibility
// in style.css), and their stand-in height, computed in CSS from these
// counts for the screen's line length, keeps the scroll bar and the
// landing of a link close to the real page.
func writeTurnSize(b *bytes.Buffer, tu *transcript.Turn) {
	chars := 0
	for _, p := range tu.Paragraphs {
		chars += runeCount(p.Text)
	}
	var num [20]byte
	b.WriteString("--paras:")
	b.Write(strconv.AppendInt(num[:0], int64(len(tu.Paragraphs)), 10))
	b.WriteString(";--chars:")
	b.Write(strconv.AppendInt(num[:0], int64(chars), 10))
}

// runeCount is utf8.RuneCountInString, passing eight bytes of ASCII at a
// time: writeTurnSize counts every character of a call, nearly all of it
// ASCII.
func runeCount(s string) int {
	n := 0
	for len(s) > 0 {
		if len(s) >= 8 {
			_ = s[7]
			word := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
			if word&0x8080808080808080 == 0 {
				n, s = n+8, s[8:]
				continue
			}
		}
		size := 1
		if s[0] >= utf8.RuneSelf {
			_, size = utf8.DecodeRuneInString(s)
		}
		n, s = n+1, s[size:]
	}
	return n
}

// Turns draws turns of the call page.
func (p CallPage) Turns(turns []*transcript.Turn) template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	b.Grow(turnsSize(turns, p.paras))
	p.writeTurns(b, turns)
	return template.HTML(b.String())
}

func (p CallPage) writeTurns(b *bytes.Buffer, turns []*transcript.Turn) {
	for _, tu := range turns {
		href := p.marks.speakerHref(p.Common, p.Call, tu.Speaker, false)
		if tu.Exchange == nil || p.marks == nil {
			turnHTML(b, href, tu, p.paras, true)
			continue
		}
		writeTurnHeader(b, href, tu, true)
		p.marks.writeKept(b, tu, p.paras)
		b.WriteString("</article>\n")
	}
}

// Turns draws the turns of the exchange page.
func (p ExchangePage) Turns(turns []*transcript.Turn) template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	b.Grow(turnsSize(turns, p.paras))
	p.writeTurns(b, turns)
	return template.HTML(b.String())
}

func (p ExchangePage) writeTurns(b *bytes.Buffer, turns []*transcript.Turn) {
	for _, tu := range turns {
		writeTurnHeader(b, p.marks.speakerHref(p.Common, p.Call, tu.Speaker, true), tu, false)
		if drawn, ok := p.marks.drawnAsCall(tu, p.paras); ok {
			b.Write(drawn)
		} else {
			p.marks.writeParagraphs(b, tu, p.paras)
		}
		b.WriteString("</article>\n")
	}
}

// FigureRows draws the rows of one metric's figures in the call page's
// figure table, in Go for the same reason as turnHTML: a call can state
// hundreds of figures. Classes: tr#row-{figure id}, td.kind-{kind}.
func (p CallPage) FigureRows(g site.MetricGroup) template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	b.Grow(256 * len(g.Figures))
	writeFigureRows(b, g)
	return template.HTML(b.String())
}

// Groups is the figures by metric, for the figure table of a theme's
// call.html (site.GroupByMetric); the Go-drawn page reads metricOrder.
func (p CallPage) Groups() []site.MetricGroup { return site.GroupByMetric(p.Figures) }

func writeFigureRows(b *bytes.Buffer, g site.MetricGroup) {
	for i := range g.Figures {
		writeFigureRow(b, &g.Figures[i])
	}
}

func writeFigureRow(b *bytes.Buffer, f *site.CallFigure) {
	b.WriteString(`<tr id="row-`)
	writeEscaped(b, f.ID)
	b.WriteString(`"><td><a href="#`)
	writeEscaped(b, f.ID)
	b.WriteString(`">`)
	writeEscaped(b, f.Text)
	b.WriteString(`</a></td><td>`)
	writeEscaped(b, site.FormatValue(f.Figure))
	b.WriteString(`</td><td>`)
	writeEscaped(b, f.Period)
	b.WriteString(`</td><td class="kind-`)
	writeEscaped(b, string(f.Kind))
	b.WriteString(`">`)
	writeEscaped(b, string(f.Kind))
	b.WriteString(`</td><td>`)
	writeEscaped(b, f.Change)
	b.WriteString(`</td><td>`)
	writeEscaped(b, f.Turn.Speaker.Name)
	b.WriteString("</td></tr>\n")
}

// metricOrder is the figures' indexes in site.GroupByMetric's order (by
// metric in order of first mention, unknown metric last), with where
// each metric's run begins: the groups without copying every figure of
// the call into them. TestMetricOrderAsGroupByMetric holds the two alike.
func metricOrder(figs []site.CallFigure) (order, starts []int) {
	group := make(map[string]int, 32) // a metric's index in starts
	var sizes []int
	unknown := 0
	for i := range figs {
		if figs[i].Metric == "" {
			unknown++
			continue
		}
		g, ok := group[figs[i].Metric]
		if !ok {
			g = len(sizes)
			group[figs[i].Metric] = g
			sizes = append(sizes, 0)
		}
		sizes[g]++
	}
	if unknown > 0 {
		sizes = append(sizes, unknown)
	}
	starts = make([]int, len(sizes)+1)
	for g, n := range sizes {
		starts[g+1] = starts[g] + n
	}
	order = make([]int, len(figs))
	next := append([]int(nil), starts[:len(sizes)]...)
	for i := range figs {
		g := len(sizes) - 1 // the unknown metric's, last
		if figs[i].Metric != "" {
			g = group[figs[i].Metric]
		}
		order[next[g]] = i
		next[g]++
	}
	return order, starts
}

// turnsSize guesses the bytes turnHTML writes for turns, a little over
// rather than under, so that the builder is allocated once rather than
// grown by copying a call's text again and again.
func turnsSize(turns []*transcript.Turn, paras markedParas) int {
	n := 0
	for _, tu := range turns {
		n += 512 // the article and its header
		for _, p := range tu.Paragraphs {
			n += 32 // the paragraph's tags
			if s, ok := paras.at[p.ID]; ok {
				n += s.end - s.start
			} else {
				n += len(p.Text) + len(p.Text)/16 // room for escapes
			}
		}
	}
	return n
}

// SectionBody draws a section of the call page: its turns, each
// exchange's in a section headed by who asked, with links to the
// exchange's own page. In Go, as turnHTML, and escaped as the template
// did (escape.go). Classes: section.exchange#{exchange id} > h3,
// p.share > a, a.permalink[data-copy]; then the turns.
func (p CallPage) SectionBody(sv sectionView) template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	b.Grow(sectionSize(sv, p.paras))
	p.writeSection(b, sv)
	return template.HTML(b.String())
}

// sectionSize guesses the bytes writeSection writes, as turnsSize.
func sectionSize(sv sectionView, paras markedParas) int {
	size := 0
	for _, bl := range sv.Blocks {
		size += 512 + turnsSize(bl.Turns, paras)
	}
	return size
}

func (p CallPage) writeSection(b *bytes.Buffer, sv sectionView) {
	for _, bl := range sv.Blocks {
		b.WriteByte('\n')
		ex := bl.Exchange
		if ex == nil {
			p.writeTurns(b, bl.Turns)
			b.WriteByte('\n')
			continue
		}
		n := strconv.Itoa(ex.N)
		b.WriteString("\n<section class=\"exchange\" id=\"")
		writeText(b, ex.ID)
		b.WriteString(`" aria-labelledby="`)
		writeText(b, ex.ID)
		b.WriteString("-h\">\n<h3 id=\"")
		writeText(b, ex.ID)
		b.WriteString(`-h">Question `)
		b.WriteString(n)
		b.WriteString(": ")
		writeText(b, ex.Analyst.Name)
		if ex.Firm != "" {
			b.WriteString(", ")
			writeText(b, ex.Firm)
		}
		b.WriteString("</h3>\n<p class=\"share\"><a href=\"")
		writeURL(b, ex.ID)
		b.WriteString(`/">Page of this question</a> · <a class="permalink" href="`)
		writeURL(b, ex.ID)
		b.WriteString(`/" data-copy aria-label="Copy link to the page of question `)
		b.WriteString(n)
		b.WriteString("\">Copy link</a></p>\n")
		p.writeTurns(b, bl.Turns)
		b.WriteString("\n</section>\n\n")
	}
}

// QuestionItems draws the call page's list of the questions asked: who
// asked, on what, the question, who answered and a link to its page. In
// Go and escaped as the template did, as SectionBody.
func (p CallPage) QuestionItems() template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeQuestionItems(b)
	return template.HTML(b.String())
}

func (p CallPage) writeQuestionItems(b *bytes.Buffer) {
	for i := range p.Call.Exchanges {
		ex := &p.Call.Exchanges[i]
		b.WriteString(`<li><a href="#`)
		writeURLPart(b, ex.ID)
		b.WriteString(`"><span class="who">`)
		writeText(b, ex.Analyst.Name)
		b.WriteString("</span>")
		if ex.Firm != "" {
			b.WriteString(` <span class="firm">(`)
			writeText(b, ex.Firm)
			b.WriteString(")</span>")
		}
		b.WriteString("</a>")
		if ex.Topic != "" {
			b.WriteString(` <span class="topic">on `)
			writeText(b, ex.Topic)
			b.WriteString("</span>")
		}
		b.WriteString("\n<q>")
		writeText(b, ex.Question)
		b.WriteString("</q>\n<span class=\"answered\">")
		if len(ex.AnsweredBy) > 0 {
			b.WriteString("Answered by ")
			writeText(b, speakerNames(ex.AnsweredBy))
			b.WriteString(" · ")
		}
		b.WriteString(`<a href="`)
		writeURL(b, ex.ID)
		b.WriteString(`/" aria-label="Share question `)
		b.WriteString(strconv.Itoa(ex.N))
		b.WriteString(": its own page\">Share</a></span></li>\n")
	}
}

// Participants draws the list items of a call page's speakers of one
// role (the roles' transcript names: "management", "analyst", ...): the
// name, linked to the person's page when there is one, then the title, or
// for an analyst the firm linked to its page; the operator by name only.
// In Go and escaped as the template did, as SectionBody.
// Classes: li#sp-{speaker id} > a.name | span.name, span.title | a.title.
func (p CallPage) Participants(role string, sps []*transcript.Speaker) template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeParticipants(b, role, sps)
	return template.HTML(b.String())
}

func (p CallPage) writeParticipants(b *bytes.Buffer, role string, sps []*transcript.Speaker) {
	for _, sp := range sps {
		b.WriteString(`<li id="sp-`)
		writeText(b, sp.ID)
		b.WriteString(`">`)
		if role == string(transcript.RoleOperator) {
			b.WriteString(`<span class="name">`)
			writeText(b, sp.Name)
			b.WriteString("</span></li>")
			continue
		}
		if href := p.marks.speakerHref(p.Common, p.Call, sp, false); href != "" {
			b.WriteString(`<a class="name" href="`)
			writeURL(b, href)
			b.WriteString(`">`)
			writeText(b, sp.Name)
			b.WriteString("</a>")
		} else {
			b.WriteString(`<span class="name">`)
			writeText(b, sp.Name)
			b.WriteString("</span>")
		}
		switch {
		case role == string(transcript.RoleAnalyst):
			if firm := p.FirmOf(sp.ID); firm != nil {
				b.WriteString(`<a class="title" href="`)
				writeURL(b, p.Link(firm.URL))
				b.WriteString(`">`)
				writeText(b, firm.Name)
				b.WriteString("</a>")
			}
		case sp.Title != "":
			b.WriteString(`<span class="title">`)
			writeText(b, sp.Title)
			b.WriteString("</span>")
		}
		b.WriteString("</li>")
	}
}

// GuidanceRows draws the rows of the call page's guidance table: metric,
// period, value, the words as said (linked to where they were said) and
// who said them. In Go and escaped as the template did, as SectionBody.
func (p CallPage) GuidanceRows() template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeGuidanceRows(b)
	return template.HTML(b.String())
}

func (p CallPage) writeGuidanceRows(b *bytes.Buffer) {
	for _, f := range p.Guidance {
		b.WriteString("<tr><td>")
		writeText(b, metricName(f.Metric))
		b.WriteString("</td><td>")
		writeText(b, f.Period)
		b.WriteString("</td><td>")
		writeText(b, site.FormatValue(f.Figure))
		b.WriteString(`</td><td><a href="#`)
		writeURLPart(b, f.ID)
		b.WriteString(`">`)
		writeText(b, f.Text)
		b.WriteString("</a></td><td>")
		writeText(b, f.Turn.Speaker.Name)
		b.WriteString("</td></tr>\n")
	}
}
