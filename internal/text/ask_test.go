package text

import "testing"

func TestAsksAndPleasantry(t *testing.T) {
	cases := []struct {
		in         string
		asks, plea bool
		substance  int // at least; 0: none at all
	}{
		{"Can you hear me?", true, true, 0},
		{"Am I on the line now?", true, true, 0},
		{"Thank you.", false, true, 0},
		{"Thanks, Priya, and congrats on a terrific quarter.", false, true, 0},
		{"Good afternoon, everybody.", false, true, 0},
		{"Hey, Marcus, how're you doing?", true, true, 0},
		{"Got it, that's really helpful.", false, true, 0},
		{"I'll jump back in the queue.", false, true, 0},
		{"[Technical Difficulty]", false, true, 0},
		{"What drove freight costs in the Nordic region?", true, false, 3},
		{"Could you walk us through the working capital swing.", true, false, 2},
		{"I was wondering whether the tariff refund recurs next year.", true, false, 3},
		{"My second question is on dealer inventories.", true, false, 2},
		{"And could you talk about it a little bit more?", true, false, 0},
		{"Hi, can you speak to the SG&A line?", true, false, 1},
		{"Backlog rose 12% to a record.", false, false, 3},
	}
	for _, c := range cases {
		if got := Asks(c.in); got != c.asks {
			t.Errorf("Asks(%q) = %v, want %v", c.in, got, c.asks)
		}
		if got := Pleasantry(c.in); got != c.plea {
			t.Errorf("Pleasantry(%q) = %v, want %v", c.in, got, c.plea)
		}
		if c.plea {
			continue // a pleasantry's substance is never asked for
		}
		if got := Substance(c.in); got < c.substance || c.substance == 0 && got > 0 {
			t.Errorf("Substance(%q) = %d, want %d", c.in, got, c.substance)
		}
	}
}
