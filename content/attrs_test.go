package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// pricingEN is contract 1's example: attribute lines under a section
// heading and under a duty, and a duty's description.
const pricingEN = `---
id: marketing
name: Marketing
---

## Pricing {#pricing .unit}
Sources: s1
Code: 3.2
Aliases: price setting

Deciding what things cost.

- Set the product's price. {#set-price}
  Code: 3.2.2
  Aliases: pricing, price list
  Sources: s2

  A description: indented paragraphs after a blank line inside the item.
  Markdown, shown on the duty's page.

      an indented code block stays indented

  A second paragraph.
- Review prices
  every quarter.
  Note: this line is not an attribute, so it continues the duty.
  Responsible: marketing/pricing
  Accountable: marketing
  Consulted: sales, finance
  Informed: general-office

Text after the list belongs to the section.
`

const pricingZH = `---
id: marketing
name: 市场部
---

## 定价 {#pricing .unit}
别名：价格制定

- 制定产品价格。 {#set-price}
  编号：3.2.2
  别名：定价

  说明：列表项内空行之后缩进的段落。
- 每季度审查价格。
  负责：marketing/pricing
  咨询：sales、finance
`

const twoSources = "- id: s1\n  title: One\n- id: s2\n  title: Two\n"

// otherUnits are the departments pricingEN's RACI lines name.
var otherUnits = map[string]string{
	"en/s.md": "---\nid: sales\nname: Sales\n---\n", "zh/s.md": "---\nid: sales\nname: 销售部\n---\n",
	"en/f.md": "---\nid: finance\nname: Finance\n---\n", "zh/f.md": "---\nid: finance\nname: 财务部\n---\n",
	"en/g.md": "---\nid: general-office\nname: General office\n---\n", "zh/g.md": "---\nid: general-office\nname: 总经理办公室\n---\n",
}

// withUnits adds otherUnits to a folder's files.
func withUnits(files map[string]string) map[string]string {
	for k, v := range otherUnits {
		files[k] = v
	}
	return files
}

func TestAttributeLinesOnSectionsAndDuties(t *testing.T) {
	org, err := Load(layer(withUnits(map[string]string{"en/m.md": pricingEN, "zh/m.md": pricingZH, "sources.yaml": twoSources})))
	if err != nil {
		t.Fatal(err)
	}
	sec := org.Node("marketing/pricing")
	if sec.Code() != "3.2" || !slices.Equal(sec.Sources(), []string{"s1"}) ||
		!slices.Equal(sec.Aliases()[model.En], []string{"price setting"}) || !slices.Equal(sec.Aliases()[model.Zh], []string{"价格制定"}) {
		t.Errorf("section attributes: code %q sources %v aliases %q", sec.Code(), sec.Sources(), sec.Aliases())
	}
	if got := sec.Body().In(model.En); got != "Deciding what things cost.\n\n\nText after the list belongs to the section." {
		t.Errorf("section body = %q", got)
	}
	duty := org.Node("marketing/pricing/set-price")
	if duty == nil {
		t.Fatal("duty with an explicit id is missing")
	}
	if duty.Title.In(model.En) != "Set the product's price." || duty.Code() != "3.2.2" || !slices.Equal(duty.Sources(), []string{"s2"}) {
		t.Errorf("duty: title %q code %q sources %v", duty.Title.In(model.En), duty.Code(), duty.Sources())
	}
	if !slices.Equal(duty.Aliases()[model.En], []string{"pricing", "price list"}) || !slices.Equal(duty.Aliases()[model.Zh], []string{"定价"}) {
		t.Errorf("duty aliases = %q", duty.Aliases())
	}
	wantDesc := "A description: indented paragraphs after a blank line inside the item.\nMarkdown, shown on the duty's page.\n\n" +
		"    an indented code block stays indented\n\nA second paragraph."
	if got := duty.Body()[model.En]; got != wantDesc {
		t.Errorf("duty description =\n%q\nwant\n%q", got, wantDesc)
	}
	if got := duty.Body()[model.Zh]; got != "说明：列表项内空行之后缩进的段落。" {
		t.Errorf("Chinese description = %q", got)
	}
	if srcs := org.SourcesOf(duty); len(srcs) != 1 || srcs[0].ID != "s2" {
		t.Errorf("the duty's own sources should win over the section's: %v", srcs)
	}
	review := org.Node("marketing/pricing/2")
	if got := review.Title.In(model.En); got != "Review prices every quarter. Note: this line is not an attribute, so it continues the duty." {
		t.Errorf("continuation lines: %q", got)
	}
	r := review.RACI()
	if r == nil || !slices.Equal(r.Refs[model.Responsible], []string{"marketing/pricing"}) || !slices.Equal(r.Refs[model.Accountable], []string{"marketing"}) ||
		!slices.Equal(r.Refs[model.Consulted], []string{"sales", "finance"}) || !slices.Equal(r.Refs[model.Informed], []string{"general-office"}) {
		t.Errorf("RACI lines = %+v", r)
	}
	if got := paths(r.Units[model.Consulted]); !slices.Equal(got, []string{"sales", "finance"}) || r.Units[model.Responsible][0] != sec {
		t.Errorf("RACI units: consulted %v, responsible %v", got, r.Units[model.Responsible])
	}
	if org.Node("marketing/pricing").Duties != 2 {
		t.Errorf("the description and attributes must not become duties: %d duties", org.Node("marketing/pricing").Duties)
	}
}

