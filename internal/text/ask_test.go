package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestAsksAndPleasantry(t *testing.T) {
	cases := []struct {
		in         string
		asks, plea bool
		substance  int // at least; 0: none at all
	}{
		{"Can you hear me?", true, true, 0},
		{"Am I on the line now?", true, true, 0},
		{"Thank you.", false, true, 0},
		{"Thanks, Priya, and congrats on a terrific quarter.", false, true, 0},
		{"Good afternoon, everybody.", false, true, 0},
		{"Hey, Marcus, how're you doing?", true, true, 0},
		{"Got it, that's really helpful.", false, true, 0},
		{"I'll jump back in the queue.", false, true, 0},
		{"[Technical Difficulty]", false, true, 0},
		{"What drove freight costs in the Nordic region?", true, false, 3},
		{"Could you walk us through the working capital swing.", true, false, 2},
		{"I was wondering whether the tariff refund recurs next year.", true, false, 3},
		{"My second question is on dealer inventories.", true, false, 2},
		{"And could you talk about it a little bit more?", true, false, 0},
		{"Hi, can you speak to the SG&A line?", true, false, 1},
		{"Backlog rose 12% to a record.", false, false, 3},
	}
	for _, c := range cases {
		if got := Asks(c.in); got != c.asks {
			t.Errorf("Asks(%q) = %v, want %v", c.in, got, c.asks)
		}
		if got := Pleasantry(c.in); got != c.plea {
			t.Errorf("Pleasantry(%q) = %v, want %v", c.in, got, c.plea)
		}
		if c.plea {
			continue // a pleasantry's substance is never asked for
		}
		if got := Substance(c.in); got < c.substance || c.substance == 0 && got > 0 {
			t.Errorf("Substance(%q) = %d, want %d", c.in, got, c.substance)
		}
	}
}

// Pleasantry and Substance read a sentence's words in place; they must
// read them as splitting the whole sentence lower-cased does (the
// reference below), in any case, with notes, curly apostrophes and
// letters whose lower case is longer, shorter or ASCII.
func TestWordsReadInPlace(t *testing.T) {
	pleasantry := func(sentence string) bool {
		for i, w := range strings.FieldsFunc(strings.ReplaceAll(DropNotes(sentence), "’", "'"), func(r rune) bool { return !isWordRune(r) }) {
			w = strings.Trim(w, "-'")
			if w == "" {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) && w != "I" && !pleasantryWords[strings.ToLower(w)] {
				continue
			}
			if !pleasantryWords[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	substance := func(sentence string) int {
		n := 0
		for _, w := range lowerWords(DropNotes(sentence)) {
			if w = strings.Trim(w, "-'"); w != "" && !vagueWords[w] {
				n++
			}
		}
		return n
	}
	words := []string{"Thanks", "THANK", "you", "Ann", "I", "i", "good", "Morning", ",", ".", "?", "-", "'", "--", "'s", "it's", "it’s",
		"Margin", "GROSS", "drove", "$5", "4%", "[inaudible]", "[", "]", "İstanbul", "Straße", "\u212aelvin", "ÉTÉ", "café", "Europe—Asia",
		"follow-up", "-up", "congrats", "Q3", "everyone's", "how's", "HOW’S", "\xff", "a", strings.Repeat("Verylongword", 4)}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		parts := make([]string, 1+rng.IntN(8))
		for i := range parts {
			parts[i] = words[rng.IntN(len(words))]
		}
		sep := []string{" ", "", ", "}[rng.IntN(3)]
		s := strings.Join(parts, sep)
		if got, want := Pleasantry(s), pleasantry(s); got != want {
			t.Fatalf("Pleasantry(%q) = %v, want %v", s, got, want)
		}
		if got, want := Substance(s), substance(s); got != want {
			t.Fatalf("Substance(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestAskerSentences(t *testing.T) {
	paras := []string{
		"Revenue was $1.9 billion. Thank you, Dana. Our next question comes from the line of Ann Lee with Birch Capital. Please proceed with your question. Hey, thanks.",
		"You're up to 24% margin here. I'd love to hear how you balance growth and margin. Sure, Ann. Margin was 24% because of mix.",
		"Thanks for squeezing me in. Is the backlog at $2 billion? It is $2.1 billion.",
		"Gross margin was 41%.",
	}
	want := [][]string{
		{"Our next question comes from the line of Ann Lee with Birch Capital.", "Please proceed with your question.", "Hey, thanks."},
		{"You're up to 24% margin here.", "I'd love to hear how you balance growth and margin."},
		{"Thanks for squeezing me in.", "Is the backlog at $2 billion?"},
		nil,
	}
	got := AskerSentences(paras)
	for i := range paras {
		var g []string
		for _, sp := range got[i] {
			g = append(g, paras[i][sp.Start:sp.End])
		}
		if strings.Join(g, "|") != strings.Join(want[i], "|") {
			t.Errorf("paragraph %d: marked %q, want %q", i, g, want[i])
		}
	}
}
