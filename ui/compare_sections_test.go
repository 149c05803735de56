package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/model"
)

// TestCompareOnlyListNamesEachSectionOnce (tryout21 F9): in what one
// department does alone, stacked (< 90 columns) and side by side, a
// section's name stands once, bold, over its run of duties, not under
// every duty; the selection marker stays on the duty, not on the name.
func TestCompareOnlyListNamesEachSectionOnce(t *testing.T) {
	for _, lang := range model.Langs {
		for _, w := range []int{80, 130} {
			d := openCompare(t, w, 600, lang, "marketing", "fin")
			c := d.compare()
			var runs []string // the sections of marketing's own duties, once per run
			var last *model.Node
			for _, n := range c.res.OnlyA {
				if n.Parent != last {
					runs = append(runs, compare.Section(n, lang))
				}
				last = n.Parent
			}
			if len(runs) < 5 {
				t.Fatalf("too few sections to tell: %v", runs)
			}
			scr, styled := d.screen(), d.m.Render()
			first := runs[0] // "Responsibilities", 职责: 15 duties in it
			count := 0
			ownList := scr // up to the other's list, stacked under it
			if i := strings.Index(scr, "\n "+fmt.Sprintf(d.m.sh.w().compare.only, c.res.B.Title.In(lang), len(c.res.OnlyB))); i >= 0 {
				ownList = scr[:i]
			}
			for _, row := range strings.Split(ownList, "\n") {
				left, _, _ := strings.Cut(row, "│")
				if strings.TrimSpace(left) == first {
					count++
				}
			}
			if count != 1 {
				t.Errorf("%v %d columns: %q stands on %d rows, want once over its run:\n%s", lang, w, first, count, scr)
			}
			for _, sec := range runs {
				if ansi.StringWidth(sec) < c.colW-1 && !strings.Contains(styled, d.m.sh.st.Label.Render(sec)) { // a longer one wraps
					t.Errorf("%v %d columns: the section %q is not named in bold", lang, w, sec)
				}
			}
			if strings.Contains(scr, "┃ "+first) || strings.Contains(scr, "┃"+first) {
				t.Errorf("%v %d columns: the section's name is marked as selected:\n%s", lang, w, scr)
			}
			if !strings.Contains(scr, "┃• ") && !strings.Contains(scr, "┃"+c.res.OnlyA[0].Title.In(lang)[:3]) {
				t.Errorf("%v %d columns: the first duty is not marked selected:\n%s", lang, w, ansi.Strip(scr))
			}
		}
	}
}

// TestCompareStackedTraitsOfASilentSide: stacked, a department that
// describes no traits says "—" under each dimension the other describes,
// as its column does side by side (tryout26 U10: its line was left out,
// which reads as cut off), and one line under the table says why
// (tryout21 F9); in both languages, the dash in its own style.
func TestCompareStackedTraitsOfASilentSide(t *testing.T) {
	for _, c := range []struct {
		lang            model.Lang
		dash, note, dim string
	}{
		{model.En, "Finance department: —", "The sources describe no traits of Finance department.", "Objective"},
		{model.Zh, "财务部：—", "资料没有描述财务部的特征。", "目标"},
	} {
		d := openCompare(t, 80, 200, c.lang, "marketing", "fin")
		scr := d.screen()
		rows := 0
		for _, tr := range d.compare().res.Traits {
			if tr.A.In(c.lang) != "" {
				rows++
			}
		}
		if rows == 0 || strings.Count(scr, c.dash) != rows || strings.Count(scr, c.note) != 1 {
			t.Errorf("%v: want %q under each of the %d dimensions and the note %q once:\n%s", c.lang, c.dash, rows, c.note, scr)
		}
		_, dimAt, _ := strings.Cut(scr, "\n "+c.dim+" ")
		if first, _, _ := strings.Cut(dimAt, c.dash); strings.Count(first, "\n") > 4 {
			t.Errorf("%v: %q is not under %s:\n%s", c.lang, c.dash, c.dim, scr)
		}
		if !strings.Contains(d.m.Render(), d.m.sh.st.Dash.Render("—")) {
			t.Errorf("%v: the dash is not in its style", c.lang)
		}
		if !strings.Contains(scr, "Marketing department:") && !strings.Contains(scr, "市场部：") {
			t.Errorf("%v: the side that describes traits is gone:\n%s", c.lang, scr)
		}
	}
}

// TestCompareRuleNamesTheRun: once a run's section name has scrolled
// away, the rule under the header names it after the list's heading, so
// the duties on screen still say where they are.
func TestCompareRuleNamesTheRun(t *testing.T) {
	for _, c := range []struct {
		lang model.Lang
		want string
	}{
		{model.En, "── Only in Marketing department (174) › Responsibilities ─"},
		{model.Zh, "── 仅市场部（174） › 职责 ─"},
	} {
		d := openCompare(t, 80, 24, c.lang, "marketing", "fin")
		for range 20 {
			d.keys("down")
		}
		rule := strings.Split(d.screen(), "\n")[2]
		if !strings.Contains(rule, c.want) {
			t.Errorf("%v: the rule reads %q, want %q in it:\n%s", c.lang, rule, c.want, d.screen())
		}
	}
}
