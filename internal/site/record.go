package site

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"callsite/internal/figures"
	"callsite/internal/summary"
	"callsite/internal/text"
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
	ID      string
	N       int
	Analyst *transcript.Speaker // who asks; with Submitted, who reads the question out
	// Submitted marks a question sent in (by shareholders, webcast
	// listeners) and read out on the call.
	Submitted  bool
	Firm       string
	Question   string // the analyst's question, one sentence
	Topic      string // what it is about, a few words; "" when unknown
	AnsweredBy []*transcript.Speaker
}

// NewRecord keeps what the cross-call pages need of a transcript and its
// figures (CallFigures).
func NewRecord(t *transcript.Transcript, figs []CallFigure) *Record {
	// The body's strings (Key, Summary, Said) are a block of their own: a
	// build may let go of a record's body while it keeps the rest.
	var kept, body keptStrings
	speakers := map[*transcript.Speaker]*transcript.Speaker{}
	own := func(sp *transcript.Speaker) *transcript.Speaker {
		if sp == nil {
			return nil
		}
		if o, ok := speakers[sp]; ok {
			return o
		}
		o := &transcript.Speaker{ID: sp.ID, Name: sp.Name, Title: sp.Title, Role: sp.Role, Firm: sp.Firm, IntroducedAs: sp.IntroducedAs,
			NameInferred: sp.NameInferred, Label: sp.Label}
		kept.add(&o.ID, &o.Name, &o.Title, &o.Firm, &o.IntroducedAs, &o.Label)
		speakers[sp] = o
		return o
	}
	r := &Record{
		Source:     t.Source,
		Format:     t.Format,
		Meta:       t.Meta,
		Unlabelled: t.Unlabelled,
		Turns:      turnCount(t),
		Paragraphs: t.Paragraphs(),
		Figures:    len(figs),
		Key:        keyFigures(figs),
		// A copy: the bullets may be cut from a longer list whose bullets
		// past them hold the text (a fifth of corpusgen's calls kept
		// their 40 kB alive through it, 132 MB of a 15,000-call build).
		Summary: slices.Clone(summary.SummarizeFigures(t, figuresOf(figs))),
		Said:    slices.Clone(Said(t)), // with no spare room: kept all build long
		TextKey: TextKey(t),
	}
	m := &r.Meta
	kept.add(&r.Source, &m.Company, &m.Ticker, &m.Exchange, &m.Date, &m.Title, &m.SourceURL)
	if len(t.Sources) > 0 {
		r.Sources = make([]string, len(t.Sources))
		for i, src := range t.Sources {
			r.Sources[i] = src
			kept.add(&r.Sources[i])
		}
	}
	for _, sp := range t.Speakers {
		r.Speakers = append(r.Speakers, own(sp))
	}
	for i := range r.Key {
		k := &r.Key[i]
		body.add(&k.Text, &k.ID, &k.Metric, &k.Period, &k.Unit, &k.Noun, &k.Qual)
	}
	for i := range r.Summary {
		b := &r.Summary[i]
		body.add(&b.Text, &b.Paragraph, &b.Sentence)
	}
	for i := range r.Said {
		q := &r.Said[i]
		body.add(&q.Speaker, &q.Exchange, &q.Anchor, &q.Text)
	}
	if len(t.Exchanges) > 0 {
		r.Exchanges = make([]ExchangeRecord, 0, len(t.Exchanges)) // kept all build long: no spare room
	}
	for _, ex := range t.Exchanges {
		er := ExchangeRecord{ID: ex.ID, N: ex.N, Analyst: own(ex.Analyst), Submitted: ex.Submitted, Firm: ex.Firm,
			Question: Question(ex), Topic: summary.Topic(ex)}
		for _, sp := range ex.AnsweredBy {
			er.AnsweredBy = append(er.AnsweredBy, own(sp))
		}
		r.Exchanges = append(r.Exchanges, er)
	}
	for i := range r.Exchanges {
		er := &r.Exchanges[i]
		kept.add(&er.ID, &er.Firm, &er.Question, &er.Topic)
	}
	kept.copy()
	body.copy()
	return r
}

// turnCount is len(t.Turns()), without making the list.
func turnCount(t *transcript.Transcript) int {
	n := 0
	for _, sec := range t.Sections {
		n += len(sec.Turns)
	}
	return n
}

// keptStrings copies the strings a record keeps, all into one new
// allocation: a substring would keep the whole transcript's text alive,
// and records outlive transcripts. Copied one by one, they were a tenth
// of a record's allocations.
type keptStrings struct {
	fields []*string
	size   int
}

// add marks strings to copy; they must not move before copy (fields of
// objects or of lists that are not grown again).
func (k *keptStrings) add(fields ...*string) {
	for _, f := range fields {
		if *f != "" {
			k.fields = append(k.fields, f)
			k.size += len(*f)
		}
	}
}

// copy points every string added at its copy in one buffer, which is
// written once and never again: each string's bytes are in place before
// the string is made, and the buffer, made at its full size, never moves.
func (k *keptStrings) copy() {
	buf := make([]byte, 0, k.size)
	for _, f := range k.fields {
		at := len(buf)
		buf = append(buf, *f...)
		*f = unsafe.String(&buf[at], len(*f))
	}
}

// figuresOf indexes a call's figures by paragraph, for the summary.
func figuresOf(figs []CallFigure) func(*transcript.Paragraph) []figures.Figure {
	// A paragraph's figures are next to each other in figs (CallFigures
	// lists them in the call's order): each run of them is a stretch of
	// one copy, not a list grown figure by figure.
	all := make([]figures.Figure, len(figs))
	for i := range figs {
		all[i] = figs[i].Figure
	}
	by := map[*transcript.Paragraph][]figures.Figure{}
	for i := 0; i < len(figs); {
		p, j := figs[i].Paragraph, i+1
		for j < len(figs) && figs[j].Paragraph == p {
			j++
		}
		if had := by[p]; had != nil {
			by[p] = append(had, all[i:j]...) // capped: a copy
		} else {
			by[p] = all[i:j:j]
		}
		i = j
	}
	return func(p *transcript.Paragraph) []figures.Figure { return by[p] }
}

