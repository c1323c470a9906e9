package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"

	"callsite/internal/site"
)

// peopleFile (in the cache folder) holds the people and firms the last
// build linked (site.AppendPeople), after a line with their peopleKey:
// a rebuild whose records would be linked the same way restores them
// (site.BuildLinked) rather than linking every speaker of the site again.
const peopleFile = "people.bin"

// peopleKey hashes what site.Build reads of the merged records (Dedupe's
// output), in their order: each one's page hash (the whole record as
// parsed but the words said, which neither Build nor linking reads), and
// what merging changed of it: the company's name (unified across a
// ticker) and the sources (a duplicate's added). An edit of the words
// said keeps the key, even one that decides which of two files of a call
// is kept, as long as the same one is; an edit of a speaker, a question
// or a company changes it. "" when a record has no page hash (an input
// that could not be keyed).
func peopleKey(records []*site.Record, byRecord map[*site.Record]*parsed) string {
	h, sum := newHasher()
	h.add(generatorKey(), strconv.Itoa(len(records)))
	for _, r := range records {
		p := byRecord[r]
		if p == nil || p.phash == "" {
			sum()
			return ""
		}
		h.add(p.phash, r.Meta.Company, strconv.Itoa(len(r.Sources)))
		h.add(r.Sources...)
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
		if b.resident.remembers(b) {
			old = b.resident.people
		} else {
			old, _ = os.ReadFile(filepath.Join(b.cfg.CacheDir, peopleFile))
		}
		if saved, ok := bytes.CutPrefix(old, []byte(key+"\n")); ok {
			if s, restored := site.BuildLinked(b.cfg.Site, records, pages, saved); restored {
				return s, nil
			}
		}
	}
	s = site.Build(b.cfg.Site, records, pages)
	// The last build's file, about the size of this one's, is the buffer.
	data := append(append(old[:0], key...), '\n')
	if linked := s.AppendPeople(data); len(linked) > len(data) {
		return s, linked
	}
	return s, nil
}

// savePeople writes the people linked by this build (linkSite) for the
// next.
func savePeople(dir string, data []byte) error {
	if data == nil {
		return nil
	}
	return writeFile(filepath.Join(dir, peopleFile), data)
}
