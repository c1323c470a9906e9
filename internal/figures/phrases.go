package figures

import (
	"math/bits"
	"strings"
)

// phraseSet finds the first of a list of phrases that a text says as whole
// words (lastWord >= 0), as trying each phrase in turn would, but looks up
// only the phrases that begin with a word the text has: namesMetric runs
// on every clause of a call, and trying a few hundred phrases one by one
// was a tenth of a build.
type phraseSet struct {
	phrases []string
	byFirst map[string][]int // phrase indices, ascending, by the phrase's first word
	other   []int            // phrases that do not begin with a word: tried one by one
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{phrases: phrases, byFirst: map[string][]int{}}
	for i, p := range phrases {
		w := leadingWord(p)
		if w == "" {
			ps.other = append(ps.other, i)
			continue
		}
		ps.byFirst[w] = append(ps.byFirst[w], i)
	}
	return ps
}

// leadingWord is the run of word bytes s begins with.
func leadingWord(s string) string {
	j := 0
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return s[:j]
}

// first returns the index of the first phrase s says as whole words, or -1.
func (ps *phraseSet) first(s string) int {
	best := -1
	for _, i := range ps.other {
		if best >= 0 && i > best {
			break
		}
		if lastWord(s, ps.phrases[i]) >= 0 {
			best = i
			break
		}
	}
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		w := leadingWord(s[i:])
		for _, k := range ps.byFirst[w] {
			if best >= 0 && k > best {
				break
			}
			p := ps.phrases[k]
			if len(s)-i >= len(p) && s[i:i+len(p)] == p && (i+len(p) == len(s) || !isWordByte(s[i+len(p)])) {
				best = k
				break
			}
		}
		i += len(w)
	}
	return best
}

// startsWith reports a phrase that s begins with, as whole words.
func (ps *phraseSet) startsWith(s string) bool {
	for _, i := range ps.other {
		if strings.HasPrefix(s, ps.phrases[i]) && (len(s) == len(ps.phrases[i]) || !isWordByte(s[len(ps.phrases[i])])) {
			return true
		}
	}
	for _, k := range ps.byFirst[leadingWord(s)] {
		p := ps.phrases[k]
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !isWordByte(s[len(p)])) {
			return true
		}
	}
	return false
}

// substringSet reports whether a text contains any of a list of strings,
// as containsAnyOf does, in one pass: it looks at the strings that begin
// with each two bytes of the text only when some string begins with them
// and, for the strings of three bytes or more, when some string may begin
// with the three bytes there (a bitmap of their hashes). nextTopic asks
// this of every sentence of a call.
type substringSet struct {
	short   []string // strings of one byte or none: tried one by one
	present [1 << 16 / 64]uint64
	pairs   [1 << 16 / 64]uint64 // the strings of two bytes
	triples [1 << 16 / 64]uint64 // hashes of the first three bytes of the longer ones
	// the strings by their first two bytes: those of the n-th bigram
	// present (in order of value) are groups[n], and below[b/64] is how
	// many are present below b/64*64, so that a bigram's group is found by
	// counting bits, not by a map look-up
	below  [1 << 16 / 64]uint16
	groups [][]string
	// Wu and Manber's skip, for in when every string of two bytes or more
	// is at least minLen (three or more) bytes long: the window of minLen
	// bytes that ends at i moves on by skip[skipSlot(the two bytes before
	// i)] bytes, which is how far those two bytes stand from the end of the
	// first minLen bytes of any string that holds them there (minLen-1 when
	// none does), so that no string's start is passed over; a string may
	// start only where the skip is 0. Most text is passed over a few bytes
	// at a time instead of one.
	minLen int
	skip   *[skipSize]uint8 // nil: in reads every byte
}

// skipSize is the number of slots of a skip table: one for each two
// bytes. Text is mostly lower-case letters and spaces, so the slots read
// stay a few kilobytes of it, as a table of hashes would, and the two
// bytes are read as one number, not hashed.
const skipSize = 1 << 16

func skipSlot(a, b byte) uint16 {
	return uint16(a) | uint16(b)<<8
}

