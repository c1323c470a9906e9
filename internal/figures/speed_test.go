package figures

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// The fast paths must say what the plain definitions say, on any text.

func TestFirstWordsAsFields(t *testing.T) {
	for _, s := range []string{
		"", "   ", "revenue was up", "  revenue   was up ", "revenue\twas\nup", "net, of tax.",
		"caf\u00e9 sales rose", "sales\u00a0rose 5%", "a b", "one", " \u2009thin space", "x\u0085y z",
	} {
		for n := 0; n <= 4; n++ {
			ws := strings.Fields(s)
			want := strings.Join(ws[:min(n, len(ws))], " ")
			if got := firstWords(s, n); got != want {
				t.Errorf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

func TestSubstringSetAsContainsAnyOf(t *testing.T) {
	words := []string{"ab", "abc", "bca", "x", "total company", "in total", "eps"}
	ss := newSubstringSet(words...)
	texts := []string{"", "a", "ab", "zab", "zabz", "bc", "bcz", "bca", "c x", "the total comp", "in total,", "total company",
		"non-gaap eps", "ep", "e.p.s."}
	// every string of up to four bytes over a small alphabet, too
	alphabet := "abcx "
	var grow func(string)
	grow = func(s string) {
		texts = append(texts, s)
		if len(s) < 4 {
			for i := 0; i < len(alphabet); i++ {
				grow(s + alphabet[i:i+1])
			}
		}
	}
	grow("")
	for _, s := range texts {
		if got, want := ss.in(s), containsAnyOf(s, words...); got != want {
			t.Errorf("in(%q) = %v, want %v", s, got, want)
		}
	}
}

// A word's class says which lists it is in, as looking it up in each
// would: every key of a list, tokenized alone as one word, has the list's
// class, and a word of none has none.
func TestWordClassesAsLists(t *testing.T) {
	lists := map[wordClass][]string{}
	for w, ahead := range forwardWords {
		if ahead {
			lists[cForward] = append(lists[cForward], w)
		}
	}
	for w := range amountStartWords {
		lists[cAmountStart] = append(lists[cAmountStart], w)
	}
	for w := range qualifiersByFirst {
		lists[cQualifier] = append(lists[cQualifier], w)
	}
	for w := range metricIndex {
		lists[cMetric] = append(lists[cMetric], w)
	}
	for w := range ordinals {
		lists[cOrdinal] = append(lists[cOrdinal], w)
	}
	for w := range months {
		lists[cMonth] = append(lists[cMonth], w)
	}
	for w := range numberWords {
		lists[cNumber] = append(lists[cNumber], w)
	}
	for c, words := range lists {
		for _, w := range words {
			toks := tokenize(w)
			if len(toks) != 1 || toks[0].kind != tWord {
				continue // read by its symbols (matchMetric) or never a word token
			}
			if !toks[0].is(c) {
				t.Errorf("%q: class %b lacks %b", w, toks[0].class, c)
			}
		}
	}
	for _, w := range []string{"revenue", "Revenue", "JUNE", "third", "approximately", "expect"} {
		if tokenize(w)[0].class == 0 {
			t.Errorf("%q has no class", w)
		}
	}
	for _, w := range []string{"the", "we", "results", "plan", "company"} {
		if c := tokenize(w)[0].class; c != 0 {
			t.Errorf("%q has class %b", w, c)
		}
	}
}

func TestContainsFoldASCII(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   bool
	}{
		{"Turning to Slide 5.", "slide", true}, {"TURNING TO PAGE 5", "page", true}, {"see pages", "page", true},
		{"sliding margins", "slide", false}, {"", "page", false}, {"pag", "page", false}, {"p-a-g-e", "page", false},
	} {
		if got := containsFoldASCII(tc.s, tc.sub); got != tc.want {
			t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
}

// quarterSaid skips reading periods in a text without a q: every way of
// saying a quarter has one, and quarterMayBeSaid holds of it.
func TestQuarterMentionsHaveQ(t *testing.T) {
	for _, s := range []string{"the third quarter of 2021", "3Q21 results", "Q3'21", "F3Q21", "fourth-quarter sales",
		"fiscal 2021 second quarter", "FY21 Q3", "THIRD QUARTER", "first fiscal quarter", "q4fy21", "Third Quarter and Full Year 2021",
		"Third QuArTeR 2021", "1q", "fq2 results"} {
		found := false
		for _, m := range text.FindPeriods(s) {
			if m.Kind == text.Quarter {
				found = true
				if !strings.ContainsAny(s[m.Start:m.End], "qQ") {
					t.Errorf("%q: quarter %q said without a q", s, s[m.Start:m.End])
				}
			}
		}
		if !found || !quarterSaid(s) || !quarterMayBeSaid(s) {
			t.Errorf("%q: no quarter read", s)
		}
	}
	for _, s := range []string{"the first half of 2021 and nine months", "equity of 5q", "quite a 5 queue", "Q5 and 0Q", "quarte"} {
		if quarterSaid(s) || quarterMayBeSaid(s) {
			t.Errorf("%q read as a quarter", s)
		}
	}
	// and every sentence of 20 bulk calls in which a quarter is read
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				for _, low := range []string{p, strings.ToLower(p)} {
					for _, m := range text.FindPeriods(low) {
						if m.Kind == text.Quarter && !quarterMayBeSaid(low) {
							t.Errorf("%q: a quarter read where quarterMayBeSaid says none", low)
						}
					}
				}
			}
		}
	}
}

func TestReplacerAsStringsReplacer(t *testing.T) {
	oldnew := []string{"than expected", "", "company-owned", "owned", ",", " ", "--", " "}
	r, want := newReplacer(oldnew...), strings.NewReplacer(oldnew...)
	for _, s := range []string{"", "better than expected", "our company-owned stores", "a, b -- c", "nothing here", "than expecte"} {
		if got, w := r.Replace(s), want.Replace(s); got != w {
			t.Errorf("Replace(%q) = %q, want %q", s, got, w)
		}
	}
}

// capitalNameEnd passes every sentence whose words after "comment on"
// (or the like) capitalName takes as a name.
func TestCapitalNameEndAsCapitalName(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want bool
	}{
		{"I'll first comment on Evernorth.", true}, {"Let me start with Pumps and Valves!", true},
		{"We will turn to Research & Development .", true}, {"Turning to Bell", true},
		{"I'll comment on that.", false}, {"We grew 5%.", false}, {"", false}, {"...", false},
		{"We move to\u00a0Europe.", true}, {"Next is Europe...", true},
	} {
		if got := capitalNameEnd(tc.raw); got != tc.want {
			t.Errorf("capitalNameEnd(%q) = %v, want %v", tc.raw, got, tc.want)
		}
	}
}

// lastWordASCII, where it answers, is the last word lastWordRunes reads:
// on crafted sentences with runes and spaces of every kind at their end,
// and on the text before every digit of 20 bulk calls and the paragraphs
// themselves.
func TestLastWordASCIIAsRunes(t *testing.T) {
	texts := []string{"", ".", "...", " ", "a", "Bell.", "Turning to Bell", "to Bell .", "to Bell \t\n", "to\u00a0Europe.",
		"to Europe\u00a0.", "to Eur\u00f6pe.", "\u00c9urope", "x \u2003Europe", "A\u0085B", "Europe\u0085", "a\xffb", "a \xff"}
	for _, tail := range []string{"", ".", " .", "!?", " ", "\u00a0"} {
		texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[:i] + tail })...)
	}
	answered := 0
	for _, s := range texts {
		got, ok := lastWordASCII(s)
		if !ok {
			continue
		}
		answered++
		if want := lastWordRunes(s); got != want {
			t.Fatalf("lastWordASCII(%q) = %q, want %q", s, got, want)
		}
	}
	if answered < len(texts)/2 {
		t.Errorf("lastWordASCII answered %d of %d texts only", answered, len(texts))
	}
}

