package site

import (
	"fmt"
	"sort"

	"callsite/internal/transcript"
)

// Dedupe keeps one record per call when several files hold the same call
// (same company slug or ticker, and the same period, e.g. a fool.com page
// and its JSON scrape): the richer one (speaker labels, then more turns,
// then more paragraphs, then the first path). The kept record lists every
// source; each dropped file gets a warning. Calls without a known period
// are never merged. The result is sorted by source path.
func Dedupe(recs []*Record) ([]*Record, []*transcript.Error) {
	sorted := append([]*Record(nil), recs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Source < sorted[j].Source })
	groups, out := transcript.GroupSameCalls(sorted, func(r *Record) transcript.Meta { return r.Meta })
	var warns []*transcript.Error
	for _, group := range groups {
		sort.SliceStable(group, func(i, j int) bool { return richer(group[i], group[j]) })
		kept := group[0]
		for _, o := range group[1:] {
			kept.Sources = append(kept.Sources, o.Sources...)
			warns = append(warns, &transcript.Error{Pos: transcript.Pos{File: o.Source, Line: 1},
				Msg: fmt.Sprintf("same call as %s (%s %s); kept %s", kept.Source, kept.Meta.Company, kept.Meta.PeriodLabel(), kept.Source)})
		}
		out = append(out, kept)
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
