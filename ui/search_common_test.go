package ui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// The explorer says what the CLI says of stop words kept as typed and of
// words the other language's duties mention (hostile13 #9): "set up" finds
// its duty with no note; "up" alone is too common to search on; "price
// 定价 price" names no word as unmentioned.
func TestSearchStopWordIsNotUnmentioned(t *testing.T) {
	files := fstest.MapFS{
		"en/x.md": {Data: []byte("---\nid: x\nname: Xdept\n---\n\n## Work {#work}\n\n- Set up the booth.\n- Log in to the portal.\n- Prepare M&A due diligence.\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"set up": "Set up the booth.", "log in": "Log in to the portal.", "M&A": "Prepare M&A due diligence."} {
		d := driveConfig(t, 100, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
		scr := d.keys("/").typeText(q).screen()
		if strings.Contains(scr, "mentions") || !strings.Contains(scr, want) {
			t.Errorf("%q: want %q and no note:\n%s", q, want, scr)
		}
	}
	d := driveConfig(t, 100, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	if scr := d.keys("/").typeText("up").screen(); !strings.Contains(scr, "Too common to search on: “up”") || strings.Contains(scr, "mentions") {
		t.Errorf("up: want it too common to search on:\n%s", scr)
	}
	// On the built-in content, "up" being typed begins words (update):
	// still too common, not unmentioned.
	if scr := newDriver(t, 100, 24, model.En).keys("/").typeText("up").screen(); !strings.Contains(scr, "Too common to search on: “up”") {
		t.Errorf("up, built in: want it too common to search on:\n%s", scr)
	}
	d = newDriver(t, 100, 24, model.En)
	if scr := d.keys("/").typeText("price 定价 price").screen(); strings.Contains(scr, "mentions “price”") {
		t.Errorf("price 定价 price: English duties mention price:\n%s", scr)
	}
}

// The explorer reads 'price' as 'price (hostile13 #10).
func TestSearchSingleQuotedWord(t *testing.T) {
	for quoted, exact := range map[string]string{"'price'": "'price", "'定价'": "'定价"} {
		a := newDriver(t, 100, 24, model.En).keys("/").typeText(quoted).search()
		b := newDriver(t, 100, 24, model.En).keys("/").typeText(exact).search()
		if len(a.results) == 0 || len(a.results) != len(b.results) || a.results[0].node != b.results[0].node {
			t.Errorf("%q finds %d, %q %d", quoted, len(a.results), exact, len(b.results))
		}
	}
}

// The explorer reads pinyin with tone numbers as with tone marks
// (hostile13 #11).
func TestSearchPinyinToneNumbers(t *testing.T) {
	a := newDriver(t, 100, 24, model.Zh).keys("/").typeText("ding4jia4").search()
	b := newDriver(t, 100, 24, model.Zh).keys("/").typeText("dìngjià").search()
	// dìngjià is still being typed (it also finds the words it begins);
	// ding4jia4 ends in a tone: the same first results, none other.
	if len(a.results) == 0 || a.results[0].node != b.results[0].node || a.noMention {
		t.Fatalf("ding4jia4 finds %d (no mention: %v), dìngjià %d", len(a.results), a.noMention, len(b.results))
	}
	for _, h := range a.results {
		if !slices.ContainsFunc(b.results, func(o hit) bool { return o.node == h.node }) {
			t.Errorf("ding4jia4 finds %s, which dìngjià does not", h.node.Path)
		}
	}
}

// The explorer finds "customerʼs" (U+02BC) by customer's and 审核预󠄀算 (a
// variation selector) by 预算 (hostile13 #15).
func TestSearchApostropheAndSelectorFold(t *testing.T) {
	files := fstest.MapFS{
		"en/x.md": {Data: []byte("---\nid: x\nname: Xdept\n---\n\n## Work {#work}\n\n- Handle the customer\u02bcs refunds.\n- Check the books.\n")},
		"zh/x.md": {Data: []byte("---\nid: x\nname: 甲部\n---\n\n## 工作 {#work}\n\n- 处理客户退款。\n- 审核预\U000E0100算。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"customer's": "x/work/1", "预算": "x/work/2"} {
		d := driveConfig(t, 100, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
		s := d.keys("/").typeText(q).search()
		if len(s.results) == 0 || s.results[0].node.Path != want || s.noMention {
			t.Errorf("%q: %d results (no mention: %v), want %s first", q, len(s.results), s.noMention, want)
		}
	}
}
