// Package figures finds the figures said on an earnings call and says what
// they are.
//
// Find takes one paragraph of a transcript (several sentences, any bytes) and
// the call's own fiscal period, and gives every money amount, percentage,
// basis-point change, multiple and count in it as a Figure: a byte span into
// the paragraph (never a copy or edit of it), the value in base units
// ("$31.2 million" = 31200000), the unit (ISO currency code, "%", "bp", "x",
// "count"), ranges, qualifiers, per-share amounts, and what the number
// measures: metric ("revenue", "net loss per share"), period ("Q2 2020",
// "FY 2021", "H2 2020"), kind (actual, prior, guidance) and the change
// attached to it ("up 1.1%").
//
// Find is a single pass over a hand-written tokenizer and small dictionaries:
// no regular expressions, no package state written after initialisation, and
// it never panics. Years, dates, times, quarter names, form names (10-K),
// durations (20-year) and bare numbers without a unit or counted noun are
// not figures.
package figures

import (
	"strings"
	"sync"

	"callsite/internal/text"
)

// Kind says whether a figure reports the call's period, a comparison period,
// or the future.
type Kind string

// The kinds of figure.
const (
	Actual   Kind = "actual"
	Prior    Kind = "prior"
	Guidance Kind = "guidance"
)

// Context is what Find knows about the call.
type Context struct {
	Year, Quarter int    // the call's own fiscal period (0 when unknown); Quarter 0 + Year>0 means a full-year call
	Half          int    // 1 or 2 when the call reports a half year (Quarter is its last quarter): what it says without a period is the half's
	Company       string // the company's name as the site knows it ("" when unknown): its own name is no part of it
	Ticker        string // the company's ticker ("" when unknown): "WAL reported" is the company itself
	// Basis is the basis announced for the numbers that follow by an
	// earlier turn of the same section (as FindTurn returned it), "" when none
	Basis string
	// parts are the parts of the company a speaker turned to earlier in
	// the turn (set by FindTurn): named again as a sentence's subject
	// ("Aerospace and defense was also impacted by ..."), they are its topic
	parts []string
	// named are the units the turn names in words as the subject of a
	// result (set by FindTurn, see subjectUnits): each the topic of its
	// sentence and the next one only
	named []string
	// branded are the units the turn names by the company's name and a
	// word in capitals (set by FindTurn, see brandedUnits), by that word
	// and by both, in lower case: each a company of its own, which "the
	// company" may mean once the speaker turned to it
	branded []string
	// walk says the speaker is going through the segments one by one
	// (set by FindTurn, see walkThroughSegments)
	walk bool
	// dispositions says the turn speaks of selling property (set by
	// FindTurn): its bare "sales" are of property, not revenue
	dispositions bool
	// hold is the part whose guidance or results the paragraph before
	// announced at its end (set by FindTurn, see announcedAtEnd)
	hold string
	// yearResults says the speaker announced the full year's results and
	// has named no quarter since (set by FindTurn, see yearAnnounced)
	yearResults bool
}

// Figure is one number said in a paragraph.
type Figure struct {
	Start, End int     // byte span in the paragraph: Text == paragraph[Start:End]
	Text       string  // the figure as said, qualifier included ("at least $36 million")
	Value      float64 // in base units; the low end for ranges
	Low, High  float64 // the range; both == Value when not a range
	IsRange    bool
	Unit       string // ISO currency code, "%", "bp", "x" or "count"
	Noun       string // the counted noun, for counts
	PerShare   bool
	Qualifier  string // "about", "at least", ... as said; "" if none
	Negative   bool   // an explicit negative/minus sign
	Metric     string // short lower-case name of what is measured; "" if unknown
	Period     string // "Q2 2020", "FY 2020", "H2 2020"; "" when unknown
	Kind       Kind
	Change     string   // the change attached to the figure, as said ("up 1.1%")
	ChangePct  float64  // the change as a signed percent when it is one
	Basis      string   // "" (reported) or as said: "GAAP", "adjusted", "non-GAAP", "core", "normalized", "constant currency", ...
	Scope      string   // "" for the whole company, else the part it is about, as said ("utility", "north america segment")
	Role       Role     // Level, or Change, Effect, Previous, Remark
	Unsure     bool     // a total (revenue, net income, EBITDA ...) that is not plainly the subject of its clause
	Reasons    []string // why Basis, Scope, Role and Period were decided so (for tests and -explain)
}

// cand is a figure under construction, still in token indices.
type cand struct {
	i, j    int // tokens [i, j), qualifier included
	a       amount
	low     float64
	high    float64
	isRange bool
	qual    string
	seg     int
	metric  string
	per     period
	kind    Kind
	change  string
	chgPct  float64
	chgOK   bool
	why     string // a reason for the period or kind, for -explain
}

// Find returns every figure in one paragraph, in order of Start.
func Find(paragraph string, ctx Context) []Figure {
	out, _, _ := find(paragraph, strings.ToLower(paragraph), ctx, "", "")
	return out
}

// find is Find with the part of the company the speaker was talking about
// before the paragraph and the sentence that ended the paragraph before
// (heading, when it states no figure: "Here are our full-year 2019
// results."); it returns the part talked about at its end. lowSaid is
// said in lower case, which FindTurn has for other uses. It also returns
// the sentences of said when it has split them (said has no note to
// blank), else nil.
func find(said, lowSaid string, ctx Context, topic, heading string) ([]Figure, string, []text.Span) {
	return findRead(readParagraph(said, lowSaid), ctx, topic, heading)
}

// reading is a paragraph as find reads it: said, its notes blanked
// (paragraph) and in lower case (low), its sentences and tokens, and the
// end of its last sentence with an amount (amountsEnd), with the amounts
// read there as if it did not look ahead (lastAmounts, from token
// lastStart on). FindTurn reads the last paragraph of a turn with one
// before it finds its figures.
type reading struct {
	said, paragraph, low string
	sents                []text.Span
	toks                 []token
	room                 *readingRoom // toks's and lastAmounts's room, lent by readingRooms until release
	amountsEnd           int
	lastStart            int
	lastAmounts          []cand
	lastOfTurn           bool // FindTurn reads no paragraph after it: the topic at its end is not wanted
	amountless           bool // it has tokens but no amount (amountMayBeSaid): not tokenized
}