func TestLeadingFieldsAsFields(t *testing.T) {
	for _, s := range []string{"", "  ", "of that amount", " a  b\tc\nd e f g ", "caf\u00e9\u00a0sales rose"} {
		for n := 0; n <= 8; n++ {
			ws := strings.Fields(s)
			want := strings.Join(ws[:min(n, len(ws))], "|")
			if got := strings.Join(leadingFields(s, make([]string, n)), "|"); got != want {
				t.Errorf("leadingFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// classOf finds every word's class that the map holds: the shapes never
// pass over a word that has one.
func TestClassOfAsWordClasses(t *testing.T) {
	for w, c := range wordClasses {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %b, want %b", w, got, c)
		}
	}
	for _, w := range []string{"", "the", "quarter", "we'll", "caf\u00e9", "x"} {
		if got := classOf(w); got != wordClasses[w] {
			t.Errorf("classOf(%q) = %b, want %b", w, got, wordClasses[w])
		}
	}
	// words of the shape of one with a class and its first, middle and
	// last letters (the slot's hash), that have none
	for w := range wordClasses {
		for _, c := range "aeiouxz'" {
			b := []byte(w)
			for i := 1; i < len(b)-1; i++ {
				if i != len(b)/2 {
					b[i] = byte(c)
				}
			}
			if got := classOf(string(b)); got != wordClasses[string(b)] {
				t.Errorf("classOf(%q) = %b, want %b", b, got, wordClasses[string(b)])
			}
		}
	}
	if empty := len(classSlots) - len(wordClasses); empty < len(classSlots)/2 {
		t.Errorf("classSlots has %d empty slots of %d: make it larger", empty, len(classSlots))
	}
}

func TestIsASCIIAsByteScan(t *testing.T) {
	base := strings.Repeat("revenue grew 5% in the quarter", 3) // (past two 32-byte blocks)
	for _, odd := range []string{"", "\u00e9", "\xff", "\u2019"} {
		for at := 0; at <= len(base); at++ {
			s := base[:at] + odd + base[at:]
			want := true
			for i := 0; i < len(s); i++ {
				want = want && s[i] < 0x80
			}
			if got := isASCII(s); got != want {
				t.Errorf("isASCII(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// containsAnyOf says what strings.Contains says of each word, on short
// and long texts, with the word anywhere or nowhere.
func TestContainsAnyOfAsContains(t *testing.T) {
	words := [][]string{{"expect", "full-year", "q4"}, {""}, {"a"}, {"next year", "x"}, {"long word that does not fit in a short text at all, not even close"}}
	long := strings.Repeat("revenue grew in the period ", 4)
	var texts []string
	for _, ws := range words {
		for _, w := range ws {
			texts = append(texts, w, long+w, w+long, long[:30]+w+long, long[:len(long)-1], w[:len(w)/2]+long)
		}
	}
	texts = append(texts, "", long, "x"+long)
	for _, ws := range words {
		for _, s := range texts {
			want := false
			for _, w := range ws {
				want = want || strings.Contains(s, w)
			}
			if got := containsAnyOf(s, ws...); got != want {
				t.Errorf("containsAnyOf(%q, %q) = %v, want %v", s, ws, got, want)
			}
		}
	}
}

// lower says what strings.ToLower says, for every ASCII byte at every
// place of the eight-byte words it reads, and for text that is not ASCII.
func TestLowerAsToLower(t *testing.T) {
	base := "Revenue GREW 5% in Q3, up from $4.2 Million"
	check := func(s string) {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
	for c := 0; c < 0x80; c++ {
		for at := 0; at <= 41; at++ { // (every place of the 32-byte blocks and the eight-byte words after)
			check(strings.Repeat("x", at) + string(rune(c)) + base[:at])
			check(strings.Repeat("x", at) + string(rune(c)) + base + base[:at])
		}
	}
	for _, s := range []string{"", "A", "abc", base, "Caf\u00c9 SALES", "\xffREVENUE", "\u0130STANBUL", strings.ToUpper(base + base)} {
		check(s)
	}
}

// numberSaid holds of every text in which find reads an amount: amounts
// said in words of each kind below, and every paragraph of 20 bulk calls.
func TestNumberSaidWhereAmounts(t *testing.T) {
	spelled := []string{"Revenue was two million dollars.", "We expect a quarter of a percent of drag.", "EPS rose a penny a share.",
		"It cost us a buck twenty.", "Margins rose half a point.", "We added a million customers.", "Up five hundred basis points.",
		"Sales grew forty-five percent.", "It was a dollar a share.", "Three quarters of a billion dollars.", "Some \u212Aelvin-signed lakh."}
	for _, p := range spelled[:len(spelled)-1] {
		if _, end, _ := lastAmounts(tokenize(p), nil); end == 0 {
			t.Errorf("no amount read in %q: the case tests nothing", p)
		}
	}
	for _, p := range []string{"Thank you, operator.", "We had a great year, and someone asked about money."} {
		if numberSaid(strings.ToLower(p)) {
			t.Errorf("numberSaid(%q) = true, want false", p)
		}
	}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			spelled = append(spelled, paras...)
		}
	}
	for _, p := range spelled {
		if _, end, _ := lastAmounts(tokenize(blankNotes(p)), nil); end > 0 && !numberSaid(strings.ToLower(p)) {
			t.Errorf("an amount read in %q, which numberSaid says has no number", p)
		}
	}
}

// amountMayBeSaid holds of every text in which find reads an amount: one
// of each unit an amount said in words may have, and every paragraph of 20
// bulk calls; and it does not hold of texts that say numbers without one.
func TestAmountMayBeSaidWhereAmounts(t *testing.T) {
	amounts := []string{"Revenue was two million dollars.", "We expect a quarter of a percent of drag.", "EPS rose a penny a share.",
		"It cost us a buck twenty.", "Margins rose half a point.", "We added a million customers.", "Up five hundred basis points.",
		"Sales grew forty-five percent.", "It was a dollar a share.", "Three quarters of a billion dollars.", "Up fifty bps.",
		"Up ten per cent.", "Down three percentage points.", "It grew three and a half times.", "Forty cents of EPS.",
		"Two euros a unit.", "A nickel a share.", "Seven pct.", "Up $ five.", "Nine %.", "Sales were 2019 million.", "Rs 2020 crore.",
		"EUR 1900 of it.", "Up 2019 bps.", "Worth 2050 dollars.", "Up 19 stores.", "Rose 2019.5 times.", "1,999 units.", "We sold 20190 units.", "We sold 2101 units.", "We sold 1899 units.", "We sold 2019.5 units.", "We sold 2019.2020 units.",
		"It was a 5x return."}
	for _, p := range amounts {
		if _, end, _ := lastAmounts(tokenize(p), nil); end == 0 {
			t.Errorf("no amount read in %q: the case tests nothing", p)
		}
	}
	for _, p := range []string{"One of our best quarters.", "The fourth quarter was strong.", "We had a great year, and someone asked about money.",
		"Thank you, operator. First, a word on the two plants.", "In 2019, we grew; in fiscal 2020 and 2021 too.", "Our 2100 plan and 1900 roots.",
		"We had 2019 customers.", "In Q1 and 2Q, see our 10-K and 8-K; COVID-19 hit 4th quarter results for FY20 and 2019-20.",
		"A 5-year plan, a 6-month view, in 3Q20."} {
		if amountMayBeSaid(p, strings.ToLower(p)) {
			t.Errorf("amountMayBeSaid(%q) = true, want false", p)
		}
		amounts = append(amounts, p) // (and read none below)
	}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			amounts = append(amounts, paras...)
		}
	}
	for _, p := range amounts {
		if _, end, _ := lastAmounts(tokenize(blankNotes(p)), nil); end > 0 && !amountMayBeSaid(blankNotes(p), strings.ToLower(blankNotes(p))) {
			t.Errorf("an amount read in %q, which amountMayBeSaid says has none", p)
		}
	}
}

// blankASCII holds of an ASCII text exactly when it has no token.
func TestBlankASCIIAsNoToken(t *testing.T) {
	for _, s := range []string{"", " ", " \t\n\r\f\v ", " x ", "\x00", " . ", "\u00a0", "\u200b", " -"} {
		if got, want := blankASCII(s), len(tokenize(s)) == 0; got != want && isASCII(s) {
			t.Errorf("blankASCII(%q) = %v, but %d tokens", s, got, len(tokenize(s)))
		}
	}
}

// numberToken holds of every sentence in which an amount is read: the
// amounts said in words above, and every sentence of 20 bulk calls.
func TestNumberTokenWhereAmounts(t *testing.T) {
	paras := []string{"Revenue was two million dollars.", "We expect a quarter of a percent of drag.", "EPS rose a penny a share.",
		"It cost us a buck twenty.", "Margins rose half a point.", "We added a million customers.", "Up five hundred basis points.",
		"Sales grew forty-five percent.", "It was a dollar a share.", "Three quarters of a billion dollars.", "Minus €3 was the hit."}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, ps := range turns {
			paras = append(paras, ps...)
		}
	}
	read := 0
	for _, p := range paras {
		toks := tokenize(blankNotes(p))
		for s, k := 0, 0; k < len(toks); k++ {
			if toks[k].sentEnd || k == len(toks)-1 {
				if amounts := findAmounts(toks, s, k+1, false, nil); len(amounts) > 0 {
					read++
					if !numberToken(toks[s : k+1]) {
						t.Errorf("an amount read in %q, which numberToken says has no number", p[toks[s].start:toks[k].end])
					}
				}
				s = k + 1
			}
		}
	}
	if read < 1000 {
		t.Errorf("amounts read in only %d sentences: the test reads too little", read)
	}
}

// lastBasis keeps which basis words a text contains in a uint64, a bit
// for each, found once.
func TestBasisWordsFitIndex(t *testing.T) {
	if len(basisWords) > 64 || len(basisWordIndex) != len(basisWords) {
		t.Errorf("%d basis words, %d said forms apart: lastBasis needs at most 64, each said once", len(basisWords), len(basisWordIndex))
	}
}

// said finds every string of a set each place it begins, as
// strings.Index would at each byte.
func TestSubstringSetSaid(t *testing.T) {
	for _, words := range [][]string{{"a", "ab", "abc", "bca", "total company", "in total"}, {"abc", "bca", "total company", "in total"}} {
		testSaid(t, words)
	}
}

func testSaid(t *testing.T, words []string) {
	ss := newSubstringSet(words...)
	for _, s := range []string{"", "abcabc", "the total company in total", "xyz", "bcab", "bcabcabca", "in total company in total"} {
		want := 0
		for _, w := range words {
			for i := 0; i+len(w) <= len(s); i++ {
				if strings.HasPrefix(s[i:], w) && (len(w) >= 2 || i == strings.Index(s, w)) {
					want++
				}
			}
		}
		got := 0
		ss.said(s, func(string) { got++ })
		if got != want {
			t.Errorf("said(%q) found %d, want %d", s, got, want)
		}
	}
}

// forPart finds in the last words of a text, from forPartFrom on, what it
// finds in the whole: on crafted texts and on the text before every digit
// of 20 bulk calls.
func TestForPartFromAsWholeText(t *testing.T) {
	texts := []string{"", "for the big three of between ", "sales for the big three of between", "for the for the of",
		"x for the a b c of approximately  \t ", "for the a b c d of", "for our retail arm was", "for\tthe retail arm was",
		"growth for the retail arm was\n", "for the  retail was", " for the retail was about"}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[:i] })...)
	found := 0
	for _, near := range texts {
		want := forPart.FindStringSubmatchIndex(near)
		from := forPartFrom(near)
		got := forPart.FindStringSubmatchIndex(near[from:])
		for i := range got {
			got[i] += from
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: from %d found %v, the whole text %v", near, from, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 10 {
		t.Errorf("forPart found in %d texts only: the test reads too little", found)
	}
}

// placeNamed, which passes over eight bytes without a capital at once,
// says what a look at every byte says: on crafted texts and on every
// paragraph of 20 bulk calls and each of its suffixes that starts a word.
func TestPlaceNamedAsByteScan(t *testing.T) {
	everyByte := func(s string) bool {
		for i := 1; i < len(s); i++ {
			if s[i] < 'A' || s[i] > 'Z' || s[i-1] != ' ' {
				continue
			}
			before := strings.ToLower(s[:i]) // ends with the blank before the capital
			for _, det := range []string{"the ", "our ", ""} {
				if !strings.HasSuffix(before, det) {
					continue
				}
				q := before[:len(before)-len(det)]
				for _, p := range []string{"in ", "at ", "for ", "from "} {
					if q == p || strings.HasSuffix(q, " "+p) {
						return true
					}
				}
			}
		}
		return false
	}
	texts := []string{"", "in the X", "Sales in the HDE business", "revenue at Our Northway unit", "sales FROM THE Zeta line",
		"sales in the \u00c9lan unit in the Zed", "caf\u00e9 \u00e9t\u00e9 in the Z", "\xff\xff\xff\xff\xff in the Zeta", "for the z",
		"xxxxxxxxxxxxxxx at the Z", "in the Quarter", "in Europe", "sales in Europe", "sales  in  Europe", "sales in  the Zed", "within Europe", "thein Zed", "at Z"}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				texts = append(texts, p)
				for i := 1; i < len(p); i++ {
					if p[i-1] == ' ' {
						texts = append(texts, p[i:])
					}
				}
			}
		}
	}
	named := 0
	for _, s := range texts {
		want := everyByte(s)
		if got := placeNamed(s); got != want {
			t.Errorf("placeNamed(%q) = %v, byte by byte %v", s, got, want)
		}
		if want {
			named++
		}
	}
	if named < 100 {
		t.Errorf("a place named in %d texts only: the test reads too little", named)
	}
}

