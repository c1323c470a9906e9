// Package export writes the machine-readable twins of a call page, beside
// it in the site: call.json (its schema is docs/call-json.md) and
// figures.csv, drawn from the site model and the call's transcript.
package export

import (
	"bytes"
	"encoding/json"
	"io"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// CallJSON is the machine-readable twin of a call page (call.json). Its
// schema is documented in docs/call-json.md; fields are only ever added.
type CallJSON struct {
	Schema     string         `json:"schema"`
	URL        string         `json:"url"`
	Title      string         `json:"title"`
	Company    CompanyJSON    `json:"company"`
	Period     PeriodJSON     `json:"period"`
	Date       string         `json:"date,omitempty"`
	Source     string         `json:"source"`
	Sources    []string       `json:"sources"`
	Format     string         `json:"format"`
	Unlabelled bool           `json:"unlabelled,omitempty"`
	Summary    []string       `json:"summary"`
	KeyPoints  []KeyPointJSON `json:"key_points"`
	Speakers   []SpeakerJSON  `json:"speakers"`
	Sections   []SectionJSON  `json:"sections"`
	Exchanges  []ExchangeJSON `json:"exchanges"`
	Figures    []FigureJSON   `json:"figures"`
}

// FigureJSON is one figure said on the call.
type FigureJSON struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Low       float64  `json:"low"`
	High      float64  `json:"high"`
	Unit      string   `json:"unit"`
	Noun      string   `json:"noun,omitempty"`
	PerShare  bool     `json:"per_share,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Metric    string   `json:"metric"`
	Period    string   `json:"period"`
	Kind      string   `json:"kind"`
	Change    string   `json:"change,omitempty"`
	ChangePct float64  `json:"change_pct,omitempty"`
	Basis     string   `json:"basis,omitempty"`
	Scope     string   `json:"scope,omitempty"`
	Role      string   `json:"role,omitempty"`
	Reasons   []string `json:"reasons,omitempty"`
	Speaker   string   `json:"speaker"`
	Turn      string   `json:"turn"`
	Paragraph string   `json:"paragraph"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
}

// Figure is the JSON form of one figure.
func Figure(f site.CallFigure) FigureJSON {
	return FigureJSON{
		ID: f.ID, Text: f.Text, Value: f.Value, Low: f.Low, High: f.High, Unit: f.Unit,
		Noun: f.Noun, PerShare: f.PerShare, Qualifier: f.Qualifier, Metric: f.Metric,
		Period: f.Period, Kind: string(f.Kind), Change: f.Change, ChangePct: f.ChangePct,
		Basis: f.Basis, Scope: f.Scope, Role: string(f.Role), Reasons: f.Reasons,
		Speaker: f.Turn.Speaker.ID, Turn: f.Turn.ID, Paragraph: f.Paragraph.ID, Start: f.Start, End: f.End,
	}
}

// KeyPointJSON is a summary bullet with the paragraph it came from.
type KeyPointJSON struct {
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Paragraph string `json:"paragraph"`
	Sentence  string `json:"sentence"`
}

type CompanyJSON struct {
	Name     string `json:"name"`
	Slug     string `json:"slug"`
	Ticker   string `json:"ticker,omitempty"`
	Exchange string `json:"exchange,omitempty"`
	Source   string `json:"source,omitempty"` // header, text, ticker-list, sidecar or file-name
}

type PeriodJSON struct {
	Label      string `json:"label,omitempty"`
	FiscalYear int    `json:"fiscal_year,omitempty"`
	Quarter    int    `json:"quarter,omitempty"`
	Half       int    `json:"half,omitempty"`   // 1 or 2 for a half year's call (quarter is the half's last)
	Source     string `json:"source,omitempty"` // header, text, inferred, sidecar or file-name
}

type SpeakerJSON struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Title        string `json:"title,omitempty"`
	Role         string `json:"role"`
	Firm         string `json:"firm,omitempty"`
	IntroducedAs string `json:"introduced_as,omitempty"`
	// NameInferred: the source does not name the speaker; name was
	// inferred from what was said, and label is the source's own label.
	NameInferred bool   `json:"name_inferred,omitempty"`
	Label        string `json:"label,omitempty"`
}

type SectionJSON struct {
	Kind  string     `json:"kind"`
	Turns []TurnJSON `json:"turns"`
}

type TurnJSON struct {
	ID         string          `json:"id"`
	Speaker    string          `json:"speaker"`
	Exchange   string          `json:"exchange,omitempty"`
	Line       int             `json:"line,omitempty"`
	Paragraphs []ParagraphJSON `json:"paragraphs"`
}

type ParagraphJSON struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type ExchangeJSON struct {
	ID         string   `json:"id"`
	Analyst    string   `json:"analyst"`
	Submitted  bool     `json:"submitted,omitempty"`
	Firm       string   `json:"firm,omitempty"`
	Topic      string   `json:"topic,omitempty"`
	Question   string   `json:"question"`
	Turns      []string `json:"turns"`
	AnsweredBy []string `json:"answered_by"`
	URL        string   `json:"url"`
}

// Call returns the machine-readable twin of call c, drawn from its full
// transcript t and its figures. Speakers are referred to by their id.
func Call(c *site.Call, t *transcript.Transcript, figs []site.CallFigure) CallJSON {
	out := callWithoutFigures(c, t)
	out.Figures = make([]FigureJSON, 0, len(figs))
	for _, f := range figs {
		out.Figures = append(out.Figures, Figure(f))
	}
	return out
}

