package render

import (
	"os"
	"testing"
)

func TestDefaultCallTemplateIsTheOneDrawnInGo(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if got := treeHash(tpl, "call.html"); got != defaultCallTree {
		t.Errorf("the default theme's call.html changed: change CallPage.Body to draw it, then defaultCallTree to %s", got)
	}
	if err := drawCallInGo(tpl); err != nil {
		t.Fatal(err)
	}
	if got := tpl.Lookup("call.html").Tree.Root.String(); got != "{{template \"head\" .Common}}{{.Body}}{{template \"foot\" .}}\n\n\n" {
		t.Errorf("default call.html: %s", got)
	}
	if _, bodies := pagesInGo(tpl); bodies["call.html"] != "\n\n\n" {
		t.Errorf("pagesInGo: %q", bodies)
	}
}
