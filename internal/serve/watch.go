package serve

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// addTree watches dir and every folder below it, except hidden ones
// (which the build skips too).
func addTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // vanished meanwhile
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return w.Add(p)
	})
}

// watch rebuilds the site once the watched folders have been quiet for
// the debounce time after a change, until ctx is done or the watcher is
// closed. Changes made during a build cause another build after it.
func (s *Server) watch(ctx context.Context, w *fsnotify.Watcher) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() && !ignored(ev.Name) {
					// A new folder: watch it, and build, since files may
					// have appeared in it before it was watched.
					if err := addTree(w, ev.Name); err != nil {
						fmt.Fprintf(s.cfg.Err, "watching %s: %v\n", ev.Name, err)
					}
				}
			}
			if ev.Op == fsnotify.Chmod || ignored(ev.Name) {
				continue
			}
			timer.Reset(s.cfg.Debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			// An overflow loses events: build anyway, to be safe.
			fmt.Fprintf(s.cfg.Err, "watching: %v\n", err)
			timer.Reset(s.cfg.Debounce)
		case <-timer.C:
			if ctx.Err() != nil {
				return
			}
			s.Rebuild()
		}
	}
}

// ignored reports whether a changed file cannot change the site: hidden
// files (the build skips them) and editors' backup and swap files.
func ignored(name string) bool {
	base := filepath.Base(name)
	return strings.HasPrefix(base, ".") ||
		strings.HasSuffix(base, "~") ||
		strings.HasSuffix(base, ".swp") ||
		strings.HasSuffix(base, ".swx")
}
