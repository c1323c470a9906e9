package figures

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseSetFirst checks the phrase index against trying every metric
// phrase in turn, on clauses made of the phrases' own words.
func TestPhraseSetFirst(t *testing.T) {
	naive := func(s string) int {
		for i, m := range metricPhrases {
			if lastWord(s, m.said) >= 0 {
				return i
			}
		}
		return -1
	}
	var words []string
	for _, m := range metricPhrases {
		words = append(words, strings.Fields(m.said)...)
	}
	words = append(words, "the", "x", "1", "$3", "per", "'s", "adjusted")
	seps := []string{" ", " ", " ", ", ", "-", "", "'", "."}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(6) {
			if k > 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		s := b.String()
		if got, want := metricPhraseSet.first(s), naive(s); got != want {
			t.Fatalf("first(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestSubstringSet checks the one-pass test against containsAnyOf.
func TestSubstringSet(t *testing.T) {
	words := append(append([]string{"a", ""}, wholeCompany...), companyWords...)
	ss := newSubstringSet(words[2:]...)
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := append(append([]string{"x", " ", "per", "share", "tot", "al", "the comp", "any", "e", "ps"}, wholeCompany...), companyWords...)
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := ss.in(s), containsAnyOf(s, words[2:]...); got != want {
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
	}
	if !newSubstringSet(words...).in("xyz") { // "" is in every string
		t.Error(`a set with "" must hold for any text`)
	}
}
