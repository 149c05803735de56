// Package wire is the binary form of dutymap's cache files: unsigned
// varints, strings, and arrays of fixed-size numbers stored as they lie in
// memory (little-endian), so that a large array is read without copying.
//
// A Reader trusts nothing it reads. Every count is checked against the
// bytes left before anything is made of it, so a corrupt or hostile file
// gives an error, never a panic, and never an allocation larger than the
// file itself. Checking that the values read make sense together (an index
// within its table) is the caller's job: see Reader.Index and Reader.Fail.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"
)

// ErrCorrupt is wrapped by every error a Reader reports.
var ErrCorrupt = errors.New("corrupt data")

// Writer appends values to a buffer, or, made by NewStreamWriter, writes
// them on to an io.Writer as the buffer fills.
type Writer struct {
	buf     []byte
	sink    io.Writer
	flushed int // bytes written to sink
	err     error
}

// streamBuffer is how much a stream Writer holds before writing it on.
const streamBuffer = 1 << 20

// NewStreamWriter writes to w: a cache of a million duties is written
// without ever standing whole in memory. Call Flush at the end.
func NewStreamWriter(w io.Writer) *Writer {
	return &Writer{sink: w, buf: make([]byte, 0, streamBuffer+streamSlack)}
}

// streamSlack is room beyond streamBuffer for the value that fills it, so
// that a stream's buffer is allocated once.
const streamSlack = 4 << 10

// Reset empties a Writer that is not a stream, keeping its buffer for
// what is written next.
func (w *Writer) Reset() { w.buf, w.flushed, w.err = w.buf[:0], 0, nil }

// Bytes returns what was written (by a Writer that is not a stream).
func (w *Writer) Bytes() []byte { return w.buf }

// Len is the number of bytes written so far.
func (w *Writer) Len() int { return w.flushed + len(w.buf) }

// Flush writes what is buffered on to the stream, and returns the first
// error the stream gave.
func (w *Writer) Flush() error {
	if w.sink != nil && len(w.buf) > 0 && w.err == nil {
		_, w.err = w.sink.Write(w.buf)
		w.flushed += len(w.buf)
		w.buf = w.buf[:0]
	}
	return w.err
}

// maybeFlush flushes a stream whose buffer is full.
func (w *Writer) maybeFlush() {
	if w.sink != nil && len(w.buf) >= streamBuffer {
		w.Flush()
	}
}

// Uvarint writes v in 1 to 10 bytes.
func (w *Writer) Uvarint(v uint64) {
	w.buf = binary.AppendUvarint(w.buf, v)
	w.maybeFlush()
}

// Int writes a non-negative int (a count, an index).
func (w *Writer) Int(v int) { w.Uvarint(uint64(max(v, 0))) }

// Varint writes any int64, small magnitudes in few bytes.
func (w *Writer) Varint(v int64) {
	w.buf = binary.AppendVarint(w.buf, v)
	w.maybeFlush()
}

// Byte writes one byte.
func (w *Writer) Byte(b byte) {
	w.buf = append(w.buf, b)
	w.maybeFlush()
}

// Bool writes a byte 0 or 1.
func (w *Writer) Bool(b bool) {
	if b {
		w.Byte(1)
	} else {
		w.Byte(0)
	}
}

// Float32 writes f's bits.
func (w *Writer) Float32(f float32) {
	w.buf = binary.LittleEndian.AppendUint32(w.buf, math.Float32bits(f))
	w.maybeFlush()
}

// String writes s's length, then its bytes.
func (w *Writer) String(s string) {
	w.Int(len(s))
	if w.sink != nil && len(s) >= streamBuffer {
		w.direct(unsafe.Slice(unsafe.StringData(s), len(s))) // the stream does not keep it
		return
	}
	w.buf = append(w.buf, s...)
	w.maybeFlush()
}

// Strings writes a count, then each string.
func (w *Writer) Strings(ss []string) {
	w.Int(len(ss))
	for _, s := range ss {
		w.String(s)
	}
}

