package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// openCompare selects department a in the tree and compares it with the
// department the picker finds for query.
func openCompare(t *testing.T, w, h int, lang model.Lang, a, query string) *driver {
	t.Helper()
	d := newDriver(t, w, h, lang).reveal(a)
	d.keys("c").typeText(query).keys("enter")
	d.compare()
	return d
}

// TestCompareTraitsCollapse: finance and HR have no traits in the sources;
// the table is one line, not eight rows of "— │ —".
func TestCompareTraitsCollapse(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "finance", "human")
	scr := d.screen()
	if !strings.Contains(scr, "The sources describe no traits of either department.") || strings.Count(scr, "—") > 0 {
		t.Fatalf("empty traits should be one line:\n%s", scr)
	}
	d = openCompare(t, 140, 45, model.En, "marketing", "sales")
	if !strings.Contains(d.screen(), "Objective") {
		t.Fatalf("described traits should stay:\n%s", d.screen())
	}
}

// TestPickerTakesTypos: the picker finds a department typed with two
// letters swapped, as show and compare do (tryout9 #9).
func TestPickerTakesTypos(t *testing.T) {
	d := openCompare(t, 120, 40, model.En, "marketing", "slaes")
	if scr := d.screen(); !strings.Contains(scr, "Marketing department") || !strings.Contains(scr, "Sales department") {
		t.Fatalf("marketing vs slaes did not compare with Sales:\n%s", scr)
	}
}

// TestCompareRowsAlign checks both sides of a pair start on the same line
// even when one side wraps longer, and the rule stays in one column.
func TestCompareRowsAlign(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "marketing", "sales")
	c := d.compare()
	col := -1
	for _, l := range c.view() {
		plain := ansi.Strip(l)
		for i, r := range plain {
			if (r == '│' || r == '┃') && i > 2 {
				cell := ansi.StringWidth(plain[:i]) // columns, not runes: CJK is two wide
				if col >= 0 && cell != col {
					t.Fatalf("rule moves from column %d to %d: %q", col, cell, plain)
				}
				col = cell
				break
			}
		}
	}
	pairs := 0
	for i, b := range c.blocks {
		if b.kind != blockPair || b.a == nil || b.b == nil {
			continue
		}
		pairs++
		lines := c.blockLines(i)
		for len(lines) > 1 && lines[0].sub { // a section's name over a run starts on one side only
			lines = lines[1:]
		}
		first := lines[0]
		if strings.TrimSpace(ansi.Strip(first.left)) == "" || strings.TrimSpace(ansi.Strip(first.right)) == "" {
			t.Fatalf("pair %d: a side does not start on the row's first line: %q | %q", i, ansi.Strip(first.left), ansi.Strip(first.right))
		}
	}
	if pairs == 0 {
		t.Fatal("no pairs to check")
	}
}

// TestCompareLabelsSimilar checks pairs are called similar, with a tier,
// never "both do".
func TestCompareLabelsSimilar(t *testing.T) {
	for _, w := range []int{140, 80} {
		d := openCompare(t, w, 45, model.En, "marketing", "sales")
		var all []string
		c := d.compare()
		for i := range c.blocks {
			for _, l := range c.blockLines(i) {
				all = append(all, ansi.Strip(l.left+l.right))
			}
		}
		text := strings.Join(all, "\n")
		if !strings.Contains(text, "Similar duties (") || strings.Contains(text, "both do") {
			t.Fatalf("%d columns: the heading should say similar:\n%s", w, text)
		}
		if !strings.Contains(text, "≈ very similar") && !strings.Contains(text, "≈ related") && !strings.Contains(text, "≈ similar") &&
			!strings.Contains(text, "  related") && !strings.Contains(text, "  similar") && !strings.Contains(text, "  very similar") {
			t.Fatalf("%d columns: no tier on the pairs:\n%s", w, text)
		}
	}
}