// leadPhraseEnded reads a text without a comma as leadPhrase reads it
// with one after it: on crafted texts and on the words since the last
// comma before every digit of 20 bulk calls.
func TestLeadPhraseEndedAsWithComma(t *testing.T) {
	texts := []string{"", "   ", "in widgets", "  for the retail segment ", "and then in the americas", "in", "in ",
		"within the north america segment", "in the third quarter", "at aerospace & electronics", "so in total",
		"in a segment whose name is far longer than fifty bytes in all"}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[strings.LastIndexAny(low[:i], ",;")+1 : i] })...)
	led := 0
	for _, n := range texts {
		want := leadPhrase(strings.TrimSpace(n) + ",")
		if got := leadPhraseEnded(n, true); got != want {
			t.Errorf("%q: %q, with a comma after %q", n, got, want)
		}
		if want != "" {
			led++
		}
	}
	if led < 5 {
		t.Errorf("a lead phrase in %d texts only: the test reads too little", led)
	}
}

// moreFieldsThan counts the words strings.Fields would give.
func TestMoreFieldsThanAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two ", "a\tb\nc d", "\u00a0x\u2003y z", "a b c d e f g"} {
		for n := -1; n <= 8; n++ {
			if got, want := moreFieldsThan(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreFieldsThan(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// beforeEachDigit returns cut(low, i) at every digit or '$' (at i) of
// every lowered paragraph of 20 real bulk calls: the texts a figure's
// rules read before its amount.
func beforeEachDigit(t *testing.T, cut func(low string, i int) string) []string {
	var texts []string
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				low := strings.ToLower(p)
				for i := range len(low) {
					if isDigit(low[i]) || low[i] == '$' {
						texts = append(texts, cut(low, i))
					}
				}
			}
		}
	}
	return texts
}

