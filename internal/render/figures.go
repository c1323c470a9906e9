package render

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"callsite/internal/glossary"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// markup is the marked-up text of every paragraph of a page, and the
// glossary terms it explains, in order of first use.
type markup struct {
	paras     markedParas // paragraphs with figures or terms to explain; the others are plain text
	terms     []*glossary.Term
	call      *callMarks
	keptLinks []keptLink // figure links drawn for the exchange pages, while drawing
}

// callMarks is what the pages of one call share of their markup, found
// or drawn once by the call page's markUp: each paragraph's figures, the
// glossary terms in each stretch of text between them, and the figure
// links of the exchanges. A call's exchange pages mark up the same
// paragraphs as its page; only the links' target (the call page, from
// one folder down) and which terms are explained first differ.
type callMarks struct {
	figs   []site.CallFigure
	byPara map[string][]int // indexes in figs of each paragraph's figures, in order
	// found are the glossary terms in each stretch searched, a
	// paragraph's stretches one after the other from foundAt[paragraph]:
	// one list for the call rather than one a paragraph.
	found   []termsFound
	foundAt map[*transcript.Paragraph]int
	// links are the figure links drawn on the call page (by index in
	// figs; "" for a figure outside the exchanges), to be copied with
	// the call page's path put in front of their href.
	links []figureLink
	order []int // 0, 1, 2, ...: byPara's lists are slices of it
	// callDrawn says the call page's markUp is done: the exchange pages'
	// read what it kept.
	callDrawn bool
	// callParas are the call page's marked-up paragraphs, and drawn the
	// paragraphs of each turn of an exchange as the call page drew them
	// (writeParagraphs), for the exchange pages to copy (drawnAsCall).
	callParas markedParas
	drawn     map[*transcript.Turn]span
	// callTerms are the paragraphs whose markup on the call page
	// explains a glossary term, and plain the text of the exchanges'
	// paragraphs the call page drew plain, escaped, in kept: an exchange
	// page copies what it would draw the same (linkedAsCall, plainAsCall)
	// rather than escape the text again.
	callTerms map[string]bool
	plain     map[*transcript.Paragraph]span
	// kept holds what the call's pages draw once and copy (the marked-up
	// paragraphs, the exchanges' turns as the call page drew them), until
	// the call is drawn (release): copied in here rather than out into a
	// string each, which the collector would have to clear.
	kept *bytes.Buffer
	// callHrefs and exchangeHrefs are the links to the speakers' pages
	// from the call page and from its exchange pages (speakerHref).
	callHrefs, exchangeHrefs map[*transcript.Speaker]string
}

// speakerHref returns the link from a call's page (or, exchange true,
// from one of its exchange pages) to the page of a turn's speaker, "" for
// none: found once a call for each speaker rather than for each turn (the
// person, then the link). A call's exchange pages are folders side by
// side, so a link out of one (it begins with "../") is the link from any
// of them.
func (cm *callMarks) speakerHref(from Common, call *site.Call, sp *transcript.Speaker, exchange bool) string {
	if cm == nil {
		return personLink(from, from.Site.PersonOf(call, sp.ID))
	}
	memo := cm.callHrefs
	if exchange {
		memo = cm.exchangeHrefs
	}
	if href, ok := memo[sp]; ok {
		return href
	}
	href := personLink(from, from.Site.PersonOf(call, sp.ID))
	if !exchange || href == "" || strings.HasPrefix(href, "../") {
		memo[sp] = href
	}
	return href
}

// personLink is the link from a page to a person's, "" for no person.
func personLink(from Common, person *site.Person) string {
	if person == nil {
		return ""
	}
	return from.Link(person.URL)
}

// drawnAsCall returns a turn's paragraphs as the call page drew them,
// when the exchange page marks none of them up (paras) and neither did the
// call page: then both escape the same text, and copying it is cheaper.
func (cm *callMarks) drawnAsCall(tu *transcript.Turn, paras markedParas) ([]byte, bool) {
	if cm == nil {
		return nil, false
	}
	drawn, ok := cm.drawn[tu]
	if !ok {
		return nil, false
	}
	for _, p := range tu.Paragraphs {
		if cm.callParas.has(p.ID) || paras.has(p.ID) {
			return nil, false
		}
	}
	return cm.kept.Bytes()[drawn.start:drawn.end], true
}