// Align writes zero bytes until the length written is a multiple of n:
// what follows can be read as a fresh Reader's start.
func (w *Writer) Align(n int) {
	for w.Len()%n != 0 {
		w.buf = append(w.buf, 0)
	}
}

// Raw writes b as it is, without its length.
func (w *Writer) Raw(b []byte) {
	if w.sink != nil && len(b) >= streamBuffer {
		w.direct(b)
		return
	}
	w.buf = append(w.buf, b...)
	w.maybeFlush()
}

// direct writes a large b straight to the stream, after what is buffered,
// not through the buffer.
func (w *Writer) direct(b []byte) {
	if w.Flush() == nil {
		_, w.err = w.sink.Write(b)
		w.flushed += len(b)
	}
}

// Fixed writes a count, pads to the element size's alignment (at most 8),
// then the elements as they lie in memory, little-endian. T must hold no
// pointers and have no padding the reader could mistake; callers use the
// typed helpers below.
func fixed[T any](w *Writer, a []T) {
	var zero T
	size := int(unsafe.Sizeof(zero))
	w.arrayHead(len(a), size)
	if len(a) == 0 {
		return
	}
	raw := unsafe.Slice((*byte)(unsafe.Pointer(&a[0])), len(a)*size)
	if !littleEndian {
		raw = appendSwapped(nil, raw, elemWidth[T]())
	}
	if w.sink != nil && len(raw) >= streamBuffer {
		w.direct(raw) // a large array goes straight to the stream
		return
	}
	w.buf = append(w.buf, raw...)
	w.maybeFlush()
}

// arrayHead writes what comes before the elements of an array of n
// elements of size bytes: the count, then padding to the elements'
// alignment (at most 8).
func (w *Writer) arrayHead(n, size int) {
	w.Int(n)
	for w.Len()%min(size, 8) != 0 {
		w.buf = append(w.buf, 0)
	}
}

// Int32s writes an array of int32.
func (w *Writer) Int32s(a []int32) { fixed(w, a) }

// Uint32sMade writes an array of n uint32 as Uint32s writes it, its
// elements made a chunk at a time by fill(dst, from), which fills dst
// with elements from, from+1, …: an array made only to be written (a
// table in another layout) is never held whole.
func (w *Writer) Uint32sMade(n int, fill func(dst []uint32, from int)) {
	const chunk = 16 << 10
	chunk0 := make([]uint32, 0, min(n, chunk))
	w.arrayHead(n, 4)
	for from := 0; from < n; from += chunk {
		dst := chunk0[:min(chunk, n-from)]
		fill(dst, from)
		raw := unsafe.Slice((*byte)(unsafe.Pointer(&dst[0])), 4*len(dst))
		if !littleEndian {
			raw = appendSwapped(nil, raw, 4)
		}
		w.buf = append(w.buf, raw...)
		w.maybeFlush()
	}
}

// Uint32s writes an array of uint32.
func (w *Writer) Uint32s(a []uint32) { fixed(w, a) }

// Uint16s writes an array of uint16.
func (w *Writer) Uint16s(a []uint16) { fixed(w, a) }

// Uint64s writes an array of uint64.
func (w *Writer) Uint64s(a []uint64) { fixed(w, a) }

// Float32s writes an array of float32.
func (w *Writer) Float32s(a []float32) { fixed(w, a) }

// Bytes8 writes an array of bytes.
func (w *Writer) Bytes8(a []byte) { fixed(w, a) }

// Reader reads what a Writer wrote, from data that must not change while
// anything read from it is in use: strings and arrays share its memory.
// After the first error every read returns a zero value and Err reports
// that error.
type Reader struct {
	data []byte
	off  int
	err  error

	// For a checked reader (NewCheckedReader): the function that checks
	// bytes, the offset below which every byte was checked or set aside
	// (Defer), whether arrays are being set aside, and the span of the
	// last array or string read.
	check     func(off, n int) error
	checked   int
	deferring bool
	lastOff   int
	lastN     int
}

// NewReader reads data.
func NewReader(data []byte) *Reader { return &Reader{data: data} }

