package compare_test

// The case ../shared/cases/resources/compare-huge: two departments of
// near-identical duties (81 s and a frozen explorer before the pairing
// used candidate generation), and a department of a million copies of one
// duty compared with itself (out of memory). The tests run them scaled
// down through the content loader, as `dutymap compare` does; the
// benchmarks run them at full size.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// writeDept writes one English department file holding the duties.
func writeDept(t testing.TB, dir, id string, duties func(i int) string, n int) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\nname: Dept %s\n---\n\n## S {#s}\n\n", id, id)
	for i := range n {
		b.WriteString("- " + duties(i) + "\n")
	}
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", id+".md"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// handle is the case's duty: every word but the numbers is in every duty.
func handle(i int) string { return fmt.Sprintf("Handle task %d of kind %d with care", i, i%97) }

func loadDir(t testing.TB, dir string) *model.Org {
	t.Helper()
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return org
}

func TestCompareNearIdenticalDepartments(t *testing.T) {
	const n = 4000
	dir := t.TempDir()
	writeDept(t, dir, "a", handle, n)
	writeDept(t, dir, "b", func(i int) string { return handle(n - 1 - i) }, n)
	org := loadDir(t, dir)
	r, err := compare.DepartmentsContext(context.Background(), org, nil, org.Department("a"), org.Department("b"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Shared) != n || len(r.OnlyA) != 0 || len(r.OnlyB) != 0 || r.Partial {
		t.Fatalf("%d shared, %d + %d alone, partial %v; want every duty paired with its twin", len(r.Shared), len(r.OnlyA), len(r.OnlyB), r.Partial)
	}
	for i, p := range r.Shared {
		if p.A.Title[model.En] != handle(i) || p.B.Title[model.En] != handle(i) || compare.Tier(p.Score) != model.VerySimilar {
			t.Fatalf("pair %d: %q ~ %q (%.2f)", i, p.A.Title[model.En], p.B.Title[model.En], p.Score)
		}
	}
}

// A department of copies of one duty, compared with itself and with
// another: one class of duties written alike, paired one to one in order.
func TestCompareDepartmentOfCopies(t *testing.T) {
	const n = 20_000
	dir := t.TempDir()
	writeDept(t, dir, "big", func(int) string { return "d" }, n)
	writeDept(t, dir, "other", func(int) string { return "d" }, n/2)
	org := loadDir(t, dir)
	big, other := org.Department("big"), org.Department("other")
	ix := model.NewSimilarity(org)
	r := compare.Departments(org, ix, big, big)
	if len(r.Shared) != n || len(r.OnlyA)+len(r.OnlyB) != 0 {
		t.Fatalf("self-comparison: %d shared, %d + %d alone", len(r.Shared), len(r.OnlyA), len(r.OnlyB))
	}
	for _, p := range r.Shared {
		if p.A != p.B {
			t.Fatalf("self-comparison paired %s with %s", p.A.Path, p.B.Path)
		}
	}
	r = compare.Departments(org, ix, big, other)
	if len(r.Shared) != n/2 || len(r.OnlyA) != n/2 || len(r.OnlyB) != 0 {
		t.Fatalf("copies: %d shared, %d + %d alone", len(r.Shared), len(r.OnlyA), len(r.OnlyB))
	}
	if r.Shared[0].A != model.Leaves(big)[0] || r.OnlyA[0] != model.Leaves(big)[n/2] {
		t.Errorf("copies paired out of document order: first pair %s, first alone %s", r.Shared[0].A.Path, r.OnlyA[0].Path)
	}
}

func TestCompareCancelled(t *testing.T) {
	dir := t.TempDir()
	writeDept(t, dir, "a", handle, 1000)
	writeDept(t, dir, "b", handle, 1000)
	org := loadDir(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := compare.DepartmentsContext(ctx, org, model.NewSimilarity(org), org.Department("a"), org.Department("b")); err != context.Canceled {
		t.Errorf("cancelled comparison: err = %v, want context.Canceled", err)
	}
}

// twoDepartments is the case at size n in memory: the benchmarks measure
// the comparison, not the loader.
func twoDepartments(n int, a, b func(int) string) *model.Org {
	dept := func(id string, text func(int) string) *model.Node {
		s := &model.Node{ID: "s", Kind: model.KindSection, Title: model.Text{"S"}}
		s.Children = make([]*model.Node, n)
		for i := range n {
			s.Children[i] = &model.Node{ID: fmt.Sprint(i + 1), Kind: model.KindDuty, Title: model.Text{text(i)}}
		}
		return &model.Node{ID: id, Kind: model.KindDepartment, Title: model.Text{"Dept " + id}, Children: []*model.Node{s}}
	}
	if b == nil {
		return model.NewOrg([]*model.Node{dept("a", a)}, nil)
	}
	return model.NewOrg([]*model.Node{dept("a", a), dept("b", b)}, nil)
}

// BenchmarkCompare50k compares the case's two 50,000-duty departments:
// with the similarity index built as part of the comparison (what
// `dutymap compare` does) and with it built beforehand (the explorer).
func BenchmarkCompare50k(b *testing.B) {
	org := twoDepartments(50_000, handle, func(i int) string { return handle(50_000 - 1 - i) })
	da, db := org.Department("a"), org.Department("b")
	b.Run("index+pairing", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			compare.Departments(org, nil, da, db)
		}
	})
	ix := model.NewSimilarity(org)
	b.Run("pairing", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			compare.Departments(org, ix, da, db)
		}
	})
}

// BenchmarkCompareSelf1M compares a department of a million copies of one
// duty with itself, index included, and reports the heap it keeps.
func BenchmarkCompareSelf1M(b *testing.B) {
	org := twoDepartments(1_000_000, func(int) string { return "d" }, nil)
	d := org.Department("a")
	b.ReportAllocs()
	for b.Loop() {
		r := compare.Departments(org, nil, d, d)
		if len(r.Shared) != 1_000_000 {
			b.Fatalf("%d shared", len(r.Shared))
		}
	}
}
