package transcript

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"

	"callsite/internal/content"
)

// read detects the format of src by its content (never by its name alone)
// and runs its reader:
//
//	gzip magic 1f 8b            gunzip, then detect again
//	"---" line first            Markdown sidecar: front matter, then a text body
//	"{" first                   Motley Fool JSON (prepared_remarks / call_transcript)
//	"<" first, or <html         fool.com article page
//	"token|speaker|" header     Rev .nlp, one token per line
//	other text                  speaker lines ("Name - Title", a listed name
//	                            alone, Operator) -> plain / Seeking Alpha;
//	                            too few of them -> unlabelled sentences or blob
//
// With views, the strings of a JSON file are views of its text, not
// copies: for a call that is dropped with src (a parse again); a call kept
// longer would keep the whole file alive by any one of its strings.
func read(name string, src []byte, views bool) (*draft, error) {
	if len(src) >= 2 && src[0] == 0x1f && src[1] == 0x8b {
		raw, err := gunzip(src)
		if err != nil {
			// Line 1: errors always read "path:line: message".
			return nil, &Error{Pos: Pos{File: name, Line: 1}, Msg: err.Error()}
		}
		if err := checkReadable(name, raw); err != nil {
			return nil, err
		}
		src = raw
	}
	if view, ok := jsonView(src); ok {
		return readJSON(name, view, views)
	}
	text := decodeText(src)
	head := strings.TrimLeft(text, " \t\r\n")
	switch {
	case strings.HasPrefix(text, "---\n") || strings.HasPrefix(text, "---\r\n"):
		return readSidecarCall(name, text)
	case strings.HasPrefix(head, "{"):
		return readJSON(name, text, views)
	case strings.HasPrefix(head, "<") || strings.Contains(strings.ToLower(head[:min(len(head), 2048)]), "<html"):
		return readFoolHTML(name, text)
	case strings.HasPrefix(head, "token|speaker|"):
		return readNLP(name, text)
	}
	return readText(name, splitLines(text), 1), nil
}

// readText reads lines of plain text starting at line firstLine: a
// labelled transcript when enough lines are speaker lines, else an
// unlabelled one.
func readText(name string, lines []string, firstLine int) *draft {
	d := readPlain(name, lines, firstLine)
	if labelled(d) {
		if isSeekingAlpha(d) {
			d.format = "seekingalpha"
		}
		return d
	}
	return readUnlabelled(name, lines, firstLine)
}

// labelled reports whether a plain-text draft found real speaker structure:
// at least two turns with text, or one turn that holds most of the text.
func labelled(d *draft) bool {
	n, paras := 0, 0
	for _, tu := range d.turns {
		if len(tu.paras) > 0 {
			n++
			paras += len(tu.paras)
		}
	}
	if n >= 2 {
		return true
	}
	return n == 1 && paras >= len(d.notes)
}

func splitLines(text string) []string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	return lines
}

// gunzip decompresses src, refusing more than content.MaxSize bytes of
// output: a larger page is an error, not a call (and not a gzip bomb).
func gunzip(src []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %v", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, content.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %v", err)
	}
	if len(out) > content.MaxSize {
		return nil, fmt.Errorf("file too large: more than %d MiB after gunzip", content.MaxSize>>20)
	}
	return out, nil
}

// jsonView is src as a string without a copy, when src is UTF-8 JSON
// (its first byte past a byte-order mark and white space is "{"), as
// decodeText would return it. readJSON may read such a view: it keeps
// no part of its text (the scanner and encoding/json copy each string
// they return), and decodeText's copy of the whole file was a parse's
// largest allocation.
func jsonView(src []byte) (string, bool) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	head := bytes.TrimLeft(src, " \t\r\n")
	if len(head) == 0 || head[0] != '{' || !utf8.Valid(src) {
		return "", false
	}
	return unsafe.String(unsafe.SliceData(src), len(src)), true
}

// decodeText returns src as UTF-8 without a byte-order mark. The encoding
// is decided per file: valid UTF-8 stays UTF-8, anything else is read as
// Windows-1252 (what Seeking Alpha files use), so no byte is lost or turned
// into U+FFFD.
func decodeText(src []byte) string {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if utf8.Valid(src) {
		return string(src)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(src)
	if err != nil {
		return strings.ToValidUTF8(string(src), "")
	}
	// Five cp1252 bytes are undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d); the
	// decoder maps them to U+FFFD. Drop those.
	return strings.ReplaceAll(string(out), "\ufffd", "")
}
