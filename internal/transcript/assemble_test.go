package transcript

import (
	"regexp"
	"testing"
)

// A participant list may give an analyst's firm where the title goes and
// not say "Analyst"; the operator's introduction right before they speak
// still makes them the asker of an exchange.
func TestIntroducedQuestionerIsAnalyst(t *testing.T) {
	src := `{
  "header_texts": ["Prepared Remarks:", "Questions and Answers:", "Call participants:"],
  "prepared_remarks": [
    {"speaker": "Operator", "speech": "Welcome to the Larkspur Tools second quarter 2023 earnings call. I will now turn the call over to Paul Renner, Chief Executive Officer."},
    {"speaker": "Paul Renner", "speech": "Thank you. Sales grew in every region and margins improved."}
  ],
  "q_and_a": [
    {"speaker": "Operator", "speech": "Our first question comes from Omar Haddad of Quill Research. Please go ahead."},
    {"speaker": "Omar Haddad", "speech": "What drove the margin in Europe?"},
    {"speaker": "Paul Renner", "speech": "Mostly pricing."},
    {"speaker": "Operator", "speech": "There are no further questions. This concludes today's call."}
  ],
  "participants": ["Paul Renner--Chief Executive Officer", "Omar Haddad--Quill Research"]
}`
	tr, err := Parse("LRK_q2_2023.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	omar := speaker(tr, "Omar Haddad")
	if omar == nil || omar.Role != RoleAnalyst {
		t.Fatalf("Omar = %+v, want an analyst", omar)
	}
	if len(tr.Exchanges) != 1 || tr.Exchanges[0].Analyst != omar || tr.Exchanges[0].Firm != "Quill Research" {
		t.Errorf("exchanges = %d, want Omar's (Quill Research)", len(tr.Exchanges))
	}
	if paul := speaker(tr, "Paul Renner"); paul == nil || paul.Role == RoleAnalyst {
		t.Errorf("Paul = %+v, want management", paul)
	}
}

// endsWithAbbrev replaced the expression `(?:Corp|Inc|...)\.$`: it must
// say what the expression said.
func TestEndsWithAbbrev(t *testing.T) {
	re := regexp.MustCompile(`(?:Corp|Inc|Co|Ltd|L\.P|S\.A|N\.A|Cos|Bros|Assoc)\.$`)
	for _, s := range []string{"", ".", "Corp.", "Acme Corp.", "Acme Corp", "Acme Corp.x", "Bank of America N.A.", "Smith Bros.",
		"Jones Assoc.", "Beta L.P.", "Gamma S.A.", "XCo.", "Co.", "Cos.", "Acme Inc..", "Acme Ltd.", "Northland Capital Markets.", "Inc.\n"} {
		if got, want := endsWithAbbrev(s), re.MatchString(s); got != want {
			t.Errorf("endsWithAbbrev(%q) = %v, want %v", s, got, want)
		}
	}
}
