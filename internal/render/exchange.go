package render

import (
	"fmt"
	"html/template"
	"strings"

	"callsite/internal/cards"
	"callsite/internal/glossary"
	"callsite/internal/site"
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

	paras map[string]template.HTML
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
func (r *Renderer) exchanges(c *site.Call, t *transcript.Transcript, figs []site.CallFigure, out Output) error {
	recs := c.Exchanges
	for i, ex := range t.Exchanges {
		if i >= len(recs) || recs[i].ID != ex.ID {
			return fmt.Errorf("%s: exchange %s does not match the call's record", c.Source, ex.ID)
		}
		url := c.ExchangeURL(ex.ID)
		page := ExchangePage{Common: r.common(url, c.Headline(recs[i]), answerOpening(ex, 200)), Call: c, Exchange: ex, Record: recs[i]}
		if i > 0 {
			page.Prev = &recs[i-1]
		}
		if i+1 < len(recs) {
			page.Next = &recs[i+1]
		}
		var exFigs []site.CallFigure
		for _, f := range figs {
			if f.Turn.Exchange == ex {
				exFigs = append(exFigs, f)
			}
		}
		callPage := page.Link(c.URL)
		mu := markUp(exchangeTranscript(ex), exFigs, r.terms, func(id string) string { return callPage + "#row-" + id })
		page.paras, page.Terms = mu.paras, mu.terms
		page.OGType = "article"
		if r.cards != nil {
			page.OGImage = url + "card.png"
			name := strings.TrimPrefix(url, "/") + "card.png"
			png, err := r.cards.GetAs(r.exchangeCard(c, recs[i], ex, len(recs)), name)
			if err != nil {
				return fmt.Errorf("%s: share card of %s: %w", c.Source, ex.ID, err)
			}
			if err := out.WriteFile(name, png); err != nil {
				return err
			}
		}
		if err := r.page(out, "exchange.html", url, page); err != nil {
			return err
		}
	}
	return nil
}

// exchangeTranscript wraps an exchange's turns as a transcript, for markUp.
func exchangeTranscript(ex *transcript.Exchange) *transcript.Transcript {
	return &transcript.Transcript{Sections: []*transcript.Section{{Kind: transcript.SectionQA, Turns: ex.Turns}}}
}

// answerOpening is the start of management's first answer, cut at a word
// boundary near n bytes.
func answerOpening(ex *transcript.Exchange, n int) string {
	for _, tu := range ex.Turns {
		r := tu.Speaker.Role
		if r != transcript.RoleManagement && r != transcript.RoleHost {
			continue
		}
		var b strings.Builder
		for _, p := range tu.Paragraphs {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p.Text)
			if b.Len() > n {
				break
			}
		}
		return cutWords(b.String(), n)
	}
	return site.FirstSentence(firstText(ex))
}

func firstText(ex *transcript.Exchange) string {
	for _, tu := range ex.Turns {
		if tu.Speaker == ex.Analyst && len(tu.Paragraphs) > 0 {
			return tu.Paragraphs[0].Text
		}
	}
	return ""
}

// cutWords cuts s to at most n bytes at a word boundary, adding "…".
func cutWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut-- // not inside a UTF-8 sequence
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

func (r *Renderer) exchangeCard(c *site.Call, rec site.ExchangeRecord, ex *transcript.Exchange, total int) cards.Card {
	card := cards.Card{
		SiteTitle: r.site.Config.Title,
		Company:   c.Company.Name,
		Period:    c.Meta.PeriodLabel(),
		Quote:     answerOpening(ex, 400),
	}
	head := c.Headline(rec)
	if i := strings.LastIndex(head, " — "); i > 0 {
		head = head[:i]
	}
	card.Heading = head
	if len(rec.AnsweredBy) > 0 {
		a := rec.AnsweredBy[0]
		card.Speaker = "Answer by " + a.Name
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
