package transcript

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// Speech-to-text transcripts (Rev .nlp) number their speakers and name
// nobody. Who is who is in what they say, in the language every call
// uses:
//
//   - the operator runs the call: "please press star one", "our first
//     question comes from Ann Lee with Birch Capital", "this concludes
//     today's conference";
//   - whoever speaks first after the operator introduces an analyst, and
//     has not spoken before, is that analyst;
//   - everyone else speaks for the company: they present, or they answer;
//   - speakers are named where the call names them: "this is Ann", "my
//     name is ...", "I'll turn the call over to Raj Patel, our CFO", the
//     operator's introduction, a last line "Raj?" handing over, or the
//     next speaker's "Thanks, Raj". Such names are marked inferred.
//
// inferNLPSpeakers sets the role of every turn and the names it can
// infer; the operator keeps the name "Operator".
func inferNLPSpeakers(d *draft) {
	operator := nlpOperators(d)
	w := &speakerWalk{operator: operator, roles: map[string]Role{}, cands: map[string][]nameCand{}, firms: map[string]string{}, seen: map[string]bool{}}
	for _, tu := range d.turns {
		w.turn(tu.speaker, joinParas(tu))
	}
	if len(operator) == 0 {
		if s := interviewer(d); s != "" {
			w.roles[s] = RoleAnalyst
		}
	}
	names := pickNames(d, w.roles, w.cands, operator)
	titles := nameTitles(d)
	for i := range d.turns {
		tu := &d.turns[i]
		s := tu.speaker
		if r, ok := w.roles[s]; ok {
			tu.role = r
		}
		if n := names[s]; n != "" && tu.role != RoleAnalyst && tu.title == "" {
			tu.title = titles[n]
		}
		switch {
		case operator[s]:
			tu.label, tu.speaker, tu.inferred = s, "Operator", true
		case names[s] != "":
			tu.label, tu.speaker, tu.inferred = s, names[s], true
		}
		if tu.role == RoleAnalyst && tu.firm == "" {
			tu.firm = w.firms[s]
		}
	}
}

// nlpOperators are the speaker ids of the operator: those the reader
// marked, and voices that only say phone-system lines.
func nlpOperators(d *draft) map[string]bool {
	operator := map[string]bool{}
	for _, tu := range d.turns {
		if tu.role == RoleOperator {
			operator[tu.speaker] = true
		}
	}
	for id, turns := range nlpSpeakerIDs(d) {
		if !operator[id] && allSystem(d, turns) {
			operator[id] = true
		}
	}
	return operator
}

// speakerWalk goes through a call's turns in order, giving roles and
// gathering name candidates and firms by speaker id.
type speakerWalk struct {
	operator map[string]bool
	roles    map[string]Role
	cands    map[string][]nameCand
	firms    map[string]string
	seen     map[string]bool

	awaiting  *askerIntroduction // the analyst the operator just introduced
	handover  string             // the name the previous turn handed over to
	prev      string             // the previous turn's speaker
	qaStarted bool
}

func (w *speakerWalk) turn(s, body string) {
	if w.operator[s] {
		w.roles[s] = RoleOperator
		if a := parseAskerIntro(body); a != nil {
			w.awaiting, w.qaStarted = a, true
		} else if qaStartCue.MatchString(body) && w.prev != "" {
			w.qaStarted = true
		}
	} else {
		w.other(s, body)
	}
	w.seen[s] = true
	w.handover = handoverName(body)
	w.prev = s
}