// keep copies drawn bytes into the call's kept buffer.
func (cm *callMarks) keep(drawn []byte) span {
	start := cm.kept.Len()
	cm.kept.Write(drawn)
	return span{start, cm.kept.Len()}
}

// release gives back the kept buffer and cm, emptied, once the call's
// pages are drawn.
func (cm *callMarks) release() {
	PutBuffer(cm.kept)
	clear(cm.byPara)
	clear(cm.foundAt)
	clear(cm.drawn)
	clear(cm.callTerms)
	clear(cm.plain)
	clear(cm.found)
	clear(cm.links)
	clear(cm.callHrefs)
	clear(cm.exchangeHrefs)
	*cm = callMarks{byPara: cm.byPara, foundAt: cm.foundAt, drawn: cm.drawn, callTerms: cm.callTerms, plain: cm.plain,
		found: cm.found[:0], links: cm.links[:0], order: cm.order[:0],
		callHrefs: cm.callHrefs, exchangeHrefs: cm.exchangeHrefs}
	callMarksPool.Put(cm)
}

// span is where something drawn is in callMarks.kept.
type span struct{ start, end int }

// markedParas is a page's marked-up paragraphs by id, in callMarks.kept.
// Its zero value has none.
type markedParas struct {
	at   map[string]span
	kept *bytes.Buffer
}

func (mp markedParas) has(id string) bool {
	_, ok := mp.at[id]
	return ok
}

// get returns paragraph id's markup, false when it is plain text.
func (mp markedParas) get(id string) ([]byte, bool) {
	s, ok := mp.at[id]
	if !ok {
		return nil, false
	}
	return mp.kept.Bytes()[s.start:s.end], true
}

// termsFound is the glossary terms found in a stretch of a paragraph, in
// bytes.
type termsFound struct {
	para       *transcript.Paragraph
	start, end int
	matches    []glossary.Match
}

// figureLink is a figure's link as writeFigureLink drew it, and where its
// href's value begins.
type figureLink struct {
	html   string
	hrefAt int
}

// callMarksPool keeps a callMarks, its maps and lists, from one call to
// the next (release): made anew for each call, they were the largest
// part of the memory a call's drawing took.
var callMarksPool = sync.Pool{New: func() any {
	return &callMarks{byPara: map[string][]int{}, foundAt: map[*transcript.Paragraph]int{}, drawn: map[*transcript.Turn]span{},
		callTerms: map[string]bool{}, plain: map[*transcript.Paragraph]span{},
		callHrefs: map[*transcript.Speaker]string{}, exchangeHrefs: map[*transcript.Speaker]string{}}
}}

func newCallMarks(t *transcript.Transcript, figs []site.CallFigure) *callMarks {
	paras := 0
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			paras += len(tu.Paragraphs)
		}
	}
	cm := callMarksPool.Get().(*callMarks)
	cm.figs, cm.kept = figs, GetBuffer()
	cm.found = slices.Grow(cm.found, paras+len(figs))
	cm.links = slices.Grow(cm.links, len(figs))[:len(figs)]
	// A paragraph's figures are mostly side by side in figs: each run of
	// them is a slice of one list of indexes, capped so that a paragraph
	// met again later appends to a copy.
	cm.order = slices.Grow(cm.order, len(figs))[:len(figs)]
	all := cm.order
	for start := 0; start < len(figs); {
		id := figs[start].Paragraph.ID
		end := start + 1
		for end < len(figs) && figs[end].Paragraph.ID == id {
			end++
		}
		for i := start; i < end; i++ {
			all[i] = i
		}
		if seen, ok := cm.byPara[id]; ok {
			cm.byPara[id] = append(seen, all[start:end]...)
		} else {
			cm.byPara[id] = all[start:end:end]
		}
		start = end
	}
	return cm
}

