package e2e

import (
	"fmt"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// viewports are the screens the landing tests run on: a phone and a
// desktop, each in light and dark.
var viewports = []struct {
	name          string
	width, height int64
	mobile        bool
}{
	{"phone", 390, 844, true},
	{"desktop", 1280, 800, false},
}

// emulate sets the tab's screen and colour scheme.
func (tb *tab) emulate(width, height int64, mobile bool, scheme string) {
	tb.t.Helper()
	tb.colorScheme(scheme)
	var opts []chromedp.EmulateViewportOption
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	tb.do(fmt.Sprintf("emulating %dx%d", width, height), chromedp.EmulateViewport(width, height, opts...))
}

// landing is where an anchor landed: what covers the target's first line
// and its speaker's name.
type landing struct {
	Found   bool
	Target  bool
	Top, VH float64
	// Covered names the element drawn at the target's top-left corner
	// when it is neither the target nor inside it ("" when it is).
	Covered string
	// Speaker is the speaker's name of the turn the target is in ("" for
	// a target outside a turn); SpeakerCovered is like Covered for its
	// centre.
	Speaker        string
	SpeakerCovered string
	FindBar        bool // the "Find in this call" box is on the page
}

// landingScript measures where the element with the id is: the element
// at its top-left corner (just inside its box) and at the centre of its
// turn's speaker name must be it (or inside it) and that name.
const landingScript = `((id) => {
	const el = document.getElementById(id);
	if (!el) return {Found: false};
	const name = (e) => e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') : 'nothing';
	const r = el.getBoundingClientRect();
	const x = Math.min(Math.max(r.left, 0) + 2, innerWidth - 1), y = r.top + 2;
	const hit = document.elementFromPoint(x, y);
	const out = {Found: true, Target: el.matches(':target'), Top: r.top, VH: innerHeight,
		Covered: hit && (hit === el || el.contains(hit)) ? '' : name(hit) + ' at ' + Math.round(x) + ',' + Math.round(y),
		FindBar: !!document.querySelector('form.find')};
	const turn = el.closest('.turn');
	const sp = turn && turn.querySelector(':scope > header .speaker');
	if (sp) {
		out.Speaker = sp.textContent;
		const s = sp.getBoundingClientRect();
		const sx = s.left + Math.min(s.width / 2, 8), sy = s.top + s.height / 2;
		const sh = sy >= 0 && sy < innerHeight ? document.elementFromPoint(sx, sy) : null;
		out.SpeakerCovered = sh && (sh === sp || sp.contains(sh)) ? '' : name(sh) + ' at ' + Math.round(sx) + ',' + Math.round(sy);
	}
	return out;
})(%q)`

// anchorTargets are the ids on a call page that links land on: a turn, a
// paragraph deep in a turn, a question, its heading, a figure, a row of
// the figure table, section headings and a participant. Each is the first
// of its kind on the page, so the test follows the page, not one call.
const anchorTargets = `(() => {
	const ids = [];
	const add = (e) => { if (e && e.id && !ids.includes(e.id)) ids.push(e.id); };
	add(document.querySelector('.exchange'));
	add(document.querySelector('.exchange h3[id]'));
	const turns = [...document.querySelectorAll('.exchange .turn')];
	add(turns.find(t => t.querySelectorAll(':scope > p').length > 1));
	// A paragraph that is not its turn's first: its speaker's name is far above.
	const deep = turns.map(t => t.querySelectorAll(':scope > p')).find(ps => ps.length > 2);
	if (deep) add(deep[deep.length - 1]);
	add(document.querySelector('.part-prepared .turn > p'));
	add(document.querySelector('.part-qa .turn > p:nth-of-type(2)'));
	add(document.querySelector('[data-figure][id]'));
	add(document.querySelector('tr[id^="row-"]'));
	document.querySelectorAll('main h2[id]').forEach(add);
	add(document.querySelector('.participants li[id]'));
	return ids;
})()`

// TestAnchorsLand opens links to every kind of anchor on the seed call
// page and on an exchange page, on a phone and a desktop, light and dark,
// by loading the URL and by following an in-page link, and asserts that
// the target is in view with nothing drawn over its first line or over
// its speaker's name (the find bar, a sticky header).
func TestAnchorsLand(t *testing.T) {
	chromePath(t)
	srv := serveSeed(t)
	call := seedCallPage(t)
	callURL := srv.URL + "/" + urlPath(call)
	tb := newTab(t)
	tb.open(callURL)
	ids := eval[[]string](tb, anchorTargets)
	if len(ids) < 8 {
		t.Fatalf("%s: only %d anchors to try: %q", call, len(ids), ids)
	}
	exchange := eval[string](tb, `(document.querySelector('.exchange') || {}).id || ''`)
	pages := []struct {
		url string
		ids []string
	}{{callURL, ids}}
	if exchange != "" {
		exURL := callURL + exchange + "/"
		tb.open(exURL)
		exIDs := eval[[]string](tb, `[...document.querySelectorAll('.turn, .turn > p')].map(e => e.id).filter(Boolean).slice(-4)`)
		pages = append(pages, struct {
			url string
			ids []string
		}{exURL, exIDs})
	}
	for _, v := range viewports {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(v.name+"-"+scheme, func(t *testing.T) {
				tb := newTab(t)
				tb.emulate(v.width, v.height, v.mobile, scheme)
				for _, pg := range pages {
					rel := strings.TrimPrefix(pg.url, srv.URL+"/")
					for i, id := range pg.ids {
						// A query makes each a page load, not a move within the page.
						tb.open(fmt.Sprintf("%s?load=%d#%s", pg.url, i, id))
						checkLanding(t, tb, rel+"#"+id+" (loaded)", id)
					}
					// Following a link on the page (no page load) lands the same way.
					tb.open(pg.url)
					for _, id := range pg.ids {
						tb.do("following #"+id, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`location.hash = %q`, "#"+id)))
						checkLanding(t, tb, rel+"#"+id+" (followed)", id)
					}
					// And so with a query in the find bar (which then sticks on a phone too).
					if eval[bool](tb, `!!document.querySelector('form.find input')`) {
						tb.do("typing into the find bar", chromedp.SendKeys(chromedp.CSS(`form.find input`), "the"))
						time.Sleep(400 * time.Millisecond)
						for _, id := range pg.ids {
							tb.do("following #"+id, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`location.hash = %q`, "#"+id)))
							checkLanding(t, tb, rel+"#"+id+" (followed, find bar in use)", id)
						}
					}
					tb.checkConsole(t, path.Base(rel))
				}
			})
		}
	}
}

