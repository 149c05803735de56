package matrix

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

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
// RACI lines name it, with the units they name as further columns: the
// positions and sub-departments its duties are written under (each does
// its own), then the other departments.
func TestMatrixOfADepartment(t *testing.T) {
	org := builtin(t)
	m := Of(org, []*model.Node{org.Node("marketing")}, Options{})
	cols := columns(m)
	if len(cols) < 3 || cols[0] != "marketing" || cols[len(cols)-1] != "sales" || !slices.Contains(cols, "marketing/positions/manager") {
		t.Errorf("columns %v", cols)
	}
	for _, c := range cols[1 : len(cols)-1] {
		if !strings.HasPrefix(c, "marketing/") {
			t.Errorf("column %s: only marketing's units sit between marketing and sales", c)
		}
	}
	cell := func(r Row, unit string) string {
		if j := slices.Index(cols, unit); j >= 0 {
			return r.Cells()[j]
		}
		return "(no column)"
	}
	if r := row(t, m, "sales/field-execution/2"); cell(r, "marketing") != "A" || cell(r, "sales") != "R" {
		t.Errorf("applying prices: %v", r.Cells())
	}
	if r := row(t, m, "marketing/responsibilities/8"); cell(r, "marketing") != "RA" || cell(r, "sales") != "" {
		t.Errorf("deciding prices: %v", r.Cells())
	}
	// A duty written under a position is the position's, in the
	// department's matrix as in the position's own.
	mgr := org.Node("marketing/positions/manager")
	if r := row(t, m, mgr.Children[0].Path); cell(r, mgr.Path) != "RA" || cell(r, "marketing") != "" {
		t.Errorf("the manager's first duty: %v", r.Cells())
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
		if !slices.Equal(r.Cells(), []string{"C", ""}) {
			t.Errorf("%s: %v: only C letters remain", r.Duty.Path, r.Cells())
		}
	}
	m = Of(org, units, Options{Shared: true})
	if len(m.Rows) != 13 || row(t, m, "sales/feedback/4").Cells()[0] != "I" {
		t.Errorf("%d shared rows", len(m.Rows))
	}
}

