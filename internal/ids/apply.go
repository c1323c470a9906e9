package ids

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"callsite/internal/transcript"
)

// Changes says what Apply did.
type Changes struct {
	Kept    int      // turns and paragraphs that kept their pinned id
	Fresh   []string // ids given to turns, paragraphs and exchanges the map did not know
	Dropped []string // pinned turn and paragraph ids no longer on the call
	// Gone lists the exchanges no longer on the call, by number: those the
	// map listed as gone and those that disappeared now, each with the
	// exchange its page leads to now ("" for the call page).
	Gone []Gone
	// Moved lists the call's earlier pages: the map's own earlier pages,
	// then its URL. Map.Inherit drops the call's current page.
	Moved []string
}

// How alike two turns or paragraphs must be to keep an id: the share of
// their fingerprints' words they have in common (Dice coefficient of the
// word multisets). A turn by another speaker id (a corrected name) must be
// nearly the same text, and long enough not to be a "Thank you."
const (
	sameSpeakerMin    = 0.5
	otherSpeakerMin   = 0.9
	otherSpeakerWords = 6
	// Paragraphs of a turn that kept its id.
	paragraphMin = 0.5
	// Above this many cells the alignment stops being exact (see align).
	maxCells = 4 << 20
)

// kind is where a turn is: it decides the shape of its id.
type kind uint8

const (
	kindPrepared kind = iota // pr2
	kindQA                   // qa1: a Q&A turn outside any exchange
	kindExchange             // q3-2
	kindClosing              // cl1
)

var kindPrefix = [...]string{kindPrepared: "pr", kindQA: "qa", kindExchange: "", kindClosing: "cl"}

func pinnedKind(id string) kind {
	switch {
	case strings.HasPrefix(id, "pr"):
		return kindPrepared
	case strings.HasPrefix(id, "qa"):
		return kindQA
	case strings.HasPrefix(id, "cl"):
		return kindClosing
	}
	return kindExchange
}

// turnInfo is what the alignment compares of a turn.
type turnInfo struct {
	kind    kind
	speaker string
	key     string   // speaker, kind and paragraph fingerprints: equal keys are the same turn
	words   []string // sorted words of the paragraph fingerprints
	paras   []string // paragraph fingerprints
}

func newTurnInfo(k kind, speaker string, paras []string) turnInfo {
	ti := turnInfo{kind: k, speaker: speaker, paras: paras}
	ti.key = speaker + "\x00" + strconv.Itoa(int(k)) + "\x00" + strings.Join(paras, "\x01")
	for _, p := range paras {
		ti.words = append(ti.words, words(p)...)
	}
	sort.Strings(ti.words)
	return ti
}

// Apply gives the turns, paragraphs and exchanges of t the ids pinned in
// m, and fresh ids to what m does not know; it returns what changed. A nil
// m changes nothing.
//
// Turns are aligned with the pinned turns in order, like a diff: a turn
// keeps a pinned id when it is in the same kind of place (prepared
// remarks, an exchange, the Q&A outside exchanges, the closing), has the
// same speaker and at least half its words in common (a corrected speaker
// needs nine tenths), and the order of the turns around it allows it.
// Turns that changed more, and the paragraphs of a kept turn that changed
// more, still keep their ids when they are one-for-one replacements at the
// same place (as many new as removed between two kept neighbours).
//
// An exchange takes the pinned exchange id most of its turns come from
// (operator introductions and the analyst's turns count three times);
// each pinned exchange goes to one exchange at most. A turn of an exchange
// keeps its id only when it came from the same exchange.
//
// Fresh ids are the next number after every id the map knows or the call
// uses, in the same place: pr7, qa3, cl2, q3-9, q3-2p4, q12. Ids of
// deleted turns are not given to new ones while the map remembers them.
// Every id stays unique and every paragraph id starts with its turn's id.
// Exchange.N, the display number, stays the exchange's position.
//
// Moving turns around is not expected to keep their ids: the alignment
// keeps the longest in-order run and gives the moved turns fresh ids.
func Apply(t *transcript.Transcript, m *Map) *Changes {
	ch := &Changes{}
	if m == nil {
		return ch
	}
	ch.Moved = append(append([]string(nil), m.Moved...), m.URL)
	a := newApplier(m, ch)
	a.alignTurns(t)
	exID := a.exchangeIDs(t)
	newID := make([]string, len(a.turns))
	for j := range a.turns {
		newID[j] = a.turnID(j, exID)
	}
	for j, tu := range a.turns {
		tu.ID = newID[j]
	}
	live := map[string]bool{}
	for i, ex := range t.Exchanges {
		ex.ID = exID[i]
		live[ex.ID] = true
	}
	a.dropped()
	a.gone(exID, live)
	return ch
}

