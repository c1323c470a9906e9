package transcript

import (
	"strings"
	"testing"
)

// foolJSON writes a Motley Fool JSON call from "Speaker: speech" lines.
func foolJSON(prepared, qa []string, participants ...string) string {
	list := func(lines []string) string {
		var parts []string
		for _, l := range lines {
			who, said, _ := strings.Cut(l, ": ")
			parts = append(parts, `{"speaker": "`+who+`", "speech": "`+said+`"}`)
		}
		return "[" + strings.Join(parts, ",\n") + "]"
	}
	return `{"header_texts": ["Prepared Remarks:", "Questions and Answers:", "Call participants:"],
"prepared_remarks": ` + list(prepared) + `,
"q_and_a": ` + list(qa) + `,
"participants": ["` + strings.Join(participants, `", "`) + `"]}`
}

var opening = []string{
	"Operator: Welcome to the Tamarind Holdings third quarter 2022 earnings call. I will now turn the call over to Nora Vance, head of investor relations.",
	"Nora Vance: Thank you. With me is Felix Ortega, our chief executive officer, and Ines Dahl, our chief financial officer.",
	"Felix Ortega: Thanks, Nora. Revenue grew in all three segments and our hotels filled up again.",
	"Ines Dahl: Thank you, Felix. Cash from operations was strong and we bought back shares.",
}

var tamarind = []string{"Nora Vance--Investor Relations", "Felix Ortega--Chief Executive Officer", "Ines Dahl--Chief Financial Officer"}

// Questions sent in by shareholders or webcast listeners and read out on
// the call are exchanges whose asker is the reader, with their own role.
func TestReadOutQuestions(t *testing.T) {
	cases := []struct {
		name      string
		prepared  []string
		qa        []string
		parts     []string
		asker     string // who reads the questions out
		questions []string
		answered  [][]string
	}{
		{
			name:     "host reads shareholders' questions",
			prepared: opening,
			qa: []string{
				"Nora Vance: Shareholders sent us several questions ahead of the call. The first one is for Felix. Felix, how are bookings shaping up for the winter season?",
				"Felix Ortega: Bookings are ahead of last year in every region.",
				"Nora Vance: Thank you. The next question is for Ines. Ines, can you tell us how you think about the dividend?",
				"Ines Dahl: We keep the dividend steady and buy back shares with the rest.",
				"Nora Vance: Thank you both, and thank you all for joining us today. That concludes our call.",
			},
			parts:     tamarind,
			asker:     "Nora Vance",
			questions: []string{"Felix, how are bookings shaping up for the winter season?", "Ines, can you tell us how you think about the dividend?"},
			answered:  [][]string{{"Felix Ortega"}, {"Ines Dahl"}},
		},
		{
			name:     "operator cues a webcast question the host reads",
			prepared: opening,
			qa: []string{
				"Operator: Our next question comes from the webcast.",
				"Nora Vance: A listener asks: what is the plan for the two hotels still closed?",
				"Felix Ortega: Both reopen in the spring after the renovation.",
			},
			parts:     tamarind,
			asker:     "Nora Vance",
			questions: []string{"A listener asks: what is the plan for the two hotels still closed?"},
			answered:  [][]string{{"Felix Ortega"}},
		},
		{
			name:     "an executive takes up questions sent in and answers one himself",
			prepared: opening,
			qa: []string{
				"Nora Vance: We now have questions submitted by e-mail.",
				"Felix Ortega: Thank you. We have two questions about costs. Will labor costs keep rising next year? Ines?",
				"Ines Dahl: We expect wage growth to slow from here.",
				"Felix Ortega: Next, does the company plan to sell the office building downtown?",
				"Felix Ortega: We have no such plan today; the building is full.",
			},
			parts:     tamarind,
			asker:     "Felix Ortega",
			questions: []string{"Will labor costs keep rising next year?", "Next, does the company plan to sell the office building downtown?"},
			answered:  [][]string{{"Ines Dahl"}, {"Felix Ortega"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr, err := Parse("TMR_q3_2022.txt", []byte(foolJSON(c.prepared, c.qa, c.parts...)))
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Exchanges) != len(c.questions) {
				t.Fatalf("exchanges = %d, want %d", len(tr.Exchanges), len(c.questions))
			}
			for i, ex := range tr.Exchanges {
				if !ex.Submitted || ex.Analyst == nil || ex.Analyst.Name != c.asker || ex.Analyst.Role == RoleAnalyst || ex.Firm != "" {
					t.Errorf("q%d: submitted %v, asker %+v, firm %q; want %s reading out, not an analyst", i+1, ex.Submitted, ex.Analyst, ex.Firm, c.asker)
				}
				if !hasSentence(ex.Turns[0], c.questions[i]) && !(len(ex.Turns) > 1 && hasSentence(ex.Turns[1], c.questions[i])) {
					t.Errorf("q%d does not open with %q", i+1, c.questions[i])
				}
				var names []string
				for _, sp := range ex.AnsweredBy {
					names = append(names, sp.Name)
				}
				if strings.Join(names, ",") != strings.Join(c.answered[i], ",") {
					t.Errorf("q%d answered by %v, want %v", i+1, names, c.answered[i])
				}
			}
		})
	}
}

