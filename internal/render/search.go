package render

import (
	"fmt"
	"slices"

	"callsite/internal/search"
)

// SearchPage is the search page, /search/: a form that static/search.js
// runs against the index files under /search/ (package search).
type SearchPage struct {
	Common
	Kinds []SearchOption // the kinds of results, for the type filter
	Roles []SearchOption // speakers' roles, for the role filter
	Calls int            // calls on the site
}

// SearchOption is one choice of a filter: its value in the URL and its
// label.
type SearchOption struct {
	Value, Label string
}

// search writes the search index and the search page, and lists the page
// for the sitemap.
func (r *Renderer) search(out Output) error {
	err := search.Write(r.site, search.Options{Segments: r.segments, Calls: r.searchCalls}, func(name string, data []byte) error {
		if err := out.WriteFile(name, data); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	data := SearchPage{Common: r.common("/search/", "Search", "Search what was said on the calls, their questions and figures, companies, people and firms."),
		Calls: len(r.site.Calls)}
	labels := map[string]string{"call": "Calls", "company": "Companies", "person": "People", "firm": "Firms", "question": "Questions", "figure": "Figures", "remarks": "Prepared remarks",
		"management": "Management", "analyst": "Analyst", "host": "Host", "other": "Other speaker"}
	for _, k := range search.Kinds {
		data.Kinds = append(data.Kinds, SearchOption{k, labels[k]})
	}
	for _, k := range search.Roles {
		data.Roles = append(data.Roles, SearchOption{k, labels[k]})
	}
	if !slices.Contains(r.extraPages, "/search/") {
		r.extraPages = append(r.extraPages, "/search/")
	}
	return r.page(out, "search.html", "/search/", data)
}
