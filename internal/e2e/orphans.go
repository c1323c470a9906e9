package e2e

import (
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Orphans returns the HTML pages of the built site in fsys that cannot be
// reached from the home page (index.html) or the not-found page (404.html)
// by following <a href> links, sorted. base is the path the site is served
// under ("/" or "/calls/"), used to read root-absolute links. Broken links
// are not its business: linkcheck reports them.
func Orphans(fsys fs.FS, base string) ([]string, error) {
	links := map[string][]string{} // page -> pages it links to
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := html.Parse(f)
		if err != nil {
			return err
		}
		links[p] = pageLinks(p, base, doc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	queue := []string{}
	for _, root := range []string{"index.html", "404.html"} {
		if _, ok := links[root]; ok {
			seen[root] = true
			queue = append(queue, root)
		}
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range links[p] {
			if _, isPage := links[q]; isPage && !seen[q] {
				seen[q] = true
				queue = append(queue, q)
			}
		}
	}
	var out []string
	for p := range links {
		if !seen[p] {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out, nil
}

// pageLinks lists the site files that the <a href> links of page p name.
func pageLinks(p, base string, doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, a := range n.Attr {
				if a.Key == "href" {
					if t := target(p, base, a.Val); t != "" && t != p {
						out = append(out, t)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// target resolves href on page p to a file path in the site, or "" for an
// external link.
func target(p, base, href string) string {
	u, err := url.Parse(href)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(href, "//") {
		return ""
	}
	if u.Path == "" {
		return p
	}
	var t string
	if strings.HasPrefix(u.Path, "/") {
		rest, ok := strings.CutPrefix(u.Path, base)
		if !ok {
			return ""
		}
		t = path.Clean("/" + rest)[1:]
	} else {
		t = path.Join(path.Dir(p), u.Path)
	}
	if t == "" || t == "." || strings.HasSuffix(u.Path, "/") || path.Ext(t) == "" {
		t = path.Join(t, "index.html")
	}
	return t
}
