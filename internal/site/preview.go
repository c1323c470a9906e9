package site

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
	"callsite/internal/transcript"
)

// A Preview is what a shared link to an exchange quotes (its description,
// the quote on its share image): the first substantive sentences of an
// answer, and who said them.
type Preview struct {
	Text    string
	Speaker *transcript.Speaker
}

// AnswerPreview returns the first substantive sentences of management's
// answers in an exchange: sentences that are only courtesy ("Thank you,
// Jane.", "Good morning.", "That's a great question.", "Sure, I'll take
// that.") are skipped, and the words that open a sentence without saying
// anything ("Yes, so", "Sure.", "Well,") are dropped from it. Sentences of
// one turn are taken until the text is at least min bytes long, and the
// text is cut at a word near max bytes ("…"). A turn that says less than
// enough (min, at most 60 bytes) gives way to the next answer; when no
// answer says enough, the analyst's question is quoted the same way, and
// failing that the longest substantive text found. An exchange with
// nothing substantive at all gives the zero Preview.
func AnswerPreview(ex *transcript.Exchange, min, max int) Preview {
	var answers, questions []*transcript.Turn
	for _, tu := range ex.Turns {
		switch tu.Speaker.Role {
		case transcript.RoleManagement, transcript.RoleHost:
			answers = append(answers, tu)
		case transcript.RoleAnalyst:
			questions = append(questions, tu)
		}
	}
	names := firstNames(ex.Turns...)
	enough := min
	if enough > 60 {
		enough = 60
	}
	var best Preview
	for _, turns := range [][]*transcript.Turn{answers, questions} {
		for _, tu := range turns {
			s, _ := substantive(tu, min, names)
			if len(s) >= enough {
				return Preview{Text: CutWords(s, max), Speaker: tu.Speaker}
			}
			if len(s) > len(best.Text) {
				best = Preview{Text: CutWords(s, max), Speaker: tu.Speaker}
			}
		}
	}
	return best
}

// Opening is the first substantive sentences of a turn (at least min
// bytes, cut near max), or "" when it has none.
func Opening(tu *transcript.Turn, min, max int) string {
	s, _ := substantive(tu, min, nil)
	return CutWords(s, max)
}

// TextKey hashes the words said on a call: records carry it so that an
// edit of the text, which changes the search index, changes the record.
// Only a build's cache keeps it, and caches are keyed by the generator,
// so its hash is free to change with the code.
func TextKey(t *transcript.Transcript) uint64 {
	h := uint64(textKeyOffset)
	for _, sec := range t.Sections { // t.Turns(), without making its list
		for _, tu := range sec.Turns {
			for _, p := range tu.Paragraphs {
				h = textKeyMix(h, p.Text)
			}
		}
	}
	return h
}

const textKeyOffset, textKeyPrime = 14695981039346656037, 1099511628211 // FNV-1a's

// textKeyMix hashes s and its length after h: eight bytes a step, a
// multiplication and a shift, each a bijection of the hash and the first
// injective in the bytes, so that texts of the same length that differ in
// one place always differ in their keys. Byte by byte (FNV-1a), the key
// was a tenth of a record's time.
func textKeyMix(h uint64, s string) uint64 {
	n := len(s)
	for ; len(s) >= 8; s = s[8:] {
		h = (h ^ binary.LittleEndian.Uint64([]byte(s[:8]))) * textKeyPrime
		h ^= h >> 32
	}
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * textKeyPrime
	}
	h = (h ^ uint64(n)) * textKeyPrime // where a paragraph ends
	return h ^ h>>32
}

// substantive joins a turn's substantive sentences, in order, until they
// are at least min bytes long, and gives the id of the paragraph they
// start in; "" when the turn has none.
func substantive(tu *transcript.Turn, min int, names map[string]bool) (string, string) {
	var b strings.Builder
	var at string
	for _, p := range tu.Paragraphs {
		for sp := range text.EachSentence(p.Text) {
			s := substance(p.Text[sp.Start:sp.End], names)
			if s == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			} else {
				at = p.ID
			}
			b.WriteString(s)
			if b.Len() >= min {
				return b.String(), at
			}
		}
	}
	return b.String(), at
}

// A Quote is the opening of what one speaker said in one part of a call:
// the prepared remarks, or their answer to one exchange.
type Quote struct {
	Speaker  string // the speaker's id on the call
	Exchange string // the exchange's id; "" for the prepared remarks
	Anchor   string // the paragraph it starts in
	Text     string
}

