package transcript

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/text"
)

// Where a field of Meta came from (Meta.CompanySource, Meta.PeriodSource).
const (
	FromHeader     = "header"      // the format's title line or fields
	FromText       = "text"        // what the call says
	FromInferred   = "inferred"    // period: quarter said, year from the call's comparisons
	FromTickerList = "ticker-list" // company: the SEC ticker list, by the call's ticker
	FromSidecar    = "sidecar"     // the sidecar's front matter
	FromFileName   = "file-name"   // the file name (warned)
)

// A company candidate: a name the call gives itself, with how strongly the
// phrasing says it is the company holding the call.
type companyCandidate struct {
	name  string // as written, cleaned (cleanCompany)
	score int
	first int // order of first sighting
}

// The phrasings that name the company holding the call. Each finds where a
// name starts (after the match) or ends (before it).
var (
	// "welcome to (the) Acme ...", "welcome everyone who is joining us on
	// Acme's ...", "joining us for Acme's ...", "participating in the Acme ..."
	welcomeAfterRe = text.MustCue(`(?i)\b(?:welcome(?:\s+[\w']+){0,6}?\s+(?:to|on|for)|joining(?:\s+us)?(?:\s+(?:today|this\s+morning|this\s+afternoon|this\s+evening))?\s+(?:for|on|in)|participating\s+in|listening\s+to|standing\s+by\s+for)\s+`)
	// "... Earnings Conference Call for Acme", "the conference call of
	// Acme", "financial results of Acme Inc.", "hosted by Acme"
	callForRe = text.MustCue(`(?i)\b(?:call|conference|webcast|teleconference|results|presentation|discussion|hosted\s+by)\s+(?:for|of|by|with)\s+(?:the\s+)?`)
	// "Chief Executive Officer of Acme", "Investor Relations for Acme",
	// "President and CEO of Acme"
	titleOfRe = text.MustCue(`\b(?:Chief\s+[A-Z]\w+\s+Officer|CEO|CFO|COO|President|Chairman|Chairwoman|Chair|Investor\s+Relations|Treasurer|Controller)\s+(?:of|for|at)\s+(?:the\s+)?`)
	// "Acme's first quarter", "Acme's CFO": the name before "'s"
	possessiveRe = text.MustCue(`(?:'s|s')\s+(?i:first|second|third|fourth|q[1-4]|[1-4]q|fiscal|full|(?:19|20)\d\d|quarterly|annual|earnings|conference|financial|results|business|investor|chief|ceo|cfo|coo|president|chairman|board|management)\b`)
)

// namingCues are the phrasings above, found in one walk over a sentence
// (companyCandidates reads their matches in this order).
var namingCues = text.NewCueSet(welcomeAfterRe, callForRe, titleOfRe, possessiveRe)

// legalForms are the words of a company's legal form, said after its name
// ("Acme, Inc.", "Acme Corporation"): legalFormsIn finds them.
var legalForms = []string{"Inc", "Incorporated", "Corp", "Corporation", "Company", "Co", "Ltd", "Limited", "plc", "PLC", "LLC",
	"L.P", "N.V", "S.A", "AG", "SE", "Holdings", "Bancorp", "Bancshares"}

// legalFormsIn returns the byte ranges of the legal forms in s that follow
// blanks and end a word, each with the blanks and a comma before it and a
// dot after it (", Inc.", " Corporation"): what the expression
// `,?\s+(?:Inc|Corp|...)\b\.?` finds. Found by hand: as a match starts with
// blanks, the expression was tried at every byte of the sentences a call
// opens with. It looks first for a byte a legal form starts with (few
// capitals), then for the blanks before it.
func legalFormsIn(s string) [][]int {
	var out [][]int
	done := 0 // where the last match ended: the next one's blanks start there or later
	for k := 1; k < len(s); k++ {
		if len(legalFormsBy[s[k]]) == 0 || !blank(s[k-1]) || k-1 < done {
			continue
		}
		end := legalFormAt(s, k)
		if end < 0 {
			continue
		}
		start := k - 1 // the blanks before the form, from done on
		for start > done && blank(s[start-1]) {
			start--
		}
		if start > done && s[start-1] == ',' {
			start--
		}
		out = append(out, []int{start, end})
		done = end
		k = end - 1 // the loop steps to end
	}
	return out
}

