package cache

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/gcstart"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// folder writes a generated organisation of n duties, both languages, as
// a content folder.
func folder(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	if err := synth.WriteDir(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	return dir
}

func store(t testing.TB) Store { return Store{Dir: t.TempDir(), Program: "test"} }

func open(t testing.TB, s Store, layers ...content.Layer) *Loaded {
	t.Helper()
	ld, err := s.Open(layers)
	if err != nil {
		t.Fatal(err)
	}
	return ld
}

// warm opens the layers once (a miss), saves, and returns the file.
func warm(t testing.TB, s Store, layers ...content.Layer) string {
	t.Helper()
	ld := open(t, s, layers...)
	if ld.Status != Miss {
		t.Fatalf("first open: %v, want a miss", ld.Status)
	}
	if err := ld.Save(); err != nil {
		t.Fatal(err)
	}
	return s.FileFor(layers)
}

func wantStatus(t testing.TB, ld *Loaded, want Status, reason string) {
	t.Helper()
	if ld.Status != want || !strings.Contains(ld.Reason, reason) {
		t.Fatalf("status %v (%q), want %v (%q)", ld.Status, ld.Reason, want, reason)
	}
}

// flatten lists every node with every field a user can see, parents by
// path, so that two organisations compare by value.
func flatten(org *model.Org) []string {
	var out []string
	for _, n := range org.Nodes() {
		parent := ""
		if n.Parent != nil {
			parent = n.Parent.Path
		}
		c := *n
		var d model.Details
		if n.Details != nil {
			d = *n.Details
		}
		c.Parent, c.Children, c.Details = nil, nil, nil
		d.RACI, d.Links, d.Overlap = nil, nil, nil
		out = append(out, fmt.Sprintf("%#v %#v parent=%s kids=%d %s", c, d, parent, len(n.Children), lines(n)))
	}
	for _, s := range org.Sources {
		out = append(out, fmt.Sprintf("%#v", *s))
	}
	for _, g := range org.Groups {
		out = append(out, fmt.Sprintf("%#v", *g))
	}
	return append(out, fmt.Sprint(org.Tags, len(org.Departments), len(org.Topics), len(org.Relations)))
}

// lines describes a node's RACI, hand-off and Overlaps lines by value:
// the references as written, where, and the paths of what they name.
func lines(n *model.Node) string {
	paths := func(ns []*model.Node) []string {
		out := make([]string, len(ns))
		for i, x := range ns {
			if x != nil {
				out[i] = x.Path
			}
		}
		return out
	}
	s := ""
	if r := n.RACI(); r != nil {
		for role := range model.NumRACIRoles {
			s += fmt.Sprintf(" raci%d=%q@%v,%v%v", role, r.Refs[role], r.At[role], r.Twin[role], paths(r.Units[role]))
		}
		s += fmt.Sprintf(" zhkeys=%08b", r.ZhKeys)
	}
	if l := n.Links(); l != nil {
		for k := range model.NumLinks {
			s += fmt.Sprintf(" link%d=%q@%v,%v%v%v", k, l.Refs[k], l.At[k], l.Twin[k], paths(l.Nodes[k]), l.Named[k])
		}
		s += fmt.Sprintf(" linkzhkeys=%08b", l.ZhKeys)
	}
	if o := n.Overlap(); o != nil {
		s += fmt.Sprintf(" overlap=%q@%v%v", o.Refs, o.At, paths(o.Duties))
	}
	return s
}

var queries = []string{"prices", "set prices", "plan adv", "制定价格", "dingjia", "prcie", "zzqx", "d:north supervise"}

func searchAll(t testing.TB, ix *search.Index) string {
	t.Helper()
	var b strings.Builder
	for _, q := range queries {
		for _, l := range model.Langs {
			res, err := ix.Search(context.Background(), search.Parse(q), l, 20)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%q %v %d %v\n", q, l, res.Matches, res.Missing)
			for _, r := range res.List {
				fmt.Fprintf(&b, "  %s %d %.4f %v %v\n", r.Node.Path, len(r.Places), r.Score, r.Positions, r.Match)
			}
			for _, o := range res.Owners(3) {
				fmt.Fprintf(&b, "  owner %s %d\n", o.Name(l), o.Duties)
			}
		}
	}
	return b.String()
}

// TestHitIsTheSameOrganisation: what the cache gives back is the
// organisation the files give, node for node and field for field, and
// its index finds the same results.
func TestHitIsTheSameOrganisation(t *testing.T) {
	dir := folder(t, 3000)
	s := store(t)
	layers := []content.Layer{content.Builtin(), content.Dir(dir)}
	warm(t, s, layers...)
	hit := open(t, s, layers...)
	wantStatus(t, hit, Hit, "")
	// The pages of the file given back (as the explorer does when idle),
	// what the organisation and index read from it in place is read
	// again from the file.
	hit.GiveBack()
	fresh, err := content.Load(layers...)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := flatten(fresh), flatten(hit.Org); !slices.Equal(a, b) {
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("node %d differs:\nfiles: %s\ncache: %s", i, a[i], b[i])
			}
		}
		t.Fatalf("%d nodes from the files, %d from the cache", len(a), len(b))
	}
	if a, b := searchAll(t, search.New(fresh)), searchAll(t, hit.Index); a != b {
		t.Fatalf("searches differ:\nfiles:\n%s\ncache:\n%s", a, b)
	}
	for _, n := range fresh.Nodes() {
		if got := hit.Org.Node(n.Path); got == nil || got.Path != n.Path {
			t.Fatalf("Node(%q) = %v", n.Path, got)
		}
	}
}

