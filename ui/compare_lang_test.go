package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// oneLanguageOrg is a small organisation with a department written in
// both languages (marketing), one in Chinese only (sales) and one in
// English only (service): marketing pairs with sales in Chinese and with
// service in English, whichever language is shown.
func oneLanguageOrg(t testing.TB) *model.Org {
	t.Helper()
	files := fstest.MapFS{
		"en/marketing.md": {Data: []byte("---\nid: marketing\nname: Marketing department\n---\n" +
			"## Responsibilities {#responsibilities}\n\n" +
			"- Work in step with the promotion plan.\n- Set the prices of the products.\n- Plan the advertising for the year.\n\n" +
			"## Positions {#positions}\n\n### Brand manager {#brand-manager .position}\n\n- Look after the brand's image in the market.\n")},
		"zh/marketing.md": {Data: []byte("---\nid: marketing\nname: 市场部\n---\n" +
			"## 职责 {#responsibilities}\n\n- 配合促销计划的开展。\n- 制定产品的价格。\n- 策划全年的广告。\n\n" +
			"## 岗位 {#positions}\n\n### 品牌经理 {#brand-manager .position}\n\n- 维护品牌在市场上的形象。\n")},
		"zh/sales.md": {Data: []byte("---\nid: sales\nname: 销售部\n---\n" +
			"## 职责 {#responsibilities}\n\n- 配合门店开展促销活动。\n- 执行产品的价格政策。\n- 拜访重点客户。\n")},
		"en/service.md": {Data: []byte("---\nid: service\nname: Customer service\n---\n" +
			"## Responsibilities {#responsibilities}\n\n- Answer the customers' complaints within a day.\n" +
			"- Work in step with the promotion plan in the shops.\n- Look after the brand's image with every customer.\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// compareOneLanguage opens, in lang, the comparison of marketing with the
// department the picker finds for query, in the organisation above.
func compareOneLanguage(t *testing.T, w, h int, lang model.Lang, query string) *driver {
	t.Helper()
	org := oneLanguageOrg(t)
	d := driveConfig(t, w, h, Config{Org: org, Lang: lang, Theme: ThemeDark, Title: "one language",
		Similarity: model.BuildSimilarity(context.Background(), org)})
	d.reveal("marketing").keys("c").typeText(query).keys("enter")
	if c := d.compare(); c.res == nil {
		t.Fatalf("the comparison did not finish:\n%s", d.screen())
	}
	return d
}

// oneLanguageCases: in English, sales is the department not written in
// the language shown; in Chinese, service is.
var oneLanguageCases = []struct {
	lang  model.Lang
	query string
	// note is the start of the note under the title; marker marks each
	// pair compared in the other language; texts are the bracketed texts
	// of marketing's duties, in that language.
	note, marker string
	texts        []string
}{
	{model.En, "sales", "销售部 is not written in English: its text is shown in Chinese, and its duties are paired by their Chinese wording.",
		"compared in Chinese", []string{"(配合促销计划的开展。)", "(制定产品的价格。)"}},
	{model.Zh, "service", "“Customer service”没有中文文本：它的内容以英文显示，其职责按英文措辞配对。",
		"按英文比较", []string{"（Work in step with the promotion plan.）", "（Look after the brand's image in the market.）"}},
}

// TestGoldenCompareOneLanguage: the comparison of a department written in
// both languages with one written in the other language only, in each
// language of the explorer, side by side (120×35), stacked (80×24) and
// narrow (40×24), styles included.
func TestGoldenCompareOneLanguage(t *testing.T) {
	for _, tc := range oneLanguageCases {
		for _, size := range [][2]int{{120, 35}, {80, 24}, {40, 24}} {
			t.Run(fmt.Sprintf("%s_%dx%d", tc.lang.Code(), size[0], size[1]), func(t *testing.T) {
				d := compareOneLanguage(t, size[0], size[1], tc.lang, tc.query)
				golden.RequireEqual(t, styledGolden(t, d.m.Render(), size[0]))
			})
		}
	}
}

// TestCompareSaysWhichLanguage (tryout9 #7, as the command line says it):
// a department not written in the language shown is named under the
// title; each similar pair is marked as compared in the language both
// duties are written in, with the bilingual duty's text in that language
// in brackets; the live switch (L) takes the note and the marks away where
// both are written in the new language and brings them back. Every width
// keeps all of it: the note and the marks are wrapped, never cut.
func TestCompareSaysWhichLanguage(t *testing.T) {
	for _, tc := range oneLanguageCases {
		for _, w := range []int{120, 80, 40} {
			t.Run(fmt.Sprintf("%s_%d", tc.lang.Code(), w), func(t *testing.T) {
				d := compareOneLanguage(t, w, 60, tc.lang, tc.query)
				says := func(where string) {
					t.Helper()
					text := screenText(d)
					want := append([]string{normal(tc.note)}, tc.texts...)
					for _, s := range want {
						if !strings.Contains(text, normal(s)) {
							t.Errorf("%s: %q missing:\n%s", where, s, d.screen())
						}
					}
					if n := strings.Count(text, normal(tc.marker)); n != 2 {
						t.Errorf("%s: %d pairs marked %q, want 2:\n%s", where, n, tc.marker, d.screen())
					}
				}
				says("opened")

				// In the other language both departments of each pair are
				// written: nothing to say.
				d.keys("L")
				text := screenText(d)
				for _, s := range append([]string{"compared in", "比较", "not written in", "没有中文文本", "没有英文文本"}, tc.texts...) {
					if strings.Contains(text, normal(s)) {
						t.Errorf("after L: %q shown:\n%s", s, d.screen())
					}
				}
				if !strings.Contains(text, normal(map[model.Lang]string{model.En: "配合门店开展促销活动。", model.Zh: "Work in step with the promotion plan in the shops."}[tc.lang])) {
					t.Errorf("after L: the pair is gone:\n%s", d.screen())
				}
				d.keys("L")
				says("back")

				// The picture says it too.
				d.keys("p")
				if !strings.Contains(screenText(d), normal(tc.note)) {
					t.Errorf("picture: the note is missing:\n%s", d.screen())
				}
			})
		}
	}
}

// screenText is the text of the comparison without its spaces, read
// column by column (the left column's rows joined, then the right's) so
// that text wrapped in a column reads whole (see normal). Each row's
// first cell, the selection's gutter, is left out.
func screenText(d *driver) string {
	var left, right strings.Builder
	for _, row := range strings.Split(d.screen(), "\n") {
		_, gutter := utf8.DecodeRuneInString(row)
		row = row[gutter:]
		cut := strings.IndexFunc(row, func(r rune) bool { return r == '│' || r == '┃' })
		if cut < 0 {
			left.WriteString(row)
			continue
		}
		left.WriteString(row[:cut])
		right.WriteString(row[cut+len("│"):])
	}
	return normal(left.String()) + "|" + normal(right.String())
}

// TestCompareNoteAgreesWithCheck (tryout20): in an organisation written in
// English alone, a Chinese duty of its English file is its text, which
// check and validate say nothing of, and the comparison claims no
// fallback either (it said "Dept A has 1 of its 2 duties not written in
// English: they are shown in Chinese"). Asked for Chinese, which it has
// no text in, the explorer shows it in English, with no note either.
func TestCompareNoteAgreesWithCheck(t *testing.T) {
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: Dept A\n---\n## Work {#work}\n\n- Approve the yearly budget.\n- 管理办公用品。\n")},
		"en/b.md": {Data: []byte("---\nid: b\nname: Dept B\n---\n## Work {#work}\n\n- Hire new staff.\n- Order the office supplies.\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs {
		d := driveConfig(t, 100, 40, Config{Org: org, Lang: lang, Theme: ThemeDark, Title: "one language",
			Similarity: model.BuildSimilarity(context.Background(), org)})
		d.reveal("a").keys("c").typeText("Dept B").keys("enter")
		if cs := d.compare(); cs.res == nil {
			t.Fatalf("the comparison did not finish:\n%s", d.screen())
		}
		scr := d.screen()
		if !strings.Contains(scr, "管理办公用品。") || !strings.Contains(scr, "Only in Dept A (2)") {
			t.Fatalf("%s: the comparison is not on screen:\n%s", lang.Code(), scr)
		}
		for _, not := range []string{"Chinese", "not written in", "没有中文文本", "本组织"} {
			if strings.Contains(scr, not) {
				t.Errorf("%s: %q on the comparison of an English-only organisation:\n%s", lang.Code(), not, scr)
			}
		}
	}
}

// TestCompareSaysWhyNothingPairs: a department written in Chinese only
// beside one written in English only can pair no duty; the comparison
// says why, in the language shown and after L, where "None." read as
// "nothing alike" (tryout24 H23).
func TestCompareSaysWhyNothingPairs(t *testing.T) {
	org := oneLanguageOrg(t)
	d := driveConfig(t, 100, 40, Config{Org: org, Lang: model.En, Theme: ThemeDark, Title: "one language",
		Similarity: model.BuildSimilarity(context.Background(), org)})
	d.reveal("sales").keys("c").typeText("service").keys("enter")
	if c := d.compare(); c.res == nil || len(c.res.Shared) != 0 {
		t.Fatalf("the comparison did not finish, or paired:\n%s", d.screen())
	}
	for _, want := range []string{
		"No duty can be paired: 销售部 is written in Chinese only and Customer service in English only.",
		"没有可以配对的职责：销售部只有中文文本，Customer service只有英文文本。",
	} {
		if text := screenText(d); !strings.Contains(text, normal(want)) {
			t.Errorf("%q missing:\n%s", want, d.screen())
		}
		d.keys("L")
	}
}