// Said are the quotes of a call's management and host: the first
// substantive sentences (about 200 bytes) of each in the prepared remarks
// and in each exchange they answered, for their person pages. Its strings
// may be the transcript's (NewRecord copies what it keeps).
func Said(t *transcript.Transcript) []Quote {
	var out []Quote
	names := make(map[string]bool, 3*len(t.Speakers)) // addNames' three a speaker, at most
	for _, sp := range t.Speakers {
		addNames(names, sp.Name)
	}
	seen := map[[2]string]bool{}
	add := func(tu *transcript.Turn, exchange string) {
		r := tu.Speaker.Role
		key := [2]string{tu.Speaker.ID, exchange}
		if r != transcript.RoleManagement && r != transcript.RoleHost || seen[key] {
			return
		}
		if s, at := substantive(tu, 100, names); s != "" {
			seen[key] = true
			out = append(out, Quote{Speaker: tu.Speaker.ID, Exchange: exchange, Anchor: at, Text: CutWords(s, 220)})
		}
	}
	for _, sec := range t.Sections {
		if sec.Kind == transcript.SectionPrepared {
			for _, tu := range sec.Turns {
				add(tu, "")
			}
		}
	}
	for _, ex := range t.Exchanges {
		for _, tu := range ex.Turns {
			add(tu, ex.ID)
		}
	}
	return out
}

// Remarks is what the person said first in the call's prepared remarks,
// or nil.
func (a Appearance) Remarks() *Quote { return a.said("") }

// SaidIn is what the person said first in answer to the exchange, or nil.
func (a Appearance) SaidIn(exchangeID string) *Quote { return a.said(exchangeID) }

func (a Appearance) said(exchange string) *Quote {
	if a.Speaker == nil || a.Call == nil || a.Call.Record == nil {
		return nil
	}
	for i, q := range a.Call.Said {
		if q.Speaker == a.Speaker.ID && q.Exchange == exchange {
			return &a.Call.Said[i]
		}
	}
	return nil
}

// firstNames are the names (first, last, whole) of the speakers of turns,
// lower case, for dropAddress.
func firstNames(turns ...*transcript.Turn) map[string]bool {
	var few [8]*transcript.Speaker
	speakers := few[:0] // an exchange's few speakers take many turns
	for _, tu := range turns {
		if !slices.Contains(speakers, tu.Speaker) {
			speakers = append(speakers, tu.Speaker)
		}
	}
	names := make(map[string]bool, 3*len(speakers)) // sized once: most exchanges' outgrow a small map
	for _, sp := range speakers {
		addNames(names, sp.Name)
	}
	return names
}

// addNames adds a name's words, lower case: the whole name (its words
// joined by single blanks), its first word and its last. Every speaker
// of a call is added for Said, so the words are read without a list and
// most names, spaced so already, are not joined again.
func addNames(names map[string]bool, name string) {
	low := strings.ToLower(name)
	first, last := "", ""
	for w := range strings.FieldsSeq(low) {
		if first == "" {
			first = w
		}
		last = w
	}
	if first == "" {
		return
	}
	whole := low
	if !singleSpaced(low) {
		whole = strings.Join(strings.Fields(low), " ")
	}
	names[whole] = true
	names[first] = true
	names[last] = true
}

// singleSpaced reports whether s is its words (strings.Fields) joined by
// single blanks: no space at either end, none but a blank between words,
// never two.
func singleSpaced(s string) bool {
	afterSpace := true // a space at the start is one too many
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (afterSpace || r != ' ') {
			return false
		}
		afterSpace = space
	}
	return !afterSpace
}

// dropAddress drops the name of someone on the call that a sentence
// opens or ends with, as said to them ("Jane, the backlog ..." or "...
// this way, Matt."), and makes a sentence that only says who speaks
// ("Jane, this is Tom.", "It's Dan.") empty.
func dropAddress(s string, names map[string]bool) string {
	if len(names) == 0 {
		return s
	}
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ','); i > 0 && isName(names, s[:i]) {
		s = strings.TrimSpace(s[i+1:])
	}
	end := strings.TrimRight(s, ".!?")
	if i := strings.LastIndexByte(end, ','); i > 0 && isName(names, strings.TrimSpace(end[i+1:])) {
		s = end[:i] + s[len(end):]
	}
	h := headOf(s, len("here is ")) // most sentences: no intro, nothing more lower-cased
	for _, intro := range []string{"this is ", "it's ", "it is ", "here is ", "here's "} {
		if !h.opens(intro) {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.ToLower(strings.TrimRight(s, ".!? ")), intro); ok && names[rest] {
			return ""
		}
	}
	return s
}

