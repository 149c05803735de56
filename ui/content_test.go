package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// bakery loads a two-department organisation whose kitchen bakes what.
func bakery(t *testing.T, what string, withShop bool) *model.Org {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the " + what + ".\n- Clean the ovens.\n",
	}
	if withShop {
		files["en/shop.md"] = "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the " + what + ".\n"
	}
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

// While a search is being typed the change waits, and is taken when the
// field closes.
func TestContentMsgWaitsForTyping(t *testing.T) {
	d := driveConfig(t, 120, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen/baking").keys("/").typeText("ove")
	d.send(ContentMsg{Org: bakery(t, "rolls", true)})
	if s := d.search(); s.query != "ove" {
		t.Fatalf("the search being typed was lost: %q", s.query)
	}
	d.keys("esc")
	scr := d.screen()
	if !strings.Contains(scr, "Bake the rolls.") || !strings.Contains(scr, "The content was updated.") {
		t.Errorf("the change was not taken once the search closed:\n%s", scr)
	}
}
