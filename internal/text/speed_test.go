package text

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"callsite/internal/testshared"
)

// The tests here hold each shortcut of the package to the code it
// replaces, on crafted texts and on the texts of real calls.

func TestMain(m *testing.M) { testshared.Main(m) }

// realSentences are the sentences of the first 20 bulk calls, read once.
func realSentences(t *testing.T) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("reads 20 real calls")
	}
	return realTexts(t, 20, true)
}

// crafted are words and texts around the shortcuts' edges: capitals,
// dots, non-ASCII letters (some lower-casing to ASCII), long words.
var crafted = []string{"", "Mr", "MR", "mR", "Messrs", "MESSRS", "Approx", "approxi", "Corporation", "Incorporated",
	"U.S", "u.s", "e.g", "E.G", "I.E", "a.m", "N.A", "A.B.C", "Inc", "INC", "Sept", "\u212Ao", "\u0130nc", "Ünc", "Dr\u00e9",
	"No", "NOS", "nr", "Co", "cO", "LLC", "Intl", "st", "St", "x", "X", "F", "12", "3Q21", "&", "AT&T", "x.y.z", "abcdefgh", "abcdefghi"}

func TestAbbrevAsAnyWord(t *testing.T) {
	words := append([]string(nil), crafted...)
	for w := range abbreviations {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, s := range realSentences(t) {
		for i := 0; i < len(s); i++ {
			if s[i] == '.' {
				words = append(words, wordBefore(s, i))
			}
		}
	}
	for _, w := range words {
		if got, want := Abbrev(w), abbrevOf(w); got != want {
			t.Fatalf("Abbrev(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestWordBeforeAsRuneByRune(t *testing.T) {
	reference := func(s string, end int) string {
		i := end
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '&') {
				break
			}
			i -= n
		}
		return strings.TrimLeft(s[i:end], ".")
	}
	texts := []string{strings.Join(crafted, " "), strings.Join(crafted, ""), strings.Join(crafted, "."), "\xffInc.", "caf\u00e9.Inc. a\u2003b."}
	for _, s := range append(texts, realSentences(t)...) {
		for end := 0; end <= len(s); end++ {
			if got, want := wordBefore(s, end), reference(s, end); got != want {
				t.Fatalf("wordBefore(%q, %d) = %q, want %q", s, end, got, want)
			}
		}
	}
}

// wordsBeforeDigits are the texts before every number of the real
// sentences, as figure finding reads them, and the sentences themselves.
func wordsBeforeDigits(sents []string) []string {
	out := append([]string(nil), sents...)
	for _, s := range sents {
		for i := 1; i < len(s); i++ {
			if isDigit(s[i]) && !isDigit(s[i-1]) {
				out = append(out, s[:i])
			}
		}
	}
	return out
}

// lastWordsASCII, when it answers, answers as lastWordsOf; and it answers
// for plain single-spaced ASCII.
func TestLastWordsASCIIAsLastWordsOf(t *testing.T) {
	pieces := []string{"revenue", "of", "x", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "€12", "caf\u00e9", ",", "\xff"}
	rng := rand.New(rand.NewPCG(3, 4))
	var texts []string
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, wordsBeforeDigits(realSentences(t))...)
	answered := 0
	for _, s := range texts {
		for _, n := range []int{1, 2, 3, 4, 5, 6, 8, 12, 16, 40} {
			got, _, ok := lastWordsASCII(s, n, nil)
			if want := lastWordsOf(s, n); ok && got != want {
				t.Fatalf("lastWordsASCII(%q, %d) = %q, want %q", s, n, got, want)
			}
			plain := isASCII(s) && s == strings.Join(strings.Fields(s), " ")
			if plain && !ok {
				t.Fatalf("lastWordsASCII(%q, %d) did not answer", s, n)
			}
			if ok {
				answered++
			}
		}
	}
	t.Logf("%d of %d answered", answered, 10*len(texts))
}

// NewTail's one walk keeps what reading its words again keeps.
func TestNewTailAsNewTailOf(t *testing.T) {
	texts := []string{"", " ", "  ", "one", " one", "  one", "one two", " one two three", "a  b c", "a\tb c ", " a b", "\ta b", "a b\u00e9",
		"net revenue was up 5% from the prior year to", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"}
	texts = append(texts, wordsBeforeDigits(realSentences(t))...)
	for _, s := range texts {
		for max := 0; max <= maxTail; max++ {
			if got, want := NewTail(s, max), newTailOf(s, max); got != want {
				t.Fatalf("NewTail(%q, %d) = %+v, want %+v", s, max, got, want)
			}
		}
	}
}

// BareYears, passing over eight bytes without a digit at once, finds what
// reading each byte finds.
func TestBareYearsAsByteByByte(t *testing.T) {
	reference := func(s string) []int {
		var out []int
		for i := 0; i+4 <= len(s); i++ {
			if !isDigit(s[i]) {
				continue
			}
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if j-i == 4 && (s[i:i+3] == "199" || s[i:i+2] == "20") && (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
				out = append(out, int(s[i]-'0')*1000+int(s[i+1]-'0')*100+int(s[i+2]-'0')*10+int(s[i+3]-'0'))
			}
			i = j
		}
		return out
	}
	pieces := []string{"2021", "1999", "2100", "20", "21", "0", "9", "/", ":", "@", "a", "Z", " ", "-", "\xb0", "\xb9", "\u00e9", "FY", "x2021", "2021x", "in fiscal "}
	rng := rand.New(rand.NewPCG(5, 6))
	texts := realSentences(t)
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := BareYears(s), reference(s); !slices.Equal(got, want) {
			t.Fatalf("BareYears(%q) = %v, want %v", s, got, want)
		}
	}
}

// nextMayEnd finds in real turns, from every byte, what a byte-by-byte
// scan finds.
func TestNextMayEndAsByteScanOnRealTurns(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real calls")
	}
	for _, s := range realTexts(t, 3, false) {
		next := len(s) // the first byte from i on that may end a sentence
		for i := len(s); i >= 0; i-- {
			if i < len(s) && mayEnd[s[i]] {
				next = i
			}
			if got := nextMayEnd(s, i); got != next {
				t.Fatalf("nextMayEnd(%q, %d) = %d, want %d", s, i, got, next)
			}
		}
	}
}

