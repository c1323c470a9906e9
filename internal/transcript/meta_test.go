package transcript

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

// call builds a plain transcript: the operator's welcome, the host's
// opening and a line of results.
func call(operator, host string) string {
	return "Operator\n" + operator + "\nJane Roe - Chief Financial Officer\n" + host + "\nRevenue grew 4% in the quarter.\n"
}

// TestCompanyPhrasings: every place a call names its company, in sentences
// written for this test.
func TestCompanyPhrasings(t *testing.T) {
	for _, c := range []struct{ operator, host, want string }{
		{"Good morning and welcome to the earnings call for Bramblewood Bancorp. Please go ahead.", "Thanks.", "Bramblewood Bancorp"},
		{"Hello, and welcome to the Third Quarter 2023 Earnings Call for Q.R. Lindqvist Homes.", "Thank you.", "Q.R. Lindqvist Homes"},
		{"Good day and welcome to Ferrowick's Q4 earnings call.", "Thank you, operator.", "Ferrowick"},
		{"Welcome to the Brooks' Hollow third quarter 2020 earnings conference call.", "Thank you.", "Brooks' Hollow"},
		{"Ladies and gentlemen, welcome to Tarn + Welby's third quarter 2020 results call.", "Thank you.", "Tarn + Welby"},
		{"Welcome to the Vantora audio conferencing system. Good afternoon, and welcome to the Pell Oak Realty 3Q20 Earnings Call.", "Thank you.", "Pell Oak Realty"},
		{"Welcome to the Q2 2024 earnings conference call.", "Thank you. With me today from Calloway Pines, Inc. are our CEO and our CFO.", "Calloway Pines"},
		{"Welcome to the second quarter call.", "Good morning. I'm Dana Ruiz, Chief Executive Officer of Tessellate Robotics.", "Tessellate Robotics"},
		{"Welcome to the First Quarter 2022 Orchard & Vale Earnings Conference Call.", "Thanks.", "Orchard & Vale"},
		{"Thank you for standing by.", "Good morning, and welcome to Bank of Lindenmoor's second quarter 2021 results call.", "Bank of Lindenmoor"},
		{"Good morning.", "I'd like to welcome everyone who is joining us on Quillon's fourth-quarter earnings call.", "Quillon"},
		{"Welcome to The Hartwell Group Corporation fiscal 2020 third quarter conference call.", "Thanks.", "Hartwell Group"},
		{"Welcome to this morning's Ashgrove Mining Conference. I would now like to turn the call over.", "Thank you, and welcome to Ashgrove Mining's first quarter 2021 call.", "Ashgrove Mining"},
		{"At this time, I would like to welcome everyone to the First American Lumber second quarter 2020 earnings call.", "Thanks.", "First American Lumber"},
		{"Welcome to Tern & Pike's 3Q21 earnings call.", "Thank you.", "Tern & Pike"},
		// speech-to-text drops a possessive's apostrophe; a name's own s stays
		{"Good afternoon and welcome to Velomars third quarter 2020 results call.", "Thank you. Velomar grew again, and Velomar's customers stayed.", "Velomar"},
		{"Welcome to the Harrows Group third quarter 2020 results call.", "Thank you. At Harrows Group we grew. Harrows Group is strong, and Harrow Group Ltd is another firm.", "Harrows Group"},
		{"Welcome to the Wendlings third quarter 2020 results call.", "Thank you. The Wendlings brand grew.", "Wendlings"},
	} {
		tr, err := Parse("x.txt", []byte(call(c.operator, c.host)))
		if err != nil {
			t.Fatal(err)
		}
		if tr.Meta.Company != c.want || tr.Meta.CompanySource != FromText {
			t.Errorf("%q / %q: company %q (%s), want %q from the text", c.operator, c.host, tr.Meta.Company, tr.Meta.CompanySource, c.want)
		}
		for _, w := range tr.Warnings {
			if w.Kind == WarnCompany {
				t.Errorf("%q: warning %v", c.operator, w)
			}
		}
	}
}

