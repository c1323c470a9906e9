// Package render draws a site model as files: HTML pages through
// html/template, call.json and figures.csv twins, share images, feeds,
// the sitemap and the search index, Markdown pages through goldmark (code
// highlighted by chroma), and the theme's static files. Publish writes a
// new site beside the output folder and swaps it in when all succeeded;
// Update brings an existing one up to date in place, also only then.
//
// Templates (theme file names): index.html, company.html, call.html,
// exchange.html, person.html, people.html, firm.html, firms.html,
// search.html, page.html, 404.html, and layout.html, the partials they
// share. Static files are copied under /static/; chroma's stylesheet is
// generated as /static/chroma.css.
package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"text/template/parse"
	"time"

	"callsite/internal/cards"
	"callsite/internal/figures"
	"callsite/internal/glossary"
	"callsite/internal/parallel"
	"callsite/internal/render/export"
	"callsite/internal/search"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// Renderer draws the pages of one site. It is safe for concurrent use:
// calls may be rendered in parallel.
type Renderer struct {
	site   *site.Site
	tpl    *template.Template
	md     *markdown
	shared *sharedParts
	terms  *glossary.Matcher
	cards  *cards.Cache // nil: no share images

	compactJSON bool
	workers     int
	// extraPages are site pages beyond the model's (a search page), for
	// the sitemap.
	extraPages []string
	// sitemapLimits split the sitemap (the protocol's; tests lower them).
	sitemapLimits sitemapLimits
	// static is the theme's static folder, copied by Site.
	static fs.FS
	pages  PageCache // nil: every page is drawn
	// headInGo says the head partial is DrawnHead, and bodyInGo which
	// page templates are the head, a Body drawn in Go and the foot, each
	// with the text after its foot (pagesInGo).
	headInGo bool
	// footIsText: the foot template prints text alone (showsNoBodies).
	footIsText bool
	bodyInGo   map[string]string
	segments   search.SegmentStore // nil: the search index is collected whole
	// searchCalls gives what the search index needs of a call's
	// transcript; nil: the index holds what the records hold.
	searchCalls func(*site.Call) *search.CallPart
}

// Options tune a Renderer. The zero value draws no share images.
type Options struct {
	// Cards draws the share images of calls and exchanges (og:image);
	// nil leaves them out.
	Cards *cards.Cache
	// CompactJSON writes call.json without indentation.
	CompactJSON bool
	// Workers draws the pages across calls in parallel; 0 means one per
	// CPU.
	Workers int
	// Pages, if set, may keep pages across calls from an earlier build.
	Pages PageCache
	// Segments, if set, keeps the search index's companies between
	// builds.
	Segments search.SegmentStore
	// SearchCalls, if set, gives what the search index needs of a
	// call's transcript (search.Words.Collect, collected when the call was
	// rendered), so that every word said on it can be found
	// (search.Options.Calls).
	SearchCalls func(*site.Call) *search.CallPart
}

// New parses the theme's templates for drawing s.
func New(s *site.Site, theme Theme, opt Options) (*Renderer, error) {
	r := &Renderer{site: s, md: newMarkdown(), static: theme.Static, cards: opt.Cards, compactJSON: opt.CompactJSON, workers: opt.Workers, pages: opt.Pages, segments: opt.Segments, searchCalls: opt.SearchCalls, sitemapLimits: sitemapProtocol()}
	if r.workers <= 0 {
		r.workers = runtime.GOMAXPROCS(0)
	}
	if s.Glossary != nil {
		r.terms = s.Glossary.NewMatcher()
	}
	tpl, err := parseTemplates(theme.Templates, r.funcs())
	if err != nil {
		return nil, err
	}
	if err := drawHeadInGo(tpl); err != nil {
		return nil, err
	}
	if err := drawExchangeInGo(tpl); err != nil {
		return nil, err
	}
	if err := drawCallInGo(tpl); err != nil {
		return nil, err
	}
	if err := drawPersonInGo(tpl); err != nil {
		return nil, err
	}
	if err := drawCompanyInGo(tpl); err != nil {
		return nil, err
	}
	if err := drawListsInGo(tpl); err != nil {
		return nil, err
	}
	r.tpl = tpl
	r.headInGo, r.bodyInGo = pagesInGo(tpl)
	r.footIsText = textOnly(tpl.Lookup("foot"))
	r.shared = newSharedParts(tpl)
	return r, nil
}