// TestRebuiltWhenStaleOrCorrupt: every way the cache can stop describing
// the content, or stop being a sound file, is noticed, and the content
// is loaded from the files and the cache written anew.
func TestRebuiltWhenStaleOrCorrupt(t *testing.T) {
	type change struct {
		name   string
		do     func(t *testing.T, dir, file string, s *Store)
		reason string
	}
	md := func(dir string) string {
		files, _ := filepath.Glob(filepath.Join(dir, "en", "*.md"))
		return files[0]
	}
	changes := []change{
		{"a byte flipped", func(t *testing.T, dir, file string, s *Store) {
			data, _ := os.ReadFile(file)
			at, n := partAt(data, partOrg)
			data[at+n/2] ^= 1 // in the organisation
			os.WriteFile(file, data, 0o600)
		}, "checksum"},
		{"truncated", func(t *testing.T, dir, file string, s *Store) {
			data, _ := os.ReadFile(file)
			os.WriteFile(file, data[:len(data)-100], 0o600)
		}, "truncated"},
		{"longer than written", func(t *testing.T, dir, file string, s *Store) {
			// Sparse: 3 GB that take no room. Refused from the header,
			// before the size is mapped or read (under a limit on the
			// address space, reading it was a fatal out-of-memory).
			if err := os.Truncate(file, 3<<30); err != nil {
				t.Skip("no sparse file here:", err)
			}
		}, "longer than written"},
		{"not a cache file", func(t *testing.T, dir, file string, s *Store) {
			os.WriteFile(file, []byte("hello"), 0o600)
		}, "not a cache file"},
		{"a file changed", func(t *testing.T, dir, file string, s *Store) {
			f := md(dir)
			data, _ := os.ReadFile(f)
			i := strings.LastIndex(string(data), "- ")
			os.WriteFile(f, append(data[:i:i], "- Count the new widgets.\n"...), 0o644)
		}, "changed"},
		{"a file changed within the same size and time", func(t *testing.T, dir, file string, s *Store) {
			f := md(dir)
			info, _ := os.Stat(f)
			data, _ := os.ReadFile(f)
			i := strings.LastIndex(string(data), "- ") + 2
			data[i] = 'Z'
			os.WriteFile(f, data, 0o644)
			os.Chtimes(f, info.ModTime(), info.ModTime()) // the cache was written within 2 s of it: hashed again
		}, "changed"},
		{"a file added", func(t *testing.T, dir, file string, s *Store) {
			os.WriteFile(filepath.Join(dir, "en", "extra.md"), []byte("---\nid: extra\nname: Extra department\n---\n\n## Duties {#duties}\n\n- Do extra work.\n"), 0o644)
		}, "added or removed"},
		{"a file removed", func(t *testing.T, dir, file string, s *Store) {
			f := md(dir)
			os.Remove(f)
			os.Remove(filepath.Join(dir, "zh", filepath.Base(f)))
		}, "added or removed"},
		{"the format version changed", func(t *testing.T, dir, file string, s *Store) {
			s.Version = FormatVersion + 1
		}, "format version"},
		{"another build", func(t *testing.T, dir, file string, s *Store) {
			s.Program = "another"
		}, "another build"},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			dir := folder(t, 600)
			s := store(t)
			file := warm(t, s, content.Dir(dir))
			c.do(t, dir, file, &s)
			ld := open(t, s, content.Dir(dir))
			wantStatus(t, ld, Miss, c.reason)
			fresh, err := content.Load(content.Dir(dir))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(flatten(fresh), flatten(ld.Org)) {
				t.Fatal("a miss did not load the files as they are now")
			}
			if err := ld.Save(); err != nil {
				t.Fatal(err)
			}
			again := open(t, s, content.Dir(dir))
			wantStatus(t, again, Hit, "")
			if !slices.Equal(flatten(fresh), flatten(again.Org)) {
				t.Fatal("the rebuilt cache does not hold the files as they are now")
			}
		})
	}
}