// other is a turn by someone other than the operator.
func (w *speakerWalk) other(s, body string) {
	intro := (*askerIntroduction)(nil)
	if w.qaStarted && analystIntroCue.MatchString(body) {
		// Speech-to-text gave the operator's words to someone else's
		// id: the introduction still holds.
		intro = parseAskerIntro(body)
	}
	switch a := w.awaiting; {
	case a != nil && !w.seen[s]:
		w.roles[s] = RoleAnalyst
		if a.name != "" {
			w.cands[s] = append(w.cands[s], nameCand{a.name, 2})
		}
		if a.firm != "" && w.firms[s] == "" {
			w.firms[s] = a.firm
		}
		w.awaiting = nil
	case a != nil && w.roles[s] == RoleAnalyst:
		w.awaiting = nil // a re-queued analyst
	case !w.seen[s]:
		w.roles[s] = RoleManagement
	}
	if w.handover != "" && s != w.prev {
		w.cands[s] = append(w.cands[s], nameCand{w.handover, 2})
	}
	if n := selfIntro(body); n != "" {
		w.cands[s] = append(w.cands[s], nameCand{n, 5})
	}
	if intro != nil {
		w.awaiting = intro
	}
	// "Thanks, Raj." names the one who spoke before.
	if w.prev != "" && w.prev != s && !w.operator[w.prev] {
		if n := greetedName(body); n != "" {
			w.cands[w.prev] = append(w.cands[w.prev], nameCand{n, 1})
		}
	}
}

// pickNames names every speaker from its best-supported candidate; a name
// two speakers would share goes to the better supported one.
func pickNames(d *draft, roles map[string]Role, cands map[string][]nameCand, operator map[string]bool) map[string]string {
	type pick struct {
		id, name string
		score    int
	}
	var picks []pick
	full := fullNames(d, roles)
	for id, cs := range cands {
		if operator[id] {
			continue
		}
		if roles[id] != RoleAnalyst {
			// "Michele" and "Ms. Buck" are one person when the call
			// names "Michele Buck".
			for k := range cs {
				cs[k].name = fullName(cs[k].name, full)
			}
		}
		if name, score := bestName(cs); name != "" {
			picks = append(picks, pick{id, name, score})
		}
	}
	sort.Slice(picks, func(i, j int) bool {
		if picks[i].score != picks[j].score {
			return picks[i].score > picks[j].score
		}
		return picks[i].id < picks[j].id
	})
	names := map[string]string{}
	taken := map[string][]NameForm{} // by last word: Same needs it equal
	for _, p := range picks {
		f := NameFormOf(p.name)
		if len(f.words) == 0 {
			continue
		}
		last := f.words[len(f.words)-1]
		clash := false
		for _, o := range taken[last] {
			if o.Same(f) {
				clash = true
				break
			}
		}
		if !clash {
			taken[last] = append(taken[last], f)
			names[p.id] = p.name
		}
	}
	return names
}

// interviewer finds, in a call without an operator (a fireside chat, an
// interview), the voice that asks the others: the one whose turns most
// often put a question or request to "you", clearly more often (half as
// often again) than anyone else's, in at least 40% of their turns.
func interviewer(d *draft) string {
	turns, asks := map[string]int{}, map[string]int{}
	var order []string
	for _, tu := range d.turns {
		if turns[tu.speaker] == 0 {
			order = append(order, tu.speaker)
		}
		turns[tu.speaker]++
		for _, sent := range text.Split(joinParas(tu)) {
			if len(sent) < 1000 && text.Asks(sent) && toYou.MatchString(sent) && !text.Pleasantry(sent) {
				asks[tu.speaker]++
				break
			}
		}
	}
	share := func(s string) float64 { return float64(asks[s]) / float64(turns[s]) }
	who := ""
	for _, s := range order {
		if turns[s] >= 4 && (who == "" || share(s) > share(who)) {
			who = s
		}
	}
	if who == "" || share(who) < 0.4 {
		return ""
	}
	for _, s := range order {
		if s != who && turns[s] >= 4 && 1.5*share(s) > share(who) {
			return ""
		}
	}
	return who
}

var toYou = regexp.MustCompile(`(?i)\byou(?:r|'re|'ve)?\b`)