// Site writes the pages that are not one call's: index, companies,
// Markdown pages, 404 and the static files.
func (r *Renderer) Site(out Output) error {
	s := r.site
	// Every page is a job; they run in parallel and their errors are
	// reported in this order, whatever order they finish in.
	var jobs []siteJob
	always := func(run func(Output) error) { jobs = append(jobs, siteJob{run: run}) }
	page := func(tpl, path string, data any) {
		always(func(out Output) error { return r.page(out, tpl, path, data) })
	}
	// from is a page drawn only from calls (and the site's directory of
	// names and links): a PageCache may keep it when they did not change.
	// The pages of a company, person or firm show what they are drawn
	// from.
	from := func(id string, calls []*site.Call, run func(Output) error) {
		jobs = append(jobs, siteJob{id: id, src: PageSource{Calls: calls, Shows: calls}, run: run})
	}
	// Pages drawn from every call: kept only when no call changed. The
	// search index first: it is the longest job.
	if !slices.Contains(r.extraPages, "/search/") {
		r.extraPages = append(r.extraPages, "/search/") // for the sitemap, drawn or kept
	}
	jobs = append(jobs, siteJob{id: "/search/", src: PageSource{Calls: s.Calls}, run: r.search})
	// The sitemap lists the pages' addresses and the calls' dates, which
	// an edit of a call's words leaves as they were.
	jobs = append(jobs, siteJob{id: "/sitemap.xml", src: PageSource{Parts: r.sitemapParts}, run: r.sitemap})
	// A list (of calls, companies, people, firms, or a firm's questions)
	// shows no call's key figures, key points or quotes in the default
	// theme; a template of the site's own may show any.
	list := func(id, tpl string, calls []*site.Call, data any) {
		src := PageSource{Calls: calls}
		if !r.showsNoBodies(tpl) {
			src.Shows = calls
		}
		jobs = append(jobs, siteJob{id: id, src: src, run: func(out Output) error { return r.page(out, tpl, id, data) }})
	}
	all := func(id, tpl string, data any) { list(id, tpl, s.Calls, data) }
	all("/", "index.html", IndexPage{Common: r.common("/", s.Config.Title, "Earnings call transcripts with figures, speakers and Q&A.")})
	for _, co := range s.Companies {
		cp := CompanyPage{Common: r.common(co.URL, co.Name+" earnings calls", fmt.Sprintf("All %d earnings calls of %s, with results across quarters and a guidance tracker.", len(co.Calls), co.Name)), Company: co}
		cp.Feed = co.URL + "feed.xml"
		from(co.URL, co.Calls, func(out Output) error {
			if err := r.page(out, "company.html", co.URL, cp); err != nil {
				return err
			}
			return r.companyFeed(out, co)
		})
	}
	all("/people/", "people.html", PeoplePage{Common: r.common("/people/", "People", "Executives and analysts who spoke on the calls.")})
	for _, p := range s.People {
		pp := PersonPage{Common: r.common(p.URL, p.Name, personDescription(p)), Person: p}
		pp.Feed = personFeedOf(p)
		from(p.URL, p.Calls(), func(out Output) error { return r.page(out, "person.html", p.URL, pp) })
	}
	all("/firms/", "firms.html", FirmsPage{Common: r.common("/firms/", "Firms", "The analysts' firms and the questions they asked.")})
	for _, f := range s.Firms {
		fp := FirmPage{Common: r.common(f.URL, f.Name, fmt.Sprintf("Questions asked by analysts of %s on earnings calls.", f.Name)), Firm: f}
		list(f.URL, "firm.html", f.Calls(), fp) // its questions are in the records
	}
	always(func(out Output) error {
		var errs []error
		for _, p := range s.Pages {
			errs = append(errs, r.markdownPage(out, p))
		}
		return errors.Join(errs...)
	})
	notFound := r.common("/404.html", "Page not found", "")
	notFound.AbsLinks = true
	page("404.html", "/404.html", IndexPage{Common: notFound})
	always(r.copyStatic)
	jobs = append(jobs, siteJob{id: "/feed.xml", src: PageSource{Calls: s.Calls, Shows: s.Latest(feedCalls)}, run: r.siteFeed})
	errs := make([]error, len(jobs))
	parallel.Each(len(jobs), r.workers, func(i int) {
		j := jobs[i]
		to := out
		if j.id != "" && r.pages != nil {
			var reused bool
			if to, reused = r.pages.Page(j.id, j.src, out); reused {
				return
			}
		}
		errs[i] = j.run(to)
	})
	return errors.Join(errs...)
}

