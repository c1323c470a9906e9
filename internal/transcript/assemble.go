package transcript

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"callsite/internal/text"
)

// assemble turns a draft into a Transcript: it merges speakers, assigns
// roles and firms, splits sections, finds the Q&A exchanges, gives every
// turn and paragraph its anchor and, with inferMetadata, infers the
// metadata.
//
// prior is what assemble decided of the same text in an earlier parse
// (nil: decide it); the Transcript keeps what this one decided.
func assemble(name string, d *draft, inferMetadata bool, prior *assembly) *Transcript {
	t := &Transcript{
		Source:     name,
		Format:     d.format,
		Notes:      d.notes,
		Unlabelled: d.unlabelled,
		Warnings:   d.warnings,
	}
	turns := dropEmptyTurns(d.turns)
	speakers := collectSpeakers(t, d, turns)
	if prior.fits(turns, t.Speakers) {
		kinds, reads := prior.restore(t.Speakers)
		t.Sections, t.Exchanges = buildSections(name, turns, kinds, speakers, reads)
		prior.restoreFirms(t)
		t.assembly = prior
	} else {
		kinds := splitSections(turns, speakers)
		if !d.unlabelled {
			assignRoles(turns, kinds, speakers, d.participants)
		}
		if !d.unlabelled {
			findConversation(turns, kinds, speakers)
		}
		reads := readQuestions(turns, kinds, speakers)
		t.Sections, t.Exchanges = buildSections(name, turns, kinds, speakers, reads)
		firms := assignFirms(t)
		t.assembly = keepAssembly(kinds, reads, t.Speakers, firms)
	}
	if inferMetadata {
		t.Meta = inferMeta(d, t)
	}
	return t
}

// dropEmptyTurns removes turns without text; a speaker line followed by
// nothing carries no content to show.
func dropEmptyTurns(in []draftTurn) []draftTurn {
	if !slices.ContainsFunc(in, func(tu draftTurn) bool { return len(tu.paras) == 0 }) {
		return in // nothing to drop: the draft's own list (assemble changes no turn of it)
	}
	out := make([]draftTurn, 0, len(in)) // a new list (the draft keeps its own), made once
	for _, tu := range in {
		if len(tu.paras) > 0 {
			out = append(out, tu)
		}
	}
	return out
}

// collectSpeakers makes one Speaker per distinct name, in order of first
// appearance, and returns them indexed like turns.
func collectSpeakers(t *Transcript, d *draft, turns []draftTurn) []*Speaker {
	byKey := map[string]*Speaker{}
	byLabel := map[string]*Speaker{} // by the turn's own spelling: its key made once, not once a turn
	used := map[string]bool{}
	out := make([]*Speaker, len(turns))
	for i, tu := range turns {
		sp := byLabel[tu.speaker]
		if sp == nil {
			key := nameKey(tu.speaker)
			if sp = byKey[key]; sp == nil {
				sp = &Speaker{Name: normText(tu.speaker), Role: RoleUnknown, NameInferred: tu.inferred, Label: tu.label}
				if isOperatorName(sp.Name) {
					sp.Name, sp.Role = "Operator", RoleOperator
				}
				sp.ID = uniqueSlug(Slug(sp.Name), used)
				byKey[key] = sp
				t.Speakers = append(t.Speakers, sp)
			}
			byLabel[tu.speaker] = sp
		}
		if sp.Title == "" && tu.title != "" {
			sp.Title = normText(tu.title)
		}
		if sp.Firm == "" && validFirm(sp.Name, tu.firm) {
			sp.Firm = normText(tu.firm)
		}
		if tu.role != "" && sp.Role == RoleUnknown {
			sp.Role = tu.role
		}
		out[i] = sp
	}
	for _, p := range d.participants {
		if sp := byKey[nameKey(p.name)]; sp != nil {
			if sp.Title == "" {
				sp.Title = p.title
			}
			if sp.Firm == "" && validFirm(sp.Name, p.firm) {
				sp.Firm = normText(p.firm)
			}
		}
	}
	return out
}

// validFirm rejects what participant lists put where the firm belongs
// when they do not know it: the word "Analyst", or the analyst's own name
// ("Andrew Nicholas--Andrew Nicholas -- Analyst"). The operator's
// introduction then supplies the firm.
func validFirm(name, firm string) bool {
	f := nameKey(firm)
	switch f {
	case "", "analyst", "analysts", "unknown", "n/a", "na", "-", "private investor", "individual investor":
		return false
	}
	return f != nameKey(name)
}

