package site

import (
	"sort"

	"callsite/internal/transcript"
)

// Dedupe keeps one record per call when several files hold the same call
// (transcript.GroupSameCalls: the same company slug or ticker, the same
// period and substantially the same words, e.g. a fool.com page and its
// JSON scrape): the richer one (speaker labels, then more turns, then more
// paragraphs, then the first path). The kept record lists every source;
// each dropped file gets a warning. Two files with the same company and
// period but different words are two calls, both kept (Build gives the
// second a suffixed URL), with a warning. Calls without a known period are
// never merged. The result is sorted by source path.
func Dedupe(recs []*Record) ([]*Record, []*transcript.Error) {
	sorted := append([]*Record(nil), recs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Source < sorted[j].Source })
	groups, clash, out := transcript.GroupSameCalls(sorted, func(r *Record) transcript.Meta { return r.Meta })
	var warns []*transcript.Error
	kept := make([]*Record, len(groups))
	for g, group := range groups {
		sort.SliceStable(group, func(i, j int) bool { return richer(group[i], group[j]) })
		k := group[0]
		for _, o := range group[1:] {
			k.Sources = append(k.Sources, o.Sources...)
			warns = append(warns, transcript.DuplicateWarning(o.Source, k.Source, k.Meta))
		}
		kept[g] = k
		out = append(out, k)
	}
	for g, c := range clash {
		if c >= 0 {
			warns = append(warns, transcript.ClashWarning(kept[g].Source, kept[c].Source, kept[g].Meta))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out, warns
}

func richer(a, b *Record) bool {
	if a.Unlabelled != b.Unlabelled {
		return !a.Unlabelled
	}
	if a.Turns != b.Turns {
		return a.Turns > b.Turns
	}
	if a.Paragraphs != b.Paragraphs {
		return a.Paragraphs > b.Paragraphs
	}
	return a.Source < b.Source
}
