package matrix

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

func builtin(t *testing.T) *model.Org {
	t.Helper()
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// row finds a duty's row.
func row(t *testing.T, m Matrix, path string) Row {
	t.Helper()
	for _, r := range m.Rows {
		if r.Duty.Path == path {
			return r
		}
	}
	t.Fatalf("no row %s", path)
	return Row{}
}

func columns(m Matrix) []string {
	var out []string
	for _, u := range m.Units {
		out = append(out, u.Path)
	}
	return out
}

// TestMatrixOfADepartment: its own duties, and the duties elsewhere whose
// RACI lines name it, with the units they name as further columns.
func TestMatrixOfADepartment(t *testing.T) {
	org := builtin(t)
	m := Of(org, []*model.Node{org.Node("marketing")}, Options{})
	if !slices.Equal(columns(m), []string{"marketing", "sales"}) {
		t.Errorf("columns %v", columns(m))
	}
	if r := row(t, m, "sales/field-execution/2"); !slices.Equal(r.Cells, []string{"A", "R"}) {
		t.Errorf("applying prices: %v", r.Cells)
	}
	if r := row(t, m, "marketing/responsibilities/8"); !slices.Equal(r.Cells, []string{"RA", ""}) {
		t.Errorf("deciding prices: %v", r.Cells)
	}
	marketing := org.Node("marketing").Duties
	if len(m.Rows) != marketing+13 {
		t.Errorf("%d rows, want marketing's %d duties and the 13 of sales that name it", len(m.Rows), marketing)
	}
	for _, r := range m.Rows {
		if r.Duty.Path == "sales/selling/1" {
			t.Error("a sales duty that does not name marketing is in marketing's matrix")
		}
	}
}

func TestMatrixFilters(t *testing.T) {
	org := builtin(t)
	units := []*model.Node{org.Node("marketing"), org.Node("sales")}
	c := model.Consulted
	m := Of(org, units, Options{Role: &c})
	if len(m.Rows) != 5 {
		t.Errorf("%d rows consult someone, want 5 (in-store work)", len(m.Rows))
	}
	for _, r := range m.Rows {
		if !slices.Equal(r.Cells, []string{"C", ""}) {
			t.Errorf("%s: %v: only C letters remain", r.Duty.Path, r.Cells)
		}
	}
	m = Of(org, units, Options{Shared: true})
	if len(m.Rows) != 13 || row(t, m, "sales/feedback/4").Cells[0] != "I" {
		t.Errorf("%d shared rows", len(m.Rows))
	}
}

// TestMatrixOfAPosition: a position's own duties fall to the position,
// not to its department.
func TestMatrixOfAPosition(t *testing.T) {
	org := builtin(t)
	mgr := org.Node("marketing/positions/manager")
	m := Of(org, []*model.Node{mgr}, Options{})
	if !slices.Equal(columns(m), []string{mgr.Path}) || len(m.Rows) != mgr.Duties || m.Rows[0].Cells[0] != "RA" {
		t.Errorf("columns %v, %d rows, first %v", columns(m), len(m.Rows), m.Rows[0].Cells)
	}
}

func TestMatrixWholeOrganisation(t *testing.T) {
	org := builtin(t)
	m := Of(org, nil, Options{})
	duties := 0
	for _, n := range org.Nodes() {
		if n.Kind == model.KindDuty {
			duties++
		}
	}
	holding := 0 // four departments the sources only name hold no duties
	for _, d := range org.Departments {
		if d.Duties > 0 {
			holding++
		}
	}
	if len(m.Rows) != duties || len(m.Units) != holding {
		t.Errorf("%d rows (want %d), %d columns (want %d)", len(m.Rows), duties, len(m.Units), holding)
	}
}

func TestMatrixWriters(t *testing.T) {
	org := builtin(t)
	a := model.Accountable
	m := Of(org, []*model.Node{org.Node("sales")}, Options{Role: &a})
	var md, cs, js bytes.Buffer
	if err := m.Markdown(&md, model.Zh); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(md.String(), "| 职责 | 销售部 | 市场部 |\n|---|:-:|:-:|\n| 销售公司的产品和服务。 | A |  |\n") || !strings.Contains(md.String(), "\nR 负责") {
		t.Errorf("markdown:\n%s", md.String())
	}
	if err := m.CSV(&cs, model.En); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&cs).ReadAll()
	if err != nil || !slices.Equal(recs[0], []string{"path", "duty", "sales", "marketing"}) || len(recs) != len(m.Rows)+1 {
		t.Errorf("csv %v %v", err, recs[0])
	}
	if err := m.JSON(&js, model.En, "en"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Role  string
		Units []struct{ Path, Name, Kind string }
		Rows  []struct {
			Path     string
			Cells    []string
			RACI     map[string][]string
			Implicit []string
		}
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Role != "accountable" || doc.Units[1].Name != "Marketing department" || doc.Units[0].Kind != "department" {
		t.Errorf("%+v", doc.Units)
	}
	for _, r := range doc.Rows {
		if r.Path == "sales/field-execution/2" {
			if !slices.Equal(r.Cells, []string{"", "A"}) || !slices.Equal(r.RACI["accountable"], []string{"marketing"}) ||
				!slices.Equal(r.RACI["responsible"], []string{"sales"}) || !slices.Equal(r.Implicit, []string{"responsible"}) {
				t.Errorf("%+v", r)
			}
		}
	}
}
