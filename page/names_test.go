package page

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dutymap/dutymap/model"
)

// TestPageShowsCodeAndAliases: a duty's and a section's page say the code
// and the other names people look them up by, in the page's language,
// escaped like any content.
func TestPageShowsCodeAndAliases(t *testing.T) {
	price := &model.Node{ID: "1", Kind: model.KindDuty, Title: model.Text{"Set the product's price.", "为产品定价。"},
		Details: &model.Details{Code: "3.2.2", Aliases: [model.NumLangs][]string{{"pricing", "price *setting*"}, {"定价"}}}}
	sec := &model.Node{ID: "pricing", Kind: model.KindSection, Title: model.Text{"Pricing", "定价"}, Details: &model.Details{Code: "3.2"},
		Children: []*model.Node{price}}
	plain := &model.Node{ID: "2", Kind: model.KindDuty, Title: model.Text{"Quote prices.", "报价。"}}
	d := &model.Node{ID: "d", Kind: model.KindDepartment, Title: model.Text{"Marketing", "市场部"},
		Children: []*model.Node{sec, plain}}
	org := model.NewOrg([]*model.Node{d}, nil)
	for _, tc := range []struct {
		n    *model.Node
		lang model.Lang
		want string
	}{
		{price, model.En, "Code: 3.2.2 · Also called: pricing, price *setting*"},
		{price, model.Zh, "编号：3.2.2 · 别名：定价"},
		{sec, model.En, "Code: 3.2"},
	} {
		md := Render(org, tc.n, Options{Lang: tc.lang})
		out := ansi.Strip(Terminal(md, StyleMono, 80))
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s (%s): want %q in\n%s", tc.n.Path, tc.lang.Code(), tc.want, out)
		}
		// Under the title, before anything else the page says.
		if strings.Index(out, tc.want) > strings.Index(out, tc.n.Title.In(tc.lang))+len(tc.n.Title.In(tc.lang))+30 {
			t.Errorf("%s (%s): the code is not under the title:\n%s", tc.n.Path, tc.lang.Code(), out)
		}
	}
	if md := Render(org, plain, Options{Lang: model.En}); strings.Contains(md, "Code:") || strings.Contains(md, "Also called") {
		t.Errorf("a duty without code or aliases says it has some:\n%s", md)
	}
}

// TestSimilarDutiesSayTheirTier: the list under a duty reads as similar
// duties, each with its tier word, never as the same duty appearing again.
func TestSimilarDutiesSayTheirTier(t *testing.T) {
	a, b, c := leaf("Set the product's price."), leaf("Decide the prices."), leaf("Help decide prices.")
	d := &model.Node{ID: "d", Kind: model.KindDepartment, Title: model.Text{"Marketing", "市场部"},
		Children: []*model.Node{sectionOf("s", "Duties", a, b, c)}}
	org := model.NewOrg([]*model.Node{d}, nil)
	related := []model.Match{{Node: b, Score: 0.81}, {Node: c, Score: 0.56}}
	for _, tc := range []struct {
		lang model.Lang
		want []string
	}{
		{model.En, []string{"## Similar duties elsewhere\n", "1. Decide the prices. — *Marketing › Duties* (very similar)\n",
			"2. Help decide prices. — *Marketing › Duties* (similar)\n"}},
		{model.Zh, []string{"## 别处的相似职责\n", "（非常相似）\n", "（相似）\n"}},
	} {
		md := Render(org, a, Options{Lang: tc.lang, Related: related, NumberRelated: true})
		for _, w := range tc.want {
			if !strings.Contains(md, w) {
				t.Errorf("%s: want %q in\n%s", tc.lang.Code(), w, md)
			}
		}
		if strings.Contains(md, "Also appears") || strings.Contains(md, "还见于") {
			t.Errorf("%s: the list still reads as the same duty appearing elsewhere:\n%s", tc.lang.Code(), md)
		}
	}
}

// TestTwinsListedByPlace (tryout11 nit): a duty worded exactly as the
// page's, listed in another place, is not "very similar" to it: it comes
// first, under its own heading, named by its place; the numbering goes on
// across both lists, and the duty itself is never listed.
func TestTwinsListedByPlace(t *testing.T) {
	a, b, twin := leaf("Decide the prices."), leaf("Help decide prices."), leaf("Decide the prices.")
	d := &model.Node{ID: "d", Kind: model.KindDepartment, Title: model.Text{"Marketing", "市场部"},
		Children: []*model.Node{sectionOf("s", "Duties", a, b), sectionOf("t", "Pricing", twin)}}
	org := model.NewOrg([]*model.Node{d}, nil)
	related := []model.Match{{Node: a, Score: 1}, {Node: b, Score: 1}, {Node: twin, Score: 1}}
	md := Render(org, a, Options{Lang: model.En, Related: related, NumberRelated: true})
	want := "## The same duty is also listed under\n\n1. *Marketing › Pricing*\n\n## Similar duties elsewhere\n\n2. Help decide prices. — *Marketing › Duties* (very similar)\n"
	if !strings.Contains(md, want) {
		t.Errorf("want\n%s\nin\n%s", want, md)
	}
	if strings.Count(md, "Decide the prices.") != 1 {
		t.Errorf("the duty's own text should be its title only:\n%s", md)
	}
	got := TwinsFirst(a, related, model.En)
	if len(got) != 2 || got[0].Node != twin || got[1].Node != b {
		t.Errorf("TwinsFirst = %v, want the twin, then the similar duty", got)
	}
	out := ansi.Strip(Terminal(md, StyleMono, 80))
	if !strings.Contains(out, "1. Marketing › Pricing") || !strings.Contains(out, "2. Help decide prices.") {
		t.Errorf("rendered:\n%s", out)
	}
}
