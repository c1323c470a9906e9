package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"callsite"
	pipeline "callsite/internal/build"
	"callsite/internal/render"
	"callsite/internal/transcript"
)

type buildFlags struct {
	content   string
	out       string
	baseURL   string
	title     string
	templates string
	static    string
	keepGoing bool
	cards     bool
	cacheDir  string
	minify    bool
	writeIDs  bool
	clean     bool
	quiet     bool
	verbose   bool
	cpuProf   string
	memProf   string
	config    string
}

// siteFlagVars defines the flags that say what site to build, shared by
// gen build and gen serve; a config file (callsite.yaml) may set them too.
func siteFlagVars(fl *flag.FlagSet, f *buildFlags, baseURLHelp string) {
	fl.StringVar(&f.config, "config", "", "settings file (default callsite.yaml in the current folder, when it exists); flags override it")
	fl.StringVar(&f.content, "content", "content", "folder of transcripts (searched recursively), pages/ and glossary.yaml")
	fl.StringVar(&f.baseURL, "base-url", "/", baseURLHelp)
	fl.StringVar(&f.title, "title", "Earnings calls", "site title")
	fl.StringVar(&f.templates, "templates", "", "folder of templates that override the default theme's, file by file")
	fl.StringVar(&f.static, "static", "", "folder of static files that override the default theme's, file by file")
	fl.BoolVar(&f.cards, "cards", true, "draw share images (og:image) for calls and exchanges")
	fl.BoolVar(&f.minify, "minify", true, "minify HTML, CSS and JavaScript (-minify=false keeps them readable)")
	fl.StringVar(&f.cacheDir, "cache", "", "build cache folder (default .callsite-cache beside -out)")
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	var f buildFlags
	fl := flag.NewFlagSet("gen build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	siteFlagVars(fl, &f, "URL the site is served under, e.g. https://example.org/calls/")
	fl.StringVar(&f.out, "out", "public", "output folder; replaced only when the build succeeds")
	fl.BoolVar(&f.keepGoing, "keep-going", false, "publish the calls that parsed even when others have errors (still exits 1)")
	fl.BoolVar(&f.writeIDs, "write-ids", false, "after a build that published, write each call's ids file (x.txt.ids beside x.txt) to pin its anchors")
	fl.BoolVar(&f.quiet, "quiet", false, "print only errors: no progress, warnings or summary")
	fl.BoolVar(&f.verbose, "v", false, "list every warning (by default one line per file and kind, and a summary by kind)")
	fl.StringVar(&f.cpuProf, "cpuprofile", "", "write a CPU profile of the build to this file (for go tool pprof)")
	fl.StringVar(&f.memProf, "memprofile", "", "write a heap profile of the build to this file, taken when the live heap was highest (go tool pprof -sample_index=inuse_space)")
	fl.BoolVar(&f.clean, "clean", false, "ignore the build cache: parse and render everything (share images are still reused)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "gen build: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	if err := applyConfigFile(fl, &f); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	return build(f, stdout, stderr)
}

func build(f buildFlags, stdout, stderr io.Writer) int {
	cfg, err := pipelineConfig(f)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 2
	}
	cfg.MapCache = true // one build, then the process ends (not gen serve)
	if u, err := url.Parse(f.baseURL); !f.quiet && (err != nil || u.Scheme == "" || u.Host == "") {
		fmt.Fprintf(stderr, "gen: note: -base-url %q is not an absolute URL; the site works, but share previews, feeds and the sitemap need one (e.g. -base-url https://example.org/calls/)\n", f.baseURL)
	}
	if f.cpuProf != "" {
		stop, err := startCPUProfile(f.cpuProf)
		if err != nil {
			fmt.Fprintf(stderr, "gen: %v\n", err)
			return 2
		}
		defer stop()
	}
	if f.memProf != "" {
		h, err := startHeapProfile(f.memProf)
		if err != nil {
			fmt.Fprintf(stderr, "gen: %v\n", err)
			return 2
		}
		defer func() {
			live, err := h.stop()
			if err != nil {
				fmt.Fprintf(stderr, "gen: %v\n", err)
			} else if !f.quiet {
				fmt.Fprintf(stderr, "gen: heap profile of %d MiB live written to %s\n", live>>20, f.memProf)
			}
		}()
	}
	start := time.Now()
	prog := newProgress(stderr, f.quiet)
	cfg.Progress, cfg.Discovered = prog.report, sizeMemoryLimit
	res, err := pipeline.Run(cfg)
	prog.done()
	if !f.quiet {
		printWarnings(stderr, f, res.Warnings)
	}
	for _, e := range res.InputErrors {
		fmt.Fprintln(stderr, inContentErr(f.content, e))
	}
	switch {
	case errors.Is(err, pipeline.ErrInput) && !res.Published:
		fmt.Fprintf(stderr, "gen: %d error(s); %s left as it was (use -keep-going to publish the calls that parsed)\n", len(res.InputErrors), f.out)
		return 1
	case err != nil && !errors.Is(err, pipeline.ErrInput):
		// A joined error is one line per failure, each marked as gen's.
		for _, line := range strings.Split(err.Error(), "\n") {
			if strings.TrimSpace(line) != "" {
				fmt.Fprintf(stderr, "gen: %s\n", line)
			}
		}
		return 2
	}
	if !f.quiet {
		// One line to sum the build up.
		line := fmt.Sprintf("built %d calls of %d companies into %s: %d pages, %d figures, %d error(s), %d warning(s), %.1fs",
			res.Calls, res.Companies, f.out, res.Pages, res.Figures, len(res.InputErrors), len(res.Warnings), time.Since(start).Seconds())
		if res.Reused > 0 {
			line += fmt.Sprintf("; %d unchanged calls reused", res.Reused)
		}
		if res.PagesKept > 0 {
			line += fmt.Sprintf(", %d pages across calls kept", res.PagesKept)
		}
		fmt.Fprintln(stdout, line)
	}
	if n := len(res.IDFiles); n > 0 {
		fmt.Fprintf(stdout, "wrote %d ids file(s) in %s\n", n, f.content)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gen: %d error(s); published the calls that parsed\n", len(res.InputErrors))
		return 1
	}
	return 0
}

// startCPUProfile profiles the build into file until stop is called.
func startCPUProfile(file string) (stop func(), err error) {
	out, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		out.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		out.Close()
	}, nil
}

