package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"callsite/internal/site"
)

// Atom feeds (RFC 4287): the whole site, each company, each person.
// Times come from the calls (their date, else the end of their fiscal
// period), never from the clock, so a rebuild writes the same bytes.

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary,omitempty"`
}

// feedEntry is a call in a feed, with what to say about it.
type feedEntry struct {
	call    *site.Call
	title   string
	url     string
	summary string
}

func (r *Renderer) writeFeed(out Output, path, title, pageURL string, entries []feedEntry) error {
	f := atomFeed{
		Title:  title,
		ID:     r.tagID(path),
		Links:  []atomLink{{Href: r.abs(path), Rel: "self", Type: "application/atom+xml"}, {Href: r.abs(pageURL), Rel: "alternate", Type: "text/html"}},
		Author: atomPerson{Name: r.site.Config.Title},
	}
	f.Updated = "2000-01-01T00:00:00Z"
	for _, e := range entries {
		up := callTime(e.call)
		if up > f.Updated {
			f.Updated = up
		}
		f.Entries = append(f.Entries, atomEntry{Title: e.title, ID: r.tagID(e.url), Updated: up, Link: atomLink{Href: r.abs(e.url), Rel: "alternate", Type: "text/html"}, Summary: e.summary})
	}
	data, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return out.WriteFile(strings.TrimPrefix(path, "/"), append([]byte(xml.Header), append(data, '\n')...))
}

func (r *Renderer) abs(path string) string {
	return strings.TrimSuffix(r.site.Config.BaseURL, "/") + "/" + strings.TrimPrefix(path, "/")
}

// tagID is a stable, absolute id for a feed or entry (RFC 4151 tag URI),
// valid even when the base URL is only a path.
func (r *Renderer) tagID(path string) string {
	host := "callsite.invalid"
	prefix := ""
	if u, err := url.Parse(r.site.Config.BaseURL); err == nil {
		if u.Host != "" {
			host = u.Hostname()
		}
		prefix = strings.TrimSuffix(u.Path, "/")
	}
	return "tag:" + host + ",2000:" + prefix + path
}

