package figures

import (
	"strconv"
	"testing"
)

// Tests of the shortcuts that only make finding figures cheaper: each
// answers as what it stands for.

// TestPeriodNamesAreBuiltNames checks the prebuilt period names against
// the names built for them, inside and outside the years of the table.
func TestPeriodNamesAreBuiltNames(t *testing.T) {
	for _, p := range []period{
		{year: 2021, set: true},
		{year: 2021, q: 3, set: true},
		{year: 2021, h: 2, set: true},
		{year: 2021, q: 2, h: 1, set: true}, // a quarter names the period before a half
		{year: firstNamedYear, q: 1, set: true},
		{year: firstNamedYear + len(periodNames) - 1, h: 1, set: true},
		{year: firstNamedYear + len(periodNames), q: 4, set: true},
		{year: 1989, set: true},
		{year: 2021, q: 5, set: true},
	} {
		if got, want := p.String(), p.name(); got != want {
			t.Errorf("%+v: String %q, built %q", p, got, want)
		}
	}
	for _, p := range []period{{}, {year: 2021}, {q: 2, set: true}} {
		if got := p.String(); got != "" {
			t.Errorf("%+v: String %q, want none", p, got)
		}
	}
}

// TestNumberSaidInAnyCase checks that an ASCII text says a number as its
// lower case does, whatever its capitals.
func TestNumberSaidInAnyCase(t *testing.T) {
	for _, s := range []string{
		"Thank you, operator.",
		"We grew Twelve percent.",
		"SEVENTY-FIVE stores opened",
		"A Million thanks to the team",
		"Good morning, everyone; HALF of it was weather",
		"Questions later, please",
		"Revenue rose 4 points",
		"Pneumonoultramicroscopicsilicovolcanoconiosis Hundred",
	} {
		if got, want := numberSaid(s), numberSaid(lower(s)); got != want {
			t.Errorf("%q: %v, in lower case %v", s, got, want)
		}
	}
}

// TestFullYearNameAsBuilt checks the year's names taken from the table
// against the names built, inside and outside its years.
func TestFullYearNameAsBuilt(t *testing.T) {
	for _, y := range []int{0, -1, 1, 99, 1989, firstNamedYear, 2021, firstNamedYear + len(periodNames) - 1, firstNamedYear + len(periodNames), 12345} {
		if got, want := fullYearName(y), "FY "+strconv.Itoa(y); got != want {
			t.Errorf("fullYearName(%d) = %q, want %q", y, got, want)
		}
	}
}
