package transcript

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"unicode/utf8"

	"callsite/internal/content"
)

// Parse reads one transcript file. name is used in positions and errors.
// It returns an error (an *Error with the file and line) only when the
// input cannot be read as a transcript at all; anything less is a warning
// on the Transcript.
func Parse(name string, src []byte) (*Transcript, error) {
	return parse(name, src, nil, nil)
}

// parse reads a transcript and applies its sidecar (nil when none). With
// known (the Meta an earlier parse of the same input found) it takes that
// Meta rather than inferring it: the rest of the call depends on the text
// alone.
func parse(name string, src []byte, side *sidecar, known *Meta) (*Transcript, error) {
	if err := checkReadable(name, src); err != nil {
		return nil, err
	}
	if len(src) > content.MaxSize {
		return nil, &Error{Pos: Pos{File: name, Line: 1}, Msg: fmt.Sprintf("file too large (more than %d MiB)", content.MaxSize>>20)}
	}
	// A call parsed again is drawn and dropped: its texts may be views of
	// src rather than copies (read's views).
	d, err := read(name, src, known != nil)
	if err != nil {
		return nil, err
	}
	var prior *assembly
	if known != nil {
		prior = known.assembly.of(src)
	}
	t := assemble(name, d, known == nil, prior)
	if len(t.Sections) == 0 {
		return nil, &Error{Pos: Pos{File: name, Line: 1}, Msg: "no transcript text found"}
	}
	t.Sources = []string{name}
	for _, s := range []*sidecar{d.side, side} {
		if s == nil {
			continue
		}
		if err := s.apply(t); err != nil {
			return nil, err
		}
		if s.name != name {
			t.Sources = append(t.Sources, s.name)
		}
	}
	found := t.assembly
	t.assembly = nil
	if known != nil {
		t.Meta = *known // over the sidecars' fields too: it had them
		return t, nil
	}
	finishMeta(t, name)
	t.Meta.Words = fingerprint(t)
	if found != nil {
		found.key = srcKey(src)
	}
	t.Meta.assembly = found
	t.hints = metaHints{}
	return t, nil
}

// srcSeed seeds srcKey. The key is compared within one build only (the
// finding is not exported, so no cache keeps it).
var srcSeed = maphash.MakeSeed()

// srcKey tells a text from any other: a file changed between two parses
// is parsed afresh.
func srcKey(src []byte) uint64 { return maphash.Bytes(srcSeed, src) }

// checkReadable rejects what is not text: empty files and binary data.
func checkReadable(name string, src []byte) error {
	// A byte-order mark alone (or with blank lines) is an empty file too.
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")))) == 0 {
		return &Error{Pos: Pos{File: name, Line: 1}, Msg: "empty file"}
	}
	if len(src) >= 2 && src[0] == 0x1f && src[1] == 0x8b {
		return nil // gzip: checked again after gunzip
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &Error{Pos: Pos{File: name, Line: 1 + bytes.Count(src[:i], []byte("\n"))}, Msg: "binary data (NUL byte), not a transcript"}
	}
	valid := utf8.Valid(src) // read once: a pass over the whole file
	if !valid && controlShare(src) > 0.05 {
		return &Error{Pos: Pos{File: name, Line: 1}, Msg: fmt.Sprintf("binary data (%.0f%% control bytes), not a transcript", 100*controlShare(src))}
	}
	// Text that is not UTF-8 is read as Windows-1252, whose text is mostly
	// ASCII with a few accented letters and curly quotes. Bytes mostly
	// above 0x7F are something else (another 8-bit encoding, compressed or
	// random data): decoding them would publish a page of mojibake.
	if !valid {
		if share := highShare(src); share > 0.3 {
			return &Error{Pos: Pos{File: name, Line: 1}, Msg: fmt.Sprintf("not text: invalid UTF-8 and not Windows-1252 (%.0f%% of bytes above 0x7F); save the file as UTF-8", 100*share)}
		}
	}
	return nil
}

// highShare is the share of bytes above 0x7F.
func highShare(src []byte) float64 {
	n := 0
	for _, c := range src {
		if c >= 0x80 {
			n++
		}
	}
	return float64(n) / float64(len(src))
}

// controlShare is the share of bytes that no text encoding uses.
func controlShare(src []byte) float64 {
	n := 0
	for _, c := range src {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(src))
}