// Question is the question an exchange asks, one sentence of the
// analyst's: the first that asks something (a question, or a request such
// as "Could you talk about pricing.") and names what it is about, never a
// pleasantry ("Can you hear me?", "Thank you.") or a vague follow-on ("And
// could you talk about it a little bit more?") when a more substantive one
// exists. Without any asking sentence it is the analyst's first sentence
// that says something; "" when the analyst said nothing but pleasantries.
func Question(ex *transcript.Exchange) string {
	// Whether a sentence is a pleasantry, asks, and how much substance it
	// names are worked out only when a rule needs them, at most once: the
	// request patterns and the substance count are the costliest tests,
	// and the first substantive asking sentence usually settles it.
	type cand struct {
		s        string
		subst    int  // -1 not known yet
		pleasant int8 // 0 not known yet, 1 a pleasantry, -1 not
		asked    int8 // 0 not known yet, 1 asks, -1 does not
	}
	var cands []cand
	kept := func(i int) bool { // not a pleasantry
		c := &cands[i]
		if c.pleasant == 0 {
			c.pleasant = -1
			if text.Pleasantry(c.s) {
				c.pleasant = 1
			}
		}
		return c.pleasant < 0
	}
	anyKept := func() bool {
		for i := range cands {
			if kept(i) {
				return true
			}
		}
		return false
	}
	for _, tu := range ex.Turns {
		if tu.Speaker != ex.Analyst {
			continue
		}
		if ex.Submitted && anyKept() {
			break // a question read out is put in one turn; what the reader says later is not it
		}
		for _, p := range tu.Paragraphs {
			for sp := range text.EachSentence(p.Text) {
				cands = append(cands, cand{s: p.Text[sp.Start:sp.End], subst: -1})
			}
		}
	}
	asks := func(i int) bool {
		c := &cands[i]
		if c.asked == 0 {
			c.asked = -1
			if text.Asks(c.s) {
				c.asked = 1
			}
		}
		return c.asked > 0
	}
	subst := func(i int) int {
		c := &cands[i]
		if c.subst < 0 {
			c.subst = text.Substance(c.s)
		}
		return c.subst
	}
	pick := func(ok func(i int) bool) (string, bool) {
		for i := range cands {
			if ok(i) {
				return cands[i].s, true
			}
		}
		return "", false
	}
	if s, ok := pick(func(i int) bool { return endsInQuestionMark(cands[i].s) && kept(i) && subst(i) >= 2 && asks(i) }); ok {
		return quote(s)
	}
	if s, ok := pick(func(i int) bool { return kept(i) && subst(i) >= 2 && asks(i) }); ok {
		return quote(s)
	}
	best := -1
	for i := range cands {
		if kept(i) && subst(i) > 0 && (best < 0 || subst(i) > subst(best)) && asks(i) {
			best = i
		}
	}
	if best >= 0 {
		return quote(cands[best].s)
	}
	if s, ok := pick(func(i int) bool { return kept(i) && subst(i) >= 2 }); ok {
		return quote(s)
	}
	if s, ok := pick(func(i int) bool { return kept(i) && (subst(i) > 0 || asks(i)) }); ok {
		return quote(s)
	}
	return ""
}

// quote readies a sentence for showing: spoken fillers at its start go
// ("Uh, so what drove..." is "So what drove..."), and a sentence longer
// than about 240 bytes is cut at a word boundary, keeping the end of a
// question (where the asking is) and the start of anything else.
func quote(s string) string {
	s = dropFillers(s)
	if r, n := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		if r2, _ := utf8.DecodeRuneInString(s[n:]); !unicode.IsUpper(r2) { // not "iPhone"
			s = string(unicode.ToUpper(r)) + s[n:]
		}
	}
	const max = 240
	if len(s) <= max {
		return s
	}
	if endsInQuestionMark(s) {
		tail := s[len(s)-max:]
		// Start at a clause ("..., how do you see demand?") when one
		// leaves enough, else at a word.
		if i := strings.Index(tail, ", "); i >= 0 && len(tail)-i > 100 {
			tail = tail[i+2:]
		} else if i := strings.IndexByte(tail, ' '); i >= 0 {
			tail = tail[i+1:]
		}
		return "… " + dropFillers(tail)
	}
	head := s[:max]
	if i := strings.LastIndexByte(head, ' '); i > 0 {
		head = head[:i]
	}
	return strings.TrimRight(head, ",;: ") + " …"
}

// dropFillers drops the spoken fillers that open a sentence ("Uh, um,").
func dropFillers(s string) string {
	for {
		w, rest, ok := strings.Cut(s, " ")
		lw := strings.ToLower(strings.Trim(w, ",.…-"))
		if !ok || (lw != "uh" && lw != "um" && lw != "er" && lw != "ah") || !strings.HasSuffix(w, ",") {
			return s
		}
		s = rest
	}
}

func endsInQuestionMark(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, `"')”’ `), "?")
}

// FirstSentence is the first sentence of text (text.Split), cut to about
// 200 bytes at a word boundary.
func FirstSentence(s string) string {
	ss := text.Split(s)
	if len(ss) == 0 {
		return ""
	}
	first := ss[0]
	if len(first) > 200 {
		cut := first[:200]
		if i := strings.LastIndexByte(cut, ' '); i > 0 {
			cut = cut[:i]
		}
		return cut + " …"
	}
	return first
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
