package render

import (
	"bytes"
	"strings"
)

// The writers below escape text as html/template escapes it in each
// context, for the parts of pages drawn in Go (turnHTML, Person.Calls):
// the page comes out byte for byte as the template it replaces drew it.
// escape_test.go checks them against html/template.

// writeText escapes s for HTML text or a quoted attribute value
// (html/template's htmlEscaper and attrEscaper on a string).
func writeText(b *bytes.Buffer, s string) { escapeOnto(b, s, true) }

// writeEscaped writes s to b escaped as template.HTMLEscapeString escapes
// it (as writeText, but '+' kept), without the copy that function makes of
// any text holding an apostrophe (most paragraphs of a call).
func writeEscaped(b *bytes.Buffer, s string) { escapeOnto(b, s, false) }

// escapeOnto writes s to b with the HTML specials escaped; plus says
// whether '+' is one (html/template's escapers) or not (HTMLEscapeString).
// It skips the bytes that stay through a table (htmlSpecial): a call's
// whole text goes through here, and most of it stays.
func escapeOnto(b *bytes.Buffer, s string, plus bool) {
	last := 0
	for i := 0; i < len(s); i++ {
		// Four bytes a test while they all stay: fewer instructions a
		// byte than the test of each alone.
		for i+4 <= len(s) {
			if w := s[i : i+4]; htmlSpecial[w[0]] || htmlSpecial[w[1]] || htmlSpecial[w[2]] || htmlSpecial[w[3]] {
				break
			}
			i += 4
		}
		if i == len(s) {
			break
		}
		if !htmlSpecial[s[i]] {
			continue
		}
		var esc string
		switch s[i] {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '+':
			if !plus {
				continue
			}
			esc = "&#43;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// htmlSpecial marks the bytes escapeOnto may escape.
var htmlSpecial = [256]bool{0: true, '"': true, '&': true, '\'': true, '+': true, '<': true, '>': true}

// writeURL writes s as the start of a quoted href (html/template's
// urlFilter, urlNormalizer and attrEscaper): a URL of another scheme than
// http(s) or mailto is refused, bytes a URL may not hold are
// percent-encoded, and the HTML specials it may hold escaped.
func writeURL(b *bytes.Buffer, s string) {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		s = "#ZgotmplZ"
	}
	writeNormalURL(b, s)
}

// writeNormalURL writes s normalized (processURL) and escaped as an
// attribute's value. The links a page makes itself (relative paths) are
// mostly normal already: they are escaped straight onto b.
func writeNormalURL(b *bytes.Buffer, s string) {
	if normalURL(s) {
		writeText(b, s)
		return
	}
	norm := GetBuffer()
	defer PutBuffer(norm)
	processURL(norm, s, true)
	writeText(b, norm.String())
}

// normalURL reports whether processURL, normalizing, leaves s as it is.
func normalURL(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case urlNormalByte[c]:
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
		default:
			return false
		}
	}
	return true
}

// urlNormalByte marks the bytes processURL keeps when it normalizes.
var urlNormalByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!#$&*+,/:;=?@[]", byte(c)) >= 0
	}
	return t
}()

// writeTypedURL writes s, a template.URL the page made itself, as the
// start of a quoted href: as writeURL, but trusted, so not filtered
// (html/template lets a template.URL through its urlFilter).
func writeTypedURL(b *bytes.Buffer, s string) { writeNormalURL(b, s) }

// writeURLPart writes s after the # of a quoted href (html/template's
// urlEscaper): every byte but letters, digits and -._~ percent-encoded.
func writeURLPart(b *bytes.Buffer, s string) { processURL(b, s, false) }

// processURL is html/template's processURLOnto.
func processURL(b *bytes.Buffer, s string, norm bool) {
	const hex = "0123456789abcdef"
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			if norm {
				continue
			}
		case '-', '.', '_', '~':
			continue
		case '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				continue
			}
		}
		b.WriteString(s[written:i])
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&0xF])
		written = i + 1
	}
	b.WriteString(s[written:])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// writeTime writes a call's date (YYYY-MM-DD) as the templates' <time>
// element: the date for machines, the long date for readers.
func writeTime(b *bytes.Buffer, date string) {
	b.WriteString(`<time datetime="`)
	writeText(b, date)
	b.WriteString(`">`)
	writeText(b, longDate(date))
	b.WriteString("</time>")
}
