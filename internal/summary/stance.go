package summary

import (
	"strings"

	"callsite/internal/figures"
	"callsite/internal/text"
	"callsite/internal/transcript"
)

// stanceCue finds management saying what it does with its guidance now:
// "we are raising our full-year revenue guidance", "we're reaffirming our
// 2021 outlook for the year", "we are withdrawing our guidance". The words
// between "our" and "guidance" (at most four) say which guidance; a period
// said right after it ("guidance for fiscal 2022") is its period (forAfter).
var stanceCue = text.MustCue(`(?i)\bwe(?:'re| are| have| will be| will| now)?\s+(?:also\s+|again\s+|now\s+)?` +
	`(rais|increas|reaffirm|reiterat|maintain|withdr|suspend|lower|narrow|updat)[a-z]*\s+` +
	`(?:our|the)\s+((?:[A-Za-z0-9'-]+\s+){0,4}?)(?:guidance|outlook)\b`)

// notNow marks a sentence about another time or another case than the
// present decision: an earlier change ("last quarter we raised our
// guidance", "in May we updated our outlook"), a denial ("we are not
// raising our guidance"), a condition ("if ..., we would lower") or a habit
// ("Typically, on our first-quarter call, we reaffirm our guidance").
// A Cue, which tries the expression only where one of its words starts:
// as a plain expression it was a tenth of the key points' time, on the
// few sentences stanceCue matches.
var notNow = text.MustCue(`(?i)\b(?:last|previous|prior) (?:earnings |conference )?(?:week|month|quarter|call|year)\b|\bearlier\b|\bback in\b|\bat the time\b|\bwhen we\b|` +
	`\bnot\b|n't\b|\bif\b|\bwould\b|\bcould\b|\bmay\b|\bmight\b|\btypically\b|\busually\b|\bnormally\b|\bhistorically\b|\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b`)

// notTheCompanys are words before "outlook" or "guidance" that make it
// someone else's or the market's ("our economic outlook", "the industry
// outlook"), or that make the verb's object another thing ("the midpoint
// of our guidance"): such a sentence states no guidance decision.
var notTheCompanys = map[string]bool{
	"economic": true, "macro": true, "macroeconomic": true, "market": true, "industry": true, "demand": true,
	"of": true, "to": true, "for": true, "from": true, "in": true, "on": true, "at": true, "by": true, "with": true,
	"our": true, "the": true, "that": true, "which": true, "midpoint": true, "low": true, "high": true, "end": true,
}

// oldWords say which guidance it was before; a bullet does not need them.
var oldWords = map[string]bool{"previous": true, "prior": true, "previously": true, "initial": true, "existing": true,
	"current": true, "original": true, "provided": true, "issued": true}

// fillerWords say how much guidance, not which: "specific", "formal".
var fillerWords = map[string]bool{"specific": true, "formal": true, "detailed": true, "any": true, "expected": true}

// stanceVerbs words a guidance decision the way a wire headline does.
var stanceVerbs = map[string]string{
	"rais": "Raises", "increas": "Raises", "lower": "Lowers", "narrow": "Narrows", "updat": "Updates",
	"reaffirm": "Reaffirms", "reiterat": "Reaffirms", "maintain": "Maintains",
	"withdr": "Withdraws", "suspend": "Suspends",
}

// stanceBullet is what management says it does with its guidance in the
// prepared remarks ("Raises FY 2021 guidance", "Reaffirms full-year
// guidance", "Withdraws guidance"): the first such statement, said now,
// without a condition or a denial. It states no amount: the guided
// amounts are the guidance bullets' (figures decides them).
func (s *summarizer) stanceBullet() Bullet {
	// the first of the whole guidance, else of a metric's, else of another
	// item's: "Updates gross inflation guidance" said before "we are
	// raising our organic net sales guidance" is not the call's decision
	best, bestRank := Bullet{}, 3
	for _, sec := range s.t.Sections {
		if sec.Kind != transcript.SectionPrepared {
			continue
		}
		for _, tu := range sec.Turns {
			if !fromManagement(s.t, tu) {
				continue
			}
			for _, p := range tu.Paragraphs {
				if !mayStateStance(p.Text) {
					continue // most paragraphs say neither word: no sentences to split
				}
				for sp := range text.EachSentence(p.Text) {
					sent := p.Text[sp.Start:sp.End]
					if !mayStateStance(sent) {
						continue // nor do most of its sentences: no cues to try
					}
					if b := stance(sent); b != "" {
						if r := stanceRank(b); r < bestRank {
							best, bestRank = Bullet{Text: b, Paragraph: p.ID, Sentence: sent, Kind: KindGuidance}, r
						}
						if bestRank == 0 {
							return best
						}
					}
				}
			}
		}
	}
	return best
}