// legalFormsBy are legalForms by their first byte: most words start
// with none of them.
var legalFormsBy = func() (by [256][]string) {
	for _, f := range legalForms {
		by[f[0]] = append(by[f[0]], f)
	}
	return by
}()

// legalFormAt returns where the legal form that s[k:] starts with ends
// (with a dot after it), or -1 when none starts there as a word.
func legalFormAt(s string, k int) int {
	for _, f := range legalFormsBy[s[k]] {
		end := k + len(f)
		if strings.HasPrefix(s[k:], f) && (end == len(s) || !wordByte(s[end])) {
			if end < len(s) && s[end] == '.' {
				end++
			}
			return end
		}
	}
	return -1
}

// blank reports the bytes a regular expression's \s matches.
func blank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// wordByte reports an ASCII letter, digit or '_', as \b reads a word.
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// stopWord reports a word that ends a company name read after a welcome:
// the words of the call's own name and period.
func stopWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,;:!?()\"'"))
	switch lw {
	case "earnings", "conference", "call", "calls", "webcast", "teleconference", "results", "result",
		"quarter", "quarterly", "annual", "first", "second", "third", "fourth", "fiscal", "year",
		"full", "full-year", "fiscal-year", "year-end", "investor", "investors", "analyst", "update",
		"presentation", "meeting", "discussion", "review", "broadcast", "release", "operator",
		"question-and-answer", "q&a", "half", "nine", "month", "months", "and", "of", "for",
		"first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "live", "audio",
		"virtual", "special", "today's", "this", "the", "our", "day", "session", "reports",
		"reported", "announces", "announced":
		return true
	}
	if text.Year(lw) > 0 && (len(lw) == 4 || strings.HasPrefix(lw, "fy")) {
		return true
	}
	if len(text.FindPeriods(lw)) > 0 {
		return true // "q3", "3q21", "fy2021"
	}
	return false
}

// notName are capitalised words that start sentences and greetings, never
// a company name of their own.
var notName = map[string]bool{
	"hello": true, "hi": true, "good": true, "welcome": true, "ladies": true, "gentlemen": true,
	"everyone": true, "everybody": true, "greetings": true, "morning": true, "afternoon": true,
	"evening": true, "joining": true, "participating": true, "company": true, "companies": true,
	"corporation": true, "group": true, "earnings": true, "conference": true, "call": true,
	"inc": true, "corp": true, "we": true, "us": true, "i": true, "our": true, "my": true,
	"management": true, "board": true, "team": true, "today": true, "you": true, "all": true,
	"mr": true, "ms": true, "mrs": true, "dr": true, "sir": true, "madam": true, "folks": true,
	"webcast": true, "slide": true, "slides": true, "page": true, "chief": true, "president": true,
}

// nameWord reports a word that can be part of a company name: capitalised
// or a number ("3D Systems", "Group 1 Automotive"), or an ampersand.
func nameWord(w string) bool {
	if w == "&" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// conferenceService reports a name welcomed to that is the conference
// service's, not the company's: "Welcome to the Compumedics audio
// conferencing system", "welcome to the Acme conference center".
func conferenceService(after, name string) bool {
	i := strings.Index(after, name)
	if name == "" || i < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(after[i+len(name):]))
	for k, w := range ws[:min(len(ws), 3)] {
		switch {
		case strings.HasPrefix(w, "conferencing") || w == "audio":
			return true
		case w == "conference" && k+1 < len(ws) && conferenceServiceWords[strings.Trim(ws[k+1], ".,;")]:
			return true
		}
	}
	return false
}

// conferenceServiceWords follow "conference" in a conference service's
// name.
var conferenceServiceWords = map[string]bool{"center": true, "centre": true, "service": true, "services": true,
	"system": true, "line": true}

// connector is a small word inside names: "Bank of Hawaii", "Bed Bath and
// Beyond", "Banco de Chile".
func connector(w string) bool {
	switch w {
	case "of", "and", "&", "+", "de", "du", "la", "the", "y", "der", "van":
		return true
	}
	return false
}

// trimWord strips the punctuation around a word and says whether the
// word closed a clause (a comma, a full stop that is not an initial's).
func trimWord(w string) (string, bool) {
	end := false
	for len(w) > 0 && strings.ContainsRune(",;:!?)\"", rune(w[len(w)-1])) {
		w, end = w[:len(w)-1], true
	}
	initial := len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.' // "A. O. Smith"
	if strings.HasSuffix(w, ".") && !text.IsAbbrev(w) && !dotted(w) && !initial {
		w, end = w[:len(w)-1], true
	}
	w = strings.TrimLeft(w, "(\"")
	return w, end
}

