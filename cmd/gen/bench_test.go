package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"callsite/internal/testshared"
	"callsite/internal/testtree"
)

func TestParseSizes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		bad  bool
	}{
		{"100,1000,5000", []int{100, 1000, 5000}, false},
		{" 7 , 9", []int{7, 9}, false},
		{"10,", nil, true},
		{"0", nil, true},
		{"-5", nil, true},
		{"ten", nil, true},
	} {
		got, err := parseSizes(tc.in)
		if (err != nil) != tc.bad || !tc.bad && !equalInts(got, tc.want) {
			t.Errorf("parseSizes(%q) = %v, %v", tc.in, got, err)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestBenchTable(t *testing.T) {
	var buf bytes.Buffer
	writeBenchTable(&buf, []benchResult{
		{n: 5000, inBytes: 201_200_000, wall: 4 * time.Second, rssKB: 400 * 1024, rebuild: "0.812 s", rebuildQuestion: "0.9 s"},
		{n: 10, inBytes: 400_000, wall: 100 * time.Millisecond, rebuild: "0.050 s", rebuildQuestion: "n/a"},
	})
	want := `| N | input MB | wall s | calls/s | input MB/s | peak RSS MiB | rebuild after editing 1 transcript: prepared remarks | then a question |
|---:|---:|---:|---:|---:|---:|---|---|
| 5000 | 201.2 | 4.00 | 1250 | 50.3 | 400 | 0.812 s | 0.9 s |
| 10 | 0.4 | 0.10 | 100 | 4.0 | n/a | 0.050 s | n/a |
`
	if buf.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestMaxRSS(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("peak RSS is read from rusage on Linux and macOS only")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	// A Go test binary needs a few MiB and surely less than a GiB.
	if kb := maxRSSKB(cmd.ProcessState); kb < 1024 || kb > 1<<20 {
		t.Errorf("maxRSSKB = %d KiB", kb)
	}
}

func TestBenchUsage(t *testing.T) {
	for _, args := range [][]string{{"-sizes", "x"}, {"-runs", "0"}, {"extra"}} {
		if code, _, _ := gen(t, append([]string{"bench"}, args...)...); code != 2 {
			t.Errorf("gen bench %v: exit %d, want 2", args, code)
		}
	}
	if code, _, stderr := gen(t, "bench", "-sizes", "1", "-corpusgen", t.TempDir()); code != 2 || !strings.Contains(stderr, "no corpus generator") {
		t.Errorf("missing corpusgen: exit %d, %s", code, stderr)
	}
}

// TestBenchEndToEnd builds gen, then runs the benchmark on a tiny corpus
// from the shared corpus generator.
func TestBenchEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gen and runs corpusgen")
	}
	corpusgen := testshared.Path(t, "bench", "corpusgen")
	if _, err := os.Stat(filepath.Join(corpusgen, "go.mod")); err != nil {
		testshared.Missing(t, "no corpus generator in ../shared/bench: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gen")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var stdout, stderr bytes.Buffer
	work := filepath.Join(dir, "work")
	code := bench(benchFlags{sizes: []int{3}, work: work, corpusgen: corpusgen, runs: 1, gen: bin}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "| 3 | 0.1 | ") || !regexp.MustCompile(`(?m)\| \d+\.\d{3} s \(CPU \d+\.\d{3} s\) \| \d+\.\d{3} s \(CPU \d+\.\d{3} s\) \|$`).MatchString(stdout.String()) {
		t.Errorf("table:\n%s", stdout.String())
	}
	if _, err := os.Stat(filepath.Join(work, "out-3", "public", "index.html")); err != nil {
		t.Errorf("no site built: %v", err)
	}
	// A second run reuses the corpus, which the first left as it was
	// after its edits.
	corpus := testtree.Listing(t, filepath.Join(work, "corpus-3-s1-40000"))
	stderr.Reset()
	if code := bench(benchFlags{sizes: []int{3}, work: work, corpusgen: corpusgen, runs: 1, gen: bin}, &stdout, &stderr); code != 0 || !strings.Contains(stderr.String(), "reusing") {
		t.Errorf("second run: exit %d\n%s", code, stderr.String())
	}
	if testtree.Listing(t, filepath.Join(work, "corpus-3-s1-40000")) != corpus {
		t.Error("the benchmark's edits were not undone")
	}
}

// TestMemoryLimitGrowsWithTheSite checks the soft memory limit: 400 MiB
// for small sites, more for large ones (whose records alone would leave
// the collector no room), never more than 1.5 GiB.
func TestMemoryLimitGrowsWithTheSite(t *testing.T) {
	if got := memoryLimit(0); got != 400<<20 {
		t.Errorf("memoryLimit(0) = %d MiB, want 400", got>>20)
	}
	if got := memoryLimit(5000); got != 400<<20 {
		t.Errorf("memoryLimit(5000) = %d MiB, want 400", got>>20)
	}
	if got := memoryLimit(100000); got != 1500<<20 {
		t.Errorf("memoryLimit(100000) = %d MiB, want 1500", got>>20)
	}
	for n := 0; n < 100000; n += 1000 {
		if memoryLimit(n+1000) < memoryLimit(n) {
			t.Fatalf("memoryLimit(%d) < memoryLimit(%d)", n+1000, n)
		}
	}
	if memoryLimit(20000) <= 400<<20 {
		t.Error("memoryLimit(20000) is not raised")
	}
}

func TestParseVariants(t *testing.T) {
	got := parseVariants("-cards=false; ;-minify=false -cards=false")
	want := [][]string{{"-cards=false"}, {}, {"-minify=false", "-cards=false"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseVariants = %q, want %q", got, want)
	}
}

// TestBenchReal runs the real-calls mode on the repository's sample
// transcripts, which the Hugo converter cannot read: gen's builds are
// measured, Hugo's is reported as not compared, and the output is left
// in the work folder.
func TestBenchReal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gen")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gen")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var stdout, stderr bytes.Buffer
	work := filepath.Join(dir, "work")
	f := benchFlags{real: "../../content", work: work, runs: 2, gen: bin, variants: parseVariants("-cards=false;"), hugo: filepath.Join(dir, "no-hugo")}
	if code := benchReal(f, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	table := stdout.String()
	for _, row := range []string{`(?m)^\| gen build -cards=false \| \d+\.\d\d \| \d+\.\d\d \| \d+ \| n/a \| n/a \| n/a \|$`,
		`(?m)^\| gen build \(default flags\) \| \d+\.\d\d \| \d+\.\d\d \| \d+ \|`, `Hugo not compared: no Hugo site`, `2 cold build\(s\) of each`} {
		if !regexp.MustCompile(row).MatchString(table) {
			t.Errorf("no %s in\n%s", row, table)
		}
	}
	if _, err := os.Stat(filepath.Join(work, "gen", "public", "c", "northwind-robotics", "2024-q2", "card.png")); err != nil {
		t.Errorf("the default build left no share image: %v", err)
	}
}

// TestBenchResident times the resident rebuilds of a copy of the sample
// content: a row for each kind of rebuild, and the transcript it edits
// put back as it was.
func TestBenchResident(t *testing.T) {
	content := t.TempDir()
	copyTree(t, "../../content", content)
	before := testtree.Listing(t, content)
	var stdout, stderr bytes.Buffer
	if code := runBench([]string{"-resident", content, "-runs", "1"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, kind := range residentKinds {
		if !strings.Contains(stdout.String(), "| "+kind+" | ") {
			t.Errorf("no row for %q in\n%s", kind, stdout.String())
		}
	}
	if after := testtree.Listing(t, content); after != before {
		t.Error("the edited transcript was not put back")
	}
}
