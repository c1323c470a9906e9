package publish

import (
	"bytes"
	"io"
	"path"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/svg"

	"callsite/internal/render"
)

// Minified wraps an Output so that HTML, CSS, JavaScript and SVG files are
// minified before they are written (tdewolff/minify: deterministic, and
// it keeps what browsers need: <pre> text, attribute quoting where
// required). Other files pass through.
func Minified(out Output) Output {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", minifyCSS)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	return minifyOutput{out: out, m: m, chrome: &chromeMemo{minified: map[string][]byte{}}}
}

type minifyOutput struct {
	out    Output
	m      *minify.M
	chrome *chromeMemo
}

// chromeMemo keeps the minified form of the parts of pages that most
// pages share byte for byte: from </head> to <main> (the site's header,
// one for each depth of folder) and from </main> on (the footer). Each
// costs a start of the minifier, about as much as the page's own head.
type chromeMemo struct {
	mu       sync.Mutex
	minified map[string][]byte
}

// chromeMemoSize bounds the memo: a site has a few of each part (one a
// depth), and a theme that draws page-specific chrome should not grow
// it without end.
const chromeMemoSize = 256

var mediaTypes = map[string]string{".html": "text/html", ".css": "text/css", ".js": "application/javascript", ".svg": "image/svg+xml"}

func (o minifyOutput) WriteFile(name string, data []byte) error {
	if mt, ok := mediaTypes[path.Ext(name)]; ok {
		buf := render.GetBuffer()
		defer render.PutBuffer(buf)
		buf.Grow(len(data))
		if err := o.minify(mt, buf, data); err != nil {
			return err
		}
		data = buf.Bytes()
	}
	return o.out.WriteFile(name, data)
}

// plainMinifiers keeps each worker's minifyPlain buffers.
var plainMinifiers = sync.Pool{New: func() any { return new(plainMinifier) }}

// minify writes data minified into buf. A page's run of articles is
// minified by minifyPlain (plain.go) when it can, the rest by the
// minifier.
func (o minifyOutput) minify(mt string, buf *bytes.Buffer, data []byte) error {
	if mt == "text/html" {
		if start, end, cut, ok := plainRegion(data); ok {
			p := plainMinifiers.Get().(*plainMinifier)
			defer plainMinifiers.Put(p)
			head := data[:start]
			if cut >= 0 {
				if ok, err := o.minifyHead(mt, buf, p, head[:cut]); err != nil || !ok {
					if err != nil {
						return err
					}
					return o.minifyPart(mt, buf, data) // not to be cut there
				}
				if err := o.minifyChrome(mt, buf, head[cut:]); err != nil {
					return err
				}
			} else if err := o.minifyPart(mt, buf, head); err != nil {
				return err
			}
			if p.minifyPlain(buf, data[start:end]) {
				return o.minifyChrome(mt, buf, data[end:])
			}
			buf.Reset()
		}
	}
	return o.minifyPart(mt, buf, data)
}

// minifyHead writes a page's head up to its </head> minified into buf,
// by minifyHead when it can, else by the minifier; false, and nothing
// written, when the lexer is not between tags at its end, where the page
// is not to be cut. Every head minifyHead takes is: it reads it whole,
// tag by tag.
func (o minifyOutput) minifyHead(mt string, buf *bytes.Buffer, p *plainMinifier, head []byte) (bool, error) {
	from := buf.Len()
	if p.minifyHead(buf, head) {
		return true, nil
	}
	buf.Truncate(from)
	if !betweenTags(head) {
		return false, nil
	}
	return true, o.minifyPart(mt, buf, head)
}

// minifyChrome writes data minified into buf as minifyPart, from the
// memo when the same bytes were minified before.
func (o minifyOutput) minifyChrome(mt string, buf *bytes.Buffer, data []byte) error {
	o.chrome.mu.Lock()
	done, ok := o.chrome.minified[string(data)]
	o.chrome.mu.Unlock()
	if ok {
		buf.Write(done)
		return nil
	}
	from := buf.Len()
	if err := o.minifyPart(mt, buf, data); err != nil {
		return err
	}
	o.chrome.mu.Lock()
	if len(o.chrome.minified) < chromeMemoSize {
		o.chrome.minified[string(data)] = bytes.Clone(buf.Bytes()[from:])
	}
	o.chrome.mu.Unlock()
	return nil
}

// minifyPart writes data minified into buf by the minifier.
func (o minifyOutput) minifyPart(mt string, buf *bytes.Buffer, data []byte) error {
	// The minifier reads a reader that has Bytes (a bytes.Buffer) in
	// place, and any other by io.ReadAll, a copy grown step by step:
	// the text is copied once into a pooled buffer instead, with a byte
	// to spare for the end marker the minifier puts after the text
	// (and takes away), so that data itself is never written to.
	in := render.GetBuffer()
	defer render.PutBuffer(in)
	in.Grow(len(data) + 1)
	in.Write(data)
	return o.m.Minify(mt, buf, in)
}

// minifyCSS is css.Minify, but an inline style of custom properties set
// to whole numbers (style="--paras:3;--chars:412", which call pages give
// every turn) is written as it is, which is what css.Minify writes for
// it, without starting a CSS parser for each of a site's turns.
func minifyCSS(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
	if params["inline"] == "1" {
		if b, ok := r.(interface{ Bytes() []byte }); ok && numericCustomProperties(b.Bytes()) {
			_, err := w.Write(b.Bytes())
			return err
		}
	}
	return css.Minify(m, w, r, params)
}

// numericCustomProperties reports whether s is declarations
// "--name:digits" joined by ';' (names of a-z, 0-9 and '-'; no spaces, no
// ';' at the end): text css.Minify leaves unchanged.
func numericCustomProperties(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	for len(s) > 0 {
		decl := s
		if i := bytes.IndexByte(s, ';'); i >= 0 {
			decl, s = s[:i], s[i+1:]
			if len(s) == 0 {
				return false // a trailing ';' is dropped by css.Minify
			}
		} else {
			s = nil
		}
		name, value, ok := bytes.Cut(decl, []byte{':'})
		if !ok || len(name) < 3 || name[0] != '-' || name[1] != '-' || len(value) == 0 {
			return false
		}
		for _, c := range name[2:] {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
		for _, c := range value {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}