// nlpSpeakerIDs indexes turns by speaker label.
func nlpSpeakerIDs(d *draft) map[string][]int {
	out := map[string][]int{}
	for i, tu := range d.turns {
		out[tu.speaker] = append(out[tu.speaker], i)
	}
	return out
}

// systemCue is the language of the telephone system and the operator's
// script outside the question introductions: hold messages, access codes,
// the end of the call.
var systemCue = regexp.MustCompile(`(?i)thank(?:s| you) for (?:holding|waiting)|please (?:hold|stand by)|(?:hold|stay on) the line|conferencing system|conference cent(?:er|re)|may i have your (?:code|name)|what company are you with|hang up and try|dial (?:zero|0)|you may (?:now )?disconnect|this concludes|listen-only|being recorded|press(?:ing)? (?:star|\*|pound)|operator assistance|getting you into the call|\bthe floor is yours\b|your line is (?:now )?(?:open|live)`)

// allSystem reports whether every turn of a speaker is the phone
// system's or the operator's script.
func allSystem(d *draft, turns []int) bool {
	for _, i := range turns {
		// The system's lines are short; a long turn is someone talking.
		if body := joinParas(d.turns[i]); len(body) > 2000 || !systemCue.MatchString(body) {
			return false
		}
	}
	return len(turns) > 0
}

type nameCand struct {
	name   string
	weight int
}

// bestName sums the weights of candidates that name one person (same
// first name, or same name) and returns the fullest spelling of the best
// supported person.
func bestName(cs []nameCand) (string, int) {
	type group struct {
		form   NameForm
		name   string
		weight int
		best   int // weight of the strongest single mention
	}
	var groups []*group
	for _, c := range cs {
		f := NameFormOf(c.name)
		if len(f.words) == 0 {
			continue
		}
		var g *group
		for _, o := range groups {
			if o.form.Same(f) || sameFirst(o.form.words[0], f.words[0], o.form.formal, f.formal) && (len(o.form.words) == 1 || len(f.words) == 1) {
				g = o
				break
			}
		}
		if g == nil {
			g = &group{form: f, name: c.name}
			groups = append(groups, g)
		}
		g.weight += c.weight
		if c.weight > g.best {
			g.best = c.weight
		}
		// The fullest spelling; the one a speaker gave for themselves
		// (or the stronger mention) on a tie.
		if len(f.words) > len(g.form.words) || len(f.words) == len(g.form.words) && c.weight > g.best-1 && c.weight >= 5 {
			g.form, g.name = f, c.name
		}
	}
	var best *group
	for _, g := range groups {
		if best == nil || g.weight > best.weight {
			best = g
		}
	}
	if best == nil || best.weight < 2 && best.best < 2 {
		return "", 0 // one "Thanks, Raj" is not enough
	}
	return best.name, best.weight
}

// analystIntroCue is how the operator starts introducing an analyst.
var analystIntroCue = regexp.MustCompile(`(?i)\b(?:next|first|last|final|following) question\b[^.?!]{0,30}\b(?:from|form)\b`)

// askerIntroduction is who the operator said asks next.
type askerIntroduction struct{ name, firm string }

var (
	askerIntroRe = regexp.MustCompile(`(?i)\bquestions?\b[^.?!]{0,30}?\b(?:from|form)\b(?:\s+(?:the\s+)?line\s+of)?|\bquestions?\b[^.?!]{0,12}?\b(?:is|its|it's)\b|\bline of\b`)
	lastFirstRe  = regexp.MustCompile(`^\s+([A-Z][\p{L}'’\-]+)\s+(?:from|with|of|at)\b`)
	askerFirmRe  = regexp.MustCompile(`^\s*,?\s*(?:\[[a-z ]+\]\s*)?,?\s*(?:with|from|of|at|representing)\s+(?:the\s+)?`)
)

