package site

import (
	"testing"

	"callsite/internal/transcript"
)

// A question read out for shareholders is quoted from the reading turn,
// never from what the reader says afterwards, and the record and
// call.json say it was sent in.
func TestReadOutQuestionRecord(t *testing.T) {
	src := `{"header_texts": ["Prepared Remarks:", "Questions and Answers:"],
"prepared_remarks": [
 {"speaker": "Operator", "speech": "Welcome to the Quillon Group first quarter 2023 earnings call. I will now hand over to Rosa Lind, investor relations."},
 {"speaker": "Rosa Lind", "speech": "Thank you. With me is Tomas Berg, our chief executive officer."},
 {"speaker": "Tomas Berg", "speech": "Thank you, Rosa. Orders rose and the new plant opened on time."}],
"q_and_a": [
 {"speaker": "Rosa Lind", "speech": "We have received questions from shareholders. The first one is for Tomas. Tomas, why did freight costs fall in the quarter?"},
 {"speaker": "Tomas Berg", "speech": "Container rates came down and we shipped fuller trucks."},
 {"speaker": "Rosa Lind", "speech": "Thank you, Tomas. That concludes our call. Why not visit our website for the replay? Thank you all."}],
"participants": ["Rosa Lind--Investor Relations", "Tomas Berg--Chief Executive Officer"]}`
	tr, err := transcript.Parse("QLN_q1_2023.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r := NewRecord(tr, nil)
	if len(r.Exchanges) != 1 {
		t.Fatalf("exchanges = %d, want 1", len(r.Exchanges))
	}
	ex := r.Exchanges[0]
	if !ex.Submitted || ex.Analyst.Name != "Rosa Lind" || ex.Analyst.Role == transcript.RoleAnalyst {
		t.Errorf("exchange: submitted %v, asker %s (%s); want read out by Rosa Lind as host", ex.Submitted, ex.Analyst.Name, ex.Analyst.Role)
	}
	if want := "Tomas, why did freight costs fall in the quarter?"; ex.Question != want {
		t.Errorf("question = %q, want %q", ex.Question, want)
	}
	if len(ex.AnsweredBy) != 1 || ex.AnsweredBy[0].Name != "Tomas Berg" {
		t.Errorf("answered by %v, want Tomas Berg only", ex.AnsweredBy)
	}
}
