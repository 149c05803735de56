package content

import (
	"strings"
	"testing"
)

// TestLookalikeNoteOnlyWhereDutiesWereMeant: lines that look like list
// items are noted (fixCases, "Chinese numbering that is no list" and on)
// where duties were most likely meant; text that merely starts so, a
// numbered list in the text of a section with duties (as import writes a
// description cell), a department's own text, a code block, a duty's
// description and a lone dash of prose are left alone; so are hashtags and
// #s in code, for the note on a heading without its space; and numbers
// and words in brackets, for the note on an id not written as one.
func TestLookalikeNoteOnlyWhereDutiesWereMeant(t *testing.T) {
	for name, body := range map[string]string{
		"numbers in prose":             "## S {#s}\nGrew 1.5 million.\n-5% margin\n3.2.2 is a code.\n--- \n- d\n",
		"list in a section's text":     "## S {#s}\nSteps:\n1、审核\n2、发布\n\n- d\n",
		"lines with hard breaks":       "## S {#s}\n1、审核\\\n2、发布\n\n- d\n",
		"Chinese prose":                "## S {#s}\n一方面，价格要稳。\n十分重要。\n（一般如此）\n",
		"emphasis on a whole line":     "## S {#s}\n*Set prices first.*\n*Then the rest.*\n",
		"list, text, then duties":      "## S {#s}\n1、审核\n2、发布\n\nThen:\n\n- d\n",
		"department's text":            "Goals:\n• grow\n• last\n\n## S {#s}\n- d\n",
		"code block":                   "## S {#s}\n```\n-a\n1、x\n•y\n```\n",
		"duty's description":           "## S {#s}\n- d\n\n  Steps:\n  1、审核\n  •x\n",
		"one dash of prose":            "## S {#s}\nKnow thyself.\n— Socrates\n",
		"emphasis at a line's start":   "## S {#s}\n*Note:* none yet.\n",
		"a real list":                  "## S {#s}\n- a\n1. b\n* c\n",
		"a date":                       "## S {#s}\n2024.Q3 plans.\n",
		"text after duties, far apart": "## S {#s}\n- d\n\nSee:\n\n(1) the plan\n",
		"hashtags":                     "## S {#s}\nWe are #1.\n#marketing\n#1 seller\n- d\n",
		"#s in a code block":           "## S {#s}\n```\n##x\n```\n- d\n",
		"#s in a duty's description":   "## S {#s}\n- d\n\n  ##x\n",
		"ticket numbers":               "## Issue (#42) {#issue}\n- Fix bug (#12)\n- Track (#marketing) tags.\n",
	} {
		_, ps := Check(layer(one(body)))
		for _, p := range ps {
			if strings.Contains(p.String(), "list item") || strings.Contains(p.String(), "looks like a heading") || strings.Contains(p.String(), "looks like its {#id}") {
				t.Errorf("%s: %s", name, p)
			}
		}
	}
}
