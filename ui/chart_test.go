package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// chart is the chart on top, or fails the test.
func (d *driver) chart() *chartScreen {
	d.t.Helper()
	c, ok := d.top().(*chartScreen)
	if !ok {
		d.t.Fatalf("the chart is not on top: %T\n%s", d.top(), d.screen())
	}
	return c
}

// TestChartShowsTheLoop: o on a department opens the chart with that
// department selected; at 80×24 in either language the marketing ⇄ sales
// loop shows on the first screen, with what goes each way and how many
// items; enter opens the selected department's page, and esc comes back
// to the chart as it was.
func TestChartShowsTheLoop(t *testing.T) {
	org := testOrg(t)
	for _, lang := range model.Langs {
		t.Run(lang.Code(), func(t *testing.T) {
			d := newDriver(t, 80, 24, lang).reveal("sales").keys("o")
			c := d.chart()
			if c.subject() != org.Department("sales") {
				t.Fatalf("the chart selects %v, want the sales department", c.subject())
			}
			scr := d.screen()
			for _, rel := range org.Relations {
				if !strings.Contains(scr, rel.Title.In(lang)) && !strings.Contains(scr, labelStart(rel.Title.In(lang))) {
					t.Errorf("hand-off %q not on the first screen:\n%s", rel.Title.In(lang), scr)
				}
			}
			items := map[model.Lang]string{model.En: "%d items", model.Zh: "%d 项"}[lang]
			for _, want := range []string{"─▶", "◀─", fmt.Sprintf(items, 5), fmt.Sprintf(items, 9),
				org.Department("marketing").Title.In(lang), org.Department("sales").Title.In(lang)} {
				if !strings.Contains(scr, want) {
					t.Errorf("%q is not on the first screen:\n%s", want, scr)
				}
			}
			d.keys("enter")
			if e := d.explorer(); e.tree.Selected() != org.Department("sales") || !e.onPage {
				t.Fatalf("enter should show the sales department's page:\n%s", d.screen())
			}
			d.keys("esc")
			if d.chart() != c || c.subject() != org.Department("sales") {
				t.Fatal("esc should come back to the chart, the sales department selected")
			}
		})
	}
}

// labelStart is the start of a label the chart may wrap: its first two
// words, or its first four characters in Chinese.
func labelStart(s string) string {
	if f := strings.Fields(s); len(f) > 2 {
		return f[0] + " " + f[1]
	}
	r := []rune(s)
	return string(r[:min(4, len(r))])
}

// TestChartMoves: the arrows go from a box to the hand-off leaving it,
// across to the other box and down into the grid; tab visits every box and
// arrow once, each shown when selected; enter on an arrow opens the
// hand-off's page.
func TestChartMoves(t *testing.T) {
	org := testOrg(t)
	d := newDriver(t, 80, 24, model.En).keys("o")
	c := d.chart()
	path := func() string { return c.subject().Path }
	steps := []struct{ key, want string }{
		{"right", "marketing-to-sales"}, {"down", "sales-to-marketing"}, {"right", "sales"},
		{"left", "sales-to-marketing"}, {"up", "marketing-to-sales"}, {"left", "marketing"},
		{"down", "operations"}, {"down", "general-office"}, {"right", "hr"}, {"down", "trade-union"}, {"up", "hr"},
	}
	for _, s := range steps {
		d.keys(s.key)
		if path() != s.want {
			t.Fatalf("%s: on %s, want %s", s.key, path(), s.want)
		}
	}
	d.keys("g")
	seen := map[int]bool{}
	for range len(c.shapes) {
		if seen[c.cursor] {
			t.Fatalf("tab came back to shape %d", c.cursor)
		}
		seen[c.cursor] = true
		if !c.onScreen(c.cursor) {
			t.Fatalf("shape %d (%s) selected but not wholly on screen (offset %d)", c.cursor, path(), c.offset)
		}
		d.keys("tab")
	}
	if len(seen) != len(org.Departments)+len(org.Relations) {
		t.Fatalf("tab visited %d shapes, want a box per department and an arrow per hand-off (%d)", len(seen), len(org.Departments)+len(org.Relations))
	}
	d.keys("G", "shift+tab")
	if path() != "logistics" {
		t.Fatalf("shift+tab from the last box: %s", path())
	}
	d.keys("g", "right", "enter")
	if e := d.explorer(); e.tree.Selected() != org.Node("marketing-to-sales") {
		t.Fatalf("enter on an arrow should open the hand-off's page, got %v", e.tree.Selected())
	}
}

