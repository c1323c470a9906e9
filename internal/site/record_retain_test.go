package site_test

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"unsafe"
	"weak"

	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// A record outlives its transcript (a build keeps every call's record for
// the pages across calls): it must not keep the transcript's text alive,
// through a string or through the array of a slice it holds part of.
func TestRecordDoesNotKeepText(t *testing.T) {
	// Two synthetic calls (../shared/bench/corpusgen) whose key points kept
	// their text alive, and real calls.
	files, _ := filepath.Glob(filepath.Join("testdata", "corpusgen", "*.txt"))
	bulk, _ := filepath.Glob(testshared.Path(t, "corpus", "bulk", "transcripts", "*"))
	sort.Strings(bulk)
	files = append(files, bulk[:min(60, len(bulk))]...)
	records := make([]*site.Record, len(files))
	texts := make([]weak.Pointer[byte], len(files))
	for i, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := transcript.Parse(filepath.Base(p), src)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = weak.Make(firstText(tr))
		records[i] = site.NewRecord(tr, site.CallFigures(tr))
	}
	runtime.GC()
	runtime.GC()
	for i, w := range texts {
		if w.Value() != nil {
			t.Errorf("%s: its record keeps the transcript's text alive", filepath.Base(files[i]))
		}
	}
	runtime.KeepAlive(records)
}

// firstText points into the text of the transcript's first paragraph.
func firstText(tr *transcript.Transcript) *byte {
	for _, s := range tr.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				if p.Text != "" {
					return unsafe.StringData(p.Text)
				}
			}
		}
	}
	return nil
}
