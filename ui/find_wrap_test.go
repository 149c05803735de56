package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestFindAcrossBreaksWithoutASpace: find in page finds text the page
// wrapped where the source has no space (tryout23 G13): the line breaker
// breaks beside a CJK character (天枢 | /Tianshu) and inside a word too
// wide for the line (rc4- | with) without a space, and find must not make
// one up there. Text wrapped at a space is still found across the wrap.
// The cells lit spell the query, over the two lines it covers.
func TestFindAcrossBreaksWithoutASpace(t *testing.T) {
	fs := fstest.MapFS{"en/eng.md": &fstest.MapFile{Data: []byte("---\nid: eng\nname: Engineering\n---\n\n" +
		"Engineering builds the Acme platform (the 云原生 Kubernetes-based stack known internally as " +
		"天枢/Tianshu-Orchestrator-v2.3.1-rc4-with-extended-observability-hooks) and keeps it running around the clock.\n\n" +
		"## Work {#work}\n\n- Run the platform.\n")}}
	org, err := content.Load(content.Layer{Name: "acme", Root: "acme", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{40, 120} {
		d := driveConfig(t, width, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark})
		d.reveal("eng").keys("tab")
		wrapped := map[string]bool{}
		for _, query := range []string{"天枢/Tianshu", "rc4-with", "as 天枢", "stack known", "Tianshu", "Orchestrator-v2"} {
			d.keys("f").typeText(query).keys("enter") // f selects the last query: typing replaces it
			pg := d.explorer().page
			if len(pg.matches) != 1 {
				t.Fatalf("%d columns: %q found %d times, want once:\n%s", width, query, len(pg.matches), d.screen())
			}
			wrapped[query] = len(pg.matches[0]) > 1
			lit, _ := litCells(d.m.Render(), ansi.WcWidth)
			if want := strings.ReplaceAll(query, " ", ""); lit != want {
				t.Errorf("%d columns: %q lights %q:\n%s", width, query, lit, d.screen())
			}
		}
		// The point of the test: at 40 columns the page wraps inside both.
		if width == 40 && (!wrapped["天枢/Tianshu"] || !wrapped["rc4-with"]) {
			t.Fatalf("the page no longer wraps inside \"天枢/Tianshu\" and \"rc4-with\" at 40 columns; the test lost its point:\n%s", d.screen())
		}
	}
}
