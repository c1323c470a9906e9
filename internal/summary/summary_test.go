package summary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// The transcripts below are invented: fictional companies, people and figures.

const acmeQ2 = `Operator
Good day, and welcome to Acme Widgets' Second Quarter 2024 Earnings Call. Please go ahead.
Jane Holt - Vice President, Investor Relations
Thank you. Welcome to Acme Widgets' Second Quarter 2024 Earnings Call. With me are our CEO and our CFO.
Tom Reyes - Chief Executive Officer
We had a strong second quarter. Revenue was $52.4 million, up 12.5% from the second quarter of 2023.
Our customers keep adding lines, and we opened two new plants.
Mia Lund - Chief Financial Officer
Thanks, Tom. For the second quarter of 2024, total revenue was $52.4 million, up 12.5% compared with $46.6 million in the second quarter of 2023.
Gross margin was 41.2% compared to 39.8% a year ago.
Net income was $6.3 million, or $0.21 per diluted share, compared with net income of $4.1 million, or $0.14 per diluted share, in the second quarter of 2023.
Adjusted earnings per share was $0.27.
For the third quarter of 2024, we expect revenue of between $54 million and $56 million.
For the full year 2024, we now expect revenue of at least $215 million.
The board also approved a 10% increase in our quarterly dividend to $0.11 per share.
Question-and-Answer Session
Operator
Our first question comes from Sam Ortiz with Birch Capital.
Sam Ortiz - Birch Capital
Thanks. Can you talk about gross margin in the back half? We model revenue of $60 million for the fourth quarter, is that right?
Mia Lund - Chief Financial Officer
We expect gross margin to stay around 41%.
`

const boltQ4Loss = `Operator
Welcome to Boltline's Fourth Quarter 2023 Earnings Conference Call.
Ravi Menon - Chief Financial Officer
Revenue for the fourth quarter was $18.7 million, down 4.1% year-over-year.
Net loss was $3.2 million, or $0.08 per share, for the fourth quarter of 2023, compared with a net loss of $5.9 million, or $0.15 per share, for the fourth quarter of 2022.
For fiscal 2024, we expect revenue in the range of $80 million to $85 million.
Question-and-Answer Session
Operator
Our next question is from Lee Park with Fjord Securities.
Lee Park - Fjord Securities
Hi. Our model has revenue of $95 million for next year. When will you update the guidance?
Ravi Menon - Chief Financial Officer
We will update guidance next quarter.
`

func parse(t *testing.T, name, src string) *transcript.Transcript {
	t.Helper()
	tr, err := transcript.Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return tr
}

func texts(bs []Bullet) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return out
}

func TestSummarize(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // bullets, in order (a prefix of each bullet is enough when it ends in "...")
		kinds     []string
		not       []string // must appear in no bullet
	}{
		{
			name: "acme.txt", src: acmeQ2,
			want: []string{
				"Q2 revenue rose 12.5 percent to $52.4 million",
				"Q2 earnings per share $0.21; net income $6.3 million",
				"Q2 adjusted earnings per share $0.27",
				"Sees Q3 2024 revenue $54 million to $56 million",
				"Sees FY 2024 revenue of at least $215 million",
				"Quarterly dividend $0.11 per share, up 10%",
			},
			kinds: []string{"headline", "headline", "headline", "guidance", "guidance", "fact"},
			not:   []string{"$46.6 million", "$0.14", "$60 million", "$4.1 million", "compname", "Acme"},
		},
		{
			name: "bolt.txt", src: boltQ4Loss,
			want: []string{
				"Q4 revenue fell 4.1 percent to $18.7 million",
				"Q4 loss per share $0.08; net loss $3.2 million",
				"Sees FY 2024 revenue $80 million to $85 million",
			},
			kinds: []string{"headline", "headline", "guidance"},
			not:   []string{"$0.15", "$5.9 million", "$95 million"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := parse(t, tc.name, tc.src)
			got := Summarize(tr)
			if strings.Join(texts(got), "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("bullets:\n%s\nwant:\n%s", strings.Join(texts(got), "\n"), strings.Join(tc.want, "\n"))
			}
			for i, b := range got {
				if i < len(tc.kinds) && b.Kind != tc.kinds[i] {
					t.Errorf("bullet %d %q: kind %q, want %q", i, b.Text, b.Kind, tc.kinds[i])
				}
				for _, n := range tc.not {
					if strings.Contains(b.Text, n) {
						t.Errorf("bullet %q contains %q", b.Text, n)
					}
				}
			}
			checkBullets(t, tr, got)
		})
	}
}

