package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"unicode/utf8"

	"callsite/internal/cards"
	"callsite/internal/glossary"
	"callsite/internal/site"
	"callsite/internal/text"
	"callsite/internal/transcript"
)

// ExchangePage is the page of one Q&A exchange: the question and its
// answers, made to be shared.
type ExchangePage struct {
	Common
	Call       *site.Call
	Exchange   *transcript.Exchange
	Record     site.ExchangeRecord
	Prev, Next *site.ExchangeRecord
	Terms      []*glossary.Term

	paras markedParas
	marks *callMarks // the call's, nil when drawn alone
}

// PersonOf returns the person page of a speaker of the call, or nil.
func (p ExchangePage) PersonOf(speakerID string) *site.Person {
	return p.Site.PersonOf(p.Call, speakerID)
}

// FirmOf returns the firm page of an analyst of the call, or nil.
func (p ExchangePage) FirmOf(speakerID string) *site.Firm {
	return p.Site.FirmOf(p.Call, speakerID)
}

// exchanges writes the page and share card of every exchange of a call.
// marks are what the call page's markUp found and drew.
func (r *Renderer) exchanges(c *site.Call, t *transcript.Transcript, marks *callMarks, out Output) error {
	recs := c.Exchanges
	for i, ex := range t.Exchanges {
		if i >= len(recs) || recs[i].ID != ex.ID {
			return fmt.Errorf("%s: exchange %s does not match the call's record", c.Source, ex.ID)
		}
		url := c.ExchangeURL(ex.ID)
		desc := site.AnswerPreview(ex, descMin, descMax)
		page := ExchangePage{Common: r.common(url, exchangeTitle(c, recs[i], desc), exchangeDescription(c, recs[i], desc)), Call: c, Exchange: ex, Record: recs[i]}
		if i > 0 {
			page.Prev = &recs[i-1]
		}
		if i+1 < len(recs) {
			page.Next = &recs[i+1]
		}
		mu := markUp([]*transcript.Section{{Kind: transcript.SectionQA, Turns: ex.Turns}}, marks, r.terms, page.Link(c.URL))
		page.paras, page.Terms, page.marks = mu.paras, mu.terms, marks
		page.OGType, page.Published = "article", c.Meta.Date
		if r.cards != nil {
			page.OGImage = url + "card.png"
			name := strings.TrimPrefix(url, "/") + "card.png"
			card := r.exchangeCard(c, recs[i], ex, len(recs))
			page.ImageAlt = cardAlt(card)
			png, err := r.cards.GetAs(card, name)
			if err != nil {
				return fmt.Errorf("%s: share card of %s: %w", c.Source, ex.ID, err)
			}
			if err := out.WriteFile(name, png); err != nil {
				return err
			}
		}
		page.LD = page.article(c, page.Title)
		if err := r.page(out, "exchange.html", url, page); err != nil {
			return err
		}
	}
	return nil
}

// Preview lengths, in bytes: a page's description (search results and
// link previews show about 160 characters) and the quote on its share
// image, short enough to be drawn large. Each takes substantive sentences
// until it has at least the first number, and is cut near the second.
const (
	descShort          = 60 // shorter, and the description says whose exchange it is first
	descMin, descMax   = 110, 200
	quoteMin, quoteMax = 70, 170
)

// exchangeDescription is the preview's text, or when that is short (the
// exchange says little but courtesy: a line dropped, "I'll get back in the
// queue"), who asked whom on which call, then the short text.
func exchangeDescription(c *site.Call, rec site.ExchangeRecord, pv site.Preview) string {
	if utf8.RuneCountInString(pv.Text) >= descShort {
		return pv.Text
	}
	d := fmt.Sprintf("Question %d on the %s: %s", rec.N, c.Title(), rec.Analyst.Name)
	if rec.Firm != "" {
		d += " (" + rec.Firm + ")"
	}
	if len(rec.AnsweredBy) > 0 {
		d += " and " + speakerNames(rec.AnsweredBy)
	}
	if pv.Text != "" {
		return d + ": “" + pv.Text + "”"
	}
	return d + "."
}

// exchangeTitle is the title of an exchange's page: who answered on what
// (site's Headline), or, when the exchange's topic is not known, who
// answered and the opening of what they said.
func exchangeTitle(c *site.Call, rec site.ExchangeRecord, pv site.Preview) string {
	if rec.Topic != "" || pv.Text == "" || pv.Speaker == nil || pv.Speaker.Role == transcript.RoleAnalyst {
		return c.Headline(rec)
	}
	who := pv.Speaker.Name
	if st := site.ShortTitle(pv.Speaker.Title); st != "" {
		who += " (" + st + ")"
	}
	first := pv.Text
	if sp := text.Sentences(first); len(sp) > 0 {
		first = first[sp[0].Start:sp[0].End]
	}
	return who + ": “" + site.CutWords(strings.TrimRight(first, "."), 80) + "” — " + c.Company.Name + " " + c.Meta.PeriodLabel()
}