// TestPeriodPhrasings: the period the call states, and the year inferred
// when only the quarter is said.
func TestPeriodPhrasings(t *testing.T) {
	for _, c := range []struct{ operator, host, want, source string }{
		{"Welcome to Arden Mills' fourth quarter and full year 2021 earnings call.", "Thanks.", "Q4 2021", FromText},
		{"Welcome to the Q4 2019 Arden Mills Earnings Conference Call.", "Thanks. In 2020 we expect growth.", "Q4 2019", FromText},
		{"Welcome to Arden Mills' fiscal 2021 second quarter results call.", "Thanks.", "Q2 2021", FromText},
		{"Welcome to Arden Mills' 3Q21 earnings call.", "Thanks.", "Q3 2021", FromText},
		{"Welcome to Arden Mills' second quarter and first half 2022 earnings call.", "Thanks.", "Q2 2022", FromText},
		{"Welcome to the Arden Mills third quarter earnings call.", "Thanks. Today we discuss our results for the third quarter ended September 30, 2020.", "Q3 2020", FromInferred},
		{"Welcome to the Arden Mills fourth quarter earnings call.", "Thanks. Sales rose 8% compared to the fourth quarter of 2018.", "Q4 2019", FromInferred},
		{"Welcome to the Arden Mills first quarter earnings call.", "Thanks. In the first quarter of 2023, sales rose. We will also compare with the first quarter of 2022.", "Q1 2023", FromInferred},
		{"Welcome to the Arden Mills fiscal year 2020 earnings conference call.", "Thanks.", "Q4 2020", FromInferred},
		// a half year's call is the half's, named by its last quarter
		{"Welcome to Arden Mills' Half Year 2020 Results conference call.", "Thanks.", "H1 2020", FromText},
		{"Welcome to Arden Mills' Half Year 2020 Results call, where we will also look at our outlook.", "Thanks.", "", ""},
		{"Welcome to the Arden Mills results call.", "Thanks. This earnings call covers the six-month period to the 31st of March 2022.", "", ""},
		{"Welcome to the Arden Mills second quarter 2021 earnings call.", "Thanks. I'll start the call with highlights from our quarterly and half year results.", "Q2 2021", FromText},
		{"Welcome to the Arden Mills second quarter 2021 earnings call.", "Thanks. The board declared an interim dividend.", "Q2 2021", FromText},
		{"Welcome to the Arden Mills second quarter earnings call.", "Thanks. We flew 48% of the capacity operated during the second quarter of 2019. Our outlook for the third quarter of 2021 is cautious.", "Q2 2021", FromInferred},
		{"Welcome to the Arden Mills fourth quarter earnings call.", "Thanks. For the first quarter of 2022, we expect revenue to rise.", "Q4 2021", FromInferred},
		{"Welcome to the Arden Mills third quarter earnings call.", "Thanks. Loans grew in the third quarter of the year. We expect net interest income to be down 4% from the annualized fourth-quarter 2020 level.", "", ""},
		{"Welcome to the Quarter 2021 Arden Mills Trust Earnings Conference Call.", "Thanks. Welcome to our second quarter earnings call. Leasing doubled against the second quarter of 2019, and the 2020 bad debt is behind us.", "Q2 2021", FromInferred},
		{"Welcome to the Arden Mills fourth quarter earnings call.", "Thanks. Our annual report on Form 10-K for the year ended December 31, 2019 lists the risks. Total assets at December 31st, 2020 were $12.9 billion.", "Q4 2020", FromInferred},
		{"Welcome to the Arden Mills fourth quarter earnings call.", "Thanks. Deposits were $9 billion, up from $8 billion at December 31, 2019.", "Q4 2020", FromInferred},
		{"Welcome to the Arden Mills third quarter earnings call.", "Thanks. Total assets at December 31, 2020 were $12.9 billion.", "", ""},
		// the last annual report filed: the call's fiscal year is the next
		{"Welcome to the Arden Mills third quarter earnings call.", "Thanks. These risks are discussed in a form 10-K filed with the SEC for the year ended December 31st, 2019, and in later filings.", "Q3 2020", FromInferred},
		{"Welcome to the Arden Mills fourth quarter earnings call.", "Thanks. Our annual report for the year ended December 31, 2019 lists the risks.", "Q4 2020", FromInferred},
		{"Welcome to the Arden Mills second quarter earnings call.", "Thanks. See our Form 10-K for the fiscal year ended June 30, 2020.", "Q2 2021", FromInferred},
		{"Welcome to the Arden Mills second quarter earnings call.", "Thanks. See our Form 10-Q for the quarter ended March 31, 2020.", "", ""},
		{"Welcome to the Arden Mills fourth quarter earnings call.", "Thanks. I could not be more proud of what we did in fiscal year 2020. Let's turn now to fiscal year 2021. Looking ahead to fiscal 2021, we will stay agile. We give no guidance for fiscal 2021.", "Q4 2020", FromInferred},
		{"Welcome to the Arden Mills third quarter 2020 earnings call.", "Thanks. Our third quarter 2010 results were released this morning. In 2020 we grew; 2020 was strong.", "Q3 2020", FromText},
	} {
		tr, err := Parse("x.txt", []byte(call(c.operator, c.host)))
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Meta.PeriodLabel(); got != c.want || tr.Meta.PeriodSource != c.source {
			t.Errorf("%q / %q: period %s (%s), want %s (%s)", c.operator, c.host, got, tr.Meta.PeriodSource, c.want, c.source)
		}
	}
}

