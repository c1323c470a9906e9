// Package cards draws share images: the 800x420 PNG "cards" that chat apps and social
// networks show when a link to a call page or a Q&A exchange page is shared (Open Graph
// og:image, Twitter summary_large_image).
//
// It takes a [Card], plain strings saying what the picture shows (site title, company,
// period, heading, speaker, quote, footer), and gives PNG bytes from [Draw]. Drawing is pure
// Go with the Go fonts (golang.org/x/image/font/gofont): no font files, no cgo, no network.
// Any Unicode is accepted: control and format characters are dropped, whitespace is folded,
// characters the Go fonts lack are approximated (NFKC, then without accents) or shown as □,
// and text too long for its place is wrapped and cut with "…".
//
// Output is deterministic: the same Card gives byte-identical PNG bytes. [Card.Key] is a
// content hash of the fields and of the drawing code's version, meant as a file name;
// [Cache] keeps drawn cards in a folder under that name (dir/<key>.png) so a rebuild only
// draws cards whose content changed.
//
// Cost, measured with BenchmarkCards in internal/render (the call and exchange cards of 40
// real calls): about 0.4 ms of CPU and 16 KB a card on a busy 2-core machine, 3.2 million
// instructions (cachegrind). A card is a 4-bit paletted PNG: the background, three text
// colours with five anti-aliasing levels each (the rules are levels of them), 16 colours,
// two pixels a byte. The canvas is the PNG's image data itself (rows of a filter byte and
// 400 bytes): the background is copied in, all-ASCII text is cleaned without the Unicode
// normalizer, glyphs are rasterized once per pooled canvas, style, subpixel position and
// nibble, and drawn eight bytes at a time. The package's own deflate encoder (png.go) finds
// the two repeats a card is made of, a run of the byte before and the row above: a row at
// a time, whole rows and the equal ends of rows compared with the row above at once, the
// rest eight bytes at a time; it writes each as it is found with one Huffman code made once
// from sample cards. With a [Cache] a rebuild only reads the files of unchanged cards.
//
// The package holds no mutable state other than pools of scratch memory (canvases with
// their font faces, metrics and glyph masks, PNG encoder scratch) and what it makes once:
// the parsed fonts, the background, the palette and the Huffman code.
package cards

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sync"
)

// Card is what one share image shows. Every field may be empty; text that does not fit is
// wrapped and cut with "…".
type Card struct {
	SiteTitle string // small, top left, e.g. "Earnings calls"
	Company   string // large, e.g. "Kaleyra"
	Period    string // beside the company in the accent colour, e.g. "Q2 2020"
	Heading   string // bold, at most 2 lines, e.g. "Dario Calogero (CEO) on gross margin"
	Speaker   string // accent colour, one line, e.g. "Answer by Dario Calogero, CEO"
	Quote     string // opening of the answer or a summary, any length: at most 5 lines
	Footer    string // small, bottom, e.g. "Question 3 of 6 · Tim Horan, Oppenheimer"
}

// Width and Height are the size of every card in pixels: the 1.91:1 size Open Graph and
// Twitter's large summary card expect.
//
// 800x420 rather than the 1200x630 the networks suggest: a shared link is shown about 330
// to 500 px wide (a phone's timeline, a chat bubble), 660 to 1000 device pixels on a
// double-density screen, so 800 is sharp enough where it is seen, and it is 44% of the
// pixels to draw and compress. Both networks take it for the large image (at least 600 px
// wide for Facebook's, 300x157 for X's).
const (
	Width  = 800
	Height = 420
)

// DisplayWidth is the narrowest width, in CSS pixels, a card is laid out to be read at: its
// quote is at least [MinQuotePx] pixels high there.
const DisplayWidth = 330

// version names the drawing code. Change it whenever the picture for the same Card changes
// (layout, colours, fonts, encoding), so that cached cards are redrawn.
const version = "cards/v5"

// Key is a content hash of everything that changes the picture: every field of c and the
// version of the drawing code. It is 32 lowercase hex digits, safe as a file name.
func (c Card) Key() string {
	h := sha256.New()
	var n [binary.MaxVarintLen64]byte
	fields := [...]string{version, c.SiteTitle, c.Company, c.Period, c.Heading, c.Speaker,
		c.Quote, c.Footer}
	for _, s := range fields {
		// Length-prefixed, so moving text between fields changes the key.
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Draw renders c as a Width x Height PNG. The same Card always gives the same bytes.
// It is safe for concurrent use.
func Draw(c Card) ([]byte, error) {
	buf := drawBuffers.Get().(*bytes.Buffer)
	defer drawBuffers.Put(buf)
	buf.Reset()
	if err := draw(buf, c); err != nil {
		return nil, err
	}
	return bytes.Clone(buf.Bytes()), nil
}

// drawBuffers hold PNGs while they are written, so that the PNG returned is its own size.
var drawBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func draw(buf *bytes.Buffer, c Card) error {
	fs, err := loadFonts()
	if err != nil {
		return fmt.Errorf("cards: %w", err)
	}
	cv, err := newCanvas(fs)
	if err != nil {
		return fmt.Errorf("cards: %w", err)
	}
	defer cv.release()
	cv.layout(c)
	writePNG(buf, Width, Height, 4, palette(), cv.pix)
	return nil
}