// trimmed, taking ASCII white space by byte, trims what reading runes does
// (where nothing is left, it says so; the empty span's place is not used).
func TestTrimmedAsRuneByRune(t *testing.T) {
	reference := func(s string, a, b int) (Span, bool) {
		for a < b {
			r, n := utf8.DecodeRuneInString(s[a:])
			if !unicode.IsSpace(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(s[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= n
		}
		return Span{a, b}, b > a
	}
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\u0085", "\u00a0", "\u2003", "\u3000", "a", ".", "\xff", "\xc2", "\u00e9"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for a := 0; a <= len(s); a++ {
			for e := a; e <= len(s); e++ {
				got, ok := trimmed(s, a, e)
				want, wantOK := reference(s, a, e)
				if ok != wantOK || ok && got != want {
					t.Fatalf("trimmed(%q, %d, %d) = %v, %v, want %v, %v", s, a, e, got, ok, want, wantOK)
				}
			}
		}
	}
}

// FindPeriods, skipping the texts mayNamePeriod rules out, finds what
// reading the words of every text finds.
func TestFindPeriodsAsEveryTextRead(t *testing.T) {
	read := func(s string) []PeriodMention {
		ws, giveBack := lendWords(s)
		defer giveBack()
		return periodsIn(ws)
	}
	pieces := []string{"Quarter", "QUARTER", "quarterly", "third", "first", "second", "fourth", "3rd", "HALF", "half", "-half", "-quarter", "Months",
		"months", "nine", "Year", "YEAR", "year-end", "full", "full-year", "fiscal", "Fiscal", "FY", "fy21", "FY'21", "2021", "'21", "Q3", "q4", "3Q21",
		"F3Q21", "H1", "1h", "ended", "June", "30", ",", " ", " ", " ", "-", "of", "and", "the", "\u212a", "\u017f", "\u0130", "\u00e9", "\xff", "yea", "quarte"}
	rng := rand.New(rand.NewPCG(11, 12))
	texts := realSentences(t)
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	skipped := 0
	for _, s := range texts {
		if got, want := FindPeriods(s), read(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindPeriods(%q) = %v, want %v", s, got, want)
		}
		if !mayNamePeriod(s) {
			skipped++
		}
	}
	if skipped == 0 {
		t.Fatal("mayNamePeriod ruled out no text")
	}
}

// containsAt, stepping between the places of a word's rarest byte, finds
// what strings.Contains finds: the word at each place of texts of every
// length, near misses, every anchor of the word, and real sentences
// asked the words of the cues' needs.
func TestContainsAtAsContains(t *testing.T) {
	check := func(s, w string, k int) {
		t.Helper()
		if got, want := containsAt(s, w, k), strings.Contains(s, w); got != want {
			t.Fatalf("containsAt(%q, %q, %d) = %v, want %v", s, w, k, got, want)
		}
	}
	words := []string{"a", "ab", "question", "shareholder", "we'll take", "e-mailed", "zz", "qaq"}
	for _, w := range words {
		for n := range 24 {
			for at := -1; at < n; at++ {
				b := []byte(strings.Repeat("x", n))
				if at >= 0 {
					copy(b[at:], w) // the word, or as much of it as fits: a near miss
				}
				for k := range len(w) {
					check(string(b), w, k)
					check(string(b)+w[:len(w)-1], w, k)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = "abq "[r.IntN(4)]
		}
		w := make([]byte, 1+r.IntN(4))
		for i := range w {
			w[i] = "abq "[r.IntN(4)]
		}
		check(string(b), string(w), r.IntN(len(w)))
	}
	for _, s := range realSentences(t)[:2000] {
		s = strings.ToLower(s)
		for _, w := range []string{"question", "we have", "shareholder", "submitted", "the", "revenue", "e"} {
			check(s, w, RarestByte(w))
		}
	}
}
