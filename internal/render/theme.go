package render

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"
)

// Theme is the templates and static files a site is drawn with: the
// default theme with a site's own files laid over it, file by file.
type Theme struct {
	Templates fs.FS // *.html templates
	Static    fs.FS // copied to the site root as static/...
}

// Overlay returns an fs.FS that serves top's files and falls back to base.
// top may be nil.
func Overlay(top, base fs.FS) fs.FS {
	if top == nil {
		return base
	}
	return overlayFS{top: top, base: base}
}

type overlayFS struct{ top, base fs.FS }

func (o overlayFS) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		if st, err2 := f.Stat(); err2 == nil && !st.IsDir() {
			return f, nil
		}
		f.Close()
	}
	return o.base.Open(name)
}

// files lists every regular file of both layers, sorted, once each.
func files(fsys fs.FS) ([]string, error) {
	seen := map[string]bool{}
	var layers []fs.FS
	if o, ok := fsys.(overlayFS); ok {
		layers = []fs.FS{o.top, o.base}
	} else {
		layers = []fs.FS{fsys}
	}
	for _, l := range layers {
		err := fs.WalkDir(l, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == "." {
					return fs.SkipAll
				}
				return err
			}
			if d.Type().IsRegular() {
				seen[p] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out, nil
}

// parseTemplates parses every *.html of the theme into one set; pages are
// looked up by file name ("call.html").
func parseTemplates(fsys fs.FS, funcs template.FuncMap) (*template.Template, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	root := template.New("").Funcs(funcs)
	for _, n := range names {
		if path.Ext(n) != ".html" {
			continue
		}
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		if _, err := root.New(n).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("templates/%w", err)
		}
	}
	return root, nil
}
