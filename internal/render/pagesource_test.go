package render

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"callsite/internal/site"
)

// sourceRecorder is a PageCache that keeps nothing and notes what each
// page is drawn from.
type sourceRecorder struct {
	mu  sync.Mutex
	src map[string]PageSource
}

func (c *sourceRecorder) Page(id string, src PageSource, out Output) (Output, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.src[id] = src
	return out, false
}

// pageSources draws the sample site's pages across calls with theme
// templates laid over the default ones, and returns what each was
// drawn from.
func pageSources(t *testing.T, templates fstest.MapFS) (*site.Site, map[string]PageSource) {
	t.Helper()
	r := sampleRenderer(t)
	root := filepath.Join("..", "..")
	theme := Theme{Templates: Overlay(templates, os.DirFS(filepath.Join(root, "templates"))), Static: os.DirFS(filepath.Join(root, "static"))}
	rec := &sourceRecorder{src: map[string]PageSource{}}
	r, err := New(r.site, theme, Options{Pages: rec})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Site(&mapOutput{files: fstest.MapFS{}}); err != nil {
		t.Fatal(err)
	}
	return r.site, rec.src
}

// TestPageSourcesShowBodiesOnlyWhereDrawn: a page across calls asks for
// the records' bodies (key figures, key points, quotes) of the calls it
// shows them of: a company's page its calls, the site's feed its newest
// calls, the lists none, unless a template of the site's own draws them.
func TestPageSourcesShowBodiesOnlyWhereDrawn(t *testing.T) {
	s, src := pageSources(t, nil)
	if len(s.Calls) < 2 || len(s.Firms) == 0 {
		t.Fatalf("the sample has %d calls and %d firms", len(s.Calls), len(s.Firms))
	}
	for _, id := range []string{"/", "/people/", "/firms/", s.Firms[0].URL} {
		if got, ok := src[id]; !ok || len(got.Calls) == 0 || len(got.Shows) != 0 {
			t.Errorf("%s: drawn from %d calls, shows the bodies of %d (asked: %v), want none", id, len(got.Calls), len(got.Shows), ok)
		}
	}
	if got := src["/feed.xml"].Shows; !slices.Equal(got, s.Latest(feedCalls)) {
		t.Errorf("the feed shows the bodies of %d calls, want its %d newest", len(got), len(s.Latest(feedCalls)))
	}
	co := s.Companies[0]
	if got := src[co.URL].Shows; !slices.Equal(got, co.Calls) {
		t.Errorf("%s shows the bodies of %d calls, want its %d", co.URL, len(got), len(co.Calls))
	}
	if got := src["/sitemap.xml"]; got.Parts == nil || len(got.Calls) != 0 {
		t.Errorf("the sitemap is drawn from %d records and parts %v, want its parts alone", len(got.Calls), got.Parts != nil)
	}

	// A list drawn by a template of the site's own, or with a foot that
	// draws anything, may show any call's key points.
	for name, tpl := range map[string]string{
		"index.html":  `{{template "head" .Common}}{{range .Site.Calls}}{{range .Summary}}{{.Text}}{{end}}{{end}}{{template "foot" .}}`,
		"layout.html": `{{define "head"}}<html>{{end}}{{define "foot"}}{{len .Site.Calls}}</html>{{end}}{{define "period"}}{{periodOf .}}{{end}}`,
	} {
		own, src := pageSources(t, fstest.MapFS{name: {Data: []byte(tpl)}})
		if got := src["/"].Shows; !slices.Equal(got, own.Calls) {
			t.Errorf("with a %s of its own, / shows the bodies of %d calls, want all %d", name, len(got), len(s.Calls))
		}
	}
}

// sitemapDigest joins the sitemap's parts, each length-prefixed.
func sitemapDigest(r *Renderer) string {
	var b strings.Builder
	r.sitemapParts(func(parts ...string) {
		for _, p := range parts {
			fmt.Fprintf(&b, "%d:%s", len(p), p)
		}
	})
	return b.String()
}

// TestSitemapDigest: the sitemap's parts follow the addresses and dates
// it lists, not what the calls' pages say.
func TestSitemapDigest(t *testing.T) {
	r := sampleRenderer(t)
	c := r.site.Calls[0]
	before := sitemapDigest(r)
	c.Summary = append(c.Summary[:len(c.Summary):len(c.Summary)], c.Summary...)
	if got := sitemapDigest(r); got != before {
		t.Errorf("key points changed the sitemap's digest")
	}
	for name, change := range map[string]func(){
		"a date": func() { c.Meta.Date = "1999-01-02" },
		"an exchange": func() {
			c.Exchanges = append(c.Exchanges[:len(c.Exchanges):len(c.Exchanges)], site.ExchangeRecord{ID: "q999"})
		},
		"an address": func() { c.URL += "x/" },
	} {
		saved := *c
		change()
		if got := sitemapDigest(r); got == before {
			t.Errorf("%s changed, the sitemap's digest did not", name)
		}
		*c = saved
	}
}
