package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite/internal/render/export"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// TestCorpusSite builds every transcript of ../shared/corpus and checks
// what a reader and a sharer rely on: every exchange page with canonical,
// og:title, og:description, og:url and an og:image that exists; companies
// with several calls charted; no person split in two by spelling.
func TestCorpusSite(t *testing.T) {
	corpus := testshared.Path(t, "corpus", "transcripts")
	out := filepath.Join(t.TempDir(), "public")
	base := "https://calls.example.org/"
	code, _, stderr := gen(t, "build", "-content", corpus, "-out", out, "-base-url", base)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	checkLinks(t, out, "/")
	calls, _ := filepath.Glob(filepath.Join(out, "c", "*", "*", "call.json"))
	if len(calls) < 100 {
		t.Fatalf("%d calls built", len(calls))
	}
	exchanges := 0
	for _, f := range calls {
		var cj export.CallJSON
		if err := json.Unmarshal([]byte(readFile(t, f)), &cj); err != nil {
			t.Fatal(err)
		}
		if cj.Company.Name == "" {
			t.Errorf("%s: no company", cj.Source)
		}
		// A period the source does not state is warned about, naming the
		// file and the sidecar fields that fix it.
		if cj.Period.Label == "" && !strings.Contains(stderr, cj.Source+":1: warning: fiscal period not found") {
			t.Errorf("%s: no period and no warning about it", cj.Source)
		}
		for _, ex := range cj.Exchanges {
			exchanges++
			page := readFile(t, filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(ex.URL, "/")), "index.html"))
			url := base + strings.TrimPrefix(ex.URL, "/")
			img := metaContent(page, "og:image")
			if !strings.Contains(page, `<link rel="canonical" href="`+url+`">`) || metaContent(page, "og:url") != url ||
				metaContent(page, "og:title") == "" || metaContent(page, "og:description") == "" || img != url+"card.png" {
				t.Errorf("%s: share tags incomplete", ex.URL)
				continue
			}
			if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(ex.URL, "/")), "card.png")); err != nil {
				t.Errorf("%s: %v", ex.URL, err)
			}
		}
	}
	if exchanges < 500 {
		t.Errorf("only %d exchange pages", exchanges)
	}
	// A company with several calls gets its results charted.
	charted := 0
	companies, _ := filepath.Glob(filepath.Join(out, "c", "*", "index.html"))
	for _, f := range companies {
		dirs, _ := filepath.Glob(filepath.Join(filepath.Dir(f), "*", "call.json"))
		if len(dirs) > 1 {
			if !strings.Contains(readFile(t, f), `<svg class="chart"`) {
				t.Errorf("%s: %d calls but no chart", f, len(dirs))
			}
			charted++
		}
	}
	if charted == 0 {
		t.Error("no company has several calls in the corpus site")
	}
	// No person split in two by spelling: two person pages whose names are
	// one person's (same last name, compatible first names) must differ in
	// firm or company.
	people, _ := filepath.Glob(filepath.Join(out, "people", "*", "index.html"))
	type who struct{ name, lede string }
	var all []who
	for _, f := range people {
		page := readFile(t, f)
		name := between(page, "<h1>", "</h1>")
		all = append(all, who{name, between(page, `<p class="lede">`, "</p>")})
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			a, b := all[i], all[j]
			if transcript.SameName(a.name, b.name) && a.lede == b.lede {
				t.Errorf("one person on two pages: %q and %q (%s)", a.name, b.name, a.lede)
			}
		}
	}
}

func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	s = s[i+len(from):]
	if j := strings.Index(s, to); j >= 0 {
		return s[:j]
	}
	return s
}