func uniqueSlug(s string, used map[string]bool) string {
	if s == "" {
		s = "speaker"
	}
	base, n := s, 2
	for used[s] {
		s = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	used[s] = true
	return s
}

// Cues in the operator's words.
var (
	questionIntro = text.MustCue(`(?i)\b(?:question|questions|questioner)\b[^.]*?\b(?:from|of)\b|\bfrom the line of\b|\bline of\b|\b(?:go|move) (?:ahead|on) (?:with|to)\b|\byour line is (?:now )?(?:open|live)\b|\bplease (?:go ahead|proceed)\b|\bis open\b`)
	qaStartCue    = text.MustCue(`(?i)operator instructions|question-and-answer|question and answer|q&a|first question|open (?:up )?the (?:line|lines|call|floor) (?:for|to) questions|begin the question|queue for questions|ask a question`)
	followUpIntro = text.MustCue(`(?i)\bfollow-?up (?:question )?(?:from|of)\b`)
	closingCue    = text.MustCue(`(?i)\bconclud|\bno (?:further|more) questions|closing (?:remarks|comments)|\bend of (?:our|the|today)|\bturn (?:the (?:call|conference|floor) )?(?:back )?(?:over )?to\b[^.]*\bfor (?:any )?(?:closing|final)|\bthat(?:'s| is| was) all the time|\bback to (?:management|the speakers)\b|\bback over to\b|\bback to you\b`)
)

// splitSections decides which section each turn belongs to. A format's own
// marks win; otherwise the Q&A starts at the first operator (or host) turn
// that opens it, and the closing at the first operator turn after the
// last question.
func splitSections(turns []draftTurn, speakers []*Speaker) []SectionKind {
	kinds := make([]SectionKind, len(turns))
	marked := false
	for _, tu := range turns {
		if tu.section != "" {
			marked = true
		}
	}
	qaStart := -1
	if marked {
		for i, tu := range turns {
			if tu.section == SectionQA {
				qaStart = i
				break
			}
		}
	}
	// Without marks, or with marks that put the whole call in the
	// prepared remarks (a source whose Q&A part holds only its
	// "Duration" line), the operator's words say where the Q&A starts.
	if qaStart < 0 {
		for i, tu := range turns {
			if i == 0 || speakers[i].Role != RoleOperator {
				continue
			}
			if qaStartCue.MatchString(joinParas(tu)) || (questionIntro.MatchString(joinParas(tu)) && i > 2) {
				qaStart = i
				break
			}
		}
	}
	if qaStart < 0 {
		for i := range kinds {
			kinds[i] = SectionPrepared
		}
		return kinds
	}
	// The closing: the first moderator turn after the last question intro
	// that introduces nobody, when it says the Q&A is over or is followed
	// only by management and the operator.
	lastIntro := lastQuestionIntro(turns, speakers, qaStart)
	closing := len(turns)
	for i := lastIntro + 1; i < len(turns); i++ {
		if speakers[i].Role == RoleOperator {
			if closingCue.MatchString(joinParas(turns[i])) || i == len(turns)-1 || onlyKnownAfter(i, turns, speakers) {
				closing = i
			}
			break
		}
	}
	for i := range kinds {
		switch {
		case i < qaStart:
			kinds[i] = SectionPrepared
		case i < closing:
			kinds[i] = SectionQA
		default:
			kinds[i] = SectionClosing
		}
	}
	return kinds
}

// lastQuestionIntro is the last operator turn after qaStart that
// introduces a questioner and does not close the Q&A; qaStart when none.
// Looked for from the end: the last intro is near it, and the cues need
// not read the operator's every turn before it.
func lastQuestionIntro(turns []draftTurn, speakers []*Speaker, qaStart int) int {
	for i := len(turns) - 1; i > qaStart; i-- {
		if speakers[i].Role == RoleOperator && questionIntro.MatchString(joinParas(turns[i])) && !closingCue.MatchString(joinParas(turns[i])) {
			return i
		}
	}
	return qaStart
}

// onlyKnownAfter reports whether every turn after i is by the operator or
// by someone who spoke before the Q&A: nobody new asks anything.
func onlyKnownAfter(i int, turns []draftTurn, speakers []*Speaker) bool {
	seenBefore := map[*Speaker]bool{}
	for j := 0; j < i; j++ {
		seenBefore[speakers[j]] = true
	}
	for j := i + 1; j < len(turns); j++ {
		if speakers[j].Role != RoleOperator && !seenBefore[speakers[j]] {
			return false
		}
	}
	return true
}

// joinParas is the turn's paragraphs joined by spaces: a turn of one
// paragraph (most of the operator's, which the sections' and roles' cues
// read several times) is that paragraph, not a copy of it.
func joinParas(tu draftTurn) string {
	if len(tu.paras) == 1 {
		return tu.paras[0].text
	}
	var b strings.Builder
	for i, p := range tu.paras {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.text)
	}
	return b.String()
}

