package cache

import (
	"crypto/sha256"
	_ "embed"
	"errors"
	"io/fs"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model/search"
)

//go:generate go run ./internal/genbuiltin

// builtinIndex is the built-in organisation with its search index, both
// languages built, as `go generate ./cache` wrote it: the format version,
// the SHA-256 of the embedded content files it was made from, then the
// organisation and index as a cache file holds them. With it, `dutymap
// search` on the built-in content neither analyses a word nor loads the
// Chinese dictionary (about 25 and 40–70 ms), and the explorer has its
// index at once. TestBuiltinIndexIsCurrent fails when it is stale.
//
//go:embed builtin.dmc
var builtinIndex []byte

// errStaleBuiltin: the prebuilt index was made from other content or in
// another format (go generate ./cache was not run after a change).
var errStaleBuiltin = errors.New("the prebuilt index of the built-in content is stale: run go generate ./cache")

// openBuiltin decodes the prebuilt organisation and index (a fresh one
// each time: callers may change what they get). It checks that they were
// made from the embedded content as it is (a hash of its files: about a
// millisecond), so a build whose content changed without go generate loads
// the files instead of showing old text.
func openBuiltin() (*Loaded, error) {
	r := wire.NewReader(builtinIndex)
	if v := r.Uvarint(); v != FormatVersion {
		return nil, errStaleBuiltin
	}
	var sum [sha256.Size]byte
	copy(sum[:], r.Raw(sha256.Size))
	if r.Err() != nil || sum != contentHash(content.Builtin()) {
		return nil, errStaleBuiltin
	}
	org := decodeOrg(r)
	if err := r.Err(); err != nil {
		return nil, err
	}
	ix, err := search.Decode(org, r)
	if err != nil {
		return nil, err
	}
	return &Loaded{Org: org, Index: ix, Status: Hit}, nil
}

// contentHash is the SHA-256 of a layer's files (Inputs), names and
// contents, in order.
func contentHash(l content.Layer) [sha256.Size]byte {
	h := sha256.New()
	for _, name := range content.Inputs(l) {
		data, err := fs.ReadFile(l.FS, name)
		if err != nil {
			return [sha256.Size]byte{}
		}
		var n [8]byte
		for i := range n {
			n[i] = byte(len(data) >> (8 * i))
		}
		h.Write([]byte(name + "\x00"))
		h.Write(n[:])
		h.Write(data)
	}
	return [sha256.Size]byte(h.Sum(nil))
}

// EncodeBuiltin loads the built-in content, builds its index and returns
// the encoding builtin.dmc holds: what `go generate ./cache` writes.
func EncodeBuiltin() ([]byte, error) {
	l := content.Builtin()
	org, err := content.Load(l)
	if err != nil {
		return nil, err
	}
	var w wire.Writer
	w.Uvarint(FormatVersion)
	sum := contentHash(l)
	w.Raw(sum[:])
	encodeOrg(&w, org)
	search.New(org).Encode(&w)
	return w.Bytes(), nil
}

// builtinOnly reports whether layers are the built-in content alone.
func builtinOnly(layers []content.Layer) bool {
	return len(layers) == 1 && layers[0].IsBuiltin()
}
