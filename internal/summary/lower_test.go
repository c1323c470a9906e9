package summary

import (
	"strings"
	"testing"
)

// checkLower holds isASCII and lowerASCII to a byte-by-byte reading and to
// strings.ToLower.
func checkLower(t *testing.T, s string) {
	t.Helper()
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < 0x80
	}
	if got := isASCII(s); got != ascii {
		t.Errorf("isASCII(%q) = %v, want %v", s, got, ascii)
	}
	if !ascii {
		return
	}
	if got, want := lowerASCII(s), strings.ToLower(s); got != want {
		t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
	}
	if got, want := string(appendLowerASCII([]byte("Ab"), s)), "Ab"+strings.ToLower(s); got != want {
		t.Errorf("appendLowerASCII(Ab, %q) = %q, want %q", s, got, want)
	}
}

// Every ASCII byte at every place of the eight a step reads, and a byte
// beyond ASCII at each place of texts of every length up to two steps.
func TestLowerASCII(t *testing.T) {
	for c := range 128 {
		for at := range 9 {
			b := []byte(strings.Repeat("xY", 5))
			b[at] = byte(c)
			checkLower(t, string(b[:at+1]))
			checkLower(t, string(b))
		}
	}
	for n := range 17 {
		for at := range n {
			b := []byte(strings.Repeat("Q", n))
			b[at] = 0xc3
			checkLower(t, string(b))
		}
	}
	checkLower(t, "Revenue Was $1.2 BILLION, up 12% @[`{ AZ az")
	checkLower(t, "É")
}

func FuzzLowerASCII(f *testing.F) {
	f.Add("Revenue Was $1.2 BILLION")
	f.Fuzz(checkLower)
}
