package summary

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"callsite/internal/text"
	"callsite/internal/transcript"
)

// The expressions pointedTopic and termTopic searched every text with
// before nextPointed and lowerWords replaced them; both must find exactly
// what these find.
var (
	pointedReference = regexp.MustCompile(`\b(?:question|questions|ask|asking|follow-up|follow up|followup|touch|comment|talk|speak|color|colour|elaborate|update|details?|dig|drill|clarification|clarify|thoughts|perspective|expand)\s+(?:a little\s+|a bit\s+|more\s+|briefly\s+|quickly\s+|just\s+|further\s+)*(?:on|about|around|regarding|into|in terms of|related to|with respect to)\s+([^,.;?!]+)`)
	wordReference    = regexp.MustCompile(`[a-z0-9&][a-z0-9&'\-.]*[a-z0-9&]|[a-z0-9]`)
)

// checkScans compares nextPointed and lowerWords with the expressions on s.
func checkScans(t *testing.T, s string) {
	t.Helper()
	var want, got [][4]int
	for at := 0; at < len(s); {
		loc := pointedReference.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		want = append(want, [4]int{at + loc[0], at + loc[1], at + loc[2], at + loc[3]})
		at += loc[1]
	}
	for at := 0; at < len(s); {
		start, end, from, to, ok := nextPointed(s, at)
		if !ok {
			break
		}
		got = append(got, [4]int{start, end, from, to})
		at = end
	}
	if !slices.Equal(got, want) {
		t.Errorf("nextPointed(%q) = %v, want %v", s, got, want)
	}
	if got, want := lowerWords(s), wordReference.FindAllString(s, -1); !slices.Equal(got, want) {
		t.Errorf("lowerWords(%q) = %q, want %q", s, got, want)
	}
	if got, want := termTopic(s), termTopicReference(s); got != want {
		t.Errorf("termTopic(%q) = %q, want %q", s, got, want)
	}
	if !strings.Contains(s, "timing") && !strings.Contains(s, "timeline") {
		if got, want := asksWhen(s), timingRe.MatchString(s); got != want {
			t.Errorf("asksWhen(%q) = %v, want %v", s, got, want)
		}
	}
}

// termTopicReference is termTopic as it was before it read words one at
// a time: all of lowerWords(s) first.
func termTopicReference(s string) string {
	words := lowerWords(s)
	n, at := make([]int, len(topicTerms)), make([]int, len(topicTerms))
	for i := range at {
		at[i] = len(words)
	}
	for i, w := range words {
		for _, p := range termPhrases[w] {
			if i+len(p.words) <= len(words) && slices.Equal(words[i:i+len(p.words)], p.words) {
				n[p.term]++
				at[p.term] = min(at[p.term], i)
			}
		}
	}
	best, bestN, bestAt := "", 0, 0
	for ti, t := range topicTerms {
		if n[ti] > bestN || n[ti] == bestN && n[ti] > 0 && at[ti] < bestAt {
			best, bestN, bestAt = t.name, n[ti], at[ti]
		}
	}
	return best
}

// checkSentenceScans compares greets, atMostWords and lowerJoin with what
// they replace on the sentences of a text as topicOf reads them (not yet
// lower-cased).
func checkSentenceScans(t *testing.T, sents []string) {
	t.Helper()
	for _, s := range sents {
		for _, x := range []string{s, strings.TrimSpace(s)} {
			if got, want := greets(x), pleasantryRe.MatchString(x); got != want {
				t.Errorf("greets(%q) = %v, want %v", x, got, want)
			}
		}
		for n := range 10 {
			if got, want := atMostWords(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Errorf("atMostWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
	if got, want := lowerJoin(sents), strings.ToLower(strings.Join(sents, " ")); got != want {
		t.Errorf("lowerJoin(%q) = %q, want %q", sents, got, want)
	}
}

func TestTopicSentenceScansMatchWhatTheyReplace(t *testing.T) {
	checkSentenceScans(t, nil)
	checkSentenceScans(t, []string{""})
	checkSentenceScans(t, []string{
		"Hi", "hi,", "Hi there, Bob.", "High margins?", "THANKS YOU for that", "Thank-you.", "thanksgiving sales",
		"Good  morning", "good morning", "Good Evening everyone", "GOT IT.", "Got_it", "ok", "OKAY!", "Oka",
		"O\u212Aay, thanks", "\u017Fure", "Yes\u00e9", "That's helpful. Thanks", "that’s helpful", "  Great quarter.",
		"Congratulations on the quarter", "Perfect", "perfectly put", "Understood.", "appreciate it", "Sure1",
		"\xffhi", "Hi \xff", "ÉTÉ Sales", "İstanbul", "A B C D E F G H I", "a\u00a0b\u2003c", "\t\n yes \n",
	})
	for _, s := range []string{"", "when", "When?", "so when do", "whenever", "by when", "how soon", "how  soon", "how sooner", "_when", "when_", "éwhen", "when's", "somehow soon"} {
		checkScans(t, s)
	}
}

func TestTopicScansMatchExpressions(t *testing.T) {
	for _, s := range []string{
		"",
		"a question on the margin outlook. and a follow-up about pricing?",
		"i'd like to ask a little more about europe, then talk further into capex",
		"retalk about x; questions  on  the  u.s. business! follow up regarding m&a",
		"question on", "question on ", "askabout on x", "ask on x", "_ask on x", "éask on x", "ask\ton\nx",
		"details about the plan", "detail about it", "in terms of asking with respect to growth",
		"a && b & c r&d sg&a 'quoted' -dash- a.b.c. x- -y 1.5% $2.0 q4'21",
		"colour around the comment on color on it",
	} {
		checkScans(t, s)
	}
}

// TestTopicScansOnRealCalls compares them on the analysts' words of real
// calls, lower-cased as topicOf reads them.
func TestTopicScansOnRealCalls(t *testing.T) {
	// all 811 take half a minute and found nothing more
	eachBulkTranscript(t, 150, func(tr *transcript.Transcript) {
		for _, ex := range tr.Exchanges {
			var said []string
			for _, tu := range ex.Turns {
				for _, para := range tu.Paragraphs {
					said = append(said, para.Text)
				}
			}
			checkScans(t, strings.ToLower(strings.Join(said, " ")))
			checkSentenceScans(t, text.Split(strings.Join(said, " ")))
		}
	})
}

func FuzzTopicScans(f *testing.F) {
	for _, s := range []string{"a question on the margin. talk about it", "ask  a bit more into r&d's plans", "x-.y 'z' &"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScans(t, s)
		checkSentenceScans(t, []string{s, s})
	})
}

// TestTermFirstLens: the screen lets a word through exactly when a
// phrase's first word has its first byte and its length.
func TestTermFirstLens(t *testing.T) {
	for b := range 256 {
		for n := 1; n <= 40; n++ {
			w := string([]byte{byte(b)}) + strings.Repeat("x", n-1)
			want := false
			for first := range termPhrases {
				want = want || first[0] == byte(b) && len(first) == n
			}
			if got := startsTermPhrase(w); got != want {
				t.Errorf("startsTermPhrase(%q) = %v, want %v", w, got, want)
			}
		}
	}
	checkScans(t, "the cash flow and fcf, taxes and tax rate; free cash flow? capital allocation, covid-19 and m&a")
}