// checkLanding asserts that the element with the id is the :target, in
// view, and that nothing covers its first line or its speaker's name.
func checkLanding(t *testing.T, tb *tab, what, id string) {
	t.Helper()
	script := fmt.Sprintf(landingScript, id)
	var l landing
	for i := 0; i < 30; i++ { // scrolling may be smooth
		l = eval[landing](tb, script)
		if l.Found && l.Target && l.Top >= -1 && l.Top < l.VH && l.Covered == "" && l.SpeakerCovered == "" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	switch {
	case !l.Found:
		t.Errorf("%s: no element #%s", what, id)
	case !l.Target:
		t.Errorf("%s: #%s is not the :target", what, id)
	case l.Top < -1 || l.Top >= l.VH:
		t.Errorf("%s: not in view: top %.0f, viewport height %.0f", what, l.Top, l.VH)
	case l.Covered != "":
		t.Errorf("%s: its first line is covered by %s (find bar on the page: %v)", what, l.Covered, l.FindBar)
	case l.SpeakerCovered != "":
		t.Errorf("%s: its speaker %q is not in view or covered: %s", what, l.Speaker, l.SpeakerCovered)
	}
}

// eachScreen runs f in a new tab on each of the viewports, light and dark.
func eachScreen(t *testing.T, f func(t *testing.T, tb *tab)) {
	t.Helper()
	for _, v := range viewports {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(v.name+"-"+scheme, func(t *testing.T) {
				tb := newTab(t)
				tb.emulate(v.width, v.height, v.mobile, scheme)
				f(t, tb)
			})
		}
	}
}
