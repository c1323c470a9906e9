package cards

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

var sampleDir = flag.String("sample", "", "write sample cards into this folder")

var kaleyra = Card{
	SiteTitle: "Earnings calls",
	Company:   "Kaleyra",
	Period:    "Q2 2020",
	Heading:   "Dario Calogero (CEO) on gross margin",
	Speaker:   "Answer by Dario Calogero, CEO",
	Quote:     "Yes, Tim. So the gross margin in the quarter was impacted by two main factors. The first one is the mix of the traffic, where we had a large share of the volume coming from the international routes, which carry a lower margin, and the second one is the one-off cost related to the migration of the platform that we completed in June. We expect the margin to go back to the historical level of 20% to 21% in the second half of the year.",
	Footer:    "Question 3 of 6 · Tim Horan, Oppenheimer",
}

func TestSample(t *testing.T) {
	if *sampleDir == "" {
		t.Skip("no -sample folder")
	}
	samples := map[string]Card{
		"kaleyra": kaleyra,
		"call":    {SiteTitle: "Earnings calls", Company: "Acme Corporation", Period: "Q4 2024", Heading: "Earnings call", Speaker: "John Roe, CEO · Jane Doe, CFO", Quote: "Revenue grew 12% to $1.2 billion; full-year guidance raised to $4.9 billion to $5.1 billion. Management discussed supply chain normalisation and the new subscription tier.", Footer: "6 questions from 5 analysts"},
		"long":    {SiteTitle: "Earnings calls", Company: "International Business Machines Corporation Holdings Worldwide Limited", Period: "Fiscal Q3 2023", Heading: "Arvind Krishna (Chairman and Chief Executive Officer) on hybrid cloud consulting demand, software margins and the free cash flow outlook for the remainder of the year", Speaker: "Answer by Arvind Krishna, Chairman and Chief Executive Officer", Quote: kaleyra.Quote + " " + kaleyra.Quote, Footer: "Question 12 of 14 · Amit Daryanani, Evercore ISI Institutional Equities Research Division"},
		"unicode": {SiteTitle: "Telefónica calls", Company: "Société Générale — 中国移动", Period: "T1 2024", Heading: "Ürün 🚀 ﬁnancement: «marge brute» Ω≈ç√∫", Speaker: "Réponse de Frédéric Oudéa", Quote: "Supercalifragilisticexpialidocioussupercalifragilisticexpialidocioussupercalifragilisticexpialidocious-and-then-some text\x00\x1b[31m with\tcontrol\u200bchars and e\u0301 combining 😀 emoji 日本語のテキスト"},
		"minimal": {Heading: "Earnings call"},
	}
	for name, c := range samples {
		b, err := Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*sampleDir, name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", name, len(b))
	}
}

func decode(t testing.TB, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decoding card: %v", err)
	}
	return img
}

func TestDrawSize(t *testing.T) {
	for _, c := range []Card{{}, kaleyra, {Quote: strings.Repeat("x", 10000)}} {
		b, err := Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		if got := decode(t, b).Bounds(); got != image.Rect(0, 0, Width, Height) {
			t.Errorf("bounds = %v, want Width x Height", got)
		}
	}
}

func TestDrawDeterministic(t *testing.T) {
	first, err := Draw(kaleyra)
	if err != nil {
		t.Fatal(err)
	}
	// Interleave other cards, concurrently, so pooled canvases carry leftovers.
	var wg sync.WaitGroup
	results := make([][]byte, 8)
	for i := range results {
		wg.Go(func() {
			other := kaleyra
			other.Quote = strings.Repeat("other ", i*40)
			if _, err := Draw(other); err != nil {
				t.Error(err)
			}
			results[i], _ = Draw(kaleyra)
		})
	}
	wg.Wait()
	for i, b := range results {
		if !bytes.Equal(b, first) {
			t.Errorf("draw %d differs from the first (%d vs %d bytes)", i, len(b), len(first))
		}
	}
}

// TestDrawShowsText checks that each field leaves ink, so a layout change that drops a
// field (or draws it off the card) fails.
func TestDrawShowsText(t *testing.T) {
	blank, _ := Draw(Card{})
	for _, c := range []Card{
		{SiteTitle: "Site"}, {Company: "Acme"}, {Period: "Q1 2024"}, {Heading: "Heading"},
		{Speaker: "Speaker"}, {Quote: "Quote"}, {Footer: "Footer"},
	} {
		b, err := Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(b, blank) {
			t.Errorf("%+v: same picture as an empty card", c)
		}
	}
}

