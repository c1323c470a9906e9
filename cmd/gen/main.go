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
	// A build raises it for large sites (sizeMemoryLimit).
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit(0))
		limitMemory = true
		// Under that limit the collector can wait for the heap to grow
		// two and a half times what is live rather than twice. (Five times
		// saved no CPU measurable on 811 real calls and doubled their
		// peak; three times (200) peaked at 222–253 MiB against 189–204
		// MiB for this, with no CPU difference the machine could resolve;
		// large sites reach the limit either way.)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(150)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// limitMemory is set when gen chooses its own memory limit.
var limitMemory bool

// memoryLimit is the soft limit gen runs under for a site of n inputs:
// 400 MiB, and more for sites whose records alone (about 20 KB a call,
// kept for the pages across calls) would leave the collector too little
// room under it, up to 1.5 GiB (a cold build of 50,000 corpusgen calls
// peaks at 1,779 MiB resident under it, 1,908 MiB under 1.6 GiB, over
// the 2 GB it must stay under). A limit below what the build keeps live
// would make the collector run without end.
func memoryLimit(inputs int) int64 {
	const base, perInput, most = 400 << 20, 32 << 10, 1500 << 20
	return min(max(base, 200<<20+int64(inputs)*perInput), most)
}

// sizeMemoryLimit raises the memory limit once a build knows its size.
func sizeMemoryLimit(inputs int) {
	if limitMemory {
		debug.SetMemoryLimit(memoryLimit(inputs))
	}
}

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
	case "explain":
		return runExplain(args[1:], stdout, stderr)
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
  explain print each figure of a transcript as the site reads it, with the reasons

Run "gen build -h" for the flags.
`)
}