// applier holds what Apply knows while it gives out ids.
type applier struct {
	m  *Map
	ch *Changes
	// known is every id in the map and top the highest number after each
	// prefix, so that fresh ids never collide with known ones.
	known map[string]bool
	top   map[string]int
	taken map[string]bool // ids given out on this call

	turns   []*transcript.Turn
	curs    []turnInfo
	pinOf   []int // current turn -> pinned turn, or -1
	exIndex map[*transcript.Exchange]int
}

func newApplier(m *Map, ch *Changes) *applier {
	a := &applier{m: m, ch: ch, known: map[string]bool{}, top: map[string]int{}, taken: map[string]bool{}}
	for _, tu := range m.Turns {
		a.note(tu.ID)
		for _, p := range tu.Paragraphs {
			a.note(p.ID)
		}
	}
	for _, ex := range m.Exchanges() {
		a.note(ex)
	}
	for _, g := range m.Gone {
		a.note(g.ID)
	}
	return a
}

func (a *applier) note(id string) {
	a.known[id] = true
	if p, n := splitNumber(id); n > a.top[p] {
		a.top[p] = n
	}
}

// fresh is the next unused id after prefix.
func (a *applier) fresh(prefix string) string {
	a.top[prefix]++
	id := prefix + strconv.Itoa(a.top[prefix])
	for a.taken[id] || a.known[id] { // only when the map was made by hand
		a.top[prefix]++
		id = prefix + strconv.Itoa(a.top[prefix])
	}
	a.ch.Fresh = append(a.ch.Fresh, id)
	return id
}

// alignTurns matches the call's turns with the pinned ones (pinOf).
func (a *applier) alignTurns(t *transcript.Transcript) {
	pins := make([]turnInfo, len(a.m.Turns))
	for i, tu := range a.m.Turns {
		var paras []string
		for _, p := range tu.Paragraphs {
			paras = append(paras, Fingerprint(p.Text))
		}
		pins[i] = newTurnInfo(pinnedKind(tu.ID), tu.Speaker, paras)
	}
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			k := kindPrepared
			switch {
			case s.Kind == transcript.SectionClosing:
				k = kindClosing
			case s.Kind == transcript.SectionQA && tu.Exchange != nil:
				k = kindExchange
			case s.Kind == transcript.SectionQA:
				k = kindQA
			}
			var paras []string
			for _, p := range tu.Paragraphs {
				paras = append(paras, Fingerprint(p.Text))
			}
			a.turns = append(a.turns, tu)
			a.curs = append(a.curs, newTurnInfo(k, tu.Speaker.ID, paras))
		}
	}
	curs := a.curs
	matchOf := align(len(pins), len(curs),
		func(i, j int) bool { return pins[i].key == curs[j].key },
		func(i, j int) float64 {
			p, c := pins[i], curs[j]
			if p.kind != c.kind {
				return 0
			}
			s := dice(p.words, c.words)
			switch {
			case p.speaker == c.speaker && s >= sameSpeakerMin:
				return s + 0.25
			case p.speaker != c.speaker && s >= otherSpeakerMin && len(c.words) >= otherSpeakerWords:
				return s
			}
			return 0
		},
		func(i, j int) bool { return pins[i].kind == curs[j].kind && pins[i].speaker == curs[j].speaker })
	a.pinOf = make([]int, len(curs))
	for j := range a.pinOf {
		a.pinOf[j] = -1
	}
	for i, j := range matchOf {
		if j >= 0 {
			a.pinOf[j] = i
		}
	}
	a.exIndex = map[*transcript.Exchange]int{}
	for i, ex := range t.Exchanges {
		a.exIndex[ex] = i
	}
}

