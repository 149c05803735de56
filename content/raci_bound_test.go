package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// raciOrg is n departments d0… and a topic t of points, each naming the
// units refs(j) Responsible and Accountable.
func raciOrg(n, points int, refs func(j int) string) map[string]string {
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("en/d%d.md", i)] = fmt.Sprintf("---\nid: d%d\nname: Dept %d\n---\n\n## Work {#work}\n\n- Visit customers %d.\n", i, i, i)
	}
	var b strings.Builder
	b.WriteString("---\nid: t\nkind: topic\nname: Shared\nconcerns: [d0]\n---\n\n## Shared {#shared}\n\n")
	for j := range points {
		fmt.Fprintf(&b, "- Shared work %d.\n  Responsible: %s\n  Informed: %s\n", j, refs(j), refs(j))
	}
	files["en/t.md"] = b.String()
	return files
}

func units(from, n, of int) string {
	names := make([]string, n)
	for i := range n {
		names[i] = fmt.Sprintf("d%d", (from+i)%of)
	}
	return strings.Join(names, ", ")
}

// A RACI line naming more units than any role has holders (2,000 on each
// of 500 points took 26 times the file's size in memory, and 156 MB of them
// ran out of 4 GB: hostile14 #2) is refused at its line, with the bound.
func TestRACILineUnitsAreBounded(t *testing.T) {
	files := raciOrg(maxLineRefs+1, 2, func(int) string { return units(0, maxLineRefs+1, maxLineRefs+1) })
	report := loadProblems(t, folder(t, files))
	mustHave(t, report,
		fmt.Sprintf("t.md:11: Responsible: names %d units; one line may name at most %d", maxLineRefs+1, maxLineRefs),
		fmt.Sprintf("t.md:12: Informed: names %d units", maxLineRefs+1),
		fmt.Sprintf("fix: name at most %d units on one line", maxLineRefs))

	// At the bound, the lines are read.
	files = raciOrg(maxLineRefs, 2, func(int) string { return units(0, maxLineRefs, maxLineRefs) })
	org, err := Load(Dir(folder(t, files)))
	if err != nil {
		t.Fatalf("%d units on a line: %v", maxLineRefs, err)
	}
	if got := len(org.Node("t/shared/1").RACI().Units[model.Responsible]); got != maxLineRefs {
		t.Errorf("the point's Responsible: line names %d units, want %d", got, maxLineRefs)
	}
}

// The references of every line together are bounded too: lines each under
// the line's bound add up. One problem says so, at the line that passes it.
func TestRACIReferencesAreBoundedInAll(t *testing.T) {
	defer func(n int64) { maxRefs = n }(maxRefs)
	maxRefs = 100
	files := raciOrg(10, 6, func(j int) string { return units(j, 10, 10) }) // 120 references
	report := loadProblems(t, folder(t, files))
	mustHave(t, report, "t.md:26: the content is too large: its RACI, hand-off and Overlaps lines make more than 100 references in all", "split the organisation")
	if n := strings.Count(report, "too large"); n != 1 {
		t.Errorf("%d problems about the references, want one:\n%s", n, report)
	}
	// The fix: fewer points (or units named on each).
	files = raciOrg(10, 5, func(j int) string { return units(j, 10, 10) })
	if _, err := Load(Dir(folder(t, files))); err != nil {
		t.Fatalf("100 references: %v", err)
	}
}

// Lines that name the same units share one list of references and one of
// units, so that memory grows with the different lines, not with their
// number; lines naming other units keep their own.
func TestRepeatedRACILinesShareTheirUnits(t *testing.T) {
	files := raciOrg(40, 4, func(j int) string { return units(j/2, 30, 40) })
	org, err := Load(Dir(folder(t, files)))
	if err != nil {
		t.Fatal(err)
	}
	r := func(j int, role model.RACIRole) *model.RACI {
		t.Helper()
		n := org.Node(fmt.Sprintf("t/shared/%d", j))
		if n == nil || n.RACI() == nil || len(n.RACI().Units[role]) != 30 {
			t.Fatalf("point %d: no RACI line naming 30 units", j)
		}
		return n.RACI()
	}
	same := func(a, b []*model.Node) bool { return &a[0] == &b[0] }
	if !same(r(1, model.Responsible).Units[model.Responsible], r(2, model.Informed).Units[model.Informed]) {
		t.Error("points 1 and 2 name the same units, but their lines hold a list each")
	}
	if &r(1, model.Responsible).Refs[model.Responsible][0] != &r(2, model.Responsible).Refs[model.Responsible][0] {
		t.Error("points 1 and 2 write the same references, but hold a list each")
	}
	if same(r(2, model.Responsible).Units[model.Responsible], r(3, model.Responsible).Units[model.Responsible]) {
		t.Error("points 2 and 3 name different units, yet share a list")
	}
	if got, want := r(3, model.Responsible).Units[model.Responsible][0].ID, "d1"; got != want {
		t.Errorf("point 3's first unit is %s, want %s", got, want)
	}
}
