package render

import (
	"os"
	"testing"
)

// The default index.html, people.html, firms.html and firm.html are the
// ones their Bodies draw: when one changes, its Body is to be changed
// with it.
func TestDefaultListTemplatesAreTheOnesDrawnInGo(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	for name, tree := range map[string]string{"index.html": defaultIndexTree, "people.html": defaultPeopleTree,
		"firms.html": defaultFirmsTree, "firm.html": defaultFirmTree} {
		if got := treeHash(tpl, name); got != tree {
			t.Errorf("the default theme's %s changed: change its Body to draw it, then its tree in lists.go to %s", name, got)
		}
	}
	if err := drawListsInGo(tpl); err != nil {
		t.Fatal(err)
	}
	_, bodies := pagesInGo(tpl)
	for _, name := range []string{"index.html", "people.html", "firms.html", "firm.html"} {
		if tail, ok := bodies[name]; !ok || tail != "\n" {
			t.Errorf("pagesInGo: %s %q", name, tail)
		}
	}
}
