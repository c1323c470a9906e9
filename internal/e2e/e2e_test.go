package e2e

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"callsite/internal/testshared"
)

// The seed transcript, copied beside the sample content for the "seed" site.
const seedFile = "seed/000_037e1c84daa94943.txt"

var (
	root   string // repository root
	tmp    string // scratch folder of this test binary, removed by TestMain
	genBin string // the gen binary, built once by TestMain
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if root, err = repoRoot(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	if tmp, err = os.MkdirTemp("", "callsite-e2e-"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	genBin = filepath.Join(tmp, "gen")
	// go test puts its own GOROOT/bin first on PATH.
	cmd := exec.Command("go", "build", "-o", genBin, "callsite/cmd/gen")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: building cmd/gen: %v\n%s", err, out)
		return 1
	}
	if genSources, err = sourcesOf("callsite/cmd/gen"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer stopBrowser()
	defer closeServers()
	return testshared.Run(m) // m.Run, naming the gates that skipped
}

// genSources are the files of this module that gen is built from: its
// Go files and the embedded theme and glossary.
var (
	genSources  []string
	sourcesRead sync.Once
)

// sourcesOf lists the files of this module that a command is built from.
func sourcesOf(cmdPath string) ([]string, error) {
	const format = `{{if .Module}}{{if eq .Module.Path "callsite"}}{{range .GoFiles}}{{$.Dir}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$.Dir}}/{{.}}
{{end}}{{end}}{{end}}`
	cmd := exec.Command("go", "list", "-deps", "-f", format, cmdPath)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %v", cmdPath, err)
	}
	var files []string
	for _, f := range strings.Split(string(out), "\n") {
		if f = strings.TrimSpace(f); f != "" {
			files = append(files, f)
		}
	}
	return files, nil
}

// genCmd is a command that runs gen. The first one opens every file gen
// is built from: go test caches this package's result by the files its
// tests open, and gen is a separate binary, so without this a changed
// template or renderer would be reported as a cached "ok" instead of
// running the gates again.
func genCmd(args ...string) *exec.Cmd {
	sourcesRead.Do(func() {
		for _, f := range genSources {
			if fh, err := os.Open(f); err == nil {
				fh.Close()
			}
		}
	})
	return exec.Command(genBin, args...)
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = parent
	}
}

// missing skips the test because a tool is not installed, or fails it
// under CI=true, where .ci/run should have installed it.
func missing(t testing.TB, format string, args ...any) {
	t.Helper()
	testshared.Missing(t, format, args...)
}

// nodeModule returns a file of node_modules at the repository root.
func nodeModule(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(root, "node_modules", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		missing(t, "%s not found: run `npm ci --ignore-scripts` at the repository root", filepath.Join("node_modules", rel))
	}
	return p
}

func lookPath(t testing.TB, hint string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	missing(t, "%s not found on PATH (%s)", strings.Join(names, " or "), hint)
	return ""
}

// chromePath returns the Chromium binary: $CHROME_PATH or chromium on PATH.
func chromePath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	return lookPath(t, "apt-get install chromium", "chromium", "chromium-browser")
}

// A built site. The sites are built once per test binary, on first use.
type builtSite struct {
	Dir  string // output folder
	Base string // path the site is served under
	Log  string // stdout and stderr of gen
}

var (
	sitesMu sync.Mutex
	sites   = map[string]*builtSite{}
)

// namedSite is a built site a check runs on, as a subtest of its name.
type namedSite struct {
	name string
	site func(testing.TB) *builtSite
}

// builtSites are the sites the static checks run on.
var builtSites = []namedSite{{"sample", sample}, {"seed", seed}, {"corpus", corpus}}

// sample is the repository's content/ folder, built with -base-url /.
func sample(t testing.TB) *builtSite {
	t.Helper()
	return site(t, "sample", func(t testing.TB) (*builtSite, error) {
		return gen(t, filepath.Join(root, "content"), "sample", "/", false)
	})
}

// seedContent returns a content folder with the sample content and the
// seed transcript.
func seedContent(t testing.TB) string {
	t.Helper()
	seed := testshared.Path(t, filepath.FromSlash(seedFile))
	sitesMu.Lock()
	defer sitesMu.Unlock()
	dir := filepath.Join(tmp, "content-seed")
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(root, "content"))); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.Base(seed)), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// seed is the sample content plus the seed transcript, built with
// -base-url /.
func seed(t testing.TB) *builtSite {
	t.Helper()
	content := seedContent(t)
	return site(t, "seed", func(t testing.TB) (*builtSite, error) {
		return gen(t, content, "seed", "/", false)
	})
}

// corpus is ../shared/corpus/transcripts, built with -keep-going: parts of
// it may not parse yet, and only the pages that were built are checked.
func corpus(t testing.TB) *builtSite {
	t.Helper()
	content := corpusContent(t)
	return site(t, "corpus", func(t testing.TB) (*builtSite, error) {
		return gen(t, content, "corpus", "/", true)
	})
}

// corpusContent is the shared corpus of real transcripts.
func corpusContent(t testing.TB) string {
	t.Helper()
	return testshared.Path(t, "corpus", "transcripts")
}

