package ui

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// laneOrg is three departments handing each other work (a column with
// lanes), the hand-offs named alike but for their end.
func laneOrg(t *testing.T) *model.Org {
	t.Helper()
	dept := func(id, name string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nname: " + name + "\n---\n\n## Work {#work}\n\n- Do the " + id + " work.\n")}
	}
	rel := func(id, from, to, name string, items int) *fstest.MapFile {
		text := "---\nid: " + id + "\nkind: relation\nfrom: " + from + "\nto: " + to + "\nname: " + name + "\n---\n\n## Items {#items}\n\n"
		for i := range items {
			text += "- Item " + strconv.Itoa(i+1) + ".\n"
		}
		return &fstest.MapFile{Data: []byte(text)}
	}
	org, err := content.Load(content.Layer{Name: "acme", Root: "acme", FS: fstest.MapFS{
		"en/engineering.md": dept("engineering", "Engineering"),
		"en/finance.md":     dept("finance", "Finance and Accounts"),
		"en/people.md":      dept("people", "People team"),
		"en/e-f.md":         rel("eng-to-finance", "engineering", "finance", "What engineering gives finance", 1),
		"en/f-e.md":         rel("finance-to-eng", "finance", "engineering", "What finance gives engineering", 2),
		"en/p-e.md":         rel("people-to-eng", "people", "engineering", "What people gives engineering", 3),
		"en/p-f.md":         rel("people-to-finance", "people", "finance", "What people gives finance", 4),
	}})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// tryout23 G14: the selected hand-off's whole name is somewhere on
// screen. At 120 columns the key bar gives it the room the language and
// the views after search and compare would take (it was cut at 24 cells
// with room to spare); at 40, where its lane shows "→ Finan… · 1" and
// the key bar has no room at all, the chart's top line names it, with its
// count, instead of the chart's summary.
func TestChartSelectedHandOffNamedWhole(t *testing.T) {
	org := laneOrg(t)
	d := driveConfig(t, 120, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Title: "acme"}).keys("o", "tab")
	if n := d.chart().subject(); n == nil || n.ID != "eng-to-finance" {
		t.Fatalf("tab selected %v, want the first hand-off", n)
	}
	rows := strings.Split(d.screen(), "\n")
	if bar := rows[len(rows)-1]; !strings.HasSuffix(strings.TrimRight(bar, " "), "What engineering gives finance") {
		t.Errorf("120 columns: the key bar does not name the hand-off whole: %q", bar)
	}
	if !strings.Contains(rows[1], "Organisation chart") {
		t.Errorf("120 columns: the label is whole on its lane, the top line should stay the chart's: %q", rows[1])
	}

	d = driveConfig(t, 40, 20, Config{Org: org, Lang: model.En, Theme: ThemeDark, Title: "acme"}).keys("o", "tab")
	rows = strings.Split(d.screen(), "\n")
	if !strings.Contains(d.screen(), "→ Finan… · 1") {
		t.Fatalf("40 columns: the lane's label is not cut as this test expects:\n%s", d.screen())
	}
	if got := strings.TrimSpace(rows[1]); got != "What engineering gives finance · 1 item" {
		t.Errorf("40 columns: the top line reads %q, want the selected hand-off's name and count", got)
	}
	d.keys("shift+tab") // a department: the chart's summary again
	if rows = strings.Split(d.screen(), "\n"); !strings.Contains(rows[1], "Organisation chart") {
		t.Errorf("40 columns, a box selected: the top line reads %q", rows[1])
	}
}

// The chart's header counts the hand-offs as it draws them, an arrow
// each, with the items they carry in brackets in the arrows' own unit: it
// said "14 hand-offs" over two arrows labelled "5 items" and "9 items"
// (tryoutb26 B5).
func TestChartHeaderCountsArrows(t *testing.T) {
	for lang, c := range map[model.Lang]struct{ head, five, nine string }{
		model.En: {"12 departments · 2 hand-offs (14 items)", "5 items", "9 items"},
		model.Zh: {"12 个部门 · 2 条交接（共 14 项）", "5 项", "9 项"},
	} {
		d := newDriver(t, 120, 30, lang).keys("o")
		scr := d.screen()
		if rows := strings.Split(scr, "\n"); !strings.Contains(rows[1], c.head) {
			t.Errorf("%s: the chart's header %q, want %q", lang.Code(), rows[1], c.head)
		}
		if !strings.Contains(scr, c.five) || !strings.Contains(scr, c.nine) {
			t.Errorf("%s: the arrows should carry %q and %q:\n%s", lang.Code(), c.five, c.nine, scr)
		}
	}
}

// On a narrow screen the chart's header cut its counts mid-word ("2
// departmen…"): a count goes whole, the items' first, then the hand-offs'.
func TestChartHeaderCutsWholeCounts(t *testing.T) {
	for _, c := range []struct {
		w          int
		want, lost string
	}{
		{70, "Organisation chart · 12 departments · 2 hand-offs (14 items)", ""},
		{60, "Organisation chart · 12 departments · 2 hand-offs", "item"},
		{40, "Organisation chart", "departmen"},
	} {
		d := newDriver(t, c.w, 12, model.En).keys("o")
		head := strings.Split(d.screen(), "\n")[1]
		if !strings.Contains(head, c.want) || strings.Contains(head, "…") || c.lost != "" && strings.Contains(head, c.lost) {
			t.Errorf("%d columns: the header %q, want %q and no count cut", c.w, head, c.want)
		}
	}
}
