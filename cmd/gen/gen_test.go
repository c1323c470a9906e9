package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"callsite/internal/linkcheck"
	"callsite/internal/render/export"
	"callsite/internal/testshared"
	"callsite/internal/testtree"
)

// gen runs the command in-process and returns its exit code and output.
func gen(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkLinks(t *testing.T, dir, base string) {
	t.Helper()
	probs, err := linkcheck.Check(dir, base)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
}

func TestBuildSampleContent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := gen(t, "build", "-content", "../../content", "-out", out)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "built 3 calls") {
		t.Errorf("stdout = %q", stdout)
	}
	checkLinks(t, out, "/")

	index := readFile(t, filepath.Join(out, "index.html"))
	for _, want := range []string{`href="c/northwind-robotics/2024-q3/"`, `href="c/alder-foods/"`, "Northwind Robotics", "Q3 2024"} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	// Newest first: Q3 2024 before Q2 2024 before Q4 2023.
	if !(strings.Index(index, "2024-q3/") < strings.Index(index, "2024-q2/") && strings.Index(index, "2024-q2/") < strings.Index(index, "2023-q4/")) {
		t.Error("index does not list calls newest first")
	}

	call := readFile(t, filepath.Join(out, "c/northwind-robotics/2024-q3/index.html"))
	for _, want := range []string{
		`<article class="turn role-host" id="pr1" style="--paras:`,
		`<p id="q1-2p1">`,
		`<section class="exchange" id="q2"`,
		`href="#q3"`,
		`Harbor Lane Securities`,
		`Answered by Thomas Okafor, Helen Brandt`,
		`<h2 id="h-closing">Closing</h2>`,
		`href="call.json"`,
		`<link rel="canonical" href="/c/northwind-robotics/2024-q3/">`,
		`<a class="permalink" href="#q1-2" data-copy`,
	} {
		if !strings.Contains(call, want) {
			t.Errorf("call page lacks %q", want)
		}
	}

	// One person across calls, linked from the call page; firms folded.
	person := readFile(t, filepath.Join(out, "people/daniel-p-whitfield/index.html"))
	for _, want := range []string{"Daniel P. Whitfield", "Also written as: Dan Whitfield", `href="../../c/northwind-robotics/2024-q3/#q1"`, `href="../../c/northwind-robotics/2024-q2/#q1"`, `href="../../firms/harbor-lane/"`} {
		if !strings.Contains(person, want) {
			t.Errorf("person page lacks %q", want)
		}
	}
	if !strings.Contains(call, `<a class="speaker" href="../../../people/helen-brandt/">Helen Brandt</a>`) {
		t.Error("call page does not link speakers to their person pages")
	}
	firm := readFile(t, filepath.Join(out, "firms/harbor-lane/index.html"))
	if !strings.Contains(firm, "Harbor Lane Securities") || strings.Count(firm, "question 1</a>") != 2 {
		t.Errorf("firm page does not list the analyst's two questions:\n%s", firm)
	}
	company := readFile(t, filepath.Join(out, "c/northwind-robotics/index.html"))
	for _, want := range []string{`<svg class="chart"`, `aria-label="Revenue by quarter: Q2 2024 $44.1 million; Q3 2024 $48.6 million"`, `Guidance tracker`, `<span class="verdict verdict-met">met</span>`, `not reported in a call here`} {
		if !strings.Contains(company, want) {
			t.Errorf("company page lacks %q", want)
		}
	}
	for _, want := range []string{`<strong>3</strong> calls`, `<strong>2</strong> companies`, `<h3 class="letter">N</h3>`} {
		if !strings.Contains(index, want) {
			t.Errorf("index lacks %q", want)
		}
	}

	// Glossary: the default terms and the site's own (content/glossary.yaml).
	for _, want := range []string{`aria-describedby="term-picking-unit">autonomous picking units<span class="tip"`, `aria-describedby="term-adjusted-ebitda">`, `<dd id="term-picking-unit">A warehouse robot`} {
		if !strings.Contains(call, want) {
			t.Errorf("call page lacks glossary markup %q", want)
		}
	}

	about := readFile(t, filepath.Join(out, "about/index.html"))
	if !strings.Contains(about, `<pre class="chroma">`) || !strings.Contains(about, `<span class="`) {
		t.Error("about page: fenced code is not highlighted by chroma with classes")
	}
	if css := readFile(t, filepath.Join(out, "static/chroma.css")); !strings.Contains(css, ".chroma") || !regexp.MustCompile(`prefers-color-scheme: ?dark`).MatchString(css) {
		t.Error("static/chroma.css is not a generated chroma stylesheet with a dark variant")
	}

	var cj export.CallJSON
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "c/alder-foods/2023-q4/call.json"))), &cj); err != nil {
		t.Fatal(err)
	}
	if cj.Company.Slug != "alder-foods" || cj.Period.Label != "Q4 2023" || len(cj.Exchanges) != 2 || cj.Exchanges[0].Firm != "Calder & Finch" {
		t.Errorf("call.json = %+v", cj)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, out := range []string{a, b} {
		if code, _, stderr := gen(t, "build", "-content", "../../content", "-out", out); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	if ha, hb := testtree.Listing(t, a), testtree.Listing(t, b); ha != hb {
		t.Errorf("two builds differ:\n%s\n%s", ha, hb)
	}
}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	content := t.TempDir()
	good, err := os.ReadFile("../../content/alder-foods-2023-q4.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":       good,
		"empty.txt":      nil,
		"sub/binary.txt": {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3},
	}
	for name, data := range files {
		p := filepath.Join(content, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "previous.html"), []byte("old site"), 0o644)
	before := testtree.Listing(t, out)

	code, _, stderr := gen(t, "build", "-content", content, "-out", out)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{
		filepath.ToSlash(filepath.Join(content, "empty.txt")) + ":1: empty file",
		filepath.ToSlash(filepath.Join(content, "sub/binary.txt")) + ":1: binary data",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if after := testtree.Listing(t, out); after != before {
		t.Errorf("failed build changed the output:\n%s", after)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("failed build left files beside the output: %v", entries)
	}

	code, _, stderr = gen(t, "build", "-keep-going", "-content", content, "-out", out)
	if code != 1 {
		t.Fatalf("-keep-going: exit %d, want 1\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "c/alder-foods/2023-q4/index.html")); err != nil {
		t.Errorf("-keep-going did not publish the call that parsed: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "previous.html")); err == nil {
		t.Error("-keep-going kept a file of the previous site")
	}
}

// goldStructure is the part of ../shared/gold/*.structure.json checked
// against call.json.
type goldStructure struct {
	Company, Period   string
	Turns, Paragraphs int
	Sections          []struct {
		Name  string
		Turns int
	}
	Speakers  []struct{ Name, Title, Role, Firm string }
	Exchanges []struct {
		N          int
		Analyst    string
		AnsweredBy []string `json:"answered_by"`
	}
}

func TestSeedCallJSONMatchesGold(t *testing.T) {
	const id = "000_037e1c84daa94943"
	src, err := os.ReadFile(testshared.Path(t, "seed", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var gold goldStructure
	if err := json.Unmarshal([]byte(readFile(t, testshared.Path(t, "gold", id+".structure.json"))), &gold); err != nil {
		t.Fatal(err)
	}
	content := t.TempDir()
	os.WriteFile(filepath.Join(content, id+".txt"), src, 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := gen(t, "build", "-content", content, "-out", out); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	checkLinks(t, out, "/")
	var cj export.CallJSON
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/call.json"))), &cj); err != nil {
		t.Fatal(err)
	}
	if cj.Company.Name != gold.Company || cj.Period.Label != gold.Period {
		t.Errorf("company, period = %q, %q; want %q, %q", cj.Company.Name, cj.Period.Label, gold.Company, gold.Period)
	}
	turns, paras := 0, 0
	if len(cj.Sections) != len(gold.Sections) {
		t.Fatalf("%d sections, want %d", len(cj.Sections), len(gold.Sections))
	}
	kinds := map[string]string{"prepared remarks": "prepared", "questions and answers": "qa", "closing": "closing"}
	for i, s := range cj.Sections {
		if s.Kind != kinds[gold.Sections[i].Name] || len(s.Turns) != gold.Sections[i].Turns {
			t.Errorf("section %d: %s with %d turns, want %s with %d", i, s.Kind, len(s.Turns), gold.Sections[i].Name, gold.Sections[i].Turns)
		}
		for _, tu := range s.Turns {
			turns++
			paras += len(tu.Paragraphs)
		}
	}
	if turns != gold.Turns || paras != gold.Paragraphs {
		t.Errorf("%d turns, %d paragraphs; want %d, %d", turns, paras, gold.Turns, gold.Paragraphs)
	}
	names := map[string]export.SpeakerJSON{}
	for _, sp := range cj.Speakers {
		names[sp.Name] = sp
	}
	if len(cj.Speakers) != len(gold.Speakers) {
		t.Errorf("%d speakers, want %d", len(cj.Speakers), len(gold.Speakers))
	}
	ids := map[string]string{}
	for _, g := range gold.Speakers {
		sp, ok := names[g.Name]
		if !ok || sp.Role != g.Role || sp.Title != g.Title || sp.Firm != g.Firm {
			t.Errorf("speaker %q = %+v, want %+v", g.Name, sp, g)
		}
		ids[sp.ID] = g.Name
	}
	if len(cj.Exchanges) != len(gold.Exchanges) {
		t.Fatalf("%d exchanges, want %d", len(cj.Exchanges), len(gold.Exchanges))
	}
	for i, g := range gold.Exchanges {
		ex := cj.Exchanges[i]
		var by []string
		for _, id := range ex.AnsweredBy {
			by = append(by, ids[id])
		}
		if ids[ex.Analyst] != g.Analyst || strings.Join(by, "|") != strings.Join(g.AnsweredBy, "|") {
			t.Errorf("exchange %d: %s answered by %v; want %s answered by %v", g.N, ids[ex.Analyst], by, g.Analyst, g.AnsweredBy)
		}
	}
	// Key points: Q2 revenue, net loss and per-share loss, Q3 and FY 2020
	// revenue guidance, each linked to its sentence.
	summary := strings.Join(cj.Summary, "\n")
	for _, want := range []string{`(?m)^Q2 revenue.*\$31\.2 million`, `\$8\.1 million`, `\$0\.39`, `(?m)^Sees Q3 2020 revenue.*\$36 million`, `(?m)^Sees FY 2020 revenue.*\$142 million`} {
		if !regexp.MustCompile(want).MatchString(summary) {
			t.Errorf("summary lacks %s:\n%s", want, summary)
		}
	}
	if len(cj.Summary) > 8 || len(cj.KeyPoints) != len(cj.Summary) {
		t.Errorf("%d bullets, %d key points", len(cj.Summary), len(cj.KeyPoints))
	}
	// Every id on the page is structural and unique (linkcheck fails on
	// duplicates); spot-check the readable scheme.
	page := readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/index.html"))
	if !strings.Contains(page, `<h2 id="h-key">Key points</h2>`) {
		t.Error("call page has no key points")
	}
	for _, id := range []string{"pr2", "pr3p9", "q1", "q1-2p1", "q6-1", "cl2"} {
		if !regexp.MustCompile(`id="` + id + `"`).MatchString(page) {
			t.Errorf("call page lacks id %q", id)
		}
	}
}

func TestThemeOverridesFileByFile(t *testing.T) {
	tpl, st := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(tpl, "index.html"), []byte(`{{template "head" .}}<main id="main"><h1>My own front page</h1></main>{{template "foot" .}}`), 0o644)
	os.WriteFile(filepath.Join(st, "style.css"), []byte("body{color:teal}"), 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := gen(t, "build", "-content", "../../content", "-out", out, "-templates", tpl, "-static", st); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "index.html")), "My own front page") {
		t.Error("index.html was not overridden")
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "c/alder-foods/2023-q4/index.html")), `class="transcript"`) {
		t.Error("call.html should still come from the default theme")
	}
	if readFile(t, filepath.Join(out, "static/style.css")) != "body{color:teal}" {
		t.Error("static/style.css was not overridden")
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "static/site.js")), "clipboard") {
		t.Error("static/site.js should still come from the default theme")
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{{}, {"frobnicate"}, {"build", "-no-such-flag"}, {"build", "-content", "/does/not/exist"}, {"build", "extra"}}
	for _, args := range cases {
		if code, _, _ := gen(t, args...); code != 2 {
			t.Errorf("gen %v: exit %d, want 2", args, code)
		}
	}
}