func hasSentence(tu *Turn, s string) bool {
	for _, p := range tu.Paragraphs {
		if strings.Contains(p.Text, s) {
			return true
		}
	}
	return false
}

// What is not a question read out: the operator finding nobody in the
// queue, an executive telling an analyst what investors often ask and
// passing the question on, a question asked back of an analyst.
func TestNotReadOut(t *testing.T) {
	cases := []struct {
		name      string
		qa        []string
		parts     []string
		exchanges int
	}{
		{
			name: "no questions",
			qa: []string{
				"Operator: We will now begin the question-and-answer session. [Operator Instructions] Seeing no questions in the queue, I will turn it back to Felix Ortega.",
				"Felix Ortega: Thank you all for joining us. We look forward to speaking with you next quarter.",
			},
			parts: tamarind,
		},
		{
			name: "an executive hands an analyst's question on",
			qa: []string{
				"Operator: Our first question comes from Ada Kim of Pell Securities. Please go ahead.",
				"Ada Kim: How much did room rates rise in the quarter?",
				"Felix Ortega: About 6%. We get a lot of questions from investors about pricing, so let me add some detail. Ines, can you walk us through the rate outlook for next year?",
				"Ines Dahl: We expect rates to rise a little more slowly.",
				"Felix Ortega: Does that answer your question, Ada?",
				"Ada Kim: Yes, thank you.",
			},
			parts:     append(append([]string{}, tamarind...), "Ada Kim--Pell Securities -- Analyst"),
			exchanges: 1,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr, err := Parse("TMR_q3_2022.txt", []byte(foolJSON(opening, c.qa, c.parts...)))
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Exchanges) != c.exchanges {
				t.Fatalf("exchanges = %d, want %d", len(tr.Exchanges), c.exchanges)
			}
			for _, ex := range tr.Exchanges {
				if ex.Submitted {
					t.Errorf("%s marked as read out", ex.ID)
				}
			}
		})
	}
}

// A source whose Q&A part is empty but whose prepared remarks hold the
// operator opening the Q&A and analysts asking: the exchanges are found
// from the operator's words.
func TestQAInsidePreparedRemarks(t *testing.T) {
	prepared := append(append([]string{}, opening...),
		"Operator: [Operator Instructions] Our first question comes from Ada Kim of Pell Securities.",
		"Ada Kim: How much did room rates rise in the quarter?",
		"Felix Ortega: About 6%.",
		"Operator: Our next question comes from Luis Brandt of Hollis Capital.",
		"Luis Brandt: When do the closed hotels reopen?",
		"Felix Ortega: In the spring.",
		"Operator: There are no further questions. This concludes today's call.",
	)
	src := strings.Replace(foolJSON(prepared, nil, tamarind...), `"q_and_a": []`, `"q_and_a": [{"speaker": "Duration: 30 minutes", "speech": ""}]`, 1)
	tr, err := Parse("TMR_q3_2022.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Exchanges) != 2 || tr.Exchanges[0].Analyst.Name != "Ada Kim" || tr.Exchanges[1].Analyst.Name != "Luis Brandt" {
		t.Fatalf("exchanges = %d, want Ada Kim's and Luis Brandt's", len(tr.Exchanges))
	}
}

// A fireside chat at a conference: an analyst hosts and asks, management
// answers, no operator. Each question is an exchange of the analyst's.
func TestFiresideChat(t *testing.T) {
	src := `Ada Kim - Analyst, Pell Securities
Good morning and welcome back to our travel conference. I am happy to have Felix Ortega, chief executive officer of Tamarind Holdings, with me. Felix, to start, how has demand for hotel rooms changed since the summer?
Felix Ortega - Chief Executive Officer
Demand stayed strong through the autumn, and business travel came back.
Ada Kim - Analyst, Pell Securities
That is helpful. What are you doing about labor costs in the hotels?
Felix Ortega - Chief Executive Officer
We pay more and schedule better; costs per room are flat.
Ada Kim - Analyst, Pell Securities
Last one from me: how do you decide between buybacks and new hotels?
Felix Ortega - Chief Executive Officer
New hotels first when the returns clear our hurdle, buybacks otherwise.
Ada Kim - Analyst, Pell Securities
Thank you, Felix.
`
	tr, err := Parse("tamarind-fireside.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Exchanges) != 3 {
		t.Fatalf("exchanges = %d, want 3", len(tr.Exchanges))
	}
	for _, ex := range tr.Exchanges {
		if ex.Analyst == nil || ex.Analyst.Name != "Ada Kim" || ex.Submitted || len(ex.AnsweredBy) != 1 || ex.AnsweredBy[0].Name != "Felix Ortega" {
			t.Errorf("%s: asker %+v, submitted %v, answered by %v; want Ada Kim asking, Felix Ortega answering", ex.ID, ex.Analyst, ex.Submitted, ex.AnsweredBy)
		}
	}
}
