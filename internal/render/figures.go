package render

import (
	"bytes"
	"encoding/csv"
	"html/template"
	"strconv"
	"strings"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// Para writes a paragraph's text with its figures marked up in place.
// The text is sliced at the figures' byte spans and escaped; a figure is
// a link to its row in the figure table, with its details in a tooltip
// that shows on hover and focus and is read as the link's description.
func (p CallPage) Para(para *transcript.Paragraph) template.HTML {
	figs := p.figsByPara[para.ID]
	if len(figs) == 0 {
		return template.HTML(template.HTMLEscapeString(para.Text))
	}
	var b strings.Builder
	at := 0
	for _, f := range figs {
		if f.Start < at || f.End > len(para.Text) || f.Start >= f.End {
			continue // never trust spans blindly: skip what does not fit
		}
		b.WriteString(template.HTMLEscapeString(para.Text[at:f.Start]))
		id := template.HTMLEscapeString(f.ID)
		b.WriteString(`<a class="fig fig-` + template.HTMLEscapeString(string(f.Kind)) + `" id="` + id + `" href="#row-` + id + `" aria-describedby="` + id + `-d" data-figure>`)
		b.WriteString(template.HTMLEscapeString(f.Text))
		b.WriteString(`<span class="tip" id="` + id + `-d" role="tooltip">` + template.HTMLEscapeString(site.Describe(f.Figure)) + `</span></a>`)
		at = f.End
	}
	b.WriteString(template.HTMLEscapeString(para.Text[at:]))
	return template.HTML(b.String())
}

// figuresCSV writes a call's figures as CSV, one row per figure, with the
// same columns as call.json's figures.
func figuresCSV(figs []site.CallFigure) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"id", "text", "value", "low", "high", "unit", "noun", "per_share", "qualifier", "metric", "period", "kind", "change", "change_pct", "speaker", "turn", "paragraph"})
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, f := range figs {
		r := site.FigureRecord(f)
		w.Write([]string{r.ID, r.Text, num(r.Value), num(r.Low), num(r.High), r.Unit, r.Noun, strconv.FormatBool(r.PerShare),
			r.Qualifier, r.Metric, r.Period, r.Kind, r.Change, num(r.ChangePct), f.Turn.Speaker.Name, r.Turn, r.Paragraph})
	}
	w.Flush()
	return buf.Bytes()
}
