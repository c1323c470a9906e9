package render

import (
	"bytes"
	"slices"

	"callsite/internal/render/export"
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
func writeLD(b *bytes.Buffer, v any) bool {
	switch v := v.(type) {
	case string:
		writeJSONString(b, v)
		return true
	case *articleLD:
		v.writeJSON(b)
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

// writeJSONString writes s as a JSON string as encoding/json's
// appendString does with HTML escaping on (export.AppendString, which
// call.json is written with too).
func writeJSONString(b *bytes.Buffer, s string) {
	var buf [256]byte // a page's strings fit, but for a long description
	b.Write(export.AppendString(buf[:0], s))
}

// articleLD is an Article's JSON-LD (Common.article): written by
// writeJSON as json.Marshal writes the objects of strings it stands for
// (keys sorted, an empty ticker, image or date left out), without the
// maps made for each page to hold them.
type articleLD struct {
	headline, description, url string
	siteName, siteURL          string // isPartOf
	company, ticker            string // about
	image, published           string
}

func (a *articleLD) writeJSON(b *bytes.Buffer) {
	member := func(key, value string) {
		b.WriteString(key)
		writeJSONString(b, value)
	}
	b.WriteString(`{"@context":"https://schema.org","@type":"Article","about":{"@type":"Corporation"`)
	member(`,"name":`, a.company)
	if a.ticker != "" {
		member(`,"tickerSymbol":`, a.ticker)
	}
	b.WriteByte('}')
	if a.published != "" {
		member(`,"datePublished":`, a.published)
	}
	member(`,"description":`, a.description)
	member(`,"headline":`, a.headline)
	if a.image != "" {
		member(`,"image":`, a.image)
	}
	b.WriteString(`,"isPartOf":{"@type":"WebSite"`)
	member(`,"name":`, a.siteName)
	member(`,"url":`, a.siteURL)
	b.WriteByte('}')
	member(`,"mainEntityOfPage":`, a.url)
	member(`,"url":`, a.url)
	b.WriteByte('}')
}

// MarshalJSON is writeJSON, for json.Marshal of a page's LD.
func (a *articleLD) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	a.writeJSON(&b)
	return b.Bytes(), nil
}