// siteJob is one page across calls (with its feed), or a group of other
// files.
type siteJob struct {
	id  string     // for a PageCache; "" for files always written
	src PageSource // what the page is drawn from
	run func(Output) error
}

// A PageCache lets Site keep pages across calls from an earlier build.
// Such a page (a company, person or firm page, with its feed) shows its
// calls and the names and links of the site's companies, people and
// firms, and nothing else; the cache decides from those whether the
// earlier files still hold. It must be safe for concurrent use.
type PageCache interface {
	// Page is asked before the page id is drawn from src. It returns
	// reused true when the page's earlier files stay; else the Output to
	// draw the page through (out, or one wrapping it).
	Page(id string, src PageSource, out Output) (to Output, reused bool)
}

// PageSource is what a page across calls is drawn from, besides the
// site's settings and its directory of names and links.
type PageSource struct {
	// Calls are the calls whose records the page is drawn from.
	Calls []*site.Call
	// Shows are those of Calls whose records' bodies (key figures, key
	// points, quotes) the page shows; a record read from a build cache
	// may hold its body back until a page shows it.
	Shows []*site.Call
	// Parts, when set, stands for all the page is drawn from instead of
	// Calls: it gives add, in order, the strings the page shows.
	Parts func(add func(parts ...string))
}

// Common is what every page template gets.
type Common struct {
	Site        *site.Site
	Path        string // this page's path from the site root, e.g. "/c/kaleyra/2020-q2/"
	Title       string
	Description string
	// AbsLinks makes Link return links from the root of the host (the
	// base URL's path, then the target: /calls/static/style.css): the 404
	// page is served at whatever path was asked for, so relative links
	// would break there, and links with the base URL's host would break
	// wherever the site is previewed (gen serve, a staging host).
	AbsLinks bool
	OGType   string // Open Graph type: "website" unless set
	OGImage  string // path of the page's share image, "" for none
	ImageAlt string // what the share image shows, for og:image:alt
	// Published is the date the page's call was held (YYYY-MM-DD), "" when
	// unknown: article:published_time, and JSON-LD's datePublished.
	Published string
	// LD is the page's JSON-LD (schema.org), nil for none.
	LD   any
	Feed string // path of the page's own Atom feed, "" for none

	shared *sharedParts // the renderer's, for Shared
}

// JSONLD is the page's LD as a script body: JSON with <, > and & escaped,
// so it cannot end its script element.
func (c Common) JSONLD() template.JS {
	if c.LD == nil {
		return ""
	}
	ld := GetBuffer()
	defer PutBuffer(ld)
	ld.Grow(1024)
	if writeLD(ld, c.LD) {
		return template.JS(ld.String())
	}
	b, err := json.Marshal(c.LD)
	if err != nil {
		return ""
	}
	return template.JS(b)
}

// article is the JSON-LD of a call or exchange page: schema.org's Article
// about the company, which search engines read for their results.
func (c Common) article(call *site.Call, headline string) *articleLD {
	ld := &articleLD{headline: site.CutWords(headline, 110), description: c.Description, url: c.Abs(c.Path),
		siteName: c.Site.Config.Title, siteURL: c.Abs("/"), company: call.Company.Name, ticker: call.Meta.Ticker,
		published: c.Published}
	if c.OGImage != "" {
		ld.image = c.Abs(c.OGImage)
	}
	return ld
}

// Link returns a link from this page to target (a path from the site
// root, maybe with a #fragment): the shortest relative one, so the site
// works under any base URL and from disk.
func (c Common) Link(target string) string {
	var buf [128]byte
	return string(c.appendLink(buf[:0], target))
}

