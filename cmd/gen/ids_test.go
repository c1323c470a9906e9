package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// idsCall is an invented call in the plain format.
const idsCall = `Sample transcript written for callsite; Brightwater Ferries is a fictional company.
Mara Quinn - Director, Investor Relations
Good morning, and welcome to Brightwater Ferries' First Quarter 2025 Earnings Call. With me are Tobias Lind, our Chief Executive Officer, and Hana Sato, our Chief Financial Officer.
Today's remarks include forward-looking statements; our filings describe the risks.
Tobias Lind - Chief Executive Officer
Thank you, Mara. Passenger numbers rose 9% to 2.1 million in the quarter, and our two new hybrid vessels entered service on the harbour routes.
Freight volumes were flat, as we expected, while on-time departures reached 97%.
Hana Sato - Chief Financial Officer
Thanks, Tobias. Revenue was $64.5 million, up 7% from a year ago. Fuel costs fell to 18% of revenue from 22%, helped by the hybrid vessels.
We expect second quarter revenue between $70 million and $73 million.
Operator
We will now begin the question-and-answer session. Our first question comes from Paul Engel of Northgate Securities.
Paul Engel - Analyst
Good morning. Tobias, how many more hybrid vessels are you planning to order this year?
Tobias Lind - Chief Executive Officer
Two more, for delivery in 2026, financed from operating cash flow.
Operator
The next question comes from Rosa Milner of Linden Capital Markets.
Rosa Milner - Analyst
Hana, what share of the fuel savings should we expect to keep in the second half?
Hana Sato - Chief Financial Officer
Most of it. About two thirds of the saving comes from the vessels themselves, not from fuel prices.
Operator
The next question comes from Ivo Petrov of Saltmarsh Research.
Ivo Petrov - Analyst
Can you talk about freight pricing on the island routes?
Tobias Lind - Chief Executive Officer
Freight prices rose 3% in January, and contract renewals have held at those levels.
Operator
There are no further questions at this time. This concludes today's conference call. Thank you for participating.
`

const (
	idsCallFile = "brightwater-2025-q1.txt"
	idsCallURL  = "c/brightwater-ferries/2025-q1/"
)

// callIDs reads a built call.json and maps every turn, paragraph and
// exchange id to the text it anchors (a turn: its first paragraph; an
// exchange: its first turn's).
func callIDs(t *testing.T, out, callURL string) map[string]string {
	t.Helper()
	var cj struct {
		Sections []struct {
			Turns []struct {
				ID         string `json:"id"`
				Paragraphs []struct {
					ID   string `json:"id"`
					Text string `json:"text"`
				} `json:"paragraphs"`
			} `json:"turns"`
		} `json:"sections"`
		Exchanges []struct {
			ID    string   `json:"id"`
			Turns []string `json:"turns"`
		} `json:"exchanges"`
	}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, callURL, "call.json"))), &cj); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	add := func(id, text string) {
		if _, dup := ids[id]; dup {
			t.Errorf("id %s used twice in %scall.json", id, callURL)
		}
		ids[id] = text
	}
	for _, s := range cj.Sections {
		for _, tu := range s.Turns {
			add(tu.ID, "turn: "+tu.Paragraphs[0].Text)
			for _, p := range tu.Paragraphs {
				add(p.ID, p.Text)
			}
		}
	}
	for _, ex := range cj.Exchanges {
		add(ex.ID, "exchange: "+ids[ex.Turns[0]])
	}
	return ids
}

func writeContent(t *testing.T, dir, name, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, src, old, new string) string {
	t.Helper()
	if !strings.Contains(src, old) {
		t.Fatalf("fixture lacks %q", old)
	}
	return strings.Replace(src, old, new, 1)
}

