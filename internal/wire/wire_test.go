package wire

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

func write(w *Writer) {
	w.Uvarint(300)
	w.Varint(-5)
	w.Byte(7)
	w.Bool(true)
	w.Float32(1.5)
	w.String("héllo")
	w.Strings([]string{"a", "", "ccc"})
	w.Int32s([]int32{-1, 0, math.MaxInt32})
	w.Uint16s([]uint16{1, 2, 3})
	w.Uint32s(make([]uint32, streamBuffer)) // larger than a stream's buffer
	w.Uint64s([]uint64{1 << 60})
	w.Float32s([]float32{0.25})
	w.Bytes8([]byte("xyz"))
}

// TestRoundTrip: what a Writer writes, a Reader reads back, value for
// value, and a stream Writer writes the same bytes as a buffered one.
func TestRoundTrip(t *testing.T) {
	var w Writer
	write(&w)
	var streamed bytes.Buffer
	sw := NewStreamWriter(&streamed)
	write(sw)
	if err := sw.Flush(); err != nil || !bytes.Equal(streamed.Bytes(), w.Bytes()) || sw.Len() != w.Len() {
		t.Fatalf("stream: %v, %d bytes, want %d", err, streamed.Len(), len(w.Bytes()))
	}
	r := NewReader(w.Bytes())
	if r.Uvarint() != 300 || r.Varint() != -5 || r.Byte() != 7 || !r.Bool() || r.Float32() != 1.5 || r.String() != "héllo" {
		t.Fatal("scalars")
	}
	if got := r.Strings(); !slices.Equal(got, []string{"a", "", "ccc"}) {
		t.Fatalf("strings %q", got)
	}
	if !slices.Equal(r.Int32s(), []int32{-1, 0, math.MaxInt32}) || !slices.Equal(r.Uint16s(), []uint16{1, 2, 3}) {
		t.Fatal("int32s, uint16s")
	}
	if u := r.Uint32s(); len(u) != streamBuffer {
		t.Fatalf("uint32s: %d", len(u))
	}
	if !slices.Equal(r.Uint64s(), []uint64{1 << 60}) || !slices.Equal(r.Float32s(), []float32{0.25}) || string(r.Bytes8()) != "xyz" {
		t.Fatal("uint64s, float32s, bytes")
	}
	if r.Err() != nil || r.Left() != 0 {
		t.Fatalf("err %v, %d left", r.Err(), r.Left())
	}
}

// TestStreamHoldsOneBuffer: a stream Writer passes its bytes on as its
// buffer fills, whatever writes them (a cache file is millions of small
// values), so it never holds more than about one buffer.
func TestStreamHoldsOneBuffer(t *testing.T) {
	writes := map[string]func(*Writer){
		"Uvarint": func(w *Writer) { w.Uvarint(1 << 40) },
		"Varint":  func(w *Writer) { w.Varint(-1 << 40) },
		"Byte":    func(w *Writer) { w.Byte(1) },
		"Bool":    func(w *Writer) { w.Bool(true) },
		"Float32": func(w *Writer) { w.Float32(1) },
		"Raw":     func(w *Writer) { w.Raw([]byte("raw bytes")) },
		"String":  func(w *Writer) { w.String("a string") },
	}
	for name, write := range writes {
		var sink bytes.Buffer
		w := NewStreamWriter(&sink)
		most := 0
		for range 2 * streamBuffer { // at least a byte each
			write(w)
			most = max(most, len(w.buf))
		}
		if most > streamBuffer+streamSlack || sink.Len() == 0 {
			t.Errorf("%s: the buffer held up to %d bytes, %d passed on", name, most, sink.Len())
		}
	}
	var sink bytes.Buffer
	w := NewStreamWriter(&sink)
	w.Byte(1)
	w.Raw(make([]byte, 2*streamBuffer))
	if len(w.buf) != 0 || sink.Len() != 1+2*streamBuffer {
		t.Errorf("a large Raw: %d bytes buffered, %d passed on", len(w.buf), sink.Len())
	}
	// A large string, as a buffered Writer writes it.
	long := strings.Repeat("long", streamBuffer/2)
	sink.Reset()
	w = NewStreamWriter(&sink)
	w.String(long)
	var buffered Writer
	buffered.String(long)
	if len(w.buf) != 0 || !bytes.Equal(sink.Bytes(), buffered.Bytes()) {
		t.Errorf("a large String: %d bytes buffered, %d passed on, want %d", len(w.buf), sink.Len(), len(buffered.Bytes()))
	}
	if got := NewReader(sink.Bytes()).String(); got != long {
		t.Errorf("a large String read back as %d bytes", len(got))
	}
}

