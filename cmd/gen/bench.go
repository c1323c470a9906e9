package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Corpus settings of the Hugo baseline (../shared/bench/bench.sh), so that
// the numbers compare.
const (
	benchSeed = 1
	benchSize = 40000 // target bytes per transcript
)

type benchFlags struct {
	sizes     []int
	work      string // corpora and outputs; "" means a temporary folder, removed after
	corpusgen string // folder of the corpus generator (a Go main package)
	runs      int    // timed cold builds per size; the median is reported
	rebuilds  int    // rounds of the two edits and their rebuilds; the medians are reported
	gen       string // the gen binary to time; "" means this executable

	// Real-calls mode (-real): cold builds of one folder by gen, with
	// each of variants (gen build flags), alternating with Hugo.
	real     string
	variants [][]string
	hugo     string // "" when not compared
	shared   string // ../shared/bench: the Hugo site and converter
}

// runBench is `gen bench`: it generates synthetic corpora with corpusgen,
// times cold `gen build`s of them as child processes and prints a Markdown
// table. See bench/README.md.
func runBench(args []string, stdout, stderr io.Writer) int {
	var f benchFlags
	var sizes string
	fl := flag.NewFlagSet("gen bench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&sizes, "sizes", "100,1000,5000", "comma-separated numbers of transcripts")
	fl.StringVar(&f.work, "work", "", "folder for corpora and outputs, kept and reused (default: a temporary folder, removed)")
	fl.StringVar(&f.corpusgen, "corpusgen", filepath.Join("..", "shared", "bench", "corpusgen"), "folder of the corpus generator")
	fl.IntVar(&f.runs, "runs", 1, "timed cold builds per size (the median is shown); with -real, 3 unless set")
	fl.IntVar(&f.rebuilds, "rebuilds", 3, "rounds of the two edits after the cold builds, each timed by a rebuild (the medians are shown)")
	fl.StringVar(&f.real, "real", "", "real-calls mode: time cold builds of this folder of transcripts (e.g. ../shared/corpus/bulk), alternating with Hugo")
	variants := fl.String("variants", "-cards=false;", "with -real: the gen build flags of each gen build timed, separated by ';' (an empty entry is the default flags)")
	hugo := fl.String("hugo", "hugo", "with -real: the Hugo binary to compare with (skipped when not found)")
	resident := fl.String("resident", "", "resident mode: build this folder of transcripts once, then time rebuilds after edits kept in memory, as gen serve does them")
	residentProfile := fl.String("cpuprofile", "", "with -resident: write a CPU profile of the rebuilds to this file")
	fl.StringVar(&f.shared, "shared-bench", filepath.Join("..", "shared", "bench"), "with -real: the folder of the Hugo site and converter (mfjson2hugo.py)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	runsSet := false
	fl.Visit(func(fl *flag.Flag) { runsSet = runsSet || fl.Name == "runs" })
	if (f.real != "" || *resident != "") && !runsSet {
		f.runs = 3
	}
	f.variants = parseVariants(*variants)
	if f.real != "" {
		if p, err := exec.LookPath(*hugo); err == nil {
			f.hugo = p
		}
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "gen bench: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	var err error
	if f.sizes, err = parseSizes(sizes); err != nil {
		fmt.Fprintf(stderr, "gen bench: -sizes: %v\n", err)
		return 2
	}
	if f.rebuilds < 1 {
		fmt.Fprintln(stderr, "gen bench: -rebuilds must be at least 1")
		return 2
	}
	if f.runs < 1 {
		fmt.Fprintln(stderr, "gen bench: -runs must be at least 1")
		return 2
	}
	if f.gen, err = os.Executable(); err != nil {
		fmt.Fprintf(stderr, "gen bench: %v\n", err)
		return 2
	}
	if f.real != "" {
		return benchReal(f, stdout, stderr)
	}
	if *resident != "" {
		return benchResident(*resident, f.runs, *residentProfile, stdout, stderr)
	}
	return bench(f, stdout, stderr)
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, part := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", part)
		}
		out = append(out, n)
	}
	return out, nil
}

// benchResult is one size's measurements.
type benchResult struct {
	n       int
	inBytes int64
	wall    time.Duration // median of the runs
	rssKB   int64         // median peak resident set size of the build process
	// rebuilds after editing one transcript's prepared remarks, then its
	// last question; or why not measured
	rebuild, rebuildQuestion string
}

func bench(f benchFlags, stdout, stderr io.Writer) int {
	if fi, err := os.Stat(filepath.Join(f.corpusgen, "go.mod")); err != nil || fi.IsDir() {
		fmt.Fprintf(stderr, "gen bench: no corpus generator at %s (set -corpusgen)\n", f.corpusgen)
		return 2
	}
	work := f.work
	if work == "" {
		tmp, err := os.MkdirTemp("", "callsite-bench-")
		if err != nil {
			fmt.Fprintf(stderr, "gen bench: %v\n", err)
			return 2
		}
		defer os.RemoveAll(tmp)
		work = tmp
	}
	work, err := filepath.Abs(work)
	if err != nil {
		fmt.Fprintf(stderr, "gen bench: %v\n", err)
		return 2
	}

	var results []benchResult
	for _, n := range f.sizes {
		r, err := benchOne(f, work, n, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "gen bench: N=%d: %v\n", n, err)
			return 1
		}
		results = append(results, r)
	}
	fmt.Fprintf(stdout, "gen bench: %s, %s/%s, %d CPUs, %s; corpusgen seed %d, ~%d bytes per transcript; %d cold build(s) per size and %d round(s) of rebuilds, medians\n\n",
		time.Now().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), benchSeed, benchSize, f.runs, f.rebuilds)
	writeBenchTable(stdout, results)
	return 0
}

