package site

import (
	"testing"

	"callsite/internal/transcript"
)

func rec(src, company string, year, quarter int) *Record {
	return &Record{Source: src, Meta: transcript.Meta{Company: company, Year: year, Quarter: quarter}}
}

func TestBuildURLsAndOrder(t *testing.T) {
	s := Build(Config{}, []*Record{
		rec("a.txt", "Acme Corp", 2023, 4),
		rec("b.txt", "Acme Corp", 2024, 1),
		rec("c.txt", "Zeta", 2022, 2),
		rec("d/e.txt", "Acme Corp", 2024, 1), // same period again
		rec("notes/mystery-call.txt", "", 0, 0),
	}, nil)
	if s.Config.BaseURL != "/" || s.Config.Title == "" {
		t.Errorf("defaults not applied: %+v", s.Config)
	}
	var urls []string
	for _, c := range s.Calls {
		urls = append(urls, c.URL)
	}
	want := []string{
		"/c/acme-corp/2024-q1/", "/c/acme-corp/2024-q1-2/", "/c/acme-corp/2023-q4/",
		"/c/zeta/2022-q2/", "/c/mystery-call/mystery-call/",
	}
	if len(urls) != len(want) {
		t.Fatalf("urls = %v", urls)
	}
	for i := range want {
		if urls[i] != want[i] {
			t.Errorf("call %d url = %s, want %s", i, urls[i], want[i])
		}
	}
	if len(s.Companies) != 3 || s.Companies[0].Slug != "acme-corp" || len(s.Companies[0].Calls) != 3 {
		t.Fatalf("companies = %+v", s.Companies)
	}
	if first := s.Companies[0].Calls[0]; first.Meta.Year != 2023 {
		t.Errorf("company calls not oldest first: %s", first.URL)
	}
}

func TestQuestion(t *testing.T) {
	analyst := &transcript.Speaker{Name: "Ann Alyst", Role: transcript.RoleAnalyst}
	ceo := &transcript.Speaker{Name: "Cee Eo", Role: transcript.RoleManagement}
	turn := func(sp *transcript.Speaker, texts ...string) *transcript.Turn {
		tu := &transcript.Turn{Speaker: sp}
		for _, s := range texts {
			tu.Paragraphs = append(tu.Paragraphs, &transcript.Paragraph{Text: s})
		}
		return tu
	}
	cases := []struct {
		turns []*transcript.Turn
		want  string
	}{
		{[]*transcript.Turn{turn(analyst, "Congrats on the quarter. How is pricing holding up? Thanks.")}, "How is pricing holding up?"},
		{[]*transcript.Turn{turn(ceo, "Is this a question?"), turn(analyst, "Just a follow-up on margins, please.")}, "Just a follow-up on margins, please."},
		{[]*transcript.Turn{turn(analyst, "Thanks for the color on this quarter.", "And what about Europe?")}, "And what about Europe?"},
		// A line check is no question; the asking sentence after it is.
		{[]*transcript.Turn{turn(analyst, "Hello? Can you hear me?"), turn(ceo, "Yes, go ahead."),
			turn(analyst, "Great. Sales in the U.S. were soft. Can you split the U.S. decline by channel?")},
			"Can you split the U.S. decline by channel?"},
		// A vague follow-on loses to the request that says what it is about.
		{[]*transcript.Turn{turn(analyst, "Good morning. I'm curious how the new Ohio plant ramps through the winter."),
			turn(ceo, "It ramps slowly."), turn(analyst, "And could you talk about it a little bit more?")},
			"I'm curious how the new Ohio plant ramps through the winter."},
		// Spoken fillers go; a question in lower case gets its capital.
		{[]*transcript.Turn{turn(analyst, "Uh, um, what is the dividend policy for next year?")}, "What is the dividend policy for next year?"},
		// Nothing but thanks: no quote rather than a pleasantry.
		{[]*transcript.Turn{turn(analyst, "Thank you, Ben. Congrats again, everyone.")}, ""},
	}
	for _, c := range cases {
		ex := &transcript.Exchange{Analyst: analyst, Turns: c.turns}
		if got := Question(ex); got != c.want {
			t.Errorf("Question = %q, want %q", got, c.want)
		}
	}
}
