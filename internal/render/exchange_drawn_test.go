package render_test

import (
	"bytes"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"callsite"
	"callsite/internal/glossary"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/site/bulktest"
)

type pagesOutput struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (o *pagesOutput) WriteFile(name string, data []byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.files[name] = bytes.Clone(data)
	return nil
}

// Exchange pages drawn in Go (ExchangePage.Body) are byte for byte the
// pages exchange.html draws, on real calls: a theme whose exchange.html
// differs from the default one (here by a branch that writes nothing)
// keeps its template.
func TestExchangePagesAsTheTemplateDrewThem(t *testing.T) {
	drawnAsTheTemplate(t, "exchange.html", false, false, 40, func(name string) bool { return strings.Count(name, "/") == 4 })
}

// Call pages drawn in Go (CallPage.Body) are byte for byte the pages
// call.html draws, as exchange pages are.
func TestCallPagesAsTheTemplateDrewThem(t *testing.T) {
	drawnAsTheTemplate(t, "call.html", false, false, 40, func(name string) bool { return strings.Count(name, "/") == 3 })
}

// Person pages drawn in Go (PersonPage.Body) are byte for byte the
// pages person.html draws, as exchange pages are.
func TestPersonPagesAsTheTemplateDrewThem(t *testing.T) {
	drawnAsTheTemplate(t, "person.html", false, true, 40, func(name string) bool { return strings.HasPrefix(name, "people/") && strings.Count(name, "/") == 2 })
}

// Company pages drawn in Go (CompanyPage.Body) are byte for byte the
// pages company.html draws, as exchange pages are.
func TestCompanyPagesAsTheTemplateDrewThem(t *testing.T) {
	pages := drawnAsTheTemplate(t, "company.html", false, true, 15, func(name string) bool { return strings.HasPrefix(name, "c/") && strings.Count(name, "/") == 2 })
	charts, trackers := 0, 0
	for name, page := range pages {
		if strings.HasPrefix(name, "c/") && strings.Count(name, "/") == 2 {
			charts += bytes.Count(page, []byte(`<figure class="chart-box">`))
			trackers += bytes.Count(page, []byte(`<table class="figures tracker">`))
		}
	}
	if charts == 0 || trackers == 0 {
		t.Errorf("%d charts and %d guidance trackers on the company pages: the test checks too little", charts, trackers)
	}
}

// A theme with a head of its own keeps it on pages whose body is drawn
// in Go.
func TestBodyInGoUnderAThemesHead(t *testing.T) {
	drawnAsTheTemplate(t, "call.html", true, false, 40, func(name string) bool { return strings.Count(name, "/") == 3 })
}

// drawnAsTheTemplate draws the files of 40 bulk calls with the default
// theme and with one whose template tpl differs by a branch that writes
// nothing, compares them and returns the template's. With ownHead both
// themes' head partial differs from the default one likewise. isPage
// tells the pages of tpl by name (ending in /index.html), of which there
// must be minPages; some must explain terms, unless across is set: then
// the pages across calls (Renderer.Site) are drawn too, and they are tpl's.
func drawnAsTheTemplate(t *testing.T, tpl string, ownHead, across bool, minPages int, isPage func(name string) bool) map[string][]byte {
	terms, err := glossary.Parse("default glossary", callsite.DefaultGlossary)
	if err != nil {
		t.Fatal(err)
	}
	s, parsed := bulktest.Site(t, 40, site.Config{BaseURL: "https://example.org/"})
	s.Glossary = terms
	theme := callsite.DefaultTheme()
	text, err := fs.ReadFile(theme.Templates, tpl)
	if err != nil {
		t.Fatal(err)
	}
	if ownHead {
		layout, err := fs.ReadFile(theme.Templates, "layout.html")
		if err != nil {
			t.Fatal(err)
		}
		layout = bytes.Replace(layout, []byte(`{{define "head"}}`), []byte(`{{define "head"}}{{if false}}{{end}}`), 1)
		theme.Templates = render.Overlay(fstest.MapFS{"layout.html": {Data: layout}}, theme.Templates)
	}
	own := render.Theme{Static: theme.Static, Templates: render.Overlay(fstest.MapFS{
		tpl: {Data: append([]byte("{{if false}}{{end}}"), text...)},
	}, theme.Templates)}
	draw := func(theme render.Theme) map[string][]byte {
		r, err := render.New(s, theme, render.Options{Workers: 1, CompactJSON: true})
		if err != nil {
			t.Fatal(err)
		}
		out := &pagesOutput{files: map[string][]byte{}}
		for _, c := range s.Calls {
			if err := r.Call(c, parsed[c.Source], site.CallFigures(parsed[c.Source]), out); err != nil {
				t.Fatal(err)
			}
		}
		if across {
			if err := r.Site(out); err != nil {
				t.Fatal(err)
			}
		}
		return out.files
	}
	inGo, byTemplate := draw(theme), draw(own)
	pages, explained := 0, 0
	for name, want := range byTemplate {
		if got := inGo[name]; !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: from byte %d, drawn in Go:\n%q\nby the template:\n%q", name, i, got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
		}
		if isPage(name) && strings.HasSuffix(name, "/index.html") {
			pages++
			if bytes.Contains(want, []byte(`class="terms"`)) {
				explained++
			}
		}
	}
	if len(inGo) != len(byTemplate) || pages < minPages || explained == 0 && !across {
		t.Errorf("%d files drawn in Go, %d by the template, %d pages of %s, %d with terms", len(inGo), len(byTemplate), pages, tpl, explained)
	}
	return byTemplate
}