// parseAskerIntro reads "Our next question comes from Ann Lee with Birch
// Capital. Please go ahead." It returns nil when the turn introduces no
// one; name or firm may be "" when speech-to-text lost them ("from
// [inaudible] with Birch").
func parseAskerIntro(s string) *askerIntroduction {
	var out *askerIntroduction
	for _, m := range askerIntroRe.FindAllStringIndex(s, -1) {
		rest := s[m[1]:]
		name, n := leadingName(rest)
		// "from Lee, Ann from Birch": surname first.
		if m := lastFirstRe.FindStringSubmatchIndex(rest[n:]); name != "" && len(strings.Fields(name)) == 1 && strings.HasSuffix(rest[:n], ",") && m != nil {
			if first, ok := nameToken(rest[n+m[2] : n+m[3]]); ok {
				name, n = first+" "+name, n+m[3]
			}
		}
		if name == "" && !strings.Contains(strings.ToLower(s[m[0]:m[1]]), "from") && !strings.Contains(strings.ToLower(s[m[0]:m[1]]), "line of") {
			continue // "the question is whether ...": no introduction
		}
		a := &askerIntroduction{name: name}
		if f := askerFirmRe.FindStringIndex(rest[n:]); f != nil {
			a.firm = leadingFirm(rest[n+f[1]:])
		}
		out = a // the last introduction of a turn is the one that speaks
	}
	return out
}

// honorifics are skipped before a name.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "a": true, "an": true}

// titleWords are capitalised words of job titles, never part of a name.
var titleWords = map[string]bool{
	"chief": true, "executive": true, "financial": true, "operating": true, "officer": true, "president": true,
	"vice": true, "senior": true, "chairman": true, "chair": true, "director": true, "investor": true,
	"relations": true, "head": true, "treasurer": true, "controller": true, "founder": true, "co-founder": true,
	"general": true, "manager": true, "managing": true, "executive's": true, "evp": true, "svp": true, "vp": true,
	"ceo": true, "cfo": true, "coo": true, "cto": true, "iro": true, "ir": true, "operator": true, "co-chairman": true,
	"global": true, "group": true, "company": true, "corporate": true, "accounting": true, "digital": true,
	"strategy": true, "development": true, "business": true, "the": true, "of": true, "and": true,
}

// notNames are capitalised words that begin sentences or name no one.
var notNames = map[string]bool{
	"i": true, "we": true, "you": true, "our": true, "my": true, "thank": true, "thanks": true, "good": true,
	"morning": true, "afternoon": true, "evening": true, "everyone": true, "everybody": true, "all": true,
	"guys": true, "folks": true, "operator": true, "ladies": true, "gentlemen": true, "team": true, "sure": true,
	"yes": true, "yeah": true, "okay": true, "ok": true, "hello": true, "hi": true, "hey": true, "so": true,
	"and": true, "but": true, "well": true, "great": true, "please": true, "uh": true, "um": true, "sir": true,
	"ma'am": true, "today": true, "now": true, "here": true, "there": true, "it": true, "that": true, "this": true,
	"again": true, "then": true, "with": true, "for": true, "the": true, "a": true, "an": true, "us": true,
	"q": true, "first": true, "next": true, "last": true, "also": true, "just": true, "actually": true,
	"right": true, "perfect": true, "got": true, "wow": true, "bye": true, "welcome": true,
	"ah": true, "oh": true, "er": true, "hmm": true, "mm": true, "alright": true, "alrighty": true, "sorry": true,
	"correct": true, "still": true, "absolutely": true, "exactly": true, "fair": true, "understood": true,
	"fantastic": true, "terrific": true, "excellent": true, "wonderful": true, "cool": true, "awesome": true,
	"indeed": true, "no": true, "not": true, "if": true, "what": true, "how": true, "when": true, "why": true,
	"where": true, "which": true, "who": true, "can": true, "could": true, "would": true, "will": true, "do": true,
	"is": true, "are": true, "as": true, "in": true, "on": true, "at": true, "to": true, "of": true, "from": true,
	"one": true, "two": true, "let": true, "let's": true, "maybe": true, "also,": true, "however": true,
	"speaking": true, "certainly": true, "definitely": true, "sounds": true, "helpful": true, "appreciate": true,
	"congratulations": true, "congrats": true, "nice": true, "fine": true, "happy": true, "glad": true,
}