// cacheDir is where builds keep what they can reuse: beside the output,
// so that the output itself holds only the site.
func cacheDir(f buildFlags) string {
	if f.cacheDir != "" {
		return f.cacheDir
	}
	return filepath.Join(filepath.Dir(filepath.Clean(f.out)), ".callsite-cache")
}

// loadTheme lays the site's own templates and static files over the
// embedded default theme.
func loadTheme(f buildFlags) (render.Theme, error) {
	theme := callsite.DefaultTheme()
	if f.templates != "" {
		if _, err := os.Stat(f.templates); err != nil {
			return theme, fmt.Errorf("templates folder: %w", err)
		}
		theme.Templates = render.Overlay(os.DirFS(f.templates), theme.Templates)
	}
	if f.static != "" {
		if _, err := os.Stat(f.static); err != nil {
			return theme, fmt.Errorf("static folder: %w", err)
		}
		theme.Static = render.Overlay(os.DirFS(f.static), theme.Static)
	}
	return theme, nil
}

// inContent turns a path inside the content folder into one the user can
// open from where gen runs.
func inContent(dir, p string) string {
	return filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(p)))
}

func inContentErr(dir string, err error) string {
	var te *transcript.Error
	if errors.As(err, &te) {
		return inContent(dir, te.Pos.String()) + ": " + te.Msg
	}
	return err.Error()
}

// printWarnings prints the build's warnings: one line per file and kind
// (the first of its kind, with how many more there are), then a summary by
// kind; with -v, every warning.
func printWarnings(w io.Writer, f buildFlags, warns []*transcript.Error) {
	if len(warns) == 0 {
		return
	}
	kindOf := func(e *transcript.Error) string {
		if e.Kind != "" {
			return e.Kind
		}
		return "other"
	}
	type group struct {
		first *transcript.Error
		n     int
	}
	groups := map[[2]string]*group{}
	var order [][2]string
	perKind := map[string]int{}
	for _, e := range warns {
		perKind[kindOf(e)]++
		if f.verbose {
			fmt.Fprintf(w, "%s: warning: %s\n", inContent(f.content, e.Pos.String()), e.Msg)
			continue
		}
		k := [2]string{e.Pos.File, kindOf(e)}
		if g := groups[k]; g != nil {
			g.n++
			continue
		}
		groups[k] = &group{first: e, n: 1}
		order = append(order, k)
	}
	for _, k := range order {
		g := groups[k]
		more := ""
		if g.n > 1 {
			more = fmt.Sprintf(" (and %d more %s warning(s) for this file; -v lists them)", g.n-1, k[1])
		}
		fmt.Fprintf(w, "%s: warning: %s%s\n", inContent(f.content, g.first.Pos.String()), g.first.Msg, more)
	}
	kinds := make([]string, 0, len(perKind))
	for k := range perKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if perKind[kinds[i]] != perKind[kinds[j]] {
			return perKind[kinds[i]] > perKind[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", perKind[k], k)
	}
	line := fmt.Sprintf("gen: %d warning(s) by kind: %s", len(warns), strings.Join(parts, ", "))
	if !f.verbose && len(order) < len(warns) {
		line += "; -v lists every one"
	}
	fmt.Fprintln(w, line)
}
