package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ownership"
)

// twoFindings is content with a double-owner warning (in the first file)
// and a multi-accountable error (in the last): the warning's fix is long.
func twoFindings(t *testing.T, w, h int, lang model.Lang) *driver {
	t.Helper()
	files := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n- Decide the prices of the company's products.\n")},
		"zh/a.md": {Data: []byte("---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 确定公司产品的价格。\n")},
		"en/b.md": {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n- Decide the prices of the company's products.\n")},
		"zh/b.md": {Data: []byte("---\nid: b\nname: 乙\n---\n## 乙 {#s}\n- 确定公司产品的价格。\n")},
		"en/c.md": {Data: []byte("---\nid: c\nname: C\n---\n## S {#s}\n- Approve the yearly budget.\n  Accountable: a, b\n")},
		"zh/c.md": {Data: []byte("---\nid: c\nname: 丙\n---\n## 乙 {#s}\n- 批准年度预算。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, w, h, Config{Org: org, Lang: lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)})
	return d.keys("!")
}

// detailText is the finding detail the user reads under the list: the
// rows after the list's closing rule, joined into one line.
func detailText(d *driver) (text, rule string) {
	d.t.Helper()
	rows := strings.Split(d.screen(), "\n")
	rows = rows[1 : len(rows)-1] // header and key bar
	var out []string
	for i := findingsTop + 1; i < len(rows); i++ {
		if strings.HasPrefix(rows[i], "──") {
			rule = rows[i]
			out = out[:0]
			continue
		}
		if rule != "" {
			out = append(out, strings.TrimSpace(rows[i]))
		}
	}
	return normal(strings.Join(out, "")), rule
}

// normal is text without its spaces: wrapping drops them at line ends
// (Latin) or has none to drop (Chinese), and rows join without them.
func normal(s string) string { return strings.Join(strings.Fields(s), "") }

// TestFindingsShowTheWholeFix (tryout9 #6): the selected finding's
// message and fix are shown in full under the list, using the rows the
// screen has (never cut to a few lines while rows stay empty); on a short
// screen they scroll with J and K, and the rule says so. Errors come
// before warnings.
func TestFindingsShowTheWholeFix(t *testing.T) {
	for _, lang := range model.Langs {
		t.Run(lang.Code(), func(t *testing.T) {
			d := twoFindings(t, 80, 24, lang)
			f := d.top().(*findingsScreen)
			w := d.m.sh.w().findings
			scr := d.screen()
			errAt := strings.Index(scr, w.severity[0]+"  multi-accountable")
			warnAt := strings.Index(scr, w.severity[1]+"  double-owner")
			if errAt < 0 || warnAt < 0 || errAt > warnAt {
				t.Fatalf("the error should be listed before the warning:\n%s", scr)
			}
			for i := range 2 {
				if i > 0 {
					d.keys("down")
				}
				s := f.selected()
				text, rule := detailText(d)
				want := normal(s.Msg) + normal(w.fix+s.Fix)
				if text != want || strings.ContainsAny(rule, "▲▼") {
					t.Fatalf("at 80x24 the detail of %s is\n%q, want all of it:\n%q\n%s", s.Check, text, want, d.screen())
				}
			}

			// 40x12: the warning's detail is cut; J shows the rest.
			d.send(tea.WindowSizeMsg{Width: 40, Height: 12})
			s := f.selected()
			all := normal(s.Msg + w.fix + s.Fix)
			text, rule := detailText(d)
			if !strings.Contains(rule, "J▼") || strings.Contains(rule, "K▲") || !strings.HasPrefix(all, text) {
				t.Fatalf("at 40x12 the detail should start with the message, marked J▼: %q\n%s", rule, d.screen())
			}
			seen := text
			for i := 0; i < 60 && strings.Contains(rule, "J▼"); i++ {
				d.keys("J")
				text, rule = detailText(d)
				seen += text
			}
			if strings.Contains(rule, "J▼") || !strings.Contains(rule, "K▲") ||
				!strings.HasSuffix(all, text) {
				t.Fatalf("J should scroll to the fix's end, marked K▲: %q\n%s", rule, d.screen())
			}
			for _, word := range strings.Fields(s.Fix) {
				if !strings.Contains(seen, normal(word)) {
					t.Fatalf("scrolling never showed %q of the fix", word)
				}
			}
			d.keys("K")
			if _, rule := detailText(d); !strings.Contains(rule, "J▼") {
				t.Fatalf("K should scroll back: %q", rule)
			}
			d.keys("up")
			if _, rule := detailText(d); strings.Contains(rule, "K▲") {
				t.Fatalf("another finding's detail starts at its top: %q", rule)
			}
		})
	}
}

// TestFindingsKeyBarWithoutFindings (tryout9 nit): with nothing found,
// the key bar offers no moving and no going to a finding.
func TestFindingsKeyBarWithoutFindings(t *testing.T) {
	for _, lang := range model.Langs {
		d := newDriver(t, 120, 35, lang)
		d.keys("!")
		if len(d.top().(*findingsScreen).findings()) != 0 {
			t.Skip("the built-in content has findings")
		}
		k := d.top().(*findingsScreen).keys()
		bar := ansi.Strip(strings.Split(d.screen(), "\n")[34])
		for _, b := range []string{k.move.Help().Key + " " + k.move.Help().Desc, k.open.Help().Desc} {
			if strings.Contains(bar, b) {
				t.Errorf("%s: the key bar offers %q with no findings: %q", lang.Code(), b, bar)
			}
		}
	}
}

// TestKeyBarLeavesOutTheViewOn (tryout9 nit): the key bar does not offer
// the view the user is on ("! checks" on the checks).
func TestKeyBarLeavesOutTheViewOn(t *testing.T) {
	for _, lang := range model.Langs {
		for _, sc := range goldenScreens {
			d := newDriver(t, 200, 35, lang)
			sc.open(d)
			bar, _ := d.m.bar()
			for i, l := range launchers {
				if !l.shows(d.top()) {
					continue
				}
				h := launcherKeyMaps()[lang][i].Help()
				if strings.Contains(ansi.Strip(bar), h.Key+" "+h.Desc) {
					t.Errorf("%s %s: the key bar offers the view it is on: %q", lang.Code(), sc.name, ansi.Strip(bar))
				}
			}
		}
	}
}

// TestGoldenFindingsDetail: the checks with findings, styles included: the
// error first, the selected finding's message and fix under the list, in
// full at 80x24; scrolled and marked at 40x12.
func TestGoldenFindingsDetail(t *testing.T) {
	for _, lang := range model.Langs {
		t.Run(lang.Code()+"_80x24", func(t *testing.T) {
			d := twoFindings(t, 80, 24, lang).keys("down")
			golden.RequireEqual(t, styledGolden(t, d.m.Render(), 80))
		})
		t.Run(lang.Code()+"_40x12", func(t *testing.T) {
			d := twoFindings(t, 40, 12, lang).keys("down", "J", "J")
			golden.RequireEqual(t, styledGolden(t, d.m.Render(), 40))
		})
	}
}

// TestFindingCodesWrapWhole: a RACI line a finding's fix names
// ("Overlaps: marketing/responsibilities/8", "Accountable: marketing") is
// code to copy: it wraps as one unit, onto the next line when the rest of
// the line cannot hold it, wherever a line can hold it whole; only a code
// wider than a line breaks at its space. Before, at 80 columns the fix
// ended a line with "Overlaps:" and began the next with the path.
func TestFindingCodesWrapWhole(t *testing.T) {
	duties := func(ds []string, last string) string {
		var b strings.Builder
		for _, d := range ds {
			b.WriteString("- " + d + "\n")
		}
		return b.String() + "- " + last + "\n"
	}
	en := []string{"Research the market.", "Plan the brand.", "Write the yearly plan.", "Run the advertising.",
		"Train the new hires.", "Keep the customer files.", "Watch the competitors."}
	zh := []string{"调研市场。", "规划品牌。", "编写年度计划。", "投放广告。", "培训新员工。", "管理客户档案。", "关注竞争对手。"}
	files := fstest.MapFS{
		"en/marketing.md": {Data: []byte("---\nid: marketing\nname: Marketing department\n---\n## Responsibilities {#responsibilities}\n" + duties(en, "Decide the prices of the company's products."))},
		"zh/marketing.md": {Data: []byte("---\nid: marketing\nname: 市场部\n---\n## 职责 {#responsibilities}\n" + duties(zh, "确定公司产品的价格。"))},
		"en/sales.md":     {Data: []byte("---\nid: sales\nname: Sales department\n---\n## Responsibilities {#responsibilities}\n- Decide the prices of the company's products.\n")},
		"zh/sales.md":     {Data: []byte("---\nid: sales\nname: 销售部\n---\n## 职责 {#responsibilities}\n- 确定公司产品的价格。\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	// A Chinese file's lines in its keys (tryout26): 重叠：…, 批准：….
	codes := []string{"Overlaps: marketing/responsibilities/8", "Overlaps: sales/responsibilities/1", "Accountable: marketing", "Accountable: sales", "Consulted: sales", "Consulted: marketing",
		"重叠：marketing/responsibilities/8", "重叠：sales/responsibilities/1", "批准：marketing", "批准：sales", "负责：sales", "负责：marketing"}
	for _, lang := range model.Langs {
		for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 35}, {60, 20}, {50, 16}, {100, 30}} {
			d := driveConfig(t, size[0], size[1], Config{Org: org, Lang: lang, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)}).keys("!")
			f, ok := d.top().(*findingsScreen)
			if !ok {
				t.Fatalf("the checks are not on top: %T", d.top())
			}
			s := f.selected()
			if s == nil || !strings.Contains(s.Fix, "Overlaps: ") && !strings.Contains(s.Fix, "重叠：") {
				t.Fatalf("%s: no finding with an Overlaps: line to add: %+v", lang.Code(), s)
			}
			var rows []string
			for _, l := range f.selectedDetail() {
				rows = append(rows, ansi.Strip(l))
			}
			fixRoom := f.w - f.sh.cells.width(" "+catalog[lang].findings.fix)
			seen := 0
			for _, c := range codes {
				if !strings.Contains(s.Fix, c) {
					continue
				}
				seen++
				if len(c) > fixRoom {
					continue // wider than a line: it breaks at its space
				}
				if !slices.ContainsFunc(rows, func(r string) bool { return strings.Contains(r, c) }) {
					t.Errorf("%s %dx%d: %q is split across lines:\n%s", lang.Code(), size[0], size[1], c, strings.Join(rows, "\n"))
				}
			}
			if seen < 2 {
				t.Fatalf("%s: the fix names %d of the codes: %s", lang.Code(), seen, s.Fix)
			}
			if strings.Contains(strings.Join(rows, "\n"), "\u00a0") {
				t.Errorf("%s %dx%d: a no-break space reaches the screen (copied, it would not read as a RACI line)", lang.Code(), size[0], size[1])
			}
		}
	}
}

// tryout15 nit 11: a live reload while the checks are open keeps them
// open, showing the findings of the new content: the user who fixed a
// finding in an editor sees it go, not the tree; the finding that was
// selected stays selected while it is still found.
func TestFindingsStayOpenOnNewContent(t *testing.T) {
	load := func(accountable ...string) *model.Org {
		c := "---\nid: c\nname: C\n---\n## S {#s}\n"
		for i, a := range accountable {
			c += fmt.Sprintf("- Approve budget number %d.\n  Accountable: %s\n", i+1, a)
		}
		files := fstest.MapFS{
			"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n- Decide the prices of the company's products.\n")},
			"en/b.md": {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n- Decide the prices of the company's products.\n- Count the stock.\n")},
			"en/c.md": {Data: []byte(c)},
		}
		org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
		if err != nil {
			t.Fatal(err)
		}
		return org
	}
	reload := func(d *driver, org *model.Org) *findingsScreen {
		t.Helper()
		d.send(ContentMsg{Org: org, Similarity: model.BuildSimilarity(context.Background(), org)})
		f, ok := d.top().(*findingsScreen)
		if !ok {
			t.Fatalf("new content closed the checks:\n%s", d.screen())
		}
		return f
	}
	org := load("a, b")
	d := driveConfig(t, 100, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org)}).keys("!")
	f := d.top().(*findingsScreen)
	if len(f.findings()) != 2 || f.findings()[1].Check != ownership.DoubleOwner {
		t.Fatalf("want a multi-accountable error, then a double owner, before the edit:\n%s", d.screen())
	}
	d.keys("down") // the double owner

	// A second error comes before it: it is still the one selected.
	f = reload(d, load("a, b", "a, c"))
	if s := f.selected(); len(f.findings()) != 3 || s == nil || s.Check != ownership.DoubleOwner {
		t.Errorf("the double owner is not selected on the new content:\n%s", d.screen())
	}

	// Both errors fixed in the editor: the double owner alone is left.
	f = reload(d, load("a", "c"))
	scr := d.screen()
	if len(f.findings()) != 1 || strings.Contains(scr, "multi-accountable") || !strings.Contains(scr, "double-owner") {
		t.Errorf("after the fix the checks should list the double owner alone:\n%s", scr)
	}
	if !strings.Contains(scr, "The content was updated.") {
		t.Errorf("no notice of the new content:\n%s", scr)
	}
}