// benchOne generates (or reuses) the corpus of n transcripts and times
// cold builds of it.
func benchOne(f benchFlags, work string, n int, stderr io.Writer) (benchResult, error) {
	r := benchResult{n: n}
	corpus := filepath.Join(work, fmt.Sprintf("corpus-%d-s%d-%d", n, benchSeed, benchSize))
	if err := generateCorpus(f.corpusgen, corpus, n, stderr); err != nil {
		return r, err
	}
	content := filepath.Join(corpus, "transcripts")
	var err error
	if r.inBytes, err = treeSize(content); err != nil {
		return r, err
	}

	outParent := filepath.Join(work, fmt.Sprintf("out-%d", n))
	out := filepath.Join(outParent, "public")
	var walls []time.Duration
	var rss []int64
	for i := 0; i < f.runs; i++ {
		// Cold: no output and nothing beside it (a future build cache).
		if err := os.RemoveAll(outParent); err != nil {
			return r, err
		}
		fmt.Fprintf(stderr, "gen bench: N=%d: cold build %d/%d\n", n, i+1, f.runs)
		wall, kb, err := timeBuild(f.gen, content, out)
		if err != nil {
			return r, err
		}
		walls = append(walls, wall)
		rss = append(rss, kb)
	}
	r.wall = median(walls)
	r.rssKB = median(rss)

	if remarks, question, err := rebuildsAfterEdits(f.gen, content, out, f.rebuilds, stderr); err != nil {
		r.rebuild, r.rebuildQuestion = "n/a ("+err.Error()+")", "n/a"
	} else {
		// CPU too: on a shared machine the wall time of a short build
		// says more about the other jobs than about the build.
		r.rebuild = fmt.Sprintf("%.3f s (CPU %.3f s)", remarks.wall.Seconds(), remarks.cpu.Seconds())
		r.rebuildQuestion = fmt.Sprintf("%.3f s (CPU %.3f s)", question.wall.Seconds(), question.cpu.Seconds())
	}
	return r, nil
}

// rebuildsAfterEdits times two `gen build`s into out (just built, with
// its build cache beside it), each after an edit to one transcript of
// content: a word added to the prepared remarks (the call's record stays
// as it was: its own pages are drawn again), then words added to its
// first question (the record changes: so do the pages across calls that
// show it, and the search index). It does so rounds times, the
// transcript put back and built again (untimed) between rounds, and
// returns the medians: a rebuild takes under a second, and one alone says
// as much about the machine's other jobs as about the build. The
// transcript is put back afterwards, so the corpus can be reused.
func rebuildsAfterEdits(gen, content, out string, rounds int, stderr io.Writer) (remarks, question timedRun, err error) {
	ed, err := newBenchEdits(content)
	if err != nil {
		return remarks, question, err
	}
	defer ed.putBack()
	var byRemarks, byQuestion realResult
	rounds = max(rounds, 1)
	for i := 0; i < rounds; i++ {
		if i > 0 {
			if err := ed.putBack(); err != nil {
				return remarks, question, err
			}
			if _, err := timeCommand(gen, "build", "-content", content, "-out", out); err != nil {
				return remarks, question, err
			}
		}
		fmt.Fprintf(stderr, "gen bench: rebuilds after edits %d/%d\n", i+1, rounds)
		for _, step := range []struct {
			text []byte
			runs *realResult
		}{{ed.remarks, &byRemarks}, {ed.question, &byQuestion}} {
			if err := ed.write(step.text); err != nil {
				return remarks, question, err
			}
			r, err := timeCommand(gen, "build", "-content", content, "-out", out)
			if err != nil {
				return remarks, question, err
			}
			step.runs.runs = append(step.runs.runs, r)
		}
	}
	return byRemarks.median(), byQuestion.median(), nil
}

