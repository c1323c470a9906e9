package serve

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"callsite"
	"callsite/internal/build"
	"callsite/internal/render"
)

const call = `Operator
Good morning and welcome to the Quillon Widgets Second Quarter 2024 Earnings Call.
Dana Reyes - Chief Executive Officer
Thank you. Revenue grew 12% to $48 million. Our blue widgets sold out early.
Operator
This concludes today's call.
`

func theme(_ *testing.T) render.Theme { return callsite.DefaultTheme() }

// newServer builds a site of the given content files and serves it.
func newServer(t *testing.T, baseURL string, files map[string]string) (*Server, *httptest.Server) {
	t.Helper()
	content := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(content, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := Config{Build: build.Config{Content: content, Theme: theme(t)}}
	cfg.Build.Site.BaseURL = baseURL
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Rebuild()
	hs := httptest.NewServer(s)
	t.Cleanup(hs.Close)
	return s, hs
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	c := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// rawGet sends the request line as written: Go's client would clean it.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServesSiteWithReloadScript(t *testing.T) {
	s, hs := newServer(t, "", map[string]string{"q.txt": call})
	code, body := get(t, hs.URL+"/c/quillon-widgets/2024-q2/")
	if code != 200 || !strings.Contains(body, "Our blue widgets sold out early.") {
		t.Fatalf("call page: %d\n%s", code, body)
	}
	if !strings.Contains(body, `<script src="/__callsite/reload.js" data-build="`+s.status().build+`"></script>`+"\n</body>") {
		t.Errorf("no reload script before </body>:\n%s", body)
	}
	built, err := os.ReadFile(filepath.Join(s.dir, "c/quillon-widgets/2024-q2/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(built), "__callsite") {
		t.Error("the reload script was written into the built file")
	}
	if code, body := get(t, hs.URL+"/c/quillon-widgets/2024-q2/call.json"); code != 200 || strings.Contains(body, "__callsite") {
		t.Errorf("call.json: %d, script injected: %v", code, strings.Contains(body, "__callsite"))
	}
	if code, _ := get(t, hs.URL+"/c/quillon-widgets"); code != http.StatusMovedPermanently {
		t.Errorf("folder without slash: %d, want a redirect", code)
	}
	if code, body := get(t, hs.URL+"/static/"); code != 404 || strings.Contains(body, `href="style.css"`) {
		t.Errorf("folder without index.html: %d, listing shown: %v", code, strings.Contains(body, `href="style.css"`))
	}
	if code, body := get(t, hs.URL+"/no/such/page/"); code != 404 || !strings.Contains(body, "__callsite/reload.js") {
		t.Errorf("missing page: %d; want the site's 404 page with the script", code)
	}
	if code, body := get(t, hs.URL+"/__callsite/reload.js"); code != 200 || !strings.Contains(body, "EventSource") {
		t.Errorf("reload.js: %d\n%s", code, body)
	}
}

func TestNeverLeavesTheOutput(t *testing.T) {
	s, hs := newServer(t, "", map[string]string{"q.txt": call})
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("TOPSECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A symlink inside the output must not lead out of it either.
	if err := os.Symlink(secret, filepath.Join(s.dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(hs.URL, "http://")
	rel, _ := filepath.Rel(s.dir, secret)
	for _, target := range []string{
		"/../../etc/passwd",
		"/../../../../../../../../etc/passwd",
		"/%2e%2e/%2e%2e/etc/passwd",
		"/c/..%2f..%2f..%2f..%2fetc/passwd",
		"/..%5c..%5cetc%5cpasswd",
		"/static/../../etc/passwd",
		"/" + filepath.ToSlash(rel),
		"/link.txt",
		"//etc/passwd",
		"/./index.html",
	} {
		code, body := rawGet(t, addr, target)
		if code == 200 || strings.Contains(body, "root:") || strings.Contains(body, "TOPSECRET") {
			t.Errorf("GET %s: %d\n%.200s", target, code, body)
		}
	}
}

func TestErrorPageEscapesAndRecovers(t *testing.T) {
	s, hs := newServer(t, "", map[string]string{"q.txt": call, "<b>bad.txt": ""})
	code, body := get(t, hs.URL+"/c/quillon-widgets/2024-q2/")
	if code != 500 {
		t.Fatalf("status %d, want 500 with the error page", code)
	}
	want := filepath.ToSlash(filepath.Join(s.cfg.Build.Content, "&lt;b&gt;bad.txt")) + ":1: empty file"
	if !strings.Contains(body, want) || strings.Contains(body, "<b>bad") {
		t.Errorf("error page lacks the escaped %q:\n%s", want, body)
	}
	if !strings.Contains(body, "/__callsite/reload.js") {
		t.Error("error page has no reload script")
	}
	// Not a page: nothing was ever built, so nothing is found.
	if code, _ := get(t, hs.URL+"/static/style.css"); code != 404 {
		t.Errorf("style.css with no site: %d", code)
	}

	if err := os.WriteFile(filepath.Join(s.cfg.Build.Content, "<b>bad.txt"), []byte(strings.ReplaceAll(call, "Quillon", "Bramble")), 0o644); err != nil {
		t.Fatal(err)
	}
	s.Rebuild()
	if code, body := get(t, hs.URL+"/c/quillon-widgets/2024-q2/"); code != 200 || !strings.Contains(body, "Our blue widgets sold out early.") {
		t.Errorf("after the fix: %d", code)
	}
}

func TestBasePath(t *testing.T) {
	_, hs := newServer(t, "https://example.org/calls/", map[string]string{"q.txt": call})
	if code, _ := get(t, hs.URL+"/"); code != http.StatusFound {
		t.Errorf("GET /: %d, want a redirect to /calls/", code)
	}
	if code, body := get(t, hs.URL+"/calls/c/quillon-widgets/2024-q2/"); code != 200 || !strings.Contains(body, "Our blue widgets sold out early.") {
		t.Errorf("call under the base path: %d", code)
	}
	if code, _ := get(t, hs.URL+"/c/quillon-widgets/2024-q2/"); code != 404 {
		t.Errorf("call outside the base path: %d", code)
	}
}

func TestEventsAfterRebuild(t *testing.T) {
	s, hs := newServer(t, "", map[string]string{"q.txt": call})
	first := s.status().build
	resp, err := http.Get(hs.URL + "/__callsite/events?build=" + first)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	go s.Rebuild()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("stream ended without a reload event")
			}
			if strings.HasPrefix(l, "data: ") {
				if got := strings.TrimPrefix(l, "data: "); got == first {
					t.Errorf("reload for the build the page already has (%s)", got)
				}
				// Shutting down ends the stream.
				s.closeStreams()
				for range lines {
				}
				return
			}
		case <-deadline:
			t.Fatal("no reload event")
		}
	}
}

func TestInject(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<html><body><p>x</p></body></html>", `<html><body><p>x</p><script src="/__callsite/reload.js" data-build="b1"></script>` + "\n</body></html>"},
		{"<BODY>x</BODY>", `<BODY>x<script src="/__callsite/reload.js" data-build="b1"></script>` + "\n</BODY>"},
		{"<p>no body", `<p>no body<script src="/__callsite/reload.js" data-build="b1"></script>` + "\n"},
		{"<p>&lt;/body&gt;</p></body>", `<p>&lt;/body&gt;</p><script src="/__callsite/reload.js" data-build="b1"></script>` + "\n</body>"},
	} {
		if got := string(Inject([]byte(tc.in), "b1")); got != tc.want {
			t.Errorf("Inject(%q) =\n%q\nwant\n%q", tc.in, got, tc.want)
		}
	}
}
