package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
)

// hubOrg is the built-in organisation with marketing also handing work to
// operations and finance, and operations to finance: marketing is a hub
// with four partners (sales both ways), and two of its partners hand each
// other work; planning, in no group, is among the partners. Marketing,
// sales and operations are front-office departments: a column with lanes;
// finance and planning are in other groups' sections, their hand-offs
// between groups (tryout23 G1).
func hubOrg(t *testing.T) *model.Org {
	t.Helper()
	rel := func(id, from, to, name string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nkind: relation\nname: " + name + "\nfrom: " + from +
			"\nto: " + to + "\norder: 90\n---\n\n## Items {#items}\n\n- A plan.\n- A report.\n")}
	}
	fs := fstest.MapFS{
		"en/m-o.md": rel("marketing-to-operations", "marketing", "operations", "What marketing gives operations"),
		"zh/m-o.md": rel("marketing-to-operations", "marketing", "operations", "市场部向运营部提供什么"),
		"en/m-f.md": rel("marketing-to-finance", "marketing", "finance", "What marketing gives finance"),
		"zh/m-f.md": rel("marketing-to-finance", "marketing", "finance", "市场部向财务部提供什么"),
		"en/m-p.md": rel("marketing-to-planning", "marketing", "planning", "What marketing gives planning"),
		"zh/m-p.md": rel("marketing-to-planning", "marketing", "planning", "市场部向策划部提供什么"),
		"en/o-f.md": rel("operations-to-finance", "operations", "finance", "What operations gives finance"),
		"zh/o-f.md": rel("operations-to-finance", "operations", "finance", "运营部向财务部提供什么"),
	}
	org, err := content.Load(content.Builtin(), content.Layer{Name: "hub", Root: "hub", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// TestChartDrawsEachDepartmentOnce: a department handing work to several
// others is one box with all its hand-offs, not a box per partner
// (tryout20 saw marketing three times); every hand-off is drawn once, its
// line ending in ◀ at the department that takes it, or, between two
// groups, as "Marketing department ──▶ Finance department", with what goes
// and how many items; at 80 and 120 columns, in both languages, every line
// the window's width.
func TestChartDrawsEachDepartmentOnce(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	org := hubOrg(t)
	hs := diagram.HandOffs(org)
	if len(hs) != 6 {
		t.Fatalf("%d hand-offs, want 6", len(hs))
	}
	linked := []string{"marketing", "sales", "operations", "finance", "planning"}
	for _, lang := range model.Langs {
		w := catalog[lang].chart
		for _, width := range []int{80, 120} {
			d := driveConfig(t, width, 200, Config{Org: org, Lang: lang, Theme: ThemeDark}).keys("o")
			c := d.chart()
			scr := d.screen()
			lines := strings.Split(scr, "\n")
			for i, l := range lines {
				if got := d.m.sh.cells.width(l); got != width {
					t.Fatalf("%s %d: line %d is %d cells: %q", lang.Code(), width, i, got, l)
				}
			}
			for _, id := range linked {
				name := org.Department(id).Title.In(lang)
				boxes := 0
				for _, l := range lines {
					if strings.Contains(l, "│ "+name) || strings.Contains(l, "┃ "+name) {
						boxes++
					}
				}
				if boxes != 1 {
					t.Errorf("%s %d: %s drawn %d times, want once:\n%s", lang.Code(), width, name, boxes, scr)
				}
				shapes := 0
				for _, s := range c.shapes {
					if s.node == org.Department(id) {
						shapes++
					}
				}
				if shapes != 1 {
					t.Errorf("%s %d: %d boxes of %s to select, want 1", lang.Code(), width, shapes, id)
				}
			}
			if got := strings.Count(scr, "◀") + strings.Count(scr, acrossArrow); got != len(hs) {
				t.Errorf("%s %d: %d arrowheads, want one per hand-off (%d):\n%s", lang.Code(), width, got, len(hs), scr)
			}
			for _, h := range hs {
				count := w.item
				if h.Items != 1 {
					count = strings.Replace(w.items, "%d", itoa(h.Items), 1)
				}
				if width == 120 && !strings.Contains(scr, h.Label.In(lang)+" · "+count) {
					t.Errorf("%s %d: no %q on the chart:\n%s", lang.Code(), width, h.Label.In(lang)+" · "+count, scr)
				}
				if !strings.Contains(scr, " · "+count) {
					t.Errorf("%s %d: the count %q of %s is not on the chart", lang.Code(), width, count, h.Node.ID)
				}
			}
			if !strings.Contains(scr, w.ungrouped) {
				t.Errorf("%s %d: no heading %q over planning, in no group:\n%s", lang.Code(), width, w.ungrouped, scr)
			}
		}
	}
}

// TestChartSelectedHandOffLine: the selected hand-off's whole line, from
// the box it leaves to its arrowhead, and its label take the selection's
// style; the others' do not.
func TestChartSelectedHandOffLine(t *testing.T) {
	org := hubOrg(t)
	d := driveConfig(t, 120, 60, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("o")
	c := d.chart()
	pal := paletteOf(d.m.sh.st)
	if strings.Contains(d.m.Render(), pal.lineSel.open+"◀") {
		t.Fatal("a line in the selection's style with a box selected")
	}
	for range len(c.shapes) {
		if c.subject() == org.Node("marketing-to-operations") {
			break
		}
		d.keys("tab")
	}
	if c.subject() != org.Node("marketing-to-operations") {
		t.Fatal("tab never selected the hand-off from marketing to operations")
	}
	out := d.m.Render()
	label := "What marketing gives operations · 2 items"
	if !strings.Contains(out, pal.labelSel.wrap(label)) {
		t.Errorf("the selected hand-off's label is not in the selection's style:\n%q", out)
	}
	if !strings.Contains(out, pal.lineSel.open+"◀") {
		t.Errorf("the selected hand-off's arrowhead is not in the selection's style:\n%q", out)
	}
	if strings.Contains(out, pal.labelSel.wrap("What marketing gives sales · 5 items")) {
		t.Errorf("a hand-off not selected is drawn as selected")
	}
	d.keys("enter")
	if e := d.explorer(); e.tree.Selected() != org.Node("marketing-to-operations") {
		t.Fatalf("enter on the hand-off should open its page, got %v", e.tree.Selected())
	}
}