// benchEdits are the edits of one transcript the rebuilds are timed
// after: the middle one by name, so that the same corpus edits the same.
type benchEdits struct {
	victim string
	orig   []byte
	// remarks adds a word to the prepared remarks (the call's record
	// stays as it was: its own pages are drawn again); question adds
	// words to its first question too (the record changes: so do the
	// pages across calls that show it, and the search index).
	remarks, question []byte
}

func newBenchEdits(content string) (*benchEdits, error) {
	names, err := filepath.Glob(filepath.Join(content, "*.txt"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no transcript to edit in %s", content)
	}
	sort.Strings(names)
	ed := &benchEdits{victim: names[len(names)/2]}
	if ed.orig, err = os.ReadFile(ed.victim); err != nil {
		return nil, err
	}
	ed.remarks = bytes.Replace(ed.orig, []byte(" the "), []byte(" the very "), 1)
	if bytes.Equal(ed.remarks, ed.orig) {
		ed.remarks = append(append([]byte(nil), ed.orig...), []byte("\nOperator\nThank you for joining.\n")...)
	}
	q := bytes.IndexByte(ed.remarks, '?')
	if q < 0 {
		return nil, fmt.Errorf("no question in %s", ed.victim)
	}
	ed.question = append(append(append([]byte(nil), ed.remarks[:q]...), " this year"...), ed.remarks[q:]...)
	return ed, nil
}

func (ed *benchEdits) write(text []byte) error { return os.WriteFile(ed.victim, text, 0o644) }

// putBack writes the transcript as it was, so that the corpus can be
// reused.
func (ed *benchEdits) putBack() error { return ed.write(ed.orig) }

// timeBuild runs `gen build` as a child process and returns its wall time
// and peak resident set size in KiB.
func timeBuild(gen, content, out string) (time.Duration, int64, error) {
	r, err := timeCommand(gen, "build", "-content", content, "-out", out)
	return r.wall, r.rssKB, err
}

// maxRSSKB reads the peak resident set size of an exited process from its
// rusage (Maxrss: KiB on Linux, bytes on macOS). It returns 0 where the
// system does not report it (Windows). Reflection keeps this file free of
// build tags: syscall.Rusage has no Maxrss field on every system.
func maxRSSKB(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	v := reflect.ValueOf(ps.SysUsage())
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return 0
	}
	field := v.Elem().FieldByName("Maxrss")
	if !field.IsValid() || !field.CanInt() {
		return 0
	}
	kb := field.Int()
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		kb /= 1024
	}
	return kb
}

// generateCorpus runs `go run . gen -n N -seed S -size B -out DIR` in the
// corpusgen folder, unless DIR already holds that corpus.
func generateCorpus(corpusgen, dir string, n int, stderr io.Writer) error {
	var m struct {
		Seed       int `json:"seed"`
		N          int `json:"n"`
		TargetSize int `json:"target_size"`
	}
	if b, err := os.ReadFile(filepath.Join(dir, "manifest.json")); err == nil && json.Unmarshal(b, &m) == nil &&
		m.Seed == benchSeed && m.N == n && m.TargetSize == benchSize {
		fmt.Fprintf(stderr, "gen bench: N=%d: reusing %s\n", n, dir)
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gen bench: N=%d: generating the corpus\n", n)
	cmd := exec.Command("go", "run", ".", "gen",
		"-n", strconv.Itoa(n), "-seed", strconv.Itoa(benchSeed), "-size", strconv.Itoa(benchSize), "-out", dir)
	cmd.Dir = corpusgen
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("corpusgen: %v\n%s", err, tail(out.String(), 20))
	}
	return nil
}

// treeSize adds up the sizes of the regular files below dir.
func treeSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return nil
	})
	return total, err
}

