package transcript

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
	"golang.org/x/text/encoding/charmap"
)

// TestCorpus loads the development corpus and checks each file against
// what the source itself states.
func TestCorpus(t *testing.T) {
	dir := testshared.Path(t, "corpus", "transcripts")
	fsys := os.DirFS(dir)
	calls, err := Load(fsys, ".")
	if err != nil {
		t.Errorf("Load: %v", err)
	}
	files, turns := 0, 0
	withCompany, withPeriod := 0, 0
	for _, c := range calls {
		files += len(c.Sources)
		turns += len(c.Turns())
		if c.Meta.Company != "" {
			withCompany++
		}
		if c.Meta.Year > 0 {
			withPeriod++
		}
	}
	t.Logf("%d calls from %d files, %d turns; %d with a company, %d with a period", len(calls), files, turns, withCompany, withPeriod)

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		sub, _ := os.ReadDir(path.Join(dir, e.Name()))
		for _, f := range sub {
			p := path.Join(e.Name(), f.Name())
			src, err := os.ReadFile(path.Join(dir, p))
			if err != nil {
				t.Fatal(err)
			}
			tr, err := Parse(p, src)
			if err != nil {
				t.Errorf("%v", err)
				continue
			}
			checkCommon(t, p, tr)
			switch e.Name() {
			case "ectsum-motleyfool-json":
				checkFoolJSON(t, p, src, tr)
			case "motleyfool-structured-json":
				checkStructured(t, p, src, tr)
			case "seekingalpha-txt":
				checkSeekingAlpha(t, p, src, tr)
			}
		}
	}
}

var statedPeriod = regexp.MustCompile(`(?i)\b(?:first|second|third|fourth)[- ]quarter,? (?:of )?(?:fiscal )?(?:19|20)\d\d\b|\bQ[1-4] (?:19|20)\d\d\b`)

var mojibake = regexp.MustCompile(`Ã|â€|\x{FFFD}`)

// reportingSentences lists the sentences of a call that do not look ahead.
func reportingSentences(t *Transcript) []string {
	var out []string
	for _, tu := range t.Turns() {
		for _, p := range tu.Paragraphs {
			for _, sp := range text.Sentences(p.Text) {
				if sent := p.Text[sp.Start:sp.End]; !forwardLooking.MatchString(sent) {
					out = append(out, sent)
				}
			}
		}
	}
	return out
}

func checkCommon(t *testing.T, p string, tr *Transcript) {
	t.Helper()
	if tr.Meta.Company == "" {
		t.Errorf("%s: no company", p)
	}
	if tr.Meta.Year == 0 || tr.Meta.Quarter == 0 {
		// Required where the text reports one (Earnings-21 files often
		// do not, or the ASR garbled it: "June 30th 202"); a sentence
		// that looks ahead ("during the first quarter of 2021 we expect")
		// names another period than the call's.
		for _, sent := range reportingSentences(tr) {
			if statedPeriod.MatchString(sent) {
				t.Errorf("%s: no period, but the text says %q", p, statedPeriod.FindString(sent))
				return
			}
		}
		t.Logf("%s: no period stated", p)
	}
	for _, sp := range tr.Speakers {
		if mojibake.MatchString(sp.Name + sp.Title + sp.Firm) {
			t.Errorf("%s: mojibake in speaker %q / %q / %q", p, sp.Name, sp.Title, sp.Firm)
		}
	}
	for _, tu := range tr.Turns() {
		for _, pa := range tu.Paragraphs {
			if mojibake.MatchString(pa.Text) {
				t.Errorf("%s:%d: mojibake in %q", p, pa.Pos.Line, pa.Text[:min(len(pa.Text), 60)])
				return
			}
		}
	}
}

// checkFoolJSON: one turn per speech entry, less pseudo-speakers and empty
// speeches.
func checkFoolJSON(t *testing.T, p string, src []byte, tr *Transcript) {
	var doc struct {
		Prepared []struct{ Speaker, Speech string } `json:"prepared_remarks"`
		QA       []struct{ Speaker, Speech string } `json:"q_and_a"`
	}
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, e := range append(doc.Prepared, doc.QA...) {
		if !isPseudoSpeaker(e.Speaker) && strings.TrimSpace(e.Speech) != "" {
			want++
		}
	}
	if got := len(tr.Turns()); got != want {
		t.Errorf("%s: %d turns, want %d speech entries", p, got, want)
	}
}