// markUp slices each paragraph of turns at its figures' byte spans and
// escapes the pieces: a figure becomes a link to its row in the figure
// table (on the page at rowPage, "" for this one), with its details in a
// tooltip shown on hover and focus and read as the link's description.
// The first use of each glossary term on the page gets its definition
// the same way. The call page's markUp, first, fills cm; the exchange
// pages' read it.
func markUp(sections []*transcript.Section, cm *callMarks, terms *glossary.Matcher, rowPage string) markup {
	m := markup{paras: markedParas{at: map[string]span{}, kept: cm.kept}, call: cm}
	used := map[*glossary.Term]bool{}
	// The paragraphs are drawn into the call's kept buffer, where the
	// page copies them from.
	b := cm.kept
	for _, s := range sections {
		for _, tu := range s.Turns {
			for _, para := range tu.Paragraphs {
				figs := cm.byPara[para.ID]
				if len(figs) == 0 && !m.explains(para, terms, used) {
					// Plain text: turnHTML escapes it straight onto the
					// page, rather than into a string copied there.
					continue
				}
				if m.linkedAsCall(b, para, figs, terms, used, rowPage) {
					continue
				}
				b.Grow(markedSize(para, cm.figs, figs))
				start, at, explained := b.Len(), 0, len(m.terms)
				for _, i := range figs {
					f := &cm.figs[i]
					if f.Start < at || f.End > len(para.Text) || f.Start >= f.End {
						continue // never trust spans blindly: skip what does not fit
					}
					m.writeText(b, para, at, f.Start, terms, used)
					m.writeFigureLink(b, i, rowPage)
					at = f.End
				}
				m.writeText(b, para, at, len(para.Text), terms, used)
				m.paras.at[para.ID] = span{start, b.Len()}
				if !cm.callDrawn && len(m.terms) > explained {
					cm.callTerms[para.ID] = true
				}
			}
		}
	}
	if len(m.keptLinks) > 0 {
		// The figure links kept for the exchange pages: one string for
		// all, each a substring of it.
		var all strings.Builder
		n := 0
		for _, l := range m.keptLinks {
			n += l.end - l.start
		}
		all.Grow(n)
		for _, l := range m.keptLinks {
			all.Write(b.Bytes()[l.start:l.end])
		}
		joined, at := all.String(), 0
		for _, l := range m.keptLinks {
			end := at + l.end - l.start
			cm.links[l.fig] = figureLink{html: joined[at:end], hrefAt: l.hrefAt - l.start}
			at = end
		}
	}
	if !cm.callDrawn {
		cm.callDrawn, cm.callParas = true, m.paras
	}
	return m
}

// linkedAsCall draws an exchange page's markup of a paragraph with
// figures from the call page's, and reports true, when neither explains
// a glossary term in it: then the two differ only in the figure links'
// targets, which the exchange page gives the call page's path (rowPage)
// before "#row-", as writeFigureLink does. The call page's markup holds
// no other href: its text is escaped, quotes and all.
func (m *markup) linkedAsCall(b *bytes.Buffer, para *transcript.Paragraph, figs []int, terms *glossary.Matcher, used map[*glossary.Term]bool, rowPage string) bool {
	cm := m.call
	if !cm.callDrawn || len(figs) == 0 || cm.callTerms[para.ID] || !cm.callParas.has(para.ID) {
		return false
	}
	at := 0
	for _, i := range figs {
		f := &cm.figs[i]
		if f.Start < at || f.End > len(para.Text) || f.Start >= f.End {
			continue // as markUp skips it
		}
		if m.explainsIn(para, at, f.Start, terms, used) {
			return false
		}
		at = f.End
	}
	if m.explainsIn(para, at, len(para.Text), terms, used) {
		return false
	}
	b.Grow(cm.callParas.at[para.ID].end - cm.callParas.at[para.ID].start + len(figs)*len(rowPage)*2)
	call, _ := cm.callParas.get(para.ID) // after Grow, which may move b's bytes
	start := b.Len()
	const href = `href="`
	for {
		i := bytes.Index(call, []byte(href))
		if i < 0 {
			break
		}
		b.Write(call[:i+len(href)])
		writeEscaped(b, rowPage)
		call = call[i+len(href):]
	}
	b.Write(call)
	m.paras.at[para.ID] = span{start, b.Len()}
	return true
}