// TestFolderChangesAreSeen: in a content folder whose files and folders
// are old, a cache is used without listing the files again (its folders
// are unchanged), and a file added, removed or renamed anywhere, an empty
// folder given a file, or a new folder beside the language folders, is
// still seen: a miss that loads the files as they are now.
func TestFolderChangesAreSeen(t *testing.T) {
	extra := []byte("---\nid: extra\nname: Extra department\n---\n\n## Duties {#duties}\n\n- Do extra work.\n")
	changes := map[string]func(dir string){
		"a file added": func(dir string) { os.WriteFile(filepath.Join(dir, "en", "extra.md"), extra, 0o644) },
		"a file added to an empty folder": func(dir string) {
			os.WriteFile(filepath.Join(dir, "en", "more", "deeper", "extra.md"), extra, 0o644)
		},
		"a file removed": func(dir string) {
			files, _ := filepath.Glob(filepath.Join(dir, "zh", "*.md"))
			os.Remove(files[0])
		},
		"a file renamed": func(dir string) {
			files, _ := filepath.Glob(filepath.Join(dir, "en", "*.md"))
			os.Rename(files[0], filepath.Join(dir, "en", "renamed.md"))
		},
		"a folder of content added": func(dir string) {
			os.MkdirAll(filepath.Join(dir, "en", "new"), 0o755)
			os.WriteFile(filepath.Join(dir, "en", "new", "extra.md"), extra, 0o644)
		},
		// .md in any case is content (tryout5 defect 5).
		"a .MD file added": func(dir string) { os.WriteFile(filepath.Join(dir, "en", "extra.MD"), extra, 0o644) },
		"a .MD file edited": func(dir string) {
			os.WriteFile(filepath.Join(dir, "en", "extra.MD"), bytes.Replace(extra, []byte("extra work"), []byte("other work"), 1), 0o644)
		},
		"a .markdown file renamed to .md": func(dir string) {
			os.Rename(filepath.Join(dir, "en", "extra.markdown"), filepath.Join(dir, "en", "extra.md"))
		},
		"a sources file added": func(dir string) {
			os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte("- id: s9\n  title: A source\n"), 0o644)
		},
		"the first file of a language folder that was empty": func(dir string) {
			os.WriteFile(filepath.Join(dir, "zh", "extra.md"), []byte("---\nid: extra\nname: 额外部\n---\n\n## 职责 {#duties}\n\n- 做额外的工作。\n"), 0o644)
		},
		"the first file beneath an empty language folder": func(dir string) {
			os.WriteFile(filepath.Join(dir, "zh", "later", "extra.md"), []byte("---\nid: extra\nname: 额外部\n---\n\n## 职责 {#duties}\n\n- 做额外的工作。\n"), 0o644)
		},
	}
	// What a change needs to find before the cache is written.
	before := map[string]func(dir string){
		"a .MD file edited":                                  func(dir string) { os.WriteFile(filepath.Join(dir, "en", "extra.MD"), extra, 0o644) },
		"a .markdown file renamed to .md":                    func(dir string) { os.WriteFile(filepath.Join(dir, "en", "extra.markdown"), extra, 0o644) },
		"the first file of a language folder that was empty": emptyZh,
		"the first file beneath an empty language folder": func(dir string) {
			emptyZh(dir)
			os.MkdirAll(filepath.Join(dir, "zh", "later"), 0o755)
		},
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			dir := folder(t, 300)
			os.MkdirAll(filepath.Join(dir, "en", "more", "deeper"), 0o755)
			if prepare := before[name]; prepare != nil {
				prepare(dir)
			}
			old := time.Now().Add(-time.Hour)
			filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, old, old) })
			s := store(t)
			warm(t, s, content.Dir(dir))
			ld := open(t, s, content.Dir(dir))
			wantStatus(t, ld, Hit, "")
			if dirs := readDirsOf(t, s.FileFor([]content.Layer{content.Dir(dir)})); !slices.Contains(dirs, "en/more/deeper") || !slices.Contains(dirs, ".") {
				t.Fatalf("folders recorded: %q", dirs)
			}
			change(dir)
			ld = open(t, s, content.Dir(dir))
			if ld.Status != Miss {
				t.Fatalf("after %s: %v", name, ld.Status)
			}
			fresh, err := content.Load(content.Dir(dir))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(flatten(fresh), flatten(ld.Org)) {
				t.Fatal("a miss did not load the files as they are now")
			}
		})
	}
}

// What the loader passes over is not the content's: an Emacs lock link
// (.#x.md, to nowhere) or a macOS ._x.md appearing beside the files keeps
// the cache, and so do changes inside a hidden folder, which is not
// recorded.
func TestLeftoversKeepTheCache(t *testing.T) {
	dir := folder(t, 50)
	os.MkdirAll(filepath.Join(dir, "en", ".git", "objects"), 0o755)
	old := time.Now().Add(-time.Hour)
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, old, old) })
	s := store(t)
	warm(t, s, content.Dir(dir))
	for _, d := range readDirsOf(t, s.FileFor([]content.Layer{content.Dir(dir)})) {
		if strings.Contains(d, ".git") {
			t.Errorf("a hidden folder is recorded: %s", d)
		}
	}
	if err := os.Symlink("ana@host.4242:1700000000", filepath.Join(dir, "en", ".#x.md")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "en", "._x.md"), []byte("\x00\x05\x16\x07Mac OS X\xff"), 0o644)
	os.WriteFile(filepath.Join(dir, "en", ".git", "objects", "ab"), []byte("x"), 0o644)
	wantStatus(t, open(t, s, content.Dir(dir)), Hit, "")
}

// emptyZh removes the Chinese files of a content folder, keeping the
// folder: a content folder whose translation is to come.
func emptyZh(dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "zh", "*.md"))
	for _, f := range files {
		os.Remove(f)
	}
}

