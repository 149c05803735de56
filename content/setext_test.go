package content

import (
	"strings"
	"testing"
)

// TestSetextNoteOnlyUnderParagraphs: the note on text underlined with -s
// or =s (see fixCases, "setext heading …") is for a paragraph's line
// only; a rule with a blank line above it, a table's delimiter row, a line
// in a code block, under a quote or under HTML, and a duty's line itself,
// are what Markdown reads them as, and get no such note.
func TestSetextNoteOnlyUnderParagraphs(t *testing.T) {
	for name, body := range map[string]string{
		"rule after a blank line":   "## S {#s}\nText.\n\n---\n\n- d\n",
		"table":                     "## S {#s}\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- d\n",
		"code block":                "## S {#s}\n```\ncode\n---\n===\n```\n\n- d\n",
		"quote":                     "## S {#s}\n> quoted\n---\n\n- d\n",
		"html":                      "## S {#s}\n<b>x</b>\n---\n\n- d\n",
		"duty's line":               "## S {#s}\n- d\n---\n",
		"duty's text":               "## S {#s}\n- d\n  continued\n  ---\n",
		"indented code":             "## S {#s}\n    code\n    ---\n\n- d\n",
		"equals in a sentence":      "## S {#s}\nText.\n= not a line\n\n- d\n",
		"one dash":                  "## S {#s}\nText.\n\n- d\n",
		"rule after a heading":      "## S {#s}\n---\n- d\n",
		"code block in a duty":      "## S {#s}\n- d\n\n  ```\n  x\n  ---\n  ```\n",
		"unindented rule after one": "## S {#s}\n- d\n\n  Notes\n---\n",
	} {
		_, ps := Check(layer(one(body)))
		for _, p := range ps {
			if strings.Contains(p.String(), "a Markdown heading") {
				t.Errorf("%s: %s", name, p)
			}
		}
	}
}
