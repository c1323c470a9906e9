package text

import (
	"encoding/binary"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// A Cue is a regular expression for the wording of calls ("questions sent
// in by shareholders", "welcome to ... call") with a cheap test before it:
// the words some of which every match must contain, read from the
// expression itself. Most sentences contain none of them, and skipping the
// regular expression for those is most of the time a parse spends on
// cues. A Cue matches exactly what its expression matches.
type Cue struct {
	expr string
	// re is the expression compiled, once it is needed (compiled): a Cue
	// with leads runs it only on texts with the Kelvin sign or the long s,
	// and a Cue made for one call (a registered name's spellings) was
	// compiled twice where it ran once.
	re     *regexp.Regexp
	reOnce sync.Once
	need   *need  // nil when the expression needs no literal
	fold   bool   // need is lower case, to be looked for in s lower-cased
	lead   *leads // nil when matches start with too many words (or none)
}

// lits reads the literals of an expression, lower-cased when it folds case.
// max bounds the strings it spells out (maxWords when zero).
type lits struct {
	fold bool
	max  int
}

// limit is the most strings l spells out.
func (l lits) limit() int {
	if l.max == 0 {
		return maxWords
	}
	return l.max
}

func (l lits) lower(s string) string {
	if l.fold {
		s = strings.ToLower(s)
	}
	return blankSpaces(s)
}

// spaces are the bytes \t to \r: besides the blank, \s matches all but
// \v of them. A Cue reads them as blanks, in a text and in the words it
// looks for, so that "call\s+for" needs "call " then "for" as "call for"
// does.
const spaces = "\t\n\v\f\r"

// blankSpaces returns s with each of spaces as a blank.
func blankSpaces(s string) string {
	if !strings.ContainsAny(s, spaces) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && strings.IndexByte(spaces, byte(r)) >= 0 {
			return ' '
		}
		return r
	}, s)
}

// folds reports whether any part of re matches without regard to case.
func folds(re *syntax.Regexp) bool {
	if re.Flags&syntax.FoldCase != 0 {
		return true
	}
	for _, sub := range re.Sub {
		if folds(sub) {
			return true
		}
	}
	return false
}

// MustCue compiles a Cue; it panics on a bad expression, as
// regexp.MustCompile does.
func MustCue(expr string) *Cue {
	c, err := CompileCue(expr)
	if err != nil {
		panic(err)
	}
	return c
}

// CompileCue compiles a Cue.
func CompileCue(expr string) (*Cue, error) {
	// regexp.Compile fails where syntax.Parse does, with its error.
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	c := &Cue{expr: expr}
	tree = tree.Simplify()
	c.fold = folds(tree)
	c.need = lits{fold: c.fold}.needed(tree)
	c.need.anchor()
	c.lead = compileLeads(expr, tree, c.fold)
	if c.lead == nil {
		c.compiled() // needed at every match
	}
	return c, nil
}

// compiled returns the expression compiled, compiling it the first time.
func (c *Cue) compiled() *regexp.Regexp {
	c.reOnce.Do(func() { c.re = regexp.MustCompile(c.expr) })
	return c.re
}

// String returns the expression.
func (c *Cue) String() string { return c.expr }

// mayMatch reports whether s passes the test of the needed words.
func (c *Cue) mayMatch(s string) bool {
	// The Kelvin sign and the long s fold to k and s but do not lower-case to them.
	if c.need == nil || strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
		return true
	}
	if !c.fold && !strings.ContainsAny(s, spaces) {
		return c.need.met(func(w string, k int) bool { return containsAt(s, w, k) })
	}
	// Read a short ASCII text on the stack: the test runs on most
	// sentences of a call, and strings.ToLower allocated a copy of each.
	// Other texts are lower-cased as Unicode.
	var buf [lowerOnStack]byte
	if low, ok := readASCII(buf[:0], s, c.fold); ok {
		ls := unsafe.String(unsafe.SliceData(low), len(low)) // read in this call only
		return c.need.met(func(w string, k int) bool { return containsAt(ls, w, k) })
	}
	s = lits{fold: c.fold}.lower(s)
	return c.need.met(func(w string, k int) bool { return containsAt(s, w, k) })
}

