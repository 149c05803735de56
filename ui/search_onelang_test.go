package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// halfTwinBakery: a kitchen written in English only, a shop in both
// languages.
func halfTwinBakery(t *testing.T) *model.Org {
	t.Helper()
	return loadFolder(t, map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n- Pay the bakers.\n",
		"en/shop.md":    "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the bread.\n",
		"zh/shop.md":    "---\nid: shop\nname: 门店\n---\n\n## 销售 {#selling}\n\n- 卖面包。\n",
	})
}

// noteLines are the note's lines above the results, joined as one text,
// and whether each is drawn in the note's style.
func noteShown(d *driver) (string, bool) {
	s := d.search()
	note := s.blocks().note
	styled := len(note) > 0
	for _, l := range note {
		styled = styled && strings.Contains(d.m.Render(), " "+d.m.sh.st.Notice.Render(l))
	}
	return strings.Join(note, " "), styled
}

// F17: words of one language find the duties written in the other only
// through their twins. A Chinese query no duty mentions, on content some
// of whose departments are written in English only, says that may be why
// and what to try, in the reader's language, in the note's style; words
// mentioned, or of both scripts, say nothing of it.
func TestSearchNoMatchSaysDepartmentsAreInOneLanguage(t *testing.T) {
	for _, c := range []struct {
		name  string
		org   func(*testing.T) *model.Org
		lang  model.Lang
		query string
		want  string
	}{
		{"English only", func(t *testing.T) *model.Org { return bakery(t, "bread", true) }, model.En, "工资",
			"No duty mentions “工资”, and nothing comes close. The content is written in English only; try English words."},
		{"one of two", halfTwinBakery, model.En, "工资",
			"No duty mentions “工资”, and nothing comes close. 1 department is written in English only; try English words."},
		{"one of two, in Chinese", halfTwinBakery, model.Zh, "工资",
			"没有职责提到“工资”，也没有相近的内容。有 1 个部门只用英文写成，请试试英文词。"},
		{"English words", halfTwinBakery, model.En, "zebra", "No duty mentions “zebra”, and nothing comes close."},
		{"both scripts", halfTwinBakery, model.En, "zebra 工资", "No duty mentions “zebra” or “工资”, and nothing comes close."},
	} {
		d := driveConfig(t, 200, 24, Config{Org: c.org(t), Lang: c.lang, Theme: ThemeDark}).keys("/").typeText(c.query)
		note, styled := noteShown(d)
		if note != c.want || !styled {
			t.Errorf("%s: %q gives the note (styled %v)\n%q\nwant\n%q", c.name, c.query, styled, note, c.want)
		}
	}
}

// The same, when the closest results follow: the note says it before
// "Closest:". On the built-in content under an English-only layer, 收银
// (cashier) is mentioned nowhere; the layer's departments are English.
func TestSearchClosestSaysDepartmentsAreInOneLanguage(t *testing.T) {
	org, err := content.Load(content.Builtin(), content.Dir("../cli/testdata/myorg"))
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 200, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("/").typeText("收银")
	want := "No duty mentions “收银”. 3 departments are written in English only; try English words. Closest:"
	if note, styled := noteShown(d); note != want || !styled || len(d.search().results) == 0 {
		t.Errorf("the note (styled %v)\n%q\nwant\n%q, and results under it:\n%s", styled, note, want, d.screen())
	}
}

// The start page's example of the other language's words says what it
// finds: on the built-in content alone, any duty ("Chinese words find
// English duties too"); under a layer of one's own written in English
// only, the duties written in Chinese too, which the layer's are not.
func TestSearchStartExampleOnBuiltinUnderOwnLayer(t *testing.T) {
	layered, err := content.Load(content.Builtin(), content.Dir("../cli/testdata/myorg"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		org       *model.Org
		want, not string
	}{
		{"built-in", testOrg(t), "定价            Chinese words find English duties too", "also written"},
		{"built-in + myorg", layered, "定价            finds the duties also written in Chinese", "English duties too"},
	} {
		scr := driveConfig(t, 200, 24, Config{Org: c.org, Lang: model.En, Theme: ThemeDark}).keys("/").screen()
		if !strings.Contains(scr, c.want) || strings.Contains(scr, c.not) {
			t.Errorf("%s: the start page does not say %q:\n%s", c.name, c.want, scr)
		}
	}
}
