package site

import (
	"bytes"
	"fmt"
	"testing"

	"callsite/internal/transcript"
)

// linkedFixture is a few calls whose people need every part of linking:
// a name written two ways, the same name at two firms, an analyst heard
// first without a firm, firms written with and without spaces, the
// operator and an unnamed speaker, a call with no questions.
func linkedFixture() []*Record {
	var recs []*Record
	for i, c := range []struct {
		company string
		year    int
		firm    string
		analyst string
	}{
		{"Acme Widgets", 2022, "", "Ann Lee"},
		{"Acme Widgets", 2023, "Lake View Partners", "Ann B. Lee"},
		{"Brightline Foods", 2023, "Lakeview Partners LLC", "Ann Lee"},
		{"Brightline Foods", 2024, "Other Bank", "Ann Lee"},
		{"Acme Widgets", 2024, "Zeta Capital", "Raj Patel"},
	} {
		r := rec(fmt.Sprintf("%d.txt", i), c.company, c.year, 1+i%4)
		cfo := speaker("cfo", "Maria Gomez", "Chief Financial Officer", transcript.RoleManagement, "")
		analyst := speaker("analyst", c.analyst, "Analyst", transcript.RoleAnalyst, c.firm)
		r.Speakers = []*transcript.Speaker{
			speaker("operator", "Operator", "", transcript.RoleOperator, ""), cfo, analyst,
			speaker("speaker-1", "Speaker 1", "", transcript.RoleUnknown, ""),
		}
		if i != 2 {
			r.Exchanges = []ExchangeRecord{
				{ID: "q1", N: 1, Analyst: analyst, Firm: c.firm, AnsweredBy: []*transcript.Speaker{cfo}},
				{ID: "q2", N: 2, Analyst: analyst, Firm: c.firm},
			}
		}
		recs = append(recs, r)
	}
	return recs
}

// TestBuildLinkedEqualsBuild: restoring the saved people gives the site
// linking gives, down to who each speaker is and each firm they were with.
func TestBuildLinkedEqualsBuild(t *testing.T) {
	linked := Build(Config{}, linkedFixture(), nil)
	saved := linked.AppendPeople(nil)
	restored, ok := BuildLinked(Config{}, linkedFixture(), nil, saved)
	if !ok {
		t.Fatal("the saved people were not restored")
	}
	if len(restored.People) != len(linked.People) || len(restored.Firms) != len(linked.Firms) || len(linked.Firms) < 3 {
		t.Fatalf("%d people and %d firms, want %d and %d (at least 3 firms)", len(restored.People), len(restored.Firms), len(linked.People), len(linked.Firms))
	}
	if again := restored.AppendPeople(nil); !bytes.Equal(again, saved) {
		t.Error("the restored site encodes differently")
	}
	for i, c := range linked.Calls {
		rc := restored.Calls[i]
		for _, sp := range c.Speakers {
			want, got := linked.PersonOf(c, sp.ID), restored.PersonOf(rc, sp.ID)
			if (want == nil) != (got == nil) || want != nil && want.URL != got.URL {
				t.Errorf("%s %s: person %v, want %v", c.Source, sp.ID, got, want)
			}
			wantFirm, gotFirm := linked.FirmOf(c, sp.ID), restored.FirmOf(rc, sp.ID)
			if (wantFirm == nil) != (gotFirm == nil) || wantFirm != nil && wantFirm.URL != gotFirm.URL {
				t.Errorf("%s %s: firm %v, want %v", c.Source, sp.ID, gotFirm, wantFirm)
			}
		}
	}
	for i, p := range restored.People {
		for _, a := range p.Appearances {
			if !containsCall(restored.Calls, a.Call) {
				t.Errorf("person %d appears on a call of another site", i)
			}
			for _, ex := range append(a.Asked, a.Answers...) {
				if ex.Analyst == nil || !containsSpeaker(a.Call.Speakers, ex.Analyst) {
					t.Errorf("person %d: exchange %s is not their call's", i, ex.ID)
				}
			}
		}
	}
}

func containsCall(calls []*Call, c *Call) bool {
	for _, x := range calls {
		if x == c {
			return true
		}
	}
	return false
}

func containsSpeaker(sps []*transcript.Speaker, sp *transcript.Speaker) bool {
	for _, x := range sps {
		if x == sp {
			return true
		}
	}
	return false
}

// TestBuildLinkedLinksWhatDoesNotFit: saved people that do not fit the
// calls (damaged, cut short, of another site) are linked again instead.
func TestBuildLinkedLinksWhatDoesNotFit(t *testing.T) {
	saved := Build(Config{}, linkedFixture(), nil).AppendPeople(nil)
	want := Build(Config{}, linkedFixture(), nil).AppendPeople(nil)
	fewer := linkedFixture()[:2]
	for name, tc := range map[string]struct {
		data []byte
		recs []*Record
	}{
		"empty":          {nil, linkedFixture()},
		"other version":  {append([]byte{linkedVersion + 1}, saved[1:]...), linkedFixture()},
		"cut short":      {saved[:len(saved)/2], linkedFixture()},
		"trailing bytes": {append(append([]byte(nil), saved...), 7), linkedFixture()},
		"other calls":    {saved, fewer},
	} {
		s, ok := BuildLinked(Config{}, tc.recs, nil, tc.data)
		if ok {
			t.Errorf("%s: restored", name)
		}
		if name != "other calls" && !bytes.Equal(s.AppendPeople(nil), want) {
			t.Errorf("%s: the people linked again differ from Build's", name)
		}
	}
	for cut := range saved { // every prefix fails without a panic
		if _, ok := BuildLinked(Config{}, linkedFixture(), nil, saved[:cut]); ok {
			t.Fatalf("restored from %d of %d bytes", cut, len(saved))
		}
	}
}