// TestCompareStickyHeader scrolls far down: the departments' names stay
// on the first line and the rule names the section scrolled into.
func TestCompareStickyHeader(t *testing.T) {
	for _, w := range []int{140, 80} {
		d := openCompare(t, w, 30, model.En, "marketing", "sales")
		d.keys("pgdown", "pgdown", "pgdown", "pgdown")
		lines := strings.Split(d.screen(), "\n")
		if !strings.Contains(lines[1], "Marketing department") || !strings.Contains(lines[1], "Sales department") {
			t.Fatalf("%d columns: the names scrolled away:\n%s", w, d.screen())
		}
		if !strings.HasPrefix(lines[2], "── Only in Marketing department") && !strings.HasPrefix(lines[2], "── Similar duties") {
			t.Fatalf("%d columns: the rule should name the section:\n%s", w, d.screen())
		}
	}
}

// TestCompareSelf: the picker never offers the department itself, and a
// comparison of a department with itself says so.
func TestCompareSelf(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).reveal("marketing").keys("c")
	for _, n := range d.top().(*picker).shown {
		if n.ID == "marketing" {
			t.Fatal("the picker offers the department being compared")
		}
	}
	mkt := d.m.sh.org.Node("marketing")
	d.keys("esc")
	d.run(d.m.push(newCompare(d.m.sh, mkt, mkt)))
	if scr := d.screen(); !strings.Contains(scr, "compared with itself") || strings.Contains(scr, "Similar duties") {
		t.Fatalf("a self comparison should say so:\n%s", scr)
	}
}

// TestCompareSwapAndJump swaps the sides, then opens a right-side duty.
func TestCompareSwapAndJump(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "marketing", "sales")
	d.keys("s")
	c := d.compare()
	if c.res.A.ID != "sales" || c.res.B.ID != "marketing" {
		t.Fatalf("s did not swap: %s vs %s", c.res.A.ID, c.res.B.ID)
	}
	d.keys("tab")
	want := c.target()
	if want == nil || want.Root().ID != "marketing" {
		t.Fatalf("tab should move to the right side (marketing), target %v", want)
	}
	d.keys("enter")
	if d.explorer().tree.Selected() != want {
		t.Fatalf("enter did not jump to %s", want.Path)
	}
	d.keys("c", "esc")
	if _, ok := d.top().(*explorer); !ok {
		t.Fatal("esc in the picker should return to the explorer")
	}
}

// TestCompareMouse: a click selects a duty on the side clicked, a second
// click opens it; the wheel scrolls.
func TestCompareMouse(t *testing.T) {
	d := openCompare(t, 140, 45, model.En, "marketing", "sales")
	c := d.compare()
	var right *model.Node
	for _, i := range c.items {
		if b := c.blocks[i]; b.a != nil && b.b != nil {
			right = b.b
			break
		}
	}
	text := oneLine(right.Title.In(model.En))
	x, y := d.find(text[:min(len(text), 24)])
	d.click(x, y)
	if c.target() != right || c.side != 1 {
		t.Fatalf("a click selected %v on side %d, want %s on the right", c.target(), c.side, right.Path)
	}
	d.click(x, y)
	if d.explorer().tree.Selected() != right {
		t.Fatalf("a second click did not open %s", right.Path)
	}
	d.keys("esc")
	c = d.compare()
	before := c.top
	d.wheel(10, 20, 4)
	if c.top <= before {
		t.Fatalf("the wheel did not scroll: top block %d, then %d", before, c.top)
	}
}

// hugeComparison is a comparison of two departments of n duties each, n/2
// of them paired, made by hand: the layout is under test, not the pairing.
func hugeComparison(n int) *compare.Result {
	dept := func(id string) *model.Node {
		d := &model.Node{ID: id, Kind: model.KindDepartment, Title: model.Text{id, id}}
		sec := &model.Node{ID: "s", Kind: model.KindSection, Title: model.Text{"Section", "部分"}, Parent: d}
		d.Children = []*model.Node{sec}
		for i := range n {
			t := fmt.Sprintf("Duty %d of %s, long enough to wrap in a narrow column of the comparison.", i, id)
			sec.Children = append(sec.Children, &model.Node{ID: fmt.Sprint(i), Kind: model.KindDuty, Title: model.Text{t, t}, Parent: sec})
		}
		return d
	}
	a, b := dept("a"), dept("b")
	r := &compare.Result{A: a, B: b}
	for i := range n {
		da, db := a.Children[0].Children[i], b.Children[0].Children[i]
		if i%2 == 0 {
			r.Shared = append(r.Shared, model.Pair{A: da, B: db, Score: 0.6})
		} else {
			r.OnlyA, r.OnlyB = append(r.OnlyA, da), append(r.OnlyB, db)
		}
	}
	return r
}

