package cards

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

// Cache draws cards into a folder, one file per [Card.Key]: dir/<key>.png. A card whose
// file exists is read, not drawn, so a rebuild draws only the cards whose content (or the
// drawing code) changed. Files are written to a temporary name and renamed, so a reader
// never sees half a card. An empty Dir disables caching: Get just draws.
//
// The zero value with Dir set is ready to use. Get is safe for concurrent use; concurrent
// Gets of one card draw it once. A Cache must not be copied after first use. Stale files
// are never deleted: remove the folder to reclaim space.
type Cache struct {
	Dir string

	mu       sync.Mutex
	inflight map[string]*call

	hits, drawn atomic.Int64
	made        sync.Once // Dir made
	madeErr     error
	tmp         atomic.Int64 // temporary file names
}

type call struct {
	done chan struct{}
	png  []byte
	err  error
}

// Get returns the PNG bytes of card: read from Dir if present, else drawn and written.
func (c *Cache) Get(card Card) ([]byte, error) {
	if c.Dir == "" {
		c.drawn.Add(1)
		return Draw(card)
	}
	key := card.Key()
	c.mu.Lock()
	if cl, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		<-cl.done
		return bytes.Clone(cl.png), cl.err
	}
	cl := &call{done: make(chan struct{})}
	if c.inflight == nil {
		c.inflight = make(map[string]*call)
	}
	c.inflight[key] = cl
	c.mu.Unlock()

	cl.png, cl.err = c.get(key, card)
	close(cl.done)
	c.mu.Lock()
	delete(c.inflight, key)
	c.mu.Unlock()
	return cl.png, cl.err
}

func (c *Cache) get(key string, card Card) ([]byte, error) {
	path := filepath.Join(c.Dir, key+".png")
	b, err := os.ReadFile(path)
	if err == nil {
		c.hits.Add(1)
		return b, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("cards: %w", err)
	}
	b, err = Draw(card)
	if err != nil {
		return nil, err
	}
	c.drawn.Add(1)
	if err := c.write(path, b); err != nil {
		return nil, fmt.Errorf("cards: %w", err)
	}
	return b, nil
}

// Stats reports how many cards Get read from Dir and how many it drew.
func (c *Cache) Stats() (hits, drawn int64) { return c.hits.Load(), c.drawn.Load() }

// write writes b to path through a temporary file in the same folder and a rename. The
// folder is made once per Cache, not once per card.
func (c *Cache) write(path string, b []byte) error {
	c.made.Do(func() { c.madeErr = os.MkdirAll(c.Dir, 0o755) })
	if c.madeErr != nil {
		return c.madeErr
	}
	tmp := fmt.Sprintf("%s.%d-%d.tmp", path, os.Getpid(), c.tmp.Add(1))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
