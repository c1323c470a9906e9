package cards

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// fontSet is the parsed Go fonts. Parsed fonts are immutable and shared; faces are not
// (they hold rasterizer scratch space) and belong to one canvas.
type fontSet struct {
	regular, medium, bold *opentype.Font
	asciiGlyph            [utf8.RuneSelf]bool // hasGlyph of each ASCII character
}

// loadFonts parses the Go fonts once per process.
var loadFonts = sync.OnceValues(func() (*fontSet, error) {
	var fs fontSet
	for _, f := range []struct {
		name string
		ttf  []byte
		dst  **opentype.Font
	}{
		{"goregular", goregular.TTF, &fs.regular},
		{"gomedium", gomedium.TTF, &fs.medium},
		{"gobold", gobold.TTF, &fs.bold},
	} {
		parsed, err := opentype.Parse(f.ttf)
		if err != nil {
			return nil, fmt.Errorf("parsing font %s: %w", f.name, err)
		}
		*f.dst = parsed
	}
	var buf sfnt.Buffer
	for c := range fs.asciiGlyph {
		fs.asciiGlyph[c] = fs.hasGlyph(&buf, rune(c))
	}
	return &fs, nil
})

// hasGlyph reports whether the Go fonts draw r. Regular, medium and bold cover the same
// characters.
func (fs *fontSet) hasGlyph(buf *sfnt.Buffer, r rune) bool {
	i, err := fs.regular.GlyphIndex(buf, r)
	return err == nil && i != 0
}

// Colours. Text is drawn on the background only, so each text colour needs one ramp of
// anti-aliasing levels from the background to it; with three text colours of five levels
// each the whole card fits a 16-colour palette and is encoded as a 4-bit paletted PNG:
// half the bytes to compress of an 8-bit one. The flat colours are levels of the ramps: the
// accent bar is the accent, the rules are the first level of the muted and accent ramps.
var (
	colBackground = color.RGBA{0xFA, 0xFA, 0xF8, 0xFF}
	colAccent     = color.RGBA{0x1D, 0x4E, 0xD8, 0xFF} // blue; 6.4:1 on the background
	colInk        = color.RGBA{0x11, 0x18, 0x27, 0xFF} // company, heading, quote; 17:1
	colMuted      = color.RGBA{0x4B, 0x55, 0x63, 0xFF} // site title, footer; 7.3:1
)

type ramp uint8

const (
	rampInk ramp = iota
	rampMuted
	rampAccent
	numRamps
)

var rampColours = [numRamps]color.RGBA{colInk, colMuted, colAccent}

// levels is the number of anti-aliasing levels per ramp, counting the background as level
// 0: at these type sizes six read as smooth as 256, and 1+3*5 colours fit 4 bits a pixel.
const levels = 6

// Palette indexes: the background, then each ramp's levels 1 to levels-1.
const (
	idxBackground = 0
	idxRamps      = 1
)

func (r ramp) base() uint8 { return idxRamps + uint8(r)*(levels-1) }

// Flat colours, as levels of the ramps.
var (
	idxAccent = rampAccent.base() + levels - 2 // the accent bar
	idxRule   = rampMuted.base()               // the line above the footer
	idxTint   = rampAccent.base()              // the quote's left rule
)

// palette is the card's colour table, built once.
var palette = sync.OnceValue(func() color.Palette {
	p := color.Palette{colBackground}
	for _, fg := range rampColours {
		for l := 1; l < levels; l++ {
			p = append(p, blend(colBackground, fg, l, levels-1))
		}
	}
	return p
})

func blend(bg, fg color.RGBA, num, den int) color.RGBA {
	mix := func(a, b uint8) uint8 { return uint8((int(a)*(den-num) + int(b)*num + den/2) / den) }
	return color.RGBA{mix(bg.R, fg.R), mix(bg.G, fg.G), mix(bg.B, fg.B), 0xFF}
}

// rowBytes is one row of a card as PNG image data: the filter byte (0, none: PNG's
// filters do not help paletted images), then two pixels a byte, the first in the high
// nibble. A canvas draws straight into this form, so the encoder compresses the canvas as it
// is: no copy, no packing.
const rowBytes = 1 + Width/2

// background is the part of the card that never changes, drawn once and copied.
var background = sync.OnceValue(func() []byte {
	pix := make([]byte, Height*rowBytes) // the zero index is the background colour already
	fill(pix, image.Rect(0, 0, accentBar, Height), idxAccent)
	return pix
})