func TestDescriptionIndentFollowsTheListMarker(t *testing.T) {
	doc := "---\nid: a\nname: A\n---\n## S {#s}\n" +
		"1. First duty.\n\n   Its description, indented as far as its text.\n" +
		"2. Second duty.\n\n  Two spaces is less than the text's column: section text.\n" +
		"- Third duty.\n\n\tA tab reaches the text too.\n\n\n- Fourth.\n"
	org, err := Load(layer(map[string]string{"en/a.md": doc}))
	if err != nil {
		t.Fatal(err)
	}
	if got := org.Node("a/s/1").Body()[model.En]; got != "Its description, indented as far as its text." {
		t.Errorf("ordered item description = %q", got)
	}
	if got := org.Node("a/s/2").Body()[model.En]; got != "" {
		t.Errorf("an under-indented paragraph became a description: %q", got)
	}
	if got := org.Node("a/s/3").Body()[model.En]; got != "A tab reaches the text too." {
		t.Errorf("tab-indented description = %q", got)
	}
	if got := org.Node("a/s").Body()[model.En]; got != "Two spaces is less than the text's column: section text." {
		t.Errorf("section body = %q", got)
	}
	if d := org.Node("a/s").Duties; d != 4 {
		t.Errorf("%d duties, want 4", d)
	}
}

func TestStructuralAttributesAgreeAcrossLanguages(t *testing.T) {
	en := "---\nid: a\nname: A\n---\n## S {#s .position}\nCode: 1\n\n- Do it.\n  Code: 1.1\n  Responsible: a/s\n  Accountable: a\n"
	zh := "---\nid: a\nname: 甲\n---\n## 乙 {#s .position}\n编号：1\n\n- 做。\n  编号：1.2\n  负责：a\n  批准：甲\n"
	_, err := Load(layer(map[string]string{"en/a.md": en, "zh/a.md": zh}))
	report := problemsOf(t, err)
	for _, want := range []string{
		"org/zh/a.md:9: 编号： differs from org/en/a.md:9 (1.2 here, 1.1 there)\n  fix: write 编号： in one language's file only, or give it the same value as org/en/a.md:9\n",
		"org/en/a.md:9: Code: differs from org/zh/a.md:9 (1.1 here, 1.2 there)\n  fix: write Code: in one language's file only, or give it the same value as org/zh/a.md:9\n",
		"org/zh/a.md:10: 负责： differs from org/en/a.md:10 (a here, a/s there)",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, ":6:") || strings.Contains(report, ":11:") {
		t.Errorf("equal section codes, or RACI lines naming the same unit in other words (a, 甲), were reported:\n%s", report)
	}

	// Written in one language only, a structural value holds for both.
	zh = "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n\n- 做。\n"
	org, err := Load(layer(map[string]string{"en/a.md": en, "zh/a.md": zh}))
	if err != nil {
		t.Fatal(err)
	}
	if n := org.Node("a/s/1"); n.Code() != "1.1" || n.RACI() == nil || n.RACI().Refs[model.Responsible][0] != "a/s" || org.Node("a/s").Code() != "1" {
		t.Errorf("code %q raci %+v section code %q", n.Code(), n.RACI(), org.Node("a/s").Code())
	}
}