// readDirsOf is the folders a cache file records.
func readDirsOf(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	at, n := partAt(data, partMeta)
	r := wire.NewReader(data[at : at+n])
	_, _, _ = r.String(), r.Varint(), r.Strings()
	readInputs(r, 1)
	var out []string
	for _, d := range readDirs(r, 1) {
		out = append(out, d.name)
	}
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	return out
}

// TestOldUnchangedFilesAreNotRead: a file whose size and time match,
// written well before the cache, is taken as unchanged without reading it
// (so a hit costs a stat per file); one changed since is noticed by its
// time even when its size is the same.
func TestOldUnchangedFilesAreNotRead(t *testing.T) {
	dir := folder(t, 600)
	old := time.Now().Add(-time.Hour)
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	for _, f := range files {
		os.Chtimes(f, old, old)
	}
	s := store(t)
	warm(t, s, content.Dir(dir))
	// Unreadable now, but unchanged by size and time: not read.
	os.Chmod(files[0], 0)
	if os.Getuid() != 0 { // root reads anything
		wantStatus(t, open(t, s, content.Dir(dir)), Hit, "")
	}
	os.Chmod(files[0], 0o644)
	data, _ := os.ReadFile(files[0])
	data[len(data)-3] ^= 0x20 // same size
	os.WriteFile(files[0], data, 0o644)
	wantStatus(t, open(t, s, content.Dir(dir)), Miss, "changed")
}

// TestSaveIsAtomic: the cache is written under a temporary name and
// renamed; nothing else is left in the folder, and temporary files a
// killed writer left are cleared once old.
func TestSaveIsAtomic(t *testing.T) {
	dir := folder(t, 300)
	s := store(t)
	leftover := filepath.Join(s.Dir, "x.dmc.123.tmp")
	os.WriteFile(leftover, []byte("half"), 0o600)
	hourAgo := time.Now().Add(-2 * time.Hour)
	os.Chtimes(leftover, hourAgo, hourAgo)
	file := warm(t, s, content.Dir(dir))
	entries, _ := os.ReadDir(s.Dir)
	if len(entries) != 1 || entries[0].Name() != filepath.Base(file) {
		t.Fatalf("cache folder holds %v, want only %s", entries, filepath.Base(file))
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || len(list[0].Layers) != 1 || list[0].Layers[0] != mustAbs(t, dir) {
		t.Fatalf("List: %+v %v", list, err)
	}
	freed, err := s.Clear()
	if err != nil || freed != list[0].Size {
		t.Fatalf("Clear freed %d (%v), want %d", freed, err, list[0].Size)
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatalf("after Clear: %v", list)
	}
}

func mustAbs(t *testing.T, dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestDisabled: without a folder, Open loads the files and Save writes
// nothing.
func TestDisabled(t *testing.T) {
	dir := folder(t, 100)
	ld := open(t, Store{}, content.Dir(dir))
	wantStatus(t, ld, Disabled, "")
	if ld.Org == nil || ld.Index == nil || ld.Save() != nil {
		t.Fatal("a disabled cache must still load")
	}
}

// TestContentProblemsAreReported: invalid content is content.Load's error,
// cached or not, and no cache file is written for it.
func TestContentProblemsAreReported(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "en"), 0o755)
	os.WriteFile(filepath.Join(dir, "en", "bad.md"), []byte("no front matter\n"), 0o644)
	s := store(t)
	if _, err := s.Open([]content.Layer{content.Dir(dir)}); err == nil || !strings.Contains(err.Error(), "front matter") {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(s.Dir); len(entries) != 0 {
		t.Fatalf("cache written for bad content: %v", entries)
	}
}

// TestCorruptIndexIsBuiltAndDropped: the search index part is checked when
// first used; damaged, it is built from the organisation instead (the same
// results), and the cache file is removed, so the next run writes a sound
// one.
func TestCorruptIndexIsBuiltAndDropped(t *testing.T) {
	dir := folder(t, 600)
	s := store(t)
	file := warm(t, s, content.Dir(dir))
	data, _ := os.ReadFile(file)
	data[len(data)-200] ^= 0x40 // in the index
	os.WriteFile(file, data, 0o600)
	ld := open(t, s, content.Dir(dir))
	wantStatus(t, ld, Hit, "") // the organisation is sound
	fresh, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if a, b := searchAll(t, search.New(fresh)), searchAll(t, ld.Index); a != b {
		t.Fatalf("searches differ:\nfiles:\n%s\ncache:\n%s", a, b)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("the cache file with a damaged index is still there: %v", err)
	}
	wantStatus(t, open(t, s, content.Dir(dir)), Miss, "no cache file")
}

// searchLines is what dutymap search prints of each result and owner:
// the path, the titles above it, its department, the position holding it
// and its places, in both languages; with the scores and the runes that
// matched (--json).
func searchLines(t testing.TB, ix *search.Index) string {
	t.Helper()
	var b strings.Builder
	for _, q := range append(queries, "d:north-pricing prices", "'Plan") {
		for _, l := range model.Langs {
			res, err := ix.Search(context.Background(), search.Parse(q), l, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res.List {
				fmt.Fprintf(&b, "%s %s | %s | %s | %g %v |", r.Node.Path, r.Node.Breadcrumb(l, true), r.Node.Root().Title, r.Node.Owner(l.Other()), r.Score, r.Positions)
				for p := r.Node.Parent; p != nil; p = p.Parent {
					fmt.Fprintf(&b, " %s", p.Role)
				}
				for _, p := range r.Places {
					fmt.Fprintf(&b, " %s", p.Path)
				}
				b.WriteByte('\n')
			}
			for _, o := range res.Owners(0) {
				fmt.Fprintf(&b, "owner %s %s %s %s %d %d %s %g\n", o.Name(l), o.Node().Path, o.Department.ID, o.Department.Title, o.Duties, o.Mentions, o.Proof.Node.Path, o.Score)
			}
		}
	}
	return b.String()
}

// TestIndexAloneFromTheCache: OpenIndex on a current cache reads the index
// alone (no organisation) and answers as the whole cache's index does,
// down to the titles above each result and the owners; the content's
// languages and tags come with it. On a cold cache it loads the files, as
// Open does; a damaged index part is a miss.
func TestIndexAloneFromTheCache(t *testing.T) {
	dir := folder(t, 600)
	s := store(t)
	layers := []content.Layer{content.Dir(dir)}
	cold, err := s.OpenIndex(layers)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, cold, Miss, "no cache file")
	if cold.Org == nil {
		t.Fatal("a miss gave no organisation")
	}
	if err := cold.Save(); err != nil {
		t.Fatal(err)
	}
	whole := open(t, s, layers...)
	alone, err := s.OpenIndex(layers)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, alone, Hit, "")
	if alone.Org != nil {
		t.Fatal("OpenIndex made the organisation on a hit")
	}
	if a, b := searchLines(t, whole.Index), searchLines(t, alone.Index); a != b {
		t.Fatalf("searches differ:\nwhole:\n%s\nalone:\n%s", a, b)
	}
	for _, l := range model.Langs {
		if alone.Tag(l) != whole.Org.Tag(l) || alone.HasLang(l) != whole.Org.HasLang(l) {
			t.Errorf("%v: tag %q, has %v; the organisation's: %q, %v", l, alone.Tag(l), alone.HasLang(l), whole.Org.Tag(l), whole.Org.HasLang(l))
		}
	}
	file := s.FileFor(layers)
	data, _ := os.ReadFile(file)
	data[len(data)-200] ^= 0x40 // in the index
	os.WriteFile(file, data, 0o600)
	damaged, err := s.OpenIndex(layers)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, damaged, Miss, "checksum mismatch in the index")
	if damaged.Org == nil || searchLines(t, damaged.Index) != searchLines(t, whole.Index) {
		t.Fatal("a damaged index part did not load the files")
	}
}

