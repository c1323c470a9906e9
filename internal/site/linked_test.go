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

// TestLinkInputs: the link inputs change exactly when linking could find
// other people; when they do not, the people saved before the change,
// restored onto the changed calls, are those linking finds.
func TestLinkInputs(t *testing.T) {
	inputs := func(recs []*Record) string {
		var b []byte
		for _, r := range recs {
			b = r.AppendLinkInputs(b)
		}
		return string(b)
	}
	before := linkedFixture()
	saved := Build(Config{}, before, nil).AppendPeople(nil)
	for _, tc := range []struct {
		name    string
		change  func(recs []*Record)
		changed bool
	}{
		{"a question reworded", func(recs []*Record) { recs[1].Exchanges[0].Question = "How big is the backlog?" }, false},
		{"a topic found", func(recs []*Record) { recs[1].Exchanges[1].Topic = "pricing" }, false},
		{"more figures", func(recs []*Record) { recs[0].Figures = 12 }, false},
		{"a speaker renamed", func(recs []*Record) { recs[3].Speakers[1].Name = "Maria Lopez" }, true},
		{"an analyst at another firm", func(recs []*Record) { recs[4].Speakers[2].Firm = "Other Bank" }, true},
		{"a new title", func(recs []*Record) { recs[0].Speakers[1].Title = "Chief Executive Officer" }, true},
		{"another asker", func(recs []*Record) { recs[1].Exchanges[0].Analyst = recs[1].Speakers[1] }, true},
		{"one more answerer", func(recs []*Record) {
			recs[1].Exchanges[1].AnsweredBy = []*transcript.Speaker{recs[1].Speakers[1]}
		}, true},
		{"another period", func(recs []*Record) { recs[2].Meta.Year = 2021 }, true},
		{"another company", func(recs []*Record) { recs[2].Meta.Company = "Acme Widgets" }, true},
	} {
		after := linkedFixture()
		tc.change(after)
		if changed := inputs(after) != inputs(before); changed != tc.changed {
			t.Errorf("%s: link inputs changed = %v, want %v", tc.name, changed, tc.changed)
			continue
		}
		if tc.changed {
			continue
		}
		restored, ok := BuildLinked(Config{}, after, nil, saved)
		if !ok || !bytes.Equal(restored.AppendPeople(nil), Build(Config{}, after, nil).AppendPeople(nil)) {
			t.Errorf("%s: the restored people differ from those linked (restored %v)", tc.name, ok)
		}
	}
}
