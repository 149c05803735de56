package page

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// FuzzTerminal renders any Markdown at any width in every style and checks
// what the page promises: no line wider than the width as either kind of
// terminal counts it, nothing but SGR sequences, no typesetting mark left.
func FuzzTerminal(f *testing.F) {
	for _, s := range []string{
		"# Title\n\nPara *one*\ntwo **three**.\n\n- item\n  more\n\n> quote\n",
		"负责公司内部所有业务系统的日常运行维护工作 including the CRM and ERP systems。（注）",
		"| a | b |\n|---|---|\n| https://example.com/a/b/c | 中文，内容。 |\n",
		"x[^1]\n\n[^1]: note\n\n<details>\n<b>x</b><br>y\n</details>\n",
		"```\na\tb\n```\n\n1. one\n\n   two\n",
		"👨‍👩‍👧‍👦👨‍👩‍👧‍👦 💅🏻 ❤️ 🎙️\n\n- " + strings.Repeat("👨‍", 20) + "👧\n",
		strings.Repeat("> ", 12) + "deep",
		strings.Repeat("*a _b ", 12) + strings.Repeat("c_ d* ", 12),
		"## Budget ## {#budget}\n\nTerm\n: definition\n\n- [ ] task\n- [x] done\n",
	} {
		f.Add(s, uint8(40), uint8(0))
	}
	styles := []string{StyleDark, StyleLight, StyleMono, StylePlain}
	f.Fuzz(func(t *testing.T, md string, width, style uint8) {
		w := int(width)%200 + 1
		out := Terminal(md, styles[int(style)%len(styles)], w)
		if termsafe.KeepSGR(out) != out {
			t.Fatalf("more than SGR in the output: %q", out)
		}
		if strings.ContainsAny(out, hangMarkS+breakMarkS+tableMarkS+cellMarkS) {
			t.Fatalf("a typesetting mark in the output: %q", out)
		}
		for _, l := range strings.Split(out, "\n") {
			if Width(l) > w || ansi.StringWidthWc(l) > w {
				t.Fatalf("width %d: line %q is %d cells", w, l, Width(l))
			}
		}
	})
}