// digitOrSignSaid and digitSaid are the byte loops they replace, at every place of an
// eight-byte word and on every byte value.
func TestDigitOrSignSaidAsBytes(t *testing.T) {
	want := func(s string) bool { return strings.ContainsAny(s, "0123456789$%") }
	wantDigit := func(s string) bool { return strings.ContainsAny(s, "0123456789") }
	base := "Revenue rose, and margins held: strong year"
	for c := 0; c < 0x100; c++ {
		for at := 0; at <= 17; at++ {
			for _, s := range []string{base[:at] + string(byte(c)) + base[at:], strings.Repeat("\xff", at) + string(byte(c)), string(byte(c)) + base[:at]} {
				if got := digitOrSignSaid(s); got != want(s) {
					t.Errorf("digitOrSignSaid(%q) = %v", s, got)
				}
				if got := digitSaid(s); got != wantDigit(s) {
					t.Errorf("digitSaid(%q) = %v", s, got)
				}
				if got := signSaid(s); got != strings.ContainsAny(s, "$%") {
					t.Errorf("signSaid(%q) = %v", s, got)
				}
			}
		}
	}
	for _, s := range []string{"", "1", "/:#&", "9", "$", "%", "#$%&", "////////0", "::::::::/", "\x80\x80\x80\x80\x80\x80\x80\x80", "Q3"} {
		if got := digitOrSignSaid(s); got != want(s) {
			t.Errorf("digitOrSignSaid(%q) = %v", s, got)
		}
	}
}

