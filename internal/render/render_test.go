package render

import "testing"

func TestLinkIsRelative(t *testing.T) {
	cases := []struct{ from, to, want string }{
		{"/", "/c/acme/", "c/acme/"},
		{"/", "/", "./"},
		{"/", "#top", "#top"},
		{"/c/acme/2024-q1/", "/", "../../../"},
		{"/c/acme/2024-q1/", "/static/style.css", "../../../static/style.css"},
		{"/c/acme/", "/c/acme/2024-q1/", "2024-q1/"},
		{"/c/acme/2024-q1/q3/", "/c/acme/2024-q1/#q3", "../#q3"},
		{"/c/acme/2024-q1/q3/", "/c/acme/2024-q1/q4/", "../q4/"},
		{"/c/acme/2024-q1/", "/c/acme/2024-q1/", "./"},
		{"/c/acme/2024-q1/", "/c/acme/2024-q1/call.json", "call.json"},
		{"/c/acme/2024-q1/", "/c/beta/", "../../beta/"},
		{"/404.html", "/about/", "about/"},
	}
	for _, c := range cases {
		if got := (Common{Path: c.from}).Link(c.to); got != c.want {
			t.Errorf("Link from %s to %s = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}
