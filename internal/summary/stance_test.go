package summary

import (
	"testing"

	"callsite/internal/transcript"
)

func TestStance(t *testing.T) {
	cases := []struct{ sent, want string }{
		{"Given a strong first half, we are raising our full-year guidance.", "Raises full-year guidance"},
		{"We're reaffirming our 2024 outlook.", "Reaffirms FY 2024 guidance"},
		{"As it relates to the Northgate acquisition, we reiterate our previous guidance.", ""},
		{"Regarding our outlook, we are reaffirming our full-year guidance.", "Reaffirms full-year guidance"},
		{"Today we are reiterating our guidance for fiscal year 2025.", "Reaffirms FY 2025 guidance"},
		{"We are lifting nothing, but we are increasing our full year widget sales guidance.", "Raises full-year widget sales guidance"},
		{"We are raising our previous adjusted EPS guidance.", "Raises adjusted EPS guidance"},
		{"Because visibility is poor, we are withdrawing our guidance.", "Withdraws guidance"},
		{"We began new projects and we raised our full year guidance on starts once again.", ""},
		{"We are raising our full-year guidance on the strength of the quarter.", "Raises full-year guidance"},
		{"We are reaffirming our full year guidance on all of our key metrics.", "Reaffirms full-year guidance"},
		{"For same-property NOI growth on a cash basis, we have increased our guidance to a range of 5% to 6%.", ""},
		{"We are increasing our outlook in the industrial end market as well.", ""},
		{"In terms of the outlook for the Caskets segment in the second half, we are not providing specific guidance.", ""},
		{"Given the strength in our Caskets segment, we are raising our full-year guidance.", "Raises full-year guidance"},
		{"We reiterate our previous guidance that net interest income will increase in the second half of the year.", ""},
		{"Given the year is going as expected, we are maintaining the previously issued guidance range for RTX adjusted EBITDA of between $65 million and $70 million.", ""},
		{"We expect interest expense of $90 million to $95 million; a tax rate of about 24%; and finally, for capex, we are increasing our guidance from about $40 million to about $50 million.", ""},
		{"For 2022, we are reaffirming our guidance.", "Reaffirms guidance"},
		{"We now maintain the outlook for the full year.", "Maintains full-year guidance"},
		{"We maintain our 2024 guidance range for capital expenditures of $17.0 billion to $17.8 billion.", "Maintains FY 2024 capital expenditures guidance"},
		{"We are not providing guidance for gross margin and operating expenses.", ""},
		{"We are raising our guidance range for the full year.", "Raises full-year guidance"},
		{"We are increasing our guidance ranges for all of our key metrics.", "Raises guidance"},
		{"We are updating our previously issued guidance ranges for company-level performance, including revenue of $900 million.", "Updates guidance"},
		{"We increased our full year guidance range for core FFO by $0.05 at the midpoint.", "Raises full-year core FFO guidance"},
		{"We're updating our fiscal '26 guidance.", "Updates FY 2026 guidance"},
		{"We are reiterating our guidance for the full fiscal year 2025, which assumes steady demand.", "Reaffirms FY 2025 guidance"},
		{"We are raising our outlook for the full year to reflect the quarter.", "Raises full-year guidance"},
		{"We are raising our expected full year outlook of adjusted earnings per share to be in the range of $4.85 to $5.05.", "Raises full-year guidance"},
		{"We are reaffirming our FY '27 EPS guidance of $3.10 to $3.30 per share.", "Reaffirms FY 2027 EPS guidance"},
		// a plan over several years is not the year's guidance
		{"We are reaffirming our five year capital expenditure guidance.", ""},
		{"We're maintaining our multi-year outlook.", ""},
		// a part of the guidance named after it, left unsaid
		{"We are raising our full year guidance for gadget unit growth.", ""},
		{"We raised our guidance for both years.", ""},
		{"We are raising our previously issued guidance of revenue for the segment to be between $60 million and $61 million.", ""},
		{"We are lowering our division outlook.", ""},
		{"Typically, on our first-quarter call, we reaffirm our full-year guidance.", ""},
		{"We are maintaining our guidance range of $140 million to $150 million for segment revenues.", ""},
		{"We are raising our full-year guidance, driven by our packaging business.", "Raises full-year guidance"},
		// another time, a denial or a condition: no decision stated now
		{"Last quarter we raised our guidance.", ""},
		{"On our last earnings call, we raised our full year revenue guidance.", ""},
		{"We are not raising our guidance at this time.", ""},
		{"We haven't changed our outlook.", ""},
		{"If volumes hold, we would raise our guidance.", ""},
		{"In February we lowered our guidance.", ""},
		{"At the time we withdrew our guidance, demand had collapsed.", ""},
		// someone else's outlook, or the verb's object is another thing
		{"We lowered our economic outlook for the region.", ""},
		{"We increased the midpoint of our guidance.", ""},
		{"We are raising our 12 month guidance.", ""},
		// no guidance given now
		{"Given the uncertainty, we are not providing guidance for the full year of 2020.", "Not providing full-year guidance"},
		{"As a result, we will not be providing a financial outlook at this time.", "Not providing financial guidance"},
		{"We're not issuing fiscal 2023 guidance today.", "Not providing FY 2023 guidance"},
		{"We do not provide quarterly guidance, but demand looks steady.", ""},
		{"We will not be providing specific full-year guidance at this time.", "Not providing full-year guidance"},
		{"We are not providing specific guidance for the widget segment.", ""},
		{"We are not providing guidance for gross margin and operating expenses.", ""},
		// not a guidance decision at all
		{"We raised prices twice this year.", ""},
		{"Our guidance is raised.", ""},
	}
	for _, c := range cases {
		if got := stance(c.sent); got != c.want {
			t.Errorf("stance(%q) = %q, want %q", c.sent, got, c.want)
		}
	}
}

