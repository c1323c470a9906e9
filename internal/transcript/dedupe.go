package transcript

import (
	"fmt"
	"sort"
	"strings"

	"callsite/internal/content"
)

// GroupSameCalls groups items that hold the same call: the same company
// slug or the same ticker, the same period, and substantially the same
// words (Meta.Words). Items without a known period are never grouped: they
// come back in alone, in order. Two groups with the same company or ticker
// and period but different words are different calls that would share a
// URL: clash[g] is the first group that group g clashes with, or -1.
func GroupSameCalls[T any](items []T, meta func(T) Meta) (groups [][]T, clash []int, alone []T) {
	bucketOf := map[string]int{}
	var buckets [][]int // group indices per bucket
	for _, it := range items {
		m := meta(it)
		if m.Year == 0 || m.Quarter == 0 {
			alone = append(alone, it)
			continue
		}
		per := fmt.Sprintf("/%d/%d", m.Year, m.Quarter)
		keys := []string{"c:" + Slug(m.Company) + per}
		if m.Ticker != "" {
			keys = append(keys, "t:"+strings.ToUpper(m.Ticker)+per)
		}
		b := -1
		for _, k := range keys {
			if i, ok := bucketOf[k]; ok {
				b = i
				break
			}
		}
		if b < 0 {
			b = len(buckets)
			buckets = append(buckets, nil)
		}
		for _, k := range keys {
			if _, ok := bucketOf[k]; !ok {
				bucketOf[k] = b
			}
		}
		g := -1
		for _, cand := range buckets[b] {
			if meta(groups[cand][0]).Words.SameWords(m.Words) {
				g = cand
				break
			}
		}
		if g < 0 {
			g = len(groups)
			groups = append(groups, nil)
			c := -1
			if len(buckets[b]) > 0 {
				c = buckets[b][0]
			}
			clash = append(clash, c)
			buckets[b] = append(buckets[b], g)
		}
		groups[g] = append(groups[g], it)
	}
	return groups, clash, alone
}

// DuplicateWarning is the warning for dup, a copy of the call kept.
func DuplicateWarning(dup, kept string, m Meta) *Error {
	return &Error{Pos: Pos{File: dup, Line: 1}, Kind: WarnDuplicate,
		Msg: fmt.Sprintf("same call as %s (%s %s, the same words); kept %s", kept, m.Company, m.PeriodLabel(), kept)}
}

// ClashWarning is the warning for a call whose company and period are
// those of another call with other words: both are kept.
func ClashWarning(src, other string, m Meta) *Error {
	return &Error{Pos: Pos{File: src, Line: 1}, Kind: WarnClash,
		Msg: fmt.Sprintf("%s %s is also the company and period of %s, whose words differ: kept both, this one under a suffixed URL; if one of them is mislabelled, set `company:`, `year:` or `quarter:` in %s", m.Company, m.PeriodLabel(), other, content.SidecarName(src))}
}

// dedupe keeps one transcript per call (GroupSameCalls) and records the
// others in its Sources.
func dedupe(calls []*Transcript) []*Transcript {
	sort.Slice(calls, func(i, j int) bool { return calls[i].Source < calls[j].Source })
	groups, clash, out := GroupSameCalls(calls, func(t *Transcript) Meta { return t.Meta })
	kept := make([]*Transcript, len(groups))
	for g, group := range groups {
		sort.SliceStable(group, func(i, j int) bool { return richer(group[i], group[j]) })
		k := group[0]
		for _, o := range group[1:] {
			k.Sources = append(k.Sources, o.Sources...)
			k.Warnings = append(k.Warnings, DuplicateWarning(o.Source, k.Source, k.Meta))
		}
		kept[g] = k
		out = append(out, k)
	}
	for g, c := range clash {
		if c >= 0 {
			kept[g].Warnings = append(kept[g].Warnings, ClashWarning(kept[g].Source, kept[c].Source, kept[g].Meta))
		}
	}
	return out
}

// richer orders two copies of a call: speaker labels first, then more
// turns, then more paragraphs, then the source path.
func richer(a, b *Transcript) bool {
	if a.Unlabelled != b.Unlabelled {
		return !a.Unlabelled
	}
	if na, nb := len(a.Turns()), len(b.Turns()); na != nb {
		return na > nb
	}
	if pa, pb := a.Paragraphs(), b.Paragraphs(); pa != pb {
		return pa > pb
	}
	return a.Source < b.Source
}
