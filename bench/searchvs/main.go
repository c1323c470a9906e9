// Command searchvs compares callsite's search index with Pagefind's on one
// built site, in headless Chromium: the same phrases, drawn from random
// paragraphs of the site's calls (every speaker but the operator), are
// searched with both, and it reports how often the phrase's call is among
// the top 10 results (and, for callsite, its exchange or turn) and the
// time from the query to the top results shown, warm (the first query of
// each is reported apart). Pagefind is searched when the site holds its
// index under pagefind/ (bench/search_vs_pagefind.sh makes it).
//
//	go run ./bench/searchvs -site /tmp/site -n 100
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"callsite/internal/search"
)

type call struct {
	URL      string `json:"url"`
	Speakers []struct {
		ID   string `json:"id"`
		Role string `json:"role"`
	} `json:"speakers"`
	Sections []struct {
		Turns []struct {
			ID         string `json:"id"`
			Speaker    string `json:"speaker"`
			Paragraphs []struct {
				Text string `json:"text"`
			} `json:"paragraphs"`
		} `json:"turns"`
	} `json:"sections"`
	Exchanges []struct {
		ID    string   `json:"id"`
		Turns []string `json:"turns"`
	} `json:"exchanges"`
}

type draw struct {
	query       string
	page, place string // the call page's path; with the exchange or turn
}

type answer struct {
	Ms   float64
	URLs []string
	Err  string
}

const callsiteQuery = `(async (q) => {
	const input = document.getElementById('search-q'), st = document.getElementById('search-status');
	while (!document.querySelector('#search-period option:nth-child(2)')) await new Promise(r => setTimeout(r, 20));
	input.value = q;
	const t0 = performance.now();
	const done = new Promise(res => { const mo = new MutationObserver(() => { if (st.textContent.includes('\u201c' + q.trim() + '\u201d')) { mo.disconnect(); res(); } }); mo.observe(st, {childList: true, characterData: true, subtree: true}); });
	document.getElementById('search-form').requestSubmit();
	await done;
	const ms = performance.now() - t0;
	return {Ms: ms, URLs: [...document.querySelectorAll('.search-results a.result-link')].slice(0, 10).map(a => { const u = new URL(a.href); return u.pathname + u.hash; })};
})(%q)`

const pagefindQuery = `(async (q) => {
	try {
		if (!window.__pf) { window.__pf = await import('/pagefind/pagefind.js'); await __pf.init(); }
		const t0 = performance.now();
		const r = await __pf.search(q);
		const top = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
		return {Ms: performance.now() - t0, URLs: top.map(d => new URL(d.url, location.href).pathname)};
	} catch (e) { return {Err: String(e)}; }
})(%q)`

func main() {
	dir := flag.String("site", "", "built site folder, with Pagefind's index in pagefind/")
	n := flag.Int("n", 100, "phrases to draw")
	chromium := flag.String("chromium", "/usr/bin/chromium", "Chromium binary")
	flag.Parse()
	calls := readCalls(*dir)
	stop := map[string]bool{}
	var m search.Manifest
	mustJSON(filepath.Join(*dir, "search", "manifest.json"), &m)
	for _, w := range m.Stop {
		stop[w] = true
	}
	rng := rand.New(rand.NewPCG(15, 3))
	var draws []draw
	for len(draws) < *n {
		if d, ok := drawPhrase(calls, stop, rng); ok {
			draws = append(draws, d)
		}
	}

	srv := httptest.NewServer(http.FileServer(http.Dir(*dir)))
	defer srv.Close()
	actx, cancel := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(*chromium))...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()

	engines := []struct{ name, script string }{{"callsite", callsiteQuery}, {"pagefind", pagefindQuery}}
	if _, err := os.Stat(filepath.Join(*dir, "pagefind")); err != nil {
		log.Printf("%s has no pagefind/: callsite alone", *dir)
		engines = engines[:1]
	}
	for _, engine := range engines {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search/")); err != nil {
			log.Fatal(err)
		}
		var ms []float64
		var first float64
		pages, places := 0, 0
		for i, d := range draws {
			a, err := chromedp.Run(ctx, chromedp.Evaluate[answer](fmt.Sprintf(engine.script, d.query), chromedp.EvalAwaitPromise))
			if err != nil {
				log.Fatalf("%s %q: %v", engine.name, d.query, err)
			}
			if a.Err != "" {
				log.Fatalf("%s %q: %s", engine.name, d.query, a.Err)
			}
			if i == 0 {
				first = a.Ms
			} else {
				ms = append(ms, a.Ms)
			}
			page, place := false, false
			for _, u := range a.URLs {
				path, frag, _ := strings.Cut(u, "#")
				page = page || path == d.page
				place = place || (path == d.page && frag == d.place)
			}
			if page {
				pages++
			}
			if place {
				places++
			}
		}
		slices.Sort(ms)
		pct := func(p float64) float64 { return ms[min(len(ms)-1, int(p*float64(len(ms))))] }
		placeCol := "-"
		if engine.name == "callsite" {
			placeCol = fmt.Sprintf("%d/%d", places, len(draws))
		}
		fmt.Printf("| %s | %d/%d | %s | %.0f ms | %.1f ms | %.1f ms |\n", engine.name, pages, len(draws), placeCol, first, pct(0.5), pct(0.9))
	}
}

func readCalls(dir string) []call {
	var calls []call
	err := filepath.WalkDir(filepath.Join(dir, "c"), func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() != "call.json" {
			return err
		}
		var c call
		mustJSON(p, &c)
		calls = append(calls, c)
		return nil
	})
	if err != nil || len(calls) == 0 {
		log.Fatalf("%s: no calls (%v)", dir, err)
	}
	return calls
}

func mustJSON(p string, v any) {
	b, err := os.ReadFile(p)
	if err == nil {
		err = json.Unmarshal(b, v)
	}
	if err != nil {
		log.Fatalf("%s: %v", p, err)
	}
}

// drawPhrase draws a word (not a stop word) and the two after it from a
// random paragraph, as internal/e2e's TestFullTextSearch does.
func drawPhrase(calls []call, stop map[string]bool, rng *rand.Rand) (draw, bool) {
	c := calls[rng.IntN(len(calls))]
	role := map[string]string{}
	for _, sp := range c.Speakers {
		role[sp.ID] = sp.Role
	}
	type at struct{ s, t int }
	var turns []at
	for i, sec := range c.Sections {
		for j, tu := range sec.Turns {
			if role[tu.Speaker] != "operator" && len(tu.Paragraphs) > 0 {
				turns = append(turns, at{i, j})
			}
		}
	}
	if len(turns) == 0 {
		return draw{}, false
	}
	k := turns[rng.IntN(len(turns))]
	tu := c.Sections[k.s].Turns[k.t]
	words := search.Tokens(tu.Paragraphs[rng.IntN(len(tu.Paragraphs))].Text)
	var content []int
	for i, w := range words {
		if !stop[w] {
			content = append(content, i)
		}
	}
	if len(content) == 0 {
		return draw{}, false
	}
	i := content[rng.IntN(len(content))]
	u, err := url.Parse(c.URL)
	if err != nil {
		return draw{}, false
	}
	d := draw{query: strings.Join(words[i:min(i+3, len(words))], " ") + " ", page: u.Path, place: tu.ID}
	for _, ex := range c.Exchanges {
		if slices.Contains(ex.Turns, tu.ID) {
			d.place = ex.ID
		}
	}
	return d, true
}
