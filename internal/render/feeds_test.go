package render

import (
	"testing"

	"callsite/internal/site"
)

func TestPersonFeedOf(t *testing.T) {
	acme := &site.Company{URL: "/c/acme/"}
	beta := &site.Company{URL: "/c/beta/"}
	call := func(co *site.Company) site.Appearance { return site.Appearance{Call: &site.Call{Company: co}} }
	cases := []struct {
		name string
		apps []site.Appearance
		want string
		own  bool
	}{
		{"one call", []site.Appearance{call(acme)}, "/c/acme/feed.xml", false},
		{"one company", []site.Appearance{call(acme), call(acme), call(acme)}, "/c/acme/feed.xml", false},
		{"two companies", []site.Appearance{call(acme), call(beta)}, "/people/x/feed.xml", true},
		{"back and forth", []site.Appearance{call(acme), call(acme), call(beta), call(acme)}, "/people/x/feed.xml", true},
		{"no calls", nil, "", false},
	}
	for _, c := range cases {
		p := &site.Person{URL: "/people/x/", Appearances: c.apps}
		if got, own := personFeedOf(p); got != c.want || own != c.own {
			t.Errorf("%s: personFeedOf = %q, %v; want %q, %v", c.name, got, own, c.want, c.own)
		}
	}
}
