package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// TestCutKeepsTheColumns: a cut is exactly as wide as asked, a wide
// character halved by an edge leaving a space for its half inside.
func TestCutKeepsTheColumns(t *testing.T) {
	const s = "a市场部xy" // a 0, 市 1–2, 场 3–4, 部 5–6, x 7, y 8
	for _, c := range []struct {
		left, right int
		want        string
	}{
		{0, 2, "a "}, {0, 3, "a市"}, {0, 4, "a市 "}, {2, 5, " 场"}, {2, 6, " 场 "}, {1, 3, "市"},
		{6, 9, " xy"}, {7, 12, "xy"}, {4, 5, " "},
	} {
		if got := wcCells.cut(s, c.left, c.right); got != c.want {
			t.Errorf("cut(%q, %d, %d) = %q, want %q", s, c.left, c.right, got, c.want)
		}
	}
	styled := "\x1b[1m" + s + "\x1b[m"
	if got := ansi.Strip(wcCells.cut(styled, 2, 6)); got != " 场 " {
		t.Errorf("cut of styled text = %q", got)
	}
}

// cellRow splits a line as the terminal lays it out: one entry a cell,
// a wide character in its first cell and "" in the second.
func cellRow(line string) []string {
	var out []string
	for _, r := range ansi.Strip(line) {
		out = append(out, string(r))
		for range ansi.StringWidth(string(r)) - 1 {
			out = append(out, "")
		}
	}
	return out
}

// TestOverlayKeepsTheRowsAroundIt (tryout12 nit): a dialog drawn over the
// tree leaves the cells beside it as they were (the tree's "…" at a
// row's end kept), its box in one column on every row, each row exactly
// the window's width, wherever a Chinese character falls on its edges.
func TestOverlayKeepsTheRowsAroundIt(t *testing.T) {
	var duty string
	for _, n := range testOrg(t).Nodes() {
		if n.Kind == model.KindDuty && strings.Contains(n.Title.In(model.Zh), "见销售部的“终端活化与理货”") {
			duty = n.Path
			break
		}
	}
	if duty == "" {
		t.Skip("the built-in content no longer has the duty that sends the reader to sales' merchandising")
	}
	for _, w := range []int{60, 61, 62, 63} {
		d := newDriver(t, w, 18, model.Zh).reveal(duty)
		before := strings.Split(d.m.Render(), "\n")
		d.keys("?")
		after := strings.Split(d.m.Render(), "\n")
		if _, ok := d.top().(*helpScreen); !ok {
			t.Fatalf("? did not open the help")
		}
		box := d.top().view()
		x, y := d.m.dialogOrigin(box)
		bw := d.m.sh.cells.width(box[0])
		ellipses := 0
		for i := 1; i < len(after)-1; i++ {
			b, a := cellRow(before[i]), cellRow(after[i])
			if len(a) != w {
				t.Errorf("%d columns: row %d is %d cells wide:\n%s", w, i, len(a), d.screen())
				continue
			}
			// Right of the box: the same cells, but for a wide character
			// the box's edge cut in two.
			for j := x + bw; j < w; j++ {
				if b[j] != a[j] && (j > x+bw || a[j] != " ") {
					t.Errorf("%d columns: row %d, cell %d right of the box is %q, was %q:\n%s\n%s", w, i, j, a[j], b[j], before[i], after[i])
					break
				}
			}
			if b[w-1] == "…" {
				ellipses++
			}
			if r := i - 1 - y; r >= 0 && r < len(box) {
				if edge := cellRow(box[r])[0]; a[x] != edge {
					t.Errorf("%d columns: the box's row %d starts at cell %d with %q, not %q:\n%s", w, r, x, a[x], edge, d.screen())
				}
				for j := 0; j < x; j++ {
					if b[j] != a[j] && (j < x-1 || a[j] != " ") {
						t.Errorf("%d columns: row %d, cell %d left of the box is %q, was %q", w, i, j, a[j], b[j])
						break
					}
				}
			}
		}
		if ellipses == 0 {
			t.Errorf("%d columns: no row of the tree ends in …: the case is not tested:\n%s", w, ansi.Strip(strings.Join(before, "\n")))
		}
	}
}