// TestSeedFiguresInCallJSON checks call.json's figures against the
// hand-labelled key figures of the seed: at least 95% must be there with
// the right value, unit, metric, period and kind.
func TestSeedFiguresInCallJSON(t *testing.T) {
	const id = "000_037e1c84daa94943"
	src, err := os.ReadFile(testshared.Path(t, "seed", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	gold := readFile(t, testshared.Path(t, "gold", id+".figures.tsv"))
	content := t.TempDir()
	os.WriteFile(filepath.Join(content, id+".txt"), src, 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := gen(t, "build", "-content", content, "-out", out); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var cj export.CallJSON
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/call.json"))), &cj); err != nil {
		t.Fatal(err)
	}
	rows, found := 0, 0
	for _, line := range strings.Split(gold, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 6 || f[0] == "metric_pattern" {
			continue
		}
		rows++
		metric := regexp.MustCompile("(?i)" + f[0])
		var value float64
		fmt.Sscan(f[3], &value)
		ok := false
		for _, fig := range cj.Figures {
			if !near(fig.Value, value) && !near(fig.Low, value) && !near(fig.High, value) {
				continue
			}
			if fig.Unit != f[4] || !metric.MatchString(fig.Metric) || fig.Kind != f[2] {
				continue
			}
			if f[1] != "-" && !strings.Contains("|"+f[1]+"|", "|"+fig.Period+"|") {
				continue
			}
			ok = true
			break
		}
		if ok {
			found++
		} else {
			t.Logf("missing: %s", line)
		}
	}
	if rows == 0 || float64(found) < 0.95*float64(rows) {
		t.Errorf("call.json has %d of %d gold figures, want at least 95%%", found, rows)
	}
	page := readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/index.html"))
	for _, want := range []string{`data-figure`, `role="tooltip"`, `<tr id="row-pr3p1f1">`, `href="figures.csv"`, `<h2 id="h-guidance">Guidance</h2>`} {
		if !strings.Contains(page, want) {
			t.Errorf("call page lacks %q", want)
		}
	}
	csv := readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/figures.csv"))
	if n := strings.Count(csv, "\n"); n != len(cj.Figures)+1 {
		t.Errorf("figures.csv has %d lines for %d figures", n, len(cj.Figures))
	}
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-6*(1+b)
}

// metaContent returns the content of <meta property|name="key">.
func metaContent(page, key string) string {
	re := regexp.MustCompile(`<meta (?:property|name)="` + regexp.QuoteMeta(key) + `" content="([^"]*)">`)
	if m := re.FindStringSubmatch(page); m != nil {
		return m[1]
	}
	return ""
}

func TestExchangePagesShareWell(t *testing.T) {
	const id = "000_037e1c84daa94943"
	src, err := os.ReadFile(testshared.Path(t, "seed", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	content := t.TempDir()
	os.WriteFile(filepath.Join(content, id+".txt"), src, 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := gen(t, "build", "-content", content, "-out", out, "-base-url", "https://calls.example.org/sub/"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	checkLinks(t, out, "/sub/")
	var cj export.CallJSON
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/call.json"))), &cj); err != nil {
		t.Fatal(err)
	}
	for i, ex := range cj.Exchanges {
		dir := filepath.Join(out, "c/kaleyra/2020-q2", ex.ID)
		page := readFile(t, filepath.Join(dir, "index.html"))
		url := "https://calls.example.org/sub/c/kaleyra/2020-q2/" + ex.ID + "/"
		if !strings.Contains(page, `<link rel="canonical" href="`+url+`">`) || metaContent(page, "og:url") != url {
			t.Errorf("%s: canonical or og:url is not %s", ex.ID, url)
		}
		title := metaContent(page, "og:title")
		if !strings.HasSuffix(title, " — Kaleyra Q2 2020") || len(title) < 30 {
			t.Errorf("%s: og:title = %q", ex.ID, title)
		}
		if d := metaContent(page, "og:description"); len(d) < 40 {
			t.Errorf("%s: og:description = %q", ex.ID, d)
		}
		if img := metaContent(page, "og:image"); img != url+"card.png" {
			t.Errorf("%s: og:image = %q", ex.ID, img)
		}
		png := readFile(t, filepath.Join(dir, "card.png"))
		if !strings.HasPrefix(png, "\x89PNG\r\n\x1a\n") {
			t.Errorf("%s: card.png is not a PNG", ex.ID)
		}
		if !strings.Contains(page, `href="../#`+ex.ID+`"`) {
			t.Errorf("%s: no link to the exchange in context", ex.ID)
		}
		if i > 0 && !strings.Contains(page, `rel="prev" href="../`+cj.Exchanges[i-1].ID+`/"`) {
			t.Errorf("%s: no link to the previous exchange", ex.ID)
		}
		if i+1 < len(cj.Exchanges) && !strings.Contains(page, `rel="next" href="../`+cj.Exchanges[i+1].ID+`/"`) {
			t.Errorf("%s: no link to the next exchange", ex.ID)
		}
		for _, turn := range ex.Turns {
			if !strings.Contains(page, `id="`+turn+`"`) {
				t.Errorf("%s: turn %s missing", ex.ID, turn)
			}
		}
	}
	call := readFile(t, filepath.Join(out, "c/kaleyra/2020-q2/index.html"))
	if metaContent(call, "og:image") != "https://calls.example.org/sub/c/kaleyra/2020-q2/card.png" {
		t.Errorf("call page og:image = %q", metaContent(call, "og:image"))
	}
}

func TestFeedsAndSitemap(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	base := "https://example.org/calls/"
	if code, _, stderr := gen(t, "build", "-content", "../../content", "-out", out, "-base-url", base); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	checkLinks(t, out, "/calls/")
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(readFile(t, filepath.Join(out, "sitemap.xml"))), &sm); err != nil {
		t.Fatalf("sitemap.xml: %v", err)
	}
	listed := map[string]bool{}
	for _, u := range sm.URLs {
		listed[u.Loc] = true
	}
	pages := 0
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.html" {
			return err
		}
		pages++
		rel, _ := filepath.Rel(out, filepath.Dir(p))
		u := base
		if rel != "." {
			u += filepath.ToSlash(rel) + "/"
		}
		if !listed[u] {
			t.Errorf("sitemap does not list %s", u)
		}
		return nil
	})
	if pages != len(sm.URLs) {
		t.Errorf("sitemap lists %d URLs for %d pages", len(sm.URLs), pages)
	}
	if robots := readFile(t, filepath.Join(out, "robots.txt")); !strings.Contains(robots, "Sitemap: "+base+"sitemap.xml") {
		t.Errorf("robots.txt = %q", robots)
	}
	type feed struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	for file, n := range map[string]int{"feed.xml": 3, "c/northwind-robotics/feed.xml": 2} {
		var f feed
		if err := xml.Unmarshal([]byte(readFile(t, filepath.Join(out, file))), &f); err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if len(f.Entries) != n || f.ID == "" || f.Updated == "" {
			t.Errorf("%s: %d entries (want %d), id %q, updated %q", file, len(f.Entries), n, f.ID, f.Updated)
		}
		for _, e := range f.Entries {
			if !strings.HasPrefix(e.Link.Href, base) || e.ID == "" || e.Updated == "" {
				t.Errorf("%s: entry %+v", file, e)
			}
		}
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "c/northwind-robotics/index.html")), `type="application/atom+xml" title="Northwind Robotics earnings calls" href="feed.xml"`) {
		t.Error("company page does not announce its feed")
	}
	// Someone heard at one company only has no feed of their own: their
	// page announces the company's, which holds every call they spoke on.
	if _, err := os.Stat(filepath.Join(out, "people/daniel-p-whitfield/feed.xml")); !os.IsNotExist(err) {
		t.Errorf("people/daniel-p-whitfield/feed.xml of a person heard at one company: %v", err)
	}
	if !strings.Contains(readFile(t, filepath.Join(out, "people/daniel-p-whitfield/index.html")), `type="application/atom+xml" title="Daniel P. Whitfield" href="../../c/northwind-robotics/feed.xml"`) {
		t.Error("person page does not announce their company's feed")
	}
}