// leadIn are words before a name that introduce it: "your host, Ann
// Lee", "my colleague Ann".
var leadIn = map[string]bool{
	"uh": true, "um": true, "our": true, "my": true, "your": true, "speaker": true, "speakers": true,
	"colleague": true, "colleagues": true, "today": true, "co-chairman": true, "co-ceo": true, "host": true,
	"hosts": true, "presenter": true, "moderator": true, "friend": true, "partner": true, "new": true,
}

// nameToken is one word of a name as speech-to-text writes it: "O'Malley",
// "Jean-Luc", "R-Rebecca" (a stutter).
func nameToken(w string) (string, bool) {
	w = strings.TrimRight(w, ",.;:?!")
	if w == "" {
		return "", false
	}
	// "R-Rebecca", "Ch-": a stutter before the word, or a cut-off word.
	if i := strings.IndexByte(w, '-'); i > 0 && i < 3 && i+1+i <= len(w) && strings.EqualFold(w[:i], w[i+1:i+1+i]) {
		w = w[i+1:]
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.HasSuffix(w, "-") {
		return "", false
	}
	for _, c := range w {
		if !(unicode.IsLetter(c) || c == '\'' || c == '’' || c == '-' || c == '.') {
			return "", false
		}
	}
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	if notNames[low] || titleWords[low] || strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s") {
		return "", false
	}
	if len(w) > 1 && strings.ToUpper(w) == w && !strings.Contains(w, ".") {
		return "", false // "CEO", "KBW": an acronym
	}
	return strings.TrimSuffix(w, "."), true
}

// leadingName reads a name at the start of s, skipping honorifics, titles
// and fillers before it ("Mr. Ian Ross", "our CFO, Ian Ross", "um, Ian"). It
// returns the name and how many bytes of s it read.
func leadingName(s string) (string, int) {
	var name []string
	pos, started := 0, false
	skipped := 0
	for pos < len(s) {
		for pos < len(s) && s[pos] == ' ' {
			pos++
		}
		if pos == len(s) {
			break
		}
		end := strings.IndexByte(s[pos:], ' ')
		if end < 0 {
			end = len(s) - pos
		}
		raw := s[pos : pos+end]
		low := strings.ToLower(strings.Trim(raw, ",.;:?!"))
		if !started {
			if low == "" || honorifics[low] || titleWords[low] || leadIn[low] || strings.HasSuffix(low, "-") {
				pos += end
				if skipped++; skipped > 6 {
					return "", 0
				}
				continue
			}
		}
		w, ok := nameToken(raw)
		if !ok {
			break
		}
		name = append(name, w)
		started = true
		pos += end
		if len(name) == 4 || strings.ContainsAny(raw[len(raw)-1:], ",.;:?!") {
			break
		}
	}
	return strings.Join(name, " "), pos
}

// leadingFirm reads a firm's name: capitalised words (and "&", "and",
// "of") up to the end of the clause.
func leadingFirm(s string) string {
	var out []string
	for _, raw := range strings.Fields(s) {
		w := strings.TrimRight(raw, ",.;:?!")
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || w == "&" || (w == "and" || w == "of" || w == "de") && len(out) > 0) {
			break
		}
		if strings.EqualFold(w, "Please") || strings.EqualFold(w, "Your") {
			break
		}
		if strings.HasSuffix(raw, "-") {
			continue // "UP- UBS": a word cut off and said again
		}
		out = append(out, w)
		if w != raw {
			break // punctuation ends the firm
		}
	}
	for len(out) > 0 && (out[len(out)-1] == "and" || out[len(out)-1] == "of" || out[len(out)-1] == "&") {
		out = out[:len(out)-1]
	}
	return strings.Join(out, " ")
}

