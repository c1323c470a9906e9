package build

import (
	"bytes"
	"path/filepath"
	"strconv"
	"sync"

	"callsite/internal/site"
)

// peopleFile (in the cache folder) holds the people and firms the last
// build linked (site.AppendPeople), after a line with their peopleKey:
// a rebuild whose records would be linked the same way restores them
// (site.BuildLinked) rather than linking every speaker of the site again.
const peopleFile = "people.bin"

// peopleKey hashes what site.Build reads of the merged records (Dedupe's
// output), in their order, to order the calls and link their people
// (site.Record.AppendLinkInputs): the call's company and period, its
// speakers, who asked and who answered. An edit of the words said or of
// a question's wording keeps the key; an edit of a speaker, of who asks
// or of a company changes it.
func peopleKey(records []*site.Record) string {
	h, sum := newHasher()
	h.add(generatorKey(), strconv.Itoa(len(records)))
	var buf []byte
	for _, r := range records {
		buf = r.AppendLinkInputs(buf[:0])
		h.addBytes(buf)
	}
	return sum()
}

// linkSite builds the site model from the merged records, with the
// people of the last build when the key says they are the same; else it
// links them and returns the contents of peopleFile for the next build
// (nil when there is nothing new to save).
func (b *builder) linkSite(records []*site.Record, pages []*site.Page, key string) (s *site.Site, save []byte) {
	if key == "" || !b.useCache {
		return site.Build(b.cfg.Site, records, pages), nil
	}
	var old []byte
	if !b.cfg.Clean {
		old = b.savedPeople()
		if saved, ok := bytes.CutPrefix(old, []byte(key+"\n")); ok {
			if s, restored := site.BuildLinked(b.cfg.Site, records, pages, saved); restored {
				return s, nil
			}
		}
	}
	s = site.Build(b.cfg.Site, records, pages)
	// Sized as the last build's file, about the size of this one's (which
	// may be mapped read-only: not to be written to).
	data := append(append(make([]byte, 0, len(old)), key...), '\n')
	if linked := s.AppendPeople(data); len(linked) > len(data) {
		return s, linked
	}
	return s, nil
}

// readPeople starts reading the people the last build saved (peopleFile,
// 3 MB at 5,000 calls) beside the parse, rather than after it while the
// model waits, and returns what waits for them.
func (b *builder) readPeople() func() []byte {
	switch {
	case !b.useCache || b.cfg.Clean:
		return func() []byte { return nil }
	case b.resident.remembers(b):
		return func() []byte { return b.resident.people }
	}
	read := make(chan []byte, 1)
	go func() {
		// Never written to: the people restored point into it.
		data, _ := readCacheFile(filepath.Join(b.cfg.CacheDir, peopleFile), b.cfg.MapCache)
		read <- data
	}()
	return sync.OnceValue(func() []byte { return <-read })
}

// savePeople writes the people linked by this build (linkSite) for the
// next.
func savePeople(dir string, data []byte) error {
	if data == nil {
		return nil
	}
	return writeFile(filepath.Join(dir, peopleFile), data)
}
