package figures

// Reconcile decides what one figure alone cannot, from the other figures of
// the same call (figs in the order said). An amount a speaker said loosely
// (an unsure figure, its metric not plainly the subject of its clause) is
// often said again elsewhere in plain words: "growth in revenue to $415
// million" in the opening remarks, "revenue for the full year was $415
// million" in the CFO's. The same amount of the same metric is the same
// fact, so the loose one takes the period of the plain one, when every
// plain saying of it agrees. Only between results: guidance is told by the
// words of its own sentence.
func Reconcile(figs []*Figure) {
	for _, f := range figs {
		if !f.Unsure || f.Role != Level || f.Metric == "" || f.Kind != Actual {
			continue
		}
		var plain *Figure
		agree := true
		for _, g := range figs {
			if g == f || g.Unsure || g.Role != Level || g.Kind != Actual || g.Metric != f.Metric || g.Unit != f.Unit ||
				g.Low != f.Low || g.High != f.High || g.Basis != f.Basis || g.Scope != f.Scope || g.Period == "" {
				continue
			}
			if plain != nil && g.Period != plain.Period {
				agree = false
				break
			}
			plain = g
		}
		if plain != nil && agree && plain.Period != f.Period {
			f.Reasons = append(f.Reasons, "period: the same amount is said plainly for "+plain.Period+" elsewhere in the call")
			f.Period = plain.Period
		}
	}
}
