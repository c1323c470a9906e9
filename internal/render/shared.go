package render

import (
	"html/template"
	"strings"
	"sync"

	"callsite/internal/site"
)

// sharedParts draws the partials that every page repeats and that show
// only the site and links from the page (the icons, stylesheets, scripts
// and site navigation of layout.html) once, and gives the drawn HTML to
// every page whose links to the same targets come out the same: the
// exchange pages of a site, say, all link to /static/style.css as
// "../../../../static/style.css". Drawing them through html/template for
// each of tens of thousands of pages was a large share of a build's
// template time. The partial stays the source of what is drawn; this only
// remembers its output, and a page reuses it only after checking each
// link the partial asked for.
type sharedParts struct {
	tpl   *template.Template
	mu    sync.Mutex
	drawn map[partKey][]sharedPart // by partial and where the page is (sharedKey)
}

// sharedPart is one drawing of a partial and the links it asked for.
type sharedPart struct {
	links []linkUse
	html  template.HTML
}

// linkUse is a target a partial linked to and the link it got; sameForKey
// when every page of the drawing's key gets that link (partKey.sameForKey).
type linkUse struct {
	target, link string
	sameForKey   bool
}

// maxSharedDrawings bounds the drawings kept for one key; a page that
// fits none of them draws the partial for itself.
const maxSharedDrawings = 8

func newSharedParts(tpl *template.Template) *sharedParts {
	return &sharedParts{tpl: tpl, drawn: map[partKey][]sharedPart{}}
}

// SharedScope is what a shared partial is drawn with: the site, and
// links from the page. It has nothing else of the page, so a partial that
// asks for more (a title) fails to draw rather than showing one page's
// title on another.
type SharedScope struct {
	Site *site.Site
	page Common
	used *[]linkUse
}

// Link is Common.Link, noting the target.
func (s SharedScope) Link(target string) string {
	l := s.page.Link(target)
	*s.used = append(*s.used, linkUse{target: target, link: l})
	return l
}

// Shared draws the partial name (a template of the theme that uses only
// .Site and .Link) for this page.
func (c Common) Shared(name string) (template.HTML, error) {
	return c.shared.get(name, c)
}

// sharedKey groups pages likely to draw a partial alike: same partial,
// kind of link, and the folder's number of names and first name. It only
// narrows the search: a drawing is reused only when its links fit
// (sharedPart.fits).
func sharedKey(name string, page Common) partKey {
	dir := page.Path[:strings.LastIndexByte(page.Path, '/')+1]
	first, next := nextSegment(dir, 0)
	depth := 0
	for s := first; s != ""; s, next = nextSegment(dir, next) {
		depth++
	}
	return partKey{name, page.AbsLinks, depth, first}
}

// partKey is what sharedKey groups pages by.
type partKey struct {
	partial  string
	absLinks bool
	depth    int    // names in the page's folder
	first    string // its first name
}

// sameForKey reports whether every page of key gets the same relative
// link to target: appendRelPath climbs a "../" for each name of the
// page's folder when the target's folder does not start with the same
// name, so the link is a function of the depth alone. Such links need no
// check when a drawing is reused: they were most of a page's checks.
func (k partKey) sameForKey(target string) bool {
	if k.absLinks {
		return false // checked as before: rare pages
	}
	to, _, _ := strings.Cut(target, "#")
	toFirst, _ := nextSegment(to[:strings.LastIndexByte(to, '/')+1], 0)
	return to == "" || k.first == "" || toFirst != k.first
}

// fits reports whether the page links to every target of the drawing
// as the drawing does; the links the same across the key are not asked.
func (p *sharedPart) fits(page Common) bool {
	var buf [128]byte
	for _, u := range p.links {
		if u.sameForKey {
			continue
		}
		if string(page.appendLink(buf[:0], u.target)) != u.link {
			return false
		}
	}
	return true
}

func (s *sharedParts) get(name string, page Common) (template.HTML, error) {
	if s == nil {
		return "", errNoShared
	}
	key := sharedKey(name, page)
	s.mu.Lock()
	drawn := s.drawn[key]
	s.mu.Unlock()
	for i := range drawn {
		if drawn[i].fits(page) {
			return drawn[i].html, nil
		}
	}
	var used []linkUse
	var b strings.Builder
	if err := s.tpl.ExecuteTemplate(&b, name, SharedScope{Site: page.Site, page: page, used: &used}); err != nil {
		return "", err
	}
	for i := range used {
		used[i].sameForKey = key.sameForKey(used[i].target)
	}
	p := sharedPart{links: used, html: template.HTML(b.String())}
	s.mu.Lock()
	if len(s.drawn[key]) < maxSharedDrawings {
		s.drawn[key] = append(s.drawn[key], p)
	}
	s.mu.Unlock()
	return p.html, nil
}

type sharedError string

func (e sharedError) Error() string { return string(e) }

const errNoShared = sharedError("a shared partial is drawn only on pages of a Renderer")
