package search

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// memStore is a SegmentStore in memory; damage, if set, changes what
// Segment returns.
type memStore struct {
	mu     sync.Mutex
	data   map[string][]byte
	hits   int
	saves  int
	damage func([]byte) []byte
}

func (m *memStore) Segment(co *site.Company) ([]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	data, ok := m.data[co.URL]
	if !ok {
		return nil, false
	}
	m.hits++
	if m.damage != nil {
		data = m.damage(bytes.Clone(data))
	}
	return data, true
}

func (m *memStore) SaveSegment(co *site.Company, data []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.data == nil {
		m.data = map[string][]byte{}
	}
	m.data[co.URL] = data
	m.saves++
}

func sameFiles(t *testing.T, what string, got, want map[string][]byte) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d files, want %d", what, len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s: %s differs", what, name)
		}
	}
}

// TestSegmentsGiveTheSameIndex builds the index without a store, with an
// empty one (every company collected and saved), from the saved segments
// (none collected), and from damaged segments (collected again): the
// files must be the same each time.
func TestSegmentsGiveTheSameIndex(t *testing.T) {
	s := sample(t)
	opt := Options{ShardBytes: 512, ChunkDocs: 8}
	want, err := Build(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	store := &memStore{}
	opt.Segments = store
	got, err := Build(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "saving segments", got, want)
	if store.saves != len(s.Companies) || store.hits != 0 {
		t.Fatalf("first build: %d saves, %d hits; want %d saves, no hits", store.saves, store.hits, len(s.Companies))
	}

	store.saves = 0
	got, err = Build(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "reading segments", got, want)
	if store.saves != 0 || store.hits != len(s.Companies) {
		t.Fatalf("second build: %d saves, %d hits; want none saved, %d hits", store.saves, store.hits, len(s.Companies))
	}

	for name, damage := range map[string]func([]byte) []byte{
		"truncated":  func(b []byte) []byte { return b[:len(b)/2] },
		"old format": func(b []byte) []byte { return bytes.Replace(b, []byte("segment-1"), []byte("segment-0"), 1) },
		"extra":      func(b []byte) []byte { return append(b, 0) },
	} {
		store.damage, store.saves = damage, 0
		got, err = Build(s, opt)
		if err != nil {
			t.Fatal(err)
		}
		sameFiles(t, name, got, want)
		if store.saves != len(s.Companies) {
			t.Errorf("%s segments: %d collected again, want %d", name, store.saves, len(s.Companies))
		}
	}
}

func TestSegmentRoundTrip(t *testing.T) {
	s := sample(t)
	for _, co := range s.Companies {
		seg := segmentOf(co, nil, nil)
		data := seg.encode()
		back, err := decodeSegment(data)
		if err != nil {
			t.Fatalf("%s: %v", co.Name, err)
		}
		if !reflect.DeepEqual(back, seg) {
			t.Errorf("%s: decoded segment differs from the encoded one", co.Name)
		}
		// No cut of a segment may be taken for a whole one, or crash.
		for n := range len(data) {
			if _, err := decodeSegment(data[:n]); err == nil {
				t.Fatalf("%s: the first %d of %d bytes decode", co.Name, n, len(data))
			}
		}
	}
}

// TestDocsAreEncodingJSON checks that the docs files, joined from each
// document's JSON, are what json.Marshal writes for their documents.
func TestDocsAreEncodingJSON(t *testing.T) {
	files, err := Build(sample(t), Options{ChunkDocs: 5})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for name, data := range files {
		if !strings.HasPrefix(name, "search/docs/") {
			continue
		}
		n++
		var docs []Doc
		if err := json.Unmarshal(data, &docs); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		again, _ := json.Marshal(docs)
		if !bytes.Equal(again, data) {
			t.Errorf("%s is not as json.Marshal writes it:\n%s\n%s", name, data, again)
		}
	}
	if n < 2 {
		t.Fatalf("%d docs files; the sample should make several", n)
	}
}

// sampleSite builds the site of the repository's sample calls, with their
// transcripts by source.
func sampleSite(t *testing.T) (*site.Site, map[string]*transcript.Transcript) {
	t.Helper()
	return siteOf(t, os.DirFS(filepath.Join("..", "..", "content")))
}

// siteOf builds the site of the calls in fsys, with their transcripts by source.
func siteOf(t *testing.T, fsys fs.FS) (*site.Site, map[string]*transcript.Transcript) {
	t.Helper()
	calls, err := transcript.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	var recs []*site.Record
	bySource := map[string]*transcript.Transcript{}
	for _, c := range calls {
		recs = append(recs, site.NewRecord(c, site.CallFigures(c)))
		bySource[c.Source] = c
	}
	return site.Build(site.Config{}, recs, nil), bySource
}

// TestCallPartsGiveTheSameSegment: a company's segment made of its calls'
// parts (collected when each call is rendered) is the one collected from
// the transcripts directly, and no cut of a part is taken for a whole one.
func TestCallPartsGiveTheSameSegment(t *testing.T) {
	s, bySource := sampleSite(t)
	words := NewWords()
	parts := func(c *site.Call) *CallPart { return words.Collect(c, bySource[c.Source]) }
	for _, co := range s.Companies {
		var direct collector
		direct.company(co)
		for _, c := range co.Calls {
			direct.callStarts = append(direct.callStarts, len(direct.docs))
			direct.call(c, bySource[c.Source])
		}
		want := direct.segment()
		got := segmentOf(co, nil, parts)
		if !reflect.DeepEqual(got.docs, want.docs) || !reflect.DeepEqual(got.callStarts, want.callStarts) ||
			!reflect.DeepEqual(got.terms, want.terms) || !reflect.DeepEqual(got.lists, want.lists) {
			t.Errorf("%s: the segment of its calls' parts differs from the one collected directly", co.Name)
		}
	}
	p := parts(s.Calls[0])
	for n := range len(p.data) {
		var c collector
		if c.addPart(&CallPart{words: words, data: p.data[:n]}, true) || len(c.docs) > 0 {
			t.Fatalf("the first %d of %d bytes of a part were added", n, len(p.data))
		}
	}
}
