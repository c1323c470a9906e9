package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	pipeline "callsite/internal/build"
	"callsite/internal/testtree"
)

// copyTree copies a folder of small files.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestIncrementalEqualsClean changes one input at a time (a transcript, a
// sidecar, a template, a removed call) and checks that a rebuild with the
// build cache writes exactly what a clean build of the same input writes,
// and that calls the change does not touch are reused, not rendered.
// The rebuilds are gen build's, then those of one process that keeps the
// last build in memory (gen serve's).
func TestIncrementalEqualsClean(t *testing.T) {
	t.Run("gen build", func(t *testing.T) { testIncrementalEqualsClean(t, false) })
	t.Run("resident", func(t *testing.T) { testIncrementalEqualsClean(t, true) })
}

func testIncrementalEqualsClean(t *testing.T, resident bool) {
	content, tpl := t.TempDir(), t.TempDir()
	copyTree(t, "../../content", content)
	out := filepath.Join(t.TempDir(), "public")
	build := func(dir string, extra ...string) {
		t.Helper()
		args := append([]string{"build", "-content", content, "-out", dir, "-templates", tpl}, extra...)
		if code, _, stderr := gen(t, args...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	rebuild := func() { build(out) }
	if resident {
		// Settings as gen serve reads them, into the output of the test.
		var f buildFlags
		fl := flag.NewFlagSet("resident", flag.ContinueOnError)
		siteFlagVars(fl, &f, "")
		if err := fl.Parse([]string{"-content", content, "-templates", tpl}); err != nil {
			t.Fatal(err)
		}
		f.out = out
		cfg, err := pipelineConfig(f)
		if err != nil {
			t.Fatal(err)
		}
		r := &pipeline.Resident{OwnsOutput: true}
		rebuild = func() {
			t.Helper()
			if _, err := r.Run(cfg); err != nil {
				t.Fatal(err)
			}
		}
	}
	rebuild()
	// The other company's call, and pages across calls drawn from it
	// alone: an analyst's page and the company's.
	untouched := []string{"c/alder-foods/2023-q4/index.html", "people/lucy-tran/index.html", "c/alder-foods/index.html"}
	edit := func(name, from, to string) {
		p := filepath.Join(content, name)
		src, _ := os.ReadFile(p)
		if !strings.Contains(string(src), from) {
			t.Fatalf("%s has no %q", name, from)
		}
		os.WriteFile(p, []byte(strings.ReplaceAll(string(src), from, to)), 0o644)
	}

	// The search index's company segments in the cache (see
	// internal/build/segments.go): a file per company, named by its key.
	segmentDir := filepath.Join(filepath.Dir(out), ".callsite-cache", "build", "search")
	segments := func() map[string]bool {
		t.Helper()
		entries, err := os.ReadDir(segmentDir)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]bool{}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".seg") { // not the index's state (index-*.state)
				names[e.Name()] = true
			}
		}
		return names
	}
	companies := func() int {
		entries, _ := os.ReadDir(filepath.Join(out, "c"))
		n := 0
		for _, e := range entries {
			n += boolInt(e.IsDir())
		}
		return n
	}
	const all = -1 // every company's segment is made again
	peopleFile := filepath.Join(filepath.Dir(out), ".callsite-cache", "build", "people.bin")
	peopleWritten := func() time.Time {
		t.Helper()
		if resident {
			return time.Time{} // kept in memory, never written
		}
		fi, err := os.Stat(peopleFile)
		if err != nil {
			t.Fatal(err)
		}
		return fi.ModTime()
	}

	changes := []struct {
		name     string
		change   func()
		reused   []bool   // whether each untouched file is reused
		segments int      // company segments of the search index made again
		kept     []string // files of the edited call's company and people that must be reused too
		// relinked: the people and firms are linked again, not restored
		// (internal/build/people.go): only when a speaker, who asks or
		// answers, a company or a period changes.
		relinked bool
	}{
		{"edit words said that no page across calls shows (only the call's pages and the search index change)", func() {
			edit("northwind-robotics-2024-q2.txt", "Thank you for joining us today.", "Thank you all for joining us today.")
		}, []bool{true, true, true}, 1, []string{"c/northwind-robotics/index.html", "c/northwind-robotics/feed.xml", "index.html", "sitemap.xml", "feed.xml"}, false},
		{"edit a paragraph (a key figure's sentence: the record changes)", func() {
			edit("northwind-robotics-2024-q2.txt", "Revenue in the second quarter was $44.1 million", "Revenue in the second quarter came to $44.1 million")
		}, []bool{true, true, true}, 1, nil, false},
		{"reword a question (shown on the analyst's and the firm's pages)", func() {
			edit("northwind-robotics-2024-q2.txt", "how large the software attach rate is", "how big the software attach rate is")
		}, []bool{true, true, true}, 1, nil, false},
		{"edit keeping the size and the modification time", func() {
			p := filepath.Join(content, "northwind-robotics-2024-q2.txt")
			fi, _ := os.Stat(p)
			edit("northwind-robotics-2024-q2.txt", "$44.1 million", "$44.7 million")
			os.Chtimes(p, fi.ModTime(), fi.ModTime())
		}, []bool{true, true, true}, 1, nil, false},
		{"rename a firm (on every page across calls)", func() {
			edit("northwind-robotics-2024-q2.txt", "Harbor Lane Securities", "Harborline Securities")
			edit("northwind-robotics-2024-q3.txt", "Harbor Lane Securities", "Harborline Securities")
		}, []bool{true, false, false}, all, nil, true},
		{"move an analyst to another firm on one call (the people's and firms' part of the search index changes)", func() {
			edit("northwind-robotics-2024-q3.txt", "Kate Lindqvist of Meridian Capital Partners", "Kate Lindqvist of Greyfield Bank")
		}, []bool{true, true, true}, all, nil, true},
		{"add a sidecar", func() {
			os.WriteFile(filepath.Join(content, "northwind-robotics-2024-q3.md"), []byte("---\ndate: 2024-10-29\n---\nA note from the editors.\n"), 0o644)
		}, []bool{true, true, true}, 1, nil, false},
		{"remove a call (the only one naming its company's ticker)", func() {
			os.Remove(filepath.Join(content, "northwind-robotics-2024-q2.txt"))
			os.Remove(filepath.Join(content, "northwind-robotics-2024-q2.md"))
		}, []bool{true, true, true}, all, nil, true},
		{"delete output files (an exchange page and a person's page)", func() {
			os.Remove(filepath.Join(out, "c/alder-foods/2023-q4/q2/index.html"))
			os.Remove(filepath.Join(out, "people/james-oneill/index.html"))
		}, []bool{true, true, true}, 0, nil, false}, // drawn again, the same bytes: not rewritten
		{"change a template", func() {
			src, _ := os.ReadFile("../../templates/call.html")
			os.WriteFile(filepath.Join(tpl, "call.html"), []byte(strings.Replace(string(src), "Questions asked", "Questions from analysts", 1)), 0o644)
		}, []bool{false, true, true}, all, nil, false}, // the pages across calls do not use call.html: same bytes
		{"change the layout", func() {
			src, _ := os.ReadFile("../../templates/layout.html")
			os.WriteFile(filepath.Join(tpl, "layout.html"), []byte(strings.Replace(string(src), ">People</a>", ">Speakers</a>", 1)), 0o644)
		}, []bool{false, false, false}, all, nil, false},
	}
	for _, ch := range changes {
		if resident && strings.HasPrefix(ch.name, "delete output files") {
			continue // the folder is the process's own (Resident.OwnsOutput)
		}
		segsBefore := segments()
		var before []time.Time
		for _, f := range append(untouched, ch.kept...) {
			fi, err := os.Stat(filepath.Join(out, f))
			if err != nil {
				t.Fatal(err)
			}
			before = append(before, fi.ModTime())
		}
		peopleBefore := peopleWritten()
		time.Sleep(20 * time.Millisecond) // let a rendered file get a later mtime
		ch.change()
		rebuild()
		if relinked := !peopleWritten().Equal(peopleBefore); !resident && relinked != ch.relinked {
			t.Errorf("%s: people linked again = %v, want %v", ch.name, relinked, ch.relinked)
		}
		clean := filepath.Join(t.TempDir(), "public")
		build(clean)
		if a, b := testtree.Listing(t, out), testtree.Listing(t, clean); a != b {
			t.Fatalf("%s: rebuild differs from a clean build:\n%s\n---\n%s", ch.name, a, b)
		}
		for i, f := range untouched {
			after, err := os.Stat(filepath.Join(out, f))
			if err != nil {
				t.Fatal(err)
			}
			if reused := after.ModTime().Equal(before[i]); reused != ch.reused[i] {
				t.Errorf("%s: %s reused = %v, want %v", ch.name, f, reused, ch.reused[i])
			}
		}
		for i, f := range ch.kept {
			after, err := os.Stat(filepath.Join(out, f))
			if err != nil {
				t.Fatal(err)
			}
			if !after.ModTime().Equal(before[len(untouched)+i]) {
				t.Errorf("%s: %s drawn again, want it kept", ch.name, f)
			}
		}
		segsAfter, made := segments(), 0
		for name := range segsAfter {
			made += boolInt(!segsBefore[name])
		}
		want := ch.segments
		if want == all {
			want = companies()
		}
		if len(segsAfter) != companies() || made != want {
			t.Errorf("%s: %d search segments, %d made again; want %d, %d made again", ch.name, len(segsAfter), made, companies(), want)
		}
	}
	untouchedCall := filepath.Join(out, untouched[0])
	if !strings.Contains(readFile(t, untouchedCall), "Questions from analysts") {
		t.Error("the template change did not reach the untouched call")
	}
}

