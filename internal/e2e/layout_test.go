package e2e

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPhoneLayout opens the seed call page at 390 and 1280 px: on a phone
// the key points and the questions come before the participants, the
// page's sections are shown in their source order (so a page painted
// while still loading never moves what it painted: no layout shift), a jump
// list leads to the page's sections, and no table is wider than its box
// (nothing clipped or scrolled sideways); on a desktop the participants
// are the left column beside the key points.
func TestPhoneLayout(t *testing.T) {
	chromePath(t)
	srv := serveSeed(t)
	call := seedCallPage(t)
	callURL := srv.URL + "/" + urlPath(call)
	type state struct {
		Key, Questions, Participants float64 // tops, in page pixels
		ParticipantsLeft, KeyLeft    float64
		Jump                         []string // hrefs of the jump list
		Missing                      []string // jump links whose target is not on the page
		Clipped                      []string // tables wider than their box
		AboveEarlier                 []string // sections shown above one before them in the source
	}
	const script = `(() => {
		const top = (s) => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().top + scrollY : -1; };
		const left = (s) => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().left : -1; };
		const jump = [...document.querySelectorAll('nav.jump a[href^="#"]')].map(a => a.getAttribute('href'));
		return {Key: top('#h-key'), Questions: top('#questions'), Participants: top('#participants'),
			ParticipantsLeft: left('#participants'), KeyLeft: left('#h-key'),
			AboveEarlier: (() => {
				let low = -Infinity, prev = '';
				const out = [];
				for (const s of document.querySelectorAll('main section[aria-labelledby]')) {
					if (s.parentElement.closest('section') || !s.getClientRects().length) continue;
					const top = s.getBoundingClientRect().top + scrollY, id = s.getAttribute('aria-labelledby');
					if (top < low) out.push(id + ' is shown above ' + prev + ', which comes before it in the source');
					else { low = top; prev = id; }
				}
				return out;
			})(),
			Jump: jump, Missing: jump.filter(h => !document.getElementById(h.slice(1))),
			Clipped: [...document.querySelectorAll('table')].filter(t => {
				const box = t.closest('.table-wrap') || t.parentElement;
				return t.getBoundingClientRect().width > box.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth + 0.5;
			}).map(t => (t.closest('section[id], section[aria-labelledby]') || t).getAttribute('aria-labelledby') + ' ' + Math.round(t.getBoundingClientRect().width) + 'px')};
	})()`
	for _, v := range viewports {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(v.name+"-"+scheme, func(t *testing.T) {
				tb := newTab(t)
				tb.emulate(v.width, v.height, v.mobile, scheme)
				tb.open(callURL)
				s := eval[state](tb, script)
				if s.Key < 0 || s.Questions < 0 || s.Participants < 0 {
					t.Fatalf("%s: key points, questions or participants missing: %+v", call, s)
				}
				if len(s.Jump) < 4 || len(s.Missing) > 0 {
					t.Errorf("%s: jump list %q; links to no id: %q", call, s.Jump, s.Missing)
				}
				for _, c := range s.Clipped {
					t.Errorf("%s at %dpx: table wider than its box: %s", call, v.width, c)
				}
				if v.mobile {
					for _, a := range s.AboveEarlier {
						t.Errorf("%s at %dpx: section %s: what a loading page paints first moves down", call, v.width, a)
					}
					if !(s.Key < s.Questions && s.Questions < s.Participants) {
						t.Errorf("%s at %dpx: key points at %.0f, questions at %.0f, participants at %.0f: want key points, then questions, then participants", call, v.width, s.Key, s.Questions, s.Participants)
					}
				} else if !(s.ParticipantsLeft < s.KeyLeft && s.Participants < s.Questions) {
					t.Errorf("%s at %dpx: participants at left %.0f top %.0f, key points at left %.0f: want participants as the left column", call, v.width, s.ParticipantsLeft, s.Participants, s.KeyLeft)
				}
				tb.checkConsole(t, call)
			})
		}
	}
}

// TestNoRepeatedRoleWords: the people index and person pages never say a
// word twice in a row around a separator ("Analyst · Analyst"), and no
// speaker's title in a turn's header repeats its role's label.
func TestNoRepeatedRoleWords(t *testing.T) {
	repeated := regexp.MustCompile(`>[^<]*?\b(\w+) · (\w+)\b`)
	titleRole := regexp.MustCompile(`class="?title"?>([^<]+)</span> <span class="?role"?>([^<]+)<`)
	for _, tc := range []namedSite{{"seed", seed}, {"corpus", corpus}} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.site(t)
			n := 0
			for _, p := range s.pages(t) {
				re := repeated
				switch {
				case strings.HasPrefix(p, "people/"):
				case strings.HasPrefix(p, "c/"):
					re = titleRole
				default:
					continue
				}
				for _, m := range re.FindAllStringSubmatch(string(readAll(t, filepath.Join(s.Dir, filepath.FromSlash(p)))), -1) {
					if strings.EqualFold(m[1], m[2]) {
						n++
						if n <= 5 {
							t.Errorf("%s: %q", p, m[0])
						}
					}
				}
			}
			if n > 5 {
				t.Errorf("... %d in all", n)
			}
		})
	}
}