var (
	analystTitle = regexp.MustCompile(`(?i)\banalyst\b|\bresearch\b|\bequity\b|\bsecurities\b|\bcapital\b|\bpartners\b|\bbank\b|\bmarkets\b|\bllc\b`)
	analystWord  = regexp.MustCompile(`(?i)\banalyst\b`)
	hostTitle    = regexp.MustCompile(`(?i)investor relations|\bIR\b|treasur|communications|\bmoderator\b|corporate development|head of ir|^md$|managing director|\bspokes`)
)

// assignRoles fills in the roles a format did not state. Operator by name;
// anyone who speaks in the prepared remarks is management (or the host);
// in the Q&A, the first new voice after the operator asks, the rest answer.
func assignRoles(turns []draftTurn, kinds []SectionKind, speakers []*Speaker, parts []participant) {
	partRole := map[string]Role{}
	for _, p := range parts {
		if p.role != "" && p.role != RoleUnknown {
			partRole[nameKey(p.name)] = p.role
		}
	}
	for _, sp := range speakers {
		if sp.Role != RoleUnknown {
			continue
		}
		if r, ok := partRole[nameKey(sp.Name)]; ok {
			sp.Role = r
		}
	}
	// The operator's "next question comes from Ann Lee of Birch Capital"
	// right before Ann Lee speaks outweighs a participant list that did
	// not mark her an analyst ("Ann Lee--Birch Capital").
	for i := 1; i < len(turns); i++ {
		sp := speakers[i]
		if sp.Role != RoleManagement || speakers[i-1].Role != RoleOperator || analystsSpokeBefore(i, sp, speakers) {
			continue
		}
		if introducesAsker(joinParas(turns[i-1]), sp.Name) {
			sp.Role = RoleAnalyst
		}
	}
	prepared := map[*Speaker]bool{}
	for i := range turns {
		if kinds[i] == SectionPrepared && speakers[i].Role == RoleUnknown {
			prepared[speakers[i]] = true
			speakers[i].Role = RoleManagement
		}
	}
	for i := range turns {
		sp := speakers[i]
		if kinds[i] != SectionQA || sp.Role != RoleUnknown {
			continue
		}
		prev := i - 1
		if prev >= 0 && speakers[prev].Role == RoleOperator || analystTitle.MatchString(sp.Title) || sp.Firm != "" || introducedBefore(i, turns, speakers) {
			sp.Role = RoleAnalyst
		}
	}
	for i := range turns {
		if speakers[i].Role == RoleUnknown && kinds[i] != SectionPrepared {
			speakers[i].Role = RoleManagement
		}
	}
	// The host opens the call and hands over: the first speaker of the
	// prepared remarks, when someone else from management speaks after
	// them and they answer no questions (or their title says IR).
	host := firstNonOperator(turns, kinds, speakers)
	if host != nil && host.Role == RoleManagement {
		answers := false
		others := false
		for i := range turns {
			if speakers[i] == host && kinds[i] == SectionQA {
				answers = true
			}
			if speakers[i] != host && speakers[i].Role == RoleManagement && kinds[i] == SectionPrepared {
				others = true
			}
		}
		switch {
		case hostTitle.MatchString(host.Title):
			host.Role = RoleHost
		case analystWord.MatchString(host.Title) && !hasOperator(speakers):
			host.Role = RoleAnalyst // a conference's fireside chat, hosted by an analyst
		case others && !answers && !ceoTitle.MatchString(host.Title):
			host.Role = RoleHost
		}
	}
}

// introducedBefore reports whether the operator's last turn before turn i
// introduced its speaker as the next questioner, with a greeting from
// management in between ("Hi, Peter.").
func introducedBefore(i int, turns []draftTurn, speakers []*Speaker) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if speakers[j].Role == RoleOperator {
			return introducesAsker(joinParas(turns[j]), speakers[i].Name)
		}
	}
	return false
}

func hasOperator(speakers []*Speaker) bool {
	for _, sp := range speakers {
		if sp.Role == RoleOperator {
			return true
		}
	}
	return false
}

// analystsSpokeBefore reports whether sp spoke before turn i: a speaker
// already heard is not introduced as a new questioner.
func analystsSpokeBefore(i int, sp *Speaker, speakers []*Speaker) bool {
	for j := 0; j < i-1; j++ {
		if speakers[j] == sp {
			return true
		}
	}
	return false
}

// introducesAsker reports whether an operator's turn introduces name as
// the next questioner: a sentence about a question that names them.
func introducesAsker(turn, name string) bool {
	for _, sent := range text.Split(turn) {
		if !strings.Contains(strings.ToLower(sent), "question") {
			continue
		}
		for _, m := range introRe.FindAllStringSubmatchIndex(sent, -1) {
			if SameName(normText(sent[m[2]:m[3]]), name) { // the name's group always takes part
				return true
			}
		}
	}
	return false
}

