package site

import (
	"slices"
	"strings"
	"testing"

	"callsite/internal/transcript"
)

func TestSubstance(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Thank you.", ""},
		{"\xffrevenue grew 4% in the quarter on strong demand.", "\uFFFDrevenue grew 4% in the quarter on strong demand."}, // a stray byte reads as U+FFFD
		{"revenue grew 4% in the quarter on strong demand.", "Revenue grew 4% in the quarter on strong demand."},
		{"Thank you, Jane.", ""},
		{"Thanks, Jane and Tom.", ""},
		{"Good morning.", ""},
		{"Thanks for the question, Jane.", ""},
		{"Thank you for the question.", ""},
		{"That's a great question.", ""},
		{"Sure, I'll take that one.", ""},
		{"Yes.", ""},
		{"Sure.", ""},
		{"Hi, Jane.", ""},
		{"Good morning, and thank you to everyone who has joined us today.", ""},
		{"Welcome to our second quarter call.", ""},
		{"Again, I would like Ann to address this question.", ""},
		{"Yes, so we expect margins to expand next year.", "We expect margins to expand next year."},
		{"Sure. Revenue grew 4% on pricing.", "Revenue grew 4% on pricing."},
		{"Okay, well, the backlog is at a record.", "The backlog is at a record."},
		{"Thank you, Jane. The backlog is at a record.", "The backlog is at a record."},
		{"So far the launch has gone well.", "So far the launch has gone well."},
		{"Right now we see no slowdown.", "Right now we see no slowdown."},
		{"Well above our plan, as it happens.", "Well above our plan, as it happens."},
		{"Hiring slowed in the quarter.", "Hiring slowed in the quarter."},
		{"We expect to take a charge next quarter.", "We expect to take a charge next quarter."},
	} {
		if got := Substance(tc.in); got != tc.want {
			t.Errorf("Substance(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAnswerPreview(t *testing.T) {
	analyst := &transcript.Speaker{Name: "Jane Poe", Role: transcript.RoleAnalyst}
	ceo := &transcript.Speaker{Name: "John Roe", Role: transcript.RoleManagement}
	cfo := &transcript.Speaker{Name: "Ann Lee", Role: transcript.RoleManagement}
	turn := func(sp *transcript.Speaker, paras ...string) *transcript.Turn {
		tu := &transcript.Turn{Speaker: sp}
		for _, p := range paras {
			tu.Paragraphs = append(tu.Paragraphs, &transcript.Paragraph{Text: p})
		}
		return tu
	}
	for _, tc := range []struct {
		name  string
		turns []*transcript.Turn
		want  string
		by    *transcript.Speaker
	}{
		{"greeting then substance across paragraphs", []*transcript.Turn{
			turn(analyst, "Hi, good morning. How should we think about pricing next year?"),
			turn(ceo, "Thank you, Jane. Good question.", "Yes, so pricing held up through the quarter. We raised list prices twice and churn did not move."),
		}, "Pricing held up through the quarter. We raised list prices twice and churn did not move.", ceo},
		{"names said to someone and a self-introduction are dropped", []*transcript.Turn{
			turn(analyst, "Could you size the backlog?"),
			turn(ceo, "Jane, this is John. Jane, the backlog is up a third from a year ago, and we see it holding all year, Jane."),
		}, "The backlog is up a third from a year ago, and we see it holding all year.", ceo},
		{"a courtesy-only first answer hands over", []*transcript.Turn{
			turn(analyst, "What about margins?"),
			turn(ceo, "Thanks, Jane. I'll let Ann take that."),
			turn(cfo, "Sure. Gross margin was down 40 basis points on freight, which we expect to recover in the second half."),
		}, "Gross margin was down 40 basis points on freight, which we expect to recover in the second half.", cfo},
		{"an answer that says nothing else quotes the question", []*transcript.Turn{
			turn(analyst, "Thanks for taking my question. Is the buyback still on track for this year?"),
			turn(ceo, "Yes."),
		}, "Is the buyback still on track for this year?", analyst},
		{"long text is cut at a word", []*transcript.Turn{
			turn(ceo, strings.Repeat("demand stayed strong in every region we serve and ", 5)),
		}, "Demand stayed strong in every region we serve and demand stayed strong in every region we serve and demand…", ceo},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := AnswerPreview(&transcript.Exchange{Analyst: analyst, Turns: tc.turns}, 80, 110)
			if p.Text != tc.want || p.Speaker != tc.by {
				by := "<nil>"
				if p.Speaker != nil {
					by = p.Speaker.Name
				}
				t.Errorf("AnswerPreview = %q by %s, want %q by %s", p.Text, by, tc.want, tc.by.Name)
			}
		})
	}
}

