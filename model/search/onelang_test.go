package search

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// bakeryFiles is a kitchen and a shop in English; the shop written in
// Chinese too when twin.
func bakeryFiles(t *testing.T, twin bool) *model.Org {
	t.Helper()
	files := map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the bread.\n",
		"en/shop.md":    "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the bread.\n",
	}
	if twin {
		files["zh/shop.md"] = "---\nid: shop\nname: 门店\n---\n\n## 销售 {#selling}\n\n- 卖面包。\n"
	}
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// A query no duty mentions, written in one language, while departments
// are written only in the other: how many, of how many, and said so in
// either language; from an index read without its organisation (the
// command line's cache) as from one built.
func TestWrittenOnlyInOther(t *testing.T) {
	for _, c := range []struct {
		name  string
		twin  bool
		words []string
		want  OneLanguage
		ok    bool
		en    string
		zh    string
	}{
		{"English only, Chinese words", false, []string{"工资"}, OneLanguage{model.En, 2, 2}, true,
			"The content is written in English only; try English words", "内容只用英文写成，请试试英文词"},
		{"one twin", true, []string{"工资", "发放"}, OneLanguage{model.En, 1, 2}, true,
			"1 department is written in English only; try English words", "有 1 个部门只用英文写成，请试试英文词"},
		{"English words", false, []string{"payroll"}, OneLanguage{}, false, "", ""},
		{"both scripts", true, []string{"payroll", "工资"}, OneLanguage{}, false, "", ""},
		{"digits only", true, []string{"2024"}, OneLanguage{}, false, "", ""},
		// A Chinese text holds it (the shop's section 销售): the language
		// is not why no duty does, and English words would not help
		// (tryout27 X4).
		{"held by a Chinese title", true, []string{"销售"}, OneLanguage{}, false, "", ""},
	} {
		org := bakeryFiles(t, c.twin)
		built := New(org)
		var w wire.Writer
		built.Encode(&w)
		alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		for name, ix := range map[string]*Index{"built": built, "alone": alone} {
			got, ok := ix.WrittenOnlyInOther(c.words)
			if got != c.want || ok != c.ok {
				t.Errorf("%s, %s: %+v %v, want %+v %v", c.name, name, got, ok, c.want, c.ok)
			}
		}
		if !c.ok {
			continue
		}
		if en, zh := c.want.Note(model.En), c.want.Note(model.Zh); en != c.en || zh != c.zh {
			t.Errorf("%s: notes %q and %q, want %q and %q", c.name, en, zh, c.en, c.zh)
		}
	}
	if got := (OneLanguage{model.Zh, 3, 5}).Note(model.En); got != "3 departments are written in Chinese only; try Chinese words" {
		t.Errorf("three of five in Chinese: %q", got)
	}
}
