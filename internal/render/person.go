package render

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"

	"callsite/internal/site"
)

// A site has a person page for each of thousands of speakers, and
// person.html's own work (each value looked up and escaped through
// reflection, the head and the Go-drawn lists printed through fmt) was
// most of those pages' template time. Body draws the default theme's
// page between its head and foot in Go, as CallPage.Body does, byte for
// byte as person.html did (person_test.go compares them on real calls),
// when the theme keeps the default person.html (drawPersonInGo).

// defaultPersonTree is the SHA-256 of the default theme's person.html as
// parsed (treeHash); person_test.go fails when it changes, so that Body
// is changed with it.
const defaultPersonTree = "616a9ba6258b3e176e59b76d6921ad53386bc52e8c2e931b4a8e086de66a7500"

// drawPersonInGo makes the theme's person.html draw its body by Body
// when it is the default theme's. It must run before the templates are
// executed.
func drawPersonInGo(tpl *template.Template) error {
	if treeHash(tpl, "person.html") != defaultPersonTree {
		return nil
	}
	_, err := tpl.New("person.html").Parse("{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n")
	return err
}

// Body draws the default theme's person page between its head and foot
// partials: the breadcrumbs, the name, roles, latest title and firm,
// other spellings, AffiliationRows and Calls.
func (p PersonPage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

// writeBody draws Body onto b: the page's own buffer when execute
// puts the page together.
func (p PersonPage) writeBody(b *bytes.Buffer) error {
	person := p.Person
	b.WriteString("\n\n<main id=\"main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString(`">Calls</a> › <a href="`)
	writeURL(b, p.Link("/people/"))
	b.WriteString(`">People</a> › `)
	writeText(b, person.Name)
	b.WriteString("</nav>\n<h1>")
	writeText(b, person.Name)
	b.WriteString("</h1>\n<p class=\"lede\">")
	writeText(b, roleAndTitle(person))
	if f := person.Firm; f != nil {
		b.WriteString(` · <a href="`)
		writeURL(b, p.Link(f.URL))
		b.WriteString(`">`)
		writeText(b, f.Name)
		b.WriteString("</a>")
	}
	b.WriteString("</p>\n")
	if len(person.Aliases) > 0 {
		b.WriteString(`<p class="aliases">Also written as: `)
		writeText(b, strings.Join(person.Aliases, "; "))
		b.WriteString("</p>")
	}
	b.WriteString("\n<h2>Titles and firms over time</h2>\n<table class=\"figures affiliations\">\n" +
		"<thead><tr><th scope=\"col\">Call</th><th scope=\"col\">Title</th><th scope=\"col\">Company or firm</th></tr></thead>\n<tbody>\n")
	p.writeAffiliationRows(b)
	b.WriteString("</tbody>\n</table>\n<h2>Calls</h2>\n")
	p.writeCalls(b)
	b.WriteString("\n</main>\n")
	return nil
}

// Calls draws the person page's calls, newest first: what they asked,
// said in the prepared remarks and answered on each. It is written in Go
// for the reason turnHTML is: a site has thousands of people, and each of
// the dozens of values an appearance shows cost a reflective call through
// html/template. It escapes as the template did (escape.go). Classes:
//
//	section.appearance > h3 > a, time; p, ul > li > a, q, span.count
func (p PersonPage) Calls() template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeCalls(b)
	return template.HTML(b.String())
}

// writeCalls draws Calls onto b: the page's own buffer when writeBody
// draws the page.
func (p PersonPage) writeCalls(b *bytes.Buffer) {
	for _, a := range p.Person.Appearances {
		c := a.Call
		u := p.Link(c.URL)
		b.WriteString("\n<section class=\"appearance\">\n<h3><a href=\"")
		writeURL(b, u)
		b.WriteString(`">`)
		writeText(b, c.Company.Name)
		b.WriteByte(' ')
		writeText(b, periodOf(c))
		b.WriteString("</a>")
		if d := c.Meta.Date; d != "" {
			b.WriteByte(' ')
			writeTime(b, d)
		}
		b.WriteString("</h3>\n")
		if len(a.Asked) > 0 {
			b.WriteString("<p>Asked:</p><ul>")
			for _, ex := range a.Asked {
				b.WriteString("<li>")
				questionLink(b, u, ex)
				b.WriteString(": <q>")
				writeText(b, ex.Question)
				b.WriteString("</q>")
				if len(ex.AnsweredBy) > 0 {
					b.WriteString(` <span class="count">answered by `)
					writeText(b, speakerNames(ex.AnsweredBy))
					b.WriteString("</span>")
				}
				b.WriteString("</li>")
			}
			b.WriteString("</ul>")
		}
		b.WriteByte('\n')
		remarks := a.Remarks()
		if remarks != nil {
			b.WriteString("<p>In the prepared remarks: ")
			quoteAt(b, u, remarks)
			b.WriteString("</p>")
		}
		b.WriteByte('\n')
		if len(a.Answers) > 0 {
			b.WriteString("<p>Answered:</p><ul>")
			for _, ex := range a.Answers {
				b.WriteString("<li>")
				questionLink(b, u, ex)
				b.WriteString(" from ")
				writeText(b, ex.Analyst.Name)
				if ex.Firm != "" {
					b.WriteString(" (")
					writeText(b, ex.Firm)
					b.WriteByte(')')
				}
				if ex.Topic != "" {
					b.WriteString(" on ")
					writeText(b, ex.Topic)
				}
				b.WriteString(": ")
				if q := a.SaidIn(ex.ID); q != nil {
					quoteAt(b, u, q)
				} else {
					b.WriteString("<q>")
					writeText(b, ex.Question)
					b.WriteString("</q>")
				}
				b.WriteString("</li>")
			}
			b.WriteString("</ul>")
		}
		b.WriteByte('\n')
		if len(a.Asked) == 0 && len(a.Answers) == 0 && remarks == nil {
			b.WriteString(`<p class="count">Spoke on the call.</p>`)
		}
		b.WriteString("\n</section>\n")
	}
}

// questionLink writes a link to an exchange on the call page at u.
func questionLink(b *bytes.Buffer, u string, ex *site.ExchangeRecord) {
	b.WriteString(`<a href="`)
	writeURL(b, u)
	b.WriteByte('#')
	writeURLPart(b, ex.ID)
	b.WriteString(`">Question `)
	b.WriteString(strconv.Itoa(ex.N))
	b.WriteString("</a>")
}

// quoteAt writes a quote linked to where it was said on the call page at u.
func quoteAt(b *bytes.Buffer, u string, q *site.Quote) {
	b.WriteString(`<a href="`)
	writeURL(b, u)
	b.WriteByte('#')
	writeURLPart(b, q.Anchor)
	b.WriteString(`"><q>`)
	writeText(b, q.Text)
	b.WriteString("</q></a>")
}

// periodOf is a call's period as pages name it ("Q3 2024"), or "period
// unknown": the theme's "period" partial, and the Go-drawn parts.
func periodOf(c *site.Call) string {
	if l := c.Meta.PeriodLabel(); l != "" {
		return l
	}
	return "period unknown"
}

// AffiliationRows draws the rows of the person page's table of titles and
// firms over time: the call, linked, then the title and firm said on it.
// In Go and escaped as the template did, as Calls.
func (p PersonPage) AffiliationRows() template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeAffiliationRows(b)
	return template.HTML(b.String())
}

