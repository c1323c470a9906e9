package export

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"callsite/internal/site"
	"callsite/internal/site/bulktest"
)

// appendJSON writes what json.Marshal writes, for CallJSON values whose
// every field (found by reflection, so that a field added to a type and
// not to appendJSON fails here) is set at random: empty or not, strings
// with the bytes JSON and HTML escape, numbers large, small and negative,
// nil and empty lists; indented, what json.MarshalIndent writes.
func TestAppendJSONAsMarshal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 16))
	for range 3000 {
		var cj CallJSON
		fill(reflect.ValueOf(&cj).Elem(), rng)
		want, err := json.Marshal(cj)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := cj.appendJSON(nil, false, nil)
		if !ok || !bytes.Equal(got, want) {
			t.Fatalf("appendJSON (ok %v):\n got %s\nwant %s", ok, got, want)
		}
		want, _ = json.MarshalIndent(cj, "", "  ")
		got, ok = cj.appendJSON(nil, true, nil)
		if !ok || !bytes.Equal(got, want) {
			t.Fatalf("appendJSON indented (ok %v):\n got %s\nwant %s", ok, got, want)
		}
	}
}

// A number JSON cannot hold is left to encoding/json, which refuses it.
func TestEncodeToRefusesWhatMarshalRefuses(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		cj := CallJSON{Figures: []FigureJSON{{ChangePct: v}}}
		var b bytes.Buffer
		if err := cj.EncodeTo(&b, true); err == nil || b.Len() != 0 {
			t.Errorf("EncodeTo with %v: error %v, wrote %q", v, err, b.Bytes())
		}
	}
}

// call.json of real calls is json.Marshal's and a newline, and
// indented json.MarshalIndent's; WriteCall writes what EncodeTo does.
func TestEncodeToAsMarshalOnBulkCalls(t *testing.T) {
	s, parsed := bulktest.Site(t, 40, site.Config{})
	for _, c := range s.Calls {
		tr := parsed[c.Source]
		cj := Call(c, tr, site.CallFigures(tr))
		want, err := json.Marshal(cj)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		got.WriteString("kept")
		if err := cj.EncodeTo(&got, true); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), append(append([]byte("kept"), want...), '\n')) {
			t.Fatalf("%s: EncodeTo differs from json.Marshal", c.Source)
		}
		want, _ = json.MarshalIndent(cj, "", "  ")
		got.Reset()
		if err := cj.EncodeTo(&got, false); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), append(want, '\n')) {
			t.Fatalf("%s: indented EncodeTo differs from json.MarshalIndent", c.Source)
		}
		for _, compact := range []bool{true, false} {
			var direct bytes.Buffer
			if err := WriteCall(&direct, c, tr, site.CallFigures(tr), compact); err != nil {
				t.Fatal(err)
			}
			got.Reset()
			if err := cj.EncodeTo(&got, compact); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(direct.Bytes(), got.Bytes()) {
				t.Fatalf("%s: WriteCall (compact %v) differs from EncodeTo", c.Source, compact)
			}
		}
	}
}

var jsonTexts = []string{"", "plain", `quote " and \ backslash`, "<b>&amp;</b>", "tab\tnew\nline\r", "\x00\x1f\x7f",
	"é — “curly”", "\u2028\u2029", "\xff\xfe bad", "\xe2\x80", "emoji \U0001F600"}

var jsonNumbers = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 123.456, 1e-6, 9.99e-7, 1e-7, 1.5e-12, 1e20, 1e21, -3e22, 1234567.89, math.MaxFloat64, math.SmallestNonzeroFloat64}

// fill sets v, and every field in it, at random.
func fill(v reflect.Value, rng *rand.Rand) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(jsonTexts[rng.IntN(len(jsonTexts))])
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Int:
		v.SetInt([]int64{0, 1, -7, 2021, math.MaxInt32}[rng.IntN(5)])
	case reflect.Float64:
		v.SetFloat(jsonNumbers[rng.IntN(len(jsonNumbers))])
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), rng)
		}
	case reflect.Slice:
		n := rng.IntN(4) - 1 // -1: nil
		if n < 0 {
			v.SetZero()
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			fill(v.Index(i), rng)
		}
	default:
		panic("fill: a field of kind " + v.Kind().String() + " appendJSON does not know")
	}
}

// appendFixed writes what strconv's shortest 'f' format writes, for whole
// numbers (its AppendInt path) and the rest, at the edges too.
func TestAppendFixedAsAppendFloat(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 5, -5, 120, 1.5, -2.25, 0.1, 1e15, 1 << 53, 1<<53 + 2, -(1 << 53),
		1e20, 123456789012345678, 0.000001, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		v := float64(rng.Int64N(1<<60)-1<<59) / float64(int64(1)<<rng.IntN(40))
		values = append(values, v, math.Trunc(v))
	}
	for _, v := range values {
		got := string(appendFixed([]byte("x"), v))
		want := string(strconv.AppendFloat([]byte("x"), v, 'f', -1, 64))
		if got != want {
			t.Errorf("appendFixed(%v) = %q, want %q", v, got, want)
		}
	}
}

// AppendString writes what encoding/json writes for random strings of
// plain letters and the bytes JSON escapes, at every place in the four
// bytes it tests at once.
func TestAppendStringAsMarshalAtRandom(t *testing.T) {
	pieces := []string{"a", "b", "c", " ", `"`, `\`, "<", ">", "&", "\n", "\x01", "\x7f", "é", "\u2028", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		var s strings.Builder
		for range rng.IntN(24) {
			s.WriteString(pieces[rng.IntN(len(pieces))])
		}
		want, err := json.Marshal(s.String())
		if err != nil {
			t.Fatal(err)
		}
		if got := AppendString(nil, s.String()); !bytes.Equal(got, want) {
			t.Fatalf("AppendString(%q) = %s, want %s", s.String(), got, want)
		}
	}
}