// Substance returns a sentence without the words that open it without
// saying anything ("Yes, so", "Sure.", "Okay, well,"), with its first
// letter made upper case; "" when the sentence is only courtesy: thanks, a
// greeting, a name, praise of the question, or taking the question ("Let
// me take that one.").
func Substance(s string) string { return substance(s, nil) }

// substance is Substance that also drops the names of the people on the
// call said to them (dropAddress), between the opening words too ("Great,
// Jane, thanks.").
func substance(s string, names map[string]bool) string {
	rest, thanked := strings.TrimSpace(text.DropNotes(s)), false
	for {
		r, th := trimOpening(dropAddress(rest, names))
		thanked = thanked || th
		if r == rest {
			break
		}
		rest = r
	}
	// The rules below count words up to 15 and read at most the first 4:
	// the words of a long sentence are not split out, nor is it
	// lower-cased unless a rule reads it.
	var first [15]string
	words := first[:0]
	for w := range strings.FieldsSeq(rest) {
		if words = append(words, w); len(words) == len(first) {
			break
		}
	}
	if len(words) == 0 || onlyNames(words) {
		return ""
	}
	if thanked || len(words) <= 14 {
		low := strings.ToLower(rest)
		switch {
		case thanked && (strings.HasPrefix(low, "for ") || strings.HasPrefix(low, "to ") || strings.HasPrefix(low, "everyone") ||
			strings.HasPrefix(low, "all ") || strings.Contains(low, "question") || len(words) <= 3):
			return "" // "Thanks for the question, Jane." "Thank you to everyone who joined us."
		case len(words) <= 14 && (strings.Contains(low, "question") || aboutTheQuestion(low)):
			return "" // "Let me take that one." "I'd like Ann to address this question."
		}
	}
	r, n := utf8.DecodeRuneInString(rest)
	if up := unicode.ToUpper(r); up != r || r == utf8.RuneError && n == 1 {
		return string(up) + rest[n:]
	}
	return rest // upper case already (most sentences): no copy
}

// An opening is words that start a sentence of a call without saying
// anything. An alone one counts only when punctuation follows ("Right,",
// "Well."), since "Right now" and "Well above" do say something.
type opening struct {
	words         string
	thanks, alone bool
}

var openings = func() []opening {
	var out []opening
	add := func(thanks, alone bool, ws ...string) {
		for _, w := range ws {
			out = append(out, opening{w, thanks, alone})
		}
	}
	add(true, false, "thank you very much", "thank you so much", "thank you", "thanks very much", "thanks so much",
		"thanks a lot", "thanks", "many thanks", "much appreciated", "appreciate the question", "appreciate it",
		"appreciated", "thank", "welcome", "great question", "good question", "excellent question", "fair question", "that's a great question",
		"that's a good question", "that's a fair question", "it's a great question", "it's a good question")
	add(false, false, "good morning", "good afternoon", "good evening", "hi", "hey", "hello", "yes", "yeah", "yep",
		"sure", "okay", "ok", "and so", "so yes", "so", "um", "uh", "and")
	add(false, true, "absolutely", "all right", "alright", "certainly", "of course", "great", "perfect", "right",
		"well", "look", "got it", "fair enough", "indeed", "sure thing", "and then", "you bet", "you know", "i mean")
	return out
}()

// openingsLen is the length of the longest opening.
var openingsLen = func() int {
	n := 0
	for _, o := range openings {
		n = max(n, len(o.words))
	}
	return n
}()

// openingsBy are the openings by their first byte, in their order.
var openingsBy = func() (by [256][]opening) {
	for _, o := range openings {
		by[o.words[0]] = append(by[o.words[0]], o)
	}
	return by
}()

// A head is the start of a sentence as compared with lower-case ASCII
// words: as strings.ToLower would read it, without a lower-cased copy.
// Its first n bytes are compared in place, their case folded, when they
// are ASCII (most sentences); else the sentence is lower-cased whole, as
// a letter's lower case may be longer or shorter (or ASCII: the Kelvin
// sign's is "k").
type head struct {
	ascii string // the first n bytes (or fewer, all there are) when ASCII
	low   string // else the sentence lower-cased
}

func headOf(s string, n int) head {
	start := s[:min(n, len(s))]
	for i := 0; i < len(start); i++ {
		if start[i] >= utf8.RuneSelf {
			return head{low: strings.ToLower(s)}
		}
	}
	return head{ascii: start}
}

// opens reports whether the head starts with w, lower-case ASCII words
// of up to the head's n bytes.
func (h head) opens(w string) bool {
	if h.low != "" {
		return strings.HasPrefix(h.low, w)
	}
	if len(h.ascii) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerASCII(h.ascii[i]) != w[i] {
			return false
		}
	}
	return true
}