// TestHalfYearCall: a transcript service names a half year's call by the
// quarter that ends the half ("Q2 2022"); the call says it reports the half.
func TestHalfYearCall(t *testing.T) {
	for _, c := range []struct {
		host string
		half int
	}{
		{"Thanks. This earnings call covers the six-month period to the 31st of March 2022.", 1},
		{"Thanks. Welcome to our interim results presentation.", 1},
		{"Thanks. Welcome to our second quarter and six months results call.", 0},
		{"Thanks. In the last six months we made key hires, and our results were strong.", 0},
	} {
		src := "Arden Mills (LSE:ARD) Q2 2022 Earnings Call\n\n" + call("Welcome, everyone.", c.host)
		tr, err := Parse("x.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]string{0: "Q2 2022", 1: "H1 2022"}[c.half]
		if tr.Meta.Half != c.half || tr.Meta.Quarter != 2 || tr.Meta.PeriodLabel() != want {
			t.Errorf("%q: half %d, quarter %d, %s; want half %d, %s", c.host, tr.Meta.Half, tr.Meta.Quarter, tr.Meta.PeriodLabel(), c.half, want)
		}
	}
}

func warnings(tr *Transcript, kind string) []string {
	var out []string
	for _, w := range tr.Warnings {
		if w.Kind == kind {
			out = append(out, w.Msg)
		}
	}
	return out
}

// TestPeriodFileNameDisagrees: the text wins over the file name, with a
// warning that says both; the file name fills in only what the text lacks.
func TestPeriodFileNameDisagrees(t *testing.T) {
	tr, err := Parse("ARDN_q4_2022.txt", []byte(call("Welcome to Arden Mills' fourth quarter 2021 earnings call.", "Thanks.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.PeriodLabel() != "Q4 2021" {
		t.Errorf("period %s, want the text's Q4 2021", tr.Meta.PeriodLabel())
	}
	if w := warnings(tr, WarnPeriod); len(w) != 1 || !strings.Contains(w[0], "Q4 2021") || !strings.Contains(w[0], "Q4 2022") {
		t.Errorf("period warnings %q, want one naming both periods", w)
	}
	tr, err = Parse("ARDN_q4_2021.txt", []byte(call("Welcome to Arden Mills' fourth quarter 2021 earnings call.", "Thanks.")))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Warnings) != 0 {
		t.Errorf("warnings %v for a file whose name agrees and whose format has no date", tr.Warnings)
	}
	tr, err = Parse("ARDN_q2_2020.txt", []byte(call("Welcome to the Arden Mills call.", "Thanks.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.PeriodLabel() != "Q2 2020" || tr.Meta.PeriodSource != FromFileName || len(warnings(tr, WarnPeriod)) != 1 {
		t.Errorf("period %s from %s, warnings %v; want Q2 2020 from the file name, warned", tr.Meta.PeriodLabel(), tr.Meta.PeriodSource, tr.Warnings)
	}
}

// TestCompanyAfterHoldLoop: the pages of a conference line's hold loop
// that speech-to-text writes before the welcome are not the opening.
func TestCompanyAfterHoldLoop(t *testing.T) {
	hold := strings.Repeat("Thank you for holding. Please hold the line and we'll be right back with you.\n", 16)
	tr, err := Parse("x.txt", []byte(call(hold+"Good afternoon, and welcome to the Pell Oak Realty 3Q20 Earnings Call.", "Thanks.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company != "Pell Oak Realty" {
		t.Errorf("company %q, want Pell Oak Realty, welcomed after the hold loop", tr.Meta.Company)
	}
}

// TestCompanyOwnWebsite: a call that gives its web address as the
// ticker's registered name run together is that company's, whatever
// subsidiary it speaks of most.
func TestCompanyOwnWebsite(t *testing.T) {
	opening := "Welcome to the second quarter 2025 earnings call. The slides can be found on our website at marathonpetroleum.com under the investor tab."
	body := "Thanks. MPLX is well positioned. MPLX's financial flexibility is strong. MPLX announced an acquisition. We expand MPLX's operations, and it adds to MPLX's cash flow and MPLX's results."
	tr, err := Parse("MPC_q2_2025.txt", []byte(call(opening, body)))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company != "Marathon Petroleum" {
		t.Errorf("company %q, want Marathon Petroleum, whose website the call gives", tr.Meta.Company)
	}
	tr, err = Parse("MPC_q2_2025.txt", []byte(call(strings.Replace(opening, "our website at marathonpetroleum.com", "our website", 1), body)))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company == "Marathon Petroleum" {
		t.Errorf("company %q without the website: the test no longer shows the rule", tr.Meta.Company)
	}
}

// TestCompanyTickerList: the SEC list names the company of a ticker the
// call does not spell out, in the call's own spelling when it uses the
// name, and a name from the file alone is warned.
func TestCompanyTickerList(t *testing.T) {
	tr, err := Parse("KMX_q1_2021.txt", []byte(call("Welcome to the first quarter 2021 earnings call.", "Thanks.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company != "Carmax" || tr.Meta.CompanySource != FromTickerList || len(warnings(tr, WarnCompany)) != 0 {
		t.Errorf("company %q from %s, warnings %v; want Carmax from the ticker list", tr.Meta.Company, tr.Meta.CompanySource, tr.Warnings)
	}
	tr, err = Parse("KMX_q1_2021.txt", []byte(call("Welcome to the first quarter 2021 earnings call.", "Thanks. CarMax stores sold more cars, CarMax Auto Finance grew, and CarMax hired.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company != "CarMax" {
		t.Errorf("company %q, want the call's spelling CarMax", tr.Meta.Company)
	}
	// one passing possessive is weaker than the ticker's registered name,
	// which keeps its short English words out of capitals
	tr, err = Parse("NJR_q1_2021.txt", []byte(call("Welcome to the first quarter 2021 earnings call.", "Thanks. As Michael Lewis' 2019 book said, utilities are patient.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.Company != "New Jersey Resources" || tr.Meta.CompanySource != FromTickerList {
		t.Errorf("company %q from %s; want New Jersey Resources from the ticker list", tr.Meta.Company, tr.Meta.CompanySource)
	}
	tr, err = Parse("zz-call.txt", []byte(call("Welcome to the first quarter 2021 earnings call.", "Thanks.")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta.CompanySource != FromFileName || len(warnings(tr, WarnCompany)) != 1 {
		t.Errorf("company %q from %s, warnings %v; want the file's name, warned", tr.Meta.Company, tr.Meta.CompanySource, tr.Warnings)
	}
}

// TestDifferentTextsSameMeta: two files with the same company and period
// but different words are two calls, both kept, with a warning; a copy
// with the same words is one call.
func TestDifferentTextsSameMeta(t *testing.T) {
	a := call("Welcome to Arden Mills' fourth quarter 2021 earnings call.", "Thanks. Mills ran at full capacity and flour prices rose through the winter.")
	b := call("Welcome to Arden Mills' fourth quarter 2021 earnings call.", "Good morning. Our bakery customers ordered less, so we closed the northern plant in November.")
	calls, err := Load(fstest.MapFS{
		"c/a.txt":      {Data: []byte(a)},
		"c/b.txt":      {Data: []byte(b)},
		"c/a-copy.txt": {Data: []byte(a)},
	}, "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != 2 {
		t.Fatalf("%d calls, want 2 (a and its copy are one call, b another)", len(calls))
	}
	clashes, dups := 0, 0
	for _, c := range calls {
		for _, w := range c.Warnings {
			switch {
			case strings.Contains(w.Msg, "whose words differ"):
				clashes++
			case strings.Contains(w.Msg, "same call as"):
				dups++
			}
		}
	}
	if clashes != 1 || dups != 1 {
		t.Errorf("%d clash and %d duplicate warnings, want 1 and 1", clashes, dups)
	}
}

func TestFingerprintOverlap(t *testing.T) {
	mk := func(s string) Fingerprint {
		tr, err := Parse("x.txt", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return tr.Meta.Words
	}
	long := call("Welcome to Arden Mills' fourth quarter 2021 earnings call.", strings.Repeat("Mills ran at full capacity and flour prices rose through the winter while we hired. ", 3)+"We also opened two depots in the south and one in the west, and paid down debt.")
	part := "Welcome to Arden Mills' fourth quarter 2021 earnings call. Mills ran at full capacity and flour prices rose through the winter while we hired. We also opened two depots in the south and one in the west, and paid down debt."
	other := call("Welcome to Arden Mills' fourth quarter 2021 earnings call.", "Our bakery customers ordered less this winter, so we closed the northern plant in November and cut the dividend.")
	if !mk(long).SameWords(mk(part)) {
		t.Errorf("a call and its prepared remarks alone: overlap %.2f", mk(long).Overlap(mk(part)))
	}
	if mk(long).SameWords(mk(other)) {
		t.Errorf("two different calls: overlap %.2f", mk(long).Overlap(mk(other)))
	}
}

// The sketch is of words case folded, whatever the script, and of each
// distinct word run once: a plain reading of that definition (every rune
// decoded, a set of runs) gives the same sketch as fingerprint's faster one.
func TestFingerprintIsOfDistinctFoldedWordRuns(t *testing.T) {
	plain := func(paras []string) Fingerprint {
		var words []uint64
		for _, p := range paras {
			h, in := uint64(14695981039346656037), false
			for _, r := range p + " " {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					h, in = (h^uint64(unicode.ToLower(r)))*1099511628211, true
				} else if in {
					words = append(words, h)
					h, in = 14695981039346656037, false
				}
			}
		}
		set := map[uint64]bool{}
		var f Fingerprint
		if len(words) < shingle {
			return f // unknown
		}
		for i := range f.Sig {
			f.Sig[i] = ^uint32(0)
		}
		for i := shingle - 1; i < len(words); i++ {
			h := uint64(14695981039346656037)
			for _, w := range words[i-shingle+1 : i+1] {
				h = (h ^ w) * 1099511628211
			}
			if set[h] {
				continue
			}
			set[h] = true
			for k, mul := range sigHashes.mul {
				f.Sig[k] = min(f.Sig[k], uint32((mix(h)*mul+sigHashes.add[k])>>32))
			}
		}
		f.N = len(set)
		return f
	}
	for _, paras := range [][]string{
		{"Sales rose 4% to $12.5 million; sales rose 4% to $12.5 million.", "Sales ROSE 4% to $12.5 MILLION again."},
		{"Ça a été une année record à São Paulo et à Zürich — ÉTÉ 2031, été 2031, über_alles 3rd.", "Ünits: 40 ΔΣ σ ς, İstanbul; ǅemal."},
		{"one two three", "four five six seven"},
		{"too short"},
	} {
		tr := &Transcript{Sections: []*Section{{}}}
		tu := &Turn{}
		for _, p := range paras {
			tu.Paragraphs = append(tu.Paragraphs, &Paragraph{Text: p})
		}
		tr.Sections[0].Turns = []*Turn{tu}
		if got, want := fingerprint(tr), plain(paras); got != want {
			t.Errorf("%q: sketch of %d runs, want %d runs (or the same runs, other signatures)", paras, got.N, want.N)
		}
	}
}

// cleanCompany asks its end-anchored expressions only of names that may
// end with one of their last words: the same names as asking every name,
// on the SEC's 10,000 and on hand-made edge cases.
func TestCleanCompanySparesExpressions(t *testing.T) {
	byExpressions := func(s string) string {
		s = strings.TrimSpace(normText(s))
		orig := s
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
		if strings.HasPrefix(s, "The ") && len(s) > 4 {
			s = s[4:]
		}
		for i := 0; i < 3; i++ {
			before := s
			s = strings.TrimSpace(companySuffixRe.ReplaceAllString(s, ""))
			s = strings.TrimSpace(companyLegalRe.ReplaceAllString(s, ""))
			s = strings.TrimRight(s, ", ")
			if s == before {
				break
			}
		}
		if s == "" || len(Slug(s)) < 2 {
			return orig
		}
		return s
	}
	names := []string{"Acme Class A 's", "Acme Cl. B", "Acme, Inc.", "Acme INC", "Acme inc..", "Acme,Inc", "Acme S.A.B. de C.V.",
		"Acme SA", "Acme S.A.", "Acme N.V.", "Acme L.P.", "Acme L.L.C.", "Acme Holdings Corp", "Acme International Ltd",
		"Acme \u212aG", "Acme \u017fe", "Acme Sponsored ADR", "Acme Class C Common Stock", "Acme Co.\t", "Acme AG ", "Inc",
		"Acme Incorporatedandmore", "Acme & Co.", "The Acme Company's", "Acme plc", "Acme Ltd. Class A Shares"}
	for _, line := range strings.Split(secTickers, "\n") {
		if _, name, ok := strings.Cut(line, "\t"); ok {
			names = append(names, name, stateRe.ReplaceAllString(name, ""))
		}
	}
	for _, n := range names {
		if got, want := cleanCompany(n), byExpressions(n); got != want {
			t.Errorf("cleanCompany(%q) = %q, want %q", n, got, want)
		}
		if companySuffixRe.MatchString(n) && !endsMayMatch(n, classEnds) || companyLegalRe.MatchString(n) && !endsMayMatch(n, legalEnds) {
			t.Errorf("%q: an expression matches where its last words say it cannot", n)
		}
		if got, want := registeredName(n), cleanCompany(stateRe.ReplaceAllString(n, "")); got != want {
			t.Errorf("registeredName(%q) = %q, want %q", n, got, want)
		}
	}
}
