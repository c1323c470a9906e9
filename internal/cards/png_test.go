package cards

import (
	"bytes"
	"flag"
	stdadler32 "hash/adler32"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

var decodeDir = flag.String("decode", "", "decode every card.png under this folder (a built site) and check its size")

// TestDecodeSite decodes every share image (card.png, as the renderer names them) of a
// built site with image/png, the standard decoder (which checks the zlib stream and its
// Adler-32 checksum), and checks that each is Width x Height, the size the pages declare
// in og:image:width and og:image:height:
//
//	go test ./internal/cards -run DecodeSite -decode /path/to/public
func TestDecodeSite(t *testing.T) {
	if *decodeDir == "" {
		t.Skip("no -decode folder")
	}
	n := 0
	err := filepath.WalkDir(*decodeDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "card.png" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		if got := img.Bounds(); got.Dx() != Width || got.Dy() != Height {
			t.Errorf("%s: %dx%d, want %dx%d", path, got.Dx(), got.Dy(), Width, Height)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Errorf("no card.png under %s", *decodeDir)
	}
	t.Logf("%d cards decoded", n)
}

// decodePaletted decodes PNG bytes that must hold a paletted image.
func decodePaletted(t *testing.T, b []byte) *image.Paletted {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decoding: %v", err)
	}
	p, ok := img.(*image.Paletted)
	if !ok {
		t.Fatalf("decoded a %T, want *image.Paletted", img)
	}
	return p
}

func samePicture(t *testing.T, name string, got, want *image.Paletted) {
	t.Helper()
	if got.Rect.Dx() != want.Rect.Dx() || got.Rect.Dy() != want.Rect.Dy() {
		t.Fatalf("%s: size %v, want %v", name, got.Rect, want.Rect)
	}
	if len(got.Palette) != len(want.Palette) {
		t.Fatalf("%s: %d colours, want %d", name, len(got.Palette), len(want.Palette))
	}
	for i := range want.Palette {
		r1, g1, b1, a1 := got.Palette[i].RGBA()
		r2, g2, b2, a2 := want.Palette[i].RGBA()
		if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
			t.Fatalf("%s: colour %d is %v, want %v", name, i, got.Palette[i], want.Palette[i])
		}
	}
	for y := range want.Rect.Dy() {
		for x := range want.Rect.Dx() {
			g := got.ColorIndexAt(got.Rect.Min.X+x, got.Rect.Min.Y+y)
			w := want.ColorIndexAt(want.Rect.Min.X+x, want.Rect.Min.Y+y)
			if g != w {
				t.Fatalf("%s: pixel (%d, %d) is %d, want %d", name, x, y, g, w)
			}
		}
	}
}

// TestEncodePNGRoundTrip encodes pictures that stress each part of the encoder (long runs,
// rows that repeat the one above, no repeats at all, one colour, tiny and odd sizes) and
// checks that a standard decoder gives back every pixel.
func TestEncodePNGRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pal := palette()       // 16 colours: 4 bits a pixel
	var pal8 color.Palette // 64 colours: 8 bits a pixel
	for i := range 64 {
		pal8 = append(pal8, color.RGBA{uint8(i * 4), uint8(255 - i*3), 0x80, 0xff})
	}
	make := func(w, h int, pixel func(x, y int) uint8) *image.Paletted {
		p := pal
		if w < 0 {
			w, p = -w, pal8
		}
		img := image.NewPaletted(image.Rect(0, 0, w, h), p)
		for y := range h {
			for x := range w {
				img.SetColorIndex(x, y, pixel(x, y))
			}
		}
		return img
	}
	tests := []struct {
		name string
		img  *image.Paletted
	}{
		{"one pixel", make(1, 1, func(x, y int) uint8 { return 5 })},
		{"flat", make(Width, Height, func(x, y int) uint8 { return 0 })},
		{"flat in another colour", make(300, 7, func(x, y int) uint8 { return 9 })},
		{"noise", make(257, 33, func(x, y int) uint8 { return uint8(rng.IntN(len(pal))) })},
		{"noise of two colours", make(640, 20, func(x, y int) uint8 { return uint8(rng.IntN(2)) })},
		{"stripes down", make(999, 40, func(x, y int) uint8 { return uint8(x % 7) })},
		{"stripes across", make(100, 600, func(x, y int) uint8 { return uint8(y / 3 % 16) })},
		{"odd width", make(801, 9, func(x, y int) uint8 { return uint8((x + y) % 16) })},
		// A negative width asks for the 64-colour palette.
		{"8 bits: stripes across", make(-100, 600, func(x, y int) uint8 { return uint8(y / 3 % 60) })},
		{"8 bits: noise", make(-257, 33, func(x, y int) uint8 { return uint8(rng.IntN(64)) })},
		{"blocks", make(Width, Height, func(x, y int) uint8 {
			if (x/40+y/25)%3 == 0 {
				return uint8(x/40%15 + 1)
			}
			return 0
		})},
		{"single column", make(1, 500, func(x, y int) uint8 { return uint8(y % 3) })},
		{"sub-image", make(50, 50, func(x, y int) uint8 { return uint8((x * y) % 16) }).
			SubImage(image.Rect(3, 4, 41, 47)).(*image.Paletted)},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		encodePNG(&buf, tc.img)
		samePicture(t, tc.name, decodePaletted(t, buf.Bytes()), tc.img)
		var again bytes.Buffer
		encodePNG(&again, tc.img)
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("%s: two encodings differ", tc.name)
		}
	}
}

