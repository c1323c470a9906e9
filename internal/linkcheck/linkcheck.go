// Package linkcheck checks a built site on disk: every internal href and
// src resolves to a file, every fragment to an id on the target page, and
// no page repeats an id. It is used by the tests and by `gen check`.
package linkcheck

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Problem is one broken link or duplicate id.
type Problem struct {
	Page string // slash path of the page inside the site
	Msg  string
}

func (p Problem) String() string { return p.Page + ": " + p.Msg }

// page is what Check learns of one HTML file.
type page struct {
	ids   map[string]bool
	links []string
}

// Check walks the site in dir and returns every problem found, sorted.
// base is the path the site is served under ("/" or "/calls/"): a
// root-absolute link is fine only on 404.html, under that path.
func Check(dir, base string) ([]Problem, error) {
	pages := map[string]*page{}
	filesSeen := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			return nil
		}
		filesSeen[rel] = true
		if path.Ext(rel) != ".html" {
			return nil
		}
		pg, err := parse(p)
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		pages[rel] = pg
		return nil
	})
	if err != nil {
		return nil, err
	}
	var probs []Problem
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		pg := pages[name]
		for _, l := range pg.links {
			if msg := resolve(name, l, base, filesSeen, pages); msg != "" {
				probs = append(probs, Problem{Page: name, Msg: msg})
			}
		}
	}
	return probs, nil
}

// resolve checks one link from page name; it returns "" when it is fine.
func resolve(name, link, base string, files map[string]bool, pages map[string]*page) string {
	u, err := url.Parse(link)
	if err != nil {
		return fmt.Sprintf("bad URL %q", link)
	}
	if u.Scheme != "" || u.Host != "" || strings.HasPrefix(link, "//") {
		return "" // external
	}
	target := name
	if strings.HasPrefix(u.Path, "/") {
		rest, ok := strings.CutPrefix(u.Path, base)
		if name != "404.html" || !ok {
			return fmt.Sprintf("root-absolute link %q breaks under another base URL", link)
		}
		// Resolve from the site root.
		u.Path, name, target = rest, "index.html", "index.html"
	}
	if u.Path != "" {
		target = path.Join(path.Dir(name), u.Path)
		if strings.HasSuffix(u.Path, "/") || u.Path == "." || u.Path == ".." {
			target = path.Join(target, "index.html")
		}
		if strings.HasPrefix(target, "../") || target == ".." {
			return fmt.Sprintf("link %q leaves the site", link)
		}
	}
	if !files[target] {
		return fmt.Sprintf("link %q: no file %s", link, target)
	}
	if u.Fragment == "" || strings.HasPrefix(u.Fragment, ":~:") {
		return ""
	}
	frag := u.Fragment
	if i := strings.Index(frag, ":~:"); i >= 0 {
		frag = frag[:i]
	}
	pg := pages[target]
	if pg == nil {
		return fmt.Sprintf("link %q: fragment on a non-HTML file", link)
	}
	if !pg.ids[frag] {
		return fmt.Sprintf("link %q: no id %q in %s", link, frag, target)
	}
	return ""
}

func parse(file string) (*page, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		return nil, err
	}
	pg := &page{ids: map[string]bool{}}
	var dups []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					if pg.ids[a.Val] {
						dups = append(dups, a.Val)
					}
					pg.ids[a.Val] = true
				case "href", "src":
					if n.Data == "link" && hasAttr(n, "rel", "canonical") || n.Data == "meta" {
						continue // absolute by design
					}
					pg.links = append(pg.links, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(dups) > 0 {
		return nil, fmt.Errorf("duplicate ids: %s", strings.Join(dups, ", "))
	}
	return pg, nil
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			for _, v := range strings.Fields(a.Val) {
				if v == val {
					return true
				}
			}
		}
	}
	return false
}
