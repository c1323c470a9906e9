// Package site turns parsed calls into the model of a whole site: calls
// with their URLs, companies, and the cross-call views. It does no I/O.
//
// URL scheme (paths from the site root, always ending in "/"):
//
//	/                               index: latest calls, companies
//	/c/{company}/                   company page
//	/c/{company}/{year}-q{n}/       call page; call.json beside it
//	/c/{company}/{file-stem}/       call page when the period is unknown
//	/{page}/                        Markdown page from content/pages/{page}.md
package site

import (
	"fmt"
	"sort"
	"strings"

	"callsite/internal/glossary"
	"callsite/internal/transcript"
)

// Config is what a build is asked for. The zero value works.
type Config struct {
	BaseURL string // absolute or root-relative URL the site is served under; "" means "/"
	Title   string // site title; "" means "Earnings calls"
}

// Site is everything the renderer needs.
type Site struct {
	Config    Config
	Calls     []*Call    // newest first
	Companies []*Company // A-Z
	People    []*Person  // by last name
	Firms     []*Firm    // A-Z
	Pages     []*Page
	Glossary  *glossary.Glossary // terms explained on call pages; nil for none

	firmByKey map[string]*Firm
	firmKeys  firmKeys // the firmKey of names seen while linking
}

// Call is one call and where it lives.
type Call struct {
	*Record
	Company *Company
	Slug    string // "2020-q2" or the file stem
	URL     string // "/c/kaleyra/2020-q2/"
	// people is the person each speaker is, by the speaker's place in
	// Speakers (nil: the operator, unnamed speakers). A slice per call,
	// not a map of every speaker of the site: filling that map was a
	// third of restoring the people of 5,000 calls.
	people []*Person
}

// Company groups the calls of one company.
type Company struct {
	Name   string
	Slug   string
	Ticker string
	URL    string
	Calls  []*Call // oldest period first
}

// Page is a Markdown page of the site (about, methodology).
type Page struct {
	Slug     string
	Title    string
	Markdown []byte
	Source   string
	URL      string
}

// Build makes the site model from the records of the calls and the pages.
func Build(cfg Config, calls []*Record, pages []*Page) *Site {
	return build(cfg, calls, pages, (*Site).linkPeople)
}

// build is Build with the people and firms found by link (linked.go).
func build(cfg Config, calls []*Record, pages []*Page, link func(*Site)) *Site {
	if cfg.Title == "" {
		cfg.Title = "Earnings calls"
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = "/"
	}
	if !strings.HasSuffix(cfg.BaseURL, "/") {
		cfg.BaseURL += "/"
	}
	s := &Site{Config: cfg}
	byCompany := map[string]*Company{}
	usedURL := map[string]bool{}
	for _, t := range calls {
		name := companyName(t)
		slug := transcript.Slug(name)
		if slug == "" {
			slug = "unknown-company"
		}
		co := byCompany[slug]
		if co == nil {
			co = &Company{Name: name, Slug: slug, URL: "/c/" + slug + "/"}
			byCompany[slug] = co
			s.Companies = append(s.Companies, co)
		}
		if co.Ticker == "" {
			co.Ticker = t.Meta.Ticker
		}
		c := &Call{Record: t, Company: co, Slug: callSlug(t)}
		c.URL = co.URL + c.Slug + "/"
		for n := 2; usedURL[c.URL]; n++ {
			c.URL = fmt.Sprintf("%s%s-%d/", co.URL, c.Slug, n)
		}
		usedURL[c.URL] = true
		co.Calls = append(co.Calls, c)
		s.Calls = append(s.Calls, c)
	}
	sort.SliceStable(s.Calls, func(i, j int) bool { return newer(s.Calls[i], s.Calls[j]) })
	sort.Slice(s.Companies, func(i, j int) bool { return s.Companies[i].Slug < s.Companies[j].Slug })
	for _, co := range s.Companies {
		sort.SliceStable(co.Calls, func(i, j int) bool { return newer(co.Calls[j], co.Calls[i]) })
	}
	link(s)
	for _, p := range pages {
		p.URL = "/" + p.Slug + "/"
		s.Pages = append(s.Pages, p)
	}
	sort.Slice(s.Pages, func(i, j int) bool { return s.Pages[i].Slug < s.Pages[j].Slug })
	return s
}

// companyName is the call's company, or a name from the file when the
// transcript does not say.
func companyName(t *Record) string {
	if t.Meta.Company != "" {
		return t.Meta.Company
	}
	return companyNameFromFile(t.Source)
}

func callSlug(t *Record) string {
	if t.Meta.Year > 0 && t.Meta.Quarter > 0 {
		return fmt.Sprintf("%d-q%d", t.Meta.Year, t.Meta.Quarter)
	}
	if t.Meta.Year > 0 {
		return fmt.Sprintf("%d-fy", t.Meta.Year)
	}
	stem := transcript.Slug(companyNameFromFile(t.Source))
	if stem == "" {
		stem = "call"
	}
	return stem
}

func companyNameFromFile(src string) string {
	base := src
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// newer orders calls by period, then date, then source, newest first.
func newer(a, b *Call) bool {
	ka, kb := a.Meta.Year*10+a.Meta.Quarter, b.Meta.Year*10+b.Meta.Quarter
	if ka != kb {
		return ka > kb
	}
	if a.Meta.Date != b.Meta.Date {
		return a.Meta.Date > b.Meta.Date
	}
	if a.Company.Slug != b.Company.Slug {
		return a.Company.Slug < b.Company.Slug
	}
	return a.Source < b.Source
}

// Title is "Kaleyra Q2 2020 earnings call".
func (c *Call) Title() string {
	p := c.Meta.PeriodLabel()
	if p == "" {
		return c.Company.Name + " earnings call"
	}
	return c.Company.Name + " " + p + " earnings call"
}

// SpeakersByRole lists the call's speakers with the given role.
func (c *Call) SpeakersByRole(role transcript.Role) []*transcript.Speaker {
	var out []*transcript.Speaker
	for _, sp := range c.Speakers {
		if sp.Role == role {
			out = append(out, sp)
		}
	}
	return out
}

// Latest returns the n newest calls.
func (s *Site) Latest(n int) []*Call {
	if n > len(s.Calls) {
		n = len(s.Calls)
	}
	return s.Calls[:n]
}

// QuestionCount is the number of Q&A exchanges on the site.
func (s *Site) QuestionCount() int {
	n := 0
	for _, c := range s.Calls {
		n += len(c.Exchanges)
	}
	return n
}

// LetterGroup is the companies whose names start with one letter.
type LetterGroup struct {
	Letter    string
	Companies []*Company
}

// CompaniesByLetter groups the companies A-Z by their first letter
// ("#" for names that start with something else).
func (s *Site) CompaniesByLetter() []LetterGroup {
	var out []LetterGroup
	for _, co := range s.Companies {
		l := "#"
		if c := co.Slug[0]; c >= 'a' && c <= 'z' {
			l = strings.ToUpper(string(c))
		}
		if len(out) == 0 || out[len(out)-1].Letter != l {
			out = append(out, LetterGroup{Letter: l})
		}
		out[len(out)-1].Companies = append(out[len(out)-1].Companies, co)
	}
	return out
}
