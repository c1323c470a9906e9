package search

import (
	"fmt"
	"io/fs"
	"maps"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"callsite/internal/site"
)

// diskPatcher is a Patcher over an index in memory, as the build keeps
// one on disk: segments by key (a company's calls' texts), the state, and
// the previous build's files ("the output"). Segments are saved from
// several goroutines.
type diskPatcher struct {
	mu       sync.Mutex
	texts    map[string]string // transcript text by source, for keys
	segs     map[string][]byte
	state    []byte
	out      map[string][]byte
	kept     []string
	keepCall int
}

func (d *diskPatcher) SegmentKey(co *site.Company) string {
	key := co.URL
	for _, c := range co.Calls {
		key += "|" + d.texts[c.Source]
	}
	return key
}

// RestKey keys the people's and firms' documents as the build does, by
// what the records say of the speakers and exchanges (not the words said).
func (d *diskPatcher) RestKey(s *site.Site) string {
	var b strings.Builder
	for _, c := range s.Calls {
		b.WriteString(c.URL)
		for _, sp := range c.Speakers {
			fmt.Fprintf(&b, "|%s/%s/%s/%s/%v", sp.ID, sp.Name, sp.Title, sp.Firm, sp.Role)
		}
		for _, ex := range c.Exchanges {
			if ex.Analyst != nil {
				fmt.Fprintf(&b, "|q%s", ex.Analyst.ID)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func (d *diskPatcher) Segment(co *site.Company) ([]byte, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	data, ok := d.segs[d.SegmentKey(co)]
	return data, ok
}

func (d *diskPatcher) SaveSegment(co *site.Company, data []byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.segs[d.SegmentKey(co)] = data
}

func (d *diskPatcher) SegmentNamed(key string) ([]byte, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	data, ok := d.segs[key]
	return data, ok
}

func (d *diskPatcher) IndexState() ([]byte, bool) { return d.state, d.state != nil }
func (d *diskPatcher) SaveIndexState(data []byte) { d.state = data }

func (d *diskPatcher) OldFile(name string) ([]byte, error) {
	data, ok := d.out[name]
	if !ok {
		return nil, fs.ErrNotExist
	}
	return data, nil
}

func (d *diskPatcher) OldFiles() []string {
	return append(sortedKeys(d.out), "search/index.html") // the page is the index's too
}

func (d *diskPatcher) Keep(names []string) bool {
	d.keepCall++
	d.kept = append(d.kept, names...)
	return true
}

func sortedKeys(m map[string][]byte) []string {
	var out []string
	for k := range maps.Keys(m) {
		out = append(out, k)
	}
	return out
}

// patchCorpus is the transcripts of six companies' calls, two each, whose
// words repeat enough across calls for a term to be paged.
func patchCorpus() map[string]string {
	files := map[string]string{}
	names := []string{"Acme", "Bolt", "Cinder", "Dune", "Ember", "Flint"}
	for i, co := range names {
		for q := 1; q <= 2; q++ {
			question := "How durable is the backlog of spigot orders into the fourth quarter?"
			if i%2 == 1 {
				question = "Could you size the pipeline of valve retrofits for next year?"
			}
			files[strings.ToLower(co)+"-2024q"+itoa(q)+".txt"] = call(co, q, 2024, "Analyst "+names[(i+q)%len(names)], question)
		}
	}
	return files
}

// buildIndexOf builds the index of the transcripts with opt (the words said
// included).
func buildIndexOf(t *testing.T, texts map[string]string, opt Options) map[string][]byte {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range texts {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	s, bySource := siteOf(t, fsys)
	words := NewWords()
	opt.Calls = func(c *site.Call) *CallPart { return words.Collect(c, bySource[c.Source]) }
	files, err := Build(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestPatchedIndexIsTheWholeOne edits the calls in ways that keep every
// document where it was (then the previous index is patched: only some
// files are written, the others kept) and ways that do not (then it is
// built whole); either way the index is the one a build from nothing
// writes, file for file.
func TestPatchedIndexIsTheWholeOne(t *testing.T) {
	opt := Options{ShardBytes: 300, ChunkDocs: 4, PageBytes: 40}
	texts := patchCorpus()
	d := &diskPatcher{texts: texts, segs: map[string][]byte{}}
	opt.Segments = d
	d.out = buildIndexOf(t, texts, opt)
	if d.state == nil {
		t.Fatal("a build with a Patcher saved no state")
	}
	if filesUnder(d.out, "search/pages/") == 0 {
		t.Fatal("no term is paged: the test would not cover pages")
	}
	edits := []struct {
		name    string
		file    string
		from    string
		to      string
		patched bool
	}{
		{"a word of a question changed", "bolt-2024q2.txt", "valve retrofits", "valve overhauls", true},
		{"a word said by management added", "cinder-2024q1.txt", "will hold", "will firmly hold", true},
		{"a word said on every call removed", "acme-2024q1.txt", "backlog will hold through", "orders will hold through", true},
		{"a word of a new first letter (a new shard)", "dune-2024q2.txt", "We think", "Zealously, we think", false},
		{"that word gone again (a shard less)", "dune-2024q2.txt", "Zealously, we think", "We think", false},
		{"an analyst renamed (people's documents)", "ember-2024q1.txt", "Analyst Flint", "Analyst Quarry", true},
		{"a sentence added to an answer", "flint-2024q2.txt", "hold through the year.", "hold through the year. And beyond it.", true},
		{"a call moved to another quarter (recency changes)", "acme-2024q1.txt", "First Quarter 2024", "First Quarter 2023", false},
	}
	for _, e := range edits {
		if !strings.Contains(texts[e.file], e.from) {
			t.Fatalf("%s: %s has no %q", e.name, e.file, e.from)
		}
		texts[e.file] = strings.Replace(texts[e.file], e.from, e.to, 1)
		want := buildIndexOf(t, texts, Options{ShardBytes: opt.ShardBytes, ChunkDocs: opt.ChunkDocs, PageBytes: opt.PageBytes})
		d.kept, d.keepCall = nil, 0
		written := buildIndexOf(t, texts, opt)
		got := map[string][]byte{}
		for _, name := range d.kept {
			got[name] = d.out[name]
		}
		maps.Copy(got, written)
		sameFiles(t, e.name, got, want)
		if patched := d.keepCall > 0; patched != e.patched {
			t.Errorf("%s: patched = %v, want %v", e.name, patched, e.patched)
		}
		if e.patched && len(written) >= len(want)/2 {
			t.Errorf("%s: %d of %d files written; a patch writes few", e.name, len(written), len(want))
		}
		d.out = got
	}
}

// TestIndexStateRoundTrip: no cut of a state is taken for a whole one.
func TestIndexStateRoundTrip(t *testing.T) {
	d := &diskPatcher{texts: patchCorpus(), segs: map[string][]byte{}}
	buildIndexOf(t, d.texts, Options{Segments: d})
	st, err := decodeState(d.state)
	if err != nil {
		t.Fatal(err)
	}
	if string(st.encode()) != string(d.state) {
		t.Fatal("the state decoded and encoded again differs")
	}
	for n := range len(d.state) {
		if _, err := decodeState(d.state[:n]); err == nil {
			t.Fatalf("the first %d of %d bytes decode", n, len(d.state))
		}
	}
}