// stanceRank ranks a stance bullet by the guidance it names: 0 the whole
// ("Raises FY 2021 guidance", "Updates sales and earnings guidance"), 1 a
// metric's ("Raises adjusted EPS guidance"), 2 another item's ("Updates
// gross inflation guidance").
func stanceRank(b string) int {
	ws := strings.Fields(b)
	if len(ws) < 2 {
		return 2
	}
	if ws[0] == "Not" {
		return 0 // no guidance given: whatever its words, the whole outlook's
	}
	ws = ws[1 : len(ws)-1] // the verb and "guidance"
	if len(ws) > 1 && ws[0] == "FY" {
		ws = ws[2:]
	} else if len(ws) > 0 && ws[0] == "full-year" {
		ws = ws[1:]
	}
	if allIn(ws, wholeGuidanceWords) {
		return 0 // "financial guidance", "top and bottom line guidance": no one line of it
	}
	what := strings.ToLower(strings.Join(ws, " "))
	items := strings.Split(what, " and ")
	for _, it := range items {
		if figures.NamesMetric(it) != "" {
			if len(items) > 1 {
				return 0 // "sales and earnings guidance": the outlook's lines together
			}
			return 1
		}
	}
	return 2
}

// wholeGuidanceWords say guidance as a whole, not one line of it.
var wholeGuidanceWords = map[string]bool{"financial": true, "growth": true, "top": true, "bottom": true,
	"line": true, "and": true, "total": true, "company": true, "consolidated": true, "annual": true, "business": true}

// allIn reports whether every word of ws, lower-cased, is in set.
func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// fromManagement reports a turn of the company's management (the one
// speaker of an unlabelled transcript counts): never an analyst's, nor
// the host's introduction.
func fromManagement(t *transcript.Transcript, tu *transcript.Turn) bool {
	if tu.Speaker == nil || tu.Speaker.Role == transcript.RoleUnknown {
		return t.Unlabelled
	}
	return tu.Speaker.Role == transcript.RoleManagement
}

// noGuidanceCue finds management saying it gives no guidance now: "we
// are not providing guidance for the full year of 2020", "we will not be
// providing a financial outlook at this time", "we're not issuing fiscal
// 2021 guidance". A habit ("we do not provide quarterly guidance") and a
// part of the guidance dropped ("we are no longer providing guidance for
// gross margins") are not matched here or are left out by stanceOf.
var noGuidanceCue = text.MustCue(`(?i)\bwe(?:'re| are| will| will be|'ll be)?\s+(?:not|n't|won't)\s+(?:be\s+)?` +
	`(?:provid|issu|giv)[a-z]*\s+(?:an?\s+|any\s+)?((?:[A-Za-z0-9'-]+\s+){0,4}?)(?:guidance|outlook)\b`)

// stance words one sentence's guidance decision, or "" when it states
// none: the verb, the period ("FY 2021" for a year, "full-year" for the
// year unnamed) and the words that say which guidance, as said.
func stance(sent string) string {
	if m := noGuidanceCue.FindStringSubmatchIndex(sent); m != nil {
		if forwardLooking(sent) {
			return ""
		}
		if strings.Contains(strings.ToLower(sent[m[0]:m[1]]), "won't") || !strings.Contains(strings.ToLower(sent[m[0]:m[1]]), "ing ") &&
			!strings.Contains(strings.ToLower(sent[m[0]:m[1]]), "will") {
			return "" // "we do not provide quarterly guidance": a habit, not this call's decision
		}
		if partLead(sent[:m[0]]) {
			return ""
		}
		return stanceOf(sent, "Not providing", m[2], m[3], m[1])
	}
	m := stanceCue.FindStringSubmatchIndex(sent)
	if m == nil || forwardLooking(sent) || notNow.MatchString(sent) || ledByAnItem(sent[:m[0]]) || partLead(sent[:m[0]]) {
		return ""
	}
	return stanceOf(sent, stanceVerbs[strings.ToLower(sent[m[2]:m[3]])], m[4], m[5], m[1])
}

