package transcript

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"callsite/internal/testshared"
)

const plainFixture = `Zephyr Kites Inc. (NASDAQ:ZKTE) Q2 2021 Earnings Conference Call July 29, 2021  5:00 PM ET
Company Participants
Mara Quill - Investor Relations
Tobias Fenn - Chief Executive Officer
Conference Call Participants
Ivy Strand - Lantern Securities
Operator
Good day and welcome to the Zephyr Kites Second Quarter 2021 Earnings Call. I would now like to turn the call over to Mara Quill.
Mara Quill
Thank you. With me is Tobias Fenn.
Tobias Fenn
Revenue grew 12% to $40 million.
Question-and-Answer Session
Operator
Our first question comes from Ivy Strand with Lantern Securities.
Ivy Strand
How did the quarter end?
Tobias Fenn
Strongly.
`

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

const htmlFixture = `<html><head><script>var x = "<p><strong>Evil</strong></p>";</script></head><body>
<h1>Zephyr Kites (ZKTE) Q2 2021 Earnings Call Transcript</h1>
<p><strong>Zephyr Kites</strong> <span class="ticker">(NASDAQ:ZKTE)</span><br/>Q2 2021 Earnings Call<br/><span>Jul 29, 2021</span></p>
<h2>Prepared Remarks:</h2>
<p><strong>Operator</strong></p><p>Welcome to the call. Our first speaker is Tobias Fenn.</p>
<p><strong>Tobias Fenn</strong> -- <em>Chief Executive Officer</em></p>
<p>Sales of kites &amp; string rose.</p><p>We&#39;re pleased.</p>
<h2>Questions and Answers:</h2>
<p><strong>Operator</strong></p><p>Our first question comes from Ivy Strand with Lantern Securities.</p>
<p><strong>Ivy Strand</strong> -- <em>Lantern Securities -- Analyst</em></p><p>Why?</p>
<p><strong>Tobias Fenn</strong> -- <em>Chief Executive Officer</em></p><p>Wind.</p>
<p><strong>Duration: 30 minutes</strong></p>
<h2>Call participants:</h2>
<p><strong>Tobias Fenn</strong> -- <em>Chief Executive Officer</em></p>
<p><strong>Ivy Strand</strong> -- <em>Lantern Securities -- Analyst</em></p>
</body></html>`

const foolJSONFixture = `{
  "prepared_remarks": [
    {"speaker": "Operator", "speech": "Welcome to the Zephyr Kites fiscal 2019 fourth quarter earnings call."},
    {"speaker": "Tobias Fenn", "speech": "Revenue grew.\nMargins held."}
  ],
  "q_and_a": [
    {"speaker": "Operator", "speech": "Our first question comes from Ivy Strand with Lantern Securities."},
    {"speaker": "Ivy Strand", "speech": "Why?"},
    {"speaker": "Tobias Fenn", "speech": "Wind."},
    {"speaker": "Duration: 30 minutes", "speech": ""}
  ],
  "participants": ["Tobias Fenn--Chief Executive Officer", "Ivy Strand--Lantern Securities -- Analyst"]
}`

const structuredFixture = `{"company_name": "Zephyr Kites Inc", "ticker": "ZKTE", "ticker_exchange": "NASDAQ",
"fiscal_period_year": "2021", "fiscal_period_qtr": "Q2", "call_date": "2021-07-29",
"participants": {"management": [{"speaker": "Mara Quill", "role": "Vice President, Investor Relations", "affiliation": ""}],
 "analysts": [{"speaker": "Ivy Strand", "role": "Analyst", "affiliation": "Lantern Securities"}]},
"call_transcript": [
 {"section": "pres", "statement_type": "O", "speaker": "Operator", "role": "", "affiliation": "", "text": "Ms. Quill, you may begin.Mara Quill -- Vice President, Investor Relations"},
 {"section": "pres", "statement_type": "P", "speaker": "Mara Quill", "role": "Vice President, Investor Relations", "affiliation": "", "text": "Thanks. Sales rose.Margins held."},
 {"section": "qa", "statement_type": "O", "speaker": "Operator", "role": "", "affiliation": "", "text": "Our first question comes from Ivy Strand with Lantern Securities."},
 {"section": "qa", "statement_type": "Q", "speaker": "Ivy Strand", "role": "Analyst", "affiliation": "Lantern Securities", "text": "Why?"},
 {"section": "qa", "statement_type": "A", "speaker": "Mara Quill", "role": "Vice President, Investor Relations", "affiliation": "", "text": "Wind."}
]}`

