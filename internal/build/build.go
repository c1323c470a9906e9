// Package build runs the whole pipeline: it reads the content folder,
// parses the transcripts, builds the site model and renders it, in
// parallel, into a staging folder that replaces the output folder only
// when everything succeeded (or, with KeepGoing, when the calls that
// parsed rendered).
package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sync"

	"callsite/internal/cards"
	"callsite/internal/glossary"
	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// Config is one build. The zero value of every field but Content and Out
// works.
type Config struct {
	Content   string // content folder
	Out       string // output folder
	Site      site.Config
	Theme     render.Theme
	KeepGoing bool // publish the calls that parsed despite input errors
	Workers   int  // parallel renderers; 0 means one per CPU
	// Glossary is the default glossary (YAML); content/glossary.yaml
	// extends and overrides it.
	Glossary []byte
	// Cards draws share images (nil: none); its folder keeps drawn cards
	// between builds.
	Cards *cards.Cache
	// Minify writes HTML, CSS, JavaScript and SVG minified.
	Minify bool
}

// Result says what a build did.
type Result struct {
	Calls, Companies int
	Warnings         []*transcript.Error // with paths inside Content
	InputErrors      []error             // unreadable transcripts and pages
	Published        bool
}

// ErrInput is returned (wrapped) when some input could not be read; the
// Result lists the errors.
var ErrInput = errors.New("input errors")

// Run builds the site. It returns ErrInput when input errors stopped the
// build (or, with KeepGoing, when it published despite them), and other
// errors when the output could not be written.
func Run(cfg Config) (*Result, error) {
	res := &Result{}
	contentFS := os.DirFS(cfg.Content)
	calls, loadErr := transcript.Load(contentFS, ".")
	res.InputErrors = flatten(loadErr)
	pages, err := site.LoadPages(contentFS, "pages")
	if err != nil {
		res.InputErrors = append(res.InputErrors, err)
	}
	byRecord := map[*site.Record]full{}
	records := make([]*site.Record, 0, len(calls))
	for _, t := range calls {
		res.Warnings = append(res.Warnings, t.Warnings...)
		figs := site.CallFigures(t)
		r := site.NewRecord(t, figs)
		byRecord[r] = full{t, figs}
		records = append(records, r)
	}
	if len(res.InputErrors) > 0 && !cfg.KeepGoing {
		return res, fmt.Errorf("%w: %d", ErrInput, len(res.InputErrors))
	}
	gl, err := loadGlossary(cfg.Glossary, contentFS)
	if err != nil {
		res.InputErrors = append(res.InputErrors, err)
		if !cfg.KeepGoing {
			return res, fmt.Errorf("%w: %d", ErrInput, len(res.InputErrors))
		}
	}
	s := site.Build(cfg.Site, records, pages)
	s.Glossary = gl
	res.Calls, res.Companies = len(s.Calls), len(s.Companies)
	r, err := render.New(s, cfg.Theme, render.Options{Cards: cfg.Cards})
	if err != nil {
		return res, err
	}
	err = render.Publish(cfg.Out, func(out render.Output) error {
		if cfg.Minify {
			out = render.Minified(out)
		}
		return renderAll(r, s, out, cfg.Workers, func(c *site.Call) full { return byRecord[c.Record] })
	})
	if err != nil {
		return res, err
	}
	res.Published = true
	if len(res.InputErrors) > 0 {
		return res, fmt.Errorf("%w: %d", ErrInput, len(res.InputErrors))
	}
	return res, nil
}

// full is a call's transcript and figures, for rendering its page.
type full struct {
	t    *transcript.Transcript
	figs []site.CallFigure
}

// renderAll renders the calls on workers goroutines, then the site pages.
// Errors are reported in call order, whatever order the workers finish.
func renderAll(r *render.Renderer, s *site.Site, out render.Output, workers int, get func(*site.Call) full) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	errs := make([]error, len(s.Calls))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := s.Calls[i]
				f := get(c)
				errs[i] = r.Call(c, f.t, f.figs, out)
			}
		}()
	}
	for i := range s.Calls {
		next <- i
	}
	close(next)
	wg.Wait()
	errs = append(errs, r.Site(out))
	return errors.Join(errs...)
}

// loadGlossary merges the site's content/glossary.yaml over the default.
func loadGlossary(def []byte, content fs.FS) (*glossary.Glossary, error) {
	g := &glossary.Glossary{}
	if len(def) > 0 {
		var err error
		if g, err = glossary.Parse("default glossary", def); err != nil {
			return nil, err
		}
	}
	src, err := fs.ReadFile(content, "glossary.yaml")
	if errors.Is(err, fs.ErrNotExist) {
		return g, nil
	}
	if err != nil {
		return g, err
	}
	own, err := glossary.Parse("glossary.yaml", src)
	if err != nil {
		return g, err
	}
	return glossary.Merge(g, own), nil
}

// flatten lists the errors inside a joined error.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}
