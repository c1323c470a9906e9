package build

import (
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"callsite/internal/site"
	"callsite/internal/summary"
)

// parkRecords are records of every shape a body takes: nil and empty
// lists, a negative zero, many bodies (more than a decoder's arena and a
// restore block hold).
func parkRecords() []*site.Record {
	recs := []*site.Record{
		{Source: "a.txt",
			Key:     []site.KeyFigure{{ID: "f1", Metric: "revenue", Period: "Q2 2024", Kind: "actual", Text: "$1.5 billion", Value: 1.5e9, Low: math.Copysign(0, -1), High: math.Inf(1), Unit: "$", PerSh: true, Qual: "about", Basis: "adjusted"}},
			Summary: []summary.Bullet{{Text: "Revenue rose", Paragraph: "pr1p2", Sentence: "pr1p2s1", Kind: summary.KindHeadline}},
			Said:    []site.Quote{{Speaker: "ann-lee", Exchange: "q1", Anchor: "q1-2p1", Text: "Thank you."}}},
		{Source: "empty.txt", Key: []site.KeyFigure{}, Summary: []summary.Bullet{}},
		{Source: "none.txt"},
	}
	for i := range 200 {
		r := &site.Record{Source: "many.txt"}
		for j := range i % 13 {
			r.Key = append(r.Key, site.KeyFigure{ID: "f" + string(rune('a'+j)), Metric: "eps", Value: float64(i*j) / 7, Text: string(make([]byte, 900))})
		}
		r.Said = []site.Quote{{Speaker: "bo", Text: string(rune('a' + i%26))}}
		recs = append(recs, r)
	}
	return recs
}

// A record's body parked (in the file or in memory) leaves the record's
// body fields and those of its cache copy empty, and comes back equal.
func TestParkedBodiesRestoreEqual(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, dir string
		inFile    bool
	}{
		{"in the cache folder", filepath.Join(dir, "cache"), true},
		{"in memory", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pb := newParkedBodies(tc.dir)
			if !tc.inFile && pb.file != nil {
				pb.file.Close()
				pb.file = nil // as when no file could be made
			}
			if (pb.file != nil) != tc.inFile {
				t.Fatalf("file made: %v, want %v", pb.file != nil, tc.inFile)
			}
			recs, want := parkRecords(), parkRecords()
			copies := make([]*site.Record, len(recs))
			entries := make([]*cacheEntry, len(recs))
			for i, r := range recs {
				copies[i] = copyRecord(r)
				if i != 2 {
					entries[i] = &cacheEntry{Record: copies[i]}
				}
				pb.park(r, entries[i])
			}
			pb.park(recs[0], nil) // parked once only
			for i, r := range recs {
				if r.Key != nil || r.Summary != nil || r.Said != nil || copies[i].Key != nil || copies[i].Said != nil {
					t.Fatalf("%d: a parked record keeps its body", i)
				}
			}
			pb.restoreOne(recs[1])
			if !reflect.DeepEqual(recs[1], want[1]) {
				t.Errorf("restored alone: %+v, want %+v", recs[1], want[1])
			}
			pb.indexWritten()
			pb.restoreAfterIndex()
			if err := pb.close(); err != nil {
				t.Fatal(err)
			}
			for i := range recs {
				if !reflect.DeepEqual(recs[i], want[i]) || (entries[i] != nil && !reflect.DeepEqual(copies[i], want[i])) {
					t.Errorf("%d: restored %+v, want %+v", i, recs[i], want[i])
				}
			}
			// Handed over to the cache entries: each entry's body is its
			// encoded body, which decodes as it was.
			pb.handOver()
			for i, e := range entries {
				if e == nil {
					continue
				}
				if recs[i].Key != nil || e.Record.Key != nil || e.body == nil {
					t.Fatalf("%d: a body handed over is still decoded, or the entry has none", i)
				}
				e.body.fill(nil)
				if !reflect.DeepEqual(e.Record, want[i]) {
					t.Errorf("%d: the entry's body decodes as %+v, want %+v", i, e.Record, want[i])
				}
			}
			if pb.file != nil {
				t.Error("the file is still open after close")
			}
			if left, _ := filepath.Glob(filepath.Join(tc.dir, "record-bodies-*")); tc.dir != "" && len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

// Parks at once take their places in the file in one order and finish in
// another: restore reads each body from its own place whatever the order
// they were listed in.
func TestParkedBodiesRestoreOutOfOrder(t *testing.T) {
	pb := newParkedBodies(filepath.Join(t.TempDir(), "cache"))
	if pb.file == nil {
		t.Skip("no file for the bodies")
	}
	recs, want := parkRecords(), parkRecords()
	for _, r := range recs {
		pb.park(r, nil)
	}
	for i := 0; i+1 < len(pb.order); i += 3 {
		pb.order[i], pb.order[i+1] = pb.order[i+1], pb.order[i] // as two parks that finished the other way round
	}
	pb.indexWritten()
	pb.restoreAfterIndex()
	if err := pb.close(); err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		if !reflect.DeepEqual(recs[i], want[i]) {
			t.Fatalf("%d: restored %+v, want %+v", i, recs[i], want[i])
		}
	}
}

// A nil parkedBodies parks and restores nothing.
func TestParkedBodiesNil(t *testing.T) {
	var pb *parkedBodies
	r := parkRecords()[0]
	pb.park(r, nil)
	pb.indexWritten()
	pb.restoreAfterIndex()
	pb.restoreOne(r)
	pb.handOver()
	if err := pb.close(); err != nil || r.Key == nil {
		t.Errorf("a nil parkedBodies parked: %v, %v", err, r.Key)
	}
}

// compactNames keeps the names as they were, in a list with no spare
// room, nil and empty lists as they are.
func TestCompactNames(t *testing.T) {
	for _, names := range [][]string{nil, {}, {""}, {"c/acme/2024-q2/index.html", "", "c/acme/2024-q2/q1/index.html", "é"}} {
		got := compactNames(slices.Clone(names))
		if !slices.Equal(got, names) || (got == nil) != (names == nil) || cap(got) != len(got) {
			t.Errorf("compactNames(%q) = %q (cap %d)", names, got, cap(got))
		}
	}
}
