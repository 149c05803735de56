package cache

import (
	"bytes"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model/search"
)

// TestBuiltinIndexIsCurrent fails when builtin.dmc is not what
// `go generate ./cache` writes now: after a change to the built-in
// content, the content format, the search index or the analysis.
func TestBuiltinIndexIsCurrent(t *testing.T) {
	want, err := EncodeBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(builtinIndex, want) {
		t.Fatal("cache/builtin.dmc is stale: run go generate ./cache and commit it")
	}
}

// TestBuiltinFromThePrebuiltIndex: the built-in content alone opens from
// the prebuilt index, the same organisation and searches as its files
// give; NoPrebuilt and any other layer read the files.
func TestBuiltinFromThePrebuiltIndex(t *testing.T) {
	b := content.Builtin()
	ld := open(t, Store{}, b)
	wantStatus(t, ld, Hit, "")
	fresh, err := content.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(flatten(fresh), flatten(ld.Org)) {
		t.Fatal("the prebuilt organisation differs from the files'")
	}
	if a, b := searchAll(t, search.New(fresh)), searchAll(t, ld.Index); a != b {
		t.Fatalf("searches differ:\nfiles:\n%s\nprebuilt:\n%s", a, b)
	}
	wantStatus(t, open(t, Store{NoPrebuilt: true}, b), Disabled, "")
	if again := open(t, Store{}, b); again.Org == ld.Org {
		t.Fatal("two opens share one organisation")
	}
}

// TestStalePrebuiltIndexIsNotUsed: a prebuilt index made from other
// content (go generate not run after an edit) or in another format is
// passed over, and the files are loaded.
func TestStalePrebuiltIndexIsNotUsed(t *testing.T) {
	saved := builtinIndex
	defer func() { builtinIndex = saved }()
	for name, damage := range map[string]func([]byte){
		"other content":  func(b []byte) { b[5] ^= 1 }, // inside the content hash
		"another format": func(b []byte) { b[0] = FormatVersion + 1 },
	} {
		builtinIndex = bytes.Clone(saved)
		damage(builtinIndex)
		ld := open(t, Store{}, content.Builtin())
		if ld.Status != Disabled || ld.Org == nil || len(ld.Org.Departments) == 0 {
			t.Errorf("%s: status %v, want the files loaded", name, ld.Status)
		}
	}
}
