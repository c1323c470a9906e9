package summary

import (
	"testing"

	"callsite/internal/transcript"
)

// exchange builds a Q&A exchange of invented analyst turns (and one answer).
func exchange(analyst ...string) *transcript.Exchange {
	an := &transcript.Speaker{ID: "pat-doe", Name: "Pat Doe", Role: transcript.RoleAnalyst, Firm: "Oakridge Partners"}
	ceo := &transcript.Speaker{ID: "lee-roe", Name: "Lee Roe", Role: transcript.RoleManagement, Title: "CEO"}
	ex := &transcript.Exchange{ID: "q1", N: 1, Analyst: an, Firm: an.Firm}
	for i, a := range analyst {
		ex.Turns = append(ex.Turns,
			&transcript.Turn{ID: "q1-a", Speaker: an, Paragraphs: []*transcript.Paragraph{{ID: "q1-ap1", Text: a}}},
			&transcript.Turn{ID: "q1-b", Speaker: ceo, Paragraphs: []*transcript.Paragraph{{ID: "q1-bp1", Text: "Our pricing and demand in Europe and gross margin are all fine. Answer " + string(rune('a'+i)) + "."}}},
		)
	}
	return ex
}

func TestTopic(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    []string
		want string
	}{
		{"dictionary term", []string{"Thanks for taking my question. Can you walk us through what drove the gross margin decline, and how should we think about gross margin in the fourth quarter?"}, "gross margin"},
		{"pointed phrase", []string{"Good morning, everyone. I wanted to ask about the European expansion. How many stores do you plan to open there next year?"}, "European expansion"},
		{"guidance timing", []string{"Hi, thanks. When do you expect to give full-year guidance again?"}, "guidance timing"},
		{"question on", []string{"Great, congrats on the quarter. A question on the subscription business: is churn stable?"}, "subscription business"},
		{"follow-up turn", []string{"Thank you.", "Just a follow-up on capital allocation. Would you prioritize buybacks over the dividend?"}, "capital allocation"},
		{"pricing", []string{"Are the price increases sticking with customers, and do you plan more pricing actions?"}, "pricing"},
		{"nothing good", []string{"Thank you very much."}, ""},
		{"empty", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Topic(exchange(tc.q...)); got != tc.want {
				t.Errorf("Topic(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
	if got := Topic(nil); got != "" {
		t.Errorf("Topic(nil) = %q", got)
	}
}