// TestChartMouse: a click selects a box, a second click opens it; the
// wheel scrolls.
func TestChartMouse(t *testing.T) {
	org := testOrg(t)
	d := newDriver(t, 80, 24, model.En).keys("o")
	c := d.chart()
	x, y := d.find("Finance department")
	d.click(x, y)
	if c.subject() != org.Department("finance") {
		t.Fatalf("a click on the finance box selects %v", c.subject().Path)
	}
	x, y = d.find("What sales reports to")
	d.click(x, y)
	if c.subject() != org.Node("sales-to-marketing") {
		t.Fatalf("a click on a hand-off's label selects %v", c.subject().Path)
	}
	d.wheel(x, y, 2)
	if c.offset == 0 {
		t.Fatal("the wheel did not scroll")
	}
	d.wheel(x, y, -5)
	if c.offset != 0 {
		t.Fatalf("the wheel up did not scroll back: offset %d", c.offset)
	}
	x, y = d.find("Finance department")
	d.click(x, y).click(x, y)
	if e := d.explorer(); e.tree.Selected() != org.Department("finance") {
		t.Fatalf("a second click should open the finance department, got %v", e.tree.Selected())
	}
}

// TestChartWheelKeepsTheSelectionOnScreen: the wheel scrolls the selected
// box away, and once none of it is on screen the selection moves to a box
// on screen, as pgdn does: enter opens a box the user sees (at least in
// part, drawn thick), never the one scrolled out of sight.
func TestChartWheelKeepsTheSelectionOnScreen(t *testing.T) {
	for _, notches := range []int{4, 8, 12} {
		d := newDriver(t, 80, 24, model.En).keys("o")
		c := d.chart()
		if c.maxOffset() == 0 {
			t.Fatal("the chart fits the screen: nothing to scroll")
		}
		first := c.subject()
		d.wheel(10, 10, notches) // 12 notches pass the end: the last screenful
		seen, chosen := d.screen(), c.subject()
		if chosen == first {
			t.Fatalf("after %d notches the first box, scrolled out of sight, is still selected:\n%s", notches, seen)
		}
		if !c.partlyOnScreen(c.cursor) || !strings.ContainsAny(seen, "┃━") {
			t.Errorf("after %d notches the selected %s is not on screen:\n%s", notches, chosen.Path, seen)
		}
		d.keys("enter")
		if n := d.explorer().tree.Selected(); n != chosen {
			t.Errorf("after %d notches of the wheel enter opened %s, not the selected %s", notches, n.Path, chosen.Path)
		}
	}
}

// TestChartLanguageAndSize: switching the language and resizing keep the
// selection, and every line stays the window's width (CJK names measured
// in cells).
func TestChartLanguageAndSize(t *testing.T) {
	org := testOrg(t)
	d := newDriver(t, 120, 40, model.En).reveal("hr").keys("o")
	c := d.chart()
	for _, step := range []func(){
		func() { d.keys("L") },
		func() { d.send(tea.WindowSizeMsg{Width: 44, Height: 15}) },
		func() { d.keys("L") },
		func() { d.send(tea.WindowSizeMsg{Width: 80, Height: 24}) },
	} {
		step()
		if c.subject() != org.Department("hr") || !c.onScreen(c.cursor) {
			t.Fatalf("lost the selection or left it off screen:\n%s", d.screen())
		}
		for i, l := range strings.Split(d.m.Render(), "\n") {
			if w := ansi.StringWidth(l); w != d.m.width {
				t.Fatalf("line %d is %d cells, want %d", i, w, d.m.width)
			}
		}
	}
}

