package main

import (
	"fmt"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"
)

// heapPeak writes a heap profile (go tool pprof -sample_index=inuse_space)
// whenever the heap left live by a collection has grown a tenth past the
// one written last, so that the file ends up holding the build's highest
// live heap (to within a tenth) and what retained it.
type heapPeak struct {
	file    string
	stopped chan struct{}
	done    sync.WaitGroup
	mu      sync.Mutex
	written uint64 // live bytes when the profile was last written
	err     error
}

// startHeapProfile watches the live heap until stop is called; stop
// returns the live heap of the profile written and any error writing it.
func startHeapProfile(file string) (*heapPeak, error) {
	f, err := os.Create(file) // fail now, not at the end of the build
	if err != nil {
		return nil, err
	}
	f.Close()
	h := &heapPeak{file: file, stopped: make(chan struct{})}
	h.done.Go(h.watch)
	return h, nil
}

func (h *heapPeak) watch() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		metrics.Read(sample)
		if live := sample[0].Value.Uint64(); live > h.written+h.written/10 {
			h.write(live)
		}
		select {
		case <-h.stopped:
			return
		case <-tick.C:
		}
	}
}

func (h *heapPeak) write(live uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.written = live
	tmp := h.file + ".tmp"
	f, err := os.Create(tmp)
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = os.Rename(tmp, h.file)
	}
	if err != nil {
		h.err = fmt.Errorf("heap profile: %w", err)
	}
}

// stop ends the watch; it returns the live heap the profile holds.
func (h *heapPeak) stop() (uint64, error) {
	close(h.stopped)
	h.done.Wait()
	return h.written, h.err
}
