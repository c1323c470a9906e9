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
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Lighthouse budgets: these categories must score 100, performance at
// least minPerformance.
const minPerformance = 95

// maxPageWeight is the budget of a call page's own bytes: its HTML and the
// CSS and JS it loads, without images.
const maxPageWeight = 150_000

// TestLighthouse runs Lighthouse (mobile, simulated throttling) on the
// seed's call page, and on a page below it (an exchange page) once the
// site has one, served over HTTP from the local server.
func TestLighthouse(t *testing.T) {
	lh := nodeModule(t, ".bin/lighthouse")
	lookPath(t, "the machine's Node.js runs Lighthouse", "node")
	chrome := chromePath(t)
	srv := serveSeed(t)
	call := seedCallPage(t)
	targets := []string{call}
	under := path.Dir(call) + "/"
	for _, p := range srv.pages(t) {
		if strings.HasPrefix(p, under) && p != call {
			targets = append(targets, p) // the first page below the call: an exchange page
			break
		}
	}
	if len(targets) == 1 {
		t.Log("no page below the call page (exchange page) yet: Lighthouse runs on the call page only")
	}
	dir := reviewDir(t)
	for _, p := range targets {
		t.Run(p, func(t *testing.T) {
			url := srv.URL + "/" + urlPath(p)
			report := filepath.Join(dir, "lighthouse-"+strings.NewReplacer("/", "_", ".html", "").Replace(p)+".json")
			// Performance is a measurement and varies with the load of the
			// machine (go test runs other packages beside this one): when it
			// is the only miss, Lighthouse runs again after a pause, up to
			// three runs, and the last run decides (Lighthouse's own advice
			// is to take several runs). The other categories are checked on
			// every run.
			for try := 1; ; try++ {
				runLighthouse(t, lh, chrome, url, report)
				probs, perfOnly := lighthouseProblems(t, readAll(t, report))
				if len(probs) > 0 && perfOnly && try < 3 {
					t.Logf("%s; measuring again", probs[0])
					time.Sleep(10 * time.Second)
					continue
				}
				for _, p := range probs {
					t.Error(p)
				}
				break
			}
			t.Logf("Lighthouse report: %s", report)
		})
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
		DisplayValue string   `json:"displayValue"`
	} `json:"audits"`
}

func runLighthouse(t *testing.T, lh, chrome, url, report string) {
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

// lighthouseProblems logs the scores of a report and returns the
// categories below budget, with the audits that cost them points;
// perfOnly says that performance is the only one.
func lighthouseProblems(t *testing.T, raw []byte) (probs []string, perfOnly bool) {
	t.Helper()
	var r lhReport
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("reading the Lighthouse report: %v", err)
	}
	if r.RuntimeError != nil && r.RuntimeError.Code != "" && r.RuntimeError.Code != "NO_ERROR" {
		t.Fatalf("Lighthouse: %s: %s", r.RuntimeError.Code, r.RuntimeError.Message)
	}
	perfOnly = true
	for _, id := range []string{"performance", "accessibility", "best-practices", "seo"} {
		c, ok := r.Categories[id]
		if !ok || c.Score == nil {
			probs = append(probs, "Lighthouse: no "+id+" score")
			perfOnly = false
			continue
		}
		score := int(*c.Score*100 + 0.5)
		want := 100
		if id == "performance" {
			want = minPerformance
		}
		t.Logf("%s: %d", c.Title, score)
		if score >= want {
			continue
		}
		if id != "performance" {
			perfOnly = false
		}
		var why []string
		for _, ref := range c.AuditRefs {
			a := r.Audits[ref.ID]
			if ref.Weight > 0 && a.Score != nil && *a.Score < 1 {
				why = append(why, fmt.Sprintf("%s (%s) %.2f %s", ref.ID, a.Title, *a.Score, a.DisplayValue))
			}
		}
		probs = append(probs, fmt.Sprintf("Lighthouse %s %d, want at least %d; audits below 1:\n\t%s", c.Title, score, want, strings.Join(why, "\n\t")))
	}
	return probs, perfOnly && len(probs) > 0
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