func TestKey(t *testing.T) {
	k := kaleyra.Key()
	if len(k) < 16 || strings.Trim(k, "0123456789abcdef") != "" {
		t.Fatalf("Key() = %q, want 16+ lowercase hex digits", k)
	}
	if kaleyra.Key() != k {
		t.Error("Key is not stable")
	}
	copyOf := kaleyra
	if copyOf.Key() != k {
		t.Error("an equal card has another key")
	}
	seen := map[string]string{k: "original"}
	fields := []struct {
		name string
		set  func(*Card)
	}{
		{"SiteTitle", func(c *Card) { c.SiteTitle += "!" }},
		{"Company", func(c *Card) { c.Company += "!" }},
		{"Period", func(c *Card) { c.Period = "" }},
		{"Heading", func(c *Card) { c.Heading += "!" }},
		{"Speaker", func(c *Card) { c.Speaker += "!" }},
		{"Quote", func(c *Card) { c.Quote += "!" }},
		{"Footer", func(c *Card) { c.Footer += "!" }},
		// Text moved between fields is another picture.
		{"Company+Period", func(c *Card) { c.Company, c.Period = c.Company+c.Period, "" }},
		{"Period+Company", func(c *Card) { c.Company, c.Period = "", c.Company+c.Period }},
	}
	for _, f := range fields {
		c := kaleyra
		f.set(&c)
		got := c.Key()
		if prev, ok := seen[got]; ok {
			t.Errorf("changing %s gives the key of %s", f.name, prev)
		}
		seen[got] = f.name
	}
}