// TestFailedRebuildLeavesOutputUntouched breaks a template after a build
// with a cache (a rebuild updates the output in place) and checks that
// the failed rebuild changed nothing and left nothing beside it.
func TestFailedRebuildLeavesOutputUntouched(t *testing.T) {
	content, tpl := t.TempDir(), t.TempDir()
	copyTree(t, "../../content", content)
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	if code, _, stderr := gen(t, "build", "-content", content, "-out", out, "-templates", tpl); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := testtree.Listing(t, out)
	entries, _ := os.ReadDir(parent)
	// A template that parses but fails while a call page is drawn.
	os.WriteFile(filepath.Join(tpl, "call.html"), []byte(`{{template "head" .}}{{.NoSuchField}}{{template "foot" .}}`), 0o644)
	p := filepath.Join(content, "alder-foods-2023-q4.txt")
	src, _ := os.ReadFile(p)
	os.WriteFile(p, append(src, []byte("Operator\nThank you for attending.\n")...), 0o644)
	code, _, stderr := gen(t, "build", "-content", content, "-out", out, "-templates", tpl)
	if code != 2 || !strings.Contains(stderr, "NoSuchField") {
		t.Fatalf("exit %d, want 2 naming the template error:\n%s", code, stderr)
	}
	if after := testtree.Listing(t, out); after != before {
		t.Error("a failed rebuild changed the output")
	}
	if after, _ := os.ReadDir(parent); len(after) != len(entries) {
		t.Errorf("a failed rebuild left files beside the output: %v", after)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
