package text

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"callsite/internal/testshared"
)

// benchCues are cues of the kinds a parse runs on every sentence: words
// some distance apart, one of many phrases, titles as written, a welcome.
var benchCues = []string{
	`(?i)\bquestions?\b.*?\b(?:investors?|listeners?|e-?mail(?:ed)?|online|submitted)\b|\b(?:written|e-?mailed) questions?\b`,
	`(?i)\b(?:question|questions)\b[^.]*?\b(?:from|of)\b|\bline of\b|\bplease (?:go ahead|proceed)\b|\bis open\b`,
	`(?i)\bno (?:further|more) questions|closing (?:remarks|comments)|\bturn (?:the call )?(?:back )?(?:over )?to\b[^.]*\bfor (?:any )?(?:closing|final)|\bback to you\b`,
	`(?i)\b(?:welcome(?:\s+[\w']+){0,6}?\s+(?:to|on|for)|joining(?:\s+us)?\s+(?:for|on|in))\s+`,
	`\b(?:Chief\s+[A-Z]\w+\s+Officer|CEO|CFO|President|Treasurer)\s+(?:of|for|at)\s+(?:the\s+)?`,
	`(?i)\b(?:we(?: now)? (?:have|received)|let's (?:turn|go) to|there (?:are|is))\b[^.?!]*\bquestions?\b`,
	`(?:'s|s')\s+(?i:first|second|fiscal|full|(?:19|20)\d\d|quarterly|earnings|results|chief|ceo|board)\b`,
	`(?i)\bService[\s,-]+Corp(?:oration)?(?:'s)?\b`,
}

// realTexts reads the sentences (or, when !split, the turns) of the first
// n calls of the shared bulk corpus.
func realTexts(b testing.TB, n int, split bool) []string {
	var out []string
	for _, name := range testshared.BulkCalls(b, n) {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		var call map[string]json.RawMessage
		if err := json.Unmarshal(src, &call); err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		for _, raw := range call {
			var turns []struct{ Speech string }
			if json.Unmarshal(raw, &turns) != nil {
				continue // not a list of turns ("header_texts")
			}
			for _, turn := range turns {
				if !split {
					out = append(out, turn.Speech)
					continue
				}
				for _, sp := range Sentences(turn.Speech) {
					out = append(out, turn.Speech[sp.Start:sp.End])
				}
			}
		}
	}
	if len(out) == 0 {
		b.Fatal("no sentences in the bulk calls")
	}
	return out
}

// BenchmarkCue runs cues over every sentence of 20 real calls, as a parse
// does: most sentences hold no match; and over every whole turn, as a
// parse looks for the company's name.
func BenchmarkCue(b *testing.B) {
	b.Run("sentences", func(b *testing.B) { benchCue(b, realTexts(b, 20, true)) })
	b.Run("turns", func(b *testing.B) { benchCue(b, realTexts(b, 20, false)) })
}

func benchCue(b *testing.B, sents []string) {
	cues := make([]*Cue, len(benchCues))
	for i, e := range benchCues {
		cues[i] = MustCue(e)
	}
	b.ReportAllocs()
	ops := 0
	start := testshared.CPUTime()
	for b.Loop() {
		for _, c := range cues {
			for _, s := range sents {
				c.FindAllStringIndex(s, -1)
			}
		}
		ops++
	}
	// The process's CPU time holds on a busy machine where ns/op does not.
	b.ReportMetric(float64(testshared.CPUTime()-start)/float64(time.Millisecond)/float64(ops), "cpu-ms/op")
}

// BenchmarkSentences splits every turn of 20 real calls into sentences,
// which the parse, the figures and the summary do many times a call.
func BenchmarkSentences(b *testing.B) {
	turns := realTexts(b, 20, false)
	b.ReportAllocs()
	ops := 0
	start := testshared.CPUTime()
	for b.Loop() {
		for _, s := range turns {
			Sentences(s)
		}
		ops++
	}
	b.ReportMetric(float64(testshared.CPUTime()-start)/float64(time.Millisecond)/float64(ops), "cpu-ms/op")
}

// BenchmarkTail reads the words before every digit of every sentence of
// 20 real calls, as figure finding reads the words before each figure: a
// Tail of 16 and a few of its Last, and LastWords of a few.
func BenchmarkTail(b *testing.B) {
	var pres []string
	for _, s := range realTexts(b, 20, true) {
		for i := 1; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' && !(s[i-1] >= '0' && s[i-1] <= '9') {
				pres = append(pres, s[:i])
			}
		}
	}
	b.ReportAllocs()
	ops := 0
	start := testshared.CPUTime()
	for b.Loop() {
		for _, s := range pres {
			t := NewTail(s, 16)
			t.Last(2)
			t.Last(6)
			t.Last(16)
			LastWords(s, 4)
		}
		ops++
	}
	b.ReportMetric(float64(testshared.CPUTime()-start)/float64(time.Millisecond)/float64(ops), "cpu-ms/op")
}
