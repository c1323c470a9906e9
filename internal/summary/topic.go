package summary

import (
	"regexp"
	"strings"
	"unsafe"

	"callsite/internal/text"
	"callsite/internal/transcript"
)

// Topic names what an analyst's question is about in a few words ("gross
// margin", "European expansion", "guidance timing"), read from the analyst's
// turns of the exchange; "" if nothing good.
//
// It looks at the questions the analyst asks (sentences ending in "?", else
// everything the analyst says, less greetings and thanks). A phrase the
// analyst points at ("a question on European expansion", "talk about the
// pricing environment") wins; else the financial term said most often
// (earliest on ties) from a small dictionary; a term asked about with
// "when" or "timing" gets "timing" ("guidance timing").
func Topic(ex *transcript.Exchange) string {
	if ex == nil {
		return ""
	}
	var said []string
	for _, tu := range ex.Turns {
		if tu.Speaker == nil || tu.Speaker.Role != transcript.RoleAnalyst {
			continue
		}
		if ex.Analyst != nil && tu.Speaker != ex.Analyst && tu.Speaker.ID != ex.Analyst.ID {
			continue
		}
		for _, p := range tu.Paragraphs {
			said = append(said, p.Text)
		}
	}
	return topicOf(strings.Join(said, " "))
}

func topicOf(txt string) string {
	if strings.TrimSpace(txt) == "" {
		return ""
	}
	sents := text.Split(txt)
	var qs []string
	for _, s := range sents {
		if strings.HasSuffix(strings.TrimSpace(s), "?") {
			qs = append(qs, s)
		}
	}
	if len(qs) == 0 {
		qs = sents
	}
	// drop pleasantries
	var keep []string
	for _, s := range sents {
		if !pleasantry(s) {
			keep = append(keep, s)
		}
	}
	all, q := lowerJoin(keep), lowerJoin(qs)
	if t := pointedTopic(all); t != "" && goodTopic(t) {
		return withTiming(t, q)
	}
	if t := termTopic(q); t != "" {
		return withTiming(t, q)
	}
	if t := termTopic(all); t != "" {
		return withTiming(t, all)
	}
	return ""
}

// goodTopic rejects phrases that name no subject: a person's earlier
// question ("mike's questions regarding"), praise ("great"), filler.
func goodTopic(t string) bool {
	words := strings.Fields(t)
	content := 0
	for _, w := range words {
		switch {
		case strings.Contains(w, "'s") || strings.Contains(w, "’s"):
			return false
		case w == "question" || w == "questions" || w == "regarding" || w == "follow-up":
			return false
		case praise[w] || vagueWord[w] || topicStop[w]:
		default:
			content++
		}
	}
	return content > 0 && !topicStop[words[len(words)-1]]
}

var praise = map[string]bool{"great": true, "good": true, "nice": true, "strong": true, "solid": true, "terrific": true, "fantastic": true, "excellent": true, "impressive": true, "congratulations": true, "results": true, "quarter": true, "job": true, "execution": true}

var pleasantryRe = regexp.MustCompile(`(?i)^(hi|hey|hello|good (morning|afternoon|evening)|thanks?( you)?|thank you|great|congrat|nice|yes|yeah|okay|ok|sure|got it|understood|that's helpful|appreciate|perfect)\b`)

// pleasantry reports a short sentence of greetings or thanks. The words
// are counted first: most sentences are longer, and counting is cheaper
// than the expression.
func pleasantry(s string) bool {
	return greets(strings.TrimSpace(s)) && atMostWords(s, 8)
}

// pleasantryStarts are the openings pleasantryRe matches, spelled out:
// greets tries them as plain prefixes.
var pleasantryStarts = []string{"hi", "hey", "hello", "good morning", "good afternoon", "good evening",
	"thank", "thanks", "thank you", "thanks you", "great", "congrat", "nice", "yes", "yeah", "okay", "ok",
	"sure", "got it", "understood", "that's helpful", "appreciate", "perfect"}

// greets is pleasantryRe.MatchString(s) without the expression when the
// start of s is ASCII (where case folding is ASCII's): one of
// pleasantryStarts in any case, then no word character.
func greets(s string) bool {
	if !isASCII(s[:min(len(s), 16)]) { // longer than any start and the byte after it
		return pleasantryRe.MatchString(s)
	}
	for _, w := range pleasantryStarts {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isWordByte(s[len(w)])) {
			return true
		}
	}
	return false
}

// atMostWords reports whether len(strings.Fields(s)) <= n, without
// making the words.
func atMostWords(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return false
		}
	}
	return true
}