// TestCorruptLengths: a count larger than the bytes left, a truncated
// value, and values outside their tables are errors wrapping ErrCorrupt,
// and every read after the first error returns zero values.
func TestCorruptLengths(t *testing.T) {
	var w Writer
	w.Uvarint(1 << 40) // a count no file holds
	r := NewReader(w.Bytes())
	if s := r.Strings(); s != nil || !errors.Is(r.Err(), ErrCorrupt) {
		t.Fatalf("huge count: %v %v", s, r.Err())
	}
	if r.Uvarint() != 0 || r.String() != "" || r.Int32s() != nil {
		t.Fatal("reads after an error must return zero values")
	}
	var full Writer
	full.Int32s([]int32{1, 2, 3})
	for n := range len(full.Bytes()) {
		r := NewReader(full.Bytes()[:n])
		if r.Int32s(); r.Err() == nil {
			t.Fatalf("truncated to %d bytes: no error", n)
		}
	}
	for _, c := range []struct {
		offs []int32
		n    int
		size int
	}{{[]int32{1, 2}, 1, 2}, {[]int32{0, 3, 2}, 2, 2}, {[]int32{0, 2}, 1, 3}, {[]int32{0}, 1, 0}} {
		r := NewReader(nil)
		if Offsets(r, c.offs, c.n, c.size); r.Err() == nil {
			t.Errorf("offsets %v of %d in %d: no error", c.offs, c.n, c.size)
		}
	}
	r = NewReader(nil)
	if Indexes(r, []int32{0, 5}, 0, 5); r.Err() == nil {
		t.Error("index 5 of 5: no error")
	}
	r = NewReader(nil)
	if Indexes(r, []int32{-1, 4}, -1, 5); r.Err() != nil {
		t.Errorf("-1 allowed: %v", r.Err())
	}
}

// TestCheckedReaderChecksAllButWhatIsSetAside: a checked reader checks
// every byte it read (lengths, padding, values) except the arrays read
// while Defer was on, whose span LastSpan gives; a check that fails
// fails the reader with ErrCorrupt.
func TestCheckedReaderChecksAllButWhatIsSetAside(t *testing.T) {
	var w Writer
	w.String("head")
	w.Int32s([]int32{1, 2, 3, 4})
	w.Int(7)
	w.Uint64s([]uint64{9})
	data := w.Bytes()
	checked := make([]bool, len(data))
	r := NewCheckedReader(data, func(off, n int) error {
		for i := off; i < off+n; i++ {
			checked[i] = true
		}
		return nil
	})
	_ = r.String()
	r.Defer(true)
	big := r.Int32s()
	off, n := r.LastSpan()
	r.Defer(false)
	r.Int(10)
	r.Uint64s()
	if err := r.Check(); err != nil || len(big) != 4 || n != 16 {
		t.Fatalf("err %v, array %v, span %d+%d", err, big, off, n)
	}
	for i, ok := range checked {
		if aside := i >= off && i < off+n; ok == aside {
			t.Errorf("byte %d: checked %v, set aside %v", i, ok, aside)
		}
	}
	bad := NewCheckedReader(data, func(off, n int) error { return errors.New("no") })
	_ = bad.String()
	if err := bad.Check(); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("a failed check: %v", err)
	}
}

// TestUint32sMade: an array made a chunk at a time is written byte for
// byte as the whole array is, after anything (its count and alignment),
// by a buffered Writer and by a stream, whose buffer stays bounded.
func TestUint32sMade(t *testing.T) {
	for _, n := range []int{0, 1, 5, 16<<10 - 1, 16 << 10, 16<<10 + 1, 3*streamBuffer/4 + 7} {
		a := make([]uint32, n)
		for i := range a {
			a[i] = uint32(i)*2654435761 + 1
		}
		fill := func(dst []uint32, from int) { copy(dst, a[from:]) }
		for _, lead := range []int{0, 1, 3} {
			var whole, made Writer
			whole.Raw(make([]byte, lead))
			made.Raw(make([]byte, lead))
			whole.Uint32s(a)
			made.Uint32sMade(n, fill)
			if !bytes.Equal(whole.Bytes(), made.Bytes()) {
				t.Fatalf("n %d after %d bytes: made a chunk at a time, the bytes differ", n, lead)
			}
			var sink bytes.Buffer
			w := NewStreamWriter(&sink)
			w.Raw(make([]byte, lead))
			w.Uint32sMade(n, fill)
			if len(w.buf) > streamBuffer+streamSlack {
				t.Fatalf("n %d: the stream's buffer held %d bytes", n, len(w.buf))
			}
			if err := w.Flush(); err != nil || !bytes.Equal(sink.Bytes(), whole.Bytes()) {
				t.Fatalf("n %d after %d bytes: streamed, the bytes differ (%v)", n, lead, err)
			}
		}
	}
}
