//go:build unix

package publish

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// deadPID returns the id of a process that has ended.
func deadPID(t *testing.T) int {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func TestPublishRemovesLeftoversOfKilledBuilds(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	dead := strconv.Itoa(deadPID(t))
	live := strconv.Itoa(os.Getppid()) // the go command: alive
	self := strconv.Itoa(os.Getpid())
	mk := func(name string) string {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Join(p, "c"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(p, "c", "index.html"), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gone := []string{
		mk(".public.building-" + dead + "-123"),
		mk(".public.building-" + dead + "-456.old"),
	}
	kept := []string{
		mk(".public.building-" + live + "-123"),   // a build running in another process
		mk(".public.building-" + self + "-789"),   // one running in this process
		mk(".public.building-98765"),              // no process to tell by
		mk(".other.building-" + dead + "-123"),    // another output folder
		mk(".public.building-" + dead + "x-1"),    // not a process id
		mk(".publicity.building-" + dead + "-12"), // a longer name
	}
	// First build: no site yet, so the previous site a killed swap moved
	// aside stays (it is all there is).
	err := Publish(out, func(o Output) error { return o.WriteFile("index.html", []byte("one")) })
	if err != nil {
		t.Fatal(err)
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	if exists(gone[0]) || !exists(gone[1]) {
		t.Fatalf("after the first build: leftover removed %v, old site kept %v; want true, true", !exists(gone[0]), exists(gone[1]))
	}
	// Second build, in place: now the site exists, the old copy goes.
	err = Update(out, nil, func(o Output, keep func([]string)) error { return o.WriteFile("index.html", []byte("two")) })
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range gone {
		if exists(p) {
			t.Errorf("%s: a killed build's folder is still there", filepath.Base(p))
		}
	}
	for _, p := range kept {
		if !exists(p) {
			t.Errorf("%s: removed, but it is not a killed build's folder of this output", filepath.Base(p))
		}
	}
	if b, err := os.ReadFile(filepath.Join(out, "index.html")); err != nil || string(b) != "two" {
		t.Errorf("published index.html = %q, %v; want \"two\"", b, err)
	}
}
