package render

import (
	"bytes"
	"html/template"
	"strconv"
)

// The home page and the lists of people and firms show every call,
// company, person or firm of the site, and the firm pages every analyst
// of a firm: in their templates each value of each row was looked up and
// escaped through reflection, most of those pages' time. As person.html,
// the default theme's index.html, people.html, firms.html and firm.html
// are drawn in Go between their head and foot, byte for byte as the
// templates drew them (lists_test.go compares them on real calls), when a
// theme keeps them (drawListsInGo).

// The SHA-256 of the default theme's templates as parsed (treeHash):
// lists_test.go fails when one changes, so that its Body is changed with
// it.
const (
	defaultIndexTree  = "7fb799e74e348ce7a8d7d89c92802ee3dc058e2d1ef90ff63cc90dac27254400"
	defaultPeopleTree = "056d293715eaefab56a283e543e79aac3d2300a33374c493dead8e29e55d3b1f"
	defaultFirmsTree  = "40ef411555c4e7f62d430e81eaa59c3e61f998330b520b8ba814d5182e766859"
	defaultFirmTree   = "34ba68a4035c43fe31fcdc76b50d8af368b1f3b31342f403c64bcc9a48969770"
)

// drawListsInGo makes each of the theme's index.html, people.html,
// firms.html and firm.html that is the default theme's (the home page's
// with its period partial) draw its body by Body. It must run before the
// templates are executed.
func drawListsInGo(tpl *template.Template) error {
	for _, page := range []struct{ name, tree string }{
		{"index.html", defaultIndexTree}, {"people.html", defaultPeopleTree},
		{"firms.html", defaultFirmsTree}, {"firm.html", defaultFirmTree},
	} {
		if treeHash(tpl, page.name) != page.tree || page.name == "index.html" && treeHash(tpl, "period") != defaultPeriodTree {
			continue
		}
		if _, err := tpl.New(page.name).Parse("{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n"); err != nil {
			return err
		}
	}
	return nil
}

// PeoplePage is the list of people; FirmsPage the list of firms.
type PeoplePage struct {
	Common
}

type FirmsPage struct {
	Common
}

// writeCount writes n and noun, plural unless n is 1: "3 calls".
func writeCount(b *bytes.Buffer, n int, noun string) {
	var num [20]byte
	b.Write(strconv.AppendInt(num[:0], int64(n), 10))
	b.WriteByte(' ')
	b.WriteString(noun)
	if n != 1 {
		b.WriteByte('s')
	}
}

// writeInt writes n.
func writeInt(b *bytes.Buffer, n int) {
	var num [20]byte
	b.Write(strconv.AppendInt(num[:0], int64(n), 10))
}

// Body draws the default theme's home page between its head and foot
// partials: the site's counts, the latest calls and the companies A–Z.
func (p IndexPage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

// writeBody draws Body onto b: the page's own buffer when execute puts
// the page together.
func (p IndexPage) writeBody(b *bytes.Buffer) error {
	s := p.Site
	b.WriteString("\n<main id=\"main\">\n<h1>")
	writeText(b, s.Config.Title)
	b.WriteString("</h1>\n<p class=\"lede stats\"><strong>")
	writeInt(b, len(s.Calls))
	b.WriteString("</strong> calls · <strong>")
	writeInt(b, len(s.Companies))
	b.WriteString(`</strong> companies · <a href="`)
	writeURL(b, p.Link("/people/"))
	b.WriteString(`"><strong>`)
	writeInt(b, len(s.People))
	b.WriteString(`</strong> people</a> · <a href="`)
	writeURL(b, p.Link("/firms/"))
	b.WriteString(`"><strong>`)
	writeInt(b, len(s.Firms))
	b.WriteString("</strong> firms</a> · <strong>")
	writeInt(b, s.QuestionCount())
	b.WriteString("</strong> questions</p>\n<section aria-labelledby=\"latest\">\n<h2 id=\"latest\">Latest calls</h2>\n<ol class=\"calls\">\n")
	for _, c := range s.Latest(30) {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Link(c.URL))
		b.WriteString(`"><span class="co">`)
		writeText(b, c.Company.Name)
		b.WriteString(`</span> <span class="period">`)
		writeText(b, periodOf(c))
		b.WriteString(`</span></a>`)
		if d := c.Meta.Date; d != "" {
			b.WriteByte(' ')
			writeTime(b, d)
		}
		if t := c.Company.Ticker; t != "" {
			b.WriteString(` <span class="ticker">`)
			writeText(b, t)
			b.WriteString(`</span>`)
		}
		b.WriteString(` <span class="count">`)
		writeCount(b, len(c.Exchanges), "question")
		b.WriteString("</span></li>\n")
	}
	b.WriteString("</ol>\n</section>\n<section aria-labelledby=\"companies\">\n<h2 id=\"companies\">Companies A–Z</h2>\n")
	for _, g := range s.CompaniesByLetter() {
		b.WriteString(`<h3 class="letter">`)
		writeText(b, g.Letter)
		b.WriteString("</h3>\n<ul class=\"companies\">\n")
		for _, co := range g.Companies {
			b.WriteString(`<li><a href="`)
			writeURL(b, p.Link(co.URL))
			b.WriteString(`">`)
			writeText(b, co.Name)
			b.WriteString(`</a>`)
			if t := co.Ticker; t != "" {
				b.WriteString(` <span class="ticker">`)
				writeText(b, t)
				b.WriteString(`</span>`)
			}
			b.WriteString(` <span class="count">`)
			writeCount(b, len(co.Calls), "call")
			b.WriteString("</span></li>\n")
		}
		b.WriteString("</ul>\n")
	}
	b.WriteString("\n</section>\n</main>\n")
	return nil
}

