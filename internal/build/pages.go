package build

// Pages across calls (a company, a person, a firm, each with its feed)
// are kept from the previous build when nothing they are drawn from
// changed: their calls' records, the site's settings and theme
// (siteKey), and the directory of the site, the names and links of every
// company, person and firm, which any such page may show. A rebuild after
// an edit to one transcript so redraws the pages of its company, speakers
// and their firms, not the thousands of others; the pages drawn from all
// calls (home page, indexes, the site's feed, the search index) only
// when a record changed, the sitemap only when the addresses or dates it
// lists did (render.PageSource.Parts); none when the edit left the
// call's record as it was.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"sync"
	"sync/atomic"

	"callsite/internal/render"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// pageEntry is one page across calls in the cache.
type pageEntry struct {
	Key   string
	Files []string // slash paths in the output
}

// pageCache is the build's render.PageCache.
type pageCache struct {
	base     string                // siteKey and directoryKey
	callKeys map[*site.Call]string // "" for a call that cannot be keyed
	// textKeys are the calls' keys with the hash of their text, for the
	// search index (segments.go), the one page across calls that shows
	// the words said.
	textKeys map[*site.Call]string
	old      map[string]*pageEntry // the previous build's, by page id
	// reuse keeps a page's files from the previous build, reporting
	// false when it could not; set before the pages are drawn.
	reuse func(files []string) bool
	// fill decodes the records' bodies of calls read from the cache
	// (fillBodies), before a page drawn from them is; nil: none to fill.
	fill func(calls []*site.Call)
	// parked holds the bodies of records parked while the search index
	// is drawn (bodies.go): the other pages wait for them; nil: none.
	parked *parkedBodies

	mu   sync.Mutex
	next map[string]*pageEntry // this build's, for the next
	kept atomic.Int64          // pages kept
}

func newPageCache(base string, callKeys, textKeys map[*site.Call]string, old map[string]*pageEntry) *pageCache {
	if old == nil {
		old = map[string]*pageEntry{}
	}
	return &pageCache{base: base, callKeys: callKeys, textKeys: textKeys, old: old, next: map[string]*pageEntry{}}
}

func (pc *pageCache) Page(id string, src render.PageSource, out render.Output) (render.Output, bool) {
	var key string
	switch {
	case src.Parts != nil:
		key = pc.partsKey(id, src.Parts)
	case id == searchPage:
		key = pc.textKey(id, src.Calls)
	default:
		key = pc.key(id, src.Calls)
	}
	if e := pc.old[id]; key != "" && e != nil && e.Key == key && pc.reuse(e.Files) {
		pc.put(id, e)
		pc.kept.Add(1)
		if id == searchPage {
			pc.parked.indexWritten() // kept whole
		}
		return nil, true
	}
	e := &pageEntry{Key: key}
	pc.put(id, e)
	if id != searchPage {
		pc.parked.restoreAfterIndex()
	}
	if pc.fill != nil {
		// The bodies of the calls the page shows alone: the search index
		// fills the calls of the companies whose part it draws again
		// (SearchCalls), the site's lists none.
		pc.fill(src.Shows)
	}
	return &fileNoter{Output: out, files: &e.Files}, false
}

func (pc *pageCache) put(id string, e *pageEntry) {
	pc.mu.Lock()
	pc.next[id] = e
	pc.mu.Unlock()
}

// key hashes what the page id is drawn from; "" when a call has no key.
func (pc *pageCache) key(id string, calls []*site.Call) string {
	return pc.keyFrom(pc.callKeys, id, calls)
}

// textKey is key for what shows the words said too: the search index.
func (pc *pageCache) textKey(id string, calls []*site.Call) string {
	return pc.keyFrom(pc.textKeys, id, calls)
}

// partsKey is key for a page drawn from the strings the renderer gives
// (render.PageSource.Parts) rather than from records.
func (pc *pageCache) partsKey(id string, parts func(add func(parts ...string))) string {
	h, sum := newHasher()
	h.add(pc.base, id)
	parts(h.add)
	return sum()
}

func (pc *pageCache) keyFrom(keys map[*site.Call]string, id string, calls []*site.Call) string {
	h, sum := newHasher()
	h.add(pc.base, id)
	for _, c := range calls {
		k := keys[c]
		if k == "" {
			return ""
		}
		h.add(k)
	}
	return sum()
}

// fileNoter notes the files written through it. One page's job writes
// through it, on one goroutine.
type fileNoter struct {
	render.Output
	files *[]string
}

func (n *fileNoter) WriteFile(name string, data []byte) error {
	*n.files = append(*n.files, name)
	return n.Output.WriteFile(name, data)
}

// callKey hashes what the pages across calls show of a call: its record
// (merged from the records of every file that holds the call) and its
// place in the site. hashes are the record hashes by input path; ""
// when the call's own record has none.
func callKey(c *site.Call, primary string, hashes map[string]string) string {
	if primary == "" {
		return ""
	}
	h, sum := newHasher()
	h.add(c.URL, c.Slug, primary)
	for _, src := range c.Sources {
		h.add(src, hashes[src])
	}
	return sum()
}

// recordHashes hashes a record's JSON (deterministic, every field). The
// page hash leaves out what only the search index and the merging of
// duplicate calls read of the text (TextKey, Meta.Words), so that an
// edit that changes no more than the words said redraws the call's
// pages and the search index, not the pages across calls (which show
// the merged calls' sources, keyed apart: callKey); full hashes all of
// it. Both are "" when the record cannot be encoded, which keys nothing.
func recordHashes(r *site.Record) (full, page string) {
	noText := *r
	noText.TextKey, noText.Meta.Words = 0, transcript.Fingerprint{}
	data, err := json.Marshal(&noText)
	if err != nil {
		return "", ""
	}
	sum := sha256.Sum256(data)
	page = hex.EncodeToString(sum[:])
	h, fullSum := newHasher()
	h.add(page, strconv.FormatUint(r.TextKey, 16), strconv.Itoa(r.Meta.Words.N))
	for _, x := range r.Meta.Words.Sig {
		h.add(strconv.FormatUint(uint64(x), 16))
	}
	return fullSum(), page
}

// directoryKey hashes the names and links of the site's companies,
// people and firms: what a page across calls may show of pages other
// than its own calls.
func directoryKey(s *site.Site) string {
	h, sum := newHasher()
	for _, co := range s.Companies {
		h.add("c", co.URL, co.Name, co.Ticker)
	}
	for _, p := range s.People {
		h.add("p", p.URL, p.Name)
		if p.Firm != nil {
			h.add(p.Firm.URL)
		}
	}
	for _, f := range s.Firms {
		h.add("f", f.URL, f.Name)
	}
	return sum()
}
