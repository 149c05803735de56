package ui

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// tryout23 (ninth round): with a long name the stacked comparison's title
// was the first name cut with "…", and "vs <other>" was gone. Both names
// now share the line; and a heading "Only in <long name> (1)" keeps its
// count, cutting the name instead.
func TestCompareLongNamesShareTheTitle(t *testing.T) {
	long := "Supercalifragilisticexpialidocious-Department-Of-Very-Long-Words-Without-Spaces"
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: " + long + "\n---\n## Work {#work}\n- Approve things.\n")},
		"en/b.md": {Data: []byte("---\nid: b\nname: Sales\n---\n## Work {#work}\n- Do things.\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{40, 80, 120} {
		d := driveConfig(t, width, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
		d.reveal("a").keys("c").typeText("sales").keys("enter")
		d.compare()
		scr := d.screen()
		title := strings.Split(scr, "\n")[1]
		if !strings.Contains(title, "Supercalifragili") || !strings.Contains(title, "Sales") {
			t.Errorf("%d columns: the title does not name both departments: %q", width, title)
		}
		if width < stackWidth && !strings.Contains(title, "… vs Sales") {
			t.Errorf("%d columns: the stacked title %q, want the long name cut before \" vs Sales\"", width, title)
		}
		if !strings.Contains(scr, "… (1)") {
			t.Errorf("%d columns: the heading of what the long-named department does alone lost its count:\n%s", width, scr)
		}
	}
}

// tryout23: the comparison's note of the traits neither department has
// listed them with ", " in Chinese; the CLI's compare writes 、 (one
// separator, model.Lang.ListSep, serves both).
func TestCompareTraitListInChinese(t *testing.T) {
	for _, width := range []int{80, 140} {
		d := openCompare(t, width, 40, model.Zh, "general-office", "生产技术")
		scr := d.screen()
		if !strings.Contains(normal(scr), normal("两者都未描述：目标、工作性质、时间跨度")) {
			t.Errorf("%d columns: the traits neither has are not listed with 、:\n%s", width, scr)
		}
		d.keys("L")
		if scr := d.screen(); !strings.Contains(normal(scr), normal("Not described for either: Objective, Nature of work, Time horizon")) {
			t.Errorf("%d columns: in English the list is joined with \", \":\n%s", width, scr)
		}
	}
}

// countTail finds a heading's count at its end, in either language's
// brackets, and nothing else in brackets.
func TestCountTail(t *testing.T) {
	for text, want := range map[string]string{
		"Only in Sales (12)": " (12)", "仅销售部（12）": "（12）", "Similar duties (0)": " (0)",
		"Traits": "", "Only in Sales (east)": "", "Things ()": "", "(3)": "(3)",
	} {
		got := ""
		if i := countTail(text); i >= 0 {
			got = text[i:]
		}
		if got != want {
			t.Errorf("countTail(%q) leaves %q, want %q", text, got, want)
		}
	}
}