func TestMinifyFlag(t *testing.T) {
	small, readable := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, args := range [][]string{{"-out", small}, {"-out", readable, "-minify=false"}} {
		if code, _, stderr := gen(t, append([]string{"build", "-content", "../../content"}, args...)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, f := range []string{"c/northwind-robotics/2024-q3/index.html", "static/style.css", "static/site.js"} {
		a, b := readFile(t, filepath.Join(small, f)), readFile(t, filepath.Join(readable, f))
		if len(a) >= len(b) {
			t.Errorf("%s: minified %d bytes, readable %d", f, len(a), len(b))
		}
		if strings.Count(b, "\n") < 10 {
			t.Errorf("%s: -minify=false output is not readable", f)
		}
	}
	checkLinks(t, small, "/")
}

func TestProgressLineAndQuiet(t *testing.T) {
	if got := progressLine(1200, 5000, 3*time.Second); got != "rendered 1200/5000 calls, 400 calls/s, about 10s left" {
		t.Errorf("progressLine = %q", got)
	}
	if got := progressLine(5000, 5000, 10*time.Second); got != "rendered 5000/5000 calls, 500 calls/s" {
		t.Errorf("progressLine at the end = %q", got)
	}
	// Not a terminal (a buffer): no progress; the summary line says what
	// was built; -quiet prints nothing on success.
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := gen(t, "build", "-content", "../../content", "-out", out)
	if code != 0 || strings.Contains(stderr, "rendered ") || !regexp.MustCompile(`^built 3 calls of 2 companies into \S+: \d+ pages, \d+ figures, 0 error\(s\), \d+ warning\(s\), [\d.]+s\n$`).MatchString(stdout) {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = gen(t, "build", "-quiet", "-content", "../../content", "-out", out)
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("-quiet: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
