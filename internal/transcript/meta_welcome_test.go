package transcript

import "testing"

func TestWelcomeWithPeriodFirst(t *testing.T) {
	src := "Operator\nHello, and welcome to the Q3 2022 Tallow & Finch, Inc. Earnings Conference Call. Please go ahead.\nMira Osei - Chief Executive Officer\nThanks. Revenue grew in the quarter.\n"
	tr, err := Parse("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company != "Tallow & Finch" || tr.Meta.PeriodLabel() != "Q3 2022" {
		t.Errorf("meta = %q %q, want Tallow & Finch Q3 2022", tr.Meta.Company, tr.Meta.PeriodLabel())
	}
}
