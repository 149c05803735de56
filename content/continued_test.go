package content

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestContinuedDutyJoinsAsMarkdownDoes: a duty's line continued on the
// next joins with a space, as a paragraph's lines do, and with none
// between two CJK characters or next to fullwidth punctuation (hunt27 H3:
// "编制年度预算，" and "并报总经理审批。" read "编制年度预算， 并报总经理审批。",
// a space no one wrote, on the page, in search results and in exports).
func TestContinuedDutyJoinsAsMarkdownDoes(t *testing.T) {
	zh := "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n" +
		"- 编制年度预算，\n  并报总经理审批。\n" +
		"- 编制预算\n  并报审批\n" +
		"- 管理合同\n  and the CRM.\n" +
		"- 审核\n  ＣＲＭ数据\n" +
		"- 编制预算，\\\n  并报审批。\n- 编制预算\\\n并报审批。\n"
	en := "---\nid: a\nname: A\n---\n## S {#s}\n- Plan the\n  budget.\n- Plan\n  预算\n- One\n  two\n- Review the data\n  (monthly).\n- Back up C:\\\\\n  daily.\n- Plan the\\\n  budget \\\\\\\n  now.\n"
	org, err := Load(layer(map[string]string{"en/a.md": en, "zh/a.md": zh}))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string][model.NumLangs]string{
		"a/s/1": {model.En: "Plan the budget.", model.Zh: "编制年度预算，并报总经理审批。"},
		"a/s/2": {model.En: "Plan 预算", model.Zh: "编制预算并报审批"},
		"a/s/3": {model.En: "One two", model.Zh: "管理合同 and the CRM."},
		"a/s/4": {model.En: "Review the data (monthly).", model.Zh: "审核ＣＲＭ数据"},
		// A backslash at a line's end is a hard break: the duty is one
		// line; an escaped backslash (\\) is one backslash.
		"a/s/5": {model.En: `Back up C:\ daily.`, model.Zh: "编制预算，并报审批。"},
		"a/s/6": {model.En: `Plan the budget \ now.`, model.Zh: "编制预算并报审批。"},
	} {
		n := org.Node(path)
		if n == nil {
			t.Fatalf("no %s", path)
		}
		for _, lang := range []model.Lang{model.En, model.Zh} {
			if got := n.Title[lang]; got != want[lang] {
				t.Errorf("%s (%v) = %q, want %q", path, lang, got, want[lang])
			}
		}
	}
}

// TestLineUnderADutyStartingABlockIsNotMoreOfIt: a line at the left edge
// under a duty is more of it (a lazy continuation) only when Markdown
// reads it so: a heading, quote, fence, HTML, table, rule or underline
// starts a block of its own; attribute lines, numbered look-alikes and a
// line after a blank one are told or read as before.
func TestLineUnderADutyStartingABlockIsNotMoreOfIt(t *testing.T) {
	for _, line := range []string{"## T {#t}", "##Pricing", "> quoted", "```", "<div>x</div>", "| a | b |", "---", "***", "===",
		"Code: 7", "1、制定价格", "• 制定价格", "~~~", "\nText after a blank line."} {
		doc := "---\nid: a\nname: A\n---\n## S {#s}\n- Check the\n" + line + "\n"
		org, _ := Check(layer(map[string]string{"en/a.md": doc}))
		if org == nil {
			continue // refused: not read as the duty either
		}
		if n := org.Node("a/s/1"); n != nil && n.Title[model.En] != "Check the" {
			t.Errorf("%q under a duty: the duty reads %q", line, n.Title[model.En])
		}
	}
}

// TestNameOnSeveralLinesIsOneLine: a name, alias or code kept on several
// lines by a YAML block or \n is read on one line, as the tree shows it:
// the page's heading broke in two at the line break (hunt27 H2).
func TestNameOnSeveralLinesIsOneLine(t *testing.T) {
	en := "---\nid: a\nname: |\n  Sales and\n  marketing\naliases: [\"sales\\nteam\"]\ncode: |\n  S-1\n---\n## S {#s}\n- d\n"
	zh := "---\nid: a\nname: >\n  市场\n\n  营销部\n---\n## 乙 {#s}\n- 甲\n"
	org, err := Load(layer(map[string]string{"en/a.md": en, "zh/a.md": zh}))
	if err != nil {
		t.Fatal(err)
	}
	a := org.Node("a")
	if a.Title[model.En] != "Sales and marketing" || a.Title[model.Zh] != "市场营销部" {
		t.Errorf("names %q", a.Title)
	}
	if got := a.Aliases()[model.En]; len(got) != 1 || got[0] != "sales team" {
		t.Errorf("aliases %q", got)
	}
	if a.Details.Code != "S-1" {
		t.Errorf("code %q", a.Details.Code)
	}
}

