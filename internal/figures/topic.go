package figures

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// A speaker who turns to a part of the company ("Turning to our Industrial
// segment." "Our Widgets business had a strong quarter.") goes on about that
// part in the sentences that follow, often without naming it again
// ("Revenue was $60 million."). The topic follows the speaker from sentence
// to sentence and from paragraph to paragraph of one turn, until the
// speaker turns to something else (the balance sheet, the outlook) or
// speaks of the whole company again ("On a consolidated basis", "total
// company").

// FindTurn returns the figures of each paragraph of one speaker's turn, as
// Find would, with the part of the company the turn is about carried from
// one paragraph to the next, and a basis announced for the numbers that
// follow (announced.go; ctx.Basis is one announced by an earlier turn)
// given to them. It also returns the basis in force at the turn's end,
// for the next turn of the section.
func FindTurn(paragraphs []string, ctx Context) ([][]Figure, string) {
	out := make([][]Figure, len(paragraphs))
	topic, basis := "", ctx.Basis
	// each paragraph in lower case once, when first read: the steps below
	// all read it, but of a turn that says no amount (most) they only ask
	// whether it says a number or announces a basis, which an ASCII
	// paragraph answers as it is (lower keeps "" as it is)
	lows := make([]string, len(paragraphs))
	lowAt := func(i int) string {
		if lows[i] == "" {
			lows[i] = lower(paragraphs[i])
		}
		return lows[i]
	}
	// the paragraphs after the last that says an amount have no figure,
	// and nothing read from them matters but an announced basis: most
	// turns (questions, thanks, strategy) say no amount at all
	last, lastRead := len(paragraphs)-1, reading{}
	for ; last >= 0; last-- {
		said := paragraphs[last] // an ASCII text is read as it is (numberSaid)
		if !isASCII(said) {
			said = lowAt(last)
		}
		if !numberSaid(said) {
			continue // most paragraphs of a question or a thank-you: not tokenized
		}
		if lastRead = readParagraph(paragraphs[last], lowAt(last)); lastRead.amountsEnd > 0 {
			break // read once: find goes on with it
		}
		lastRead.release()
	}
	if last >= 0 {
		for i := range paragraphs {
			lowAt(i) // all read below
		}
		ctx = turnContext(paragraphs, lows, ctx)
	}
	heading := ""
	for i, p := range paragraphs[:last+1] {
		r := lastRead
		r.lastOfTurn = true
		if i < last {
			r = readParagraph(p, lows[i])
		}
		var sents []text.Span
		out[i], topic, sents = findRead(r, ctx, topic, heading)
		if i == last {
			break // what the steps below read is for the paragraphs after
		}
		if sents == nil {
			sents = text.Sentences(p) // (a paragraph with a note: find split it blanked)
		}
		ctx.walk = walkThroughSegments(p, lows[i], sents, ctx.walk, placeOpensResults(p, lows[i], sents, ctx))
		ctx.hold = announcedAtEnd(p, sents, ctx.parts)
		ctx.yearResults = yearAnnounced(lows[i], sents, ctx.yearResults)
		heading = headingOf(p, lows[i], sents, out[i]) // for the next paragraph
		if topic != "" && topic != "segment" && !slices.Contains(ctx.parts, topic) {
			ctx.parts = append(slices.Clip(ctx.parts), topic)
		}
	}
	for i, p := range paragraphs {
		if basis != "" && len(out[i]) > 0 { // (it reads the paragraph only for its figures)
			applyAnnounced(lowAt(i), out[i], 0, basis)
		}
		if strings.IndexByte(p, '-') < 0 && strings.IndexByte(p, 'j') < 0 && strings.IndexByte(p, 'J') < 0 && isASCII(p) && !strings.Contains(p, "ore perf") && !strings.Contains(p, "ore res") {
			continue // says neither "adjusted", "non-GAAP" nor "core": announces no basis (announcedBasis)
		}
		if at, b := announcedBasis(lowAt(i)); at >= 0 {
			applyAnnounced(lowAt(i), out[i], at, b)
			basis = b
		}
	}
	return out, basis
}

// turnContext is ctx with what the whole turn (paragraphs; lows, in lower
// case) says of the figures of each of its paragraphs: the parts of the
// company it names and whether it speaks of selling property.
func turnContext(paragraphs, lows []string, ctx Context) Context {
	if heads := lowerCaseParts(paragraphs, lows); len(heads) > 0 {
		ctx.parts = append(slices.Clip(ctx.parts), heads...)
	}
	if units := brandedUnits(paragraphs, ctx.Company); len(units) > 0 {
		ctx.parts = append(slices.Clip(ctx.parts), units...)
		ctx.branded = nil
		for _, u := range units {
			ctx.branded = append(ctx.branded, u, strings.ToLower(strings.TrimSpace(ctx.Company))+" "+u) // "hotels", "loews hotels"
		}
	}
	units, named := subjectUnits(paragraphs, ctx)
	if len(units) > 0 {
		ctx.parts = append(slices.Clip(ctx.parts), units...)
	}
	ctx.named = named
	for i, p := range paragraphs {
		if containsAnyOf(p, "isposition") && speaksOfDispositions(lows[i]) { // (looked for by its rarest byte)
			ctx.dispositions = true // "Dispositions totaled $261 million"
			break
		}
	}
	return ctx
}