// dotted is "F.N.B." or "U.S.": letters between full stops.
func dotted(w string) bool {
	return strings.Count(w, ".") >= 2 && !strings.Contains(w, "..")
}

// possessive splits "Acme's" into "Acme" and true.
func possessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "s'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			if suf == "s'" {
				return w[:len(w)-1], true
			}
			return w[:len(w)-2], true
		}
	}
	return w, false
}

// nameAfter reads the company name that starts at s[i:], after a welcome:
// articles and period words are skipped ("the Third Quarter 2021 Acme
// Earnings Call"), and the name ends at a call word, a lower-case word or
// a possessive.
func nameAfter(s string) string {
	fields := strings.Fields(s)
	var out []string
	k := 0
	// Skip "the", "today's", "this morning's", and the period before the
	// name ("the Third Quarter 2021 Acme ...", "the Fiscal Year 2020 Acme").
	for k < len(fields) && k < 10 {
		w, _ := trimWord(fields[k])
		lw := strings.ToLower(w)
		switch lw {
		case "the", "today's", "this", "morning's", "afternoon's", "evening's", "our", "your", "and", "fiscal", "year", "year-end":
			k++
			continue
		}
		if n := periodWordsAt(fields[k:]); n > 0 {
			k += n
			continue
		}
		break
	}
	for ; k < len(fields) && len(out) < 8; k++ {
		w, end := trimWord(fields[k])
		base, poss := possessive(w)
		if poss && strings.HasSuffix(w, "s'") && k+1 < len(fields) && nameWord(fields[k+1]) && !stopWord(fields[k+1]) &&
			periodWordsAt(fields[k+1:]) == 0 {
			out = append(out, w) // "Lands' End": the apostrophe is the name's own
			continue
		}
		if poss && nameWord(base) {
			if k+1 < len(fields) && legalForm(fields[k+1]) {
				out = append(out, w) // "The Aaron's Company"
				continue
			}
			out = append(out, base)
			break
		}
		if len(out) > 0 && periodWordsAt(fields[k:]) > 0 {
			break // "Acme First Quarter"
		}
		if connector(w) && len(out) > 0 && !end && k+1 < len(fields) && nameWord(fields[k+1]) && !stopWord(fields[k+1]) {
			out = append(out, w)
			continue
		}
		if !nameWord(w) || stopWord(w) && !ordinal(w) && !(strings.EqualFold(w, "Financial") || strings.EqualFold(w, "Investors")) {
			break
		}
		if (strings.EqualFold(w, "Financial") || strings.EqualFold(w, "Investors")) && (k+1 >= len(fields) || stopWord(fields[k+1]) || !nameWord(fields[k+1])) {
			break // "Financial Results"
		}
		out = append(out, w)
		if end {
			break
		}
	}
	return strings.Join(out, " ")
}

// periodWordsAt is how many of the words start with a period ("Third
// Quarter 2021", "Q3", "FY2020"), or 0.
func periodWordsAt(fields []string) int {
	s := strings.Join(fields[:min(len(fields), 8)], " ")
	ms := text.FindPeriods(s)
	if len(ms) == 0 || ms[0].Start != 0 {
		return 0
	}
	return len(strings.Fields(s[:ms[0].End]))
}

func ordinal(w string) bool {
	_, ok := text.Ordinals[strings.ToLower(w)]
	return ok
}

// legalForm reports "Company", "Inc.", "Corporation" and the like.
func legalForm(w string) bool {
	return len(legalFormsIn(" "+w)) > 0
}

// nameBefore reads the company name that ends at s[:j]: capitalised words
// back to a lower-case word, a clause break or a sentence starter.
func nameBefore(s string) string {
	fields := strings.Fields(s)
	var out []string
	for k := len(fields) - 1; k >= 0 && len(out) < 6; k-- {
		w, end := trimWord(fields[k])
		if end && len(out) > 0 {
			break
		}
		if connector(w) && len(out) > 0 && k > 0 && nameWord(fields[k-1]) {
			out = append(out, w)
			continue
		}
		if !nameWord(w) || w == "&" && len(out) == 0 {
			break
		}
		out = append(out, w)
		if end {
			break
		}
	}
	// The words were read backwards; a sentence's first word is not part
	// of the name ("Today Acme ...", "Thanks Acme ...").
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	for len(out) > 0 && (text.SentenceStarter(out[0]) || notName[strings.ToLower(out[0])] || connector(out[0])) {
		out = out[1:]
	}
	for len(out) > 0 && connector(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return strings.Join(out, " ")
}

// goodCandidate drops what the patterns catch that is not a company: the
// call's own words, greetings, a lone "Company".
func goodCandidate(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	all := true
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,'"))
		if !notName[lw] && !stopWord(w) && !connector(lw) && !text.SentenceStarter(w) {
			all = false
		}
	}
	if all {
		return false
	}
	if len(Slug(name)) < 2 {
		return false
	}
	return true
}