// TestIndentedListNotedOnlyAsCode: a list indented 4 columns is noted
// where Markdown reads it as a code block (after a heading or a blank
// line), not where it goes on a paragraph, sits in a fence, or is under
// a duty (told as a nested list).
func TestIndentedListNotedOnlyAsCode(t *testing.T) {
	for body, want := range map[string]int{
		"## S {#s}\n\n    - a\n    - b\n\n    - c\n": 1,
		"## S {#s}\nText.\n\n    * a\n":              1,
		"## S {#s}\nText\n    - a\n":                 0,
		"## S {#s}\n```\n    - a\n```\n":             0,
		"## S {#s}\n- d\n\n    - a\n":                0,
		"## S {#s}\n   - d\n":                        0,
	} {
		_, ps := Check(layer(one(body)))
		got := 0
		for _, p := range ps {
			if strings.Contains(p.Msg, "Markdown reads such lines as a code block") {
				got++
			}
		}
		if got != want {
			t.Errorf("%q: %d notes, want %d:\n%s", body, got, want, ps)
		}
	}
}

// TestFoldedYAMLJoinsChineseWithoutASpace: YAML folds a text value's line
// breaks into spaces; between Chinese characters, where Markdown puts
// none, the space is taken out ("负责公司的" / "财务管理。" read "负责公司的
// 财务管理。", hunt27 H7). A space written on one line stays, and so do
// the folds between English words.
func TestFoldedYAMLJoinsChineseWithoutASpace(t *testing.T) {
	zh := "---\nid: a\nname: 财务 部\nsummary: 负责公司的\n  财务管理，包括预算\n\n  和决算。Also English\n  words 和\n  预算。\ntraits:\n  objective: 管理公司的\n    收入和支出。\n  scope: \"全公司的\n    财务\"\n  focus: >\n    预算\n    和决算\n# 注释\n---\n## 乙 {#s}\n- 甲\n"
	org, err := Load(layer(map[string]string{"zh/a.md": zh}))
	if err != nil {
		t.Fatal(err)
	}
	a := org.Node("a")
	if got, want := a.Title[model.Zh], "财务 部"; got != want {
		t.Errorf("name %q, want %q", got, want)
	}
	if got, want := a.Details.Summary[model.Zh], "负责公司的财务管理，包括预算\n和决算。Also English words 和预算。"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	for dim, want := range map[model.Dimension]string{"objective": "管理公司的收入和支出。", "scope": "全公司的财务", "focus": "预算和决算"} {
		if got := a.Details.Traits[dim][model.Zh]; got != want {
			t.Errorf("trait %s %q, want %q", dim, got, want)
		}
	}
}

// TestDescriptionKeepsItsCodeBlock: a department's or section's text that
// starts with an indented code block keeps the first line's indentation;
// trimmed, the block read as a paragraph (hunt27 H8). Up to three spaces,
// which Markdown ignores, are trimmed as before.
func TestDescriptionKeepsItsCodeBlock(t *testing.T) {
	doc := "---\nid: a\nname: A\n---\n\n    SELECT * FROM t;\n    -- two\n\nText.\n\n## S {#s}\n\n   Three spaces.\n\n- d\n"
	org, err := Load(layer(map[string]string{"en/a.md": doc}))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := org.Node("a").Body()[model.En], "    SELECT * FROM t;\n    -- two\n\nText."; got != want {
		t.Errorf("department text %q, want %q", got, want)
	}
	if got, want := org.Node("a/s").Body()[model.En], "Three spaces."; got != want {
		t.Errorf("section text %q, want %q", got, want)
	}
}
