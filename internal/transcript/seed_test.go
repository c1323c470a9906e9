package transcript

import (
	"encoding/json"
	"os"
	"testing"

	"callsite/internal/testshared"
)

// goldStructure is ../shared/gold/*.structure.json.
type goldStructure struct {
	Company    string
	Period     string
	Turns      int
	Paragraphs int
	Sections   []struct {
		Name         string
		FirstSpeaker string `json:"first_speaker"`
		Turns        int
	}
	Speakers []struct {
		Name, Title, Role, Firm string
		IntroducedAs            string `json:"introduced_as"`
	}
	Exchanges []struct {
		N          int
		Analyst    string
		AnsweredBy []string `json:"answered_by"`
	}
}

var goldSectionKind = map[string]SectionKind{
	"prepared remarks": SectionPrepared, "questions and answers": SectionQA, "closing": SectionClosing,
}

func TestSeedMatchesGoldStructure(t *testing.T) {
	const id = "000_037e1c84daa94943"
	src, err := os.ReadFile(testshared.Path(t, "seed", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(testshared.Path(t, "gold", id+".structure.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold goldStructure
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	tr, err := Parse("seed.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.Meta.Company; got != gold.Company {
		t.Errorf("company = %q, want %q", got, gold.Company)
	}
	if got := tr.Meta.PeriodLabel(); got != gold.Period {
		t.Errorf("period = %q, want %q", got, gold.Period)
	}
	if got := len(tr.Turns()); got != gold.Turns {
		t.Errorf("turns = %d, want %d", got, gold.Turns)
	}
	if got := tr.Paragraphs(); got != gold.Paragraphs {
		t.Errorf("paragraphs = %d, want %d", got, gold.Paragraphs)
	}
	if len(tr.Sections) != len(gold.Sections) {
		t.Fatalf("sections = %d, want %d", len(tr.Sections), len(gold.Sections))
	}
	for i, gs := range gold.Sections {
		s := tr.Sections[i]
		if s.Kind != goldSectionKind[gs.Name] || len(s.Turns) != gs.Turns || s.Turns[0].Speaker.Name != gs.FirstSpeaker {
			t.Errorf("section %d = %s, %d turns, first %q; want %s, %d, %q",
				i, s.Kind, len(s.Turns), s.Turns[0].Speaker.Name, gs.Name, gs.Turns, gs.FirstSpeaker)
		}
	}
	if len(tr.Speakers) != len(gold.Speakers) {
		t.Errorf("speakers = %d, want %d", len(tr.Speakers), len(gold.Speakers))
	}
	byName := map[string]*Speaker{}
	for _, sp := range tr.Speakers {
		byName[sp.Name] = sp
	}
	for _, g := range gold.Speakers {
		sp := byName[g.Name]
		if sp == nil {
			t.Errorf("speaker %q missing", g.Name)
			continue
		}
		if string(sp.Role) != g.Role || sp.Title != g.Title || sp.Firm != g.Firm {
			t.Errorf("speaker %q = role %s, title %q, firm %q; want %s, %q, %q", g.Name, sp.Role, sp.Title, sp.Firm, g.Role, g.Title, g.Firm)
		}
		if g.IntroducedAs != "" && sp.IntroducedAs != g.IntroducedAs {
			t.Errorf("speaker %q introduced as %q, want %q", g.Name, sp.IntroducedAs, g.IntroducedAs)
		}
	}
	if len(tr.Exchanges) != len(gold.Exchanges) {
		t.Fatalf("exchanges = %d, want %d", len(tr.Exchanges), len(gold.Exchanges))
	}
	for i, g := range gold.Exchanges {
		ex := tr.Exchanges[i]
		var by []string
		for _, sp := range ex.AnsweredBy {
			by = append(by, sp.Name)
		}
		if ex.N != g.N || ex.Analyst == nil || ex.Analyst.Name != g.Analyst || !equalStrings(by, g.AnsweredBy) {
			t.Errorf("exchange %d = analyst %v answered by %q; want %q, %q", g.N, ex.Analyst, by, g.Analyst, g.AnsweredBy)
		}
	}
	if len(tr.Notes) != 1 || tr.Notes[0].Pos.Line != 1 {
		t.Errorf("notes = %+v, want the disclaimer on line 1", tr.Notes)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
