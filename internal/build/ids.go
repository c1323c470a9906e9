package build

// Stable ids (see internal/ids and docs/ids.md). A call's ids file,
// content/<transcript file>.ids, pins the ids the call was published
// with. Run applies it as soon as the call is parsed (phase 1, and again
// when phase 3 parses the call again), before anything derives from the
// ids (figure ids, records, exchange pages); it writes redirect pages for
// the pages that moved, after the site's own pages and never over one;
// and with WriteIDs it stages every call's ids file while rendering and
// puts them in place only when the site was published.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"callsite/internal/content"
	"callsite/internal/ids"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// idPin is what a build keeps of one call's ids file: small, so that it
// can be kept for every call.
type idPin struct {
	file    string       // slash path inside the content folder: "acme-2024-q3.txt.ids"
	changes *ids.Changes // earlier pages and gone exchanges; nil without an ids file
	broken  bool         // unreadable or garbled: reported, and never rewritten
	errs    []error      // each "path:line: message"
}

// pinIDs reads t's ids file, if it has one, and applies it to t. An
// unreadable or garbled file is an input error (every bad line is
// reported) and leaves t's ids as the transcript package numbered them.
func pinIDs(fsys fs.FS, t *transcript.Transcript) *idPin {
	p := &idPin{file: content.IDsFile(t.Source)}
	m, err := readIDs(fsys, p.file)
	switch {
	case err != nil:
		p.broken = true
		p.errs = errorList(err)
	case m != nil:
		ch := ids.Apply(t, m)
		p.changes = &ids.Changes{Gone: ch.Gone, Moved: ch.Moved}
	}
	return p
}

// reapplyIDs gives a call parsed again in phase 3 the ids phase 1 gave it.
func reapplyIDs(fsys fs.FS, t *transcript.Transcript, p *idPin) {
	if p == nil || p.broken || p.changes == nil {
		return
	}
	if m, err := readIDs(fsys, p.file); err == nil && m != nil {
		ids.Apply(t, m)
	}
}

// readIDs reads and parses an ids file; (nil, nil) when there is none.
func readIDs(fsys fs.FS, name string) (*ids.Map, error) {
	src, err := content.ReadOptional(fsys, name)
	if err != nil || src == nil {
		return nil, err
	}
	return ids.Parse(name, src)
}

// errorList lists the errors inside a joined error.
func errorList(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// callRedirects lists the redirects of every call, in call order: its
// earlier pages, and the pages of its exchanges that are gone.
func callRedirects(s *site.Site, pinOf func(*site.Call) *idPin) []ids.Redirect {
	var out []ids.Redirect
	for _, c := range s.Calls {
		p := pinOf(c)
		if p == nil || p.changes == nil {
			continue
		}
		exchanges := make([]string, len(c.Exchanges))
		for i, ex := range c.Exchanges {
			exchanges[i] = ex.ID
		}
		out = append(out, p.changes.Redirects(c.URL, exchanges)...)
	}
	return out
}

// pageGuard passes files through and notes which of the pages that
// redirects would take were written by the site itself.
type pageGuard struct {
	render.Output
	watch map[string]bool // read-only while rendering
	mu    sync.Mutex
	real  map[string]bool
}

func newPageGuard(out render.Output, redirects []ids.Redirect) *pageGuard {
	g := &pageGuard{Output: out, watch: map[string]bool{}, real: map[string]bool{}}
	for _, r := range redirects {
		g.watch[redirectFile(r)] = true
	}
	return g
}

func (g *pageGuard) WriteFile(name string, data []byte) error {
	if g.watch[name] {
		g.mu.Lock()
		g.real[name] = true
		g.mu.Unlock()
	}
	return g.Output.WriteFile(name, data)
}

// mark notes pages put in place without being written through the guard
// (a call's files reused from the previous build).
func (g *pageGuard) mark(files []string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, f := range files {
		if g.watch[f] {
			g.real[f] = true
		}
	}
}

func redirectFile(r ids.Redirect) string { return strings.TrimPrefix(r.From, "/") + "index.html" }

// writeRedirects writes the redirect pages once the site's own pages are
// written: never over a real page; the first of two redirects from one
// path wins.
func writeRedirects(r *render.Renderer, g *pageGuard, out render.Output, redirects []ids.Redirect) error {
	var errs []error
	for _, rd := range redirects {
		name := redirectFile(rd)
		if g.real[name] {
			continue
		}
		g.real[name] = true
		if err := r.Redirect(out, rd.From, rd.To); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// idWriter stages the ids files of the calls as they are rendered (a
// temporary file beside each ids file that changed) and puts them in
// place when the site was published. A nil *idWriter does nothing.
type idWriter struct {
	content string
	mu      sync.Mutex
	staged  []stagedIDs
	errs    []error
}

type stagedIDs struct{ tmp, path string }

func newIDWriter(enabled bool, content string) *idWriter {
	if !enabled {
		return nil
	}
	return &idWriter{content: content}
}

// stage writes the ids file call c would have now, unless it is what the
// file holds already or the file is broken.
func (w *idWriter) stage(c *site.Call, t *transcript.Transcript, p *idPin) {
	if w == nil || p == nil || p.broken {
		return
	}
	m := ids.FromTranscript(t, c.URL)
	m.Inherit(p.changes)
	data := m.Format()
	path := filepath.Join(w.content, filepath.FromSlash(p.file))
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return
	}
	tmp, err := writeTemp(path, data)
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		w.errs = append(w.errs, fmt.Errorf("writing ids file: %w", err))
		return
	}
	w.staged = append(w.staged, stagedIDs{tmp, path})
}

// commit puts the staged files in place and returns their paths, sorted.
func (w *idWriter) commit() ([]string, error) {
	if w == nil {
		return nil, nil
	}
	errs := w.errs
	var wrote []string
	for _, s := range w.staged {
		if err := os.Rename(s.tmp, s.path); err != nil {
			os.Remove(s.tmp)
			errs = append(errs, fmt.Errorf("writing ids file: %w", err))
			continue
		}
		wrote = append(wrote, filepath.ToSlash(s.path))
	}
	w.staged = nil
	sort.Strings(wrote)
	return wrote, errors.Join(errs...)
}

// discard removes the staged files: the build did not publish.
func (w *idWriter) discard() {
	if w == nil {
		return
	}
	for _, s := range w.staged {
		os.Remove(s.tmp)
	}
	w.staged = nil
}

// writeTemp writes data to a new hidden file beside path and returns its
// name.
func writeTemp(path string, data []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
