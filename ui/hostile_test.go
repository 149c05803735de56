package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// hostileOrg is content written to attack the screen: escape sequences
// (OSC 52 clipboard, OSC 8 link, CSI clear), Markdown that tries to nest
// 10,000 lists deep inside a duty's sentence, a link, zero-width and
// right-to-left text, and a duty with a 1 MB description (a duty's own
// line is bounded at load).
func hostileOrg(t *testing.T) *model.Org {
	t.Helper()
	md := "---\nid: evil\nname: \"Evil\\e]52;c;aGk=\\a dept\"\n---\n" +
		"Body with a [link](https://example.com) and \x1b]8;;https://x.example\x1b\\label\x1b]8;;\x1b\\.\n\n" +
		"## Duties {#d}\n" +
		"- " + strings.Repeat("- ", 10_000) + "deep\n" +
		"- Click [here](javascript:alert) \x1b[2J now\n" +
		"- zero\u200bwidth \u202eright-to-left مرحبا\n" +
		"- Long.\n\n  " + strings.Repeat("long ", 200_000) + "\n"
	org, err := content.Load(content.Layer{Name: "evil", Root: "evil", FS: fstest.MapFS{"en/evil.md": &fstest.MapFile{Data: []byte(md)}}})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// TestHostileContentRendersSafely opens every page of the hostile
// organisation: no ESC byte of the content reaches the screen other than
// the UI's own styling, the deep "list" renders as text (fails if page.esc
// stops escaping "-": Glamour would then nest 10,000 lists and never
// finish), and every line fits the window.
func TestHostileContentRendersSafely(t *testing.T) {
	org := hostileOrg(t)
	d := driveConfig(t, 100, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark, NoColor: true})
	d.keys("enter")
	for range 5 {
		scr := d.m.Render()
		for _, bad := range []string{"]52;", "]8;", "[2J", "\a"} {
			if strings.Contains(scr, bad) {
				t.Fatalf("content's escape sequence %q reached the screen", bad)
			}
		}
		for i, l := range strings.Split(scr, "\n") {
			if w := ansi.StringWidth(l); w > 100 {
				t.Fatalf("line %d is %d cells wide", i, w)
			}
		}
		d.keys("j")
	}
	d.reveal("evil/d/1")
	if !strings.Contains(d.screen(), "- - - -") {
		t.Fatalf("the nested-list duty should show as plain text:\n%s", d.screen())
	}
}
