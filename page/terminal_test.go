package page

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestTerminalChineseListItems checks a Chinese list item starts beside its
// bullet and fills each line, instead of leaving the bullet alone on a line
// (fails without joinOrphanBullets).
func TestTerminalChineseListItems(t *testing.T) {
	md := "## 来源\n\n- 关于市场部与销售部关系及市场部工作的文章（写于长江家具公司）\n- 百度百科“市场部”词条\n"
	out := ansi.Strip(Terminal(md, "notty", 30))
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "•" {
			t.Fatalf("line %d is a bullet alone:\n%s", i, out)
		}
		if w := ansi.StringWidth(l); w > 30 {
			t.Fatalf("line %d is %d cells wide:\n%s", i, w, out)
		}
	}
	if !strings.Contains(out, "• 关于市场部") || !strings.Contains(strings.Join(strings.Fields(out), ""), "写于长江家具公司）") {
		t.Fatalf("item text lost or not beside its bullet:\n%s", out)
	}
}

// TestTerminalLinksAreText checks a Markdown link comes out without the
// OSC 8 hyperlink Glamour would write.
func TestTerminalLinksAreText(t *testing.T) {
	out := Terminal("see [the source](https://example.com/x)\n", "dark", 60)
	if strings.Contains(out, "\x1b]") {
		t.Fatalf("OSC sequence in %q", out)
	}
	if !strings.Contains(ansi.Strip(out), "the source") {
		t.Fatalf("link text lost: %q", ansi.Strip(out))
	}
}
