package render

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// runeCount counts as utf8.RuneCountInString does, invalid bytes too.
func TestRuneCountAsUTF8(t *testing.T) {
	pieces := []string{"a", "plain words ", "é", "—", "€", "\U0001F600", "\xff", "\x80", "\xe2\x80", "\xf0\x9f\x98", "12345678"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var s string
		for range rng.IntN(12) {
			s += pieces[rng.IntN(len(pieces))]
		}
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func BenchmarkRuneCount(b *testing.B) {
	s := "We delivered revenue of $1.2 billion, up 14% year over year — and our margins expanded again. "
	for range 4 {
		s += s
	}
	b.Run("runeCount", func(b *testing.B) {
		for b.Loop() {
			runeCount(s)
		}
	})
	b.Run("utf8", func(b *testing.B) {
		for b.Loop() {
			utf8.RuneCountInString(s)
		}
	})
}