func (r *Renderer) exchangeCard(c *site.Call, rec site.ExchangeRecord, ex *transcript.Exchange, total int) cards.Card {
	card := cards.Card{
		SiteTitle: r.site.Config.Title,
		Company:   c.Company.Name,
		Period:    c.Meta.PeriodLabel(),
	}
	pv := site.AnswerPreview(ex, quoteMin, quoteMax)
	card.Quote = pv.Text
	head := c.Headline(rec)
	if i := strings.LastIndex(head, " — "); i > 0 {
		head = head[:i]
	}
	card.Heading = head
	if a := pv.Speaker; a != nil {
		card.Speaker = "Answer by " + a.Name
		if a.Role == transcript.RoleAnalyst {
			card.Speaker = "Question by " + a.Name
		}
		if st := site.ShortTitle(a.Title); st != "" {
			card.Speaker += ", " + st
		}
	}
	card.Footer = fmt.Sprintf("Question %d of %d · %s", rec.N, total, rec.Analyst.Name)
	if rec.Firm != "" {
		card.Footer += ", " + rec.Firm
	}
	return card
}

// cardAlt says in words what a share card shows, for og:image:alt.
func cardAlt(c cards.Card) string {
	var parts []string
	for _, p := range []string{strings.TrimSpace(c.Company + " " + c.Period), c.Heading, c.Speaker} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	alt := strings.Join(parts, ". ")
	if c.Quote != "" {
		alt += ": “" + c.Quote + "”"
	}
	return site.CutWords(alt, 420)
}

func (r *Renderer) callCard(c *site.Call) cards.Card {
	var names []string
	for _, sp := range c.SpeakersByRole(transcript.RoleManagement) {
		n := sp.Name
		if st := site.ShortTitle(sp.Title); st != "" {
			n += " (" + st + ")"
		}
		names = append(names, n)
	}
	card := cards.Card{SiteTitle: r.site.Config.Title, Company: c.Company.Name, Period: c.Meta.PeriodLabel(), Heading: "Earnings call"}
	if len(names) > 0 {
		card.Speaker = strings.Join(names, ", ")
	}
	var qs []string
	for _, b := range c.Summary {
		if len(qs) == 4 {
			break
		}
		qs = append(qs, b.Text)
	}
	card.Quote = strings.Join(qs, " · ")
	card.Footer = fmt.Sprintf("%d analyst questions", len(c.Exchanges))
	return card
}

// Header draws the exchange page's header: its title, the question's
// place on the call, who asked and who answered, and links to the full
// transcript and to this page. In Go, as turnHTML, because a site has
// thousands of exchange pages; escaped as the template did (escape.go).
// Classes: header.call-head > h1, p.meta, a.context, a.permalink[data-copy].
func (p ExchangePage) Header() template.HTML {
	b := GetBuffer()
	defer PutBuffer(b)
	p.writeHeader(b)
	return template.HTML(b.String())
}

func (p ExchangePage) writeHeader(b *bytes.Buffer) {
	c, r := p.Call, p.Record
	u := p.Link(c.URL)
	b.WriteString("<header class=\"call-head\">\n<h1>")
	writeText(b, p.Title)
	b.WriteString("</h1>\n<p class=\"meta\">Question ")
	b.WriteString(strconv.Itoa(r.N))
	b.WriteString(" of ")
	b.WriteString(strconv.Itoa(len(c.Exchanges)))
	b.WriteString(` on the <a href="`)
	writeURL(b, u)
	b.WriteString(`">`)
	writeText(b, c.Title())
	b.WriteString("</a>")
	if d := c.Meta.Date; d != "" {
		b.WriteString(", ")
		writeTime(b, d)
	}
	b.WriteString(".</p>\n<p class=\"meta\">Asked by ")
	var analystID, analyst string
	if r.Analyst != nil {
		analystID, analyst = r.Analyst.ID, r.Analyst.Name
	}
	if person := p.PersonOf(analystID); person != nil {
		b.WriteString(`<a href="`)
		writeURL(b, p.Link(person.URL))
		b.WriteString(`">`)
		writeText(b, analyst)
		b.WriteString("</a>")
	} else {
		writeText(b, analyst)
	}
	if firm := p.FirmOf(analystID); firm != nil {
		b.WriteString(`, <a href="`)
		writeURL(b, p.Link(firm.URL))
		b.WriteString(`">`)
		writeText(b, r.Firm)
		b.WriteString("</a>")
	} else if r.Firm != "" {
		b.WriteString(", ")
		writeText(b, r.Firm)
	}
	if len(r.AnsweredBy) > 0 {
		b.WriteString("; answered by ")
		writeText(b, speakerNames(r.AnsweredBy))
	}
	b.WriteString(".</p>\n<p><a class=\"context\" href=\"")
	writeURL(b, u)
	b.WriteByte('#')
	writeURLPart(b, r.ID)
	b.WriteString(`">See it in the full transcript</a> · <a class="permalink" href="`)
	writeURL(b, p.Link(p.Path))
	b.WriteString("\" data-copy>Copy link</a></p>\n</header>")
}

