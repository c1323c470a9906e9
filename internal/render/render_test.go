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

func TestQuoteLink(t *testing.T) {
	cases := []struct{ id, sentence, want string }{
		{"pr3p1", "Net loss was $8.1 million.", "#pr3p1:~:text=Net%20loss%20was%20$8.1%20million."},
		{"q2-3p1", "We expect revenue, at least in Q3, to grow by a third or more, year-over-year.", "#q2-3p1:~:text=We%20expect%20revenue%2C%20at,third%20or%20more%2C%20year%2Dover%2Dyear."},
		{"cl1p1", "", "#cl1p1"},
	}
	for _, c := range cases {
		if got := string(quoteLink(c.id, c.sentence)); got != c.want {
			t.Errorf("quoteLink(%q, %q) = %q, want %q", c.id, c.sentence, got, c.want)
		}
	}
}