var (
	// "this is Ann", "my name is Ann Lee", "Ann here", "it's actually Ann".
	selfIntroRe = regexp.MustCompile(`(?i)\b(?:this is|my name is|it's|it is|i am|i'm)\s+(?:(?:uh|um|actually|just|really),?\s+)*`)
	hereRe      = regexp.MustCompile(`\b([A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+)?)\s+here\b`)
)

// selfIntro finds the name a speaker gives for themselves near the start
// of a turn.
func selfIntro(body string) string {
	head := body
	ss := text.Sentences(body)
	if len(ss) > 3 {
		head = body[:ss[2].End]
	}
	for _, m := range selfIntroRe.FindAllStringIndex(head, -1) {
		if n, _ := leadingName(head[m[1]:]); n != "" && !strings.HasPrefix(strings.TrimSpace(head[m[1]:]), strings.TrimSpace(n)+"'") {
			if c := strings.ToLower(head[m[0]:m[1]]); strings.HasPrefix(c, "i'm") || strings.HasPrefix(c, "i am") || strings.HasPrefix(c, "it") {
				// "I'm Ann" is a name only when nothing else follows the
				// name in the clause ("I'm Happy to report" is not).
				rest := strings.TrimSpace(head[m[1]:])
				after := strings.TrimSpace(rest[min(len(rest), len(n)):])
				if after != "" && !strings.ContainsAny(after[:1], ",.;") && !strings.HasPrefix(after, "here") && !strings.HasPrefix(after, "on for") && !strings.HasPrefix(after, "for") && !strings.HasPrefix(after, "with") {
					continue
				}
			}
			return n
		}
	}
	if m := hereRe.FindStringSubmatch(head); m != nil {
		if n, _ := leadingName(m[1]); n != "" {
			return n
		}
	}
	return ""
}

var (
	// "I'll turn the call over to Ann Lee, our CFO", "hand it over to
	// Ann", "pass it to Ann", "I'd like to introduce Ann".
	handoverRe = regexp.MustCompile(`(?i)\b(?:turn(?:ing)?|hand(?:ing)?|pass(?:ing)?|over)\b[^.?!]{0,40}?\bto\b|\bintroduce\b|\bask\b`)
	// "Ann, would you like to add?", "Ms. Lee, if you could read the
	// disclaimer": a last sentence asking someone by name to speak.
	vocativeAskRe = regexp.MustCompile(`^(?:(?:So|And|Now|Okay|Well),?\s+)?((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+)?),\s+(?:if you could|would you|could you|do you want|did you want|you want|do you wanna|you wanna|can you|please|go ahead|I don't know if you|anything (?:to add|else)|want to add|maybe you)`)
	// "Ann, I'll turn the call over to you", "Ann, please go ahead".
	vocativeHandoverRe = regexp.MustCompile(`\b([A-Z][\p{L}'’\-]+),\s+(?:I'll|I will|let me|I'd like to|I would like to)\s+(?:now\s+)?(?:turn|hand|pass)[^.?!]*\bto you\b`)
)

// handoverName is the name a turn hands the call to at its end: "I'll now
// turn the call over to Ann Lee, our CFO", "I'll ask Ann to read the safe
// harbor", or a last sentence that is only a name ("Ann?").
func handoverName(body string) string {
	n := handoverName1(body)
	if len(strings.Fields(n)) == 1 {
		// "Ms. Abbe Goldstein, our head of investor relations. Ms.
		// Goldstein, please go ahead": the turn's own fuller form.
		found := ""
		for _, m := range fullNameRe.FindAllString(body, -1) {
			full, _ := leadingName(m)
			if fw := strings.Fields(full); len(fw) >= 2 && (fw[0] == n || fw[len(fw)-1] == n) {
				if found != "" && found != full {
					return n
				}
				found = full
			}
		}
		if found != "" {
			return found
		}
	}
	return n
}

