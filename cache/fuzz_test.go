package cache

import (
	"context"
	"encoding/binary"
	"hash/crc32"
	"os"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// encoded is an organisation and its index as a cache file holds them.
func encoded(t testing.TB, org *model.Org) []byte {
	t.Helper()
	var w wire.Writer
	encodeOrg(&w, org)
	search.New(org).Encode(&w)
	return w.Bytes()
}

// use does with a decoded organisation what dutymap does: walk it, look
// nodes up, and search it in both languages.
func use(org *model.Org, ix *search.Index) {
	for _, n := range org.Nodes() {
		_ = n.Breadcrumb(model.Zh, true)
		_ = org.SourcesOf(n)
		_ = org.Node(n.Path)
	}
	searchAndShow(ix)
}

// searchAndShow runs searches of every kind on ix and reads what a result
// line shows of each result and owner.
func searchAndShow(ix *search.Index) {
	for _, q := range []string{"prices", "set p", "价格", "dj", "prcie", "'a", "d:x y", "who sets prices?"} {
		for _, l := range model.Langs {
			res, err := ix.Search(context.Background(), search.Parse(q), l, 10)
			if err != nil {
				continue
			}
			for _, r := range res.List {
				_ = r.Node.Breadcrumb(l, true) + r.Node.Owner(l.Other())
				for _, p := range r.Places {
					_ = p.Path
				}
			}
			for _, o := range res.Owners(3) {
				_ = o.Name(l)
			}
		}
	}
}

// decodeBody decodes the organisation and index as read does after the
// header and the inputs.
func decodeBody(data []byte) (*model.Org, *search.Index, error) {
	r := wire.NewReader(data)
	org := decodeOrg(r)
	if err := r.Err(); err != nil {
		return nil, nil, err
	}
	ix, err := search.Decode(org, r)
	return org, ix, err
}

// indexPart is what follows the organisation in data, when the
// organisation decodes.
func indexPart(data []byte) ([]byte, bool) {
	r := wire.NewReader(data)
	decodeOrg(r)
	if r.Err() != nil {
		return nil, false
	}
	return data[len(data)-r.Left():], true
}

// tinyOrg is a small organisation with every kind of node and field.
func tinyOrg(t testing.TB) *model.Org {
	t.Helper()
	files := fstest.MapFS{
		"sources.yaml": {Data: []byte("- id: s1\n  title: A source\n")},
		"en/mkt.md":    {Data: []byte("---\nid: mkt\nname: Marketing\naliases: [m]\nsources: [s1]\n---\n\n## Duties {#duties}\n\n- Set prices. {#p}\n  Code: 1.2\n- Plan ads.\n\n### Manager {#manager .position}\n\n- Approve the budget.\n")},
		"zh/mkt.md":    {Data: []byte("---\nid: mkt\nname: 市场部\n---\n\n## 职责 {#duties}\n\n- 定价。 {#p}\n- 策划广告。\n\n### 经理 {#manager .position}\n\n- 审批预算。\n")},
		"en/both.md":   {Data: []byte("---\nid: both\nname: Both\nkind: topic\nconcerns: [mkt]\n---\n\n## Points {#points}\n\n- A point.\n")},
	}
	org, err := content.Load(content.Layer{Name: "tiny", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// FuzzDecode feeds any bytes to the decoder of the organisation and its
// index, the part of a cache file past its checksum: a hostile file can
// carry a valid checksum. It must give an error, or an organisation that
// can be walked and searched; never a panic.
func FuzzDecode(f *testing.F) {
	// Small seeds: the fuzzer mutates and minimises faster, and these
	// hold every kind of table (both languages, sections, positions, a
	// topic, places, aliases, sources).
	f.Add(encoded(f, tinyOrg(f)))
	f.Add(encoded(f, synth.Generate(4, 2)))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if org, ix, err := decodeBody(data); err == nil {
			use(org, ix)
		}
		// The index alone, as `dutymap search` reads it: checked as it is
		// read, every block's checksum holding (a hostile file reseals them).
		if index, ok := indexPart(data); ok {
			pass := func(off, n int) error { return nil }
			if ix, err := search.DecodeAlone(wire.NewCheckedReader(index, pass)); err == nil {
				searchAndShow(ix)
			}
		}
		// And as a large organisation is decoded: on several goroutines.
		was := parallelDecode
		parallelDecode = 1
		defer func() { parallelDecode = was }()
		if org, ix, err := decodeBody(data); err == nil {
			use(org, ix)
		}
	})
}

// TestHostileLengths writes the largest varint over each field of a
// valid encoding in turn (a corrupt length, count or index), with the
// checksum made right again, and reads the file back: each read fails or
// gives a usable organisation, and none allocates more than a small
// multiple of the file's size.
func TestHostileLengths(t *testing.T) {
	org := synth.Generate(60, 3)
	body := encoded(t, org)
	huge := binary.AppendUvarint(nil, 1<<62)
	step := max(1, len(body)/3000)
	inParallel(t)
	for at := 0; at+len(huge) <= len(body); at += step {
		bad := append([]byte(nil), body...)
		copy(bad[at:], huge)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		o, ix, err := decodeBody(bad)
		runtime.ReadMemStats(&after)
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 64*uint64(len(bad))+1<<20 {
			t.Fatalf("a huge value at byte %d: %d bytes allocated for a %d-byte file", at, grew, len(bad))
		}
		if err == nil {
			use(o, ix)
		}
	}
}

// partAt is where part i of a cache file lies: its offset and length.
func partAt(data []byte, i int) (at, n int) {
	at = headerSize
	for k := range i + 1 {
		n = int(binary.LittleEndian.Uint64(data[len(magic)+8+16*k+8:]))
		if k < i {
			at += n
		}
	}
	return at, n
}

// reseal makes every checksum of a cache file right again: the parts',
// and the index's blocks'.
func reseal(data []byte) {
	at, n := partAt(data, partIndex)
	index := data[at : at+n]
	if len(index) >= 8 {
		size := int(binary.LittleEndian.Uint64(index[len(index)-8:]))
		sums := align8(size)
		for k := 0; k*indexBlock < size && sums+4*k+4 <= len(index)-8; k++ {
			block := index[k*indexBlock : min((k+1)*indexBlock, size)]
			binary.LittleEndian.PutUint32(index[sums+4*k:], crc32.Checksum(block, crcTable))
		}
	}
	for i := range numParts {
		at, n := partAt(data, i)
		part := data[at : at+n]
		if i == partIndex && len(part) >= 8 {
			if size := binary.LittleEndian.Uint64(part[len(part)-8:]); size <= uint64(len(part)) {
				part = part[size:] // the index's own checksum covers its block checksums
			}
		}
		binary.LittleEndian.PutUint32(data[len(magic)+8+16*i:], crc32.Checksum(part, crcTable))
	}
}

// TestHostileFileWithValidChecksum: a whole cache file whose payload was
// tampered with and whose checksum was made right again is rebuilt, not
// trusted into a crash.
func TestHostileFileWithValidChecksum(t *testing.T) {
	dir := folder(t, 200)
	s := store(t)
	layers := []content.Layer{content.Dir(dir)}
	file := warm(t, s, layers...)
	good, _ := os.ReadFile(file)
	n := len(good) - headerSize
	for at := 0; at < n; at += max(1, n/300) {
		bad := append([]byte(nil), good...)
		bad[headerSize+at] ^= 0xFF
		reseal(bad)
		if err := os.WriteFile(file, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		ld := open(t, s, layers...)
		if ld.Status == Hit {
			use(ld.Org, ld.Index) // a change the checks cannot see (a letter of a title) is harmless
		}
		alone, err := s.OpenIndex(layers)
		if err != nil {
			t.Fatal(err)
		}
		if alone.Status == Hit {
			use(&model.Org{}, alone.Index)
		}
	}
}

// inParallel makes the test decode documents on several goroutines
// whatever their number of nodes (on two cores at least), as a large
// organisation is decoded.
func inParallel(t *testing.T) {
	was, procs := parallelDecode, runtime.GOMAXPROCS(max(runtime.GOMAXPROCS(0), 2))
	parallelDecode = 1
	t.Cleanup(func() { parallelDecode = was; runtime.GOMAXPROCS(procs) })
}

// TestDecodedOnEveryCoreIsTheSame: documents decoded on several
// goroutines make the same organisation, node for node and in the same
// order, as decoded on one; a document whose frame is wrong (a node
// count, a length, a byte of a node) is an error, not a tree.
func TestDecodedOnEveryCoreIsTheSame(t *testing.T) {
	org := synth.Generate(3000, 2)
	var w wire.Writer
	encodeOrg(&w, org)
	body := w.Bytes()
	serial := decodeOrg(wire.NewReader(body))
	if serial == nil {
		t.Fatal("not decoded")
	}
	inParallel(t)
	r := wire.NewReader(body)
	parallel := decodeOrg(r)
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if r.Left() != 0 {
		t.Fatalf("%d bytes left", r.Left())
	}
	if a, b := flatten(org), flatten(parallel); !slices.Equal(a, b) {
		t.Fatalf("decoded on every core: %d nodes, differing from the organisation encoded (%d)", len(b), len(a))
	}
	if a, b := flatten(serial), flatten(parallel); !slices.Equal(a, b) {
		t.Fatal("decoded on one core and on every core differ")
	}
	// The frame of the fifth document (its node count, then its length),
	// found by decoding the tables before it as decodeOrg does.
	r = wire.NewReader(body)
	readOrgHead(r)
	r.Uvarint()
	r.Uvarint()
	for range 4 {
		r.Uvarint()
		r.Raw(r.Count(1))
	}
	at := len(body) - r.Left()
	nodes, n := binary.Uvarint(body[at:])
	for _, c := range []struct {
		name string
		bad  func([]byte) []byte
	}{
		{"one node more", func(b []byte) []byte { return put(b, at, n, nodes+1) }},
		{"one node fewer", func(b []byte) []byte { return put(b, at, n, nodes-1) }},
		{"a node moved to the next document's count", func(b []byte) []byte {
			size, m := binary.Uvarint(b[at+n:])
			next := at + n + m + int(size)
			nextNodes, k := binary.Uvarint(b[next:])
			b = put(b, next, k, nextNodes+1)
			return put(b, at, n, nodes-1)
		}},
		{"a length one byte short", func(b []byte) []byte {
			size, m := binary.Uvarint(b[at+n:])
			return put(b, at+n, m, size-1)
		}},
		{"a node's kind", func(b []byte) []byte {
			_, m := binary.Uvarint(b[at+n:])
			b[at+n+m+1] = 9 // after the node's flags (one byte), its kind
			return b
		}},
	} {
		bad := c.bad(slices.Clone(body))
		for _, from := range []int{1, len(org.Nodes()) + 1} { // on every core, on one
			parallelDecode = from
			r := wire.NewReader(bad)
			if o := decodeOrg(r); o != nil || r.Err() == nil {
				t.Errorf("%s, decoding from %d nodes on every core: decoded without an error", c.name, from)
			}
		}
	}
}

// put writes v as a uvarint in place of the n bytes at at.
func put(b []byte, at, n int, v uint64) []byte {
	return slices.Concat(b[:at], binary.AppendUvarint(nil, v), b[at+n:])
}