// containsAt reports whether s holds w, stepping with strings.IndexByte
// from one place of w's byte at k (its RarestByte) to the next: a word's
// first letter ("s" of "shareholder") is in a text every few bytes, and
// each place strings.Contains found of it was one more call.
func containsAt(s, w string, k int) bool {
	if w == "" {
		return true
	}
	c, last := w[k], len(s)-len(w)+k // the places the anchor may take: k to last
	for i := k; i <= last; i++ {
		j := strings.IndexByte(s[i:last+1], c)
		if j < 0 {
			return false
		}
		i += j
		if s[i-k:i-k+len(w)] == w {
			return true
		}
	}
	return false
}

// byteRarity ranks the bytes of a text by how rare they are: the blank,
// then the lower-case letters from the commonest in English text
// ("etaoin..."), every other byte rarer than any letter.
var byteRarity = func() (r [256]uint8) {
	for i := range r {
		r[i] = 27
	}
	for i, c := range []byte(" etaoinsrhldcumfpgwybvkxjqz") {
		r[c] = uint8(i)
	}
	return r
}()

// RarestByte is the index of word's rarest byte in English text
// (byteRarity), the first of equals: the byte to look for first when
// looking for the word.
func RarestByte(word string) int {
	best := 0
	for i := 1; i < len(word); i++ {
		if byteRarity[word[i]] > byteRarity[word[best]] {
			best = i
		}
	}
	return best
}

// lowerOnStack bounds the texts mayMatch reads without allocating.
const lowerOnStack = 1024

// readASCII appends s to buf as a Cue reads it (lits.lower): lower-cased
// when fold is set, spaces as blanks, when s is ASCII and fits in buf's
// capacity; ok is false otherwise. It reads eight bytes at a time: every
// sentence of a call is read so, once for each cue asked of it.
func readASCII(buf []byte, s string, fold bool) (low []byte, ok bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	n := len(buf)
	buf = append(buf, s...)
	const highs = 0x8080808080808080
	i := n
	for ; i+8 <= len(buf); i += 8 {
		x := binary.LittleEndian.Uint64(buf[i:])
		if x&highs != 0 {
			return nil, false
		}
		if fold {
			x |= bytesIn(x, 'A', 'Z') >> 2 // 0x20 on each capital: its lower case
		}
		if m := bytesIn(x, '\t', '\r'); m != 0 {
			x = x&^((m>>7)*0xff) | m>>2 // each space byte to 0x20, a blank
		}
		binary.LittleEndian.PutUint64(buf[i:], x)
	}
	for ; i < len(buf); i++ {
		switch b := buf[i]; {
		case b >= 0x80:
			return nil, false
		case fold && 'A' <= b && b <= 'Z':
			buf[i] = b + 'a' - 'A'
		case '\t' <= b && b <= '\r':
			buf[i] = ' '
		}
	}
	return buf, true
}

// bytesIn returns the high bit of each byte of x that lies in [lo, hi];
// every byte of x is below 0x80, so no sum carries into the next byte.
func bytesIn(x uint64, lo, hi byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ((x + ones*uint64(0x80-lo)) ^ (x + ones*uint64(0x7f-hi))) & highs
}

// MayMatchIn reports false when no part of s can hold a match (it lacks
// every word a match needs), so that a caller testing each sentence of a
// paragraph can skip a paragraph at once.
func (c *Cue) MayMatchIn(s string) bool { return c.mayMatch(s) }