func handoverName1(body string) string {
	ss := text.Sentences(body)
	if len(ss) == 0 {
		return ""
	}
	from := ss[max(0, len(ss)-3)].Start
	tail := body[from:]
	last := strings.TrimSpace(body[ss[len(ss)-1].Start:ss[len(ss)-1].End])
	if n, used := leadingName(strings.TrimLeft(last, " ")); n != "" && used >= len(strings.TrimRight(last, ".?!")) && len(strings.Fields(n)) <= 3 {
		return n // "Ann?" or "Ann Lee."
	}
	if m := vocativeAskRe.FindStringSubmatch(last); m != nil {
		if n, _ := leadingName(m[1]); n != "" {
			return n // "Ann, would you like to add to that?"
		}
	}
	if m := vocativeHandoverRe.FindStringSubmatch(tail); m != nil {
		if n, _ := leadingName(m[1]); n != "" {
			return n
		}
	}
	locs := handoverRe.FindAllStringIndex(tail, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		rest := tail[locs[k][1]:]
		if n, _ := leadingName(rest); n != "" {
			// "ask Ann to", "turn it over to Ann": the name comes right
			// after, or after a title ("to our CFO, Ann Lee").
			return n
		}
	}
	return ""
}

// greetedRe: a turn opening with thanks or a greeting to someone by name.
var greetedRe = regexp.MustCompile(`^(?:(?:Uh|Um|Yeah|Yes|Okay|Great|Well|And|So|Oh|Hey|Hi)[,.]?\s+)*(?:Thank you(?: very much)?|Thanks(?: a lot| very much| so much)?|Good (?:morning|afternoon|evening)|Morning|Afternoon|Hi|Hey|Hello)[,.!]?\s+`)

// greetedName is the name a turn thanks or greets first thing: "Thanks,
// Ann." names the speaker before.
func greetedName(body string) string {
	m := greetedRe.FindStringIndex(body)
	if m == nil {
		return ""
	}
	rest := body[m[1]:]
	n, used := leadingName(rest)
	if n == "" || len(strings.Fields(n)) > 2 {
		return ""
	}
	// The name ends the greeting: "Thanks, Ann." not "Thanks Ann for".
	after := strings.TrimSpace(rest[used:])
	if used > 0 && strings.ContainsAny(rest[used-1:used], ",.!?") || after == "" || strings.ContainsAny(after[:1], ",.!?") || strings.HasPrefix(after, "and ") {
		return n
	}
	return ""
}

// fullNameRe finds full names in the call's text: two or three
// capitalised words.
var fullNameRe = regexp.MustCompile(`\b[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){1,2}\b`)

// fullNames indexes the full names the company's side says ("Ken
// Bowling, our CFO") by their first word and by their last.
func fullNames(d *draft, roles map[string]Role) map[string]map[string]bool {
	idx := map[string]map[string]bool{}
	add := func(k, full string) {
		if idx[k] == nil {
			idx[k] = map[string]bool{}
		}
		idx[k][full] = true
	}
	for _, tu := range d.turns {
		if r := roles[tu.speaker]; r == RoleAnalyst || r == RoleOperator {
			continue // they name analysts
		}
		for _, p := range tu.paras {
			for _, m := range fullNameRe.FindAllString(p.text, -1) {
				full, _ := leadingName(m)
				if fw := strings.Fields(full); len(fw) >= 2 {
					add(fw[0], full)
					add(fw[len(fw)-1], full)
				}
			}
		}
	}
	return idx
}

