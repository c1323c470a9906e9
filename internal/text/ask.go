package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The language of asking on a call. An analyst asks in questions ("What
// drove the margin?") and in requests ("Could you talk about pricing.",
// "I was wondering about the backlog."), and wraps them in pleasantries
// ("Can you hear me?", "Thanks for taking my question.") that ask nothing.

// requestRe finds a request or question put as a statement.
var requestRe = regexp.MustCompile(`(?i)\b(?:can|could|would|will|do|did|does|are|is) (?:you|we|there)\b|\bwonder(?:ing)?\b|\bcurious\b|\b(?:my|the|a|one|another|first|second|last|follow-up|quick) (?:\w+ )?question (?:is|was|would be|relates|regarding|on|about)\b|\b(?:want|wanted|like|love|hoping|try|trying) to (?:ask|understand|know|hear|get|see|dig|drill|touch|follow|go back|come back|clarify)\b|\bhelp (?:us|me) (?:understand|think)\b|\b(?:talk|speak|comment|elaborate|expand|touch) (?:a little |a bit |a little bit |briefly )?(?:more )?(?:about|on|upon)\b|\bwalk (?:us|me) through\b|\bany (?:color|colour|update|thoughts|commentary|sense|detail|details|comments)\b|\b(?:give|provide|update|remind) (?:us|me)\b|\bquantify\b|\bclarif(?:y|ication)\b|\b(?:how|what|why|when|where|which|who) (?:is|are|was|were|do|does|did|should|would|could|will|can|has|have|much|many|kind|sort|type|level|gives|drives|drove)\b`)

// Asks reports whether a sentence asks something: it ends in a question
// mark, or it puts a question or request as a statement ("Could you talk
// about pricing.", "I'm curious how the backlog looks.").
func Asks(sentence string) bool {
	s := strings.TrimRightFunc(sentence, func(r rune) bool { return unicode.IsSpace(r) || closer(r) })
	if strings.HasSuffix(s, "?") {
		return true
	}
	return requestRe.MatchString(s)
}

// pleasantryWords are the words of greetings, thanks, congratulations and
// line checks: a sentence made only of them says nothing about the
// business.
var pleasantryWords = setOf(`hi hello hey good morning afternoon evening day everyone everybody guys all folks
	gentlemen ladies team thank thanks thankyou you very much so a lot for taking my our the question questions
	and um uh yes yeah okay ok great congratulations congrats on nice strong solid terrific fantastic excellent
	quarter quarters results result year execution progress job work performance quick can hear me am i on are
	there how doing is it this that appreciate time call sorry hope well safe healthy stay again sir madam
	operator hear us we me line mute muted unmuted now better hope okay alright right sure of in to squeezing
	sneaking fitting me in here with be let just first all congratulation happy new holidays welcome back
	got fair enough helpful color colour context queue hop jump get step out pass leave answered already
	actually have been everybody's how's how're doing couple that's it's i'll i'm we'll very really useful
	perfect understood makes make sense clear wonderful short sweet`)

// vagueWords are what an asking sentence says when it says nothing in
// particular: the asking itself ("could you talk a little bit more"),
// pronouns, filler and the words of pleasantries.
var vagueWords = setOf(`talk talking little bit more elaborate expand color colour comment comments commentary
	give help understand thoughts thought question questions follow followup follow-up up maybe just kind sort
	things thing that this it its it's there here then also any some else anything something sure want wanted
	ask asking wondering wonder curious know see think get go going could would can will do does did is are
	was were be been have has had what what's how why when where which who whether you you're your we we're
	i i'm me my our they them their he she a an the and or but so if on in at to for from with by about as into
	over now today quickly quick one two first second last lastly finally okay yes yeah um uh right great good
	thanks thank please just mean said say saying words terms respect regard regards lot bit sense update
	again back touch side point part piece perhaps clarify clarification provide us same other another
	earlier before previous prior mentioned question's much many let let's like love hoping try trying dig
	drill walk through make sure really actually already still even only way well not no hi hello hey morning
	afternoon evening everyone everybody guys folks gentlemen congratulations congrats appreciate sorry hear
	mute muted taking`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lowerWords splits a sentence into lower-case words (letters, digits,
// apostrophes and inner hyphens).
func lowerWords(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
}

// Pleasantry reports whether a sentence is only a greeting, thanks,
// congratulations or a line check ("Can you hear me?", "Thank you, Ann.",
// "Congrats on a great quarter.", "Good morning, everyone."). Names
// (capitalised words after the first) are allowed in it.
func Pleasantry(sentence string) bool {
	i := -1
	return eachWord(strings.ReplaceAll(DropNotes(sentence), "’", "'"), func(w string) bool {
		i++
		w = strings.Trim(w, "-'")
		if w == "" {
			return true
		}
		pleasant := inLower(pleasantryWords, w)
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) && w != "I" && !pleasant {
			return true // a name: "Thanks, Ann."
		}
		return pleasant
	})
}

// Substance counts the words of a sentence that name something: not
// pronouns, filler, asking or pleasantries. "And could you talk about it a
// little bit more?" has none; "What drove gross margin in Europe?" has
// four (drove, gross, margin, europe).
func Substance(sentence string) int {
	s := DropNotes(sentence)
	if !isASCII(s) {
		n := 0
		for _, w := range lowerWords(s) {
			w = strings.Trim(w, "-'")
			if w == "" || vagueWords[w] {
				continue
			}
			n++
		}
		return n
	}
	// An ASCII sentence's words lower-case alone, each on the stack: the
	// same words as lowerWords gives, without three copies of the text.
	n := 0
	eachWord(s, func(w string) bool {
		if w = strings.Trim(w, "-'"); w != "" && !inLower(vagueWords, w) {
			n++
		}
		return true
	})
	return n
}

// isWordRune tells the runes of a word as lowerWords and Pleasantry read
// them: letters, digits, apostrophes, hyphens, "$" and "%".
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '$' || r == '%'
}

// eachWord calls f with each word of s (runs of isWordRune, as
// strings.FieldsFunc splits them) until f returns false, and reports
// whether f returned true for all.
func eachWord(s string, f func(w string) bool) bool {
	start := -1 // the current word's start, or -1 between words
	for i, r := range s {
		switch in := isWordRune(r); {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			if !f(s[start:i]) {
				return false
			}
			start = -1
		}
	}
	return start < 0 || f(s[start:])
}

// inLower reports whether set holds w lower-cased; an ASCII w of up to 32
// bytes is lower-cased on the stack.
func inLower(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) || !isASCII(w) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// DropNotes removes a transcriber's notes in brackets ("[Technical
// Difficulty]", "[inaudible]", "[crosstalk]") from s: they are no one's
// words. Spaces around a note collapse to one.
func DropNotes(s string) string {
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return s
		}
		s = strings.Join(strings.Fields(s[:i]+" "+s[i+j+1:]), " ")
	}
}

