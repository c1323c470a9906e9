package render

import (
	"os"
	"testing"
)

// The default company.html is the one CompanyPage.Body draws: when it
// changes, Body is to be changed with it.
func TestDefaultCompanyTemplateIsTheOneDrawnInGo(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if got := treeHash(tpl, "company.html"); got != defaultCompanyTree {
		t.Errorf("the default theme's company.html changed: change CompanyPage.Body to draw it, then defaultCompanyTree to %s", got)
	}
	if err := drawCompanyInGo(tpl); err != nil {
		t.Fatal(err)
	}
	if _, bodies := pagesInGo(tpl); bodies["company.html"] != "\n" {
		t.Errorf("pagesInGo: %q", bodies)
	}
}
