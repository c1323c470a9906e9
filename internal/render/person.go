package render

import (
	"html/template"
	"strconv"
	"strings"

	"callsite/internal/site"
)

// Calls draws the person page's calls, newest first: what they asked,
// said in the prepared remarks and answered on each. It is written in Go
// for the reason turnHTML is: a site has thousands of people, and each of
// the dozens of values an appearance shows cost a reflective call through
// html/template. It escapes as the template did (escape.go). Classes:
//
//	section.appearance > h3 > a, time; p, ul > li > a, q, span.count
func (p PersonPage) Calls() template.HTML {
	var b strings.Builder
	for _, a := range p.Person.Appearances {
		c := a.Call
		u := p.Link(c.URL)
		b.WriteString("\n<section class=\"appearance\">\n<h3><a href=\"")
		writeURL(&b, u)
		b.WriteString(`">`)
		writeText(&b, c.Company.Name)
		b.WriteByte(' ')
		writeText(&b, periodOf(c))
		b.WriteString("</a>")
		if d := c.Meta.Date; d != "" {
			b.WriteByte(' ')
			writeTime(&b, d)
		}
		b.WriteString("</h3>\n")
		if len(a.Asked) > 0 {
			b.WriteString("<p>Asked:</p><ul>")
			for _, ex := range a.Asked {
				b.WriteString("<li>")
				questionLink(&b, u, ex)
				b.WriteString(": <q>")
				writeText(&b, ex.Question)
				b.WriteString("</q>")
				if len(ex.AnsweredBy) > 0 {
					b.WriteString(` <span class="count">answered by `)
					writeText(&b, speakerNames(ex.AnsweredBy))
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
			quoteAt(&b, u, remarks)
			b.WriteString("</p>")
		}
		b.WriteByte('\n')
		if len(a.Answers) > 0 {
			b.WriteString("<p>Answered:</p><ul>")
			for _, ex := range a.Answers {
				b.WriteString("<li>")
				questionLink(&b, u, ex)
				b.WriteString(" from ")
				writeText(&b, ex.Analyst.Name)
				if ex.Firm != "" {
					b.WriteString(" (")
					writeText(&b, ex.Firm)
					b.WriteByte(')')
				}
				if ex.Topic != "" {
					b.WriteString(" on ")
					writeText(&b, ex.Topic)
				}
				b.WriteString(": ")
				if q := a.SaidIn(ex.ID); q != nil {
					quoteAt(&b, u, q)
				} else {
					b.WriteString("<q>")
					writeText(&b, ex.Question)
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
	return template.HTML(b.String())
}

// questionLink writes a link to an exchange on the call page at u.
func questionLink(b *strings.Builder, u string, ex *site.ExchangeRecord) {
	b.WriteString(`<a href="`)
	writeURL(b, u)
	b.WriteByte('#')
	writeURLPart(b, ex.ID)
	b.WriteString(`">Question `)
	b.WriteString(strconv.Itoa(ex.N))
	b.WriteString("</a>")
}

// quoteAt writes a quote linked to where it was said on the call page at u.
func quoteAt(b *strings.Builder, u string, q *site.Quote) {
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
	var b strings.Builder
	for _, a := range p.Person.Affiliation {
		b.WriteString(`<tr><td><a href="`)
		writeURL(&b, p.Link(a.Call.URL))
		b.WriteString(`">`)
		writeText(&b, a.Call.Company.Name)
		b.WriteByte(' ')
		writeText(&b, periodOf(a.Call))
		b.WriteString("</a></td><td>")
		writeText(&b, a.Title)
		b.WriteString("</td><td>")
		writeText(&b, a.Firm)
		b.WriteString("</td></tr>\n")
	}
	return template.HTML(b.String())
}

// QuestionItems draws the firm page's list of the questions its analysts
// asked: the call and the question's place on it, linked to the question,
// the analyst, linked, and the question. In Go and escaped as the template
// did, as PersonPage.Calls. Classes: li > a, a, q.
func (p FirmPage) QuestionItems() template.HTML {
	var b strings.Builder
	for _, q := range p.Firm.Questions {
		b.WriteString(`<li><a href="`)
		writeURL(&b, p.Link(q.Call.URL))
		b.WriteByte('#')
		writeURLPart(&b, q.Exchange.ID)
		b.WriteString(`">`)
		writeText(&b, q.Call.Company.Name)
		b.WriteByte(' ')
		writeText(&b, periodOf(q.Call))
		b.WriteString(", question ")
		b.WriteString(strconv.Itoa(q.Exchange.N))
		b.WriteString(`</a> · <a href="`)
		writeURL(&b, p.Link(q.Analyst.URL))
		b.WriteString(`">`)
		writeText(&b, q.Analyst.Name)
		b.WriteString("</a>: <q>")
		writeText(&b, q.Exchange.Question)
		b.WriteString("</q></li>\n")
	}
	return template.HTML(b.String())
}
