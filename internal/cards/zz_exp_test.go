package cards

import (
	"bytes"
	"compress/flate"
	"image"
	"image/png"
	"testing"
)

func BenchmarkExpEncode(b *testing.B) {
	fs, _ := loadFonts()
	cv, _ := newCanvas(fs)
	cv.layout(kaleyra)
	img := cv.img
	sub := img.SubImage(image.Rect(0, 0, 800, 420)).(*image.Paletted)
	// compact copy
	small := image.NewPaletted(image.Rect(0, 0, 800, 420), img.Palette)
	for y := 0; y < 420; y++ {
		copy(small.Pix[y*800:(y+1)*800], sub.Pix[sub.PixOffset(0, y):])
	}
	for _, tc := range []struct {
		name string
		im   image.Image
		lvl  png.CompressionLevel
	}{{"1200-speed", img, png.BestSpeed}, {"800-speed", small, png.BestSpeed}, {"1200-huff", img, png.CompressionLevel(flate.HuffmanOnly)}, {"800-huff", small, png.CompressionLevel(flate.HuffmanOnly)}} {
		b.Run(tc.name, func(b *testing.B) {
			enc := png.Encoder{CompressionLevel: tc.lvl, BufferPool: encoderPool{}}
			var n int
			for b.Loop() {
				var buf bytes.Buffer
				enc.Encode(&buf, tc.im)
				n = buf.Len()
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
	b.Run("layout", func(b *testing.B) {
		for b.Loop() {
			copy(cv.img.Pix, background().Pix)
			cv.layout(kaleyra)
		}
	})
}