// TestChartLargeOrganisation: 1,000 departments, each handing work to the
// next and every third pair back: the chart draws each department once
// (one column, its hand-offs in a few lanes beside it), the last box can
// be reached and shows, and a frame draws only what is on screen.
func TestChartLargeOrganisation(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	org := synth.WithHandOffs(1000, 2, 3)
	d := driveConfig(t, 80, 24, Config{Org: org, Lang: model.Zh, Theme: ThemeDark,
		Similarity: model.BuildSimilarity(context.Background(), org)})
	d.keys("o")
	c := d.chart()
	hs := diagram.HandOffs(org)
	if got, want := len(c.shapes), 1000+len(hs); got != want {
		t.Fatalf("%d shapes, want a box per department and an arrow per hand-off (%d)", got, want)
	}
	if c.bands[len(c.bands)-1].links == nil || 2*lanesOf(c.bands[len(c.bands)-1].links) > 10 {
		t.Fatal("a chain of hand-offs should need a few lanes, not one per hand-off")
	}
	d.keys("G")
	if last := c.shapes[len(c.shapes)-1]; c.cursor != len(c.shapes)-1 || !c.onScreen(c.cursor) || !strings.Contains(d.screen(), last.node.Title.In(model.Zh)) {
		t.Fatalf("G should show the last box:\n%s", d.screen())
	}
}

// TestComparePicture: p shows the pair as two boxes, each with its duties,
// how many are similar to the other side's, split by RACI and its own (as
// the list counts them), and the hand-offs between them; s keeps the picture,
// p goes back to the list.
func TestComparePicture(t *testing.T) {
	for _, lang := range model.Langs {
		d := openCompare(t, 80, 24, lang, "marketing", "sales")
		c := d.compare()
		d.keys("p")
		w := catalog[lang]
		scr := d.screen()
		for _, want := range []string{
			fmt.Sprintf(w.compare.similarCount, len(c.res.Shared)), fmt.Sprintf(w.compare.ownCount, len(c.res.OnlyA)),
			fmt.Sprintf(w.compare.ownCount, len(c.res.OnlyB)), fmt.Sprintf(w.chart.items, 5), fmt.Sprintf(w.chart.items, 9),
			"─▶", "◀─",
			// Sales' work split with marketing by RACI, in no similar
			// pair, has its line: the box's counts add up to its
			// duties (tryout26 U25).
			fmt.Sprintf(w.compare.splitCount, 3),
		} {
			if !strings.Contains(scr, want) {
				t.Errorf("%s: %q is not in the picture:\n%s", lang.Code(), want, scr)
			}
		}
		for _, side := range []struct {
			d    *model.Node
			only int
		}{{c.a, len(c.res.OnlyA)}, {c.b, len(c.res.OnlyB)}} {
			if sum := len(c.res.Shared) + c.res.SplitOnly(side.d) + side.only; sum != side.d.Duties {
				t.Errorf("%s: %s's box counts %d of its %d duties", lang.Code(), side.d.ID, sum, side.d.Duties)
			}
		}
		d.keys("s")
		if n := d.compare(); !n.picture || n.a != c.b {
			t.Fatalf("s should swap the sides and keep the picture:\n%s", d.screen())
		}
		d.keys("p")
		if d.compare().picture || !strings.Contains(d.screen(), w.compare.traits) {
			t.Fatalf("p should go back to the list:\n%s", d.screen())
		}
	}
	d := openCompare(t, 80, 24, model.En, "finance", "human").keys("p")
	if !strings.Contains(d.screen(), "No hand-off between them is recorded.") {
		t.Fatalf("a pair without hand-offs should say so:\n%s", d.screen())
	}
}

// BenchmarkChartKey is one arrow key on the chart and the frame after it:
// the built-in organisation at 120×40, and 1,000 departments with their
// hand-offs at 80×24 (only the bands on screen are drawn).
func BenchmarkChartKey(b *testing.B) {
	for _, bc := range []struct {
		name string
		org  *model.Org
		w, h int
	}{{"builtin", testOrg(b), 120, 40}, {"synth1000", synth.WithHandOffs(1000, 2, 3), 80, 24}} {
		b.Run(bc.name, func(b *testing.B) {
			d := driveConfig(b, bc.w, bc.h, Config{Org: bc.org, Lang: model.En, Theme: ThemeDark,
				Similarity: model.BuildSimilarity(context.Background(), bc.org)})
			d.keys("o")
			m := d.m
			keys := []tea.KeyPressMsg{keyMsg("down"), keyMsg("right"), keyMsg("down"), keyMsg("left")}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				next, _ := m.Update(keys[i%len(keys)])
				m = next.(*Model)
				_ = m.Render()
			}
		})
	}
}

