package render

import (
	"os"
	"testing"
)

// The default person.html is the one PersonPage.Body draws: when it
// changes, Body is to be changed with it.
func TestDefaultPersonTemplateIsTheOneDrawnInGo(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if got := treeHash(tpl, "person.html"); got != defaultPersonTree {
		t.Errorf("the default theme's person.html changed: change PersonPage.Body to draw it, then defaultPersonTree to %s", got)
	}
	if err := drawPersonInGo(tpl); err != nil {
		t.Fatal(err)
	}
	if _, bodies := pagesInGo(tpl); bodies["person.html"] != "\n" {
		t.Errorf("pagesInGo: %q", bodies)
	}
}
