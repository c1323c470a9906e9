package e2e

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden from the built site")

// goldenDir holds the golden site (site.txtar) and the expected files.
const goldenDir = "testdata/golden"

// goldens are the files of the golden site compared byte for byte: one of
// each kind that reviewers should see change. The site's own paths are
// spelled out, so a change of URLs shows up here too.
var goldens = []struct{ golden, file string }{
	{"index.html.golden", "index.html"},
	{"company.html.golden", "c/quillmere-instruments/index.html"},
	{"call.html.golden", "c/quillmere-instruments/2025-q2/index.html"},
	{"exchange.html.golden", "c/quillmere-instruments/2025-q2/q1/index.html"},
	{"call.json.golden", "c/quillmere-instruments/2025-q2/call.json"},
}

const updateHint = "if the change is intended, run `go test ./internal/e2e -run TestGolden -update` and review the diff of internal/e2e/testdata/golden"

// TestGolden builds the small site of testdata/golden/site.txtar with
// plain `gen build` in its root (its callsite.yaml sets the base URL, the
// title and minify: false, so the pages stay readable) and compares whole
// pages with the checked-in golden files. With -update it rewrites them.
func TestGolden(t *testing.T) {
	archive := filepath.Join(goldenDir, "site.txtar")
	src, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := parseTxtar(archive, src)
	if err != nil {
		t.Fatal(err)
	}
	siteRoot := t.TempDir()
	if err := os.CopyFS(siteRoot, fsys); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	cmd := genCmd("build", "-quiet")
	cmd.Dir = siteRoot
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("gen build in the golden site: %v\n%s", err, log.String())
	}
	if log.Len() > 0 {
		t.Errorf("gen build -quiet printed (want nothing: no errors in the golden site):\n%s", log.String())
	}
	public := filepath.Join(siteRoot, "public")

	for _, g := range goldens {
		got, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(g.file)))
		if err != nil {
			t.Errorf("%s: not built (%v); the site has:\n%s", g.file, err, strings.Join(builtFiles(t, public), "\n"))
			continue
		}
		want := filepath.Join(goldenDir, g.golden)
		if *update {
			if err := os.WriteFile(want, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		exp, err := os.ReadFile(want)
		if err != nil {
			t.Errorf("%s: %v; %s", g.file, err, updateHint)
			continue
		}
		if d := lineDiff(string(exp), string(got)); d != "" {
			t.Errorf("%s differs from %s (- golden, + built):\n%s\n%s", g.file, want, d, updateHint)
		}
	}
	checkShareImages(t, public)
}

// ogImage finds the share image of a page in its Open Graph tags.
var (
	ogImageSize   = regexp.MustCompile(`<meta property="og:image:width" content="(\d+)">`)
	ogImageHeight = regexp.MustCompile(`<meta property="og:image:height" content="(\d+)">`)
)

var ogImage = regexp.MustCompile(`<meta property="og:image" content="([^"]*)">`)

// checkShareImages checks what the goldens cannot show: that every
// og:image of the golden pages is an absolute URL under the base URL whose
// file was built and is a PNG of the size the page's og:image:width and
// og:image:height say (the images are binary, so they are not golden
// files themselves).
func checkShareImages(t *testing.T, public string) {
	t.Helper()
	const base = "https://example.org/calls/"
	seen := 0
	for _, g := range goldens {
		if path.Ext(g.file) != ".html" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(g.file)))
		if err != nil {
			continue // reported above
		}
		m := ogImage.FindSubmatch(b)
		if m == nil {
			continue
		}
		seen++
		u := string(m[1])
		rel, ok := strings.CutPrefix(u, base)
		if !ok {
			t.Errorf("%s: og:image %q is not under the base URL %s", g.file, u, base)
			continue
		}
		f, err := os.Open(filepath.Join(public, filepath.FromSlash(rel)))
		if err != nil {
			t.Errorf("%s: og:image %s: %v", g.file, u, err)
			continue
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		w, h := ogImageSize.FindSubmatch(b), ogImageHeight.FindSubmatch(b)
		if w == nil || h == nil {
			t.Errorf("%s: og:image without og:image:width and og:image:height", g.file)
			continue
		}
		if err != nil || strconv.Itoa(cfg.Width) != string(w[1]) || strconv.Itoa(cfg.Height) != string(h[1]) {
			t.Errorf("%s: og:image %s: want a %sx%s PNG as the page says, got %dx%d (%v)", g.file, u, w[1], h[1], cfg.Width, cfg.Height, err)
		}
	}
	if seen < 2 {
		t.Errorf("want an og:image on the call and exchange pages, found %d among the golden pages", seen)
	}
}

