package site

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"callsite/internal/content"
	"callsite/internal/source"
	"callsite/internal/transcript"
)

// NewPages makes the site's Markdown pages from their files, which
// content.Pages reads: pages/{name}.md becomes /{name}/, titled by its
// first "# " heading, else by its name. A page with a reserved or empty
// name is an error "path:1: message" (a *source.Error); the other pages
// are still returned, sorted by slug, so that -keep-going publishes them.
func NewPages(files []content.File) ([]*Page, error) {
	var pages []*Page
	var errs []error
	for _, f := range files {
		slug := transcript.Slug(strings.TrimSuffix(path.Base(f.Path), ".md"))
		// The site's own top-level folders: a page there would clash with
		// (or overwrite) them.
		if slug == "" || slug == "c" || slug == "static" || slug == "people" || slug == "firms" || slug == "search" {
			errs = append(errs, source.Errorf(f.Path, 1, fmt.Sprintf("page name %q is reserved for the site's own folders; rename the file", slug)))
			continue
		}
		pages = append(pages, &Page{Slug: slug, Title: pageTitle(f.Data, slug), Markdown: f.Data, Source: f.Path})
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