// sentenceTopics returns the topic in force at each sentence of a
// paragraph (from the sentences before it), and the topic at its end,
// which the next paragraph starts with only when this one named it.
//
// While the speaker walks through the segments (walk: see
// walkThroughSegments), a sentence that would fall back to the whole
// company keeps the topic "segment": its figures are some segment's.
//
// A part whose guidance or results the paragraph before announced at its
// end (hold, see partAnnounced) is the topic of every sentence of this
// one that does not turn away or name the whole company: "We expect net
// sales growth of 7% to 9%" after "let's discuss our beer guidance".
func sentenceTopics(para, low string, sents []text.Span, in string, parts, named, branded []string, walk, placeLed bool, hold string) ([]string, string) {
	at := make([]string, len(sents))
	t, set := in, false
	recent := in      // the part last talked about in the paragraph (see refersToPart)
	placeLeft := 0    // sentences a place's topic holds for yet (see namedPlace)
	unitHeld := false // the place is a unit named as a result's subject (named)
	possessive := ""  // the unit last named in the possessive (possessiveUnit): not past its paragraph
	lowAt := lowerSpans(para, low)
	var prev sentText
	for k, sp := range sents {
		sent := para[sp.Start:sp.End]
		st := newSentText(sent, lowAt.of(sp))
		if hold != "" && t == "" && !st.turns && !wholeCompanySentence.in(st.low) {
			t = hold
		}
		if t == "segment" && announcesOther(st.low) {
			t = "" // "Now, I will focus on operating highlights": the segments are done
		}
		at[k] = t
		if unitHeld && strings.HasPrefix(trimLeadWords(st.low), "we ") {
			// "Western Europe grew 2%. We also saw operating margins expand
			// to 13%": the speaker is back to the company
			at[k], t, placeLeft, unitHeld = "", "", 0, false
		}
		if walk && t == "" && !endsWalk(st, "") {
			at[k] = "segment"
		}
		n := nextTopicLow(t, st.said, st.low)
		if n == "" && t != "" && slices.Contains(branded, t) && !st.turns && saysOnlyTheCompany(st.low) {
			// "Turning to Harbor Hotels. While the company continues to
			// suffer ...": a unit named by the company's name is a company
			// of its own, and "the company" is that one
			n = t
		}
		if u := possessiveUnit(st.low, branded); u != "" && (n == "" || n == t) {
			// "Loews Hotels' cash flow has improved ... GAAP revenue was
			// $39 million": a unit of the company's name said in the
			// possessive is what the sentence and the ones after it in its
			// paragraph speak of
			n, at[k], possessive = u, u, u
		}
		if n == "" {
			if h := headingPartOf(sent, st.low, parts); h != "" {
				n = h // "Starting with beer.": a part said in lower case, known from the rest of the turn
			} else if h := partAnnouncedLow(st.low, parts); h != "" {
				n, set = h, true // "Now, let's discuss our full-year beer guidance.": what follows is the part's
			}
		}
		if n == "" || n == t {
			if name := namedPlace(st); name != "" {
				// "In Applied Water, orders were up 17% organically. Revenue
				// grew 8%.": the place holds for its sentence and the next
				n, at[k], placeLeft, unitHeld = name, name, 2, false
			} else if name := partAgain(st.low, named); name != "" {
				// "Commercial Airplanes generated revenue of $13.7 billion. ...
				// our backlog is worth $415 billion.": so does a unit named
				// in words as a result's subject (a unit, a place or a
				// category said in passing)
				n, at[k], placeLeft, unitHeld = name, name, 2, true
			}
		}
		if n == "" && hold != "" && st.turns {
			hold = ""
		}
		if n == "" && k > 0 && slideOnly(prev) {
			// "Turning to Slide 5. Aerospace and defense orders were $54
			// million.": the slide is this part's, and so is what follows
			n = partBeforeMetric(sent)
		}
		if n == "" || n == t {
			if p := partAgain(st.low, withTopic(parts, t)); p != "" {
				n, set = p, true // named again: the part holds on into the next paragraph
				at[k] = p        // and is this sentence's subject: "Parcel reported a 9% increase in revenue"
			} else if n != "" && refersToPart(st.low) {
				set = true // "Orders for the segment were up 70%": still the part, into the next paragraph
			}
		}
		if n == "" && t == "" && recent != "" && recent != "segment" && refersToPart(st.low) {
			// "We have good visibility through fiscal year 2022. We delivered
			// segment operating income of $956 million": a sentence on the
			// whole company in passing; the segment said is the one talked about last
			n, at[k], set = recent, recent, true
		}
		if n == "" && t != "" && set && keepsPart(st) {
			// "Starting with Widgets; we expect revenue to rise 20%. ... We're
			// targeting a margin of 29%.": a part the paragraph turned to
			// holds until the speaker names the whole company or turns away
			n = t
		}
		if n == "" && t != "" && st.turns {
			at[k] = "" // "In terms of adjusted operating income, we earned": the turn holds from its own sentence
		}
		turned := turnsToPart(st, t, n) || k == 0 && placeLed
		if n != t && n != "" {
			set = true
		}
		if placeLeft > 0 {
			if placeLeft--; placeLeft == 0 && n == at[k] {
				n = ""
			}
			unitHeld = unitHeld && placeLeft > 0
		}
		t = n
		if n != "" && n != "segment" {
			recent = n
		}
		walk = walk && !endsWalk(st, t) || segmentsTurn(st) || turned
		prev = st
	}
	if !set || placeLeft > 0 || t == possessive {
		t = "" // the topic holds for the paragraph that opens it and the next one; a place or a unit named in the possessive, not past its paragraph
	}
	return at, t
}

// namedPlace is the part or region that opens a sentence by its name in
// capitals ("In Applied Water, orders were up", "In the Americas, sales
// decreased"), in lower case, or "". The speaker names it in passing, so
// it is the topic of its sentence and the next one only.
func namedPlace(st sentText) string {
	rest, ok := strings.CutPrefix(trimLeadWords(st.low), "in ")
	if !ok {
		rest, ok = strings.CutPrefix(trimLeadWords(st.low), "at ") // "At Aviation, revenues were"
	}
	if !ok || len(st.said) != len(st.low) {
		return ""
	}
	i := strings.IndexByte(rest, ',')
	if i <= 0 || i > 40 {
		return ""
	}
	said := st.said[len(st.said)-len(rest):][:i]
	if !capitalName(strings.TrimPrefix(said, "the ")) {
		return ""
	}
	return rest[:i]
}

// byPart reports a sentence that opens a list of the parts by the kind of
// part they are: "By brand, ...", "By region, ...", "By segment, ...".
func byPart(low string) bool {
	rest, ok := strings.CutPrefix(trimLeadWords(low), "by ")
	if !ok {
		return false
	}
	kind, _, ok := strings.Cut(rest, ",")
	return ok && (partNouns[kind] || byPartKinds[kind])
}

// byPartKinds are the kinds of part, besides partNouns, a speaker lists
// results by.
var byPartKinds = wordSet(`brand brands geography geographies channel channels`)

// withTopic is parts with the part talked about (t) among them, so that
// naming it again keeps it: "Turning to Colonial Penn on Slide 9. Colonial
// Penn, our direct-to-consumer business, delivered record sales".
func withTopic(parts []string, t string) []string {
	if t == "" || t == "segment" || slices.Contains(parts, t) {
		return parts
	}
	return append(slices.Clip(parts), t)
}

// segmentsTurn reports a sentence that turns to the segments as a whole
// ("Moving to segment performance.", "Let me now turn to our segment
// results, starting with Pumps."): the speaker then goes through the parts
// one by one, not always naming each again.
func segmentsTurn(sent sentText) bool {
	if byPart(sent.low) {
		return true // "By brand, West Elm delivered a 22.5% comp. ... Williams-Sonoma drove a 7.6% comp."
	}
	if !strings.Contains(sent.low, "gment") || !containsFoldASCII(sent.said, "segment") {
		return false // most sentences do not say it
	}
	s := trimLeadWords(sent.low)
	if i := strings.Index(s, ", "); i > 0 && !opensTransition(s) && !strings.ContainsAny(s[:i], "0123456789$%") {
		s = s[i+2:] // "With that overview of the consolidated results, I'll turn to our segments."
	}
	for _, p := range transitionsFor(s) {
		if rest, ok := strings.CutPrefix(s, p); ok {
			if i := strings.IndexAny(rest, ",;:.!?"); i >= 0 {
				rest = rest[:i]
			}
			ws := strings.Fields(rest)
			if n := len(ws); n > 0 && ws[n-1] == "segments" {
				return true // "the highlights for each of our transportation segments": all of them
			}
			for k, w := range ws {
				switch {
				case w == "segment" || w == "segments":
					// "segment results", "our segments", not "segment profit"
					// (a metric of all the segments) or "the Pumps segment"
					return k+1 == len(ws) && (w == "segments" || k == 0) || k+1 < len(ws) && segmentReview[ws[k+1]]
				case !segmentsLead[w]:
					return false
				}
			}
			return false
		}
	}
	if !signSaid(s) && announcerSet.in(s) {
		// "As usual, I will be providing segment comments that compare the
		// quarter to last year": the speaker's plan for what follows
		ws := strings.Fields(s)
		for k, w := range ws[:max(len(ws)-1, 0)] {
			if w == "segment" && segmentReview[strings.Trim(ws[k+1], ".,;:")] {
				return true
			}
		}
	}
	return false
}

// segmentsLead are the words that may come before "segments" when the
// speaker speaks of all of them: "our reportable segments".
var segmentsLead = wordSet(`our the each of reportable reporting operating business individual`)

// segmentReview are the words after "segment" that announce a review of
// the segments: "segment results", "segment performance".
var segmentReview = wordSet(`results performance review reviews highlights detail details discussion information data overview comments commentary`)

// endsWalk reports a sentence that ends a walk through the segments, given
// the topic after it: a turn to something that is not a part ("Turning to
// the balance sheet") or words of the whole company ("On a consolidated
// basis", "Overall").
func endsWalk(sent sentText, topic string) bool {
	s := sent.low
	return topic == "" && (sent.turns || announcesOther(s) || slideLed(s)) || wholeCompanySentence.in(s) || containsAnyOf(s, walkEnders...)
}

// slideLed reports a sentence (lower case) that opens on a slide or page
// ("On slide 32, our sales forecast for 2021 ..."): the speaker has moved
// on to what it shows.
func slideLed(s string) bool {
	s = trimLeadWords(s)
	return strings.HasPrefix(s, "on slide ") || strings.HasPrefix(s, "on page ") || strings.HasPrefix(s, "on slides ")
}

