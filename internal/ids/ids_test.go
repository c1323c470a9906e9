package ids

import (
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"callsite/internal/transcript"
)

const callURL = "/c/quillfeather-instruments/2025-q2/"

func base(t testing.TB) string {
	t.Helper()
	src, err := os.ReadFile("testdata/base.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

func parse(t testing.TB, src string) *transcript.Transcript {
	t.Helper()
	tr, err := transcript.Parse("call.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// pinned is the map of src's structural ids, through Format and Parse.
func pinned(t testing.TB, src string) *Map {
	t.Helper()
	m, err := Parse("call.txt.ids", FromTranscript(parse(t, src), callURL).Format())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// idList is every id of a call in order: turns with their paragraphs,
// then "|" and the exchanges.
func idList(tr *transcript.Transcript) string {
	var out []string
	for _, tu := range tr.Turns() {
		out = append(out, tu.ID)
		for _, p := range tu.Paragraphs {
			out = append(out, p.ID)
		}
	}
	out = append(out, "|")
	for _, ex := range tr.Exchanges {
		out = append(out, ex.ID)
	}
	return strings.Join(out, " ")
}

var (
	turnIDRe = regexp.MustCompile(`^(?:(?:pr|qa|cl)[1-9][0-9]*|q[1-9][0-9]*-[1-9][0-9]*)$`)
	exIDRe   = regexp.MustCompile(`^q[1-9][0-9]*$`)
)

// checkWellFormed: every id unique and of the right shape, paragraph ids
// under their turn's, exchange turns under their exchange's.
func checkWellFormed(t *testing.T, tr *transcript.Transcript) {
	t.Helper()
	seen := map[string]bool{}
	once := func(id string) {
		if seen[id] {
			t.Errorf("id %s used twice", id)
		}
		seen[id] = true
	}
	for _, ex := range tr.Exchanges {
		once(ex.ID)
		if !exIDRe.MatchString(ex.ID) {
			t.Errorf("exchange id %q", ex.ID)
		}
		for _, tu := range ex.Turns {
			if !strings.HasPrefix(tu.ID, ex.ID+"-") {
				t.Errorf("turn %s of exchange %s", tu.ID, ex.ID)
			}
		}
	}
	for _, s := range tr.Sections {
		for _, tu := range s.Turns {
			once(tu.ID)
			if !turnIDRe.MatchString(tu.ID) {
				t.Errorf("turn id %q", tu.ID)
			}
			want := map[transcript.SectionKind]string{transcript.SectionPrepared: "pr", transcript.SectionClosing: "cl"}[s.Kind]
			if s.Kind == transcript.SectionQA && tu.Exchange == nil {
				want = "qa"
			}
			if want != "" && !strings.HasPrefix(tu.ID, want) {
				t.Errorf("turn %s in the %s section", tu.ID, s.Kind)
			}
			for _, p := range tu.Paragraphs {
				once(p.ID)
				if number(p.ID, tu.ID+"p") == 0 {
					t.Errorf("paragraph %s of turn %s", p.ID, tu.ID)
				}
			}
		}
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			panic("fixture does not contain " + old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

// The ids of the fixture as the transcript package numbers them.
const baseIDs = "pr1 pr1p1 pr1p2 pr2 pr2p1 pr2p2 pr3 pr3p1 pr3p2 " +
	"q1-1 q1-1p1 q1-2 q1-2p1 q1-3 q1-3p1 q2-1 q2-1p1 q2-2 q2-2p1 q2-3 q2-3p1 " +
	"q3-1 q3-1p1 q3-2 q3-2p1 q3-3 q3-3p1 q4-1 q4-1p1 q4-2 q4-2p1 q4-3 q4-3p1 cl1 cl1p1 | q1 q2 q3 q4"

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(string) string
		ids   func(string) string // the ids after Apply, from baseIDs
		fresh []string            // ids new to the map
		gone  []Gone
	}{
		{
			name: "nothing changed",
			edit: func(s string) string { return s },
		},
		{
			name: "a typo fix keeps every id",
			edit: replace("Quillfeather had a busy quarter", "Quillfeather had a bussy quarter"),
		},
		{
			name: "a paragraph rewritten in place keeps its id",
			edit: replace("We opened a second assembly line in Porto and shipped our first calibration service contracts to hospital customers.",
				"Separately, a new plant came online this spring, on schedule."),
		},
		{
			name: "a corrected speaker name keeps the ids of long turns",
			edit: func(s string) string { return strings.ReplaceAll(s, "Omar Haddad", "Omar Haddadi") },
		},
		{
			name: "a turn inserted in the prepared remarks takes the next number",
			edit: replace("Lena Fischer - Chief Financial Officer\nThanks, Arjun.",
				"Arjun Mehta - Chief Executive Officer\nBefore Lena starts, a word on our new board member.\nLena Fischer - Chief Financial Officer\nThanks, Arjun."),
			ids:   replace("pr3 pr3p1", "pr4 pr4p1 pr3 pr3p1"),
			fresh: []string{"pr4", "pr4p1"},
		},
		{
			name:  "a paragraph inserted in a turn takes the next number of that turn",
			edit:  replace("For the third quarter we expect", "Capital spending was $4 million.\nFor the third quarter we expect"),
			ids:   replace("pr3p1 pr3p2", "pr3p1 pr3p3 pr3p2"),
			fresh: []string{"pr3p3"},
		},
		{
			name:  "a deleted paragraph",
			edit:  replace("Our remarks include forward-looking statements; please see our filings for the risks that could make results differ.\n", ""),
			ids:   replace("pr1p2 ", ""),
			fresh: nil,
		},
		{
			name: "a turn inserted in an exchange",
			edit: replace("Fourteen hospital sites, and we expect to add about ten more by the end of the year.\n",
				"Fourteen hospital sites, and we expect to add about ten more by the end of the year.\nLena Fischer - Chief Financial Officer\nAnd those contracts run for three years on average.\n"),
			ids:   replace("q3-3p1", "q3-3p1 q3-4 q3-4p1"),
			fresh: []string{"q3-4", "q3-4p1"},
		},
		{
			name: "a deleted turn",
			edit: replace("Arjun Mehta - Chief Executive Officer\nFourteen hospital sites, and we expect to add about ten more by the end of the year.\n", ""),
			ids:  replace("q3-3 q3-3p1 ", ""),
		},
		{
			name: "a deleted exchange: the others keep their ids, its page goes to the call",
			edit: replace("Operator\nThe next question comes from Kate Lindqvist of Meridian Capital Partners.\nKate Lindqvist - Analyst\nThank you. Lena, what drove the improvement in gross margin this quarter, and is it sustainable?\nLena Fischer - Chief Financial Officer\nMostly mix. Service contracts carry higher margins than hardware, and freight costs came down; we think the mid 40s hold.\n", ""),
			ids: func(s string) string {
				return replace(" q2 ", " ")(replace("q2-1 q2-1p1 q2-2 q2-2p1 q2-3 q2-3p1 ", "")(s))
			},
			gone: []Gone{{ID: "q2"}},
		},
		{
			name: "a merged exchange: its page goes to the exchange it joined",
			edit: replace("Operator\nWe have a follow-up from Kate Lindqvist of Meridian Capital Partners.\n", ""),
			ids: func(s string) string {
				return replace(" q3 ", " ")(replace("q3-1 q3-1p1 q3-2 q3-2p1 q3-3 q3-3p1", "q2-4 q2-4p1 q2-5 q2-5p1")(s))
			},
			fresh: []string{"q2-4", "q2-4p1", "q2-5", "q2-5p1"},
			gone:  []Gone{{ID: "q3", To: "q2"}},
		},
		{
			name: "a new exchange takes the next exchange number",
			edit: replace("Operator\nThere are no further questions", "Operator\nThe next question comes from Ines Duarte of Tagus Partners.\nInes Duarte - Analyst\nWhat is the order backlog?\nArjun Mehta - Chief Executive Officer\nAbout five months of revenue.\nOperator\nThere are no further questions"),
			ids: func(s string) string {
				return replace("| q1 q2 q3 q4", "| q1 q2 q3 q4 q5")(replace("cl1 ", "q5-1 q5-1p1 q5-2 q5-2p1 q5-3 q5-3p1 cl1 ")(s))
			},
			fresh: []string{"q5", "q5-1", "q5-1p1", "q5-2", "q5-2p1", "q5-3", "q5-3p1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := pinned(t, base(t))
			edited := parse(t, tc.edit(base(t)))
			ch := Apply(edited, m)
			checkWellFormed(t, edited)
			want := baseIDs
			if tc.ids != nil {
				want = tc.ids(want)
			}
			if got := idList(edited); got != want {
				t.Errorf("ids\n%s\nwant\n%s", got, want)
			}
			if !slices.Equal(ch.Fresh, tc.fresh) {
				t.Errorf("fresh = %q, want %q", ch.Fresh, tc.fresh)
			}
			if !reflect.DeepEqual(ch.Gone, tc.gone) {
				t.Errorf("gone = %+v, want %+v", ch.Gone, tc.gone)
			}
			for i, ex := range edited.Exchanges {
				if ex.N != i+1 {
					t.Errorf("exchange %s has N %d, want %d", ex.ID, ex.N, i+1)
				}
			}
		})
	}
}

// Moving turns around is not expected to keep their ids, but ids stay
// unique and well formed.
func TestApplyReorder(t *testing.T) {
	src := base(t)
	a := "Operator\nThe next question comes from Kate Lindqvist"
	b := "Operator\nThe next question comes from Wei Zhang"
	end := "Operator\nThere are no further questions"
	i, j, k := strings.Index(src, a), strings.Index(src, b), strings.Index(src, end)
	swapped := src[:i] + src[j:k] + src[i:j] + src[k:]
	edited := parse(t, swapped)
	Apply(edited, pinned(t, src))
	checkWellFormed(t, edited)
}

// Fresh exchange ids skip the ids of gone exchanges: an old link never
// lands on a different question.
func TestApplyFreshSkipsGone(t *testing.T) {
	m := pinned(t, base(t))
	m.Gone = []Gone{{ID: "q7", To: "q2"}}
	edited := parse(t, replace("Operator\nThere are no further questions", "Operator\nThe next question comes from Ines Duarte of Tagus Partners.\nInes Duarte - Analyst\nWhat is the order backlog?\nOperator\nThere are no further questions")(base(t)))
	ch := Apply(edited, m)
	if got := edited.Exchanges[4].ID; got != "q8" {
		t.Errorf("new exchange id %s, want q8", got)
	}
	if want := []Gone{{ID: "q7", To: "q2"}}; !reflect.DeepEqual(ch.Gone, want) {
		t.Errorf("gone = %+v, want %+v", ch.Gone, want)
	}
}

// A gone exchange that led to an exchange now gone too leads where that
// one went.
func TestApplyGoneChains(t *testing.T) {
	m := pinned(t, base(t))
	m.Gone = []Gone{{ID: "q9", To: "q3"}, {ID: "q8", To: "q1"}}
	edited := parse(t, replace("Operator\nWe have a follow-up from Kate Lindqvist of Meridian Capital Partners.\n", "")(base(t)))
	ch := Apply(edited, m)
	want := []Gone{{ID: "q3", To: "q2"}, {ID: "q8", To: "q1"}, {ID: "q9", To: "q2"}}
	if !reflect.DeepEqual(ch.Gone, want) {
		t.Errorf("gone = %+v, want %+v", ch.Gone, want)
	}
}

func TestApplyNil(t *testing.T) {
	tr := parse(t, base(t))
	Apply(tr, nil)
	if idList(tr) != baseIDs {
		t.Error("Apply with no map changed ids")
	}
}

func TestFormatParse(t *testing.T) {
	m := FromTranscript(parse(t, base(t)), callURL)
	m.Moved = []string{"/c/quillfeather/2025-q2/", "/c/quillfeather/2025-q1/"}
	m.Gone = []Gone{{ID: "q5", To: "q2"}, {ID: "q6"}}
	src := m.Format()
	got, err := Parse("x.ids", src)
	if err != nil {
		t.Fatal(err)
	}
	if again := got.Format(); string(again) != string(src) {
		t.Errorf("Format(Parse(Format(m))) differs:\n%s\nwant\n%s", again, src)
	}
	// Lines are where Parse found them; otherwise the maps are equal.
	for i := range got.Turns {
		if got.Turns[i].Line == 0 {
			t.Fatalf("turn %s has no line", got.Turns[i].ID)
		}
		got.Turns[i].Line = 0
		for j := range got.Turns[i].Paragraphs {
			got.Turns[i].Paragraphs[j].Line = 0
		}
	}
	for i := range got.Gone {
		got.Gone[i].Line = 0
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("Parse(Format(m)) = %+v\nwant %+v", got, m)
	}
	for _, want := range []string{
		"callsite ids v1\t" + callURL + "\n",
		"\npr1\tnora-vance\n",
		"\npr1p2\tnora-vance\tOur remarks include forward-looking statements; please see our filings for the risks that could make results differ.\n",
		"\nmoved\t/c/quillfeather/2025-q1/\n",
		"\ngone\tq5\tq2\ngone\tq6\t-\n",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("ids file lacks %q", want)
		}
	}
}

func TestFingerprint(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  Hello,\tworld \n again ", "Hello, world again"},
		{"zero\u200bwidth", "zerowidth"},
		{strings.Repeat("ab ", 100), strings.TrimSpace(strings.Repeat("ab ", 40))},
		{strings.Repeat("é", 130), strings.Repeat("é", 120)},
	} {
		if got := Fingerprint(tc.in); got != tc.want {
			t.Errorf("Fingerprint(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	const head = "callsite ids v1\t/c/a/2024-q1/\n"
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"empty", "", []string{"x.ids:1: empty ids file: want the header \"callsite ids v1\", a tab and the call's page"}},
		{"not ids", "Operator\nHello\n", []string{"x.ids:1: not an ids file: want the header \"callsite ids v1\", a tab and the call's page"}},
		{"version", "callsite ids v9\t/c/a/2024-q1/\n", []string{"x.ids:1: unsupported ids format \"v9\" (this gen reads v1)"}},
		{"bad url", "callsite ids v1\tc/a\n", []string{"x.ids:1: bad call page \"c/a\": want a path from the site root ending in /, like /c/acme/2024-q3/"}},
		{"every bad line", head +
			"# fine\n" +
			"pr1\tjane\n" +
			"pr1p1\tjane\tHello\n" +
			"pr1p1\tjane\tAgain\n" + // 5
			"pr2\tjane\textra\n" + // 6
			"pr2p1\tjane\tNo turn\n" + // 7
			"x9\tjane\tHi\n" + // 8
			"q1-1p1\tjane\n" + // 9
			"q1-1\t\n" + // 10
			"moved\tnowhere\n" + // 11
			"gone\tq1\n" + // 12
			"q2-1\top\n" + // 13
			"gone\tq2\t-\n", // 14
			[]string{
				"x.ids:5: duplicate id pr1p1 (first on line 4)",
				"x.ids:6: turn pr2: want 2 fields separated by a tab (id, speaker), got 3",
				"x.ids:7: paragraph pr2p1 is not under its turn pr2",
				"x.ids:8: bad id \"x9\": want a turn id (pr2, qa1, cl1, q3-2) or a paragraph id (pr2p1, q3-2p1)",
				"x.ids:9: paragraph q1-1p1: want 3 fields separated by tabs (id, speaker, text), got 2",
				"x.ids:10: q1-1: empty speaker",
				"x.ids:11: want \"moved\", a tab and an earlier page of the call, like /c/acme/2023-q3/",
				"x.ids:12: want \"gone\", a tab, an exchange id (q5), a tab and the exchange it leads to now (q4, or - for the call page)",
				"x.ids:14: exchange q2 is listed as gone but has turns in this file",
			}},
		{"windows line ends are fine", strings.ReplaceAll(head+"pr1\tjane\npr1p1\tjane\tHi\n", "\n", "\r\n"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.ids", []byte(tc.src))
			var got []string
			if err != nil {
				got = strings.Split(err.Error(), "\n")
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if err != nil {
				for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
					if _, ok := e.(*transcript.Error); !ok {
						t.Errorf("%v is a %T, want *transcript.Error", e, e)
					}
				}
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	m := &Map{
		URL:   "/c/acme/2024-q3/",
		Turns: []Turn{{ID: "pr1", Speaker: "a"}, {ID: "q1-1", Speaker: "op"}, {ID: "q2-1", Speaker: "op"}},
		Moved: []string{"/c/acme/2023-q3/"},
		Gone:  []Gone{{ID: "q3", To: "q1"}, {ID: "q4"}},
	}
	want := []Redirect{
		{"/c/acme/2023-q3/", "/c/acme/2024-q3/"},
		{"/c/acme/2023-q3/q1/", "/c/acme/2024-q3/q1/"},
		{"/c/acme/2023-q3/q2/", "/c/acme/2024-q3/q2/"},
		{"/c/acme/2023-q3/q3/", "/c/acme/2024-q3/q1/"},
		{"/c/acme/2023-q3/q4/", "/c/acme/2024-q3/"},
		{"/c/acme/2024-q3/q3/", "/c/acme/2024-q3/q1/"},
		{"/c/acme/2024-q3/q4/", "/c/acme/2024-q3/"},
	}
	if got := m.Redirects(); !reflect.DeepEqual(got, want) {
		t.Errorf("Redirects() =\n%v\nwant\n%v", got, want)
	}
}

// A call whose period was corrected: the map's page becomes an earlier
// page, and coming back to it drops it again.
func TestInherit(t *testing.T) {
	tr := parse(t, base(t))
	m := pinned(t, base(t))
	m.Moved = []string{"/c/q/2024-q2/"}
	ch := Apply(tr, m)
	now := FromTranscript(tr, "/c/quillfeather-instruments/2025-q3/")
	now.Inherit(ch)
	if want := []string{"/c/q/2024-q2/", callURL}; !slices.Equal(now.Moved, want) {
		t.Errorf("moved = %q, want %q", now.Moved, want)
	}
	back := FromTranscript(tr, "/c/q/2024-q2/")
	back.Inherit(ch)
	if want := []string{callURL}; !slices.Equal(back.Moved, want) {
		t.Errorf("moved = %q, want %q", back.Moved, want)
	}
}

// Load reads transcripts, never ids files, so an ids file next to its
// transcript is not a call of its own (it is not a transcript type).
func TestLoadSkipsIDsFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"call.txt":     {Data: []byte(base(t))},
		"call.txt.ids": {Data: FromTranscript(parse(t, base(t)), callURL).Format()},
	}
	calls, err := transcript.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != 1 || calls[0].Source != "call.txt" {
		t.Errorf("Load read %d calls", len(calls))
	}
}

func FuzzParse(f *testing.F) {
	f.Add(string(FromTranscript(parse(f, base(f)), callURL).Format()))
	f.Add("callsite ids v1\t/c/a/\npr1\tx\npr1p1\tx\thi\nmoved\t/c/b/\ngone\tq1\t-\n")
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Parse("f.ids", []byte(src))
		if err != nil {
			return
		}
		again, err := Parse("f.ids", m.Format())
		if err != nil {
			t.Fatalf("Format of a parsed map does not parse: %v", err)
		}
		if string(again.Format()) != string(m.Format()) {
			t.Fatal("Format is not stable")
		}
		tr := parse(t, base(t))
		Apply(tr, m)
		m.Redirects()
	})
}

// synthCall is a long call of many alike paragraphs (the same template
// with other numbers), as lines: the hard case for an alignment by
// similarity.
func synthCall(r *rand.Rand, exchanges int) []string {
	metrics := []string{"revenue", "gross margin", "operating income", "free cash flow", "adjusted EBITDA"}
	para := func() string {
		return fmt.Sprintf("In the quarter, %s was $%d.%d million, up %d%% from the prior year, and %s was $%d million.",
			metrics[r.IntN(len(metrics))], 10+r.IntN(900), r.IntN(10), r.IntN(30), metrics[r.IntN(len(metrics))], 10+r.IntN(900))
	}
	lines := []string{"Ann Lee - Vice President, Investor Relations", "Good morning, and welcome to Synth Corp's Third Quarter 2024 Earnings Call."}
	for i := 0; i < 6; i++ {
		lines = append(lines, []string{"Bo Chen - Chief Executive Officer", "Cy Diaz - Chief Financial Officer"}[i%2])
		for j := 0; j < 4; j++ {
			lines = append(lines, para())
		}
	}
	lines = append(lines, "Operator", "We will now begin the question-and-answer session.")
	for e := 0; e < exchanges; e++ {
		analyst := fmt.Sprintf("Analyst %c%c", 'A'+e%26, 'a'+e/26)
		lines = append(lines, "Operator", fmt.Sprintf("The next question comes from %s of Firm %d.", analyst, e), analyst+" - Analyst", fmt.Sprintf("What was %s in the quarter, and what do you expect next year?", metrics[r.IntN(len(metrics))]))
		for k := 0; k < 1+r.IntN(3); k++ {
			lines = append(lines, []string{"Bo Chen - Chief Executive Officer", "Cy Diaz - Chief Financial Officer"}[r.IntN(2)], para(), para())
		}
	}
	return append(lines, "Operator", "This concludes today's conference call. Thank you for participating.")
}

func TestApplyLongAlikeCall(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lines := synthCall(r, 80)
	src := strings.Join(lines, "\n") + "\n"
	old := parse(t, src)
	m := pinned(t, src)

	// Edit a few paragraphs, insert and delete a few answers.
	isSpeaker := func(l string) bool { return strings.Contains(l, " - ") || l == "Operator" }
	edited := append([]string(nil), lines...)
	for n := 0; n < 8; {
		i := 30 + r.IntN(len(edited)-40)
		if !isSpeaker(edited[i]) && strings.HasPrefix(edited[i], "In the quarter") {
			edited[i] = strings.Replace(edited[i], "In the quarter", "In the third quarter", 1)
			n++
		}
	}
	for n := 0; n < 4; {
		i := 30 + r.IntN(len(edited)-40)
		if edited[i] == "Cy Diaz - Chief Financial Officer" {
			edited = slices.Insert(edited, i, "Bo Chen - Chief Executive Officer", fmt.Sprintf("Let me add one thing, number %d.", n))
			n++
		}
	}
	for n := 0; n < 3; {
		i := 30 + r.IntN(len(edited)-40)
		if edited[i] == "Bo Chen - Chief Executive Officer" && edited[i-2] != "Operator" && strings.HasPrefix(edited[i+1], "In the quarter") {
			edited = slices.Delete(edited, i, i+3)
			n++
		}
	}
	tr := parse(t, strings.Join(edited, "\n")+"\n")
	start := time.Now()
	ch := Apply(tr, m)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Apply took %v", d)
	}
	checkWellFormed(t, tr)

	// Every paragraph whose text did not change keeps its id.
	oldID := map[string]string{}
	for _, tu := range old.Turns() {
		for _, p := range tu.Paragraphs {
			oldID[tu.Speaker.ID+": "+p.Text] = p.ID
		}
	}
	kept := 0
	for _, tu := range tr.Turns() {
		for _, p := range tu.Paragraphs {
			if id, ok := oldID[tu.Speaker.ID+": "+p.Text]; ok {
				if id == p.ID {
					kept++
				} else {
					t.Errorf("%s is now %s: %s", id, p.ID, p.Text)
				}
			}
		}
	}
	if kept < 400 || len(ch.Gone) != 0 {
		t.Errorf("kept %d paragraph ids, %d gone exchanges", kept, len(ch.Gone))
	}
}

func TestAlign(t *testing.T) {
	eq := func(a, b []string) func(i, j int) float64 {
		return func(i, j int) float64 {
			if a[i] == b[j] {
				return 1
			}
			return 0
		}
	}
	never := func(i, j int) bool { return false }
	for _, tc := range []struct {
		name string
		a, b string
		want []int
	}{
		{"same", "a b c", "a b c", []int{0, 1, 2}},
		{"insert", "a b c", "a x b c", []int{0, 2, 3}},
		{"delete", "a b c", "a c", []int{0, -1, 1}},
		{"replace one for one", "a b c", "a x c", []int{0, 1, 2}},
		{"replace two for one", "a b c d", "a x d", []int{0, -1, -1, 2}},
		{"swap keeps the longer run", "a b c", "c a b", []int{1, 2, -1}},
	} {
		a, b := strings.Fields(tc.a), strings.Fields(tc.b)
		if got := align(len(a), len(b), never, eq(a, b), func(i, j int) bool { return true }); !slices.Equal(got, tc.want) {
			t.Errorf("%s: align = %v, want %v", tc.name, got, tc.want)
		}
	}

	// Above maxCells the middle is aligned greedily: an insertion still
	// keeps every other match.
	n := 2100
	a := make([]string, n)
	for i := range a {
		a[i] = fmt.Sprint(i)
	}
	b := slices.Insert(slices.Clone(a), n/2, "new")
	got := align(len(a), len(b), never, eq(a, b), func(i, j int) bool { return false })
	for i, j := range got {
		if want := i + btoi(i >= n/2); j != want {
			t.Fatalf("greedy: a[%d] matched b[%d], want b[%d]", i, j, want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
