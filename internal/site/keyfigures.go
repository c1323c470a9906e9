package site

import (
	"sort"
	"strings"

	"callsite/internal/figures"
	"callsite/internal/transcript"
)

// KeyFigure is a figure kept in a call's record for the pages across
// calls: a headline result or a piece of guidance.
type KeyFigure struct {
	ID     string // anchor on the call page
	Metric string
	Period string
	Kind   figures.Kind
	Text   string // as said
	Value  float64
	Low    float64
	High   float64
	Unit   string
	Noun   string
	PerSh  bool
	Qual   string
	Basis  string // as said: "adjusted", "core", ...; "" when reported
}

// Figure returns the key figure as a figures.Figure, for formatting.
func (k KeyFigure) Figure() figures.Figure {
	return figures.Figure{Text: k.Text, Value: k.Value, Low: k.Low, High: k.High, IsRange: k.Low != k.High, Unit: k.Unit, Noun: k.Noun, PerShare: k.PerSh, Qualifier: k.Qual, Metric: k.Metric, Period: k.Period, Kind: k.Kind}
}

// isHeadline reports the results a company page charts and tracks (the
// vocabulary's headline metrics).
func isHeadline(metric string) bool {
	return figures.IsHeadline(metric)
}

// keyFigures picks a call's headline results (management's first
// statement of each metric and period) and its guidance.
//
// A figure whose metric is not plainly the subject of its clause (Unsure:
// "our ability to achieve $2 billion in revenue") stands for its metric
// and period only when no plain statement of them does.
func keyFigures(figs []CallFigure) []KeyFigure {
	// metrics[i] is the metric figs[i] is kept under; "" when not kept.
	// The plain statements pick first, then the unsure ones; the picks
	// are kept in the call's order (figures are in the order said).
	metrics := make([]string, len(figs))
	seen := map[string]bool{}
	n := 0
	for _, unsure := range [2]bool{false, true} {
		for i := range figs {
			if figs[i].Unsure != unsure {
				continue
			}
			if metric, ok := keyFigureMetric(seen, &figs[i]); ok {
				metrics[i] = metric
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]KeyFigure, 0, n) // kept for the whole build: no spare capacity
	for i := range figs {
		if metric := metrics[i]; metric != "" {
			f := &figs[i]
			out = append(out, KeyFigure{ID: f.ID, Metric: metric, Period: f.Period, Kind: f.Kind, Text: f.Text,
				Value: f.Value, Low: f.Low, High: f.High, Unit: f.Unit, Noun: f.Noun, PerSh: f.PerShare, Qual: f.Qualifier, Basis: f.Basis})
		}
	}
	return out
}

// keyFigureMetric is the metric f is kept under when it is a headline
// result or guidance of management's for a metric and period not yet in
// seen (which it then joins); ok is false otherwise.
func keyFigureMetric(seen map[string]bool, f *CallFigure) (metric string, ok bool) {
	role := f.Turn.Speaker.Role
	if role != transcript.RoleManagement && role != transcript.RoleHost {
		return "", false
	}
	if f.Metric == "" || f.Period == "" || !f.IsKey() {
		return "", false // a change, an effect, a superseded range, a part of the company: not the company's figure
	}
	metric, ok = keyMetric(f.Figure)
	if !ok {
		return "", false
	}
	guidance := f.Kind == figures.Guidance
	if !guidance && (f.Kind != figures.Actual || !isHeadline(metric)) {
		return "", false
	}
	if guidance && f.Turn.Exchange != nil {
		return "", false // an answer's outlook is most often a hypothesis, a part's, a target or an old range (as in key points)
	}
	if guidance && !vocabularyMetric(metric) {
		return "", false // "15 folks join us in the second quarter": no metric of the vocabulary
	}
	if (f.Unit == "%" || f.Unit == "bp") && !ratioMetric(metric) {
		return "", false // "revenue up 22%" is a change, not the revenue
	}
	key := string(f.Kind) + "|" + metric + "|" + f.Period + "|" + f.Unit
	if seen[key] {
		return "", false
	}
	seen[key] = true
	return metric, true
}

// vocabularyMetric reports a metric of the vocabulary, or its growth
// ("revenue growth").
func vocabularyMetric(metric string) bool {
	_, known := figures.MetricInfo(metric)
	if !known {
		_, known = figures.MetricInfo(strings.TrimSuffix(metric, " growth"))
	}
	return known
}

// keyMetric is the metric a key figure is charted and tracked under: a
// figure said on an adjusted basis ("core", "non-GAAP", ...) goes with the
// adjusted series, never with the reported one. Restatements (constant
// currency, two-year stacks, basic EPS) have no series.
func keyMetric(f figures.Figure) (string, bool) {
	switch f.Basis {
	case "", "GAAP":
		if f.Basis == "GAAP" {
			return strings.TrimPrefix(f.Metric, "adjusted "), true
		}
		return f.Metric, true
	case "constant currency", "two-year", "basic", "organic", "like-for-like":
		return "", false
	}
	if strings.HasPrefix(f.Metric, "adjusted ") {
		return f.Metric, true
	}
	return "adjusted " + f.Metric, true
}

// ratioMetric reports whether a metric is itself a ratio (gross margin,
// tax rate), so that a percentage states it rather than its change.
func ratioMetric(m string) bool {
	for _, w := range []string{"margin", "rate", "ratio", "growth", "yield", "return", "share", "mix", "utilization", "occupancy"} {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// ChartSeries is one metric across a company's calls.
type ChartSeries struct {
	Metric string
	Unit   string
	Points []ChartPoint // oldest period first
}

// ChartPoint is one call's value of a metric for its own period.
type ChartPoint struct {
	Call  *Call
	Label string // "Q2 2020"
	Value float64
	ID    string // anchor of the figure on the call page
}

// Chart returns the headline metrics a company reported for at least two
// of its calls' own periods.
func (co *Company) Chart() []ChartSeries {
	var out []ChartSeries
	for _, m := range figures.ChartMetrics() {
		var s ChartSeries
		s.Metric = m
		for _, c := range co.Calls {
			own := c.Meta.PeriodLabel()
			for _, k := range c.Key {
				if k.Kind == figures.Actual && k.Metric == m && k.Period == own && (s.Unit == "" || s.Unit == k.Unit) {
					s.Unit = k.Unit
					s.Points = append(s.Points, ChartPoint{Call: c, Label: own, Value: k.Value, ID: k.ID})
					break
				}
			}
		}
		if len(s.Points) >= 2 {
			out = append(out, s)
		}
	}
	return out
}

// GuidanceCheck is one piece of guidance next to what was later reported.
type GuidanceCheck struct {
	Given    *Call // the call that gave the guidance
	Guidance KeyFigure
	Reported *Call // the call that reported the period, nil when not (yet) in the site
	Actual   *KeyFigure
	Verdict  string // "beat", "met", "missed", or "" when not known
}

// GuidanceTracker lists every guidance figure of the company's calls with
// what the company later reported for that metric and period, newest
// guidance first.
func (co *Company) GuidanceTracker() []GuidanceCheck {
	actuals := map[string]struct {
		call *Call
		k    KeyFigure
	}{}
	for _, c := range co.Calls {
		for _, k := range c.Key {
			if k.Kind != figures.Actual {
				continue
			}
			key := k.Metric + "|" + k.Period + "|" + k.Unit
			if _, ok := actuals[key]; !ok {
				actuals[key] = struct {
					call *Call
					k    KeyFigure
				}{c, k}
			}
		}
	}
	var out []GuidanceCheck
	for i := len(co.Calls) - 1; i >= 0; i-- {
		c := co.Calls[i]
		for _, g := range c.Key {
			if g.Kind != figures.Guidance {
				continue
			}
			gc := GuidanceCheck{Given: c, Guidance: g}
			if a, ok := actuals[g.Metric+"|"+g.Period+"|"+g.Unit]; ok && a.call != c {
				k := a.k
				gc.Reported, gc.Actual = a.call, &k
				gc.Verdict = verdict(g, k.Value)
			}
			out = append(out, gc)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return newer(out[i].Given, out[j].Given) })
	return out
}

// verdict compares a reported value with guidance. For costs and losses
// lower is better.
func verdict(g KeyFigure, reported float64) string {
	lowerBetter := strings.Contains(g.Metric, "loss") || strings.Contains(g.Metric, "expense") || strings.Contains(g.Metric, "cost") || strings.Contains(g.Metric, "capex")
	low, high := g.Low, g.High
	if high < low {
		low, high = high, low
	}
	switch {
	case reported >= low && reported <= high:
		return "met"
	case reported > high:
		if lowerBetter {
			return "missed"
		}
		return "beat"
	default:
		if lowerBetter {
			return "beat"
		}
		return "missed"
	}
}
