package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// acrossGroupsOrg has two groups and a department of none, with hand-offs
// inside a group (people → engineering), from one group to another
// (engineering → finance) and from a group to no group (finance → ops).
func acrossGroupsOrg(t *testing.T) *model.Org {
	t.Helper()
	dept := func(id, en, zh, group string) (string, string) {
		g := ""
		if group != "" {
			g = "group: " + group + "\n"
		}
		return "---\nid: " + id + "\nname: " + en + "\n" + g + "---\n\n## Work {#work}\n\n- Do the " + id + " work.\n",
			"---\nid: " + id + "\nname: " + zh + "\n" + g + "---\n\n## 工作 {#work}\n\n- 做" + zh + "的工作。\n"
	}
	rel := func(id, from, to, en, zh string) (string, string) {
		head := "---\nid: " + id + "\nkind: relation\nfrom: " + from + "\nto: " + to + "\nname: "
		return head + en + "\n---\n\n## Items {#items}\n\n- A report.\n- A plan.\n", head + zh + "\n---\n\n## 事项 {#items}\n\n- 报告。\n- 计划。\n"
	}
	fs := fstest.MapFS{"groups.yaml": &fstest.MapFile{Data: []byte(
		"- id: core\n  name:\n    en: Core teams\n    zh: 核心团队\n- id: back\n  name:\n    en: Back office\n    zh: 后台部门\n")}}
	add := func(name, en, zh string) {
		fs["en/"+name+".md"] = &fstest.MapFile{Data: []byte(en)}
		fs["zh/"+name+".md"] = &fstest.MapFile{Data: []byte(zh)}
	}
	for _, d := range [][4]string{{"engineering", "Engineering", "工程部", "core"}, {"people", "People team", "人事部", "core"},
		{"finance", "Finance", "财务部", "back"}, {"ops", "Operations", "运营部", ""}} {
		en, zh := dept(d[0], d[1], d[2], d[3])
		add(d[0], en, zh)
	}
	for _, r := range [][5]string{{"people-to-eng", "people", "engineering", "New hires for engineering", "给工程部的新员工"},
		{"eng-to-fin", "engineering", "finance", "What engineering gives finance", "工程部交给财务部的"},
		{"fin-to-ops", "finance", "ops", "What finance gives operations", "财务部交给运营部的"}} {
		en, zh := rel(r[0], r[1], r[2], r[3], r[4])
		add(r[0], en, zh)
	}
	org, err := content.Load(content.Layer{Name: "acme", Root: "acme", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// TestChartGroupsKeepTheirMembers: a department that takes a hand-off from
// another group stays in its own group's section, under its heading, and
// so does one of no group (tryout23 G1: Finance was drawn under the
// sender's "Core teams" and "Back office" vanished). The hand-offs between
// groups are drawn after the sections, under a heading of their own, as
// "Engineering ──▶ Finance" and what goes; the one inside a group stays
// drawn beside its boxes. Every department is drawn once, every hand-off
// once, at a wide and a narrow width, in both languages; the screen with
// its styles is a golden file.
func TestChartGroupsKeepTheirMembers(t *testing.T) {
	org := acrossGroupsOrg(t)
	for _, lang := range model.Langs {
		w := &catalog[lang].chart
		for _, width := range []int{120, 40} {
			d := driveConfig(t, width, 60, Config{Org: org, Lang: lang, Theme: ThemeDark, Title: "acme"}).keys("o")
			scr := d.screen()
			lines := strings.Split(scr, "\n")
			lineOf := func(pred func(string) bool) []int {
				var at []int
				for y, l := range lines {
					if pred(l) {
						at = append(at, y)
					}
				}
				return at
			}
			var headings []int
			groupNames := map[model.Lang][]string{model.En: {"Core teams", "Back office"}, model.Zh: {"核心团队", "后台部门"}}[lang]
			for _, h := range append(groupNames, w.ungrouped, w.across) {
				at := lineOf(func(l string) bool { return strings.TrimSpace(l) == h })
				if len(at) != 1 {
					t.Fatalf("%s, %d columns: heading %q on %d lines, want one:\n%s", lang.Code(), width, h, len(at), scr)
				}
				headings = append(headings, at[0])
			}
			headings = append(headings, len(lines))
			for i, ids := range [][]string{{"engineering", "people"}, {"finance"}, {"ops"}} {
				for _, id := range ids {
					name := org.Department(id).Title.In(lang)
					at := lineOf(func(l string) bool {
						return strings.Contains(l, "│ "+name+" ") || strings.Contains(l, "┃ "+name+" ")
					})
					if len(at) != 1 {
						t.Fatalf("%s, %d columns: %s's box drawn %d times, want once:\n%s", lang.Code(), width, name, len(at), scr)
					}
					if at[0] <= headings[i] || at[0] >= headings[i+1] {
						t.Errorf("%s, %d columns: %s on line %d, not in its section (lines %d–%d):\n%s",
							lang.Code(), width, name, at[0], headings[i], headings[i+1], scr)
					}
				}
			}
			across := strings.Join(lines[headings[3]:], "\n")
			for _, pair := range [][2]string{{"engineering", "finance"}, {"finance", "ops"}} {
				want := org.Department(pair[0]).Title.In(lang) + " ──▶ " + org.Department(pair[1]).Title.In(lang)
				if !strings.Contains(across, want) {
					t.Errorf("%s, %d columns: no %q under %q:\n%s", lang.Code(), width, want, w.across, scr)
				}
			}
			if strings.Contains(across, "People") || strings.Contains(across, "人事部") {
				t.Errorf("%s, %d columns: the hand-off inside a group is drawn between groups:\n%s", lang.Code(), width, scr)
			}
			c := d.chart()
			if got, want := len(c.shapes), len(org.Departments)+len(org.Relations); got != want {
				t.Errorf("%s, %d columns: %d shapes, want a box per department and an arrow per hand-off (%d)", lang.Code(), width, got, want)
			}
			if width == 120 {
				t.Run(lang.Code(), func(t *testing.T) {
					d.keys("G") // the last hand-off between groups selected: its style shows
					golden.RequireEqual(t, styledGolden(t, d.m.Render(), width))
				})
			}
		}
	}
}