func newSubstringSet(words ...string) *substringSet {
	ss := &substringSet{}
	byBigram := map[uint16][]string{}
	for _, w := range words {
		if len(w) < 2 {
			ss.short = append(ss.short, w)
			continue
		}
		b := uint16(w[0])<<8 | uint16(w[1])
		ss.present[b/64] |= 1 << (b % 64)
		if len(w) == 2 {
			ss.pairs[b/64] |= 1 << (b % 64)
		} else {
			h := tripleHash(w[0], w[1], w[2])
			ss.triples[h/64] |= 1 << (h % 64)
		}
		byBigram[b] = append(byBigram[b], w)
	}
	n := 0
	for k := range ss.present {
		ss.below[k] = uint16(n)
		n += bits.OnesCount64(ss.present[k])
	}
	ss.groups = make([][]string, n)
	for b, ws := range byBigram {
		ss.groups[ss.group(b)] = ws
	}
	ss.buildSkip(words)
	return ss
}

// buildSkip makes the skip table when the strings of two bytes or more
// are all three bytes long or more.
func (ss *substringSet) buildSkip(words []string) {
	m := 0
	for _, w := range words {
		if len(w) >= 2 && (m == 0 || len(w) < m) {
			m = len(w)
		}
	}
	if m < 3 {
		return
	}
	m = min(m, 256) // (a skip fits a byte)
	ss.minLen, ss.skip = m, new([skipSize]uint8)
	// every slot m-1, by doubling copies rather than byte by byte: a few
	// dozen sets are made at every start
	ss.skip[0] = uint8(m - 1)
	for n := 1; n < skipSize; n *= 2 {
		copy(ss.skip[n:], ss.skip[:n])
	}
	for _, w := range words {
		for q := 2; q <= m && q <= len(w); q++ { // the two bytes that end at q
			h := skipSlot(w[q-2], w[q-1])
			ss.skip[h] = min(ss.skip[h], uint8(m-q))
		}
	}
}

// group is the index in groups of the strings that begin with the
// bigram b, which is present.
func (ss *substringSet) group(b uint16) int {
	return int(ss.below[b/64]) + bits.OnesCount64(ss.present[b/64]&(1<<(b%64)-1))
}

func tripleHash(a, b, c byte) uint16 {
	return uint16(a)<<8 ^ uint16(b)<<4 ^ uint16(c)
}

// in reports whether s contains one of the strings.
func (ss *substringSet) in(s string) bool {
	if containsAnyOf(s, ss.short...) {
		return true
	}
	if ss.skip != nil {
		return ss.inSkipping(s)
	}
	return ss.inByBigrams(s)
}

// inSkipping is in for a set with a skip table, of the strings of two
// bytes or more.
func (ss *substringSet) inSkipping(s string) bool {
	m, skip := ss.minLen, ss.skip
	// two windows at once, one for the strings that start in the first
	// half of s and one for those that start in the second: each step
	// waits on the loads of the one before, and the two runs of steps
	// do not wait on each other
	half := len(s) / 2
	i, j := m, half+m // the ends of the windows; i's starts are below half, j's from it
	for i < half+m && j <= len(s) {
		ki, kj := skip[skipSlot(s[i-2], s[i-1])], skip[skipSlot(s[j-2], s[j-1])]
		if ki == 0 {
			if ss.startsAt(s, i-m) {
				return true
			}
			ki = 1
		}
		if kj == 0 {
			if ss.startsAt(s, j-m) {
				return true
			}
			kj = 1
		}
		i, j = i+int(ki), j+int(kj)
	}
	for ; i < half+m && i <= len(s); i++ { // what is left of either
		if i = ss.nextStart(s, i); i < half+m && i <= len(s) && ss.startsAt(s, i-m) {
			return true
		}
	}
	for ; j <= len(s); j++ {
		if j = ss.nextStart(s, j); j <= len(s) && ss.startsAt(s, j-m) {
			return true
		}
	}
	return false
}

// nextStart is the first end of a window from i on where the skip is 0
// (a string may start minLen bytes before it), or one past len(s).
func (ss *substringSet) nextStart(s string, i int) int {
	for i <= len(s) {
		k := ss.skip[skipSlot(s[i-2], s[i-1])]
		if k == 0 {
			return i
		}
		i += int(k)
	}
	return len(s) + 1
}