// readSentence looks for oneSegmentWords only in a sentence that says
// "gment" or "divis": each of them says one.
func TestOneSegmentWordsGated(t *testing.T) {
	for _, w := range oneSegmentWords {
		if !strings.Contains(w, "gment") && !strings.Contains(w, "divis") {
			t.Errorf("%q says neither", w)
		}
	}
}

// wordEnd ends a word at an ASCII byte without decoding it: the end is the
// one the rune-by-rune reading gives, from every place of crafted texts
// and of every paragraph of 20 bulk calls.
func TestWordEndAsRunes(t *testing.T) {
	plain := func(s string, i int) int {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			if unicode.IsLetter(r) {
				j += size
				continue
			}
			if r == '\'' || r == '\u2019' {
				k := j + size
				if k < len(s) {
					if r2, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsLetter(r2) {
						j = k
						continue
					}
				}
				if r == '\'' && j-i > 3 && strings.EqualFold(s[j-3:j], "ers") && k+1 < len(s) && s[k] == ' ' && s[k+1] >= 'a' && s[k+1] <= 'z' {
					j = k // an owners' possessive ("stockholders' equity")
				}
			}
			break
		}
		if j == i {
			_, size := utf8.DecodeRuneInString(s[i:])
			j = i + size
		}
		return j
	}
	texts := []string{"don't stop", "rock'n'roll", "it's", "ends'", "caf\u00e9's sales", "na\u00efve-ish", "we\u2019re up", "x\xffy", "a1b", "a_b", "a\u00a0b", "\u00e9t\u00e9"}
	for c := 0; c < 0x80; c++ {
		texts = append(texts, "ab"+string(rune(c))+"cd", "ab'"+string(rune(c)))
	}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, ps := range turns {
			texts = append(texts, ps...)
		}
	}
	for _, s := range texts {
		for i := 0; i < len(s); i++ {
			if got, want := wordEnd(s, i), plain(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// An amount starts at "a" or "an" only where articleAlone does not hold:
// at every token of crafted sentences and of every sentence of 20 bulk calls.
func TestArticleAloneStartsNoAmount(t *testing.T) {
	paras := []string{"We added a million customers.", "Up a half percent.", "It cost a buck twenty.", "A penny a share.",
		"A$5 million.", "An eighty basis point gain.", "a quarter of a point", "A dollar a share.", "a hundred million dollars", "an a"}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, ps := range turns {
			paras = append(paras, ps...)
		}
	}
	starts := 0
	for _, p := range paras {
		toks := tokenize(p)
		s := 0
		for e := range toks {
			if !toks[e].sentEnd && e < len(toks)-1 {
				continue
			}
			for n := s; n <= e; n++ {
				if !articleAlone(toks, n, e+1) {
					if isWord(toks, n, "a") || isWord(toks, n, "an") {
						if _, ok := parseAmountIn(toks, n, e+1); ok {
							starts++
						}
					}
					continue
				}
				if a, ok := parseAmountIn(toks, n, e+1); ok {
					t.Errorf("%q: an amount (%v) at %q, which articleAlone says starts none", p, a, toks[n].low)
				}
			}
			s = e + 1
		}
	}
	if starts < 5 {
		t.Errorf("only %d amounts start at 'a' or 'an': the case tests little", starts)
	}
}

// asciiSpace is the six bytes strings.Fields splits an ASCII text at.
func TestASCIISpaceAsFields(t *testing.T) {
	for c := 0; c < 0x100; c++ {
		b := byte(c)
		if got, want := asciiSpace(b), b < utf8.RuneSelf && len(strings.Fields("x"+string(b)+"x")) == 2; got != want {
			t.Errorf("asciiSpace(%#x) = %v, want %v", b, got, want)
		}
	}
}

// The tokenizer reads an ASCII word itself and leaves wordEnd the rest:
// every word token ends where wordEnd says, in crafted texts and in every
// paragraph of 20 bulk calls.
func TestTokenWordsEndAsWordEnd(t *testing.T) {
	texts := []string{"don't stop", "rock'n'roll", "it's", "ends' here", "caf\u00e9's sales", "na\u00efve", "we\u2019re up", "x\xffy", "a1b",
		"a_b", "a\u00a0b", "\u00e9t\u00e9", "ab'", "ab'\u00e9", "Q3'21", "O\u2019Brien"}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, ps := range turns {
			texts = append(texts, ps...)
		}
	}
	for _, s := range texts {
		for _, tok := range tokenize(s) {
			if tok.kind == tWord && tok.end != wordEnd(s, tok.start) {
				t.Fatalf("%q: the word at %d ends at %d, wordEnd says %d", s, tok.start, tok.end, wordEnd(s, tok.start))
			}
		}
	}
}

// lastByte is strings.LastIndexByte, for every byte value at every place
// of texts of up to 20 bytes.
func TestLastByteAsLastIndexByte(t *testing.T) {
	base := "revenue rose, margin"
	for n := 0; n <= len(base); n++ {
		for at := -1; at < n; at++ {
			for c := 0; c < 0x100; c++ {
				s := []byte(base[:n])
				if at >= 0 {
					s[at] = byte(c)
				}
				for _, b := range []byte{byte(c), 'r', 'e', ' ', 0} {
					if got, want := lastByte(string(s), b), strings.LastIndexByte(string(s), b); got != want {
						t.Fatalf("lastByte(%q, %q) = %d, want %d", s, b, got, want)
					}
				}
			}
		}
	}
}

// lastClauseOf, which finds its marks eight bytes at a time, is the clause
// the byte-by-byte walk back finds: every byte value at every place of
// texts of up to 20 bytes, with digits beside a comma, and the text before
// every digit of 20 bulk calls.
func TestLastClauseOfAsByteWalk(t *testing.T) {
	byBytes := func(s string) string {
		for i := len(s) - 1; i >= 0; i-- {
			switch s[i] {
			case ';', ':':
				return s[i+1:]
			case ',':
				if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
					continue
				}
				return s[i+1:]
			}
		}
		return s
	}
	var texts []string
	for _, base := range []string{"revenue rose, margin", "sales of 1,000,000 a", "1,2,3;4:5,6 7,8 9,,0"} {
		for n := 0; n <= len(base); n++ {
			for at := -1; at < n; at++ {
				for c := 0; c < 0x100; c++ {
					s := []byte(base[:n])
					if at >= 0 {
						s[at] = byte(c)
					}
					texts = append(texts, string(s))
				}
			}
		}
	}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[:i] })...)
	for _, s := range texts {
		if got, want := lastClauseOf(s), byBytes(s); got != want {
			t.Fatalf("lastClauseOf(%q) = %q, want %q", s, got, want)
		}
	}
}