// readParagraph reads said (lowSaid, in lower case) for find.
func readParagraph(said, lowSaid string) reading {
	r := reading{said: said, paragraph: blankNotes(said), low: lowSaid}
	if r.paragraph != said {
		r.low = strings.ToLower(r.paragraph)
	}
	r.sents = text.Sentences(r.paragraph) // once for the tokenizer and decide
	r.room = readingRooms.Get().(*readingRoom)
	if r.amountless = !amountMayBeSaid(r.paragraph, r.low) && !blankASCII(r.paragraph); r.amountless {
		// the tokens would only be read for amounts
		r.toks, r.lastStart, r.amountsEnd, r.lastAmounts = r.room.toks[:0], -1, 0, r.room.cands[:0]
		return r
	}
	r.toks = tokenizeLow(r.room.toks, r.paragraph, r.low, r.sents)
	r.lastStart, r.amountsEnd, r.lastAmounts = lastAmounts(r.toks, r.room.cands[:0])
	return r
}

// blankASCII reports an ASCII text of spaces only: the tokenizer finds no
// token in it.
func blankASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			return false
		}
	}
	return true
}

// release gives the room back: no figure holds a token or an amount.
func (r reading) release() {
	r.room.toks, r.room.cands = r.toks[:0], r.lastAmounts[:0]
	readingRooms.Put(r.room)
}

// findRead is find of a paragraph read; it releases the reading.
func findRead(r reading, ctx Context, topic, heading string) ([]Figure, string, []text.Span) {
	defer r.release()
	said, paragraph, low, sents, toks := r.said, r.paragraph, r.low, r.sents, r.toks
	saidSents := sents
	if paragraph != said {
		saidSents = nil
	}
	if len(toks) == 0 && !r.amountless {
		return nil, topic, saidSents // (no token: the topic holds)
	}
	// the figures are found in the room's scratch and copied out once
	// their number is known: no growing a slice of large structs
	out := r.room.figs[:0]
	st := state{ctx: ctx, call: callPeriod(ctx), lastCurrency: "USD", knownAt: r.lastStart, known: r.lastAmounts}
	st.cands, st.metrics, st.periods = r.room.sentCands[:0], r.room.metrics[:0], r.room.periods[:0]
	st.segs, st.cmpSeg = r.room.segs[:0], r.room.cmpSeg[:0]
	s := 0
	for k := range toks[:r.amountsEnd] {
		if toks[k].sentEnd || k == len(toks)-1 {
			out = st.sentence(paragraph, toks, s, k+1, out)
			s = k + 1
		}
	}
	// (the room holds no text)
	clear(st.cands[:cap(st.cands)])
	clear(st.metrics[:cap(st.metrics)])
	clear(st.periods[:cap(st.periods)])
	r.room.sentCands, r.room.metrics, r.room.periods = st.cands[:0], st.metrics[:0], st.periods[:0]
	r.room.segs, r.room.cmpSeg = st.segs[:0], st.cmpSeg[:0]
	used := out // the steps below keep or drop figures in place
	out = joinRanges(paragraph, out)
	topic = decide(paragraph, low, sents, out, topic, ctx, !r.lastOfTurn, &r.room.decide)
	reconsider(paragraph, low, sents, ctx, out, heading)
	quarterAhead(paragraph, ctx, out)
	out = dropGarbled(paragraph, out)
	if len(paragraph) > 0 && paragraph != said {
		for i := range out {
			out[i].Text = said[out[i].Start:out[i].End] // the note as said
		}
	}
	var figs []Figure // nil when no sentence gave a figure, as find always gave
	if len(used) > 0 {
		figs = make([]Figure, len(out))
		copy(figs, out)
	}
	clear(used) // the room holds no figure's strings
	r.room.figs = used[:0]
	return figs, topic, saidSents
}

// lastAmounts finds the last sentence of toks in which find reads an
// amount, [s, e), and its amounts, read into room; e is 0 when there is
// none. What the state carries from a sentence after it to the next gives
// no figure of the paragraph, and a paragraph without one has no figure.
// Whether a sentence looks ahead decides which amounts join into ranges,
// never whether there is one, so each is read as if it did not, and the
// amounts serve find for that sentence when it does not.
func lastAmounts(toks []token, room []cand) (s, e int, amounts []cand) {
	for e := len(toks); e > 0; {
		s := e - 1
		for s > 0 && !toks[s-1].sentEnd {
			s--
		}
		if !numberToken(toks[s:e]) {
			e = s // most sentences of a paragraph: no amount to look for
			continue
		}
		if amounts = findAmounts(toks, s, e, false, room[:0]); len(amounts) > 0 {
			return s, e, amounts
		}
		e = s
	}
	return -1, 0, room[:0]
}

// numberToken reports whether toks hold a number or a number word: every
// amount says one (numberSaid, for a whole text), so a sentence without
// either is not read for amounts token by token.
func numberToken(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tNum || toks[i].class&cNumber != 0 {
			return true
		}
	}
	return false
}

// readingRoom is the room for a paragraph's tokens, its last sentence's
// amounts and its figures while they are found.
type readingRoom struct {
	toks   []token
	cands  []cand
	figs   []Figure // findRead's scratch
	decide decideRoom
	// the state's room for a sentence's amounts, metrics, periods and
	// segments: grown to the longest sentence once, not for each paragraph
	sentCands []cand
	metrics   []mspan
	periods   []pmention
	segs      []int
	cmpSeg    []bool
}

// readingRooms lend find the room for a paragraph's tokens, the largest
// allocation of finding figures otherwise.
var readingRooms = sync.Pool{New: func() any { return new(readingRoom) }}