// fill sets the pixels of r to the palette index idx.
func fill(pix []byte, r image.Rectangle, idx uint8) {
	r = r.Intersect(image.Rect(0, 0, Width, Height))
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := pix[y*rowBytes+1 : (y+1)*rowBytes]
		for x := r.Min.X; x < r.Max.X; x++ {
			if x&1 == 0 {
				row[x/2] = row[x/2]&0x0f | idx<<4
			} else {
				row[x/2] = row[x/2]&0xf0 | idx
			}
		}
	}
}

// style is one kind of text on the card: a face and a colour ramp.
type style struct {
	face    font.Face
	ramp    ramp
	id      uint8    // index in the canvas's glyph cache
	metrics *metrics // the face's advances and kerning met so far; nil: none kept
}

// metrics keeps what a face said of the runes a card is measured with: a card measures
// each rune several times (to wrap a line, to fit it, to draw it), and asking the face
// looks the rune up in the font's tables each time.
type metrics struct {
	advance [256]fixed.Int26_6 // plus 1; 0 where not asked yet
	// kernASCII is the kerning between two ASCII characters, prev<<7 | r, unknownKern
	// where not asked yet; kern has the other pairs.
	kernASCII [128 * 128]int16
	kern      map[[2]rune]fixed.Int26_6
}

const unknownKern = math.MinInt16

func newMetrics() *metrics {
	m := &metrics{kern: map[[2]rune]fixed.Int26_6{}}
	for i := range m.kernASCII {
		m.kernASCII[i] = unknownKern
	}
	return m
}

// advance is the advance width of r in st.
func (st style) advance(r rune) fixed.Int26_6 {
	m := st.metrics
	if m == nil || r < 0 || r >= rune(len(m.advance)) {
		a, _ := st.face.GlyphAdvance(r)
		return a
	}
	if a := m.advance[r]; a != 0 {
		return a - 1
	}
	a, _ := st.face.GlyphAdvance(r)
	m.advance[r] = a + 1
	return a
}

// kern is the kerning between prev and r in st.
func (st style) kern(prev, r rune) fixed.Int26_6 {
	m := st.metrics
	if m == nil {
		return st.face.Kern(prev, r)
	}
	if prev >= 0 && prev < 128 && r >= 0 && r < 128 {
		k := &m.kernASCII[prev<<7|r]
		if *k == unknownKern {
			*k = int16(max(min(st.face.Kern(prev, r), math.MaxInt16), math.MinInt16+1))
		}
		return fixed.Int26_6(*k)
	}
	k, ok := m.kern[[2]rune{prev, r}]
	if !ok {
		k = st.face.Kern(prev, r)
		if len(m.kern) >= maxCachedGlyphs {
			clear(m.kern)
		}
		m.kern[[2]rune{prev, r}] = k
	}
	return k
}

// canvas is the per-card drawing state: the image, its faces and scratch buffers. Canvases
// are pooled; one is used by one goroutine at a time.
type canvas struct {
	fonts  *fontSet
	pix    []byte // Height rows of rowBytes
	buf    sfnt.Buffer
	glyphs map[glyphKey]glyphMask
	// ascii holds the masks of ASCII characters, by asciiGlyph: they are most of a card,
	// and an index is cheaper than a map.
	ascii []*glyphMask

	site, company, period, heading, speaker, quote, footer style
	companySmall, periodSmall                              style // for names too long for company
}

var canvases sync.Pool

// numStyles bounds the styles' ids (style.id) of a canvas.
const numStyles = 10

func newCanvas(fs *fontSet) (*canvas, error) {
	if cv, ok := canvases.Get().(*canvas); ok {
		copy(cv.pix, background())
		return cv, nil
	}
	cv := &canvas{fonts: fs, pix: bytes.Clone(background()), glyphs: make(map[glyphKey]glyphMask),
		ascii: make([]*glyphMask, numStyles*subpixel*2*128)}
	var errs []error
	var id uint8
	face := func(f *opentype.Font, size float64, r ramp) style {
		opts := opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone}
		fc, err := opentype.NewFace(f, &opts)
		if err != nil {
			errs = append(errs, fmt.Errorf("font face of size %v: %w", size, err))
		}
		id++
		return style{face: fc, ramp: r, id: id, metrics: newMetrics()}
	}
	cv.site = face(fs.medium, sizeSite, rampMuted)
	cv.company = face(fs.bold, sizeCompany, rampInk)
	cv.period = face(fs.medium, sizeCompany, rampAccent)
	cv.companySmall = face(fs.bold, sizeCompanySmall, rampInk)
	cv.periodSmall = face(fs.medium, sizeCompanySmall, rampAccent)
	cv.heading = face(fs.bold, sizeHeading, rampInk)
	cv.speaker = face(fs.medium, sizeSpeaker, rampAccent)
	cv.quote = face(fs.regular, sizeQuote, rampInk)
	cv.footer = face(fs.medium, sizeFooter, rampMuted)
	if int(id) >= numStyles {
		panic("cards: more styles than numStyles")
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return cv, nil
}

