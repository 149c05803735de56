package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/compare"
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

// TestCompareNamesWhatARefIs: a reference that names a topic, a relation
// or a position says what it names and, for a position, its department,
// where "no department matches" left the user guessing (tryout24 H24).
func TestCompareNamesWhatARefIs(t *testing.T) {
	for _, tc := range []struct{ ref, want string }{
		{"differences", `"differences" names the topic “How marketing and sales differ”, not a department; the departments are:`},
		{"marketing-to-sales", `"marketing-to-sales" names the relation “What marketing gives sales”, not a department`},
		{"marketing manager", `"marketing manager" names the position “Marketing manager” in Marketing department (marketing), not a department`},
		{"marketing/positions/manager", `names the position “Marketing manager” in Marketing department (marketing)`},
	} {
		r := run(t, "compare", tc.ref, "sales").fails(t, 1)
		mustContain(t, r.err, tc.want, "  planning ")
	}
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

// zhOnlySales is the built-in content as "dutymap init" writes it, with
// the English file of the sales department taken away: Sales is written
// in Chinese only (check warns: lang-parity).
func zhOnlySales(t *testing.T) string {
	t.Helper()
	dir := t.TempDir() + "/org"
	run(t, "init", dir).ok(t)
	if err := os.Remove(filepath.Join(dir, "en", "sales.md")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// tryout9 #7: a department written in Chinese only, compared in English,
// is said to be so, and each pair is set side by side in the language
// both duties are written in, with both texts of that language shown: no
// English duty beside a Chinese one as if the two were compared.
func TestCompareAcrossLanguagesSaysSo(t *testing.T) {
	dir := zhOnlySales(t)
	r := run(t, "--builtin=false", "--content", dir, "compare", "marketing", "sales", "--lang", "en").ok(t)
	mustContain(t, r.out,
		"*销售部 is not written in English: its text is shown in Chinese, and its duties are paired by their Chinese wording.*",
		"1. Work in step with the promotion plan. (配合促销计划的开展。) — *Positions",
		"   - ≈ 配合门店开展促销活动。 — *终端活化与理货* (similar, similarity 0.68, compared in Chinese) — A/R: 销售部",
	)
	// Every pair names the language it was compared in, and shows
	// Marketing's text in it.
	for _, line := range strings.Split(r.out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "- ≈ ") && !strings.Contains(line, ", compared in Chinese)") {
			t.Errorf("a pair not marked as compared in Chinese: %s", line)
		}
	}
	// The verbs-only pair the user saw is gone (#10).
	if strings.Contains(r.out, "honour room. — ") && strings.Contains(r.out, "≈ 建设并管理销售渠道") {
		t.Errorf("the honour room is still paired with the sales channels:\n%s", r.out)
	}

	j := run(t, "--builtin=false", "--content", dir, "compare", "marketing", "sales", "--lang", "en", "--json").ok(t)
	var rep compare.Report
	if err := json.Unmarshal([]byte(j.out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.B.Untranslated != 37 || rep.A.Untranslated != 0 || len(rep.Shared) == 0 {
		t.Fatalf("untranslated %d/%d, %d pairs", rep.A.Untranslated, rep.B.Untranslated, len(rep.Shared))
	}
	for _, p := range rep.Shared {
		if p.Lang != "zh" || p.A.Compared == "" || p.B.Compared != p.B.Text {
			t.Errorf("pair %+v: want lang zh and both texts in Chinese", p)
		}
	}

	// In Chinese, the language both are written in, nothing needs saying.
	zh := run(t, "--builtin=false", "--content", dir, "compare", "marketing", "sales", "--lang", "zh").ok(t)
	if strings.Contains(zh.out, "没有") && strings.Contains(zh.out, "文本") || strings.Contains(zh.out, "按中文比较") {
		t.Errorf("a note where both are written in Chinese:\n%.600s", zh.out)
	}
}

// tryout9 #10: a related pair must share what the duties act on, not only
// how they work; and a score is printed with the tier it has (0.548 is
// related, printed 0.54, not 0.55 where similar starts).
func TestCompareRelatedPairsShareAnObject(t *testing.T) {
	r := run(t, "compare", "sales", "planning").ok(t)
	mustContain(t, r.out, "## Similar duties (0)", "- Build and manage the sales channels.", "- Follow how customers use the product.")
	r = run(t, "compare", "sales", "operations").ok(t)
	mustContain(t, r.out, "- Serve customers before the sale.")
	if strings.Contains(r.out, "≈ Provide logistics services for the exhibits.") {
		t.Error("Serve customers is still paired with Provide logistics services")
	}
	r = run(t, "compare", "marketing", "planning").ok(t)
	mustContain(t, r.out,
		"≈ Coordinate the relations between departments. — *Main responsibility: large events* (related, similarity 0.54)",
		"≈ Collect, analyse, summarise, sort and file sales data.", // shares data: kept
	)
	r = run(t, "compare", "marketing", "planning", "--json").ok(t)
	var rep compare.Report
	if err := json.Unmarshal([]byte(r.out), &rep); err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Shared {
		if compare.Tier(p.Score).String() != p.Tier {
			t.Errorf("score %.2f printed with tier %q", p.Score, p.Tier)
		}
	}
}

// tryout11: compare read "slaes" as Sales with no word, where show says
// how it read a name; and its errors began "dutymap:" where show's and
// matrix's begin with the command's name. Each command that takes a
// department says, in the same words, how it read one not named exactly.
func TestReferencesReadOtherwiseAreNoted(t *testing.T) {
	for _, cmd := range []string{"compare", "matrix", "show"} {
		args := []string{cmd, "slaes"}
		if cmd == "compare" {
			args = []string{cmd, "marketing", "slaes"}
		}
		r := run(t, args...).ok(t)
		if want := "dutymap " + cmd + `: "slaes" is read as sales (Sales department)` + "\n"; r.err != want {
			t.Errorf("%v: stderr %q, want %q", args, r.err, want)
		}
		if r.out == "" {
			t.Errorf("%v printed nothing", args)
		}
	}
	// Named exactly, or by an alias: nothing to say.
	for _, args := range [][]string{{"compare", "marketing", "sales"}, {"compare", "市场部", "销售部"}, {"matrix", "sales"}} {
		if r := run(t, args...).ok(t); r.err != "" {
			t.Errorf("%v: stderr %q, want none", args, r.err)
		}
	}
	for _, args := range [][]string{{"compare", "marketing", "legal"}, {"compare", "legal", "marketing", "--json"}, {"compare", "企划部", "sales"}} {
		r := run(t, args...).fails(t, 1)
		if !strings.HasPrefix(r.err, "dutymap compare: ") {
			t.Errorf("%v: stderr %q, want it to begin %q", args, r.err, "dutymap compare: ")
		}
	}
}

// An empty department is wrong usage, said before anything is loaded
// (exit 2, as show and search say theirs), not a department that no
// name matches with the list of all (tryout28 P2); import says an empty
// file name or a folder as such (P1: "dutymap import: : give …").
func TestEmptyArgumentsAreUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for args, want := range map[string]string{
		"compare\x00\x00sales":  "dutymap compare: a department is empty; give its id or name (such as marketing, or 销售部)\n",
		"compare\x00sales\x00 ": "dutymap compare: a department is empty; give its id or name (such as marketing, or 销售部)\n",
		"matrix\x00":            "dutymap matrix: a unit is empty; give its id or name (such as marketing, or 销售部)\n",
		"import\x00":            "dutymap import: the file name is empty; give a .csv or .xlsx file\n",
		"import\x00" + dir:      "dutymap import: " + dir + " is a folder; give a .csv or .xlsx file\n",
	} {
		r := run(t, strings.Split(args, "\x00")...).fails(t, 2)
		if r.err != want {
			t.Errorf("%q: stderr %q, want %q", args, r.err, want)
		}
	}
}