// An openings list says a text opens with none of its words only when
// none is a prefix of it: on each word and its first byte, and on the
// clause before every digit of 20 bulk calls and each of its word ends.
func TestOpeningsAsHasPrefix(t *testing.T) {
	for _, o := range []*openings{leadFillers, leadOpeners, leadWordOpenings} {
		texts := []string{"", "a", "in", "in "}
		for _, w := range o.words {
			texts = append(texts, w, w[:1], w+"widgets")
		}
		for _, pre := range beforeEachDigit(t, func(low string, i int) string { return low[strings.LastIndexAny(low[:i], ",;")+1 : i] }) {
			texts = append(texts, strings.TrimSpace(pre))
			for i := range len(pre) {
				if pre[i] == ' ' {
					texts = append(texts, pre[i+1:])
				}
			}
		}
		for _, s := range texts {
			if o.opens(s) {
				continue
			}
			for _, w := range o.words {
				if strings.HasPrefix(s, w) {
					t.Fatalf("%q opens with %q, but opens says no", s, w)
				}
			}
		}
	}
}

// A set's skipping scan finds what the scan of every byte finds: for sets
// of strings over a small alphabet on every text of up to six bytes of it
// and on 4,000 longer ones,
// and for the package's sets on every paragraph of 20 bulk calls.
func TestSubstringSetSkipAsEveryByte(t *testing.T) {
	alphabet := "abc "
	var texts []string
	var grow func(string)
	grow = func(s string) {
		texts = append(texts, s)
		if len(s) < 6 {
			for i := 0; i < len(alphabet); i++ {
				grow(s + alphabet[i:i+1])
			}
		}
	}
	grow("")
	for n, x := 0, uint32(1); n < 4000; n++ { // and longer ones, where inSkipping's two windows both move
		var b strings.Builder
		for k := 0; k < 7+n%40; k++ {
			x = x*1664525 + 1013904223
			b.WriteByte(alphabet[x>>30])
		}
		texts = append(texts, b.String())
	}
	for _, words := range [][]string{{"abc"}, {"abc", "cab", "bbbb"}, {"a b", "ccc", "ab c"}, {"aaa", "abab", "c", "bcb"}, {"cba c", "b cba"}} {
		ss := newSubstringSet(words...)
		if ss.skip == nil {
			t.Fatalf("%q: no skip table", words)
		}
		for _, s := range texts {
			if got, want := ss.in(s), containsAnyOf(s, words...); got != want {
				t.Errorf("%q: in(%q) = %v, want %v", words, s, got, want)
			}
		}
	}
	sets := map[string]*substringSet{"headingTurnSet": headingTurnSet, "reviewSet": reviewSet, "announcerSet": announcerSet,
		"commentOnSet": commentOnSet, "wholeCompanySentence": wholeCompanySentence, "companySentence": companySentence,
		"quarterWordSaid": quarterWordSaid, "fullYearSaid": fullYearSaid, "lookAheadSaid": lookAheadSaid, "guidanceWords": guidanceWords,
		"previousWordSet": previousWordSet, "effectWordSet": effectWordSet, "segmentNounSaid": segmentNounSaid, "wouldHaveSet": wouldHaveSet,
		"hypothesisSaid": hypothesisSaid, "correctionCueSet": correctionCueSet, "yearSpanSaid": yearSpanSaid, "yearToDateSaid": yearToDateSaid}
	skipping := 0
	calls, _, _ := realTurns(t, 20)
	for name, ss := range sets {
		if ss.skip == nil {
			continue
		}
		skipping++
		for _, turns := range calls {
			for _, paras := range turns {
				for _, p := range paras {
					low := lower(p)
					if got, want := ss.inSkipping(low), ss.inByBigrams(low); got != want {
						t.Errorf("%s: inSkipping = %v, inByBigrams = %v on %q", name, got, want, low)
					}
				}
			}
		}
	}
	if skipping < 10 {
		t.Errorf("only %d of the sets skip: the test reads too little", skipping)
	}
}

// The gates of raisedTo and multiYear pass every text the expressions
// match: crafted ones and, for raisedTo, the words before every digit of
// 20 bulk calls (cut as endsRaisedTo cuts them), for multiYear every
// sentence of them.
func TestRegexpGatesPassMatches(t *testing.T) {
	raised := []string{"we are raising our ongoing earnings per share to about ", "now to increase the dividend to ",
		"will boost our margin to approximately ", "is lifting the full-year outlook to "}
	raised = append(raised, beforeEachDigit(t, func(low string, i int) string { return low[max(0, i-raisedToReach):i] })...)
	matched := 0
	for _, s := range raised {
		if raisedTo.MatchString(s) {
			matched++
			if !containsAnyOf(s, raisedToVerbCores...) {
				t.Errorf("raisedTo matches %q, which says no verb core", s)
			}
		}
	}
	years := []string{"over the next five years", "through the next 3 years", "across those two to three years", "during the 3-5 years"}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				low := strings.ToLower(p)
				for _, sp := range text.Sentences(low) {
					years = append(years, low[sp.Start:sp.End])
				}
			}
		}
	}
	for _, s := range years {
		if multiYear.MatchString(s) {
			matched++
			if !yearsCounted(s) {
				t.Errorf("multiYear matches %q, which yearsCounted passes over", s)
			}
		}
	}
	if matched < 10 {
		t.Errorf("only %d matches: the test reads too little", matched)
	}
}

