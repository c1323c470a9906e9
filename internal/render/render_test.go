package render

import (
	"encoding/xml"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLinkIsRelative(t *testing.T) {
	cases := []struct{ from, to, want string }{
		{"/", "/c/acme/", "c/acme/"},
		{"/", "/", "./"},
		{"/", "#top", "#top"},
		{"/c/acme/2024-q1/", "/", "../../../"},
		{"/c/acme/2024-q1/", "/static/style.css", "../../../static/style.css"},
		{"/c/acme/", "/c/acme/2024-q1/", "2024-q1/"},
		{"/c/acme/2024-q1/q3/", "/c/acme/2024-q1/#q3", "../#q3"},
		{"/c/acme/2024-q1/q3/", "/c/acme/2024-q1/q4/", "../q4/"},
		{"/c/acme/2024-q1/", "/c/acme/2024-q1/", "./"},
		{"/c/acme/2024-q1/", "/c/acme/2024-q1/call.json", "call.json"},
		{"/c/acme/2024-q1/", "/c/beta/", "../../beta/"},
		{"/404.html", "/about/", "about/"},
	}
	for _, c := range cases {
		if got := (Common{Path: c.from}).Link(c.to); got != c.want {
			t.Errorf("Link from %s to %s = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

func TestQuoteLink(t *testing.T) {
	cases := []struct{ id, sentence, want string }{
		{"pr3p1", "Net loss was $8.1 million.", "#pr3p1:~:text=Net%20loss%20was%20$8.1%20million."},
		{"q2-3p1", "We expect revenue, at least in Q3, to grow by a third or more, year-over-year.", "#q2-3p1:~:text=We%20expect%20revenue%2C%20at,third%20or%20more%2C%20year%2Dover%2Dyear."},
		{"cl1p1", "", "#cl1p1"},
	}
	for _, c := range cases {
		if got := string(quoteLink(c.id, c.sentence)); got != c.want {
			t.Errorf("quoteLink(%q, %q) = %q, want %q", c.id, c.sentence, got, c.want)
		}
	}
}

// TestSitemapSplits lowers the protocol's limit of URLs per sitemap file
// and checks that the sitemap becomes an index of files that together
// list the same URLs, none over the limit.
func TestSitemapSplits(t *testing.T) {
	r := sampleRenderer(t)
	whole := &mapOutput{files: fstest.MapFS{}}
	if err := r.sitemap(whole); err != nil {
		t.Fatal(err)
	}
	want := sitemapLocs(t, whole.files["sitemap.xml"].Data, "urlset")
	if len(want) < 10 {
		t.Fatalf("the sample's sitemap lists %d URLs", len(want))
	}

	r.sitemapLimits.urls = 4
	split := &mapOutput{files: fstest.MapFS{}}
	if err := r.sitemap(split); err != nil {
		t.Fatal(err)
	}
	parts := sitemapLocs(t, split.files["sitemap.xml"].Data, "sitemapindex")
	if wantParts := (len(want) + 3) / 4; len(parts) != wantParts {
		t.Fatalf("index lists %d sitemaps, want %d", len(parts), wantParts)
	}
	var got []string
	for i, loc := range parts {
		name := "sitemaps/" + strconv.Itoa(i+1) + ".xml"
		if loc != "https://example.org/calls/"+name {
			t.Errorf("sitemap %d is at %s", i+1, loc)
		}
		f, ok := split.files[name]
		if !ok {
			t.Fatalf("no %s", name)
		}
		urls := sitemapLocs(t, f.Data, "urlset")
		if len(urls) > 4 || len(urls) == 0 {
			t.Errorf("%s lists %d URLs", name, len(urls))
		}
		got = append(got, urls...)
	}
	if !slices.Equal(got, want) {
		t.Errorf("the split sitemaps list %d URLs, want the %d of the whole one", len(got), len(want))
	}
}

// sitemapLocs parses a sitemap (root urlset) or a sitemap index (root
// sitemapindex) and returns its locs in order.
func sitemapLocs(t *testing.T, data []byte, root string) []string {
	t.Helper()
	var doc struct {
		XMLName xml.Name
		Locs    []string `xml:"url>loc"`
		Maps    []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.XMLName.Local != root || doc.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" {
		t.Fatalf("root %v, want %s", doc.XMLName, root)
	}
	return append(doc.Locs, doc.Maps...)
}

// relPath agrees with splitting both folders into names, for paths with
// doubled and missing slashes too.
func TestRelPathAsSplitNames(t *testing.T) {
	names := func(dir string) []string {
		var out []string
		for _, s := range strings.Split(dir, "/") {
			if s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	bySplitting := func(from, to string) string {
		frag := ""
		if i := strings.IndexByte(to, '#'); i >= 0 {
			to, frag = to[:i], to[i:]
		}
		if to == "" {
			return frag
		}
		fromSegs := names(from[:strings.LastIndexByte(from, '/')+1])
		toDir := to[:strings.LastIndexByte(to, '/')+1]
		toSegs := names(toDir)
		n := 0
		for n < len(fromSegs) && n < len(toSegs) && fromSegs[n] == toSegs[n] {
			n++
		}
		rel := strings.Repeat("../", len(fromSegs)-n)
		if rest := toSegs[n:]; len(rest) > 0 {
			rel += strings.Join(rest, "/") + "/"
		}
		rel += to[len(toDir):]
		if rel == "" {
			rel = "./"
		}
		return rel + frag
	}
	paths := []string{"", "/", "/404.html", "/c/", "/c/acme/", "/c/acme/2024-q1/", "/c/acme/2024-q1/q3/", "/c/acme/2024-q1/call.json",
		"/c/acmex/2024-q1/q3/", "/people/jo/", "/people/", "/static/style.css", "#top", "/c/acme/2024-q1/#q3", "//c//acme/", "c/acme", "/about/index.html#x"}
	for _, from := range paths {
		for _, to := range paths {
			if got, want := relPath(from, to), bySplitting(from, to); got != want {
				t.Errorf("relPath(%q, %q) = %q, want %q", from, to, got, want)
			}
		}
	}
}
