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
func LoadPages(fsys fs.FS, dir string) ([]*Page, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var pages []*Page
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".md" || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := path.Join(dir, e.Name())
		slug := transcript.Slug(strings.TrimSuffix(e.Name(), ".md"))
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		if slug == "" || slug == "c" || slug == "static" {
			return nil, fmt.Errorf("%s:1: page name %q is reserved for the site's own folders; rename the file", p, slug)
		}
		pages = append(pages, &Page{Slug: slug, Title: pageTitle(src, slug), Markdown: src, Source: p})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Slug < pages[j].Slug })
	return pages, nil
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