// TestSaidOnPersonPages: an executive's appearance gives what they said
// (in the prepared remarks and in their answers), not the analyst's words.
func TestSaidOnPersonPages(t *testing.T) {
	src := "Jane Doe - Vice President, Investor Relations\n" +
		"Good morning and welcome to Acme's Second Quarter 2024 Earnings Call.\n" +
		"John Roe - Chief Executive Officer\n" +
		"Thank you, Jane. Good morning, everyone. Orders grew in every region, led by the new pumps.\n" +
		"Operator\n" +
		"Our first question comes from Sam Poe from Example Securities.\n" +
		"Sam Poe - Analyst\n" +
		"Thanks. How should we think about pump pricing into next year?\n" +
		"John Roe - Chief Executive Officer\n" +
		"Thanks, Sam. Sure. We raised pump prices twice and expect to hold them through next year.\n"
	tr, err := transcript.Parse("acme.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := Build(Config{}, []*Record{NewRecord(tr, CallFigures(tr))}, nil)
	var ceo *Person
	for _, p := range s.People {
		if p.Name == "John Roe" {
			ceo = p
		}
	}
	if ceo == nil || len(ceo.Appearances) != 1 {
		t.Fatalf("no person page for John Roe with one call: %+v", s.People)
	}
	a := ceo.Appearances[0]
	if q := a.Remarks(); q == nil || q.Text != "Orders grew in every region, led by the new pumps." || q.Anchor == "" {
		t.Errorf("prepared remarks: %+v", q)
	}
	if len(a.Answers) != 1 {
		t.Fatalf("answers: %+v", a.Answers)
	}
	if q := a.SaidIn(a.Answers[0].ID); q == nil || q.Text != "We raised pump prices twice and expect to hold them through next year." {
		t.Errorf("answer to %s: %+v", a.Answers[0].ID, q)
	}
}

// TextKey tells texts apart: the same paragraphs give the same key; a
// byte changed, a paragraph split elsewhere or moved give another.
func TestTextKeyTellsTextsApart(t *testing.T) {
	key := func(paras ...string) uint64 {
		t.Helper()
		tu := &transcript.Turn{}
		for _, p := range paras {
			tu.Paragraphs = append(tu.Paragraphs, &transcript.Paragraph{Text: p})
		}
		return TextKey(&transcript.Transcript{Sections: []*transcript.Section{{Turns: []*transcript.Turn{tu}}}})
	}
	base := []string{"Welcome to the call.", "Revenue grew 4% in the quarter. Margins held at 31%, café.", "Thank you."}
	want := key(base...)
	if got := key(slices.Clone(base)...); got != want {
		t.Errorf("the same text: %x, want %x", got, want)
	}
	others := [][]string{
		{"Welcome to the call.", "Revenue grew 5% in the quarter. Margins held at 31%, café.", "Thank you."},
		{"Welcome to the call.", "Revenue grew 4% in the quarter. Margins held at 31%, cafe.", "Thank you."},
		{"Welcome to the call. Revenue grew 4% in the quarter.", "Margins held at 31%, café.", "Thank you."},
		{"Welcome to the call.", "Revenue grew 4% in the quarter. Margins held at 31%, café.Thank you."},
		{"Revenue grew 4% in the quarter. Margins held at 31%, café.", "Welcome to the call.", "Thank you."},
		{"Welcome to the call.", "Revenue grew 4% in the quarter. Margins held at 31%, café.", "Thank you.", ""},
		{"Welcome to the call.", "Revenue grew 4% in the quarter. Margins held at 31%, café."},
	}
	for _, o := range others {
		if key(o...) == want {
			t.Errorf("%q has the key of %q", o, base)
		}
	}
	// A byte changed anywhere in a longer text.
	long := strings.Repeat("Revenue grew 4% and margins held. ", 20)
	seen := map[uint64]int{key(long): -1}
	for i := range len(long) {
		b := []byte(long)
		b[i] ^= 1
		k := key(string(b))
		if j, ok := seen[k]; ok {
			t.Fatalf("a change at %d has the key of one at %d", i, j)
		}
		seen[k] = i
	}
}

// A head compares a sentence's start as strings.ToLower reads it, and
// isName looks a text up lower-cased, ASCII or not.
func TestHeadReadsAsLowerCase(t *testing.T) {
	texts := []string{"", "So", "SO, we grew.", "Thank You, Jane.", "thanK you", "than\u212a you", "\u212aay, thanks",
		"İt's Dan.", "It's Dan.", "ÉTÉ was good.", "Here Is Tom", "here's", "Hi", "h", "Yes — so.", "Well…", "Good Morning, everyone"}
	words := []string{"so", "thank you", "thank", "it's ", "here is ", "here's ", "hi", "yes", "well", "good morning", "k", "i", "ok"}
	for _, s := range texts {
		for _, n := range []int{len("here is "), openingsLen + 1} {
			h := headOf(s, n)
			for _, w := range words {
				if len(w) > n {
					continue // a head compares words up to its n bytes
				}
				if got, want := h.opens(w), strings.HasPrefix(strings.ToLower(s), w); got != want {
					t.Errorf("headOf(%q, %d).opens(%q) = %v, want %v", s, n, w, got, want)
				}
			}
			if low := strings.ToLower(s); low != "" && h.first() != low[0] {
				t.Errorf("headOf(%q, %d).first() = %q, want %q", s, n, h.first(), low[0])
			}
		}
	}
	names := map[string]bool{"jane": true, "jane doe": true, "kelly": true, "i̇rem": true}
	for _, s := range []string{"Jane", "JANE DOE", "jane", "Janet", "\u212aelly", "Kelly", "İrem", "", strings.Repeat("Jane", 20)} {
		if got, want := isName(names, s), names[strings.ToLower(s)]; got != want {
			t.Errorf("isName(%q) = %v, want %v", s, got, want)
		}
	}
}
