package testshared

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestSkipLogSummary(t *testing.T) {
	var l skipLog
	if l.add("TestA", "x") {
		t.Error("a skip noted without Main to report it")
	}
	l.main = true
	if got := l.summary("p"); got != "" {
		t.Errorf("no skips: %q", got)
	}
	l.add("TestB/sample", "node not installed")
	l.add("TestB/seed", "node not installed")
	l.add("TestA", "node not installed")
	l.add("TestC", "../shared not found")
	want := "p: 3 gates SKIPPED (CI=true makes them fail): TestA, TestB (node not installed); TestC (../shared not found)"
	if got := l.summary("p"); got != want {
		t.Errorf("summary:\n got %s\nwant %s", got, want)
	}
}

// TestGateSkipsNamed runs go test on testdata/gated as a person would:
// its skipped gate is named in one line, every time (never a cached
// "ok"), and under CI=true it fails.
func TestGateSkipsNamed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test")
	}
	run := func(ci string) (string, error) {
		cmd := exec.Command("go", "test", "./testdata/gated")
		cmd.Env = append(os.Environ(), "CI="+ci)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.String(), err
	}
	want := "callsite/internal/testshared/testdata/gated: 1 gate SKIPPED (CI=true makes them fail): TestNeedsMoon (the moon not found)\n"
	for i := range 2 {
		out, err := run("")
		if err != nil {
			t.Fatalf("run %d: %v\n%s", i+1, err, out)
		}
		if strings.Count(out, want) != 1 || strings.Contains(out, "(cached)") {
			t.Errorf("run %d printed\n%s\nwant the line once, not cached:\n%s", i+1, out, want)
		}
	}
	out, err := run("true")
	if err == nil || !strings.Contains(out, "the moon not found (CI=true: .ci/run must provide it)") {
		t.Errorf("under CI=true: %v\n%s", err, out)
	}
}
