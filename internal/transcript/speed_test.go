package transcript

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
)

// The shortcuts taken for speed, each held to the code it replaces: on
// crafted texts, random ones and the texts of real calls.

// bulkTexts returns the paragraphs and speaker names of the first n bulk
// calls.
func bulkTexts(t *testing.T, n int) []string {
	var out []string
	for _, p := range testshared.BulkCalls(t, n) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(filepath.Base(p), src)
		if err != nil {
			continue
		}
		for _, sp := range tr.Speakers {
			out = append(out, sp.Name, sp.Title, sp.Firm)
		}
		for _, s := range tr.Sections {
			for _, tu := range s.Turns {
				for _, pa := range tu.Paragraphs {
					out = append(out, pa.Text)
				}
			}
		}
	}
	return out
}

// randomTexts returns texts of every length up to 40 made of the bytes
// that tell the shortcuts' cases apart.
func randomTexts(alphabet []string) []string {
	r := rand.New(rand.NewPCG(1, 2))
	var out []string
	for n := range 41 {
		for range 300 {
			var b strings.Builder
			for range n {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			out = append(out, b.String())
		}
	}
	return out
}

// isNormTextByByte is isNormText as it was, a byte at a time.
func isNormTextByByte(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '`' || c < ' ' && (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'):
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

func TestIsNormTextIsBytewise(t *testing.T) {
	texts := randomTexts([]string{" ", " ", "a", "a", "a", "Z", "\t", "\n", "\v", "\f", "\r", "\x01", "\x08", "\x0e", "\x1f", "!", "`", "_", "a", "\u00e9", "\u2019", "\x7f"})
	// A double space at every place, word boundaries included.
	for n := 2; n <= 33; n++ {
		for i := 0; i+1 < n; i++ {
			b := []byte(strings.Repeat("x", n))
			b[i], b[i+1] = ' ', ' '
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, bulkTexts(t, 20)...)
	for _, s := range texts {
		if got, want := isNormText(s), isNormTextByByte(s); got != want {
			t.Errorf("isNormText(%q) = %v, byte by byte %v", s, got, want)
		}
	}
}

func TestASCIISlugIsSlugOf(t *testing.T) {
	texts := randomTexts([]string{" ", "a", "Q", "7", "-", "'", "`", "&", "\t", "\n", "\x01", ".", ",", "_", "\x7f", "  "})
	for c := range 128 {
		texts = append(texts, string(rune(c)), "a"+string(rune(c))+"b")
	}
	texts = append(texts, "acme", "acme-corp", strings.Repeat("Long Name & Sons ", 20))
	texts = append(texts, bulkTexts(t, 20)...)
	for _, s := range texts {
		if !isASCII(s) {
			continue
		}
		if got, want := asciiSlug(s), slugOf(s); got != want {
			t.Errorf("asciiSlug(%q) = %q, slugOf %q", s, got, want)
		}
	}
}

// spelledInCall looks for a registered name in the paragraphs that may say
// its words: it finds what looking in every paragraph finds.
func TestSpelledInCallIsSpelledIn(t *testing.T) {
	var names []string
	for i, line := range strings.Split(secTickers, "\n") {
		if ticker, _, ok := strings.Cut(line, "\t"); ok && i%250 == 0 {
			names = append(names, registeredCompany(ticker))
		}
	}
	names = append(names, "KELLOGG CO", "SERVICE CORP INTERNATIONAL", "CORP OFFICE PROPERTIES", "AT&T INC.", "3M CO", "Zoë Corp", "HOST HOTELS & RESORTS, INC.", "SNOWFLAKE INC.")
	calls := [][]string{
		{"Welcome to \u212aellogg's call.", "\u212aELLOGG Company and Kellogg Company", "ſervice Corporation International"},
		{"AT&T's quarter", "3M Company said", "Corporate Office Properties"},
		{"Snowfla\u212ae Inc. reported.", "At Snowfla\u212ae Inc. we"},
		{"Hoſt Hotels & Resorts said", "Hoſt Hotels and Resorts"},
	}
	for _, p := range testshared.BulkCalls(t, 30) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(filepath.Base(p), src)
		if err != nil {
			continue
		}
		names = append(names, registeredCompany(tr.Meta.Ticker), strings.ToUpper(tr.Meta.Company))
		calls = append(calls, tr.allText())
	}
	for _, paras := range calls {
		for _, name := range names {
			gotS, gotN := spelledInCall(name, paras)
			wantS, wantN := spelledIn(strings.Fields(name), paras, func(paras []string, _ string) []string { return paras })
			if gotS != wantS || gotN != wantN {
				t.Errorf("spelledInCall(%q) = %q, %d; over every paragraph %q, %d", name, gotS, gotN, wantS, wantN)
			}
		}
	}
}

func TestIsPseudoSpeakerIsItsExpression(t *testing.T) {
	texts := []string{"Duration: 60 minutes", " DURATION 5 mins. ", "duration:12 minute", "Duration", "Dur ation: 60 minutes", "Ann Lee", ""}
	texts = append(texts, randomTexts([]string{"d", "D", "uration", "URATION", ":", " ", "6", "0", " minutes", "min", "s", "."})...)
	texts = append(texts, bulkTexts(t, 5)...)
	for _, s := range texts {
		if got, want := isPseudoSpeaker(s), durationRe.MatchString(s); got != want {
			t.Errorf("isPseudoSpeaker(%q) = %v, the expression %v", s, got, want)
		}
	}
}

// lastQuestionIntroForward is lastQuestionIntro as it was: every turn
// from qaStart on asked.
func lastQuestionIntroForward(turns []draftTurn, speakers []*Speaker, qaStart int) int {
	last := qaStart
	for i := qaStart; i < len(turns); i++ {
		if speakers[i].Role == RoleOperator && questionIntro.MatchString(joinParas(turns[i])) && !closingCue.MatchString(joinParas(turns[i])) {
			last = i
		}
	}
	return last
}

func TestLastQuestionIntroIsForward(t *testing.T) {
	intros := 0
	for _, p := range testshared.BulkCalls(t, 40) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := read(filepath.Base(p), src, false)
		if err != nil {
			continue
		}
		turns := dropEmptyTurns(d.turns)
		speakers := collectSpeakers(&Transcript{}, d, turns)
		for _, from := range []int{0, len(turns) / 3, len(turns) / 2, len(turns) - 1} {
			got, want := lastQuestionIntro(turns, speakers, from), lastQuestionIntroForward(turns, speakers, from)
			if got != want {
				t.Errorf("%s: lastQuestionIntro from %d = %d, every turn asked %d", p, from, got, want)
			}
			if want > from {
				intros++
			}
		}
	}
	if intros == 0 {
		t.Error("no operator introduces a question in the bulk calls: the test tests nothing")
	}
}

// containsFoldASCIIByWindow is containsFoldASCII's definition: some window
// of s is word in another case.
func containsFoldASCIIByWindow(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

func TestContainsFoldASCIIIsByWindow(t *testing.T) {
	words := []string{"question", "duration", "aaron's", "3m", "at&t", "a", "zz", "carmax", "e.l.f."}
	texts := randomTexts([]string{"a", "A", "q", "Q", "uestion", "UESTION", "aron's", "ARON'S", "'", "3", "m", "M", "t&t", "&", "z", "Z", "carm", "CarM", "ax", " ", "\u212a", "é", "e.l.f.", "E.L.F."})
	texts = append(texts, bulkTexts(t, 3)...)
	found := 0
	for _, s := range texts {
		for _, w := range words {
			got, want := containsFoldASCII(s, w), containsFoldASCIIByWindow(s, w)
			if got != want {
				t.Errorf("containsFoldASCII(%q, %q) = %v, by window %v", s, w, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no text holds a word: the test tests nothing")
	}
}

// A statement's non-breaking spaces are looked for once, and each of its
// paragraphs still reads them as spaces.
func TestFoolJSONParagraphsNonBreaking(t *testing.T) {
	doc := &jsonDoc{ectsum: true, qa: []jsonEntry{
		{Speaker: "Ann Lee", Speech: "a\u00a0b\n c \n\u00a0\nd\u00a0\u00a0e"},
		{Speaker: "Bo Li", Speech: "plain\ntext"},
	}}
	d := readFoolJSON("x.json", doc)
	var got []string
	for _, tu := range d.turns {
		for _, p := range tu.paras {
			got = append(got, p.text)
		}
	}
	want := []string{"a b", "c", "d  e", "plain", "text"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}

// plausibleYearCounted is plausibleYear as it was: every year of the call
// counted first.
func plausibleYearCounted(y int, t *Transcript) bool {
	counts := map[int]int{}
	for _, p := range t.allText() {
		for _, x := range text.BareYears(p) {
			counts[x]++
		}
	}
	c := -1
	for x, n := range counts {
		if c < 0 || n > counts[c] || n == counts[c] && x > c {
			c = x
		}
	}
	return c <= 0 || counts[c] < 3 || y >= c-1 && y <= c+1 || counts[y] >= 2
}

func TestPlausibleYearIsCounted(t *testing.T) {
	implausible := 0
	for _, p := range testshared.BulkCalls(t, 40) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(filepath.Base(p), src)
		if err != nil {
			continue
		}
		// Each year asked alone, then all of them in turn of one call (the
		// counts kept from the first full count).
		years := []int{tr.Meta.Year, tr.Meta.Year - 1, tr.Meta.Year - 2, tr.Meta.Year + 1, tr.Meta.Year + 3, 2010, 1999, 2030}
		for _, y := range years {
			tr.hints = metaHints{}
			got, want := plausibleYear(y, tr), plausibleYearCounted(y, tr)
			if got != want {
				t.Errorf("%s: plausibleYear(%d) = %v, counting first %v", p, y, got, want)
			}
			if !want {
				implausible++
			}
		}
		tr.hints = metaHints{}
		for _, y := range append(years[len(years)-3:], years...) {
			if got, want := plausibleYear(y, tr), plausibleYearCounted(y, tr); got != want {
				t.Errorf("%s: plausibleYear(%d) after others = %v, counting first %v", p, y, got, want)
			}
		}
	}
	if implausible == 0 {
		t.Error("no year is implausible: the test tests nothing")
	}
}

// controlOrHighByByte is controlOrHigh's definition, a byte at a time.
func controlOrHighByByte(s string) (control, high bool) {
	for i := 0; i < len(s); i++ {
		control = control || s[i] < 0x20
		high = high || s[i] >= 0x80
	}
	return control, high
}

// controlOrHigh, sixteen bytes at a time, tells what its definition
// tells: a control byte or a high one at every place of texts of every
// length, beside every other byte (borrows across bytes), and on random
// and real texts.
func TestControlOrHighIsItsDefinition(t *testing.T) {
	check := func(s string) {
		t.Helper()
		gc, gh := controlOrHigh(s)
		wc, wh := controlOrHighByByte(s)
		if gc != wc || gh != wh {
			t.Fatalf("controlOrHigh(%q) = %v, %v; want %v, %v", s, gc, gh, wc, wh)
		}
	}
	for n := range 40 {
		base := strings.Repeat("a", n)
		check(base)
		for i := range n {
			for _, c := range []byte{0x00, 0x01, 0x0a, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0x9f, 0xa0, 0xc3, 0xff} {
				b := []byte(base)
				b[i] = c
				check(string(b))
				if i+1 < n {
					for _, d := range []byte{0x00, 0x1f, 0x20, 0x3f, 0x40, 0xff} {
						b[i+1] = d
						check(string(b))
					}
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, r.IntN(70))
		for i := range b {
			b[i] = byte(0x20 + r.IntN(0x60))
			if r.IntN(40) == 0 {
				b[i] = byte(r.IntN(256))
			}
		}
		check(string(b))
	}
	for _, s := range bulkTexts(t, 10) {
		check(s)
	}
}
