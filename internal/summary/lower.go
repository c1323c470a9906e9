package summary

import (
	"unicode/utf8"
	"unsafe"
)

// Reading ASCII eight bytes at a time, as packages figures and text do:
// the key points lower-case every sentence that holds a figure and the
// topics every analyst's question, and byte by byte that was a tenth of
// their time.

// highBits is the high bit of each of eight bytes, set in the bytes of a
// character beyond ASCII.
const highBits = 0x8080808080808080

// load8 is the eight bytes of s at i, the first the lowest.
func load8(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check, not eight: the eight bytes are read at once
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperBytes is the high bit of each byte of x that is an ASCII capital,
// every byte of x below 0x80: a byte plus 0x3f reaches 0x80 from "A" on,
// plus 0x25 from just past "Z" on, and no sum carries into the next byte.
func upperBytes(x uint64) uint64 {
	return ((x + 0x3f3f3f3f3f3f3f3f) ^ (x + 0x2525252525252525)) & highBits
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load8(s, i)&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends s, all ASCII, to b lower-cased: as
// strings.ToLower would, each capital's 0x80 from upperBytes becomes its
// 0x20.
func appendLowerASCII(b []byte, s string) []byte {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		x |= upperBytes(x) >> 2
		b = append(b, byte(x), byte(x>>8), byte(x>>16), byte(x>>24), byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// lowerASCII is strings.ToLower of an ASCII s, in one allocation: the
// bytes are never written once the string is made of them.
func lowerASCII(s string) string {
	b := appendLowerASCII(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}
