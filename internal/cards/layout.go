package cards

import (
	"image"

	"golang.org/x/image/math/fixed"
)

// Geometry, in pixels. Text flows down from the top; empty fields take no room, except
// that the company line stays in place so cards of one site line up. The type is large for
// the card, and the quote short, because the card is read small: at [DisplayWidth] the
// quote's 30 px are 12.4 px, the heading's 34 px 14 px.
const (
	accentBar   = 12             // width of the accent bar on the left edge
	left        = accentBar + 40 // text column
	right       = Width - 44
	siteBase    = 40 // baselines
	companyBase = 92
	footerBase  = Height - 24
	footerRule  = Height - 58 // top of the line above the footer

	headingLines = 2
	headingStep  = 40 // heading line height
	quoteLines   = 4
	quoteLineH   = 38
	quoteIndent  = 20 // text indent beside the quote's rule
	quoteRuleW   = 4
)

// Type sizes, in pixels.
const (
	sizeSite, sizeCompany, sizeCompanySmall = 22, 42, 34
	sizeHeading, sizeSpeaker, sizeQuote     = 34, 27, 30
	sizeFooter                              = 22
)

// MinQuotePx is the least height, in CSS pixels at [DisplayWidth], of the quote's type.
const MinQuotePx = 12

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

	bottom := Height - 36 // lowest baseline for the quote's last line
	footer, _ := cv.clean(c.Footer)
	if footer != "" {
		bottom = footerRule - 18
		fill(cv.pix, image.Rect(left, footerRule, right, footerRule+2), idxRule)
		cv.text(cv.footer, left, footerBase, fit(cv.footer, footer, width))
	}

	if heading, more := cv.clean(c.Heading); heading != "" {
		st := cv.heading
		lines := wrap(st, heading, width, headingLines, more)
		y += 50
		if y == siteBase+50 {
			y = siteBase + 46 // no company line: sit closer to the site title
		}
		for i, l := range lines {
			if i > 0 {
				y += headingStep
			}
			cv.text(st, left, y, l)
		}
	}

	if speaker, _ := cv.clean(c.Speaker); speaker != "" {
		y += 38
		cv.text(cv.speaker, left, y, fit(cv.speaker, speaker, width))
	}

	if quote, more := cv.clean(c.Quote); quote != "" {
		const lineH = quoteLineH
		first := y + 46
		n := min(quoteLines, (bottom-first)/lineH+1)
		lines := wrap(cv.quote, quote, width-fixed.I(quoteIndent), n, more)
		if len(lines) > 0 {
			fill(cv.pix, image.Rect(left, first-24, left+quoteRuleW, first+(len(lines)-1)*lineH+9), idxTint)
		}
		for i, l := range lines {
			cv.text(cv.quote, left+quoteIndent, first+i*lineH, l)
		}
	}
}