const nlpFixture = "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n" +
	"good|0||||UC|[]|[]\nmorning|0|||.|LC|[]|[]\nour|0||||UC|[]|[]\nfirst|0||||LC|[]|[]\nquestion|0||||LC|[]|[]\ncomes|0||||LC|[]|[]\nfrom|0||||LC|[]|[]\nIvy|0|||.|UC|[]|[]\n" +
	"why|1|||?|UC|[]|[]\n<unk>|1||||LC|[]|[]\n" +
	"<laugh>|2||||LC|[]|[]\nwind|2|||.|UC|[]|[]\n" +
	"next|0||||UC|[]|[]\nquestion|0|||.|LC|[]|[]\n"

func TestFormats(t *testing.T) {
	cp1252 := []byte(strings.ReplaceAll(plainFixture, "Revenue grew", "Revenue\x92s growth \x96 strong"))
	tests := []struct {
		name, file string
		src        []byte
		format     string
		company    string
		ticker     string
		period     string
		date       string
		turns      int
		check      func(t *testing.T, tr *Transcript)
	}{
		{"seekingalpha", "sa.txt", []byte(plainFixture), "seekingalpha", "Zephyr Kites", "ZKTE", "Q2 2021", "2021-07-29", 6, func(t *testing.T, tr *Transcript) {
			ivy := speaker(tr, "Ivy Strand")
			if ivy == nil || ivy.Role != RoleAnalyst || ivy.Firm != "Lantern Securities" {
				t.Errorf("Ivy = %+v", ivy)
			}
		}},
		{"cp1252", "cp.txt", cp1252, "seekingalpha", "Zephyr Kites", "ZKTE", "Q2 2021", "2021-07-29", 6, func(t *testing.T, tr *Transcript) {
			if !strings.Contains(allText(tr), "Revenue’s growth – strong") {
				t.Errorf("cp1252 not decoded: %q", allText(tr))
			}
		}},
		{"html-gz", "page.gz", gz(htmlFixture), "motleyfool-html", "Zephyr Kites", "ZKTE", "Q2 2021", "2021-07-29", 5, func(t *testing.T, tr *Transcript) {
			if strings.Contains(allText(tr), "Evil") || !strings.Contains(allText(tr), "kites & string") || !strings.Contains(allText(tr), "We're") {
				t.Errorf("text = %q", allText(tr))
			}
			// The "Duration: N minutes" pseudo-speaker is dropped, silently:
			// the format always has it and there is nothing to fix.
			if strings.Contains(allText(tr), "Duration") || speaker(tr, "Duration: 30 minutes") != nil {
				t.Errorf("Duration kept: %q", allText(tr))
			}
			for _, w := range tr.Warnings {
				if strings.Contains(w.Msg, "Duration") {
					t.Errorf("warning about the format's Duration line: %v", w)
				}
			}
		}},
		{"fool-json", "ZKTE_q4_2020.txt", []byte(foolJSONFixture), "motleyfool-json", "Zephyr Kites", "ZKTE", "Q4 2019", "", 5, func(t *testing.T, tr *Transcript) {
			// the text says fiscal 2019; the file name's 2020 is not trusted
			if tu := tr.Turns()[1]; tu.Pos.Line != 4 || len(tu.Paragraphs) != 2 {
				t.Errorf("turn 2 at line %d with %d paragraphs", tu.Pos.Line, len(tu.Paragraphs))
			}
		}},
		{"structured", "s.json", []byte(structuredFixture), "motleyfool-structured", "Zephyr Kites", "ZKTE", "Q2 2021", "2021-07-29", 5, func(t *testing.T, tr *Transcript) {
			first := tr.Turns()[0].Paragraphs
			if got := first[len(first)-1].Text; got != "Ms. Quill, you may begin." {
				t.Errorf("glued header not stripped: %q", got)
			}
			if n := len(tr.Turns()[1].Paragraphs); n != 2 {
				t.Errorf("glued paragraphs: %d, want 2", n)
			}
		}},
		{"nlp", "call.nlp", []byte(nlpFixture), "nlp", "call", "", "", "", 4, func(t *testing.T, tr *Transcript) {
			tu := tr.Turns()[0]
			if tu.Speaker.Name != "Operator" || tu.Speaker.Label != "Speaker 1" || tu.Speaker.Role != RoleOperator || tu.Paragraphs[0].Text != "Good morning. Our first question comes from Ivy." || tu.Pos.Line != 2 {
				t.Errorf("turn 1 = %s (%s) %s %q line %d", tu.Speaker.Name, tu.Speaker.Label, tu.Speaker.Role, tu.Paragraphs[0].Text, tu.Pos.Line)
			}
			// The new voice after the operator's introduction is Ivy.
			if sp := tr.Turns()[1].Speaker; sp.Name != "Ivy" || !sp.NameInferred || sp.Label != "Speaker 2" || sp.Role != RoleAnalyst {
				t.Errorf("turn 2 speaker = %+v", sp)
			}
			if got := tr.Turns()[2].Paragraphs[0].Text; got != "[laughter] Wind." {
				t.Errorf("turn 3 = %q", got)
			}
		}},
		{"unlabelled", "blob.txt", []byte("Welcome to the Zephyr Kites third quarter 2022 call. Sales rose. Costs fell. Margins held. Cash grew. Debt fell. Thanks."), "unlabelled", "Zephyr Kites", "", "Q3 2022", "", 1, func(t *testing.T, tr *Transcript) {
			if !tr.Unlabelled || tr.Speakers[0].Name != UnattributedName || tr.Speakers[0].Role != RoleUnknown || tr.Paragraphs() != 2 {
				t.Errorf("unlabelled = %v %+v %d paragraphs", tr.Unlabelled, tr.Speakers[0], tr.Paragraphs())
			}
		}},
		{"markdown", "call.md", []byte("---\ncompany: Zephyr Kites\nperiod: Q1 2023\ndate: 2023-04-20\n---\n" + plainFixture), "markdown+seekingalpha", "Zephyr Kites", "ZKTE", "Q1 2023", "2023-04-20", 6, func(t *testing.T, tr *Transcript) {
			if l := tr.Turns()[0].Pos.Line; l != 12 {
				t.Errorf("first turn at line %d, want 12", l)
			}
		}},
		{"markdown, a half year", "call.md", []byte("---\ncompany: Zephyr Kites\nperiod: H2 2023\n---\n" + plainFixture), "markdown+seekingalpha", "Zephyr Kites", "ZKTE", "H2 2023", "2021-07-29", 6, func(t *testing.T, tr *Transcript) {
			if tr.Meta.Half != 2 || tr.Meta.Quarter != 4 {
				t.Errorf("half %d, quarter %d; want the second half, ending with Q4", tr.Meta.Half, tr.Meta.Quarter)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := Parse(tc.file, tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if tr.Format != tc.format || tr.Meta.Company != tc.company || tr.Meta.Ticker != tc.ticker || tr.Meta.PeriodLabel() != tc.period || tr.Meta.Date != tc.date || len(tr.Turns()) != tc.turns {
				t.Errorf("got %s %q %q %q %q %d turns; want %s %q %q %q %q %d", tr.Format, tr.Meta.Company, tr.Meta.Ticker, tr.Meta.PeriodLabel(), tr.Meta.Date, len(tr.Turns()),
					tc.format, tc.company, tc.ticker, tc.period, tc.date, tc.turns)
			}
			if tc.check != nil {
				tc.check(t, tr)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"", "x.txt:1: empty file"},
		{"\x00\x01\x02", "x.txt:1: binary data"},
		{"---\ncompany: [oops\n---\nOperator\nHi.\n", "x.txt:"},
		{"{\"a\": 1}", "x.txt:1: JSON without a transcript"},
	} {
		_, err := Parse("x.txt", []byte(tc.src))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want %s...", tc.src, err, tc.want)
		}
	}
}

func TestLoadSidecar(t *testing.T) {
	fsys := fstest.MapFS{
		"c/zk.txt":       {Data: []byte(plainFixture)},
		"c/zk.md":        {Data: []byte("---\nticker: ZKX\nyear: 2020\nquarter: Q3\n---\nEditors' *note*.\n")},
		"c/logo.png":     {Data: []byte("\x89PNG")},
		"c/page.md":      {Data: []byte("# About\n")},
		"c/bad.md":       {Data: []byte("---\ncompany: X\nyear: twenty\n---\n")},
		"c/pages/p.txt":  {Data: []byte("ignored")},
		"c/dup.json":     {Data: []byte(strings.ReplaceAll(structuredFixture, "2021", "2020"))},
		"c/dup-blob.txt": {Data: []byte("Welcome to the Zephyr Kites second quarter 2020 call. Ms. Quill, you may begin. Thanks. Sales rose. Margins held. Our first question comes from Ivy Strand with Lantern Securities. Why? Wind.")},
	}
	calls, err := Load(fsys, "c")
	if err == nil || !strings.Contains(err.Error(), "c/bad.md:5: no transcript") {
		t.Errorf("err = %v, want c/bad.md:5: no transcript", err)
	}
	var zk, dup *Transcript
	for _, c := range calls {
		switch c.Source {
		case "c/zk.txt":
			zk = c
		case "c/dup.json":
			dup = c
		}
	}
	if zk == nil || zk.Meta.Ticker != "ZKX" || zk.Meta.PeriodLabel() != "Q3 2020" || zk.Editors != "Editors' *note*." || len(zk.Sources) != 2 {
		t.Fatalf("zk = %+v", zk)
	}
	if dup == nil || len(dup.Sources) != 2 || dup.Sources[1] != "c/dup-blob.txt" {
		t.Errorf("dup sources = %v (calls %d)", dup, len(calls))
	}
	if len(calls) != 2 {
		t.Errorf("%d calls, want 2", len(calls))
	}
}

func speaker(tr *Transcript, name string) *Speaker {
	for _, s := range tr.Speakers {
		if s.Name == name {
			return s
		}
	}
	return nil
}

func allText(tr *Transcript) string {
	var b strings.Builder
	for _, tu := range tr.Turns() {
		for _, p := range tu.Paragraphs {
			b.WriteString(p.Text + "\n")
		}
	}
	return b.String()
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{plainFixture, htmlFixture, foolJSONFixture, structuredFixture, nlpFixture, "---\ncompany: X\n---\nOperator\nHi.\n", "one sentence. two."} {
		f.Add([]byte(s))
	}
	f.Add(gz(htmlFixture))
	// Real transcripts of every format, when ../shared is there: the
	// openings of the text ones (whole files are slow to mutate) and the
	// gzipped pages whole.
	if dir, ok := testshared.Lookup(); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "corpus", "transcripts", "*", "*"))
		for _, p := range files {
			src, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			if len(src) > 8<<10 && !strings.HasSuffix(p, ".gz") {
				src = src[:8<<10]
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, _ = Parse("fuzz.txt", src)
	})
}

// A listing's "-- Analyst" suffix after an officer's title is a slip: the
// officer keeps the title and speaks for the company.
func TestFoolTitle(t *testing.T) {
	for _, c := range []struct {
		rest, firm, title string
		role              Role
	}{
		{"Harbour Lane Securities -- Analyst", "Harbour Lane Securities", "Analyst", RoleAnalyst},
		{"Analyst", "", "Analyst", RoleAnalyst},
		{"Chief Financial Officer -- Analyst", "", "Chief Financial Officer", RoleManagement},
		{"Senior Vice President, Investor Relations -- Analyst", "", "Senior Vice President, Investor Relations", RoleManagement},
		{"Chief Risk Officer --- Analyst", "", "Chief Risk Officer", RoleManagement},
		{"Global Group -- Analyst", "Global Group", "Analyst", RoleAnalyst},
		{"President Street Capital -- Analyst", "President Street Capital", "Analyst", RoleAnalyst},
		{"Executive Vice President and Chief Operating Officer", "", "Executive Vice President and Chief Operating Officer", RoleManagement},
	} {
		firm, title, role := foolTitle(c.rest)
		if firm != c.firm || title != c.title || role != c.role {
			t.Errorf("foolTitle(%q) = %q, %q, %v; want %q, %q, %v", c.rest, firm, title, role, c.firm, c.title, c.role)
		}
	}
}