// BenchmarkChartOpen is o pressed on the tree: the chart laid out and its
// first frame drawn.
func BenchmarkChartOpen(b *testing.B) {
	for _, bc := range []struct {
		name string
		org  *model.Org
	}{{"builtin", testOrg(b)}, {"synth1000", synth.WithHandOffs(1000, 2, 3)}} {
		b.Run(bc.name, func(b *testing.B) {
			d := driveConfig(b, 120, 40, Config{Org: bc.org, Lang: model.En, Theme: ThemeDark,
				Similarity: model.BuildSimilarity(context.Background(), bc.org)})
			m := d.m
			for b.Loop() {
				next, _ := m.Update(keyMsg("o"))
				_ = next.(*Model).Render()
				next, _ = next.(*Model).Update(keyMsg("esc"))
				m = next.(*Model)
			}
		})
	}
}

// TestChartOwnOrganisation: an English-only organisation of the user's,
// with one hand-off: the pair first (one arrow, one way), the other
// department under "Other departments", and L explains there is no
// Chinese instead of switching.
func TestChartOwnOrganisation(t *testing.T) {
	org, err := content.Load(content.Dir("../cli/testdata/myorg"))
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 80, 24, Config{Org: org, Lang: model.En, Theme: ThemeLight, Title: "myorg"}).keys("o")
	c := d.chart()
	scr := d.screen()
	for _, want := range []string{"Hand-offs between departments", "Kitchen", "Front of house", "Other departments", "Accounts", "─▶"} {
		if !strings.Contains(scr, want) {
			t.Errorf("%q is not on the chart:\n%s", want, scr)
		}
	}
	if strings.Contains(scr, "◀") {
		t.Errorf("a one-way hand-off drawn both ways:\n%s", scr)
	}
	if got := len(c.shapes); got != len(org.Departments)+1 {
		t.Errorf("%d shapes, want a box per department and one arrow", got)
	}
	d.keys("L")
	if d.chart() != c || !strings.Contains(d.screen(), "has no 中文 content") {
		t.Errorf("L on an English-only organisation should say so:\n%s", d.screen())
	}
}

