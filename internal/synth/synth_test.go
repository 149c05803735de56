package synth

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// flat lists every node as "path kind role en | zh", in document order.
func flat(org *model.Org) []string {
	var out []string
	for _, n := range org.Nodes() {
		out = append(out, n.Path+" "+n.Kind.String()+" "+string(n.Role)+" "+n.Title[model.En]+" | "+n.Title[model.Zh])
	}
	return out
}

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	for _, n := range []int{1, 7, 499, 501, 2500} {
		org := Generate(n, 42)
		duties := 0
		for _, d := range org.Departments {
			duties += d.Duties
		}
		if duties != n {
			t.Errorf("Generate(%d): %d duties", n, duties)
		}
		if !reflect.DeepEqual(flat(org), flat(Generate(n, 42))) {
			t.Errorf("Generate(%d, 42) differs between calls", n)
		}
	}
	if reflect.DeepEqual(flat(Generate(500, 1)), flat(Generate(500, 2))) {
		t.Error("seeds 1 and 2 give the same organisation")
	}
}

func TestGenerateWritesBothLanguages(t *testing.T) {
	org := Generate(20000, 1)
	seen := map[string]bool{}
	for _, n := range org.Nodes() {
		if !n.Title.Has(model.En) || !n.Title.Has(model.Zh) {
			t.Fatalf("%s lacks a language: %q", n.Path, n.Title)
		}
		if n.Kind == model.KindDuty {
			if !strings.HasSuffix(n.Title[model.En], ".") || !strings.HasSuffix(n.Title[model.Zh], "。") {
				t.Fatalf("%s is not a sentence: %q", n.Path, n.Title)
			}
			seen[n.Title[model.En]] = true
		}
	}
	// Mostly distinct sentences, so searches do real work, with some
	// repeats, as real organisations have.
	if k := len(seen); k < 19000 || k == 20000 {
		t.Errorf("%d distinct duties of 20000", k)
	}
}

// The folder WriteDir writes loads, through the real loader, into exactly
// the organisation Generate returns.
func TestWriteDirLoadsAsGenerated(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, 1200, 5); err != nil {
		t.Fatal(err)
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatalf("written content does not load:\n%v", err)
	}
	got, want := flat(org), flat(Generate(1200, 5))
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("node %d: loaded %q, generated %q", i, got[i], want[i])
			}
		}
		t.Fatalf("loaded %d nodes, generated %d", len(got), len(want))
	}
}