// The paragraph a bullet links to says its main figure.
func TestSummarizeParagraphs(t *testing.T) {
	tr := parse(t, "acme.txt", acmeQ2)
	paras := paragraphs(tr)
	for _, b := range Summarize(tr) {
		num := ""
		if i := strings.Index(b.Text, "$"); i >= 0 {
			num = numRe.FindString(b.Text[i:])
		} else if all := numRe.FindAllString(b.Text, -1); len(all) > 0 {
			num = all[len(all)-1]
		}
		if !strings.Contains(paras[b.Paragraph], num) {
			t.Errorf("bullet %q links to %s, which does not say %s: %q", b.Text, b.Paragraph, num, paras[b.Paragraph])
		}
		if strings.HasPrefix(b.Paragraph, "q") {
			t.Errorf("bullet %q comes from the Q&A (%s) though the prepared remarks say it", b.Text, b.Paragraph)
		}
	}
}

func TestSummarizeEmpty(t *testing.T) {
	if got := Summarize(nil); got != nil {
		t.Errorf("Summarize(nil) = %v", got)
	}
	tr := parse(t, "none.txt", "Operator\nWelcome to Nullco's First Quarter 2024 Earnings Call.\nAnn Bell - Chief Executive Officer\nWe had a good quarter and thank our teams.\n")
	if got := Summarize(tr); len(got) != 0 {
		t.Errorf("no figures, got %q", texts(got))
	}
	// analysts' numbers never count
	tr = parse(t, "analyst.txt", `Operator
Welcome to Quill Corp's Third Quarter 2024 Earnings Call.
Ann Bell - Chief Executive Officer
We are pleased with the quarter.
Question-and-Answer Session
Operator
Our first question comes from Max Grey with Delta Research.
Max Grey - Delta Research
Revenue was $40 million and earnings per share was $0.50, right? Do you expect revenue of $45 million next quarter?
Ann Bell - Chief Executive Officer
We don't comment on models.
`)
	if got := Summarize(tr); len(got) != 0 {
		t.Errorf("analyst figures became bullets: %q", texts(got))
	}
}

func paragraphs(tr *transcript.Transcript) map[string]string {
	m := map[string]string{}
	for _, tu := range tr.Turns() {
		for _, p := range tu.Paragraphs {
			m[p.ID] = p.Text
		}
	}
	return m
}

// checkBullets asserts what holds for every summary.
func checkBullets(t *testing.T, tr *transcript.Transcript, bs []Bullet) {
	t.Helper()
	if len(bs) > MaxBullets {
		t.Errorf("%s: %d bullets, want at most %d", tr.Source, len(bs), MaxBullets)
	}
	paras := paragraphs(tr)
	seen := map[string]bool{}
	last := 0
	order := map[string]int{KindHeadline: 0, KindGuidance: 1, KindFact: 2}
	for _, b := range bs {
		if _, ok := paras[b.Paragraph]; !ok {
			t.Errorf("%s: bullet %q: paragraph %q not in the transcript", tr.Source, b.Text, b.Paragraph)
		}
		o, ok := order[b.Kind]
		if !ok {
			t.Errorf("%s: bullet %q: kind %q", tr.Source, b.Text, b.Kind)
		}
		if o < last {
			t.Errorf("%s: bullet %q (%s) out of order", tr.Source, b.Text, b.Kind)
		}
		last = o
		if b.Text == "" || strings.ToUpper(b.Text[:1]) != b.Text[:1] {
			t.Errorf("%s: bullet %q not capitalised", tr.Source, b.Text)
		}
		if seen[b.Text] {
			t.Errorf("%s: duplicate bullet %q", tr.Source, b.Text)
		}
		seen[b.Text] = true
		if strings.Contains(strings.ToLower(b.Text), "compname") {
			t.Errorf("%s: bullet %q says compname", tr.Source, b.Text)
		}
	}
}

