package main

import (
	"bytes"
	"context"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeEqualsBuild serves and builds the same content with the same
// flags and compares every page: gen serve must not drift from gen build
// (it once dropped the built-in glossary).
func TestServeEqualsBuild(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	// "EBITDA" and "free cash flow" are in the built-in glossary.
	call := strings.Replace(serveCall, "Our blue widgets sold out early.", "Adjusted EBITDA was $9 million and free cash flow was $4 million.", 1)
	if err := os.WriteFile(filepath.Join(content, "quillon-widgets-2024-q2.txt"), []byte(call), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "public")
	var stderr bytes.Buffer
	if code := runBuild([]string{"-content", content, "-out", out, "-quiet"}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("gen build exited %d:\n%s", code, stderr.String())
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srvCtx, stop := context.WithCancel(ctx)
	defer stop()
	var sout, serr syncBuffer
	addrs := make(chan net.Addr, 1)
	exited := make(chan int, 1)
	go func() {
		exited <- serveCmd(srvCtx, []string{"-content", content, "-addr", "127.0.0.1:0"}, &sout, &serr, func(a net.Addr) { addrs <- a })
	}()
	var base string
	select {
	case a := <-addrs:
		base = "http://" + a.String()
	case code := <-exited:
		t.Fatalf("gen serve exited %d:\n%s", code, serr.String())
	}
	reload := regexp.MustCompile(`<script src="/__callsite/reload.js" data-build="[^"]+"></script>\n`)
	pages := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || strings.HasSuffix(p, "404.html") {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		url := base + "/" + strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
		built, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		served := reload.ReplaceAllString(waitForPage(t, ctx, url, 200, ""), "")
		if served != string(built) {
			t.Errorf("%s: served page differs from the built one", rel)
		}
		pages++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 5 {
		t.Fatalf("only %d pages compared", pages)
	}
	stop()
	<-exited
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	os.Mkdir(content, 0o755)
	os.WriteFile(filepath.Join(content, "quillon-widgets-2024-q2.txt"), []byte(serveCall), 0o644)
	cfg := filepath.Join(dir, "site.yaml")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(cfg, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Settings from the file, paths relative to it; a flag wins.
	write("content: content\nout: built\ntitle: Widget calls\ncards: false\n")
	var stderr bytes.Buffer
	if code := runBuild([]string{"-config", cfg, "-quiet", "-title", "From the flag"}, &bytes.Buffer{}, &stderr); code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr.String())
	}
	home, err := os.ReadFile(filepath.Join(dir, "built", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(home), "From the flag") || strings.Contains(string(home), "Widget calls") {
		t.Error("the -title flag did not override the file's title")
	}
	if _, err := os.Stat(filepath.Join(dir, "built", "og")); err == nil {
		t.Error("cards: false in the file did not turn share images off")
	}

	// A bad key and a bad value are errors with their line.
	for _, c := range []struct{ file, want string }{
		{"title: x\ncolour: blue\n", cfg + ":2: field colour not found"},
		{"title: x\n\ncards: maybe\n", cfg + ":3: cannot unmarshal"},
	} {
		write(c.file)
		stderr.Reset()
		if code := runBuild([]string{"-config", cfg, "-quiet"}, &bytes.Buffer{}, &stderr); code != 2 {
			t.Errorf("%q: exit %d, want 2", c.file, code)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%q: stderr %q lacks %q", c.file, stderr.String(), c.want)
		}
	}
}
