package render

import (
	"os"
	"testing"
)

// The default exchange.html and period partial are the ones Body draws:
// when either changes, Body is to be changed with it.
func TestDefaultExchangeTemplateIsTheOneDrawnInGo(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if got := treeHash(tpl, "exchange.html"); got != defaultExchangeTree {
		t.Errorf("the default theme's exchange.html changed: change ExchangePage.Body to draw it, then defaultExchangeTree to %s", got)
	}
	if got := treeHash(tpl, "period"); got != defaultPeriodTree {
		t.Errorf("the default theme's period partial changed: change ExchangePage.Body to draw it, then defaultPeriodTree to %s", got)
	}
	if err := drawExchangeInGo(tpl); err != nil {
		t.Fatal(err)
	}
	if got := tpl.Lookup("exchange.html").Tree.Root.String(); got != "{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n" {
		t.Errorf("default exchange.html: %s", got)
	}
}