// dropGarbled drops an amount of "$0" followed by more digits ("FFO of
// $0 56 per share"): a number the transcript broke, whose value is unknown.
func dropGarbled(paragraph string, figs []Figure) []Figure {
	out := figs[:0]
	for _, f := range figs {
		rest := paragraph[f.End:]
		if f.Value == 0 && strings.HasSuffix(strings.TrimSpace(f.Text), "0") && len(rest) > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9' {
			continue
		}
		out = append(out, f)
	}
	return out
}

// blankNotes blanks the transcriber's notes in a paragraph ("$4.20
// [Phonetic] to $4.4 billion", "[Indecipherable]"): brackets around words
// only, which were not said and would split a range or a figure from its
// metric. Byte offsets stay those of the paragraph.
func blankNotes(s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(b) && j-i <= 40 && (b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z' || b[j] == ' ' || b[j] == '-') {
			j++
		}
		if j < len(b) && b[j] == ']' && j > i+1 {
			for k := i; k <= j; k++ {
				b[k] = ' '
			}
			i = j
		}
	}
	return string(b)
}

// state carries context from one sentence of a paragraph to the next.
type state struct {
	ctx          Context
	call         period
	prevMetric   string
	prevFuture   period // the period of the last forward-looking sentence, if it lay ahead
	paraFuture   period // the last period ahead of the call named in a forward-looking sentence of the paragraph
	prevFwd      bool   // the sentence before looked ahead
	lastCurrency string
	saidMoney    bool // a currency was said earlier in the paragraph
	metrics      []mspan
	periods      []pmention
	cands        []cand
	segs         []int
	cmpSeg       []bool
	start        int // first token of the current sentence
	// the periods said with the previous sentence's results, by metric: a
	// sentence that restates one on another basis ("On a non-GAAP basis,
	// earnings per share was $1.62") is about the same period
	prevSaid, saidNow map[string]period
	joinedQuarters    bool // the sentence names quarters together ("Q3 and Q4 performance")
	// the amounts of the sentence from token knownAt on, read as if it did
	// not look ahead (reading.lastAmounts)
	known        []cand
	knownAt      int
	quarterNamed bool // a sentence of the paragraph named a quarter (ends ctx.yearResults)
}

func (st *state) sentence(text string, toks []token, s, e int, out []Figure) []Figure {
	fwd := forwardLooking(toks, s, e) || st.prevFwd && continuesForecast(toks, s, e)
	for k := s; st.ctx.yearResults && k < e && !st.quarterNamed; k++ {
		// said, not read from "the prior year" (the year-ago quarter); only
		// the year's results announced need it (resultPeriod)
		st.quarterNamed = isWord(toks, k, "quarter") || quarterNamedAt(toks, k, e)
	}
	st.prevFwd = fwd
	if s == st.knownAt && !fwd {
		st.cands = append(st.cands[:0], st.known...) // read by lastAmounts
	} else if !numberToken(toks[s:e]) {
		st.cands = st.cands[:0] // no amount to look for
	} else {
		st.cands = findAmounts(toks, s, e, fwd, st.cands[:0])
	}
	// st.periods is read only after this sentence's periods are set below:
	// a sentence without amounts counts its periods in its room
	if len(st.cands) == 0 && len(findPeriods(toks, s, e, st.ctx, fwd, st.periods[:0])) > 0 {
		st.saidNow = nil // "That included merger charges." keeps them; a sentence of another period does not
	}
	if len(st.cands) > 0 {
		st.prevSaid, st.saidNow = st.saidNow, nil
	}
	if len(st.cands) == 0 {
		st.metrics = findMetrics(toks, s, e, st.metrics[:0])
		if len(st.metrics) > 0 {
			st.prevMetric = st.metrics[len(st.metrics)-1].name
		}
		st.notePeriods(toks, s, e, fwd)
		return out
	}
	st.start = s
	st.metrics = findMetrics(toks, s, e, st.metrics[:0])
	// a period said only in a clause that puts a subject off ("Before
	// turning to our 2022 outlook, ...") is not the figures' period
	st.periods = findPeriods(toks, afterDeferral(toks, s, e), e, st.ctx, fwd, st.periods[:0])
	n := len(st.periods)
	st.periods = dropJoinedQuarters(toks, st.periods)
	st.joinedQuarters = len(st.periods) < n
	st.segment(toks, s, e)
	cs := st.cands
	for ci := range cs {
		c := &cs[ci]
		c.seg = st.segs[c.i-s]
		if c.a.cur || isMoney(c.a.unit) {
			st.lastCurrency = c.a.unit
			st.saidMoney = true
		}
	}
	// metrics first: a bare "72 million" becomes money only in a money clause
	for ci := range cs {
		st.pickMetric(toks, s, e, cs, ci)
	}
	sentHasMoney := false
	for ci := range cs {
		if isMoney(cs[ci].a.unit) {
			sentHasMoney = true
		}
	}
	cs = st.resolveBare(toks, s, e, cs, sentHasMoney)
	st.cands = cs
	st.pickPeriods(toks, s, e, cs, fwd)
	st.changes(text, toks, s, e, cs)
	for _, c := range cs {
		out = append(out, st.figure(text, toks, c))
	}
	if len(st.metrics) > 0 {
		st.prevMetric = st.metrics[len(st.metrics)-1].name
		if affectedAt(toks, st.metrics[len(st.metrics)-1].i, s) {
			// "Also positively impacting our free cash flow was AD&A. We
			// expect positive flow of $300 million": the sentence was
			// about what moved the metric, and so is the next
			st.prevMetric = ""
		}
	} else if len(cs) > 0 && cs[len(cs)-1].metric != "" {
		st.prevMetric = cs[len(cs)-1].metric
	}
	st.prevFuture = period{}
	if fwd && !st.yearOfAssumptions(toks, s, e) {
		for _, c := range cs {
			if c.kind == Guidance && c.per.set {
				st.prevFuture = c.per
			}
		}
	}
	st.notePeriods(toks, s, e, fwd)
	return out
}

