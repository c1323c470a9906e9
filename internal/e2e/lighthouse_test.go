package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Lighthouse's accessibility, best-practices and SEO categories must
// score 100. They do not depend on the machine's speed, so they are tests.
// The performance score does (Lighthouse simulates a slow phone from the
// CPU time this machine's Chromium takes): it is measured by
// BenchmarkLighthouse, never asserted in a test. Of the performance
// audits, only layout shift is not a timing and is tested.
var lighthouseCategories = []string{"accessibility", "best-practices", "seo"}

// minPerformance is the performance score BenchmarkLighthouse is run
// against (see README, "Quality"): it reports the score; it does not fail.
const minPerformance = 95

// maxPageWeight is the budget of a call page's own bytes: its HTML and the
// CSS and JS it loads, without images.
const maxPageWeight = 150_000

// TestLighthouse runs Lighthouse (mobile) on the seed's call page and on
// a page below it (an exchange page), served over HTTP from the local
// server, and checks the categories that do not depend on the machine's
// speed, and that nothing shifts as the page loads.
func TestLighthouse(t *testing.T) {
	pages, run := lighthouseSetup(t)
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			r, report := run(t, p)
			for _, prob := range lighthouseProblems(t, r, lighthouseCategories, 100) {
				t.Error(prob)
			}
			if cls, ok := r.Audits["cumulative-layout-shift"]; !ok || cls.Score == nil || *cls.Score < 1 {
				t.Errorf("Lighthouse: the page shifts as it loads (cumulative layout shift %s)", cls.DisplayValue)
			}
			if perf, ok := r.Categories["performance"]; ok && perf.Score != nil {
				t.Logf("Performance on this machine, not asserted (see BenchmarkLighthouse): %d", int(*perf.Score*100+0.5))
			}
			t.Logf("Lighthouse report: %s", report)
		})
	}
}

// BenchmarkLighthouse measures Lighthouse's performance score (mobile,
// simulated throttling) of the seed's call page and its first exchange
// page, b.N runs each, and reports the median score and total blocking
// time of each page. Run it on a quiet machine:
//
//	go test ./internal/e2e -run '^$' -bench Lighthouse -benchtime 5x
func BenchmarkLighthouse(b *testing.B) {
	pages, run := lighthouseSetup(b)
	for i, p := range pages {
		name := "call"
		if i > 0 {
			name = "exchange"
		}
		b.Run(name, func(b *testing.B) {
			var scores, tbt []float64
			for b.Loop() {
				r, _ := run(b, p)
				perf := r.Categories["performance"]
				if perf.Score == nil {
					b.Fatalf("%s: no performance score", p)
				}
				scores = append(scores, *perf.Score*100)
				tbt = append(tbt, r.Audits["total-blocking-time"].NumericValue)
			}
			b.ReportMetric(median(scores), "score")
			b.ReportMetric(median(tbt), "blocking-ms")
			if m := median(scores); m < minPerformance {
				b.Logf("%s: median performance %.0f, below %d on this machine", p, m, minPerformance)
			}
		})
	}
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// lighthouseSetup serves the seed site and returns the pages Lighthouse
// runs on (the call page, then the first page below it: an exchange page)
// and a function that runs Lighthouse on one of them.
func lighthouseSetup(t testing.TB) ([]string, func(testing.TB, string) (lhReport, string)) {
	t.Helper()
	lh := nodeModule(t, ".bin/lighthouse")
	lookPath(t, "the machine's Node.js runs Lighthouse", "node")
	chrome := chromePath(t)
	srv := serveSeed(t)
	call := seedCallPage(t)
	pages := []string{call}
	under := path.Dir(call) + "/"
	for _, p := range srv.pages(t) {
		if strings.HasPrefix(p, under) && p != call {
			pages = append(pages, p) // the first page below the call: an exchange page
			break
		}
	}
	if len(pages) == 1 {
		t.Log("no page below the call page (exchange page) yet: Lighthouse runs on the call page only")
	}
	dir := reviewDir(t)
	return pages, func(t testing.TB, p string) (lhReport, string) {
		t.Helper()
		report := filepath.Join(dir, "lighthouse-"+strings.NewReplacer("/", "_", ".html", "").Replace(p)+".json")
		runLighthouse(t, lh, chrome, srv.URL+"/"+urlPath(p), report)
		var r lhReport
		if err := json.Unmarshal(readAll(t, report), &r); err != nil {
			t.Fatalf("reading the Lighthouse report: %v", err)
		}
		if r.RuntimeError != nil && r.RuntimeError.Code != "" && r.RuntimeError.Code != "NO_ERROR" {
			t.Fatalf("Lighthouse: %s: %s", r.RuntimeError.Code, r.RuntimeError.Message)
		}
		return r, report
	}
}

type lhReport struct {
	RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
	Categories   map[string]struct {
		Title     string   `json:"title"`
		Score     *float64 `json:"score"`
		AuditRefs []struct {
			ID     string  `json:"id"`
			Weight float64 `json:"weight"`
		} `json:"auditRefs"`
	} `json:"categories"`
	Audits map[string]struct {
		Title        string   `json:"title"`
		Score        *float64 `json:"score"`
		NumericValue float64  `json:"numericValue"`
		DisplayValue string   `json:"displayValue"`
	} `json:"audits"`
}

func runLighthouse(t testing.TB, lh, chrome, url, report string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, lh, url,
		"--output=json", "--output-path="+report, "--quiet",
		"--only-categories=performance,accessibility,best-practices,seo",
		"--chrome-flags="+strings.Join(chromeFlags, " "))
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("lighthouse %s: %v\n%s", url, err, out.String())
	}
}