// exchangeIDs gives each exchange the pinned exchange id most of its
// turns come from, or a fresh one: exchanges follow their turns.
func (a *applier) exchangeIDs(t *transcript.Transcript) []string {
	type vote struct {
		ex   int
		pin  string
		w, n int
	}
	weights := map[[2]int]*vote{}
	var votes []*vote
	for j, tu := range a.turns {
		if tu.Exchange == nil || a.pinOf[j] < 0 {
			continue
		}
		pe := exchangeOf(a.m.Turns[a.pinOf[j]].ID)
		if pe == "" {
			continue
		}
		ei, pn := a.exIndex[tu.Exchange], number(pe, "q")
		v := weights[[2]int{ei, pn}]
		if v == nil {
			v = &vote{ex: ei, pin: pe, n: pn}
			weights[[2]int{ei, pn}] = v
			votes = append(votes, v)
		}
		v.w++
		if tu.Speaker.Role == transcript.RoleOperator || tu.Speaker == tu.Exchange.Analyst {
			v.w += 2
		}
	}
	sort.SliceStable(votes, func(i, j int) bool {
		vi, vj := votes[i], votes[j]
		if vi.w != vj.w {
			return vi.w > vj.w
		}
		if vi.ex != vj.ex {
			return vi.ex < vj.ex
		}
		return vi.n < vj.n
	})
	exID := make([]string, len(t.Exchanges))
	for _, v := range votes {
		if exID[v.ex] == "" && !a.taken[v.pin] {
			exID[v.ex] = v.pin
			a.taken[v.pin] = true
		}
	}
	for i := range exID {
		if exID[i] == "" {
			exID[i] = a.fresh("q")
			a.taken[exID[i]] = true
		}
	}
	return exID
}

// turnID gives turn j its id (the pinned one when it still fits, else a
// fresh one) and ids to its paragraphs.
func (a *applier) turnID(j int, exID []string) string {
	tu, cur := a.turns[j], a.curs[j]
	var pinned *Turn
	if i := a.pinOf[j]; i >= 0 {
		pinned = &a.m.Turns[i]
		ok := !a.taken[pinned.ID] && pinnedKind(pinned.ID) == cur.kind
		if cur.kind == kindExchange {
			ok = ok && exchangeOf(pinned.ID) == exID[a.exIndex[tu.Exchange]]
		}
		if !ok {
			pinned = nil
		}
	}
	var id string
	switch {
	case pinned != nil:
		id = pinned.ID
		a.ch.Kept++
	case cur.kind == kindExchange:
		id = a.fresh(exID[a.exIndex[tu.Exchange]] + "-")
	default:
		id = a.fresh(kindPrefix[cur.kind])
	}
	a.taken[id] = true
	paraID := make([]string, len(tu.Paragraphs))
	if pinned != nil && len(pinned.Paragraphs) > 0 {
		a.keepParagraphIDs(pinned.Paragraphs, cur, id, paraID)
	}
	for k := range paraID {
		if paraID[k] == "" {
			paraID[k] = a.fresh(id + "p")
			a.taken[paraID[k]] = true
		}
	}
	for k, p := range tu.Paragraphs {
		p.ID = paraID[k]
	}
	return id
}

// keepParagraphIDs aligns a kept turn's paragraphs with its pinned ones
// and sets paraID to the pinned ids that still fit.
func (a *applier) keepParagraphIDs(pp []Paragraph, cur turnInfo, id string, paraID []string) {
	pfp := make([]string, len(pp))
	pw := make([][]string, len(pp))
	for i, p := range pp {
		pfp[i] = Fingerprint(p.Text)
		pw[i] = words(pfp[i])
		sort.Strings(pw[i])
	}
	cw := make([][]string, len(paraID))
	for k := range paraID {
		cw[k] = words(cur.paras[k])
		sort.Strings(cw[k])
	}
	pm := align(len(pp), len(paraID),
		func(x, y int) bool { return pfp[x] == cur.paras[y] },
		func(x, y int) float64 {
			if s := dice(pw[x], cw[y]); s >= paragraphMin {
				return s
			}
			return 0
		},
		func(x, y int) bool { return true })
	for x, y := range pm {
		if y >= 0 && number(pp[x].ID, id+"p") > 0 && !a.taken[pp[x].ID] {
			paraID[y] = pp[x].ID
			a.taken[pp[x].ID] = true
			a.ch.Kept++
		}
	}
}

// dropped lists the map's ids that no turn or paragraph kept.
func (a *applier) dropped() {
	for _, tu := range a.m.Turns {
		if !a.taken[tu.ID] {
			a.ch.Dropped = append(a.ch.Dropped, tu.ID)
		}
		for _, p := range tu.Paragraphs {
			if !a.taken[p.ID] {
				a.ch.Dropped = append(a.ch.Dropped, p.ID)
			}
		}
	}
}

