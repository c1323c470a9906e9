package e2e

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// maxValidate bounds the pages of one site sent to the Nu Html Checker. The
// sample and seed sites are far below it; the corpus site is sampled when it
// grows past it.
const maxValidate = 400

// TestHTMLValid runs the Nu Html Checker on the built sites: every page of
// the sample and seed sites, and every call page, index and company page of
// the corpus site (a sample, if there are more than maxValidate pages).
// Zero errors allowed.
func TestHTMLValid(t *testing.T) {
	java := lookPath(t, "apt-get install default-jre-headless", "java")
	jar := nodeModule(t, "vnu-jar/build/dist/vnu.jar")
	for _, tc := range builtSites {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.site(t)
			pages := validationSample(s.pages(t), maxValidate)
			msgs, err := vnu(java, jar, s.Dir, pages)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("validated %d pages", len(pages))
			for _, m := range msgs {
				t.Errorf("%s:%d:%d: %s\n\t%s", m.file(s.Dir), m.LastLine, m.FirstColumn, m.Message, strings.TrimSpace(m.Extract))
			}
		})
	}
}

// validationSample keeps every page when there are at most max; otherwise
// it takes, in this order and each group at an even stride when the budget
// left is smaller than it: the top-level pages (home, 404, Markdown pages),
// the call pages, the company pages, and the other pages (people, firms...).
func validationSample(pages []string, max int) []string {
	if len(pages) <= max {
		return pages
	}
	var top, calls, companies, rest []string
	for _, p := range pages {
		switch sh := shape(p); {
		case !strings.Contains(p, "/") || strings.Count(sh, "/") == 1:
			top = append(top, p)
		case sh == "c/*/*/index.html":
			calls = append(calls, p)
		case sh == "c/*/index.html":
			companies = append(companies, p)
		default:
			rest = append(rest, p)
		}
	}
	var out []string
	for _, g := range [][]string{top, calls, companies, rest} {
		out = append(out, stride(g, max-len(out))...)
	}
	return out
}

func stride(list []string, n int) []string {
	if n <= 0 {
		return nil
	}
	if len(list) <= n {
		return list
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, list[i*len(list)/n])
	}
	return out
}

type vnuMessage struct {
	Type        string `json:"type"`
	URL         string `json:"url"`
	LastLine    int    `json:"lastLine"`
	FirstColumn int    `json:"firstColumn"`
	Message     string `json:"message"`
	Extract     string `json:"extract"`
}

func (m vnuMessage) file(dir string) string {
	u, err := url.Parse(m.URL)
	if err != nil || u.Scheme != "file" {
		return m.URL
	}
	if rel, err := filepath.Rel(dir, filepath.FromSlash(u.Path)); err == nil {
		return filepath.ToSlash(rel)
	}
	return u.Path
}

// vnu checks the pages (slash paths inside dir) in one JVM run and returns
// the errors it reports.
func vnu(java, jar, dir string, pages []string) ([]vnuMessage, error) {
	if len(pages) == 0 {
		return nil, errors.New("no pages to validate")
	}
	args := []string{"-jar", jar, "--errors-only", "--format", "json"}
	for _, p := range pages {
		args = append(args, filepath.Join(dir, filepath.FromSlash(p)))
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(java, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	// vnu writes the JSON report to stderr and exits 1 when it found errors.
	var report struct {
		Messages []vnuMessage `json:"messages"`
	}
	if err := json.Unmarshal(stderr.Bytes(), &report); err != nil {
		return nil, fmt.Errorf("vnu: %v (%v)\n%s%s", runErr, err, stdout.Bytes(), stderr.Bytes())
	}
	var out []vnuMessage
	for _, m := range report.Messages {
		if m.Type == "error" || m.Type == "non-document-error" {
			out = append(out, m)
		}
	}
	if runErr != nil && len(out) == 0 {
		return nil, fmt.Errorf("vnu: %v with no errors reported\n%s", runErr, stderr.Bytes())
	}
	return out, nil
}

// TestXMLWellFormed parses every XML file of the built sites (Atom feeds,
// sitemaps: whatever *.xml, *.atom or *.rss the build writes) with
// encoding/xml.
func TestXMLWellFormed(t *testing.T) {
	for _, tc := range builtSites {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.site(t)
			n := 0
			err := fs.WalkDir(os.DirFS(s.Dir), ".", func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				switch path.Ext(p) {
				case ".xml", ".atom", ".rss":
				default:
					return nil
				}
				n++
				if err := wellFormed(filepath.Join(s.Dir, filepath.FromSlash(p))); err != nil {
					t.Errorf("%s: %v", p, err)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Fatal("no XML files in the site: the feeds and the sitemap are missing")
			}
			t.Logf("%d XML files parsed", n)
		})
	}
}

func wellFormed(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	d := xml.NewDecoder(f)
	d.Strict = true
	root := 0
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				root++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if root != 1 {
		return fmt.Errorf("%d root elements, want 1", root)
	}
	return nil
}
