package cards

import (
	"image"

	"golang.org/x/image/math/fixed"
)

// Geometry, in pixels. Text flows down from the top; empty fields take no room, except
// that the company line stays in place so cards of one site line up.
const (
	accentBar   = 18             // width of the accent bar on the left edge
	left        = accentBar + 66 // text column
	right       = Width - 80
	siteBase    = 74 // baselines
	companyBase = 156
	footerBase  = Height - 44
	footerRule  = Height - 92 // top of the line above the footer

	headingLines = 2
	quoteLines   = 5
	quoteIndent  = 30 // text indent beside the quote's rule
	quoteRuleW   = 6
)

// layout draws every field of c onto the background.
func (cv *canvas) layout(c Card) {
	width := fixed.I(right - left)

	if s, _ := cv.clean(c.SiteTitle); s != "" {
		cv.text(cv.site, left, siteBase, fit(cv.site, s, width))
	}

	company, _ := cv.clean(c.Company)
	period, _ := cv.clean(c.Period)
	y := siteBase
	if company != "" || period != "" {
		y = companyBase
		cst, pst := cv.company, cv.period
		if measure(cst, company+"  "+period) > width {
			// A long name: smaller, so that more of it shows before the "…".
			cst, pst = cv.companySmall, cv.periodSmall
		}
		gap := measure(cst, "  ")
		if company == "" || period == "" {
			gap = 0
		}
		if period != "" && measure(pst, period) > width/2 {
			period = fit(pst, period, width/2)
		}
		pw := measure(pst, period)
		x := fixed.I(left)
		if company != "" {
			x += cv.text(cst, left, y, fit(cst, company, width-pw-gap))
		}
		if period != "" {
			cv.text(pst, (x + gap).Round(), y, period)
		}
	}

	bottom := Height - 56 // lowest baseline for the quote's last line
	footer, _ := cv.clean(c.Footer)
	if footer != "" {
		bottom = footerRule - 26
		fill(cv.img, image.Rect(left, footerRule, right, footerRule+2), idxRule)
		cv.text(cv.footer, left, footerBase, fit(cv.footer, footer, width))
	}

	if heading, more := cv.clean(c.Heading); heading != "" {
		st := cv.heading
		lines := wrap(st, heading, width, headingLines, more)
		y += 76
		if y == siteBase+76 {
			y = siteBase + 68 // no company line: sit closer to the site title
		}
		for i, l := range lines {
			if i > 0 {
				y += 54
			}
			cv.text(st, left, y, l)
		}
	}

	if speaker, _ := cv.clean(c.Speaker); speaker != "" {
		y += 54
		cv.text(cv.speaker, left, y, fit(cv.speaker, speaker, width))
	}

	if quote, more := cv.clean(c.Quote); quote != "" {
		const lineH = 44
		first := y + 62
		n := min(quoteLines, (bottom-first)/lineH+1)
		lines := wrap(cv.quote, quote, width-fixed.I(quoteIndent), n, more)
		if len(lines) > 0 {
			fill(cv.img, image.Rect(left, first-30, left+quoteRuleW, first+(len(lines)-1)*lineH+12), idxTint)
		}
		for i, l := range lines {
			cv.text(cv.quote, left+quoteIndent, first+i*lineH, l)
		}
	}
}
