package build

import (
	"testing"

	"callsite/internal/site"
)

// discard is a render.Output that keeps nothing.
type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

// TestPageKeys checks the keys of the pages across calls: a page drawn
// from every call is keyed by the keys of all of them (hashed once for
// all such pages), so that a change of any call's key, or a call without
// one, changes it; the bodies of every call are filled once however many
// such pages are drawn, those of other pages' calls for each.
func TestPageKeys(t *testing.T) {
	calls := []*site.Call{{URL: "/c/a/"}, {URL: "/c/b/"}, {URL: "/c/c/"}}
	keysOf := func(suffix string) map[*site.Call]string {
		m := map[*site.Call]string{}
		for _, c := range calls {
			m[c] = c.URL + suffix
		}
		return m
	}
	newCache := func(callKeys map[*site.Call]string) *pageCache {
		return newPageCache("base", calls, callKeys, keysOf("text"), nil)
	}
	pc := newCache(keysOf(""))
	all := pc.key("/", calls)
	if all == "" || pc.key("/", calls) != all {
		t.Fatalf("key of every call %q, then %q", all, pc.key("/", calls))
	}
	if pc.key("/feed.xml", calls) == all || pc.textKey("/", calls) == all {
		t.Error("another page, or the text keys, keyed the same")
	}
	some := pc.key("/c/a/", calls[:2])
	if some == "" || some == all {
		t.Errorf("key of two calls %q", some)
	}
	changed := keysOf("")
	changed[calls[2]] = "edited"
	if got := newCache(changed).key("/", calls); got == all || got == "" {
		t.Errorf("a call's key changed: page key %q, was %q", got, all)
	}
	changed[calls[2]] = ""
	if got := newCache(changed).key("/", calls); got != "" {
		t.Errorf("a call without a key: page key %q, want none", got)
	}
	if got := newCache(changed).key("/c/a/", calls); got != "" {
		t.Errorf("a call without a key, not every call's list: page key %q, want none", got)
	}

	filled := 0
	pc.fill = func(cs []*site.Call) { filled += len(cs) }
	pc.reuse = func([]string) bool { return false }
	for _, id := range []string{"/", "/people/", "/feed.xml"} {
		if _, kept := pc.Page(id, calls, discard{}); kept {
			t.Fatalf("%s kept without a previous build", id)
		}
	}
	pc.Page("/c/a/", calls[:2], discard{})
	pc.Page("/c/b/", calls[1:2], discard{})
	if filled != 3+2+1 {
		t.Errorf("filled %d bodies, want the 3 of every call once, then 2 and 1", filled)
	}
}
