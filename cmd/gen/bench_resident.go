package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	pipeline "callsite/internal/build"
)

// residentKinds are the rebuilds benchResident times, in the order of a
// round: nothing changed, the edits of benchEdits, the transcript put back.
var residentKinds = []string{"nothing changed", "prepared remarks", "then a question", "put back"}

// benchResident is `gen bench -resident DIR`: one process (this one)
// builds DIR's transcripts with -cards=false into a folder of its own,
// then rebuilds it, keeping the last build in memory as gen serve does
// (build.Resident), after each edit of rounds rounds; it prints the wall
// and CPU time of each kind of rebuild (median) and the peak memory.
// profile, if set, receives a CPU profile of the rebuilds (not of the
// cold build).
func benchResident(content string, rounds int, profile string, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "gen bench: -resident: %v\n", err)
		return 1
	}
	work, err := os.MkdirTemp("", "callsite-resident-")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(work)
	var f buildFlags
	fl := flag.NewFlagSet("resident", flag.ContinueOnError)
	siteFlagVars(fl, &f, "")
	if err := fl.Parse([]string{"-content", content, "-cards=false"}); err != nil {
		return fail(err)
	}
	f.out = filepath.Join(work, "public")
	cfg, err := pipelineConfig(f)
	if err != nil {
		return fail(err)
	}
	cfg.Discovered = sizeMemoryLimit // as gen serve
	ed, err := newBenchEdits(content)
	if err != nil {
		return fail(err)
	}
	defer ed.putBack()

	r := &pipeline.Resident{OwnsOutput: true}
	timed := func() (timedRun, error) {
		cpu0, wall0 := processCPU(), time.Now()
		_, err := r.Run(cfg)
		return timedRun{wall: time.Since(wall0), cpu: processCPU() - cpu0}, err
	}
	fmt.Fprintf(stderr, "gen bench: -resident: cold build of %s\n", content)
	cold, err := timed()
	if err != nil {
		return fail(err)
	}
	if profile != "" {
		stop, err := startCPUProfile(profile)
		if err != nil {
			return fail(err)
		}
		defer stop()
	}
	texts := [][]byte{nil, ed.remarks, ed.question, ed.orig}
	runs := make([][]timedRun, len(residentKinds))
	for round := range rounds {
		for k, text := range texts {
			if text != nil {
				if err := ed.write(text); err != nil {
					return fail(err)
				}
			}
			run, err := timed()
			if err != nil {
				return fail(fmt.Errorf("round %d, %s: %w", round+1, residentKinds[k], err))
			}
			runs[k] = append(runs[k], run)
		}
	}
	fmt.Fprintf(stdout, "gen bench -resident: %s; cold build %.2f s (CPU %.2f s); %d round(s), median; peak RSS %d MiB\n\n",
		content, cold.wall.Seconds(), cold.cpu.Seconds(), rounds, peakRSSKB()/1024)
	fmt.Fprintln(stdout, "| rebuild after | wall s | CPU s |")
	fmt.Fprintln(stdout, "|---|---|---|")
	for k, kind := range residentKinds {
		m := realResult{runs: runs[k]}.median()
		fmt.Fprintf(stdout, "| %s | %.3f | %.3f |\n", kind, m.wall.Seconds(), m.cpu.Seconds())
	}
	return 0
}
