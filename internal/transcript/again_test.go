package transcript

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"callsite/internal/content"
	"callsite/internal/testshared"
)

// A call parsed again with the Meta of its first parse is the same call:
// only the metadata warnings, which the first parse reported, are left out.
func TestParseFilesAgainIsTheSameCall(t *testing.T) {
	plain := "Operator: Good morning and welcome to the Fernhill Widgets second quarter 2031 earnings call.\n\n" +
		"Dana Okafor -- Chief Executive Officer: Thanks. Revenue grew 12% to $48 million in the quarter.\n\n" +
		"Operator: Our first question comes from Lee Park with Harbor Securities.\n\n" +
		"Lee Park -- Harbor Securities -- Analyst: Could you talk about pricing in Europe?\n\n" +
		"Dana Okafor -- Chief Executive Officer: Pricing held up; margins were 31%.\n"
	cases := []struct {
		name  string
		files content.Files
	}{
		{"plain, no header", content.Files{Transcript: content.File{Path: "calls/fernhill.txt", Data: []byte(plain)}}},
		{"plain, ticker and period in the file name", content.Files{Transcript: content.File{Path: "FWX-2031-Q2.txt", Data: []byte(plain)}}},
		{"with a sidecar", content.Files{
			Transcript: content.File{Path: "a/call.txt", Data: []byte(plain)},
			Sidecar:    &content.File{Path: "a/call.md", Data: []byte("---\ncompany: Fernhill Widgets Inc.\nperiod: Q3 2031\n---\nAn editor's note.\n")},
		}},
		{"header and participants", content.Files{Transcript: content.File{Path: "c/zk.txt", Data: []byte(plainFixture)}}},
		{"Markdown call", content.Files{Transcript: content.File{Path: "b/call.md", Data: []byte("---\nticker: fwx\n---\n" + plainFixture)}}},
	}
	readOut := foolJSON(opening, []string{
		"Nora Vance: Shareholders sent us several questions ahead of the call. The first one is for Felix. Felix, how are bookings shaping up for the winter season?",
		"Felix Ortega: Bookings are ahead of last year in every region.",
	}, tamarind...)
	cases = append(cases, struct {
		name  string
		files content.Files
	}{"questions read out", content.Files{Transcript: content.File{Path: "tamarind.json", Data: []byte(readOut)}}})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { sameCallAgain(t, c.files) })
	}
	// The repository's samples and some real calls, when ../shared is there.
	paths, _ := filepath.Glob("../../content/*.txt")
	paths = append(paths, testshared.BulkCalls(t, 12)...)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(p), func(t *testing.T) {
			sameCallAgain(t, content.Files{Transcript: content.File{Path: filepath.Base(p), Data: src}})
		})
	}
}

func sameCallAgain(t *testing.T, files content.Files) {
	t.Helper()
	first, err := ParseFiles(files)
	if err != nil || first == nil {
		t.Fatalf("ParseFiles: %v, %v", first, err)
	}
	again, err := ParseFilesAgain(files, first.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if first.Meta.Words.N == 0 {
		t.Fatal("the first parse has no fingerprint: nothing to keep")
	}
	// What only the metadata's inference needed is not there again.
	first.Warnings, again.Warnings = nil, nil
	first.periodVotes = 0
	if !reflect.DeepEqual(first, again) {
		t.Errorf("parsed again, it differs:\n%+v\nfirst:\n%+v", again.Meta, first.Meta)
	}
}

// What a first parse found of questions read out is taken again only for
// the same text: given another text's Meta, a parse finds its own.
func TestParseFilesAgainOtherText(t *testing.T) {
	readOut := content.Files{Transcript: content.File{Path: "tamarind.json", Data: []byte(foolJSON(opening, []string{
		"Nora Vance: Shareholders sent us several questions ahead of the call. The first one is for Felix. Felix, how are bookings shaping up for the winter season?",
		"Felix Ortega: Bookings are ahead of last year in every region.",
	}, tamarind...))}}
	live := content.Files{Transcript: content.File{Path: "tamarind.json", Data: []byte(foolJSON(opening, []string{
		"Operator: Our first question comes from Lee Park with Harbor Securities.",
		"Lee Park: How are bookings shaping up for the winter season?",
	}, tamarind...))}}
	for _, c := range []struct {
		name     string
		from, to content.Files
	}{{"read-out meta", readOut, live}, {"live meta", live, readOut}} {
		first, err := ParseFiles(c.from)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ParseFiles(c.to)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseFilesAgain(c.to, first.Meta)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Exchanges) != len(want.Exchanges) || len(got.Exchanges) == 0 || got.Exchanges[0].Submitted != want.Exchanges[0].Submitted || got.Exchanges[0].Analyst.Name != want.Exchanges[0].Analyst.Name {
			t.Errorf("%s: exchanges %+v, want %+v", c.name, got.Exchanges, want.Exchanges)
		}
	}
}

// Parsed again, a call takes the firms and names the operator's
// introductions gave as the first parse did, exchange by exchange: an
// exchange before the one that names the analyst's firm has none.
func TestParseFilesAgainFirmsByExchange(t *testing.T) {
	files := content.Files{Transcript: content.File{Path: "tamarind.json", Data: []byte(foolJSON(opening, []string{
		"Operator: Our first question comes from Lee Park.",
		"Lee Park: How are bookings shaping up for the winter season?",
		"Felix Ortega: Bookings are ahead of last year in every region.",
		"Operator: Our next question comes from Lee Park with Harbor Securities.",
		"Lee Park: And how are room rates holding up against last year?",
		"Ines Dahl: Rates are up in every region we operate in.",
	}, tamarind...))}}
	first, err := ParseFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Exchanges) != 2 || first.Exchanges[0].Firm != "" || first.Exchanges[1].Firm != "Harbor Securities" {
		t.Fatalf("the first parse's exchanges are not the case this tests: %+v", first.Exchanges)
	}
	sameCallAgain(t, files)
}