// lastClauseWords is the last 14 words of the last clause before a
// figure, as splitting the clause off first says: on the text before
// every digit of 20 bulk calls, with near all of pre and a part of it.
func TestLastClauseWordsAsClauseFirst(t *testing.T) {
	texts := []string{"", "revenue, up", "a; b: c, d e f g h i j k l m n o p q r s", "sales of 1,000 units a b c d e f g h i j k l m n o p",
		" lead space", "x,  y", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen, sixteen"}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[:i] })...)
	for _, pre := range texts {
		want := text.LastWords(lastClauseOf(pre), 14)
		for _, near := range []string{pre, pre[len(pre)/2:]} {
			c := factCtx{pre: pre, near: near, nearWords: &lazyTail{s: near, max: maxNearWords}}
			if got := c.lastClauseWords(); got != want {
				t.Fatalf("lastClauseWords of %q (near %q) = %q, want %q", pre, near, got, want)
			}
		}
	}
}

// hasAnyPrefix, which tests a prefix's first byte before comparing it,
// says what strings.HasPrefix says of each prefix.
func TestHasAnyPrefixAsHasPrefix(t *testing.T) {
	prefixes := [][]string{{}, {""}, {"a"}, {"ab", "b"}, {"and ", "an", "x"}, {"b", ""}}
	for _, s := range []string{"", "a", "ab", "and so", "b", "x y", "an"} {
		for _, ps := range prefixes {
			want := false
			for _, p := range ps {
				want = want || strings.HasPrefix(s, p)
			}
			if got := hasAnyPrefix(s, ps...); got != want {
				t.Errorf("hasAnyPrefix(%q, %q) = %v, want %v", s, ps, got, want)
			}
		}
	}
}

// hasFourDigits, which passes over eight bytes without a digit at once,
// finds a run of four digits where a look at every byte finds one: for
// every byte value at every place of runs of digits of each length.
func TestHasFourDigitsAsByteScan(t *testing.T) {
	want := func(s string) bool {
		run := 0
		for i := 0; i < len(s); i++ {
			if isDigit(s[i]) {
				if run++; run == 4 {
					return true
				}
			} else {
				run = 0
			}
		}
		return false
	}
	base := "Revenue rose, and margins held: strong year"
	var texts []string
	for n := 0; n <= 5; n++ {
		digits := "20212"[:n]
		for at := 0; at <= 20; at++ {
			texts = append(texts, base[:at]+digits+base[at:], base[:at]+digits, digits+base[:at], base[:at]+digits[:n/2]+":"+digits[n/2:]+base[at:])
		}
	}
	for c := 0; c < 0x100; c++ {
		for at := 0; at <= 17; at++ {
			texts = append(texts, base[:at]+"19"+string(byte(c))+"9"+base[at:], base[:at]+"199"+string(byte(c))+base[at:], strings.Repeat("\xff", at)+"2021"+string(byte(c)))
		}
	}
	for _, s := range texts {
		if got := hasFourDigits(s); got != want(s) {
			t.Errorf("hasFourDigits(%q) = %v, want %v", s, got, want(s))
		}
	}
}

// likeForLikeBefore looks for the metric's names only in a clause that
// says a like-for-like word (likeForLikeSaid): the clauses it gives a word
// for are those, crafted and before every digit of 20 bulk calls.
func TestLikeForLikeSaidGate(t *testing.T) {
	texts := []string{"", "same-store sales", "our comparable-store revenue", "like-for-like net sales rose", "same center noi",
		"the same stores' revenue", "comparable restaurant sales", "revenue same store", "same-unit"}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return lastClauseOf(low[:i]) })...)
	said := 0
	for _, clause := range texts {
		if got, want := likeForLikeSaid.in(clause), containsAnyOf(clause, likeForLikeWords...); got != want {
			t.Errorf("likeForLikeSaid.in(%q) = %v, containsAnyOf %v", clause, got, want)
		}
		for _, w := range likeForLikeWords {
			if lastWord(clause, w) >= 0 && !likeForLikeSaid.in(clause) {
				t.Errorf("%q says %q, which likeForLikeSaid passes over", clause, w)
			}
		}
		if likeForLikeSaid.in(clause) {
			said++
		}
	}
	if said < 10 {
		t.Errorf("only %d clauses say a like-for-like word: the test reads too little", said)
	}
}

// The part readers find their words by lastIndex where they used
// strings.LastIndex: the same place in every text before a digit of 20
// bulk calls (lower-cased: lastIndex compares bytes, so case is no
// matter to it), for each word they look for.
func TestPartReadersLastIndexAsStrings(t *testing.T) {
	words := append([]string{" for ", " at ", " to grow ", " to increase ", " to decline "}, reportingVerbs...)
	found := 0
	for _, raw := range beforeEachDigit(t, func(low string, i int) string { return low[:i] }) {
		for _, w := range words {
			got, want := lastIndex(raw, w), strings.LastIndex(raw, w)
			if got != want {
				t.Fatalf("lastIndex(%q, %q) = %d, want %d", raw, w, got, want)
			}
			if want >= 0 {
				found++
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d words found: the test reads too little", found)
	}
}

// fullYearSaid finds fullYearWords where containsAnyOf finds them, in the
// texts yearSaidIn and spanSaidLast ask (a sentence's first ten words, a
// whole sentence): every sentence of 20 bulk calls, and crafted ones.
func TestFullYearSaidAsContainsAnyOf(t *testing.T) {
	sents := []string{"", "for the full year", "full-year", "first three quarters of", "the 12 months ended", "annual", "annual rate"}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				low := strings.ToLower(p)
				for _, sp := range text.Sentences(low) {
					sents = append(sents, low[sp.Start:sp.End])
				}
			}
		}
	}
	said := 0
	for _, s := range sents {
		for _, x := range []string{s, firstWords(s, 10)} {
			got, want := fullYearSaid.in(x), containsAnyOf(x, fullYearWords...)
			if got != want {
				t.Errorf("fullYearSaid.in(%q) = %v, containsAnyOf %v", x, got, want)
			}
			if got {
				said++
			}
		}
	}
	if said < 20 {
		t.Errorf("only %d texts say a full year: the test reads too little", said)
	}
}

