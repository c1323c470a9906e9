// Package serve is the live preview behind `gen serve`: it builds a site
// into a temporary folder with the same pipeline as `gen build`, serves that
// folder over HTTP, rebuilds when the content, templates or static files
// change, and reloads the pages open in a browser.
//
// It takes a build.Config (its Out is replaced by a folder of the
// server's own), the folders to watch, and a listener. URLs:
//
//	{base path}...          the built site: only files inside the output folder
//	/__callsite/reload.js   the live-reload script, injected into every HTML response
//	/__callsite/events      Server-Sent Events: "reload" after every build
//
// The base path is the path of the site's base URL ("/" by default). The
// built files are never modified: the reload script is added to HTML
// responses as they are served. When a build fails (a broken transcript, a
// template error) the previous site stays on disk, every HTML request gets
// an error page listing each "path:line: message", and the next build that
// succeeds reloads the page back.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"callsite/internal/build"
	"callsite/internal/transcript"
)

// Config is one preview server. The zero value of every field but
// Build.Content works.
type Config struct {
	Build    build.Config  // what to build; Out and KeepGoing are ignored
	Watch    []string      // folders watched recursively: content, templates, static
	Out      io.Writer     // status lines ("built 3 calls ...", "serving ..."); nil discards
	Err      io.Writer     // warnings and input errors of each build; nil discards
	Debounce time.Duration // quiet time after a change before rebuilding; 0 means 100ms
}

// Server builds and serves one site. It is an http.Handler.
type Server struct {
	cfg    Config
	tmp    string // the server's temporary folder
	dir    string // tmp/site: the published site
	prefix string // base path of the site, "/" or "/calls/"
	start  string // distinguishes this server's builds from another run's
	// resident keeps what a build leaves for the next in memory: a
	// rebuild after an edit does only that edit's work. The site's folder
	// is the server's own.
	resident build.Resident

	mu       sync.Mutex
	st       status
	building bool
	idle     chan struct{}            // closed when no build is running
	subs     map[chan string]struct{} // open event streams
	closed   bool                     // event streams are shut down
}

// status is the outcome of the latest build.
type status struct {
	build  string   // token of the build: changes with every build
	errs   []string // why the latest build failed; empty when it succeeded
	hasOut bool     // a complete site is in dir (from this build or an earlier one)
}

// New makes a server and its temporary folder; Close removes the folder.
// It does not build: Run does.
func New(cfg Config) (*Server, error) {
	if cfg.Build.Content == "" {
		return nil, errors.New("serve: no content folder")
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Err == nil {
		cfg.Err = io.Discard
	}
	if cfg.Debounce <= 0 {
		cfg.Debounce = 100 * time.Millisecond
	}
	prefix, err := basePath(cfg.Build.Site.BaseURL)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "callsite-serve-")
	if err != nil {
		return nil, err
	}
	idle := make(chan struct{})
	close(idle)
	return &Server{
		cfg:      cfg,
		tmp:      tmp,
		dir:      filepath.Join(tmp, "site"),
		prefix:   prefix,
		start:    strconv.FormatInt(time.Now().UnixNano(), 36),
		resident: build.Resident{OwnsOutput: true},
		idle:     idle,
		subs:     map[chan string]struct{}{},
	}, nil
}

// basePath returns the path part of a base URL, with slashes at both ends.
func basePath(baseURL string) (string, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return "", fmt.Errorf("base URL %q: %w", baseURL, err)
	}
	p := u.Path
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p, nil
}

// Close ends the event streams and removes the temporary folder.
func (s *Server) Close() error {
	s.closeStreams()
	return os.RemoveAll(s.tmp)
}

