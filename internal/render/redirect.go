package render

import (
	"fmt"
	"html/template"
	"strings"
)

// redirectPage is the page left at a path whose page moved (see
// internal/ids): a zero-second refresh, the new place as canonical, a
// plain link for clients that do not refresh, and noindex so that search
// engines keep only the new page.
var redirectPage = template.Must(template.New("redirect").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: {{.Title}}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{.Link}}">
<link rel="canonical" href="{{.Canonical}}">
</head>
<body>
<p>This page has moved to <a href="{{.Link}}">{{.Title}}</a>.</p>
</body>
</html>
`))

// Redirect writes a page at from (a path from the site root ending in
// "/") that sends readers to the page at to. Its links are relative, so it
// works under any base URL; the canonical link is absolute when the base
// URL is. It writes over whatever is at from: callers keep redirects off
// real pages.
func (r *Renderer) Redirect(out Output, from, to string) error {
	if !strings.HasPrefix(from, "/") || !strings.HasSuffix(from, "/") || !strings.HasPrefix(to, "/") {
		return fmt.Errorf("redirect %s -> %s: want paths from the site root", from, to)
	}
	link := relPath(from, to)
	canonical := link
	if base := r.site.Config.BaseURL; strings.Contains(base, "://") {
		canonical = Common{Site: r.site}.Abs(to)
	}
	var b strings.Builder
	err := redirectPage.Execute(&b, struct{ Title, Link, Canonical string }{to, link, canonical})
	if err != nil {
		return fmt.Errorf("redirect %s: %w", from, err)
	}
	return out.WriteFile(fileFor(from), []byte(b.String()))
}