// The sets built from a list of words find what containsAnyOf finds of
// the list, in the words before every digit of 20 bulk calls.
func TestListSetsAsContainsAnyOf(t *testing.T) {
	sets := []struct {
		name  string
		set   *substringSet
		words []string
	}{
		{"othersExpectedSaid", othersExpectedSaid, othersExpected[:]},
		{"fullYearSaid", fullYearSaid, fullYearWords},
		{"likeForLikeSaid", likeForLikeSaid, likeForLikeWords},
	}
	texts := beforeEachDigit(t, func(low string, i int) string { return low[:i] })
	for _, s := range sets {
		said := 0
		for _, pre := range texts {
			got, want := s.set.in(pre), containsAnyOf(pre, s.words...)
			if got != want {
				t.Errorf("%s.in(%q) = %v, containsAnyOf %v", s.name, pre, got, want)
			}
			if got {
				said++
			}
		}
		if said == 0 {
			t.Errorf("%s: no text says one of its words: the test reads too little", s.name)
		}
	}
}

// firstIndex finds what strings.Index finds: on random texts long and
// short over a small alphabet, wherever the word's rarest byte is and
// however often it repeats, and in every paragraph of 20 bulk calls, for
// the words the rules look for with it.
func TestFirstIndexAsStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"", "e", "ex", " e", "xe", "eex", "exe", " for the ", " years", " e x", "ee"}
	const letters = "eex ag-pco"
	for range 20000 {
		b := make([]byte, rng.IntN(160))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		s := string(b)
		for _, w := range words {
			if got, want := firstIndex(s, w), strings.Index(s, w); got != want {
				t.Fatalf("firstIndex(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
	found := 0
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				for _, w := range []string{" for the ", " for our ", " years", " standpoint,", " perspective,"} {
					for _, s := range []string{p, strings.ToLower(p)} {
						got, want := firstIndex(s, w), strings.Index(s, w)
						if got != want {
							t.Fatalf("firstIndex(%q, %q) = %d, want %d", s, w, got, want)
						}
						if want >= 0 {
							found++
						}
					}
				}
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d words found: the test reads too little", found)
	}
}

// costsExcludedIn finds what costsExcluded finds, in crafted texts and in
// the words before every digit of 20 bulk calls.
func TestCostsExcludedInAsExpression(t *testing.T) {
	texts := []string{"", "excluding any charges", "before merger-related costs of", "ex fx impacts", "excluding the impact",
		"costs before", "index costs", "excluding\tcharges", "apex charges", "excluding one two three costs"}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[:i] })...)
	found := 0
	for _, s := range texts {
		got, want := costsExcludedIn(s), costsExcluded.FindAllStringIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("costsExcludedIn(%q) = %v, want %v", s, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 10 {
		t.Errorf("only %d texts exclude costs: the test reads too little", found)
	}
}

// metricInNamedPart asks metricInPlace only of a text metricInPlaceSaid
// holds of: every match says one of its words, in crafted texts (each
// metric of the expression, in any case) and in every paragraph of 100
// bulk calls, as said (the words are seldom said so).
func TestMetricInPlaceSaidWhereMatches(t *testing.T) {
	texts := []string{"Net Sales in the Widgets unit", "REVENUES at our Northway", "Orders for the U.S.", "bookings from our EMEA",
		"Operating Income in the Marine segment", "operating margins at the Retail", "EBITDA for our Kalamazoo", "Sales In The HDE"}
	calls, _, _ := realTurns(t, 100)
	for _, turns := range calls {
		for _, paras := range turns {
			texts = append(texts, paras...)
		}
	}
	matched := 0
	for _, s := range texts {
		if !isASCII(s) || metricInPlace.FindStringSubmatchIndex(s) == nil {
			continue
		}
		matched++
		if !metricInPlaceSaid(s) {
			t.Errorf("metricInPlace matches %q, which metricInPlaceSaid passes over", s)
		}
	}
	if matched < 12 {
		t.Errorf("only %d matches: the test reads too little", matched)
	}
}

// partBetween asks forPart only of words forPartMayMatch holds of: every
// match leaves it holding, on crafted texts and on the words before every
// digit of 20 bulk calls.
func TestForPartMayMatchWhereMatches(t *testing.T) {
	texts := []string{"for the big three of between ", "sales for our retail arm was", "for the quarter were\t", "for the a b c is approximately",
		"for our unit are roughly \n", "for the x of about", "for the x of around", "for the xy ofx", "for the ab was  "}
	texts = append(texts, beforeEachDigit(t, func(low string, i int) string { return low[:i] })...)
	matched := 0
	for _, near := range texts {
		tail := near[forPartFrom(near):]
		if forPart.FindStringSubmatchIndex(tail) == nil {
			continue
		}
		matched++
		if !forPartMayMatch(tail) {
			t.Errorf("forPart matches %q, which forPartMayMatch passes over", tail)
		}
	}
	if matched < 10 {
		t.Errorf("only %d matches: the test reads too little", matched)
	}
}

// TestRarestByteFirstOfRarest holds rarestByte's branch-free minimum to
// the loop it replaced: the first of the bytes of the least rank.
func TestRarestByteFirstOfRarest(t *testing.T) {
	first := func(w string) int {
		at := 0
		for k := range len(w) {
			if byteCommonness[w[k]] < byteCommonness[w[at]] {
				at = k
			}
		}
		return at
	}
	words := []string{"", "e", "expect", " for the ", "zz", "qz", "aaaa", "EPS", "10-k", "caf\u00e9", strings.Repeat("e", 300) + "x"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(12))
		for k := range b {
			b[k] = " etaoinxqzE9\xc3\xa9"[r.IntN(14)]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := rarestByte(w), first(w); got != want {
			t.Errorf("rarestByte(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestSpelledShapesHoldTheirClasses: numberSaid and amountMayBeSaid skip
// classOf for a word without one of spelledShapes, which must then have
// neither of the two classes they ask about.
func TestSpelledShapesHoldTheirClasses(t *testing.T) {
	for w, class := range wordClasses {
		if class&(cNumber|cUnit) != 0 && !spelledShapes.has(w) {
			t.Errorf("%q (class %b) has no shape in spelledShapes", w, class)
		}
	}
}