// announcesOther reports a sentence in which the speaker announces what
// comes next and names no part ("Now, I will focus on operating highlights
// in the fourth quarter."): the walk through the segments is over.
func announcesOther(s string) bool {
	if !announcerSet.in(s) {
		return false // most sentences: one pass for all of them
	}
	for _, a := range announcers {
		if i := strings.Index(s, a); i >= 0 {
			said, _, _ := strings.Cut(s[i:], ",") // the announcement, not the amounts said after it
			return !strings.ContainsAny(said, "$%") && !strings.Contains(said, "segment")
		}
	}
	return false
}

// walkEnders are words of what only the whole company has or plans
// (companyWords less those a segment's review says too: "expect", "full
// year", "total").
var walkEnders = []string{"the company", "overall", "corporate", "outlook", "guidance", "balance sheet", "cash flow", "tax rate",
	"per share", "eps", "liquidity", "dividend", "repurchase", "buyback", "total segment", "general and administrative", "g&a",
	"interest expense", "capital plan", "share count"} // (not "capex": "capex spending is recovering" is the customers')

// walkThroughSegments says whether the speaker is still walking through
// the segments after a paragraph, given whether they were before it.
// low is para in lower case, sents its sentences.
func walkThroughSegments(para, low string, sents []text.Span, walk, placeLed bool) bool {
	lowAt := lowerSpans(para, low)
	if !walk && !(strings.Contains(para, "gment") && strings.Contains(para, "egment")) && !announcerSet.in(low) && !anyTurns(lowAt, sents) && !placeLed { // ("g" is rarer than "e")
		return false // no turn to the segments or to a part can be said without the word, a transition or the speaker's plan
	}
	t := ""
	for k, sp := range sents {
		sent := newSentText(para[sp.Start:sp.End], lowAt.of(sp))
		n := nextTopicLow(t, sent.said, sent.low)
		walk = walk && !endsWalk(sent, n) || segmentsTurn(sent) || turnsToPart(sent, t, n) || k == 0 && placeLed
		t = n
	}
	return walk
}

// anyTurns reports whether one of sents opens with a transition (turnsAwayLow).
func anyTurns(lowAt spanLower, sents []text.Span) bool {
	for _, sp := range sents {
		if turnsAwayLow(lowAt.of(sp)) {
			return true
		}
	}
	return false
}

// lastTurn is the index of the last of sents (spans of low, in lower case)
// that opens with a transition (turnsAwayLow), or -1.
func lastTurn(low string, sents []text.Span) int {
	for k := len(sents) - 1; k >= 0; k-- {
		if turnsAwayLow(low[sents[k].Start:sents[k].End]) {
			return k
		}
	}
	return -1
}

// placeOpensResults reports a paragraph (its sentences, sents) whose first
// sentence opens on a part by name and states its results ("In Optical
// Communications, fourth quarter sales were $903 million") and names no
// other place after: the speaker walks through the parts, and the rest of
// the paragraph and the next ones go on about this one.
func placeOpensResults(para, low string, sents []text.Span, ctx Context) bool {
	if len(sents) == 0 || !strings.HasPrefix(low, "in ") && !strings.HasPrefix(low, "at ") {
		return false // (most paragraphs: asked before reading the sentence)
	}
	lowAt := lowerSpans(para, low)
	st := newSentText(para[sents[0].Start:sents[0].End], lowAt.of(sents[0]))
	if !digitSaid(st.low) || !containsAnyOf(st.low, partResultWords...) {
		return false
	}
	if name := namedPlace(st); name == "" || ownNameOf(name, ctx.Company, ctx.Ticker) {
		return false // "At Broadridge, revenues grew 8%": the company itself
	}
	for _, sp := range sents[1:] {
		if namedPlace(newSentText(para[sp.Start:sp.End], lowAt.of(sp))) != "" {
			return false // "In Europe, sales decreased 12%. In the Americas, ...": places said in passing, in a list
		}
	}
	return true
}

// partResultWords name the results a part of the company reports: a
// sentence led by a place that says none ("At Keystone, we are planning
// a terrain expansion of 555 acres") starts no walk through the parts.
var partResultWords = []string{"sales", "revenue", "orders", "bookings", "income", "profit", "margin", "ebit", "premiums", "earnings"}

// turnsToPart reports a sentence that turns (a transition or the speaker's
// plan) from the topic before to another part, after: "Turning to slide
// 10, we'll look at Automation Solutions." The speaker then walks through
// the parts, as after a turn to the segments (segmentsTurn), and a figure
// said later without a part's name is some part's ("Backlog increased to
// $5.5 billion") until the whole company is named again (endsWalk).
func turnsToPart(sent sentText, before, after string) bool {
	return after != "" && after != "segment" && after != before && (sent.turns || announcerSet.in(sent.low))
}

// sentText is a sentence as said and in lower case: the topic rules read
// both, and the lower case is a slice of the paragraph's, not a copy.
type sentText struct {
	said, low string
	turns     bool // it opens with a transition (turnsAway), asked by several rules
}

func newSentText(said, low string) sentText {
	return sentText{said: said, low: low, turns: turnsAwayLow(low)}
}

// spanLower gives the lower case of spans of s, given low, s in lower
// case: a slice of low when lower-casing kept every byte where it was (as
// it does for ASCII), else the span lower-cased on its own. (A value, not
// a closure: one was allocated for every paragraph.)
type spanLower struct {
	s, low  string
	aligned bool
}

func lowerSpans(s, low string) spanLower {
	return spanLower{s: s, low: low, aligned: lowerAligned(s, low)}
}

// of is the span sp of s in lower case.
func (l spanLower) of(sp text.Span) string {
	if l.aligned {
		return l.low[sp.Start:sp.End]
	}
	return strings.ToLower(l.s[sp.Start:sp.End])
}

// lowerAligned reports whether low, s lower-cased, has each rune of s at
// the same bytes: then a span of s in lower case is the same span of low.
func lowerAligned(s, low string) bool {
	if len(s) != len(low) {
		return false
	}
	if isASCII(s) {
		return true
	}
	for _, r := range s {
		if r == utf8.RuneError || utf8.RuneLen(r) != utf8.RuneLen(unicode.ToLower(r)) {
			return false // an invalid byte becomes three; "İ" becomes "i"
		}
	}
	return true
}

// trimLeadWords drops the words that may open any sentence ("and", "so",
// "now, ", "finally, ") from a lower-case sentence.
func trimLeadWords(s string) string {
	for {
		if !leadWordOpenings.opens(s) {
			return s // most sentences: no lead word can match
		}
		n := s
		for _, p := range leadWords {
			if n != "" && n[0] == p[0] { // (a byte's test before the comparison)
				n = strings.TrimPrefix(n, p)
			}
		}
		if n == s {
			return s
		}
		s = n
	}
}

// headingTransitions open a sentence that only names what the speaker
// talks about next ("Starting with beer.").
var headingTransitions = []string{"starting with ", "beginning with ", "turning to ", "turning now to ", "now turning to ",
	"moving to ", "moving on to ", "moving now to ", "now moving to ", "let's turn to ", "let me turn to ", "let me start with ",
	"i'll start with ", "let's start with ", "let's move to ", "let me move to ", "shifting to ", "switching to "}

// headingPartOf is headingPart when it is one of parts, or "": with no
// parts, the usual case, the sentence need not be read.
func headingPartOf(sent, low string, parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	if h := headingPartLow(sent, low); slices.Contains(parts, h) {
		return h
	}
	return ""
}

// headingPart is the phrase of a sentence that is nothing but a transition
// and a short lower-case phrase that may name a part ("Starting with
// beer.", "Moving to wine and spirits."), or "". Whether it is a part is
// for the rest of the turn to say (lowerCaseParts).
func headingPart(sent string) string {
	return headingPartLow(sent, strings.ToLower(sent))
}

