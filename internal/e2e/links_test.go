package e2e

import (
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"callsite/internal/linkcheck"
)

// TestLinks runs the link checker (every internal href and src resolves to
// a file, every fragment to an id) and the orphan check (every page is
// reachable from the home page) on every built site, including the seed
// site built under a sub-path base URL.
func TestLinks(t *testing.T) {
	underCalls := namedSite{"seed-under-calls", func(t testing.TB) *builtSite {
		content := seedContent(t)
		return site(t, "seed-under-calls", func(t testing.TB) (*builtSite, error) {
			return gen(t, content, "seed-under-calls", "https://example.org/calls/", false)
		})
	}}
	for _, tc := range append(slices.Clone(builtSites), underCalls) {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.site(t)
			probs, err := linkcheck.Check(s.Dir, s.Base)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range probs {
				t.Error(p)
			}
			orphans, err := Orphans(os.DirFS(s.Dir), s.Base)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range orphans {
				t.Errorf("%s: orphan page: no link leads to it from the home page", p)
			}
			t.Logf("%d pages checked", len(s.pages(t)))
		})
	}
}

func TestOrphans(t *testing.T) {
	page := func(links ...string) *fstest.MapFile {
		s := "<!DOCTYPE html><title>x</title>"
		for _, l := range links {
			s += `<a href="` + l + `">x</a>`
		}
		return &fstest.MapFile{Data: []byte(s)}
	}
	fsys := fstest.MapFS{
		"index.html":                page("c/acme/", "about/", "https://example.org/x/"),
		"404.html":                  page("/calls/c/beta/"),
		"about/index.html":          page("../"),
		"c/acme/index.html":         page("2024-q2/#q1", "../../"),
		"c/acme/2024-q2/index.html": page("#q1", "call.json", "../"),
		"c/beta/index.html":         page(),
		"c/acme/2024-q3/index.html": page("../2024-q2/"), // links out, but nothing links in
		"lost/index.html":           page("../lost2/"),
		"lost2/index.html":          page("../lost/"), // an island
	}
	got, err := Orphans(fsys, "/calls/")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"c/acme/2024-q3/index.html", "lost/index.html", "lost2/index.html"}
	if !slices.Equal(got, want) {
		t.Errorf("Orphans = %q, want %q", got, want)
	}
}
