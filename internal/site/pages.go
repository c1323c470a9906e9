package site

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"callsite/internal/transcript"
)

// LoadPages reads the Markdown pages of a site: every *.md directly in
// dir of fsys becomes /{name}/. A page's title is its first "# " heading,
// else its name. A missing dir means no pages.
//
// A page that cannot be used (a symlink, which is never followed so that
// no file from outside the content folder is published; a reserved or
// empty name; an unreadable file) is an error "path:1: message" (a
// *transcript.Error); the other pages are still returned, so that
// -keep-going publishes them.
func LoadPages(fsys fs.FS, dir string) ([]*Page, error) {
	// A symlinked pages folder is not followed either.
	if info, err := fs.Lstat(fsys, dir); err == nil && !info.IsDir() {
		return nil, &transcript.Error{Pos: transcript.Pos{File: dir, Line: 1}, Msg: "not a folder (symlinks are not followed); skipped"}
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, &transcript.Error{Pos: transcript.Pos{File: dir, Line: 1}, Msg: err.Error()}
	}
	var pages []*Page
	var errs []error
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".md" || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := path.Join(dir, e.Name())
		fail := func(msg string) {
			errs = append(errs, &transcript.Error{Pos: transcript.Pos{File: p, Line: 1}, Msg: msg})
		}
		if !e.Type().IsRegular() {
			fail("not a regular file (symlinks are not followed); skipped")
			continue
		}
		slug := transcript.Slug(strings.TrimSuffix(e.Name(), ".md"))
		// The site's own top-level folders: a page there would clash with
		// (or overwrite) them.
		if slug == "" || slug == "c" || slug == "static" || slug == "people" || slug == "firms" || slug == "search" {
			fail(fmt.Sprintf("page name %q is reserved for the site's own folders; rename the file", slug))
			continue
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			fail(err.Error())
			continue
		}
		pages = append(pages, &Page{Slug: slug, Title: pageTitle(src, slug), Markdown: src, Source: p})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Slug < pages[j].Slug })
	return pages, errors.Join(errs...)
}

func pageTitle(src []byte, fallback string) string {
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		if t, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "# "); ok {
			return strings.TrimSpace(t)
		}
	}
	if fallback == "" {
		return "Page"
	}
	return strings.ToUpper(fallback[:1]) + fallback[1:]
}
