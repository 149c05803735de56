package content

import (
	"strings"
	"testing"
)

// Cases of hostile13 #7: two files pasted into one.
func init() {
	fixCases = append(fixCases,
		// #7: two files pasted into one.
		fixCase{"second front matter in a file", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n\n---\nid: b\nname: B\nsummary: Plans.\n---\n\n## T {#t}\n\n- Plan.\n\n"},
			"org/en/a.md:8: a second front matter (id: b) inside the file: a file describes one department, topic or relation",
			"move lines 8–16 into a file of their own, such as org/en/b.md",
			[]edit{{"en/a.md", "\n---\nid: b\nname: B\nsummary: Plans.\n---\n\n## T {#t}\n\n- Plan.\n\n", ""},
				{"en/b.md", "", "---\nid: b\nname: B\nsummary: Plans.\n---\n\n## T {#t}\n\n- Plan.\n"}}},
		// A pasted file that had no id: (only name: and summary:).
		fixCase{"second front matter without an id", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n\n---\nname: Market Research\nsummary: Studies.\n---\n\n## T {#t}\n\n- Survey.\n"},
			`org/en/a.md:8: a second front matter (name: "Market Research", without an id:) inside the file`,
			"move lines 8–15 into a file of their own, such as org/en/market-research.md, and add  id: market-research  to its front matter",
			[]edit{{"en/a.md", "\n---\nname: Market Research\nsummary: Studies.\n---\n\n## T {#t}\n\n- Survey.\n", ""},
				{"en/market-research.md", "", "---\nid: market-research\nname: Market Research\nsummary: Studies.\n---\n\n## T {#t}\n\n- Survey.\n"}}},
		fixCase{"second front matter without an id or a name", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n---\nsummary: Studies.\n---\n## T {#t}\n- Survey.\n"},
			`org/en/a.md:7: a second front matter (without an id: or a name:) inside the file`,
			"move lines 7–11 into a file of their own, and give its front matter an id: line and a name: line",
			[]edit{{"en/a.md", "---\nsummary: Studies.\n---\n## T {#t}\n- Survey.\n", ""},
				{"en/b.md", "", "---\nid: b\nname: B\nsummary: Studies.\n---\n## T {#t}\n- Survey.\n"}}},
		fixCase{"file pasted after itself", map[string]string{"en/a.md": okEn + okEn},
			"org/en/a.md:7: a second front matter (id: a) inside the file",
			"lines 7–12 repeat this file's id: keep one of the two copies, and delete lines 7–12", []edit{{"en/a.md", okEn + okEn, okEn}}},
	)
}

// TestMarkdownBetweenDashesIsNotAFile: a thematic break followed by text,
// a heading underlined with ---, and a front matter shown in a code block
// are Markdown, not a second file.
func TestMarkdownBetweenDashesIsNotAFile(t *testing.T) {
	body := "## S {#s}\n\nIntro.\n\n---\n\nMore text after a break.\n\n---\nNote: written with a colon\n---\n\n" +
		"```yaml\n---\nid: b\nname: B\n---\n```\n\n- Work.\n"
	org, ps := Check(layer(map[string]string{"en/a.md": fmA + body}))
	// The heading underlined with --- gets its own note (it is no
	// section: TestSetextNoteOnlyUnderParagraphs), and nothing else.
	if len(ps) != 1 || !strings.Contains(ps[0].String(), `org/en/a.md:15: note: a line of -s under it makes "Note: written with a colon" a Markdown heading`) {
		t.Fatalf("want no problem, and no note but the heading's:\n%s", ps)
	}
	if n := org.Department("a").Children; len(n) != 1 || n[0].Duties != 1 {
		t.Errorf("the body is not read whole: %d sections", len(n))
	}
}