// explainsIn reports whether a stretch of a paragraph says a glossary
// term not yet explained on the page.
func (m *markup) explainsIn(para *transcript.Paragraph, start, end int, terms *glossary.Matcher, used map[*glossary.Term]bool) bool {
	for _, g := range m.termsIn(para, start, end, terms) {
		if !used[g.Term] {
			return true
		}
	}
	return false
}

// keptLink is where markUp drew a figure link that the exchange pages
// copy (callMarks.links), in its buffer.
type keptLink struct{ fig, start, hrefAt, end int }

// writeFigureLink draws figure i as said, linked to its row in the
// figure table on the page at rowPage, with its details in a tooltip;
// escaped straight onto b as template.HTMLEscapeString escapes. The call
// page's links of the exchanges are kept for the exchange pages, which
// copy them.
func (m *markup) writeFigureLink(b *bytes.Buffer, i int, rowPage string) {
	if l := m.call.links[i]; l.html != "" {
		b.WriteString(l.html[:l.hrefAt])
		writeEscaped(b, rowPage)
		b.WriteString(l.html[l.hrefAt:])
		return
	}
	f := &m.call.figs[i]
	start := b.Len()
	b.WriteString(`<a class="fig fig-`)
	writeEscaped(b, string(f.Kind))
	b.WriteString(`" id="`)
	writeEscaped(b, f.ID)
	b.WriteString(`" href="`)
	hrefAt := b.Len()
	writeEscaped(b, rowPage)
	b.WriteString(`#row-`)
	writeEscaped(b, f.ID)
	b.WriteString(`" aria-describedby="`)
	writeEscaped(b, f.ID)
	b.WriteString(`-d" data-figure>`)
	writeEscaped(b, f.Text)
	b.WriteString(`<span class="tip" id="`)
	writeEscaped(b, f.ID)
	b.WriteString(`-d" role="tooltip">`)
	writeEscaped(b, site.Describe(f.Figure))
	b.WriteString(`</span></a>`)
	if !m.call.callDrawn && f.Turn.Exchange != nil {
		m.keptLinks = append(m.keptLinks, keptLink{i, start, hrefAt, b.Len()})
	}
}

// markedSize guesses the bytes markUp writes for a paragraph with the
// figures figs[at...], a little over rather than under, so that its
// builder is allocated once rather than grown by copying (most of a
// paragraph's markup was growing).
func markedSize(para *transcript.Paragraph, figs []site.CallFigure, at []int) int {
	n := len(para.Text) + len(para.Text)/16 // room for escapes
	for _, i := range at {
		n += 320 + 2*len(figs[i].ID) // the link, its tooltip and the figure's description
	}
	return n
}

// termsIn returns the glossary terms in a stretch of a paragraph, found
// once per stretch.
func (m *markup) termsIn(para *transcript.Paragraph, start, end int, terms *glossary.Matcher) []glossary.Match {
	cm := m.call
	first, seen := cm.foundAt[para]
	if seen {
		for _, f := range cm.found[first:] {
			if f.para != para {
				break
			}
			if f.start == start && f.end == end {
				return f.matches
			}
		}
	}
	matches := terms.Find(para.Text[start:end])
	last := len(cm.found) - 1
	switch {
	case !seen:
		cm.foundAt[para] = len(cm.found)
	case cm.found[last].para != para:
		return matches // not next to the paragraph's other stretches: not kept
	}
	cm.found = append(cm.found, termsFound{para, start, end, matches})
	return matches
}

// explains reports whether a paragraph without figures says a glossary
// term not yet explained: whether writeText would do more than escape it.
func (m *markup) explains(para *transcript.Paragraph, terms *glossary.Matcher, used map[*glossary.Term]bool) bool {
	return m.explainsIn(para, 0, len(para.Text), terms, used)
}

// writeText escapes text, explaining the glossary terms not yet explained
// on this call.
func (m *markup) writeText(b *bytes.Buffer, para *transcript.Paragraph, start, end int, terms *glossary.Matcher, used map[*glossary.Term]bool) {
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