// notePeriods keeps the last period ahead of the call named in a
// forward-looking sentence of the paragraph ("Moving on to our updated 2021
// guidance."): the period of later guidance that names none.
func (st *state) notePeriods(toks []token, s, e int, fwd bool) {
	if !fwd && !(wordAmong(toks, s, e, "visibility") && !st.paraFuture.set) || impliesSaid(toks, s, e) || guidanceDeclined(toks, s, e) {
		// "Our guidance implies the second half will be stronger": a period
		// derived from guidance, not the one later guidance is for; "we're
		// not reinstating full-year guidance": no period later guidance is
		// for. But "we do have reasonable visibility through the third
		// quarter", before any period ahead was named, is the one that
		// follows.
		return
	}
	// read as said, not moved ahead: "when we reinstated guidance with our
	// second quarter results" names no period to come
	ps := findPeriods(toks, s, e, st.ctx, false, st.periods[:0]) // a sentence without amounts: st.periods is free (sentence)
	if len(ps) == 0 && st.paraFuture.set && st.call.set && yearGuidanceSaid(toks, s, e) {
		// "Today, we are raising our guidance.": guidance said without a
		// period is the fiscal year's, not the year an earlier sentence
		// looked ahead to ("as we move through 2021")
		st.paraFuture = st.call.guidanceYear()
		return
	}
	for _, pm := range ps {
		p := pm.p
		if pm.yearGuessed && p.isPart() && st.paraFuture.isPart() {
			// "In the first half of 2020 we expect volumes to stay low. We
			// expect them to grow in the second half.": a half or quarter
			// said without its year, after one ahead was named, is of that
			// one's year
			p.year = st.paraFuture.year
		}
		if !p.isPart() && st.paraFuture.isPart() && assumptionAt(toks, pm.j, e) {
			continue // yearOfAssumptions
		}
		if p.set && p.year > 0 && st.call.set && p.cmp(st.call) > 0 && !st.paraFuture.yearOf(p) {
			st.paraFuture = p
		}
	}
}

// yearOfAssumptions reports a forward-looking sentence, after a quarter or
// half ahead was named, whose every period is a year said of an assumption
// ("For Q4, we expect revenue of $371 million. We continue to expect our
// full year tax rate to be 23% and our full year share count 111 million.
// We expect EPS of $0.23 to $0.25."): the year frames those assumptions,
// not the guidance after them, which is still the quarter's.
func (st *state) yearOfAssumptions(toks []token, s, e int) bool {
	if !st.paraFuture.isPart() {
		return false
	}
	ps := findPeriods(toks, s, e, st.ctx, false, st.periods[:0]) // after the sentence's figures: st.periods is free
	for _, pm := range ps {
		if pm.p.isPart() || !assumptionAt(toks, pm.j, e) {
			return false
		}
	}
	return len(ps) > 0
}

// assumptionAt reports an assumption metric (vocabulary.yaml) named at
// token k, after a hyphen ("full-year tax rate").
func assumptionAt(toks []token, k, e int) bool {
	k = pastHyphen(toks, k)
	ms, ok := matchMetric(toks, k, e)
	if !ok {
		return false
	}
	return isAssumption(ms.name)
}

func isAssumption(metric string) bool {
	m, ok := metricByName[metric]
	return ok && m.Assumption
}

func (st *state) figure(text string, toks []token, c cand) Figure {
	f := Figure{
		Start:     toks[c.i].start,
		End:       toks[c.j-1].end,
		Value:     c.low,
		Low:       c.low,
		High:      c.high,
		IsRange:   c.isRange,
		Unit:      c.a.unit,
		Noun:      c.a.noun,
		PerShare:  c.a.perShare,
		Qualifier: c.qual,
		Negative:  c.a.neg,
		Metric:    c.metric,
		Period:    c.per.String(),
		Kind:      c.kind,
		Change:    c.change,
		ChangePct: c.chgPct,
	}
	f.Text = text[f.Start:f.End]
	if c.why != "" {
		f.Reasons = append(f.Reasons, c.why)
	}
	return f
}

// qualifiers said before a number, longest first within each first word.
var qualifiers = [][]string{
	{"in", "excess", "of"}, {"slightly", "more", "than"}, {"slightly", "less", "than"}, {"a", "little", "over"},
	{"a", "little", "more", "than"}, {"a", "little", "under"}, {"a", "bit", "more", "than"}, {"just", "over"},
	{"just", "under"}, {"just", "below"}, {"just", "above"}, {"just", "shy", "of"}, {"shy", "of"}, {"well", "over"}, {"well", "above"}, {"more", "than"},
	{"less", "than"}, {"greater", "than"}, {"fewer", "than"}, {"higher", "than"}, {"lower", "than"},
	{"at", "least"}, {"at", "most"}, {"up", "to"}, {"close", "to"}, {"north", "of"}, {"south", "of"},
	{"upwards", "of"}, {"as", "much", "as"}, {"as", "high", "as"}, {"as", "low", "as"}, {"as", "many", "as"},
	{"an", "additional"}, {"an", "incremental"}, {"approximately"}, {"approx"}, {"about"}, {"around"}, {"roughly"}, {"nearly"}, {"almost"}, {"over"},
	{"under"}, {"below"}, {"above"}, {"some"}, {"circa"}, {"only"}, {"just"}, {"exceeding"}, {"beyond"},
	{"mid", "-", "to", "-", "high"}, {"mid", "-", "to", "-", "upper"}, {"low", "-", "to", "-", "mid"}, {"low", "-", "to", "-", "high"},
}

// Bounds a qualifier says (see QualifierBound).
const (
	BoundAbove   = "above"    // "over", "more than": the amount is a floor, passed
	BoundAtLeast = "at least" // the amount or more
	BoundBelow   = "below"    // "less than", "nearly": the amount is a ceiling, not reached
	BoundUpTo    = "up to"    // "at most": the amount or less
	BoundAbout   = "about"    // "approximately", "roughly": near the amount
)

