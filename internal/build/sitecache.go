package build

// site.bin is the cache's siteCache: the pages across calls with their
// files, the output's other files and folders, written and read by every
// build. It was a gob (site.gob): at 5,000 calls 3 MB, whose encoding and
// decoding cost a rebuild about 0.17 s of CPU; this plain layout (binpack:
// varints and strings, the strings read as slices of the file's bytes)
// costs a fraction of that.
//
// Layout after the header line: Generator, Started, SearchState, Other
// (a count, then the strings), the pages by id in sorted order (a count,
// then for each its id, a byte 0 for a nil entry or 1, its Key and
// Files), and Dirs (outputDirs.appendTo's form, its length first). A count of 0
// reads back as nil, as gob left an empty slice or map.

import (
	"encoding/binary"
	"errors"
	"slices"

	"callsite/internal/binpack"
)

// siteHeader opens site.bin; a file that does not open with it (another
// version's) is not read.
const siteHeader = "callsite site v1\n"

var errSiteCache = errors.New("bad site cache")

func encodeSiteCache(sc *siteCache) ([]byte, error) {
	b := append(make([]byte, 0, siteCacheBound(sc)), siteHeader...)
	b = binpack.AppendString(b, sc.Generator)
	b = binary.AppendVarint(b, sc.Started)
	b = binpack.AppendString(b, sc.SearchState)
	b = appendStrings(b, sc.Other)
	ids := make([]string, 0, len(sc.Pages))
	for id := range sc.Pages {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	b = binary.AppendUvarint(b, uint64(len(ids)))
	for _, id := range ids {
		b = binpack.AppendString(b, id)
		e := sc.Pages[id]
		if e == nil {
			b = append(b, 0)
			continue
		}
		b = binpack.AppendString(append(b, 1), e.Key)
		b = appendStrings(b, e.Files)
	}
	return appendSized(b, sc.Dirs.appendTo), nil
}

// siteCacheBound is at least the size of sc's encoding, so that it is
// written into one buffer: 3 MB at 5,000 calls, which grown step by step
// and with the folders encoded apart was three times that in memory the
// system hands out fresh.
func siteCacheBound(sc *siteCache) int {
	n := len(siteHeader) + len(sc.Generator) + len(sc.SearchState) + 8*binary.MaxVarintLen64 + sc.Dirs.sizeBound()
	for _, s := range sc.Other {
		n += binary.MaxVarintLen64 + len(s)
	}
	for id, e := range sc.Pages {
		n += 2*binary.MaxVarintLen64 + 1 + len(id)
		if e != nil {
			n += binary.MaxVarintLen64 + len(e.Key)
			for _, f := range e.Files {
				n += binary.MaxVarintLen64 + len(f)
			}
		}
	}
	return n
}

// appendSized appends what appendTo appends to b, its length first.
func appendSized(b []byte, appendTo func([]byte) []byte) []byte {
	start := len(b)
	b = appendTo(b)
	size := binary.AppendUvarint(nil, uint64(len(b)-start))
	b = append(b, size...) // room for the length: the block moves up by it
	copy(b[start+len(size):], b[start:len(b)-len(size)])
	copy(b[start:], size)
	return b
}

func appendStrings(b []byte, list []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(list)))
	for _, s := range list {
		b = binpack.AppendString(b, s)
	}
	return b
}

// decodeSiteCache reads what encodeSiteCache wrote. The strings point
// into data, which must not change afterwards.
func decodeSiteCache(data []byte) (*siteCache, error) {
	if len(data) < len(siteHeader) || string(data[:len(siteHeader)]) != siteHeader {
		return nil, errSiteCache
	}
	r := binpack.NewReader(data, len(siteHeader))
	sc := &siteCache{Generator: r.String(), Started: r.Varint(), SearchState: r.String()}
	sc.Other = readStrings(r)
	if n := counted(r); n > 0 {
		sc.Pages = make(map[string]*pageEntry, n)
		for range n {
			id := r.String()
			var e *pageEntry
			if r.Byte() != 0 {
				e = &pageEntry{Key: r.String()}
				e.Files = readStrings(r)
			}
			sc.Pages[id] = e
		}
	}
	dirs := r.Bytes(r.Uvarint())
	if r.Err() != nil || r.Left() != 0 {
		return nil, errSiteCache
	}
	if err := sc.Dirs.decode(dirs); err != nil {
		return nil, err
	}
	return sc, nil
}

// counted reads a count of values that take a byte or more each: one
// beyond the bytes left fails r rather than allocating.
func counted(r *binpack.Reader) int {
	n := r.Uvarint()
	if n > uint64(r.Left()) {
		r.Fail()
		return 0
	}
	return int(n)
}

func readStrings(r *binpack.Reader) []string {
	n := counted(r)
	if n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.String()
	}
	return list
}

// readSiteCache reads site.bin (readCacheFile).
func readSiteCache(file string, mapped bool) (*siteCache, error) {
	data, err := readCacheFile(file, mapped)
	if err != nil {
		return nil, err
	}
	return decodeSiteCache(data)
}

// writeSiteCache writes site.bin beside file and swaps it in.
func writeSiteCache(file string, sc *siteCache) error {
	data, err := encodeSiteCache(sc)
	if err != nil {
		return err
	}
	return writeFile(file, data)
}
