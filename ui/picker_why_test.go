package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// tryout19 §9: the picker said "no department matches" before anything
// was typed when the content has one department, and when the text typed
// names the department being compared. It says why instead.
func TestPickerSaysWhyNothingIsListed(t *testing.T) {
	dept := func(id, en, zh string) fstest.MapFS {
		return fstest.MapFS{
			"en/" + id + ".md": {Data: []byte("---\nid: " + id + "\nname: " + en + "\n---\n## S {#s}\n- Cook lunch for the staff.\n")},
			"zh/" + id + ".md": {Data: []byte("---\nid: " + id + "\nname: " + zh + "\n---\n## 乙 {#s}\n- 为员工做午饭。\n")},
		}
	}
	load := func(fs ...fstest.MapFS) *model.Org {
		all := fstest.MapFS{}
		for _, f := range fs {
			for k, v := range f {
				all[k] = v
			}
		}
		org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: all})
		if err != nil {
			t.Fatal(err)
		}
		return org
	}
	one := load(dept("kitchen", "Kitchen", "厨房"))
	// A topic, and a position of the dining hall, by their names
	// (verify24 V10: the picker said only "no department matches").
	extra := fstest.MapFS{
		"en/meals.md": {Data: []byte("---\nid: meals\nkind: topic\nname: Meal times\n---\n## A {#a}\n- Lunch at noon.\n")},
		"zh/meals.md": {Data: []byte("---\nid: meals\nkind: topic\nname: 用餐时间\n---\n## 甲 {#a}\n- 中午吃饭。\n")},
		"en/hall.md":  {Data: []byte("---\nid: hall\nname: Dining hall\n---\n## Waiter {#waiter .position}\n- Serve the tables.\n")},
		"zh/hall.md":  {Data: []byte("---\nid: hall\nname: 餐厅\n---\n## 服务员 {#waiter .position}\n- 为餐桌服务。\n")},
	}
	three := load(dept("kitchen", "Kitchen", "厨房"), extra)
	two := load(dept("kitchen", "Kitchen", "厨房"), dept("hall", "Dining hall", "餐厅"))
	for _, lang := range model.Langs {
		w := catalog[lang].picker
		for _, tc := range []struct {
			org   *model.Org
			typed string
			want  string
		}{
			{one, "", w.alone},
			{two, map[model.Lang]string{model.En: "kitchen", model.Zh: "厨房"}[lang], fmt.Sprintf(w.self, map[model.Lang]string{model.En: "Kitchen", model.Zh: "厨房"}[lang])},
			{two, "zzzz", w.none},
			{three, map[model.Lang]string{model.En: "Meal times", model.Zh: "用餐时间"}[lang],
				fmt.Sprintf(w.notDept, map[model.Lang]string{model.En: "Meal times", model.Zh: "用餐时间"}[lang], w.kinds[0])},
			{three, map[model.Lang]string{model.En: "Waiter", model.Zh: "服务员"}[lang],
				fmt.Sprintf(w.inDept, map[model.Lang]string{model.En: "Waiter", model.Zh: "服务员"}[lang], map[model.Lang]string{model.En: "Dining hall", model.Zh: "餐厅"}[lang])},
		} {
			d := driveConfig(t, 120, 30, Config{Org: tc.org, Lang: lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), tc.org)})
			d.reveal("kitchen").keys("c").typeText(tc.typed)
			if _, ok := d.top().(*picker); !ok {
				t.Fatalf("%s: c did not open the picker:\n%s", lang.Code(), d.screen())
			}
			// The reason, and on the screen its first words (the box
			// wraps the rest).
			p := d.top().(*picker)
			first := []rune(strings.Fields(tc.want)[0])
			first = first[:min(len(first), 8)]
			if got := p.why(); len(p.shown) > 0 || got != tc.want || !strings.Contains(normal(d.screen()), normal(string(first))) {
				t.Errorf("%s, typed %q: %d listed, why %q, want %q in the picker:\n%s", lang.Code(), tc.typed, len(p.shown), got, tc.want, d.screen())
			}
		}
	}
}
