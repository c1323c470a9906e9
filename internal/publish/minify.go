package publish

import (
	"path"

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
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	return minifyOutput{out: out, m: m}
}

type minifyOutput struct {
	out Output
	m   *minify.M
}

var mediaTypes = map[string]string{".html": "text/html", ".css": "text/css", ".js": "application/javascript", ".svg": "image/svg+xml"}

func (o minifyOutput) WriteFile(name string, data []byte) error {
	if mt, ok := mediaTypes[path.Ext(name)]; ok {
		buf := render.GetBuffer()
		defer render.PutBuffer(buf)
		buf.Grow(len(data))
		// The minifier reads a reader that has Bytes (a bytes.Buffer) in
		// place, and any other by io.ReadAll, a copy grown step by step:
		// a page is copied once into a pooled buffer instead, with a byte
		// to spare for the end marker the minifier puts after the text
		// (and takes away), so that data itself is never written to.
		in := render.GetBuffer()
		defer render.PutBuffer(in)
		in.Grow(len(data) + 1)
		in.Write(data)
		if err := o.m.Minify(mt, buf, in); err != nil {
			return err
		}
		data = buf.Bytes()
	}
	return o.out.WriteFile(name, data)
}
