package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/model"
)

// openCompare selects department a in the tree and compares it with the
// department the picker finds for query.
func openCompare(t *testing.T, w, h int, lang model.Lang, a, query string) *driver {
	t.Helper()
	d := newDriver(t, w, h, lang)
	d.m.tree.reveal(d.m.org.Node(a))
	d.keys("c").typeText(query).keys("enter")
	if d.m.mode != modeCompare {
		t.Fatalf("compare view did not open; screen:\n%s", d.screen())
	}
	return d
}

func TestGoldenCompare(t *testing.T) {
	for _, tc := range []struct {
		name    string
		w, h    int
		a, with string
	}{
		{"marketing_sales_140x45", 140, 45, "marketing", "sales"},
		{"marketing_sales_80x24_stacked", 80, 24, "marketing", "sales"},
		{"finance_hr_140x45", 140, 45, "finance", "human"},
	} {
		for _, lang := range model.Langs {
			t.Run(tc.name+"_"+lang.Code(), func(t *testing.T) {
				query := tc.with
				if lang == model.Zh && tc.with == "sales" {
					query = "销售"
				}
				d := openCompare(t, tc.w, tc.h, lang, tc.a, query)
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}

// TestCompareThinPairShowsDashes checks dimensions the sources say nothing
// about show "—" rather than an empty cell.
func TestCompareThinPairShowsDashes(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "finance", "human")
	if n := strings.Count(d.screen(), "—"); n < 8 {
		t.Fatalf("want a dash for each unknown trait of finance and HR, got %d:\n%s", n, d.screen())
	}
}

// TestCompareRowsAlign checks both sides of a shared-duty row start on the
// same line even when one side wraps longer, and the rule stays put.
func TestCompareRowsAlign(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "marketing", "sales")
	c := d.m.cmp
	col := -1
	for _, l := range c.viewLines(d.m.st) {
		plain := stripped(l)
		for i, r := range plain {
			if r == '│' || r == '┃' && i > 2 {
				cell := ansi.StringWidth(plain[:i]) // columns, not runes: CJK is two wide
				if col >= 0 && cell != col {
					t.Fatalf("rule moves from column %d to %d: %q", col, cell, plain)
				}
				col = cell
				break
			}
		}
	}
	for i, it := range c.items {
		if it.left != nil && it.right != nil && c.lines[it.first].right == "" {
			t.Fatalf("shared pair %d: right side does not start on the row's first line", i)
		}
	}
}

// TestCompareSwapAndJump swaps the sides, then goes to a right-side duty.
func TestCompareSwapAndJump(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "marketing", "sales")
	d.keys("s")
	if d.m.cmp.res.A.ID != "sales" || d.m.cmp.res.B.ID != "marketing" {
		t.Fatalf("s did not swap: %s vs %s", d.m.cmp.res.A.ID, d.m.cmp.res.B.ID)
	}
	d.keys("tab")
	want := d.m.cmp.target()
	if want == nil || want.Root().ID != "marketing" {
		t.Fatalf("tab should move to the right side (marketing), target %v", want)
	}
	d.keys("enter")
	if d.m.mode != modeExplore || d.m.tree.Selected() != want {
		t.Fatalf("enter did not jump to %s", want.Path)
	}
	d.keys("c", "esc")
	if d.m.mode != modeExplore {
		t.Fatal("esc in the picker should return to the tree")
	}
}

func stripped(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