func (cv *canvas) release() { canvases.Put(cv) }

// image is the canvas as an image, for tests and tools.
func (cv *canvas) image() *image.Paletted {
	img := image.NewPaletted(image.Rect(0, 0, Width, Height), palette())
	for y := range Height {
		for x := range Width {
			b := cv.pix[y*rowBytes+1+x/2]
			if x&1 == 0 {
				b >>= 4
			}
			img.Pix[y*img.Stride+x] = b & 0x0f
		}
	}
	return img
}

// measure is the advance width of s in st, with kerning, as text draws it.
func measure(st style, s string) fixed.Int26_6 {
	var w fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			w += st.kern(prev, r)
		}
		a := st.advance(r)
		w += a
		prev = r
	}
	return w
}

// subpixel is how many horizontal positions per pixel glyphs are drawn at: the pen
// position is rounded to a quarter pixel, so a glyph has at most 4 rasterizations per style
// and they can be cached.
const subpixel = 4

// maxCachedGlyphs bounds a canvas's glyph cache (a few MB at most).
const maxCachedGlyphs = 4096

type glyphKey struct {
	style uint8
	frac  uint8 // subpixel position of the pen within its pixel
	odd   bool  // the glyph's first column is the low nibble of a byte
	r     rune
}

// glyphMask is a rasterized glyph in the canvas's form: rows of bytes holding two pixels
// each, every nibble the palette index of its anti-aliasing level in the style's ramp (0
// where the glyph leaves the background), so that drawing it is a lookup per byte. off is
// where its first byte's first pixel goes relative to the pixel that holds the pen; when
// odd is set that first pixel is the byte's low nibble (the high one is empty).
type glyphMask struct {
	off        image.Point
	odd        bool
	rowLen, dy int // bytes a row, rows
	mask       []byte
}

// text draws s with its baseline at y, starting at x, and returns the advance. Glyphs are
// rasterized once per canvas, style, subpixel position and nibble; the picture does not
// depend on what the cache held.
func (cv *canvas) text(st style, x, y int, s string) fixed.Int26_6 {
	pen := fixed.I(x)
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			pen += st.kern(prev, r)
		}
		a := st.advance(r)
		// Round the pen to the subpixel grid; the advance stays exact.
		q := (pen + 64/subpixel/2) &^ (64/subpixel - 1)
		px, frac := q.Floor(), uint8(q&63/(64/subpixel))
		// The nibble a glyph starts on depends on its pen pixel's parity (its offset from
		// the pen is the same for both), so that parity is the key.
		g := cv.glyphFor(st, r, frac, px&1 == 1)
		if g.mask != nil {
			cv.glyph(g, px+g.off.X, y+g.off.Y)
		}
		pen += a
		prev = r
	}
	return pen - fixed.I(x)
}

// glyphFor is the mask of r in st with the pen at subpixel frac of an odd pixel or not,
// rasterized the first time it is asked for.
func (cv *canvas) glyphFor(st style, r rune, frac uint8, penOdd bool) glyphMask {
	if r >= 0 && r < 128 {
		i := int(st.id)*subpixel + int(frac)
		if penOdd {
			i += numStyles * subpixel
		}
		i = i<<7 | int(r)
		if g := cv.ascii[i]; g != nil {
			return *g
		}
		g := cv.rasterize(st, r, frac, penOdd)
		cv.ascii[i] = &g
		return g
	}
	key := glyphKey{st.id, frac, penOdd, r}
	g, ok := cv.glyphs[key]
	if !ok {
		g = cv.rasterize(st, r, frac, penOdd)
		if len(cv.glyphs) >= maxCachedGlyphs {
			clear(cv.glyphs)
		}
		cv.glyphs[key] = g
	}
	return g
}

