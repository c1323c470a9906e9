package summary

import (
	"testing"

	"callsite/internal/transcript"
)

// TestInferPeriod: the period a guidance figure speaks of, from the words
// around it, on a third-quarter 2021 call unless said otherwise.
func TestInferPeriod(t *testing.T) {
	q3 := transcript.Meta{Year: 2021, Quarter: 3}
	q1 := transcript.Meta{Year: 2021, Quarter: 1}
	q4 := transcript.Meta{Year: 2020, Quarter: 4}
	for _, c := range []struct {
		name          string
		before, after string
		prev          []string
		meta          transcript.Meta
		want          string
	}{
		{"a quarter named after the figure", "We expect revenue of ", " for the fourth quarter.", nil, q3, "Q4 2021"},
		{"a quarter without its year that is already past is next year's", "For the first quarter, we expect revenue of ", ".", nil, q3, "Q1 2022"},
		{"the quarter just reported is not ahead", "In the third quarter revenue was $5 million. We expect ", ".", nil, q3, ""},
		{"a bare year before it", "For 2022, we expect revenue of ", ".", nil, q3, "FY 2022"},
		{"a past year is passed over", "Compared with 2020, we expect revenue of ", ".", nil, q3, ""},
		{"next year", "Next year we expect revenue of ", ".", nil, q3, "FY 2022"},
		{"this year on a fourth-quarter call is the new year", "This year we expect revenue of ", ".", nil, q4, "FY 2021"},
		{"the last period said before it wins", "After the fourth quarter, for fiscal 2022 we expect ", ".", nil, q3, "FY 2022"},
		{"a quarter of this year that is past is not next year's quarter", "As in the first quarter of this year, we expect ", " for the year.", nil, q3, "FY 2021"},
		{"the turn's paragraph before names it", "We expect revenue of ", ".", []string{"Let me turn to our outlook for fiscal 2022."}, q3, "FY 2022"},
		{"a point in time in another paragraph is no outlook period", "We expect revenue of ", ".", []string{"We expect to close the deal by the end of the second quarter."}, q1, ""},
		{"a year said as 'into' in another paragraph is a point in time", "Our guidance is as follows. Adjusted EBITDA ", ".", []string{"We expect the shortages to continue into 2022."}, q3, ""},
		{"a half is not read as the period of an outlook", "We expect a stronger second half. Revenue of ", ".", nil, q3, ""},
		{"no period said: the year only when the sentence speaks of one", "We expect full-year revenue of ", ".", nil, q3, "FY 2021"},
		{"no period said at all: none", "We expect revenue of ", ".", nil, q3, ""},
		{"a past quarter without its year in another paragraph is this year's", "We project free cash flow of ", ".", []string{"Lower rates drove Q1 outperformance."}, q3, ""},
		{"a month said after 'since' is past", "Since our call in January, we've raised our sales guide. We project free cash flow of ", ".", nil, q3, ""},
		{"a target whose paragraph names no period is not the year's", "We are targeting a margin of ", ".", []string{"Let me turn to our outlook for fiscal 2022."}, q3, ""},
		{"a target with its year is that year's", "For fiscal 2022, we are targeting a margin of ", ".", nil, q3, "FY 2022"},
		{"no call year: none", "For 2022, we expect revenue of ", ".", nil, transcript.Meta{}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := inferPeriod(c.before, c.after, c.prev, c.meta, map[string]string{}); got != c.want {
				t.Errorf("inferPeriod(%q, %q) = %q, want %q", c.before, c.after, got, c.want)
			}
		})
	}
}

func TestPeriodOrder(t *testing.T) {
	for _, c := range []struct {
		a, b string
		less bool
	}{
		{"Q3 2021", "FY 2021", true},
		{"FY 2021", "Q1 2022", true},
		{"H2 2021", "FY 2021", true},
		{"FY 2022", "Q4 2021", false},
	} {
		if got := periodLess(c.a, c.b); got != c.less {
			t.Errorf("periodLess(%q, %q) = %v", c.a, c.b, got)
		}
	}
	if y := periodYear("H2 2020"); y != 2020 {
		t.Errorf("periodYear(H2 2020) = %d", y)
	}
}
