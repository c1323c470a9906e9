package render

import (
	"bytes"
	"html/template"
	"sync"
)

// Output receives the files of a site. Names are slash-separated paths
// relative to the site root ("c/kaleyra/2020-q2/index.html"). WriteFile
// must not keep data after it returns: the caller reuses the memory.
// Package publish writes one to disk.
type Output interface {
	WriteFile(name string, data []byte) error
}

// buffers keeps the memory pages are drawn into, from one
// file to the next: tens of thousands of pages of up to a megabyte
// would otherwise each grow a new buffer for the collector to clear.
var buffers sync.Pool

// GetBuffer and PutBuffer share the pool with the writers of package
// publish, which minify into it.
func GetBuffer() *bytes.Buffer {
	if b, ok := buffers.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func PutBuffer(b *bytes.Buffer) {
	if b.Cap() > 4<<20 {
		return // a rare huge page: let it go
	}
	b.Reset()
	buffers.Put(b)
}

// drawnHTML is what write draws, as HTML for a theme's template: the
// parts that execute draws onto the page's own buffer, asked for alone.
func drawnHTML(write func(*bytes.Buffer) error) (template.HTML, error) {
	b := GetBuffer()
	defer PutBuffer(b)
	if err := write(b); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}