// TestDamagedIndexFoundWhenUsed: OpenIndex checks the index's blocks as a
// search reads them, so a byte damaged in the index is found when a
// search first reads its block, not before: then Damaged says so, and
// Reload answers from the files as a miss whose reason is the damage,
// dropping the file. A damaged byte no search reads changes no answer;
// CheckIndex finds every one. Every block of the index is damaged in turn
// (one in five).
func TestDamagedIndexFoundWhenUsed(t *testing.T) {
	dir := folder(t, 1500)
	s := store(t)
	layers := []content.Layer{content.Dir(dir)}
	file := warm(t, s, layers...)
	good, _ := os.ReadFile(file)
	sound := searchLines(t, open(t, s, layers...).Index)
	at, n := partAt(good, partIndex)
	size := int(binary.LittleEndian.Uint64(good[at+n-8:]))
	var atOpen, whenUsed, unused int
	for k := 0; k*indexBlock < size; k += 5 {
		bad := append([]byte(nil), good...)
		bad[at+k*indexBlock+min(indexBlock, size-k*indexBlock)/2] ^= 0x21
		if err := os.WriteFile(file, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		ld, err := s.OpenIndex(layers)
		if err != nil {
			t.Fatal(err)
		}
		if ld.Status == Miss {
			wantStatus(t, ld, Miss, "checksum mismatch in the index")
			atOpen++
			continue
		}
		// An answer that cannot be held back checks the whole index
		// first: every damaged block is found before anything is read.
		whole, err := s.OpenIndex(layers)
		if err != nil {
			t.Fatal(err)
		}
		if err := whole.CheckIndex(); err == nil || whole.Damaged() == nil {
			t.Fatalf("block %d damaged: CheckIndex found nothing", k)
		}
		got := searchLines(t, ld.Index)
		if ld.Damaged() == nil {
			if got != sound {
				t.Fatalf("block %d damaged: the searches changed and nothing noticed:\n%s\nsound:\n%s", k, got, sound)
			}
			unused++
			continue
		}
		whenUsed++
		if err := ld.Reload(); err != nil {
			t.Fatal(err)
		}
		wantStatus(t, ld, Miss, "checksum mismatch in the index")
		if ld.Org == nil || searchLines(t, ld.Index) != sound {
			t.Fatalf("block %d damaged: the reload did not answer from the files", k)
		}
		if _, err := os.Stat(file); !os.IsNotExist(err) {
			t.Fatalf("block %d damaged: the file is still there (%v)", k, err)
		}
	}
	t.Logf("%d blocks damaged: %d found on opening, %d when a search read them, %d never read", atOpen+whenUsed+unused, atOpen, whenUsed, unused)
	if whenUsed == 0 || unused == 0 {
		t.Fatalf("found on opening %d, when used %d, never read %d: want the index checked as it is used", atOpen, whenUsed, unused)
	}
}

// TestListSaysWhatEachFileIs: List names every file: the folders of a
// cache file of this format or the previous one, and what any other file
// is (another format, not a cache file, one being written), never a row
// of empty names.
func TestListSaysWhatEachFileIs(t *testing.T) {
	dir := folder(t, 100)
	s := store(t)
	file := warm(t, s, content.Dir(dir))
	good, _ := os.ReadFile(file)
	// Format 2 had a header of 40 bytes and the same description after it.
	old := append([]byte(magic), 2, 0, 0, 0)
	old = append(old, make([]byte, 40-len(old))...)
	old = append(old, good[headerSize:]...)
	other := append([]byte(magic), FormatVersion+1, 0, 0, 0) // a newer program's
	other = append(other, good[len(other):]...)
	damaged := append([]byte(nil), good[:headerSize]...)
	damaged = append(damaged, 0, 2, 0, 0, 0) // a program, a time, two empty layer keys
	truncated := good[:len(good)-100]
	flipped := append([]byte(nil), good...)
	flipped[headerSize+3] ^= 1 // in the description: the program's name
	for name, data := range map[string][]byte{"old.dmc": old, "other.dmc": other, "junk.dmc": []byte("hello"),
		"damaged.dmc": damaged, "x.dmc.1.tmp": []byte("half"), "truncated.dmc": truncated,
		"flipped.dmc": flipped, "header.dmc": good[:headerSize-1]} {
		if err := os.WriteFile(filepath.Join(s.Dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		filepath.Base(file): mustAbs(t, dir), "old.dmc": mustAbs(t, dir),
		"other.dmc":     fmt.Sprintf("cache format %d, of another dutymap version", FormatVersion+1),
		"junk.dmc":      "not a cache file",
		"damaged.dmc":   "a damaged cache file",
		"truncated.dmc": "a damaged cache file (cut short",
		"flipped.dmc":   "a damaged cache file (its description does not match",
		"header.dmc":    "a damaged cache file (cut short",
		"x.dmc.1.tmp":   "being written",
	}
	for _, e := range list {
		got := strings.Join(e.Layers, " + ") + e.Problem
		if w, ok := want[filepath.Base(e.File)]; !ok || !strings.HasPrefix(got, w) || e.Gone {
			t.Errorf("%s: %q (gone %v), want %q", filepath.Base(e.File), got, e.Gone, w)
		}
		delete(want, filepath.Base(e.File))
	}
	if len(want) != 0 {
		t.Errorf("not listed: %v", want)
	}
}

// TestFilesOfRemovedFoldersArePruned: the cache file of a folder that was
// removed is marked gone and removed by Prune, and by the next Save of any
// folder; the files of folders still there stay.
func TestFilesOfRemovedFoldersArePruned(t *testing.T) {
	s := store(t)
	kept, gone, later := folder(t, 50), folder(t, 50), folder(t, 50)
	keptFile, goneFile := warm(t, s, content.Dir(kept)), warm(t, s, content.Dir(gone))
	os.RemoveAll(gone)
	list, _ := s.List()
	for _, e := range list {
		if e.Gone != (e.File == goneFile) {
			t.Errorf("%s: gone %v", e.File, e.Gone)
		}
	}
	removed, err := s.Prune()
	if err != nil || len(removed) != 1 || removed[0].File != goneFile {
		t.Fatalf("Prune removed %+v (%v), want %s", removed, err, goneFile)
	}
	if _, err := os.Stat(goneFile); !os.IsNotExist(err) {
		t.Fatalf("the pruned file is still there: %v", err)
	}
	if _, err := os.Stat(keptFile); err != nil {
		t.Fatalf("the file of a folder still there went: %v", err)
	}
	// Saving prunes too.
	again := folder(t, 50)
	goneFile = warm(t, s, content.Dir(again))
	os.RemoveAll(again)
	warm(t, s, content.Dir(later))
	if _, err := os.Stat(goneFile); !os.IsNotExist(err) {
		t.Fatalf("Save left the file of a removed folder: %v", err)
	}
}

// TestHoldGC: with HoldGC set, a hit leaves garbage collection paused
// until the channel is closed (the explorer's first frame), then resumes
// it as it was; a miss resumes it at once.
func TestHoldGC(t *testing.T) {
	dir := folder(t, 200)
	s := store(t)
	layers := []content.Layer{content.Dir(dir)}
	// percent reads the collector's setting (by setting it, then back).
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	was := percent()
	hold := make(chan struct{})
	s.HoldGC = hold
	ld := open(t, s, layers...)
	wantStatus(t, ld, Miss, "")
	if p := percent(); p != was {
		t.Fatalf("after a miss: GC percent %d, want %d at once", p, was)
	}
	if err := ld.Save(); err != nil {
		t.Fatal(err)
	}
	ld = open(t, s, layers...)
	wantStatus(t, ld, Hit, "")
	if p := percent(); p != -1 {
		t.Fatalf("after a hit, before the frame: GC percent %d, want -1 (paused)", p)
	}
	close(hold)
	for percent() == -1 { // resumed by a goroutine once hold is closed; a hang is the failure
		runtime.Gosched()
	}
	if p := percent(); p != was {
		t.Fatalf("after the frame: GC percent %d, want %d", p, was)
	}
}

// TestReloadKeepsANewerFile: a damaged cache file is removed when it is
// found, unless another process has renamed a sound one into its place
// since: that one stays, and the next run uses it.
func TestReloadKeepsANewerFile(t *testing.T) {
	dir := folder(t, 300)
	s := store(t)
	layers := []content.Layer{content.Dir(dir)}
	file := warm(t, s, layers...)
	good, _ := os.ReadFile(file)
	at, n := partAt(good, partIndex)
	// A byte opening does not read (a block of postings or titles): the
	// first from a third of the index on.
	var bad []byte
	for off := n / 3; bad == nil && off < n; off += indexBlock {
		bad = append([]byte(nil), good...)
		bad[at+off] ^= 0x21
		os.WriteFile(file, bad, 0o600)
		if ld, err := s.OpenIndex(layers); err != nil || ld.Status != Hit {
			bad = nil
		}
	}
	for _, replaced := range []bool{false, true} {
		if err := os.WriteFile(file, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		ld, err := s.OpenIndex(layers)
		if err != nil || ld.Status != Hit {
			t.Fatalf("opening: %v %v %s", err, ld.Status, ld.Reason)
		}
		if ld.CheckIndex() == nil {
			t.Fatal("the damage was not found")
		}
		if replaced {
			tmp := file + ".new"
			os.WriteFile(tmp, good, 0o600)
			if err := os.Rename(tmp, file); err != nil {
				t.Fatal(err)
			}
		}
		if err := ld.Reload(); err != nil {
			t.Fatal(err)
		}
		_, err = os.Stat(file)
		if replaced && err != nil {
			t.Fatalf("the sound file written since was removed: %v", err)
		}
		if !replaced && !os.IsNotExist(err) {
			t.Fatalf("the damaged file is still there: %v", err)
		}
	}
	wantStatus(t, open(t, s, layers...), Hit, "")
}

// TestTouchedFilesAreRestamped: files touched without a change (a checkout,
// a copy) are read once to find them the same; Save then records their new
// times, and the folders', keeping the organisation and the index as they
// were, so that the next run looks at the times alone and answers alike.
func TestTouchedFilesAreRestamped(t *testing.T) {
	dir := folder(t, 300)
	layers := []content.Layer{content.Dir(dir)}
	hourAgo := time.Now().Add(-time.Hour)
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, hourAgo, hourAgo) })
	s := store(t)
	file := warm(t, s, layers...)
	before, _ := os.ReadFile(file)
	sound := searchLines(t, open(t, s, layers...).Index)

	touched := time.Now().Add(-time.Minute)
	os.MkdirAll(filepath.Join(dir, "en", "later"), 0o755)
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, touched, touched) })
	for _, openWith := range []func([]content.Layer) (*Loaded, error){s.OpenIndex, s.Open} {
		ld, err := openWith(layers)
		if err != nil {
			t.Fatal(err)
		}
		wantStatus(t, ld, Hit, "")
		if err := ld.Save(); err != nil {
			t.Fatal(err)
		}
	}
	after, _ := os.ReadFile(file)
	if bytes.Equal(after, before) {
		t.Fatal("the cache file was not rewritten")
	}
	for _, part := range []int{partOrg, partIndex} {
		a, n := partAt(before, part)
		b, m := partAt(after, part)
		if !bytes.Equal(before[a:a+n], after[b:b+m]) || (a-b)%8 != 0 {
			t.Fatalf("part %d changed or moved out of its alignment (%d → %d)", part, a, b)
		}
	}
	// Recorded now: every file's new time, and the new folder.
	at, n := partAt(after, partMeta)
	r := wire.NewReader(after[at : at+n])
	_, _, _ = r.String(), r.Varint(), r.Strings()
	for _, in := range readInputs(r, 1) {
		info, err := os.Stat(filepath.Join(dir, in.name))
		if err != nil || in.mtime != info.ModTime().UnixNano() {
			t.Fatalf("%s: recorded %d, now %v", in.name, in.mtime, info.ModTime())
		}
	}
	if dirs := readDirsOf(t, file); !slices.Contains(dirs, "en/later") {
		t.Fatalf("folders recorded: %q", dirs)
	}
	ld := open(t, s, layers...)
	wantStatus(t, ld, Hit, "")
	if ld.restamp != nil {
		t.Fatal("the next run still found the times out of date")
	}
	if got := searchLines(t, ld.Index); got != sound {
		t.Fatal("the restamped cache answers differently")
	}
	// A change after the restamp is still seen.
	files, _ := filepath.Glob(filepath.Join(dir, "en", "*.md"))
	data, _ := os.ReadFile(files[0])
	data[len(data)-3] ^= 0x20
	os.WriteFile(files[0], data, 0o644)
	wantStatus(t, open(t, s, layers...), Miss, "changed")
}

