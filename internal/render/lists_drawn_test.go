package render_test

import (
	"strings"
	"testing"
)

// The home page, the lists of people and firms and the firm pages drawn
// in Go (their Body) are byte for byte the pages their templates draw, as
// exchange pages are.
func TestListPagesAsTheTemplatesDrewThem(t *testing.T) {
	for _, c := range []struct {
		tpl      string
		minPages int
		isPage   func(name string) bool
	}{
		// The home page is not in a folder, which isPage counts: it is
		// compared with the other files.
		{"index.html", 0, func(string) bool { return false }},
		{"people.html", 1, func(name string) bool { return name == "people/index.html" }},
		{"firms.html", 1, func(name string) bool { return name == "firms/index.html" }},
		{"firm.html", 20, func(name string) bool { return strings.HasPrefix(name, "firms/") && strings.Count(name, "/") == 2 }},
	} {
		t.Run(c.tpl, func(t *testing.T) {
			drawnAsTheTemplate(t, c.tpl, false, true, c.minPages, c.isPage)
		})
	}
}
