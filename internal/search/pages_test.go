package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"callsite/internal/site"
)

// pagedIndexes builds the sample calls' index twice, with the words said:
// with postings in pages of about pageBytes, and whole.
func pagedIndexes(t *testing.T, pageBytes int) (paged, whole map[string][]byte, s *site.Site) {
	t.Helper()
	s, bySource := sampleSite(t)
	words := NewWords()
	calls := func(c *site.Call) *CallPart { return words.Collect(c, bySource[c.Source]) }
	var err error
	if paged, err = Build(s, Options{ShardBytes: 2048, ChunkDocs: 8, PageBytes: pageBytes, Calls: calls}); err != nil {
		t.Fatal(err)
	}
	if whole, err = Build(s, Options{ShardBytes: 2048, ChunkDocs: 8, PageBytes: -1, Calls: calls}); err != nil {
		t.Fatal(err)
	}
	return paged, whole, s
}

// rankQueries are queries of every kind on the sample site: words,
// prefixes, phrases, names, filters, and words drawn from what was said.
func rankQueries(t *testing.T, s *site.Site, draws int) []Query {
	t.Helper()
	co := s.Companies[0]
	period := co.Calls[0].Meta.PeriodLabel()
	qs := []Query{
		{Text: "revenue"}, {Text: "eps"}, {Text: "gross margin "}, {Text: "gross marg"}, {Text: "backlog"},
		{Text: "the"}, {Text: "guidance raised "}, {Text: "q3"}, {Text: "2024"}, {Text: "thank you operator "},
		{Text: "we "}, {Text: "quarter year "}, {Text: "qua"}, {Text: "demand", Kind: "question"},
		{Text: "margin", Kind: "figure"}, {Text: "we", Role: "analyst"}, {Speaker: "jo"},
		{Text: "growth", Speaker: "a", Role: "management"}, {Text: "growth", Company: co.Slug},
		{Text: "quarter", Period: period}, {Text: "quarter", Company: co.Slug, Period: period, Kind: "remarks"},
		{Text: "year ", Company: s.Companies[len(s.Companies)-1].Slug}, {Text: co.Name}, {Text: "nosuchword"},
		{Text: "quarter nosuchword "},
	}
	rng := rand.New(rand.NewPCG(15, 4))
	var texts []string
	for _, c := range s.Calls {
		for _, ex := range c.Exchanges {
			texts = append(texts, ex.Question)
		}
		for _, k := range c.Key {
			texts = append(texts, k.Text)
		}
	}
	for range draws {
		words := Tokens(texts[rng.IntN(len(texts))])
		if len(words) == 0 {
			continue
		}
		i := rng.IntN(len(words))
		q := Query{Text: strings.Join(words[i:min(i+1+rng.IntN(3), len(words))], " ")}
		if rng.IntN(2) == 0 {
			q.Text += " "
		}
		if rng.IntN(4) == 0 {
			q.Period = s.Calls[rng.IntN(len(s.Calls))].Meta.PeriodLabel()
		}
		qs = append(qs, q)
	}
	return qs
}

// TestPagesRankAsWhole: an index whose postings are split into pages
// gives the first results of every query exactly as the whole index
// does (the same documents, in the same order, with the same scores),
// however many are asked for, and reads fewer bytes for some.
func TestPagesRankAsWhole(t *testing.T) {
	paged, whole, s := pagedIndexes(t, 4)
	pages := filesUnder(paged, "search/pages/")
	if pages < 20 {
		t.Fatalf("%d pages of postings: too few to test", pages)
	}
	pfs, wfs := siteFS(paged), siteFS(whole)
	fewer, compared := 0, 0
	for _, q := range rankQueries(t, s, 300) {
		for _, limit := range []int{1, 3, 10, 20} {
			got, more, readP, err := SearchMore(pfs, q, limit)
			if err != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			all, _, err := Search(wfs, q, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			want := all[:min(limit, len(all))]
			if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%+v, first %d: paged %v\nwhole %v", q, limit, brief(got), brief(want))
			}
			if !more && len(all) > limit {
				t.Errorf("%+v, first %d: %d results in all, but the paged search says there are no more", q, limit, len(all))
			}
			compared += len(want)
			_, readW, _ := Search(wfs, q, limit)
			if bytesOf(pfs, readP) < bytesOf(wfs, readW) {
				fewer++
			}
		}
	}
	t.Logf("%d pages; %d results compared; %d searches read fewer bytes paged", pages, compared, fewer)
	if compared < 1000 {
		t.Errorf("the queries found %d results in all: too few to compare", compared)
	}
	if fewer == 0 {
		t.Error("no query read fewer bytes of the paged index than of the whole one")
	}
}

