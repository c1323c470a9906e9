package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// A small call in the plain format, written for this test.
const serveCall = `Operator
Good morning and welcome to the Quillon Widgets Second Quarter 2024 Earnings Call. I will now hand the call to Dana Reyes, Chief Executive Officer.
Dana Reyes - Chief Executive Officer
Thank you. Revenue grew 12% to $48 million. Our blue widgets sold out early.
Operator
Our first question comes from Sam Poe with Example Securities.
Sam Poe - Analyst
How did margins develop in the quarter?
Dana Reyes - Chief Executive Officer
Gross margin was 31%, up 2 points.
Operator
This concludes today's call. Thank you for participating.
`

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

var buildToken = regexp.MustCompile(`<script src="/__callsite/reload.js" data-build="([^"]+)"></script>\s*</body>`)

// TestServe starts `gen serve` on a free port, edits a transcript and sees
// the page change, breaks it and sees the error page, fixes it and sees the
// page again.
func TestServe(t *testing.T) {
	content := filepath.Join(t.TempDir(), "content")
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(content, "quillon-widgets-2024-q2.txt")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(serveCall)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srvCtx, stop := context.WithCancel(ctx)
	defer stop()
	var stdout, stderr syncBuffer
	addrs := make(chan net.Addr, 1)
	exited := make(chan int, 1)
	go func() {
		exited <- serveCmd(srvCtx, []string{"-content", content, "-addr", "127.0.0.1:0"}, &stdout, &stderr, func(a net.Addr) { addrs <- a })
	}()
	var base string
	select {
	case a := <-addrs:
		base = "http://" + a.String()
	case code := <-exited:
		t.Fatalf("gen serve exited %d before listening:\n%s", code, stderr.String())
	case <-ctx.Done():
		t.Fatal("gen serve did not start listening")
	}
	if h, _, _ := net.SplitHostPort(strings.TrimPrefix(base, "http://")); h != "127.0.0.1" {
		t.Errorf("listening on %s, not loopback", base)
	}
	page := base + "/c/quillon-widgets/2024-q2/"

	body := waitForPage(t, ctx, page, http.StatusOK, "Our blue widgets sold out early.")
	m := buildToken.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no reload script before </body> in the served page:\n%s", body)
	}

	// Edit a sentence; the open page's event stream says "reload".
	events := subscribe(t, ctx, base+"/__callsite/events?build="+m[1])
	write(strings.Replace(serveCall, "Our blue widgets sold out early.", "Our green widgets sold out later.", 1))
	select {
	case <-events:
	case <-ctx.Done():
		t.Fatal("no reload event after editing the transcript")
	}
	body = waitForPage(t, ctx, page, http.StatusOK, "Our green widgets sold out later.")
	if strings.Contains(body, "blue widgets") {
		t.Error("the page still has the old sentence")
	}

	// Break it: the error page names the file and line, with the reload script.
	write("")
	want := filepath.ToSlash(file) + ":1: empty file"
	body = waitForPage(t, ctx, page, http.StatusInternalServerError, want)
	if !buildToken.MatchString(body) {
		t.Errorf("the error page has no reload script:\n%s", body)
	}
	if b := waitForPage(t, ctx, base+"/", http.StatusInternalServerError, want); !strings.Contains(b, "did not build") {
		t.Errorf("home page during the error:\n%s", b)
	}

	// Fix it: the page comes back.
	write(serveCall)
	waitForPage(t, ctx, page, http.StatusOK, "Our blue widgets sold out early.")

	stop()
	select {
	case code := <-exited:
		if code != 0 {
			t.Errorf("gen serve exited %d after shutdown:\n%s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("gen serve did not shut down")
	}
	if !strings.Contains(stderr.String(), "empty file") {
		t.Errorf("stderr lacks the input error:\n%s", stderr.String())
	}
	if !strings.Contains(stdout.String(), "serving http://127.0.0.1:") {
		t.Errorf("stdout = %q", stdout.String())
	}
}

// waitForPage gets url until it answers with code and a body containing
// want, or fails the test when ctx ends.
func waitForPage(t *testing.T, ctx context.Context, url string, code int, want string) string {
	t.Helper()
	client := &http.Client{Timeout: 10 * time.Second}
	var last string
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
		resp, err := client.Do(req)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = resp.Status + "\n" + string(b)
			if resp.StatusCode == code && strings.Contains(string(b), want) {
				return string(b)
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("GET %s: wanted %d with %q; last answer:\n%s", url, code, want, last)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// subscribe opens an event stream and sends on the returned channel for
// every "reload" event.
func subscribe(t *testing.T, ctx context.Context, url string) <-chan string {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || ct != "text/event-stream" {
		t.Fatalf("event stream: %s, %s", resp.Status, ct)
	}
	ch := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if sc.Text() == "event: reload" {
				select {
				case ch <- "reload":
				default:
				}
			}
		}
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return ch
}
