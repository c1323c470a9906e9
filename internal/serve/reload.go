package serve

import (
	"fmt"
	"net/http"
	"time"
)

// reloadJS opens the event stream and reloads the page after a build. It
// passes the token of the build its page came from, so a build that ended
// between the page load and the connection is not missed, and a restarted
// server (a new token) reloads the page too.
const reloadJS = `// callsite live reload (gen serve only; not part of the built site)
(function () {
  var me = document.currentScript;
  var build = (me && me.getAttribute("data-build")) || "";
  var es = new EventSource("/__callsite/events?build=" + encodeURIComponent(build));
  es.addEventListener("reload", function () {
    es.close();
    location.reload();
  });
})();
`

// events streams a "reload" event, whose data is the build token, after
// every build. A client that names a build other than the latest gets one
// at once.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, latest, ok := s.subscribe()
	if !ok {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer s.unsubscribe(ch)

	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 1000\n\n")
	if b := r.URL.Query().Get("build"); b != "" && b != latest {
		fmt.Fprintf(w, "event: reload\ndata: %s\n\n", latest)
	}
	fl.Flush()

	keepAlive := time.NewTicker(30 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-keepAlive.C:
			fmt.Fprint(w, ": keep-alive\n\n")
			fl.Flush()
		case build, open := <-ch:
			if !open {
				return
			}
			fmt.Fprintf(w, "event: reload\ndata: %s\n\n", build)
			fl.Flush()
		}
	}
}

// subscribe registers an event stream and returns the latest build token.
func (s *Server) subscribe() (chan string, string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, "", false
	}
	ch := make(chan string, 1)
	s.subs[ch] = struct{}{}
	return ch, s.st.build, true
}

func (s *Server) unsubscribe(ch chan string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.subs[ch]; ok {
		delete(s.subs, ch)
		close(ch)
	}
}

// broadcast tells every stream about a build. A stream that has not sent
// the previous one yet gets only the latest.
func (s *Server) broadcast(build string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ch := range s.subs {
		select {
		case <-ch:
		default:
		}
		ch <- build
	}
}

// closeStreams ends every event stream; http.Server.Shutdown would
// otherwise wait for them forever.
func (s *Server) closeStreams() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for ch := range s.subs {
		delete(s.subs, ch)
		close(ch)
	}
}