var ceoTitle = regexp.MustCompile(`(?i)\bCEO\b|chief executive|\bCFO\b|chief financial|president|chairman|founder`)

func firstNonOperator(turns []draftTurn, kinds []SectionKind, speakers []*Speaker) *Speaker {
	for i := range turns {
		if kinds[i] != SectionPrepared {
			return nil
		}
		if speakers[i].Role != RoleOperator {
			return speakers[i]
		}
	}
	return nil
}

// buildSections groups turns into sections and Q&A exchanges and gives
// every turn and paragraph its anchor.
func buildSections(name string, turns []draftTurn, kinds []SectionKind, speakers []*Speaker, reads []int) ([]*Section, []*Exchange) {
	var sections []*Section
	var exchanges []*Exchange
	var cur *Section
	var ex *Exchange
	counts := map[SectionKind]int{}
	conv := conversationAsks(turns, kinds, speakers)
	// The call's turns, paragraphs and the lists of them are each one
	// allocation, and the ids of a turn and its paragraphs one string:
	// made one by one, they were a fifth of a parse's allocations.
	all := make([]Turn, len(turns))
	nParas := 0
	for _, dt := range turns {
		nParas += len(dt.paras)
	}
	allParas := make([]Paragraph, nParas)
	paraPtrs := make([]*Paragraph, nParas)
	// A section's and an exchange's turns follow each other: each list is
	// a window of one of these, capped at its end so that an append
	// elsewhere copies it.
	secTurns := make([]*Turn, 0, len(turns))
	exTurns := make([]*Turn, 0, len(turns))
	secStart, exStart := 0, 0
	var ids []byte
	var ends []int
	for i, dt := range turns {
		k := kinds[i]
		if cur == nil || cur.Kind != k {
			cur = &Section{Kind: k}
			sections = append(sections, cur)
			secStart = len(secTurns)
			ex = nil
		}
		tu := &all[i]
		*tu = Turn{Speaker: speakers[i], Pos: Pos{File: name, Line: dt.line}}
		if k == SectionQA {
			opened := ex
			switch {
			case reads[i] >= 0:
				ex = &Exchange{N: len(exchanges) + 1, Analyst: speakers[reads[i]], Submitted: true}
			case i > 0 && reads[i-1] == i:
				// the question read out after the operator's cue to it
			case conv[i]:
				ex = &Exchange{N: len(exchanges) + 1, Analyst: speakers[i]}
			case startsExchange(i, turns, speakers, ex):
				ex = &Exchange{N: len(exchanges) + 1}
			}
			if ex != opened {
				ex.ID = "q" + strconv.Itoa(ex.N)
				exchanges = append(exchanges, ex)
				exStart = len(exTurns)
			}
		}
		ids = ids[:0]
		if ex != nil {
			exTurns = append(exTurns, tu)
			ex.Turns = exTurns[exStart:len(exTurns):len(exTurns)]
			tu.Exchange = ex
			ids = strconv.AppendInt(append(append(ids, ex.ID...), '-'), int64(len(ex.Turns)), 10)
		} else {
			counts[k]++
			ids = strconv.AppendInt(append(ids, sectionPrefix[k]...), int64(counts[k]), 10)
		}
		idLen := len(ids)
		ends = ends[:0] // where each paragraph's id ends in ids
		for j := range dt.paras {
			ids = strconv.AppendInt(append(append(ids, ids[:idLen]...), 'p'), int64(j+1), 10)
			ends = append(ends, len(ids))
		}
		idText := string(ids)
		tu.ID = idText[:idLen]
		n := len(dt.paras)
		paras := allParas[:n:n]
		allParas = allParas[n:]
		tu.Paragraphs = paraPtrs[:n:n]
		paraPtrs = paraPtrs[n:]
		at := idLen
		for j, p := range dt.paras {
			paras[j] = Paragraph{
				ID:   idText[at:ends[j]],
				Text: p.text,
				Pos:  Pos{File: name, Line: p.line},
			}
			tu.Paragraphs[j] = &paras[j]
			at = ends[j]
		}
		secTurns = append(secTurns, tu)
		cur.Turns = secTurns[secStart:len(secTurns):len(secTurns)]
	}
	for _, ex := range exchanges {
		fillExchange(ex)
	}
	// An exchange nobody asked in (an operator's aside) is not a question.
	kept := exchanges[:0]
	for _, ex := range exchanges {
		if ex.Analyst != nil {
			kept = append(kept, ex)
		}
	}
	if len(kept) != len(exchanges) {
		return renumber(sections, kept), kept
	}
	return sections, exchanges
}

var sectionPrefix = map[SectionKind]string{SectionPrepared: "pr", SectionQA: "qa", SectionClosing: "cl"}