// The "done when": editing one paragraph of a transcript (and
// inserting a turn) and rebuilding changes no other id on that call, and
// the exchange pages stay where they were.
func TestIDsStayStableAcrossCorrections(t *testing.T) {
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	writeContent(t, content, idsCallFile, idsCall)
	build := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := gen(t, append([]string{"build", "-content", content, "-out", out, "-cards=false", "-minify=false"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		return stdout
	}

	// Pin the ids.
	if stdout := build("-write-ids"); !strings.Contains(stdout, "wrote 1 ids file(s)") {
		t.Errorf("stdout = %q", stdout)
	}
	idsPath := filepath.Join(content, idsCallFile+".ids")
	pinned := readFile(t, idsPath)
	for _, want := range []string{"callsite ids v1\t/" + idsCallURL + "\n", "\nq2-2\trosa-milner\n", "\nq2-2p1\trosa-milner\tHana, what share of the fuel savings"} {
		if !strings.Contains(pinned, want) {
			t.Errorf("ids file lacks %q:\n%s", want, pinned)
		}
	}
	before := callIDs(t, out, idsCallURL)

	// Writing again changes nothing: the same bytes, and no write.
	if stdout := build("-write-ids"); strings.Contains(stdout, "wrote") {
		t.Errorf("unchanged call rewrote its ids file: %q", stdout)
	}
	if again := readFile(t, idsPath); again != pinned {
		t.Error("ids file changed without a change to the call")
	}

	// Correct one paragraph, insert a turn in the prepared remarks and
	// one in the first exchange: structurally, every turn after them
	// would move (pr3 -> pr4, q1-3 -> q1-4).
	src := edit(t, idsCall, "Freight volumes were flat, as we expected, while on-time departures reached 97%.",
		"Freight volumes were flat, as we had expected, while on-time departures reached a record 97.4%.")
	src = edit(t, src, "Hana Sato - Chief Financial Officer\nThanks, Tobias.",
		"Tobias Lind - Chief Executive Officer\nOne more thing before Hana: we opened a second booking office in the port.\nHana Sato - Chief Financial Officer\nThanks, Tobias.")
	src = edit(t, src, "Good morning. Tobias, how many more hybrid vessels",
		"Thanks for taking my question.\nTobias Lind - Chief Executive Officer\nSure.\nPaul Engel - Analyst\nGood morning. Tobias, how many more hybrid vessels")
	writeContent(t, content, idsCallFile, src)
	build()
	after := callIDs(t, out, idsCallURL)

	var added []string
	for id, text := range after {
		old, ok := before[id]
		switch {
		case !ok:
			added = append(added, id)
		case id == "pr2p2":
			if !strings.Contains(text, "a record 97.4%") {
				t.Errorf("pr2p2 = %q, want the corrected paragraph", text)
			}
		case text != old:
			t.Errorf("id %s moved: it anchored %q, now %q", id, old, text)
		}
	}
	for id := range before {
		if _, ok := after[id]; !ok {
			t.Errorf("id %s is gone", id)
		}
	}
	sort.Strings(added)
	// The new prepared turn takes the next prepared number, the two new
	// turns of the first exchange its next numbers.
	if got, want := strings.Join(added, " "), "pr4 pr4p1 q1-4 q1-4p1 q1-5 q1-5p1"; got != want {
		t.Errorf("new ids = %s, want %s", got, want)
	}
	for _, ex := range []string{"q1", "q2", "q3"} {
		page := readFile(t, filepath.Join(out, idsCallURL, ex, "index.html"))
		if strings.Contains(page, `http-equiv="refresh"`) {
			t.Errorf("exchange page %s is a redirect", ex)
		}
	}
	checkLinks(t, out, "/")
}

// A deleted exchange and a corrected period leave redirect pages at the
// old addresses; a real page is never replaced by one.
func TestIDsRedirectMovedPages(t *testing.T) {
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	writeContent(t, content, idsCallFile, idsCall)
	build := func(args ...string) {
		t.Helper()
		code, _, stderr := gen(t, append([]string{"build", "-content", content, "-out", out, "-cards=false", "-minify=false"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
	}
	build("-write-ids")

	// Delete the second exchange (Rosa Milner's).
	src := edit(t, idsCall, "Operator\nThe next question comes from Rosa Milner of Linden Capital Markets.\nRosa Milner - Analyst\nHana, what share of the fuel savings should we expect to keep in the second half?\nHana Sato - Chief Financial Officer\nMost of it. About two thirds of the saving comes from the vessels themselves, not from fuel prices.\n", "")
	writeContent(t, content, idsCallFile, src)
	build("-write-ids")
	q2 := readFile(t, filepath.Join(out, idsCallURL, "q2/index.html"))
	for _, want := range []string{
		"<!DOCTYPE html>", `<html lang="en">`, "<title>",
		`<meta http-equiv="refresh" content="0; url=../">`,
		`<link rel="canonical" href="../">`,
		`<meta name="robots" content="noindex">`,
		`<a href="../">`,
	} {
		if !strings.Contains(q2, want) {
			t.Errorf("redirect page of the deleted exchange lacks %q:\n%s", want, q2)
		}
	}
	if q3 := readFile(t, filepath.Join(out, idsCallURL, "q3/index.html")); !strings.Contains(q3, "Ivo Petrov") || strings.Contains(q3, "refresh") {
		t.Error("the third exchange's page is not where it was")
	}
	pinned := readFile(t, filepath.Join(content, idsCallFile+".ids"))
	if !strings.Contains(pinned, "\ngone\tq2\t-\n") {
		t.Errorf("ids file does not remember the gone exchange:\n%s", pinned)
	}

	// Correct the period with a sidecar: the call moves to 2025-q2.
	writeContent(t, content, "brightwater-2025-q1.md", "---\nperiod: Q2 2025\n---\n")
	build("-write-ids")
	newURL := "c/brightwater-ferries/2025-q2/"
	for _, tc := range []struct{ page, to string }{
		{idsCallURL, "../2025-q2/"},
		{idsCallURL + "q1/", "../../2025-q2/q1/"},
		{idsCallURL + "q2/", "../../2025-q2/"},
		{idsCallURL + "q3/", "../../2025-q2/q3/"},
		{newURL + "q2/", "../"},
	} {
		page := readFile(t, filepath.Join(out, tc.page, "index.html"))
		if want := `content="0; url=` + tc.to + `"`; !strings.Contains(page, want) {
			t.Errorf("%s: lacks %q:\n%s", tc.page, want, page)
		}
	}
	pinned = readFile(t, filepath.Join(content, idsCallFile+".ids"))
	for _, want := range []string{"callsite ids v1\t/" + newURL + "\n", "\nmoved\t/" + idsCallURL + "\n", "\ngone\tq2\t-\n"} {
		if !strings.Contains(pinned, want) {
			t.Errorf("ids file lacks %q:\n%s", want, pinned)
		}
	}
	// A later build without -write-ids still writes the redirects.
	build()
	if _, err := os.Stat(filepath.Join(out, idsCallURL, "q3/index.html")); err != nil {
		t.Error("redirects are not written by every build")
	}

	// Another call takes the old address: its page is real, not a
	// redirect.
	writeContent(t, content, "brightwater-2025-q1-other.txt", strings.ReplaceAll(idsCall, "Passenger numbers rose 9%", "Passenger numbers rose 8%"))
	build()
	if page := readFile(t, filepath.Join(out, idsCallURL, "index.html")); strings.Contains(page, "refresh") {
		t.Error("a redirect page replaced a real call page")
	}
	checkLinks(t, out, "/")
}

// A garbled ids file is an input error at its line, and is never
// rewritten.
func TestIDsGarbledFile(t *testing.T) {
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	writeContent(t, content, idsCallFile, idsCall)
	garbled := "callsite ids v1\t/" + idsCallURL + "\npr1\tmara-quinn\npr1p1 mara-quinn Good morning\nzz\tx\ty\n"
	writeContent(t, content, idsCallFile+".ids", garbled)
	code, _, stderr := gen(t, "build", "-content", content, "-out", out, "-cards=false", "-write-ids")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{
		filepath.ToSlash(content) + "/" + idsCallFile + ".ids:3: bad id \"pr1p1 mara-quinn Good morning\"",
		filepath.ToSlash(content) + "/" + idsCallFile + ".ids:4: bad id \"zz\"",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	code, _, stderr = gen(t, "build", "-content", content, "-out", out, "-cards=false", "-write-ids", "-keep-going")
	if code != 1 {
		t.Fatalf("-keep-going: exit %d, want 1\n%s", code, stderr)
	}
	if got := readFile(t, filepath.Join(content, idsCallFile+".ids")); got != garbled {
		t.Error("-write-ids rewrote a garbled ids file")
	}
	if _, err := os.Stat(filepath.Join(out, idsCallURL, "q1/index.html")); err != nil {
		t.Error("-keep-going did not publish the call with its own ids")
	}
}
