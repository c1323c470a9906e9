package render

import (
	"html/template"
	"strings"

	"callsite/internal/glossary"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// markup is the marked-up text of every paragraph of a call, and the
// glossary terms it explains, in order of first use.
type markup struct {
	paras map[string]template.HTML // paragraphs with figures or terms to explain; the others are plain text
	terms []*glossary.Term
	found termsFound
}

// termsFound remembers the glossary terms found in each stretch of a
// paragraph between its figures. A call's exchange pages mark up the same
// stretches as its page (only which terms are explained first differs),
// so they look the terms up here rather than scan the text again.
type termsFound map[textSpan][]glossary.Match

// textSpan is a stretch of a paragraph's text, in bytes.
type textSpan struct {
	para       *transcript.Paragraph
	start, end int
}

// markUp slices each paragraph at its figures' byte spans and escapes
// the pieces: a figure becomes a link to its row in the figure table,
// with its details in a tooltip shown on hover and focus and read as the
// link's description. The first use of each glossary term on the call
// gets its definition the same way.
// found holds the terms an earlier markUp of the same paragraphs found
// (nil for none); the new ones are added to it.
func markUp(t *transcript.Transcript, figs []site.CallFigure, terms *glossary.Matcher, found termsFound, rowHref func(figureID string) string) markup {
	if found == nil {
		found = termsFound{}
	}
	m := markup{paras: map[string]template.HTML{}, found: found}
	byPara := map[string][]site.CallFigure{}
	for _, f := range figs {
		byPara[f.Paragraph.ID] = append(byPara[f.Paragraph.ID], f)
	}
	used := map[*glossary.Term]bool{}
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, para := range tu.Paragraphs {
				if len(byPara[para.ID]) == 0 && !m.explains(para, terms, used) {
					// Plain text: turnHTML escapes it straight onto the
					// page, rather than into a string copied there.
					continue
				}
				var b strings.Builder
				b.Grow(markedSize(para, byPara[para.ID]))
				at := 0
				for _, f := range byPara[para.ID] {
					if f.Start < at || f.End > len(para.Text) || f.Start >= f.End {
						continue // never trust spans blindly: skip what does not fit
					}
					m.writeText(&b, para, at, f.Start, terms, used)
					writeFigureLink(&b, f, rowHref(f.ID))
					at = f.End
				}
				m.writeText(&b, para, at, len(para.Text), terms, used)
				m.paras[para.ID] = template.HTML(b.String())
			}
		}
	}
	return m
}

// writeFigureLink draws a figure as said, linked to href (its row in the
// figure table), with its details in a tooltip; escaped straight onto b as
// template.HTMLEscapeString escapes.
func writeFigureLink(b *strings.Builder, f site.CallFigure, href string) {
	b.WriteString(`<a class="fig fig-`)
	writeEscaped(b, string(f.Kind))
	b.WriteString(`" id="`)
	writeEscaped(b, f.ID)
	b.WriteString(`" href="`)
	writeEscaped(b, href)
	b.WriteString(`" aria-describedby="`)
	writeEscaped(b, f.ID)
	b.WriteString(`-d" data-figure>`)
	writeEscaped(b, f.Text)
	b.WriteString(`<span class="tip" id="`)
	writeEscaped(b, f.ID)
	b.WriteString(`-d" role="tooltip">`)
	writeEscaped(b, site.Describe(f.Figure))
	b.WriteString(`</span></a>`)
}

// markedSize guesses the bytes markUp writes for a paragraph, a little
// over rather than under, so that its builder is allocated once rather
// than grown by copying (most of a paragraph's markup was growing).
func markedSize(para *transcript.Paragraph, figs []site.CallFigure) int {
	n := len(para.Text) + len(para.Text)/16 // room for escapes
	for _, f := range figs {
		n += 320 + 2*len(f.ID) // the link, its tooltip and the figure's description
	}
	return n
}

// termsIn returns the glossary terms in a stretch of a paragraph, found
// once per stretch.
func (m *markup) termsIn(para *transcript.Paragraph, start, end int, terms *glossary.Matcher) []glossary.Match {
	span := textSpan{para, start, end}
	matches, ok := m.found[span]
	if !ok {
		matches = terms.Find(para.Text[start:end])
		m.found[span] = matches
	}
	return matches
}

// explains reports whether a paragraph without figures says a glossary
// term not yet explained: whether writeText would do more than escape it.
func (m *markup) explains(para *transcript.Paragraph, terms *glossary.Matcher, used map[*glossary.Term]bool) bool {
	for _, g := range m.termsIn(para, 0, len(para.Text), terms) {
		if !used[g.Term] {
			return true
		}
	}
	return false
}

// writeText escapes text, explaining the glossary terms not yet explained
// on this call.
func (m *markup) writeText(b *strings.Builder, para *transcript.Paragraph, start, end int, terms *glossary.Matcher, used map[*glossary.Term]bool) {
	text := para.Text[start:end]
	at := 0
	for _, g := range m.termsIn(para, start, end, terms) {
		if used[g.Term] {
			continue
		}
		used[g.Term] = true
		m.terms = append(m.terms, g.Term)
		writeEscaped(b, text[at:g.Start])
		b.WriteString(`<span class="term" role="term" tabindex="0" aria-describedby="term-`)
		b.WriteString(g.Term.Slug)
		b.WriteString(`">`)
		writeEscaped(b, text[g.Start:g.End])
		b.WriteString(`<span class="tip" aria-hidden="true">`)
		writeEscaped(b, g.Term.Definition)
		b.WriteString(`</span></span>`)
		at = g.End
	}
	writeEscaped(b, text[at:])
}
