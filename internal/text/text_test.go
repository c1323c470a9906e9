package text

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Revenue grew 5%. Margins held.", []string{"Revenue grew 5%.", "Margins held."}},
		{"Sales in the U.S. rose 3.5% in the quarter.", []string{"Sales in the U.S. rose 3.5% in the quarter."}},
		{"We grew in the U.S. We also grew abroad.", []string{"We grew in the U.S.", "We also grew abroad."}},
		{"Mr. Lee joined Acme Holdings Inc. last year.", []string{"Mr. Lee joined Acme Holdings Inc. last year."}},
		{"We bought Birch Co. Our next step is Europe.", []string{"We bought Birch Co.", "Our next step is Europe."}},
		{"Plant No. 2 is running. No. We did not say that.", []string{"Plant No. 2 is running.", "No.", "We did not say that."}},
		{"As John Q. Public said, costs fell. Really?", []string{"As John Q. Public said, costs fell.", "Really?"}},
		{"Costs, e.g. freight, fell. Is that right? Yes!", []string{"Costs, e.g. freight, fell.", "Is that right?", "Yes!"}},
		{`He said "we're done." Then he left.`, []string{`He said "we're done."`, "Then he left."}},
		{"We think... maybe not. OK.", []string{"We think... maybe not.", "OK."}},
		{"The call starts at 10 a.m. Eastern time.", []string{"The call starts at 10 a.m. Eastern time."}},
		{"EPS was $1.25 vs. $1.10 a year ago.", []string{"EPS was $1.25 vs. $1.10 a year ago."}},
		{"Cases rose as of July 3, 2020.Net income was $12 million.", []string{"Cases rose as of July 3, 2020.", "Net income was $12 million."}},
		{"Thank you for joining us.This morning we reported.", []string{"Thank you for joining us.", "This morning we reported."}},
		{"Shares of U.S.Steel rose. Revenue was 3.5 billion.", []string{"Shares of U.S.Steel rose.", "Revenue was 3.5 billion."}},
		{"Visit acme.com for the slides.", []string{"Visit acme.com for the slides."}},
		{"  ", nil},
		{"No end punctuation", []string{"No end punctuation"}},
	}
	for _, c := range cases {
		got := Split(c.in)
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	s := "First one. Second in the U.S. is here. Third."
	i := len("First one. Second in the U.S. is ")
	sp := SentenceAt(s, i, i+4)
	if got := s[sp.Start:sp.End]; got != "Second in the U.S. is here." {
		t.Errorf("SentenceAt = %q", got)
	}
}

