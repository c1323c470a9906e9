package publish

import (
	"bytes"
	"testing"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
)

type memOutput map[string][]byte

func (m memOutput) WriteFile(name string, data []byte) error {
	m[name] = bytes.Clone(data)
	return nil
}

// Minified minifies pages, stylesheets and scripts, passes other files
// through, and leaves the caller's bytes as they were (spare capacity
// included: the minifier marks the end of what it reads).
func TestMinifiedWritesMinifiedFilesAndKeepsTheInput(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"a/index.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Margins   widened</title>\n</head>\n<body>\n<p>Revenue rose   4%\n to &#34;record&#34; levels.</p>\n</body>\n</html>\n",
			"<!doctype html><html lang=\"en\"><head><title>Margins widened</title></head><body><p>Revenue rose 4%\nto \"record\" levels.</p></body></html>"},
		{"static/site.css", "body {\n  color: #ff0000;\n}\n", "body{color:red}"},
		{"static/site.js", "function  add(a, b) {\n  return a + b;\n}\n", "function add(e,t){return e+t}"},
		{"c/acme/call.json", "{\n  \"a\": 1\n}\n", "{\n  \"a\": 1\n}\n"},
	}
	out := memOutput{}
	m := Minified(out)
	for _, c := range cases {
		backing := make([]byte, len(c.in), len(c.in)+8)
		copy(backing, c.in)
		full := backing[:cap(backing)]
		for i := len(c.in); i < len(full); i++ {
			full[i] = 'x'
		}
		before := bytes.Clone(full)
		if err := m.WriteFile(c.name, backing); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := string(out[c.name]); got != c.want {
			t.Errorf("%s: wrote %q, want %q", c.name, got, c.want)
		}
		if !bytes.Equal(full, before) {
			t.Errorf("%s: the caller's bytes changed", c.name)
		}
	}
}

// An inline style that minifyCSS writes as it is comes out as css.Minify
// writes it; any other goes through css.Minify.
func TestMinifyCSSKeepsNumericCustomProperties(t *testing.T) {
	m := minify.New()
	inline := map[string]string{"inline": "1"}
	for _, s := range []string{
		"--paras:3;--chars:400",
		"--paras:12;--chars:0",
		"--a:010",
		"--x-y2:5",
		"--p:1;--q:2;--r:3",
		// not of the kind: css.Minify decides
		"--paras:3;--chars:400;",
		"--paras: 3",
		"--A:5",
		"--a:1.50",
		"color:red;--a:1",
		"--a:",
		";",
		"",
	} {
		var want, got bytes.Buffer
		if err := css.Minify(m, &want, bytes.NewReader([]byte(s)), inline); err != nil {
			t.Fatal(err)
		}
		if err := minifyCSS(m, &got, bytesReader{bytes.NewReader([]byte(s)), []byte(s)}, inline); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%q: got %q, css.Minify writes %q", s, got.String(), want.String())
		}
	}
}

// bytesReader is a reader that has Bytes, as the HTML minifier's are.
type bytesReader struct {
	*bytes.Reader
	b []byte
}

func (r bytesReader) Bytes() []byte { return r.b }
