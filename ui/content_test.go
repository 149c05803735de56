package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// bakery loads a two-department organisation whose kitchen bakes what.
func bakery(t *testing.T, what string, withShop bool) *model.Org {
	t.Helper()
	files := map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the " + what + ".\n- Clean the ovens.\n",
	}
	if withShop {
		files["en/shop.md"] = "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the " + what + ".\n"
	}
	return loadFolder(t, files)
}

// loadFolder writes files (path: text) into a new folder and loads it.
func loadFolder(t *testing.T, files map[string]string) *model.Org {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// New content reaches a running program: the page on screen is rendered
// from it, on the same node, with a notice; the history of the old
// content is dropped; a rendering of the old content that arrives late is
// not shown.
func TestContentMsgRerendersThePage(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("shop").reveal("kitchen/baking")
	if scr := d.screen(); !strings.Contains(scr, "Bake the bread.") {
		t.Fatalf("before the change:\n%s", scr)
	}
	old := d.explorer().page.want

	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	scr := d.screen()
	if !strings.Contains(scr, "Bake the rolls.") || strings.Contains(scr, "bread") {
		t.Errorf("the page was not rendered from the new content:\n%s", scr)
	}
	if !strings.Contains(scr, "The content was updated.") {
		t.Errorf("no notice of the change:\n%s", scr)
	}
	if got := d.explorer().tree.Selected(); got == nil || got.Path != "kitchen/baking" {
		t.Errorf("after the change the explorer is on %v, want kitchen/baking", got)
	}

	d.send(pageRenderedMsg{key: old, lines: []string{"STALE PAGE"}})
	d.reveal("shop").reveal("kitchen/baking") // the page again, from the cache
	if strings.Contains(d.screen(), "STALE") {
		t.Errorf("a rendering of the old content was shown:\n%s", d.screen())
	}
	d.keys("esc")
	if !strings.Contains(d.screen(), "Nothing to go back to.") {
		t.Errorf("the old content's history was kept:\n%s", d.screen())
	}
}

// A node the new content no longer has leaves the explorer on the
// nearest node above it that is still there.
func TestContentMsgNodeGone(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("shop/selling")
	gone := bakery(t, "bread", false)
	d.send(ContentMsg{Org: gone})
	if got := d.explorer().tree.Selected(); got == nil || got.Path != "kitchen" {
		t.Errorf("after shop was removed the explorer is on %v, want the first department", got)
	}
	if strings.Contains(d.screen(), "Shop") {
		t.Errorf("the removed department is still shown:\n%s", d.screen())
	}
}

// noticeShown reports whether the key bar says the content was updated,
// in the notice's style.
func noticeShown(d *driver) bool {
	return strings.Contains(d.m.Render(), d.m.sh.st.Notice.Render(d.m.sh.w().app.newContent))
}

// fieldOf is the text field of the screen on top and where its cursor is.
func fieldOf(d *driver) (text string, cursor int) {
	d.t.Helper()
	var f *field
	switch s := d.top().(type) {
	case *searchScreen:
		f = &s.input
	case *picker:
		f = &s.input
	case *explorer:
		f = &s.page.input
	default:
		d.t.Fatalf("%T has no field", s)
	}
	return f.value(), f.in.Position()
}

// tryout12 #4: while the search screen is open, new content is taken at
// once: the query is run again on it, a query that found nothing finds
// what was just saved, and the notice says the content was updated. The
// field keeps its text and its cursor: typing goes on where it was. After
// esc the explorer is where it was itself, on the new content.
func TestContentMsgReachesTheSearch(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen/baking").keys("/").typeText("rolls")
	if scr := d.screen(); !strings.Contains(scr, "No duty mentions") {
		t.Fatalf("before the change nothing mentions rolls:\n%s", scr)
	}
	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	scr := d.screen()
	for _, want := range []string{"/ rolls", "2 found", "Bake the rolls.", "Sell the rolls."} {
		if !strings.Contains(scr, want) {
			t.Errorf("the search was not run again on the new content: %q is missing:\n%s", want, scr)
		}
	}
	if strings.Contains(scr, "No duty mentions") || !noticeShown(d) {
		t.Errorf("the old answer stayed, or no notice says the content changed:\n%s", scr)
	}
	d.keys("esc")
	if got := d.explorer().tree.Selected(); got == nil || got.Path != "kitchen/baking" {
		t.Errorf("after esc the explorer is on %v, want where it was (kitchen/baking)", got)
	}
	if scr := d.screen(); !strings.Contains(scr, "Bake the rolls.") {
		t.Errorf("the explorer below the search is not on the new content:\n%s", scr)
	}

	// Mid-word, the cursor inside the text: it stays where it was.
	d = driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.keys("/").typeText("rols").keys("left")
	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	if text, at := fieldOf(d); text != "rols" || at != 3 {
		t.Fatalf("the field holds %q with the cursor at %d, want \"rols\" at 3", text, at)
	}
	d.typeText("l")
	if scr := d.screen(); !strings.Contains(scr, "/ rolls") || !strings.Contains(scr, "Bake the rolls.") {
		t.Errorf("typing after the change did not go on where the cursor was:\n%s", scr)
	}
}

// The selected result stays selected when the new content still has it.
func TestContentMsgKeepsTheSelectedResult(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.keys("/").typeText("bread").keys("down")
	was := d.search().selected()
	if was == nil {
		t.Fatalf("nothing selected:\n%s", d.screen())
	}
	d.send(ContentMsg{Org: bakery(t, "bread", true)})
	if got := d.search().selected(); got == nil || got.Path != was.Path || got == was {
		t.Errorf("after the change %v is selected, want %s of the new content", got, was.Path)
	}
}

// Find in page keeps its field open, with its text and cursor, and finds
// again in the page rendered from the new content.
func TestContentMsgReachesFindInPage(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen/baking").keys("tab", "f").typeText("rolls")
	if scr := d.screen(); !strings.Contains(scr, "no matches") {
		t.Fatalf("before the change the page has no rolls:\n%s", scr)
	}
	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	e := d.explorer()
	if !e.page.finding {
		t.Fatalf("the find field closed on new content:\n%s", d.screen())
	}
	if text, at := fieldOf(d); text != "rolls" || at != 5 {
		t.Errorf("the find field holds %q with the cursor at %d", text, at)
	}
	scr := d.screen()
	if !strings.Contains(scr, "Bake the rolls.") || !strings.Contains(scr, "1/1") || strings.Contains(scr, "no matches") {
		t.Errorf("find did not find again in the new page:\n%s", scr)
	}
	if !strings.Contains(d.m.Render(), d.m.sh.st.FindCurrent.Render("rolls")) {
		t.Errorf("the match in the new page is not highlighted:\n%q", d.m.Render())
	}
}

// The comparison picker keeps its text and selection, and lists the new
// content's departments.
func TestContentMsgReachesThePicker(t *testing.T) {
	withShed := func(shed bool) *model.Org {
		files := map[string]string{
			"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n",
			"en/shop.md":    "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the bread.\n",
		}
		if shed {
			files["en/shed.md"] = "---\nid: shed\nname: Shed\n---\n\n## Storing {#storing}\n\n- Store the flour.\n"
		}
		return loadFolder(t, files)
	}
	d := driveConfig(t, 120, 30, Config{Org: withShed(false), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen").keys("c").typeText("s")
	if scr := d.screen(); strings.Contains(scr, "Shed") {
		t.Fatalf("the shed is listed before it exists:\n%s", scr)
	}
	d.send(ContentMsg{Org: withShed(true)})
	p, ok := d.top().(*picker)
	if !ok {
		t.Fatalf("the picker closed on new content: %T\n%s", d.top(), d.screen())
	}
	if text, at := fieldOf(d); text != "s" || at != 1 {
		t.Errorf("the picker's field holds %q with the cursor at %d", text, at)
	}
	if scr := d.screen(); !strings.Contains(scr, "Shed") || !strings.Contains(scr, "▸ Shop") || !noticeShown(d) {
		t.Errorf("the picker does not list the new department with Shop still selected, or no notice:\n%s", scr)
	}
	if p.from != d.m.sh.org.Node("kitchen") {
		t.Errorf("the picker compares a department of the old content")
	}
	d.keys("enter")
	if c := d.compare(); c.b.Path != "shop" {
		t.Errorf("enter compared with %s, want shop", c.b.Path)
	}
}

// The help opened over a search stays over it; the search under it runs
// again on the new content.
func TestContentMsgKeepsHelpOverTheSearch(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.keys("/").typeText("rolls").keys("ctrl+g")
	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	if _, ok := d.top().(*helpScreen); !ok {
		t.Fatalf("the help closed on new content: %T", d.top())
	}
	d.keys("esc")
	if scr := d.screen(); d.search().query != "rolls" || !strings.Contains(scr, "Bake the rolls.") {
		t.Errorf("under the help the search was not kept and run again:\n%s", scr)
	}
}

// Content with problems keeps the tree on screen and shows a banner: how
// many problems, the command that lists them all, the first one; the
// banner goes when valid content comes, with the notice of the change.
// The body gives the banner its rows, so the screen keeps its height.
func TestContentProblemsBanner(t *testing.T) {
	bread := bakery(t, "bread", true)
	d := driveConfig(t, 120, 30, Config{Org: bread, Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen/baking")
	problems := &ContentProblems{First: "org/en/kitchen.md:2: the front matter is not valid YAML",
		Total: 3, Check: "dutymap --content org validate"}
	d.send(ContentMsg{Org: bakery(t, "bread", true), Version: 1}) // "The content was updated."
	bread = d.m.sh.org
	d.send(ContentMsg{Org: bread, Version: 1, Problems: problems})
	scr := d.screen()
	if strings.Contains(scr, "The content was updated.") {
		t.Errorf("the notice of the last update stayed beside the problems of a later one:\n%s", scr)
	}
	for _, want := range []string{
		"The content has 3 problems; the last valid version is shown. See them all: dutymap --content org validate",
		"org/en/kitchen.md:2: the front matter is not valid YAML",
		"Bake the bread.",
	} {
		if !strings.Contains(scr, want) {
			t.Errorf("%q is not on the screen:\n%s", want, scr)
		}
	}
	if got := d.explorer().tree.Selected(); got == nil || got.Path != "kitchen/baking" {
		t.Errorf("the problems moved the explorer to %v", got)
	}
	if n := strings.Count(scr, "\n") + 1; n != 30 {
		t.Errorf("the screen has %d rows with the banner, want 30:\n%s", n, scr)
	}
	lines := strings.Split(scr, "\n")
	if !strings.Contains(lines[27], "problems") || !strings.Contains(lines[28], "kitchen.md:2") {
		t.Errorf("the banner is not just above the key bar:\n%s", scr)
	}
	d.keys("j", "k") // keys do not dismiss it: the files still have problems
	if !strings.Contains(d.screen(), "kitchen.md:2") {
		t.Errorf("a key removed the banner:\n%s", d.screen())
	}

	d.send(ContentMsg{Org: bakery(t, "rolls", true), Version: 2})
	scr = d.screen()
	if strings.Contains(scr, "problems") || strings.Contains(scr, "kitchen.md:2") {
		t.Errorf("the banner stayed after the content was fixed:\n%s", scr)
	}
	if !strings.Contains(scr, "Bake the rolls.") || !strings.Contains(scr, "The content was updated.") {
		t.Errorf("the fixed content was not taken:\n%s", scr)
	}
	if n := strings.Count(scr, "\n") + 1; n != 30 {
		t.Errorf("the screen has %d rows after the banner went, want 30", n)
	}
}

// With one problem the banner says so in the singular; a terminal with
// one row to spare gets the banner's first line only, and one at the
// smallest size none (the body keeps its least height).
func TestContentProblemsBannerRows(t *testing.T) {
	bread := bakery(t, "bread", true)
	one := &ContentProblems{First: "org/en/kitchen.md:2: bad", Total: 1, Check: "dutymap validate org"}
	for _, tc := range []struct {
		h    int
		want []string
		not  []string
	}{
		{minHeight + 2, []string{"The content has a problem; the last valid version is shown. See it: dutymap validate org", "kitchen.md:2: bad"}, nil},
		{minHeight + 1, []string{"The content has a problem"}, []string{"kitchen.md:2"}},
		{minHeight, nil, []string{"problem", "kitchen.md:2"}},
	} {
		d := driveConfig(t, 120, tc.h, Config{Org: bread, Lang: model.En, Theme: ThemeDark})
		d.send(ContentMsg{Org: bread, Problems: one})
		scr := d.screen()
		for _, w := range tc.want {
			if !strings.Contains(scr, w) {
				t.Errorf("height %d: %q is missing:\n%s", tc.h, w, scr)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(scr, w) {
				t.Errorf("height %d: %q should not be shown:\n%s", tc.h, w, scr)
			}
		}
		if n := strings.Count(scr, "\n") + 1; n != tc.h {
			t.Errorf("height %d: the screen has %d rows", tc.h, n)
		}
	}
}

// kitchenOrg is a one-department organisation written in both languages,
// loaded from files as --content reads them.
func kitchenOrg(t *testing.T) *model.Org {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n",
		"zh/kitchen.md": "---\nid: kitchen\nname: 厨房\n---\n\n## 烘焙 {#baking}\n\n- 烤面包。\n",
	} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// In the Chinese interface the banner's own words are Chinese; the problem
// it quotes is written as dutymap validate writes it (in English: the
// loader's messages have no other language), file and line first.
func TestContentProblemsBannerInChinese(t *testing.T) {
	bread := kitchenOrg(t)
	d := driveConfig(t, 120, 30, Config{Org: bread, Lang: model.Zh, Theme: ThemeDark})
	d.send(ContentMsg{Org: bread, Problems: &ContentProblems{First: "org/zh/kitchen.md:1: the file has no front matter", Total: 2, Check: "dutymap validate org"}})
	scr := d.screen()
	for _, want := range []string{"内容有 2 个问题，仍显示上一个有效版本。查看全部：dutymap validate org", "org/zh/kitchen.md:1: the file has no front matter"} {
		if !strings.Contains(scr, want) {
			t.Errorf("%q is not on the screen:\n%s", want, scr)
		}
	}
	if strings.Contains(scr, "The content has") {
		t.Errorf("the banner's own words are in English:\n%s", scr)
	}
}

// A version read before the one already taken never replaces it.
func TestContentMsgStaleVersionDropped(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen/baking")
	d.send(ContentMsg{Org: bakery(t, "rolls", true), Version: 3})
	d.send(ContentMsg{Org: bakery(t, "buns", true), Version: 2})
	if scr := d.screen(); !strings.Contains(scr, "Bake the rolls.") || strings.Contains(scr, "buns") {
		t.Errorf("an older version replaced a newer one:\n%s", scr)
	}
}

// An open comparison stays open on new content when both departments are
// still there, and closes to the explorer when one is gone.
func TestContentMsgKeepsComparison(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen").keys("c").typeText("shop").keys("enter")
	d.compare()
	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	c := d.compare()
	if c.a.Path != "kitchen" || c.b.Path != "shop" || c.a != d.m.sh.org.Node("kitchen") {
		t.Fatalf("the comparison is of %s and %s, or of the old content", c.a.Path, c.b.Path)
	}
	if scr := d.screen(); !strings.Contains(scr, "rolls") || strings.Contains(scr, "bread") {
		t.Errorf("the comparison does not show the new content:\n%s", scr)
	}
	d.send(ContentMsg{Org: bakery(t, "rolls", false)})
	if got := d.explorer().tree.Selected(); got == nil || !strings.HasPrefix(got.Path, "kitchen") {
		t.Errorf("without the shop the explorer should be in the kitchen (what the comparison was on), is on %v", got)
	}
}

// New content under an open comparison leaves the explorer below it as
// it was: on its own node, with its own folds (not on the comparison's
// duty under the cursor, unfolded to it). After esc the screen is the one
// the same steps show without new content.
func TestContentMsgUnderComparisonKeepsTheExplorersPlace(t *testing.T) {
	steps := func(reload bool) string {
		d := driveConfig(t, 100, 16, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
		d.reveal("kitchen").keys("c").typeText("shop").keys("enter")
		d.compare()
		if reload {
			d.send(ContentMsg{Org: bakery(t, "bread", true)})
			d.compare()
		}
		d.keys("esc")
		return d.m.Render()
	}
	want, got := steps(false), steps(true)
	// The key bar's right end may differ (a notice); the body may not.
	body := func(s string) string { return s[:strings.LastIndexByte(s, '\n')] }
	if body(got) != body(want) {
		t.Errorf("after new content under the comparison, esc shows:\n%s\nwithout new content:\n%s", ansi.Strip(got), ansi.Strip(want))
	}
}

// A comparison whose department the new content lacks closes, and the
// notice says why, in the reader's language; the explorer stays where it
// was, its folds too.
func TestContentMsgComparisonClosedSaysWhy(t *testing.T) {
	zh := func(withShop bool) *model.Org {
		t.Helper()
		files := map[string]string{"zh/kitchen.md": "---\nid: kitchen\nname: 厨房\n---\n\n## 烘焙 {#baking}\n\n- 烤面包。\n"}
		if withShop {
			files["zh/shop.md"] = "---\nid: shop\nname: 商店\n---\n\n## 销售 {#selling}\n\n- 卖面包。\n"
		}
		return loadFolder(t, files)
	}
	for _, c := range []struct {
		lang      model.Lang
		org, gone func() *model.Org
		compare   string
		want      string
		tree      string // the explorer's row, folded
	}{
		{model.En, func() *model.Org { return bakery(t, "bread", true) }, func() *model.Org { return bakery(t, "bread", false) },
			"shop", "Shop (shop) is no longer in the content; the comparison was closed.", "▸ Kitchen"},
		{model.Zh, func() *model.Org { return zh(true) }, func() *model.Org { return zh(false) },
			"商店", "内容中已没有商店（shop），比较已关闭。", "▸ 厨房"},
	} {
		d := driveConfig(t, 100, 16, Config{Org: c.org(), Lang: c.lang, Theme: ThemeDark})
		d.reveal("kitchen").keys("c").typeText(c.compare).keys("enter")
		d.compare()
		d.send(ContentMsg{Org: c.gone()})
		scr := d.screen()
		if !d.explorerOnTop() || !strings.Contains(scr, c.want) || !strings.Contains(scr, c.tree) {
			t.Errorf("%v: the comparison did not close with %q, the explorer on %q:\n%s", c.lang, c.want, c.tree, scr)
		}
		if got := d.explorer().tree.Selected(); got == nil || got.Path != "kitchen" {
			t.Errorf("%v: the explorer is on %v, want kitchen", c.lang, got)
		}
	}
}

// An explorer over SSH (Server) says a change to the server's content was
// refused and whom to ask, in the interface language, and names no file
// and no command: its user can run neither (tryout21 F13).
func TestContentProblemsBannerOfAServer(t *testing.T) {
	for _, tc := range []struct {
		lang       model.Lang
		lead, next string
	}{
		{model.En, "A change to the server's content has 3 problems, so the last valid version is still shown.", "Ask the server's owner to fix it: the server's log lists the problems."},
		{model.Zh, "服务器上的内容改动有 3 个问题，仍显示上一个有效版本。", "请服务器的管理者修正：服务器日志列出了这些问题。"},
	} {
		org := kitchenOrg(t)
		d := driveConfig(t, 120, 30, Config{Org: org, Lang: tc.lang, Theme: ThemeDark})
		d.send(ContentMsg{Org: org, Problems: &ContentProblems{First: "/srv/org/en/kitchen.md:1: bad", Total: 3, Check: "dutymap validate /srv/org", Server: true}})
		scr := d.screen()
		for _, want := range []string{tc.lead, tc.next} {
			if !strings.Contains(scr, want) {
				t.Errorf("%q is not on the screen:\n%s", want, scr)
			}
		}
		if strings.Contains(scr, "/srv/org") || strings.Contains(scr, "validate") {
			t.Errorf("the banner names a file or command of the server:\n%s", scr)
		}
	}
}
