package build

import (
	"os"
	"sync"

	"callsite/internal/search"
	"callsite/internal/site"
)

// searchParts holds what the search index needs of each call rendered,
// until the index takes it, which is once every call is rendered: at
// 50,000 calls about 600 MB. So the parts wait in a file (spill), not in
// memory, and each is read back when the index takes it; in memory only
// when the file could not be made or written.
type searchParts struct {
	words *search.Words
	mu    sync.Mutex
	parts map[*site.Call]*search.CallPart // those not in the file
	at    map[*site.Call]spilled          // those in the file
	spill *os.File                        // nil: every part in memory
	name  string                          // the file's name, to remove at close; "" once removed
	end   int64                           // where the next part goes in the file
	done  chan struct{}                   // closed when every call is rendered or kept
	once  sync.Once
}

// spilled is where a part's bytes are in the file.
type spilled struct{ off, n int64 }

// newSearchParts keeps parts in a new file in dir ("": the system's
// temporary folder), or in memory when it cannot make one.
func newSearchParts(words *search.Words, dir string) *searchParts {
	sp := &searchParts{words: words, parts: map[*site.Call]*search.CallPart{}, at: map[*site.Call]spilled{}, done: make(chan struct{})}
	if dir != "" && os.MkdirAll(dir, 0o755) != nil {
		dir = ""
	}
	f, err := os.CreateTemp(dir, "search-parts-*")
	if err != nil {
		return sp
	}
	sp.spill, sp.name = f, f.Name()
	if os.Remove(sp.name) == nil { // gone with the process, however it ends
		sp.name = ""
	}
	return sp
}

// spillDir is where the search parts wait: in the build cache when there
// is one.
func (b *builder) spillDir() string {
	if b.useCache {
		return b.cfg.CacheDir
	}
	return ""
}

func (sp *searchParts) put(c *site.Call, part *search.CallPart) {
	if sp.spill != nil {
		data := part.Data()
		sp.mu.Lock()
		off := sp.end
		sp.end += int64(len(data))
		sp.mu.Unlock()
		if _, err := sp.spill.WriteAt(data, off); err == nil {
			sp.mu.Lock()
			sp.at[c] = spilled{off, int64(len(data))}
			sp.mu.Unlock()
			return
		}
	}
	sp.mu.Lock()
	sp.parts[c] = part
	sp.mu.Unlock()
}

// finished says that every call is rendered or kept.
func (sp *searchParts) finished() { sp.once.Do(func() { close(sp.done) }) }

// close forgets the parts the index did not take and removes the file.
func (sp *searchParts) close() {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	clear(sp.parts)
	clear(sp.at)
	if sp.spill != nil {
		sp.spill.Close()
		sp.spill = nil
		if sp.name != "" {
			os.Remove(sp.name)
		}
	}
}

// take waits until every call is rendered or kept, and returns c's part
// (nil for a call kept from the last build, or one whose bytes could not
// be read back: the caller collects it again), which it forgets.
func (sp *searchParts) take(c *site.Call) *search.CallPart {
	<-sp.done
	sp.mu.Lock()
	part, s, inFile := sp.parts[c], sp.at[c], false
	delete(sp.parts, c)
	if part == nil {
		_, inFile = sp.at[c]
		delete(sp.at, c)
	}
	f := sp.spill
	sp.mu.Unlock()
	if !inFile || f == nil {
		return part
	}
	data := make([]byte, s.n)
	if _, err := f.ReadAt(data, s.off); err != nil {
		return nil
	}
	return sp.words.Part(data)
}
