package site

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"

	"callsite/internal/binpack"
	"callsite/internal/figures"
	"callsite/internal/transcript"
)

// PackFigures encodes a call's figures apart from the transcript they
// point into. Finding figures is the costliest step of a build: a build
// that cannot keep a large call's transcript in memory keeps these few
// pointer-free bytes instead, and attaches them to the transcript parsed
// again (UnpackFigures) rather than finding the figures twice.
//
// Each figure is its id, its paragraph's id and the fields of
// figures.Figure in order (figureFields), read by reflection once: a field
// added to Figure is packed without a change here. A value comes back as
// encoding/gob, which packed them before, gave it: an empty list is nil
// and a negative zero is zero.
func PackFigures(figs []CallFigure) []byte {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(figs)))
	for _, f := range figs {
		b = binpack.AppendString(b, f.ID)
		b = binpack.AppendString(b, f.Paragraph.ID)
		v := reflect.ValueOf(&f.Figure).Elem()
		for _, fd := range figureFields {
			fv := v.Field(fd.index)
			switch fd.kind {
			case reflect.Int:
				b = binary.AppendVarint(b, fv.Int())
			case reflect.Float64:
				x := fv.Float()
				if x == 0 {
					x = 0 // gob's: -0 is sent as no value
				}
				b = binpack.AppendFloat(b, x)
			case reflect.Bool:
				b = binpack.AppendBool(b, fv.Bool())
			case reflect.String:
				b = binpack.AppendString(b, fv.String())
			case reflect.Slice:
				b = binary.AppendUvarint(b, uint64(fv.Len()))
				for i := range fv.Len() {
					b = binpack.AppendString(b, fv.Index(i).String())
				}
			}
		}
	}
	return b
}

// UnpackFigures attaches packed figures to the transcript they were found
// in (parsed again, with the same ids). It fails when a figure's paragraph
// or text is not there, as when the transcript changed in between: the
// caller finds the figures again.
func UnpackFigures(t *transcript.Transcript, b []byte) ([]CallFigure, error) {
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
	// (strings are copies, as gob's were: a slice of the packed bytes
	// would keep all of them alive as long as any figure's metric)
	r := binpack.NewReader(b, 0)
	n := r.Uvarint()
	if r.Err() != nil || n > uint64(len(b)) {
		return nil, errBadPack
	}
	figs := make([]CallFigure, n)
	for i := range figs {
		id, para := r.CopyString(), r.CopyString()
		f := &figs[i]
		v := reflect.ValueOf(&f.Figure).Elem()
		for _, fd := range figureFields {
			fv := v.Field(fd.index)
			switch fd.kind {
			case reflect.Int:
				fv.SetInt(r.Varint())
			case reflect.Float64:
				fv.SetFloat(r.Float())
			case reflect.Bool:
				fv.SetBool(r.Byte() != 0)
			case reflect.String:
				fv.SetString(r.CopyString())
			case reflect.Slice:
				if k := r.Uvarint(); k > 0 && k <= uint64(r.Left()) {
					list := reflect.MakeSlice(fv.Type(), int(k), int(k))
					for j := range int(k) {
						list.Index(j).SetString(r.CopyString())
					}
					fv.Set(list)
				}
			}
		}
		if r.Err() != nil {
			return nil, errBadPack
		}
		pl, ok := at[para]
		if !ok || f.End > len(pl.p.Text) || f.Start < 0 || f.Start > f.End || pl.p.Text[f.Start:f.End] != f.Text {
			return nil, fmt.Errorf("figure %s: not in paragraph %q of the transcript", id, para)
		}
		f.ID, f.Turn, f.Paragraph = id, pl.tu, pl.p
	}
	return figs, nil
}

var errBadPack = errors.New("packed figures cut short or damaged")

// figureField is a field of figures.Figure and how it is packed.
type figureField struct {
	index int
	kind  reflect.Kind // Int, Float64, Bool, String, or Slice of strings
}

// figureFields are figures.Figure's fields, in order. A field of a kind
// PackFigures cannot pack stops the program when it starts, and so every
// test of this package.
var figureFields = func() []figureField {
	typ := reflect.TypeFor[figures.Figure]()
	var out []figureField
	for i := range typ.NumField() {
		f := typ.Field(i)
		k := f.Type.Kind()
		switch {
		case k == reflect.Int, k == reflect.Float64, k == reflect.Bool, k == reflect.String,
			k == reflect.Slice && f.Type.Elem().Kind() == reflect.String:
		default:
			panic(fmt.Sprintf("site: PackFigures cannot pack figures.Figure.%s (%s): teach it the kind", f.Name, f.Type))
		}
		out = append(out, figureField{index: i, kind: k})
	}
	return out
}()
