package cards

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// maxRunes bounds how much of a field is cleaned and measured: five lines of the quote hold
// a few hundred characters, so anything past this is cut anyway.
const maxRunes = 1500

const ellipsis = "…"

// clean makes s drawable with the Go fonts: NFC-normalized, control, format and
// private-use characters dropped, every run of white space one ASCII space (no-break
// spaces stay no-break), no leading or trailing space, at most maxRunes runes. Characters
// the fonts lack become their compatibility form (NFKC, "ﬁ" -> "fi"), else the letters
// without accents, else nothing for marks and symbols (emoji) and "□" for anything else.
// A middle dot between spaces, a separator, is drawn as "∙", which the Go fonts centre.
// cut reports that text was left out for length.
func (cv *canvas) clean(s string) (out string, cut bool) {
	out, cut = cv.normalize(s)
	return separators(out), cut
}

func (cv *canvas) normalize(s string) (out string, cut bool) {
	if out, cut, ok := cv.normalizeASCII(s); ok {
		return out, cut
	}
	return cv.normalizeUnicode(s)
}

func (cv *canvas) normalizeUnicode(s string) (out string, cut bool) {
	var b strings.Builder
	n := 0         // runes written
	space := false // a space is due before the next visible rune
	emit := func(r rune) {
		if space && n > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		b.WriteRune(r)
		n++
	}
	var it norm.Iter
	it.InitString(norm.NFC, strings.ToValidUTF8(s, "\uFFFD"))
	for !it.Done() {
		if n >= maxRunes {
			return b.String(), true
		}
		seg := it.Next()
		for len(seg) > 0 {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			switch {
			case r == '\u00A0' || r == '\u2007' || r == '\u202F':
				emit('\u00A0')
			case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
				space = true
			case unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs) ||
				r == '\uFFFE' || r == '\uFFFF':
				// Dropped: C0/C1 controls, bidi and zero-width marks, private use.
			case cv.fonts.hasGlyph(&cv.buf, r):
				emit(r)
			default:
				for _, s := range cv.substitute(r) {
					emit(s)
				}
			}
		}
	}
	return b.String(), false
}

// normalizeASCII is normalize for text that is all ASCII, as most of a card's is, and gives
// the same result: such text is NFC already and each character is a segment of its own, so
// it needs neither the normalizer nor the font's tables (they were a third of a card's
// layout). ok is false, and nothing done, when s holds anything else or a character the
// fonts lack.
func (cv *canvas) normalizeASCII(s string) (out string, cut, ok bool) {
	var b strings.Builder
	b.Grow(min(len(s), maxRunes))
	n := 0         // runes written
	space := false // a space is due before the next visible character
	for i := range len(s) {
		if n >= maxRunes {
			return b.String(), true, true
		}
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return "", false, false
		case c == ' ' || c >= '\t' && c <= '\r':
			space = true
		case c < ' ' || c == 0x7f:
			// Dropped: controls.
		case !cv.fonts.asciiGlyph[c]:
			return "", false, false
		default:
			if space && n > 0 {
				b.WriteByte(' ')
				n++
			}
			space = false
			b.WriteByte(c)
			n++
		}
	}
	return b.String(), false, true
}

// separators replaces a middle dot between spaces, which the Go fonts set at x-height, with
// the bullet operator, which sits centred like a separator should.
func separators(s string) string {
	return strings.ReplaceAll(s, " · ", " ∙ ")
}

// substitute is what to draw for r, which the Go fonts lack.
func (cv *canvas) substitute(r rune) []rune {
	if unicode.In(r, unicode.Mn, unicode.Me) {
		return nil // a combining mark on its own: the letter is drawn without it
	}
	if r == '⋅' { // dot operator
		return []rune{'∙'}
	}
	if k := []rune(norm.NFKC.String(string(r))); cv.drawable(k) && string(k) != string(r) {
		return k
	}
	var bare []rune
	for _, d := range norm.NFKD.String(string(r)) {
		if !unicode.In(d, unicode.Mn, unicode.Me) {
			bare = append(bare, d)
		}
	}
	if len(bare) > 0 && cv.drawable(bare) && string(bare) != string(r) {
		return bare
	}
	if unicode.In(r, unicode.S, unicode.Mc) {
		return nil // emoji and other symbols: leaving them out reads better than a box
	}
	return []rune{'□'}
}

