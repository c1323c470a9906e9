package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAccessibility runs axe-core in headless Chromium on one page of every
// kind (home, call, company, 404, Markdown page, and search, exchange and
// person pages once they exist), in the light and the dark colour scheme.
// Serious and critical violations fail; the others are logged.
func TestAccessibility(t *testing.T) {
	axe := string(readAll(t, nodeModule(t, "axe-core/axe.min.js")))
	srv := serveSeed(t)
	call := seedCallPage(t)
	tb := newTab(t)
	for _, scheme := range []string{"light", "dark"} {
		tb.colorScheme(scheme)
		for _, p := range browserPages(t, srv.builtSite, call) {
			t.Run(scheme+"/"+p, func(t *testing.T) {
				tb.t = t
				tb.open(srv.URL + "/" + urlPath(p))
				eval[chromedp.Void](tb, axe)
				type violation struct {
					ID, Impact, Help string
					Nodes            []string
				}
				vs := eval[[]violation](tb, `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
					ID: v.id, Impact: v.impact || '', Help: v.help,
					Nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' '))})))`,
					chromedp.EvalAwaitPromise)
				for _, v := range vs {
					msg := v.Impact + " " + v.ID + ": " + v.Help + "\n\t" + strings.Join(v.Nodes, "\n\t")
					if v.Impact == "serious" || v.Impact == "critical" {
						t.Error(msg)
					} else {
						t.Log(msg)
					}
				}
				tb.checkConsole(t, p)
			})
		}
	}
	tb.colorScheme("light")
}
