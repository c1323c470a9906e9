package render

import (
	"testing"

	"callsite/internal/cards"
	"callsite/internal/site"
	"callsite/internal/site/bulktest"
	"callsite/internal/testshared"
)

// BenchmarkCards draws the share images of real calls: the call card and
// every exchange's card of the first 40 calls of ../shared/corpus/bulk,
// as a build draws them, one card per op in turn. cpu-ms/card is the
// process's CPU time (user and system, collector included) per card,
// which holds on a busy machine where ns/op does not; png-bytes/card is
// the mean size.
//
//	go test -run '^$' -bench Cards ./internal/render
func BenchmarkCards(b *testing.B) {
	s, parsed := bulktest.Site(b, 40, site.Config{Title: "Earnings calls"})
	r := &Renderer{site: s}
	var mix []cards.Card
	for _, c := range s.Calls {
		t := parsed[c.Source]
		if t == nil {
			continue
		}
		mix = append(mix, r.callCard(c))
		for i, ex := range t.Exchanges {
			if i < len(c.Exchanges) && c.Exchanges[i].ID == ex.ID {
				mix = append(mix, r.exchangeCard(c, c.Exchanges[i], ex, len(c.Exchanges)))
			}
		}
	}
	if len(mix) == 0 {
		b.Fatal("no cards")
	}
	if _, err := cards.Draw(mix[0]); err != nil { // parse the fonts before timing
		b.Fatal(err)
	}
	var bytes int64
	i := 0
	start := testshared.CPUTime()
	for b.Loop() {
		png, err := cards.Draw(mix[i%len(mix)])
		if err != nil {
			b.Fatal(err)
		}
		bytes += int64(len(png))
		i++
	}
	if cpu := testshared.CPUTime() - start; cpu > 0 {
		b.ReportMetric(float64(cpu)/1e6/float64(i), "cpu-ms/card")
	}
	b.ReportMetric(float64(bytes)/float64(i), "png-bytes/card")
	b.ReportMetric(float64(len(mix)), "cards-in-mix")
}