// lighthouseProblems logs the scores of the categories and returns those
// below want, with the audits that cost them points.
func lighthouseProblems(t *testing.T, r lhReport, categories []string, want int) (probs []string) {
	t.Helper()
	for _, id := range categories {
		c, ok := r.Categories[id]
		if !ok || c.Score == nil {
			probs = append(probs, "Lighthouse: no "+id+" score")
			continue
		}
		score := int(*c.Score*100 + 0.5)
		t.Logf("%s: %d", c.Title, score)
		if score >= want {
			continue
		}
		var why []string
		for _, ref := range c.AuditRefs {
			a := r.Audits[ref.ID]
			if ref.Weight > 0 && a.Score != nil && *a.Score < 1 {
				why = append(why, fmt.Sprintf("%s (%s) %.2f %s", ref.ID, a.Title, *a.Score, a.DisplayValue))
			}
		}
		probs = append(probs, fmt.Sprintf("Lighthouse %s %d, want %d; audits below 1:\n\t%s", c.Title, score, want, strings.Join(why, "\n\t")))
	}
	return probs
}

// TestPageWeight keeps the seed call page's own weight (HTML plus the CSS
// and JS it loads; images and call.json are not counted) under budget.
func TestPageWeight(t *testing.T) {
	s := seed(t)
	call := seedCallPage(t)
	total, parts := pageWeight(t, s, call)
	t.Logf("%s: %d bytes: %s", call, total, strings.Join(parts, ", "))
	if total > maxPageWeight {
		t.Errorf("%s weighs %d bytes (HTML + CSS + JS), budget %d", call, total, maxPageWeight)
	}
}

func pageWeight(t *testing.T, s *builtSite, p string) (int, []string) {
	t.Helper()
	file := filepath.Join(s.Dir, filepath.FromSlash(p))
	b := readAll(t, file)
	total := len(b)
	parts := []string{fmt.Sprintf("%s %d", p, len(b))}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
			}
			ref := ""
			switch {
			case n.Data == "script" && attr["src"] != "":
				ref = attr["src"]
			case n.Data == "link" && hasToken(attr["rel"], "stylesheet"):
				ref = attr["href"]
			case n.Data == "link" && hasToken(attr["rel"], "modulepreload"):
				ref = attr["href"]
			}
			if ref != "" && !seen[ref] {
				seen[ref] = true
				tgt := target(p, s.Base, ref)
				if tgt == "" {
					t.Errorf("%s: loads %s from another site", p, ref)
				} else if fb, err := os.ReadFile(filepath.Join(s.Dir, filepath.FromSlash(tgt))); err != nil {
					t.Errorf("%s: %s: %v", p, ref, err)
				} else {
					total += len(fb)
					parts = append(parts, fmt.Sprintf("%s %d", tgt, len(fb)))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return total, parts
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
