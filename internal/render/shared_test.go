package render

import (
	"html/template"
	"strings"
	"testing"

	"callsite/internal/site"
)

// A shared partial drawn for one page is reused only where every link it
// holds comes out the same; each page gets what drawing the partial for
// it alone would give.
func TestSharedPartsLinkAsDrawnForThePage(t *testing.T) {
	tpl := template.Must(template.New("").Parse(`{{define "chrome"}}<a href="{{.Link "/"}}">{{.Site.Config.Title}}</a> <a href="{{.Link "/people/"}}">People</a> <link href="{{.Link "/static/style.css"}}">{{end}}` +
		`{{define "nosy"}}{{.Title}}{{end}}{{define "acme"}}<a href="{{.Link "/c/acme/"}}">Acme</a>{{end}}`))
	s := &site.Site{Config: site.Config{Title: "Calls & co", BaseURL: "https://example.org/calls/"}}
	shared := newSharedParts(tpl)
	page := func(path string, abs bool) Common {
		return Common{Site: s, Path: path, AbsLinks: abs, shared: shared}
	}
	cases := []struct {
		path string
		abs  bool
		want string
	}{
		{"/c/acme/2024-q1/q1/", false, `<a href="../../../../">Calls &amp; co</a> <a href="../../../../people/">People</a> <link href="../../../../static/style.css">`},
		{"/c/acme/2024-q1/q2/", false, `<a href="../../../../">Calls &amp; co</a> <a href="../../../../people/">People</a> <link href="../../../../static/style.css">`},
		{"/people/jane-roe/", false, `<a href="../../">Calls &amp; co</a> <a href="../">People</a> <link href="../../static/style.css">`},
		{"/firms/big-bank/", false, `<a href="../../">Calls &amp; co</a> <a href="../../people/">People</a> <link href="../../static/style.css">`},
		{"/people/", false, `<a href="../">Calls &amp; co</a> <a href="./">People</a> <link href="../static/style.css">`},
		{"/firms/", false, `<a href="../">Calls &amp; co</a> <a href="../people/">People</a> <link href="../static/style.css">`},
		{"/", false, `<a href="./">Calls &amp; co</a> <a href="people/">People</a> <link href="static/style.css">`},
		{"/404.html", true, `<a href="/calls/">Calls &amp; co</a> <a href="/calls/people/">People</a> <link href="/calls/static/style.css">`},
		{"/index.html", false, `<a href="./">Calls &amp; co</a> <a href="people/">People</a> <link href="static/style.css">`},
	}
	for round := 0; round < 2; round++ { // the second round reuses drawings
		for _, c := range cases {
			got, err := page(c.path, c.abs).Shared("chrome")
			if err != nil {
				t.Fatalf("%s: %v", c.path, err)
			}
			if string(got) != c.want {
				t.Errorf("round %d, %s: got\n%s\nwant\n%s", round, c.path, got, c.want)
			}
		}
	}
	// Pages alike in depth and first folder, whose links still differ.
	for _, c := range []struct{ path, want string }{
		{"/c/acme/2024-q1/q1/", `<a href="../../">Acme</a>`},
		{"/c/zeta/2024-q1/q1/", `<a href="../../../acme/">Acme</a>`},
		{"/c/acme/2024-q2/q1/", `<a href="../../">Acme</a>`},
		{"/c/beta/2023-q4/q7/", `<a href="../../../acme/">Acme</a>`},
	} {
		if got, err := page(c.path, false).Shared("acme"); err != nil || string(got) != c.want {
			t.Errorf("%s: got %s (%v), want %s", c.path, got, err, c.want)
		}
	}
	if _, err := page("/people/", false).Shared("nosy"); err == nil || !strings.Contains(err.Error(), "Title") {
		t.Errorf("a partial that asks for the page's title: error %v, want one naming Title", err)
	}
	if _, err := (Common{Site: s, Path: "/"}).Shared("chrome"); err == nil {
		t.Error("a page without a renderer drew a shared partial")
	}
}

// A link sameForKey says needs no check is the same from every page of
// the key: pages and targets of several depths and first folders, with
// leading, doubled and no slashes, files and fragments.
func TestSameForKeyLinksAreTheSameAcrossTheKey(t *testing.T) {
	paths := []string{"/", "/index.html", "index.html", "/404.html", "/people/", "people/x/index.html",
		"/people/jane/", "/people//jane/index.html", "/c/acme/2024-q1/", "/c/acme/2024-q1/q1/",
		"c/acme/2024-q1/q2/index.html", "/c/beta/2023-q4/q3/", "//c/acme/x/y/", "/cc/acme/2024-q1/q1/",
		"/firms/big-bank/", "/static/x/", "/c/", "c/index.html"}
	targets := []string{"/", "", "#top", "/people/", "/people/#a", "/static/style.css", "/c/acme/",
		"/c/acme/2024-q1/", "c/beta/", "/cc/", "index.html", "/static/", "/firms/big-bank/#x", "people"}
	for _, target := range targets {
		links := map[partKey]string{}
		for _, p := range paths {
			key := sharedKey("part", Common{Path: p})
			if !key.sameForKey(target) {
				continue
			}
			link := relPath(p, target)
			if seen, ok := links[key]; ok && seen != link {
				t.Errorf("%q from %q: %q, but %q from another page of its key %+v", target, p, link, seen, key)
			}
			links[key] = link
		}
	}
}
