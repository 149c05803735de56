package page

import (
	"github.com/dutymap/dutymap/internal/linebreak"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// fuzzOrg is a department named name, with body as its description and
// one duty titled duty: the text an author controls on a page.
func fuzzOrg(name, body, duty string) *model.Org {
	d := &model.Node{ID: "d", Kind: model.KindDepartment}
	d.Title[model.En], d.Edit().Body[model.En] = name, body
	s := &model.Node{ID: "s", Kind: model.KindSection}
	s.Title[model.En] = "Section"
	leaf := &model.Node{ID: "1", Kind: model.KindDuty}
	leaf.Title[model.En] = duty
	s.Children = []*model.Node{leaf}
	d.Children = []*model.Node{s}
	return model.NewOrg([]*model.Node{d}, nil)
}

// FuzzPageTerminal feeds arbitrary names, descriptions and duties through
// the page builder and the terminal rendering (what `show` writes to a
// terminal and the explorer's detail pane draws) and asserts that what
// comes out is text and colour only: no escape sequence but SGR, no
// control character but newline and tab, no C1, no bidi override, valid
// UTF-8, and no tab (Prepare expands them). The text is not cleaned first, as the loader would: the page
// must be safe on its own. Seeds are the failures of the hostile/extra-fuzz
// case: an entity that Glamour decodes into ESC, and a lone byte 0x97.
func FuzzPageTerminal(f *testing.F) {
	f.Add("Dept", "Body with &#27;[>4;2m modifyOtherKeys and &#27;]52;c;aGk=&#7; R&amp;D.", "Set &#27;[>4;2mprices")
	f.Add("Dept", "", "\x97")
	f.Add("\x1b]2;owned\a", "&#x9b;2J &#155;31m &#x202e;abc", "Query &#27;[?4m keys &#27;[8mHIDDEN")
	f.Add("市场部", "*a _b c_ d*\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |", "制定价格 &copy; &lt;b&gt;")
	f.Fuzz(func(t *testing.T, name, body, duty string) {
		if len(body) > 4<<10 || len(name)+len(duty) > 4<<10 {
			// Size and nesting bounds are the text preparation's job, with
			// tests of their own; keep each run quick.
			t.Skip()
		}
		org := fuzzOrg(name, body, duty)
		for _, path := range []string{"d", "d/s/1"} {
			md := Render(org, org.Node(path), Options{Lang: model.En})
			for _, style := range []string{"dark", "notty"} {
				out := Terminal(md, style, 50)
				if v := termsafe.Check(out, true); v != "" {
					t.Fatalf("%s page, %s style: %s\nin %q\nfrom %q", path, style, v, out, md)
				}
				if strings.Contains(out, "\t") {
					t.Fatalf("%s page, %s style: a tab in %q", path, style, out)
				}
			}
		}
	})
}

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
			if (Width(l) > w || ansi.StringWidthWc(l) > w) && !oneCharacter(l) {
				t.Fatalf("width %d: line %q is %d cells", w, l, Width(l))
			}
		}
	})
}

// oneCharacter reports whether a line shows a single grapheme cluster
// (between spaces): a character wider than the whole width (an emoji on a
// line of one cell) stands alone on its line, as internal/linebreak
// documents, since no narrower line can show it.
func oneCharacter(line string) bool {
	// Clusters that take cells, plain spaces aside (skipped cluster by
	// cluster, not trimmed: " \uFE0F" is one cluster); a lone combining
	// mark takes none.
	text := ansi.Strip(line)
	wide := 0
	for i := 0; i < len(text); {
		seq, gw, n := linebreak.Decode(text, i)
		if seq != " " && clusterWidth(seq, gw) > 0 {
			wide++
		}
		i += n
	}
	return wide == 1
}
