package figures

import "testing"

func TestNextTopic(t *testing.T) {
	for _, tc := range []struct{ cur, sent, want string }{
		{"", "Turning to our Pumps segment.", "our pumps segment"},
		{"", "Now moving to our Cloud business, which includes hosting and storage.", "our cloud business"},
		{"", "And finally, turning to Marine Systems, we had a record year.", "marine systems"},
		{"", "Moving to Lighting.", "lighting"},
		{"", "Turning to the Fluid Handling segment on Slide 9.", "the fluid handling segment"},
		{"", "Let me now turn to segment results.", "segment"},
		{"", "Our specialty chemicals business reported operating income of $40 million.", "our specialty chemicals business"},
		{"our pumps segment", "Orders were up 4%.", "our pumps segment"},
		{"our pumps segment", "Turning to the balance sheet.", ""},
		{"our pumps segment", "Moving to Slide 12.", ""},
		{"our pumps segment", "On a consolidated basis, margins rose.", ""},
		{"our pumps segment", "Our effective tax rate was 24%.", ""},
		{"our pumps segment", "We expect margins to improve next year.", ""},
		{"", "Our business continues to perform well.", ""},
		{"", "Our new business pipeline is strong.", ""},
		{"", "Turning to our outlook.", ""},
		{"", "Turning to Q&A.", ""},
		{"", "Regarding our segments, I'll first comment on Northway Health.", "northway health"},
		{"", "I'd like to comment on the quarter.", ""},
		{"the pumps segment", "Moving now to industrial valves.", "industrial valves"},
		{"the pumps segment", "Moving now to cash flow.", ""},
		{"", "Moving now to industrial valves.", ""},
		{"", "In our wholesale segment, revenue rose 3%.", "wholesale segment"},
		{"", "In the corporate segment, costs rose.", ""},
		{"", "Moving to Harlow Marine in the fourth quarter, revenues rose.", "harlow marine"},
		{"our pumps segment", "In terms of adjusted operating income, we earned $40 million.", ""},
		{"our pumps segment", "In terms of Larkspur, a sale of our stake is possible.", ""},
		{"", "In terms of our Valves segment, orders rose.", "our valves segment"},
	} {
		if got := nextTopic(tc.cur, tc.sent); got != tc.want {
			t.Errorf("nextTopic(%q, %q) = %q, want %q", tc.cur, tc.sent, got, tc.want)
		}
	}
}

func TestFindTurnScope(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		fig   string // the figure's text
		scope string
	}{
		{"said after a turn to a segment", []string{"Turning to the Pumps segment. Orders were $80 million. Revenue was $75 million, down 3%."}, "$75 million", "the pumps segment"},
		{"in the next paragraph of the turn", []string{"Moving to our Valves segment, demand was healthy.", "Revenue was up 12% to $48 million."}, "$48 million", "our valves segment"},
		{"a part leading the sentence before the paragraph", []string{"In our wholesale segment, revenue rose 3% to $2 billion.", "This increase came from a comparable sales increase of 4%."}, "4%", "wholesale segment"},
		{"a turn to a metric holds from its own sentence", []string{"Turning to the Pumps segment, orders were $80 million.", "In terms of adjusted operating income, we earned $43 million in the quarter."}, "$43 million", ""},
		{"a capitalised part", []string{"Moving to Lighting. Revenues were $210 million, down $4 million from last year."}, "$210 million", "lighting"},
		{"back to the company", []string{"Turning to the Pumps segment. Revenue was $75 million. Turning to the consolidated results. Revenue was $400 million."}, "$400 million", ""},
		{"the topic fades after a paragraph", []string{"Turning to the Pumps segment. Revenue was $75 million.", "Margins were stable.", "Revenue was $400 million."}, "$400 million", ""},
		{"per-share results are the company's", []string{"Turning to the Pumps segment. Revenue was $75 million.", "Diluted EPS was $1.10."}, "$1.10", ""},
		{"no topic: a slide", []string{"Turning to Slide 4. Revenue was $400 million."}, "$400 million", ""},
		{"a part named at the end of a sentence", []string{"Results were ahead of plan. Regarding our segments, I'll first comment on Northway. Fourth quarter revenues grew 15% to $35.1 billion."}, "$35.1 billion", "northway"},
	} {
		found := false
		for _, figs := range FindTurn(tc.paras, Context{Year: 2021, Quarter: 2}) {
			for _, f := range figs {
				if f.Text == tc.fig {
					found = true
					if f.Scope != tc.scope {
						t.Errorf("%s: %s scope %q, want %q (%v)", tc.name, tc.fig, f.Scope, tc.scope, f.Reasons)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: %s not found", tc.name, tc.fig)
		}
	}
	// Find is one paragraph alone: no topic carried in
	for _, f := range Find("Revenue was $48 million.", Context{Year: 2021, Quarter: 2}) {
		if f.Scope != "" {
			t.Errorf("Find: scope %q", f.Scope)
		}
	}
}
