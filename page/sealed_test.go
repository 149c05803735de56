package page_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// TestUnclosedHTMLBlockEndsWithItsPart: an HTML comment or <pre> a
// department's or section's text opens and never closes ends with that
// text: the headings and duties the page writes after it are still
// headings and a list, not raw Markdown (hostile13 #8).
func TestUnclosedHTMLBlockEndsWithItsPart(t *testing.T) {
	for _, c := range []struct {
		name, lang, file, path string
		want                   []string
	}{
		{"comment", "zh", "---\nid: x\nname: 某部\n---\n\n本部门**“定价”**是核心工作。\n\n<!-- 草稿：下面的内容还没写完\n\n## 工作 {#work}\n\n- 拜访客户。\n",
			"x", []string{"本部门“定价”是核心工作。", "## 工作 — 1 项职责", "1. 拜访客户。"}},
		{"pre", "en", "---\nid: x\nname: X\n---\n\n## First {#first}\n\nSection text.\n\n<pre>\nsome preformatted\n\n### Sub {#sub}\n\n- Do two.\n\n### Sub2 {#sub2}\n\n- Do three.\n",
			"x/first", []string{"Section text.", "some preformatted", "## Sub — 1 duty", "1. Do two.", "## Sub2 — 1 duty", "1. Do three."}},
		{"script", "en", "---\nid: x\nname: X\n---\n\nText.\n<SCRIPT>\nalert(1)\n\n## Work {#work}\n\n- Do one.\n",
			"x", []string{"Text.", "## Work — 1 duty", "1. Do one."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, c.lang), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, c.lang, "x.md"), []byte(c.file), 0o644); err != nil {
				t.Fatal(err)
			}
			org, err := content.Load(content.Dir(dir))
			if err != nil {
				t.Fatal(err)
			}
			n := org.Node(c.path)
			if n == nil {
				t.Fatalf("no %s", c.path)
			}
			l := model.En
			if c.lang == "zh" {
				l = model.Zh
			}
			styled := strings.Split(page.Terminal(page.Render(org, n, page.Options{Lang: l}), page.StyleDark, 80), "\n")
			lines := make([]string, len(styled))
			for i, s := range styled {
				lines[i] = strings.TrimSpace(ansi.Strip(s))
			}
			out := strings.Join(lines, "\n")
			for _, w := range c.want {
				i := 0
				for i < len(lines) && lines[i] != w {
					i++
				}
				switch {
				case i == len(lines):
					t.Errorf("no line %q in\n%s", w, out)
				case strings.HasPrefix(w, "## ") && (ansi.Strip(styled[i]) == styled[i] || i+1 == len(lines) || lines[i+1] != ""):
					// Raw text in an HTML block: unstyled, no blank line after.
					t.Errorf("%q is not a heading in\n%q", w, strings.Join(styled, "\n"))
				}
			}
			for _, bad := range []string{"<!--", "草稿"} {
				if strings.Contains(out, bad) {
					t.Errorf("%q shown as text in\n%s", bad, out)
				}
			}
		})
	}
}
