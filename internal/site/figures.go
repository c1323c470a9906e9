package site

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"callsite/internal/figures"
	"callsite/internal/transcript"
)

// CallFigure is a figure said on a call, and where it was said.
type CallFigure struct {
	figures.Figure
	ID        string // anchor: the paragraph's id + "f" + its place in it ("pr3p1f2")
	Turn      *transcript.Turn
	Paragraph *transcript.Paragraph
}

// CallFigures finds the figures of every paragraph of a call, in order.
func CallFigures(t *transcript.Transcript) []CallFigure {
	ctx := figures.Context{Year: t.Meta.Year, Quarter: t.Meta.Quarter, Half: t.Meta.Half, Company: t.Meta.Company, Ticker: t.Meta.Ticker}
	// Each turn's figures are kept until all are found, so that the list
	// is made once at its size rather than grown figure by figure.
	type turnFound struct {
		turn  *transcript.Turn
		found [][]figures.Figure
	}
	var turns []turnFound
	var paras []string // a turn's texts; FindTurn keeps none
	n := 0
	for _, s := range t.Sections {
		ctx.Basis = "" // an announced basis holds through its section
		for _, tu := range s.Turns {
			if tu.Speaker.Role == transcript.RoleOperator {
				continue // the operator reads out no results
			}
			paras = paras[:0]
			for _, p := range tu.Paragraphs {
				paras = append(paras, p.Text)
			}
			var found [][]figures.Figure
			found, ctx.Basis = figures.FindTurn(paras, ctx)
			had := n
			for _, figs := range found {
				n += len(figs)
			}
			if n > had {
				turns = append(turns, turnFound{tu, found})
			}
		}
	}
	var out []CallFigure
	if n > 0 {
		out = make([]CallFigure, 0, n)
	}
	for _, tf := range turns {
		for k, figs := range tf.found {
			p := tf.turn.Paragraphs[k]
			for i, f := range figs {
				out = append(out, CallFigure{Figure: f, ID: p.ID + "f" + strconv.Itoa(i+1), Turn: tf.turn, Paragraph: p})
			}
		}
	}
	all := make([]*figures.Figure, len(out))
	for i := range out {
		all[i] = &out[i].Figure
	}
	figures.Reconcile(all)
	return out
}

// MetricGroup is the figures of one metric, for the figure table.
type MetricGroup struct {
	Metric  string // "" for figures whose metric is unknown
	Figures []CallFigure
}

// GroupByMetric groups figures by metric in order of first mention; the
// figures of unknown metric come last.
func GroupByMetric(figs []CallFigure) []MetricGroup {
	idx := map[string]int{}
	var groups []MetricGroup
	var other []CallFigure
	for _, f := range figs {
		if f.Metric == "" {
			other = append(other, f)
			continue
		}
		i, ok := idx[f.Metric]
		if !ok {
			i = len(groups)
			idx[f.Metric] = i
			groups = append(groups, MetricGroup{Metric: f.Metric})
		}
		groups[i].Figures = append(groups[i].Figures, f)
	}
	if len(other) > 0 {
		groups = append(groups, MetricGroup{Figures: other})
	}
	return groups
}

// Guidance lists the forward-looking figures the company gave for a
// known metric and period (analysts' numbers and loose forward-looking
// remarks stay in the full table). A guidance row is a level (not a raise,
// an effect or the range it replaced); a part of the company keeps its scope
// in its description.
func Guidance(figs []CallFigure) []CallFigure {
	var out []CallFigure
	for _, f := range figs {
		if f.Kind == figures.Guidance && f.Metric != "" && f.Period != "" && f.Role == figures.Level && f.Turn.Speaker.Role != transcript.RoleAnalyst {
			out = append(out, f)
		}
	}
	return out
}

// FormatValue writes a figure's normalised value for a table: "$31.2
// million", "€4.5 million", "14%", "140 bp", "0.9x", "7 billion messages",
// "$30 million to $31 million".
func FormatValue(f figures.Figure) string {
	var buf [64]byte
	return string(appendValue(buf[:0], f))
}

// appendValue appends FormatValue's text to b: the parts are written in
// place and the caller makes one string of them (a page asks for every
// figure's value twice, Describe once more).
func appendValue(b []byte, f figures.Figure) []byte {
	if f.IsRange && f.High != f.Low {
		b = appendOne(b, f, f.Low)
		b = append(b, " to "...)
		return appendOne(b, f, f.High)
	}
	return appendOne(b, f, f.Value)
}

var currencySymbol = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CAD": "C$", "AUD": "A$", "CHF": "CHF ", "CNY": "CN¥"}

func appendOne(b []byte, f figures.Figure, v float64) []byte {
	if v < 0 {
		b, v = append(b, '-'), -v
	}
	switch f.Unit {
	case "%":
		return append(appendNum(b, v, 2), '%')
	case "bp":
		return append(appendNum(b, v, 1), " bp"...)
	case "x":
		return append(appendNum(b, v, 2), 'x')
	case "count":
		b = appendScaled(b, v)
		if f.Noun != "" {
			b = append(append(b, ' '), f.Noun...)
		}
		return b
	}
	if sym, ok := currencySymbol[f.Unit]; ok {
		b = append(b, sym...)
	} else {
		b = append(append(b, f.Unit...), ' ')
	}
	b = appendScaled(b, v)
	if f.PerShare {
		b = append(b, " per share"...)
	}
	return b
}

// scales are the large numbers appendScaled names, largest first.
var scales = []struct {
	n    float64
	name string
}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}

// appendScaled writes 31200000 as "31.2 million" and 58000 as "58,000".
func appendScaled(b []byte, v float64) []byte {
	for _, sc := range scales {
		if v >= sc.n {
			return append(append(appendNum(b, v/sc.n, 3), ' '), sc.name...)
		}
	}
	if v >= 1000 && v == math.Trunc(v) {
		return appendThousands(b, int64(v))
	}
	return appendNum(b, v, 2)
}

// appendNum writes v with prec decimals, less the zeros that end them.
func appendNum(b []byte, v float64, prec int) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', prec, 64)
	if bytes.IndexByte(b[start:], '.') >= 0 {
		b = bytes.TrimRight(bytes.TrimRight(b, "0"), ".")
	}
	return b
}

// appendThousands writes n with a comma between each three digits.
func appendThousands(b []byte, n int64) []byte {
	var digits [20]byte
	s := strconv.AppendInt(digits[:0], n, 10)
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// Describe is the one-line explanation of a figure shown on hover and
// focus: "revenue · Q2 2020 · actual · up 1.1%".
func Describe(f figures.Figure) string {
	var said [6]string // the most parts said before the value
	parts := said[:0]
	if f.Scope != "" {
		parts = append(parts, f.Scope)
	}
	if f.Metric != "" {
		m := f.Metric
		if f.Basis != "" && !strings.HasPrefix(m, strings.ToLower(f.Basis)) {
			m = f.Basis + " " + strings.TrimPrefix(m, "adjusted ")
		}
		parts = append(parts, m)
	}
	if f.Role != "" && f.Role != figures.Level {
		parts = append(parts, string(f.Role))
	}
	if f.Period != "" {
		parts = append(parts, f.Period)
	}
	parts = append(parts, string(f.Kind))
	if f.Change != "" {
		parts = append(parts, f.Change)
	}
	var buf [160]byte // one allocation, the text
	b := buf[:0]
	for _, p := range parts {
		b = append(append(b, p...), " · "...)
	}
	return string(appendValue(b, f))
}
