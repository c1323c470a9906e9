package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

// runExplain is `gen explain FILE...`: every figure of each transcript as
// the site reads it (metric, kind, period, basis, scope, role) and the
// words behind each decision, so that a wrong key point becomes a one-line
// bug report.
func runExplain(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gen explain", flag.ContinueOnError)
	fl.SetOutput(stderr)
	metric := fl.String("metric", "", "only figures of this metric (e.g. revenue, eps)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: gen explain [-metric M] FILE...")
		return 2
	}
	code := 0
	for _, name := range fl.Args() {
		src, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "gen: %v\n", err)
			code = 1
			continue
		}
		t, err := transcript.Parse(name, src)
		if err != nil {
			fmt.Fprintln(stderr, err)
			code = 1
			continue
		}
		explain(stdout, t, *metric)
	}
	return code
}

func explain(w io.Writer, t *transcript.Transcript, metric string) {
	fmt.Fprintf(w, "%s: %s %s (sidecars not read)\n", t.Source, t.Meta.Company, t.Meta.PeriodLabel())
	for _, f := range site.CallFigures(t) {
		if metric != "" && f.Metric != metric {
			continue
		}
		fields := []string{string(f.Kind), orDash(f.Metric), orDash(f.Period), "basis=" + orDash(f.Basis), "scope=" + orDash(f.Scope), "role=" + string(f.Role)}
		if f.Unsure {
			fields = append(fields, "unsure")
		}
		fmt.Fprintf(w, "%s\t%q\t%s\t%s\n", f.ID, f.Text, strings.Join(fields, " "), f.Turn.Speaker.Name)
		for _, r := range f.Reasons {
			fmt.Fprintf(w, "\t\t%s\n", r)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
