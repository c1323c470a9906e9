package render

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"callsite/internal/site"
)

// ChartSVG draws one metric across quarters as an inline SVG bar chart:
// no script, readable in print, with its values in the accessible name.
// Bars link to the sentence on the call page where the value was said.
func (p CompanyPage) ChartSVG(s site.ChartSeries) template.HTML {
	const w, h, top, bottom, left = 480.0, 200.0, 28.0, 36.0, 8.0
	n := len(s.Points)
	if n == 0 {
		return ""
	}
	maxV, minV := 0.0, 0.0
	for _, pt := range s.Points {
		maxV = math.Max(maxV, pt.Value)
		minV = math.Min(minV, pt.Value)
	}
	span := maxV - minV
	if span == 0 {
		span = 1
	}
	slot := (w - 2*left) / float64(n)
	barW := math.Min(slot*0.6, 64)
	zeroY := top + (h-top-bottom)*(maxV/span)
	var b strings.Builder
	var label []string
	for _, pt := range s.Points {
		label = append(label, pt.Label+" "+site.FormatValue(valueFigure(s, pt.Value).Figure()))
	}
	name := metricName(s.Metric) + " by quarter: " + strings.Join(label, "; ")
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s">`, w, h, template.HTMLEscapeString(name))
	fmt.Fprintf(&b, `<line class="axis" x1="%g" y1="%.1f" x2="%g" y2="%.1f"/>`, left, zeroY, w-left, zeroY)
	for i, pt := range s.Points {
		x := left + slot*float64(i) + (slot-barW)/2
		y := top + (h-top-bottom)*((maxV-pt.Value)/span)
		y0, y1 := math.Min(y, zeroY), math.Max(y, zeroY)
		href := p.Link(pt.Call.URL) + "#" + pt.ID
		fmt.Fprintf(&b, `<a href="%s"><rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/>`, template.HTMLEscapeString(href), x, y0, barW, math.Max(y1-y0, 1))
		fmt.Fprintf(&b, `<text class="val" x="%.1f" y="%.1f" text-anchor="middle">%s</text></a>`, x+barW/2, y0-6, template.HTMLEscapeString(shortValue(s, pt.Value)))
		fmt.Fprintf(&b, `<text class="lbl" x="%.1f" y="%g" text-anchor="middle">%s</text>`, x+barW/2, h-12, template.HTMLEscapeString(pt.Label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func valueFigure(s site.ChartSeries, v float64) site.KeyFigure {
	return site.KeyFigure{Value: v, Low: v, High: v, Unit: s.Unit, PerSh: strings.Contains(s.Metric, "eps") || strings.Contains(s.Metric, "per share")}
}

// shortValue labels a bar: "$31.2M", "14%", "$0.39".
func shortValue(s site.ChartSeries, v float64) string {
	f := valueFigure(s, v)
	switch f.Unit {
	case "%", "bp", "x", "count":
		return site.FormatValue(f.Figure())
	}
	sym := site.FormatValue(site.KeyFigure{Value: 1, Low: 1, High: 1, Unit: s.Unit}.Figure())
	sym = strings.TrimSuffix(sym, "1")
	a := math.Abs(v)
	sign := ""
	if v < 0 {
		sign = "-"
	}
	switch {
	case a >= 1e9:
		return sign + sym + trimFloat(a/1e9) + "B"
	case a >= 1e6:
		return sign + sym + trimFloat(a/1e6) + "M"
	case a >= 1e3:
		return sign + sym + trimFloat(a/1e3) + "K"
	}
	return sign + sym + fmt.Sprintf("%.2f", a)
}

func trimFloat(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	return strings.TrimSuffix(s, ".0")
}
