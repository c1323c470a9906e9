package site

import (
	"strings"

	"callsite/internal/figures"
	"callsite/internal/summary"
	"callsite/internal/transcript"
)

// Record is what the site needs to know of one call beyond its own page:
// small, so that the cross-call pages of 100,000 calls are built without
// holding their text. The call's own page is drawn from the full
// transcript, parsed again when it is rendered.
type Record struct {
	Source     string
	Sources    []string // every file that holds this call, Source first
	Format     string
	Meta       transcript.Meta
	Unlabelled bool
	Speakers   []*transcript.Speaker
	Exchanges  []ExchangeRecord
	Turns      int
	Paragraphs int
	Figures    int              // how many figures the call states
	Key        []KeyFigure      // headline results and guidance
	Summary    []summary.Bullet // key points, at most 8
	Said       []Quote          // what management said first, for person pages (preview.go)
	TextKey    uint64           // hash of the text: the search index holds its words (preview.go)
}

// ExchangeRecord is one Q&A exchange without its text.
type ExchangeRecord struct {
	ID         string
	N          int
	Analyst    *transcript.Speaker
	Firm       string
	Question   string // the analyst's question, one sentence
	Topic      string // what it is about, a few words; "" when unknown
	AnsweredBy []*transcript.Speaker
}

// NewRecord keeps what the cross-call pages need of a transcript and its
// figures (CallFigures).
func NewRecord(t *transcript.Transcript, figs []CallFigure) *Record {
	// Every string kept is copied: a substring would keep the whole
	// transcript's text alive, and records outlive transcripts.
	c := strings.Clone
	speakers := map[*transcript.Speaker]*transcript.Speaker{}
	own := func(sp *transcript.Speaker) *transcript.Speaker {
		if sp == nil {
			return nil
		}
		if o, ok := speakers[sp]; ok {
			return o
		}
		o := &transcript.Speaker{ID: c(sp.ID), Name: c(sp.Name), Title: c(sp.Title), Role: sp.Role, Firm: c(sp.Firm), IntroducedAs: c(sp.IntroducedAs)}
		speakers[sp] = o
		return o
	}
	m := t.Meta
	m.Company, m.Ticker, m.Exchange, m.Date, m.Title, m.SourceURL = c(m.Company), c(m.Ticker), c(m.Exchange), c(m.Date), c(m.Title), c(m.SourceURL)
	r := &Record{
		Source:     c(t.Source),
		Format:     t.Format,
		Meta:       m,
		Unlabelled: t.Unlabelled,
		Turns:      len(t.Turns()),
		Paragraphs: t.Paragraphs(),
		Figures:    len(figs),
		Key:        keyFigures(figs),
		Summary:    summary.SummarizeFigures(t, figuresOf(figs)),
		Said:       Said(t),
		TextKey:    TextKey(t),
	}
	for _, src := range t.Sources {
		r.Sources = append(r.Sources, c(src))
	}
	for _, sp := range t.Speakers {
		r.Speakers = append(r.Speakers, own(sp))
	}
	for i := range r.Key {
		k := &r.Key[i]
		k.Text, k.ID, k.Metric, k.Period, k.Unit, k.Noun, k.Qual = c(k.Text), c(k.ID), c(k.Metric), c(k.Period), c(k.Unit), c(k.Noun), c(k.Qual)
	}
	for i := range r.Summary {
		b := &r.Summary[i]
		b.Text, b.Paragraph, b.Sentence = c(b.Text), c(b.Paragraph), c(b.Sentence)
	}
	if len(t.Exchanges) > 0 {
		r.Exchanges = make([]ExchangeRecord, 0, len(t.Exchanges)) // kept all build long: no spare room
	}
	for _, ex := range t.Exchanges {
		er := ExchangeRecord{ID: c(ex.ID), N: ex.N, Analyst: own(ex.Analyst), Firm: c(ex.Firm),
			Question: c(Question(ex)), Topic: c(summary.Topic(ex))}
		for _, sp := range ex.AnsweredBy {
			er.AnsweredBy = append(er.AnsweredBy, own(sp))
		}
		r.Exchanges = append(r.Exchanges, er)
	}
	return r
}

