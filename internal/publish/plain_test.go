package publish

import (
	"bytes"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/parse/v2"

	"callsite"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/site/bulktest"
	"callsite/internal/testshared"
)

// minifiedBoth returns a page minified by the minifier alone and as
// WriteFile minifies it, and whether minifyPlain took the articles.
func minifiedBoth(t testing.TB, page []byte) (whole, cut string, plain bool) {
	t.Helper()
	o := Minified(memOutput{}).(minifyOutput)
	var a, b bytes.Buffer
	if err := o.minifyPart("text/html", &a, page); err != nil {
		t.Fatal(err)
	}
	if err := o.minify("text/html", &b, page); err != nil {
		t.Fatal(err)
	}
	if start, end, _, ok := plainRegion(page); ok {
		var p plainMinifier
		plain = p.minifyPlain(new(bytes.Buffer), page[start:end])
	}
	return a.String(), b.String(), plain
}

// Pages cut around their <main> come out as the minifier writes them
// whole: spaces between and inside tags, entities in text and
// attributes, empty phrasing tags, and a cut after the head's raw text.
// Markup minifyPlain does not know leaves the page to the minifier.
const (
	plainTestHead = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Q3 &amp; outlook</title>\n<script type=\"application/ld+json\">{\"a\":\"<b>\"}</script>\n</head>\n<body>\n<main>\n<div class=\"transcript\">\n"
	plainTestFoot = "\n</div>\n<p>After   the <a href=\"#x\">turns</a> .</p>\n</main>\n</body>\n</html>\n"
)

var plainCases = []struct {
	name, articles string
	plain          bool
}{
	{"turns", "<article class=\"turn role-analyst\" id=\"q1-1\" style=\"--paras:1;--chars:40\">\n<header><a class=\"speaker\" href=\"../p/\">Ann Lee</a> <span class=\"title\">Acme  Capital</span> <span class=\"role\">Analyst</span> <a class=\"permalink\" href=\"#q1-1\" data-copy aria-label=\"Link to this turn\">Link</a></header>\n<p id=\"q1-1p1\">Margins were <a class=\"fig\" href=\"#row-1\" data-figure>12%<span class=\"tip\" role=\"tooltip\">margin · 12%</span></a> , up   from last year&#39;s.</p>\n</article>\n<article class=\"turn\" id=\"q1-2\">\n<p>R&amp;D and &amp;amp; &#34;quoted&#34; &lt;tag&gt; &#43;5 </p>\n</article>", true},
	{"spaces around phrasing", "<article>\n<p> lead <span class=\"term\" tabindex=\"0\">term<span class=\"tip\" aria-hidden=\"true\">what it means</span></span> <span></span> tail </span> \n</p></article>", true},
	{"sections between", "<article id=\"a\"><p>x</p></article>\n\n</section>\n<section class=\"part\" aria-labelledby=\"h\">\n<h2 id=\"h\">Questions</h2>\n<p class=\"share\"><a href=\"q1/\">Page</a> · <a class=\"permalink\" href=\"q1/\" data-copy aria-label=\"Copy link to question 1\">Copy link</a></p>\n<article class=\"\" id=\"\"><p>y</p></article>", true},
	{"attribute quotes", "<article aria-label=\"it&#39;s &#34;ours&#34;\"><p>z</p></article>", true},
	{"unknown tag", "<article><p>a <b>b</b></p></article>", false},
	{"quotes, tables and times", "<article><p>He said <q>up  4%</q> , then <q>flat</q>.</p>\n<table class=\"figs\">\n<thead><tr><th scope=\"col\">Metric</th> <th scope=\"col\" colspan=\" 2 \">Value</th></tr></thead>\n<tbody>\n<tr><td><time datetime=\" 2021-04-29\">Apr 29</time> </td><td><strong>$4</strong> <em></em> <code>x</code></td></tr>\n</tbody>\n</table>\n<ul>\n<li><a href=\"a/\" title=\"it&#39;s\">a</a></li> <li><a href=\"call.json\" type=\"application/json\">JSON</a> <a href=\"f.csv\" download>CSV</a></li>\n</ul></article>", true},
	{"single quotes", "<article class='x'><p>a</p></article>", false},
	{"comment", "<article><!-- c --><p>a</p></article>", false},
	{"an article in the head's script", "<script>var a = '<article>';</script><article><p>a</p></article>", false},
	{"absolute link", "<article><a href=\"https://example.org/\">a</a> <a href=\"http://example.org/\">b</a></article>", true},
	{"a scheme in capitals", "<article><a href=\"HTTPS://example.org/\">a</a></article>", false},
	{"a data URL", "<article><a href=\"data:text/plain,a\">a</a></article>", false},
	{"bare attributes", "<article><p id class><a href data-copy aria-label tabindex type download>x</a> <span title role class=\"c\">y</span></p></article>", true},
	{"a bare style, left out", "<article><p style>x</p></article>", true},
}