func site(t testing.TB, name string, build func(testing.TB) (*builtSite, error)) *builtSite {
	t.Helper()
	sitesMu.Lock()
	s, ok := sites[name]
	sitesMu.Unlock()
	if ok {
		return s
	}
	s, err := build(t)
	if err != nil {
		t.Fatalf("building the %s site: %v", name, err)
	}
	sitesMu.Lock()
	sites[name] = s
	sitesMu.Unlock()
	return s
}

// gen runs `gen build` on content into a new folder named out under the
// scratch folder. With keepGoing, exit status 1 (some input errors) is
// accepted as long as the site was published.
func gen(t testing.TB, content, out, baseURL string, keepGoing bool) (*builtSite, error) {
	t.Helper()
	dir := filepath.Join(tmp, "site-"+out)
	return genInto(content, dir, baseURL, keepGoing)
}

func genInto(content, dir, baseURL string, keepGoing bool, flags ...string) (*builtSite, error) {
	args := []string{"build", "-content", content, "-out", dir, "-base-url", baseURL}
	if keepGoing {
		args = append(args, "-keep-going")
	}
	args = append(args, flags...)
	var buf bytes.Buffer
	cmd := genCmd(args...)
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	code := cmd.ProcessState.ExitCode()
	base := "/"
	if i := strings.Index(baseURL, "://"); i >= 0 {
		if j := strings.Index(baseURL[i+3:], "/"); j >= 0 {
			base = baseURL[i+3+j:]
		}
	} else {
		base = baseURL
	}
	s := &builtSite{Dir: dir, Base: base, Log: buf.String()}
	switch {
	case code == 0:
	case code == 1 && keepGoing:
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return nil, fmt.Errorf("gen %s: exit 1 and nothing published\n%s", strings.Join(args, " "), buf.String())
		}
	default:
		return nil, fmt.Errorf("gen %s: %v\n%s", strings.Join(args, " "), err, buf.String())
	}
	return s, nil
}

// pages lists the site's HTML files as slash paths, sorted.
func (s *builtSite) pages(t testing.TB) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(os.DirFS(s.Dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".html" {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// callPages lists the call pages: the folders that hold a call.json.
func (s *builtSite) callPages(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, p := range s.pages(t) {
		if _, err := os.Stat(filepath.Join(s.Dir, filepath.FromSlash(path.Dir(p)), "call.json")); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// seedCallPage is the seed transcript's call page: the call page of the
// seed site that the sample site does not have.
func seedCallPage(t testing.TB) string {
	t.Helper()
	have := map[string]bool{}
	for _, p := range sample(t).callPages(t) {
		have[p] = true
	}
	var out []string
	for _, p := range seed(t).callPages(t) {
		if !have[p] {
			out = append(out, p)
		}
	}
	if len(out) != 1 {
		t.Fatalf("seed site: want 1 call page beyond the sample's, got %q", out)
	}
	return out[0]
}

// urlPath turns a page file into its URL path: c/x/index.html -> c/x/.
func urlPath(p string) string {
	if p == "index.html" {
		return ""
	}
	if strings.HasSuffix(p, "/index.html") {
		return strings.TrimSuffix(p, "index.html")
	}
	return p
}

// shape is a page's kind read off its path: the first folder is kept and
// every other one becomes *, so c/acme/2024-q2/index.html is
// c/*/*/index.html. One page of each shape covers every kind of page,
// including kinds added after these tests were written.
func shape(p string) string {
	parts := strings.Split(p, "/")
	for i := 1; i < len(parts)-1; i++ {
		parts[i] = "*"
	}
	return strings.Join(parts, "/")
}

// served is a built site behind a local HTTP server, built for the
// server's own URL (so canonical and share URLs are absolute and real).
type served struct {
	*builtSite
	URL string // with no trailing slash
}

var (
	serversMu sync.Mutex
	servers   = map[string]*served{}
	closers   []func()
)

// serveSeed serves the seed site, built with -base-url set to the
// server's URL.
func serveSeed(t testing.TB) *served {
	t.Helper()
	return serve(t, "seed", seedContent, false)
}

// serveCorpus serves the ../shared/corpus site (as corpus builds it),
// built with -base-url set to the server's URL.
func serveCorpus(t testing.TB) *served {
	t.Helper()
	return serve(t, "corpus", corpusContent, true)
}

// serve serves the site built from content, once per name.
func serve(t testing.TB, name string, content func(testing.TB) string, keepGoing bool) *served {
	t.Helper()
	c := content(t)
	serversMu.Lock()
	defer serversMu.Unlock()
	if s := servers[name]; s != nil {
		return s
	}
	dir := filepath.Join(tmp, "served-"+name)
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	closers = append(closers, srv.Close)
	b, err := genInto(c, dir, srv.URL+"/", keepGoing)
	if err != nil {
		t.Fatalf("building the served %s site: %v", name, err)
	}
	s := &served{builtSite: b, URL: srv.URL}
	servers[name] = s
	return s
}

func closeServers() {
	serversMu.Lock()
	defer serversMu.Unlock()
	for _, c := range closers {
		c()
	}
}

// reviewDir is where screenshots and reports for people go:
// $CALLSITE_SCREENSHOTS, or a temporary folder of the test.
func reviewDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("CALLSITE_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func readAll(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