// TestChangedWhileLoadingIsSeen: a file edited, or added, after the load
// read the folder and before the cache is written is not taken for what
// was loaded: the cache records the sums of the bytes the organisation was
// made from, so the next run finds the difference and loads again.
func TestChangedWhileLoadingIsSeen(t *testing.T) {
	changes := map[string]func(dir string){
		"edited, same size": func(dir string) {
			files, _ := filepath.Glob(filepath.Join(dir, "en", "*.md"))
			data, _ := os.ReadFile(files[0])
			data[len(data)-3] ^= 0x20
			os.WriteFile(files[0], data, 0o644)
		},
		"added": func(dir string) {
			os.WriteFile(filepath.Join(dir, "en", "extra.md"), []byte("---\nid: extra\nname: Extra department\n---\n\n## Duties {#duties}\n\n- Do extra work.\n"), 0o644)
		},
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			dir := folder(t, 300)
			hourAgo := time.Now().Add(-time.Hour)
			filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, hourAgo, hourAgo) })
			s := store(t)
			layers := []content.Layer{content.Dir(dir)}
			ld, err := s.Open(layers)
			if err != nil || ld.Status != Miss {
				t.Fatalf("first open: %v %v", err, ld.Status)
			}
			change(dir) // after the load, before the cache is written
			if err := ld.Save(); err != nil {
				t.Fatal(err)
			}
			next, err := s.Open(layers)
			if err != nil {
				t.Fatal(err)
			}
			if next.Status != Miss {
				t.Fatalf("the cache was taken for the files as they are now (%v)", next.Status)
			}
			fresh, err := content.Load(content.Dir(dir))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(flatten(fresh), flatten(next.Org)) {
				t.Fatal("the next run did not load the files as they are now")
			}
		})
	}
}

