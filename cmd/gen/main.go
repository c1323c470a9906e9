// Command gen builds a static earnings-call site from transcripts.
//
//	gen build [-content DIR] [-out DIR] [-base-url URL] [-keep-going] ...
//
// Exit status: 0 built; 1 input errors (with -keep-going the calls that
// parsed were still published); 2 bad usage or a failure to write.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	// A soft memory limit, unless GOMEMLIMIT sets one: without it the
	// collector lets the heap grow to twice what a large build keeps live.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// defaultMemoryLimit is the soft limit gen runs under (see main).
const defaultMemoryLimit = 400 << 20

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "bench":
		return runBench(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "gen: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage: gen <command> [flags]

commands:
  build   parse the transcripts in -content and write the site to -out
  serve   build into a temp folder, serve it on -addr and rebuild and reload on changes
  bench   time cold builds of synthetic corpora of -sizes transcripts

Run "gen build -h" for the flags.
`)
}
