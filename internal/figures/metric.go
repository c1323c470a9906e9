package figures

import "strings"

// metricTable maps the ways a call names a measure to one short, lower-case
// name. money marks measures said in a currency, so that a bare "72 million"
// after "net sales were" is read as money. Longer phrases win over shorter
// ones that they contain ("net loss per share" over "net loss").
var metricTable = []struct {
	name    string
	money   bool
	phrases string
}{
	{"revenue", true, "revenue|revenues|total revenue|total revenues|net revenue|net revenues|sales|net sales|total sales|total net sales|top line|topline|turnover|consolidated revenue|consolidated revenues|consolidated net sales|consolidated net revenue|gross revenue|gross revenues"},
	{"organic growth", false, "organic growth|organic revenue growth|organic sales growth|organic net sales growth|organic sales|organic revenue|organic net sales"},
	{"gross margin", false, "gross margin|gross margins|gross profit margin"},
	{"gross profit", true, "gross profit|gross profits"},
	{"operating margin", false, "operating margin|operating margins"},
	{"adjusted operating margin", false, "adjusted operating margin"},
	{"operating income", true, "operating income|operating profit|income from operations|operating earnings"},
	{"adjusted operating income", true, "adjusted operating income|adjusted operating profit"},
	{"operating loss", true, "operating loss|operating losses|loss from operations|loss from operation"},
	{"operating expenses", true, "operating expenses|operating expense|opex|operating costs|total operating expenses"},
	{"adjusted operating expenses", true, "adjusted operating expenses"},
	{"net income", true, "net income|net earnings|net profit|profit|net income attributable"},
	{"earnings", true, "earnings"},
	{"net loss", true, "net loss|net losses|loss"},
	{"eps", true, "eps|earnings per share|diluted eps|diluted earnings per share|gaap eps|gaap earnings per share|earnings per diluted share|net income per diluted share|net income per share|net earnings per share|diluted net earnings per share|earnings per common share|diluted net income per share|gaap diluted eps"},
	{"adjusted eps", true, "adjusted eps|adjusted earnings per share|non gaap eps|non gaap earnings per share|adjusted diluted eps|adjusted diluted earnings per share|adj eps|core eps|adjusted net income per diluted share|adjusted earnings per diluted share|non gaap diluted eps|adjusted net earnings per share"},
	{"net loss per share", true, "net loss per share|loss per share|net loss per diluted share|loss per diluted share"},
	{"ebitda", true, "ebitda"},
	{"adjusted ebitda", true, "adjusted ebitda|adj ebitda|adjusted ebitdar"},
	{"ebitda margin", false, "ebitda margin"},
	{"adjusted ebitda margin", false, "adjusted ebitda margin"},
	{"ebit", true, "ebit"},
	{"cash and cash equivalents", true, "cash and cash equivalents|cash and equivalents|cash and cash equivalent"},
	{"cash", true, "cash|cash position|cash balance|cash on hand|total cash|cash and investments|cash and marketable securities|unrestricted cash"},
	{"liquidity", true, "liquidity|total liquidity"},
	{"operating cash flow", true, "operating cash flow|operating cash flows|cash flow from operations|cash flows from operations|cash from operations|cash used in operating activities|cash used in operations|cash provided by operating activities|net cash provided by operating activities|net cash used in operating activities|cash flow from operating activities|cash flows from operating activities|cash generated from operations|operating cash"},
	{"cash provided", true, "cash provided"},
	{"free cash flow", true, "free cash flow|free cash flows|fcf|adjusted free cash flow"},
	{"capital expenditures", true, "capital expenditures|capital expenditure|capex|cap ex|capital spending"},
	{"backlog", true, "backlog|order backlog|remaining performance obligations|rpo"},
	{"bookings", true, "bookings|orders|order intake|new orders"},
	{"same-store sales", false, "same store sales|comparable sales|comp sales|comparable store sales|comps|like for like sales|same store sales growth|comparable store sales growth"},
	{"arr", true, "arr|annual recurring revenue"},
	{"subscribers", false, "subscribers|subscriber|subs"},
	{"dividend", true, "dividend|dividends|quarterly dividend|cash dividend|annual dividend|quarterly cash dividend"},
	{"share repurchase", true, "share repurchase|share repurchases|buyback|buybacks|share buyback|share buybacks|stock repurchase|stock repurchases|repurchase program|accelerated share repurchase|repurchase authorization"},
	{"debt", true, "debt|total debt|long term debt|borrowings|senior notes|notes"},
	{"net debt", true, "net debt"},
	{"leverage", false, "leverage|leverage ratio|net leverage|net leverage ratio"},
	{"interest rate", false, "interest rate|interest rates"},
	{"interest expense", true, "interest expense"},
	{"net interest income", true, "net interest income|nii"},
	{"net interest margin", false, "net interest margin|nim"},
	{"net proceeds", true, "net proceeds"},
	{"proceeds", true, "proceeds|gross proceeds"},
	{"loans", true, "loan|loans|loan agreement|loan agreements|term loan"},
	{"credit facility", true, "credit facility|revolving credit facility|revolver"},
	{"stock-based compensation", true, "stock based compensation|share based compensation|stock compensation|equity compensation|stock based comp"},
	{"transaction costs", true, "transaction costs|transaction and one off costs|one off costs|transaction related costs|acquisition costs|acquisition related costs"},
	{"tax rate", false, "tax rate|effective tax rate"},
	{"income tax", true, "income tax|income taxes|tax expense|provision for income taxes"},
	{"depreciation and amortization", true, "depreciation|depreciation and amortization|amortization|d & a"},
	{"sg&a", true, "sg & a|selling general and administrative|selling general and administrative expenses|sga"},
	{"r&d", true, "r & d|research and development"},
	{"book value", true, "book value|tangible book value|book value per share"},
	{"return on equity", false, "return on equity|roe|return on tangible common equity|rotce"},
	{"deposits", true, "deposits|total deposits"},
	{"assets under management", true, "aum|assets under management"},
	{"total assets", true, "total assets"},
	{"shares outstanding", false, "shares outstanding|share count|diluted share count|outstanding shares"},
	{"warrants", false, "warrant|warrants"},
	{"margin", false, "margin|margins|net margin"},
	{"costs", true, "costs|expenses|charges"},
	{"production", false, "production|total production"},
	{"combined ratio", false, "combined ratio"},
	{"ffo", true, "ffo|funds from operations|core ffo|normalized ffo"},
	{"affo", true, "affo|adjusted funds from operations"},
	{"inventory", true, "inventory|inventories"},
	{"working capital", true, "working capital"},
	{"impairment", true, "impairment|impairment charge|goodwill impairment"},
	{"restructuring", true, "restructuring charges|restructuring costs|restructuring"},
	{"savings", true, "savings|cost savings|synergies"},
	{"market share", false, "market share"},
	{"headcount", false, "headcount|head count"},
}

type metricDef struct {
	words []string
	name  string
	money bool
}

// metricIndex holds the phrases by first word, longest first. Built once;
// never written after package initialisation.
var metricIndex = buildMetricIndex()

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
		if ok {
			// a longer word glued by a hyphen is another thing ("cash-flow" is fine, "loss-making" is not a loss)
			return mspan{i: k, j: n, name: d.name}, true
		}
	}
	return mspan{}, false
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
