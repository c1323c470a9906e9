package search

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// call writes a plain-text transcript of company's call in quarter q of
// year, whose one question (by analyst) is about topic.
func call(company string, q, year int, analyst, question string) string {
	quarter := []string{"", "First", "Second", "Third", "Fourth"}[q]
	return "Jane Doe - Vice President, Investor Relations\n" +
		"Good morning and welcome to " + company + "'s " + quarter + " Quarter " + itoa(year) + " Earnings Call.\n" +
		"John Roe - Chief Executive Officer\n" +
		"Thank you, Jane. EPS was $1.20 in the quarter, up 10% from a year ago.\n" +
		"Operator\n" +
		"Our first question comes from " + analyst + " from Example Securities.\n" +
		analyst + " - Analyst\n" + question + "\n" +
		"John Roe - Chief Executive Officer\n" +
		"We think the backlog will hold through the year.\n"
}

func itoa(n int) string { return strconv.Itoa(n) }

func rankSite(t *testing.T) fstest.MapFS { return rankSiteText(t, false) }

// rankSiteText builds the index of four calls, with the words said on
// them when text is set.
func rankSiteText(t *testing.T, text bool) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{
		"acme-2023q2.txt": {Data: []byte(call("Acme", 2, 2023, "Sam Epstein", "How durable is the pipeline of spigot orders?"))},
		"acme-2024q3.txt": {Data: []byte(call("Acme", 3, 2024, "Sam Epstein", "How durable is the pipeline of spigot orders?"))},
		"bolt-2024q1.txt": {Data: []byte(call("Bolt", 1, 2024, "Ann Lee", "How durable is the pipeline of spigot orders?"))},
		"bolt-2022q4.txt": {Data: []byte(call("Bolt", 4, 2022, "Ann Lee", "How durable is the pipeline of spigot orders?"))},
	}
	calls, err := transcript.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	var recs []*site.Record
	for _, c := range calls {
		recs = append(recs, site.NewRecord(c, site.CallFigures(c)))
	}
	opt := Options{ShardBytes: 256, ChunkDocs: 4}
	if text {
		bySource := map[string]*transcript.Transcript{}
		for _, c := range calls {
			bySource[c.Source] = c
		}
		words := NewWords()
		opt.Calls = func(c *site.Call) *CallPart { return words.Collect(c, bySource[c.Source]) }
	}
	files, err := Build(site.Build(site.Config{}, recs, nil), opt)
	if err != nil {
		t.Fatal(err)
	}
	return siteFS(files)
}

// TestWholeWordsFirst: "eps", typed (so also a prefix), finds the figures
// that say EPS before a person named Epstein.
func TestWholeWordsFirst(t *testing.T) {
	res, _, err := Search(rankSite(t), Query{Text: "eps"}, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 {
		t.Fatal("eps: no results")
	}
	if d := res[0].Doc; d.Kind == "person" || strings.Contains(d.Title, "Epstein") {
		t.Errorf("eps: first result %+v, want one that says EPS", d)
	}
	epstein := false
	for _, r := range res {
		epstein = epstein || strings.Contains(r.Doc.Title, "Epstein")
	}
	if !epstein {
		t.Errorf("eps: Epstein (a prefix match) is not among the results at all")
	}
}

// TestTiesNewestFirst: the same question asked on four calls scores the
// same on each; the newest call's comes first, whatever the company.
func TestTiesNewestFirst(t *testing.T) {
	res, _, err := Search(rankSite(t), Query{Text: "spigot orders", Kind: "question"}, 20)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		got = append(got, r.Doc.URL[:strings.IndexByte(r.Doc.URL, '#')])
	}
	want := []string{"/c/acme/2024-q3/", "/c/bolt/2024-q1/", "/c/acme/2023-q2/", "/c/bolt/2022-q4/"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("spigot orders: results %q, want newest first %q", got, want)
	}
}

// TestWordsSaid: with the transcripts, words said only in answers and in
// the prepared remarks are found, landing on the exchange and on the turn;
// without them, they are not.
func TestWordsSaid(t *testing.T) {
	for _, text := range []bool{false, true} {
		fsys := rankSiteText(t, text)
		for _, tc := range []struct{ q, kind, anchor string }{
			{"backlog will hold ", "question", "#q1"},
			{"year ago ", "remarks", "#pr2"},
		} {
			res, _, err := Search(fsys, Query{Text: tc.q, Company: "acme"}, 10)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range res {
				found = found || r.Doc.Kind == tc.kind && strings.HasSuffix(r.Doc.URL, tc.anchor)
			}
			if found != text {
				t.Errorf("text indexed %v: %q found as a %s at %s: %v (results %+v)", text, tc.q, tc.kind, tc.anchor, found, res)
			}
		}
	}
}

// TestNameSaidBeforeTheirTurns: in the turns of a call, a name said
// ("Thank you, Jane") is found before the turns of the person named,
// whom the speaker filter finds.
func TestNameSaidBeforeTheirTurns(t *testing.T) {
	fsys := rankSiteText(t, true)
	res, _, err := Search(fsys, Query{Text: "jane ", Company: "acme", Kind: "remarks"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		got = append(got, r.Doc.URL[strings.IndexByte(r.Doc.URL, '#'):]+" "+r.Doc.Title)
	}
	if len(got) < 2 || !strings.HasPrefix(got[0], "#pr2 John Roe") {
		t.Errorf("jane: remarks %q, want first John Roe's turn that says her name (#pr2)", got)
	}
	res, _, err = Search(fsys, Query{Speaker: "jane", Company: "acme", Kind: "remarks"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !strings.HasPrefix(r.Doc.Title, "Jane Doe") {
			t.Errorf("speaker jane: found %s (%s)", r.Doc.Title, r.Doc.URL)
		}
	}
	if len(res) == 0 {
		t.Errorf("speaker jane: no remarks found")
	}
}
