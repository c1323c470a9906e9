package figures

import (
	"regexp"
	"strings"

	"callsite/internal/text"
)

// A speaker often says once which basis the numbers that follow are on
// ("Unless otherwise noted, all figures I discuss are on an adjusted
// basis.", "I'll be referencing adjusted results today."), then says
// "EPS was $1.12" without the word again. The announcement holds for the
// rest of the turn and the turns after it in the same section of the call
// (the host's announcement holds for the CFO's remarks; FindTurn returns it
// for the caller to pass on as Context.Basis), for the measures that have
// an adjusted form; a figure said as GAAP or reported keeps its own basis.

// A sentence announces a basis when it states one for numbers in general
// ("on an adjusted basis", "referencing non-GAAP results", "using core
// performance measures"), says that it
// covers what follows ("unless otherwise noted", "my remarks", "today"),
// and states no number itself ("EPS grew 6% on an adjusted basis" is a
// figure's own basis). A mention of "non-GAAP financial measures" that
// the call will use announces nothing.
var (
	// ("on an organic and adjusted basis": revenue is organic, the rest
	// adjusted; "on a reported or adjusted basis" leaves each figure its own)
	basisStated = regexp.MustCompile(`\bon an? (?:(organic|comparable|underlying|constant[- ]currency) (?:and|or) )?(adjusted|non-gaap)(?: [a-z-]+)? basis\b` +
		`|\b(?:focus on|referencing|referring to|discussing|talking about|speak to|reflect|using)\s+(?:our\s+|the\s+)?(adjusted|non-gaap|core)\s+(?:financial\s+|performance\s+)?(?:results|figures|numbers|measures)\b`)
	basisCovers = regexp.MustCompile(`\bunless (?:otherwise |indicated otherwise|stated otherwise|noted otherwise|we specifically|we otherwise|we indicate|specifically)|\b(?:my|our|today's) (?:remarks|comments|commentary|discussion|call)\b` +
		`|\ball (?:of )?(?:the |my |our )?(?:figures|results|numbers|references|comparisons|financial)\b|\bany (?:references|figures|results|numbers)\b` +
		`|\bon (?:this|today's) call\b|\btoday\b|\bthroughout\b|\b(?:i|we)(?:'ll| will)\b`)
	// basisStatedNouns are the nouns of basisStated's second way of
	// stating a basis; its first ends in " basis"
	basisStatedNouns = newSubstringSet("results", "figures", "numbers", "measures")
	// "some metrics we'll discuss today are on a non-GAAP basis": only
	// some are, so an unmarked figure after it may well be GAAP.
	coversSome = regexp.MustCompile(`\b(?:some|certain|several|a few|a number) (?:of )?(?:the |our |these )?(?:metrics|measures|figures|results|numbers|items|financial)`)
)

// statesNumber reports a sentence that says a number: most sentences that
// say "adjusted" do, so it is asked before the regular expressions. A year
// is no number said of the results ("Any references made on this call to
// 2020 or 2021 results will be on an adjusted basis").
func statesNumber(sent string) bool {
	if !digitOrSignSaid(sent) {
		return false
	}
	return signSaid(sent) || digitSaid(yearInSentence.ReplaceAllString(sent, ""))
}

// yearInSentence is a year said in a sentence.
var yearInSentence = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// announcedMetrics are the measures an announced basis applies to: those
// a call gives both as reported and adjusted. Revenue is left alone.
var announcedMetrics = map[string]bool{
	"eps": true, "net income": true, "operating income": true, "operating margin": true, "gross margin": true,
	"ebitda": true, "net loss per share": true, "net loss": true, "operating loss": true,
}