// stanceOf words a guidance decision whose verb is said (verb), whose
// words before "guidance" are sent[from:to] and whose sentence goes on at
// sent[end:].
func stanceOf(sent, verb string, from, to, end int) string {
	after, ok := forAfter(sent[end:])
	if verb == "" || !ok || ofAPart(sent[from:to]+" "+firstClause(sent[end:], 8)) || forAPart(firstClause(sent[end:], 14)) {
		return ""
	}
	period, year := "", 0
	var what []string
	prev := ""
	for _, w := range append(strings.Fields(sent[from:to]), after...) {
		lw := strings.ToLower(w)
		count, unit, _ := strings.Cut(lw, "-")
		if unit == "" {
			count, unit = prev, lw
		}
		prev = lw
		switch {
		case (unit == "year" || unit == "years") && yearCounts[count]:
			return "" // "our five-year capital expenditure guidance": a plan's, not the year's
		case notTheCompanys[lw]:
			return ""
		case oldWords[lw] || fillerWords[lw]:
		case lw == "fy": // "our FY '22 EPS guidance": the year follows
		case text.Year(lw) > 0 && len(lw) > 2: // "2021", "fy22", "'22"; a bare "22" is no year
			year = text.Year(lw)
		case lw == "full-year" || lw == "full" || lw == "fiscal" || lw == "annual" || lw == "year":
			period = "full-year "
		case strings.ContainsAny(lw, "0123456789"):
			return "" // a number that is not a year: not a name of guidance
		default:
			what = append(what, w)
		}
	}
	if year > 0 {
		period = "FY " + itoa(year) + " "
	}
	if len(what) > 0 {
		period += strings.Join(what, " ") + " "
	}
	return verb + " " + period + "guidance"
}

// yearCounts are the words that make "year" a span of years ("five year",
// "multi-year", "3-year").
var yearCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "multi": true, "several": true, "2": true, "3": true, "4": true, "5": true,
	"6": true, "7": true, "8": true, "9": true, "10": true}

// clauseWords go on a sentence after a period ("for the year to reflect
// ...", "for the full year, which ..."), unlike a metric's name.
var clauseWords = map[string]bool{"to": true, "of": true, "at": true, "and": true, "which": true, "that": true, "as": true,
	"in": true, "by": true, "from": true, "with": true, "is": true, "was": true, "given": true, "due": true, "based": true,
	"on": true, "now": true, "reflecting": true, "ahead": true, "": true}

