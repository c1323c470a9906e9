package site_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
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
	// Synthetic calls, a fifth of whose key points kept their text alive
	// (real calls alone do not), and real calls.
	files := append(corpusgenCalls(t, 20), bulkCalls(t, 60)...)
	records := make([]*site.Record, len(files))
	texts := make([]weak.Pointer[byte], len(files))
	for i, p := range files {
		tr := parseFile(t, p)
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

// corpusgenCalls writes n synthetic calls (seed 1, 40 kB each, as gen
// bench makes them) into a temporary folder by running the shared corpus
// generator (../shared/bench/corpusgen), and returns their paths, sorted.
func corpusgenCalls(t *testing.T, n int) []string {
	t.Helper()
	gen := testshared.Path(t, "bench", "corpusgen")
	if _, err := os.Stat(filepath.Join(gen, "go.mod")); err != nil {
		testshared.Missing(t, "no corpus generator in ../shared/bench: %v", err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		testshared.Missing(t, "the go command, to run ../shared/bench/corpusgen, is not on PATH")
	}
	out := t.TempDir()
	cmd := exec.Command("go", "run", ".", "gen", "-n", strconv.Itoa(n), "-seed", "1", "-size", "40000", "-out", out)
	cmd.Dir = gen
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("corpusgen: %v\n%s", err, log.Bytes())
	}
	files, err := filepath.Glob(filepath.Join(out, "transcripts", "*.txt"))
	if err != nil || len(files) != n {
		t.Fatalf("corpusgen wrote %d calls, want %d (%v)", len(files), n, err)
	}
	sort.Strings(files)
	return files
}

// bulkCalls are the first n of the bulk calls in ../shared, by name.
func bulkCalls(t *testing.T, n int) []string {
	t.Helper()
	bulk, _ := filepath.Glob(testshared.Path(t, "corpus", "bulk", "transcripts", "*"))
	sort.Strings(bulk)
	return bulk[:min(n, len(bulk))]
}

// parseFile parses the transcript at p.
func parseFile(t *testing.T, p string) *transcript.Transcript {
	t.Helper()
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := transcript.Parse(filepath.Base(p), src)
	if err != nil {
		t.Fatal(err)
	}
	return tr
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

// A record's body (Key, Summary, Said) keeps its strings apart from the
// rest of the record: a build that lets go of the body while it keeps the
// record (internal/build parks it) frees them.
func TestRecordBodyStringsApart(t *testing.T) {
	checked := 0
	for _, p := range bulkCalls(t, 20) {
		tr := parseFile(t, p)
		r := site.NewRecord(tr, site.CallFigures(tr))
		var body []weak.Pointer[byte]
		for _, k := range r.Key {
			body = append(body, weak.Make(unsafe.StringData(k.Text)))
		}
		for _, b := range r.Summary {
			body = append(body, weak.Make(unsafe.StringData(b.Text)))
		}
		for _, q := range r.Said {
			body = append(body, weak.Make(unsafe.StringData(q.Text)))
		}
		if len(body) == 0 {
			continue
		}
		checked++
		r.Key, r.Summary, r.Said = nil, nil, nil
		runtime.GC()
		runtime.GC()
		for _, w := range body {
			if w.Value() != nil {
				t.Errorf("%s: the record keeps its body's strings once its body is gone", filepath.Base(p))
				break
			}
		}
		runtime.KeepAlive(r)
	}
	if checked == 0 {
		t.Fatal("no call with a body")
	}
}
