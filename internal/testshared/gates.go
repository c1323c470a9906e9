package testshared

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
)

// A gate is a test that needs something beyond the repository: the
// shared folder, a tool (node, python3, Chromium), node_modules. Without
// it the gate skips, and Main reports every skipped gate of the package
// in one line; under CI=true, where .ci/run provides everything, it fails.
var gates skipLog

// skipLog gathers the gates that skipped, from parallel tests.
type skipLog struct {
	mu      sync.Mutex
	main    bool                       // Main runs this test binary
	skipped map[string]map[string]bool // reason -> top-level test names
}

// add notes that test skipped for want of msg; false when no Main
// reports it.
func (l *skipLog) add(test, msg string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.main {
		return false
	}
	if l.skipped == nil {
		l.skipped = map[string]map[string]bool{}
	}
	if l.skipped[msg] == nil {
		l.skipped[msg] = map[string]bool{}
	}
	name, _, _ := strings.Cut(test, "/")
	l.skipped[msg][name] = true
	return true
}

// Missing skips t because something it needs is missing (msg says what,
// and how to get it), or fails it under CI=true. The package's TestMain
// must call Main, which reports the skip; without it Missing fails t, so
// that no gate can skip unreported.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: .ci/run must provide it)", msg)
	}
	if gates.add(t.Name(), msg) {
		// Opened while the tests run, for go test's log of their
		// inputs; Run writes it again at the end (record).
		record(gates.summary(pkgPath()))
	} else {
		t.Fatalf("%s; and this package's TestMain does not call testshared.Main, which would report the skip", msg)
	}
	t.Skipf("skipping: %s", msg)
}

// Main runs the tests of a package with gates and exits: use it as
// func TestMain(m *testing.M) { testshared.Main(m) }.
func Main(m *testing.M) { os.Exit(Run(m)) }

// Run runs the tests like m.Run, then prints one line naming every gate
// that skipped and why. go test ./... shows a passing package's output
// only with -v, so the line also goes to the go command's standard error
// (or the terminal), and a package whose gates skipped is not cached
// (record): every run says what it did not test.
func Run(m *testing.M) int {
	gates.mu.Lock()
	gates.main = true
	gates.mu.Unlock()
	code := m.Run()
	line := gates.summary(pkgPath())
	record(line)
	if line != "" {
		fmt.Println(line)
		report(line)
	}
	return code
}

// summary is the line naming the skipped gates of package pkg, grouped
// by reason; "" when none skipped.
func (l *skipLog) summary(pkg string) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.skipped) == 0 {
		return ""
	}
	reasons := make([]string, 0, len(l.skipped))
	n := 0
	for msg, tests := range l.skipped {
		names := make([]string, 0, len(tests))
		for name := range tests {
			names = append(names, name)
		}
		sort.Strings(names)
		n += len(names)
		reasons = append(reasons, strings.Join(names, ", ")+" ("+msg+")")
	}
	sort.Strings(reasons)
	gate := "gates"
	if n == 1 {
		gate = "gate"
	}
	return fmt.Sprintf("%s: %d %s SKIPPED (CI=true makes them fail): %s", pkg, n, gate, strings.Join(reasons, "; "))
}

// pkgPath is the import path of the package under test.
func pkgPath() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Path != "" {
		return strings.TrimSuffix(bi.Path, ".test")
	}
	return strings.TrimSuffix(filepath.Base(os.Args[0]), ".test")
}

// report writes the line where the person who ran go test sees it: the go
// command's standard error when that is a terminal or a pipe, else the
// terminal; not when the test binary's own output already shows there
// (-v, or go test in a package folder, which streams it).
func report(line string) {
	if testing.Verbose() {
		return
	}
	target := "/dev/tty"
	if runtime.GOOS == "linux" {
		// The go command that ran this binary.
		parent := fmt.Sprintf("/proc/%d/fd/", os.Getppid())
		if sameFile(os.Stdout, parent+"1") {
			return // streamed: the line is out already
		}
		target = parent + "2"
		if fi, err := os.Stat(target); err == nil && fi.Mode().IsRegular() {
			// A file (go test >log 2>&1): a line appended here would be
			// overwritten by the go command's next one, at its offset.
			target = "/dev/tty"
		}
	} else if fi, err := os.Stdout.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		return // a terminal: the line is out already
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return
	}
	defer f.Close()
	fmt.Fprintln(f, line)
}

// record keeps the line in .test-gates/<package>.txt at the module root
// (git ignores it), or removes that file when no gate skipped. go test
// does not cache a result when a file of the module that the tests opened
// changed in the last two seconds: Missing opens it while the tests run,
// Run writes it last, so a package whose gates skipped runs, and says
// so, every time.
func record(line string) {
	dir, err := os.Getwd()
	if err != nil {
		return
	}
	for ; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			return
		}
	}
	dir = filepath.Join(dir, ".test-gates")
	file := filepath.Join(dir, strings.ReplaceAll(pkgPath(), "/", "_")+".txt")
	if line == "" {
		_ = os.Remove(file)
		return
	}
	if os.MkdirAll(dir, 0o755) == nil {
		_ = os.WriteFile(file, []byte(line+"\n"), 0o644)
	}
}

func sameFile(f *os.File, name string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(name)
	return err == nil && os.SameFile(a, b)
}
