package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// kitchenShop loads a kitchen (with a baker position when baker is set)
// whose sections are given, and a shop that hands it orders.
func kitchenShop(t *testing.T, kitchen string, baker, shop bool, others ...string) *model.Org {
	t.Helper()
	if baker {
		kitchen += "\n### Baker {#baker .position}\n\n- Knead the dough.\n"
	}
	files := map[string]string{"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n" + kitchen}
	if shop {
		files["en/shop.md"] = "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the bread.\n- Order the bread.\n  Responsible: kitchen\n"
	}
	for _, id := range others { // departments of one duty each
		files["en/"+id+".md"] = "---\nid: " + id + "\nname: " + strings.ToUpper(id[:1]) + id[1:] + "\n---\n\n## Work {#work}\n\n- Do the " + id + " work.\n"
	}
	return loadFolder(t, files)
}

// sameBody fails unless got's screen, the key bar aside (it may hold the
// notice), is want's, styles included.
func sameBody(t *testing.T, what string, got, want *driver) {
	t.Helper()
	body := func(s string) string { return s[:strings.LastIndexByte(s, '\n')] }
	if g, w := got.m.Render(), want.m.Render(); body(g) != body(w) {
		t.Errorf("%s: after the change the screen is:\n%s\nwhere opening it on the new content shows:\n%s", what, ansi.Strip(g), ansi.Strip(w))
	}
}

// A saved change keeps the org chart open, drawn from the new content,
// with the department or hand-off that was selected still selected (the
// change adds departments drawn before it), and the notice in the key bar.
func TestContentMsgKeepsTheChart(t *testing.T) {
	before := func() *model.Org { return kitchenShop(t, "## Baking {#baking}\n\n- Bake the bread.\n", false, true) }
	after := func() *model.Org {
		return kitchenShop(t, "## Baking {#baking}\n\n- Bake the rolls.\n- Clean the ovens.\n- Sweep the floor.\n", false, true, "attic", "bakehouse")
	}
	for _, sel := range []string{"shop", "kitchen"} {
		d := driveConfig(t, 100, 24, Config{Org: before(), Lang: model.En, Theme: ThemeDark})
		d.reveal(sel).keys("o")
		d.chart()
		d.send(ContentMsg{Org: after()})
		if got := d.chart().subject(); got == nil || got.Path != sel || got != d.m.sh.org.Node(sel) {
			t.Errorf("the chart selects %v after the change, want %s of the new content", got, sel)
		}
		if !strings.Contains(d.screen(), "3 duties") || !noticeShown(d) {
			t.Errorf("the chart is not drawn from the new content, or no notice:\n%s", d.screen())
		}
		fresh := driveConfig(t, 100, 24, Config{Org: after(), Lang: model.En, Theme: ThemeDark})
		fresh.reveal(sel).keys("o")
		sameBody(t, "chart on "+sel, d, fresh)
	}

	// The selected department gone: the chart stays, on what now stands
	// in its place.
	d := driveConfig(t, 100, 24, Config{Org: before(), Lang: model.En, Theme: ThemeDark})
	d.reveal("shop").keys("o")
	d.send(ContentMsg{Org: kitchenShop(t, "## Baking {#baking}\n\n- Bake the bread.\n", false, false)})
	if got := d.chart().subject(); got == nil || got != d.m.sh.org.Node("kitchen") {
		t.Errorf("with the shop gone the chart selects %v, want the kitchen", got)
	}
	if strings.Contains(d.screen(), "Shop") {
		t.Errorf("the chart still draws the shop:\n%s", d.screen())
	}
}

// A saved change keeps the responsibility matrix open on the same unit
// with its filters, drawn from the new content, the selected duty still
// selected where it is still there (here it moved down a row, as a
// section was written above it).
func TestContentMsgKeepsTheMatrix(t *testing.T) {
	before := func() *model.Org {
		return kitchenShop(t, "## Baking {#baking}\n\n- Bake the bread.\n- Clean the ovens.\n", false, true)
	}
	after := func() *model.Org {
		return kitchenShop(t, "## Prep {#prep}\n\n- Weigh the flour.\n\n## Baking {#baking}\n\n- Bake the rolls.\n- Clean the ovens.\n", false, true)
	}
	d := driveConfig(t, 100, 24, Config{Org: before(), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen").keys("m", "R", "down") // R: the rows where someone is responsible; on "Clean the ovens."
	d.send(ContentMsg{Org: after()})
	if got := d.top(); got == nil {
		t.Fatal("nothing on top")
	} else if s, ok := got.(*matrixScreen); !ok {
		t.Fatalf("the matrix closed: %T\n%s", got, d.screen())
	} else if sel := s.selected(); sel == nil || !strings.Contains(sel.Title.In(model.En), "Clean the ovens.") {
		t.Errorf("the matrix selects %v, want Clean the ovens.", sel)
	}
	if !noticeShown(d) || !strings.Contains(d.screen(), "Weigh the flour.") || !strings.Contains(d.screen(), "only R Responsible") {
		t.Errorf("the matrix is not of the new content with its filter, or no notice:\n%s", d.screen())
	}
	fresh := driveConfig(t, 100, 24, Config{Org: after(), Lang: model.En, Theme: ThemeDark})
	fresh.reveal("kitchen").keys("m", "R", "down", "down")
	sameBody(t, "matrix", d, fresh)

	// esc goes back to the explorer, on its own node.
	d.keys("esc")
	if got := d.explorer().tree.Selected(); got == nil || got.Path != "kitchen" {
		t.Errorf("after esc the explorer is on %v, want kitchen", got)
	}
}

// The matrix of a position the change removed becomes its department's;
// the matrix of a department removed closes, and the notice says why, in
// the reader's language.
func TestContentMsgMatrixUnitGone(t *testing.T) {
	baking := "## Baking {#baking}\n\n- Bake the bread.\n"
	d := driveConfig(t, 100, 24, Config{Org: kitchenShop(t, baking, true, true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen/baking/baker").keys("m")
	if !strings.Contains(d.screen(), "Responsibility matrix: Baker") {
		t.Fatalf("not the baker's matrix:\n%s", d.screen())
	}
	d.send(ContentMsg{Org: kitchenShop(t, baking, false, true)})
	if !strings.Contains(d.screen(), "Responsibility matrix: Kitchen") {
		t.Errorf("without the baker the matrix should be the kitchen's:\n%s", d.screen())
	}

	for _, c := range []struct {
		lang       model.Lang
		name, want string
	}{
		{model.En, "Shop", "Shop (shop) is no longer in the content; the matrix was closed."},
		{model.Zh, "商店", "内容中已没有商店（shop），矩阵已关闭。"},
	} {
		org := func(shop bool) *model.Org {
			dir := "en"
			if c.lang == model.Zh {
				dir = "zh"
			}
			files := map[string]string{dir + "/kitchen.md": "---\nid: kitchen\nname: K\n---\n\n## Baking {#baking}\n\n- Bake.\n"}
			if shop {
				files[dir+"/shop.md"] = "---\nid: shop\nname: " + c.name + "\n---\n\n## Selling {#selling}\n\n- Sell.\n"
			}
			return loadFolder(t, files)
		}
		d := driveConfig(t, 100, 24, Config{Org: org(true), Lang: c.lang, Theme: ThemeDark})
		d.reveal("kitchen").reveal("shop").keys("m")
		d.send(ContentMsg{Org: org(false)})
		if !d.explorerOnTop() || !strings.Contains(d.screen(), c.want) {
			t.Errorf("%v: the matrix did not close with %q:\n%s", c.lang, c.want, d.screen())
		}
	}
}