func (p PersonPage) writeAffiliationRows(b *bytes.Buffer) {
	for _, a := range p.Person.Affiliation {
		b.WriteString(`<tr><td><a href="`)
		writeURL(b, p.Link(a.Call.URL))
		b.WriteString(`">`)
		writeText(b, a.Call.Company.Name)
		b.WriteByte(' ')
		writeText(b, periodOf(a.Call))
		b.WriteString("</a></td><td>")
		writeText(b, a.Title)
		b.WriteString("</td><td>")
		writeText(b, a.Firm)
		b.WriteString("</td></tr>\n")
	}
}

// QuestionItems draws the firm page's list of the questions its analysts
// asked: the call and the question's place on it, linked to the question,
// the analyst, linked, and the question. In Go and escaped as the template
// did, as PersonPage.Calls. Classes: li > a, a, q.
func (p FirmPage) QuestionItems() template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeQuestionItems(b)
	return template.HTML(b.String())
}

func (p FirmPage) writeQuestionItems(b *bytes.Buffer) {
	for _, q := range p.Firm.Questions {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Link(q.Call.URL))
		b.WriteByte('#')
		writeURLPart(b, q.Exchange.ID)
		b.WriteString(`">`)
		writeText(b, q.Call.Company.Name)
		b.WriteByte(' ')
		writeText(b, periodOf(q.Call))
		b.WriteString(", question ")
		b.WriteString(strconv.Itoa(q.Exchange.N))
		b.WriteString(`</a> · <a href="`)
		writeURL(b, p.Link(q.Analyst.URL))
		b.WriteString(`">`)
		writeText(b, q.Analyst.Name)
		b.WriteString("</a>: <q>")
		writeText(b, q.Exchange.Question)
		b.WriteString("</q></li>\n")
	}
}
