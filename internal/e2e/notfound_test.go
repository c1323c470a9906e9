package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotFoundPage serves the seed site under a sub-path (/calls/), the
// way a staging host or `gen serve -base-url .../calls/` does, answers an
// unknown URL several folders deep with the site's 404.html, and asserts
// in the browser, at 390 and 1280 px, that the page is styled (the
// stylesheet loaded), has a search box that leads to the site's search
// page, and links home.
func TestNotFoundPage(t *testing.T) {
	chromePath(t)
	content := seedContent(t)
	dir := filepath.Join(tmp, "served-seed-calls")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rel, ok := strings.CutPrefix(r.URL.Path, "/calls/")
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if st, err := os.Stat(p); ok && err == nil && st.IsDir() {
			p = filepath.Join(p, "index.html")
		}
		if st, err := os.Stat(p); ok && err == nil && !st.IsDir() {
			http.ServeFile(w, r, p)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(readAll(t, filepath.Join(dir, "404.html")))
	}))
	defer srv.Close()
	// The base URL names another host: the page must not depend on it.
	if _, err := genInto(content, dir, "https://calls.example.org/calls/", false); err != nil {
		t.Fatal(err)
	}
	type state struct {
		Border, MaxWidth, Search, Home string
		Input                          bool
	}
	for _, v := range viewports {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(v.name+"-"+scheme, func(t *testing.T) {
				tb := newTab(t)
				tb.emulate(v.width, v.height, v.mobile, scheme)
				missing := srv.URL + "/calls/c/no-such-company/2024-q9/q3/"
				tb.open(missing)
				s := eval[state](tb, `(() => {
					const f = document.querySelector('main form[role=search]');
					const home = [...document.querySelectorAll('main a[href]')].find(a => /list of calls/.test(a.textContent));
					return {Border: getComputedStyle(document.querySelector('header.site')).borderBottomStyle,
						MaxWidth: getComputedStyle(document.body).maxWidth,
						Search: f ? f.action : '', Input: !!(f && f.querySelector('input[name=q]')),
						Home: home ? home.href : ''};
				})()`)
				if s.Border != "solid" || s.MaxWidth == "none" {
					t.Errorf("404 page under /calls/ is not styled: header border %q, body max-width %q", s.Border, s.MaxWidth)
				}
				if want := srv.URL + "/calls/search/"; s.Search != want || !s.Input {
					t.Errorf("404 page: search form action %q (input q: %v), want %q", s.Search, s.Input, want)
				}
				if want := srv.URL + "/calls/"; s.Home != want {
					t.Errorf("404 page: link home is %q, want %q", s.Home, want)
				}
				for _, e := range tb.consoleErrors() {
					if !strings.Contains(e, "("+missing+":") { // the page itself answers 404
						t.Errorf("404 page: console: %s", e)
					}
				}
			})
		}
	}
}