func TestStanceBulletOnlyFromManagementsPreparedRemarks(t *testing.T) {
	mgmt := &transcript.Speaker{Name: "Pat Lee", Role: transcript.RoleManagement}
	analyst := &transcript.Speaker{Name: "Sam Roe", Role: transcript.RoleAnalyst}
	turn := func(sp *transcript.Speaker, id, txt string) *transcript.Turn {
		return &transcript.Turn{Speaker: sp, Paragraphs: []*transcript.Paragraph{{ID: id, Text: txt}}}
	}
	call := func(secs ...*transcript.Section) *transcript.Transcript {
		return &transcript.Transcript{Sections: secs}
	}
	raise := "We are raising our full-year guidance."
	cases := []struct {
		name string
		t    *transcript.Transcript
		want string
	}{
		{"management, prepared", call(&transcript.Section{Kind: transcript.SectionPrepared, Turns: []*transcript.Turn{turn(mgmt, "p1", raise)}}), "Raises full-year guidance"},
		{"analyst, prepared", call(&transcript.Section{Kind: transcript.SectionPrepared, Turns: []*transcript.Turn{turn(analyst, "p1", raise)}}), ""},
		{"management, answers", call(&transcript.Section{Kind: transcript.SectionQA, Turns: []*transcript.Turn{turn(mgmt, "p1", raise)}}), ""},
		{"first decision wins", call(&transcript.Section{Kind: transcript.SectionPrepared, Turns: []*transcript.Turn{
			turn(mgmt, "p1", "Sales grew. We are reaffirming our outlook."), turn(mgmt, "p2", raise)}}), "Reaffirms guidance"},
		{"the outlook's lines together before one of them", call(&transcript.Section{Kind: transcript.SectionPrepared, Turns: []*transcript.Turn{
			turn(mgmt, "p1", "We are updating our fiscal 2024 guidance for sales."), turn(mgmt, "p2", "We are updating our sales and earnings guidance for the year.")}}), "Updates full-year sales and earnings guidance"},
		{"a headline metric's before an item's", call(&transcript.Section{Kind: transcript.SectionPrepared, Turns: []*transcript.Turn{
			turn(mgmt, "p1", "We are updating our gross inflation guidance to 14%."), turn(mgmt, "p2", "We are raising our organic net sales guidance.")}}), "Raises organic net sales guidance"},
		{"the whole guidance before a metric's", call(&transcript.Section{Kind: transcript.SectionPrepared, Turns: []*transcript.Turn{
			turn(mgmt, "p1", "We are raising our adjusted EPS guidance to $2.10."), turn(mgmt, "p2", raise)}}), "Raises full-year guidance"},
	}
	for _, c := range cases {
		s := &summarizer{t: c.t}
		if got := s.stanceBullet().Text; got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAcronymPart: a unit named by its initials, not a metric, basis or
// period said in capitals.
func TestAcronymPart(t *testing.T) {
	for w, want := range map[string]bool{"RTX": true, "MSA": true, "EPS": false, "EBITDA": false, "FY": false, "GAAP": false, "Q3": false, "US": false, "Rtx": false, "A": false} {
		if got := acronymPart(w); got != want {
			t.Errorf("acronymPart(%q) = %v, want %v", w, got, want)
		}
	}
}
