package binpack

import (
	"math"
	"testing"
)

// TestRoundTrip: what the appenders write, a Reader reads back; a value
// cut short fails the reader, which then reads only zeros.
func TestRoundTrip(t *testing.T) {
	var b []byte
	b = AppendString(b, "revenue")
	b = AppendFloat(b, -1.25)
	b = AppendBool(b, true)
	b = AppendString(b, "")
	r := NewReader(b, 0)
	if s, f, ok, e := r.String(), r.Float(), r.Byte() == 1, r.CopyString(); s != "revenue" || f != -1.25 || !ok || e != "" || r.Err() != nil || r.Left() != 0 {
		t.Fatalf("read back %q %v %v %q, err %v, %d left", s, f, ok, e, r.Err(), r.Left())
	}
	for n := range len(b) {
		r := NewReader(b[:n], 0)
		_, _, _, _ = r.String(), r.Float(), r.Byte(), r.CopyString()
		if r.Err() != ErrDamaged {
			t.Errorf("cut at %d: err %v, want ErrDamaged", n, r.Err())
		}
		if r.Varint() != 0 || r.Float() != 0 || r.String() != "" || r.Left() != 0 {
			t.Errorf("cut at %d: a failed reader read a value", n)
		}
	}
	if r := NewReader(AppendFloat(nil, math.Inf(1)), 0); r.Float() != math.Inf(1) {
		t.Error("infinity not read back")
	}
}
