package cli

import (
	"strings"
	"testing"
)

// 卖 and 买, the everyday Chinese verbs, are read as their formal forms
// 销售 and 购买, as "sells" finds "Sell …": 谁卖展位 (who sells booths?) is
// answered by the sales department's "销售展位", not first by the
// operations duties that build the booths (tryout16 B-4).
func TestSearchEverydayChineseVerbs(t *testing.T) {
	for _, q := range []string{"谁卖展位", "谁负责卖展位", "展位谁卖"} {
		r := run(t, "search", "--owners", "--limit", "1", q).ok(t)
		want := "销售部  (1 项职责)\n    sales/exhibition-sales/1  销售展位。\n"
		if r.out != want || r.err != "dutymap search: “卖” is matched through “销售”\n" {
			t.Errorf("search --owners %s:\n%s%s\nwant\n%s", q, r.out, r.err, want)
		}
	}
	r := run(t, "search", "--owners", "--limit", "1", "谁卖产品").ok(t)
	if first, _, _ := strings.Cut(r.out, "\n"); !strings.HasPrefix(first, "销售部  (") {
		t.Errorf("search --owners 谁卖产品: the sales department is not first:\n%s", r.out)
	}
	// 买 is 购买: the merchandiser's duty at the point of purchase (购买点)
	// is found by it, as the note says.
	r = run(t, "search", "--limit", "1", "买 宣传物料").ok(t)
	if !strings.HasPrefix(r.out, "marketing/positions/compilation-scheme/merchandiser/4 ") || r.err != "dutymap search: “买” is matched through “购买”\n" {
		t.Errorf("search 买 宣传物料:\n%s%s\nwant the merchandiser's 购买点 duty, matched through 购买", r.out, r.err)
	}
}

// A Cyrillic or Greek letter that looks like a Latin one, inside a Latin
// word (a switched keyboard layout, a paste), is read as that Latin
// letter: "priсe" with a Cyrillic с finds what "price" finds, where it
// said "no duty mentions “priсe”" — which reads as "price" — "and nothing
// comes close" (hostile15 #5). A word all Cyrillic stays a Cyrillic word.
func TestSearchLatinLookalikes(t *testing.T) {
	for _, c := range [][2]string{
		{"pri\u0441e", "price"},     // Cyrillic с
		{"pr\u0456ce", "price"},     // Ukrainian і
		{"\u0440rice", "price"},     // Cyrillic р
		{"pr\u03bfduct", "product"}, // Greek ο
		{"budg\u0435t", "budget"},   // Cyrillic е
		{"who sets pri\u0441e", "who sets price"},
		{"'pri\u0441e", "'price"},
	} {
		want := run(t, "search", "--owners", "--limit", "2", c[1]).ok(t)
		got := run(t, "search", "--owners", "--limit", "2", c[0])
		if got.code != 0 || got.out != want.out || got.err != want.err {
			t.Errorf("search --owners %q: exit %d\n%s%s\nwant what %s finds:\n%s%s", c[0], got.code, got.out, got.err, c[1], want.out, want.err)
		}
	}
	r := run(t, "search", "\u0441\u043e\u0440") // сор, Cyrillic only
	if r.code != 1 || r.err != "dutymap search: no duty mentions “\u0441\u043e\u0440”, and nothing comes close\n" {
		t.Errorf("search сор: exit %d\n%s%s\nwant exit 1, no duty mentions it", r.code, r.out, r.err)
	}
}

// A Chinese word typed with one character of the same sound as the one
// meant (an input method's slip: 掉研 for 调研, 定介 for 定价) gets a "did
// you mean" with the lines holding the word meant first, as an English
// slip does; a question about it is not answered by the duties that
// mention its other words (市场), and says so with exit 1 (tryout16 B-5).
// A word the dictionary has is no slip (直播 is not 直白, which reads
// zhibo too).
func TestSearchChineseSoundSlips(t *testing.T) {
	for _, c := range []struct{ q, typed, meant, first string }{
		{"谁负责市场掉研", "掉研", "调研", "marketing/positions/compilation-scheme/market-research-supervisor/1"},
		{"谁负责市场调妍", "调妍", "调研", "marketing/positions/compilation-scheme/market-research-supervisor/1"},
		{"谁负责定介", "定介", "定价", "marketing/life-cycle/introduction/4"},
		{"定介", "定介", "定价", "marketing/life-cycle/introduction/4"},
	} {
		r := run(t, "search", "--owners", "--limit", "1", c.q)
		note := "dutymap search: no duty mentions “" + c.typed + "” (did you mean “" + c.meant + "”?); closest:\n"
		if r.code != 1 || !strings.HasPrefix(r.err, note) || !strings.HasPrefix(r.err[len(note):], "  "+c.first+" ") || r.out != "" {
			t.Errorf("search --owners %s: exit %d\n%s%s\nwant exit 1, %q and %s first", c.q, r.code, r.out, r.err, note, c.first)
		}
	}
	// Not a question: the other words answer, as for "market reserch".
	r := run(t, "search", "--owners", "--limit", "1", "市场掉研").ok(t)
	mustContain(t, r.err, "no duty mentions “掉研” (did you mean “调研”?); the results match the other words")
	r = run(t, "search", "谁负责直播带货")
	if r.code != 1 || strings.Contains(r.err, "did you mean") {
		t.Errorf("search 谁负责直播带货: exit %d\n%s%s\nwant exit 1 and no suggestion", r.code, r.out, r.err)
	}
}

// Pinyin typed with two neighbouring letters swapped is searched as the
// pinyin meant, as an English swap is ("prcies"), and says so; a
// department's name in pinyin with a slip is read as that department, in
// search and show, as "markting" is (tryout16 nit 3).
func TestSearchPinyinSlips(t *testing.T) {
	for _, c := range [][2]string{{"dingjai", "dingjia"}, {"dignjia", "dingjia"}, {"谁负责dingjai", "谁负责dingjia"}} {
		want := run(t, "search", "--owners", "--limit", "2", c[1]).ok(t)
		got := run(t, "search", "--owners", "--limit", "2", c[0])
		note := "dutymap search: no duty mentions “" + strings.TrimPrefix(c[0], "谁负责") + "”; the results are for “dingjia”\n"
		if got.code != 0 || got.out != want.out || got.err != note {
			t.Errorf("search --owners %s: exit %d\n%s%s\nwant %q and what %s finds:\n%s", c[0], got.code, got.out, got.err, note, c[1], want.out)
		}
	}
	for _, c := range [][2]string{{"xiaoshuobu", "sales"}, {"shichagnbu", "marketing"}} {
		for _, cmd := range []string{"search", "show"} {
			r := run(t, cmd, c[0]).ok(t)
			if note := "dutymap " + cmd + ": \"" + c[0] + "\" is read as " + c[1] + " ("; !strings.HasPrefix(r.err, note) {
				t.Errorf("%s %s:\n%s\nwant %q", cmd, c[0], r.err, note)
			}
		}
	}
}
