package transcript

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"callsite/internal/content"
	"callsite/internal/testshared"
)

// A call parsed again with the Meta of its first parse is the same call:
// only the metadata warnings, which the first parse reported, are left out.
func TestParseFilesAgainIsTheSameCall(t *testing.T) {
	plain := "Operator: Good morning and welcome to the Fernhill Widgets second quarter 2031 earnings call.\n\n" +
		"Dana Okafor -- Chief Executive Officer: Thanks. Revenue grew 12% to $48 million in the quarter.\n\n" +
		"Operator: Our first question comes from Lee Park with Harbor Securities.\n\n" +
		"Lee Park -- Harbor Securities -- Analyst: Could you talk about pricing in Europe?\n\n" +
		"Dana Okafor -- Chief Executive Officer: Pricing held up; margins were 31%.\n"
	cases := []struct {
		name  string
		files content.Files
	}{
		{"plain, no header", content.Files{Transcript: content.File{Path: "calls/fernhill.txt", Data: []byte(plain)}}},
		{"plain, ticker and period in the file name", content.Files{Transcript: content.File{Path: "FWX-2031-Q2.txt", Data: []byte(plain)}}},
		{"with a sidecar", content.Files{
			Transcript: content.File{Path: "a/call.txt", Data: []byte(plain)},
			Sidecar:    &content.File{Path: "a/call.md", Data: []byte("---\ncompany: Fernhill Widgets Inc.\nperiod: Q3 2031\n---\nAn editor's note.\n")},
		}},
		{"header and participants", content.Files{Transcript: content.File{Path: "c/zk.txt", Data: []byte(plainFixture)}}},
		{"Markdown call", content.Files{Transcript: content.File{Path: "b/call.md", Data: []byte("---\nticker: fwx\n---\n" + plainFixture)}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { sameCallAgain(t, c.files) })
	}
	// The repository's samples and some real calls, when ../shared is there.
	paths, _ := filepath.Glob("../../content/*.txt")
	bulk, _ := filepath.Glob(testshared.Path(t, "corpus", "bulk", "transcripts", "*"))
	sort.Strings(bulk)
	paths = append(paths, bulk[:min(12, len(bulk))]...)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(p), func(t *testing.T) {
			sameCallAgain(t, content.Files{Transcript: content.File{Path: filepath.Base(p), Data: src}})
		})
	}
}

func sameCallAgain(t *testing.T, files content.Files) {
	t.Helper()
	first, err := ParseFiles(files)
	if err != nil || first == nil {
		t.Fatalf("ParseFiles: %v, %v", first, err)
	}
	again, err := ParseFilesAgain(files, first.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if first.Meta.Words.N == 0 {
		t.Fatal("the first parse has no fingerprint: nothing to keep")
	}
	// What only the metadata's inference needed is not there again.
	first.Warnings, again.Warnings = nil, nil
	first.periodVotes = 0
	if !reflect.DeepEqual(first, again) {
		t.Errorf("parsed again, it differs:\n%+v\nfirst:\n%+v", again.Meta, first.Meta)
	}
}
