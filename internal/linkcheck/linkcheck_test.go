package linkcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func site(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCheck(t *testing.T) {
	dir := site(t, map[string]string{
		"index.html": `<a href="c/x/">ok</a> <a href="c/x/#q1">ok</a> <a href="c/x/#nope">bad fragment</a>
			<a href="c/y/">missing</a> <a href="/c/x/">root-absolute</a> <a href="https://example.org/">external</a>
			<a href="c/x/#q1-1:~:text=hello">text fragment</a> <img src="static/a.png"> <a href="../out.html">leaves</a>`,
		"c/x/index.html": `<section id="q1"><p id="q1-1">Hi</p></section><a href="../../">home</a>`,
		"404.html":       `<a href="/calls/c/x/">ok under the base</a>`,
		"dup/index.html": `<p id="a"></p><p id="a"></p>`,
	})
	_, err := Check(dir, "/calls/")
	if err == nil || !strings.Contains(err.Error(), "duplicate ids: a") {
		t.Fatalf("duplicate ids not reported: %v", err)
	}
	os.Remove(filepath.Join(dir, "dup", "index.html"))
	probs, err := Check(dir, "/calls/")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	want := []string{
		`index.html: link "c/x/#nope": no id "nope" in c/x/index.html`,
		`index.html: link "c/y/": no file c/y/index.html`,
		`index.html: root-absolute link "/c/x/" breaks under another base URL`,
		`index.html: link "static/a.png": no file static/a.png`,
		`index.html: link "../out.html" leaves the site`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
