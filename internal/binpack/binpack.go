// Package binpack reads and writes the values of the build's own binary
// files (the cache's records, a call's packed figures): integers as
// varints, a float64 as eight little-endian bytes, a bool as a byte, a
// string as its length and bytes. Both formats are read far more often
// than written, by every rebuild, which is why they are not gob.
package binpack

import (
	"encoding/binary"
	"errors"
	"math"
	"unsafe"
)

// ErrDamaged is a Reader's error once a value ran past its bytes.
var ErrDamaged = errors.New("cut short or damaged")

// AppendString appends a string's length and bytes.
func AppendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// AppendBool appends a bool as one byte.
func AppendBool(b []byte, x bool) []byte {
	if x {
		return append(b, 1)
	}
	return append(b, 0)
}

// AppendFloat appends a float64's eight bytes.
func AppendFloat(b []byte, x float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
}

// Reader reads values from bytes. After the first value that runs past
// them, every read gives a zero value and Err stays ErrDamaged: a caller
// reads a whole record and checks once.
type Reader struct {
	buf []byte
	off int
	err error
}

// NewReader reads buf from off on.
func NewReader(buf []byte, off int) *Reader { return &Reader{buf: buf, off: min(off, len(buf))} }

// Err is ErrDamaged once a read ran past the bytes, else nil.
func (r *Reader) Err() error { return r.err }

// Left is the number of bytes not read yet.
func (r *Reader) Left() int { return len(r.buf) - r.off }

func (r *Reader) fail() {
	r.err, r.off = ErrDamaged, len(r.buf)
}

// Fail makes the reader damaged, as a read past the bytes does: for a
// caller that finds a value read out of its range.
func (r *Reader) Fail() { r.fail() }

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.buf[r.off:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.off += n
	return v
}

// Varint reads a signed varint.
func (r *Reader) Varint() int64 {
	v, n := binary.Varint(r.buf[r.off:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.off += n
	return v
}

// Bytes returns the next n bytes, a slice of the buffer.
func (r *Reader) Bytes(n uint64) []byte {
	if n > uint64(r.Left()) {
		r.fail()
		return nil
	}
	b := r.buf[r.off : r.off+int(n)]
	r.off += int(n)
	return b
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if b := r.Bytes(1); len(b) == 1 {
		return b[0]
	}
	return 0
}

// Float reads a float64.
func (r *Reader) Float() float64 {
	if b := r.Bytes(8); len(b) == 8 {
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return 0
}

// String reads a string as a slice of the buffer, with no copy: the
// buffer must never be written to, and stays in memory as long as any
// string read from it.
func (r *Reader) String() string {
	b := r.Bytes(r.Uvarint())
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// CopyString reads a string as a copy of its bytes, for a value kept
// long after the buffer should be let go.
func (r *Reader) CopyString() string {
	return string(r.Bytes(r.Uvarint()))
}
