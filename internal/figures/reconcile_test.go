package figures

import "testing"

// TestReconcile checks that an amount said loosely takes the period of the
// same amount said plainly elsewhere in the call, and only then.
func TestReconcile(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		text  string // the loose figure
		want  string // its period after Reconcile
	}{
		{"the year's amount said loosely in the opening",
			[]string{"Our focus led to 9% growth in sales to $812 million.", "For the full year 2021, revenue was $812 million."},
			"$812 million", "FY 2021"},
		{"two plain sayings that disagree decide nothing",
			[]string{"Our focus led to 9% growth in sales to $812 million.", "For the full year 2021, revenue was $812 million.", "Fourth quarter revenue was $812 million."},
			"$812 million", "Q4 2021"},
		{"another amount decides nothing",
			[]string{"Our focus led to 9% growth in sales to $812 million.", "Revenue for the full year 2021 was $3.1 billion."},
			"$812 million", "Q4 2021"},
	}
	ctx := Context{Year: 2021, Quarter: 4}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found, _ := FindTurn(c.paras, ctx)
			var all []*Figure
			var loose *Figure
			for i := range found {
				for k := range found[i] {
					f := &found[i][k]
					all = append(all, f)
					if i == 0 && f.Text == c.text {
						loose = f
					}
				}
			}
			if loose == nil || !loose.Unsure {
				t.Fatalf("no unsure figure %q in the first paragraph: %+v", c.text, found[0])
			}
			Reconcile(all)
			if loose.Period != c.want {
				t.Errorf("period %q, want %q (reasons %q)", loose.Period, c.want, loose.Reasons)
			}
		})
	}
}
