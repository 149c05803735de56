package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// tryout23 G17: a comparison with its matrix opened over it keeps both
// over an edit that keeps its departments (esc from the matrix goes back
// to the comparison, not the explorer); when a department is gone, the
// comparison closes and the matrix opened from it with it, and the notice
// names the comparison (it named only the matrix).
func TestContentMsgKeepsTheScreensUnderTheMatrix(t *testing.T) {
	d := driveConfig(t, 100, 24, Config{Org: kitchenShop(t, "## Baking {#baking}\n\n- Bake the bread.\n", false, true), Lang: model.En, Theme: ThemeDark})
	d.reveal("kitchen").keys("c").typeText("shop").keys("enter", "m")
	if _, ok := d.top().(*matrixScreen); !ok {
		t.Fatalf("no matrix over the comparison:\n%s", d.screen())
	}
	d.send(ContentMsg{Org: kitchenShop(t, "## Baking {#baking}\n\n- Bake the bread.\n- Weigh the flour.\n", false, true)})
	if _, ok := d.top().(*matrixScreen); !ok {
		t.Fatalf("the matrix closed over an edit keeping its departments:\n%s", d.screen())
	}
	d.keys("esc")
	if _, ok := d.top().(*compareScreen); !ok {
		t.Fatalf("esc from the matrix did not go back to the comparison: %T\n%s", d.top(), d.screen())
	}
	d.keys("m")
	d.send(ContentMsg{Org: kitchenShop(t, "## Baking {#baking}\n\n- Bake the bread.\n", false, false)})
	if !d.explorerOnTop() || !strings.Contains(d.screen(), "Shop (shop) is no longer in the content; the comparison was closed.") {
		t.Errorf("the comparison and its matrix did not close with the comparison's notice:\n%s", d.screen())
	}
}
