package render

import (
	"bytes"
	"os"
	"testing"

	"callsite/internal/site"
)

// DrawnHead draws what the default theme's head partial draws, for pages
// with and without each optional part and with text to escape.
func TestDrawnHeadAsTheHeadTemplate(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if got := treeHash(tpl, "head"); got != defaultHeadTree {
		t.Fatalf("the default theme's head partial changed: change DrawnHead to draw it, then defaultHeadTree to %s", got)
	}
	s := &site.Site{Config: site.Config{Title: `Calls & "co" +1`, BaseURL: "https://example.org/calls/"},
		Pages: []*site.Page{{URL: "/about/", Title: "About <us>"}}}
	shared := newSharedParts(tpl)
	ld := map[string]any{"headline": "Margins <up> & 'away' +2%", "url": "https://example.org/calls/c/acme/"}
	cases := []Common{
		{Path: "/", Title: "Calls"},
		{Path: "/404.html", Title: "Page not found", AbsLinks: true},
		{Path: "/people/", Title: "People", Description: "Executives and analysts."},
		{Path: "/people/jane-roe/", Title: "Jane O'Roe", Description: `She said "up 5%" & <more> +1`, Feed: "/people/jane-roe/feed.xml"},
		{Path: "/c/acme/2024-q3/", Title: "Acme Q3 2024", Description: "Key points.", OGType: "article", Published: "2024-10-29", LD: ld,
			OGImage: "/c/acme/2024-q3/card.png", ImageAlt: `Acme: "record" & more`},
		{Path: "/c/acme/2024-q3/q1-2/", Title: "Jane Roe (CFO): “Margins” — Acme Q3 2024", Description: "d", OGType: "article",
			OGImage: "/c/acme/2024-q3/q1-2/card.png", LD: ld},
		{Path: "/c/a b/x?y#z/", Title: "odd path", Feed: "/c/a b/feed.xml"},
	}
	for _, c := range cases {
		c.Site, c.shared = s, shared
		var want bytes.Buffer
		if err := tpl.ExecuteTemplate(&want, "head", c); err != nil {
			t.Fatal(err)
		}
		got, err := c.DrawnHead()
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want.String() {
			t.Errorf("%s:\n got %s\nwant %s", c.Path, got, want.String())
		}
	}
}

// A theme that keeps the default head draws it in Go; one with its own
// head keeps its template.
func TestHeadDrawnInGoOnlyForTheDefaultHead(t *testing.T) {
	tpl, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if err := drawHeadInGo(tpl); err != nil {
		t.Fatal(err)
	}
	if got := tpl.Lookup("head").Tree.Root.String(); got != "{{.DrawnHead}}" {
		t.Errorf("default head: %s", got)
	}
	own, err := parseTemplates(os.DirFS("../../templates"), (&Renderer{}).funcs())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := own.New("head").Parse(`<!DOCTYPE html><title>{{.Title}}</title>`); err != nil {
		t.Fatal(err)
	}
	if err := drawHeadInGo(own); err != nil {
		t.Fatal(err)
	}
	if got := own.Lookup("head").Tree.Root.String(); got != "<!DOCTYPE html><title>{{.Title}}</title>" {
		t.Errorf("a theme's own head: %s", got)
	}
}