// qualifierBounds are the bounds of the qualifiers (as qualifierSaid
// writes them) that say one; any other qualifier says the amount is about
// so. The one reading of a qualifier's sense, beside the one list of them.
var qualifierBounds = map[string]string{
	"in excess of": BoundAbove, "more than": BoundAbove, "greater than": BoundAbove, "over": BoundAbove, "above": BoundAbove,
	"well over": BoundAbove, "well above": BoundAbove, "north of": BoundAbove, "higher than": BoundAbove, "just over": BoundAbove,
	"just above": BoundAbove, "slightly more than": BoundAbove, "a little over": BoundAbove, "a little more than": BoundAbove,
	"a bit more than": BoundAbove, "upwards of": BoundAbove,
	"at least":  BoundAtLeast,
	"less than": BoundBelow, "below": BoundBelow, "under": BoundBelow, "fewer than": BoundBelow, "lower than": BoundBelow,
	"just under": BoundBelow, "just below": BoundBelow, "slightly less than": BoundBelow, "a little under": BoundBelow,
	"nearly": BoundBelow, "almost": BoundBelow, "just shy of": BoundBelow, "shy of": BoundBelow,
	"up to": BoundUpTo, "at most": BoundUpTo, "as much as": BoundUpTo,
	"exceeding": BoundAbove, "beyond": BoundAbove, "south of": BoundBelow, "as high as": BoundUpTo, "as many as": BoundUpTo,
	"as low as": BoundAtLeast,
	// "only $5 million": the amount itself
	"only": "", "just": "",
}

// QualifierBound is the bound a qualifier says (BoundAbove, ...), BoundAbout
// for any other qualifier, or "" for none or one that stresses the amount
// itself ("only").
func QualifierBound(qualifier string) string {
	if qualifier == "" {
		return ""
	}
	if b, ok := qualifierBounds[strings.ToLower(qualifier)]; ok {
		return b
	}
	return BoundAbout
}

// matchQualifier reads a qualifier at k and returns it and the next index.
func matchQualifier(toks []token, k, e int) (string, int) {
	if k >= e || toks[k].kind != tWord {
		return "", k
	}
	if !toks[k].is(cQualifier) {
		return "", k
	}
	for _, q := range qualifiersByFirst[toks[k].low] {
		n := k
		ok := true
		for _, w := range q {
			if n >= e || toks[n].kind != tWord && w != "-" || toks[n].low != w {
				ok = false
				break
			}
			n++
		}
		if ok {
			if n < e && toks[n].kind == tPunct && toks[n].low == "." && glued(toks, n) && q[0] == "approx" {
				n++
			}
			return qualifierSaid(q), n
		}
	}
	return "", k
}

// qualifiersByFirst are the qualifiers by their first word, in the order
// of qualifiers: a word that starts none is passed over at once.
var qualifiersByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, q := range qualifiers {
		m[q[0]] = append(m[q[0]], q)
	}
	return m
}()

// qualifierSaid is a qualifier's words as one string ("at least",
// "mid-to-high").
func qualifierSaid(q []string) string {
	if len(q) == 1 {
		return q[0]
	}
	qs := q[0]
	for i, w := range q[1:] {
		if w == "-" || q[i] == "-" {
			qs += w // "mid-to-high"
		} else {
			qs += " " + w
		}
	}
	return qs
}

// startsAmount reports whether an amount can start at token k.
func startsAmount(toks []token, k int) bool {
	t := toks[k]
	switch t.kind {
	case tNum:
		return true
	case tSym:
		if currencySymbols[t.low] != "" {
			return true
		}
		return (t.low == "-" || t.low == "+") && k+1 < len(toks) && glued(toks, k+1)
	case tWord:
		return t.is(cAmountStart)
	}
	return false
}

// articleAlone reports "a" or "an" at toks[n] followed, before e, by
// neither a number word nor "$": no amount starts there ("a million", "a
// half percent", "a buck", "a penny", "A$5" do), and "a", the commonest
// word an amount may start with, is not read for one.
func articleAlone(toks []token, n, e int) bool {
	return toks[n].kind == tWord && (toks[n].low == "a" || toks[n].low == "an") &&
		!(n+1 < e && (toks[n+1].is(cNumber) || isSym(toks, n+1, "$")))
}

// amountStartWords are the words an amount can start with: a sign, a
// number word, "a", "an", "half", a currency code or a dollar prefix
// ("US$"); gathered once from their tables, so that each word of a
// sentence is looked up once.
var amountStartWords = func() map[string]bool {
	m := map[string]bool{"negative": true, "minus": true, "a": true, "an": true, "half": true}
	for w := range onesWords {
		m[w] = true
	}
	for w := range tensWords {
		m[w] = true
	}
	for w := range currencyCodes {
		m[w] = true
	}
	for w := range dollarPrefixes {
		m[w] = true
	}
	return m
}()