// MatchString reports whether s contains a match.
func (c *Cue) MatchString(s string) bool {
	may, l := c.screen(s)
	if l != nil {
		return l.find(s, 0) != nil
	}
	return may && c.compiled().MatchString(s)
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (c *Cue) FindAllStringIndex(s string, n int) [][]int {
	may, l := c.screen(s)
	switch {
	case l != nil:
		return l.findAll(s, n, false)
	case !may:
		return nil
	}
	return c.compiled().FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (c *Cue) FindAllStringSubmatchIndex(s string, n int) [][]int {
	may, l := c.screen(s)
	switch {
	case l != nil:
		return l.findAll(s, n, true)
	case !may:
		return nil
	}
	return c.compiled().FindAllStringSubmatchIndex(s, n)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (c *Cue) FindStringSubmatchIndex(s string) []int {
	may, l := c.screen(s)
	switch {
	case l != nil:
		if all := l.findAll(s, 1, true); len(all) > 0 {
			return all[0]
		}
		return nil
	case !may:
		return nil
	}
	return c.compiled().FindStringSubmatchIndex(s)
}

// FindStringIndex is regexp's FindStringIndex.
func (c *Cue) FindStringIndex(s string) []int {
	may, l := c.screen(s)
	switch {
	case l != nil:
		return l.find(s, 0)
	case !may:
		return nil
	}
	return c.compiled().FindStringIndex(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (c *Cue) FindStringSubmatch(s string) []string {
	may, l := c.screen(s)
	switch {
	case l != nil:
		if loc := l.find(s, 0); loc != nil {
			return l.at.FindStringSubmatch(s[loc[0]:])
		}
		return nil
	case !may:
		return nil
	}
	return c.compiled().FindStringSubmatch(s)
}

// screen reports whether s may hold a match and, when the Cue can find
// its matches from their leads there, the leads (nil: run the
// expression). Looking for the leads costs less than the test for needed
// words, which reads the text once for each word, so a Cue with leads
// skips the test.
func (c *Cue) screen(s string) (may bool, l *leads) {
	// The Kelvin sign and the long s fold to k and s: no byte test sees them.
	if c.lead != nil && !(c.fold && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f"))) {
		return true, c.lead
	}
	return c.mayMatch(s), nil
}

// needed returns what every match of re contains, lower case, or nil
// when it cannot tell (as codesearch does with trigrams). Lower case on
// both sides keeps the test a necessary one for case-folded and
// case-sensitive literals alike. A concatenation needs what each of its
// parts needs ("questions? ... webcast" needs both words), an alternation
// one of what its branches need.
func (l lits) needed(re *syntax.Regexp) *need {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return l.needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return l.needed(re.Sub[0])
		}
	case syntax.OpAlternate:
		one := &need{}
		for _, sub := range re.Sub {
			n := l.needed(sub)
			if n == nil {
				return nil
			}
			if n.all == nil {
				one.words = append(one.words, n.words...)
				one.any = append(one.any, n.any...)
			} else {
				one.any = append(one.any, n)
			}
		}
		one.words = usable(one.words)
		return one
	case syntax.OpConcat:
		// Each run of parts is needed: the exact words of parts in a row,
		// then the words the next part starts with ("C" then
		// "EO|FO|hief\s+\w+"); so is what each part needs.
		var all []*need
		for i := range re.Sub {
			run := []string{""}
			for _, sub := range re.Sub[i:] {
				if ex, ok := l.exact(sub); ok {
					if next := l.cross(run, ex); next != nil {
						run = next
						continue
					}
				} else if pre := l.cross(run, l.prefixes(sub)); pre != nil {
					run = pre
				}
				break // the run so far, when the next words are too many
			}
			if run = usable(run); run != nil {
				all = append(all, &need{words: run})
			}
			if n := l.needed(re.Sub[i]); n != nil {
				all = append(all, n)
			}
		}
		return allOf(all)
	}
	if ws := usable(must(l.exact(re))); ws != nil {
		return &need{words: ws}
	}
	return nil
}

// A need is a test a text passes when it may hold a match: it contains one
// of words or passes one of any; or, when all is set, it passes each of all.
type need struct {
	words []string
	at    []int // the RarestByte of each of words (anchor)
	any   []*need
	all   []*need
}

// anchor sets the RarestByte of every word of n and of the needs in it.
func (n *need) anchor() {
	if n == nil {
		return
	}
	n.at = make([]int, len(n.words))
	for i, w := range n.words {
		n.at[i] = RarestByte(w)
	}
	for _, m := range n.any {
		m.anchor()
	}
	for _, m := range n.all {
		m.anchor()
	}
}

// met reports whether a text passes n; has reports whether the text,
// lower-cased when the Cue folds case, contains a word (whose RarestByte
// is at k).
func (n *need) met(has func(w string, k int) bool) bool {
	if n.all != nil {
		for _, m := range n.all {
			if !m.met(has) {
				return false
			}
		}
		return true
	}
	for i, w := range n.words {
		if has(w, n.at[i]) {
			return true
		}
	}
	for _, m := range n.any {
		if m.met(has) {
			return true
		}
	}
	return false
}

// String writes n as "a|b" for one of a and b, "(a & b)" for both.
func (n *need) String() string {
	if n == nil {
		return ""
	}
	var parts []string
	if n.all != nil {
		for _, m := range n.all {
			parts = append(parts, m.String())
		}
		return "(" + strings.Join(parts, " & ") + ")"
	}
	parts = append(parts, n.words...)
	for _, m := range n.any {
		parts = append(parts, m.String())
	}
	return strings.Join(parts, "|")
}

// allOf returns the need of passing each of ns, leaving out the ones
// another implies ("questions from" implies "question"), the longest words
// first: they are the rarest, and a text lacking one is done with at once.
func allOf(ns []*need) *need {
	var kept []*need
	for i, n := range ns {
		implied := false
		for j, m := range ns {
			if j != i && implies(m, n) && (!implies(n, m) || j < i) {
				implied = true
				break
			}
		}
		if !implied {
			kept = append(kept, n)
		}
	}
	switch len(kept) {
	case 0:
		return nil
	case 1:
		return kept[0]
	}
	slices.SortStableFunc(kept, func(a, b *need) int { return shortest(b.words) - shortest(a.words) })
	return &need{all: kept}
}

// implies reports whether a text passing m passes n: both are lists of
// words, and each word of m contains one of n.
func implies(m, n *need) bool {
	if m.any != nil || m.all != nil || n.any != nil || n.all != nil {
		return false
	}
	for _, w := range m.words {
		if !slices.ContainsFunc(n.words, func(v string) bool { return strings.Contains(w, v) }) {
			return false
		}
	}
	return true
}

// maxWords bounds the words a Cue tests for.
const maxWords = 16

// exact returns every string re matches, lower case, when they are few.
func (l lits) exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		lit := l.lower(string(re.Rune))
		if lit != l.lower(strings.ToUpper(lit)) && l.fold {
			return nil, false // a letter whose case folds oddly
		}
		return []string{lit}, true
	case syntax.OpCharClass:
		// A few characters: "[1-4]", a letter in either case ("[Qq]"), \s
		// (read as a blank); other classes are too many.
		var all []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if w := l.lower(string(r)); !slices.Contains(all, w) {
					if len(all) == l.limit() {
						return nil, false
					}
					all = append(all, w)
				}
			}
		}
		return all, len(all) > 0
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return l.exact(re.Sub[0])
	case syntax.OpQuest:
		ex, ok := l.exact(re.Sub[0])
		return append(ex, ""), ok
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			ex, ok := l.exact(sub)
			if !ok || len(all)+len(ex) > l.limit() {
				return nil, false
			}
			all = append(all, ex...)
		}
		return all, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ex, ok := l.exact(sub)
			if !ok {
				return nil, false
			}
			if out = l.cross(out, ex); out == nil {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// prefixes returns strings, lower case, one of which every match of re
// starts with; {""} when it cannot tell.
func (l lits) prefixes(re *syntax.Regexp) []string {
	if ex, ok := l.exact(re); ok {
		return ex
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return l.prefixes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return l.prefixes(re.Sub[0])
		}
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			all = append(all, l.prefixes(sub)...)
		}
		if len(all) <= l.limit() {
			return all
		}
	case syntax.OpConcat:
		run := []string{""}
		for _, sub := range re.Sub {
			ex, ok := l.exact(sub)
			if !ok {
				if pre := l.cross(run, l.prefixes(sub)); pre != nil {
					return pre
				}
				return run
			}
			if next := l.cross(run, ex); next != nil {
				run = next
			} else {
				return run
			}
		}
		return run
	}
	return []string{""}
}

// cross returns every a followed by every b, or nil when they are too many.
func (l lits) cross(as, bs []string) []string {
	if len(as)*len(bs) > l.limit() {
		return nil
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			if w := a + b; !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// usable returns ws when each is long enough to be worth testing for.
// A word that contains another of ws adds nothing and is left out.
func usable(ws []string) []string {
	if len(ws) == 0 || shortest(ws) < 2 {
		return nil
	}
	var out []string
	for i, w := range ws {
		implied := false
		for j, v := range ws {
			if j != i && strings.Contains(w, v) && (len(v) < len(w) || j < i) {
				implied = true
				break
			}
		}
		if !implied {
			out = append(out, w)
		}
	}
	return out
}

func must(ws []string, ok bool) []string {
	if !ok {
		return nil
	}
	return ws
}

// shortest is the length of the shortest word of ws; 0 for none.
func shortest(ws []string) int {
	m := 0
	for i, w := range ws {
		if i == 0 || len(w) < m {
			m = len(w)
		}
	}
	return m
}
