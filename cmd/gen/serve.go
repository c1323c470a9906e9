package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"callsite/internal/serve"
)

type serveFlags struct {
	buildFlags
	addr string
}

// runServe is `gen serve`: it runs until interrupted (Ctrl-C or SIGTERM).
// A second interrupt kills it at once.
func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	return serveCmd(ctx, args, stdout, stderr, nil)
}

// serveCmd runs `gen serve` until ctx is done. listening, if not nil, is
// told the address once the server listens (tests use -addr 127.0.0.1:0).
func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer, listening func(net.Addr)) int {
	var f serveFlags
	fl := flag.NewFlagSet("gen serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	siteFlagVars(fl, &f.buildFlags, "URL the site is served under; its path is where the site is served")
	fl.StringVar(&f.addr, "addr", "127.0.0.1:1313", "address to listen on (loopback only unless told otherwise)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "gen serve: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	if err := applyConfigFile(fl, &f.buildFlags); err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	cfg, err := pipelineConfig(f.buildFlags)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 2
	}
	cfg.Discovered = sizeMemoryLimit // as gen build: the memory limit grows with the site
	watch := []string{f.content}
	for _, d := range []string{f.templates, f.static} {
		if d != "" {
			watch = append(watch, d)
		}
	}

	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		fmt.Fprintf(stderr, "gen serve: %v\n", err)
		return 2
	}
	if a, ok := ln.Addr().(*net.TCPAddr); ok && !a.IP.IsLoopback() {
		fmt.Fprintf(stderr, "gen serve: warning: listening on %s, reachable from other machines\n", a)
	}
	if listening != nil {
		listening(ln.Addr())
	}
	err = serve.Run(ctx, serve.Config{
		Build: cfg,
		Watch: watch,
		Out:   stdout,
		Err:   stderr,
	}, ln)
	if err != nil {
		fmt.Fprintf(stderr, "gen serve: %v\n", err)
		return 2
	}
	return 0
}
