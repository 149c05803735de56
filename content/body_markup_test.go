package content

import (
	"strings"
	"testing"
)

func TestInlineMarkup(t *testing.T) {
	for s, want := range map[string]string{
		"Manage **key** accounts.":         "**key**",
		"Manage *key* accounts.":           "*key*",
		"Manage _key_ accounts.":           "_key_",
		"Run `make` nightly.":              "`make`",
		"See [the plan](http://x) first.":  "[the plan](http://x)",
		"Drop ~~old~~ lines.":              "~~old~~",
		"负责**“市场部”**的工作。":                  "**“市场部”**",
		"Multiply 5 * 3 * 2.":              "",
		"Keep file_name_here as is.":       "",
		"Escape \\*not\\* emphasis.":       "",
		"Rate * ten":                       "",
		"A lone [bracket] and (paren).":    "",
		"Use snake_case names and *this*.": "*this*",
	} {
		if got := inlineMarkup(s); got != want {
			t.Errorf("inlineMarkup(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMarkupInATitleIsANote: a duty's line and a heading are plain text,
// shown as written in the tree, search and pages; Markdown marks in them
// get a note saying so (tryout5 defect 10).
func TestMarkupInATitleIsANote(t *testing.T) {
	org, ps := Check(layer(map[string]string{"en/a.md": fmA + "## S {#s}\n- Manage **key** accounts.\n- Plain duty.\n"}))
	if org == nil || len(ps) != 1 || !strings.Contains(ps[0].String(), "org/en/a.md:6: note: a duty's line is plain text: **key** is shown as written, marks included") {
		t.Fatalf("want one note, got:\n%s", ps)
	}
	if got := org.Node("a/s/1").Title.In(0); got != "Manage **key** accounts." {
		t.Errorf("title %q: the source is kept", got)
	}
	_, ps = Check(layer(map[string]string{"en/a.md": fmA + "## The `make` step {#s}\n- d\n"}))
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "org/en/a.md:5: note: a heading is plain text: `make` is shown as written") {
		t.Errorf("heading: %s", ps)
	}
}

// TestLongTextsAreBounded: a title past MaxTitle is refused at its line;
// a description past what search reads (analysis.MaxText) loads, with a
// note saying so (tryout5 defect 9).
func TestLongTextsAreBounded(t *testing.T) {
	_, ps := Check(layer(map[string]string{"en/a.md": fmA + "## S {#s}\n- Do it.\n- " + strings.Repeat("word ", MaxTitle) + "\n"}))
	if errs := ps.Errors(); len(errs) != 1 || !strings.Contains(errs[0].String(), "org/en/a.md:7: a duty's line is 320 KB long; the most it may be is 64 KB") {
		t.Errorf("long title:\n%s", ps)
	}
	org, ps := Check(layer(map[string]string{"en/a.md": fmA + "## S {#s}\n- Do it.\n\n  " + strings.Repeat("word ", 300<<10/5) + "\n"}))
	if org == nil || len(ps) != 1 || !strings.Contains(ps[0].String(), "org/en/a.md:6: note: the description of this duty is 300 KB; search and comparison read its first 256 KB") {
		t.Errorf("long description:\n%s", ps)
	}
}