// startsExchange: an operator turn followed by someone who is not
// management opens a new exchange, and so does a new analyst speaking
// without an introduction.
func startsExchange(i int, turns []draftTurn, speakers []*Speaker, cur *Exchange) bool {
	sp := speakers[i]
	if sp.Role == RoleOperator {
		next := i + 1
		if next >= len(turns) {
			return false
		}
		nr := speakers[next].Role
		// "Does that answer your question?" to the analyst who asked:
		// the exchange goes on.
		if cur != nil && speakers[next] == exchangeAnalyst(cur) && !questionIntro.MatchString(joinParas(turns[i])) && !followUpIntro.MatchString(joinParas(turns[i])) {
			return false
		}
		return nr == RoleAnalyst || nr == RoleUnknown || (cur != nil && cur.Analyst != nil && speakers[next] != cur.Analyst && nr != RoleManagement && nr != RoleHost)
	}
	if sp.Role == RoleAnalyst {
		if cur == nil {
			return true
		}
		if a := exchangeAnalyst(cur); a != nil && a != sp {
			// An exchange starts where an analyst starts asking: a
			// stray "Thank you, Becca." between two questions joins the
			// exchange it closes.
			return !(len(cur.Turns) == 1 && cur.Turns[0].Speaker.Role == RoleOperator) && !onlyPleasantries(turns[i])
		}
	}
	return false
}

