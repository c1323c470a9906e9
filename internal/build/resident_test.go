package build_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite"
	"callsite/internal/build"
	"callsite/internal/render"
	"callsite/internal/testtree"
)

// TestResidentAfterFailures rebuilds in one process (build.Resident)
// through the two kinds of failure: input errors, found before anything
// is merged or written, keep the memory, so that the rebuild after the
// fix reuses the unchanged calls; a template that fails while pages are
// drawn drops it, so that the next rebuild starts cold. Every rebuild
// that publishes equals a clean build of the same input.
func TestResidentAfterFailures(t *testing.T) {
	content, tpl, work := t.TempDir(), t.TempDir(), t.TempDir()
	if err := os.CopyFS(content, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	theme := callsite.DefaultTheme()
	theme.Templates = render.Overlay(os.DirFS(tpl), theme.Templates)
	cfg := build.Config{Content: content, Out: filepath.Join(work, "public"), CacheDir: filepath.Join(work, "cache"),
		Theme: theme, Glossary: callsite.DefaultGlossary}
	r := &build.Resident{OwnsOutput: true}
	rebuild := func() (*build.Result, error) {
		t.Helper()
		res, err := r.Run(cfg)
		if res == nil {
			t.Fatalf("no result: %v", err)
		}
		return res, err
	}
	equalsClean := func(when string) {
		t.Helper()
		clean := cfg
		clean.Out, clean.CacheDir = filepath.Join(t.TempDir(), "public"), ""
		if _, err := build.Run(clean); err != nil {
			t.Fatal(err)
		}
		if a, b := testtree.Listing(t, cfg.Out), testtree.Listing(t, clean.Out); a != b {
			t.Errorf("%s: the resident rebuild differs from a clean build", when)
		}
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(content, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit := func(name, from, to string) {
		t.Helper()
		src, err := os.ReadFile(filepath.Join(content, name))
		if err != nil || !strings.Contains(string(src), from) {
			t.Fatalf("%s has no %q (%v)", name, from, err)
		}
		write(name, strings.Replace(string(src), from, to, 1))
	}
	if _, err := rebuild(); err != nil {
		t.Fatal(err)
	}

	sidecar, err := os.ReadFile(filepath.Join(content, "alder-foods-2023-q4.md"))
	if err != nil {
		t.Fatal(err)
	}
	write("alder-foods-2023-q4.md", "---\ncompany: [unclosed\n---\n")
	if res, err := rebuild(); !errors.Is(err, build.ErrInput) || res.Published {
		t.Fatalf("a broken sidecar: %v, published %v; want input errors, nothing published", err, res.Published)
	}
	write("alder-foods-2023-q4.md", string(sidecar))
	edit("northwind-robotics-2024-q2.txt", "Thank you for joining us today.", "Thank you all for joining us today.")
	res, err := rebuild()
	if err != nil {
		t.Fatal(err)
	}
	if res.Reused != res.Calls-1 {
		t.Errorf("after the input error was fixed: %d of %d calls reused, want all but the edited one", res.Reused, res.Calls)
	}
	equalsClean("after an input error was fixed")

	// A template that parses but fails on a call's page, which the edit
	// makes drawn again.
	write("northwind-robotics-2024-q2.txt", strings.Replace(readFile(t, filepath.Join(content, "northwind-robotics-2024-q2.txt")), "Thank you all for", "Thanks to all for", 1))
	if err := os.WriteFile(filepath.Join(tpl, "call.html"), []byte(`{{template "head" .}}{{.NoSuchField}}{{template "foot" .}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := rebuild(); err == nil || !strings.Contains(err.Error(), "NoSuchField") {
		t.Fatalf("a failing template: %v, want its error", err)
	}
	os.Remove(filepath.Join(tpl, "call.html"))
	if res, err = rebuild(); err != nil {
		t.Fatal(err)
	}
	if res.Reused != 0 {
		t.Errorf("after a failed render: %d calls reused, want a cold build", res.Reused)
	}
	equalsClean("after a failed render")
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