// TestEncodePNGCards checks that drawn cards decode to the picture drawn.
func TestEncodePNGCards(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Card{{}, kaleyra, {Company: "Ünïcødé ☃ Holdings", Quote: "€1.2 billion, up 14%"}} {
		cv, err := newCanvas(fs)
		if err != nil {
			t.Fatal(err)
		}
		cv.layout(c)
		want := cv.image()
		var buf bytes.Buffer
		writePNG(&buf, Width, Height, 4, palette(), cv.pix)
		cv.release()
		samePicture(t, c.Company, decodePaletted(t, buf.Bytes()), want)
		// The canvas is PNG image data already: packing its picture again gives it back.
		var again bytes.Buffer
		encodePNG(&again, want)
		if !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Errorf("%s: the canvas and its picture packed again encode differently", c.Company)
		}
	}
}

func TestHuffmanLengthsLimited(t *testing.T) {
	// Fibonacci frequencies make the deepest optimal tree: far beyond 7 bits for 19 symbols.
	freq := make([]int32, 19)
	a, b := int32(1), int32(1)
	for i := range freq {
		freq[i] = a
		a, b = b, a+b
	}
	lengths := make([]uint8, len(freq))
	huffmanLengths(freq, 7, lengths)
	kraft := 0.0
	for i, l := range lengths {
		if l == 0 || l > 7 {
			t.Fatalf("symbol %d: length %d, want 1 to 7", i, l)
		}
		kraft += 1 / float64(int(1)<<l)
	}
	if kraft != 1 {
		t.Errorf("Kraft sum %v, want 1 (a complete code)", kraft)
	}
	one := []int32{0, 0, 4, 0}
	lengths = make([]uint8, len(one))
	huffmanLengths(one, 15, lengths)
	if lengths[2] != 1 || lengths[0]+lengths[1]+lengths[3] != 1 {
		t.Errorf("one used symbol: lengths %v, want it and one other at 1", lengths)
	}
}

func TestAdler32(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 7, 8, 9, 4095, 4096, 4103, 5552 * 3, 801 * 420} {
		for _, top := range []int{1, 64, 256} {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(rng.IntN(top))
			}
			if got, want := adler32(b), stdadler32.Checksum(b); got != want {
				t.Errorf("%d bytes below %d: %08x, want %08x", n, top, got, want)
			}
		}
	}
	all := bytes.Repeat([]byte{0xff}, 1<<20)
	if got, want := adler32(all), stdadler32.Checksum(all); got != want {
		t.Errorf("1 MiB of 0xff: %08x, want %08x", got, want)
	}
}

// BenchmarkEncodePNG encodes one drawn card (the encoder alone; BenchmarkCards in
// internal/render times drawing and encoding over a mix of real cards).
func BenchmarkEncodePNG(b *testing.B) {
	fs, err := loadFonts()
	if err != nil {
		b.Fatal(err)
	}
	cv, err := newCanvas(fs)
	if err != nil {
		b.Fatal(err)
	}
	defer cv.release()
	cv.layout(kaleyra)
	var buf bytes.Buffer
	cpuPerOp(b, func() {
		buf.Reset()
		writePNG(&buf, Width, Height, 4, palette(), cv.pix)
	})
	b.ReportMetric(float64(buf.Len()), "png-bytes")
}

// TestEqualBytes checks the eight-bytes-at-once comparison the encoder finds repeats with
// against comparing byte by byte.
func TestEqualBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		a, b := make([]byte, 16), make([]byte, 16)
		for i := range a {
			a[i] = byte(rng.IntN(3)) * 0x7f // 0x00, 0x7f, 0xfe: every high bit and low bits
			b[i] = byte(rng.IntN(3)) * 0x7f
		}
		var want uint64
		for i := range a {
			if a[i] == b[i] {
				want |= 1 << i
			}
		}
		if got := equalBytes(a, b); got != want {
			t.Fatalf("equalBytes(%x, %x) = %016b, want %016b", a, b, got, want)
		}
	}
}

// TestCardIsFourBit checks what a card is: a 16-colour paletted PNG of the declared size.
func TestCardIsFourBit(t *testing.T) {
	img := decodePaletted(t, mustDraw(t, kaleyra))
	if len(img.Palette) != 16 {
		t.Errorf("%d colours, want 16", len(img.Palette))
	}
	if img.Rect != image.Rect(0, 0, Width, Height) {
		t.Errorf("size %v, want %dx%d", img.Rect, Width, Height)
	}
	b := mustDraw(t, kaleyra)
	if depth := b[24]; depth != 4 { // IHDR's bit depth, after the signature and the chunk's head
		t.Errorf("bit depth %d, want 4", depth)
	}
}
