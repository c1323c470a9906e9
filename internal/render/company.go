package render

import (
	"bytes"
	"html/template"
	"strconv"

	"callsite/internal/site"
)

// defaultCompanyTree is the SHA-256 of the default theme's company.html as
// parsed (its tree's text): CompanyPage.Body draws that template, and is
// changed with it.
const defaultCompanyTree = "4fdc5ea1faf6473845f6c7a62ccec7a36529f6460d86c1ee80f1d08dd9c1713f"

// drawCompanyInGo makes the theme's company.html draw its body by Body
// when it is the default theme's (and so is its period partial). It must
// run before the templates are executed.
func drawCompanyInGo(tpl *template.Template) error {
	if treeHash(tpl, "company.html") != defaultCompanyTree || treeHash(tpl, "period") != defaultPeriodTree {
		return nil
	}
	_, err := tpl.New("company.html").Parse("{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n")
	return err
}

// Body draws the default theme's company page between its head and foot
// partials, byte for byte as company.html did: its calls, its results
// charted across quarters and its guidance tracker.
func (p CompanyPage) Body() (template.HTML, error) {
	return drawnHTML(p.writeBody)
}

// writeBody draws Body onto b: the page's own buffer when execute puts
// the page together.
func (p CompanyPage) writeBody(b *bytes.Buffer) error {
	co := p.Company
	var num [20]byte
	b.WriteString("\n\n<main id=\"main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
	writeURL(b, p.Link("/"))
	b.WriteString(`">Calls</a> › `)
	writeText(b, co.Name)
	b.WriteString("</nav>\n<h1>")
	writeText(b, co.Name)
	if co.Ticker != "" {
		b.WriteString(` <span class="ticker">`)
		writeText(b, co.Ticker)
		b.WriteString(`</span>`)
	}
	b.WriteString("</h1>\n<p class=\"lede\">")
	b.Write(strconv.AppendInt(num[:0], int64(len(co.Calls)), 10))
	b.WriteString(" earnings call")
	if len(co.Calls) != 1 {
		b.WriteByte('s')
	}
	b.WriteString(".</p>\n\n<section aria-labelledby=\"h-calls\">\n<h2 id=\"h-calls\">Calls</h2>\n<table class=\"figures calls-table\">\n" +
		"<thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Date</th><th scope=\"col\">Questions</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n")
	for _, c := range co.Calls {
		b.WriteString(`<tr><td><a href="`)
		writeURL(b, p.Link(c.URL))
		b.WriteString(`">`)
		writeText(b, periodOf(c))
		b.WriteString(`</a></td><td>`)
		if d := c.Meta.Date; d != "" {
			writeTime(b, d)
		}
		b.WriteString(`</td><td>`)
		b.Write(strconv.AppendInt(num[:0], int64(len(c.Exchanges)), 10))
		b.WriteString(`</td><td>`)
		writeText(b, c.Format)
		b.WriteString("</td></tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n</section>\n\n")
	if chart := co.Chart(); len(chart) > 0 {
		b.WriteString("\n<section aria-labelledby=\"h-chart\">\n<h2 id=\"h-chart\">Results across quarters</h2>\n" +
			"<p>Each bar is the value the company stated for that call's own quarter; it links to the sentence.</p>\n<div class=\"charts\">\n")
		for _, s := range chart {
			b.WriteString("<figure class=\"chart-box\">\n<figcaption>")
			writeText(b, metricName(s.Metric))
			b.WriteString("</figcaption>\n")
			b.WriteString(string(p.ChartSVG(s)))
			b.WriteString("\n</figure>\n")
		}
		b.WriteString("</div>\n</section>\n")
	}
	b.WriteString("\n\n")
	if tracker := co.GuidanceTracker(); len(tracker) > 0 {
		b.WriteString("\n<section aria-labelledby=\"h-tracker\">\n<h2 id=\"h-tracker\">Guidance tracker</h2>\n" +
			"<p>Every figure the company guided to, next to what it later reported for that period on a call in this site.</p>\n" +
			"<div class=\"table-wrap\">\n<table class=\"figures tracker\">\n" +
			"<thead><tr><th scope=\"col\">Guided on</th><th scope=\"col\">Metric</th><th scope=\"col\">Period</th><th scope=\"col\">Guidance</th><th scope=\"col\">Reported</th><th scope=\"col\">Result</th></tr></thead>\n<tbody>\n")
		for _, g := range tracker {
			given := p.Link(g.Given.URL)
			b.WriteString(`<tr><td><a href="`)
			writeURL(b, given)
			b.WriteString(`">`)
			writeText(b, periodOf(g.Given))
			b.WriteString(` call</a></td><td>`)
			writeText(b, metricName(g.Guidance.Metric))
			b.WriteString(`</td><td>`)
			writeText(b, g.Guidance.Period)
			b.WriteString(`</td><td><a href="`)
			writeURL(b, given)
			b.WriteByte('#')
			writeURLPart(b, g.Guidance.ID)
			b.WriteString(`">`)
			writeText(b, g.Guidance.Text)
			b.WriteString("</a></td>\n<td>")
			if g.Actual != nil {
				b.WriteString(`<a href="`)
				writeURL(b, p.Link(g.Reported.URL))
				b.WriteByte('#')
				writeURLPart(b, g.Actual.ID)
				b.WriteString(`">`)
				writeText(b, site.FormatValue(g.Actual.Figure()))
				b.WriteString(`</a> in the `)
				writeText(b, periodOf(g.Reported))
				b.WriteString(` call`)
			} else {
				b.WriteString(`<span class="count">not reported in a call here</span>`)
			}
			b.WriteString(`</td>` + "\n<td>")
			if v := g.Verdict; v != "" {
				b.WriteString(`<span class="verdict verdict-`)
				writeText(b, v)
				b.WriteString(`">`)
				writeText(b, v)
				b.WriteString(`</span>`)
			}
			b.WriteString("</td></tr>\n")
		}
		b.WriteString("</tbody>\n</table>\n</div>\n</section>\n")
	}
	b.WriteString("\n</main>\n")
	return nil
}