// forAfter reads what follows "guidance": a period it is for ("for the
// full year", "for fiscal 2022") gives its words; "for" anything else
// ("guidance for same-property NOI growth", "for both years") makes the
// decision one about a part of the guidance, left unsaid (ok false).
func forAfter(rest string) (period []string, ok bool) {
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) > 1 && (ws[0] == "range" || ws[0] == "ranges") {
		ws = ws[1:] // "our 2018 guidance range for capital expenditures": what follows says which
	}
	if len(ws) > 0 && ws[0] == "that" {
		return nil, false // "we reiterate our guidance that net interest income will grow": one claim, not the outlook
	}
	if len(ws) > 2 && (ws[0] == "in" || ws[0] == "for" || ws[0] == "on") && containsAny(strings.Join(ws[1:min(len(ws), 6)], " "), "market", "demand", "industry", "environment", "economy") {
		return nil, false // "we are increasing our outlook in the commercial end market": a view of the market
	}
	if len(ws) > 1 && ws[0] == "on" {
		// "we raised our full year guidance on starts": guidance on one
		// thing, not the company's outlook ("on the back of", "on the
		// strength of" say why)
		n := ws[1]
		if (n == "the" || n == "our") && len(ws) > 2 {
			n = ws[2]
		}
		switch strings.TrimRight(n, ".,;:!?") {
		case "back", "strength", "basis", "track", "account", "heels", "all", "every", "each":
			return nil, true
		}
		return nil, false
	}
	if len(ws) == 0 || ws[0] != "for" {
		return nil, true
	}
	if what, ok := guidanceFor(ws[1:], strings.Fields(rest)[len(strings.Fields(rest))-len(ws)+1:]); ok {
		return what, true
	}
	for _, w := range ws[1:] {
		w = strings.TrimRight(w, ".,;:!?")
		switch {
		case w == "the":
		case w == "full" || w == "full-year" || w == "fiscal" || w == "calendar" || w == "year":
			period = append(period, w)
		case text.Year(w) > 0 && len(w) > 2:
			return append(period, w), true
		default:
			return period, len(period) > 0 && clauseWords[w]
		}
		if len(period) > 4 {
			break
		}
	}
	return period, len(period) > 0
}

// guidanceFor reads the words after "guidance for" (ws lower-cased, said
// as said) that name the company's whole guidance ("for all of our key
// metrics", "for company-level performance": no words) or one metric
// ("for core FFO": its words, which say which guidance), ok true; else ok
// false.
func guidanceFor(ws, said []string) (what []string, ok bool) {
	if len(ws) == 0 {
		return nil, false
	}
	switch strings.TrimRight(ws[0], ".,;:") {
	case "all", "every", "each", "company-level", "company-wide", "companywide", "consolidated", "total":
		return nil, true
	}
	n := 0
	for n < len(ws) && n < 4 && !clauseWords[ws[n]] && !strings.ContainsAny(ws[n], "0123456789$") {
		n++
		if strings.ContainsAny(ws[n-1], ".,;:") {
			break
		}
	}
	if n < len(ws) && (ws[n] == "and" || ws[n] == "or" || ws[n] == "&") {
		return nil, false // "guidance for gross margin and operating expenses": some items of it
	}
	if _, known := figures.MetricInfo(figures.NamesMetric(strings.TrimRight(strings.Join(ws[:n], " "), ".,;:"))); !known {
		return nil, false
	}
	out := make([]string, n)
	for i, w := range said[:n] {
		out[i] = strings.TrimRight(w, ".,;:")
	}
	return out, true
}

// leadClause is the last clause of the words before a stance, lower-cased,
// without the connective it opens with: "...; and finally, for capex, we
// are increasing our guidance" leads with "for capex, we are".
func leadClause(lead string) string {
	l := strings.ToLower(lead)
	l = strings.TrimSpace(l[strings.LastIndex(l, ";")+1:])
	for _, w := range []string{"and ", "finally, ", "lastly, ", "also, ", "now, "} {
		l = strings.TrimPrefix(l, w)
	}
	return l
}

// ledByAnItem reports words before the stance that name one item of the
// guidance: "For same-property NOI growth, we have increased our
// guidance"; "For 2022," and "For the full year," name a period.
//
// Words "about" an item say the same: "As it relates to the Wright
// acquisition, we reiterate our previous guidance" reaffirms what was said
// of the acquisition, not the company's guidance.
func ledByAnItem(lead string) bool {
	l := leadClause(lead)
	rest, ok := strings.CutPrefix(l, "for ")
	if !ok {
		rest, ok = figures.CutAboutTransition(l)
	}
	if !ok {
		return false
	}
	phrase, _, found := strings.Cut(rest, ",")
	if !found {
		return false
	}
	return len(text.FindPeriods(phrase)) == 0 && len(text.FindYears(phrase)) == 0 && !containsAny(phrase, "year", "quarter", "guidance", "outlook")
}