// appendLink appends Link(target) to dst: a page's shared partials are
// checked against their links (sharedPart.fits) without a string each.
func (c Common) appendLink(dst []byte, target string) []byte {
	if c.AbsLinks {
		return append(append(dst, basePath(c.Site.Config.BaseURL)...), strings.TrimPrefix(target, "/")...)
	}
	return appendRelPath(dst, c.Path, target)
}

func relPath(from, to string) string {
	var buf [128]byte
	return string(appendRelPath(buf[:0], from, to))
}

// appendRelPath appends the shortest relative link from the page at
// path from to the path to (maybe with a #fragment).
func appendRelPath(dst []byte, from, to string) []byte {
	frag := ""
	if i := strings.IndexByte(to, '#'); i >= 0 {
		to, frag = to[:i], to[i:]
	}
	if to == "" {
		return append(dst, frag...)
	}
	fromDir := from[:strings.LastIndexByte(from, '/')+1]
	toDir := to[:strings.LastIndexByte(to, '/')+1]
	file := to[len(toDir):]
	// Walk the two folders' names while they agree, without splitting
	// them: every page asks for dozens of links.
	fi, ti := 0, 0
	for {
		fs, fnext := nextSegment(fromDir, fi)
		ts, tnext := nextSegment(toDir, ti)
		if fs == "" || fs != ts {
			break
		}
		fi, ti = fnext, tnext
	}
	start := len(dst)
	for s, next := nextSegment(fromDir, fi); s != ""; s, next = nextSegment(fromDir, next) {
		dst = append(dst, "../"...)
	}
	for s, next := nextSegment(toDir, ti); s != ""; s, next = nextSegment(toDir, next) {
		dst = append(append(dst, s...), '/')
	}
	dst = append(dst, file...)
	if len(dst) == start {
		dst = append(dst, "./"...)
	}
	return append(dst, frag...)
}

func nextSegment(dir string, i int) (string, int) {
	for i < len(dir) && dir[i] == '/' {
		i++
	}
	j := i
	for j < len(dir) && dir[j] != '/' {
		j++
	}
	return dir[i:j], j
}

