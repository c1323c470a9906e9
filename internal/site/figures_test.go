package site

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"callsite/internal/figures"
	"callsite/internal/transcript"
)

func TestFormatValue(t *testing.T) {
	cases := []struct {
		f    figures.Figure
		want string
	}{
		{figures.Figure{Value: 31200000, Unit: "USD"}, "$31.2 million"},
		{figures.Figure{Value: 1.42e9, Unit: "USD"}, "$1.42 billion"},
		{figures.Figure{Value: 0.39, Unit: "USD", PerShare: true}, "$0.39 per share"},
		{figures.Figure{Value: 58000, Unit: "USD"}, "$58,000"},
		{figures.Figure{Value: 4.5e6, Unit: "EUR"}, "€4.5 million"},
		{figures.Figure{Value: 12e8, Unit: "INR"}, "₹1.2 billion"},
		{figures.Figure{Value: 14, Unit: "%"}, "14%"},
		{figures.Figure{Value: -2.5, Unit: "%"}, "-2.5%"},
		{figures.Figure{Value: 140, Unit: "bp"}, "140 bp"},
		{figures.Figure{Value: 0.9, Unit: "x"}, "0.9x"},
		{figures.Figure{Value: 7e9, Unit: "count", Noun: "messages"}, "7 billion messages"},
		{figures.Figure{Value: 30e6, Low: 30e6, High: 31e6, IsRange: true, Unit: "USD"}, "$30 million to $31 million"},
		{figures.Figure{Value: 5, Unit: "SEK"}, "SEK 5"},
	}
	for _, c := range cases {
		if got := FormatValue(c.f); got != c.want {
			t.Errorf("FormatValue(%+v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestCallFiguresAnchorsAndGroups(t *testing.T) {
	src := "Jane Roe - Chief Financial Officer\nWelcome to Zephyr Mills' Third Quarter 2024 Earnings Call. Revenue was $12.5 million, up 4% year-over-year.\nFor the fourth quarter of 2024, we expect revenue of $13 million to $14 million.\nOperator\nOur first question comes from Al Bee from Cee Securities.\nAl Bee - Analyst\nIs 20% growth possible next year?\nJane Roe - Chief Financial Officer\nGross margin was 41%.\n"
	tr, err := transcript.Parse("z.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	figs := CallFigures(tr)
	ids := map[string]CallFigure{}
	for _, f := range figs {
		ids[f.ID] = f
		if f.Paragraph.Text[f.Start:f.End] != f.Text {
			t.Errorf("%s: span %d-%d is %q, not %q", f.ID, f.Start, f.End, f.Paragraph.Text[f.Start:f.End], f.Text)
		}
	}
	if f, ok := ids["pr1p1f1"]; !ok || f.Value != 12.5e6 || f.Metric != "revenue" {
		t.Errorf("pr1p1f1 = %+v (all: %v)", f, ids)
	}
	g := Guidance(figs)
	if len(g) != 1 || g[0].Period != "Q4 2024" || g[0].Low != 13e6 || g[0].High != 14e6 {
		t.Errorf("guidance = %+v", g)
	}
	groups := GroupByMetric(figs)
	if len(groups) == 0 || groups[0].Metric != "revenue" {
		t.Errorf("groups = %+v", groups)
	}
	for _, f := range g {
		if f.Turn.Speaker.Role == transcript.RoleAnalyst {
			t.Error("an analyst's number is in the guidance table")
		}
	}
}

// TestPackFigures: figures packed apart from their transcript attach to
// the same transcript parsed again as they were found, and refuse a
// transcript whose words changed in between.
func TestPackFigures(t *testing.T) {
	src := "Jane Roe - Chief Financial Officer\nRevenue was $12.5 million, up 4% year-over-year. Adjusted EBITDA was $2.1 million.\nFor the fourth quarter of 2024, we expect revenue of $13 million to $14 million.\n"
	parse := func(s string) *transcript.Transcript {
		tr, err := transcript.Parse("z.txt", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	found := CallFigures(parse(src))
	if len(found) < 3 {
		t.Fatalf("%d figures found", len(found))
	}
	packed := PackFigures(found)
	again := parse(src)
	got, err := UnpackFigures(again, packed)
	if err != nil {
		t.Fatal(err)
	}
	want := CallFigures(again)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unpacked figures differ from the figures found:\n got %+v\nwant %+v", got, want)
	}
	if _, err := UnpackFigures(parse(strings.Replace(src, "$12.5", "$12.7", 1)), packed); err == nil {
		t.Errorf("figures attached to a transcript whose amounts changed")
	}
}

// Every field of a figure comes back from PackFigures: one set to a value
// of its own per field, whatever fields figures.Figure has; and packed
// bytes cut short are an error, not a crash.
func TestPackFiguresEveryField(t *testing.T) {
	tr, err := transcript.Parse("z.txt", []byte("Jane Roe - Chief Financial Officer\nRevenue was $12.5 million.\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := tr.Sections[0].Turns[0].Paragraphs[0]
	var f figures.Figure
	v := reflect.ValueOf(&f).Elem()
	for i := range v.NumField() {
		switch fv := v.Field(i); fv.Kind() {
		case reflect.Int:
			fv.SetInt(int64(-i))
		case reflect.Float64:
			fv.SetFloat(float64(i) + 0.25)
		case reflect.Bool:
			fv.SetBool(true)
		case reflect.String:
			fv.SetString(v.Type().Field(i).Name)
		case reflect.Slice:
			fv.Set(reflect.ValueOf([]string{"one", "", "three"}).Convert(fv.Type()))
		default:
			t.Fatalf("figures.Figure.%s: a kind this test cannot fill", v.Type().Field(i).Name)
		}
	}
	f.Start, f.End = 0, len("Revenue")
	f.Text = p.Text[f.Start:f.End]
	in := []CallFigure{{Figure: f, ID: "f1", Turn: tr.Sections[0].Turns[0], Paragraph: p}, {ID: "f2", Turn: tr.Sections[0].Turns[0], Paragraph: p}}
	in[1].ChangePct = math.Copysign(0, -1)
	packed := PackFigures(in)
	got, err := UnpackFigures(tr, packed)
	if err != nil {
		t.Fatal(err)
	}
	in[1].ChangePct = 0 // as gob gave it, which packed figures before
	if !reflect.DeepEqual(got, in) {
		t.Errorf("unpacked\n%+v\nwant\n%+v", got, in)
	}
	if math.Signbit(got[1].ChangePct) {
		t.Errorf("negative zero kept")
	}
	for n := range len(packed) {
		if _, err := UnpackFigures(tr, packed[:n]); err == nil {
			t.Errorf("%d of %d bytes unpacked without an error", n, len(packed))
		}
	}
}

// TestKeyFiguresPreferPlainStatements: a figure whose metric is only
// borrowed by its clause ("our ability to achieve $2 billion in revenue")
// does not stand for the quarter's revenue when a plain statement of it
// comes later; alone, it still does.
func TestKeyFiguresPreferPlainStatements(t *testing.T) {
	mgmt := &transcript.Turn{Speaker: &transcript.Speaker{Role: transcript.RoleManagement}}
	fig := func(id string, v float64, unsure bool) CallFigure {
		return CallFigure{ID: id, Turn: mgmt, Figure: figures.Figure{Metric: "revenue", Period: "Q4 2021", Kind: figures.Actual,
			Role: figures.Level, Value: v, Low: v, High: v, Unit: "USD", Unsure: unsure}}
	}
	eps := CallFigure{ID: "pr2p1f1", Turn: mgmt, Figure: figures.Figure{Metric: "eps", Period: "Q4 2021", Kind: figures.Actual,
		Role: figures.Level, Value: 0.5, Low: 0.5, High: 0.5, Unit: "USD", PerShare: true}}
	key := keyFigures([]CallFigure{fig("pr1p1f1", 2e9, true), eps, fig("pr3p1f1", 1.7e9, false)})
	if len(key) != 2 || key[0].ID != "pr2p1f1" || key[1].ID != "pr3p1f1" || key[1].Value != 1.7e9 {
		t.Errorf("key figures = %+v, want the EPS, then the plain revenue of $1.7 billion, in the call's order", key)
	}
	key = keyFigures([]CallFigure{fig("pr1p1f1", 2e9, true)})
	if len(key) != 1 || key[0].Value != 2e9 {
		t.Errorf("key figures = %+v, want the only revenue said", key)
	}
}

// TestKeyFiguresTrackOnlyPreparedGuidance: the guidance tracker follows
// the outlook management gives in its remarks, for a metric of the
// vocabulary; an answer's numbers ("we said $20 million by 2025", "15
// folks join us in the second quarter") are hypotheses, parts or targets.
func TestKeyFiguresTrackOnlyPreparedGuidance(t *testing.T) {
	remarks := &transcript.Turn{Speaker: &transcript.Speaker{Role: transcript.RoleManagement}}
	answer := &transcript.Turn{Speaker: &transcript.Speaker{Role: transcript.RoleManagement}, Exchange: &transcript.Exchange{}}
	guide := func(id string, turn *transcript.Turn, metric string) CallFigure {
		return CallFigure{ID: id, Turn: turn, Figure: figures.Figure{Metric: metric, Period: "FY 2022", Kind: figures.Guidance,
			Role: figures.Level, Value: 2e7, Low: 2e7, High: 2e7, Unit: "USD"}}
	}
	key := keyFigures([]CallFigure{guide("pr3p1f1", remarks, "revenue"), guide("q2-3p1f1", answer, "free cash flow"), guide("pr4p1f1", remarks, "folks"), guide("pr4p2f1", remarks, "revenue growth")})
	if len(key) != 2 || key[0].ID != "pr3p1f1" || key[1].Metric != "revenue growth" {
		t.Errorf("key figures = %+v, want the revenue and its growth guided in the remarks", key)
	}
	key = keyFigures([]CallFigure{guide("pr3p1f1", remarks, "revenue"), guide("q2-3p1f1", answer, "free cash flow"), guide("pr4p1f1", remarks, "folks")})
	if len(key) != 1 || key[0].ID != "pr3p1f1" {
		t.Errorf("key figures = %+v, want only the revenue guided in the remarks", key)
	}
}
