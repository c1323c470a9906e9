package transcript

import (
	"bytes"
	"strings"
)

// read detects the format of src by its content and runs its reader.
func read(name string, src []byte) (*draft, error) {
	text := decodeText(src)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	return readPlain(name, lines, 1), nil
}

// decodeText returns src as UTF-8 without a byte-order mark.
func decodeText(src []byte) string {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	return string(src)
}
