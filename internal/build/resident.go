package build

import (
	"os"
	"path/filepath"
)

// Resident runs the builds of one site, again and again, in one process
// (gen serve), keeping in memory what each build leaves for the next:
// the cache (every call's record, the pages across calls, the output's
// files) and the people linked. A rebuild then reads nothing of the
// cache folder: at 5,000 calls reading and decoding it was about 0.4 s
// of CPU, restoring nothing of that was the way under 1 s.
//
// The cache folder still holds the search index's segments (segments.go);
// the rest of the cache is not written while the memory holds it, and the
// files an earlier process wrote there are removed, so that a process
// that forgets (after a failed build) starts cold rather than from a
// cache that no longer describes the output.
//
// A Resident runs one build at a time (its caller serializes them).
type Resident struct {
	// OwnsOutput says that nothing but these builds changes the output
	// folder (gen serve's folder of its own): a rebuild then does not
	// look for files deleted from it, the folder check of every folder of
	// the site (50,000 at 5,000 calls).
	OwnsOutput bool

	last   *cacheData // what the last build published; nil: nothing kept
	people []byte     // the people linked (peopleFile's contents), or nil
	// The folders last describes: a build of others does not use it.
	out, cacheDir string
}

// Run builds as Run does, from and into the memory.
func (r *Resident) Run(cfg Config) (*Result, error) {
	b := newBuilder(cfg)
	b.resident = r
	res, err := run(b)
	if b.modelled && !b.kept {
		// Failed after merging the records, which changes those it took,
		// and perhaps after writing some of the output: the next build
		// starts cold. (One that stopped before, at input errors, left
		// both as they were.)
		r.last, r.people = nil, nil
	}
	return res, err
}

// lastCache returns the cache the last build left in memory, when it is
// of the same output and cache folders, else nil (read the folder).
func (r *Resident) lastCache(b *builder) *cacheData {
	if r == nil || r.last == nil || !b.useCache || b.cfg.Clean || r.out != b.cfg.Out || r.cacheDir != b.cfg.CacheDir {
		return nil
	}
	b.remembered = true
	return r.last
}

// remembers reports whether b started from the memory (lastCache).
func (r *Resident) remembers(b *builder) bool { return r != nil && b.remembered }

// trusted reports whether b may take the output for what the last build
// left there (OwnsOutput).
func (r *Resident) trusted(b *builder) bool { return r.remembers(b) && r.OwnsOutput }

// keep holds what b published, next, for the following build instead of
// writing it to the cache folder.
func (r *Resident) keep(b *builder, next *cacheData) error {
	if !b.remembered {
		// What an earlier process (or a build of others) left in the
		// folder stops describing the output with this build.
		for _, name := range []string{siteCacheFile, peopleFile} {
			if err := os.Remove(filepath.Join(b.cfg.CacheDir, name)); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	for _, e := range next.Inputs {
		if e.body != nil {
			// The entry's record is a copy (copyRecord) made before the
			// body was decoded into the record it was read with: the next
			// build decodes it into the copy.
			e.body = &recordBody{rec: e.Record, data: e.body.data}
		}
	}
	if b.people != nil {
		r.people = b.people
	}
	r.last, r.out, r.cacheDir = next, b.cfg.Out, b.cfg.CacheDir
	b.kept = true
	return nil
}

// everyFile is the folder check's answer for an output only these builds
// write (Resident.OwnsOutput): every file the last build wrote is there.
func everyFile(dirs outputDirs) *existing {
	e := &existing{done: make(chan struct{}), missing: map[string]bool{}, dirs: dirs}
	close(e.done)
	return e
}