// headingPartLow is headingPart given low, sent lower-cased.
func headingPartLow(sent, low string) string {
	raw := strings.TrimSpace(sent)
	s := trimLeadWords(strings.TrimSpace(low)) // lower-casing makes no space and takes none away
	for _, p := range headingTransitions {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		phrase := strings.TrimRight(rest, ".:!")
		if phrase == "" || strings.ContainsAny(phrase, ",;?.") {
			return ""
		}
		if at := len(raw) - len(rest); at < len(raw) && raw[at] >= 'A' && raw[at] <= 'Z' {
			return "" // a capitalised name is read by nextTopic
		}
		if !siblingPart(phrase) {
			return ""
		}
		return phrase
	}
	return ""
}

// headingTurnSet holds the words that open a heading sentence
// (headingTransitions, shortened), found in a paragraph in one pass: only a
// paragraph that says one is read sentence by sentence.
var headingTurnSet = newSubstringSet("starting with ", "beginning with ", "turning to ", "turning now to ", "moving to ", "moving on to ",
	"moving now to ", "turn to ", "start with ", "move to ", "shifting to ", "switching to ")

// lowerCaseParts are the phrases that sentences of a turn turn to in lower
// case ("Starting with beer.") and that the turn also says as the name of a
// part before a result or a part noun ("beer net sales", "the beer
// business"): a line of business, not a topic such as pricing or
// profitability.
// lows are the paragraphs in lower case.
func lowerCaseParts(paragraphs, lows []string) []string {
	var heads []string
	for i, p := range paragraphs {
		if !headingTurnSet.in(lows[i]) {
			continue
		}
		for _, sp := range text.Sentences(p) {
			if h := headingPart(p[sp.Start:sp.End]); h != "" && !slices.Contains(heads, h) {
				heads = append(heads, h)
			}
		}
	}
	var out []string
	for _, h := range heads {
		if namedAsPart(lows, h) {
			out = append(out, h)
		}
	}
	return out
}

// brandedUnits are the units a turn names by the company's name and a
// word in capitals ("FedEx Ground", "Loews Hotels"), in lower case: an
// operating company or product line the speaker may go on to call by that
// word alone ("Ground reported a 10% increase in revenue"), which is then
// a part (see partAgain), not the company.
func brandedUnits(paragraphs []string, company string) []string {
	name := strings.TrimSpace(company)
	if name == "" {
		return nil
	}
	var units []string
	for _, p := range paragraphs {
		for at := range wordThenSpace(p, name) {
			w := p[at:]
			if j := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
				w = w[:j]
			}
			if len(w) < 4 || !capitalWord(w) {
				continue
			}
			u := strings.ToLower(w)
			if legalWords[u] || genericOwner[u] || leadStop[u] || capitalStop[u] || namesMetric(u) != "" || len(text.FindPeriods(u)) > 0 {
				continue // "Acme Corporation", "Acme Board", "Acme Revenue", "Acme Q3"
			}
			if !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
	}
	return units
}

// subjectUnits are the units a turn names as the subject of a result, in
// lower case: by an acronym ("As you can see, CRD saw net new bookings of
// $14 million", "BDS won contract awards worth $12 billion"), a unit the
// speaker may go on about without naming it again ("We delivered
// revenues of $121 million"), and in words ("Commercial Airplanes
// generated revenue of $13.7 billion"), as often a place or a category
// said in passing ("China grew 20%"): named holds only for its sentence
// and the next (sentenceTopics). A name in words is one the turn also
// says inside a sentence (not a sentence's first word: "Pricing saw").
// Neither is the company's own name, initials or ticker.
func subjectUnits(paragraphs []string, ctx Context) (units, named []string) {
	own := factCtx{company: ctx.Company, ticker: ctx.Ticker}
	for _, p := range paragraphs {
		if !unitResultVerbSaid.in(p) {
			continue // most paragraphs say none of the verbs: one pass, not one a verb
		}
		for _, verb := range unitResultVerbs {
			for at := 0; ; {
				i := strings.Index(p[at:], verb)
				if i < 0 {
					break
				}
				i += at
				at = i + len(verb)
				name := lastCapitals(p[:i])
				lead := strings.TrimSpace(p[:i-len(name)])
				if name == "" || strings.Count(name, " ") > 2 || lead != "" && !strings.HasSuffix(lead, ",") && !strings.HasSuffix(lead, ".") {
					continue
				}
				if byPart(strings.ToLower(strings.TrimSpace(lead[strings.LastIndexAny(lead, ".!?")+1:]))) {
					continue // "By brand, KRT delivered ...": one of a list, each a part (byPart)
				}
				u := own.partNamed(name)
				switch {
				case u == "" || unitStop[u]:
				case acronym(name) && !slices.Contains(units, u):
					units = append(units, u)
				case !acronym(name) && saidInside(paragraphs, name) && !slices.Contains(named, u):
					named = append(named, u)
				}
			}
		}
	}
	return units, named
}

// saidInside reports a name said inside a sentence of the paragraphs,
// after a word or a comma: a name in capitals, not a sentence's first word.
func saidInside(paragraphs []string, name string) bool {
	for _, p := range paragraphs {
		for at := 0; ; {
			i := strings.Index(p[at:], name)
			if i < 0 {
				break
			}
			i += at
			at = i + len(name)
			before := strings.TrimRight(p[:i], " ")
			if len(before) < len(p[:i]) && before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:\"(") {
				return true
			}
		}
	}
	return false
}

// unitResultVerbs are the verbs of a unit's result said after its name;
// not "grew", which metrics do ("DDA grew", "EBITDAC grew").
var unitResultVerbs = []string{" saw ", " delivered ", " reported ", " generated ", " posted ", " achieved ",
	" recorded ", " produced ", " booked ", " won "}

// unitResultVerbSaid finds any of unitResultVerbs in one pass.
var unitResultVerbSaid = newSubstringSet(unitResultVerbs...)

// unitStop are acronyms that name no unit of the company: a currency
// effect, an officer, a place, the pandemic, a programme ("ESG reported").
var unitStop = wordSet(`fx ceo cfo coo us usa uk eu uae apac emea latam anz covid esg`)

// acronym reports a word of two to five capital letters ("CRD").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// capitalWord reports a word in capitals with the rest in lower case
// ("Ground"), not an acronym ("CEO") or a word in lower case.
func capitalWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// legalWords end a company's name ("FedEx Corporation") or name its
// people and stock ("the Acme family"); with genericOwner ("Acme
// Management") none is a unit of it.
var legalWords = wordSet(`inc incorporated corp companies industries holdings holding limited international enterprises
	partners technologies systems family shareholders investors employees stock shares`)

// partResults are the words that follow a part's name when a result of it
// is said or it is called a part: "beer net sales", "cemetery revenue",
// "the defense segment".
var partResults = []string{"revenue", "revenues", "sales", "net sales", "net revenue", "net revenues", "operating income",
	"operating profit", "operating margin", "operating margins", "margin", "margins", "ebitda", "adjusted ebitda", "orders",
	"bookings", "backlog", "segment", "business", "division", "unit", "group"}

// wordThenSpace yields, for each place s says phrase as words (at a word's
// start) and a space, where the word after it starts.
func wordThenSpace(s, phrase string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for at := 0; ; {
			i := strings.Index(s[at:], phrase+" ")
			if i < 0 {
				return
			}
			i += at
			at = i + len(phrase) + 1
			if i > 0 && isWordByte(s[i-1]) {
				continue
			}
			if !yield(at) {
				return
			}
		}
	}
}

// namedAsPart reports whether some paragraph (lows: in lower case) says
// phrase right before one of partResults.
func namedAsPart(lows []string, phrase string) bool {
	for _, low := range lows {
		for at := range wordThenSpace(low, phrase) {
			for _, r := range partResults {
				if strings.HasPrefix(low[at:], r) && (at+len(r) == len(low) || !isWordByte(low[at+len(r)])) {
					return true
				}
			}
		}
	}
	return false
}