// fullName completes a first name ("Ken") with the surname the call gives
// it elsewhere ("Ken Bowling, our CFO"), or a surname ("Ms. Bowling") with
// its first name, when the call gives exactly one.
func fullName(name string, idx map[string]map[string]bool) string {
	if len(strings.Fields(name)) != 1 || len(idx[name]) != 1 {
		return name
	}
	for f := range idx[name] {
		return f
	}
	return name
}

// strongTitleWords make a run of title words a job title.
var strongTitleWords = map[string]bool{
	"officer": true, "president": true, "ceo": true, "cfo": true, "coo": true, "cto": true, "chairman": true,
	"chair": true, "director": true, "treasurer": true, "controller": true, "head": true, "vp": true, "evp": true,
	"svp": true, "relations": true, "founder": true, "co-founder": true, "manager": true, "iro": true,
}

// titleAfter reads a job title at the start of s: ", our chief financial
// officer", ", CFO", ", Vice President of Investor Relations"; not one
// that starts with "and".
func titleAfter(s string) string {
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, ",") {
		return ""
	}
	s = s[1:]
	var out []string
	strong := false
	pos := 0
	for i, raw := range strings.Fields(s) {
		w := strings.TrimRight(raw, ",.;:?!")
		low := strings.ToLower(w)
		if i == 0 && (low == "our" || low == "the" || low == "your") {
			pos = strings.Index(s, raw) + len(raw)
			continue
		}
		if i == 0 && low == "and" || !titleWords[low] && low != "&" {
			break
		}
		pos = pos + strings.Index(s[pos:], raw) + len(raw)
		if strongTitleWords[low] {
			strong = true
		}
		switch {
		case low == "of" || low == "and" || low == "the" || low == "&":
			out = append(out, low)
		case len(w) <= 4 && strings.ToUpper(w) == w:
			out = append(out, w) // CFO, EVP
		default:
			r, n := utf8.DecodeRuneInString(w)
			out = append(out, string(unicode.ToUpper(r))+w[n:])
		}
		if w != raw {
			break // punctuation ends the title
		}
	}
	for len(out) > 0 && (out[len(out)-1] == "of" || out[len(out)-1] == "and" || out[len(out)-1] == "the" || out[len(out)-1] == "&") {
		out = out[:len(out)-1]
	}
	if !strong || len(out) == 0 {
		return ""
	}
	return strings.Join(out, " ")
}

// nameTitles finds the titles the call gives full names ("Ken Bowling,
// our chief financial officer"); a name given two different titles keeps
// the first.
func nameTitles(d *draft) map[string]string {
	out := map[string]string{}
	for _, tu := range d.turns {
		for _, p := range tu.paras {
			for _, m := range fullNameRe.FindAllStringIndex(p.text, -1) {
				full, n := leadingName(p.text[m[0]:])
				if len(strings.Fields(full)) < 2 || !strings.HasPrefix(p.text[m[0]:], full) {
					continue // "Chief Financial Officer, Ann Lee": a title first
				}
				if titleBefore(p.text[:m[0]]) {
					// "our CEO, Ann Lee, CFO, Raj Patel": titles go
					// before names in this list; what follows a name is
					// the next one's.
					continue
				}
				rest := p.text[m[0]+n:]
				if strings.HasSuffix(p.text[:m[0]+n], ",") {
					rest = "," + rest // leadingName read the comma
				}
				if t := titleAfter(rest); t != "" && out[full] == "" {
					out[full] = t
				}
			}
		}
	}
	return out
}

// titleBefore reports whether s ends with a job title ("our President
// and CEO, "): the name after it is that title's.
func titleBefore(s string) bool {
	ws := strings.Fields(s)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if k < len(ws)-1 && strings.ContainsAny(ws[k], ";.?!") {
			return false // "CFO; and Ann Lee": the list goes on after a ";"
		}
		low := strings.ToLower(strings.Trim(ws[k], ",;:"))
		if strongTitleWords[low] {
			return true
		}
		if !titleWords[low] && low != "and" && low != "&" {
			return false
		}
	}
	return false
}
