package site

import (
	"fmt"
	"slices"
	"strings"
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
		{"D.A. Davidson", "DA Davidson & Co."},
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

// TestFirmQuestionsNewestFirst checks the order of a firm's questions:
// newest call first, and on one call its analysts in the order of the
// call's speakers, each one's questions in order.
func TestFirmQuestionsNewestFirst(t *testing.T) {
	a := speaker("ann-lee", "Ann Lee", "Analyst", transcript.RoleAnalyst, "Zeta Capital")
	b := speaker("bo-park", "Bo Park", "Analyst", transcript.RoleAnalyst, "Zeta Capital")
	old := rec("a.txt", "Acme", 2023, 1)
	old.Speakers = []*transcript.Speaker{a, b}
	old.Exchanges = []ExchangeRecord{{ID: "q1", Analyst: a}, {ID: "q2", Analyst: b}, {ID: "q3", Analyst: a}}
	a2 := speaker("ann-lee", "Ann Lee", "Analyst", transcript.RoleAnalyst, "Zeta Capital")
	recent := rec("b.txt", "Acme", 2024, 1)
	recent.Speakers = []*transcript.Speaker{a2}
	recent.Exchanges = []ExchangeRecord{{ID: "q1", Analyst: a2}}
	s := Build(Config{}, []*Record{old, recent}, nil)
	if len(s.Firms) != 1 {
		t.Fatalf("firms = %+v", s.Firms)
	}
	var got []string
	for _, q := range s.Firms[0].Questions {
		got = append(got, q.Call.Source+"#"+q.Exchange.ID)
	}
	want := []string{"b.txt#q1", "a.txt#q1", "a.txt#q3", "a.txt#q2"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("questions %v, want %v", got, want)
	}
}

// TestUnknownFirmJoinsTheNextOne: an analyst first heard without a firm
// is the same person when next heard with one; once their firm is known,
// the same name at another firm is someone else.
func TestUnknownFirmJoinsTheNextOne(t *testing.T) {
	var recs []*Record
	for i, firm := range []string{"", "Zeta Capital", "Other Bank"} {
		sp := speaker("ann-lee", "Ann Lee", "Analyst", transcript.RoleAnalyst, firm)
		r := rec(fmt.Sprintf("%d.txt", i), "Acme", 2023, i+1)
		r.Speakers = []*transcript.Speaker{sp}
		recs = append(recs, r)
	}
	s := Build(Config{}, recs, nil)
	var calls []int
	for _, p := range s.People {
		calls = append(calls, len(p.Appearances))
	}
	slices.Sort(calls)
	if !slices.Equal(calls, []int{1, 2}) {
		t.Errorf("people with %v calls, want one with 2 (no firm, then Zeta) and one with 1 (Other Bank)", calls)
	}
}

// TestFirmKeysJoinWords: a firm written as one word or two ("Lakeview
// Partners", "LakeView Partners", "Lake View Partners") is one firm, under
// the key met first; other firms keep their own keys.
func TestFirmKeysJoinWords(t *testing.T) {
	keys := firmKeys{}
	first := keys.of("Lake View Partners")
	for _, name := range []string{"Lakeview Partners", "LakeView Partners LLC"} {
		if k := keys.of(name); k != first {
			t.Errorf("keys.of(%q) = %q, want %q like \"Lake View Partners\"", name, k, first)
		}
	}
	if k := keys.of("Lake Capital"); k == first {
		t.Errorf("Lake Capital shares the key %q", k)
	}
}
