package render

import (
	"math/rand/v2"
	"testing"

	"callsite/internal/site"
)

// metricOrder lists the figures as site.GroupByMetric groups them, run
// for run, on random mixes of metrics, the unknown one among them.
func TestMetricOrderAsGroupByMetric(t *testing.T) {
	metrics := []string{"", "revenue", "EPS", "gross margin", "free cash flow"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		figs := make([]site.CallFigure, rng.IntN(12))
		for i := range figs {
			figs[i].Metric = metrics[rng.IntN(len(metrics))]
			figs[i].ID = string(rune('a' + i))
		}
		order, starts := metricOrder(figs)
		groups := site.GroupByMetric(figs)
		if len(starts) != len(groups)+1 || starts[len(groups)] != len(figs) {
			t.Fatalf("metricOrder(%v): starts %v for %d groups", figs, starts, len(groups))
		}
		for g, want := range groups {
			run := order[starts[g]:starts[g+1]]
			if len(run) != len(want.Figures) {
				t.Fatalf("group %d (%q): %d figures, want %d", g, want.Metric, len(run), len(want.Figures))
			}
			for k, i := range run {
				if figs[i].ID != want.Figures[k].ID || figs[i].Metric != want.Metric {
					t.Fatalf("group %d (%q), figure %d: %s, want %s", g, want.Metric, k, figs[i].ID, want.Figures[k].ID)
				}
			}
		}
	}
}