// findAmounts finds the amounts of tokens [s, e) with their qualifiers and
// ranges. The result never overlaps and is in order. fwd says the sentence
// looks ahead: only there is "increase $10 million to $20 million" a range;
// in a result "grew by $0.19 to $1.96" is a change and the new level.
func findAmounts(toks []token, s, e int, fwd bool, out []cand) []cand {
	for k := s; k < e; {
		qual, n := matchQualifier(toks, k, e)
		between := false
		if isWord(toks, n, "between") {
			between = true
			n++
		}
		if n >= e || !startsAmount(toks, n) || articleAlone(toks, n, e) {
			k++
			continue
		}
		a, ok := parseAmountIn(toks, n, e)
		if !ok || rejected(toks, a, s, false) {
			k++
			continue
		}
		c := cand{i: k, j: a.j, a: a, qual: qual, low: a.value, high: a.value}
		if qual == "" && between {
			c.i = n - 1
		} else if qual == "" {
			c.i = n
		}
		// a range: "$30 million to $31 million", "10% to 12%", "30 to 31 million dollars",
		// "between $4.8 and $4.85 billion", "$2.38 - $2.78"; not "from X to Y" (a change).
		// "ranging from 92 to 95%" is a range; "grew from 5% to 7%" is a change
		fromAt := -1
		if isWord(toks, n-1, "from") {
			fromAt = n - 1
		} else if isWord(toks, c.i-1, "from") {
			fromAt = c.i - 1
		}
		fromBefore := fromAt >= 0 && (changeBefore(toks, fromAt, s) || changeSaidBefore(toks, fromAt, s)) // "increased 38.5% from $141.5 million to $196 million"
		changeTo := !fwd && !between && isMoney(a.unit) && (changeBefore(toks, c.i, s) || changeAsPercentBefore(toks, c.i, s)) && isWord(toks, a.j, "to")
		// "in the range of $1.52 and $1.59": "and" joins a range there too
		andJoins := between || isWord(toks, n-1, "of") && isWord(toks, n-2, "range")
		if m := rangeConnector(toks, a.j, e, andJoins); m > 0 && !fromBefore && !changeTo {
			if b, ok := parseAmountIn(toks, m, e); ok && !rejected(toks, b, s, true) && !(b.unit == "" && changeBefore(toks, c.i, s)) {
				if r, ok := joinRange(toks, a, b); ok {
					c.a = r
					c.j = b.j
					c.low, c.high, c.isRange = r.value, b.value, true
					if b.unit == "" && !b.scaled {
						c.high = r.value / a.value * b.value
						if a.value == 0 {
							c.high = b.value
						}
					} else if !b.scaled && r.scaled && !b.spelled {
						c.high = b.value * scaleOf(r.value, rawValue(toks, a))
					}
					if b.unit == "USD" && !b.cur && (isWord(toks, b.j-1, "cents") || isWord(toks, b.j-1, "cent")) {
						c.high = b.value
					}
				} else if between && !a.neg && !b.neg && a.unit != "" && b.unit == a.unit && (a.perShare == b.perShare || b.perShare) && b.scaled == a.scaled && b.value > 0 && b.value < a.value {
					// "a net loss between $156 million and $136 million": the
					// larger end first, as losses are said; still a range
					c.a.value, c.a.perShare = b.value, b.perShare
					c.j = b.j
					c.low, c.high, c.isRange = b.value, a.value, true
				}
			}
		}
		if c.a.unit == "" && !bareAmount(toks, c.a) {
			// a bare number; a bare "72 million" waits for its context (bare.go)
			k++
			continue
		}
		if c.qual == "" && !c.isRange {
			c.qual = boundAfter(toks, c.a, e)
		}
		if c.qual == "" && !c.isRange && c.i > s && passedWords[toks[c.i-1].low] && toks[c.i-1].kind == tWord {
			c.qual = PassedQualifier // "net revenues surpassed $2.5 billion": a floor passed
		}
		if c.qual == "" && !c.isRange {
			c.qual = boundOfNamed(toks, c.i, s)
		}
		out = append(out, c)
		k = c.j
	}
	return out
}

// passedWords are verbs said right before an amount that they pass: the
// amount is a floor, not the level ("revenue exceeded $2 billion", "we
// expect sales to surpass $500 million").
// PassedQualifier is the qualifier of an amount said after one of them.
const PassedQualifier = "exceeding"

var passedWords = map[string]bool{"exceeded": true, "exceed": true, "exceeds": true, "surpassed": true, "surpass": true,
	"surpasses": true, "surpassing": true, "topped": true, "crossed": true, "eclipsed": true}

// boundAfter is the qualifier of an amount said after it: "$207 million or
// more" is at least that, "$1.4 billion-plus" more than it, "5% or less" at
// most; "" when the amount ends plainly. A headline that drops the bound
// states a number the call did not.
func boundAfter(toks []token, a amount, e int) string {
	if last := a.j - 1; last > a.i && (isWord(toks, last, "plus") && isSym(toks, last-1, "-") || isSym(toks, last, "+")) {
		return "more than"
	}
	if a.j+1 >= e || !isWord(toks, a.j, "or") {
		return ""
	}
	switch toks[a.j+1].low {
	case "more", "higher", "greater", "better", "above":
		return "at least"
	case "less", "lower", "below", "fewer":
		return "up to"
	case "so":
		return "about" // "$100 million or so"
	}
	return ""
}

// boundOfNamed is the qualifier of an amount said as the "of" of a
// minimum or a maximum named before it: "a minimum annual operating
// margin of 50%" is at least 50%, "a maximum of $20 million" up to it.
func boundOfNamed(toks []token, i, s int) string {
	if !isWord(toks, i-1, "of") {
		return ""
	}
	for k := i - 2; k >= s && k >= i-6 && toks[k].kind == tWord; k-- {
		switch {
		case toks[k].low == "minimum" && !isWord(toks, k+1, "wage") && !isWord(toks, k+1, "wages"):
			return "at least"
		case toks[k].low == "maximum":
			return "up to"
		}
	}
	return ""
}

// parseAmountIn is parseAmount limited to the sentence.
func parseAmountIn(toks []token, n, e int) (amount, bool) {
	a, ok := parseAmount(toks[:e], n)
	if !ok {
		a, ok = parseBare(toks[:e], n)
	}
	return a, ok
}

// parseBare reads a number without a unit, the low end of a range whose unit
// comes after the high end ("5 to 6%", "30 to 31 million dollars").
func parseBare(toks []token, n int) (amount, bool) {
	a := amount{i: n, unit: ""}
	k := n
	switch {
	case k < len(toks) && toks[k].kind == tNum:
		a.value = toks[k].num
		k++
	case k < len(toks) && toks[k].kind == tWord:
		v, m, ok := parseSpelled(toks, k)
		if !ok {
			return a, false
		}
		a.value, a.spelled = v, true
		k = m
	default:
		return a, false
	}
	a.j = k
	return a, true
}

