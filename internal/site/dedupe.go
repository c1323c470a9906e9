package site

import (
	"sort"
	"strings"

	"callsite/internal/transcript"
)

// unifyCompanies gives the calls of one ticker one company name when their
// names are the same company's said longer or shorter ("Camden" and
// "Camden Property Trust"), so that they share a company page: the name
// most calls use, the shorter on a tie. Names a sidecar set are kept.
func unifyCompanies(recs []*Record) {
	byTicker := map[string][]*Record{}
	var tickers []string
	for _, r := range recs {
		tk := strings.ToUpper(r.Meta.Ticker)
		if tk == "" || r.Meta.CompanySource == transcript.FromSidecar {
			continue
		}
		if byTicker[tk] == nil {
			tickers = append(tickers, tk)
		}
		byTicker[tk] = append(byTicker[tk], r)
	}
	sort.Strings(tickers)
	for _, tk := range tickers {
		rs := byTicker[tk]
		count := map[string]int{}
		for _, r := range rs {
			count[r.Meta.Company]++
		}
		if len(count) < 2 {
			continue
		}
		names := make([]string, 0, len(count))
		for n := range count {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool {
			a, b := names[i], names[j]
			if count[a] != count[b] {
				return count[a] > count[b]
			}
			if len(a) != len(b) {
				return len(a) < len(b)
			}
			return a < b
		})
		best := names[0]
		for _, r := range rs {
			if r.Meta.Company != best && transcript.SameCompany(r.Meta.Company, best) {
				r.Meta.Company = best
			}
		}
	}
}

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
	unifyCompanies(recs)
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