// findConversation finds the questions of a call that has no operator to
// open a Q&A: a conference's fireside chat, where the host (often an
// analyst) asks and management answers. When nothing is in the Q&A and
// the host or an analyst puts at least two questions that management
// answers, the Q&A starts at the first of them.
func findConversation(turns []draftTurn, kinds []SectionKind, speakers []*Speaker) {
	first, n := -1, 0
	for i := range turns {
		if kinds[i] != SectionPrepared {
			return
		}
		r := speakers[i].Role
		if (r == RoleHost || r == RoleAnalyst) && putsQuestion(turns[i], false) && i+1 < len(turns) && speakers[i+1].Role == RoleManagement {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < 2 {
		return
	}
	for i := first; i < len(kinds); i++ {
		kinds[i] = SectionQA
	}
}

// conversationAsks marks the turns that open an exchange in a fireside
// chat: a Q&A with no operator and one questioner (the host or an
// analyst), where each of their questions that management answers is an
// exchange of its own. With several analysts, each analyst's turn at
// asking is one exchange, as on any call.
func conversationAsks(turns []draftTurn, kinds []SectionKind, speakers []*Speaker) []bool {
	out := make([]bool, len(turns))
	var asker *Speaker
	for i := range turns {
		if kinds[i] != SectionQA {
			continue
		}
		sp := speakers[i]
		switch sp.Role {
		case RoleOperator:
			return out
		case RoleHost, RoleAnalyst:
			if asker != nil && asker != sp && putsQuestion(turns[i], false) {
				return out
			}
			if asker == nil && putsQuestion(turns[i], false) {
				asker = sp
			}
		}
	}
	for i := range turns {
		out[i] = kinds[i] == SectionQA && speakers[i] == asker && putsQuestion(turns[i], false) && answeredAfter(i, turns, kinds, speakers)
	}
	return out
}

// The language of questions sent in and read out on the call: "we have a
// number of questions from shareholders", "our next question comes from
// the webcast", "questions submitted in advance"; and of going through
// them: "the next question is also for you", "our last question is for
// Jim", "this one is for you".
var (
	submittedCue = text.MustCue(`(?i)\bquestions?\b.*?\b(?:shareholders?|stockholders?|unitholders?|(?:retail |individual )?investors|webcast|web|website|internet|online|e-?mail(?:ed)?|chat|portal|audience|listeners?|submitted|sent (?:in|to us|us)|send us|in advance|came in|written)\b|\b(?:shareholders?|stockholders?|investors?|listeners?|webcast participants?)\b.*?\b(?:submitted|sent|send us|e-?mailed|asked|asks|wants? to know|would like to know)\b|\b(?:submitted|e-?mailed|sent[- ]in|written|webcast|online) questions?\b`)
	readOrderCue = text.MustCue(`(?i)\bquestion (?:is|goes|relates|was) (?:also )?(?:for|to|directed to|addressed to)\b|\b(?:this|first|next|last|final) one (?:is )?(?:also )?(?:for|to)\b|\bquestion for (?:you|management)\b`)
	// announceCue is an executive's taking up of questions sent in: "we
	// have three questions about tax", "let's turn to the questions".
	announceCue = text.MustCue(`(?i)\b(?:we(?: now)? (?:have|'ve got|got|received)|we'll (?:take|turn to|answer|go to)|let's (?:turn|go|move) to|let me (?:take|read)|there (?:are|is|were))\b[^.?!]*\bquestions?\b`)
	// namesCaller is an introduction of a caller by name ("from Ann Lee, a
	// shareholder"): they ask for themselves.
	namesCaller = regexp.MustCompile(`\b(?:from|of|is)\s+(?:the line of\s+)?(?:Mr\.?\s+|Ms\.?\s+)?[A-Z][\p{L}'’.\-]+(?:\s+[A-Z][\p{L}'’.\-]+)+`)
	// handOff is an executive passing a question to a colleague, which
	// asks nothing new: "Raj, do you want to add to that?", "would you
	// take that one?".
	handOff = text.MustCue(`(?i)\b(?:want|wants|like|care) to (?:add|comment|take|answer|chime|jump|expand|address|handle|read)\b|\b(?:anything|something|more) to add\b|\b(?:would|could|can|will) you (?:take|answer|handle|address|read)\b|\b(?:take|answer|handle) (?:that|this|it|those)(?: one)?\?`)
	// readCue is a sentence that says a question is being read out.
	readCue = text.MustCue(`(?i)\bquestions?\b|\b(?:would like|wants?|wanted|wanting) to know\b|\basked\b|\basks\b`)
	// queueMechanics is the operator's instructions for asking, which ask nothing of management.
	queueMechanics = regexp.MustCompile(`(?i)\bpress\b|\b(?:on |un)?mute\b|\bstar\b|\*|\bqueue\b|\bkeypad\b|\btouch-?tone\b|\bask a question\b|\bhear me\b`)
)

// readQuestions finds the questions that someone on the call reads out
// for others: a turn by the operator, the host or an executive that puts
// a question to management, says it is a question sent in or that it
// goes through such questions, and is answered by management. It returns,
// for each turn, the turn of the reader when an exchange read out starts
// there (the operator's cue right before the reader, or the reader's own
// turn), else -1. Once someone has said the questions were sent in, each
// further question they read needs no cue of its own.
func readQuestions(turns []draftTurn, kinds []SectionKind, speakers []*Speaker) []int {
	out := make([]int, len(turns))
	for i := range out {
		out[i] = -1
	}
	readers := map[*Speaker]bool{}
	for i := range turns {
		sp := speakers[i]
		if kinds[i] != SectionQA {
			continue
		}
		if sp.Role == RoleAnalyst || sp.Role == RoleUnknown {
			readers = map[*Speaker]bool{} // a live questioner: the reading is over
			continue
		}
		// The operator and the host moderate; an executive takes up
		// questions sent in only when they say so.
		moderator := sp.Role == RoleOperator || sp.Role == RoleHost
		// An executive's turn is asked the rarer announcement first: it
		// spares most answers the costlier test for questions sent in.
		// An announcement says "question", which most answers do not:
		// looking for the word is cheaper than the cue's own screen.
		submitted := (moderator || saysAnyHolding(turns[i], announceCue, "question")) && saysAny(turns[i], submittedCue)
		order := moderator && saysAny(turns[i], readOrderCue)
		// "Our next question comes from the webcast." hands the reading
		// to whoever speaks next.
		handed := i > 0 && kinds[i-1] == SectionQA && (speakers[i-1].Role == RoleOperator || speakers[i-1].Role == RoleHost) &&
			saysAny(turns[i-1], submittedCue) && !putsQuestion(turns[i-1], true) && !namesCaller.MatchString(joinParas(turns[i-1]))
		if submitted || order || handed {
			readers[sp] = true
		}
		// An executive who reads a question and then answers it goes on
		// in the same exchange.
		if !readers[sp] || (i > 0 && speakers[i-1] == sp && (out[i-1] == i-1 || (i > 1 && out[i-2] == i-1))) || !putsQuestion(turns[i], submitted || order || saysAny(turns[i], readCue)) || !answeredAfter(i, turns, kinds, speakers) {
			continue
		}
		start := i
		if p := i - 1; p >= 0 && kinds[p] == SectionQA && speakers[p].Role == RoleOperator && speakers[p] != sp && out[p] < 0 && questionIntro.MatchString(joinParas(turns[p])) {
			start = p // "Our next question comes from the webcast." and the host reads it
		}
		out[start] = i
	}
	return out
}

// mayFold reports whether s may hold word (lower-case ASCII) as a
// case-insensitive expression reads it: in any case, or with the Kelvin
// sign or the long s, which fold to k and s.
func mayFold(s, word string) bool {
	return containsFoldASCII(s, word) ||
		strings.IndexByte(word, 'k') >= 0 && strings.Contains(s, "\u212a") ||
		strings.IndexByte(word, 's') >= 0 && strings.Contains(s, "\u017f")
}

// containsFoldASCII reports whether s holds word (lower-case ASCII) in any
// case, stepping from one place of its rarest byte (text.RarestByte) to
// the next with strings.IndexByte in each case: the first letter of a
// name asked of a whole call ("a" of "aaron's") is found every few bytes.
func containsFoldASCII(s, word string) bool {
	k := text.RarestByte(word)
	lower, upper := word[k], word[k]
	if 'a' <= lower && lower <= 'z' {
		upper = lower - ('a' - 'A')
	}
	after := len(word) - k         // the anchor and the bytes after it
	nextLower, nextUpper := -1, -1 // the next places of each at or after from; len(s) when none
	for from := k; from+after <= len(s); {
		if nextLower < from {
			nextLower = from + indexOrLen(s[from:], lower)
		}
		if nextUpper < from {
			nextUpper = from + indexOrLen(s[from:], upper)
		}
		at := min(nextLower, nextUpper)
		if at+after > len(s) {
			return false
		}
		if strings.EqualFold(s[at-k:at+after], word) {
			return true
		}
		from = at + 1
	}
	return false
}

// indexOrLen is strings.IndexByte, or len(s) when c is not in s.
func indexOrLen(s string, c byte) int {
	if i := strings.IndexByte(s, c); i >= 0 {
		return i
	}
	return len(s)
}

// saysAny reports whether a sentence of the turn matches re.
func saysAny(tu draftTurn, re *text.Cue) bool {
	return saysAnyHolding(tu, re, "")
}

// saysAnyHolding is saysAny of a cue whose every match holds word
// (lower-case ASCII, "" for none): only the paragraphs and sentences that
// may hold it (mayFold) are asked, which is cheaper than the cue's own
// screen where the word is rare ("question" in an executive's answers).
func saysAnyHolding(tu draftTurn, re *text.Cue, word string) bool {
	for _, p := range tu.paras {
		if word != "" && !mayFold(p.text, word) || !re.MayMatchIn(p.text) {
			continue // not in any of its sentences either
		}
		for sp := range text.EachSentence(p.text) {
			s := p.text[sp.Start:sp.End]
			if (word == "" || mayFold(s, word)) && re.MatchString(s) {
				return true
			}
		}
	}
	return false
}

// putsQuestion reports whether a turn puts a question of substance: a
// sentence that asks and names what it is about, not the operator's
// instructions for asking, a pleasantry nor a hand-off to a colleague.
// Unless the turn says it reads a question (cued), the sentence must end
// in a question mark.
func putsQuestion(tu draftTurn, cued bool) bool {
	for _, p := range tu.paras {
		for _, s := range text.Split(p.text) {
			if !cued && !strings.HasSuffix(strings.TrimRight(s, `"')”’ `), "?") {
				continue
			}
			if text.Asks(s) && !text.Pleasantry(s) && !queueMechanics.MatchString(s) && !questionIntro.MatchString(s) && !handOff.MatchString(s) && text.Substance(s) >= 2 {
				return true
			}
		}
	}
	return false
}

// answeredAfter reports whether management answers turn i: the next turn
// is management's (or the host's), by someone else or by the executive
// who read the question out.
func answeredAfter(i int, turns []draftTurn, kinds []SectionKind, speakers []*Speaker) bool {
	j := i + 1
	if j >= len(turns) || kinds[j] != SectionQA {
		return false
	}
	r := speakers[j].Role
	if r != RoleManagement && r != RoleHost {
		return false
	}
	return speakers[j] != speakers[i] || speakers[i].Role == RoleManagement
}

// onlyPleasantries reports whether every sentence of a turn is a greeting,
// thanks or line check.
func onlyPleasantries(tu draftTurn) bool {
	for _, p := range tu.paras {
		for _, s := range text.Split(p.text) {
			if !text.Pleasantry(s) {
				return false
			}
		}
	}
	return true
}

func exchangeAnalyst(ex *Exchange) *Speaker {
	if ex.Analyst != nil { // set when the exchange was opened for its asker
		return ex.Analyst
	}
	for _, tu := range ex.Turns {
		if tu.Speaker.Role == RoleAnalyst {
			return tu.Speaker
		}
	}
	return nil
}

func fillExchange(ex *Exchange) {
	ex.Analyst = exchangeAnalyst(ex)
	seen := map[*Speaker]bool{}
	asked := false // the reader's turn that puts a question sent in
	for _, tu := range ex.Turns {
		r := tu.Speaker.Role
		// Whoever reads a question out answers it only when they are an
		// executive who speaks again.
		if tu.Speaker == ex.Analyst && (!ex.Submitted || !asked || r != RoleManagement) {
			asked = true
			continue
		}
		if (r == RoleManagement || r == RoleHost) && !seen[tu.Speaker] {
			seen[tu.Speaker] = true
			ex.AnsweredBy = append(ex.AnsweredBy, tu.Speaker)
		}
	}
}

// renumber gives exchanges consecutive numbers after some were dropped and
// re-derives the anchors of their turns; turns of dropped exchanges become
// plain Q&A turns.
func renumber(sections []*Section, kept []*Exchange) []*Section {
	keep := map[*Exchange]bool{}
	for i, ex := range kept {
		keep[ex] = true
		ex.N = i + 1
		ex.ID = "q" + strconv.Itoa(ex.N)
	}
	for _, s := range sections {
		n := 0
		for _, tu := range s.Turns {
			if tu.Exchange != nil && !keep[tu.Exchange] {
				tu.Exchange.Turns = nil
				tu.Exchange = nil
			}
			if tu.Exchange == nil {
				n++
				tu.ID = sectionPrefix[s.Kind] + strconv.Itoa(n)
			}
		}
	}
	for _, ex := range kept {
		for j, tu := range ex.Turns {
			tu.ID = ex.ID + "-" + strconv.Itoa(j+1)
		}
	}
	for _, s := range sections {
		for _, tu := range s.Turns {
			for j, p := range tu.Paragraphs {
				p.ID = tu.ID + "p" + strconv.Itoa(j+1)
			}
		}
	}
	return sections
}

// introRe finds "... from Mike Latimore from Northland Capital Markets",
// "... from the line of Sanjay Sakhrani with KBW", "Tim Horan of Oppenheimer".
var introRe = text.MustCue(`(?:\bfrom|\bof|\bis|\bto|\bwith)\s+(?:the\s+line\s+of\s+)?(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?([A-Z][\p{L}'’.\-]*(?:\s+[A-Z][\p{L}'’.\-]*){0,4})\s*(?:,\s*|\s+(?:from|of|with|at|representing)\s+)(?:the\s+)?([A-Z0-9][\p{L}\p{N}&'’.,\- ]*?)\s*(?:[.;:]\s|\.?$|,\s+(?:please|your|you|go)\b|\s+(?:please|your line|you may|go ahead)\b)`)

// assignFirms takes each analyst's firm from the operator's introduction
// when the participant list and speaker line did not give one, and keeps
// the name the operator used. It returns what it set, in order.
func assignFirms(t *Transcript) []firmSet {
	var set []firmSet
	for i, ex := range t.Exchanges {
		if ex.Analyst == nil || ex.Submitted {
			continue
		}
		for _, tu := range ex.Turns {
			if tu.Speaker.Role != RoleOperator {
				continue
			}
			for _, p := range tu.Paragraphs {
				for _, m := range introRe.FindAllStringSubmatchIndex(p.Text, -1) {
					who, firm := normText(p.Text[m[2]:m[3]]), p.Text[m[4]:m[5]]
					// "Corp." keeps the dot that also ends the sentence.
					if strings.HasPrefix(p.Text[m[5]:], ".") && endsWithAbbrev(firm+".") {
						firm += "."
					}
					firm = cleanFirm(firm)
					if !SameName(who, ex.Analyst.Name) || firm == "" {
						continue
					}
					s := firmSet{exchange: i}
					if ex.Analyst.Firm == "" {
						ex.Analyst.Firm, s.firm = firm, firm
					}
					if who != ex.Analyst.Name && ex.Analyst.IntroducedAs == "" {
						ex.Analyst.IntroducedAs, s.introducedAs = who, who
					}
					if s.firm != "" || s.introducedAs != "" {
						s.speaker = slices.Index(t.Speakers, ex.Analyst)
						set = append(set, s)
					}
				}
			}
		}
		ex.Firm = ex.Analyst.Firm
	}
	return set
}

func cleanFirm(s string) string {
	s = strings.TrimSpace(normText(s))
	s = strings.TrimRight(s, ",; ")
	for _, suffix := range []string{" Please", " please"} {
		if i := strings.Index(s, suffix); i > 0 {
			s = s[:i]
		}
	}
	// "Northland Capital Markets." -> keep "Corp." but drop a sentence dot.
	if strings.HasSuffix(s, ".") && !endsWithAbbrev(s) {
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// firmAbbrevs are the abbreviations a firm's name may end with, their
// dot included ("Corp.", "L.P."): that dot is the name's.
var firmAbbrevs = []string{"Corp.", "Inc.", "Co.", "Ltd.", "L.P.", "S.A.", "N.A.", "Cos.", "Bros.", "Assoc."}

// endsWithAbbrev reports whether s ends with one of firmAbbrevs. A suffix
// test, not a regular expression: it runs on every name the operator's
// introductions match.
func endsWithAbbrev(s string) bool {
	for _, a := range firmAbbrevs {
		if strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}
