package render

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// writeLD writes what json.Marshal writes for the values article makes:
// nested objects of strings, with the characters JSON, HTML and
// JavaScript treat specially, and bytes that are not UTF-8.
func TestWriteLDAsEncodingJSON(t *testing.T) {
	texts := []string{
		"",
		"Acme Corp Q3 2024 earnings call",
		`a "quoted" word and a back\slash`,
		"margins <held> & grew",
		"tabs\tnew\nlines\rfeeds\fbells\b and \x00\x01\x1f\x7f",
		"Café — naïve résumé, “curly” quotes",
		"a line\u2028and a paragraph\u2029separator",
		"stray bytes \xff\xfe and a cut rune \xe2\x80",
	}
	// Random texts of the bytes that matter, so that every escape meets
	// every other and the text between them.
	alphabet := []string{"a", " ", `"`, `\`, "<", ">", "&", "\n", "\x01", "\x7f", "é", "\u2028", "\xff", "\xe2\x80", "—"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var s bytes.Buffer
		for range rng.IntN(12) {
			s.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, s.String())
	}
	for i, text := range texts {
		ld := map[string]any{
			"@type":    "Article",
			"headline": text,
			"about":    map[string]any{"name": text, "@type": "Corporation"},
			text:       "as a key",
		}
		if i%3 == 0 {
			ld["empty"] = map[string]any{}
			ld["none"] = map[string]any(nil)
		}
		want, err := json.Marshal(ld)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if !writeLD(&b, ld) {
			t.Fatalf("writeLD(%q) refused", text)
		}
		if got := b.String(); got != string(want) {
			t.Fatalf("writeLD with %q:\n got %s\nwant %s", text, got, want)
		}
	}
}

// An article's JSON-LD is what json.Marshal writes for the objects of
// strings it stands for (asMap), with every field empty or not and the
// texts of TestWriteLDAsEncodingJSON; json.Marshal of it too.
func TestArticleLDAsEncodingJSON(t *testing.T) {
	texts := []string{"", "Acme Corp Q3 2024", `a "quoted" \ word`, "margins <held> & grew", "tabs\tnew\nlines \x00\x1f",
		"Café — “curly”", "a line\u2028and\u2029", "stray \xff\xfe \xe2\x80", "https://example.org/c/acme/2024-q3/"}
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func() string { return texts[rng.IntN(len(texts))] }
	for range 3000 {
		a := &articleLD{headline: pick(), description: pick(), url: pick(), siteName: pick(), siteURL: pick(),
			company: pick(), ticker: pick(), image: pick(), published: pick()}
		want, err := json.Marshal(a.asMap())
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if !writeLD(&b, a) || b.String() != string(want) {
			t.Fatalf("writeLD(%+v):\n got %s\nwant %s", *a, b.String(), want)
		}
		if got, err := json.Marshal(a); err != nil || string(got) != string(want) {
			t.Fatalf("json.Marshal(%+v) = %s, %v, want %s", *a, got, err, want)
		}
	}
}

// asMap is the article as the objects of strings writeJSON writes.
func (a *articleLD) asMap() map[string]any {
	about := map[string]any{"@type": "Corporation", "name": a.company}
	if a.ticker != "" {
		about["tickerSymbol"] = a.ticker
	}
	ld := map[string]any{"@context": "https://schema.org", "@type": "Article", "about": about,
		"description": a.description, "headline": a.headline, "mainEntityOfPage": a.url, "url": a.url,
		"isPartOf": map[string]any{"@type": "WebSite", "name": a.siteName, "url": a.siteURL}}
	if a.image != "" {
		ld["image"] = a.image
	}
	if a.published != "" {
		ld["datePublished"] = a.published
	}
	return ld
}

// A value writeLD does not know (a number, a list) is left to
// encoding/json, whose output JSONLD then gives.
func TestJSONLDOtherValues(t *testing.T) {
	for _, ld := range []any{
		map[string]any{"@type": "Article", "wordCount": 1200},
		map[string]any{"keywords": []string{"revenue", "guidance"}},
		map[string]any{"about": nil},
		[]any{"a", "b"},
	} {
		var b bytes.Buffer
		if writeLD(&b, ld) {
			t.Errorf("writeLD(%v) took a value it does not know", ld)
		}
		want, err := json.Marshal(ld)
		if err != nil {
			t.Fatal(err)
		}
		if got := (Common{LD: ld}).JSONLD(); string(got) != string(want) {
			t.Errorf("JSONLD(%v) = %s, want %s", ld, got, want)
		}
	}
}

// BenchmarkJSONLD draws the JSON-LD of an exchange page, as article
// makes it.
//
//	go test -run '^$' -bench JSONLD -benchmem ./internal/render
func BenchmarkJSONLD(b *testing.B) {
	desc := "We expect revenue of $1.2 billion to $1.25 billion next quarter, and the margin to hold near 41% as the new plant ramps up."
	c := Common{Path: "/c/acme/2024-q3/q4/", Description: desc, LD: map[string]any{
		"@context":         "https://schema.org",
		"@type":            "Article",
		"headline":         "Jane Doe (CFO) on guidance — Acme Q3 2024",
		"description":      desc,
		"mainEntityOfPage": "https://example.org/c/acme/2024-q3/q4/",
		"url":              "https://example.org/c/acme/2024-q3/q4/",
		"isPartOf":         map[string]any{"@type": "WebSite", "name": "Earnings calls", "url": "https://example.org/"},
		"about":            map[string]any{"@type": "Corporation", "name": "Acme", "tickerSymbol": "ACME"},
		"datePublished":    "2024-10-30",
	}}
	b.ReportAllocs()
	for b.Loop() {
		if c.JSONLD() == "" {
			b.Fatal("no JSON-LD")
		}
	}
}
