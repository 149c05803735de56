package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// rowOf returns the screen line holding text, or fails.
func (d *driver) rowOf(text string) string {
	d.t.Helper()
	for _, l := range strings.Split(d.screen(), "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	d.t.Fatalf("%q is not on screen:\n%s", text, d.screen())
	return ""
}

// cellsAfter is what a row shows after the duty's text: its letters.
func cellsAfter(row, text string) string {
	_, rest, _ := strings.Cut(row, text)
	return strings.Join(strings.Fields(rest), " ")
}

// TestMatrixOfTheDepartment: m on a department opens its matrix; the
// letters are the roles, the filters keep rows by role and split work,
// and enter goes to the duty.
func TestMatrixOfTheDepartment(t *testing.T) {
	d := newDriver(t, 100, 30, model.En)
	d.reveal("sales").keys("m")
	scr := d.screen()
	if !strings.Contains(scr, "Responsibility matrix: Sales department") || !strings.Contains(scr, "37 duties") {
		t.Fatalf("%s", scr)
	}
	if got := cellsAfter(d.rowOf("Sell the company's products and services."), "services."); got != "RA" {
		t.Errorf("a duty of its own: %q", got)
	}
	if got := cellsAfter(d.rowOf("Apply the prices the marketing"), "has set."); got != "R A" {
		t.Errorf("applying prices: %q (sales R, marketing A)", got)
	}
	d.keys("C") // consulted only
	if scr := d.screen(); !strings.Contains(scr, "5 duties · only C Consulted") || strings.Contains(scr, "RA") {
		t.Errorf("consulted only:\n%s", scr)
	}
	d.keys("C")
	if !strings.Contains(d.screen(), "37 duties") {
		t.Error("the same role again shows every row")
	}
	d.keys("s")
	if !strings.Contains(d.screen(), "13 duties · split work only") {
		t.Errorf("split work:\n%s", d.screen())
	}
	d.keys("I", "x")
	if !strings.Contains(d.screen(), "37 duties") || strings.Contains(d.screen(), "only") {
		t.Errorf("x shows everything:\n%s", d.screen())
	}
	d.keys("s", "g", "down", "enter") // the second split duty: applying prices
	if n := d.explorer().subject(); n == nil || n.Path != "sales/field-execution/2" {
		t.Errorf("enter went to %v", n)
	}
	d.keys("esc")
	if !strings.Contains(d.screen(), "13 duties · split work only") {
		t.Error("back returns to the matrix as it was")
	}
}

// TestMatrixOfAPosition: on a position, the matrix is the position's, and
// its duties are its own.
func TestMatrixOfAPosition(t *testing.T) {
	d := newDriver(t, 100, 30, model.En)
	d.reveal("marketing/positions/manager").keys("m")
	if !strings.Contains(d.screen(), "Responsibility matrix: Marketing manager") {
		t.Fatalf("%s", d.screen())
	}
	if got := cellsAfter(d.rowOf("Plan, arrange and manage all"), "department's work."); got != "RA" {
		t.Errorf("%q", got)
	}
}

// TestMatrixOfAComparisonAndASearch: from a comparison the matrix covers
// both departments; from a search, the duties found.
func TestMatrixOfAComparisonAndASearch(t *testing.T) {
	d := newDriver(t, 120, 40, model.En)
	d.reveal("marketing").keys("c").typeText("sales").keys("enter", "m")
	scr := d.screen()
	if !strings.Contains(scr, "Responsibility matrix: Marketing department and Sales department") || !strings.Contains(scr, fmt.Sprintf("%d duties", testOrg(t).Node("marketing").Duties+13+testOrg(t).Node("sales").Duties-13)) {
		t.Errorf("%s", scr)
	}
	d = newDriver(t, 120, 40, model.Zh)
	d.keys("/").typeText("价格").keys("ctrl+r")
	if scr := d.screen(); !strings.Contains(scr, "职责分配矩阵：搜索“价格”") || !strings.Contains(d.rowOf("执行市场部定下的价格"), "R") {
		t.Errorf("%s", scr)
	}
	d.keys("A")
	if got := cellsAfter(d.rowOf("执行市场部定下的价格"), "价格。"); got != "A" {
		t.Errorf("A of applying prices: %q", got)
	}
}

// TestMatrixColumnsScroll: more units than fit scroll sideways, and the
// key bar says how.
func TestMatrixColumnsScroll(t *testing.T) {
	files := fstest.MapFS{}
	var ids []string
	for i := range 12 {
		id := fmt.Sprintf("unit-%02d", i)
		ids = append(ids, id)
		files["en/"+id+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: %s\nname: Unit number %d\n---\n## S {#s}\n- Work %d.\n", id, i, i))}
	}
	files["en/unit-00.md"].Data = append(files["en/unit-00.md"].Data, []byte("- Tell everyone.\n  Informed: "+strings.Join(ids[1:], ", ")+"\n")...)
	org, err := content.Load(content.Layer{Name: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 80, 20, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	d.reveal("unit-00").keys("m", "down")
	scr := d.screen()
	if !strings.Contains(scr, "▸") || !strings.Contains(scr, "→ columns") || strings.Contains(d.rowOf("Duty"), "11") {
		t.Fatalf("columns cut off without a sign:\n%s", scr)
	}
	first := cellsAfter(d.rowOf("Tell everyone."), "everyone.")
	d.keys("right", "right", "right", "right", "right", "right", "right", "right", "right", "right")
	scr = d.screen()
	if !strings.Contains(d.rowOf("Duty"), " 11 ") || !strings.Contains(scr, "◂") || strings.Contains(d.rowOf("Duty"), " 0 ") {
		t.Errorf("scrolled right:\n%s", scr)
	}
	d.keys("left", "left", "left", "left", "left", "left", "left", "left", "left", "left", "left")
	if got := cellsAfter(d.rowOf("Tell everyone."), "everyone."); got != first {
		t.Errorf("back to the first columns: %q, was %q", got, first)
	}
}

// TestMatrixNarrowedColumnsShowFromTheFirst: columns scrolled right in
// the full table come back when a filter (s: split work) leaves few
// enough to fit, so both sides of the split are on screen and the key bar
// offers no columns to reach (tryoutb26 B1).
func TestMatrixNarrowedColumnsShowFromTheFirst(t *testing.T) {
	d := newDriver(t, 120, 35, model.En)
	d.reveal("marketing").keys("m", "right", "right", "right", "right", "s")
	scr := d.screen()
	if head := d.rowOf("Duty"); !strings.Contains(head, "department department") || strings.Contains(scr, "◂") || strings.Contains(scr, "→ columns") {
		t.Fatalf("split work after scrolling right should show both departments' columns:\n%s", scr)
	}
	if row := d.rowOf("Sell the planned products"); !strings.HasSuffix(strings.TrimSpace(row), "A          R") {
		t.Errorf("the duty's row should show marketing's A and sales' R: %q", row)
	}
}

// TestMatrixMouse: a click selects a row, a second click opens its duty.
func TestMatrixMouse(t *testing.T) {
	d := newDriver(t, 100, 30, model.En)
	d.reveal("sales").keys("m")
	_, y := d.find("Call on customers in person.")
	d.click(10, y)
	if n := d.top().(*matrixScreen).selected(); n == nil || n.Path != "sales/selling/3" {
		t.Fatalf("click selected %v", n)
	}
	d.click(10, y)
	if n := d.explorer().subject(); n == nil || n.Path != "sales/selling/3" {
		t.Errorf("second click went to %v", n)
	}
}

// TestMatrixSelectionOnTheSmallestWindow: at 24×6 the head leaves no row
// for a duty unless its rule gives way: the selected duty, which enter
// opens, is on screen, marked, and a click on it selects it.
func TestMatrixSelectionOnTheSmallestWindow(t *testing.T) {
	for _, size := range [][2]int{{minWidth, minHeight}, {30, minHeight + 1}, {40, 12}} {
		d := newDriver(t, size[0], size[1], model.En)
		d.reveal("sales").keys("m")
		n := d.top().(*matrixScreen).selected()
		text := oneLine(n.Title.In(model.En))
		x, y := d.find("┃ " + text[:4])
		d.keys("enter")
		if got := d.explorer().subject(); got != n {
			t.Fatalf("%v: enter opened %v, want %s", size, got, n.Path)
		}
		d.keys("esc")
		d.click(x+2, y).click(x+2, y)
		if got := d.explorer().subject(); got != n {
			t.Errorf("%v: two clicks on the row shown opened %v, want %s", size, got, n.Path)
		}
	}
}

// TestMatrixNeedsADepartment: m on a topic whose lists name no unit, or
// on a relation, says what to select (a topic's shared work opens the
// matrix of the units it names: TestMatrixOfSharedWork).
func TestMatrixNeedsADepartment(t *testing.T) {
	for path, want := range map[string]string{
		"collaboration":      "No RACI line here names a unit: select a department to see its matrix.",
		"marketing-to-sales": "Select a department (or anything in one) to see its RACI matrix.",
	} {
		d := newDriver(t, 80, 30, model.En)
		d.reveal(path).keys("m")
		if !strings.Contains(d.screen(), want) {
			t.Errorf("m on %s, want %q:\n%s", path, want, d.screen())
		}
	}
}

// TestFindingsList: ! lists what the checks find, with each one's fix;
// enter goes to its node.
func TestFindingsList(t *testing.T) {
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n- Keep the ledgers balanced.\n")},
		"zh/a.md": {Data: []byte("---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 记好账目。\n")},
		"en/b.md": {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n- Keep the ledgers balanced.\n")},
		"zh/b.md": {Data: []byte("---\nid: b\nname: 乙\n---\n## 乙 {#s}\n- 记好账目。\n")},
		"en/c.md": {Data: []byte("---\nid: c\nname: C\n---\n## S {#s}\n- Sign the cheques.\n  Accountable: a, b\n")},
		"zh/c.md": {Data: []byte("---\nid: c\nname: 丙\n---\n## 乙 {#s}\n- 签支票。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 100, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	d.keys("!")
	scr := d.screen()
	for _, want := range []string{"Ownership checks", "found 2 · errors 1 · warnings 1", "warning  double-owner  t/en/b.md:6", "error  multi-accountable  t/en/c.md:7",
		`"Keep the ledgers balanced." (B) reads the same as "Keep the ledgers balanced." (A, t/en/a.md:6;`} {
		if !strings.Contains(scr, want) {
			t.Errorf("lacks %q:\n%s", want, scr)
		}
	}
	if !strings.Contains(scr, "fix: keep one unit on the Accountable: line") {
		t.Errorf("the error comes first, selected, with its fix:\n%s", scr)
	}
	d.keys("down")
	if !strings.Contains(d.screen(), "fix: if a answers for both") {
		t.Errorf("the fix follows the selection:\n%s", d.screen())
	}
	d.keys("up", "enter")
	if n := d.explorer().subject(); n == nil || n.Path != "c/s/1" {
		t.Errorf("enter went to %v", n)
	}
	d.keys("esc", "L")
	if !strings.Contains(d.screen(), "归属检查") || !strings.Contains(d.screen(), "警告  double-owner") || !strings.Contains(d.screen(), "（乙）") {
		t.Errorf("in Chinese:\n%s", d.screen())
	}
}

// TestSearchAsksARole: in the explorer's search, "who is accountable for
// pricing?" lists the accountable units in the owners block.
func TestSearchAsksARole(t *testing.T) {
	d := newDriver(t, 120, 40, model.En)
	d.keys("/").typeText("who is accountable for applying prices?")
	scr := d.screen()
	if !strings.Contains(scr, "Who is accountable") || !strings.Contains(d.rowOf("■ Marketing department"), "Apply the prices the marketing") {
		t.Errorf("%s", scr)
	}
	d = newDriver(t, 120, 40, model.Zh)
	d.keys("/").typeText("谁批准价格")
	if scr := d.screen(); !strings.Contains(scr, "批准方") || !strings.Contains(scr, "市场部") {
		t.Errorf("%s", scr)
	}
}

// tryout19 §9: the matrix opened from "Sales compared with Marketing"
// had its columns Sales, Marketing but its rows began with Marketing's
// duties. The rows follow the columns: the first department's first.
func TestMatrixRowsFollowTheComparison(t *testing.T) {
	for _, lang := range model.Langs {
		d := openCompare(t, 160, 40, lang, "sales", "marketing").keys("m")
		s, ok := d.top().(*matrixScreen)
		if !ok || len(s.m.Rows) == 0 {
			t.Fatalf("%s: m did not open the pair's matrix:\n%s", lang.Code(), d.screen())
		}
		first := s.m.Rows[0].Duty
		if first.Root().ID != "sales" {
			t.Errorf("%s: the first row is %s, a duty of %s; want one of sales, the first column", lang.Code(), first.Path, first.Root().ID)
		}
		if !strings.Contains(normal(d.screen()), normal(string([]rune(first.Title.In(lang))[:6]))) {
			t.Errorf("%s: the first row's duty is not on screen:\n%s", lang.Code(), d.screen())
		}
	}
}
