package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

const call = `Zephyr Kites Inc. (NASDAQ:ZKTE) Q2 2021 Earnings Conference Call
Operator
Welcome to the Zephyr Kites second quarter 2021 earnings call. Ms. Quill, you may begin.
Ann Quill - Vice President, Investor Relations
Thank you. With me is our CFO, Bo Reed.
Bo Reed - Chief Financial Officer
Revenue was $31.2 million, up 12% from a year ago. Adjusted EBITDA was $4.1 million. Turning to our Kite Parts segment. Segment revenue was $9.8 million. For the third quarter we expect revenue of $32 million to $34 million.
Operator
Our first question comes from Ivy Strand with Lantern Securities.
Ivy Strand - Lantern Securities
How did margins hold up?
Bo Reed - Chief Financial Officer
Gross margin was 41%, up 150 basis points.
`

func build(t *testing.T, src string) (*site.Call, *transcript.Transcript, []site.CallFigure) {
	t.Helper()
	tr, err := transcript.Parse("zk.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	figs := site.CallFigures(tr)
	s := site.Build(site.Config{}, []*site.Record{site.NewRecord(tr, figs)}, nil)
	return s.Calls[0], tr, figs
}

func TestCallJSON(t *testing.T) {
	c, tr, figs := build(t, call)
	cj := Call(c, tr, figs)
	compact, err := cj.Encode(true)
	if err != nil {
		t.Fatal(err)
	}
	indented, err := cj.Encode(false)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(compact, []byte("}\n")) || bytes.Count(compact, []byte("\n")) != 1 {
		t.Errorf("compact call.json is not one line ending in a newline")
	}
	if !bytes.Contains(indented, []byte("\n  \"schema\": \"callsite/call/v1\",\n")) {
		t.Errorf("indented call.json is not indented by two spaces:\n%.200s", indented)
	}
	var a, b CallJSON
	if json.Unmarshal(compact, &a) != nil || json.Unmarshal(indented, &b) != nil || !reflect.DeepEqual(a, b) {
		t.Errorf("compact and indented call.json differ")
	}
	if a.URL != c.URL || a.Company.Ticker != "ZKTE" || a.Period.Label != "Q2 2021" || len(a.Exchanges) != 1 || a.Exchanges[0].URL != c.ExchangeURL(a.Exchanges[0].ID) {
		t.Errorf("call.json = %+v", a)
	}
	if len(a.Figures) == 0 || len(a.Figures) != len(figs) {
		t.Fatalf("%d figures in call.json, %d found", len(a.Figures), len(figs))
	}
	speakers := map[string]bool{}
	for _, sp := range a.Speakers {
		speakers[sp.ID] = true
	}
	for _, f := range a.Figures {
		if !speakers[f.Speaker] {
			t.Errorf("figure %s: speaker %q is no speaker id", f.ID, f.Speaker)
		}
	}
}

// TestEmptyArrays: a call without figures, exchanges or key points has
// empty arrays in call.json, never null, as docs/call-json.md promises.
func TestEmptyArrays(t *testing.T) {
	c, tr, figs := build(t, "Ann Quill - Chief Executive Officer\nThank you all for coming.\n")
	js, err := Call(c, tr, figs).Encode(true)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(js, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"sources", "summary", "key_points", "speakers", "sections", "exchanges", "figures"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s = %v, want an array", k, m[k])
		}
	}
}

func TestFiguresCSV(t *testing.T) {
	c, tr, figs := build(t, call)
	rows, err := csv.NewReader(bytes.NewReader(FiguresCSV(figs))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cj := Call(c, tr, figs)
	if len(rows) != 1+len(cj.Figures) {
		t.Fatalf("%d rows, want a header and %d figures", len(rows), len(cj.Figures))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	withBasis, withScope := 0, 0
	for i, f := range cj.Figures {
		r := rows[i+1]
		if r[col["id"]] != f.ID || r[col["text"]] != f.Text || r[col["metric"]] != f.Metric || r[col["paragraph"]] != f.Paragraph ||
			r[col["basis"]] != f.Basis || r[col["scope"]] != f.Scope || r[col["role"]] != f.Role || r[col["reasons"]] != strings.Join(f.Reasons, "; ") {
			t.Errorf("row %d = %v, want figure %+v", i+1, r, f)
		}
		if r[col["basis"]] != "" {
			withBasis++
		}
		if r[col["scope"]] != "" {
			withScope++
		}
		if v, err := strconv.ParseFloat(r[col["value"]], 64); err != nil || v != f.Value {
			t.Errorf("row %d value %q, want %v", i+1, r[col["value"]], f.Value)
		}
	}
	if withBasis == 0 || withScope == 0 {
		t.Errorf("%d rows with a basis, %d with a scope; the call says \"Adjusted EBITDA\" and turns to a segment", withBasis, withScope)
	}
}

// Encode writes what json.Marshal (or MarshalIndent) and a newline give.
func TestEncodeAsMarshal(t *testing.T) {
	c, tr, figs := build(t, call)
	cj := Call(c, tr, figs)
	marshalled, err := json.Marshal(cj)
	if err != nil {
		t.Fatal(err)
	}
	indented, err := json.MarshalIndent(cj, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		compact bool
		want    []byte
	}{{true, marshalled}, {false, indented}} {
		got, err := cj.Encode(c.compact)
		if err != nil {
			t.Fatal(err)
		}
		if want := append(c.want, '\n'); !bytes.Equal(got, want) {
			t.Errorf("compact %v: Encode differs from json.Marshal:\n%.300s\n%.300s", c.compact, got, want)
		}
	}
}

// csvField writes a field as encoding/csv's Writer does, for fields that
// need quotes and fields that do not.
func TestCSVFieldAsEncodingCSV(t *testing.T) {
	fields := []string{"", "plain", "a, b", `say "hi"`, "two\nlines", "cr\r", " leading space", "\u00a0no-break space first",
		"\tTab", `\.`, `\.x`, "trailing space ", `""`, "é, ü", "; joined; reasons"}
	for _, f := range fields {
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		w.Write([]string{f, "x"})
		w.Flush()
		got := append(csvField(nil, f), ",x\n"...)
		if string(got) != want.String() {
			t.Errorf("csvField(%q) row = %q, want %q", f, got, want.String())
		}
	}
}

// csvField writes what encoding/csv writes for random fields of plain
// letters and the bytes that make a field quoted, at every place in the
// four bytes csvNeedsQuotes tests at once.
func TestCSVFieldAsEncodingCSVAtRandom(t *testing.T) {
	alphabet := "abcd efgh,\"\r\n\t.\\"
	rng := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		var f strings.Builder
		for range rng.IntN(16) {
			f.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		w.Write([]string{f.String(), "x"})
		w.Flush()
		if got := append(csvField(nil, f.String()), ",x\n"...); string(got) != want.String() {
			t.Fatalf("csvField(%q) row = %q, want %q", f.String(), got, want.String())
		}
	}
}

// csvJoined writes what csvField writes for the joined list.
func TestCSVJoinedAsCSVFieldOfTheJoin(t *testing.T) {
	lists := [][]string{nil, {}, {""}, {"one"}, {"one", "two"}, {" space first", "b"}, {"a,b", "c"},
		{`say "hi"`, "x"}, {`\.`}, {`\`, "."}, {"", ""}, {"line\nbreak", "r\r"}}
	for _, list := range lists {
		got := csvJoined([]byte("x,"), list, "; ")
		want := csvField([]byte("x,"), strings.Join(list, "; "))
		if !bytes.Equal(got, want) {
			t.Errorf("csvJoined(%q) = %q, want %q", list, got, want)
		}
	}
}
