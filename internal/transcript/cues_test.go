package transcript

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
)

// packageCues are the package's cues, each with its expression compiled
// as a plain regular expression.
var packageCues = func() (out []struct {
	cue *text.Cue
	re  *regexp.Regexp
}) {
	for _, c := range []*text.Cue{welcomeAfterRe, callForRe, titleOfRe, possessiveRe, submittedCue, readOrderCue, announceCue,
		readCue, comparisonRe, statementAheadRe, forwardLooking, yearEndRe, questionIntro, followUpIntro, handOff, qaStartCue, closingCue, introRe} {
		out = append(out, struct {
			cue *text.Cue
			re  *regexp.Regexp
		}{c, regexp.MustCompile(c.String())})
	}
	return out
}()

// legalReference is the expression legalFormsIn replaced.
var legalReference = func() *regexp.Regexp {
	forms := make([]string, len(legalForms))
	for i, f := range legalForms {
		forms[i] = regexp.QuoteMeta(f)
	}
	return regexp.MustCompile(`,?\s+(?:` + strings.Join(forms, "|") + `)\b\.?`)
}()

// checkCues compares each cue's findings on s with its expression's, and
// legalFormsIn's with legalReference's.
func checkCues(t *testing.T, s string) {
	t.Helper()
	if got, want := legalFormsIn(s), legalReference.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("legalFormsIn(%q) = %v, want %v", s, got, want)
	}
	for _, c := range packageCues {
		if got, want := c.cue.FindAllStringIndex(s, -1), c.re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: FindAllStringIndex(%q) = %v, want %v", c.re, s, got, want)
		}
		if got, want := c.cue.FindStringIndex(s), c.re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("%s: FindStringIndex(%q) = %v, want %v", c.re, s, got, want)
		}
		if got, want := c.cue.FindAllStringSubmatchIndex(s, -1), c.re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: FindAllStringSubmatchIndex(%q) = %v, want %v", c.re, s, got, want)
		}
		if got, want := c.cue.MatchString(s), c.re.MatchString(s); got != want {
			t.Errorf("%s: MatchString(%q) = %v, want %v", c.re, s, got, want)
		}
	}
}

func TestCuesFindWhatTheirExpressionsFind(t *testing.T) {
	for _, s := range []string{
		"", "Welcome to the Acme Corp. Q3 call.", "welcome everyone who is joining us on Acme's call",
		"Good morning and WELCOME TO THE ACME call for the Acme Fund", "recall for the team; call   with the board",
		"the conference call of Acme and the results of Beta, hosted by Gamma", "_call for x", "écall for x", "Xcall for x",
		"Chief Financial Officer of Acme, CEO of Beta, Chairman for the board, Chairwoman at Delta, CFOs of",
		"President and CEO of Acme", "ceo of acme", "\u212aelvin call for the \u017ftaff, welcome to Acme",
		"We have a few questions from shareholders. Let's turn to the questions sent in by e-mail.",
		"The next question is for Jim; this one is also for you. We'll take questions submitted online.",
		"Our shareholders would like to know; she asked; webcast questions; Unitholders sent",
		"Acme's first quarter, Beta Holdings, Inc. and Gamma Co's fiscal results", "Our next question is from Jane Roe with Acme Securities. Please go ahead.",
		"from the line of Dr. John Smith of Beta & Co., your line is open", "comes from Ann Lee, Gamma Capital.", "That concludes our Q&A; back to you for closing remarks.",
		"Acme Inc", " Inc", "Acme ,  Incorporated. Beta\tCorp.x Gamma Co,\nLtd Delta Co_ Eps Coé Zeta,Inc \vInc L.P. N.V S.A.. AGE SE",
		", Inc.,  Co", "Acme,", "Acme, ", ",,  Corp", "x\r\n Company", "Inc Inc Inc",
	} {
		checkCues(t, s)
	}
}

// TestCuesOnRealCalls compares them on every paragraph and sentence of 40
// real calls.
func TestCuesOnRealCalls(t *testing.T) {
	for _, p := range testshared.BulkCalls(t, 40) {
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
				checkCues(t, para.Text)
				for _, s := range text.Split(para.Text) {
					checkCues(t, s)
				}
			}
		}
	}
}

func FuzzCues(f *testing.F) {
	for _, s := range []string{"Welcome to Acme", "the call for Acme", "CEO of the firm", "ab cdx K\u017f", "we have questions from investors", "question for you", "Acme's first"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkCues(t, s) })
}

// TestSaysWelcome holds saysWelcome to lower-casing the text.
func TestSaysWelcome(t *testing.T) {
	for _, s := range []string{
		"", "welcom", "Welcome to the call", "WELCOME, everyone", "and we welcome", "weLcOmE",
		"w\u0130lcome", "\u212aelcome", "welcome\xff", "\xffWelcome", "well, come", "we welcomed it",
	} {
		if got, want := saysWelcome(s), strings.Contains(strings.ToLower(s), "welcome"); got != want {
			t.Errorf("saysWelcome(%q) = %v, want %v", s, got, want)
		}
	}
}

// The announcement cue is asked only of the paragraphs and sentences
// that may say "question": in no case, nor with a long s, it cannot match.
func TestSaysAnyHoldingQuestion(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"We have a Question from the webcast.", true},
		{"THERE ARE QUESTIONS", true},
		{"let me take the qUeStIoNs now", true},
		{"we have three queſtions", true},
		{"a quest, an ion", false},
		{"Q", false},
		{"", false},
		{"questio", false},
		{"the last word is question", true},
	} {
		if got := mayFold(c.s, "question"); got != c.want {
			t.Errorf("mayFold(%q, question) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, s := range []string{"We have three queſtions.", "Thanks. There are questions from the web. Good.", "We have no. Questions? None."} {
		tu := draftTurn{paras: []draftPara{{text: "Thanks."}, {text: s}}}
		if got, want := saysAnyHolding(tu, announceCue, "question"), saysAny(tu, announceCue); got != want {
			t.Errorf("saysAnyHolding(%q) = %v, saysAny %v", s, got, want)
		}
	}
	// On real calls: the cue matches a turn as often either way.
	announced, files := 0, testshared.BulkCalls(t, 60)
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := read(filepath.Base(p), src, false)
		if err != nil {
			continue
		}
		for _, tu := range d.turns {
			says := saysAny(tu, announceCue)
			if says {
				announced++
			}
			if saysAnyHolding(tu, announceCue, "question") != says {
				t.Errorf("%s: saysAnyHolding differs from saysAny (%v): %v", p, says, tu.paras)
			}
		}
	}
	if len(files) > 0 && announced == 0 {
		t.Error("no turn of the bulk calls announces questions: the test tests nothing")
	}
}