// TestMatrixOfAPosition: a position's own duties fall to the position,
// not to its department.
func TestMatrixOfAPosition(t *testing.T) {
	org := builtin(t)
	mgr := org.Node("marketing/positions/manager")
	m := Of(org, []*model.Node{mgr}, Options{})
	if !slices.Equal(columns(m), []string{mgr.Path}) || len(m.Rows) != mgr.Duties || m.Rows[0].Cells()[0] != "RA" {
		t.Errorf("columns %v, %d rows, first %v", columns(m), len(m.Rows), m.Rows[0].Cells())
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
	// Every unit a duty is written in (four departments the sources only
	// name hold no duties) or a line names.
	units := map[*model.Node]bool{}
	for _, n := range org.Nodes() {
		if model.IsWork(n) {
			for _, us := range model.AssignmentOf(n).Units {
				for _, u := range us {
					units[u] = true
				}
			}
		}
	}
	holding := len(units)
	if holding <= len(org.Departments) {
		t.Errorf("%d units hold duties: the positions are missing", holding)
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

// TestJSONAsOneObject: the JSON written a row at a time is the text
// encoding/json gives the whole object, with and without a role, and for
// a matrix with no rows.
func TestJSONAsOneObject(t *testing.T) {
	org := builtin(t)
	c := model.Consulted
	for _, m := range []Matrix{
		Of(org, nil, Options{}),
		Of(org, []*model.Node{org.Node("marketing")}, Options{Role: &c}),
		Of(org, []*model.Node{org.Node("marketing")}, Options{Role: &c, Shared: true}),
		{},
	} {
		var got bytes.Buffer
		if err := m.JSON(&got, model.En, "en"); err != nil {
			t.Fatal(err)
		}
		var v struct { // the object as encoding/json wrote it whole before
			Lang  string     `json:"lang"`
			Role  string     `json:"role,omitempty"`
			Units []jsonUnit `json:"units"`
			Rows  []jsonRow  `json:"rows"`
		}
		if err := json.Unmarshal(got.Bytes(), &v); err != nil {
			t.Fatalf("%v:\n%s", err, got.String())
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d rows: written\n%s\nencoded whole\n%s", len(m.Rows), clip(got.String()), clip(want.String()))
		}
	}
}

func clip(s string) string { return s[:min(len(s), 2000)] }

// TestLargeMatrixMemory: the matrix of 1,500 departments of two duties
// each (4.5 million cells) is built and written in each format in a few
// megabytes: a row keeps only its non-empty cells, and the writers write a
// row at a time. The matrix of every cell and each format's whole text in
// memory took 300 MB here and ran out of 4 GB at 8,000 departments.
func TestLargeMatrixMemory(t *testing.T) {
	files := fstest.MapFS{}
	const n = 1500
	for i := range n {
		files[fmt.Sprintf("en/d%d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\nid: d%d\nname: Dept %d\n---\n\n## Work {#work}\n\n- Visit customers %d every month.\n- Report sales %d weekly.\n", i, i, i, i)}
	}
	org, err := content.Load(content.Layer{Name: "many", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m := Of(org, nil, Options{})
	var out countWriter
	for _, write := range []func() error{
		func() error { return m.Markdown(&out, model.En) },
		func() error { return m.CSV(&out, model.En) },
		func() error { return m.JSON(&out, model.En, "en") },
	} {
		if err := write(); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	if m.Size() != 2*n*n {
		t.Fatalf("%d cells, want %d", m.Size(), 2*n*n)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d cells: %d MB written, %d MB allocated", m.Size(), out.n>>20, alloc>>20)
	bound := uint64(32 << 20)
	if raceBuild {
		bound = 64 << 20
	}
	if alloc > bound {
		t.Errorf("building and writing a matrix of %d cells allocated %d MB; want a few (sparse rows, written a row at a time)", m.Size(), alloc>>20)
	}
}

// countWriter counts what is written to it, and keeps none of it.
type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

// TestMarkdownSaysWhereARepeatedDutyIs (verify24 V2): a duty text that
// two rows share says after it where each is, as the explorer's matrix
// does, in either language; a text read once says nothing more. Within
// one department the way down from where the two part tells them apart.
func TestMarkdownSaysWhereARepeatedDutyIs(t *testing.T) {
	files := fstest.MapFS{
		"en/eng.md":    {Data: []byte("---\nid: eng\nname: Engineering\n---\n\n## Work {#work}\n\n- Build the product.\n- Hire engineers.\n  Responsible: people\n")},
		"en/people.md": {Data: []byte("---\nid: people\nname: People team\n---\n\n## Hiring {#hiring}\n\n- Hire engineers.\n- Run onboarding.\n\n### Recruiter {#recruiter .position}\n\n- Run onboarding.\n")},
		"zh/eng.md":    {Data: []byte("---\nid: eng\nname: 工程部\n---\n\n## 工作 {#work}\n\n- 开发产品。\n- 招聘工程师。\n")},
		"zh/people.md": {Data: []byte("---\nid: people\nname: 人事部\n---\n\n## 招聘 {#hiring}\n\n- 招聘工程师。\n- 安排入职。\n\n### 招聘专员 {#recruiter .position}\n\n- 安排入职。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	m := Of(org, []*model.Node{org.Node("people")}, Options{})
	for l, want := range map[model.Lang]string{
		model.En: "| Duty | People team | Recruiter | Engineering |\n|---|:-:|:-:|:-:|\n" +
			"| Hire engineers. · People team | RA |  |  |\n" +
			"| Run onboarding. · People team › Hiring | RA |  |  |\n" +
			"| Run onboarding. · Recruiter |  | RA |  |\n" +
			"| Hire engineers. · Engineering | R |  | A |\n",
		model.Zh: "| 职责 | 人事部 | 招聘专员 | 工程部 |\n|---|:-:|:-:|:-:|\n" +
			"| 招聘工程师。 · 人事部 | RA |  |  |\n" +
			"| 安排入职。 · 人事部 › 招聘 | RA |  |  |\n" +
			"| 安排入职。 · 招聘专员 |  | RA |  |\n" +
			"| 招聘工程师。 · 工程部 | R |  | A |\n",
	} {
		var md bytes.Buffer
		if err := m.Markdown(&md, l); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(md.String(), want) {
			t.Errorf("%v markdown:\n%s\nwant it to start\n%s", l, md.String(), want)
		}
	}
}