// TestCompareLaysOutOnlyWhatIsVisible opens a comparison of two 50,000-duty
// departments, moves through it and scrolls to its end: only the blocks
// on screen are laid out, never all of them.
func TestCompareLaysOutOnlyWhatIsVisible(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	d := newDriver(t, 120, 40, model.En)
	c := newCompare(d.m.sh, testOrg(t).Departments[0], testOrg(t).Departments[1])
	d.run(d.m.push(c))
	c.res = hugeComparison(50_000)
	c.setBlocks()
	d.keys("j", "j", "pgdown", "G")
	laidOut := 0
	for _, l := range c.lines {
		if l != nil {
			laidOut++
		}
	}
	if laidOut > 200 {
		t.Fatalf("%d of %d blocks laid out for one screen of 38 lines", laidOut, len(c.blocks))
	}
	if scr := d.screen(); !strings.Contains(scr, "Duty 49999 of b") {
		t.Fatalf("G should show the last duty:\n%s", scr)
	}
}

// BenchmarkCompareHugeFrame is a key press and a frame in a comparison of
// two 50,000-duty departments.
func BenchmarkCompareHugeFrame(b *testing.B) {
	d := newDriver(b, 120, 40, model.En)
	c := newCompare(d.m.sh, testOrg(b).Departments[0], testOrg(b).Departments[1])
	d.run(d.m.push(c))
	c.res = hugeComparison(50_000)
	c.setBlocks()
	down, up := keyMsg("j"), keyMsg("k")
	for i := 0; b.Loop(); i++ {
		msg := down
		if i%64 >= 32 {
			msg = up
		}
		d.send(msg)
		_ = d.m.Render()
	}
}

// onlyRows finds, by scrolling through the comparison on screen, the
// screen rows where the first duty only in a and the first only in b
// begin: the same row when the lists are side by side.
func onlyRows(t *testing.T, d *driver) (a, b string, together bool) {
	t.Helper()
	c := d.compare()
	r := c.res
	lang := d.m.sh.lang
	firstWords := func(n *model.Node) string { return c.sh.cells.truncate(n.Title.In(lang), 20, "") }
	wa, wb := firstWords(r.OnlyA[0]), firstWords(r.OnlyB[0])
	d.keys("home")
	for range 400 {
		for _, row := range strings.Split(d.screen(), "\n")[3:] {
			hasA, hasB := strings.Contains(row, wa), strings.Contains(row, wb)
			if hasA || hasB {
				return wa, wb, hasA && hasB
			}
		}
		d.keys("pgdown")
	}
	t.Fatalf("neither %q nor %q came on screen", wa, wb)
	return
}

// TestCompareOnlyListsSideBySide (tryout9 nit): wide enough, what each
// department does alone is set in two columns, each list in its
// department's column from the same row, not one list after the other
// with the right column empty; stacked when narrow. The selected duty
// stays selected across the change.
func TestCompareOnlyListsSideBySide(t *testing.T) {
	for _, lang := range model.Langs {
		d := openCompare(t, 120, 40, lang, "marketing", "sales")
		c := d.compare()
		if len(c.res.OnlyA) == 0 || len(c.res.OnlyB) == 0 {
			t.Skip("one department does nothing alone")
		}
		if a, b, together := onlyRows(t, d); !together {
			t.Fatalf("%s at 120 columns: %q and %q do not start on one row:\n%s", lang.Code(), a, b, d.screen())
		}
		// Select the first duty only in b, then make the window narrow.
		for i, blk := range c.items {
			if c.blocks[blk].b == c.res.OnlyB[0] {
				c.cursor, c.side = i, 1
			}
		}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		if n := c.target(); n != c.res.OnlyB[0] {
			t.Fatalf("%s: narrowed, the selection moved from %s to %v", lang.Code(), c.res.OnlyB[0].Path, n)
		}
		if a, b, together := onlyRows(t, d); together {
			t.Fatalf("%s at 80 columns: %q and %q on one row", lang.Code(), a, b)
		}
	}
}