func checkStructured(t *testing.T, p string, src []byte, tr *Transcript) {
	var doc struct {
		CompanyName      string `json:"company_name"`
		Ticker           string
		FiscalPeriodYear string                           `json:"fiscal_period_year"`
		FiscalPeriodQtr  string                           `json:"fiscal_period_qtr"`
		CallDate         string                           `json:"call_date"`
		CallTranscript   []struct{ Speaker, Text string } `json:"call_transcript"`
	}
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	if Slug(tr.Meta.Company) != Slug(cleanCompany(doc.CompanyName)) || tr.Meta.Ticker != doc.Ticker ||
		fmt.Sprintf("Q%d %d", tr.Meta.Quarter, tr.Meta.Year) != doc.FiscalPeriodQtr+" "+doc.FiscalPeriodYear || tr.Meta.Date != doc.CallDate {
		// (a half year's call keeps the quarter that ends its half: its label is the half's)
		t.Errorf("%s: meta %+v, want %s %s %s %s %s", p, tr.Meta, doc.CompanyName, doc.Ticker, doc.FiscalPeriodQtr, doc.FiscalPeriodYear, doc.CallDate)
	}
	want := 0
	for _, e := range doc.CallTranscript {
		if !isPseudoSpeaker(e.Speaker) && strings.TrimSpace(e.Text) != "" {
			want++
		}
	}
	if got := len(tr.Turns()); got != want {
		t.Errorf("%s: %d turns, want %d statements", p, got, want)
	}
	// No glued "Name -- Title" header is left at the end of a turn.
	for _, tu := range tr.Turns() {
		last := tu.Paragraphs[len(tu.Paragraphs)-1].Text
		for _, sp := range tr.Speakers {
			if sp.Title != "" && strings.HasSuffix(last, sp.Name+" -- "+sp.Title) {
				t.Errorf("%s:%d: glued header left: %q", p, tu.Pos.Line, last[max(0, len(last)-80):])
			}
		}
	}
}

var saTitle = regexp.MustCompile(`^(.+?)\s*\((\w+):([A-Z.]+)\)\s+Q([1-4]) (\d{4})`)

func checkSeekingAlpha(t *testing.T, p string, src []byte, tr *Transcript) {
	text := string(src)
	if dec, err := charmap.Windows1252.NewDecoder().Bytes(src); err == nil && !isUTF8(src) {
		text = string(dec)
	}
	lines := strings.Split(text, "\n")
	mm := saTitle.FindStringSubmatch(lines[0])
	if mm == nil {
		t.Fatalf("%s: test cannot read the title line %q", p, lines[0])
	}
	if Slug(tr.Meta.Company) != Slug(cleanCompany(mm[1])) || tr.Meta.Ticker != mm[3] || tr.Meta.PeriodLabel() != "Q"+mm[4]+" "+mm[5] {
		t.Errorf("%s: meta %s %s %s, want %s %s Q%s %s", p, tr.Meta.Company, tr.Meta.Ticker, tr.Meta.PeriodLabel(), mm[1], mm[3], mm[4], mm[5])
	}
	if tr.Format != "seekingalpha" {
		t.Errorf("%s: format %s", p, tr.Format)
	}
	// Analysts with firms from the participant list, if they speak.
	spoke := map[string]*Speaker{}
	for _, sp := range tr.Speakers {
		spoke[nameKey(sp.Name)] = sp
	}
	inAnalysts := false
	for _, l := range lines[1:] {
		l = strings.TrimSpace(strings.TrimRight(l, "\r"))
		switch l {
		case "Analysts", "Conference Call Participants":
			inAnalysts = true
			continue
		case "Operator":
			return
		}
		if !inAnalysts {
			continue
		}
		name, firm, ok := strings.Cut(l, " - ")
		if !ok {
			continue
		}
		sp := spoke[nameKey(name)]
		if sp == nil {
			continue // listed but silent (webcast questions)
		}
		if sp.Role != RoleAnalyst || sp.Firm != strings.TrimSpace(firm) {
			t.Errorf("%s: analyst %q = %s %q, want analyst %q", p, name, sp.Role, sp.Firm, firm)
		}
	}
}

func isUTF8(b []byte) bool { return strings.ToValidUTF8(string(b), "\x00") == string(b) }