// WriteCall writes what Call(c, t, figs).EncodeTo(b, compact) writes,
// without making the list of figures first (most of what Call
// allocates): each figure is made as it is written.
func WriteCall(b *bytes.Buffer, c *site.Call, t *transcript.Transcript, figs []site.CallFigure, compact bool) error {
	cj := callWithoutFigures(c, t)
	cj.Figures = []FigureJSON{} // [] when figs is empty, as Call's
	if out, ok := cj.appendJSON(b.AvailableBuffer(), !compact, figs); ok {
		b.Write(append(out, '\n'))
		return nil
	}
	return Call(c, t, figs).EncodeTo(b, compact)
}

// callWithoutFigures is Call without its Figures.
func callWithoutFigures(c *site.Call, t *transcript.Transcript) CallJSON {
	m := c.Meta
	out := CallJSON{
		Schema:     "callsite/call/v1",
		URL:        c.URL,
		Title:      c.Title(),
		Company:    CompanyJSON{Name: c.Company.Name, Slug: c.Company.Slug, Ticker: m.Ticker, Exchange: m.Exchange, Source: m.CompanySource},
		Period:     PeriodJSON{Label: m.PeriodLabel(), FiscalYear: m.Year, Quarter: m.Quarter, Half: m.Half},
		Date:       m.Date,
		Source:     c.Source,
		Sources:    append([]string{}, c.Sources...),
		Format:     c.Format,
		Unlabelled: c.Unlabelled,
		// Every list is made at its length: grown by appending, they
		// were most of this function's time. Empty, they are [] in JSON.
		Speakers:  make([]SpeakerJSON, 0, len(c.Speakers)),
		Sections:  make([]SectionJSON, 0, len(t.Sections)),
		Exchanges: make([]ExchangeJSON, 0, len(t.Exchanges)),
		Summary:   make([]string, 0, len(c.Summary)),
		KeyPoints: make([]KeyPointJSON, 0, len(c.Summary)),
	}
	if m.Year > 0 {
		out.Period.Source = m.PeriodSource
	}
	for _, b := range c.Summary {
		out.Summary = append(out.Summary, b.Text)
		out.KeyPoints = append(out.KeyPoints, KeyPointJSON{Text: b.Text, Kind: b.Kind, Paragraph: b.Paragraph, Sentence: b.Sentence})
	}
	for _, sp := range c.Speakers {
		out.Speakers = append(out.Speakers, SpeakerJSON{ID: sp.ID, Name: sp.Name, Title: sp.Title, Role: string(sp.Role), Firm: sp.Firm, IntroducedAs: sp.IntroducedAs,
			NameInferred: sp.NameInferred, Label: sp.Label})
	}
	// The turns, paragraphs and ids of all sections and exchanges are
	// each cut from one list (a list a turn or exchange was most of the
	// allocations here), capped so that appending to one copies it.
	var turns, paras, ids int
	for _, s := range t.Sections {
		turns += len(s.Turns)
		for _, tu := range s.Turns {
			paras += len(tu.Paragraphs)
		}
	}
	for _, ex := range t.Exchanges {
		ids += len(ex.Turns) + len(ex.AnsweredBy)
	}
	turnList, paraList, idList := make([]TurnJSON, 0, turns), make([]ParagraphJSON, 0, paras), make([]string, 0, ids)
	for _, s := range t.Sections {
		from := len(turnList)
		for _, tu := range s.Turns {
			tj := TurnJSON{ID: tu.ID, Speaker: tu.Speaker.ID, Line: tu.Pos.Line}
			if tu.Exchange != nil {
				tj.Exchange = tu.Exchange.ID
			}
			pfrom := len(paraList)
			for _, p := range tu.Paragraphs {
				paraList = append(paraList, ParagraphJSON{ID: p.ID, Text: p.Text})
			}
			tj.Paragraphs = paraList[pfrom:len(paraList):len(paraList)]
			turnList = append(turnList, tj)
		}
		out.Sections = append(out.Sections, SectionJSON{Kind: string(s.Kind), Turns: turnList[from:len(turnList):len(turnList)]})
	}
	for i, ex := range t.Exchanges {
		ej := ExchangeJSON{ID: ex.ID, Analyst: ex.Analyst.ID, Submitted: ex.Submitted, Firm: ex.Firm, URL: c.ExchangeURL(ex.ID)}
		if i < len(c.Exchanges) {
			ej.Topic, ej.Question = c.Exchanges[i].Topic, c.Exchanges[i].Question
		}
		from := len(idList)
		for _, tu := range ex.Turns {
			idList = append(idList, tu.ID)
		}
		ej.Turns = idList[from:len(idList):len(idList)]
		from = len(idList)
		for _, sp := range ex.AnsweredBy {
			idList = append(idList, sp.ID)
		}
		ej.AnsweredBy = idList[from:len(idList):len(idList)]
		out.Exchanges = append(out.Exchanges, ej)
	}
	return out
}

// Encode writes call.json's bytes: compact or indented by two spaces,
// ending in a newline.
func (cj CallJSON) Encode(compact bool) ([]byte, error) {
	var b bytes.Buffer
	if err := cj.EncodeTo(&b, compact); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// EncodeTo writes what Encode returns to w, without the two copies of
// the whole file that json.Marshal and adding the newline make: by
// appendJSON, straight into w's free space when w is a bytes.Buffer;
// holding a number JSON cannot, by encoding/json (which refuses the
// number).
func (cj CallJSON) EncodeTo(w io.Writer, compact bool) error {
	var b []byte
	if buf, ok := w.(*bytes.Buffer); ok {
		b = buf.AvailableBuffer()
	}
	if b, ok := cj.appendJSON(b, !compact, nil); ok {
		_, err := w.Write(append(b, '\n'))
		return err
	}
	enc := json.NewEncoder(w)
	if !compact {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(cj)
}