// Run builds the site, serves it on ln and rebuilds it whenever a watched
// folder changes, until ctx is done; then it shuts the server down and
// removes its temporary folder. Build failures are shown in the browser,
// never returned: Run returns an error only when it cannot watch, serve or
// clean up.
func Run(ctx context.Context, cfg Config, ln net.Listener) error {
	s, err := New(cfg)
	if err != nil {
		ln.Close()
		return err
	}
	defer s.Close()

	// Watch before the first build so that no change is missed.
	w, err := fsnotify.NewWatcher()
	if err != nil {
		ln.Close()
		return fmt.Errorf("watching: %w", err)
	}
	defer w.Close()
	for _, d := range cfg.Watch {
		if err := addTree(w, d); err != nil {
			ln.Close()
			return fmt.Errorf("watching %s: %w", d, err)
		}
	}
	s.Rebuild()

	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(s.closeStreams) // event streams never go idle on their own
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(s.cfg.Out, "serving http://%s%s (Ctrl-C to stop)\n", ln.Addr(), s.prefix)

	watching := make(chan struct{})
	go func() {
		defer close(watching)
		s.watch(ctx, w)
	}()

	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-served:
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdown)
	w.Close()
	<-watching // a running build finishes before its folder is removed
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return err
}

// Rebuild builds the site into the server's folder, records the outcome
// and tells the open pages to reload. Builds never overlap: callers are
// serialized.
func (s *Server) Rebuild() {
	s.mu.Lock()
	for s.building {
		idle := s.idle
		s.mu.Unlock()
		<-idle
		s.mu.Lock()
	}
	s.building = true
	s.idle = make(chan struct{})
	prev := s.st
	s.mu.Unlock()

	cfg := s.cfg.Build
	cfg.Out = s.dir
	if cfg.CacheDir != "" {
		// The build cache describes one output folder: the server's own.
		cfg.CacheDir = filepath.Join(s.tmp, "cache")
	}
	cfg.WriteIDs = false
	cfg.KeepGoing = false // show the errors rather than a site without the broken calls
	t0 := time.Now()
	res, err := s.resident.Run(cfg)
	took := time.Since(t0).Round(time.Millisecond)

	st := status{hasOut: prev.hasOut}
	if res != nil {
		for _, w := range res.Warnings {
			fmt.Fprintf(s.cfg.Err, "%s: warning: %s\n", s.inContent(w.Pos), w.Msg)
		}
		for _, e := range res.InputErrors {
			st.errs = append(st.errs, s.describe(e))
		}
		st.hasOut = st.hasOut || res.Published
	}
	if err != nil && !errors.Is(err, build.ErrInput) {
		for _, line := range strings.Split(err.Error(), "\n") {
			if line != "" {
				st.errs = append(st.errs, line)
			}
		}
	}
	if err != nil && len(st.errs) == 0 {
		st.errs = []string{err.Error()}
	}
	if len(st.errs) > 0 {
		for _, e := range st.errs {
			fmt.Fprintln(s.cfg.Err, e)
		}
		fmt.Fprintf(s.cfg.Err, "build failed in %v: %d error(s); the browser shows them until they are fixed\n", took, len(st.errs))
	} else {
		fmt.Fprintf(s.cfg.Out, "built %d calls of %d companies in %v\n", res.Calls, res.Companies, took)
	}

	s.mu.Lock()
	st.build = s.start + "-" + strconv.Itoa(buildNumber(prev.build)+1)
	s.st = st
	s.building = false
	close(s.idle)
	s.mu.Unlock()
	s.broadcast(st.build)
}

// buildNumber reads the counter at the end of a build token.
func buildNumber(token string) int {
	n, _ := strconv.Atoi(token[strings.LastIndexByte(token, '-')+1:])
	return n
}

// status returns the outcome of the latest build.
func (s *Server) status() status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st
}

// waitIdle waits until no build is running. It reports whether one was.
func (s *Server) waitIdle(ctx context.Context) bool {
	s.mu.Lock()
	building, idle := s.building, s.idle
	s.mu.Unlock()
	if !building {
		return false
	}
	select {
	case <-idle:
	case <-ctx.Done():
	}
	return true
}

// inContent turns a position inside the content folder into one the user
// can open, as `gen build` prints it.
func (s *Server) inContent(p transcript.Pos) string {
	p.File = filepath.ToSlash(filepath.Join(s.cfg.Build.Content, filepath.FromSlash(p.File)))
	return p.String()
}

func (s *Server) describe(err error) string {
	var te *transcript.Error
	if errors.As(err, &te) {
		return s.inContent(te.Pos) + ": " + te.Msg
	}
	return err.Error()
}
