package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The paragraph that the anchor test opens: in the seed call, the first
// paragraph of the second turn of the second Q&A exchange.
const seedAnchor = "q2-2p1"

// chromeFlags are the flags every Chromium of these tests runs with
// (running as root needs --no-sandbox).
var chromeFlags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-dev-shm-usage",
}

var (
	browserMu   sync.Mutex
	browserCtx  context.Context
	browserStop = func() {}
)

// startBrowser returns the context of the one headless Chromium that the
// browser tests share; each test opens its own tab with newTab.
func startBrowser(t testing.TB) context.Context {
	t.Helper()
	chrome := chromePath(t)
	browserMu.Lock()
	defer browserMu.Unlock()
	if browserCtx != nil {
		return browserCtx
	}
	// Chromium now and then exits while starting on a loaded machine, before
	// it prints its DevTools address; a fresh profile on a second or third
	// try starts it. Each failure is logged, and the last one fails the test.
	const tries = 3
	for try := 1; ; try++ {
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(chrome),
			chromedp.UserDataDir(filepath.Join(tmp, fmt.Sprintf("chromium-profile-%d", try))),
			chromedp.WindowSize(1280, 800),
		}
		for _, f := range chromeFlags {
			opts = append(opts, chromedp.Flag(strings.TrimPrefix(f, "--"), true))
		}
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancel := chromedp.NewContext(allocCtx)
		err := chromedp.Do(ctx)
		if err == nil {
			browserCtx = ctx
			browserStop = func() { cancel(); cancelAlloc() }
			return ctx
		}
		cancel()
		cancelAlloc()
		if try == tries {
			t.Fatalf("starting %s (try %d of %d): %v", chrome, try, tries, err)
		}
		t.Logf("starting %s (try %d of %d): %v", chrome, try, tries, err)
		time.Sleep(time.Second)
	}
}

func stopBrowser() {
	browserMu.Lock()
	defer browserMu.Unlock()
	browserStop()
}

// tab is one browser tab that records what the pages write to the console.
type tab struct {
	t   testing.TB
	ctx context.Context
	mu  sync.Mutex
	log []chromedp.ConsoleMessage
}

func newTab(t testing.TB) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(startBrowser(t))
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	tb := &tab{t: t, ctx: ctx}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.log = append(tb.log, m)
			tb.mu.Unlock()
		}
	}()
	return tb
}

// do runs the actions with a time limit, failing the test on an error.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// eval runs a script and decodes its result into T. A script that meets
// a navigation (a click on a link just before it) runs again in the new
// document: the page it was asked about is the one being loaded.
func eval[T any](tb *tab, script string, opts ...chromedp.EvaluateOption) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	for {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, opts...))
		if err == nil {
			return v
		}
		if !navigatedAway(err) || ctx.Err() != nil {
			tb.t.Fatalf("evaluating %.80q: %v", script, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// navigatedAway reports whether err says the document a script ran in was
// replaced while it ran.
func navigatedAway(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "navigated or closed") || strings.Contains(msg, "context was destroyed") || strings.Contains(msg, "Cannot find context")
}

// open loads url and waits for the page to settle.
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.do("opening "+url, chromedp.Navigate(url))
	// Let deferred scripts and layout finish.
	eval[bool](tb, `document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))`, chromedp.EvalAwaitPromise)
}

// click clicks the first element that sel matches, as a reader would: it
// is scrolled into view first and the page given two frames to lay out
// what came into view (turns off screen are not laid out until then, see
// style.css), so the click lands where the element ends up.
func (tb *tab) click(sel string) {
	tb.t.Helper()
	q, _ := json.Marshal(sel)
	if !eval[bool](tb, `(() => { const e = document.querySelector(`+string(q)+`); if (!e) return false; e.scrollIntoView({block: "center"});
		return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))); })()`, chromedp.EvalAwaitPromise) {
		tb.t.Fatalf("clicking %s: no such element", sel)
	}
	tb.do("clicking "+sel, chromedp.Click(chromedp.CSS(sel)))
}

// openThen opens url and returns the tab, for chaining.
func (tb *tab) openThen(url string) *tab {
	tb.t.Helper()
	tb.open(url)
	return tb
}

// quoteParam encodes words as the text of a text fragment.
func quoteParam(words string) string {
	return strings.NewReplacer("-", "%2D", ",", "%2C", "&", "%26").Replace(url.PathEscape(words))
}

