package render

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"callsite/internal/search"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// mapOutput keeps written files in memory.
type mapOutput struct {
	mu    sync.Mutex
	files fstest.MapFS
}

func (o *mapOutput) WriteFile(name string, data []byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.files[name] = &fstest.MapFile{Data: append([]byte(nil), data...)}
	return nil
}

// sampleRenderer is a Renderer of the sample site, served under
// https://example.org/calls/, with the default theme.
func sampleRenderer(t *testing.T) *Renderer {
	t.Helper()
	root := filepath.Join("..", "..")
	fsys := os.DirFS(filepath.Join(root, "content"))
	calls, err := transcript.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	var recs []*site.Record
	for _, c := range calls {
		recs = append(recs, site.NewRecord(c, site.CallFigures(c)))
	}
	s := site.Build(site.Config{BaseURL: "https://example.org/calls/"}, recs, nil)
	theme := Theme{Templates: os.DirFS(filepath.Join(root, "templates")), Static: os.DirFS(filepath.Join(root, "static"))}
	r, err := New(s, theme, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSearchPage builds the search page and index of the sample site and
// finds a known question through the index files, the way search.js does.
func TestSearchPage(t *testing.T) {
	r := sampleRenderer(t)
	out := &mapOutput{files: fstest.MapFS{}}
	if err := r.search(out); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.extraPages, "/search/") {
		t.Error("/search/ is not listed for the sitemap")
	}
	page, ok := out.files["search/index.html"]
	if !ok {
		t.Fatal("no search/index.html")
	}
	html := string(page.Data)
	for _, want := range []string{
		`<ol id="search-results"`, `role="status"`, `aria-live="polite"`, `<label for="search-q">`,
		`<select id="search-company"`, `<select id="search-period"`, `<select id="search-role"`,
		`src="../static/search.js"`, `data-index="./"`, `data-root="../"`, `href="../people/"`, `href="../firms/"`,
		`<option value="question">Questions</option>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	for _, name := range []string{"search/manifest.json", "search/docs/0.json"} {
		if _, ok := out.files[name]; !ok {
			t.Errorf("no %s", name)
		}
	}
	const question = "How much of the backlog is outside North America today?"
	for _, q := range []string{question, "backlog outside north amer", "Backlog"} {
		res, _, err := search.Search(out.files, search.Query{Text: q}, 20)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range res {
			if r.Doc.Kind == "question" && r.Doc.Text == question && strings.HasPrefix(r.Doc.URL, "/c/northwind-robotics/2024-q3/#q") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q does not find the question: %+v", q, res)
		}
	}
}