// The default theme's exchange.html and period partial, as parsed
// (treeHash): a theme that changes either keeps its templates.
// exchange_test.go fails when the default ones change, so that Body is
// changed with them.
const (
	defaultExchangeTree = "ff96657b6acd8fa3146cacae860996a287b5995b6bd56327c242b3b0de83eeee"
	defaultPeriodTree   = "156e9b1d7dd0241b896bd62bc9c0acc756cf647229199634656c96458ad7d347"
)

// drawExchangeInGo makes the theme's exchange.html draw its body by Body
// when it is the default theme's. It must run before the templates are
// executed.
func drawExchangeInGo(tpl *template.Template) error {
	if treeHash(tpl, "exchange.html") != defaultExchangeTree || treeHash(tpl, "period") != defaultPeriodTree {
		return nil
	}
	_, err := tpl.New("exchange.html").Parse("{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n")
	return err
}

// Body draws the default theme's exchange page between its head and foot
// partials: the breadcrumbs, Header, the turns, the links to the other
// questions and the terms explained. A site has thousands of exchange
// pages; in Go, as DrawnHead, byte for byte as exchange.html drew it
// (exchange_test.go compares them), when the theme keeps the default
// exchange.html and period partial (drawExchangeInGo).
func (p ExchangePage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

// writeBody draws Body onto b: the page's own buffer when execute
// puts the page together.
func (p ExchangePage) writeBody(b *bytes.Buffer) error {
	c, r := p.Call, p.Record
	u := p.Link(c.URL)
	b.Grow(turnsSize(p.Exchange.Turns, p.paras) + 2048)
	b.WriteString("\n\n<main id=\"main\" class=\"call exchange-page\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString(`">Calls</a> › <a href="`)
	writeURL(b, p.Link(c.Company.URL))
	b.WriteString(`">`)
	writeText(b, c.Company.Name)
	b.WriteString(`</a> › <a href="`)
	writeURL(b, u)
	b.WriteString(`">`)
	writeText(b, periodOf(c))
	b.WriteString("</a> › Question ")
	b.WriteString(strconv.Itoa(r.N))
	b.WriteString("</nav>\n")
	p.writeHeader(b)
	b.WriteString("\n<div class=\"transcript\">\n")
	p.writeTurns(b, p.Exchange.Turns)
	b.WriteString("\n</div>\n<nav class=\"pager\" aria-label=\"Other questions on this call\">\n")
	for _, other := range []struct {
		rec         *site.ExchangeRecord
		open, close string
	}{{p.Prev, `<a rel="prev" href="`, "\">← Question "}, {p.Next, `<a rel="next" href="`, `">Question `}} {
		if other.rec == nil {
			b.WriteByte('\n')
			continue
		}
		if other.rec.Analyst == nil {
			return fmt.Errorf("question %d has no analyst", other.rec.N)
		}
		b.WriteString(other.open)
		writeURL(b, p.Link(c.ExchangeURL(other.rec.ID)))
		b.WriteString(other.close)
		b.WriteString(strconv.Itoa(other.rec.N))
		b.WriteString(": ")
		writeText(b, other.rec.Analyst.Name)
		if other.rec == p.Next {
			b.WriteString(" →")
		}
		b.WriteString("</a>\n")
	}
	b.WriteString("</nav>\n")
	if len(p.Terms) > 0 {
		writeTerms(b, "Terms used here", p.Terms)
	}
	b.WriteString("\n</main>\n")
	return nil
}

// writeTerms draws the glossary terms a page explains, under heading, as
// the default theme's call and exchange templates do.
func writeTerms(b *bytes.Buffer, heading string, terms []*glossary.Term) {
	b.WriteString("\n<section class=\"terms\" aria-labelledby=\"h-terms\">\n<h2 id=\"h-terms\">")
	b.WriteString(heading)
	b.WriteString("</h2>\n<dl>\n")
	for _, t := range terms {
		b.WriteString("<dt>")
		writeText(b, t.Term)
		b.WriteString(`</dt><dd id="term-`)
		writeText(b, t.Slug)
		b.WriteString(`">`)
		writeText(b, t.Definition)
		b.WriteString("</dd>\n")
	}
	b.WriteString("</dl>\n</section>\n")
}