// spelledScale is the scale a spelled amount ends its number with ("eight
// million dollars": a million), or 1.
func spelledScale(toks []token, a amount) float64 {
	if !a.spelled {
		return 1
	}
	x := 1.0
	for k := a.j - 1; k >= a.i; k-- {
		if toks[k].kind != tWord {
			continue
		}
		if v, ok := scaleWords[toks[k].low]; ok {
			x = v
			break
		}
	}
	return x
}

// rawValue is the number as written, before any scale.
func rawValue(toks []token, a amount) float64 {
	for k := a.i; k < a.j; k++ {
		if toks[k].kind == tNum {
			return toks[k].num
		}
	}
	return a.value
}

// rangeConnector returns the index after "to", "-", "through" or (after
// "between") "and", or 0.
func rangeConnector(toks []token, k, e int, between bool) int {
	if k >= e {
		return 0
	}
	t := toks[k]
	switch {
	case t.kind == tWord && (t.low == "to" || t.low == "through" || t.low == "thru"), t.kind == tWord && t.low == "and" && between:
		if k+1 < e && isWord(toks, k+1, t.low) {
			k++ // "between $2.93 and and $3.33": a word said twice, as speech does
		}
		if (isWord(toks, k+1, "a") || isWord(toks, k+1, "an")) && k+2 < e && startsAmount(toks, k+2) {
			return k + 2 // "a $1.42 to a $1.48", as said aloud
		}
		return k + 1
	case t.kind == tSym && t.low == "-":
		// "$2.38 - $2.78" or "10-12%": the hyphen is spaced on both sides or glued on both
		if k+1 < e && (t.space == toks[k+1].space) {
			return k + 1
		}
	}
	return 0
}

// joinRange makes the low end of a range from a and b; the low end takes the
// unit and scale of the high end when it has none ("5 to 6%").
func joinRange(toks []token, a, b amount) (amount, bool) {
	if a.unit == "" && b.unit == "" && !b.scaled {
		return a, false
	}
	ra, rb := rawValue(toks, a), rawValue(toks, b)
	if a.unit == "" {
		if !a.spelled && isYear(toks, a) {
			return a, false
		}
		r := b
		r.i, r.j, r.spelled, r.neg = a.i, a.j, a.spelled, a.neg
		r.value = a.value
		if b.scaled && !a.scaled {
			r.value = a.value * scaleOf(b.value, rb)
			if b.spelled && spelledScale(toks, a) == 1 {
				r.value = a.value * spelledScale(toks, b) // "between five and eight million dollars": five million
			}
			if b.unit == "USD" && !b.cur && b.value < rb { // cents
				r.value = a.value * b.value / rb
			}
		} else if b.unit == "USD" && !b.cur && !b.scaled && b.value < rb {
			r.value = a.value / 100 // "five to six cents"
		}
		if r.value > b.value && b.value/rb >= 1e6 && r.value/1000 <= b.value && !a.scaled {
			r.value /= 1000 // "between 700 and $1 billion": 700 million
		}
		if r.value > b.value {
			return a, false
		}
		return r, true
	}
	if b.unit != "" && b.unit != a.unit {
		return a, false
	}
	if a.perShare != b.perShare && b.unit != "" && b.perShare {
		a.perShare = true
	}
	if b.unit != "" && b.scaled && !a.scaled {
		// "$4.8 and $4.85 billion"
		if ra <= rb {
			a.value = a.value * scaleOf(b.value, rb)
			a.scaled = true
		}
	}
	hi := b.value
	if b.unit == "" {
		hi = rb * (a.value / ra)
		if ra == 0 {
			hi = rb
		}
	}
	if hi < a.value {
		return a, false
	}
	return a, true
}

func isYear(toks []token, a amount) bool {
	for k := a.i; k < a.j; k++ {
		if toks[k].kind == tNum {
			t := toks[k]
			return t.end-t.start == 4 && len(t.low) == 4 && t.num >= 1900 && t.num <= 2100
		}
	}
	return false
}

// blockers are words after which a number is a label, not a figure.
var blockers = map[string]bool{
	"q": true, "fy": true, "h": true, "slide": true, "slides": true, "page": true, "pages": true,
	"section": true, "item": true, "note": true, "notes": true, "form": true, "chapter": true,
	"exhibit": true, "step": true, "phase": true, "tier": true, "level": true, "version": true,
	"number": true, "no": true, "rule": true, "article": true, "covid": true, "day": true, "week": true,
	"month": true, "year": true, "quarter": true, "class": true, "series": true, "gen": true,
	"generation": true, "line": true, "route": true, "unit": true, "building": true, "suite": true,
	"room": true, "gate": true, "pillar": true, "priority": true, "option": true, "ages": true,
	"age": true, "aged": true, "fiscal": true, "calendar": true, "top": false, "iphone": true,
	"windows": true, "office": true, "model": true, "type": true, "grade": true, "region": true,
}