// Body draws the default theme's list of people between its head and
// foot partials: each with their roles, latest title, firm and calls.
func (p PeoplePage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

func (p PeoplePage) writeBody(b *bytes.Buffer) error {
	people := p.Site.People
	b.Grow(256 * len(people))
	b.WriteString("\n<main id=\"main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString("\">Calls</a> › People</nav>\n<h1>People</h1>\n<p class=\"lede\">")
	writeInt(b, len(people))
	b.WriteString(" people who spoke by name on the calls.</p>\n<ul class=\"people\">\n")
	for _, person := range people {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Link(person.URL))
		b.WriteString(`">`)
		writeText(b, person.Name)
		b.WriteString(`</a> <span class="count">`)
		writeText(b, roleAndTitle(person))
		if f := person.Firm; f != nil {
			b.WriteString(" · ")
			writeText(b, f.Name)
		}
		b.WriteString(" · ")
		writeCount(b, len(person.Appearances), "call")
		b.WriteString("</span></li>\n")
	}
	b.WriteString("</ul>\n</main>\n")
	return nil
}

// Body draws the default theme's list of firms between its head and foot
// partials: each with its numbers of analysts and questions.
func (p FirmsPage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

func (p FirmsPage) writeBody(b *bytes.Buffer) error {
	firms := p.Site.Firms
	b.WriteString("\n<main id=\"main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString("\">Calls</a> › Firms</nav>\n<h1>Firms</h1>\n<p class=\"lede\">")
	writeInt(b, len(firms))
	b.WriteString(" firms whose analysts asked questions.</p>\n<ul class=\"firms\">\n")
	for _, f := range firms {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Link(f.URL))
		b.WriteString(`">`)
		writeText(b, f.Name)
		b.WriteString(`</a> <span class="count">`)
		writeCount(b, len(f.Analysts), "analyst")
		b.WriteString(" · ")
		writeCount(b, len(f.Questions), "question")
		b.WriteString("</span></li>\n")
	}
	b.WriteString("</ul>\n</main>\n")
	return nil
}

// Body draws the default theme's firm page between its head and foot
// partials: its analysts and the questions they asked (QuestionItems).
func (p FirmPage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

func (p FirmPage) writeBody(b *bytes.Buffer) error {
	f := p.Firm
	b.WriteString("\n\n<main id=\"main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString(`">Calls</a> › <a href="`)
	writeURL(b, p.Link("/firms/"))
	b.WriteString(`">Firms</a> › `)
	writeText(b, f.Name)
	b.WriteString("</nav>\n<h1>")
	writeText(b, f.Name)
	b.WriteString("</h1>\n<h2>Analysts</h2>\n<ul>")
	for _, a := range f.Analysts {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Link(a.URL))
		b.WriteString(`">`)
		writeText(b, a.Name)
		b.WriteString(`</a>`)
		if t := a.LatestTitle(); t != "" {
			b.WriteString(` <span class="count">`)
			writeText(b, t)
			b.WriteString(`</span>`)
		}
		b.WriteString(`</li>`)
	}
	b.WriteString("</ul>\n<h2>Questions asked</h2>\n<ol class=\"questions\">\n")
	p.writeQuestionItems(b)
	b.WriteString("</ol>\n</main>\n")
	return nil
}