func writeBenchTable(w io.Writer, results []benchResult) {
	fmt.Fprintln(w, "| N | input MB | wall s | calls/s | input MB/s | peak RSS MiB | rebuild after editing 1 transcript: prepared remarks | then a question |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---|---|")
	for _, r := range results {
		secs := r.wall.Seconds()
		mb := float64(r.inBytes) / 1e6
		rss := "n/a"
		if r.rssKB > 0 {
			rss = fmt.Sprintf("%.0f", float64(r.rssKB)/1024)
		}
		fmt.Fprintf(w, "| %d | %.1f | %.2f | %.0f | %.1f | %s | %s | %s |\n",
			r.n, mb, secs, float64(r.n)/secs, mb/secs, rss, r.rebuild, r.rebuildQuestion)
	}
}

func median[T time.Duration | int64](xs []T) T {
	s := append([]T(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// parseVariants splits -variants at ';' into the flags of each gen build.
func parseVariants(s string) [][]string {
	var out [][]string
	for _, v := range strings.Split(s, ";") {
		out = append(out, strings.Fields(v))
	}
	return out
}

// timedRun is one timed cold build.
type timedRun struct {
	wall, cpu time.Duration // wall clock; user and system CPU
	rssKB     int64
}

// realResult is the runs of one build command of the real-calls mode.
type realResult struct {
	name string
	runs []timedRun
	err  string // why it was not measured
}

func (r realResult) median() timedRun {
	var walls, cpus []time.Duration
	var rss []int64
	for _, x := range r.runs {
		walls, cpus, rss = append(walls, x.wall), append(cpus, x.cpu), append(rss, x.rssKB)
	}
	return timedRun{wall: median(walls), cpu: median(cpus), rssKB: median(rss)}
}

// benchReal is `gen bench -real DIR`: cold builds of the transcripts in
// DIR (or DIR/transcripts) by gen with each variant of flags and, when
// Hugo is found, by Hugo of the same calls converted to a Hugo site by
// the shared converter; one run of each in turn, f.runs times, so that
// a busy machine slows all alike. It prints medians and ratios.
func benchReal(f benchFlags, stdout, stderr io.Writer) int {
	content, files, inBytes, err := realInput(f.real)
	if err != nil {
		fmt.Fprintf(stderr, "gen bench: -real: %v\n", err)
		return 2
	}
	work, cleanup, err := benchWorkDir(f.work)
	if err != nil {
		fmt.Fprintf(stderr, "gen bench: %v\n", err)
		return 2
	}
	defer cleanup()

	hugo := realResult{name: "Hugo"}
	hugoSite := filepath.Join(work, "hugo-site")
	if f.hugo == "" {
		hugo.err = "hugo not found (-hugo)"
	} else if err := makeHugoSite(f.shared, content, hugoSite); err != nil {
		hugo.err = "no Hugo site: " + err.Error()
	} else {
		hugo.name = "Hugo " + hugoVersion(f.hugo)
	}
	gens := make([]realResult, len(f.variants))
	for i, v := range f.variants {
		gens[i].name = "gen build " + strings.Join(v, " ")
		if len(v) == 0 {
			gens[i].name = "gen build (default flags)"
		}
	}
	for i := 0; i < f.runs; i++ {
		for j, v := range f.variants {
			out := filepath.Join(work, "gen", "public") // its cache goes beside it
			if err := os.RemoveAll(filepath.Dir(out)); err != nil {
				fmt.Fprintf(stderr, "gen bench: %v\n", err)
				return 1
			}
			fmt.Fprintf(stderr, "gen bench: run %d/%d: %s\n", i+1, f.runs, gens[j].name)
			args := append(append([]string{"build", "-quiet"}, v...), "-content", content, "-out", out)
			r, err := timeCommand(f.gen, args...)
			if err != nil {
				fmt.Fprintf(stderr, "gen bench: %v\n", err)
				return 1
			}
			gens[j].runs = append(gens[j].runs, r)
			if hugo.err == "" && j == 0 {
				out := filepath.Join(work, "hugo")
				if err := os.RemoveAll(out); err != nil {
					fmt.Fprintf(stderr, "gen bench: %v\n", err)
					return 1
				}
				fmt.Fprintf(stderr, "gen bench: run %d/%d: %s\n", i+1, f.runs, hugo.name)
				r, err := timeCommand(f.hugo, "--quiet", "-s", hugoSite, "-d", filepath.Join(out, "public"), "--cacheDir", filepath.Join(out, "cache"))
				if err != nil {
					hugo.err = err.Error()
					hugo.runs = nil
				} else {
					hugo.runs = append(hugo.runs, r)
				}
			}
		}
	}
	fmt.Fprintf(stdout, "gen bench -real: %s, %s/%s, %d CPUs, %s; %s: %d files, %.1f MB; %d cold build(s) of each, alternating; medians\n\n",
		time.Now().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), f.real, files, float64(inBytes)/1e6, f.runs)
	writeRealTable(stdout, hugo, gens)
	return 0
}

// realInput is the folder of transcripts -real names (DIR or
// DIR/transcripts), absolute, with how many files and bytes it holds.
func realInput(dir string) (content string, files int, size int64, err error) {
	content = dir
	if fi, err := os.Stat(filepath.Join(content, "transcripts")); err == nil && fi.IsDir() {
		content = filepath.Join(content, "transcripts")
	}
	if content, err = filepath.Abs(content); err != nil {
		return "", 0, 0, err
	}
	if _, err = os.Stat(content); err != nil {
		return "", 0, 0, err
	}
	filepath.WalkDir(content, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				files++
				size += info.Size()
			}
		}
		return nil
	})
	return content, files, size, nil
}