// figuresOf indexes a call's figures by paragraph, for the summary.
func figuresOf(figs []CallFigure) func(*transcript.Paragraph) []figures.Figure {
	by := map[*transcript.Paragraph][]figures.Figure{}
	for _, f := range figs {
		by[f.Paragraph] = append(by[f.Paragraph], f.Figure)
	}
	return func(p *transcript.Paragraph) []figures.Figure { return by[p] }
}

// Question is the question an exchange asks: the analyst's first sentence
// that ends in a question mark, else the analyst's first sentence.
func Question(ex *transcript.Exchange) string {
	var first string
	for _, tu := range ex.Turns {
		if tu.Speaker != ex.Analyst {
			continue
		}
		for _, p := range tu.Paragraphs {
			if first == "" {
				first = FirstSentence(p.Text)
			}
			if q := questionSentence(p.Text); q != "" {
				return q
			}
		}
	}
	return first
}

// FirstSentence cuts text after its first sentence (about 200 bytes at
// most, at a word boundary).
func FirstSentence(text string) string {
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i+1 == len(text) || text[i+1] == ' ') && i > 20 {
			return text[:i+1]
		}
		if i > 200 && text[i] == ' ' {
			return text[:i] + " …"
		}
	}
	return text
}

func questionSentence(text string) string {
	q := -1
	for i := 0; i < len(text); i++ {
		if text[i] == '?' {
			q = i
			break
		}
	}
	if q < 0 {
		return ""
	}
	start := 0
	for i := q - 1; i > 0; i-- {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' {
			start = i + 2
			break
		}
	}
	s := text[start : q+1]
	if len(s) > 240 {
		// Keep the end, where the question is, from a word boundary.
		tail := s[len(s)-240:]
		for i := 0; i < len(tail); i++ {
			if tail[i] == ' ' {
				tail = tail[i+1:]
				break
			}
		}
		s = "… " + tail
	}
	return s
}

// ExchangeURL is the page of one Q&A exchange of the call.
func (c *Call) ExchangeURL(id string) string { return c.URL + id + "/" }

// ShortTitle shortens a job title for headlines: "Chief Executive
// Officer" is "CEO"; other titles are cut at their first comma.
func ShortTitle(title string) string {
	t := strings.ToLower(title)
	for _, m := range []struct{ has, short string }{
		{"chief executive", "CEO"}, {"ceo", "CEO"}, {"chief financial", "CFO"}, {"cfo", "CFO"},
		{"chief operating", "COO"}, {"coo", "COO"}, {"chief technology", "CTO"}, {"cto", "CTO"},
		{"president", "President"}, {"chairman", "Chairman"}, {"chair", "Chair"},
		{"investor relations", "Investor Relations"}, {"treasurer", "Treasurer"},
	} {
		if containsWord(t, m.has) {
			return m.short
		}
	}
	if i := strings.IndexAny(title, ",&"); i > 0 {
		return strings.TrimSpace(title[:i])
	}
	return title
}

func containsWord(s, w string) bool {
	i := strings.Index(s, w)
	if i < 0 {
		return false
	}
	before := i == 0 || !isLetter(s[i-1])
	after := i+len(w) == len(s) || !isLetter(s[i+len(w)])
	return before && after
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Headline names an exchange for a share card or a page title:
// "Dario Calogero (CEO) on gross margin — Kaleyra Q2 2020".
func (c *Call) Headline(ex ExchangeRecord) string {
	who := ""
	if len(ex.AnsweredBy) > 0 {
		a := ex.AnsweredBy[0]
		who = a.Name
		if st := ShortTitle(a.Title); st != "" {
			who += " (" + st + ")"
		}
	}
	asker := ex.Analyst.Name
	if ex.Firm != "" {
		asker += " (" + ex.Firm + ")"
	}
	var h string
	switch {
	case who != "" && ex.Topic != "":
		h = who + " on " + ex.Topic
	case who != "":
		h = who + " answers " + asker
	case ex.Topic != "":
		h = asker + " on " + ex.Topic
	default:
		h = asker + " asks"
	}
	return strings.TrimSpace(h + " — " + c.Company.Name + " " + c.Meta.PeriodLabel())
}
