// Package render draws a site model as files: HTML pages through
// html/template, call.json twins, Markdown pages through goldmark (code
// highlighted by chroma), and the theme's static files. Publish writes them
// beside the output folder and swaps them in only when all succeeded.
//
// Templates (theme file names): index.html, company.html, call.html,
// page.html, 404.html, and layout.html, the partials they share. Static files are
// copied under /static/; chroma's stylesheet is generated as
// /static/chroma.css.
package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"strings"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// Render writes every file of the site to out.
func Render(s *site.Site, theme Theme, out Output) error {
	r := &renderer{site: s, md: newMarkdown(), out: out}
	tpl, err := parseTemplates(theme.Templates, r.funcs())
	if err != nil {
		return err
	}
	r.tpl = tpl
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	add(r.page("index.html", "/", IndexPage{Common: r.common("/", s.Config.Title, "Earnings call transcripts with figures, speakers and Q&A.")}))
	for _, co := range s.Companies {
		add(r.page("company.html", co.URL, CompanyPage{Common: r.common(co.URL, co.Name+" earnings calls", ""), Company: co}))
	}
	for _, c := range s.Calls {
		add(r.call(c))
	}
	for _, p := range s.Pages {
		add(r.markdownPage(p))
	}
	notFound := r.common("/404.html", "Page not found", "")
	notFound.AbsLinks = true
	add(r.page("404.html", "/404.html", IndexPage{Common: notFound}))
	add(r.static(theme.Static))
	return errors.Join(errs...)
}

type renderer struct {
	site *site.Site
	tpl  *template.Template
	md   *markdown
	out  Output
}

// Common is what every page template gets.
type Common struct {
	Site        *site.Site
	Path        string // this page's path from the site root, e.g. "/c/kaleyra/2020-q2/"
	Title       string
	Description string
	// AbsLinks makes Link return absolute URLs: the 404 page is served at
	// whatever path was asked for, so relative links would break there.
	AbsLinks bool
}

// Link returns a link from this page to target (a path from the site
// root), relative so the site works under any base URL and from disk.
func (c Common) Link(target string) string {
	if c.AbsLinks {
		return c.Abs(target)
	}
	depth := strings.Count(strings.TrimPrefix(c.Path, "/"), "/")
	prefix := strings.Repeat("../", depth)
	t := strings.TrimPrefix(target, "/")
	if prefix == "" && (t == "" || strings.HasPrefix(t, "#")) {
		return "./" + t
	}
	return prefix + t
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
	Call    *site.Call
	Editors template.HTML // the sidecar's Markdown, rendered
}

// MarkdownPage is a page from content/pages.
type MarkdownPage struct {
	Common
	Page *site.Page
	Body template.HTML
}

func (r *renderer) common(path, title, desc string) Common {
	return Common{Site: r.site, Path: path, Title: title, Description: desc}
}

// page executes one template and writes it as path/index.html (or the
// path itself when it names a file).
func (r *renderer) page(tpl, path string, data any) error {
	var buf bytes.Buffer
	if err := r.tpl.ExecuteTemplate(&buf, tpl, data); err != nil {
		return fmt.Errorf("rendering %s: %w", path, err)
	}
	return r.out.WriteFile(fileFor(path), buf.Bytes())
}

func fileFor(path string) string {
	p := strings.TrimPrefix(path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return p
}

func (r *renderer) call(c *site.Call) error {
	data := CallPage{Common: r.common(c.URL, c.Title(), callDescription(c)), Call: c}
	if c.Editors != "" {
		html, err := r.md.render([]byte(c.Editors))
		if err != nil {
			return fmt.Errorf("%s: editorial notes: %w", c.Source, err)
		}
		data.Editors = template.HTML(html)
	}
	if err := r.page("call.html", c.URL, data); err != nil {
		return err
	}
	js, err := json.MarshalIndent(c.JSON(), "", "  ")
	if err != nil {
		return err
	}
	return r.out.WriteFile(fileFor(c.URL)[:len(fileFor(c.URL))-len("index.html")]+"call.json", append(js, '\n'))
}

func callDescription(c *site.Call) string {
	var names []string
	for _, sp := range c.SpeakersByRole(transcript.RoleManagement) {
		names = append(names, sp.Name)
	}
	d := fmt.Sprintf("Transcript of the %s", c.Title())
	if len(names) > 0 {
		d += " with " + strings.Join(names, ", ")
	}
	if n := len(c.Exchanges); n > 0 {
		d += fmt.Sprintf("; %d analyst questions", n)
	}
	return d + "."
}

func (r *renderer) markdownPage(p *site.Page) error {
	html, err := r.md.render(p.Markdown)
	if err != nil {
		return fmt.Errorf("%s: %w", p.Source, err)
	}
	return r.page("page.html", p.URL, MarkdownPage{Common: r.common(p.URL, p.Title, ""), Page: p, Body: template.HTML(html)})
}

// static copies the theme's static files and writes chroma's stylesheet.
func (r *renderer) static(fsys fs.FS) error {
	names, err := files(fsys)
	if err != nil {
		return err
	}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		if err := r.out.WriteFile("static/"+n, data); err != nil {
			return err
		}
	}
	css, err := chromaCSS()
	if err != nil {
		return err
	}
	return r.out.WriteFile("static/chroma.css", css)
}

func (r *renderer) funcs() template.FuncMap {
	return template.FuncMap{
		"firstSentence": firstSentence,
		"roleLabel":     roleLabel,
		"sectionTitle":  sectionTitle,
		"question":      question,
		"join":          strings.Join,
		"speakerNames":  speakerNames,
		"blocks":        blocks,
	}
}

// firstSentence cuts text after its first sentence (at most ~200 bytes).
func firstSentence(text string) string {
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i+1 == len(text) || text[i+1] == ' ') && i > 20 {
			return text[:i+1]
		}
		if i > 200 && text[i] == ' ' {
			return text[:i] + " …"
		}
	}
	return text
}

// question is the first sentence that asks something in an exchange: the
// analyst's first question mark, else the analyst's first sentence.
func question(ex *transcript.Exchange) string {
	var first string
	for _, tu := range ex.Turns {
		if tu.Speaker != ex.Analyst {
			continue
		}
		for _, p := range tu.Paragraphs {
			if first == "" {
				first = firstSentence(p.Text)
			}
			if q := questionSentence(p.Text); q != "" {
				return q
			}
		}
	}
	return first
}

func questionSentence(text string) string {
	q := strings.IndexByte(text, '?')
	if q < 0 {
		return ""
	}
	start := 0
	for i := q - 1; i >= 0; i-- {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && i+1 < len(text) && text[i+1] == ' ' {
			start = i + 2
			break
		}
	}
	s := text[start : q+1]
	if len(s) > 240 {
		// Keep the end, where the question is, from a word boundary.
		tail := s[len(s)-240:]
		if sp := strings.IndexByte(tail, ' '); sp >= 0 {
			tail = tail[sp+1:]
		}
		s = "… " + tail
	}
	return s
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
func blocks(c *site.Call) []sectionView {
	var out []sectionView
	for _, s := range c.Sections {
		sv := sectionView{Kind: s.Kind}
		for _, tu := range s.Turns {
			n := len(sv.Blocks)
			if n > 0 && sv.Blocks[n-1].Exchange == tu.Exchange {
				sv.Blocks[n-1].Turns = append(sv.Blocks[n-1].Turns, tu)
				continue
			}
			sv.Blocks = append(sv.Blocks, blockView{Exchange: tu.Exchange, Turns: []*transcript.Turn{tu}})
		}
		out = append(out, sv)
	}
	return out
}