// lowerJoin is strings.ToLower(strings.Join(parts, " ")) built in one
// buffer: ASCII parts are lower-cased eight bytes at a time
// (appendLowerASCII), others by strings.ToLower (the space between parts
// keeps a rune from spanning two of them, so lower-casing part by part is
// the same).
func lowerJoin(parts []string) string {
	n := max(len(parts)-1, 0)
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, ' ')
		}
		if isASCII(p) {
			b = appendLowerASCII(b, p)
		} else {
			b = append(b, strings.ToLower(p)...)
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// pointingWords are the words an analyst points at a topic with ("a
// question on", "talk about"), lower case.
var pointingWords = []string{"question", "questions", "ask", "asking", "follow-up", "follow up", "followup", "touch", "comment", "talk", "speak", "color", "colour",
	"elaborate", "update", "detail", "details", "dig", "drill", "clarification", "clarify", "thoughts", "perspective", "expand"}

// pointedAt reads the phrase an analyst points at from the start of a text
// that starts with one of pointingWords (a word of its own) and holds no
// ",.;?!": the phrase runs to the end of the text.
var pointedAt = func() *regexp.Regexp {
	words := make([]string, len(pointingWords))
	for i, w := range pointingWords {
		words[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`^(?:` + strings.Join(words, "|") + `)\s+(?:a little\s+|a bit\s+|more\s+|briefly\s+|quickly\s+|just\s+|further\s+)*(?:on|about|around|regarding|into|in terms of|related to|with respect to)\s+([^,.;?!]+)`)
}()

// phraseEnds end what an analyst points at.
const phraseEnds = ",.;?!"

// nextPointed finds the first phrase pointed at in s at or after from
// (start and end of the whole match, and of the phrase), as a regular
// expression of "\b" and pointedAt's searching all of s would, without
// trying every byte: only a word that starts with one of pointingWords is
// tried, on the clause up to the next of phraseEnds (which a match never
// crosses).
func nextPointed(s string, from int) (start, end, phraseStart, phraseEnd int, ok bool) {
	for p := from; p < len(s); p++ {
		if !isWordByte(s[p]) {
			continue
		}
		atWord := p == 0 || !isWordByte(s[p-1])
		word := p
		for p+1 < len(s) && isWordByte(s[p+1]) { // to the word's last byte: no match starts inside it
			p++
		}
		if !atWord || pointingByFirst[s[word]] == nil || !startsPointing(s[word:]) {
			continue
		}
		clause := s[word:]
		if q := strings.IndexAny(clause, phraseEnds); q >= 0 {
			clause = clause[:q]
		}
		if loc := pointedAt.FindStringSubmatchIndex(clause); loc != nil {
			return word, word + loc[1], word + loc[2], word + loc[3], true
		}
	}
	return 0, 0, 0, 0, false
}

// pointingByFirst are pointingWords by their first byte.
var pointingByFirst = func() (by [256][]string) {
	for _, w := range pointingWords {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// startsPointing reports whether s starts with one of pointingWords.
func startsPointing(s string) bool {
	for _, w := range pointingByFirst[s[0]] {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is a word character as regexp's \b reads
// one (ASCII letters, digits and '_'; the bytes of other characters are
// none).
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

var topicStop = map[string]bool{
	"the": true, "a": true, "an": true, "your": true, "you": true, "our": true, "this": true, "that": true, "those": true, "these": true,
	"how": true, "what": true, "where": true, "why": true, "when": true, "whether": true, "if": true, "and": true, "or": true, "is": true,
	"are": true, "was": true, "were": true, "for": true, "in": true, "of": true, "to": true, "on": true, "with": true, "as": true, "at": true,
	"it": true, "its": true, "it's": true, "we": true, "i": true, "me": true, "there": true, "some": true, "any": true, "maybe": true, "just": true,
	"kind": true, "sort": true, "bit": true, "little": true, "can": true, "could": true, "would": true, "do": true, "does": true, "did": true,
	"guys": true, "be": true, "been": true, "so": true, "then": true, "now": true, "first": true, "second": true, "one": true, "quick": true,
	"again": true, "quickly": true, "briefly": true, "more": true, "all": true, "my": true, "from": true, "by": true, "you're": true, "you've": true,
	"seeing": true, "see": true, "think": true, "thinking": true, "terms": true, "respect": true, "regards": true, "around": true, "about": true,
}

// vagueWord are words that name no topic on their own.
var vagueWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`much many couple difference differences impact impacts thing things question questions way ways lot lots
		part parts piece pieces point points element elements side sides color detail details number numbers area areas region regions
		trend trends dynamic dynamics comment comments commentary situation aspect aspects factor factors topic topics items item stuff
		believe look looks like said saying mentioned talked different other another certain same new next last few several
		january february march april may june july august september october november december today yesterday year years quarter quarters`) {
		m[w] = true
	}
	return m
}()

// pointedTopic is the noun phrase after "a question on", "talk about", ...:
// up to four words, from the first content word to the next function word.
func pointedTopic(s string) string {
	// one match at a time, as FindAll would find them: most questions'
	// first one names the topic, and the rest of the text is not searched
	for at := 0; at < len(s); {
		_, end, from, to, ok := nextPointed(s, at)
		if !ok {
			break
		}
		phrase := s[from:to]
		at = end
		words := strings.Fields(phrase)
		i := 0
		for i < len(words) && topicStop[trimWord(words[i])] {
			i++
		}
		var out []string
		for ; i < len(words) && len(out) < 4; i++ {
			w := trimWord(words[i])
			if w == "" || topicStop[w] {
				break
			}
			out = append(out, w)
		}
		for len(out) > 0 && vagueWord[out[len(out)-1]] {
			out = out[:len(out)-1] // "the market share element" -> "market share"
		}
		for len(out) > 0 && vagueWord[out[0]] {
			out = out[1:]
		}
		if len(out) == 0 || len(out) == 1 && len(out[0]) < 3 || strings.HasSuffix(out[0], "ing") && !strings.HasSuffix(out[0], "pricing") {
			continue
		}
		return restoreCase(strings.Join(out, " "))
	}
	return ""
}

func trimWord(w string) string {
	return strings.Trim(w, `"'“”‘’()[]:`)
}

// proper names and acronyms keep their capitals ("European expansion", "EBITDA").
var capitalised = map[string]string{
	"european": "European", "europe": "Europe", "asia": "Asia", "asian": "Asian", "china": "China", "chinese": "Chinese",
	"india": "India", "indian": "Indian", "u.s.": "U.S.", "us": "US", "america": "America", "american": "American",
	"latin": "Latin", "americas": "Americas", "emea": "EMEA", "apac": "APAC", "japan": "Japan", "canada": "Canada", "mexico": "Mexico", "brazil": "Brazil", "uk": "UK", "germany": "Germany",
	"ebitda": "EBITDA", "eps": "EPS", "capex": "capex", "m&a": "M&A", "fx": "FX", "covid": "COVID", "covid-19": "COVID-19",
	"sg&a": "SG&A", "r&d": "R&D", "ai": "AI", "ffo": "FFO", "arr": "ARR", "nim": "NIM", "opex": "opex", "roi": "ROI",
}

func restoreCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if c, ok := capitalised[w]; ok {
			words[i] = c
		}
	}
	return strings.Join(words, " ")
}

// topicTerms are the terms a question is often about, most specific first;
// each maps the ways it is said to one name.
var topicTerms = []struct {
	name    string
	phrases []string
}{
	{"gross margin", []string{"gross margin", "gross margins", "gross profit margin"}},
	{"operating margin", []string{"operating margin", "operating margins", "ebit margin"}},
	{"EBITDA margin", []string{"ebitda margin", "ebitda margins"}},
	{"free cash flow", []string{"free cash flow", "cash flow", "cash generation", "fcf"}},
	{"capital allocation", []string{"capital allocation", "buyback", "buybacks", "share repurchase", "repurchases", "dividend"}},
	{"M&A", []string{"m&a", "acquisition", "acquisitions", "deal pipeline"}},
	{"guidance", []string{"guidance", "outlook", "guide"}},
	{"pricing", []string{"pricing", "price increase", "price increases", "prices"}},
	{"demand", []string{"demand", "order trends", "orders", "backlog", "bookings", "pipeline"}},
	{"costs", []string{"cost inflation", "inflation", "costs", "cost savings", "expenses", "opex"}},
	{"supply chain", []string{"supply chain", "supply", "shortages", "logistics", "freight"}},
	{"revenue growth", []string{"revenue growth", "top line", "top-line", "organic growth", "revenue", "sales"}},
	{"EPS", []string{"eps", "earnings per share"}},
	{"leverage", []string{"leverage", "balance sheet", "debt", "refinancing"}},
	{"capex", []string{"capex", "capital expenditures", "capital spending"}},
	{"competition", []string{"competition", "competitive", "competitors", "market share", "share gains"}},
	{"COVID-19 impact", []string{"covid", "pandemic"}},
	{"new products", []string{"new product", "new products", "launch", "launches"}},
	{"tax rate", []string{"tax rate", "taxes"}},
	{"currency", []string{"fx", "currency", "foreign exchange"}},
	{"net interest margin", []string{"net interest margin", "nim"}},
	{"credit quality", []string{"credit quality", "credit losses", "provision", "reserves", "charge-offs"}},
	{"loan growth", []string{"loan growth", "loans"}},
	{"deposits", []string{"deposits"}},
	{"same-store sales", []string{"same-store sales", "same store sales", "comps", "comparable sales"}},
	{"margins", []string{"margin", "margins"}},
}

// termPhrases are topicTerms' phrases in words, by their first word: what
// termTopic looks up at each word of a text.
var termPhrases = func() map[string][]termPhrase {
	m := map[string][]termPhrase{}
	for ti, t := range topicTerms {
		for _, p := range t.phrases {
			pw := strings.Fields(p)
			m[pw[0]] = append(m[pw[0]], termPhrase{term: ti, words: pw})
		}
	}
	return m
}()

// termFirstLens screens termTopic's look-ups in termPhrases: bit n of
// termFirstLens[b] is set when a phrase's first word starts with b and is
// n bytes long. Most words of a question start no phrase, and the test
// costs less than looking them up.
var termFirstLens = func() (lens [256]uint32) {
	for w := range termPhrases {
		lens[w[0]] |= 1 << len(w) // every first word is shorter than 32 bytes (TestTermFirstLens)
	}
	return lens
}()

// startsTermPhrase reports whether termPhrases may hold w (a word of
// nextLowerWord's, never empty).
func startsTermPhrase(w string) bool {
	return len(w) < 32 && termFirstLens[w[0]]&(1<<len(w)) != 0
}

type termPhrase struct {
	term  int // index in topicTerms
	words []string
}

// termTopic is the dictionary term said most often in s (earliest on ties).
// It reads s a word at a time (lowerWords' words, not made into a slice);
// only a phrase of several words reads the words after it.
func termTopic(s string) string {
	n, at := make([]int, len(topicTerms)), make([]int, len(topicTerms)) // at: where first said
	for rest, k := s, 0; ; k++ {
		w, next := nextLowerWord(rest)
		if w == "" {
			break
		}
		rest = rest[next:]
		if !startsTermPhrase(w) {
			continue
		}
		for _, p := range termPhrases[w] {
			if followedBy(rest, p.words[1:]) {
				if n[p.term] == 0 {
					at[p.term] = k
				}
				n[p.term]++
			}
		}
	}
	best, bestN, bestAt := "", 0, 0
	for ti, t := range topicTerms {
		if n[ti] > bestN || n[ti] == bestN && n[ti] > 0 && at[ti] < bestAt {
			best, bestN, bestAt = t.name, n[ti], at[ti]
		}
	}
	return best
}

// followedBy reports whether the next words of s are words.
func followedBy(s string, words []string) bool {
	for _, w := range words {
		got, next := nextLowerWord(s)
		if got != w {
			return false
		}
		s = s[next:]
	}
	return true
}

// lowerWords are the words of a lower-case text: runs of letters, digits
// and '&', with the apostrophes, hyphens and dots inside them ("m&a",
// "same-store", "u.s"), or a lone letter or digit.
func lowerWords(s string) []string {
	var words []string
	for {
		w, next := nextLowerWord(s)
		if w == "" {
			return words
		}
		words = append(words, w)
		s = s[next:]
	}
}

// nextLowerWord is the first of lowerWords(s) and the offset just past it,
// or "" at the end.
func nextLowerWord(s string) (string, int) {
	for i := 0; i < len(s); {
		if !isTermByte(s[i]) {
			i++
			continue
		}
		end := i + 1 // past the last letter, digit or '&' of the run
		for j := i + 1; j < len(s) && (isTermByte(s[j]) || s[j] == '\'' || s[j] == '-' || s[j] == '.'); j++ {
			if isTermByte(s[j]) {
				end = j + 1
			}
		}
		if end == i+1 && s[i] == '&' {
			i++ // a lone '&' is no word
			continue
		}
		return s[i:end], end
	}
	return "", len(s)
}

func isTermByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' }

// timingRe is what withTiming looks for; asksWhen reads it without the
// expression.
var timingRe = regexp.MustCompile(`\b(when|timing|timeline|how soon|by when)\b`)

// withTiming turns "guidance" asked with "when" into "guidance timing".
func withTiming(t, q string) string {
	timed := strings.Contains(q, "timing") || strings.Contains(q, "timeline")
	switch t {
	case "guidance", "new products", "M&A", "capex":
		timed = timed || asksWhen(q)
	}
	if timed && len(strings.Fields(t)) <= 2 && !strings.HasSuffix(t, "timing") {
		return t + " timing"
	}
	return t
}

// asksWhen is timingRe.MatchString(q) for a q that says neither "timing"
// nor "timeline" (withTiming has looked for those): "when" or "how soon"
// as words ("by when" holds "when").
func asksWhen(q string) bool {
	return hasWord(q, "when") || hasWord(q, "how soon")
}

// hasWord reports whether w is in s with no word character (as regexp's
// \b reads one) on either side.
func hasWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		at, end := from+i, from+i+len(w)
		if (at == 0 || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		from = at + 1
	}
}