// benchWorkDir is -work as an absolute path, or a temporary folder that
// cleanup removes.
func benchWorkDir(work string) (string, func(), error) {
	cleanup := func() {}
	if work == "" {
		tmp, err := os.MkdirTemp("", "callsite-bench-")
		if err != nil {
			return "", cleanup, err
		}
		work, cleanup = tmp, func() { os.RemoveAll(tmp) }
	}
	abs, err := filepath.Abs(work)
	return abs, cleanup, err
}

// writeRealTable prints the medians, and how each gen build compares
// with Hugo's: Hugo's time divided by gen's (above 1, gen is faster) and
// gen's peak memory divided by Hugo's.
func writeRealTable(w io.Writer, hugo realResult, gens []realResult) {
	fmt.Fprintln(w, "| build | wall s | CPU s | peak RSS MiB | Hugo wall / this | Hugo CPU / this | RSS this / Hugo |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|")
	var h timedRun
	if len(hugo.runs) > 0 {
		h = hugo.median()
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.0f | 1.00 | 1.00 | 1.00 |\n", hugo.name, h.wall.Seconds(), h.cpu.Seconds(), float64(h.rssKB)/1024)
	}
	for _, g := range gens {
		m := g.median()
		ratio := func(a, b float64) string {
			if a <= 0 || b <= 0 {
				return "n/a"
			}
			return fmt.Sprintf("%.2f", a/b)
		}
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.0f | %s | %s | %s |\n", g.name, m.wall.Seconds(), m.cpu.Seconds(), float64(m.rssKB)/1024,
			ratio(h.wall.Seconds(), m.wall.Seconds()), ratio(h.cpu.Seconds(), m.cpu.Seconds()), ratio(float64(m.rssKB), float64(h.rssKB)))
	}
	if hugo.err != "" {
		fmt.Fprintf(w, "\nHugo not compared: %s\n", hugo.err)
	}
}

// timeCommand runs a command to its end and measures it.
func timeCommand(name string, args ...string) (timedRun, error) {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return timedRun{}, fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, tail(stderr.String(), 20))
	}
	ps := cmd.ProcessState
	return timedRun{wall: wall, cpu: ps.UserTime() + ps.SystemTime(), rssKB: maxRSSKB(ps)}, nil
}

// makeHugoSite converts the transcripts into the shared benchmark's Hugo
// site (a copy of shared/site, its content written by mfjson2hugo.py),
// as ../shared/bench/real-vs-hugo.sh does.
func makeHugoSite(shared, content, dir string) error {
	conv := filepath.Join(shared, "mfjson2hugo.py")
	if _, err := os.Stat(conv); err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(shared, "site"))); err != nil {
		return err
	}
	out, err := exec.Command("python3", conv, content, dir).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v: %s", filepath.Base(conv), err, tail(string(out), 1))
	}
	return nil
}

// hugoVersion is "v0.165.0" from `hugo version`, or "".
func hugoVersion(hugo string) string {
	out, err := exec.Command(hugo, "version").Output()
	if err != nil {
		return ""
	}
	for _, f := range strings.Fields(string(out)) {
		if strings.HasPrefix(f, "v") && strings.Count(f, ".") >= 2 {
			return f
		}
	}
	return ""
}