func brief(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Doc.URL)
	}
	return out
}

func bytesOf(fsys fstest.MapFS, read []string) int {
	n := 0
	for _, f := range read {
		if mf := fsys[f]; mf != nil {
			n += len(mf.Data)
		}
	}
	return n
}

// TestPagesFindOlderBetterResults: the newest calls say both words of a
// query, an old one asks about one of them and says the other; the old
// one ranks first (a word in a question weighs more than words said),
// although its posting of the word said is in the last page: the search
// must not stop at the newest calls' results.
func TestPagesFindOlderBetterResults(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 12 {
		q, year := i%4+1, 2020+i/4
		question, answer := "How is the quarter going?", "The spigot pipeline is full, as every spigot maker says."
		if i == 0 {
			question, answer = "How many spigot orders did you take?", "The pipeline is full."
		}
		fsys[fmt.Sprintf("co%02d.txt", i)] = &fstest.MapFile{Data: []byte(
			"John Roe - Chief Executive Officer\nWelcome to Acme's " + []string{"", "First", "Second", "Third", "Fourth"}[q] +
				" Quarter " + itoa(year) + " Earnings Call.\nOperator\nOur first question comes from Ann Lee from Example Securities.\n" +
				"Ann Lee - Analyst\n" + question + "\nJohn Roe - Chief Executive Officer\n" + answer + "\n")}
	}
	s, bySource := siteOf(t, fsys)
	words := NewWords()
	files, err := Build(s, Options{PageBytes: 4,
		Calls: func(c *site.Call) *CallPart { return words.Collect(c, bySource[c.Source]) }})
	if err != nil {
		t.Fatal(err)
	}
	if pages := filesUnder(files, "search/pages/pipeline."); pages < 3 {
		t.Fatalf("%d pages of \"pipeline\": too few to test", pages)
	}
	res, _, err := Search(siteFS(files), Query{Text: "pipeline spigot "}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || !strings.Contains(res[0].Doc.Meta, "2020") {
		t.Errorf("pipeline spigot: first result %v, want the question of the call of 2020", brief(res))
	}
}

// TestRecencyRoundTrip: search/recency.json gives back every call's range
// and period, with gaps between calls (a company's own document) and
// periods unknown (0).
func TestRecencyRoundTrip(t *testing.T) {
	in := []int{1, 9, 20244, 9, 40, 20243, 41, 42, 0, 1000, 1033, 20244, 1033, 2000, 20191}
	r := encodeRecency(in)
	if !reflect.DeepEqual(r.When, []int{20244, 20243, 20191, 0}) {
		t.Errorf("when %v, want the periods newest first", r.When)
	}
	if got := r.ranges(); !reflect.DeepEqual(got, in) {
		t.Errorf("read back %v, want %v", got, in)
	}
	if len(r.Calls) > 4*len(in)/3 {
		t.Errorf("%d characters for %d calls: %q", len(r.Calls), len(in)/3, r.Calls)
	}
}

// filesUnder counts the files whose names start with prefix.
func filesUnder(files map[string][]byte, prefix string) int {
	n := 0
	for name := range files {
		if strings.HasPrefix(name, prefix) {
			n++
		}
	}
	return n
}