func TestWrap(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	cv, err := newCanvas(fs)
	if err != nil {
		t.Fatal(err)
	}
	defer cv.release()
	// A 31 px face, whatever size the quote is drawn at: the cases below are measured in it.
	face, err := opentype.NewFace(fs.regular, &opentype.FaceOptions{Size: 31, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	st := style{face: face, ramp: rampInk, id: 99}
	width := fixed.I(400)
	tests := []struct {
		name     string
		in       string
		maxLines int
		want     []string
	}{
		{"fits", "Revenue grew 12%", 5, []string{"Revenue grew 12%"}},
		{"empty", "", 5, nil},
		{"wraps", "Revenue grew 12% to $1.2 billion in the quarter", 5, []string{"Revenue grew 12% to $1.2", "billion in the quarter"}},
		{"truncates", "Revenue grew 12% to $1.2 billion in the quarter", 1, []string{"Revenue grew 12% to…"}},
		{"drops punctuation before ellipsis", "Revenue grew 12%, extraordinarily", 1, []string{"Revenue grew 12%…"}},
		{"breaks a long word", strings.Repeat("a", 60), 5, []string{strings.Repeat("a", 23), strings.Repeat("a", 23), strings.Repeat("a", 14)}},
		{"breaks after a hyphen", "well-established-relationships-everywhere", 5, []string{"well-established-", "relationships-everywhere"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, more := cv.clean(tt.in)
			got := wrap(st, s, width, tt.maxLines, more)
			if !slices.Equal(got, tt.want) {
				t.Errorf("wrap(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for _, l := range got {
				if w := measure(st, l); w > width {
					t.Errorf("line %q is %v wide, more than %v", l, w.Ceil(), width.Ceil())
				}
			}
		})
	}
}

func TestClean(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	cv, err := newCanvas(fs)
	if err != nil {
		t.Fatal(err)
	}
	defer cv.release()
	tests := []struct{ in, want string }{
		{"  Kaleyra  ", "Kaleyra"},
		{"a\tb\n\nc\r\nd", "a b c d"},
		{"bell\x07 esc\x1b[31m red", "bell esc[31m red"},
		{"zero\u200bwidth \u202eRTL\u202c", "zerowidth RTL"},
		{"e\u0301", "é"},                     // composed
		{"ﬁnance", "ﬁnance"},                 // the Go fonts have the ligature
		{"①②", "12"},                         // compatibility form
		{"ǅ", "Dž"},                          // compatibility form
		{"great 😀 quarter", "great quarter"}, // emoji dropped
		{"中国", "□□"},                         // letters shown as missing
		{"Q2\u00a02020", "Q2\u00a02020"},     // no-break space kept
		{"CEO · CFO", "CEO ∙ CFO"},           // separator
		{"l·l", "l·l"},                       // not a separator
		{"bad \xff utf8", "bad \ufffd utf8"},
	}
	for _, tt := range tests {
		if got, _ := cv.clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, cut := cv.clean(strings.Repeat("word ", 1000)); !cut || utf8.RuneCountInString(got) > maxRunes+1 {
		t.Errorf("a long text is not cut: %d runes, cut=%v", utf8.RuneCountInString(got), cut)
	}
}

// TestNormalizeASCII checks the shortcut for all-ASCII text against the general path: the
// same text and cut for every kind of ASCII character, at and past the length limit, and
// no shortcut for anything else.
func TestNormalizeASCII(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	cv, err := newCanvas(fs)
	if err != nil {
		t.Fatal(err)
	}
	defer cv.release()
	inputs := []string{"", " ", "  Q3 2021  ", "a\tb\n\nc\r\nd\v\fe", "ctrl\x00\x07\x1f\x7f end",
		"$1.2 billion, up 14% (y/y) -- ~`!@#^&*_+={}[]|\\:;\"'<>?",
		strings.Repeat("x", maxRunes-1) + " y", strings.Repeat("ab ", maxRunes),
		strings.Repeat(" ", maxRunes+3) + "z"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 300 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.IntN(128))
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		got, gotCut, ok := cv.normalizeASCII(in)
		if !ok {
			t.Errorf("normalizeASCII(%q): not taken", in)
			continue
		}
		want, wantCut := cv.normalizeUnicode(in)
		if got != want || gotCut != wantCut {
			t.Errorf("normalizeASCII(%q) = %q, %v; the general path gives %q, %v", in, got, gotCut, want, wantCut)
		}
	}
	for _, in := range []string{"café", "Q2\u00a02020", "e\u0301", "bad \xff"} {
		if _, _, ok := cv.normalizeASCII(in); ok {
			t.Errorf("normalizeASCII(%q) took text that is not ASCII", in)
		}
	}
}

func TestLongTextDoesNotPanic(t *testing.T) {
	long := strings.Repeat("Supercalifragilisticexpialidocious ", 500)
	huge := strings.Repeat("W", 100000)
	for _, c := range []Card{
		{SiteTitle: long, Company: long, Period: long, Heading: long, Speaker: long, Quote: long, Footer: long},
		{SiteTitle: huge, Company: huge, Period: huge, Heading: huge, Speaker: huge, Quote: huge, Footer: huge},
		{Company: "A", Period: huge},
		{Quote: strings.Repeat("\u0301", 5000) + "x"},
		{Quote: strings.Repeat(" ", 5000) + "after spaces"},
	} {
		b, err := Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		decode(t, b)
	}
}

func FuzzDraw(f *testing.F) {
	f.Add("Earnings calls", "Kaleyra", "Q2 2020", kaleyra.Heading, kaleyra.Speaker, kaleyra.Quote, kaleyra.Footer)
	f.Add("", "", "", "", "", "", "")
	f.Add("\x00\xff", "中国移动", "\u202e", "e\u0301\u0301\u0301", "😀👨‍👩‍👧", strings.Repeat("a", 3000), "\t\n")
	f.Fuzz(func(t *testing.T, site, company, period, heading, speaker, quote, footer string) {
		c := Card{site, company, period, heading, speaker, quote, footer}
		b, err := Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 8 || string(b[1:4]) != "PNG" {
			t.Fatal("not a PNG")
		}
	})
}

// FuzzWrap checks the wrapping invariants: no line is wider than the column, there are no
// more lines than asked for, and no text is lost except where "…" says so.
func FuzzWrap(f *testing.F) {
	f.Add(kaleyra.Quote, 5, 400)
	f.Add(strings.Repeat("a-b/", 200), 2, 50)
	f.Add("中国 移动", 1, 1)
	fs, err := loadFonts()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, maxLines, width int) {
		maxLines, width = maxLines%8, width%2000
		cv, err := newCanvas(fs)
		if err != nil {
			t.Fatal(err)
		}
		defer cv.release()
		text, more := cv.clean(s)
		w := fixed.I(width)
		lines := wrap(cv.quote, text, w, maxLines, more)
		if len(lines) > max(maxLines, 0) {
			t.Fatalf("%d lines, want at most %d", len(lines), maxLines)
		}
		for _, l := range lines {
			// A line of one character may be wider than a very narrow column.
			if measure(cv.quote, l) > w && utf8.RuneCountInString(strings.TrimSuffix(l, ellipsis)) > 1 {
				t.Fatalf("line %q is wider than %d", l, width)
			}
		}
		if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1], ellipsis) {
			joined := strings.Join(lines, "")
			if strings.ReplaceAll(text, " ", "") != strings.ReplaceAll(joined, " ", "") {
				t.Fatalf("text lost without an ellipsis: %q became %q", text, lines)
			}
		}
	})
}

