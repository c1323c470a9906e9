package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	call := strings.Replace(serveCall, "Our blue widgets sold out early.", "Adjusted earnings per share were $0.42.", 1)
	file := filepath.Join(t.TempDir(), "quillon-widgets-2024-q2.txt")
	if err := os.WriteFile(file, []byte(call), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"explain", file}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{
		"Quillon Widgets Q2 2024",
		"\"$48 million\"\tactual revenue Q2 2024 basis=- scope=- role=level\tDana Reyes",
		"\"$0.42\"\tactual adjusted eps Q2 2024 basis=adjusted",
		"\t\tbasis: adjusted",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("explain output lacks %q:\n%s", want, got)
		}
	}
	out.Reset()
	if code := run([]string{"explain", "-metric", "eps", file}, &out, &errb); code != 0 || strings.Contains(out.String(), "revenue") {
		t.Errorf("-metric eps: exit %d, output:\n%s", code, out.String())
	}
	if code := run([]string{"explain", filepath.Join(t.TempDir(), "missing.txt")}, &out, &errb); code != 1 {
		t.Errorf("a missing file: exit %d, want 1", code)
	}
}