func (cv *canvas) drawable(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsSpace(r) || unicode.IsControl(r) || !cv.fonts.hasGlyph(&cv.buf, r) {
			return false
		}
	}
	return len(rs) > 0
}

// wrap breaks s (cleaned) into at most maxLines lines no wider than width, breaking at
// spaces, and inside words only when a word is wider than a line (after a hyphen or slash
// when there is one). When the text does not fit, or more is set, the last line ends with
// "…".
func wrap(st style, s string, width fixed.Int26_6, maxLines int, more bool) []string {
	if s == "" || maxLines <= 0 {
		return nil
	}
	spaceW := measure(st, " ")
	var lines []string
	cur, curW := "", fixed.Int26_6(0)
	overflow := false
	words := strings.Split(s, " ")
	for i := 0; i < len(words); i++ {
		if len(lines) == maxLines {
			overflow = true
			break
		}
		w := words[i]
		ww := measure(st, w)
		switch {
		case cur != "" && curW+spaceW+ww <= width:
			cur += " " + w
			curW += spaceW + ww
		case cur != "":
			lines = append(lines, cur)
			cur, curW = "", 0
			i-- // the word starts the next line
		case ww <= width:
			cur, curW = w, ww
		default:
			head, rest := breakWord(st, w, width)
			lines = append(lines, head)
			words[i] = rest
			i--
		}
	}
	if cur != "" {
		if len(lines) == maxLines {
			overflow = true
		} else {
			lines = append(lines, cur)
		}
	}
	if overflow || more {
		last := len(lines) - 1
		lines[last] = withEllipsis(st, lines[last], width)
	}
	return lines
}

// breakWord splits a word wider than width into a head that fits (at least one rune) and
// the rest.
func breakWord(st style, w string, width fixed.Int26_6) (head, rest string) {
	var adv fixed.Int26_6
	prev := rune(-1)
	fit, soft := 0, 0 // byte lengths: longest prefix that fits, and the last one ending after a hyphen
	for i, r := range w {
		if prev >= 0 {
			adv += st.kern(prev, r)
		}
		a := st.advance(r)
		adv += a
		if adv > width && i > 0 {
			break
		}
		fit = i + utf8.RuneLen(r)
		if strings.ContainsRune("-‐–—/", r) && fit < len(w) {
			soft = fit
		}
		prev = r
	}
	if soft > fit/2 {
		fit = soft
	}
	return w[:fit], w[fit:]
}

// withEllipsis shortens line until it fits width with "…" after it: cut at the last space
// that fits, or inside the word when the line is one word, and without the punctuation that
// would stand before the "…".
func withEllipsis(st style, line string, width fixed.Int26_6) string {
	trim := func(s string) string { return strings.TrimRight(s, " \u00A0,;:.-–—(…") }
	line = trim(line)
	room := width - measure(st, ellipsis)
	var adv fixed.Int26_6
	prev := rune(-1)
	for i, r := range line {
		if prev >= 0 {
			adv += st.kern(prev, r)
		}
		a := st.advance(r)
		adv += a
		if adv > room {
			// line[i] is the first rune that does not fit; a space there is a clean cut.
			if sp := strings.LastIndexByte(line[:i+1], ' '); sp > 0 {
				i = sp
			}
			line = trim(line[:i])
			break
		}
		prev = r
	}
	// Kerning against the "…" itself can still tip it over.
	for line != "" && measure(st, line+ellipsis) > width {
		_, size := utf8.DecodeLastRuneInString(line)
		line = trim(line[:len(line)-size])
	}
	return line + ellipsis
}

// fit is s on one line of width, cut with "…" when too wide.
func fit(st style, s string, width fixed.Int26_6) string {
	if measure(st, s) <= width {
		return s
	}
	return withEllipsis(st, s, width)
}