// builtFiles lists the files of a built site, to help when a golden's
// page moved.
func builtFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	_ = fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (path.Ext(p) == ".html" || path.Base(p) == "call.json") {
			out = append(out, "  "+p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// parseTxtar reads a txtar archive (the format of golang.org/x/tools/txtar,
// used by Go's and Hugo's tests): a free-form comment, then files, each
// introduced by a line "-- name --" and running to the next such line.
// Names are slash paths inside the archive; a bad or repeated name is an
// error "archive:line: message".
func parseTxtar(name string, data []byte) (fstest.MapFS, error) {
	fsys := fstest.MapFS{}
	var cur *fstest.MapFile
	lines := strings.SplitAfter(string(data), "\n")
	for i, line := range lines {
		if file, ok := txtarMarker(line); ok {
			if !fs.ValidPath(file) || file == "." {
				return nil, fmt.Errorf("%s:%d: bad file name %q", name, i+1, file)
			}
			if _, dup := fsys[file]; dup {
				return nil, fmt.Errorf("%s:%d: %s is in the archive twice", name, i+1, file)
			}
			cur = &fstest.MapFile{Mode: 0o644}
			fsys[file] = cur
			continue
		}
		if cur != nil {
			cur.Data = append(cur.Data, line...)
		}
	}
	if len(fsys) == 0 {
		return nil, fmt.Errorf("%s: no files (want lines \"-- name --\")", name)
	}
	return fsys, nil
}

// txtarMarker reports whether line is a file marker "-- name --".
func txtarMarker(line string) (string, bool) {
	line = strings.TrimRight(line, "\r\n")
	if len(line) < len("-- x --") || !strings.HasPrefix(line, "-- ") || !strings.HasSuffix(line, " --") {
		return "", false
	}
	return strings.TrimSpace(line[3 : len(line)-3]), true
}

// lineDiff shows how got differs from want, line by line, as hunks with
// three lines of context ("-" golden, "+" built), cut after 60 lines of
// output; "" when they are equal.
func lineDiff(want, got string) string {
	if want == got {
		return ""
	}
	ops := diffLines(strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n"))
	const context, most = 3, 60
	var b strings.Builder
	printed, last := 0, -1 // last op printed
	for i := 0; i < len(ops); i++ {
		if ops[i].kind == ' ' {
			continue
		}
		from := max(i-context, last+1)
		if from > last+1 || last < 0 {
			fmt.Fprintf(&b, "@@ golden line %d, built line %d @@\n", ops[from].a, ops[from].b)
		}
		// extend the hunk while changes are at most 2*context lines apart
		to := i
		for j := i; j < len(ops) && j <= to+2*context; j++ {
			if ops[j].kind != ' ' {
				to = j
			}
		}
		to = min(len(ops)-1, to+context)
		for k := from; k <= to; k++ {
			if printed == most {
				b.WriteString("... (more differences)\n")
				return b.String()
			}
			b.WriteByte(ops[k].kind)
			b.WriteString(strings.TrimSuffix(ops[k].line, "\n"))
			b.WriteByte('\n')
			printed++
		}
		last, i = to, to
	}
	return b.String()
}

// A diffOp is one line of a line diff: kind ' ' (in both), '-' (only in
// the golden file) or '+' (only in the built one); a and b are the line
// numbers (from 1) where it stands in each.
type diffOp struct {
	kind byte
	line string
	a, b int
}

// diffLines is a longest-common-subsequence line diff. Pages are a few
// hundred lines; past maxCells the middle is shown as replaced whole.
func diffLines(a, b []string) []diffOp {
	const maxCells = 4 << 20
	var ops []diffOp
	i, j := 0, 0
	for i < len(a) && j < len(b) && a[i] == b[j] {
		ops = append(ops, diffOp{' ', a[i], i + 1, j + 1})
		i, j = i+1, j+1
	}
	ea, eb := len(a), len(b)
	for ea > i && eb > j && a[ea-1] == b[eb-1] {
		ea, eb = ea-1, eb-1
	}
	n, m := ea-i, eb-j
	if (n+1)*(m+1) > maxCells {
		for k := i; k < ea; k++ {
			ops = append(ops, diffOp{'-', a[k], k + 1, j + 1})
		}
		for k := j; k < eb; k++ {
			ops = append(ops, diffOp{'+', b[k], ea + 1, k + 1})
		}
	} else {
		// lcs[x][y]: longest common subsequence of a[i+x:ea] and b[j+y:eb]
		lcs := make([][]int32, n+1)
		for x := range lcs {
			lcs[x] = make([]int32, m+1)
		}
		for x := n - 1; x >= 0; x-- {
			for y := m - 1; y >= 0; y-- {
				if a[i+x] == b[j+y] {
					lcs[x][y] = lcs[x+1][y+1] + 1
				} else {
					lcs[x][y] = max(lcs[x+1][y], lcs[x][y+1])
				}
			}
		}
		x, y := 0, 0
		for x < n || y < m {
			switch {
			case x < n && y < m && a[i+x] == b[j+y]:
				ops = append(ops, diffOp{' ', a[i+x], i + x + 1, j + y + 1})
				x, y = x+1, y+1
			case y == m || (x < n && lcs[x+1][y] >= lcs[x][y+1]):
				ops = append(ops, diffOp{'-', a[i+x], i + x + 1, j + y + 1})
				x++
			default:
				ops = append(ops, diffOp{'+', b[j+y], i + x + 1, j + y + 1})
				y++
			}
		}
	}
	for k := ea; k < len(a); k++ {
		ops = append(ops, diffOp{' ', a[k], k + 1, k - ea + eb + 1})
	}
	return ops
}

func TestParseTxtar(t *testing.T) {
	fsys, err := parseTxtar("a.txtar", []byte("comment\n-- a.txt --\none\n---\n-- dir/b.md --\n-- not a marker\ntwo\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a.txt": "one\n---\n", "dir/b.md": "-- not a marker\ntwo\n"}
	if len(fsys) != len(want) {
		t.Fatalf("got %d files, want %d", len(fsys), len(want))
	}
	for name, data := range want {
		if f := fsys[name]; f == nil || string(f.Data) != data {
			t.Errorf("%s: got %+v, want %q", name, f, data)
		}
	}
	for src, msg := range map[string]string{
		"-- a --\n-- ../b --\n":  "a.txtar:2: bad file name",
		"x\n-- a --\n-- a --\n":  "a.txtar:3: a is in the archive twice",
		"just a comment\n":       "a.txtar: no files",
		"-- /abs --\ncontent\n":  "a.txtar:1: bad file name",
		"-- dir/ --\ncontent\n":  "a.txtar:1: bad file name",
		"-- x --\r\n-- x --\r\n": "a.txtar:2: x is in the archive twice",
	} {
		if _, err := parseTxtar("a.txtar", []byte(src)); err == nil || !strings.HasPrefix(err.Error(), msg) {
			t.Errorf("%q: got error %v, want %q", src, err, msg)
		}
	}
}

func TestLineDiff(t *testing.T) {
	var lines []string
	for i := 1; i <= 40; i++ {
		lines = append(lines, fmt.Sprintf("line %d\n", i))
	}
	want := strings.Join(lines, "")
	if d := lineDiff(want, want); d != "" {
		t.Errorf("equal texts: got diff %q", d)
	}
	lines[9] = "changed 10\n"
	lines = append(lines[:30], lines[31:]...) // line 31 removed
	d := lineDiff(want, strings.Join(lines, ""))
	for _, s := range []string{"@@ golden line 7, built line 7 @@\n", "-line 10\n+changed 10\n", " line 13\n", "@@ golden line 28, built line 28 @@\n", "-line 31\n line 32\n"} {
		if !strings.Contains(d, s) {
			t.Errorf("diff lacks %q:\n%s", s, d)
		}
	}
	for _, s := range []string{"line 1\n", "line 20\n", "line 35\n"} {
		if strings.Contains(d, " "+s) {
			t.Errorf("diff shows %q, far from any change:\n%s", s, d)
		}
	}
}
