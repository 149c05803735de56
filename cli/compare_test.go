package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// orgFiles is a small content folder in both languages: three departments,
// a relation and a topic.
var orgFiles = map[string]string{
	"en/marketing.md": `---
id: marketing
name: Marketing department
aliases: [mkt, 企划部]
traits:
  objective: Build the brand.
---

## Responsibilities {#responsibilities}

- Research and analyse the market, above all consumers' buying psychology.
- Set the company's long-term business targets.
- Set product prices.
`,
	"zh/marketing.md": `---
id: marketing
name: 市场部
aliases: [营销部]
traits:
  objective: 打造品牌。
---

## 职责 {#responsibilities}

- 开展市场调研和分析，重点了解消费者的购买心理。
- 确定公司经营的长期目标。
- 确定产品价格。
`,
	"en/planning.md": `---
id: planning
name: Planning department
aliases: [企划部]
---

## Functions {#functions}

- Research the market and gather market information about the industry.
- Set the organisation's long-term goals.
- Organise large-scale events.
`,
	"zh/planning.md": `---
id: planning
name: 策划部
---

## 职能 {#functions}

- 开展市场调研，搜集行业市场信息。
- 制定组织的长远目标。
- 组织大型活动。
`,
	"en/sales.md": `---
id: sales
name: Sales department
---

## Selling {#selling}

- Call on customers in person.
- Apply the prices the marketing department has set.
`,
	"zh/sales.md": `---
id: sales
name: 销售部
---

## 销售 {#selling}

- 亲自拜访客户。
- 执行市场部制定的价格。
`,
	"en/marketing-to-sales.md": `---
id: marketing-to-sales
kind: relation
name: What marketing gives sales
from: marketing
to: sales
---

## Plans {#plans}

- The sales promotion plan.
`,
	"zh/marketing-to-sales.md": `---
id: marketing-to-sales
kind: relation
name: 市场部交给销售部的
from: marketing
to: sales
---

## 计划 {#plans}

- 促销计划。
`,
	"en/conflict.md": `---
id: conflict
kind: topic
name: Why marketing and sales clash
concerns: [marketing, sales]
---

## Causes {#causes}

- They are judged by different numbers.
`,
	"zh/conflict.md": `---
id: conflict
kind: topic
name: 市场部与销售部为何冲突
concerns: [marketing, sales]
---

## 原因 {#causes}

- 两者的考核指标不同。
`,
}

// writeOrg writes orgFiles into a temporary folder and returns it.
func writeOrg(t *testing.T) string {
	t.Helper()
	return writeFiles(t, orgFiles)
}

// compareRun runs dutymap compare on the test folder alone, in English
// unless args say otherwise.
func compareRun(t *testing.T, args ...string) result {
	t.Helper()
	return run(t, append([]string{"--builtin=false", "--content", writeOrg(t), "compare"}, args...)...)
}

func TestCompareMarkdown(t *testing.T) {
	r := compareRun(t, "mkt", "Planning department").ok(t)
	mustContain(t, r.out,
		"# Marketing department vs Planning department",
		"| Objective | Build the brand. | — |",
		"## Similar duties",
		"Set the company's long-term business targets. — *Responsibilities*",
		"≈ Set the organisation's long-term goals.",
		"## Only in Planning department",
		"- Organise large-scale events.",
	)
	assertPlain(t, "compare", r.out)
}

func TestCompareChinese(t *testing.T) {
	r := compareRun(t, "--lang", "zh", "市场部", "销售部").ok(t)
	mustContain(t, r.out, "# 市场部 对比 销售部", "| 目标 | 打造品牌。 | — |", "### 市场部交给销售部的", "**市场部与销售部为何冲突**")
}

func TestCompareJSON(t *testing.T) {
	r := compareRun(t, "marketing", "sales", "--json").ok(t)
	var got struct {
		A, B   struct{ ID string }
		Shared []struct {
			A, B struct{ Path, Text string }
		}
		Relations []struct {
			ID, From, To string
			Points       []string
		}
		Topics []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(r.out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, r.out)
	}
	if got.A.ID != "marketing" || got.B.ID != "sales" {
		t.Errorf("a, b = %q, %q", got.A.ID, got.B.ID)
	}
	if len(got.Shared) != 1 || got.Shared[0].A.Path != "marketing/responsibilities/3" || got.Shared[0].B.Path != "sales/selling/2" {
		t.Errorf("shared = %+v, want the prices pair", got.Shared)
	}
	if len(got.Relations) != 1 || got.Relations[0].From != "marketing" || len(got.Relations[0].Points) != 1 {
		t.Errorf("relations = %+v", got.Relations)
	}
	if len(got.Topics) != 1 || got.Topics[0].ID != "conflict" {
		t.Errorf("topics = %+v", got.Topics)
	}
}

func TestCompareAmbiguousExitsOne(t *testing.T) {
	r := compareRun(t, "企划部", "sales").fails(t, 1)
	mustContain(t, r.err, "could mean 2 departments", "marketing", "Marketing department / 市场部", "planning", "by its id")
}

func TestCompareUnknownExitsOne(t *testing.T) {
	r := compareRun(t, "marketing", "legal").fails(t, 1)
	mustContain(t, r.err, `no department matches "legal"`, "planning", "sales")
}

func TestCompareWrongArgCountExitsTwo(t *testing.T) {
	for _, args := range [][]string{{}, {"mkt"}, {"mkt", "sales", "planning"}} {
		r := compareRun(t, args...).fails(t, 2)
		mustContain(t, r.err, "compare")
	}
}

// The bakery in testdata is English only and has no shared wording to
// speak of; compare must still show its relation and topic.
func TestCompareMyOrg(t *testing.T) {
	r := run(t, "--builtin=false", "--content", myorg, "compare", "FOH", "bakehouse").ok(t)
	mustContain(t, r.out, "# Front of house vs Kitchen", "What the kitchen hands to front of house", "Who decides about leftover bread")
}

// TestCompareHelpNamesTheTiers: compare --help names the tiers with the
// words the comparison prints (tryout N20: the help said "loosely similar"
// where the output says "related").
func TestCompareHelpNamesTheTiers(t *testing.T) {
	help := run(t, "compare", "--help").ok(t).out
	want := []string{model.VerySimilar.String(), model.Similar.String(), model.Related.String()}
	if !strings.Contains(help, strings.Join(want[:2], ", ")+" or "+want[2]) || strings.Contains(help, "loosely") {
		t.Errorf("the help does not name the tiers %q:\n%s", want, help)
	}
}