// callTime is the call's date, else the last day of its fiscal period.
func callTime(c *site.Call) string {
	if c.Meta.Date != "" {
		return c.Meta.Date + "T00:00:00Z"
	}
	if c.Meta.Year > 0 {
		end := map[int]string{0: "12-31", 1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[c.Meta.Quarter]
		return fmt.Sprintf("%04d-%sT00:00:00Z", c.Meta.Year, end)
	}
	return "2000-01-01T00:00:00Z"
}

func callSummary(c *site.Call) string {
	if len(c.Summary) > 0 {
		var bs []string
		for _, b := range c.Summary {
			bs = append(bs, b.Text)
		}
		return c.Title() + ": " + strings.Join(bs, "; ") + "."
	}
	var parts []string
	for _, k := range c.Key {
		if k.Period == c.Meta.PeriodLabel() && len(parts) < 4 {
			parts = append(parts, metricName(k.Metric)+" "+k.Text)
		}
	}
	s := callDescription(c)
	if len(parts) > 0 {
		s += " " + strings.Join(parts, "; ") + "."
	}
	return s
}

// feedCalls is how many calls the site's feed holds.
const feedCalls = 50

// siteFeed writes the site's feed: the newest calls.
func (r *Renderer) siteFeed(out Output) error {
	s := r.site
	var entries []feedEntry
	for _, c := range s.Latest(feedCalls) {
		entries = append(entries, feedEntry{call: c, title: c.Title(), url: c.URL, summary: callSummary(c)})
	}
	return r.writeFeed(out, "/feed.xml", s.Config.Title, "/", entries)
}

// companyFeed writes a company's feed: its calls, newest first.
func (r *Renderer) companyFeed(out Output, co *site.Company) error {
	var es []feedEntry
	for i := len(co.Calls) - 1; i >= 0; i-- {
		c := co.Calls[i]
		es = append(es, feedEntry{call: c, title: c.Title(), url: c.URL, summary: callSummary(c)})
	}
	return r.writeFeed(out, co.URL+"feed.xml", co.Name+" earnings calls", co.URL, es)
}

// personFeedOf is the feed a person's page announces: their company's,
// which holds every call they spoke on, when they spoke at one company;
// none of their own otherwise (issue 16: a feed per person, of the calls
// of several companies, was a file for each such person that nobody was
// known to read; the site's feed and each company's remain).
func personFeedOf(p *site.Person) string {
	var co *site.Company
	for _, a := range p.Appearances {
		if co != nil && a.Call.Company != co {
			return ""
		}
		co = a.Call.Company
	}
	if co == nil {
		return ""
	}
	return co.URL + "feed.xml"
}

// sitemapLimits are the limits of one sitemap file: URLs, bytes, and
// room for one more URL.
type sitemapLimits struct{ urls, bytes, urlBytes int }

// sitemapProtocol is the sitemaps.org protocol's (a loc is at most 2,048
// characters).
func sitemapProtocol() sitemapLimits {
	return sitemapLimits{urls: 50000, bytes: 50 << 20, urlBytes: 4096}
}

// sitemapEntry is one URL of the sitemap, with its last change if known.
type sitemapEntry struct{ path, mod string }

// sitemap lists every page of the site (sitemaps.org protocol), sorted.
func (r *Renderer) sitemap(out Output) error {
	files := sitemapFiles(r.sitemapEntries(), r.sitemapLimits, r.abs)
	if err := writeSitemaps(out, files, r.abs); err != nil {
		return err
	}
	robots := "User-agent: *\nAllow: /\nSitemap: " + r.abs("/sitemap.xml") + "\n"
	return out.WriteFile("robots.txt", []byte(robots))
}

// sitemapParts gives add what the sitemap lists (sitemapEntries) in
// order, without making the paths: a PageCache keeps the sitemap while
// they are the same (PageSource.Parts).
func (r *Renderer) sitemapParts(add func(parts ...string)) {
	s := r.site
	for _, p := range s.Pages {
		add(p.URL)
	}
	for _, co := range s.Companies {
		add(co.URL)
	}
	for _, c := range s.Calls {
		add(c.URL, c.Meta.Date, strconv.Itoa(len(c.Exchanges)))
		for _, ex := range c.Exchanges {
			add(ex.ID)
		}
	}
	for _, p := range s.People {
		add(p.URL)
	}
	for _, f := range s.Firms {
		add(f.URL)
	}
	add(r.extraPages...)
}

// sitemapEntries lists every page of the site, sorted by path.
func (r *Renderer) sitemapEntries() []sitemapEntry {
	s := r.site
	var locs []sitemapEntry
	add := func(p, mod string) { locs = append(locs, sitemapEntry{p, mod}) }
	add("/", "")
	add("/people/", "")
	add("/firms/", "")
	for _, p := range s.Pages {
		add(p.URL, "")
	}
	for _, co := range s.Companies {
		add(co.URL, "")
	}
	for _, c := range s.Calls {
		mod := c.Meta.Date
		add(c.URL, mod)
		for _, ex := range c.Exchanges {
			add(c.ExchangeURL(ex.ID), mod)
		}
	}
	for _, p := range s.People {
		add(p.URL, "")
	}
	for _, f := range s.Firms {
		add(f.URL, "")
	}
	for _, extra := range r.extraPages {
		add(extra, "")
	}
	sort.Slice(locs, func(i, j int) bool { return locs[i].path < locs[j].path })
	return locs
}

// sitemapFiles writes the entries into as few <urlset> files as the
// limits allow: one up to the protocol's limits; past them, several (a
// site of tens of thousands of calls has hundreds of thousands of pages).
func sitemapFiles(locs []sitemapEntry, lim sitemapLimits, abs func(string) string) [][]byte {
	var files [][]byte
	var b bytes.Buffer
	n := 0
	for i, l := range locs {
		if n == 0 {
			// Room for the file's URLs at once (a loc, a lastmod and the
			// tags are about 150 bytes), not grown by copying again and
			// again: a site has tens of thousands of pages.
			b = bytes.Buffer{}
			b.Grow(min(lim.bytes, min(lim.urls, len(locs)-i)*160+256))
			b.WriteString(xml.Header)
			b.WriteString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
		}
		b.WriteString("  <url><loc>")
		xml.EscapeText(&b, []byte(abs(l.path)))
		b.WriteString("</loc>")
		if l.mod != "" {
			b.WriteString("<lastmod>" + l.mod + "</lastmod>")
		}
		b.WriteString("</url>\n")
		n++
		if i == len(locs)-1 || n == lim.urls || b.Len() > lim.bytes-lim.urlBytes {
			b.WriteString("</urlset>\n")
			files = append(files, b.Bytes()) // the next file gets a buffer of its own
			n = 0
		}
	}
	return files
}

// writeSitemaps writes one sitemap file as sitemap.xml, or several as
// sitemaps/N.xml with an index at sitemap.xml.
func writeSitemaps(out Output, files [][]byte, abs func(string) string) error {
	if len(files) == 1 {
		return out.WriteFile("sitemap.xml", files[0])
	}
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
	for i, data := range files {
		name := "sitemaps/" + strconv.Itoa(i+1) + ".xml"
		if err := out.WriteFile(name, data); err != nil {
			return err
		}
		b.WriteString("  <sitemap><loc>")
		xml.EscapeText(&b, []byte(abs("/"+name)))
		b.WriteString("</loc></sitemap>\n")
	}
	b.WriteString("</sitemapindex>\n")
	return out.WriteFile("sitemap.xml", []byte(b.String()))
}