// transitions open a sentence that turns to another subject; the last of
// them (aboutTransitions) say what it is about.
var transitions = append([]string{"turning to ", "turning now to ", "now turning to ", "moving to ", "moving on to ", "moving onto ", "moving now to ", "moving into ", "now moving into ",
	"now moving to ", "let me turn to ", "let's turn to ", "let me move to ", "let's move to ", "let me now turn to ",
	"i'll turn to ", "i will turn to ", "i'll now turn to ", "shifting to ", "switching to ", "turn to ", "now to ",
	"on to ", "onto ", "next, ", "looking at ", "starting with ", "beginning with ", "let me start with ", "i'll start with ",
	"let's move on to ", "let me move on to ", "moving on now to ", "in terms of "}, aboutTransitions...)

// aboutTransitions say what a sentence is about rather than turn to it:
// what follows may name the part.
var aboutTransitions = []string{"with regard to ", "with regards to ", "regarding ", "with respect to ", "as for ", "as it relates to "}

// CutAboutTransition returns s (in lower case) without the transition of
// aboutTransitions that opens it, and whether one did: "as it relates to
// the acquisition, we reiterate" is about the acquisition.
func CutAboutTransition(s string) (string, bool) {
	for _, p := range aboutTransitions {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// aboutWords holds aboutTransitions.
var aboutWords = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range aboutTransitions {
		m[p] = true
	}
	return m
}()

// transitionsOpening holds transitions by their first byte, each list in
// the order of transitions (the first that opens a sentence wins).
var transitionsOpening = func() (by [256][]string) {
	for _, p := range transitions {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}()

// transitionsFor is the transitions that may open s: those of its first
// byte. Each sentence is tested against them several times, and its first
// byte rules out most of the list at once.
func transitionsFor(s string) []string {
	if s == "" {
		return nil
	}
	return transitionsOpening[s[0]]
}

// opensTransition reports a sentence (in lower case) that opens with one
// of transitions.
func opensTransition(s string) bool {
	for _, p := range transitionsFor(s) {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// commentOn ends a sentence that names the part the speaker turns to:
// "Regarding our segments, I'll first comment on Evernorth."
var commentOn = []string{" comment on ", " start with ", " begin with ", " starting with ", " beginning with ", " turn to ", " move to ", " move on to "}

// commentOnSet holds commentOn, to find in one pass whether a sentence
// says any of them before looking for each.
var commentOnSet = newSubstringSet(commentOn...)

// commentOnSaid is commentOn when s says one of them, else none; raw is
// s as said. What follows the words must be a name in capitals (see
// nextTopic), so a sentence whose last word is not one says none that
// counts, and is not searched.
func commentOnSaid(s, raw string) []string {
	if !capitalNameEnd(raw) {
		return nil
	}
	if announcerSet.in(s) && reviewOnSet.in(s) {
		// "Turning to slide 10, we'll look at Automation Solutions.": the
		// speaker's plan names the part next
		return reviewOn
	}
	if !commentOnSet.in(s) {
		return nil
	}
	return commentOn
}

// reviewOn end a sentence in which the speaker announces (announcers) the
// part they go over next: "we'll review Commercial & Residential
// Solutions". Said without an announcer they may be of the past ("we
// review Widgets each year").
var reviewOn = append([]string{" look at ", " review ", " discuss ", " go over ", " go through ", " talk about ", " walk through ", " cover "}, commentOn...)

// reviewOnSet holds reviewOn's own words.
var reviewOnSet = newSubstringSet(reviewOn[:8]...)

// capitalNameEnd reports a sentence (trimmed) whose last word may end a
// name in capitals (capitalName): a word in capitals, "&", "and" or "of".
func capitalNameEnd(raw string) bool {
	last, ok := lastWordASCII(raw)
	if !ok {
		last = lastWordRunes(raw)
	}
	return last != "" && (last[0] >= 'A' && last[0] <= 'Z' || last == "&" || last == "and" || last == "of")
}

// lastWordRunes is the last word of a sentence, its stops and the spaces
// after it trimmed.
func lastWordRunes(raw string) string {
	raw = strings.TrimRightFunc(strings.TrimRight(raw, ".!?"), unicode.IsSpace)
	i := strings.LastIndexFunc(raw, unicode.IsSpace)
	last := raw[i+1:] // (i is -1 when raw is one word)
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(raw[i:])
		last = raw[i+n:]
	}
	return last
}

// lastWordASCII is lastWordRunes read byte by byte from the end, when the
// bytes it reads are ASCII (ok false otherwise: a rune may be a space):
// nextTopic asks it of every sentence.
func lastWordASCII(raw string) (last string, ok bool) {
	end := len(raw)
	for end > 0 && (raw[end-1] == '.' || raw[end-1] == '!' || raw[end-1] == '?') {
		end--
	}
	for end > 0 && asciiSpace(raw[end-1]) {
		end--
	}
	start := end
	for ; start > 0 && !asciiSpace(raw[start-1]); start-- {
		if raw[start-1] >= utf8.RuneSelf {
			return "", false
		}
	}
	return raw[start:end], true
}

// wholeCompany words say a sentence speaks of the whole company again.
var wholeCompany = []string{"total company", "consolidated", "company-wide", "companywide", "enterprise-wide", "for the company",
	"overall company", "total revenue", "total net revenue", "total sales", "total net sales", "in total", "all segments",
	"each segment", "each of our segments", "both segments", "across the company", "across our segments"}

// companyWords say a sentence speaks of what only the whole company has
// or plans: its taxes, per-share results, cash, capital and outlook.
var companyWords = []string{"the company", "tax rate", "per share", "eps", "guidance", "outlook", "expect", "balance sheet",
	"cash flow", "corporate", "segments", "divisions", "businesses", "total", "overall", "dividend", "repurchase", "buyback",
	"liquidity", "debt", "full year", "full-year", "fiscal year"}

// wholeCompanySentence holds wholeCompany.
var wholeCompanySentence = newSubstringSet(wholeCompany...)

// keepsPart reports a sentence that neither names the whole company nor
// turns to something else, so leaves the part turned to in its paragraph.
func keepsPart(sent sentText) bool {
	s := notOfTheCompany.Replace(sent.low)
	if wholeCompanySentence.in(s) || sent.turns || containsAnyOf(s, "the company", "per share", "eps", "balance sheet", "cash flow",
		"corporate", "tax rate", "dividend", "repurchase", "buyback", "liquidity", "debt", "full year", "full-year", "fiscal year", "overall", "guidance", "outlook") {
		return false
	}
	for _, p := range transitionsFor(s) {
		if strings.HasPrefix(s, p) {
			return false
		}
	}
	return true
}

// notOfTheCompany removes words that contain a company word without
// speaking of the whole company: a result "than expected" looks ahead to
// nothing, and "company-owned stores" are a part's.
var notOfTheCompany = newReplacer("than expected", "", "as expected", "", "than we expected", "",
	"company-owned", "owned", "company-operated", "operated")

// possessiveUnit is the unit of branded (those said with the company's
// name) that a sentence (lower case) names in the possessive ("loews
// hotels' results", "loews hotels's"), or "".
func possessiveUnit(low string, branded []string) string {
	for _, u := range branded {
		if !strings.Contains(u, " ") {
			continue // the unit's word alone ("hotels'") may be anyone's
		}
		for at := 0; ; {
			i := strings.Index(low[at:], u+"'")
			if i < 0 {
				break
			}
			i += at
			at = i + len(u)
			if i == 0 || !isWordByte(low[i-1]) {
				return u
			}
		}
	}
	return ""
}

// saysOnlyTheCompany reports a sentence (lower case) whose only word of
// the whole company is "the company".
func saysOnlyTheCompany(low string) bool {
	s := notOfTheCompany.Replace(low)
	return strings.Contains(s, "the company") && !companySentence.in(theCompany.Replace(s))
}

// theCompany removes "the company" (saysOnlyTheCompany).
var theCompany = newReplacer("the company", "")

// companySentence holds wholeCompany and companyWords.
var companySentence = newSubstringSet(append(append([]string(nil), wholeCompany...), companyWords...)...)

// nextTopic is the topic after a sentence (as said), given the topic
// before it: the part it turns to, "" when it turns to something that is
// not a part or speaks of the whole company, else unchanged.
func nextTopic(cur, sent string) string {
	raw := strings.TrimSpace(sent)
	return nextTopicLow(cur, raw, strings.ToLower(raw))
}

// nextTopicLow is nextTopic given the sentence trimmed (raw) and in lower
// case (s).
func nextTopicLow(cur, raw, s string) string {
	if len(s) != len(raw) {
		raw = s // letters whose lower case is longer: no capitals read
	}
	s = trimLeadWords(s)
	if rest, ok := afterSlide(s); ok {
		s = trimLeadWords(rest) // "Turning to slide 13, I'll review our results for our Latin America region."
		if phrase := strings.TrimRight(strings.TrimSpace(s), ".!?:"); !moreFieldsThan(phrase, 5) {
			if part := partNamed(phrase); part != "" && part != "segment" {
				return part // "Turning to Slide 6, the Scientific segment."
			}
		}
	}
	for _, p := range transitionsFor(s) {
		if !strings.HasPrefix(s, p) {
			continue
		}
		phrase, rawPhrase := s[len(p):], raw[len(raw)-len(s)+len(p):]
		if i := strings.IndexAny(phrase, ",;:"); i >= 0 {
			phrase, rawPhrase = phrase[:i], rawPhrase[:i]
		}
		phrase = strings.TrimRight(strings.TrimSpace(phrase), ".!?")
		if cut := cutPeriodTail(phrase); len(cut) < len(phrase) {
			phrase, rawPhrase = cut, rawPhrase[:min(len(cut), len(rawPhrase))] // "Moving to Bell in the quarter, revenues were"
		}
		if i := strings.Index(phrase, " on slide"); i >= 0 {
			phrase, rawPhrase = phrase[:i], rawPhrase[:min(i, len(rawPhrase))] // "Moving on to Washington National on Slide 8."
		} else if i := strings.Index(phrase, " on page"); i >= 0 {
			phrase, rawPhrase = phrase[:i], rawPhrase[:min(i, len(rawPhrase))]
		}
		if phrase == "" {
			return cur
		}
		for _, of := range []string{" on ", " for ", " of ", " at ", " in "} {
			// "With regard to guidance on our new spunlace segment,": the part
			if i := lastIndex(phrase, of); i > 0 && partNamed(phrase[i+len(of):]) != "" {
				phrase, rawPhrase = phrase[i+len(of):], rawPhrase[min(i+len(of), len(rawPhrase)):]
				break
			}
		}
		if part := partNamed(phrase); part == "segment" && (strings.Contains(s, ", starting with ") || aboutWords[p]) {
			break // "Let me move on to our segments, starting with Widgets.", "Regarding our segments, I'll first comment on Widgets.": the part named last
		} else if part != "" {
			return part
		}
		if p == "in terms of " {
			return "" // "In terms of Albertsons," may be a holding, not a part: only a segment said so is one
		}
		if aboutWords[p] {
			break // "With regard to SG&A,": a line of the accounts, not a part; read on
		}
		if capitalName(strings.TrimRight(strings.TrimSpace(rawPhrase), ".!?")) {
			return phrase // "Moving to Bell.", "Turning to Medical-Surgical Solutions."
		}
		if cur != "" && siblingPart(phrase) {
			return phrase // after the pork segment, "Moving now to prepared foods."
		}
		return "" // "Turning to the balance sheet", "Moving to our outlook"
	}
	for _, p := range []string{"in our ", "in the ", "within our ", "within the ", "for our ", "at our "} {
		// "In our domestic segment, revenue increased 1.2%": a part that
		// leads the sentence is the topic of what follows
		if rest, ok := strings.CutPrefix(s, p); ok {
			if i := strings.IndexByte(rest, ','); i > 0 {
				if part := partNamed(rest[:i]); part != "" && part != "segment" {
					return part
				}
			}
		}
	}
	if part := resultsOfPart(s); part != "" {
		return part
	}
	if part := reviewedPart(s); part != "" {
		return part
	}
	for _, p := range commentOnSaid(s, raw) {
		if i := lastIndex(s, p); i >= 0 {
			if name := strings.TrimRight(strings.TrimSpace(raw[len(raw)-len(s)+i+len(p):]), ".!?"); capitalName(name) {
				return strings.ToLower(name)
			}
		}
	}
	if cur != "" && refersToPart(s) {
		return cur // "We expect continued growth in this part of the business": still the part
	}
	subjectFirst := strings.HasPrefix(s, "our ") || strings.HasPrefix(s, "the ")
	if (cur != "" || subjectFirst) && companySentence.in(notOfTheCompany.Replace(s)) {
		// (with no topic and no subject to read below, the answer is "" either way)
		return "" // a result measured against expectations looks ahead to nothing
	}
	// "Our construction materials business reported ...": a part as the
	// sentence's subject
	if subjectFirst {
		var buf [7]string // the words read below: up to the seventh
		ws := leadingFields(s, buf[:])
		for k := 1; k < len(ws) && k <= 5; k++ {
			w := strings.Trim(ws[k], ",.;:'\"")
			if w == "segment" || w == "division" || w == "business" {
				if k == 1 || k+1 >= len(ws) || !partVerbs[ws[k+1]] || plainModifiers[strings.Trim(ws[k-1], ",")] || basisLike[ws[k-1]] || ws[k-1] == "new" {
					return cur
				}
				return strings.Join(ws[:k+1], " ")
			}
			if verbish(w) || namesMetric(w) != "" {
				break
			}
		}
	}
	return cur
}

// partAnaphora refer back to the part the speaker is talking about.
var partAnaphora = []string{"this segment", "this business", "part of the business", "this division", "this unit", "that segment",
	"that business", "the segment", "the division"}

// refersToPart reports a sentence (lower case) that speaks of the part the
// speaker is talking about without naming it: "orders for the segment were
// up", or a measure said as the segment's ("we delivered segment operating
// income of $956 million"), but not "total segment operating income", the
// sum over all of them.
func refersToPart(low string) bool {
	if containsAnyOf(low, partAnaphora...) {
		return true
	}
	for at := 0; ; {
		i := strings.Index(low[at:], "segment ")
		if i < 0 {
			return false
		}
		i += at
		at = i + len("segment ")
		if i > 0 && isWordByte(low[i-1]) {
			continue // "subsegment"
		}
		if before := text.LastWords(low[:i], 1); before == "total" || before == "all" || before == "each" || before == "per" {
			continue
		}
		if namesMetric(firstWords(low[at:], 3)) != "" {
			return true
		}
	}
}

// siblingPart reports a short phrase a speaker who was talking about one
// part turns to, said in lower case, that names no metric, period or
// company-wide subject: another part ("prepared foods"), not "the balance
// sheet" or "cash flow".
func siblingPart(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) == 0 || len(ws) > 3 || leadStop[ws[0]] || capitalStop[ws[0]] {
		return false
	}
	switch ws[0] {
	case "a", "an", "my", "some", "few", "other", "capital", "expenses", "costs", "margins", "slide", "page":
		return false
	}
	return namesMetric(phrase) == "" && len(text.FindPeriods(phrase)) == 0 && !companySentence.in(phrase)
}

// capitalName reports a name said in capitals, as a part of the company
// is: "Bell", "Distribution and Services"; not a slide, a page, a period
// or a metric.
func capitalName(raw string) bool {
	ws := strings.Fields(raw)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	low := strings.ToLower(raw)
	if strings.Contains(low, "&") {
		low = strings.Join(strings.Fields(strings.ReplaceAll(low, "&", " & ")), " ") // "SG&A" is the metric "sg & a", as the figures' words read it
	}
	if namesMetric(low) != "" || len(text.FindPeriods(low)) > 0 || leadStop[strings.ToLower(ws[0])] {
		return false
	}
	for _, w := range ws {
		switch {
		case w == "&" || w == "and" || w == "of":
		case w[0] >= 'A' && w[0] <= 'Z':
			if capitalStop[strings.ToLower(strings.Trim(w, ".,"))] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// capitalStop are capitalised words of a transition that name no part.
var capitalStop = wordSet(`slide slides page pages chart exhibit appendix guidance outlook q&a questions question
	results financials summary highlights closing remarks comments covid covid-19 esg`)

// partVerbs follow a part of the company that is the subject of its
// sentence: "Our Widgets segment reported".
var partVerbs = wordSet(`reported had delivered generated posted saw grew achieved recorded produced booked continued
	continues was were is revenue revenues sales won`)

// partNamed is the part of the company a transition names ("our GIS
// segment", "the company restaurant segment", "segment results"), or "".
func partNamed(phrase string) string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 || len(ws) > 8 {
		return ""
	}
	for k, w := range ws {
		own, ok := strings.CutSuffix(w, "'s")
		if !ok {
			own, ok = strings.CutSuffix(w, "s'") // "the chicken segments' results"
		}
		if ok && partNouns[own] && k > 0 && !wholeOfPart(ws[k-1]) {
			// "the chicken segment's results": the part named, whatever follows
			return strings.Trim(strings.Join(append(ws[:k:k], own), " "), ",.;:")
		}
		if partNouns[w] || (w == "group" || w == "groups") && k > 0 {
			// "our institutional group" is a part; "the Group" and "group
			// revenue" are the whole company (see the modifiers below)
			plural := strings.HasSuffix(w, "s") && w != "business"
			if k == 0 || plural || k+1 < len(ws) && (ws[k+1] == "results" || ws[k+1] == "performance" || ws[k+1] == "review") {
				if w == "segment" || plural {
					return "segment" // "segment results", "our operating segments"
				}
				return ""
			}
			if wholeOfPart(ws[k-1]) {
				return ""
			}
			return strings.Trim(strings.Join(ws[:k+1], " "), ",.;:")
		}
	}
	return ""
}

// wholeOfPart reports a word before a part noun that makes it no part's
// name: "our segment", "the business", "total company", "other segments".
func wholeOfPart(prev string) bool {
	switch prev {
	case "our", "the", "overall", "total", "core", "consolidated", "other", "corporate":
		return true
	}
	return false
}

// partNouns name a part of a company: "our GIS segment", "the Americas
// region".
var partNouns = wordSet(`segment segments division divisions business businesses unit units region regions subsidiary`)

// PartNoun reports a word that names a part of a company ("segment",
// "division", "region"), as said after the part's own name.
func PartNoun(w string) bool { return partNouns[w] }

// turnsAway reports a sentence opened by a transition ("Turning to",
// "In terms of"): whatever it turns to, it is no longer the part before.
func turnsAway(sent string) bool {
	return turnsAwayLow(strings.ToLower(strings.TrimSpace(sent)))
}

// turnsAwayLow is turnsAway given the sentence trimmed and in lower case.
func turnsAwayLow(s string) bool {
	if len(s) < 2 {
		return false
	}
	if b := uint16(s[0])<<8 | uint16(s[1]); turnOpeners[b/64]&(1<<(b%64)) == 0 {
		return false // most sentences ("we ...", "our ..."): no lead word or transition opens them
	}
	for _, p := range leadWords {
		s = strings.TrimPrefix(s, p)
	}
	for _, p := range transitionsFor(s) {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// leadWords may open any sentence before its transition ("And turning
// to ...").
var leadWords = []string{"and ", "so ", "now, ", "now ", "next ", "finally, ", "finally ", "lastly, ", "then ", "ok, ", "okay, ", "all right, ", "with that, ", "please "}

// leadWordOpenings holds leadWords' first two bytes.
var leadWordOpenings = newOpenings(leadWords...)

// turnOpeners holds the first two bytes of leadWords and transitions, a
// bit each.
var turnOpeners = func() (set [1 << 16 / 64]uint64) {
	for _, p := range append(slices.Clone(leadWords), transitions...) {
		b := uint16(p[0])<<8 | uint16(p[1])
		set[b/64] |= 1 << (b % 64)
	}
	return set
}()

// afterSlide is the rest of a sentence whose transition turns only to a
// slide or page ("Turning to slide 13, I'll review ..."): the slide is no
// subject, what the speaker says next may be.
func afterSlide(s string) (string, bool) {
	for _, p := range transitionsFor(s) {
		if rest, ok := strings.CutPrefix(s, p); ok {
			ws := strings.Fields(rest)
			if len(ws) < 2 || ws[0] != "slide" && ws[0] != "page" && ws[0] != "slides" && ws[0] != "pages" {
				return "", false
			}
			i := strings.IndexByte(rest, ',')
			if i < 0 || i > 20 {
				return "", false
			}
			return strings.TrimSpace(rest[i+1:]), true
		}
	}
	return "", false
}

// slideOnly reports a sentence that turns to a slide or page and says
// nothing else: "Turning to Slide 5."
func slideOnly(sent sentText) bool {
	s := strings.TrimRight(sent.low, ".!?:")
	// (a sentence turnsAway reads as turning away with its stops does without)
	if !sent.turns || !turnsAway(s) || !containsFoldASCII(sent.said, "slide") && !containsFoldASCII(sent.said, "page") {
		return false // most sentences: nothing to split
	}
	ws := strings.Fields(s)
	n := len(ws)
	return n >= 2 && n <= 6 && (ws[n-2] == "slide" || ws[n-2] == "page") && strings.ContainsAny(ws[n-1], "0123456789")
}

// containsFoldASCII reports whether s contains sub (lower-case ASCII
// letters) in any mix of cases. Lower-casing a letter outside ASCII never
// gives a word of ASCII letters, so a word its lower case says as sub, s
// says in some case: a check to make before lower-casing.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// partBeforeMetric is the phrase that opens a sentence right before the
// metric it states ("aerospace and defense orders were $54 million",
// "North America revenue was"), when it can name a part of the company:
// letters only, no period, basis, company-wide word or verb; "" otherwise.
func partBeforeMetric(sent string) string {
	ws := strings.Fields(strings.ToLower(strings.TrimSpace(sent)))
	for k := 1; k < len(ws) && k <= 4; k++ {
		if !metricPhraseSet.startsWith(strings.ReplaceAll(strings.Join(ws[k:], " "), "-", " ")) {
			continue
		}
		part := ws[:k]
		for len(part) > 1 && (plainModifiers[part[len(part)-1]] || basisLike[part[len(part)-1]]) && part[len(part)-1] != "and" {
			part = part[:len(part)-1] // "Industrial organic orders", "North America adjusted revenue"
		}
		k := len(part)
		for i, w := range part {
			inner := i > 0 && i < k-1 && (w == "and" || w == "&")
			if !inner && (!isLetters(w) || plainModifiers[w] || basisLike[w] || notParts[w] || verbish(w) || text.Months[w] > 0 ||
				namesMetric(w) != "" || capitalStop[w] || leadStop[w]) {
				return ""
			}
		}
		phrase := strings.Join(part, " ")
		if len(text.FindPeriods(phrase)) > 0 || companySentence.in(phrase) {
			return ""
		}
		return phrase
	}
	return ""
}

// partAgain is the part of parts (those turned to earlier in the turn)
// that a sentence names again as the subject of a clause ("Similar to
// Industrial, aerospace and defense was also impacted by ..."), or "".
// low is the sentence in lower case.
func partAgain(low string, parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	s := low
	for _, part := range parts {
		if p := bareName(part); p != part && partAgain(low, []string{p}) != "" {
			return part // "Chicken delivered operating income of" after "the chicken segment"
		}
		p := part
		for at := 0; ; {
			i := firstIndex(s[at:], p)
			if i < 0 {
				break
			}
			i += at
			at = i + len(p)
			lead := strings.TrimSpace(s[:i])
			if lead != "" && !strings.HasSuffix(lead, ",") {
				continue
			}
			if ws := strings.Fields(s[at:]); len(ws) > 0 && (partVerbs[ws[0]] || ws[0] == "also" || metricAfterModifiers(ws)) {
				return p
			}
			if appositiveThenVerb(s[at:]) {
				return p // "Colonial Penn, our direct-to-consumer business, delivered record sales"
			}
		}
	}
	return ""
}

// appositiveThenVerb reports text after a name that describes it and
// then says what it did: ", our direct-to-consumer business delivered".
func appositiveThenVerb(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 || ws[0] != "our" && ws[0] != "the" && ws[0] != "a" && ws[0] != "its" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 7)] {
		if partVerbs[strings.Trim(w, ",")] {
			return true
		}
	}
	return false
}

// bareName is a part's name without its determiner and part noun ("the
// chicken segment": "chicken"), or the part as it is when that leaves less
// than a word of four letters.
func bareName(part string) string {
	var buf [8]string
	ws := fieldsOf(part, buf[:])
	if len(ws) > 1 && (ws[0] == "the" || ws[0] == "our" || ws[0] == "its") {
		ws = ws[1:]
	}
	if len(ws) > 1 && partNouns[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if name := strings.Join(ws, " "); len(name) >= 4 && !partNouns[name] {
		return name
	}
	return part
}

// metricAfterModifiers reports words that state a metric, after at most
// two modifiers or basis words ("organic revenue was", "adjusted operating
// margin").
func metricAfterModifiers(ws []string) bool {
	for k := 0; k < len(ws) && k <= 2; k++ {
		if metricPhraseSet.startsWith(strings.ReplaceAll(strings.Join(ws[k:], " "), "-", " ")) {
			return true
		}
		if !plainModifiers[ws[k]] && !basisLike[ws[k]] {
			return false
		}
	}
	return false
}

// reviewWords say that a sentence announces what the speaker goes over next.
var reviewWords = []string{"review", "discuss", "go over", "go through", "walk", "talk about", "turn to", "look at", "we have the",
	"cover", "summarize", "highlight", "comment on", "move to", "start with", "begin with"}

// reviewSet holds reviewWords, found in one pass.
var reviewSet = newSubstringSet(reviewWords...)

// resultsOfPart is the part a sentence says it reviews the results of, at
// its end ("I'll review our third quarter results for our Latin America
// region."): the figures that follow are that part's. A sentence that
// states a number is about that number, not an announcement.
func resultsOfPart(s string) string {
	if !strings.Contains(s, "ults ") && !strings.Contains(s, "mance ") || digitOrSignSaid(s) {
		return "" // most sentences: none of the phrases below (looked for by rarer letters than their first)
	}
	for _, p := range []string{" results for ", " results of ", " results in ", " results at ", " performance of ",
		" performance in ", " performance for ", " performance at "} {
		i := lastIndex(s, p)
		if i < 0 {
			continue
		}
		rest := strings.TrimRight(strings.TrimSpace(s[i+len(p):]), ".!?")
		if strings.ContainsAny(rest, ",;:") {
			continue
		}
		if part := partNamed(rest); part != "" && part != "segment" {
			if !reviewSet.in(s) || reasonSaid(s) {
				return "" // "driven by strong performance in our Widgets business" is a reason, not a turn
			}
			return part
		}
	}
	return ""
}

// reviewedPart is the part a sentence announces the speaker goes over
// next, named at its end: "I'll cover our Flow Control segment.", "Let me
// walk you through the Marine division." Only the speaker's own plan
// counts ("we continue to review our Retail business" is no turn), and a
// number or a reason makes the sentence a result, not an announcement.
func reviewedPart(s string) string {
	// (the announcers first: fewer sentences have one, and they are found faster)
	if !announcerSet.in(s) || !reviewSet.in(s) || digitOrSignSaid(s) || reasonSaid(s) {
		return ""
	}
	for _, w := range reviewWords {
		i := lastIndex(s, w+" ")
		if i < 0 || i > 0 && s[i-1] != ' ' {
			continue // "recover" is no "cover"
		}
		rest := strings.TrimRight(strings.TrimSpace(s[i+len(w):]), ".!?:")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "you "), "through ")
		if strings.ContainsAny(rest, ",;") {
			continue
		}
		part := partNamed(rest)
		if part == "" || part == "segment" || !strings.HasPrefix(rest, part) || containsAnyOf(part, " of ", " in ", " for ", " at ", " on ", " from ", " with ", " across ") {
			continue // "I'll discuss the drivers of growth in our Retail business": the drivers, not the part
		}
		if ws := strings.Fields(part); len(ws) < 3 && (ws[0] == "the" || ws[0] == "our" || ws[0] == "this" || ws[0] == "that") {
			continue // "I'll cover the segment": which one is not said
		}
		return part
	}
	return ""
}

// announcers open a speaker's plan for what they say next.
var announcers = []string{"i'll ", "i will ", "let me ", "let's ", "we'll ", "we will ", "i'd like to ", "i want to ", "i'm going to ", "i am going to "}

// announcerSet finds announcers in one pass: every sentence of a turn is
// asked whether it announces (yearAnnounced).
var announcerSet = newSubstringSet(announcers...)

// reasonSaid reports a sentence with one of reasonWords (the one list of
// them) as a word.
func reasonSaid(s string) bool {
	for _, w := range strings.Fields(s) {
		if reasonWords[strings.Trim(w, ".,;:")] {
			return true
		}
	}
	return false
}

// headingOf is the last sentence of a paragraph when no figure was found in
// it: it may say what the next paragraph's numbers are ("Here are our
// full-year 2019 results on a constant-currency basis.").
// low is para in lower case, sents its sentences.
func headingOf(para, low string, sents []text.Span, figs []Figure) string {
	if len(sents) == 0 {
		return ""
	}
	last := sents[len(sents)-1]
	h := lowerSpans(para, low).of(last)
	if containsAnyOf(firstWords(h, 3), fullYearWords...) && !lookAheadSaid.in(h) {
		// "Year-to-date, total revenue has increased 18% to $239 million." at
		// a paragraph's end: the span of the list the next paragraph goes on with
		return h
	}
	for _, f := range figs {
		if f.End > last.Start {
			return ""
		}
	}
	if !headingWordSet.in(h) {
		return "" // "This cash balance also reflects our first annual payment." heads nothing
	}
	return h
}

// headingWords say that a sentence announces what comes next.
var headingWords = []string{"results", "highlights", "review", "here are", "here is", "here's", "let me", "i'll", "i will",
	"turn to", "turning to", "for the year", "for the full year", "for the full-year", "for the fiscal year"}

// headingWordSet holds headingWords.
var headingWordSet = newSubstringSet(headingWords...)

// announcedOfPart are the words after a part's name in a sentence that
// announces what the speaker goes over next: "our full-year beer
// guidance", "the Pumps results".
var announcedOfPart = []string{" guidance", " outlook", " results", " performance"}

// partAnnounced is the part of parts (those turned to earlier in the turn)
// that a sentence announcing what comes next names before its guidance,
// outlook or results, or "". A sentence that states a number announces
// nothing.
func partAnnounced(sent string, parts []string) string {
	if len(parts) == 0 {
		return "" // most turns have none: no need to lower-case the sentence
	}
	return partAnnouncedLow(strings.ToLower(sent), parts)
}

// partAnnouncedLow is partAnnounced of a sentence in lower case, s.
func partAnnouncedLow(s string, parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	if signSaid(s) || !reviewSet.in(s) && !containsAnyOf(s, "let's", "let me", "i'll", "i will", "now,") {
		return ""
	}
	for _, p := range parts {
		for _, w := range announcedOfPart {
			if i := strings.Index(s, p+w); i >= 0 && (i == 0 || !isWordByte(s[i-1])) {
				return p
			}
		}
	}
	return ""
}

// announcedAtEnd is the part whose guidance or results the last sentence
// of a paragraph announces (partAnnounced), or "".
// sents are para's sentences.
func announcedAtEnd(para string, sents []text.Span, parts []string) string {
	if len(parts) == 0 || !containsAnyOf(para, announcedOfPart...) {
		return ""
	}
	if len(sents) == 0 {
		return ""
	}
	last := sents[len(sents)-1]
	return partAnnounced(para[last.Start:last.End], parts)
}