// TestCompareRepeatedDutiesShowTheirPlace (tryout9 nit): a duty worded
// the same in several places of one department is listed once per place,
// each under the name of the place it is in (named once over the run of
// duties in it), so the repeats read as the content's and not as a fault.
func TestCompareRepeatedDutiesShowTheirPlace(t *testing.T) {
	for _, w := range []int{120, 80} {
		d := openCompare(t, w, 40, model.En, "marketing", "sales")
		c := d.compare()
		seen := map[string][]string{} // duty text → its place and the lines drawn for it
		repeats := 0
		place := ""
		for i, b := range c.blocks {
			if b.kind != blockPair || b.a == nil || b.b != nil && !b.apart {
				continue
			}
			var drawn []string
			for _, l := range c.blockLines(i) {
				switch text := strings.TrimSpace(ansi.Strip(l.left)); {
				case l.sub && text != "":
					place = text
				case !l.sub && l.side <= 0:
					drawn = append(drawn, text)
				}
			}
			drawn = append([]string{place}, drawn...)
			text := b.a.Title.In(model.En)
			for _, other := range seen[text] {
				repeats++
				if other == strings.Join(drawn, "\n") {
					t.Errorf("at %d columns %q is drawn twice the same, its place not told apart:\n%s", w, text, other)
				}
			}
			seen[text] = append(seen[text], strings.Join(drawn, "\n"))
		}
		if repeats == 0 {
			t.Logf("no duty repeated in what marketing does alone: nothing to tell apart")
		} else {
			t.Logf("at %d columns: %d repeats, each told apart by its place", w, repeats)
		}
	}
}

// selectedOnScreen is the text of the rows marked selected (┃) on the
// screen, and whether the marker stands in the right column.
func selectedOnScreen(d *driver) (text string, right bool) {
	c := d.compare()
	var rows []string
	for _, row := range strings.Split(d.screen(), "\n") {
		left, rest, found := strings.Cut(row, "┃")
		if !found {
			continue
		}
		right = ansi.StringWidth(left) > c.colW/2
		rest, _, _ = strings.Cut(rest, "│") // the other column
		rows = append(rows, strings.TrimSpace(rest))
	}
	return normal(strings.Join(rows, "")), right
}

// TestCompareTabReachesTheOtherList (tryout11 nit): Tab on a duty only
// one department has goes to the other department's list even where that
// list has run out: side by side, to its last duty; stacked, to its
// nearest; and when the other does nothing alone, a notice says so.
func TestCompareTabReachesTheOtherList(t *testing.T) {
	for _, lang := range model.Langs {
		d := openCompare(t, 120, 30, lang, "marketing", "sales")
		c := d.compare()
		if len(c.res.OnlyA) <= len(c.res.OnlyB)+3 {
			t.Skip("marketing's own list is not longer than sales'")
		}
		below := c.res.OnlyA[len(c.res.OnlyB)+3] // a row where sales' list has run out
		c.selectNode(below, 0)
		d.send(tea.WindowSizeMsg{Width: 120, Height: 30})
		if text, right := selectedOnScreen(d); right || !strings.HasPrefix(text, normal(below.Title.In(lang))) {
			t.Fatalf("%s: the duty below sales' list is not selected on the left: %q\n%s", lang.Code(), text, d.screen())
		}
		d.keys("tab")
		last := c.res.OnlyB[len(c.res.OnlyB)-1]
		if text, right := selectedOnScreen(d); !right || !strings.HasPrefix(text, normal(last.Title.In(lang))) {
			t.Fatalf("%s: tab should select sales' last own duty %q on the right, selected is %q (right %v):\n%s",
				lang.Code(), last.Title.In(lang), text, right, d.screen())
		}
		// tryout19 §4: tab again returns to the duty tab left, not to the
		// one beside sales' last, a dozen duties up.
		d.keys("tab")
		if text, right := selectedOnScreen(d); right || !strings.HasPrefix(text, normal(below.Title.In(lang))) {
			t.Fatalf("%s: tab, tab should return to %q on the left, selected is %q (right %v):\n%s", lang.Code(), below.Title.In(lang), text, right, d.screen())
		}
		// Having come back, tab goes across again, and on a row with both
		// sides tab goes to the duty beside.
		d.keys("tab", "k", "tab")
		if _, right := selectedOnScreen(d); right {
			t.Fatalf("%s: tab on a row with both sides should go to the left one:\n%s", lang.Code(), d.screen())
		}

		// Stacked (80 columns): from marketing's list to sales' nearest.
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		c.selectNode(c.res.OnlyA[len(c.res.OnlyA)-1], 0)
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.keys("tab")
		if text, _ := selectedOnScreen(d); c.target() != c.res.OnlyB[0] ||
			!strings.HasPrefix(strings.TrimPrefix(text, "•"), normal(c.res.OnlyB[0].Title.In(lang))) {
			t.Fatalf("%s stacked: tab from marketing's last own duty should select sales' first, selected %q:\n%s", lang.Code(), text, d.screen())
		}
		d.keys("tab")
		if text, _ := selectedOnScreen(d); c.target() != c.res.OnlyA[len(c.res.OnlyA)-1] ||
			!strings.HasPrefix(strings.TrimPrefix(text, "•"), normal(c.res.OnlyA[len(c.res.OnlyA)-1].Title.In(lang))) {
			t.Fatalf("%s stacked: tab, tab should return to marketing's last own duty, selected %q:\n%s", lang.Code(), text, d.screen())
		}
	}
}