// The words around an analyst's turn in a transcript without speaker
// labels: the operator hands over the line ("Our next question comes from
// the line of Ann Lee", "please proceed with your question"), and the
// analyst thanks for being taken ("I appreciate you taking the question",
// "thanks for squeezing me in"). Management thanks "for the question".
var (
	handsToAsker    = MustCue(`(?i)\b(?:next|first|following|last|final) question (?:comes|is coming|is) from\b|\bproceed with your question\b|\byour line is (?:now )?(?:open|live)\b`)
	thanksForTaking = MustCue(`(?i)\btaking (?:my|our|the|a|these|this) (?:\w+ )?questions?\b|\b(?:squeezing|fitting|sneaking) (?:me|us) in\b`)
)

// askerReach is how many sentences an analyst's question may run after
// the hand-over: two or three of setting up, one or two of asking.
const askerReach = 7

// AskerSentences marks the analysts' sentences in the paragraphs of a
// transcript without speaker labels, whose paragraphs are cut by length,
// not by speaker: from the operator's hand-over ("Our next question comes
// from ...", or the analyst's "thanks for taking my question") to the
// last sentence within askerReach that asks. What an analyst says
// ("You're up to 24% operating margin, guiding for 24.5%") restates
// management; it is not their statement. It returns the marked spans of
// each paragraph (nil for none).
func AskerSentences(paras []string) [][]Span {
	type at struct{ para, sent int }
	var all []at
	sents := make([][]Span, len(paras))
	for i, p := range paras {
		sents[i] = Sentences(p)
		for j := range sents[i] {
			all = append(all, at{i, j})
		}
	}
	out := make([][]Span, len(paras))
	said := func(a at) string { sp := sents[a.para][a.sent]; return paras[a.para][sp.Start:sp.End] }
	for k := 0; k < len(all); k++ {
		s := said(all[k])
		if !handsToAsker.MatchString(s) && !thanksForTaking.MatchString(s) {
			continue
		}
		end := k
		for j := k + 1; j < len(all) && j <= k+askerReach; j++ {
			if Asks(said(all[j])) {
				end = j
			}
		}
		for j := k; j <= end; j++ {
			a := all[j]
			out[a.para] = append(out[a.para], sents[a.para][a.sent])
		}
		k = end
	}
	return out
}