func TestAttributeLineProblems(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"empty value", "## S {#s}\nCode:\n- d\n", "org/en/a.md:6: Code: has no value"},
		{"twice on a section", "## S {#s}\nCode: 1\nCode: 2\n- d\n", "org/en/a.md:7: a second Code: line for the same section"},
		{"twice on a duty", "## S {#s}\n- d\n  Aliases: x\n  Aliases: y\n", "org/en/a.md:8: a second Aliases: line for the same duty"},
		{"not indented under a duty", "## S {#s}\n- d\nCode: 1\n", "org/en/a.md:7: this Code: line is not indented, so it belongs to no duty"},
		{"list as a description", "## S {#s}\n- d\n\n  - sub\n", "org/en/a.md:8: nested list under a duty"},
		{"unclosed fence in a description", "## S {#s}\n- d\n\n  ```\n  code\n- e\n", "org/en/a.md:8: a code block in the duty's description is never closed"},
		{"unknown source on a duty", "## S {#s}\n- d\n  Sources: nope\n", `org/en/a.md:7: unknown source "nope"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(layer(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n" + tc.body}))
			if report := problemsOf(t, err); !strings.Contains(report, tc.want) {
				t.Errorf("report lacks %q:\n%s", tc.want, report)
			}
		})
	}
}

func TestLayerKeepsAndReplacesAttributes(t *testing.T) {
	base := layer(withUnits(map[string]string{"en/m.md": pricingEN, "zh/m.md": pricingZH, "sources.yaml": twoSources}))
	mine := layer(map[string]string{"en/m.md": "---\nid: marketing\nname: Marketing\n---\n## Pricing {#pricing}\nCode: P\n"})
	org, err := Load(base, mine)
	if err != nil {
		t.Fatal(err)
	}
	if got := org.Node("marketing/pricing").Code(); got != "P" {
		t.Errorf("the later layer's code = %q", got)
	}
	if got := org.Node("marketing/pricing/set-price").Code(); got != "3.2.2" {
		t.Errorf("a duty the layer leaves alone lost its code: %q", got)
	}
}

func problemsOf(t *testing.T, err error) string {
	t.Helper()
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("error is %T (%v), want Problems", err, err)
	}
	for _, p := range ps {
		if p.Fix == "" {
			t.Errorf("problem without a fix: %s", p)
		}
	}
	return ps.Error()
}

// TestAttributesGoDirectlyUnderTheHeading: a blank line ends the attribute
// lines, so a description may begin with "Code:"; a line read that way gets
// a note, as it may have been meant as an attribute.
func TestAttributesGoDirectlyUnderTheHeading(t *testing.T) {
	doc := fmA + "## S {#s}\nCode: 1\n\nResponsible: the team lead, who answers for it.\n- d\n"
	org, ps := Check(layer(map[string]string{"en/a.md": doc}))
	if org == nil {
		t.Fatalf("did not load:\n%s", ps)
	}
	s := org.Node("a/s")
	if s.Code() != "1" || s.RACI() != nil || s.Body().In(model.En) != "Responsible: the team lead, who answers for it." {
		t.Errorf("code %q raci %+v body %q", s.Code(), s.RACI(), s.Body().In(model.En))
	}
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "org/en/a.md:8: note: this Responsible: line is read as the section's description") {
		t.Errorf("want one note:\n%s", ps)
	}
}
