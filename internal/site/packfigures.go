package site

import (
	"bytes"
	"encoding/gob"
	"fmt"

	"callsite/internal/figures"
	"callsite/internal/transcript"
)

// packedFigure is a CallFigure without its pointers into the transcript:
// the paragraph is named by its id.
type packedFigure struct {
	figures.Figure
	ID        string
	Paragraph string
}

// PackFigures encodes a call's figures apart from the transcript they
// point into. Finding figures is the costliest step of a build: a build
// that cannot keep a large call's transcript in memory keeps these few
// pointer-free bytes instead, and attaches them to the transcript parsed
// again (UnpackFigures) rather than finding the figures twice.
func PackFigures(figs []CallFigure) []byte {
	packed := make([]packedFigure, len(figs))
	for i, f := range figs {
		packed[i] = packedFigure{Figure: f.Figure, ID: f.ID, Paragraph: f.Paragraph.ID}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(packed); err != nil {
		panic("site: packing figures: " + err.Error()) // plain data: cannot fail
	}
	return buf.Bytes()
}

// UnpackFigures attaches packed figures to the transcript they were found
// in (parsed again, with the same ids). It fails when a figure's paragraph
// or text is not there, as when the transcript changed in between: the
// caller finds the figures again.
func UnpackFigures(t *transcript.Transcript, b []byte) ([]CallFigure, error) {
	var packed []packedFigure
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&packed); err != nil {
		return nil, err
	}
	type place struct {
		tu *transcript.Turn
		p  *transcript.Paragraph
	}
	at := map[string]place{}
	for _, s := range t.Sections {
		for _, tu := range s.Turns {
			for _, p := range tu.Paragraphs {
				at[p.ID] = place{tu, p}
			}
		}
	}
	figs := make([]CallFigure, len(packed))
	for i, pf := range packed {
		pl, ok := at[pf.Paragraph]
		if !ok || pf.End > len(pl.p.Text) || pf.Start < 0 || pf.Start > pf.End || pl.p.Text[pf.Start:pf.End] != pf.Text {
			return nil, fmt.Errorf("figure %s: not in paragraph %q of the transcript", pf.ID, pf.Paragraph)
		}
		figs[i] = CallFigure{Figure: pf.Figure, ID: pf.ID, Turn: pl.tu, Paragraph: pl.p}
	}
	return figs, nil
}
