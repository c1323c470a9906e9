package site

import (
	"strings"
	"testing"

	"callsite/internal/transcript"
)

func record(t *testing.T, name, src string) *Record {
	t.Helper()
	tr, err := transcript.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return NewRecord(tr, CallFigures(tr))
}

// TestDedupeKeepsDifferentTexts: two files with the same company and
// period but different words are two calls with two URLs; a copy with the
// same words is set aside, named in the kept call's sources.
func TestDedupeKeepsDifferentTexts(t *testing.T) {
	head := "Operator\nWelcome to Arden Mills' fourth quarter 2021 earnings call.\nJane Roe - Chief Financial Officer\n"
	a := head + "Mills ran at full capacity and flour prices rose through the winter while we hired bakers.\n"
	b := head + "Our bakery customers ordered less, so we closed the northern plant in November and cut costs.\n"
	recs, warns := Dedupe([]*Record{record(t, "a.txt", a), record(t, "b.txt", b), record(t, "a-copy.txt", a)})
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	var kinds []string
	for _, w := range warns {
		kinds = append(kinds, w.Kind)
	}
	if strings.Join(kinds, ",") != transcript.WarnDuplicate+","+transcript.WarnClash {
		t.Errorf("warning kinds %q, want a duplicate and a clash", kinds)
	}
	s := Build(Config{}, recs, nil)
	if len(s.Calls) != 2 || s.Calls[0].URL == s.Calls[1].URL {
		t.Fatalf("calls %d with URLs %q and %q, want two distinct", len(s.Calls), s.Calls[0].URL, s.Calls[len(s.Calls)-1].URL)
	}
	both := 0
	for _, c := range s.Calls {
		if strings.Join(c.Sources, ",") == "a-copy.txt,a.txt" {
			both++ // the copy and the original, the first path kept
		} else if strings.Join(c.Sources, ",") != "b.txt" {
			t.Errorf("call %s from %v", c.Source, c.Sources)
		}
	}
	if both != 1 {
		t.Errorf("no call holds a.txt and its copy")
	}
}

// TestUnifyCompanies: the calls of one ticker that name their company
// longer or shorter share the name most of them use; another company
// under a reused ticker keeps its own.
func TestUnifyCompanies(t *testing.T) {
	mk := func(company string) *Record {
		return &Record{Meta: transcript.Meta{Company: company, Ticker: "ARDN", CompanySource: transcript.FromText}}
	}
	recs := []*Record{mk("Arden"), mk("Arden Mills"), mk("Arden Mills"), mk("Zephyr Kites")}
	unifyCompanies(recs)
	var got []string
	for _, r := range recs {
		got = append(got, r.Meta.Company)
	}
	if strings.Join(got, "|") != "Arden Mills|Arden Mills|Arden Mills|Zephyr Kites" {
		t.Errorf("companies %q", got)
	}
}
