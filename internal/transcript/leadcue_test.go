package transcript

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
)

// leadCues are the leadCues of the package and a few of other shapes.
var leadCues = []*leadCue{welcomeAfterRe, callForRe, titleOfRe, submittedCue, readOrderCue, announceCue, readCue, comparisonRe, statementAheadRe, questionIntro, followUpIntro, handOff,
	mustLeadCue(`(?i)\b(?:ab|c(?:de|f))x?`), mustLeadCue(`\b(?i:k)s+\b`), mustLeadCue(`\bCEO(?i)\s+of`)}

// checkLeadCues compares each leadCue's findings on s with its expression's.
func checkLeadCues(t *testing.T, s string) {
	t.Helper()
	for _, c := range leadCues {
		if got, want := c.FindAllStringIndex(s), c.expr.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: FindAllStringIndex(%q) = %v, want %v", c.expr, s, got, want)
		}
		if got, want := c.FindStringIndex(s), c.expr.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("%s: FindStringIndex(%q) = %v, want %v", c.expr, s, got, want)
		}
		if got, want := c.MatchString(s), c.expr.MatchString(s); got != want {
			t.Errorf("%s: MatchString(%q) = %v, want %v", c.expr, s, got, want)
		}
	}
}

func TestLeadCueFindsWhatItsExpressionFinds(t *testing.T) {
	for _, s := range []string{
		"", "Welcome to the Acme Corp. Q3 call.", "welcome everyone who is joining us on Acme's call",
		"Good morning and WELCOME TO THE ACME call for the Acme Fund", "recall for the team; call   with the board",
		"the conference call of Acme and the results of Beta, hosted by Gamma", "_call for x", "écall for x", "Xcall for x",
		"Chief Financial Officer of Acme, CEO of Beta, Chairman for the board, Chairwoman at Delta, CFOs of",
		"President and CEO of Acme", "ceo of acme", "\u212aelvin call for the \u017ftaff, welcome to Acme",
		"abx cdx cfx ab cf xab ks kss Ks KS k\u017f CEO OF CEO of",
		"We have a few questions from shareholders. Let's turn to the questions sent in by e-mail.",
		"The next question is for Jim; this one is also for you. We'll take questions submitted online.",
		"Our shareholders would like to know; she asked; webcast questions; Unitholders sent",
	} {
		checkLeadCues(t, s)
	}
}

// TestLeadCueOnRealCalls compares them on every sentence of 40 real calls.
func TestLeadCueOnRealCalls(t *testing.T) {
	files, _ := filepath.Glob(testshared.Path(t, "corpus", "bulk", "transcripts", "*"))
	slices.Sort(files)
	for _, p := range files[:min(40, len(files))] {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(filepath.Base(p), src)
		if err != nil {
			continue
		}
		for _, tu := range tr.Turns() {
			for _, para := range tu.Paragraphs {
				checkLeadCues(t, para.Text)
				for _, s := range text.Split(para.Text) {
					checkLeadCues(t, s)
				}
			}
		}
	}
}

func FuzzLeadCue(f *testing.F) {
	for _, s := range []string{"Welcome to Acme", "the call for Acme", "CEO of the firm", "ab cdx K\u017f", "we have questions from investors", "question for you"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLeadCues(t, s) })
}