func TestSeed(t *testing.T) {
	path := testshared.Path(t, "seed", "000_037e1c84daa94943.txt")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := transcript.Parse(filepath.Base(path), src)
	if err != nil {
		t.Fatal(err)
	}
	got := Summarize(tr)
	all := strings.Join(texts(got), "\n")
	t.Logf("seed bullets:\n%s", all)
	for _, want := range []string{
		"Q2 revenue rose 1.1 percent to $31.2 million",
		"net loss $8.1 million",
		"loss per share $0.39",
		"Sees Q3 2020 revenue of at least $36 million",
		"Sees FY 2020 revenue above $142 million",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("seed bullets lack %q", want)
		}
	}
	checkBullets(t, tr, got)
}

// TestCorpus runs Summarize on every corpus transcript, all formats: it never
// panics, gives at most 8 bullets, and every bullet links to a paragraph of
// its call.
func TestCorpus(t *testing.T) {
	dir := testshared.Path(t, "corpus", "transcripts")
	calls, _ := transcript.Load(os.DirFS(dir), ".") // per-file errors are the transcript package's business
	if len(calls) == 0 {
		t.Fatal("no transcripts loaded")
	}
	n := 0
	for _, tr := range calls {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic: %v", tr.Source, r)
				}
			}()
			bs := Summarize(tr)
			checkBullets(t, tr, bs)
			n += len(bs)
			for _, ex := range tr.Exchanges {
				if tp := Topic(ex); len(strings.Fields(tp)) > 6 {
					t.Errorf("%s %s: topic %q is not a few words", tr.Source, ex.ID, tp)
				}
			}
		}()
	}
	t.Logf("%d calls, %d bullets", len(calls), n)
}

func FuzzSummarize(f *testing.F) {
	f.Add(acmeQ2)
	f.Add(boltQ4Loss)
	f.Add("Operator\nWelcome to X's First Quarter 2024 Call.\nA B - CFO\nRevenue was $1 billion to $2 and 3% or $0.5 per share.\n")
	f.Fuzz(func(t *testing.T, src string) {
		tr, err := transcript.Parse("fuzz.txt", []byte(src))
		if err != nil {
			return
		}
		checkBullets(t, tr, Summarize(tr))
		for _, ex := range tr.Exchanges {
			Topic(ex)
		}
	})
}

// In a transcript without speaker labels, what an analyst says after the
// operator hands over the line is not management's statement.
func TestSummarizeUnlabelledAsker(t *testing.T) {
	src := "Welcome to Quillon's fourth quarter 2024 earnings call. " +
		"Total revenue in the fourth quarter was $1.92 billion, up 17%. " +
		"For the first quarter, we expect non-GAAP operating margin of 24.5%. " +
		"We will now take questions. Our next question comes from the line of Ann Lee with Birch Capital. Please proceed with your question. " +
		"Hey, great, thanks. You're up to 26% operating margin here, guiding for 27% next year. " +
		"I'd love to hear how you balance growth and margin. " +
		"Sure, Ann. We keep investing in the platform.\n"
	tr := parse(t, "quillon.txt", src)
	if !tr.Unlabelled {
		t.Fatal("the test transcript should read as unlabelled")
	}
	got := strings.Join(texts(Summarize(tr)), "\n")
	for _, want := range []string{"$1.92 billion", "24.5%"} {
		if !strings.Contains(got, want) {
			t.Errorf("bullets lack management's %s:\n%s", want, got)
		}
	}
	for _, not := range []string{"26%", "27%"} {
		if strings.Contains(got, not) {
			t.Errorf("bullets state the analyst's %s:\n%s", not, got)
		}
	}
}
