package render

import (
	"html/template"
	"strings"
	"testing"
)

// writeEscaped writes what template.HTMLEscapeString returns, for text
// with and without the characters HTML escapes.
func TestWriteEscapedAsTemplate(t *testing.T) {
	for _, s := range []string{
		"",
		"plain words with no marks",
		"we're up 5% & margins <held> at \"record\" levels",
		"'leading and trailing'",
		"a NUL \x00 byte and a stray \xff one",
		"<<&&>>''\"\"",
		"Café — naïve résumé",
	} {
		var b strings.Builder
		b.WriteString("[")
		writeEscaped(&b, s)
		if got, want := b.String(), "["+template.HTMLEscapeString(s); got != want {
			t.Errorf("writeEscaped(%q) = %q, want %q", s, got, want)
		}
	}
}
