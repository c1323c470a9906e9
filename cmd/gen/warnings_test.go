package main

import (
	"bytes"
	"strings"
	"testing"

	"callsite/internal/transcript"
)

// TestPrintWarnings: one line per file and kind, then a summary by kind;
// -v lists every warning.
func TestPrintWarnings(t *testing.T) {
	w := func(file, kind, msg string) *transcript.Error {
		return &transcript.Error{Pos: transcript.Pos{File: file, Line: 1}, Kind: kind, Msg: msg}
	}
	warns := []*transcript.Error{
		w("a.txt", "period", "period one"),
		w("a.txt", "period", "period two"),
		w("a.txt", "company", "company one"),
		w("b.txt", "period", "period three"),
		w("b.txt", "", "something else"),
	}
	var out bytes.Buffer
	printWarnings(&out, buildFlags{content: "content"}, warns)
	want := "content/a.txt:1: warning: period one (and 1 more period warning(s) for this file; -v lists them)\n" +
		"content/a.txt:1: warning: company one\n" +
		"content/b.txt:1: warning: period three\n" +
		"content/b.txt:1: warning: something else\n" +
		"gen: 5 warning(s) by kind: 3 period, 1 company, 1 other; -v lists every one\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	out.Reset()
	printWarnings(&out, buildFlags{content: "content", verbose: true}, warns)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 6 || !strings.Contains(lines[1], "period two") || lines[5] != "gen: 5 warning(s) by kind: 3 period, 1 company, 1 other" {
		t.Errorf("-v printed:\n%s", out.String())
	}
}