const headStart = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"

var headCases = []struct {
	name, head string
	plain      bool
}{
	{"a page's head", headStart + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"../static/i.svg\" type=\"image/svg+xml\">\n" +
		"<title>R&amp;D at Acme&#39;s  <q>best</q> · Calls</title>\n<meta name=\"description\" content=\"&#34;Up&#34; 4% &amp; more &lt;here&gt;\">\n" +
		"<link rel=\"canonical\" href=\"https://example.org/c/a/\">\n<meta property=\"og:title\" content=\"R&amp;D\">\n\n" +
		"<script type=\"application/ld+json\">{\"a\": \"b\\u003c\",  \"c\":1}</script>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Calls\" href=\"../feed.xml\">\n\n" +
		"<script src=\"../static/site.js\" defer></script>\n", false}, // <q> in a title
	{"the same without markup in its title", headStart + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"../static/i.svg\" type=\"image/svg+xml\">\n" +
		"<title>R&amp;D at Acme&#39;s  best · Calls</title>\n<meta name=\"description\" content=\"&#34;Up&#34; 4% &amp; more &lt;here&gt;\">\n" +
		"<link rel=\"canonical\" href=\"https://example.org/c/a/\">\n<meta property=\"og:title\" content=\"R&amp;D\">\n\n" +
		"<script type=\"application/ld+json\">{\"a\": \"b\\u003c\",  \"c\":1}</script>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Calls\" href=\"../feed.xml\">\n\n" +
		"<script src=\"../static/site.js\" defer></script>\n", true},
	{"viewport numbers", headStart + "<meta name=\" Viewport\" content=\"initial-scale=1.0, maximum-scale=2.50, width=0300\">", false},
	{"viewport numbers, name plain", headStart + "<meta name=\"Viewport\" content=\"initial-scale=1.0, maximum-scale=2.50, width=0300\">", true},
	{"keywords", headStart + "<meta name=\"keywords\" content=\"a, b,c\">", true},
	{"keywords spaced", headStart + "<meta name=\"keywords\" content=\"a,  b\">", false},
	{"empty name", headStart + "<meta name=\"\" content=\"a\">", false},
	{"http-equiv", headStart + "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">", false},
	{"JavaScript", headStart + "<script>var a = 1;</script>", false},
	{"JavaScript of a type", headStart + "<script type=\"text/javascript\">var a = 1;</script>", false},
	{"an empty script", headStart + "<script></script>", false},
	{"a script's charset", headStart + "<script src=\"a.js\" charset=\"utf-8\"></script>", false},
	{"defer given a value", headStart + "<script src=\"a.js\" defer=\"defer\"></script>", false},
	{"a scheme in capitals", headStart + "<link rel=\"canonical\" href=\"Https://example.org/\">", false},
	{"text", headStart + "<title>a</title> b \n", false},
	{"a lower-case doctype", "<!doctype html><html><head><title> a  b </title>", true},
	{"another doctype", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html>", false},
	{"a comment", headStart + "<!-- a -->", false},
	{"a '<' in JSON-LD", headStart + "<script type=\"application/ld+json\">{\"a\":\"<b>\"}</script>", false},
	{"single quotes", headStart + "<link rel='icon' href='a.svg'>", false},
}

// A head up to its </head> comes out of minifyHead as the minifier
// writes it, or is left to the minifier.
func TestMinifyHeadAsTheMinifier(t *testing.T) {
	for _, c := range headCases {
		o := Minified(memOutput{}).(minifyOutput)
		var want bytes.Buffer
		if err := o.minifyPart("text/html", &want, []byte(c.head)); err != nil {
			t.Fatal(err)
		}
		var p plainMinifier
		var got bytes.Buffer
		plain := p.minifyHead(&got, []byte(c.head))
		if plain != c.plain {
			t.Errorf("%s: minifyHead took it: %v, want %v", c.name, plain, c.plain)
		}
		if plain && got.String() != want.String() {
			t.Errorf("%s: minifyHead wrote\n%s\nwant, as the minifier:\n%s", c.name, got.String(), want.String())
		}
		got.Reset()
		if ok, err := o.minifyHead("text/html", &got, &p, []byte(c.head)); err != nil || !ok || got.String() != want.String() {
			t.Errorf("%s: minifyOutput.minifyHead wrote\n%s (%v, %v)\nwant, as the minifier:\n%s", c.name, got.String(), ok, err, want.String())
		}
	}
}

// Any head minifyHead takes comes out as the minifier writes it.
func FuzzMinifyHead(f *testing.F) {
	for _, c := range headCases {
		f.Add(c.head)
	}
	o := Minified(memOutput{}).(minifyOutput)
	f.Fuzz(func(t *testing.T, head string) {
		var p plainMinifier
		var got, want bytes.Buffer
		if !p.minifyHead(&got, []byte(head)) {
			return
		}
		if !betweenTags([]byte(head)) {
			// minifyOutput.minifyHead cuts the page after it
			t.Errorf("%q: minifyHead took it, but the lexer is not between tags at its end", head)
		}
		if err := o.minifyPart("text/html", &want, []byte(head)); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%q: minifyHead wrote\n%s\nwant, as the minifier:\n%s", head, got.String(), want.String())
		}
	})
}

func TestMinifyPlainAsTheMinifier(t *testing.T) {
	for _, c := range plainCases {
		page := []byte(plainTestHead + c.articles + plainTestFoot)
		whole, cut, plain := minifiedBoth(t, page)
		if cut != whole {
			t.Errorf("%s: cut around the articles:\n%s\nwant, as the minifier:\n%s", c.name, cut, whole)
		}
		if plain != c.plain {
			t.Errorf("%s: minifyPlain took the articles: %v, want %v", c.name, plain, c.plain)
		}
	}
	// The last </head> before <main> in a script's text: not cut there.
	page := []byte("<html><head><script>a = '</head>';</script>\n<body>\n<main>\n<p> a </p>\n</main>\n</body></html>")
	if whole, cut, _ := minifiedBoth(t, page); cut != whole {
		t.Errorf("a </head> in a script: cut around the articles:\n%s\nwant, as the minifier:\n%s", cut, whole)
	}
}

// Before the articles the page is cut only where the lexer is between
// tags.
func TestBetweenTags(t *testing.T) {
	cases := []struct {
		prefix string
		want   bool
	}{
		{"<!DOCTYPE html>\n<html><head><title>a</title></head><body><div class=\"x\">\n", true},
		{"<script>if (a < b) {}</script>\n<div>", true},
		{"<script>document.write('", false},
		{"<!-- a comment", false},
		{"<p title=\"a > b\">\n", true},
		{"<p title=\"a > b", false},
		{"<pre>\n", false},
		{"<textarea>", false},
		{"<p data-x=a'b>", false},
		{"2 < 3 <div>", true},
	}
	for _, c := range cases {
		if got := betweenTags([]byte(c.prefix)); got != c.want {
			t.Errorf("betweenTags(%q) = %v, want %v", c.prefix, got, c.want)
		}
	}
}

// renderedPages draws the first n bulk calls' call and exchange pages
// unminified.
func renderedPages(tb testing.TB, n int) memOutput {
	tb.Helper()
	s, parsed := bulktest.Site(tb, n, site.Config{BaseURL: "https://example.org/"})
	r, err := render.New(s, callsite.DefaultTheme(), render.Options{Workers: 1, CompactJSON: true})
	if err != nil {
		tb.Fatal(err)
	}
	out := memOutput{}
	for _, c := range s.Calls {
		if err := r.Call(c, parsed[c.Source], site.CallFigures(parsed[c.Source]), out); err != nil {
			tb.Fatal(err)
		}
	}
	return out
}

// One writer minifies every call and exchange page of 40 real calls,
// taking the header and footer from its memo after the first pages: each
// comes out as the minifier writes it whole.
func TestMinifyChromeOnBulkPages(t *testing.T) {
	out := renderedPages(t, 40)
	o := Minified(memOutput{}).(minifyOutput)
	names := slices.Sorted(maps.Keys(out))
	for _, name := range names {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		var whole, cut bytes.Buffer
		if err := o.minifyPart("text/html", &whole, out[name]); err != nil {
			t.Fatal(err)
		}
		if err := o.minify("text/html", &cut, out[name]); err != nil {
			t.Fatal(err)
		}
		if cut.String() != whole.String() {
			t.Errorf("%s: minified with the memo, the page differs from the minifier's", name)
		}
	}
	if n := len(o.chrome.minified); n == 0 || n > 8 {
		t.Errorf("%d parts in the memo, want a header for each depth of folder and a footer for each template", n)
	}
}

// Every call and exchange page of 40 real calls is cut around its
// <main>, and comes out as the minifier writes it whole.
func TestMinifyPlainOnBulkPages(t *testing.T) {
	out := renderedPages(t, 40)
	pages := 0
	for name, page := range out {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		whole, cut, plain := minifiedBoth(t, page)
		if cut != whole {
			t.Errorf("%s: cut around the articles, the page differs from the minifier's", name)
		}
		if !plain {
			t.Errorf("%s: minifyPlain did not take the articles", name)
		}
		var p plainMinifier
		if _, _, cut, _ := plainRegion(page); cut < 0 || !p.minifyHead(new(bytes.Buffer), page[:cut]) {
			t.Errorf("%s: minifyHead did not take the head", name)
		}
	}
	if pages < 40 {
		t.Errorf("%d pages, want a call page and its exchanges for each of 40 calls", pages)
	}
}

// BenchmarkMinifyPages minifies the call and exchange pages of 40 real
// calls, all of them an op: whole by the minifier, or cut around the
// articles as WriteFile does. cpu-ms/op is the process's CPU time per
// op, which holds on a busy machine where ns/op does not.
//
//	go test -run '^$' -bench MinifyPages -benchmem ./internal/publish
func BenchmarkMinifyPages(b *testing.B) {
	out := renderedPages(b, 40)
	o := Minified(memOutput{}).(minifyOutput)
	for _, bc := range []struct {
		name   string
		minify func(string, *bytes.Buffer, []byte) error
	}{{"whole", o.minifyPart}, {"cut", o.minify}} {
		b.Run(bc.name, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			start, n := testshared.CPUTime(), 0
			for b.Loop() {
				n++
				for name, page := range out {
					if strings.HasSuffix(name, ".html") {
						buf.Reset()
						if err := bc.minify("text/html", &buf, page); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
			b.ReportMetric(float64(testshared.CPUTime()-start)/1e6/float64(n), "cpu-ms/op")
		})
	}
}

// plainText reads eight bytes at a time where it can: it decides as
// plainBytes, a byte at a time, on texts of the bytes that matter at
// every place in a word and across words.
func TestPlainTextWordWise(t *testing.T) {
	alphabet := []byte("ab  \n\t\f\r\x00&#39;ampé\x01")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		s := make([]byte, rng.IntN(40))
		for i := range s {
			s[i] = alphabet[rng.IntN(len(alphabet))]
		}
		got, refs := plainText(s)
		if want := plainBytes(s, 0, len(s)); got != want {
			t.Fatalf("%q: plainText %v, byte by byte %v", s, got, want)
		}
		if got && refs != (bytes.IndexByte(s, '&') >= 0) {
			t.Fatalf("%q: plainText tells a reference %v", s, refs)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"seven b  eight by", false}, // two spaces inside a word
		{"sevenby ", true},           // a space ending the first eight
		{"sevenby  and", false},      // across the eight
		{"sevenby \tand", false},     // a tab after the eighth
		{"it&#39;s the eight bytes", true},
		{"one two three four five", true},
		{"eight by  ", false},       // two spaces in the last eight, which overlap
		{"eight byt&#39;s", true},   // a reference across them
		{"eight bytes\n\nx", false}, // two newlines in them
	} {
		if got, _ := plainText([]byte(tc.text)); got != tc.want {
			t.Errorf("%q: plainText %v, want %v", tc.text, got, tc.want)
		}
	}
}

// Text that plainText takes is written as the minifier's rules rewrite
// it, and a value plainValue takes is one they leave as it is.
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"it&#39;s", "R&amp;D", "&amp;amp; &amp;#1 &amp;", "a &lt;b&gt; &#34;c&#34; &#43;1", "a  b", "a\n b", "\tx", "&#39", "&ampx;", " lead and trail \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if plain, _ := plainText([]byte(s)); plain {
			var got bytes.Buffer
			writePlainText(&got, []byte(s))
			want := parse.ReplaceMultipleWhitespaceAndEntities([]byte(s), html.EntitiesMap, html.TextRevEntitiesMap)
			if got.String() != string(want) {
				t.Errorf("text %q: wrote %q, the minifier's rules %q", s, got.String(), want)
			}
		}
		if plainValue([]byte(s)) {
			trimmed := parse.TrimWhitespace(parse.ReplaceMultipleWhitespaceAndEntities([]byte(s), html.EntitiesMap, nil))
			raw := parse.ReplaceEntities([]byte(s), html.EntitiesMap, nil)
			if string(trimmed) != s || string(raw) != s {
				t.Errorf("value %q: the minifier's rules make %q and %q of it", s, trimmed, raw)
			}
		}
	})
}

