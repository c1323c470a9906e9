package transcript

import (
	"strings"
	"testing"
)

func TestNLPNameCues(t *testing.T) {
	intros := []struct{ in, name, firm string }{
		{"Thank you. Our first question comes from Priya Raman with Larch Securities. Please go ahead.", "Priya Raman", "Larch Securities"},
		{"The next question is from the line of Tom Ferrante of Oakridge Partners. Your line is open.", "Tom Ferrante", "Oakridge Partners"},
		{"Next question is coming from a Dana Whitlock. Dana, your line is live.", "Dana Whitlock", ""},
		{"We have your next question from Ch- Chris Okafor from Quill Research, your line's open.", "Chris Okafor", "Quill Research"},
		{"The next question comes from Berg, Lena from Fjord Bank. Please go ahead.", "Lena Berg", "Fjord Bank"},
		{"Our next question is from [inaudible] with Pinecrest.", "", "Pinecrest"},
		{"The question is whether margins hold up.", "-", ""},
	}
	for _, c := range intros {
		a := parseAskerIntro(c.in)
		switch {
		case c.name == "-":
			if a != nil {
				t.Errorf("parseAskerIntro(%q) = %+v, want none", c.in, a)
			}
		case a == nil || a.name != c.name || a.firm != c.firm:
			t.Errorf("parseAskerIntro(%q) = %+v, want %q with %q", c.in, a, c.name, c.firm)
		}
	}
	selves := []struct{ in, want string }{
		{"Good morning, this is Priya Raman. Thanks for joining.", "Priya Raman"},
		{"Hi, it's actually Omar here for Lena. One question on pricing.", "Omar"},
		{"Lena, this is Tom. I'll take that one.", "Tom"},
		{"This is a great quarter for us.", ""},
		{"I'm happy to report record sales.", ""},
	}
	for _, c := range selves {
		if got := selfIntro(c.in); got != c.want {
			t.Errorf("selfIntro(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	handovers := []struct{ in, want string }{
		{"Those are the highlights. With that, I'll turn the call over to our CFO, Wendy Okoro.", "Wendy Okoro"},
		{"Margins improved in every region. Wendy?", "Wendy"},
		{"Before we start, I'll ask Gus to read the safe harbor statement.", "Gus"},
		{"Joining me today is our team. Ms. Lund, if you could read the disclaimer.", "Lund"},
		{"Thanks, everyone, for your questions.", ""},
	}
	for _, c := range handovers {
		if got := handoverName(c.in); got != c.want {
			t.Errorf("handoverName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	greets := []struct{ in, want string }{
		{"Thanks, Wendy. Turning to the outlook.", "Wendy"},
		{"Good morning, Priya. Yes, pricing held.", "Priya"},
		{"Thank you, operator. Good morning.", ""},
		{"Thanks Wendy for the color on costs.", ""},
	}
	for _, c := range greets {
		if got := greetedName(c.in); got != c.want {
			t.Errorf("greetedName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// nlpCall writes turns as a Rev token file: one token per line, the
// sentence's end punctuation in its own column.
func nlpCall(turns ...[2]string) []byte {
	var b strings.Builder
	b.WriteString("token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n")
	for _, tu := range turns {
		for _, w := range strings.Fields(tu[1]) {
			p := ""
			if n := len(w); strings.ContainsAny(w[n-1:], ".,?!") {
				w, p = w[:n-1], w[n-1:]
			}
			b.WriteString(w + "|" + tu[0] + "|||" + p + "|LC|[]|[]\n")
		}
	}
	return []byte(b.String())
}

func TestNLPSpeakersFromSpeech(t *testing.T) {
	src := nlpCall(
		[2]string{"0", "Good day and welcome to the Larkspur Tools second quarter 2023 earnings call. I would now like to turn the call over to Nina Ostrova, head of investor relations."},
		[2]string{"1", "Thank you. With me today is Paul Renner, our chief executive. Paul?"},
		[2]string{"2", "Thanks, Nina. Sales grew in every region. I'll hand it to Ida Lind, our CFO."},
		[2]string{"3", "Thank you, Paul. Gross margin rose to 41%."},
		[2]string{"0", "Thank you. To ask a question, please press star one. Our first question comes from Omar Haddad with Quill Research. Please go ahead."},
		[2]string{"2", "Hi Omar, can you hear us?"},
		[2]string{"4", "Yes. Good morning. What drove the margin in Europe?"},
		[2]string{"3", "Pricing, Omar. Mostly pricing."},
		[2]string{"0", "Does that answer your question?"},
		[2]string{"4", "Yes, thanks."},
		[2]string{"0", "Our next question comes from Lena Berg with Fjord Bank."},
		[2]string{"5", "Hi, this is Sven on for Lena. How big is the backlog?"},
		[2]string{"2", "Sven, it is at a record."},
		[2]string{"0", "This concludes today's conference. You may now disconnect."},
	)
	tr, err := Parse("call.nlp", src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		name string
		role Role
	}{
		"Speaker 1": {"Operator", RoleOperator},
		"Speaker 2": {"Nina Ostrova", RoleHost},
		"Speaker 3": {"Paul Renner", RoleManagement},
		"Speaker 4": {"Ida Lind", RoleManagement},
		"Speaker 5": {"Omar Haddad", RoleAnalyst},
		"Speaker 6": {"Sven", RoleAnalyst},
	}
	for _, sp := range tr.Speakers {
		w, ok := want[sp.Label]
		if !ok || sp.Name != w.name || sp.Role != w.role || !sp.NameInferred {
			t.Errorf("speaker %+v, want %+v", sp, w)
		}
	}
	if len(tr.Speakers) != len(want) {
		t.Errorf("%d speakers, want %d", len(tr.Speakers), len(want))
	}
	if len(tr.Exchanges) != 2 || tr.Exchanges[0].Analyst.Name != "Omar Haddad" || tr.Exchanges[0].Firm != "Quill Research" || tr.Exchanges[1].Analyst.Name != "Sven" {
		for _, ex := range tr.Exchanges {
			t.Logf("%s %+v", ex.ID, ex.Analyst)
		}
		t.Errorf("%d exchanges, want Omar's (Quill Research) and Sven's", len(tr.Exchanges))
	}
}

// A fireside chat has no operator: the voice that keeps asking the other
// is the analyst hosting it.
func TestNLPInterviewer(t *testing.T) {
	var turns [][2]string
	asks := []string{
		"Welcome, this is Lena Berg with Fjord Bank. Could you tell us how demand looks?",
		"Interesting. How are you thinking about pricing next year?",
		"And what would you do with the extra cash?",
		"Last one: where do you see the biggest risk?",
	}
	answers := []string{
		"Thanks for having me. Demand is steady, and orders grew in the spring.",
		"We raised prices twice, and customers accepted it.",
		"We will pay down debt first, then buy back shares.",
		"Freight costs, mostly. They can swing quickly.",
	}
	for i := range asks {
		turns = append(turns, [2]string{"0", asks[i]}, [2]string{"1", answers[i]})
	}
	tr, err := Parse("chat.nlp", nlpCall(turns...))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Speakers) != 2 || tr.Speakers[0].Role != RoleAnalyst || tr.Speakers[0].Name != "Lena Berg" || tr.Speakers[1].Role == RoleAnalyst {
		t.Errorf("speakers = %+v %+v", tr.Speakers[0], tr.Speakers[1])
	}
}

func TestNLPTitles(t *testing.T) {
	cases := []struct {
		in   string
		want map[string]string
	}{
		// After "title, and" a list may have turned to titles first:
		// the next name's title is not read.
		{"With me today are Paul Renner, our chief executive officer, and Ida Lind, CFO.",
			map[string]string{"Paul Renner": "Chief Executive Officer"}},
		{"Ida Lind, CFO, will take you through the numbers.", map[string]string{"Ida Lind": "CFO"}},
		{"Joining me are Nina Ostrova, Vice President of Investor Relations; and Omar Haddad, President.",
			map[string]string{"Nina Ostrova": "Vice President of Investor Relations", "Omar Haddad": "President"}},
		// Titles before names: what follows a name is the next one's title.
		{"With me are our President and CEO, Paul Renner, Chief Financial Officer, Ida Lind.", map[string]string{}},
		{"I'll hand over to Paul Renner, and Chief Financial Officer Ida Lind.", map[string]string{}},
		{"We met Paul Renner, who runs the plant.", map[string]string{}},
	}
	for _, c := range cases {
		d := &draft{turns: []draftTurn{{speaker: "Speaker 1", paras: []draftPara{{text: c.in}}}}}
		got := nameTitles(d)
		if len(got) != len(c.want) {
			t.Errorf("nameTitles(%q) = %v, want %v", c.in, got, c.want)
			continue
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("nameTitles(%q)[%q] = %q, want %q", c.in, k, got[k], v)
			}
		}
	}
}