// announcedBasis returns where in a paragraph (low: in lower case) the
// last announcement ends and the basis it announces ("adjusted" or
// "non-GAAP"), or -1.
func announcedBasis(low string) (int, string) {
	// (each word looked for first by a part that opens with a rare byte: a
	// paragraph says "a" and "n" everywhere, "j" and "-" seldom)
	if !(strings.Contains(low, "justed") && strings.Contains(low, "adjusted")) && !(strings.Contains(low, "-gaap") && strings.Contains(low, "non-gaap")) &&
		!strings.Contains(low, "core performance") && !strings.Contains(low, "core results") {
		return -1, ""
	}
	at, basis := -1, ""
	for _, sp := range text.Sentences(low) {
		sent := low[sp.Start:sp.End]
		if !strings.Contains(sent, "adjusted") && !strings.Contains(sent, "non-gaap") && !strings.Contains(sent, "core ") || statesNumber(sent) {
			continue // basisStated needs one of them: skip the regular expressions
		}
		if !strings.Contains(sent, " basis") && !basisStatedNouns.in(sent) {
			continue // and one of these: most sentences that say "adjusted" have neither
		}
		m := basisStated.FindStringSubmatch(sent)
		if m == nil || !basisCovers.MatchString(sent) || coversSome.MatchString(sent) {
			continue
		}
		at, basis = sp.End, m[2]+m[3]
		if m[1] != "" {
			basis = m[1] + " and " + basis // "organic and adjusted": growth is organic, results adjusted
		}
	}
	return at, strings.Replace(basis, "non-gaap", "non-GAAP", 1)
}

// applyAnnounced gives the figures of a paragraph (low: in lower case)
// said after an announcement (from the position from on) its basis.
//
// A basis announced for growth as well ("on an organic and adjusted
// basis") makes a percent change of the company's revenue its organic
// growth: "Revenue declined 12%" after it is organic revenue growth.
func applyAnnounced(low string, figs []Figure, from int, basis string) {
	growth, basis, _ := strings.Cut(basis, " and ")
	if basis == "" {
		growth, basis = "", growth
	}
	for i := range figs {
		f := &figs[i]
		organic := growth != "" && f.Metric == "revenue" && f.Role == Change && f.Unit == "%" && f.Scope == ""
		if f.Start < from || f.Basis != "" || !announcedMetrics[f.Metric] && !organic {
			continue
		}
		s := text.SentenceAt(low, f.Start, f.End)
		sent := low[s.Start:s.End]
		if hasWordEnd(sent, "gaap") || hasWordEnd(sent, "reported") {
			continue // said as reported: the announcement is not about it
		}
		if organic {
			if growth == "organic" {
				f.Metric, f.Role, f.Basis = "organic growth", Level, growth
				f.Reasons = append(f.Reasons, "metric: revenue growth said after growth was announced as organic")
			}
			continue
		}
		f.Basis = basis
		f.Reasons = append(f.Reasons, "basis: "+basis+", announced earlier in the turn")
	}
}

// A speaker on a fourth-quarter call may also say once that the numbers
// that follow are the year's ("I'll provide color on our full fiscal-year
// results"), then give them without the year: the announcement holds, in
// the paragraphs after it, until a quarter is named.

// yearWords name the year as a whole, said before "results" ("our fiscal
// year '20 financial results") or after it ("results for the full year").
var yearWords = []string{"full year", "full-year", "fiscal year", "fiscal-year", "annual", "for the year"}

// yearResultsAt is where "results" said as the year's starts in sent
// (what a speaker is about to cover), -1 when it says none.
func yearResultsAt(sent string) int {
	i := strings.Index(sent, " results")
	if i < 0 {
		return -1
	}
	if containsAnyOf(text.LastWords(sent[:i], 5), yearWords...) {
		return i
	}
	if after := firstWords(sent[i+1:], 5); containsAnyOf(after, yearWords...) {
		return i
	}
	return -1
}

// planWords say that results spoken of are expected, not reported (a
// speaker's "I will" is no plan: lookAheadSaid would take it for one).
var planWords = newSubstringSet("expect", "outlook", "guid", "anticipat", "forecast", "target")

// yearAnnounced reports whether the year's results are announced at the
// end of a paragraph (low, in lower case; sents, its sentences): held is
// whether they were before it. A sentence that names a quarter ends the
// announcement; one that says no amount and announces what the speaker
// will cover ("I'll", "let me") starts it, unless it speaks of a plan
// for them ("our expectations for full-year results"; "the year's results
// and then our outlook" is an announcement).
func yearAnnounced(low string, sents []text.Span, held bool) bool {
	for _, sp := range sents {
		sent := low[sp.Start:sp.End]
		// (a year may be said: "our fiscal '20 results")
		announces := !signSaid(sent) && announcerSet.in(sent)
		if !held && !announces {
			continue // nothing to hold or to let go: quarterSaid, the costly part, need not be read
		}
		switch {
		case quarterSaid(sent):
			held = false
		case announces:
			if at := yearResultsAt(sent); at >= 0 && !planWords.in(sent[:at]) {
				held = true
			}
		}
	}
	return held
}