// TestLoadFromFilesCollects: a program that starts with the collector off
// (gcstart) turns it on when the content is loaded from its files, which
// builds hundreds of megabytes at scale; a hit leaves it off.
func TestLoadFromFilesCollects(t *testing.T) {
	dir := folder(t, 100)
	s := store(t)
	defer gcstart.Resume()
	gcstart.Pause()
	warm(t, s, content.Dir(dir)) // a miss: loaded from the files
	if got := debug.SetGCPercent(-1); got != 100 {
		t.Errorf("after a load from files the collector is at %d%%, want 100", got)
	}
	debug.SetGCPercent(100)
	gcstart.Pause()
	for name, open := range map[string]func([]content.Layer) (*Loaded, error){"Open": s.Open, "OpenIndex": s.OpenIndex} {
		if ld, err := open([]content.Layer{content.Dir(dir)}); err != nil || ld.Status != Hit {
			t.Fatalf("%s: %v, %v; want a hit", name, ld.Status, err)
		}
		if got := debug.SetGCPercent(-1); got != -1 {
			t.Errorf("%s: after a hit the collector is at %d%%, want it still off", name, got)
		}
	}
}

// TestSaveBesideTheSearch: after a miss, StartSave writes the cache while
// the index is built and searched (as a search whose cache missed does):
// no cache file appears until wait, which puts in place a file that is
// the one Save writes, part for part, and whose index answers as the one
// built from the files did.
func TestSaveBesideTheSearch(t *testing.T) {
	dir := folder(t, 1500)
	layers := []content.Layer{content.Dir(dir)}
	s := store(t)
	cold, err := s.OpenIndex(layers)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, cold, Miss, "no cache file")
	wait := cold.StartSave()
	cold.Index.PrepareTables()
	want := searchLines(t, cold.Index)
	file := s.FileFor(layers)
	if _, err := os.Stat(file); err == nil {
		t.Fatal("the cache file was in place before wait")
	}
	if err := wait(); err != nil {
		t.Fatal(err)
	}
	if cold.Status != Hit {
		t.Errorf("after wait: %v, want a hit (nothing left to save)", cold.Status)
	}
	alone, err := s.OpenIndex(layers)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, alone, Hit, "")
	if got := searchLines(t, alone.Index); got != want {
		t.Fatalf("searches differ:\nbuilt:\n%s\nfrom the cache written beside them:\n%s", want, got)
	}
	// The same parts as Save writes after the search, in another store.
	other := store(t)
	whole := open(t, other, layers...)
	if err := whole.Save(); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(file)
	b, _ := os.ReadFile(other.FileFor(layers))
	pa, err := s.checkHeader(a)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := other.checkHeader(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []int{partOrg, partIndex} {
		if !bytes.Equal(pa.part[p], pb.part[p]) || pa.sum[p] != pb.sum[p] {
			t.Errorf("part %d differs from Save's", p)
		}
	}
}