// TestChartHostileNames draws the chart of an organisation, read by the
// content loader, whose names carry escape sequences, wide and zero-width
// characters, right-to-left text, tabs, brackets and arrows and very long
// words, with hand-offs both ways, in groups named the same way: at every
// width the lines are exactly the window's width, and no escape sequence
// of the content reaches the screen.
func TestChartHostileNames(t *testing.T) {
	names := []string{`Evil\e]52;c;aGk=\a dept`, "市场部👩‍💼\u200b营销 e\u0301", `\u202eright-to-left مرحبا\t\ttabs`,
		strings.Repeat("Supercalifragilistic", 8), `\e[2J clear [x] --> end`}
	fs := fstest.MapFS{}
	for i, n := range names {
		group := ""
		if i < 4 { // d0, d1 in g0; d2, d3 in g1; d4 in none
			group = fmt.Sprintf("group: g%d\n", i/2)
		}
		fs[fmt.Sprintf("en/d%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: d%d\nname: \"%s\"\norder: %d\n%s---\n\n## S {#s}\n\n- x\n", i, n, i, group))}
	}
	fs["groups.yaml"] = &fstest.MapFile{Data: []byte("- id: g0\n  name: \"Group \\e]8;;http://evil\\a[link] --> sub\\e]8;;\\a\\t\\u202eend\"\n" +
		"- id: g1\n  name: \"" + strings.Repeat("組", 70) + "\\e[2J\"\n")}
	for i := range 3 {
		fs[fmt.Sprintf("en/r%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\nid: r%d\nkind: relation\nname: \"%s\"\nfrom: d%d\nto: d%d\n---\n\n## S {#s}\n\n- y\n", i, names[4-i], i, (i+1)%2))}
	}
	org, err := content.Load(content.Layer{Name: "evil", Root: "evil", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	if len(org.Departments) != 5 || len(org.Relations) != 3 {
		t.Fatalf("%d departments, %d relations", len(org.Departments), len(org.Relations))
	}
	d := driveConfig(t, 120, 40, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("o")
	sweep(t, d)
	// The terminal counts grapheme clusters (mode 2027): a ZWJ emoji is two
	// cells, not four.
	d.send(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet})
	sweep(t, d)
	if !strings.Contains(d.screen(), "[x] --> end") {
		t.Fatalf("a name's brackets and arrow should show as written:\n%s", d.screen())
	}
	d.send(tea.WindowSizeMsg{Width: 130, Height: 80})
	if scr := d.screen(); !strings.Contains(scr, "Group [link] --> sub") || !strings.Contains(scr, "In none of the groups above") || !strings.Contains(scr, "組組組") {
		t.Fatalf("the groups' names should show as written, without their escape codes:\n%s", scr)
	}
}

// sweep draws the chart at widths from 24 to 130 columns, a few selections
// each, and checks every line is the window's width as the program counts
// cells, with none of the content's escape sequences or controls.
func sweep(t *testing.T, d *driver) {
	t.Helper()
	for w := 24; w <= 130; w += 9 {
		d.send(tea.WindowSizeMsg{Width: w, Height: 20})
		for range 4 {
			scr := d.m.Render()
			for _, bad := range []string{"]52;", "[2J", "\a", "\t", "\u202e"} {
				if strings.Contains(scr, bad) {
					t.Fatalf("%d columns: %q reached the screen", w, bad)
				}
			}
			for i, l := range strings.Split(scr, "\n") {
				if got := d.m.sh.cells.width(l); got != w {
					t.Fatalf("%d columns: line %d is %d cells: %q", w, i, got, ansi.Strip(l))
				}
			}
			d.keys("tab")
		}
	}
}

// TestChartGroups: the chart shows each group of departments the content
// declares under its name, in the order declared, with its departments,
// and the departments of no group under a heading of their own; in both
// languages. An organisation without groups keeps the layout by hand-offs.
func TestChartGroups(t *testing.T) {
	org := testOrg(t)
	for _, lang := range model.Langs {
		d := newDriver(t, 120, 200, lang).keys("o")
		lines := strings.Split(d.screen(), "\n")
		headingAt := func(text string) int {
			for y, l := range lines {
				if strings.TrimSpace(l) == text {
					return y
				}
			}
			t.Fatalf("%s: no heading %q on the chart:\n%s", lang.Name(), text, d.screen())
			return -1
		}
		boxAt := func(dept *model.Node) int {
			name := []rune(dept.Title.In(lang))
			name = name[:min(len(name), 12)] // the start of the name is on the box's first line
			for y, l := range lines {
				if strings.Contains(l, "│ "+string(name)) || strings.Contains(l, "┃ "+string(name)) {
					return y
				}
			}
			t.Fatalf("%s: no box for %s", lang.Name(), string(name))
			return -1
		}
		var headings []int
		groups, members, alone := org.Grouped()
		if len(groups) != 3 || len(alone) != 1 {
			t.Fatalf("the built-in content has %d groups and %d departments of none, want 3 and 1", len(groups), len(alone))
		}
		for _, g := range groups {
			headings = append(headings, headingAt(g.Name.In(lang)))
		}
		headings = append(headings, headingAt(catalog[lang].chart.ungrouped), len(lines))
		for i, ds := range append(members, alone) {
			for _, dept := range ds {
				if y := boxAt(dept); y <= headings[i] || y >= headings[i+1] {
					t.Errorf("%s: %s is on line %d, not between its group's heading (line %d) and the next (line %d)",
						lang.Name(), dept.ID, y, headings[i], headings[i+1])
				}
			}
		}
		if !sort.IntsAreSorted(headings) {
			t.Errorf("%s: groups out of order: %v", lang.Name(), headings)
		}
	}

	// Without groups: the hand-offs first, then the others.
	plain := *org
	plain.Groups = nil
	d := driveConfig(t, 120, 60, Config{Org: &plain, Lang: model.En, Theme: ThemeDark, Title: "built-in"}).keys("o")
	screen := d.screen()
	for _, want := range []string{"Hand-offs between departments", "Other departments", "Named only: no duties recorded"} {
		if !strings.Contains(screen, want) {
			t.Errorf("an organisation without groups: no %q on the chart:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "In none of the groups above") || strings.Contains(screen, "Front-office") {
		t.Errorf("an organisation without groups shows group headings:\n%s", screen)
	}
}

// lanesOf is how many lanes a column's lines take.
func lanesOf(a *linkArea) int {
	if len(a.rows) == 0 {
		return 0
	}
	return (len(a.rows[0]) - 1) / 2
}