func TestCache(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cards") // created by Get
	c := &Cache{Dir: dir}
	want, err := Draw(kaleyra)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Get(kaleyra)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("Get differs from Draw")
	}
	path := filepath.Join(dir, kaleyra.Key()+".png")
	onDisk, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("card not written: %v", err)
	}
	if !bytes.Equal(onDisk, want) {
		t.Fatal("file differs from Draw")
	}
	// A second Get must read the file, not draw again: mark the file and look for the mark.
	marked := append([]byte("cached "), want...)
	if err := os.WriteFile(path, marked, 0o644); err != nil {
		t.Fatal(err)
	}
	again, err := c.Get(kaleyra)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, marked) {
		t.Error("second Get did not read the cached file")
	}
	if hits, drawn := c.Stats(); hits != 1 || drawn != 1 {
		t.Errorf("Stats() = %d hits, %d drawn; want 1, 1", hits, drawn)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("cache folder holds %d files, want 1 (no temporary files left)", len(entries))
	}
}

func TestCacheConcurrent(t *testing.T) {
	c := &Cache{Dir: t.TempDir()}
	cards := []Card{kaleyra, {Heading: "Earnings call"}, {Company: "Acme"}}
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Go(func() {
			card := cards[i%len(cards)]
			b, err := c.Get(card)
			if err != nil {
				t.Error(err)
				return
			}
			want, _ := Draw(card)
			if !bytes.Equal(b, want) {
				t.Error("concurrent Get returned other bytes")
			}
		})
	}
	wg.Wait()
	if hits, drawn := c.Stats(); drawn != int64(len(cards)) || hits+drawn > 30 {
		t.Errorf("Stats() = %d hits, %d drawn; want %d drawn", hits, drawn, len(cards))
	}
}

func TestCacheDisabled(t *testing.T) {
	var c Cache
	b, err := c.Get(kaleyra)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Draw(kaleyra)
	if !bytes.Equal(b, want) {
		t.Error("uncached Get differs from Draw")
	}
}

func BenchmarkDraw(b *testing.B) {
	var size int
	cpuPerOp(b, func() {
		png, err := Draw(kaleyra)
		if err != nil {
			b.Fatal(err)
		}
		size = len(png)
	})
	b.ReportMetric(float64(size), "png-bytes")
}

func BenchmarkDrawParallel(b *testing.B) {
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := Draw(kaleyra); err != nil {
				b.Error(err)
			}
		}
	})
}

// TestQuoteReadableSmall checks that the quote's type, drawn, is large enough to read when
// the card is shown DisplayWidth pixels wide: its capitals at least 70% of MinQuotePx (the
// cap height of the Go fonts is about 0.72 of their size).
func TestQuoteReadableSmall(t *testing.T) {
	blank := decode(t, mustDraw(t, Card{}))
	img := decode(t, mustDraw(t, Card{Quote: "HHHH"}))
	top, bottom := -1, -1
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := left + quoteIndent; x < right; x++ {
			if img.At(x, y) != blank.At(x, y) {
				if top < 0 {
					top = y
				}
				bottom = y
				break
			}
		}
	}
	if top < 0 {
		t.Fatal("the quote left no ink")
	}
	shown := float64(bottom-top+1) * DisplayWidth / Width
	if want := 0.7 * MinQuotePx; shown < want {
		t.Errorf("quote capitals are %.1f px high at %d px wide, want at least %.1f", shown, DisplayWidth, want)
	}
}