// basePath is the path of a base URL, with a slash at both ends: "/" for
// "https://example.org" or "/", "/calls/" for "https://example.org/calls".
func basePath(baseURL string) string {
	p := baseURL
	if i := strings.Index(p, "://"); i >= 0 {
		p = p[i+3:]
		if j := strings.IndexByte(p, '/'); j >= 0 {
			p = p[j:]
		} else {
			p = "/"
		}
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	if p = strings.Trim(p, "/"); p == "" {
		return "/"
	}
	return "/" + p + "/"
}

// Abs returns target as an absolute URL under the site's base URL.
func (c Common) Abs(target string) string {
	return strings.TrimSuffix(c.Site.Config.BaseURL, "/") + "/" + strings.TrimPrefix(target, "/")
}

// IndexPage is the home page (and the 404 page).
type IndexPage struct {
	Common
}

// CompanyPage lists one company's calls.
type CompanyPage struct {
	Common
	Company *site.Company
}

// CallPage is one call.
type CallPage struct {
	Common
	Call     *site.Call
	T        *transcript.Transcript // the full transcript
	Editors  template.HTML          // the sidecar's Markdown, rendered
	Figures  []site.CallFigure
	Guidance []site.CallFigure
	Terms    []*glossary.Term // glossary terms explained on this page

	paras markedParas // marked-up paragraphs by id (markup.paras)
	marks *callMarks
}

// PersonPage is one person across calls.
type PersonPage struct {
	Common
	Person *site.Person
}

// FirmPage is one analysts' firm.
type FirmPage struct {
	Common
	Firm *site.Firm
}

// PersonOf returns the person page of a speaker of this call, or nil.
func (p CallPage) PersonOf(speakerID string) *site.Person {
	return p.Site.PersonOf(p.Call, speakerID)
}

// FirmOf returns the firm page of an analyst of this call, or nil.
func (p CallPage) FirmOf(speakerID string) *site.Firm {
	return p.Site.FirmOf(p.Call, speakerID)
}

func personDescription(p *site.Person) string {
	d := p.Name
	if t := p.LatestTitle(); t != "" {
		d += ", " + t
	}
	if p.Firm != nil {
		d += ", " + p.Firm.Name
	}
	return fmt.Sprintf("%s: %d earnings call(s), with every question and answer.", d, len(p.Appearances))
}

// MarkdownPage is a page from content/pages.
type MarkdownPage struct {
	Common
	Page *site.Page
	Body template.HTML
}

func (r *Renderer) common(path, title, desc string) Common {
	return Common{Site: r.site, Path: path, Title: title, Description: desc, shared: r.shared}
}

// page executes one template and writes it as path/index.html (or the
// path itself when it names a file).
func (r *Renderer) page(out Output, tpl, path string, data any) error {
	buf := GetBuffer()
	defer PutBuffer(buf)
	if err := r.execute(buf, tpl, data); err != nil {
		return fmt.Errorf("rendering %s: %w", path, err)
	}
	return out.WriteFile(fileFor(path), buf.Bytes())
}

// drawnInGo is a page whose body Go draws (CallPage, ExchangePage,
// PersonPage).
type drawnInGo interface {
	common() Common
	writeBody(b *bytes.Buffer) error
}

func (c Common) common() Common { return c }

// execute draws a page by its template tpl. A page whose template is
// the head, its Body and the foot (bodyInGo) is put together here
// instead, its head and body drawn straight into buf: the template would
// print the head and the body, a whole page's text, through fmt, and
// each would be drawn into memory of its own first.
func (r *Renderer) execute(buf *bytes.Buffer, tpl string, data any) error {
	tail, inGo := r.bodyInGo[tpl]
	page, ok := data.(drawnInGo)
	if !inGo || !ok {
		return r.tpl.ExecuteTemplate(buf, tpl, data)
	}
	if r.headInGo {
		if err := page.common().writeHead(buf); err != nil {
			return err
		}
	} else if err := r.tpl.ExecuteTemplate(buf, "head", page.common()); err != nil {
		return err
	}
	if err := page.writeBody(buf); err != nil {
		return err
	}
	if err := r.tpl.ExecuteTemplate(buf, "foot", data); err != nil {
		return err
	}
	buf.WriteString(tail)
	return nil
}

// showsNoBodies tells whether the page of template tpl, a list (of
// calls, companies, people, firms, or a firm's questions), shows nothing
// of the calls' records' bodies: when Go draws its head and body and its
// foot is plain text, as in the default theme. A template of the site's
// own may show anything.
func (r *Renderer) showsNoBodies(tpl string) bool {
	_, body := r.bodyInGo[tpl]
	return r.headInGo && body && r.footIsText
}

// textOnly tells whether t prints its text alone, with no action.
func textOnly(t *template.Template) bool {
	if t == nil || t.Tree == nil || t.Tree.Root == nil {
		return false
	}
	for _, n := range t.Tree.Root.Nodes {
		if n.Type() != parse.NodeText {
			return false
		}
	}
	return true
}

// pagesInGo tells which templates drawHeadInGo, drawExchangeInGo,
// drawCallInGo, drawPersonInGo, drawCompanyInGo and drawListsInGo replaced: the head partial, and the pages that are
// "{{template "head" .Common}}{{.Body}}{{template "foot" .}}" and a tail
// of text.
func pagesInGo(tpl *template.Template) (head bool, bodies map[string]string) {
	const wrapper = `{{template "head" .Common}}{{.Body}}{{template "foot" .}}`
	if t := tpl.Lookup("head"); t != nil && t.Tree != nil {
		head = t.Tree.Root.String() == "{{.DrawnHead}}"
	}
	bodies = map[string]string{}
	for _, name := range []string{"call.html", "exchange.html", "person.html", "company.html", "index.html", "people.html", "firms.html", "firm.html"} {
		if t := tpl.Lookup(name); t != nil && t.Tree != nil {
			if tail, ok := strings.CutPrefix(t.Tree.Root.String(), wrapper); ok && strings.Trim(tail, "\n") == "" {
				bodies[name] = tail
			}
		}
	}
	return head, bodies
}

func fileFor(path string) string {
	p := strings.TrimPrefix(path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return p
}

// Call writes one call's files: its page, call.json and figures.csv.
// figs are the call's figures (site.CallFigures).
func (r *Renderer) Call(c *site.Call, t *transcript.Transcript, figs []site.CallFigure, out Output) error {
	marks := newCallMarks(t, figs)
	defer marks.release()
	mu := markUp(t.Sections, marks, r.terms, "")
	data := CallPage{Common: r.common(c.URL, c.Title(), callDescription(c)), Call: c, T: t,
		Figures: figs, Guidance: site.Guidance(figs),
		Terms: mu.terms, paras: mu.paras, marks: marks}
	data.OGType, data.Published = "article", c.Meta.Date
	if r.cards != nil {
		data.OGImage = c.URL + "card.png"
		name := strings.TrimPrefix(c.URL, "/") + "card.png"
		card := r.callCard(c)
		data.ImageAlt = cardAlt(card)
		png, err := r.cards.GetAs(card, name)
		if err != nil {
			return fmt.Errorf("%s: share card: %w", c.Source, err)
		}
		if err := out.WriteFile(name, png); err != nil {
			return err
		}
	}
	if t.Editors != "" {
		html, err := r.md.render([]byte(t.Editors))
		if err != nil {
			return fmt.Errorf("%s: editorial notes: %w", c.Source, err)
		}
		data.Editors = template.HTML(html)
	}
	data.LD = data.article(c, c.Title())
	if err := r.page(out, "call.html", c.URL, data); err != nil {
		return err
	}
	js := GetBuffer()
	defer PutBuffer(js)
	if err := export.WriteCall(js, c, t, figs, r.compactJSON); err != nil {
		return err
	}
	dir := strings.TrimPrefix(c.URL, "/")
	if err := out.WriteFile(dir+"call.json", js.Bytes()); err != nil {
		return err
	}
	js.Reset() // call.json is written: its buffer takes figures.csv
	export.WriteFiguresCSV(js, figs)
	if err := out.WriteFile(dir+"figures.csv", js.Bytes()); err != nil {
		return err
	}
	return r.exchanges(c, t, marks, out)
}

func callDescription(c *site.Call) string {
	if len(c.Summary) > 0 {
		var bs []string
		for _, b := range c.Summary {
			bs = append(bs, b.Text)
		}
		return site.CutWords(strings.Join(bs, "; ")+".", 300)
	}
	var names []string
	for _, sp := range c.SpeakersByRole(transcript.RoleManagement) {
		names = append(names, sp.Name)
	}
	d := fmt.Sprintf("Transcript of the %s", c.Title())
	if len(names) > 0 {
		d += " with " + strings.Join(names, ", ")
	}
	switch n := len(c.Exchanges); n {
	case 0:
	case 1:
		d += "; 1 analyst question"
	default:
		d += fmt.Sprintf("; %d analyst questions", n)
	}
	return d + "."
}

func (r *Renderer) markdownPage(out Output, p *site.Page) error {
	html, err := r.md.render(p.Markdown)
	if err != nil {
		return fmt.Errorf("%s: %w", p.Source, err)
	}
	return r.page(out, "page.html", p.URL, MarkdownPage{Common: r.common(p.URL, p.Title, ""), Page: p, Body: template.HTML(html)})
}

// copyStatic copies the theme's static files and writes chroma's
// stylesheet.
func (r *Renderer) copyStatic(out Output) error {
	fsys := r.static
	names, err := files(fsys)
	if err != nil {
		return err
	}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		if err := out.WriteFile("static/"+n, data); err != nil {
			return err
		}
	}
	css, err := chromaCSS()
	if err != nil {
		return err
	}
	return out.WriteFile("static/chroma.css", css)
}

// roleAndTitle is a person's roles and latest title, "Management · Chief
// Financial Officer", without a title that only repeats a role ("Analyst ·
// Analyst").
func roleAndTitle(p *site.Person) string {
	roles := roleLabels(p.Roles)
	t := p.LatestTitle()
	if t == "" {
		return roles
	}
	for _, r := range p.Roles {
		if strings.EqualFold(strings.TrimSpace(t), roleLabel(r)) {
			return roles
		}
	}
	if roles == "" {
		return t
	}
	return roles + " · " + t
}

func (r *Renderer) funcs() template.FuncMap {
	return template.FuncMap{
		"roleLabel":    roleLabel,
		"sectionTitle": sectionTitle,
		"join":         strings.Join,
		"speakerNames": speakerNames,
		"blocks":       blocks,
		"roleLabels":   roleLabels,
		"longDate":     longDate,
		"quoteLink":    quoteLink,
		"safeURL":      safeURL,
		"fmtValue":     site.FormatValue,
		"metricName":   metricName,
		"roleAndTitle": roleAndTitle,
		"periodOf":     periodOf,
	}
}

func roleLabel(r transcript.Role) string {
	switch r {
	case transcript.RoleOperator:
		return "Operator"
	case transcript.RoleHost:
		return "Host"
	case transcript.RoleManagement:
		return "Management"
	case transcript.RoleAnalyst:
		return "Analyst"
	}
	return "Speaker"
}

// quoteLink is a link to a sentence of a paragraph: the paragraph's
// anchor with a text fragment (#pr3p1:~:text=Net%20loss,per%20share.)
// that browsers which know text fragments scroll to and highlight; the
// others land on the paragraph.
//
// It is a template.URL because html/template would take the colon of the
// fragment directive for a scheme; the id is an anchor of ours and the
// text is percent-encoded.
func quoteLink(paragraphID, sentence string) template.URL {
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return template.URL("#" + url.PathEscape(paragraphID))
	}
	enc := func(ws []string) string {
		return fragmentEscaper.Replace(url.PathEscape(strings.Join(ws, " ")))
	}
	// A long sentence by its first and last four words (a text
	// fragment's start and end): the whole is not encoded.
	var frag string
	if len(words) > 8 {
		frag = enc(words[:4]) + "," + enc(words[len(words)-4:])
	} else {
		frag = enc(words)
	}
	return template.URL("#" + url.PathEscape(paragraphID) + ":~:text=" + frag)
}

