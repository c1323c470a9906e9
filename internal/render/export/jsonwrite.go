package export

import (
	"math"
	"strconv"
	"unicode/utf8"

	"callsite/internal/site"
)

// call.json is written here field by field rather than by encoding/json,
// whose reflection over every field of every turn, paragraph and figure
// was half of its time on a call, and whose indenting (-minify=false)
// read the whole file again a byte at a time. The bytes are
// json.Marshal's (or json.MarshalIndent's): the fields in the order and with the omitempty of the
// struct tags, its escapes and number formats. calljson_test.go fills
// every field of CallJSON's types at random and compares, so a field
// added to a type and not here fails it.

// appendJSON appends cj as json.Marshal writes it, or indented as
// json.MarshalIndent(cj, "", "  ") does, and reports false when a number
// cannot be written (NaN, an infinity: encoding/json refuses those).
// figs, when not empty, are written in place of cj.Figures, each made
// by Figure as it is written.
func (cj *CallJSON) appendJSON(b []byte, indented bool, figs []site.CallFigure) ([]byte, bool) {
	w := &jsonOut{b: b, ok: true, indented: indented}
	w.obj()
	w.str("schema", cj.Schema)
	w.str("url", cj.URL)
	w.str("title", cj.Title)
	co := &cj.Company
	w.key("company")
	w.obj()
	w.str("name", co.Name)
	w.str("slug", co.Slug)
	w.strOmit("ticker", co.Ticker)
	w.strOmit("exchange", co.Exchange)
	w.strOmit("source", co.Source)
	w.end()
	p := &cj.Period
	w.key("period")
	w.obj()
	w.strOmit("label", p.Label)
	w.intOmit("fiscal_year", p.FiscalYear)
	w.intOmit("quarter", p.Quarter)
	w.intOmit("half", p.Half)
	w.strOmit("source", p.Source)
	w.end()
	w.strOmit("date", cj.Date)
	w.str("source", cj.Source)
	w.strs("sources", cj.Sources)
	w.str("format", cj.Format)
	w.boolOmit("unlabelled", cj.Unlabelled)
	w.strs("summary", cj.Summary)
	listOf(w, "key_points", cj.KeyPoints, func(kp *KeyPointJSON) {
		w.obj()
		w.str("text", kp.Text)
		w.str("kind", kp.Kind)
		w.str("paragraph", kp.Paragraph)
		w.str("sentence", kp.Sentence)
		w.end()
	})
	listOf(w, "speakers", cj.Speakers, func(sp *SpeakerJSON) {
		w.obj()
		w.str("id", sp.ID)
		w.str("name", sp.Name)
		w.strOmit("title", sp.Title)
		w.str("role", sp.Role)
		w.strOmit("firm", sp.Firm)
		w.strOmit("introduced_as", sp.IntroducedAs)
		w.boolOmit("name_inferred", sp.NameInferred)
		w.strOmit("label", sp.Label)
		w.end()
	})
	listOf(w, "sections", cj.Sections, func(s *SectionJSON) {
		w.obj()
		w.str("kind", s.Kind)
		listOf(w, "turns", s.Turns, w.turn)
		w.end()
	})
	listOf(w, "exchanges", cj.Exchanges, func(ex *ExchangeJSON) {
		w.obj()
		w.str("id", ex.ID)
		w.str("analyst", ex.Analyst)
		w.boolOmit("submitted", ex.Submitted)
		w.strOmit("firm", ex.Firm)
		w.strOmit("topic", ex.Topic)
		w.str("question", ex.Question)
		w.strs("turns", ex.Turns)
		w.strs("answered_by", ex.AnsweredBy)
		w.str("url", ex.URL)
		w.end()
	})
	if len(figs) == 0 {
		listOf(w, "figures", cj.Figures, w.figure)
	} else {
		w.key("figures")
		w.list(false)
		for i := range figs {
			f := Figure(figs[i])
			w.elem()
			w.figure(&f)
		}
		w.listEnd()
	}
	w.end()
	return w.b, w.ok
}

func (w *jsonOut) turn(tu *TurnJSON) {
	w.obj()
	w.str("id", tu.ID)
	w.str("speaker", tu.Speaker)
	w.strOmit("exchange", tu.Exchange)
	w.intOmit("line", tu.Line)
	listOf(w, "paragraphs", tu.Paragraphs, func(p *ParagraphJSON) {
		w.obj()
		w.str("id", p.ID)
		w.str("text", p.Text)
		w.end()
	})
	w.end()
}

