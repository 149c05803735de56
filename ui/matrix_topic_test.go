package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// sharedWorkOrg has a topic whose list of shared work names three units
// in its RACI lines, and a topic whose list names none.
func sharedWorkOrg(t *testing.T) *model.Org {
	t.Helper()
	dept := func(id, name, duty string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nname: " + name + "\n---\n## Work {#work}\n- " + duty + "\n")}
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: fstest.MapFS{
		"en/warehouse.md":  dept("warehouse", "Warehouse", "Count the stock."),
		"en/finance.md":    dept("finance", "Finance", "Pay the invoices."),
		"en/purchasing.md": dept("purchasing", "Purchasing", "Place the orders."),
		"en/year-end.md": {Data: []byte("---\nid: year-end\nkind: topic\nname: Year-end close\n---\n" +
			"## Shared work {#shared}\nResponsible: warehouse\nAccountable: finance\n\n" +
			"- Reconcile the stock count with the books.\n- Write off damaged stock.\n  Informed: purchasing\n")},
		"en/notes.md": {Data: []byte("---\nid: notes\nkind: topic\nname: Notes\n---\n## Background {#background}\n- The year ends in March.\n")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// m on a topic's shared work said "Select a department …", though
// `dutymap matrix` names the units whose matrices hold it: m opens the
// matrix of the units its RACI lines name, the work the user was on
// selected; where no line names a unit, it says so (tryoutb26 B13).
func TestMatrixOfSharedWork(t *testing.T) {
	org := sharedWorkOrg(t)
	for _, c := range []struct{ at, selected string }{
		{"year-end/shared/2", "Write off damaged stock."},
		{"year-end/shared", "Reconcile the stock count with the books."},
		{"year-end", "Reconcile the stock count with the books."},
	} {
		d := driveConfig(t, 120, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark}).reveal(c.at).keys("m")
		if _, ok := d.top().(*matrixScreen); !ok {
			t.Errorf("m on %s did not open a matrix:\n%s", c.at, d.screen())
			continue
		}
		scr := d.screen()
		if !strings.Contains(scr, "Responsibility matrix: Warehouse, Finance, Purchasing") {
			t.Errorf("m on %s: the matrix is not of the units the lines name:\n%s", c.at, scr)
		}
		if row := d.rowOf(c.selected); !strings.HasPrefix(row, "┃") {
			t.Errorf("m on %s: %q is not selected:\n%s", c.at, c.selected, scr)
		}
		if got := cellsAfter(d.rowOf("Write off damaged stock."), "stock."); got != "R A I" {
			t.Errorf("m on %s: writing off stock reads %q, want R A I", c.at, got)
		}
	}
	d := driveConfig(t, 120, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark}).reveal("notes/background/1").keys("m")
	if _, ok := d.top().(*matrixScreen); ok {
		t.Fatalf("m on a topic with no RACI line opened a matrix:\n%s", d.screen())
	}
	if scr := d.screen(); !strings.Contains(scr, "No RACI line here names a unit") {
		t.Errorf("m on a topic with no RACI line:\n%s", scr)
	}
}
