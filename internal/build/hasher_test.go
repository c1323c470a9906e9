package build

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// A key is the SHA-256 of its parts, each after its length as 8 bytes,
// little-endian, however long the parts are: keys in a cache written
// before stay valid.
func TestHasherKeyIsLengthPrefixedSHA256(t *testing.T) {
	long := strings.Repeat("transcript text ", 1000) // past the buffered length
	for _, parts := range [][]string{
		nil,
		{""},
		{"a", "bc"},
		{"ab", "c"},
		{"short", long, "after", long},
	} {
		h, sum := newHasher()
		h.add(parts...)
		var want []byte
		for _, p := range parts {
			n := len(p)
			for i := 0; i < 8; i++ {
				want = append(want, byte(n>>(8*i)))
			}
			want = append(want, p...)
		}
		w := sha256.Sum256(want)
		if got := sum(); got != hex.EncodeToString(w[:]) {
			t.Errorf("parts of lengths %v: key %s, want %x", lens(parts), got, w)
		}
	}
	a, sumA := newHasher()
	a.add("ab", "c")
	b, sumB := newHasher()
	b.add("a", "bc")
	if sumA() == sumB() {
		t.Error("moving text between parts kept the key")
	}
}

func lens(parts []string) []int {
	var n []int
	for _, p := range parts {
		n = append(n, len(p))
	}
	return n
}
