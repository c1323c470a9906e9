package cards

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"sync"

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

// background is the part of the card that never changes, drawn once and copied.
var background = sync.OnceValue(func() *image.Paletted {
	img := image.NewPaletted(image.Rect(0, 0, Width, Height), palette())
	// The zero index is the background colour already.
	fill(img, image.Rect(0, 0, accentBar, Height), idxAccent)
	return img
})

func fill(img *image.Paletted, r image.Rectangle, idx uint8) {
	r = r.Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]
		for i := range row {
			row[i] = idx
		}
	}
}

// style is one kind of text on the card: a face and a colour ramp.
type style struct {
	face font.Face
	ramp ramp
	id   uint8 // index in the canvas's glyph cache
}

// canvas is the per-card drawing state: the image, its faces and scratch buffers. Canvases
// are pooled; one is used by one goroutine at a time.
type canvas struct {
	fonts  *fontSet
	img    *image.Paletted
	buf    sfnt.Buffer
	glyphs map[glyphKey]glyphMask

	site, company, period, heading, speaker, quote, footer style
	companySmall, periodSmall                              style // for names too long for company
}

var canvases sync.Pool

func newCanvas(fs *fontSet) (*canvas, error) {
	if cv, ok := canvases.Get().(*canvas); ok {
		copy(cv.img.Pix, background().Pix)
		return cv, nil
	}
	bg := background()
	img := image.NewPaletted(bg.Rect, bg.Palette)
	copy(img.Pix, bg.Pix)
	cv := &canvas{fonts: fs, img: img, glyphs: make(map[glyphKey]glyphMask)}
	var errs []error
	var id uint8
	face := func(f *opentype.Font, size float64, r ramp) style {
		opts := opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone}
		fc, err := opentype.NewFace(f, &opts)
		if err != nil {
			errs = append(errs, fmt.Errorf("font face of size %v: %w", size, err))
		}
		id++
		return style{face: fc, ramp: r, id: id}
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
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return cv, nil
}

func (cv *canvas) release() { canvases.Put(cv) }

// measure is the advance width of s in st, with kerning, as text draws it.
func measure(st style, s string) fixed.Int26_6 {
	var w fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			w += st.face.Kern(prev, r)
		}
		a, _ := st.face.GlyphAdvance(r)
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
	r     rune
}

// glyphMask is a rasterized glyph: its anti-aliasing mask and where it goes relative to
// the pixel that holds the pen. The mask holds levels (level), not alpha: worked out once
// per glyph rather than for every pixel of every card it is drawn on.
type glyphMask struct {
	off  image.Point
	mask *image.Alpha
}

// text draws s with its baseline at y, starting at x, and returns the advance. Glyphs are
// rasterized once per canvas, style and subpixel position; the picture does not depend on
// what the cache held.
func (cv *canvas) text(st style, x, y int, s string) fixed.Int26_6 {
	pen := fixed.I(x)
	base := st.ramp.base()
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			pen += st.face.Kern(prev, r)
		}
		a, _ := st.face.GlyphAdvance(r)
		// Round the pen to the subpixel grid; the advance stays exact.
		q := (pen + 64/subpixel/2) &^ (64/subpixel - 1)
		px, frac := q.Floor(), uint8(q&63/(64/subpixel))
		key := glyphKey{st.id, frac, r}
		g, ok := cv.glyphs[key]
		if !ok {
			g = cv.rasterize(st, r, frac)
			if len(cv.glyphs) >= maxCachedGlyphs {
				clear(cv.glyphs)
			}
			cv.glyphs[key] = g
		}
		if g.mask != nil {
			cv.glyph(g.mask.Rect.Add(g.off).Add(image.Pt(px, y)), g.mask, g.mask.Rect.Min, base)
		}
		pen += a
		prev = r
	}
	return pen - fixed.I(x)
}

// rasterize draws r with the pen at subpixel position frac of pixel (0, 0) on the
// baseline, and copies the mask out of the face's scratch space.
func (cv *canvas) rasterize(st style, r rune, frac uint8) glyphMask {
	dot := fixed.Point26_6{X: fixed.Int26_6(frac) * (64 / subpixel)}
	dr, mask, mp, _, _ := st.face.Glyph(dot, r)
	a, ok := mask.(*image.Alpha)
	if !ok || dr.Empty() {
		return glyphMask{}
	}
	own := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
	for y := range dr.Dy() {
		row := own.Pix[y*own.Stride:][:dr.Dx()]
		for i, alpha := range a.Pix[a.PixOffset(mp.X, mp.Y+y):][:dr.Dx()] {
			row[i] = level(alpha)
		}
	}
	return glyphMask{off: dr.Min, mask: own}
}

// level is the anti-aliasing level (0, the background, to levels-1) of an
// alpha value.
func level(alpha uint8) uint8 { return uint8((uint(alpha)*(levels-1) + 127) / 255) }

// glyph writes an anti-aliasing mask into the palette indexes of one ramp. Where glyphs of
// the same ramp overlap, the darker level wins.
func (cv *canvas) glyph(dr image.Rectangle, mask *image.Alpha, mp image.Point, base uint8) {
	clipped := dr.Intersect(cv.img.Rect)
	if clipped.Empty() {
		return
	}
	mp = mp.Add(clipped.Min.Sub(dr.Min))
	top := base + levels - 2
	for y := 0; y < clipped.Dy(); y++ {
		src := mask.Pix[mask.PixOffset(mp.X, mp.Y+y):][:clipped.Dx()]
		dst := cv.img.Pix[cv.img.PixOffset(clipped.Min.X, clipped.Min.Y+y):][:clipped.Dx()]
		for i, l := range src {
			if l == 0 {
				continue
			}
			idx := base + l - 1
			if cur := dst[i]; cur >= base && cur <= top && cur > idx {
				continue
			}
			dst[i] = idx
		}
	}
}