// NewCheckedReader reads data whose bytes check verifies (a checksum of
// the blocks holding data[off:off+n]), so that a reader of a large file
// checks only what it uses. Every byte read is checked by Check, except
// the arrays and strings read while Defer is on, which the caller checks
// itself (LastSpan tells where they lie) before using them.
func NewCheckedReader(data []byte, check func(off, n int) error) *Reader {
	return &Reader{data: data, check: check}
}

// CheckFunc is the function a checked reader checks bytes with (nil for a
// reader made by NewReader), for the caller to check what it set aside.
func (r *Reader) CheckFunc() func(off, n int) error { return r.check }

// Defer sets whether the arrays and strings read next are set aside, left
// for the caller to check before use, or checked by Check with the rest.
// It does nothing to a reader made by NewReader.
func (r *Reader) Defer(on bool) { r.deferring = on && r.check != nil }

// LastSpan is where the bytes of the last array or string read lie:
// data[off:off+n].
func (r *Reader) LastSpan() (off, n int) { return r.lastOff, r.lastN }

// Check checks the bytes read so far that were not set aside (Defer), and
// returns the reader's error: every count and length read before is then
// known sound. It does nothing to a reader made by NewReader.
func (r *Reader) Check() error {
	r.verify(r.off)
	return r.err
}

// verify checks data[r.checked:to].
func (r *Reader) verify(to int) {
	if r.check == nil || r.err != nil || to <= r.checked {
		return
	}
	if err := r.check(r.checked, to-r.checked); err != nil {
		r.err = fmt.Errorf("%w: %w", ErrCorrupt, err)
		return
	}
	r.checked = to
}

// Err returns the first error met, or nil.
func (r *Reader) Err() error { return r.err }

// Left is the number of bytes not read yet.
func (r *Reader) Left() int { return len(r.data) - r.off }

// Fail records a problem the caller found in what was read (an index out
// of its table), if none was recorded yet.
//
// A checked reader first checks the bytes read so far and the few the
// failed read was looking at: a damaged byte the checksums find is the
// cause, and is reported as such, not as the bad padding or varint it
// made.
func (r *Reader) Fail(format string, args ...any) {
	if r.err != nil {
		return
	}
	if r.check != nil {
		r.verify(min(len(r.data), r.off+binary.MaxVarintLen64))
		if r.err != nil {
			return
		}
	}
	r.err = fmt.Errorf("%w at byte %d: %s", ErrCorrupt, r.off, fmt.Sprintf(format, args...))
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.off:])
	if n <= 0 {
		r.Fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

// Varint reads a signed varint.
func (r *Reader) Varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.data[r.off:])
	if n <= 0 {
		r.Fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

// Int reads a non-negative int no larger than limit.
func (r *Reader) Int(limit int) int {
	v := r.Uvarint()
	if v > uint64(limit) {
		r.Fail("%d is over the limit %d", v, limit)
		return 0
	}
	return int(v)
}

// Count reads a count of elements that each take at least size bytes, and
// fails when the bytes left cannot hold that many.
func (r *Reader) Count(size int) int {
	return r.Int(r.Left() / max(size, 1))
}

// Index reads an int in [0, n), or fails.
func (r *Reader) Index(n int) int {
	v := r.Uvarint()
	if v >= uint64(max(n, 0)) {
		r.Fail("index %d is not below %d", v, n)
		return 0
	}
	return int(v)
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.data) {
		r.Fail("unexpected end")
		return 0
	}
	b := r.data[r.off]
	r.off++
	return b
}

// Bool reads a byte that must be 0 or 1.
func (r *Reader) Bool() bool {
	b := r.Byte()
	if b > 1 {
		r.Fail("bad boolean %d", b)
	}
	return b == 1
}

