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
// A site generator that writes every card it gets into its output anyway uses [Cache.GetAs]
// and, once the output is in place, [Cache.Keep]: a card drawn is then linked into Dir from
// the output (one hard link) rather than written twice.
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

	lookups atomic.Int64
	listed  sync.Once
	known   map[string]bool // file names in Dir when listed; nil when unreadable
	// pending are the cards GetAs drew and did not write: output name by key.
	pending map[string]string
}

type call struct {
	done chan struct{}
	png  []byte
	err  error
}

// Get returns the PNG bytes of card: read from Dir if present, else drawn and written.
func (c *Cache) Get(card Card) ([]byte, error) { return c.getAs(card, "") }

// GetAs is Get for a card that the caller publishes as the file name (slash-separated,
// relative to an output folder): a card not in Dir is drawn but not written there until
// [Cache.Keep] links it from the output folder.
func (c *Cache) GetAs(card Card, name string) ([]byte, error) { return c.getAs(card, name) }

// Keep links the cards GetAs drew since the last Keep into Dir from dir, the output folder
// their names are relative to (a copy where a link cannot be made). A card whose file is
// not there is skipped: it is drawn again when next asked for.
func (c *Cache) Keep(dir string) error {
	c.mu.Lock()
	pending := c.pending
	c.pending = nil
	c.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	c.made.Do(func() { c.madeErr = os.MkdirAll(c.Dir, 0o755) })
	if c.madeErr != nil {
		return fmt.Errorf("cards: %w", c.madeErr)
	}
	for key, name := range pending {
		from := filepath.Join(dir, filepath.FromSlash(name))
		to := filepath.Join(c.Dir, key+".png")
		err := os.Link(from, to)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			var b []byte
			if b, err = os.ReadFile(from); err == nil {
				err = c.write(to, b)
			} else if errors.Is(err, fs.ErrNotExist) {
				continue
			}
		}
		if err != nil {
			return fmt.Errorf("cards: %w", err)
		}
		c.note(key + ".png")
	}
	return nil
}

// Forget drops the cards GetAs drew since the last Keep, for an output that was not
// published: they are drawn again when next asked for.
func (c *Cache) Forget() {
	c.mu.Lock()
	c.pending = nil
	c.mu.Unlock()
}

func (c *Cache) getAs(card Card, name string) ([]byte, error) {
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

	cl.png, cl.err = c.get(key, card, name)
	close(cl.done)
	c.mu.Lock()
	delete(c.inflight, key)
	c.mu.Unlock()
	return cl.png, cl.err
}

func (c *Cache) get(key string, card Card, name string) ([]byte, error) {
	path := filepath.Join(c.Dir, key+".png")
	if c.mayHave(key + ".png") {
		b, err := os.ReadFile(path)
		if err == nil {
			c.hits.Add(1)
			return b, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("cards: %w", err)
		}
	}
	b, err := Draw(card)
	if err != nil {
		return nil, err
	}
	c.drawn.Add(1)
	if name != "" {
		c.mu.Lock()
		if c.pending == nil {
			c.pending = map[string]string{}
		}
		if _, ok := c.pending[key]; !ok {
			c.pending[key] = name
		}
		c.mu.Unlock()
		return b, nil
	}
	if err := c.write(path, b); err != nil {
		return nil, fmt.Errorf("cards: %w", err)
	}
	c.note(key + ".png")
	return b, nil
}

// mayHave reports whether Dir may hold the file. The first lookups just try the file (a
// rebuild asks for a few cards); past them Dir is listed once, so that a cold build does
// not try to open every card in vain. Files written by others since may be missed: such a
// card is drawn again, not lost.
func (c *Cache) mayHave(file string) bool {
	if c.lookups.Add(1) <= tryFirst {
		return true
	}
	c.listed.Do(func() {
		entries, err := os.ReadDir(c.Dir)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return // unreadable: try every card
		}
		known := make(map[string]bool, len(entries))
		for _, e := range entries {
			known[e.Name()] = true
		}
		c.mu.Lock()
		c.known = known
		c.mu.Unlock()
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.known == nil || c.known[file]
}

// tryFirst is how many cards are looked for in Dir one by one before it is listed.
const tryFirst = 64

// note records that Dir now holds the file.
func (c *Cache) note(file string) {
	c.mu.Lock()
	if c.known != nil {
		c.known[file] = true
	}
	c.mu.Unlock()
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
