package render

import (
	"bytes"
	"html/template"
	"strconv"

	"callsite/internal/transcript"
)

// The call page's body (call.html between its head and foot) is drawn in
// Go, as the exchange page's is: the template's own work (looking each
// value up and escaping it by reflection, copying the Go-drawn sections
// into the page) was a fifth of a call page's CPU. Body writes the same
// bytes (callpage_test.go compares them on real calls) when the theme
// keeps the default call.html and period partial (drawCallInGo).

// defaultCallTree is the SHA-256 of the default theme's call.html as
// parsed (treeHash); callpage_test.go fails when it changes, so that Body
// is changed with it.
const defaultCallTree = "7b06cc84372275b18c061166045fe35d3db171bb5091f1262fc9ca40d2e96319"

// drawCallInGo makes the theme's call.html draw its body by Body when it
// is the default theme's. It must run before the templates are executed.
func drawCallInGo(tpl *template.Template) error {
	if treeHash(tpl, "call.html") != defaultCallTree || treeHash(tpl, "period") != defaultPeriodTree {
		return nil
	}
	_, err := tpl.New("call.html").Parse("{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n\n\n")
	return err
}

// callRoles are the participants' roles in the order the call page lists
// them, with their headings.
var callRoles = []struct {
	role    transcript.Role
	heading string
}{
	{transcript.RoleManagement, "Management"},
	{transcript.RoleHost, "Host"},
	{transcript.RoleAnalyst, "Analysts"},
	{transcript.RoleOperator, "Operator"},
	{transcript.RoleUnknown, "Other speakers"},
}

