package e2e

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
	"time"

	"callsite/internal/search"
)

// TestSearchLandsOnParagraph draws random words from random paragraphs of
// the seed and corpus sites, searches for them on the search page (within
// the call's company and period) on a phone and a desktop, light and dark,
// and follows the result for the paragraph's exchange or turn when it is
// among the top 10: the call page must replace its address with a
// paragraph's anchor, that paragraph must be the drawn one or one of the
// same exchange or turn holding the words, and it must land visible (its
// first line and its speaker's name not covered, as TestAnchorsLand asks).
// At most one draw in eight may miss the top 10 (TestFullTextSearch
// measures that rate on 200 draws).
func TestSearchLandsOnParagraph(t *testing.T) {
	chromePath(t)
	for _, tc := range []struct {
		name  string
		serve func(testing.TB) *served
	}{{"seed", serveSeed}, {"corpus", serveCorpus}} {
		t.Run(tc.name, func(t *testing.T) {
			srv := tc.serve(t)
			calls, stop := readCalls(t, srv.builtSite)
			rng := rand.New(rand.NewPCG(15, 2))
			var draws []phrase
			for len(draws) < 8 {
				if ph, ok := drawPhrase(calls, stop, rng); ok {
					draws = append(draws, ph)
				}
			}
			eachScreen(t, func(t *testing.T, tb *tab) {
				missed := 0
				for _, ph := range draws {
					if !searchAndLand(t, tb, srv, ph) {
						missed++
					}
				}
				if missed > len(draws)/8 {
					t.Errorf("%d of %d draws found no result for their exchange or turn among the top 10", missed, len(draws))
				}
			})
		})
	}
}

// searchAndLand searches for the phrase and follows its result; false
// when the result is not among the top 10.
func searchAndLand(t *testing.T, tb *tab, srv *served, ph phrase) bool {
	t.Helper()
	want, err := url.Parse(ph.want)
	if err != nil {
		t.Fatal(err)
	}
	wantAt := want.Path + "#" + want.Fragment
	q := url.Values{"q": {ph.query}, "company": {ph.call.Company.Slug}, "period": {ph.call.Period.Label}}
	tb.open(srv.URL + "/search/?" + q.Encode())
	type results struct {
		Done bool
		Href string
		Top  []string
	}
	var r results
	for i := 0; i < 100; i++ {
		r = eval[results](tb, fmt.Sprintf(`(() => {
			const links = [...document.querySelectorAll('.search-results a.result-link')].slice(0, 10);
			const status = (document.querySelector('[role=status], .search-status') || {}).textContent || '';
			const hit = links.find(a => { const u = new URL(a.href); return u.pathname + u.hash === %q; });
			return {Done: links.length > 0 || /no result/i.test(status), Href: hit ? hit.href : '', Top: links.map(a => { const u = new URL(a.href); return u.pathname + u.hash; })};
		})()`, wantAt))
		if r.Href != "" || r.Done {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if r.Href == "" {
		t.Logf("missed: %q (from %s#%s): %s not among the top 10 %q", ph.query, ph.call.URL, ph.para.ID, wantAt, r.Top)
		return false
	}
	tb.checkConsole(t, "search/index.html")
	tb.open(r.Href)
	type landed struct {
		Hash, Search string
		Para, Inside bool
	}
	var l landed
	for i := 0; i < 60; i++ {
		l = eval[landed](tb, fmt.Sprintf(`(() => {
			const id = decodeURIComponent(location.hash.slice(1)), el = document.getElementById(id), in_ = document.getElementById(%q);
			return {Hash: id, Search: location.search, Para: !!(el && el.matches('.turn > p')), Inside: !!(el && in_ && in_.contains(el))};
		})()`, want.Fragment))
		if l.Para && !strings.Contains(l.Search, "find=") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	what := fmt.Sprintf("%q from %s#%s", ph.query, ph.call.URL, ph.para.ID)
	switch {
	case !l.Para:
		t.Errorf("%s: following %s lands on #%s, not a paragraph", what, r.Href, l.Hash)
		return true
	case strings.Contains(l.Search, "find="):
		t.Errorf("%s: the address keeps the query (%s), not only the paragraph's anchor", what, l.Search)
	case !l.Inside:
		t.Errorf("%s: #%s is not inside #%s", what, l.Hash, want.Fragment)
	case l.Hash != ph.para.ID && !holdsWords(ph.call, l.Hash, search.Tokens(ph.query)):
		t.Errorf("%s: lands on #%s, which does not hold all of the words", what, l.Hash)
	}
	checkLanding(t, tb, what+" landed on #"+l.Hash, l.Hash)
	tb.checkConsole(t, want.Path)
	return true
}

// holdsWords reports whether the call's paragraph with the id holds the
// words, the last one as a word or the start of one (as a query typed).
func holdsWords(c callJSON, id string, words []string) bool {
	for _, sec := range c.Sections {
		for _, tu := range sec.Turns {
			for _, p := range tu.Paragraphs {
				if p.ID != id {
					continue
				}
				have := map[string]bool{}
				toks := search.Tokens(p.Text)
				for _, w := range toks {
					have[w] = true
				}
				for i, w := range words {
					ok := have[w]
					for _, h := range toks {
						ok = ok || (i == len(words)-1 && strings.HasPrefix(h, w))
					}
					if !ok {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}
