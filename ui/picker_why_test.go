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
		} {
			d := driveConfig(t, 120, 30, Config{Org: tc.org, Lang: lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), tc.org)})
			d.reveal("kitchen").keys("c").typeText(tc.typed)
			if _, ok := d.top().(*picker); !ok {
				t.Fatalf("%s: c did not open the picker:\n%s", lang.Code(), d.screen())
			}
			if !strings.Contains(normal(d.screen()), normal(tc.want)) {
				t.Errorf("%s, typed %q: want %q in the picker:\n%s", lang.Code(), tc.typed, tc.want, d.screen())
			}
		}
	}
}
