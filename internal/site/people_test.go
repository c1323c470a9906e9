package site

import (
	"testing"

	"callsite/internal/transcript"
)

func speaker(id, name, title string, role transcript.Role, firm string) *transcript.Speaker {
	return &transcript.Speaker{ID: id, Name: name, Title: title, Role: role, Firm: firm}
}

func TestPeopleAcrossCalls(t *testing.T) {
	jeffLong := speaker("jeffrey-m-k-bernstein", "Jeffrey M. K. Bernstein", "VP", transcript.RoleAnalyst, "Cowen and Company, LLC")
	jeffShort := speaker("jeff-bernstein", "Jeff Bernstein", "Analyst", transcript.RoleAnalyst, "Cowen & Co.")
	otherBernstein := speaker("jeff-bernstein", "Jeff Bernstein", "Analyst", transcript.RoleAnalyst, "Harbor Lane Securities")
	cfo1 := speaker("giacomo-dallaglio", "Giacomo Dall'Aglio", "CFO", transcript.RoleManagement, "")
	cfo2 := speaker("giacomo-dallaglio", "Giacomo Dall’Aglio", "Chief Financial Officer", transcript.RoleManagement, "")
	op := speaker("operator", "Operator", "", transcript.RoleOperator, "")
	anon := speaker("speaker-1", "Speaker 1", "", transcript.RoleUnknown, "")

	r1 := rec("a.txt", "Kaleyra", 2020, 2)
	r1.Speakers = []*transcript.Speaker{op, cfo1, jeffLong}
	r1.Exchanges = []ExchangeRecord{{ID: "q1", N: 1, Analyst: jeffLong, Firm: jeffLong.Firm, Question: "How?", AnsweredBy: []*transcript.Speaker{cfo1}}}
	r2 := rec("b.txt", "Kaleyra", 2020, 3)
	r2.Speakers = []*transcript.Speaker{op, cfo2, jeffShort, anon}
	r2.Exchanges = []ExchangeRecord{{ID: "q1", N: 1, Analyst: jeffShort, Firm: jeffShort.Firm, Question: "Why?", AnsweredBy: []*transcript.Speaker{cfo2}}}
	r3 := rec("c.txt", "Other Co", 2021, 1)
	r3.Speakers = []*transcript.Speaker{otherBernstein}
	r3.Exchanges = []ExchangeRecord{{ID: "q1", N: 1, Analyst: otherBernstein, Question: "What?"}}

	s := Build(Config{}, []*Record{r1, r2, r3}, nil)
	byName := map[string]*Person{}
	for _, p := range s.People {
		byName[p.Name] = p
	}
	if len(s.People) != 3 {
		for _, p := range s.People {
			t.Logf("person %q aliases %v", p.Name, p.Aliases)
		}
		t.Fatalf("%d people, want 3 (one Bernstein per firm, one CFO)", len(s.People))
	}
	jeff := byName["Jeffrey M. K. Bernstein"]
	if jeff == nil || len(jeff.Appearances) != 2 || len(jeff.Aliases) != 1 || jeff.Aliases[0] != "Jeff Bernstein" {
		t.Fatalf("Jeffrey M. K. Bernstein = %+v", jeff)
	}
	if jeff.URL != "/people/jeffrey-m-k-bernstein/" || jeff.Firm == nil || jeff.Firm.Slug != "cowen" {
		t.Errorf("url %s, firm %+v", jeff.URL, jeff.Firm)
	}
	if jeff.Appearances[0].Call.Meta.Quarter != 3 || len(jeff.Appearances[0].Asked) != 1 {
		t.Errorf("appearances not newest first with questions: %+v", jeff.Appearances)
	}
	cfo := byName["Giacomo Dall'Aglio"]
	if cfo == nil || len(cfo.Appearances) != 2 || len(cfo.Appearances[1].Answers) != 1 {
		t.Errorf("CFO = %+v", cfo)
	}
	if got := s.PersonOf(s.Calls[len(s.Calls)-1], "operator"); got != nil {
		t.Errorf("the operator got a person page: %+v", got)
	}
	if len(s.Firms) != 2 {
		t.Fatalf("firms = %+v", s.Firms)
	}
	cowen := s.Firms[0]
	if cowen.Slug != "cowen" || len(cowen.Questions) != 2 || len(cowen.Analysts) != 1 {
		t.Errorf("cowen = %+v", cowen)
	}
}

func TestFirmKey(t *testing.T) {
	same := [][]string{
		{"Cowen and Company, LLC", "Cowen & Co.", "Cowen", "TD Cowen"},
		{"Barclays", "Barclays Capital, Inc.", "Barclays Bank PLC"},
		{"Citigroup Global Markets, Inc.", "Citi Research", "Citi"},
		{"J.P. Morgan", "JPMorgan Securities LLC", "JPMorgan Chase & Co.", "JP Morgan"},
		{"Bank of America Merrill Lynch", "BofA Securities", "Bank of America Securities"},
		{"Robert W. Baird & Co.", "Baird", "Robert Baird"},
		{"Credit Suisse AG", "Credit Suisse North America", "Credit Suisse Securities (USA) LLC"},
		{"The Buckingham Research Group", "Buckingham Research"},
	}
	for _, group := range same {
		for _, name := range group[1:] {
			if firmKey(name) != firmKey(group[0]) {
				t.Errorf("firmKey(%q) = %q, want %q like %q", name, firmKey(name), firmKey(group[0]), group[0])
			}
		}
	}
	different := [][2]string{{"National Securities Corp.", "National Bank Financial"}, {"Morgan Stanley", "J.P. Morgan"}, {"Bank of America", "Bank of Montreal"}}
	for _, d := range different {
		if firmKey(d[0]) == firmKey(d[1]) {
			t.Errorf("%q and %q share the key %q", d[0], d[1], firmKey(d[0]))
		}
	}
}
