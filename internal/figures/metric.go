package figures

import "strings"

// metricTable maps the ways a call names a measure to one short, lower-case
// name, read from the vocabulary (vocabulary.yaml). money marks measures
// said in a currency, so that a bare "72 million" after "net sales were" is
// read as money. Longer phrases win over shorter ones that they contain
// ("net loss per share" over "net loss").
var metricTable = func() []struct {
	name    string
	money   bool
	phrases string
} {
	var out []struct {
		name    string
		money   bool
		phrases string
	}
	for _, m := range Metrics {
		if len(m.Phrases) == 0 {
			continue // a name made from others ("ffo per share")
		}
		out = append(out, struct {
			name    string
			money   bool
			phrases string
		}{m.Name, m.Money, strings.Join(m.Phrases, "|")})
	}
	return out
}()

type metricDef struct {
	words []string
	name  string
	money bool
}

// metricIndex holds the phrases by first word, longest first. Built once;
// never written after package initialisation.
var metricIndex = buildMetricIndex()

// growthOf maps a growth-rate metric to the metric it is the growth of
// (vocabulary.yaml's growth_of).
var growthOf = func() map[string]string {
	m := map[string]string{}
	for _, v := range Metrics {
		if v.GrowthOf != "" {
			m[v.Name] = v.GrowthOf
		}
	}
	return m
}()

var moneyMetric = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range metricTable {
		m[r.name] = r.money
	}
	m["net loss per share"] = true
	return m
}()

func buildMetricIndex() map[string][]metricDef {
	idx := map[string][]metricDef{}
	for _, r := range metricTable {
		for _, p := range strings.Split(r.phrases, "|") {
			w := strings.Fields(p)
			idx[w[0]] = append(idx[w[0]], metricDef{words: w, name: r.name, money: r.money})
		}
	}
	for k, defs := range idx {
		// insertion sort by length, longest first (tiny lists)
		for i := 1; i < len(defs); i++ {
			for j := i; j > 0 && len(defs[j].words) > len(defs[j-1].words); j-- {
				defs[j], defs[j-1] = defs[j-1], defs[j]
			}
		}
		idx[k] = defs
	}
	return idx
}

// mspan is a metric phrase found in a sentence: tokens [i, j).
type mspan struct {
	i, j int
	name string
}

// matchMetric tries every phrase that starts at token k. Hyphens and
// commas between words are skipped ("stock-based", "selling, general").
func matchMetric(toks []token, k, end int) (mspan, bool) {
	if k >= end || (toks[k].kind != tWord && toks[k].kind != tSym) {
		return mspan{}, false
	}
	if toks[k].kind == tWord && !toks[k].is(cMetric) {
		return mspan{}, false
	}
	defs := metricIndex[toks[k].low]
	for _, d := range defs {
		n := k
		ok := true
		for wi, w := range d.words {
			if wi > 0 {
				for n < end && (isSym(toks, n, "-") || (toks[n].kind == tPunct && toks[n].low == ",")) {
					n++
				}
			}
			if n >= end || toks[n].low != w || (toks[n].kind != tWord && toks[n].kind != tSym) {
				ok = false
				break
			}
			n++
		}
		if ok && comparisonBase(toks, k, n) {
			continue // "tough year-over-year comps": the base compared against, not a metric
		}
		if ok && adjectiveCompound(toks, n, end) {
			continue
		}
		if ok && n < end && toks[n].kind == tWord && toks[n].low == "basis" && !isRate(d.name) {
			// "same-store NOI growth on a cash basis": how it is measured,
			// not cash ("on an organic basis" names organic growth)
			continue
		}
		if ok {
			return mspan{i: k, j: n, name: d.name}, true
		}
	}
	return mspan{}, false
}

// isRate reports a metric that is a rate (a margin, a growth), not an
// amount.
func isRate(name string) bool {
	info, ok := MetricInfo(name)
	return ok && info.Ratio
}

// adjectiveCompound reports a metric word glued by a hyphen to a
// participle after it, which makes it describe something else:
// "revenue-related compensation", "loss-making units", "income-producing
// properties", "interest-bearing deposits" ("cash-flow" and
// "earnings-per-share" are the metric).
func adjectiveCompound(toks []token, n, end int) bool {
	if n+1 >= end || !isSym(toks, n, "-") || !glued(toks, n) || !glued(toks, n+1) || toks[n+1].kind != tWord {
		return false
	}
	w := toks[n+1].low
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// comparisonBase reports "comps" said as what a period is compared
// against ("tough comps", "lapping easier year-over-year comps") rather
// than as comparable sales.
func comparisonBase(toks []token, i, j int) bool {
	if j-i != 1 || toks[i].low != "comps" && toks[i].low != "comp" && toks[i].low != "compares" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-7 && toks[k].kind != tPunct; k-- { // hyphens count: "year-over-year" is five
		switch toks[k].low {
		case "tough", "tougher", "toughest", "difficult", "easy", "easier", "easiest", "challenging", "lapping", "lap", "laps", "against":
			return true
		}
	}
	return false
}

// findMetrics lists the metric phrases of tokens [s, e), leftmost-longest.
func findMetrics(toks []token, s, e int, out []mspan) []mspan {
	for k := s; k < e; {
		if m, ok := matchMetric(toks, k, e); ok {
			out = append(out, m)
			k = m.j
			continue
		}
		k++
	}
	return out
}

// perShareMetric names a per-share figure from the metric of its clause.
func perShareMetric(base string) string {
	switch base {
	case "", "eps", "earnings", "net income", "guidance":
		return "eps"
	case "adjusted eps", "net loss per share", "book value":
		if base == "book value" {
			return "book value per share"
		}
		return base
	case "net loss", "operating loss":
		return "net loss per share"
	case "adjusted operating income":
		return "adjusted eps"
	case "dividend":
		return "dividend per share"
	}
	if strings.HasPrefix(base, "adjusted") && (strings.Contains(base, "income") || strings.Contains(base, "earnings")) {
		return "adjusted eps"
	}
	return base + " per share"
}