// rasterize draws r with the pen at subpixel position frac of pixel (0, 0) on the
// baseline, or of pixel (1, 0) when penOdd, and keeps the mask in the canvas's form.
func (cv *canvas) rasterize(st style, r rune, frac uint8, penOdd bool) glyphMask {
	dot := fixed.Point26_6{X: fixed.Int26_6(frac) * (64 / subpixel)}
	dr, mask, mp, _, _ := st.face.Glyph(dot, r)
	a, ok := mask.(*image.Alpha)
	if !ok || dr.Empty() {
		return glyphMask{}
	}
	pen := 0
	if penOdd {
		pen = 1
	}
	odd := (pen+dr.Min.X)&1 == 1
	lead := 0
	if odd {
		lead = 1
	}
	w := dr.Dx()
	// Rows padded to whole words of 8 bytes, which glyph draws at once.
	g := glyphMask{off: dr.Min, odd: odd, rowLen: ((lead+w+1)/2 + 7) &^ 7, dy: dr.Dy()}
	if odd {
		g.off.X-- // the byte starts one pixel to the left
	}
	g.mask = make([]byte, g.rowLen*g.dy)
	base := st.ramp.base()
	for y := range g.dy {
		row := g.mask[y*g.rowLen:][:g.rowLen]
		for i, alpha := range a.Pix[a.PixOffset(mp.X, mp.Y+y):][:w] {
			l := level(alpha)
			if l == 0 {
				continue
			}
			idx := base + l - 1
			if j := lead + i; j&1 == 0 {
				row[j/2] |= idx << 4
			} else {
				row[j/2] |= idx
			}
		}
	}
	return g
}

// level is the anti-aliasing level (0, the background, to levels-1) of an
// alpha value.
func level(alpha uint8) uint8 { return uint8((uint(alpha)*(levels-1) + 127) / 255) }

// glyph draws g with its first byte's first pixel at (x, y), x even.
func (cv *canvas) glyph(g glyphMask, x, y int) {
	comb := combine()
	col, skip := x/2, 0
	if x < 0 {
		skip = (-x + 1) / 2
	}
	n := min(g.rowLen, Width/2-col) - skip
	if n <= 0 {
		return
	}
	r0, r1 := max(0, -y), min(g.dy, Height-y)
	from, to := r0*g.rowLen+skip, (y+r0)*rowBytes+1+col+skip
	for r := r0; r < r1; r, from, to = r+1, from+g.rowLen, to+rowBytes {
		src, dst := g.mask[from:from+n], cv.pix[to:to+n]
		i := 0
		// Eight bytes at a time where no pixel of the glyph falls on ink, as nearly
		// everywhere: the pixels of both are the result; on background only (most often),
		// the glyph's.
		for ; i+8 <= n; i += 8 {
			d, m := binary.LittleEndian.Uint64(dst[i:]), binary.LittleEndian.Uint64(src[i:])
			if d == 0 {
				binary.LittleEndian.PutUint64(dst[i:], m)
				continue
			}
			if inked(d)&inked(m) == 0 {
				binary.LittleEndian.PutUint64(dst[i:], d|m)
				continue
			}
			for j := i; j < i+8; j++ {
				dst[j] = comb[int(dst[j])<<8|int(src[j])]
			}
		}
		for ; i < n; i++ {
			dst[i] = comb[int(dst[i])<<8|int(src[i])]
		}
	}
}

// inked has the lowest bit of each nibble of x set where the nibble is not 0 (background).
func inked(x uint64) uint64 { return (x | x>>1 | x>>2 | x>>3) & 0x1111111111111111 }

// combine is what a byte of the canvas becomes when a byte of a glyph mask is drawn on it,
// indexed by canvas<<8 | mask, nibble by nibble: a mask's 0 leaves the canvas as it is;
// where a glyph meets ink of its own ramp (an overlap of two glyphs, kerned, or a glyph on
// a rule of that colour) the darker level stays; anything else is drawn over.
var combine = sync.OnceValue(func() *[1 << 16]uint8 {
	nibble := func(cur, m uint8) uint8 {
		if m == 0 {
			return cur
		}
		sameRamp := cur != 0 && (cur-idxRamps)/(levels-1) == (m-idxRamps)/(levels-1)
		if sameRamp && cur > m {
			return cur
		}
		return m
	}
	var t [1 << 16]uint8
	for cur := range 256 {
		for m := range 256 {
			c, k := uint8(cur), uint8(m)
			t[cur<<8|m] = nibble(c>>4, k>>4)<<4 | nibble(c&15, k&15)
		}
	}
	return &t
})
