package render

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// JSON-LD is drawn for every call and exchange page, and encoding/json
// spends most of its time there on reflection over the maps (their keys
// gathered and sorted through reflect.Value) rather than on the text.
// writeLD writes the values article makes (strings and objects of them)
// with encoding/json's rules: keys sorted, HTML-safe escapes, invalid
// UTF-8 as U+FFFD, U+2028 and U+2029 escaped (jsonld_test.go compares
// them). Any other value is left to encoding/json.

// writeLD writes v as json.Marshal does and reports true, or writes
// nothing useful and reports false when v holds a value it does not know.
func writeLD(b *strings.Builder, v any) bool {
	switch v := v.(type) {
	case string:
		writeJSONString(b, v)
		return true
	case map[string]any:
		if v == nil {
			b.WriteString("null")
			return true
		}
		var keysBuf [16]string
		keys := keysBuf[:0]
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, k)
			b.WriteByte(':')
			if !writeLD(b, v[k]) {
				return false
			}
		}
		b.WriteByte('}')
		return true
	}
	return false
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are when it
// escapes HTML: printable ones but for the quote, backslash, <, > and &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

// writeJSONString writes s as a JSON string as encoding/json's
// appendString does with HTML escaping on.
func writeJSONString(b *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '\\', '"':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(s[start:i])
			b.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			b.WriteString(s[start:i])
			b.WriteString(`\u202`)
			b.WriteByte(hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
