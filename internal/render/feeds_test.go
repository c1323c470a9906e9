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
	}{
		{"one call", []site.Appearance{call(acme)}, "/c/acme/feed.xml"},
		{"one company", []site.Appearance{call(acme), call(acme), call(acme)}, "/c/acme/feed.xml"},
		{"two companies: no feed of their own", []site.Appearance{call(acme), call(beta)}, ""},
		{"back and forth", []site.Appearance{call(acme), call(acme), call(beta), call(acme)}, ""},
		{"no calls", nil, ""},
	}
	for _, c := range cases {
		p := &site.Person{URL: "/people/x/", Appearances: c.apps}
		if got := personFeedOf(p); got != c.want {
			t.Errorf("%s: personFeedOf = %q; want %q", c.name, got, c.want)
		}
	}
}