// Float32 reads a float32.
func (r *Reader) Float32() float32 {
	b := r.take(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

// take returns the next n bytes, or nil after failing.
func (r *Reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > r.Left() {
		r.Fail("%d bytes wanted, %d left", n, r.Left())
		return nil
	}
	b := r.data[r.off : r.off+n : r.off+n]
	if r.deferring {
		r.verify(r.off) // what came before, lengths included
		r.checked = r.off + n
	}
	r.lastOff, r.lastN = r.off, n
	r.off += n
	return b
}

// String reads a string, sharing the data's memory.
func (r *Reader) String() string {
	n := r.Count(1)
	b := r.take(n)
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Strings reads a count, then that many strings.
func (r *Reader) Strings() []string {
	n := r.Count(1)
	if n == 0 || r.err != nil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.String()
	}
	return out
}

// Raw reads n bytes written by Writer.Raw.
func (r *Reader) Raw(n int) []byte { return r.take(n) }

func readFixed[T any](r *Reader) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	n := r.Count(size)
	if r.err != nil {
		return nil
	}
	for r.off%min(size, 8) != 0 {
		if r.Byte() != 0 || r.err != nil {
			r.Fail("bad padding")
			return nil
		}
	}
	// The count was checked before the padding: check it again.
	b := r.take(n * size)
	if r.err != nil || n == 0 {
		return nil
	}
	p := unsafe.Pointer(&b[0])
	if littleEndian && uintptr(p)%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(p), n)
	}
	out := make([]T, n)
	dst := unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), n*size)
	if littleEndian {
		copy(dst, b)
	} else {
		copy(dst, appendSwapped(nil, b, elemWidth[T]()))
	}
	return out
}

// Int32s reads an array of int32, sharing the data's memory where it can.
func (r *Reader) Int32s() []int32 { return readFixed[int32](r) }

// Uint32s reads an array of uint32.
func (r *Reader) Uint32s() []uint32 { return readFixed[uint32](r) }

// Uint16s reads an array of uint16.
func (r *Reader) Uint16s() []uint16 { return readFixed[uint16](r) }

// Uint64s reads an array of uint64.
func (r *Reader) Uint64s() []uint64 { return readFixed[uint64](r) }

// Float32s reads an array of float32.
func (r *Reader) Float32s() []float32 { return readFixed[float32](r) }

// Bytes8 reads an array of bytes.
func (r *Reader) Bytes8() []byte { return readFixed[byte](r) }

// LittleEndian reports the machine's byte order: arrays are stored
// little-endian, and shared without copying only on such machines.
func LittleEndian() bool { return littleEndian }

var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// elemWidth is the width of the numbers making up T, for swapping bytes.
func elemWidth[T any]() int {
	var zero T
	switch any(zero).(type) {
	case uint16:
		return 2
	case int32, uint32, float32:
		return 4
	case uint64:
		return 8
	}
	return 1
}

// appendSwapped appends b with the bytes of each width-byte number
// reversed (for big-endian machines).
func appendSwapped(dst, b []byte, width int) []byte {
	for i := 0; i+width <= len(b); i += width {
		for j := width - 1; j >= 0; j-- {
			dst = append(dst, b[i+j])
		}
	}
	return dst
}

// Offsets checks that a holds n+1 offsets into a table of size entries:
// from 0, never decreasing, ending at size. Tables such as postings are
// slices table[a[i]:a[i+1]].
func Offsets[T int32 | uint32](r *Reader, a []T, n, size int) {
	if r.err != nil {
		return
	}
	if len(a) != n+1 {
		r.Fail("%d offsets, want %d", len(a), n+1)
		return
	}
	if a[0] != 0 || int64(a[n]) != int64(size) {
		r.Fail("offsets span [%d, %d), want [0, %d)", a[0], a[n], size)
		return
	}
	for i := 1; i <= n; i++ {
		if a[i] < a[i-1] {
			r.Fail("offset %d decreases", i)
			return
		}
	}
}

// Indexes checks that every value of a lies in [lo, n).
func Indexes(r *Reader, a []int32, lo int32, n int) {
	if r.err != nil {
		return
	}
	for i, v := range a {
		if v < lo || int64(v) >= int64(n) {
			r.Fail("value %d at %d is outside [%d, %d)", v, i, lo, n)
			return
		}
	}
}
