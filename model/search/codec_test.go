package search

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// codecQueries cover every part of the index: words, stems, synonyms,
// open words, Chinese words and bigrams, pinyin, codes, units' whole
// names and aliases, exact terms, departments, typos (the letters
// fallback) and no match at all.
var codecQueries = []string{
	"prices", "set prices", "who sets product prices?", "pric", "plan adv", "制定价格", "谁负责定价？", "价格",
	"dingjia", "dj", "3.2", "marketing department", "市场部", "mkt", "'Market", "d:marketing study", "prcie", "mrkt", "zzqx", "campaigns market",
}

func roundTrip(t testing.TB, org *model.Org) *Index {
	t.Helper()
	var w wire.Writer
	New(org).Encode(&w)
	ix, err := Decode(org, wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// describe is what a user sees of results: texts, places, positions,
// scores, kinds of match, and the owners.
func describe(res *Results) string {
	s := fmt.Sprintf("matches %d missing %v none %v\n", res.Matches, res.Missing, res.NoMention)
	for _, r := range res.List {
		s += fmt.Sprintf("%s %d %.4f %v %v %v\n", r.Node.Path, len(r.Places), r.Score, r.Positions, r.Lang, r.Match)
	}
	for _, o := range res.Owners(5) {
		s += fmt.Sprintf("owner %s %d %.4f %s\n", o.Name(model.En), o.Duties, o.Score, o.Proof.Node.Path)
	}
	return s
}

// TestDecodedIndexSearchesAlike: an index read back from its encoding
// answers every kind of query exactly as the index it was written from.
func TestDecodedIndexSearchesAlike(t *testing.T) {
	// A position named by an alias: a query naming it names its owner
	// whether the index was built or read alone.
	named := testOrg()
	manager := named.Node("marketing/positions/manager")
	manager.Role = model.RolePosition
	manager.Edit().Aliases = [model.NumLangs][]string{{"brand lead"}, {"品牌主管"}}
	for name, org := range map[string]*model.Org{"small": testOrg(), "named": named, "synth": synth.Generate(3000, 5)} {
		built, decoded := New(org), roundTrip(t, org)
		for _, q := range codecQueries {
			for _, l := range model.Langs {
				for _, limit := range []int{0, 20} {
					a, err1 := built.Search(context.Background(), Parse(q), l, limit)
					b, err2 := decoded.Search(context.Background(), Parse(q), l, limit)
					if err1 != nil || err2 != nil {
						t.Fatal(err1, err2)
					}
					if da, db := describe(a), describe(b); da != db {
						t.Errorf("%s %q %v limit %d:\nbuilt:\n%s\ndecoded:\n%s", name, q, l, limit, da, db)
					}
				}
			}
		}
	}
}

// searchStride: a damage test decodes every damaged copy, and searches
// one decoded copy in searchStride (a prime, so every byte of a number and
// every field is met in turn), since searching costs two hundred times
// decoding; FuzzDecodeDamage searches at any byte.
const searchStride = 13

// TestDecodeRejectsDamage: every truncation and a byte flipped at any
// place give an error or an index that still answers without panicking;
// an index that points outside its tables is refused.
func TestDecodeRejectsDamage(t *testing.T) {
	t.Parallel() // reads only what it builds; the slowest tests share the two cores
	org := testOrg()
	var w wire.Writer
	New(org).Encode(&w)
	data := w.Bytes()
	for n := range len(data) {
		if _, err := Decode(org, wire.NewReader(data[:n])); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	for i := range len(data) {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0xA5
		ix, err := Decode(org, wire.NewReader(bad))
		if err != nil {
			if !errors.Is(err, wire.ErrCorrupt) {
				t.Fatalf("byte %d: %v does not wrap ErrCorrupt", i, err)
			}
			continue
		}
		if i%searchStride == 0 {
			for _, q := range codecQueries {
				_, _ = ix.Search(context.Background(), Parse(q), model.En, 10)
			}
		}
	}
	if !reflect.DeepEqual(data, w.Bytes()) {
		t.Fatal("decoding changed the data")
	}
}

// TestDecodeLazy: an index decoded on first use answers as the built one;
// when its encoding cannot be read or is corrupt, it is built instead,
// and still answers the same. Nothing is read before the first search.
func TestDecodeLazy(t *testing.T) {
	org := synth.Generate(2000, 6)
	var w wire.Writer
	New(org).Encode(&w)
	good := w.Bytes()
	bad := append([]byte(nil), good...)
	bad[len(bad)/2] ^= 0xFF
	want := New(org)
	for name, open := range map[string]func() (*wire.Reader, error){
		"sound":   func() (*wire.Reader, error) { return wire.NewReader(good), nil },
		"corrupt": func() (*wire.Reader, error) { return wire.NewReader(bad[:len(bad)-1]), nil },
		"failed":  func() (*wire.Reader, error) { return nil, errors.New("checksum mismatch") },
	} {
		opened := false
		var doneErr error
		ix := DecodeLazy(org, func() (*wire.Reader, error) { opened = true; return open() }, func(err error) { doneErr = err })
		if opened {
			t.Fatalf("%s: read before the first search", name)
		}
		for _, q := range codecQueries {
			for _, l := range model.Langs {
				a, _ := want.Search(context.Background(), Parse(q), l, 20)
				b, err := ix.Search(context.Background(), Parse(q), l, 20)
				if err != nil {
					t.Fatal(err)
				}
				if describe(a) != describe(b) {
					t.Errorf("%s %q %v:\nbuilt:\n%s\nlazy:\n%s", name, q, l, describe(a), describe(b))
				}
			}
		}
		if !opened || (doneErr == nil) != (name == "sound") {
			t.Fatalf("%s: read %v, done with %v", name, opened, doneErr)
		}
	}
}

// TestDecodeListChecksWordStarts: a word start at or past the end of its
// text is refused (the matcher reads the byte there); one inside is kept.
func TestDecodeListChecksWordStarts(t *testing.T) {
	for start, ok := range map[uint16]bool{0: true, 3: true, 4: false, 9: false} {
		l := list{buf: "abcd", off: []uint32{0, 4}, starts: []uint16{start}, at: []int32{0, 1},
			mask: []mask{{}}, pen: []uint8{0}, tier: []uint8{0}, first: []int32{0, 1}, places: []int32{0}}
		var w wire.Writer
		l.encode(&w)
		r := wire.NewReader(w.Bytes())
		_, err := parseList(r, model.En, nil).decode(1, nil)
		if r.Err() != nil || (err == nil) != ok {
			t.Errorf("word start %d in a 4-byte text: error %v, %v", start, r.Err(), err)
		}
	}
}

// describeAlone is describe with what a result line and an owner line
// print of each node: its path, the titles above it in both languages,
// its document, the position holding it, and its places.
func describeAlone(res *Results) string {
	s := describe(res) + fmt.Sprintf("common %q unknown %q\n", res.Common, res.UnknownDepts)
	for _, r := range res.List {
		n := r.Node
		s += fmt.Sprintf("%s|%s|%s|%s|%v|%v|", n.Path, n.ID, n.Breadcrumb(model.En, true), n.Breadcrumb(model.Zh, true), n.Kind, n.Root().Title)
		for p := n.Parent; p != nil; p = p.Parent {
			s += string(p.Role) + ","
		}
		for _, p := range r.Places {
			s += " " + p.Path
		}
		s += "\n"
	}
	for _, o := range res.Owners(0) {
		s += fmt.Sprintf("owner %s %s %s %s %v %d %d\n", o.Name(model.En), o.Name(model.Zh), o.Node().Path, o.Department.ID,
			o.Proof.Node.Title, o.Duties, o.Mentions)
	}
	return s
}

// TestIndexAloneSearchesAlike: an index read back without its organisation
// (DecodeAlone) answers every kind of query as the index it was written
// from, and its results name the same nodes: paths, titles above them,
// departments, positions, places, owners.
func TestIndexAloneSearchesAlike(t *testing.T) {
	t.Parallel() // reads only what it builds; the slowest tests share the two cores
	// A position named by an alias: a query naming it names its owner
	// whether the index was built or read alone.
	named := testOrg()
	manager := named.Node("marketing/positions/manager")
	manager.Role = model.RolePosition
	manager.Edit().Aliases = [model.NumLangs][]string{{"brand lead"}, {"品牌主管"}}
	for name, org := range map[string]*model.Org{"small": testOrg(), "named": named, "synth": synth.Generate(3000, 5)} {
		built := New(org)
		var w wire.Writer
		built.Encode(&w)
		alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		var da, db []string
		for i, d := range built.Departments() {
			da, db = append(da, d.ID+d.Title.In(model.En)), append(db, alone.Departments()[i].ID+alone.Departments()[i].Title.In(model.En))
		}
		if !slices.Equal(da, db) {
			t.Errorf("%s: departments %q, alone %q", name, da, db)
		}
		for _, q := range append(codecQueries, "d:sales prices", "d:销售 价格", "'Set prices",
			"who is the brand lead", "what does the brand lead approve", "品牌主管负责什么", "who manages marketing", "谁负责市场",
			"who", "谁负责", "who is the", "1.1.2", "S.1.2", "d:nosuch price", "d:mkt d:nosuch 价格", "approve prices", "who approves prices") {
			for _, l := range model.Langs {
				for _, limit := range []int{0, 20} {
					a, err1 := built.Search(context.Background(), Parse(q), l, limit)
					b, err2 := alone.Search(context.Background(), Parse(q), l, limit)
					if err1 != nil || err2 != nil {
						t.Fatal(err1, err2)
					}
					if da, db := describeAlone(a), describeAlone(b); da != db {
						t.Errorf("%s %q %v limit %d:\nbuilt:\n%s\nalone:\n%s", name, q, l, limit, da, db)
					}
				}
			}
		}
	}
}

// searchDamaged asks a damaged index every codec query and prints what a
// result line would: it must not panic.
func searchDamaged(ix *Index) {
	for _, q := range codecQueries {
		res, _ := ix.Search(context.Background(), Parse(q), model.En, 10)
		if res != nil {
			describeAlone(res)
		}
	}
}

// FuzzDecodeDamage: a byte of the built-in index's encoding changed at any
// place, by any bits, read with or without its organisation, gives an
// error wrapping ErrCorrupt or an index that answers without panicking.
func FuzzDecodeDamage(f *testing.F) {
	org := testOrg()
	var w wire.Writer
	New(org).Encode(&w)
	data := w.Bytes()
	f.Add(uint32(0), byte(0xA5), false)
	f.Add(uint32(len(data)/2), byte(0x01), true)
	f.Fuzz(func(t *testing.T, at uint32, xor byte, alone bool) {
		bad := append([]byte(nil), data...)
		bad[int(at)%len(bad)] ^= xor
		var ix *Index
		var err error
		if alone {
			ix, err = DecodeAlone(wire.NewReader(bad))
		} else {
			ix, err = Decode(org, wire.NewReader(bad))
		}
		if err != nil {
			if !errors.Is(err, wire.ErrCorrupt) {
				t.Fatalf("byte %d ^ %#x: %v does not wrap ErrCorrupt", int(at)%len(bad), xor, err)
			}
			return
		}
		searchDamaged(ix)
	})
}

// TestDecodeAloneRejectsDamage: DecodeAlone refuses every truncation, and
// a byte flipped anywhere gives an error wrapping ErrCorrupt or an index
// that answers without panicking.
func TestDecodeAloneRejectsDamage(t *testing.T) {
	t.Parallel() // reads only what it builds; the slowest tests share the two cores
	org := testOrg()
	var w wire.Writer
	New(org).Encode(&w)
	data := w.Bytes()
	for n := range len(data) {
		if _, err := DecodeAlone(wire.NewReader(data[:n])); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	for i := range len(data) {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0xA5
		ix, err := DecodeAlone(wire.NewReader(bad))
		if err != nil {
			if !errors.Is(err, wire.ErrCorrupt) {
				t.Fatalf("byte %d: %v does not wrap ErrCorrupt", i, err)
			}
			continue
		}
		if i%searchStride == 0 {
			searchDamaged(ix)
		}
	}
}

// TestIndexAloneChecksWhatItUses: an index read by a checked reader
// (DecodeAlone with wire.NewCheckedReader, as the cache reads it) checks
// every byte a search reads before using it, the tables set aside
// included (postings, title tokens, titles, groups, letters): with a
// byte-exact check, a byte damaged anywhere is refused on reading, or
// reported by Err once a search read it, or changes no answer at all.
func TestIndexAloneChecksWhatItUses(t *testing.T) {
	t.Parallel() // reads only what it builds; the slowest tests share the two cores
	var w wire.Writer
	New(synth.Generate(60, 3)).Encode(&w)
	good := w.Bytes()
	answers := func(ix *Index) string {
		var s string
		for _, q := range codecQueries {
			for _, l := range model.Langs {
				res, err := ix.Search(context.Background(), Parse(q), l, 10)
				if err != nil {
					t.Fatal(err)
				}
				s += describeAlone(res)
				for _, r := range res.List {
					s += fmt.Sprintln(r.Node.Path, r.Score, r.Positions, r.Match, r.Lang)
				}
			}
		}
		return s
	}
	sound, err := DecodeAlone(wire.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	want := answers(sound)
	var refused, reported, unread int
	step := len(good)/500 | 1 // odd: every byte of a number in turn
	for i := 0; i < len(good); i += step {
		bad := append([]byte(nil), good...)
		bad[i] ^= 0x5A
		check := func(off, n int) error {
			if !bytes.Equal(bad[off:off+n], good[off:off+n]) {
				return errors.New("damaged")
			}
			return nil
		}
		ix, err := DecodeAlone(wire.NewCheckedReader(bad, check))
		switch {
		case err != nil:
			refused++
			continue
		case ix.Err() != nil:
			t.Fatalf("byte %d: damage reported before any search: %v", i, ix.Err())
		}
		got := answers(ix)
		switch {
		case ix.Err() != nil:
			reported++
		case got != want:
			t.Fatalf("byte %d damaged: the answers changed and nothing noticed:\n%s\nsound:\n%s", i, got, want)
		default:
			unread++
		}
	}
	t.Logf("%d bytes damaged: %d refused on reading, %d reported once read, %d never read", refused+reported+unread, refused, reported, unread)
	if reported == 0 || unread == 0 {
		t.Fatal("want damage found as the index is used, and damage in what no search reads left alone")
	}
}

// TestUnderWalksEachSubtree: the walk forward from a node while under
// holds visits exactly the nodes beneath it, in an index made from an
// organisation and in one read back alone (nodes in document order).
func TestUnderWalksEachSubtree(t *testing.T) {
	org := synth.Generate(300, 2)
	var w wire.Writer
	New(org).Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{"made": New(org), "read alone": alone} {
		nn := int32(len(ix.parent))
		for n := range nn {
			walked := 0
			for d := n + 1; ix.under(d, n); d++ {
				walked++
			}
			beneath := 0
			for d := range nn {
				for p := ix.parent[d]; p >= 0; p = ix.parent[p] {
					if p == n {
						beneath++
						break
					}
				}
			}
			if walked != beneath {
				t.Fatalf("%s: node %d: the walk visits %d nodes, %d are beneath it", name, n, walked, beneath)
			}
		}
	}
}

// TestCheckTreeFindsEveryFault: checkTree's one tight pass refuses a
// table exactly where the case-by-case checks (nodeFault, node by node)
// first find a fault, with the same reason, over random small tables of
// every kind of fault: unknown kinds and roles, parents after their
// child, below -1, documents under a node or other nodes at the top,
// nodes under a leaf, nesting too deep, empty ids.
func TestCheckTreeFindsEveryFault(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 6))
	first := func(tab *nodeTable, nn int, lazy bool) (int32, string) {
		depth := make([]uint8, nn)
		for i := range int32(nn) {
			if why := tab.nodeFault(i, depth, lazy); why != "" {
				return i, why
			}
			if p := tab.parent[i]; p >= 0 {
				depth[i] = depth[p] + 1
			}
		}
		return -1, ""
	}
	faults := map[string]int{}
	for range 20000 {
		nn := 1 + rng.IntN(80)
		tab := &nodeTable{roles: []string{"", "position"}, kind: make([]byte, nn), role: make([]byte, nn), parent: make([]int32, nn), idAt: make([]uint32, nn+1)}
		for i := range nn {
			// Mostly sound: a document, or a node under an earlier non-leaf
			// (often the one just before it, for deep chains).
			tab.kind[i], tab.parent[i] = byte(model.KindDepartment), -1
			if i > 0 && rng.IntN(4) > 0 {
				p := i - 1
				if rng.IntN(3) == 0 {
					p = rng.IntN(i)
				}
				if model.Kind(tab.kind[p]).IsLeaf() {
					p = int(tab.parent[p])
				}
				if p >= 0 {
					tab.parent[i], tab.kind[i] = int32(p), byte(model.KindSection)
					if rng.IntN(3) == 0 {
						tab.kind[i] = byte(model.KindDuty)
					}
				}
			}
			tab.idAt[i+1] = tab.idAt[i] + 1
			if rng.IntN(nn*3) == 0 { // one fault now and then
				switch rng.IntN(6) {
				case 0:
					tab.kind[i] = byte(rng.IntN(256))
				case 1:
					tab.role[i] = byte(rng.IntN(4))
				case 2:
					tab.parent[i] = int32(rng.IntN(2*nn+2) - nn - 1)
				case 3:
					tab.kind[i] = byte(rng.IntN(int(model.KindPoint) + 1))
				case 4:
					tab.idAt[i+1] = tab.idAt[i]
				case 5:
					if i > 0 {
						tab.parent[i], tab.kind[i] = int32(i-1), byte(model.KindSection)
					}
				}
			}
		}
		if nn > maxTableDepth && rng.IntN(10) == 0 { // a chain too deep
			for i := 1; i < nn; i++ {
				tab.parent[i], tab.kind[i] = int32(i-1), byte(model.KindSection)
			}
		}
		for _, lazy := range []bool{false, true} {
			wi, wwhy := first(tab, nn, lazy)
			gi, gwhy := tab.checkTree(nn, lazy)
			if gi != wi || gwhy != wwhy {
				t.Fatalf("kinds %v parents %v roles %v (lazy %v): checkTree says node %d %q, the checks node %d %q",
					tab.kind, tab.parent, tab.role, lazy, gi, gwhy, wi, wwhy)
			}
			faults[strings.Fields(wwhy + " sound")[0]]++
		}
	}
	t.Logf("tables by first fault: %v", faults)
	for _, f := range []string{"sound", "unknown", "role", "parent", "a", "under", "nested", "an"} {
		if faults[f] == 0 {
			t.Errorf("no table with the fault %q was tried", f)
		}
	}
}