// Body draws the default theme's call page between its head and foot
// partials, byte for byte as call.html did.
func (p CallPage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

// writeBody draws Body onto b: the page's own buffer when execute
// puts the page together.
func (p CallPage) writeBody(b *bytes.Buffer) error {
	c := p.Call
	sections := blocks(p.T)
	size := 4096 + 256*len(p.Figures) + 512*len(c.Exchanges)
	for _, sv := range sections {
		size += sectionSize(sv, p.paras)
	}
	b.Grow(size)
	period := periodOf(c)
	b.WriteString("\n\n<main id=\"main\" class=\"call\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString(`">Calls</a> › <a href="`)
	writeURL(b, p.Link(c.Company.URL))
	b.WriteString(`">`)
	writeText(b, c.Company.Name)
	b.WriteString("</a> › ")
	writeText(b, period)
	b.WriteString("</nav>\n<header class=\"call-head\">\n<h1>")
	writeText(b, c.Company.Name)
	b.WriteString(` <span class="period">`)
	writeText(b, period)
	b.WriteString("</span> earnings call</h1>\n<p class=\"meta\">")
	if d := c.Meta.Date; d != "" {
		writeTime(b, d)
		b.WriteString(" · ")
	}
	if c.Meta.Ticker != "" {
		if c.Meta.Exchange != "" {
			writeText(b, c.Meta.Exchange)
			b.WriteByte(':')
		}
		writeText(b, c.Meta.Ticker)
		b.WriteString(" · ")
	}
	b.WriteString(strconv.Itoa(len(c.Exchanges)))
	b.WriteString(" question")
	if len(c.Exchanges) != 1 {
		b.WriteByte('s')
	}
	b.WriteString(" · <a href=\"call.json\" type=\"application/json\">call.json</a></p>\n</header>\n")
	if c.Unlabelled {
		b.WriteString(`<p class="notice" role="note">The source of this transcript has no speaker labels: the text is shown as one unattributed speaker, and no Q&amp;A exchanges could be told apart.</p>`)
	}
	b.WriteByte('\n')
	if p.Editors != "" {
		b.WriteString(`<aside class="editors" aria-label="Editor's notes">`)
		b.WriteString(string(p.Editors))
		b.WriteString("</aside>")
	}
	b.WriteString("\n\n<nav class=\"jump\" aria-label=\"On this page\"><ul>\n")
	if len(c.Summary) > 0 {
		b.WriteString(`<li><a href="#h-key">Key points</a></li>`)
	}
	b.WriteByte('\n')
	if len(c.Exchanges) > 0 {
		b.WriteString(`<li><a href="#questions">Questions asked</a></li>`)
	}
	b.WriteByte('\n')
	if len(p.Guidance) > 0 {
		b.WriteString(`<li><a href="#h-guidance">Guidance</a></li>`)
	}
	b.WriteByte('\n')
	// A Q&A section with no exchange told apart, on a call whose speakers
	// are labelled: no question was asked.
	noQuestions := func(sv sectionView) bool {
		return sv.Kind == transcript.SectionQA && len(c.Exchanges) == 0 && !c.Unlabelled
	}
	for _, sv := range sections {
		b.WriteString(`<li><a href="#h-`)
		writeURLPart(b, string(sv.Kind))
		b.WriteString(`">`)
		if noQuestions(sv) {
			b.WriteString("No questions asked")
		} else {
			writeText(b, sectionTitle(sv.Kind))
		}
		b.WriteString("</a></li>")
	}
	b.WriteByte('\n')
	if len(p.Figures) > 0 {
		b.WriteString(`<li><a href="#h-figures">Figures</a></li>`)
	}
	b.WriteString("\n<li><a href=\"#participants\">Participants</a></li>\n</ul></nav>\n\n<div class=\"call-grid\">\n<div class=\"lead\">\n")
	if len(c.Summary) > 0 {
		b.WriteString("\n<section class=\"key-points\" aria-labelledby=\"h-key\">\n<h2 id=\"h-key\">Key points</h2>\n<ul>\n")
		for _, kp := range c.Summary {
			b.WriteString(`<li class="kp-`)
			writeText(b, kp.Kind)
			b.WriteString(`"><a href="`)
			writeTypedURL(b, string(quoteLink(kp.Paragraph, kp.Sentence)))
			b.WriteString(`">`)
			writeText(b, kp.Text)
			b.WriteString("</a></li>\n")
		}
		b.WriteString("</ul>\n</section>\n")
	}
	b.WriteByte('\n')
	if len(c.Exchanges) > 0 {
		b.WriteString("\n<section class=\"qa-index\" aria-labelledby=\"questions\">\n<h2 id=\"questions\">Questions asked</h2>\n<ol>\n")
		p.writeQuestionItems(b)
		b.WriteString("</ol>\n</section>\n")
	}
	b.WriteString("\n</div>\n\n<aside class=\"side\">\n<section class=\"participants\" aria-labelledby=\"participants\">\n<h2 id=\"participants\">Participants</h2>\n")
	for _, r := range callRoles {
		if sps := c.SpeakersByRole(r.role); len(sps) > 0 {
			b.WriteString("<h3>")
			b.WriteString(r.heading)
			b.WriteString("</h3>\n<ul>")
			p.writeParticipants(b, string(r.role), sps)
			b.WriteString("</ul>")
		}
		b.WriteByte('\n')
	}
	b.WriteString("</section>\n</aside>\n\n<div class=\"body\">\n")
	if len(p.Guidance) > 0 {
		b.WriteString("\n<section class=\"guidance\" aria-labelledby=\"h-guidance\">\n<h2 id=\"h-guidance\">Guidance</h2>\n<div class=\"table-wrap\">\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Period</th><th scope=\"col\">Value</th><th scope=\"col\">As said</th><th scope=\"col\">By</th></tr></thead>\n<tbody>\n")
		p.writeGuidanceRows(b)
		b.WriteString("</tbody>\n</table>\n</div>\n</section>\n")
	}
	b.WriteString("\n\n<div class=\"transcript\">\n")
	for _, sv := range sections {
		b.WriteString("\n<section class=\"part part-")
		writeText(b, string(sv.Kind))
		b.WriteString(`" aria-labelledby="h-`)
		writeText(b, string(sv.Kind))
		b.WriteString("\">\n<h2 id=\"h-")
		writeText(b, string(sv.Kind))
		b.WriteString(`">`)
		if noQuestions(sv) {
			b.WriteString("No questions were asked")
		} else {
			writeText(b, sectionTitle(sv.Kind))
		}
		b.WriteString("</h2>\n")
		p.writeSection(b, sv)
		b.WriteString("\n</section>\n")
	}
	b.WriteString("\n</div>\n\n")
	if len(p.Figures) > 0 {
		b.WriteString("\n<section class=\"all-figures\" aria-labelledby=\"h-figures\">\n<h2 id=\"h-figures\">Figures said on the call</h2>\n<p>")
		b.WriteString(strconv.Itoa(len(p.Figures)))
		b.WriteString(" figures, by metric. Each links back to the sentence it was said in. <a href=\"figures.csv\" download>Download as CSV</a> · <a href=\"call.json\" type=\"application/json\">call.json</a></p>\n<div class=\"table-wrap\">\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">As said</th><th scope=\"col\">Value</th><th scope=\"col\">Period</th><th scope=\"col\">Kind</th><th scope=\"col\">Change</th><th scope=\"col\">Speaker</th></tr></thead>\n")
		order, starts := metricOrder(p.Figures)
		for g := 0; g+1 < len(starts); g++ {
			run := order[starts[g]:starts[g+1]]
			b.WriteString("<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"6\">")
			writeText(b, metricName(p.Figures[run[0]].Metric))
			b.WriteString("</th></tr>\n")
			for _, i := range run {
				writeFigureRow(b, &p.Figures[i])
			}
			b.WriteString("</tbody>\n")
		}
		b.WriteString("</table>\n</div>\n</section>\n")
	}
	b.WriteString("\n\n")
	if len(p.Terms) > 0 {
		writeTerms(b, "Terms used on this call", p.Terms)
	}
	b.WriteString("\n\n")
	if len(p.T.Notes) > 0 {
		b.WriteString("<section class=\"source-notes\" aria-labelledby=\"h-notes\">\n<h2 id=\"h-notes\">Source notes</h2>\n<p>Lines in the source before the call begins, kept as they were:</p>\n<ul>")
		for _, n := range p.T.Notes {
			b.WriteString(`<li><span class="pos">line `)
			b.WriteString(strconv.Itoa(n.Pos.Line))
			b.WriteString("</span> ")
			writeText(b, n.Text)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>\n</section>")
	}
	b.WriteString("\n<p class=\"source\">Source: <code>")
	writeText(b, c.Source)
	b.WriteString("</code> (")
	writeText(b, c.Format)
	b.WriteByte(')')
	if u := safeURL(c.Meta.SourceURL); u != "" {
		b.WriteString(` · <a href="`)
		writeURL(b, u)
		b.WriteString(`" rel="nofollow noopener">original transcript</a>`)
	}
	for i, s := range c.Sources {
		if i > 0 && s != c.Source {
			b.WriteString(" · also read: <code>")
			writeText(b, s)
			b.WriteString("</code>")
		}
	}
	b.WriteString("</p>\n</div>\n</div>\n</main>\n")
	return nil
}
