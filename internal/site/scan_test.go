package site

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
	"callsite/internal/transcript"
)

// eachBulkCall parses the first n real bulk calls (testshared.BulkCalls)
// and calls each with every one that parses: the shortcuts of the
// record are compared here with what they replaced on real words.
func eachBulkCall(t *testing.T, n int, each func(*transcript.Transcript)) {
	t.Helper()
	for _, p := range testshared.BulkCalls(t, n) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if tr, err := transcript.Parse(filepath.Base(p), src); err == nil {
			each(tr)
		}
	}
}

// addNamesReference is addNames as it was: the words as a list, joined.
func addNamesReference(names map[string]bool, name string) {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return
	}
	names[strings.Join(f, " ")] = true
	names[f[0]] = true
	names[f[len(f)-1]] = true
}

func checkAddNames(t *testing.T, name string) {
	t.Helper()
	got, want := map[string]bool{}, map[string]bool{}
	addNames(got, name)
	addNamesReference(want, name)
	if !maps.Equal(got, want) {
		t.Errorf("addNames(%q) = %v, want %v", name, got, want)
	}
}

func TestAddNamesAsItWas(t *testing.T) {
	for _, name := range []string{"", " ", "Jane", "Jane Doe", " Jane Doe", "Jane Doe ", "Jane  Doe", "Jane\tDoe",
		"Jane\u00a0Doe", "Jane\u2003Doe", "JANE DOE", "Mary Ann de la Cruz", "\u212aelly", "İrem Ö", "A", "a b", "\xffx y"} {
		checkAddNames(t, name)
	}
	eachBulkCall(t, 300, func(tr *transcript.Transcript) {
		for _, sp := range tr.Speakers {
			checkAddNames(t, sp.Name)
		}
	})
}

func FuzzAddNames(f *testing.F) {
	f.Add("Jane  Doe")
	f.Fuzz(checkAddNames)
}

func checkAboutTheQuestion(t *testing.T, low string) {
	t.Helper()
	want := false
	for _, p := range aboutQuestionPhrases {
		want = want || strings.Contains(low, p)
	}
	if got := aboutTheQuestion(low); got != want {
		t.Errorf("aboutTheQuestion(%q) = %v, want %v", low, got, want)
	}
}

// TestAboutTheQuestionLooksForEveryPhrase: looking for the phrases that
// say "question" only where it is said finds what looking for all does.
func TestAboutTheQuestionLooksForEveryPhrase(t *testing.T) {
	for _, p := range aboutQuestionPhrases {
		checkAboutTheQuestion(t, p)
		checkAboutTheQuestion(t, "well, "+p+" there.")
		checkAboutTheQuestion(t, p[1:])
	}
	checkAboutTheQuestion(t, "")
	checkAboutTheQuestion(t, "a great questio and a good quest")
	eachBulkCall(t, 100, func(tr *transcript.Transcript) {
		for _, tu := range tr.Turns() {
			for _, p := range tu.Paragraphs {
				for sp := range text.EachSentence(p.Text) {
					checkAboutTheQuestion(t, strings.ToLower(p.Text[sp.Start:sp.End]))
				}
			}
		}
	})
}

// TestTurnsReadWithoutTheList: the record counts and hashes the turns of
// t.Turns() section by section, without making the list.
func TestTurnsReadWithoutTheList(t *testing.T) {
	eachBulkCall(t, 50, func(tr *transcript.Transcript) {
		if got, want := turnCount(tr), len(tr.Turns()); got != want {
			t.Errorf("%s: turnCount = %d, want %d", tr.Source, got, want)
		}
		want := uint64(textKeyOffset)
		for _, tu := range tr.Turns() {
			for _, p := range tu.Paragraphs {
				want = textKeyMix(want, p.Text)
			}
		}
		if got := TextKey(tr); got != want {
			t.Errorf("%s: TextKey = %x, want %x", tr.Source, got, want)
		}
	})
}
