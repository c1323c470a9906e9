package cards

import "testing"

func TestZZKern(t *testing.T) {
	fs, _ := loadFonts()
	cv, _ := newCanvas(fs)
	nz := 0
	for a := rune(32); a < 127; a++ {
		for b := rune(32); b < 127; b++ {
			if cv.quote.face.Kern(a, b) != 0 || cv.heading.face.Kern(a, b) != 0 {
				nz++
			}
		}
	}
	t.Logf("nonzero kern pairs: %d", nz)
}