// companyCandidates reads the names a call gives the company holding it,
// from its opening paragraphs (ops: true for the operator's), scored by
// phrasing: a welcome and "the call for X" say it best, a possessive before
// the period ("X's first quarter") next, a title ("CEO of X") and a legal
// form ("X, Inc.") least.
func companyCandidates(paras []string, ops []bool) []*companyCandidate {
	byKey := map[string]*companyCandidate{}
	var out []*companyCandidate
	add := func(name string, score int) {
		name = strings.TrimSpace(name)
		if !goodCandidate(name) {
			return
		}
		name = cleanCompany(name)
		if !goodCandidate(name) {
			return
		}
		k := Slug(name)
		c := byKey[k]
		if c == nil {
			c = &companyCandidate{name: name, first: len(out)}
			byKey[k] = c
			out = append(out, c)
		}
		c.score += score
	}
	found := make([][][]int, len(namingCues.Cues()))
	for pi, p := range paras {
		p = normText(p)
		for sp := range text.EachSentence(p) {
			s := p[sp.Start:sp.End]
			w := 2
			if pi < len(ops) && ops[pi] {
				w = 3
			}
			found = namingCues.FindAllStringIndex(s, found)
			for _, loc := range found[0] { // welcomeAfterRe
				if name := nameAfter(s[loc[1]:]); !conferenceService(s[loc[1]:], name) {
					add(name, w)
				}
			}
			for _, loc := range found[1] { // callForRe
				add(nameAfter(s[loc[1]:]), 3)
			}
			for _, loc := range found[2] { // titleOfRe
				add(nameAfter(s[loc[1]:]), 1)
			}
			for _, loc := range found[3] { // possessiveRe
				end := loc[0]
				if s[loc[0]:loc[0]+2] == "s'" {
					end++ // keep the s of "CTS'"
				}
				add(nameBefore(s[:end]), 2)
			}
			for _, loc := range legalFormsIn(s) {
				add(nameBefore(s[:loc[0]]), 1)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// SameCompany reports whether two names are the same company's: the same
// words, one the start of the other, initials, or the same distinctive
// first word ("Camden" and "Camden Property Trust").
func SameCompany(a, b string) bool { return sameCompany(a, b) }

// sameCompany reports whether a name the call uses and a registered name
// are the same company: the same words, one the start of the other
// ("Discover" and "Discover Financial Services"), or initials ("ADM" and
// "Archer-Daniels-Midland").
func sameCompany(name, registered string) bool {
	a, b := Slug(name), Slug(registered)
	if a == "" || b == "" {
		return false
	}
	if strings.ReplaceAll(a, "-", "") == strings.ReplaceAll(b, "-", "") {
		return true // "F.N.B." and "FNB"
	}
	if a == b || strings.HasPrefix(b, a+"-") || strings.HasPrefix(a, b+"-") {
		return true
	}
	aw, bw := strings.Split(a, "-"), strings.Split(b, "-")
	if sameWords(aw, bw) {
		return true // "A. O. Smith" and "SMITH A O"
	}
	if len(aw) == 1 && len(bw) > 1 && len(aw[0]) == len(bw) {
		ok := true
		for i, w := range bw {
			if w[0] != aw[0][i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	// The first word, when it is distinctive: "Cullen/Frost" and
	// "Cullen/Frost Bankers", "Amphenol" and "Amphenol".
	return len(aw[0]) >= 4 && aw[0] == bw[0] && !commonFirstWord[aw[0]]
}

// commonFirstWord are first words that many company names share.
var commonFirstWord = map[string]bool{
	"first": true, "american": true, "united": true, "national": true, "general": true,
	"international": true, "global": true, "western": true, "eastern": true, "southern": true,
	"northern": true, "central": true, "pacific": true, "atlantic": true, "bank": true,
	"community": true, "federal": true, "new": true, "south": true, "north": true, "great": true,
	"royal": true, "capital": true, "home": true, "public": true, "service": true, "energy": true,
}

// spelledInCall finds a registered name in the call's own spelling:
// "CARMAX" is "CarMax" where the call says so, "SERVICE CORP
// INTERNATIONAL" is "Service Corporation International". It tries the
// whole name, then shorter starts of it (down to one distinctive word,
// which must be said three times); only capitalised spellings count (not
// "carmax.com"). It returns the spelling and how often the call uses it.
func spelledInCall(registered string, paras []string) (string, int) {
	return spelledIn(strings.Fields(registered), paras, parasSaying)
}

// spelledIn is spelledInCall of a registered name's words. narrow returns
// the paragraphs of a list that may say a word of the name; a start of
// the name is looked for in those that may say each of its words, and
// not at all where none does (its expression is not even compiled).
func spelledIn(words []string, paras []string, narrow func(paras []string, word string) []string) (string, int) {
	saying := make([][]string, len(words)+1) // saying[n]: the paragraphs that may say the first n words
	saying[0] = paras
	for n, w := range words {
		saying[n+1] = narrow(saying[n], w)
	}
	for n := len(words); n >= 1; n-- {
		if n == 1 && (len(Slug(words[0])) < 4 || commonFirstWord[Slug(words[0])]) {
			break
		}
		if len(saying[n]) == 0 {
			continue // said nowhere: no spelling
		}
		var parts []string
		for _, w := range words[:n] {
			parts = append(parts, registeredWordRe(w))
		}
		re, err := text.CompileCue(`(?i)\b` + strings.Join(parts, `[\s,-]+`) + `(?:'s)?\b`)
		if err != nil {
			continue
		}
		count := 0
		spelling := ""
		for _, p := range saying[n] {
			for _, loc := range re.FindAllStringIndex(p, -1) {
				m := p[loc[0]:loc[1]]
				r, _ := utf8.DecodeRuneInString(m)
				if !unicode.IsUpper(r) && !unicode.IsDigit(r) || loc[1] < len(p) && p[loc[1]] == '.' && loc[1]+1 < len(p) && isLetter(p[loc[1]+1]) {
					continue // "mccormick", "eaton.com"
				}
				if spelling == "" {
					spelling = m
				}
				count++
			}
		}
		if count > 0 && (n > 1 || count >= 3) {
			return spelling, count
		}
	}
	return "", 0
}

// parasSaying returns the paragraphs that may say word, a word of a
// registered name, as spelledIn's expressions read it (in any case), in
// order: every spelling of a start of the name holds its words, and most
// calls never say most of the names asked, so spelledIn compiles and runs
// its expressions on a few paragraphs, often none, rather than on the
// whole call. A word that is not plain ASCII or that spelledIn reads in
// other forms ("CORP") keeps them all.
func parasSaying(paras []string, word string) []string {
	if !isASCII(word) || registeredWordRe(word) != regexp.QuoteMeta(word) {
		return paras
	}
	lower := strings.ToLower(word)
	var out []string
	for _, p := range paras {
		if mayFold(p, lower) {
			out = append(out, p)
		}
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// registeredWordRe matches a word of a registered name as a call says it:
// the SEC's "CORP", "CO", "INC" and "INTL" in full too.
func registeredWordRe(w string) string {
	switch strings.ToUpper(strings.TrimSuffix(w, ".")) {
	case "CORP":
		return `Corp(?:oration|\.)?`
	case "CO":
		return `Co(?:mpany|\.)?`
	case "INC":
		return `Inc(?:orporated|\.)?`
	case "INTL":
		return `Int(?:ernationa)?l`
	case "&":
		return `(?:&|and)`
	}
	return regexp.QuoteMeta(w)
}

func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		if count[w] == 0 {
			return false
		}
		count[w]--
	}
	return true
}

// trimToRegistered cuts a name the call gives after the words of the
// registered name it starts with: speech-to-text glues words on
// ("AT&T Sports" for "AT&T's").
func trimToRegistered(name, registered string) string {
	a, b := Slug(name), Slug(registered)
	if !strings.HasPrefix(a, b+"-") {
		return name
	}
	words := strings.Fields(name)
	for k := 1; k <= len(words); k++ {
		if Slug(strings.Join(words[:k], " ")) == b {
			return strings.Join(words[:k], " ")
		}
	}
	return name
}