// TestCompareTabSaysWhyNot: with nothing the other department does alone,
// tab on a duty of one says so instead of doing nothing.
func TestCompareTabSaysWhyNot(t *testing.T) {
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n- Decide the prices of the company's products.\n- Train new sales staff.\n")},
		"zh/a.md": {Data: []byte("---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 确定公司产品的价格。\n- 培训新的销售人员。\n")},
		"en/b.md": {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n- Decide the prices of the company's products.\n")},
		"zh/b.md": {Data: []byte("---\nid: b\nname: 乙部\n---\n## 乙 {#s}\n- 确定公司产品的价格。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs {
		d := driveConfig(t, 120, 30, Config{Org: org, Lang: lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
		d.reveal("a").keys("c").typeText("b").keys("enter")
		c := d.compare()
		if len(c.res.OnlyA) != 1 || len(c.res.OnlyB) != 0 {
			t.Fatalf("want one duty only A has, none only B has: %d, %d", len(c.res.OnlyA), len(c.res.OnlyB))
		}
		c.selectNode(c.res.OnlyA[0], 0)
		d.keys("tab")
		want := fmt.Sprintf(d.m.sh.w().compare.noneAlone, c.res.B.Title.In(lang))
		if rows := strings.Split(d.screen(), "\n"); !strings.Contains(rows[len(rows)-1], want) {
			t.Fatalf("%s: tab with nothing on the other side should say %q; the bar is %q", lang.Code(), want, rows[len(rows)-1])
		}
	}
}

// tryout15 nit 7: in the stacked comparison a trait's text is set beside
// its department's name only when that leaves it half the width; at 40×12
// "Marketing department: " left 14 cells, one or two words a line. The
// name then stands above the text, which takes the width.
func TestCompareStackedTraitTakesTheWidth(t *testing.T) {
	for _, tc := range []struct {
		lang       model.Lang
		w, h       int
		name, text string // the name's line, and the start of the text
		beside     bool
	}{
		{model.En, 40, 12, "Marketing department:", "Build the brand, widen its", false},
		{model.En, 80, 24, "Marketing department:", "Build the brand", true},
		{model.Zh, 40, 12, "市场部：", "打造品牌", true},
	} {
		d := newDriver(t, tc.w, tc.h, tc.lang).reveal("marketing").keys("c").typeText("sales").keys("enter")
		rows := strings.Split(d.screen(), "\n")
		found := false
		for i, r := range rows {
			if !strings.HasPrefix(r, "   "+tc.name) {
				continue
			}
			found = true
			rest := strings.TrimSpace(strings.TrimPrefix(r, "   "+tc.name))
			switch {
			case tc.beside && !strings.HasPrefix(rest, tc.text):
				t.Errorf("%s %d×%d: the text is not beside the name: %q", tc.lang.Code(), tc.w, tc.h, r)
			case !tc.beside && (rest != "" || i+1 == len(rows) || !strings.HasPrefix(rows[i+1], "     "+tc.text)):
				t.Errorf("%s %d×%d: the name should stand alone above the text, indented under it:\n%s", tc.lang.Code(), tc.w, tc.h, d.screen())
			}
			break
		}
		if !found {
			t.Errorf("%s %d×%d: no line starts with %q:\n%s", tc.lang.Code(), tc.w, tc.h, tc.name, d.screen())
		}
	}
}

// tryout19 §5: a topic's title ran into its summary ("Market work and
// sales What …"): two spaces the wrapper made one, and only the dim of the
// summary told them apart. " — " parts them, as `dutymap compare` writes.
func TestCompareTopicTitleParted(t *testing.T) {
	for _, lang := range model.Langs {
		d := openCompare(t, 200, 40, lang, "marketing", "sales")
		c := d.compare()
		if len(c.res.Topics) == 0 {
			t.Fatal("marketing and sales share no topic")
		}
		d.keys("G")
		topic := c.res.Topics[0]
		want := "• " + topic.Title.In(lang) + " — " + strings.Fields(topic.Summary().In(lang))[0]
		if !strings.Contains(d.screen(), want) {
			t.Errorf("%s: want %q on screen:\n%s", lang.Code(), want, d.screen())
		}
	}
}

// TestCompareShowsSplitWork: the duties of sales whose RACI lines make
// marketing accountable are listed as work the two split, on sales' side
// with who does what in the dim of the pairs' holders, not as "Only in
// Sales" (tryout24 H14); stacked too, and in Chinese. The one also in a
// similar pair (applying marketing's prices) is listed too, saying so:
// the four are what the matrix of the two shows as split (verify24 V4).
func TestCompareShowsSplitWork(t *testing.T) {
	for _, tc := range []struct {
		w       int
		lang    model.Lang
		heading string
		holders string
	}{
		{120, model.En, "Work they split (4)", "A: Marketing department · R: Sales department"},
		{60, model.En, "Work they split (4)", "A: Marketing department · R: Sales department"},
		{120, model.Zh, "两者分担的工作（4）", "A：市场部 · R：销售部"},
	} {
		d := openCompare(t, tc.w, 40, tc.lang, "marketing", "sales")
		c := d.compare()
		var text []string
		heldRight := 0
		for i := range c.blocks {
			for _, l := range c.blockLines(i) {
				text = append(text, ansi.Strip(l.left)+"│"+ansi.Strip(l.right))
				cell := l.right
				if !c.apart {
					cell = l.left
				}
				if held := strings.TrimSpace(ansi.Strip(cell)); strings.Contains(held, tc.holders) && c.blocks[i].split {
					if !strings.Contains(cell, c.sh.st.StatusDim.Render(held)) {
						t.Errorf("%d %s: the holders line is not dim: %q", tc.w, tc.lang.Code(), cell)
					}
					if c.apart && strings.TrimSpace(ansi.Strip(l.left)) != "" {
						t.Errorf("%d %s: sales' split duty has text on marketing's side: %q", tc.w, tc.lang.Code(), l.left)
					}
					heldRight++
				}
			}
		}
		all := strings.Join(text, "\n")
		split := strings.Index(all, tc.heading)
		only := strings.Index(all, map[model.Lang]string{model.En: "Only in Sales department", model.Zh: "仅销售部"}[tc.lang])
		paired := map[model.Lang]string{model.En: "R: Sales department · also", model.Zh: "R：销售部 · 也列在"}[tc.lang] // the column may wrap the rest
		if i := strings.Index(all, paired); i < split || i > only {
			t.Errorf("%d %s: no split duty says %q:\n%s", tc.w, tc.lang.Code(), paired, all)
		}
		if split < 0 || only < split || heldRight != 4 {
			t.Fatalf("%d %s: split heading at %d, only at %d, %d holders lines:\n%s", tc.w, tc.lang.Code(), split, only, heldRight, all)
		}
		sell := map[model.Lang]string{model.En: "Sell the planned products", model.Zh: "通过市场部设计的渠道"}[tc.lang]
		if strings.Contains(all[only:], sell) {
			t.Errorf("%d %s: a split duty is still listed as only in sales:\n%s", tc.w, tc.lang.Code(), all[only:])
		}
	}
}

// TestCompareShowsTopicSharedWork (verify24 V4): a point of a topic's
// shared work whose RACI lines make both departments responsible or
// accountable is work they split: listed across both columns, saying it
// is the topic's and who does what, side by side and stacked, in both
// languages; a point only one of them does is not.
func TestCompareShowsTopicSharedWork(t *testing.T) {
	files := fstest.MapFS{
		"en/eng.md":    {Data: []byte("---\nid: eng\nname: Engineering\n---\n## Building {#building}\n- Build the product.\n")},
		"en/people.md": {Data: []byte("---\nid: people\nname: People team\n---\n## Hiring {#hiring}\n- Run onboarding.\n")},
		"en/close.md": {Data: []byte("---\nid: close\nkind: topic\nname: Quarter close\nconcerns: [eng, people]\n---\n## Shared work {#shared}\n" +
			"- Count the laptops at quarter end.\n  Responsible: eng, people\n  Accountable: people\n- Book the last invoices.\n  Responsible: eng\n")},
		"zh/eng.md":    {Data: []byte("---\nid: eng\nname: 工程部\n---\n## 建设 {#building}\n- 开发产品。\n")},
		"zh/people.md": {Data: []byte("---\nid: people\nname: 人事部\n---\n## 招聘 {#hiring}\n- 安排入职。\n")},
		"zh/close.md":  {Data: []byte("---\nid: close\nkind: topic\nname: 季度结算\nconcerns: [eng, people]\n---\n## 共同工作 {#shared}\n- 季度末清点笔记本电脑。\n- 入账最后的发票。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w    int
		lang model.Lang
		want []string
	}{
		{120, model.En, []string{"Work they split (1)", "• Count the laptops at quarter end.", "  shared work of the topic Quarter close", "  A: People team · R: Engineering, People team"}},
		{50, model.En, []string{"Work they split (1)", "• Count the laptops at quarter end.", "  shared work of the topic Quarter close", "  A: People team · R: Engineering, People"}},
		{120, model.Zh, []string{"两者分担的工作（1）", "• 季度末清点笔记本电脑。", "  专题“季度结算”的共同工作", "  A：人事部 · R：工程部、人事部"}},
	} {
		d := driveConfig(t, tc.w, 40, Config{Org: org, Lang: tc.lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
		d.reveal("eng").keys("c").typeText("people").keys("enter")
		c := d.compare()
		var rows []string
		for i := range c.blocks {
			for _, l := range c.blockLines(i) {
				rows = append(rows, strings.TrimRight(ansi.Strip(l.left)+ansi.Strip(l.right), " "))
			}
		}
		all := strings.Join(rows, "\n")
		at := strings.Index(all, tc.want[0])
		if at < 0 || !strings.Contains(all[at:], strings.Join(tc.want[1:], "\n")) {
			t.Errorf("%d %s: want the split's point\n%s\nin\n%s", tc.w, tc.lang.Code(), strings.Join(tc.want, "\n"), all)
		}
		if strings.Contains(all[at:], "Book the last invoices.") || strings.Contains(all[at:], "入账最后的发票。") {
			t.Errorf("%d %s: a point only engineering does is listed as split:\n%s", tc.w, tc.lang.Code(), all)
		}
	}
}

// TestCompareHandOffShowsWhoHandsItOver: under a hand-off, the comparison
// shows the duty that hands it over (its From line) as it shows the one
// that takes it up, in each language (tryout28 P10: From was dropped).
func TestCompareHandOffShowsWhoHandsItOver(t *testing.T) {
	for lang, want := range map[model.Lang][]string{
		model.En: {"← handed over by: Hand the plans to the sales department", "→ taken up by: Put up point-of-purchase (POP) material"},
		model.Zh: {"←交出：", "→接手："},
	} {
		d := openCompare(t, 200, 50, lang, "marketing", "sales")
		c := d.compare()
		var text strings.Builder
		for i, b := range c.blocks {
			if b.kind != blockRelation {
				continue
			}
			for _, l := range c.blockLines(i) {
				text.WriteString(strings.TrimSpace(ansi.Strip(l.left)) + " ")
			}
		}
		joined := strings.Join(strings.Fields(text.String()), " ")
		for _, w := range want {
			if !strings.Contains(joined, w) {
				t.Errorf("%v: the hand-offs lack %q:\n%s", lang, w, joined)
			}
		}
		if from, to := strings.Index(joined, want[0]), strings.Index(joined, want[1]); from < 0 || to < from {
			t.Errorf("%v: who hands it over is not before who takes it up", lang)
		}
	}
}
