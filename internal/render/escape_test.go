package render

import (
	"bytes"
	"html/template"
	"math/rand/v2"
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
		var b bytes.Buffer
		b.WriteString("[")
		writeEscaped(&b, s)
		if got, want := b.String(), "["+template.HTMLEscapeString(s); got != want {
			t.Errorf("writeEscaped(%q) = %q, want %q", s, got, want)
		}
	}
}

// writeText, writeURL and writeURLPart write what html/template writes
// for a string in text, at the start of an href and after its #.
func TestWritersEscapeAsHTMLTemplate(t *testing.T) {
	tpl := template.Must(template.New("").Parse(`<q>{{.}}</q>|<a title="{{.}}" href="{{.}}">|<a href="x#{{.}}">`))
	for _, s := range []string{
		"",
		"plain words",
		"Q3 2024: up 5% & margins <held> at \"record\" +2 'levels'",
		"../../c/acme-corp/2024-q3/",
		"/people/jane-doe/#q3-2",
		"javascript:alert(1)",
		"mailto:ir@example.org",
		"HTTPS://example.org/a b?c=d&e=f",
		"50%25 of 100%",
		"a NUL \x00 byte and a stray \xff one",
		"Café — naïve résumé",
		"!#$&*+,/:;=?@[]-._~(){}|\\^`",
		"%", "a%4", "a%41", "%41%", "%zz%4g", "../q%2F1/",
	} {
		var b bytes.Buffer
		b.WriteString("<q>")
		writeText(&b, s)
		b.WriteString(`</q>|<a title="`)
		writeText(&b, s)
		b.WriteString(`" href="`)
		writeURL(&b, s)
		b.WriteString(`">|<a href="x#`)
		writeURLPart(&b, s)
		b.WriteString(`">`)
		var want bytes.Buffer
		if err := tpl.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		if b.String() != want.String() {
			t.Errorf("%q:\n got %s\nwant %s", s, b.String(), want.String())
		}
	}
}

// writeURL's shortcut for links already normal (normalURL) writes what
// the full path does, for random strings of the bytes that decide it.
func TestNormalURLShortcut(t *testing.T) {
	alphabet := "a/.-%4fG#&+ \"'<>\x00é~?="
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var s bytes.Buffer
		for range rng.IntN(10) {
			s.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		var norm, got, want bytes.Buffer
		processURL(&norm, s.String(), true)
		writeText(&want, norm.String())
		writeNormalURL(&got, s.String())
		if got.String() != want.String() {
			t.Fatalf("writeNormalURL(%q) = %q, want %q", s.String(), got.String(), want.String())
		}
	}
}

// writeEscaped and writeText write what html/template's escapers write
// for random strings of plain letters and the bytes they escape, at every
// place in the four bytes escapeOnto tests at once.
func TestEscapeOntoAsTemplateAtRandom(t *testing.T) {
	alphabet := "abcd efgh\"&'+<>\x00é"
	tpl := template.Must(template.New("").Parse(`{{.}}`))
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var s bytes.Buffer
		for range rng.IntN(24) {
			s.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		var escaped, text, want bytes.Buffer
		writeEscaped(&escaped, s.String())
		if got, want := escaped.String(), template.HTMLEscapeString(s.String()); got != want {
			t.Fatalf("writeEscaped(%q) = %q, want %q", s.String(), got, want)
		}
		writeText(&text, s.String())
		if err := tpl.Execute(&want, s.String()); err != nil {
			t.Fatal(err)
		}
		if text.String() != want.String() {
			t.Fatalf("writeText(%q) = %q, want %q", s.String(), text.String(), want.String())
		}
	}
}