// gone says where the pinned exchanges went: to the exchange of the same
// id, or to the exchange holding most of their turns (merged), or nowhere.
func (a *applier) gone(exID []string, live map[string]bool) {
	dest := map[string]string{}
	for _, pe := range a.m.Exchanges() {
		if live[pe] {
			dest[pe] = pe
			continue
		}
		count := map[string]int{}
		best := ""
		for j, tu := range a.turns {
			if a.pinOf[j] < 0 || tu.Exchange == nil || exchangeOf(a.m.Turns[a.pinOf[j]].ID) != pe {
				continue
			}
			to := exID[a.exIndex[tu.Exchange]]
			count[to]++
			if best == "" || count[to] > count[best] {
				best = to
			}
		}
		dest[pe] = best
		a.ch.Gone = append(a.ch.Gone, Gone{ID: pe, To: best})
	}
	for _, g := range a.m.Gone {
		if live[g.ID] {
			continue // an exchange of that id is back: its page is real
		}
		to := g.To
		if d, ok := dest[to]; ok {
			to = d
		} else if !live[to] {
			to = ""
		}
		a.ch.Gone = append(a.ch.Gone, Gone{ID: g.ID, To: to})
	}
	sort.SliceStable(a.ch.Gone, func(i, j int) bool { return number(a.ch.Gone[i].ID, "q") < number(a.ch.Gone[j].ID, "q") })
}

// align matches a[0:n] with b[0:m] in order, like a diff, and returns for
// each a the b it matches, or -1. Runs of exact pairs at both ends are
// taken as they are; the middle is aligned by dynamic programming to the
// greatest sum of score (pairs scoring 0 or less never match). Then, in
// each gap between matches that has as many unmatched a as b, they are
// paired in order when pair allows every pair: a one-for-one replacement.
//
// The middle costs n×m cells; above maxCells it is aligned greedily
// instead (each a with the best b among the next few).
//
// It is one function of about 85 lines on purpose: the four steps share
// the match array and the trimmed ends, and read best as one algorithm.
func align(n, m int, exact func(i, j int) bool, score func(i, j int) float64, pair func(i, j int) bool) []int {
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	lo := 0
	for lo < n && lo < m && exact(lo, lo) {
		match[lo] = lo
		lo++
	}
	hiA, hiB := n, m
	for hiA > lo && hiB > lo && exact(hiA-1, hiB-1) {
		hiA--
		hiB--
		match[hiA] = hiB
	}
	N, M := hiA-lo, hiB-lo
	switch {
	case N == 0 || M == 0:
	case N*M <= maxCells:
		w := M + 1
		dp := make([]float64, (N+1)*w) // best sum for a[lo+i:hiA], b[lo+j:hiB]
		for i := N - 1; i >= 0; i-- {
			for j := M - 1; j >= 0; j-- {
				best := max(dp[(i+1)*w+j], dp[i*w+j+1])
				if s := score(lo+i, lo+j); s > 0 {
					best = max(best, s+dp[(i+1)*w+j+1])
				}
				dp[i*w+j] = best
			}
		}
		for i, j := 0, 0; i < N && j < M; {
			if s := score(lo+i, lo+j); s > 0 && dp[i*w+j] == s+dp[(i+1)*w+j+1] {
				match[lo+i] = lo + j
				i++
				j++
			} else if dp[i*w+j] == dp[(i+1)*w+j] {
				i++
			} else {
				j++
			}
		}
	default:
		const window = 64
		next := lo
		for i := lo; i < hiA; i++ {
			best, bestS := -1, 0.0
			for j := next; j < hiB && j < next+window; j++ {
				if s := score(i, j); s > bestS {
					best, bestS = j, s
				}
			}
			if best >= 0 {
				match[i] = best
				next = best + 1
			}
		}
	}
	// One-for-one replacements in the gaps.
	prevA, prevB := -1, -1
	for i := 0; i <= n; i++ {
		if i < n && match[i] < 0 {
			continue
		}
		endB := m
		if i < n {
			endB = match[i]
		}
		ga, gb := i-prevA-1, endB-prevB-1
		if ga > 0 && ga == gb {
			ok := true
			for k := 1; k <= ga && ok; k++ {
				ok = pair(prevA+k, prevB+k)
			}
			if ok {
				for k := 1; k <= ga; k++ {
					match[prevA+k] = prevB + k
				}
			}
		}
		if i < n {
			prevA, prevB = i, match[i]
		}
	}
	return match
}

// words are the lower-cased words and numbers of a text.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// dice is the Dice coefficient of two sorted word lists: twice the words
// they share over the words they have.
func dice(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// splitNumber splits an id into its prefix and the number it ends with:
// "q3-2p4" is "q3-2p" and 4, "q12" is "q" and 12.
func splitNumber(id string) (string, int) {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(id[i:])
	if err != nil {
		return id, 0
	}
	return id[:i], n
}