// partLead reports words before the stance that name a part of the
// company as what the guidance is about ("In terms of the outlook for the
// Batesville segment, we are not providing specific guidance"), not as a
// reason ("Given the strength in our Widgets segment, we are raising").
// Only a lead that says what it is about counts.
func partLead(lead string) bool {
	l := leadClause(lead)
	if !hasAnyPrefix(l, "in terms of", "for the", "for our", "as for", "as it relates to", "regarding", "with respect to", "turning to", "moving to") {
		return false // "As our Widgets business performed well, we are maintaining": a reason
	}
	clause, _, _ := strings.Cut(l, ",")
	return ofAPart(clause)
}

// forAPart reports guidance said to be for a part after its amounts: "our
// guidance range of $275 million to $295 million for segment revenues".
// "For the business" is the whole company's.
func forAPart(words string) bool {
	raw := strings.Fields(words)
	ws := strings.Fields(strings.ToLower(words))
	for k, w := range ws {
		if w != "for" {
			continue
		}
		if k+1 < len(raw) && acronymPart(strings.Trim(raw[k+1], ".,;:")) {
			return true // "the guidance range for AEC adjusted EBITDA": a unit's initials
		}
		for n := k + 1; n < len(ws) && n <= k+3; n++ {
			if p := strings.Trim(ws[n], ".,;:"); figures.PartNoun(p) && !strings.HasPrefix(p, "business") {
				return true
			}
		}
	}
	return false
}

// acronymPart reports a word in capitals that names no metric, basis or
// period: a unit of the company by its initials ("AEC", "MSA").
func acronymPart(w string) bool {
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	low := strings.ToLower(w)
	return figures.NamesMetric(low) == "" && len(text.FindPeriods(low)) == 0 && !strings.Contains(low, "gaap") && !strings.HasPrefix(low, "fy") && low != "us" && low != "u.s"
}

// ofAPart reports words about guidance that name a part of the company
// ("our guidance of revenue for the segment", "our division outlook"): the
// part's guidance, not the company's.
func ofAPart(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:!?"), "'s"), "’s")
		if figures.PartNoun(w) {
			return true
		}
	}
	return false
}

// firstClause is s up to its first comma, semicolon or dash, at most n words.
func firstClause(s string, n int) string {
	if i := strings.IndexAny(s, ",;–—"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " -- "); i >= 0 {
		s = s[:i]
	}
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

// forwardLooking reports the safe-harbor statement's sentence, which
// names guidance without deciding anything. It is asked only of a
// sentence a cue matched: most sentences match none.
func forwardLooking(sent string) bool {
	return strings.Contains(strings.ToLower(sent), "forward-looking")
}

// mayStateStance reports a paragraph that says "guidance" or "outlook" in
// any case, as stanceCue needs. It compares ASCII letters' case in place:
// every paragraph of the prepared remarks is asked, and lower-casing each
// copied it. The Kelvin sign lower-cases to "k": such a text is
// lower-cased, as is one with a dotted capital I (lower-cased to "i").
func mayStateStance(para string) bool {
	if strings.Contains(para, "\u212a") || strings.Contains(para, "\u0130") {
		l := strings.ToLower(para)
		return strings.Contains(l, "guidance") || strings.Contains(l, "outlook")
	}
	return containsFold(para, "guidance", 'g') || containsFold(para, "outlook", 'k')
}

// containsFold reports whether s holds word (lower-case ASCII letters) in
// any case of its ASCII letters. It looks for the word around each of its
// letter rare (in either case) that s holds, which strings.IndexByte
// finds many bytes at a time.
func containsFold(s, word string, rare byte) bool {
	at := strings.IndexByte(word, rare)
	for _, c := range [2]byte{rare, rare - 'a' + 'A'} {
		for i := 0; ; i++ {
			j := strings.IndexByte(s[i:], c)
			if j < 0 {
				break
			}
			i += j
			if start := i - at; start >= 0 && start+len(word) <= len(s) && equalFoldASCII(s[start:start+len(word)], word) {
				return true
			}
		}
	}
	return false
}

// equalFoldASCII reports whether s is word (lower-case ASCII letters) in
// any case of its ASCII letters.
func equalFoldASCII(s, word string) bool {
	for i := range len(word) {
		if s[i]|0x20 != word[i] {
			return false
		}
	}
	return true
}
