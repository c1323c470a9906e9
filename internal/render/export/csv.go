package export

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"callsite/internal/site"
)

// figuresHeader is figures.csv's first row.
const figuresHeader = "id,text,value,low,high,unit,noun,per_share,qualifier,metric,period,kind," +
	"change,change_pct,basis,scope,role,reasons,speaker,turn,paragraph\n"

// FiguresCSV writes a call's figures as CSV (figures.csv), one row per
// figure, with the columns of call.json's figures ("reasons" joined by
// "; ", "speaker" the speaker's name rather than id). The fields are
// written as encoding/csv's Writer writes them (csvField), without a
// slice of strings made for each row.
func FiguresCSV(figs []site.CallFigure) []byte {
	var b bytes.Buffer
	WriteFiguresCSV(&b, figs)
	return b.Bytes()
}

// WriteFiguresCSV writes what FiguresCSV returns into b's free space: a
// build writes it from a pooled buffer.
func WriteFiguresCSV(b *bytes.Buffer, figs []site.CallFigure) {
	b.Grow(len(figuresHeader) + 256*len(figs))
	b.Write(appendFiguresCSV(b.AvailableBuffer(), figs))
}

func appendFiguresCSV(b []byte, figs []site.CallFigure) []byte {
	b = append(b, figuresHeader...)
	num := func(b []byte, v float64) []byte {
		if v == 0 {
			v = 0 // "-0" (a decrease of 0%) is 0
		}
		return appendFixed(b, v)
	}
	for _, f := range figs {
		b = csvField(b, f.ID)
		b = csvField(append(b, ','), f.Text)
		b = num(append(b, ','), f.Value)
		b = num(append(b, ','), f.Low)
		b = num(append(b, ','), f.High)
		b = csvField(append(b, ','), f.Unit)
		b = csvField(append(b, ','), f.Noun)
		b = strconv.AppendBool(append(b, ','), f.PerShare)
		b = csvField(append(b, ','), f.Qualifier)
		b = csvField(append(b, ','), f.Metric)
		b = csvField(append(b, ','), f.Period)
		b = csvField(append(b, ','), string(f.Kind))
		b = csvField(append(b, ','), f.Change)
		b = num(append(b, ','), f.ChangePct)
		b = csvField(append(b, ','), f.Basis)
		b = csvField(append(b, ','), f.Scope)
		b = csvField(append(b, ','), string(f.Role))
		b = csvJoined(append(b, ','), f.Reasons, "; ")
		b = csvField(append(b, ','), f.Turn.Speaker.Name)
		b = csvField(append(b, ','), f.Turn.ID)
		b = csvField(append(b, ','), f.Paragraph.ID)
		b = append(b, '\n')
	}
	return b
}

// csvField appends s as encoding/csv's Writer writes a field (comma
// separated, '\n' line ends): quoted, with its quotes doubled, when it
// holds a comma, quote or line break, begins with a space, or is `\.`.
func csvField(b []byte, s string) []byte {
	if !csvNeedsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '"')
		s = s[i+1:]
	}
	b = append(b, s...)
	return append(b, '"')
}

// csvJoined appends the strings of list joined by sep as one field, as
// csvField(b, strings.Join(list, sep)) does, without the joined string
// when it needs no quotes (nearly always).
func csvJoined(b []byte, list []string, sep string) []byte {
	start := len(b)
	for i, s := range list {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, s...)
	}
	if field := b[start:]; csvNeedsQuotes(field) {
		return csvField(b[:start], string(field))
	}
	return b
}

// csvNeedsQuotes is encoding/csv's fieldNeedsQuotes for a comma. A table
// rather than strings.ContainsAny, which builds its set of bytes anew for
// each of a call's thousands of fields; for bytes too, so that csvJoined
// tests its field without copying it into a string.
func csvNeedsQuotes[T string | []byte](s T) bool {
	if len(s) == 0 {
		return false
	}
	if len(s) == 2 && s[0] == '\\' && s[1] == '.' { // `\.`
		return true
	}
	i := 0
	for ; i+4 <= len(s); i += 4 { // four bytes a test, as AppendString
		if w := s[i : i+4]; csvQuoted[w[0]] || csvQuoted[w[1]] || csvQuoted[w[2]] || csvQuoted[w[3]] {
			return true
		}
	}
	for ; i < len(s); i++ {
		if csvQuoted[s[i]] {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(string(s[:min(len(s), utf8.UTFMax)]))
	return unicode.IsSpace(r)
}

// csvQuoted marks the bytes that make a field quoted.
var csvQuoted = [256]bool{',': true, '"': true, '\r': true, '\n': true}
