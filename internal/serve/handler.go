package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
)

const (
	reloadJSPath = "/__callsite/reload.js"
	eventsPath   = "/__callsite/events"
)

// ServeHTTP serves the reload script, the event stream and the site.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case reloadJSPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		io.WriteString(w, reloadJS)
		return
	case eventsPath:
		s.events(w, r)
		return
	}
	s.serveSite(w, r)
}

// serveSite serves a file of the built site. Only paths that fs.ValidPath
// accepts below the base path are opened, and they are opened through an
// os.Root on the output folder, so neither ".." nor a symlink can leave it.
func (s *Server) serveSite(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	p := r.URL.Path
	if !strings.HasPrefix(p, s.prefix) {
		if p == "/" || p+"/" == s.prefix {
			http.Redirect(w, r, s.prefix, http.StatusFound)
			return
		}
		http.NotFound(w, r)
		return
	}
	name := strings.TrimSuffix(strings.TrimPrefix(p, s.prefix), "/")
	if name == "" {
		name = "."
	}
	if strings.Contains(name, `\`) || !fs.ValidPath(name) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}

	st := s.status()
	html := wantsHTML(r, name)
	if len(st.errs) > 0 && html {
		s.writeHTML(w, r, http.StatusInternalServerError, errorPage(st.errs), st.build)
		return
	}

	f, info, err := s.open(r.Context(), name)
	if err == nil && info.IsDir() {
		f.Close()
		if !strings.HasSuffix(p, "/") {
			// Pages link relatively: a directory must be asked for with its slash.
			target := path.Base(p) + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
		f, info, err = s.open(r.Context(), name)
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
			s.notFound(w, r, html, st)
			return
		}
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if info.IsDir() { // a folder without index.html: no listings
		s.notFound(w, r, html, st)
		return
	}
	if strings.HasSuffix(name, ".html") {
		page, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, "cannot read "+name, http.StatusInternalServerError)
			return
		}
		s.writeHTML(w, r, http.StatusOK, page, st.build)
		return
	}
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// open opens a file of the site. A file that is missing while a build runs
// may be between the two renames that publish the new site: it is asked
// for again once the build is over.
func (s *Server) open(ctx context.Context, name string) (*os.File, fs.FileInfo, error) {
	f, info, err := openIn(s.dir, name)
	if err != nil && errors.Is(err, fs.ErrNotExist) {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if s.waitIdle(ctx) {
			f, info, err = openIn(s.dir, name)
		}
	}
	return f, info, err
}

func openIn(dir, name string) (*os.File, fs.FileInfo, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

// notFound serves the site's own 404 page to browsers and a plain 404 to
// everything else.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, html bool, st status) {
	if html {
		if f, _, err := openIn(s.dir, "404.html"); err == nil {
			page, err := io.ReadAll(f)
			f.Close()
			if err == nil {
				s.writeHTML(w, r, http.StatusNotFound, page, st.build)
				return
			}
		}
	}
	http.NotFound(w, r)
}

// wantsHTML reports whether a request is for a page (rather than a
// stylesheet, an image or call.json).
func wantsHTML(r *http.Request, name string) bool {
	switch ext := path.Ext(name); {
	case ext == ".html" || ext == ".htm":
		return true
	case strings.HasSuffix(r.URL.Path, "/") || name == "." || ext == "":
		return true
	}
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

// writeHTML sends a page with the reload script added.
func (s *Server) writeHTML(w http.ResponseWriter, r *http.Request, code int, page []byte, build string) {
	page = Inject(page, build)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", fmt.Sprint(len(page)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write(page)
	}
}

// Inject returns page with the reload script tag before its last </body>
// (or at its end). build is the token of the build the page comes from:
// the script reloads at once if the server has built since.
func Inject(page []byte, build string) []byte {
	tag := `<script src="` + reloadJSPath + `" data-build="` + template.HTMLEscapeString(build) + `"></script>`
	i := lastIndexFold(page, "</body>")
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag)+1)
	out = append(out, page[:i]...)
	out = append(out, tag...)
	out = append(out, '\n')
	return append(out, page[i:]...)
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case; needle is lower case.
func lastIndexFold(s []byte, needle string) int {
	for i := len(s) - len(needle); i >= 0; i-- {
		if s[i] == '<' && bytes.EqualFold(s[i:i+len(needle)], []byte(needle)) {
			return i
		}
	}
	return -1
}

var errorTemplate = template.Must(template.New("error").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { color: #b00020; font-size: 1.4rem; }
li { margin: .4rem 0; }
code { font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
@media (prefers-color-scheme: dark) { body { background: #111; color: #ddd; } h1 { color: #ff6b6b; } }
</style>
</head>
<body>
<h1>The site did not build: {{len .}} error(s)</h1>
<p>Fix the files and save: this page reloads by itself.</p>
<ul class="callsite-errors">
{{range .}}<li><code>{{.}}</code></li>
{{end}}</ul>
</body>
</html>
`))

// errorPage lists the errors of a failed build, escaped.
func errorPage(errs []string) []byte {
	var buf bytes.Buffer
	if err := errorTemplate.Execute(&buf, errs); err != nil {
		return []byte(template.HTMLEscapeString(strings.Join(errs, "\n")))
	}
	return buf.Bytes()
}