func TestFindPeriods(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Welcome to the fourth quarter and full year 2021 results call.", []string{"Q4 2021", "FY 2021"}},
		{"our third quarter of fiscal 2022", []string{"Q3 2022"}},
		{"for the fiscal 2021 second quarter", []string{"Q2 2021"}},
		{"the Q4 2019 Birchwood earnings call", []string{"Q4 2019"}},
		{"Q3 FY21 and 3Q20 and F1Q19 and Q2'18", []string{"Q3 2021", "Q3 2020", "Q1 2019", "Q2 2018"}},
		{"FY22 Q1 was strong", []string{"Q1 2022"}},
		{"in the first half of 2020 and in H2 2021", []string{"H1 2020", "H2 2021"}},
		{"for the full year 2023 and fiscal year 2024 and fiscal '25", []string{"FY 2023", "FY 2024", "FY 2025"}},
		{"the first nine months of 2019", []string{"9M 2019"}},
		{"the second quarter, we grew", []string{"Q2"}},
		{"the third-quarter 2020 numbers", []string{"Q3 2020"}},
		{"we sold 2021 units in the 4th quarter", []string{"Q4"}},
		{"the 2021 third quarter", []string{"Q3 2021"}},
		{"we have 4 quarters left and our Q3 product", []string{"Q3"}},
		{"Welcome to Harrow Mills' second quarter and first half 2024 call", []string{"Q2 2024", "H1 2024"}},
		{"the Fenwick third quarter and nine-month 2023 results", []string{"Q3 2023", "9M 2023"}},
		{"our third quarter and first nine months of 2022", []string{"Q3 2022", "9M 2022"}},
		{"Talbot's fourth quarter and year-end 2020 conference call", []string{"Q4 2020", "FY 2020"}},
		{"the fourth quarter and the fiscal year 2019", []string{"Q4 2019", "FY 2019"}},
		{"the first quarter and a year of growth", []string{"Q1"}},
	}
	for _, c := range cases {
		var got []string
		for _, m := range FindPeriods(c.in) {
			got = append(got, m.String())
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("FindPeriods(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFindPeriodsEnded(t *testing.T) {
	ms := FindPeriods("results for the second quarter ended June 30, 2021 were")
	if len(ms) != 1 || ms[0].EndMonth != 6 || ms[0].EndYear != 2021 || ms[0].Year != 0 {
		t.Fatalf("got %+v", ms)
	}
	ms = FindPeriods("fiscal year 2020")
	if len(ms) != 1 || !ms[0].Fiscal {
		t.Fatalf("fiscal not marked: %+v", ms)
	}
}

func TestFindYears(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []YearMention
	}{
		{"For 2021, we expect", []YearMention{{Start: 4, End: 8, Year: 2021}}},
		{"this year and next year", []YearMention{{Start: 0, End: 9, Relative: true}, {Start: 14, End: 23, Relative: true, Offset: 1}}},
		{"up from last year", []YearMention{{Start: 8, End: 17, Relative: true, Offset: -1}}},
		{"our annual outlook for fiscal '22", []YearMention{{Start: 4, End: 10, Relative: true}, {Start: 30, End: 33, Year: 2022}}},
		{"the year 2025 target", []YearMention{{Start: 9, End: 13, Year: 2025}}},
		{"a year of growth and 150 stores", nil},
		{"$2.021 billion in revenue", nil},
	} {
		if got := FindYears(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("FindYears(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestFindDates(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []DateMention
	}{
		{"Total assets at December 31st, 2020 stood at", []DateMention{{Start: 16, End: 35, Year: 2020, Month: 12, Day: 31}}},
		{"as of Sept. 30 2021, and 31 March 2022.", []DateMention{{Start: 6, End: 19, Year: 2021, Month: 9, Day: 30}, {Start: 25, End: 38, Year: 2022, Month: 3, Day: 31}}},
		{"in December 2020 we opened 31 stores", nil},
		{"on June 30 we had 2021 employees", nil},
		{"May 3, 2021 and may 45, 2021", []DateMention{{Start: 0, End: 11, Year: 2021, Month: 5, Day: 3}}},
		{"revenue of $31 million in 2021", nil},
	} {
		if got := FindDates(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("FindDates(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("A. B? C! D… U.S. Inc. No. 2 e.g.")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range Sentences(s) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", sp, last, s)
			}
			last = sp.End
		}
		FindPeriods(s)
	})
}

func TestBareYears(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"in 2021, up from 2020.", []int{2021, 2020}},
		{"fiscal2021 and 12021 and 2021x and 20215", nil},
		{"(1999) 1989 2100 2099", []int{1999, 2099}},
		{"FY'21 or 21", nil},
		{"2021", []int{2021}},
	} {
		if got := BareYears(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("BareYears(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// SentenceAt stops splitting at the sentence that holds the range: for
// every range of a few paragraphs it gives what the whole split gives.
func TestSentenceAtAgreesWithSentences(t *testing.T) {
	whole := func(s string, start, end int) Span {
		for _, sp := range Sentences(s) {
			if start >= sp.Start && start < sp.End || start < sp.Start && end > sp.Start {
				if end <= sp.End {
					return sp
				}
				return Span{sp.Start, len(s)}
			}
		}
		return Span{0, len(s)}
	}
	for _, s := range []string{
		"Sales rose 4% to $3.5 million. Mr. Ode said so… and more. Did margins hold? Yes!  ",
		"  Acme Inc. shares rose in the U.S. We grew. No. 2 was next...",
		"",
		"One sentence without an end",
	} {
		for start := 0; start <= len(s); start++ {
			for end := start; end <= len(s); end++ {
				if got, want := SentenceAt(s, start, end), whole(s, start, end); got != want {
					t.Fatalf("SentenceAt(%q, %d, %d) = %v, want %v", s, start, end, got, want)
				}
			}
		}
	}
}

// Sentences skips ordinary text a byte at a time and reads runes only near
// a possible end: accented words, an ellipsis rune, closing quotes and a
// stray byte that is not UTF-8 split as they would rune by rune.
func TestSplitAroundNonASCII(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Café sales rose… And then fell. Done!", []string{"Café sales rose…", "And then fell.", "Done!"}},
		{"We said «it grew.» Next one?", []string{"We said «it grew.»", "Next one?"}},
		{"A stray \xff byte. Then more…and more.", []string{"A stray \xff byte.", "Then more…and more."}},
		{"Über. Naïve résumé", []string{"Über.", "Naïve résumé"}},
	} {
		if got := Split(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// nextMayEnd finds what a byte-by-byte scan finds, wherever the byte is
// and whatever surrounds it.
func TestNextMayEndAsByteScan(t *testing.T) {
	scan := func(s string, i int) int {
		for i < len(s) && !mayEnd[s[i]] {
			i++
		}
		return i
	}
	base := "revenue grew nicely in every region, led by strong demand-"
	for _, stop := range []string{"", ".", "?", "!", "…", "\xff", "é", "-", ","} {
		for at := 0; at <= 20; at++ {
			s := base[:at] + stop + base[at:]
			for i := 0; i <= len(s); i++ {
				if got, want := nextMayEnd(s, i), scan(s, i); got != want {
					t.Fatalf("nextMayEnd(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}

// SpanAt over a text's sentences finds what SentenceAt finds in the text,
// for ranges inside, across and between sentences.
func TestSpanAtAsSentenceAt(t *testing.T) {
	for _, s := range []string{"", "One.", "Revenue was $5 million. Mr. Smith said so!  Then we grew 4%... and more.", "  Lead space. Tail   "} {
		sents := Sentences(s)
		for start := 0; start <= len(s); start++ {
			for end := start; end <= len(s); end++ {
				if got, want := SpanAt(sents, len(s), start, end), SentenceAt(s, start, end); got != want {
					t.Fatalf("SpanAt(%q, %d, %d) = %v, want %v", s, start, end, got, want)
				}
			}
		}
	}
}

// EachSentence yields what Sentences lists, and a reader that stops after
// a few sentences gets those first ones.
func TestEachSentenceAsSentences(t *testing.T) {
	for _, s := range []string{
		"Sales rose 4% to $3.5 million. Mr. Ode said so… and more. Did margins hold? Yes!  ",
		"  Acme Inc. shares rose in the U.S. We grew. No. 2 was next...",
		"",
		"One sentence without an end",
	} {
		all := Sentences(s)
		if got := slices.Collect(EachSentence(s)); !slices.Equal(got, all) {
			t.Errorf("EachSentence(%q) = %v, want %v", s, got, all)
		}
		for stop := 1; stop <= len(all); stop++ {
			var got []Span
			for sp := range EachSentence(s) {
				if got = append(got, sp); len(got) == stop {
					break
				}
			}
			if !slices.Equal(got, all[:stop]) {
				t.Errorf("the first %d sentences of %q: %v, want %v", stop, s, got, all[:stop])
			}
		}
	}
}

// words reads ASCII by table and lower-cases only the words that have
// capitals; it must split and lower-case as reading every rune does.
func TestWordsAsRuneByRune(t *testing.T) {
	reference := func(s string) []word {
		var out []word
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == ',' {
				out = append(out, word{",", i, i + 1})
				i += n
				continue
			}
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’') {
				i += n
				continue
			}
			j := i + n
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				inner := (c == '\'' || c == '’' || c == '.' || c == '-') && j+m < len(s) && isAlnum(s[j+m])
				if !(unicode.IsLetter(c) || unicode.IsDigit(c) || inner) {
					break
				}
				j += m
			}
			out = append(out, word{strings.ToLower(s[i:j]), i, j})
			i = j
		}
		return out
	}
	pieces := []string{"Q3", "q3", "FY'21", "fiscal", "Fiscal", "2021", "'21", "3Q21", "first-half", "U.S.", "a.m.", ",", ".", " ", "  ",
		"-", "'", "’", "Q3’21", "Zürich", "ÉTÉ", "İstanbul", "\u212a", "\xff", "…", "half-", "x.", "'s", "Nine", "MONTHS", "year-end", "$5.2"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := words(nil, s), reference(s); !slices.Equal(got, want) {
			t.Fatalf("words(%q) = %v, want %v", s, got, want)
		}
	}
}