// startsAt reports whether one of the set's strings of two bytes or more
// starts at s[p:].
func (ss *substringSet) startsAt(s string, p int) bool {
	b := uint16(s[p])<<8 | uint16(s[p+1])
	if ss.present[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	for _, w := range ss.startingAt(s, p, b) {
		if strings.HasPrefix(s[p:], w) {
			return true
		}
	}
	return false
}

// inByBigrams is in for the strings of two bytes or more, looked for at
// every byte.
func (ss *substringSet) inByBigrams(s string) bool {
	for j := 1; j < len(s); j++ { // (the bigram ends at j: the compiler checks no bound in the loop)
		b := uint16(s[j-1])<<8 | uint16(s[j])
		if ss.present[b/64]&(1<<(b%64)) == 0 {
			continue // most places: the test inline, the rest in startingAt
		}
		for _, w := range ss.startingAt(s, j-1, b) {
			if strings.HasPrefix(s[j-1:], w) {
				return true
			}
		}
	}
	return false
}

// startingAt returns the strings of the set that may begin at s[i:],
// given b, the bigram there, which the set has: none when only strings of
// three bytes or more begin with it and the trigram there is not one of
// theirs.
func (ss *substringSet) startingAt(s string, i int, b uint16) []string {
	if ss.pairs[b/64]&(1<<(b%64)) == 0 {
		if i+2 >= len(s) {
			return nil
		}
		if h := tripleHash(s[i], s[i+1], s[i+2]); ss.triples[h/64]&(1<<(h%64)) == 0 {
			return nil
		}
	}
	return ss.groups[ss.group(b)]
}

// said calls found with each string of the set that s contains, once for
// each place where it begins, in no particular order.
func (ss *substringSet) said(s string, found func(w string)) {
	for _, w := range ss.short {
		if strings.Contains(s, w) {
			found(w)
		}
	}
	if ss.skip != nil {
		// (as inSkipping, but on to the end: every place is wanted)
		m, skip := ss.minLen, ss.skip
		for i := m; i <= len(s); {
			if k := skip[skipSlot(s[i-2], s[i-1])]; k > 0 {
				i += int(k)
				continue
			}
			ss.saidAt(s, i-m, found)
			i++
		}
		return
	}
	for j := 1; j < len(s); j++ { // (as in: the bigram ends at j)
		ss.saidAt(s, j-1, found)
	}
}

// saidAt calls found with each string of two bytes or more of the set
// that begins at s[p:].
func (ss *substringSet) saidAt(s string, p int, found func(w string)) {
	b := uint16(s[p])<<8 | uint16(s[p+1])
	if ss.present[b/64]&(1<<(b%64)) == 0 {
		return
	}
	for _, w := range ss.startingAt(s, p, b) {
		if strings.HasPrefix(s[p:], w) {
			found(w)
		}
	}
}

// orNone is words when one of texts contains one of them (the set holds
// words) and nil otherwise: a rule that tries its words one by one then
// tries none on most text, found in one pass.
func (ss *substringSet) orNone(words []string, texts ...string) []string {
	for _, s := range texts {
		if ss.in(s) {
			return words
		}
	}
	return nil
}

// openings is a list of words of two bytes or more with their first two
// bytes a bit each: a text that opens with none of those pairs opens with
// none of the words, told without trying them one by one.
type openings struct {
	words []string
	pairs [1 << 16 / 64]uint64
}

func newOpenings(words ...string) *openings {
	o := &openings{words: words}
	for _, w := range words {
		b := uint16(w[0])<<8 | uint16(w[1])
		o.pairs[b/64] |= 1 << (b % 64)
	}
	return o
}

// orNone is the words when s opens with the first two bytes of one of
// them, else none: the words s may open with.
func (o *openings) orNone(s string) []string {
	if !o.opens(s) {
		return nil
	}
	return o.words
}

// opens reports whether s opens with the first two bytes of one of the
// words.
func (o *openings) opens(s string) bool {
	if len(s) < 2 {
		return false
	}
	b := uint16(s[0])<<8 | uint16(s[1])
	return o.pairs[b/64]&(1<<(b%64)) != 0
}

// replacer is a strings.Replacer that knows its old strings: a text with
// none of them, most text, is given back as it is, without the copy that
// Replace makes of any text.
type replacer struct {
	olds *substringSet
	r    *strings.Replacer
}

// newReplacer is strings.NewReplacer(oldnew...) with that shortcut.
func newReplacer(oldnew ...string) replacer {
	var olds []string
	for i := 0; i+1 < len(oldnew); i += 2 {
		olds = append(olds, oldnew[i])
	}
	return replacer{olds: newSubstringSet(olds...), r: strings.NewReplacer(oldnew...)}
}

// Replace is strings.Replacer's Replace.
func (r replacer) Replace(s string) string {
	if !r.olds.in(s) {
		return s
	}
	return r.r.Replace(s)
}
