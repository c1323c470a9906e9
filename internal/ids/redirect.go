package ids

import "sort"

// Redirect is a page that moved: From is its old path, To the page it
// leads to now, both paths from the site root ending in "/".
type Redirect struct {
	From, To string
}

// Redirects lists the pages of a call that moved, by old path: its
// earlier pages (Moved) lead to its page, the exchange pages under them to
// the same exchange's page now, and the pages of gone exchanges to where
// they went (Gone), or to the call page. m is the call's map as it is now
// (FromTranscript and Inherit). The caller must not write a redirect where
// a real page is.
func (m *Map) Redirects() []Redirect {
	return redirects(m.URL, m.Exchanges(), m.Moved, m.Gone)
}

// Redirects lists the pages that moved, like Map.Redirects, for a call
// now at callURL with the given exchange ids, without its whole map.
func (c *Changes) Redirects(callURL string, exchanges []string) []Redirect {
	m := &Map{URL: callURL}
	m.Inherit(c)
	return redirects(callURL, exchanges, m.Moved, m.Gone)
}

func redirects(url string, live, moved []string, gone []Gone) []Redirect {
	var out []Redirect
	seen := map[string]bool{}
	add := func(from, to string) {
		if from != to && !seen[from] {
			seen[from] = true
			out = append(out, Redirect{From: from, To: to})
		}
	}
	exPage := func(id string) string {
		if id == "" {
			return url
		}
		return url + id + "/"
	}
	for _, g := range gone {
		add(url+g.ID+"/", exPage(g.To))
	}
	for _, old := range moved {
		if old == url {
			continue
		}
		add(old, url)
		for _, ex := range live {
			add(old+ex+"/", exPage(ex))
		}
		for _, g := range gone {
			add(old+g.ID+"/", exPage(g.To))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out
}