// first is the head's first byte lower-cased, or 0 when it is empty.
func (h head) first() byte {
	switch {
	case h.low != "":
		return h.low[0]
	case h.ascii != "":
		return lowerASCII(h.ascii[0])
	}
	return 0
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isName reports whether s, lower-cased, is one of names: an ASCII s is
// lower-cased on the stack (every sentence's first and last clause is
// looked up, and few are names).
func isName(names map[string]bool, s string) bool {
	var buf [128]byte
	if len(s) > len(buf) {
		return names[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return names[strings.ToLower(s)]
		}
		buf[i] = lowerASCII(s[i])
	}
	return names[string(buf[:len(s)])]
}

// soGoesOn are words after "so" that make it say something ("so far").
var soGoesOn = []string{"far", "that", "much", "many", "long"}

// trimOpening drops the opening words of s (and the name after thanks:
// "Thank you, Jane."), and reports whether they thanked.
func trimOpening(s string) (rest string, thanked bool) {
	for {
		h := headOf(s, openingsLen+1)
		cut := 0
		for _, o := range openingsBy[h.first()] {
			if !h.opens(o.words) {
				continue
			}
			next, _ := utf8.DecodeRuneInString(s[len(o.words):])
			punct := len(s) == len(o.words) || strings.ContainsRune(",.!;:—–-", next)
			if !punct && (next != ' ' || o.alone || o.words == "so" && goesOn(strings.ToLower(s)[len(o.words):])) {
				continue
			}
			cut, thanked = len(o.words), thanked || o.thanks
			break
		}
		if cut == 0 {
			return s, thanked
		}
		s = strings.TrimLeft(s[cut:], " ,.!;:—–-")
		if thanked {
			s = dropVocative(s)
		}
	}
}

func goesOn(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",.")
	for _, g := range soGoesOn {
		if w == g {
			return true
		}
	}
	return false
}

// dropVocative drops a name that follows thanks ("Jane, " or "Jane and
// Tom. "): up to three capitalised words ending at a comma or a stop.
func dropVocative(s string) string {
	words := strings.Fields(s)
	for i := 0; i < len(words) && i < 4; i++ {
		w := words[i]
		core := strings.TrimRight(w, ",.!;:")
		if core == "" || !(isCapital(core) || (i > 0 && core == "and")) {
			return s
		}
		if core != w { // the name ends here
			return strings.TrimLeft(strings.Join(words[i+1:], " "), " ,.!;:—–-")
		}
	}
	return s
}

// onlyNames: every word is a capitalised name (or "and", or addresses
// everyone), at most four, as in what is left of "Thank you, Jane.", "Hi,
// Jane and Tom." or "Good morning, everyone."
func onlyNames(words []string) bool {
	if len(words) > 4 {
		return false
	}
	for i, w := range words {
		core := strings.Trim(w, ",.!?;:")
		if core == "and" && i > 0 || addressed[strings.ToLower(core)] {
			continue
		}
		if core == "" || !isCapital(core) || text.SentenceStarter(core) {
			return false
		}
	}
	return true
}

// addressed are the words that address a call's listeners ("Good
// morning, everyone.").
var addressed = map[string]bool{"everyone": true, "everybody": true, "all": true, "folks": true, "guys": true, "you": true}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// aboutTheQuestion: a short sentence that only praises or takes the
// question ("That's a great question.", "Let me take that one.", "I'll
// start, and Tom can add.").
func aboutTheQuestion(low string) bool {
	return strings.Contains(low, "question") && containsAnyOf(low, questionPhrases) || containsAnyOf(low, takingPhrases)
}

// aboutQuestionPhrases are what aboutTheQuestion looks for, lower case.
var aboutQuestionPhrases = []string{"great question", "good question", "fair question", "excellent question", "interesting question",
	"important question", "let me take", "i'll take", "i will take", "i can take", "let me start", "i'll start",
	"i can start", "let me answer", "i'll answer", "let me address", "i'll let", "let me hand", "i'll hand",
	"happy to take", "happy to answer", "thanks for the question", "thank you for the question", "for the question"}

// questionPhrases are aboutQuestionPhrases that say "question", looked
// for only in a sentence that does (few do), and takingPhrases the rest.
var questionPhrases, takingPhrases = func() (say, rest []string) {
	for _, p := range aboutQuestionPhrases {
		if strings.Contains(p, "question") {
			say = append(say, p)
		} else {
			rest = append(rest, p)
		}
	}
	return say, rest
}()

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// CutWords cuts s to at most n bytes at a word boundary, adding "…".
func CutWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut-- // not inside a UTF-8 sequence
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