func mustDraw(t *testing.T, c Card) []byte {
	t.Helper()
	b, err := Draw(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCacheGetAsKeep checks the cards an output publishes: drawn but not written by GetAs,
// linked into the cache by Keep from the output folder, read by the next build's Cache;
// forgotten when the output was not published.
func TestCacheGetAsKeep(t *testing.T) {
	tmp := t.TempDir()
	dir, out := filepath.Join(tmp, "cards"), filepath.Join(tmp, "public")
	other := kaleyra
	other.Quote = "Another answer."
	c := &Cache{Dir: dir}
	for _, x := range []struct {
		card Card
		name string
	}{{kaleyra, "c/acme/q1/card.png"}, {other, "c/acme/q2/card.png"}} {
		png, err := c.GetAs(x.card, x.name)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := Draw(x.card); !bytes.Equal(png, want) {
			t.Fatal("GetAs differs from Draw")
		}
		if _, err := os.Stat(filepath.Join(dir, x.card.Key()+".png")); !os.IsNotExist(err) {
			t.Fatalf("GetAs wrote the card into the cache before Keep: %v", err)
		}
		if x.card == other {
			continue // not published: Keep must skip it
		}
		p := filepath.Join(out, filepath.FromSlash(x.name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Keep(out); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 || entries[0].Name() != kaleyra.Key()+".png" {
		t.Fatalf("cache folder after Keep: %v, want the published card only", entries)
	}
	next := &Cache{Dir: dir}
	if png, err := next.Get(kaleyra); err != nil || len(png) == 0 {
		t.Fatal(err)
	}
	if hits, drawn := next.Stats(); hits != 1 || drawn != 0 {
		t.Errorf("the next build: %d hits, %d drawn; want 1, 0", hits, drawn)
	}

	// Not published: Forget, and a later Keep of another output links nothing of it.
	third := kaleyra
	third.Quote = "A third answer."
	if _, err := next.GetAs(third, "c/acme/q1/card.png"); err != nil {
		t.Fatal(err)
	}
	next.Forget()
	if err := next.Keep(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, third.Key()+".png")); !os.IsNotExist(err) {
		t.Errorf("a forgotten card was linked into the cache (from another card's file): %v", err)
	}
}

// TestCacheManyCards gets more cards than are looked for one by one, concurrently, so that
// the cache folder is listed midway: every card must still come from the folder when it is
// there (written by an earlier Cache) and be drawn once when it is not.
func TestCacheManyCards(t *testing.T) {
	dir := t.TempDir()
	var list []Card
	for i := range 2*tryFirst + 10 {
		c := Card{Heading: "Card", Quote: strings.Repeat("word ", i)}
		list = append(list, c)
	}
	first := &Cache{Dir: dir}
	for _, c := range list[:tryFirst+5] {
		if _, err := first.Get(c); err != nil {
			t.Fatal(err)
		}
	}
	second := &Cache{Dir: dir}
	var wg sync.WaitGroup
	for _, c := range list {
		wg.Go(func() {
			if _, err := second.Get(c); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if hits, drawn := second.Stats(); hits != int64(tryFirst+5) || drawn != int64(len(list)-tryFirst-5) {
		t.Errorf("Stats() = %d hits, %d drawn; want %d, %d", hits, drawn, tryFirst+5, len(list)-tryFirst-5)
	}
}

// TestCombine checks how a glyph's pixel is drawn on the canvas, nibble by nibble.
func TestCombine(t *testing.T) {
	ink, muted := rampInk.base(), rampMuted.base() // level 1 of each ramp
	tests := []struct {
		name      string
		cur, mask uint8 // one nibble each
		want      uint8
	}{
		{"glyph on background", idxBackground, ink + 2, ink + 2},
		{"no glyph leaves the canvas", muted + 1, 0, muted + 1},
		{"darker ink of the same ramp stays", ink + 3, ink + 1, ink + 3},
		{"lighter ink of the same ramp is drawn over", ink + 1, ink + 3, ink + 3},
		{"another ramp is drawn over", muted + 4, ink, ink},
	}
	comb := combine()
	for _, tt := range tests {
		// The same case in the high nibble, beside background, and in the low one.
		if got := comb[int(tt.cur)<<12|int(tt.mask)<<4] >> 4; got != tt.want {
			t.Errorf("%s, high nibble: %d, want %d", tt.name, got, tt.want)
		}
		if got := comb[int(tt.cur)<<8|int(tt.mask)] & 15; got != tt.want {
			t.Errorf("%s, low nibble: %d, want %d", tt.name, got, tt.want)
		}
	}
}
