package summary

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"callsite/internal/text"
	"callsite/internal/transcript"
)

// checkStanceScans holds the stance cues (text.Cue, notNow's too) to their expressions
// and mayStateStance to lower-casing the paragraph, on para and each of
// its sentences, and to letting through every sentence that states a
// stance (stanceBullet screens each so).
func checkStanceScans(t *testing.T, para string) {
	t.Helper()
	l := strings.ToLower(para)
	if got, want := mayStateStance(para), strings.Contains(l, "guidance") || strings.Contains(l, "outlook"); got != want {
		t.Errorf("mayStateStance(%q) = %v, want %v", para, got, want)
	}
	texts := []string{para}
	for _, sp := range text.Sentences(para) {
		texts = append(texts, para[sp.Start:sp.End])
	}
	for _, s := range texts {
		if b := stance(s); b != "" && !mayStateStance(s) {
			t.Errorf("stance(%q) = %q, but mayStateStance screens it out", s, b)
		}
	}
	for _, cue := range []*text.Cue{stanceCue, noGuidanceCue, notNow} {
		re := regexp.MustCompile(cue.String())
		for _, s := range texts {
			if got, want := cue.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s: FindStringSubmatchIndex(%q) = %v, want %v", re, s, got, want)
			}
			if got, want := cue.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%s: MatchString(%q) = %v, want %v", re, s, got, want)
			}
		}
	}
}

func TestStanceScans(t *testing.T) {
	for _, s := range []string{
		"", "x", "GUIDANCE", "Outlook.", "our outloo", "guidanc", "We are raising our full-year GUIDANCE.",
		"OUTLOO\u212a for the year", "GU\u0130DANCE", "we're reaffirming our 2021 outlook. We will not be providing guidance.",
		"Awe are raising our guidance", "we\tare\nnot providing any guidance", "We won't issue an outlook",
		"so we have also increased the low end of our guidance", "WE ARE LOWERING OUR OUTLOOK",
		"Last Quarter we raised our guidance", "In MAY we updated our outlook", "we didn't raise", "snot", "Iffy knotty",
		"at the	time", "mayday: previous earnings call", "in decembe", "Historically", "WE WOULDN'T",
	} {
		checkStanceScans(t, s)
	}
}

// TestStanceScansOnRealCalls compares them on the paragraphs of real calls.
func TestStanceScansOnRealCalls(t *testing.T) {
	eachBulkTranscript(t, 150, func(tr *transcript.Transcript) {
		for _, sec := range tr.Sections {
			for _, tu := range sec.Turns {
				for _, para := range tu.Paragraphs {
					checkStanceScans(t, para.Text)
				}
			}
		}
	})
}

func FuzzStanceScans(f *testing.F) {
	for _, s := range []string{"We are raising our guidance. We're not providing an outlook.", "guidANCE \u212a \u0130"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkStanceScans(t, s) })
}
