package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"callsite/internal/site"
)

// FiguresCSV writes a call's figures as CSV (figures.csv), one row per
// figure, with the columns of call.json's figures ("reasons" joined by
// "; ", "speaker" the speaker's name rather than id).
func FiguresCSV(figs []site.CallFigure) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"id", "text", "value", "low", "high", "unit", "noun", "per_share", "qualifier", "metric", "period", "kind",
		"change", "change_pct", "basis", "scope", "role", "reasons", "speaker", "turn", "paragraph"})
	num := func(v float64) string {
		if v == 0 {
			v = 0 // "-0" (a decrease of 0%) is 0
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	for _, f := range figs {
		r := Figure(f)
		w.Write([]string{r.ID, r.Text, num(r.Value), num(r.Low), num(r.High), r.Unit, r.Noun, strconv.FormatBool(r.PerShare),
			r.Qualifier, r.Metric, r.Period, r.Kind, r.Change, num(r.ChangePct), r.Basis, r.Scope, r.Role,
			strings.Join(r.Reasons, "; "), f.Turn.Speaker.Name, r.Turn, r.Paragraph})
	}
	w.Flush()
	return buf.Bytes()
}
