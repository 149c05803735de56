package search

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// The terms that begin a duty (leadsDuty: which of a query's words are
// verbs) are stored in the encoding as the index works them out, and an
// index read without its organisation takes them as stored: it reads and
// checks no duty's title tokens for them (working them out read the first
// word of every duty, 4 ms of a warm search at 100,000 duties).
func TestLeadingTermsStored(t *testing.T) {
	org := synth.Generate(6000, 2)
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	data := w.Bytes()
	var checked []byteSpan
	alone, err := DecodeAlone(wire.NewCheckedReader(data, func(off, n int) error {
		checked = append(checked, byteSpan{off, n})
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range model.Langs {
		want := built.wordsOf(l).leadingTerms(built)
		if !slices.ContainsFunc(want, func(b uint64) bool { return b != 0 }) {
			t.Fatalf("%v: no term begins a duty", l)
		}
		words := alone.wordsOf(l)
		checked = checked[:0]
		if got := words.leadingTerms(alone); !slices.Equal(got, want) {
			t.Errorf("%v: the stored leading terms differ from those worked out", l)
		}
		seq := words.lazy.raw.seqSp
		for _, c := range checked {
			if c.off < seq.off+seq.n && seq.off < c.off+c.n {
				t.Fatalf("%v: reading the leading terms checked %v of the title tokens %v", l, c, seq)
			}
		}
	}
	if alone.Err() != nil {
		t.Fatal(alone.Err())
	}
}

// A stored set of leading terms that names a term past the dictionary is
// damage: the index is refused (a checksum that holds does not make it
// sound).
func TestLeadingTermsPastTheTermsRefused(t *testing.T) {
	org := synth.Generate(600, 1)
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	data := slices.Clone(w.Bytes())
	en := built.wordsOf(model.En)
	nt := len(en.vocab)
	lead := en.leadingTerms(built)
	if nt%64 == 0 {
		t.Skipf("%d terms fill the last word of the set", nt)
	}
	raw := make([]byte, 8*len(lead))
	for i, b := range lead {
		binary.LittleEndian.PutUint64(raw[8*i:], b)
	}
	at := bytes.Index(data, raw)
	if at < 0 || bytes.Contains(data[at+1:], raw) {
		t.Fatal("the English leading terms are not in the encoding once")
	}
	last := at + 8*(len(lead)-1)
	binary.LittleEndian.PutUint64(data[last:], lead[len(lead)-1]|1<<63)
	if _, err := DecodeAlone(wire.NewReader(data)); !errors.Is(err, wire.ErrCorrupt) {
		t.Errorf("a leading term past the %d terms: %v, want a corrupt encoding", nt, err)
	}
}
