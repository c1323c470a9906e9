package text

import (
	"math/bits"
	"strings"
)

// A CueSet finds the matches of a few Cues in a text in one walk over
// it, rather than one walk a Cue: each byte is tested once for the leads
// of them all (a bit a Cue in each byte's entry of three tables), and a
// Cue's expression is tried only where one of its own leads starts. It
// finds exactly what each Cue's FindAllStringIndex finds.
type CueSet struct {
	cues []*Cue
	// Bit k of first[b] (second[b]): b may be the first (second) byte of
	// a lead of cues[k], after a one-byte lead any byte is its second;
	// bit k of after[b] is clear when b is a word's byte and cues[k]'s
	// matches start a word ("\b"), so that no match starts within one.
	first, second, after [256]uint8
	led                  uint8 // the cues with leads; the others are run on their own
}

// maxSetCues is how many Cues a CueSet holds: a bit each in a byte.
const maxSetCues = 8

// NewCueSet makes the set of cues (at most eight).
func NewCueSet(cues ...*Cue) *CueSet {
	if len(cues) > maxSetCues {
		panic("text: more than 8 cues in a CueSet")
	}
	cs := &CueSet{cues: cues}
	for b := range cs.after {
		cs.after[b] = 0xff
	}
	for k, c := range cues {
		l := c.lead
		if l == nil {
			continue
		}
		bit := uint8(1) << k
		cs.led |= bit
		for b := range 256 {
			if l.class[b]&leadFirst != 0 {
				cs.first[b] |= bit
			}
			if l.class[b]&leadSecond != 0 {
				cs.second[b] |= bit
			}
			if l.word && wordBytes[b] {
				cs.after[b] &^= bit
			}
		}
	}
	return cs
}

// FindAllStringIndex sets out[k] (out has a slice for each cue, reused)
// to cues[k].FindAllStringIndex(s, -1), and returns out.
func (cs *CueSet) FindAllStringIndex(s string, out [][][]int) [][][]int {
	led := cs.led
	// The Kelvin sign and the long s fold to k and s: no byte test sees
	// them, so a folding Cue runs its expression (Cue.screen).
	odd := strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")
	for k, c := range cs.cues {
		out[k] = out[k][:0]
		if led&(1<<k) != 0 && odd && c.fold {
			led &^= 1 << k
		}
		if led&(1<<k) == 0 {
			out[k] = append(out[k], c.FindAllStringIndex(s, -1)...)
		}
	}
	if led == 0 {
		return out
	}
	var resume [maxSetCues]int // where each cue's next match may start: after its last
	try := func(p int, may uint8) {
		for may &= led; may != 0; may &= may - 1 {
			k := bits.TrailingZeros8(may)
			l := cs.cues[k].lead
			if p < resume[k] || !l.leadsAt(s[p:]) {
				continue
			}
			if loc := l.at.FindStringIndex(s[p:]); loc != nil {
				out[k] = append(out[k], []int{p, p + loc[1]})
				resume[k] = p + loc[1] // a match holds its lead: it is not empty
			}
		}
	}
	if len(s) > 0 {
		try(0, cs.first[s[0]]) // no byte before: "\b" holds before a word's byte
	}
	for p := 1; p+1 < len(s); p++ {
		if may := cs.first[s[p]] & cs.second[s[p+1]] & cs.after[s[p-1]]; may != 0 {
			try(p, may)
		}
	}
	if p := len(s) - 1; p > 0 {
		try(p, cs.first[s[p]]&cs.after[s[p-1]]) // a one-byte lead (leadsAt tells)
	}
	return out
}

// Cues are the set's cues, in the order given.
func (cs *CueSet) Cues() []*Cue { return cs.cues }