// Any run of articles comes out as the minifier writes the page whole.
func FuzzMinifyPlain(f *testing.F) {
	for _, c := range plainCases {
		f.Add(c.articles)
	}
	f.Fuzz(func(t *testing.T, articles string) {
		if !strings.HasPrefix(articles, "<article") || !strings.HasSuffix(articles, "</article>") {
			return
		}
		page := []byte(plainTestHead + articles + plainTestFoot)
		whole, cut, _ := minifiedBoth(t, page)
		if cut != whole {
			t.Errorf("%q: cut around the articles:\n%s\nwant, as the minifier:\n%s", articles, cut, whole)
		}
	})
}

// readValue decides in one pass what lex's separate looks decided: a
// value with '<' or a NUL is refused, and the rest are plainValue's.
func TestReadValue(t *testing.T) {
	alphabet := []byte("ab  \n\t&<\x00#-/é")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		v := make([]byte, rng.IntN(40))
		for i := range v {
			if rng.IntN(4) == 0 { // runs of plain bytes, as in links
				v[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				v[i] = 'a' + byte(rng.IntN(26))
			}
		}
		ok, plain := readValue(v)
		wantOK := bytes.IndexByte(v, '<') < 0 && bytes.IndexByte(v, 0) < 0
		if ok != wantOK || ok && plain != plainValue(v) {
			t.Fatalf("%q: readValue %v, %v; want %v, %v", v, ok, plain, wantOK, plainValue(v))
		}
	}
}