// consoleErrors returns the errors, failed loads and uncaught exceptions
// recorded since the last call, and forgets them.
func (tb *tab) consoleErrors() []string {
	time.Sleep(100 * time.Millisecond) // the last events come from another goroutine
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []string
	for _, m := range tb.log {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			s := m.String()
			if m.URL != "" {
				s += fmt.Sprintf(" (%s:%d)", m.URL, m.Line+1)
			}
			out = append(out, s)
		}
	}
	tb.log = nil
	return out
}

func (tb *tab) checkConsole(t testing.TB, page string) {
	t.Helper()
	for _, e := range tb.consoleErrors() {
		t.Errorf("%s: console: %s", page, e)
	}
}

// colorScheme emulates prefers-color-scheme: "light" or "dark".
func (tb *tab) colorScheme(scheme string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err != nil {
		tb.t.Fatal(err)
	}
}

// TestBrowser opens the seed site in headless Chromium: answer anchors,
// the copy-link button, console errors, screenshots, and (when the site has
// them) figure details and search.
func TestBrowser(t *testing.T) {
	chromePath(t)
	srv := serveSeed(t)
	call := seedCallPage(t)
	callURL := srv.URL + "/" + urlPath(call)

	t.Run("anchor", func(t *testing.T) {
		eachScreen(t, func(t *testing.T, tb *tab) { checkAnchor(t, tb, call, callURL) })
	})

	t.Run("copy-link", func(t *testing.T) {
		eachScreen(t, func(t *testing.T, tb *tab) {
			for _, name := range []string{"clipboard-read", "clipboard-write"} {
				_, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
					Permission: &browser.PermissionDescriptor{Name: name},
					Setting:    browser.PermissionSettingGranted,
					Origin:     srv.URL,
				})
				if err != nil {
					t.Fatalf("granting %s: %v", name, err)
				}
			}
			tb.open(callURL)
			turn := regexp.MustCompile(`p\d+$`).ReplaceAllString(seedAnchor, "")
			sel := `[id="` + turn + `"] a[data-copy]`
			tb.click(sel)
			want := callURL + "#" + turn
			if got := clipboardOnce(tb, want); got != want {
				t.Errorf("after a click on %s the clipboard holds %q, want %q", sel, got, want)
			}
			// "Copy link" on a question copies its own page's URL, whose
			// preview is that answer, not the whole call.
			ex := regexp.MustCompile(`-\d+p\d+$`).ReplaceAllString(seedAnchor, "")
			sel = `[id="` + ex + `"] > .share a[data-copy]`
			tb.click(sel)
			want = callURL + ex + "/"
			if got := clipboardOnce(tb, want); got != want {
				t.Errorf("after a click on %s the clipboard holds %q, want %q (the question's page)", sel, got, want)
			}
			tb.checkConsole(t, call)
		})
	})

	t.Run("quote-link", func(t *testing.T) {
		eachScreen(t, func(t *testing.T, tb *tab) {
			words := eval[string](tb.openThen(callURL), fmt.Sprintf(`document.getElementById(%q).innerText.split(/\s+/).slice(2, 6).join(' ')`, seedAnchor))
			// A quote that is in its paragraph: the browser lands on it, no note.
			tb.open(callURL + "?q=1#" + seedAnchor + ":~:text=" + quoteParam(words))
			checkLanding(t, tb, "quote link that matches", seedAnchor)
			if n := eval[string](tb, `(document.querySelector('.quote-missing') || {}).textContent || ''`); n != "" {
				t.Errorf("quote link %q that matches its paragraph: the page says %q", words, n)
			}
			// A quote that is no longer there (the transcript was
			// corrected): it still lands on its paragraph, and says so.
			tb.open(callURL + "?q=2#" + seedAnchor + ":~:text=" + quoteParam("words nobody said on this call"))
			checkLanding(t, tb, "quote link that no longer matches", seedAnchor)
			note := eval[string](tb, `(document.querySelector('.quote-missing[role=status]') || {}).textContent || ''`)
			if !strings.Contains(note, "not found") {
				t.Errorf("quote link that no longer matches: no note saying the quote was not found (got %q)", note)
			}
			tb.checkConsole(t, call)
		})
	})

	t.Run("console", func(t *testing.T) {
		tb := newTab(t)
		for _, p := range browserPages(t, srv.builtSite, call) {
			tb.open(srv.URL + "/" + urlPath(p))
			tb.checkConsole(t, p)
		}
	})

	t.Run("screenshots", func(t *testing.T) {
		dir := reviewDir(t)
		tb := newTab(t)
		for _, v := range []struct {
			name          string
			width, height int64
			mobile        bool
			scheme        string
			hash          string
		}{
			{"phone", 390, 844, true, "light", ""},
			{"phone-anchor", 390, 844, true, "light", "#" + seedAnchor},
			{"desktop", 1280, 800, false, "light", ""},
			{"desktop-dark", 1280, 800, false, "dark", ""},
		} {
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(2)}
			if v.mobile {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.colorScheme(v.scheme)
			tb.do("emulating "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
			tb.open(callURL + v.hash)
			shot := func(name string, full bool) {
				ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
				defer cancel()
				var b []byte
				var err error
				if !full {
					b, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
				} else {
					b, err = chromedp.Run(ctx, topOfPage(v.width, 6000))
				}
				if err != nil {
					t.Fatalf("screenshot %s: %v", name, err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			shot("call-"+v.name+".png", false)
			if v.hash == "" && v.scheme == "light" {
				shot("call-"+v.name+"-long.jpg", true)
			}
			if v.mobile {
				// Nothing may be wider than the phone's screen.
				if w := eval[int](tb, `document.documentElement.scrollWidth`); w > int(v.width) {
					wide := eval[[]string](tb, `[...document.querySelectorAll('body *')]
						.filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
						.filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= innerWidth + 0.5)
						.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))`)
					t.Errorf("%s at %dpx: the page scrolls sideways (%dpx wide); wider than the screen: %s", call, v.width, w, strings.Join(wide, ", "))
				}
			}
			tb.checkConsole(t, call)
		}
		tb.colorScheme("light")
		t.Logf("screenshots of %s in %s", call, dir)
	})

	t.Run("figure-details", func(t *testing.T) {
		eachScreen(t, func(t *testing.T, tb *tab) {
			tb.open(callURL)
			if n := eval[int](tb, `document.querySelectorAll('[data-figure]').length`); n == 0 {
				t.Fatal("the call page has no [data-figure] elements")
			}
			checkFigure(t, tb)
			checkTipWhole(t, tb)
			tb.checkConsole(t, call)
		})
	})

	t.Run("search", func(t *testing.T) {
		if _, err := os.Stat(filepath.Join(srv.Dir, "search", "index.html")); err != nil {
			t.Fatal("the site has no search page (search/index.html)")
		}
		eachScreen(t, func(t *testing.T, tb *tab) { checkSearch(t, tb, srv, call) })
	})

	t.Run("search-said", func(t *testing.T) {
		// A word said only in an answer (the longest word of the last
		// answer of the call's longest exchange) finds its exchange.
		var cj callJSON
		if err := json.Unmarshal(readAll(t, filepath.Join(srv.Dir, filepath.FromSlash(path.Dir(call)), "call.json")), &cj); err != nil {
			t.Fatal(err)
		}
		exOf := map[string]string{}
		for _, ex := range cj.Exchanges {
			for _, id := range ex.Turns {
				exOf[id] = ex.ID
			}
		}
		role := map[string]string{}
		for _, sp := range cj.Speakers {
			role[sp.ID] = sp.Role
		}
		var word, ex string
		for _, sec := range cj.Sections {
			for _, tu := range sec.Turns {
				if exOf[tu.ID] != "" && role[tu.Speaker] == "management" {
					for _, p := range tu.Paragraphs {
						if w := longestWords(p.Text, 1); len(w) > 0 && len(w[0]) > len(word) {
							word, ex = w[0], exOf[tu.ID]
						}
					}
				}
			}
		}
		if word == "" {
			t.Fatal("the seed call has no answer")
		}
		eachScreen(t, func(t *testing.T, tb *tab) {
			tb.open(srv.URL + "/search/?q=" + url.QueryEscape(word+" "))
			want := callURL + "#" + ex
			var hits []string
			for i := 0; i < 50 && len(hits) == 0; i++ {
				hits = eval[[]string](tb, fmt.Sprintf(`[...document.querySelectorAll('.search-results a[href]')].map(a => { const u = new URL(a.href); u.search = ''; return u.href; }).filter(h => h === %q)`, want))
				time.Sleep(100 * time.Millisecond)
			}
			if len(hits) == 0 {
				t.Fatalf("search for %q, said in an answer of %s: no result links to %s", word, ex, want)
			}
			tb.checkConsole(t, "search/index.html")
			// Following the result shows the word in the exchange: the find
			// bar holds it and its current match is inside the exchange.
			tb.click(`.search-results a.result-link[href*="#` + ex + `"]`)
			type shown struct {
				Value   string
				Current bool
			}
			var got shown
			for i := 0; i < 50; i++ {
				got = eval[shown](tb, fmt.Sprintf(`(() => {
				const ex = document.getElementById(%q), input = document.querySelector('form.find input');
				let cur = false;
				if (window.CSS && CSS.highlights && CSS.highlights.get('find-current')) {
					for (const r of CSS.highlights.get('find-current')) cur = cur || (ex && ex.contains(r.startContainer));
				} else cur = !!(ex && ex.querySelector('mark.find-current'));
				return {Value: input ? input.value : '', Current: cur};
			})()`, ex))
				if got.Current {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			if !strings.EqualFold(got.Value, word) || !got.Current {
				t.Errorf("after following the result for %q: find bar holds %q, current match inside #%s: %v", word, got.Value, ex, got.Current)
			}
			tb.checkConsole(t, call)
		})
	})
}

// checkAnchor loads a link to a paragraph of the seed call and follows a
// link of the questions index to its exchange, without a page load: each
// target is scrolled to and highlighted.
func checkAnchor(t *testing.T, tb *tab, call, callURL string) {
	t.Helper()
	tb.open(callURL + "#" + seedAnchor)
	checkTarget(t, tb, seedAnchor)
	tb.checkConsole(t, call)

	// A link of the questions index scrolls to its exchange and
	// highlights it, without a page load.
	tb.open(callURL)
	ex := eval[string](tb, `(() => {
		const a = [...document.querySelectorAll('a[href^="#q"]')].find(a => /^#q\d+$/.test(a.getAttribute('href')));
		return a ? a.getAttribute('href').slice(1) : "";
	})()`)
	if ex == "" {
		t.Fatalf("%s: no link to an exchange (#qN) on the page", call)
	}
	tb.click(`a[href="#` + ex + `"]`)
	checkTarget(t, tb, ex)
	tb.checkConsole(t, call)
}

// checkTarget asserts that the element with the id is the :target, is in
// the viewport, and is highlighted: its background differs from the
// page's.
func checkTarget(t *testing.T, tb *tab, id string) {
	t.Helper()
	type state struct {
		Found            bool
		Target           bool
		Top, Bottom, VH  float64
		Background, Page string
	}
	script := fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		if (!el) return {Found: false};
		const r = el.getBoundingClientRect();
		const html = getComputedStyle(document.documentElement).backgroundColor;
		const body = getComputedStyle(document.body).backgroundColor;
		return {Found: true, Target: el.matches(':target'), Top: r.top, Bottom: r.bottom, VH: innerHeight,
			Background: getComputedStyle(el).backgroundColor,
			Page: body === 'rgba(0, 0, 0, 0)' ? html : body};
	})()`, id)
	var s state
	for i := 0; i < 30; i++ { // scrolling may be smooth
		s = eval[state](tb, script)
		if s.Found && s.Target && s.Top >= -1 && s.Top < s.VH {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	switch {
	case !s.Found:
		t.Fatalf("#%s: no such element", id)
	case !s.Target:
		t.Errorf("#%s is not the :target", id)
	case s.Top < -1 || s.Top >= s.VH:
		t.Errorf("#%s is not scrolled into view: top %.0f, viewport height %.0f", id, s.Top, s.VH)
	}
	if s.Background == s.Page || s.Background == "rgba(0, 0, 0, 0)" || s.Background == "transparent" {
		t.Errorf("#%s is not highlighted: background %s, page %s", id, s.Background, s.Page)
	}
}

// checkFigure: the first [data-figure] element is reachable by keyboard
// (tabIndex >= 0), names its details with aria-describedby, and the
// details are hidden until the figure has focus and shown when it has.
func checkFigure(t *testing.T, tb *tab) {
	t.Helper()
	type state struct {
		Tab     int
		Details string
		Missing bool
		Visible bool
		Text    string
	}
	script := `(() => {
		const f = document.querySelector('[data-figure]');
		const id = (f.getAttribute('aria-describedby') || '').split(/\s+/)[0];
		const d = id ? document.getElementById(id) : null;
		if (!d) return {Tab: f.tabIndex, Details: id, Missing: true};
		const r = d.getBoundingClientRect();
		const vis = r.width > 0 && r.height > 0 && d.checkVisibility({opacityProperty: true, visibilityProperty: true});
		return {Tab: f.tabIndex, Details: id, Visible: vis, Text: d.textContent.trim()};
	})()`
	before := eval[state](tb, script)
	if before.Tab < 0 {
		t.Errorf("[data-figure] has tabIndex %d: not reachable by keyboard", before.Tab)
	}
	if before.Missing {
		t.Fatalf("[data-figure] has no aria-describedby naming its details element (got %q)", before.Details)
	}
	if before.Visible {
		t.Errorf("figure details #%s are visible before the figure has focus", before.Details)
	}
	tb.do("focusing [data-figure]", chromedp.Focus(chromedp.CSS(`[data-figure]`)))
	var after state
	for i := 0; i < 20; i++ { // transitions
		if after = eval[state](tb, script); after.Visible {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !after.Visible {
		t.Errorf("figure details #%s are not shown when the figure has focus", before.Details)
	}
	if after.Text == "" {
		t.Errorf("figure details #%s are empty", before.Details)
	}
}

// checkTipWhole focuses the figure of the transcript closest to the end of
// its turn, whose details box reaches below the turn, and checks that the
// box shows whole: the point near its bottom edge is the box, not what
// lies under it (a turn that clips what overflows it would hide it).
func checkTipWhole(t *testing.T, tb *tab) {
	t.Helper()
	type result struct {
		Found, Whole bool
		ID, At       string
	}
	r := eval[result](tb, `(async () => {
		// The figure with the fewest characters after it in its turn.
		let best = null, least = Infinity;
		for (const f of document.querySelectorAll('.transcript .turn [data-figure]')) {
			const rest = document.createRange();
			rest.setStartAfter(f);
			rest.setEndAfter(f.closest('.turn').lastElementChild);
			const n = rest.toString().length;
			if (n < least) { least = n; best = f; }
		}
		if (!best) return {Found: false};
		best.scrollIntoView({block: "center"});
		await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
		best.focus();
		await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
		const d = document.getElementById((best.getAttribute('aria-describedby') || '').split(/\s+/)[0]);
		if (!d) return {Found: false};
		const b = d.getBoundingClientRect(), turn = best.closest('.turn').getBoundingClientRect();
		if (b.bottom <= turn.bottom) return {Found: false};
		const at = document.elementFromPoint(b.left + Math.min(b.width / 2, 40), Math.min(b.bottom, innerHeight) - 3);
		return {Found: true, Whole: !!at && d.contains(at), ID: best.id, At: at ? at.tagName + "." + at.className : "nothing"};
	})()`, chromedp.EvalAwaitPromise)
	if !r.Found {
		t.Fatal("no figure of the transcript whose details reach below its turn")
	}
	if !r.Whole {
		t.Errorf("the details of figure #%s are cut off: the point near their bottom edge shows %s", r.ID, r.At)
	}
}

// checkSearch takes the longest question of the seed call (from its
// call.json), types its three longest words into the search page's
// input[type=search], and waits for a result link to that exchange: the
// call page with the exchange's fragment (#q3, or an anchor inside it such
// as #q3-2p1) or the exchange's own page. If none appears as one types, it
// presses Enter (a form that submits to the same page) and waits again.
func checkSearch(t *testing.T, tb *tab, srv *served, call string) {
	t.Helper()
	var cj struct {
		Exchanges []struct {
			ID, Question, URL string
		} `json:"exchanges"`
	}
	raw := readAll(t, filepath.Join(srv.Dir, filepath.FromSlash(path.Dir(call)), "call.json"))
	if err := json.Unmarshal(raw, &cj); err != nil {
		t.Fatalf("%s/call.json: %v", path.Dir(call), err)
	}
	var id, question, exURL string
	for _, ex := range cj.Exchanges {
		if len(ex.Question) > len(question) {
			id, question, exURL = ex.ID, ex.Question, ex.URL
		}
	}
	if id == "" {
		t.Fatalf("%s/call.json: no exchange with a question", path.Dir(call))
	}
	query := strings.Join(longestWords(question, 3), " ")
	callURL := srv.URL + "/" + urlPath(call)
	tb.open(srv.URL + "/search/")
	tb.do("typing into input[type=search]", chromedp.SendKeys(chromedp.CSS(`input[type="search"]`), query))
	// Result links may carry ?find=word for the call page's find bar.
	find := fmt.Sprintf(`[...document.querySelectorAll('a[href]')].map(a => { const u = new URL(a.href); u.search = ''; return u.href; }).filter(h => h === %q || (h.startsWith(%q) && /^($|[-p])/.test(h.slice(%d))))`,
		srv.URL+exURL, callURL+"#"+id, len(callURL+"#"+id))
	found := func() []string {
		for i := 0; i < 30; i++ {
			if hits := eval[[]string](tb, find); len(hits) > 0 {
				return hits
			}
			time.Sleep(100 * time.Millisecond)
		}
		return nil
	}
	hits := found()
	if hits == nil {
		tb.do("pressing Enter", chromedp.SendKeys(chromedp.CSS(`input[type="search"]`), "\n"))
		tb.do("waiting for the results", chromedp.WaitReady(chromedp.CSS(`body`)))
		hits = found()
	}
	if hits == nil {
		t.Errorf("search for %q (from question %s %q): no result links to %s#%s", query, id, question, callURL, id)
	}
	tb.checkConsole(t, "search/index.html")
}

// longestWords returns the n longest distinct words of s (letters only),
// in the order they appear.
func longestWords(s string, n int) []string {
	words := regexp.MustCompile(`\p{L}{3,}`).FindAllString(s, -1)
	uniq := map[string]bool{}
	var list []string
	for _, w := range words {
		if !uniq[strings.ToLower(w)] {
			uniq[strings.ToLower(w)] = true
			list = append(list, w)
		}
	}
	ranked := slices.Clone(list)
	slices.SortStableFunc(ranked, func(a, b string) int { return len(b) - len(a) })
	keep := map[string]bool{}
	for _, w := range ranked[:min(n, len(ranked))] {
		keep[w] = true
	}
	var out []string
	for _, w := range list {
		if keep[w] {
			out = append(out, w)
		}
	}
	return out
}

// topOfPage captures the top of the page, up to maxHeight CSS pixels, at
// scale 1, as JPEG.
func topOfPage(width, maxHeight int64) chromedp.Action[[]byte] {
	return func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		h, err := chromedp.Evaluate[float64](`document.documentElement.scrollHeight`)(ctx, tg)
		if err != nil {
			return nil, err
		}
		height := min(int64(h), maxHeight)
		q := int64(80)
		r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatJpeg,
			Quality:               &q,
			CaptureBeyondViewport: new(true),
			Clip:                  &page.Viewport{X: 0, Y: 0, Width: float64(width), Height: float64(height), Scale: 1},
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	}
}

// browserPages are the pages the console and accessibility checks visit:
// the home page, the seed call page and its company page, the 404 page,
// the search page when there is one, and one page of every other shape of
// URL (Markdown pages, and exchange or person pages once they exist).
func browserPages(t testing.TB, s *builtSite, call string) []string {
	t.Helper()
	company := path.Join(path.Dir(path.Dir(call)), "index.html")
	out := []string{"index.html", call, company, "404.html"}
	if _, err := os.Stat(filepath.Join(s.Dir, "search", "index.html")); err == nil {
		out = append(out, "search/index.html")
	}
	seen := map[string]bool{}
	for _, p := range out {
		seen[shape(p)] = true
	}
	// Prefer pages under the seed call (an exchange page of a real call).
	pages := s.pages(t)
	under := path.Dir(call) + "/"
	for _, p := range pages {
		if strings.HasPrefix(p, under) && !seen[shape(p)] {
			seen[shape(p)] = true
			out = append(out, p)
		}
	}
	for _, p := range pages {
		if !seen[shape(p)] {
			seen[shape(p)] = true
			out = append(out, p)
		}
	}
	return out
}

// clipboardOnce reads the clipboard until it holds want (a copy is
// asynchronous) or two seconds have passed, and returns what it holds.
func clipboardOnce(tb *tab, want string) string {
	var got string
	for i := 0; i < 20; i++ {
		got = eval[string](tb, `navigator.clipboard.readText()`, chromedp.EvalAwaitPromise)
		if got == want {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return got
}