func (w *jsonOut) figure(f *FigureJSON) {
	w.obj()
	w.str("id", f.ID)
	w.str("text", f.Text)
	w.float("value", f.Value)
	w.float("low", f.Low)
	w.float("high", f.High)
	w.str("unit", f.Unit)
	w.strOmit("noun", f.Noun)
	w.boolOmit("per_share", f.PerShare)
	w.strOmit("qualifier", f.Qualifier)
	w.str("metric", f.Metric)
	w.str("period", f.Period)
	w.str("kind", f.Kind)
	w.strOmit("change", f.Change)
	if f.ChangePct != 0 {
		w.float("change_pct", f.ChangePct)
	}
	w.strOmit("basis", f.Basis)
	w.strOmit("scope", f.Scope)
	w.strOmit("role", f.Role)
	if len(f.Reasons) > 0 {
		w.strs("reasons", f.Reasons)
	}
	w.str("speaker", f.Speaker)
	w.str("turn", f.Turn)
	w.str("paragraph", f.Paragraph)
	w.int("start", f.Start)
	w.int("end", f.End)
	w.end()
}

// jsonOut appends JSON to b. first says no member has been written yet
// in the object or list just opened: one flag does for all, since a
// value closed is a member written in the one around it. Indented, each
// member goes on a line of its own, two spaces deeper than the object or
// list it is in, and an empty one stays "{}" or "[]" (json.Indent's way).
type jsonOut struct {
	b         []byte
	first, ok bool
	indented  bool
	depth     int
}

func (w *jsonOut) obj() { w.open('{') }
func (w *jsonOut) end() { w.close('}') }

func (w *jsonOut) open(c byte) {
	w.b, w.first = append(w.b, c), true
	w.depth++
}

func (w *jsonOut) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.b, w.first = append(w.b, c), false
}

// member starts a member of the object or list open: after a comma but
// for the first, on a new line when indented.
func (w *jsonOut) member() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.newline()
}

func (w *jsonOut) newline() {
	if w.indented {
		w.b = append(w.b, '\n')
		for range w.depth {
			w.b = append(w.b, ' ', ' ')
		}
	}
}

// key writes an object's member name; the names here need no escapes.
func (w *jsonOut) key(k string) {
	w.member()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
	if w.indented {
		w.b = append(w.b, ' ')
	}
}

// list opens a list, or writes null for a nil slice and reports false.
func (w *jsonOut) list(isNil bool) bool {
	if isNil {
		w.b = append(w.b, "null"...)
		return false
	}
	w.open('[')
	return true
}

// listOf writes key and the list xs, each element drawn by each: null
// for a nil slice, as encoding/json writes it.
func listOf[T any](w *jsonOut, key string, xs []T, each func(*T)) {
	w.key(key)
	if !w.list(xs == nil) {
		return
	}
	for i := range xs {
		w.elem()
		each(&xs[i])
	}
	w.listEnd()
}

func (w *jsonOut) elem() { w.member() }

func (w *jsonOut) listEnd() { w.close(']') }

func (w *jsonOut) str(k, v string) {
	w.key(k)
	w.b = AppendString(w.b, v)
}

func (w *jsonOut) strOmit(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

func (w *jsonOut) strs(k string, list []string) {
	w.key(k)
	if w.list(list == nil) {
		for _, s := range list {
			w.elem()
			w.b = AppendString(w.b, s)
		}
		w.listEnd()
	}
}

func (w *jsonOut) int(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}

func (w *jsonOut) intOmit(k string, v int) {
	if v != 0 {
		w.int(k, v)
	}
}

func (w *jsonOut) boolOmit(k string, v bool) {
	if v {
		w.key(k)
		w.b = append(w.b, "true"...)
	}
}

func (w *jsonOut) float(k string, v float64) {
	w.key(k)
	var ok bool
	if w.b, ok = appendFloat(w.b, v); !ok {
		w.ok = false
	}
}

// AppendString appends s as a JSON string as encoding/json writes it with
// HTML escaping on (its default): <, > and & as \u003c and so on, U+2028
// and U+2029 escaped, invalid UTF-8 as U+FFFD.
func AppendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Four bytes a test while they are all safe: fewer instructions
		// a byte than the test of each alone.
		for i+4 <= len(s) {
			if w := s[i : i+4]; !jsonSafe[w[0]] || !jsonSafe[w[1]] || !jsonSafe[w[2]] || !jsonSafe[w[3]] {
				break
			}
			i += 4
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are when it
// escapes HTML: printable ones but for the quote, backslash, <, > and &.
// Bytes from 0x80 are not marked: one test a byte passes most of a text.
var jsonSafe = func() (t [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

// appendFloat appends f as encoding/json writes a float64, and reports
// false for a value JSON cannot hold (NaN, an infinity), which
// encoding/json refuses.
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, false
	}
	if abs := math.Abs(f); abs == 0 || abs >= 1e-6 && abs < 1e21 {
		return appendFixed(b, f), true
	}
	b = strconv.AppendFloat(b, f, 'e', -1, 64)
	// e-09 as e-9, as encoding/json does.
	if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b, true
}

// appendFixed appends f as strconv.AppendFloat(b, f, 'f', -1, 64) does: a
// whole number (most figures' values, lows and highs are) by AppendInt,
// which need not search for the shortest digits.
func appendFixed(b []byte, f float64) []byte {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 && (f != 0 || !math.Signbit(f)) { // not -0
		return strconv.AppendInt(b, int64(f), 10)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}