// rejected reports whether an amount is a year, date, time, label or the
// number part of a compound word rather than a figure.
func rejected(toks []token, a amount, s int, inRange bool) bool {
	p := -1
	for k := a.i; k < a.j; k++ {
		if toks[k].kind == tNum {
			p = k
			break
		}
	}
	if p < 0 {
		return false // spelled
	}
	t := toks[p]
	strong := a.cur || a.unit == "%" || a.unit == "bp" || a.unit == "x" || a.scaled || isMoney(a.unit)
	if p-1 >= 0 && !t.space {
		prev := toks[p-1]
		if prev.kind == tWord && !a.cur {
			return true // Q2, FY20, H1, CHF is handled as a currency
		}
		if prev.kind == tSym && (prev.low == "-" && !inRange || prev.low == "/") && p-2 >= 0 && !prev.space && (toks[p-2].kind == tWord || toks[p-2].kind == tNum) && !a.neg {
			return true // COVID-19, 1-800-..., 6/30
		}
		if prev.kind == tPunct && prev.low == "." && p-2 >= 0 && toks[p-2].kind == tNum && !prev.space {
			return true // 1.2.3
		}
		if (prev.low == "'" || prev.low == "’") && t.end-t.start == 2 && !a.cur {
			return true // "a guide for '22 gross margins": a year
		}
	}
	if p+1 < len(toks) && !toks[p+1].space {
		nx := toks[p+1]
		switch nx.kind {
		case tWord:
			if _, ok := gluedScales[nx.low]; !ok && nx.low != "x" {
				return true // 2Q, 5G, 1st, 3D
			}
		case tSym:
			if (nx.low == "-") && p+2 < len(toks) && toks[p+2].kind == tWord && !toks[p+2].space && toks[p+2].low != "plus" {
				return true // 20-year, 10-K, 6-month
			}
			if nx.low == "-" && p+2 < len(toks) && isWord(toks, p+2, "to") {
				return true // 6- to 12-month
			}
			if nx.low == "-" && p+3 < len(toks) && toks[p+2].kind == tNum && !toks[p+2].space && isSym(toks, p+3, "-") && !toks[p+3].space {
				return true // 1-800-555
			}
			if nx.low == "/" && p+2 < len(toks) && toks[p+2].kind == tNum {
				return true // 6/30/2020
			}
		case tPunct:
			if nx.low == ":" && p+2 < len(toks) && toks[p+2].kind == tNum && !toks[p+2].space {
				return true // 5:00
			}
		}
	}
	if p == a.i && p-1 >= 0 && toks[p-1].kind == tWord && blockers[toks[p-1].low] && !strong {
		return true // Slide 18, Form 10, fiscal 2021
	}
	if p == a.i && !strong && nameNumber(toks, p, s) {
		return true // Vantor 24 coolers, Skyhaul 360
	}
	if _, ok := isMonth(toks, p-1); ok && !a.cur {
		return true // June 30
	}
	if _, ok := isMonth(toks, p+1); ok && !strong {
		return true // 30 June
	}
	if isWord(toks, p+1, "am") || isWord(toks, p+1, "pm") || isWord(toks, p+1, "a") && isPunct(toks, p+2, ".") && isWord(toks, p+3, "m") || isWord(toks, p+1, "p") && isPunct(toks, p+2, ".") && isWord(toks, p+3, "m") || isWord(toks, p+1, "o'clock") {
		return true
	}
	if !a.cur && !a.scaled && a.unit != "%" && a.unit != "bp" && !isMoney(a.unit) && t.end-t.start == 4 && len(t.low) == 4 && t.num >= 1900 && t.num <= 2100 {
		return true // a year
	}
	return false
}

func isPunct(toks []token, k int, w string) bool {
	return k >= 0 && k < len(toks) && toks[k].kind == tPunct && toks[k].low == w
}

// dropJoinedQuarters leaves out quarters or halves named together ("strong
// Q3 and Q4 performance to support the range"): an amount said with them
// is no one quarter's, so neither gives it its period.
func dropJoinedQuarters(toks []token, ps []pmention) []pmention {
	out := ps[:0]
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if i+1 < len(ps) && (p.p.q > 0 || p.p.h > 0) && (ps[i+1].p.q > 0 || ps[i+1].p.h > 0) && ps[i+1].i == p.j+1 &&
			(isWord(toks, p.j, "and") || isSym(toks, p.j, "&")) {
			i++ // both
			continue
		}
		out = append(out, p)
	}
	return out
}

// wordAmong reports the word w (lower case) among tokens [s, e).
func wordAmong(toks []token, s, e int, w string) bool {
	for k := s; k < e; k++ {
		if toks[k].kind == tWord && toks[k].low == w {
			return true
		}
	}
	return false
}

// guidanceDeclined reports a sentence that says no guidance is given ("we
// are not reinstating full-year guidance", "we're not providing an
// outlook"), not one that keeps it ("we are not changing our guidance").
func guidanceDeclined(toks []token, s, e int) bool {
	for k := s; k+1 < e; k++ {
		if toks[k].kind != tWord || toks[k].low != "not" {
			continue
		}
		switch toks[k+1].low {
		case "reinstating", "reinstate", "providing", "provide", "giving", "give", "issuing", "issue", "offering", "offer", "initiating":
			return true
		}
	}
	return false
}

// impliesSaid reports a sentence that derives something ("implies",
// "implying").
func impliesSaid(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		switch toks[k].low {
		case "implies", "implying", "imply":
			return toks[k].kind == tWord
		}
	}
	return false
}

// QualifierIn returns the qualifier said just before the first number of
// s ("almost" in "an increase of almost 8%"), or "": a change said loosely
// is repeated with its qualifier, never as the exact number.
func QualifierIn(s string) string {
	toks := tokenize(s)
	for k := range toks {
		if toks[k].kind == tNum {
			return ""
		}
		if q, n := matchQualifier(toks, k, len(toks)); q != "" && n < len(toks) &&
			(toks[n].kind == tNum || toks[n].low == "$" && n+1 < len(toks) && toks[n+1].kind == tNum) {
			return q
		}
	}
	return ""
}

// effectVerbs say that something moved a metric said after them
// ("impacting our free cash flow", "helped margins").
var effectVerbs = []string{"impact", "affect", "benefit", "hurt", "help", "weigh", "pressur", "boost", "lift", "drag"}

// affectedAt reports a metric at k said as the object of one of
// effectVerbs, with "our", "the" or "its" between.
func affectedAt(toks []token, k, s int) bool {
	k--
	if isWord(toks, k, "our") || isWord(toks, k, "the") || isWord(toks, k, "its") {
		k--
	}
	if k < s || toks[k].kind != tWord {
		return false
	}
	for _, v := range effectVerbs {
		if strings.HasPrefix(toks[k].low, v) {
			return true
		}
	}
	return false
}