// fragmentEscaper escapes what url.PathEscape leaves and a text fragment
// directive reads as syntax. One for all links: a Replacer builds its
// tables at first use, which cost more than the replacing.
var fragmentEscaper = strings.NewReplacer("-", "%2D", ",", "%2C", "&", "%26")

// longDate writes 2024-10-29 as "October 29, 2024"; other text stays.
func longDate(s string) string {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return d.Format("January 2, 2006")
}

// safeURL returns a source URL only when it is http(s): anything else
// (javascript:, data:) is not linked.
func safeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func roleLabels(rs []transcript.Role) string {
	var out []string
	for _, r := range rs {
		out = append(out, roleLabel(r))
	}
	return strings.Join(out, ", ")
}

// metricName capitalises a metric for a heading; "" is "Other figures".
func metricName(m string) string {
	if m == "" {
		return "Other figures"
	}
	return figures.Label(m) // the vocabulary's name, as key points and search say it
}

func sectionTitle(k transcript.SectionKind) string {
	switch k {
	case transcript.SectionPrepared:
		return "Prepared remarks"
	case transcript.SectionQA:
		return "Questions and answers"
	case transcript.SectionClosing:
		return "Closing"
	}
	return string(k)
}

func speakerNames(sps []*transcript.Speaker) string {
	var names []string
	for _, sp := range sps {
		names = append(names, sp.Name)
	}
	return strings.Join(names, ", ")
}

// sectionView is a section of a call page: turns outside exchanges and
// exchanges with their turns, in order.
type sectionView struct {
	Kind   transcript.SectionKind
	Blocks []blockView
}

type blockView struct {
	Exchange *transcript.Exchange // nil for loose turns
	Turns    []*transcript.Turn
}

// blocks groups each section's turns for the call template.
func blocks(t *transcript.Transcript) []sectionView {
	out := make([]sectionView, 0, len(t.Sections))
	for _, s := range t.Sections {
		sv := sectionView{Kind: s.Kind}
		// A block's turns are a run of the section's, sliced from it
		// (capped, so that nothing appended to one reaches the next).
		for start := 0; start < len(s.Turns); {
			ex := s.Turns[start].Exchange
			end := start + 1
			for end < len(s.Turns) && s.Turns[end].Exchange == ex {
				end++
			}
			sv.Blocks = append(sv.Blocks, blockView{Exchange: ex, Turns: s.Turns[start:end:end]})
			start = end
		}
		out = append(out, sv)
	}
	return out
}
