package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// searchOrg writes a small organisation in both languages. Marketing and
// sales share one duty, written with different punctuation.
func searchOrg(t *testing.T) string {
	t.Helper()
	files := map[string]string{
		"en/marketing.md": `---
id: marketing
name: Marketing department
aliases: [mkt]
---

## Responsibilities {#duties}

- Set product prices.
- Study the market each season.

## Positions {#positions}

### Pricing analyst {#analyst .position}

- Compare competitors' prices every month.
`,
		"zh/marketing.md": `---
id: marketing
name: 市场部
---

## 职责 {#duties}

- 制定产品价格。
- 每季研究市场。

## 岗位 {#positions}

### 价格分析员 {#analyst .position}

- 每月比较竞争对手的价格。
`,
		"en/sales.md": `---
id: sales
name: Sales department
---

## Responsibilities {#duties}

- set product prices
- Sign contracts with customers.
`,
		"zh/sales.md": `---
id: sales
name: 销售部
---

## 职责 {#duties}

- 制定产品价格
- 与客户签订合同。
`,
	}
	return writeFiles(t, files)
}

// matchLines drops from a plain search's output the lines of partial
// results, marked "(in part)" (partMark): the matches, as listed.
func matchLines(out string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(out, "\n") {
		if l == "" || strings.HasSuffix(strings.TrimSuffix(l, "\n"), partMark[0]) || strings.HasSuffix(strings.TrimSuffix(l, "\n"), partMark[1]) {
			continue
		}
		b.WriteString(l)
	}
	return b.String()
}

func searchIn(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, append([]string{"--builtin=false", "--content", dir, "search"}, args...)...)
}

func TestSearchPrintsRankedLines(t *testing.T) {
	dir := searchOrg(t)
	// "set" is the rarer, heavier word here: the texts that only price
	// something mention a lesser word of the query, and are listed
	// marked, where they rank, in the lines the match leaves.
	r := searchIn(t, dir, "set", "prices").ok(t)
	want := "marketing/duties/1  Marketing department › Responsibilities › Set product prices. (also: Sales department › Responsibilities)\n" +
		"marketing/positions/analyst  Marketing department › Positions › Pricing analyst  (in part)\n" +
		"marketing/positions/analyst/1  Marketing department › Positions › Pricing analyst › Compare competitors' prices every month.  (in part)\n"
	if r.out != want || r.err != "" {
		t.Errorf("got:\n%s%s\nwant:\n%s", r.out, r.err, want)
	}
	// With --limit 1 the line is the match's.
	r = searchIn(t, dir, "--limit", "1", "set", "prices").ok(t)
	if r.out != want[:strings.Index(want, "\n")+1] {
		t.Errorf("--limit 1, got:\n%s%s", r.out, r.err)
	}
	assertPlain(t, "search", r.out)
	r = searchIn(t, dir, "prices").ok(t)
	want = "marketing/positions/analyst  Marketing department › Positions › Pricing analyst\n" +
		"marketing/positions/analyst/1  Marketing department › Positions › Pricing analyst › Compare competitors' prices every month.\n" +
		"marketing/duties/1  Marketing department › Responsibilities › Set product prices. (also: Sales department › Responsibilities)\n"
	if r.out != want {
		t.Errorf("prices, got:\n%s\nwant:\n%s", r.out, want)
	}

	// Sections are found too, by a word inside theirs (价格分析员 holds
	// 价格): the query names the price analyst, whose position and duty
	// come first.
	r = searchIn(t, dir, "--lang", "zh", "价格").ok(t)
	want = "marketing/positions/analyst/1  市场部 › 岗位 › 价格分析员 › 每月比较竞争对手的价格。\n" +
		"marketing/positions/analyst  市场部 › 岗位 › 价格分析员\n" +
		"marketing/duties/1  市场部 › 职责 › 制定产品价格。（另见：销售部 › 职责）\n"
	if r.out != want {
		t.Errorf("zh got:\n%s\nwant:\n%s", r.out, want)
	}
}

// Every line starts with a path that dutymap show accepts.
func TestSearchPathsFeedShow(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir, "--limit", "0", "prices").ok(t)
	for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
		path, _, _ := strings.Cut(line, "  ")
		run(t, "--builtin=false", "--content", dir, "show", path).ok(t)
	}
}

func TestSearchDepartmentAndLimit(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir, "prices", "d:sales").ok(t)
	if r.out != "sales/duties/1  Sales department › Responsibilities › set product prices\n" {
		t.Errorf("d:sales: %q", r.out)
	}
	r = searchIn(t, dir, "--limit", "1", "prices").ok(t)
	if strings.Count(r.out, "\n") != 1 {
		t.Errorf("--limit 1 printed:\n%s", r.out)
	}
	// Three words no duty shares: the texts holding the heaviest match,
	// the others (prices, in three) mention a lesser word.
	all := searchIn(t, dir, "--limit", "0", "prices", "contracts", "season").ok(t)
	if n, in := strings.Count(all.out, "\n"), strings.Count(all.out, "  (in part)\n"); n != 5 || in != 3 || all.err != "" {
		t.Errorf("--limit 0 printed %d lines, %d in part:\n%s%s", n, in, all.out, all.err)
	}
	all = searchIn(t, dir, "--limit", "0", "--json", "prices", "contracts", "season").ok(t)
	if n := strings.Count(all.out, "\n"); n != 5 {
		t.Errorf("--limit 0 --json printed %d lines:\n%s", n, all.out)
	}
}

// --limit N bounds the lines, plain and --json alike, however many
// partial texts rank above the matches: "product quality" has three
// matches and over seventy texts in part, some ranked among them.
func TestSearchLimitBoundsEveryLine(t *testing.T) {
	for _, args := range [][]string{{"--json"}, {}} {
		r := run(t, append([]string{"search", "product quality", "--limit", "3"}, args...)...).ok(t)
		lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
		if len(lines) != 3 {
			t.Errorf("%v --limit 3 printed %d lines:\n%s", args, len(lines), r.out)
			continue
		}
		matches := 0
		for _, l := range lines {
			if !strings.Contains(l, `"match":"partial"`) && !strings.HasSuffix(l, "(in part)") {
				matches++
			}
		}
		if matches != 3 {
			t.Errorf("%v: %d of the 3 lines are matches, want 3:\n%s", args, matches, r.out)
		}
	}
	// A question with fewer matches than the limit lists the best texts
	// in part after them, marked: the one that answers "who cleans the
	// exhibition site?" among them.
	r := run(t, "search", "who cleans the exhibition site?", "--limit", "4").ok(t)
	if !strings.Contains(r.out, "Arrange cleaning of the venue.  (in part)\n") || strings.Count(r.out, "\n") != 4 {
		t.Errorf("who cleans the exhibition site? --limit 4:\n%s", r.out)
	}
}

func TestSearchJSON(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir, "--json", "set prices").ok(t)
	lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines:\n%s", len(lines), r.out)
	}
	var h searchHit
	if err := json.Unmarshal([]byte(lines[0]), &h); err != nil {
		t.Fatalf("%v: %s", err, lines[0])
	}
	if h.Path != "marketing/duties/1" || h.Department != "Marketing department" || h.Owner != "Marketing department" ||
		h.Where != "Marketing department › Responsibilities" || h.Text != "Set product prices." ||
		h.Lang != "en" || h.Score <= 0 || h.Match != "words" || strings.Join(h.Places, ",") != "marketing/duties/1,sales/duties/1" {
		t.Errorf("first hit: %+v", h)
	}
	if got := marked(h.Text, h.Positions); got != "[Set] product [prices]." {
		t.Errorf("positions mark %q", got)
	}
	// A duty of a position is owned by the department and the position.
	if err := json.Unmarshal([]byte(lines[2]), &h); err != nil {
		t.Fatal(err)
	}
	if h.Owner != "Marketing department › Pricing analyst" || h.Where != "Marketing department › Positions › Pricing analyst" {
		t.Errorf("position's duty: %+v", h)
	}

	// A Chinese query on English settings: found in Chinese, positions
	// count characters, not bytes.
	r = searchIn(t, dir, "--json", "签合同").ok(t)
	if err := json.Unmarshal([]byte(strings.TrimSpace(r.out)), &h); err != nil {
		t.Fatal(err)
	}
	if h.Lang != "zh" || h.Text != "与客户签订合同。" || marked(h.Text, h.Positions) != "与客户[签]订[合同]。" {
		t.Errorf("Chinese hit: %+v (%s)", h, marked(h.Text, h.Positions))
	}
}

// marked puts [] around the runes at positions, for readable assertions.
func marked(text string, positions []int) string {
	at := map[int]bool{}
	for _, p := range positions {
		at[p] = true
	}
	var b strings.Builder
	runes := []rune(text)
	for i, r := range runes {
		if at[i] && (i == 0 || !at[i-1]) {
			b.WriteByte('[')
		}
		b.WriteRune(r)
		if at[i] && (i == len(runes)-1 || !at[i+1]) {
			b.WriteByte(']')
		}
	}
	return b.String()
}

func TestSearchNothingFound(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir, "zzqx").fails(t, 1)
	mustContain(t, r.err, `no duty mentions “zzqx”, and nothing comes close`)
	// A d: reference that names no department is said so, with the
	// departments, as compare and show say it: not "nothing matches".
	r = searchIn(t, dir, "prices", "d:nowhere").fails(t, 2)
	mustContain(t, r.err, `dutymap search: no department matches "nowhere"; the departments are:`)
	mustContain(t, r.err, "  marketing  Marketing department / 市场部\n")
	if strings.Contains(r.err, "nothing matches") {
		t.Errorf("stderr: %s", r.err)
	}
}

// A long list of words no duty mentions is cut after the eighth, and the
// cut list ends as every other list of quoted words does: the list
// separator, then "…" (", …" in English, "、…" in Chinese).
func TestSearchNotMentionedListCut(t *testing.T) {
	dir := searchOrg(t)
	query := "qxa qxb qxc qxd qxe qxf qxg qxh qxi qxj"
	for _, c := range []struct{ lang, want string }{
		{"en", "dutymap search: no duty mentions “qxa”, “qxb”, “qxc”, “qxd”, “qxe”, “qxf”, “qxg”, “qxh”, …, and nothing comes close\n"},
		{"zh", "dutymap search：没有职责提到“qxa”、“qxb”、“qxc”、“qxd”、“qxe”、“qxf”、“qxg”、“qxh”、…，也没有相近的内容\n"},
	} {
		r := searchIn(t, dir, "--lang", c.lang, query).fails(t, 1)
		if r.err != c.want {
			t.Errorf("%s: stderr %q, want %q", c.lang, r.err, c.want)
		}
	}
}

// A word no text holds is said so plainly, with the closest results, and
// exit status 1; in Chinese too.
func TestSearchNoMention(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir, "cntrcts").fails(t, 1) // two slips off "contracts", its letters in order there
	want := "dutymap search: no duty mentions “cntrcts”; closest:\n" +
		"  sales/duties/2  Sales department › Responsibilities › Sign contracts with customers.\n"
	if r.err != want {
		t.Errorf("stderr %q, want %q", r.err, want)
	}
	r = searchIn(t, dir, "recruiting").fails(t, 1)
	mustContain(t, r.err, "no duty mentions “recruiting”, and nothing comes close")
	r = searchIn(t, dir, "--lang", "zh", "谁负责招聘？").fails(t, 1)
	mustContain(t, r.err, "没有职责提到“招聘”")
	// Some words found, one not: the results, and a note naming it.
	r = searchIn(t, dir, "recruiting", "contracts").ok(t)
	mustContain(t, r.err, "no duty mentions “recruiting”; the results match the other words")
	mustContain(t, r.out, "Sign contracts with customers.")
}

// A word two neighbouring letters from one the duties hold is searched as
// that word when nothing answers the query as typed, and the note says
// so; beside words that answer it, it is only suggested. So is a letter
// left out inside a word of seven letters or more ("contrcts"). A word a
// letter added or changed away, or a short one a letter left out, is
// only suggested, with rc 1 and no owners: most such are real words the
// content lacks ("invoices" is not "involves", tryout11 #1; "prces").
func TestSearchTypos(t *testing.T) {
	dir := searchOrg(t)
	for _, q := range []string{"cotnracts", "who signs cotnracts?", "ocntracts", "contrcts", "who signs contrcts?"} {
		r := searchIn(t, dir, q).ok(t)
		typed := strings.TrimSuffix(strings.Fields(q)[len(strings.Fields(q))-1], "?")
		mustContain(t, r.err, "no duty mentions “"+typed+"”; the results are for “contracts”")
		mustContain(t, r.out, "Sign contracts with customers.")
	}
	r := searchIn(t, dir, "--lang", "zh", "cotnracts").ok(t)
	mustContain(t, r.err, "没有职责提到“cotnracts”；以下是“contracts”的结果")
	r = searchIn(t, dir, "cotnracts", "customers").ok(t)
	mustContain(t, r.err, "no duty mentions “cotnracts” (did you mean “contracts”?); the results match the other words")
	for q, meant := range map[string]string{"contractss": "contracts", "who signs contractss?": "contracts", "prces": "prices", "who compares prces?": "prices"} {
		typed := strings.TrimSuffix(strings.Fields(q)[len(strings.Fields(q))-1], "?")
		for _, owners := range []string{"--owners=false", "--owners"} {
			r := searchIn(t, dir, owners, q).fails(t, 1)
			mustContain(t, r.err, "no duty mentions “"+typed+"” (did you mean “"+meant+"”?); closest:")
			if r.out != "" || strings.Contains(r.err, "results are for") {
				t.Errorf("%s %q: an answer for another word:\n%s%s", owners, q, r.out, r.err)
			}
		}
	}
}

// --owners answers "who": departments and positions, best first, each with
// its best duty and how many of its duties match the query's main words
// ("compare" is the rarer, heavier word here), or match it in part.
func TestSearchOwners(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir, "--owners", "who compares prices?").ok(t)
	want := "Marketing department › Pricing analyst  (1 duty)\n" +
		"    marketing/positions/analyst/1  Compare competitors' prices every month.\n" +
		"Marketing department  (1 in part)\n" +
		"    marketing/duties/1  Set product prices.\n" +
		"Sales department  (1 in part)\n" +
		"    sales/duties/1  set product prices\n"
	if r.out != want {
		t.Errorf("got:\n%s\nwant:\n%s", r.out, want)
	}
	r = searchIn(t, dir, "--owners", "--json", "--lang", "zh", "--limit", "1", "谁负责签合同").ok(t)
	var o ownerHit
	if err := json.Unmarshal([]byte(r.out), &o); err != nil {
		t.Fatal(err)
	}
	if o.Owner != "销售部" || o.Path != "sales" || o.Department != "sales" || o.Duties != 1 || o.Mentions != 1 || o.Score <= 0 ||
		o.Proof.Path != "sales/duties/2" || o.Proof.Text != "与客户签订合同。" || o.Proof.Lang != "zh" {
		t.Errorf("owner: %+v", o)
	}
	searchIn(t, dir, "--owners", "zzqx").fails(t, 1)
}

// A question naming a department the sources list no duties for is
// answered: the department, and a plain note that no duties are listed,
// in the reader's language; --owners says it in the owner's row, and
// --json gives the owner without a proof.
func TestSearchNamedOwnerWithoutDuties(t *testing.T) {
	files := map[string]string{
		"en/logistics.md": "---\nid: logistics\nname: Logistics department\n---\n\nNamed by the source, with no duties.\n",
		"zh/logistics.md": "---\nid: logistics\nname: 后勤部\n---\n\n资料只列出了名称。\n",
	}
	dir := searchOrg(t)
	for name, body := range files {
		writeFile(t, filepath.Join(dir, name), body)
	}
	r := searchIn(t, dir, "谁负责后勤").ok(t)
	if r.out != "logistics  后勤部\n" || r.err != "dutymap search: the owner is 后勤部, but the sources list no duties for it\n" {
		t.Errorf("out %q, err %q", r.out, r.err)
	}
	r = searchIn(t, dir, "--lang", "zh", "who handles logistics?").ok(t)
	mustContain(t, r.out, "logistics  Logistics department")
	mustContain(t, r.err, "负责的是Logistics department，但资料中没有列出它的职责")
	// The owner is named in the query's language, as the list is.
	r = searchIn(t, dir, "--owners", "谁负责后勤").ok(t)
	if r.out != "后勤部  (资料未列出职责)\n    logistics\n" {
		t.Errorf("owners: %q", r.out)
	}
	r = searchIn(t, dir, "--owners", "--json", "who handles logistics").ok(t)
	var o map[string]any
	if err := json.Unmarshal([]byte(r.out), &o); err != nil {
		t.Fatal(err)
	}
	if o["path"] != "logistics" || o["duties"] != 0.0 || o["named"] != true || o["proof"] != nil {
		t.Errorf("owner JSON: %v", o)
	}
}

// The list holds the texts that match the query's main words, and those
// that mention only a lesser word where they rank, marked "(in part)";
// --json lists them as "partial".
func TestSearchPartialMatches(t *testing.T) {
	r := run(t, "search", "who sets product prices?", "--limit", "0").ok(t)
	lines := strings.Count(r.out, "\n")
	for _, l := range strings.Split(r.out, "\n") {
		if strings.Contains(l, "honour room") && !strings.HasSuffix(l, "  (in part)") {
			t.Errorf("a partial match listed unmarked: %s", l)
		}
	}
	if !strings.Contains(r.out, "  (in part)\n") || lines == 0 {
		t.Errorf("%d lines, none in part:\n%s", lines, r.out)
	}
	r = run(t, "search", "who sets product prices?", "--limit", "0", "--json").ok(t)
	if !strings.Contains(r.out, `"match":"partial"`) || strings.Count(r.out, "\n") != lines {
		t.Errorf("--json should list the same results, the partial ones marked")
	}
}

func TestSearchUsageErrors(t *testing.T) {
	dir := searchOrg(t)
	r := searchIn(t, dir).fails(t, 2)
	mustContain(t, r.err, "give some words", "example: dutymap search")
	searchIn(t, dir, "d:").fails(t, 2)
	searchIn(t, dir, "--limit", "-1", "prices").fails(t, 2)
}

// BenchmarkSearch100k runs the whole command on 100,000 generated duties:
// load the content files, index them, search, print. Compare with
// `fzf --filter` in docs/perf-search.md.
func BenchmarkSearch100k(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteDir(dir, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	for _, limit := range []string{"20", "0"} {
		b.Run("limit="+limit, func(b *testing.B) {
			for b.Loop() {
				var out, errb bytes.Buffer
				if code := Run([]string{"--builtin=false", "--content", dir, "search", "--limit", limit, "set", "prices"},
					IO{Out: &out, Err: &errb}); code != 0 {
					b.Fatalf("exit %d: %s", code, errb.String())
				}
			}
		})
	}
}

// TestSearchMyOrg searches the hand-written English-only bakery: results
// come from its departments, and a Chinese query on it finds nothing
// rather than failing.
func TestSearchMyOrg(t *testing.T) {
	flags := []string{"--builtin=false", "--content", myorg}
	r := run(t, append(flags, "search", "bake list")...).ok(t)
	if !strings.Contains(r.out, "Kitchen › ") || !strings.Contains(r.out, "bake list") {
		t.Fatalf("bakery search output:\n%s", r.out)
	}
	assertPlain(t, "search bake list", r.out)
	r = run(t, append(flags, "--lang", "zh", "search", "面包")...)
	if r.code != 1 || !strings.Contains(r.err, "面包") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
}

// A role's verb without a question is work like any other: "approve
// promotion funds" lists the duty that says it, as "approving promotion
// funds" does, in the same shape; only a question ("who approves …") asks
// for the role's holders, and it still lists the duties that say it, its
// JSON lines the same with the role's fields added.
func TestSearchRoleOnlyForQuestions(t *testing.T) {
	const literal = "marketing/positions/compilation-scheme/promotion-planning/3  "
	keys := func(out string) (first map[string]any, all []string) {
		t.Helper()
		line, _, _ := strings.Cut(out, "\n")
		if err := json.Unmarshal([]byte(line), &first); err != nil {
			t.Fatalf("%v: %q", err, line)
		}
		for k := range first {
			all = append(all, k)
		}
		slices.Sort(all)
		return first, all
	}
	var shape []string
	for _, q := range []string{"approve promotion funds", "approving promotion funds", "who approves promotion funds"} {
		r := run(t, "search", q, "--limit", "3").ok(t)
		if !strings.HasPrefix(r.out, literal) || strings.Contains(r.out, "Accountable") {
			t.Errorf("%q lists:\n%s", q, r.out)
		}
		j := run(t, "search", q, "--limit", "3", "--json").ok(t)
		first, all := keys(j.out)
		if first["path"] != strings.TrimSpace(literal) {
			t.Errorf("%q --json leads with %v", q, first["path"])
		}
		if shape == nil {
			shape = all
		}
		if !strings.HasPrefix(q, "who") {
			if !slices.Equal(all, shape) || strings.Contains(r.err, "Accountable") {
				t.Errorf("%q: keys %v, want %v; stderr %s", q, all, shape, r.err)
			}
			continue
		}
		// The question: the same lines, with the role and its holders.
		want := append(slices.Clone(shape), "holders", "role")
		if slices.Sort(want); !slices.Equal(all, want) {
			t.Errorf("%q: keys %v, want %v", q, all, want)
		}
		if first["role"] != "accountable" || !strings.Contains(fmt.Sprint(first["holders"]), "path:marketing") {
			t.Errorf("%q: role %v, holders %v", q, first["role"], first["holders"])
		}
		// The duty is written under the promotion planning supervisor,
		// who answers for it (tryout24 H26).
		mustContain(t, r.err, "Accountable for these duties: Marketing department › Promotion planning supervisor (")
		o := run(t, "search", q, "--owners", "--limit", "1").ok(t)
		if !strings.HasPrefix(o.out, "Accountable: Marketing department › Promotion planning supervisor  (") {
			t.Errorf("%q --owners: %s", q, o.out)
		}
	}
	// Chinese: 批准 alone is work, 谁批准 a question.
	r := run(t, "search", "批准价格", "--limit", "3").ok(t)
	if strings.Contains(r.err, "批准") && strings.Contains(r.err, "这些职责") || strings.Contains(r.err, "Accountable") {
		t.Errorf("批准价格: %s", r.err)
	}
	r = run(t, "search", "谁批准价格", "--limit", "3").ok(t)
	mustContain(t, r.err, "Accountable for these duties: 市场部 (")
}

// Names follow the language the query is answered in, as its duties do,
// whatever the reader's language: a Chinese question's owners are
// Chinese.
func TestSearchOwnersInTheQuerysLanguage(t *testing.T) {
	r := run(t, "search", "谁负责定价？", "--owners", "--limit", "2").ok(t)
	if !strings.HasPrefix(r.out, "市场部  (") || strings.Contains(r.out, "Marketing department") {
		t.Errorf("owners:\n%s", r.out)
	}
	r = run(t, "search", "谁负责定价？", "--owners", "--limit", "1", "--json").ok(t)
	mustContain(t, r.out, `"owner":"市场部"`)
	r = run(t, "search", "who sets product prices?", "--owners", "--limit", "1", "--lang", "zh").ok(t)
	if !strings.HasPrefix(r.out, "Marketing department  (") {
		t.Errorf("owners:\n%s", r.out)
	}
}

// A query of nothing but question words and stop words asks for no work,
// in either language, and says so plainly.
func TestSearchOnlyCommonWords(t *testing.T) {
	for q, words := range map[string]string{
		"who":        "“who”",
		"the":        "“the”",
		"谁负责":        "“谁”, “负责”",
		"who is the": "“who”, “is”, “the”",
	} {
		r := run(t, "search", q).fails(t, 1)
		mustContain(t, r.err, "only common words: "+words+"; add what the work is about")
		if r.out != "" {
			t.Errorf("%q: %s", q, r.out)
		}
	}
	r := run(t, "search", "谁负责", "--lang", "zh").fails(t, 1)
	mustContain(t, r.err, "只有常用词：“谁”、“负责”")
}

// A query too long to repeat is cut where search echoes it.
func TestSearchEchoesQueriesCut(t *testing.T) {
	long := strings.Repeat("zq", 50_000)
	r := run(t, "search", long).fails(t, 1)
	if len(r.err) > 300 || !strings.Contains(r.err, "“zqzq") || !strings.Contains(r.err, "…”") {
		t.Errorf("%d bytes: %.300s", len(r.err), r.err)
	}
	// Distinct words: a word typed again is named once.
	var many []string
	for i := range 5000 {
		many = append(many, fmt.Sprintf("zqx%d", i))
	}
	words := strings.Join(many, " ")
	r = run(t, "search", "'"+words).fails(t, 1)
	if len(r.err) > 300 || !strings.Contains(r.err, "…") {
		t.Errorf("%d bytes: %.300s", len(r.err), r.err)
	}
	r = run(t, "search", "d:"+long, "prices").fails(t, 2)
	if first, _, _ := strings.Cut(r.err, "\n"); len(first) > 200 || !strings.Contains(first, "…") {
		t.Errorf("%d bytes: %.200s", len(first), first)
	}
}

// tryout2 B: a role question lists the duties about the work, in both
// languages; a duty approving something else is no match.
func TestSearchRoleQuestionListsTheWork(t *testing.T) {
	for _, tc := range []struct{ q, about string }{
		{"who approves prices", "pric"},
		{"谁批准价格", "价"},
	} {
		r := run(t, "search", tc.q).ok(t)
		lines := strings.Split(strings.TrimSpace(r.out), "\n")
		if len(lines) < 5 {
			t.Fatalf("%q lists %d lines:\n%s", tc.q, len(lines), r.out)
		}
		for _, l := range lines[:5] {
			if _, title, _ := strings.Cut(l, "  "); !strings.Contains(strings.ToLower(title), tc.about) {
				t.Errorf("%q lists %q, which is not about prices", tc.q, l)
			}
		}
		for _, bad := range []string{"marketing/positions/manager/13 ", "planning/functions/11 ", "planning/responsibilities/1 "} {
			if strings.Contains(r.out, bad) {
				t.Errorf("%q lists %s, a duty approving something else:\n%s", tc.q, bad, r.out)
			}
		}
		if !strings.Contains(r.err, "Accountable for these duties: ") {
			t.Errorf("%q: stderr %q, want the holders", tc.q, r.err)
		}
	}
}

// tryout2 C: --limit N gives up to N matches; a partial result ranking
// among them never takes a match's place ("approve promotion funds" has
// two matches, at ranks 1 and 6; the clerk's "rules for promoting and
// demoting sales staff" holds "promotion" only as another word of its
// stem, and matches in part: search21).
func TestSearchLimitCountsMatches(t *testing.T) {
	const q = "approve promotion funds"
	all := strings.Split(strings.TrimSpace(matchLines(run(t, "search", q, "--limit", "0").ok(t).out)), "\n")
	if len(all) != 2 {
		t.Fatalf("%q: %d matches, want 2:\n%s", q, len(all), strings.Join(all, "\n"))
	}
	for n := 1; n <= 5; n++ {
		r := run(t, "search", q, "--limit", fmt.Sprint(n)).ok(t)
		got := strings.Split(strings.TrimSpace(matchLines(r.out)), "\n")
		if want := all[:min(n, len(all))]; !slices.Equal(got, want) || strings.Count(r.out, "\n") > n {
			t.Errorf("--limit %d lists:\n%s\nwant these matches in at most %d lines:\n%s", n, r.out, n, strings.Join(want, "\n"))
		}
		// The partial texts ranked among the matches, whose lines the
		// matches took, are counted.
		if n == 2 && !strings.Contains(r.err, "more mention only a lesser word of the query (a higher --limit lists them") {
			t.Errorf("--limit 2: no count of the partial texts left out:\n%s", r.err)
		}
		var matches []string
		for _, line := range strings.Split(strings.TrimSpace(run(t, "search", q, "--limit", fmt.Sprint(n), "--json").ok(t).out), "\n") {
			var h map[string]any
			if err := json.Unmarshal([]byte(line), &h); err != nil {
				t.Fatal(err)
			}
			if h["match"] == "words" {
				matches = append(matches, h["path"].(string))
			}
		}
		if len(matches) != min(n, len(all)) {
			t.Errorf("--limit %d --json: matches %v, want %d", n, matches, min(n, len(all)))
		}
	}
	// The help's example: --limit 1 | cut -d' ' -f1 | xargs dutymap show
	// shows the top match.
	for _, query := range []string{q, "prices", "who approves prices"} {
		top := strings.Fields(run(t, "search", query, "--limit", "1").ok(t).out)
		if len(top) == 0 {
			t.Fatalf("%q --limit 1 prints nothing", query)
		}
		full := strings.Fields(run(t, "search", query).ok(t).out)
		if top[0] != full[0] {
			t.Errorf("%q --limit 1 gives %s, the full list leads with %s", query, top[0], full[0])
		}
		if s := run(t, "show", top[0]).ok(t); s.out == "" {
			t.Errorf("show %s prints nothing", top[0])
		}
	}
}

// Exact terms ('word) match the same duties with --owners as without it:
// the owners hold exactly the listed duties. Terms the duties hold apart
// but none together, or an exact term no text holds, are named as such,
// with the same message and status with --owners as without; in Chinese
// too.
func TestSearchOwnersExactTerms(t *testing.T) {
	dir := searchOrg(t)
	duties := []string{"marketing/duties/1", "marketing/positions/analyst/1", "sales/duties/1"}
	for _, c := range []struct {
		lang, query string
		places      []string // the list's, all
		duties      []string // the duties among them
	}{
		{"en", "'prices", duties, duties},
		// The analyst's position is named 价格分析员: listed, but no duty.
		{"zh", "'价格", append([]string{"marketing/positions/analyst"}, duties...), duties},
		{"en", "set 'prices", []string{"marketing/duties/1", "sales/duties/1"}, []string{"marketing/duties/1", "sales/duties/1"}},
	} {
		var places []string
		for _, line := range strings.Split(strings.TrimSpace(searchIn(t, dir, "--lang", c.lang, "--json", "--limit", "0", c.query).ok(t).out), "\n") {
			var h searchHit
			if err := json.Unmarshal([]byte(line), &h); err != nil {
				t.Fatal(err)
			}
			places = append(places, h.Places...)
		}
		r := searchIn(t, dir, "--lang", c.lang, "--owners", "--json", "--limit", "0", c.query).ok(t)
		var proved []string
		held := 0
		for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
			var o ownerHit
			if err := json.Unmarshal([]byte(line), &o); err != nil {
				t.Fatal(err)
			}
			held += o.Duties
			proved = append(proved, o.Proof.Path)
		}
		slices.Sort(places)
		slices.Sort(proved)
		slices.Sort(c.places)
		// Here each owner holds one of the duties listed.
		if !slices.Equal(places, c.places) || !slices.Equal(proved, c.duties) || held != len(c.duties) {
			t.Errorf("%s: listed %v, want %v; the owners prove %v and hold %d duties, want %v", c.query, places, c.places, proved, held, c.duties)
		}
	}
	r := searchIn(t, dir, "--owners", "'prices").ok(t)
	mustContain(t, r.out, "Marketing department  (1 duty)\n    marketing/duties/1  Set product prices.\n",
		"Marketing department › Pricing analyst  (1 duty)\n", "Sales department  (1 duty)\n")
	for _, c := range []struct{ lang, query, want string }{
		// The words as the query orders them, an exact one without its
		// "'", as the explorer names them (tryout14 nit 1).
		{"en", "prices 'contracts", "dutymap search: no duty mentions “prices” and “contracts” together, and nothing comes close"},
		{"en", "'contracts prices", "dutymap search: no duty mentions “contracts” and “prices” together, and nothing comes close"},
		{"en", "prices 'contrakts", "dutymap search: no duty mentions “contrakts”, and nothing comes close"},
		{"en", "'zzqx qqqv", "dutymap search: no duty mentions “zzqx” or “qqqv”, and nothing comes close"},
		{"zh", "价格 '合同", "dutymap search：没有职责同时提到“价格”和“合同”，也没有相近的内容"},
		{"zh", "价格 '合约", "dutymap search：没有职责提到“合约”，也没有相近的内容"},
	} {
		list := searchIn(t, dir, "--lang", c.lang, c.query).fails(t, 1)
		owners := searchIn(t, dir, "--lang", c.lang, "--owners", c.query).fails(t, 1)
		if list.err != c.want+"\n" || owners.err != list.err {
			t.Errorf("%s: stderr %q, with --owners %q; want %q", c.query, list.err, owners.err, c.want)
		}
	}
}

// One Chinese character stands for the words holding it, alone or beside
// other words: 定 and 价 both find 定价, and "定 价" finds it without
// saying that no duty mentions 定. A text holding one of the two is a
// partial match only.
func TestSearchOneChineseCharacter(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"zh/fin.md": "---\nid: fin\nname: 财务部\n---\n\n## 工作 {#work}\n\n- 负责产品定价。\n- 审核价格表。\n",
	})
	for _, c := range []struct{ query, want string }{
		{"定", "fin/work/1  财务部 › 工作 › 负责产品定价。\n"},
		{"定 价", "fin/work/1  财务部 › 工作 › 负责产品定价。\n"},
		{"价 定", "fin/work/1  财务部 › 工作 › 负责产品定价。\n"},
		{"价", "fin/work/1  财务部 › 工作 › 负责产品定价。\nfin/work/2  财务部 › 工作 › 审核价格表。\n"},
		{"审核 价", "fin/work/2  财务部 › 工作 › 审核价格表。\n"},
	} {
		r := searchIn(t, dir, "--lang", "zh", c.query).ok(t)
		if matchLines(r.out) != c.want || strings.Contains(r.err, "没有职责提到") {
			t.Errorf("%s: got\n%s%s\nwant\n%s", c.query, r.out, r.err, c.want)
		}
	}
	r := searchIn(t, dir, "--lang", "zh", "--owners", "定 价").ok(t)
	if want := "财务部  (1 项职责)\n    fin/work/1  负责产品定价。\n"; r.out != want || r.err != "" {
		t.Errorf("--owners 定 价: got\n%s%s\nwant\n%s", r.out, r.err, want)
	}
}

// tryout6 #9: two positions of one name in one department (every unit has
// its assistant) are told apart by the unit between, in the owners list
// and its JSON; a name that does not repeat keeps the short label.
func TestSearchOwnersOfOneName(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "en/pricing.md"), `---
id: pricing
name: Pricing department
---

## Positions {#positions}

### Assistant {#assistant .position}

- Update the price list.

### Clerk {#clerk .position}

- File the price changes.

## Units {#units}

### Field unit {#field-unit .unit}

#### Assistant {#assistant .position}

- Collect competitors' prices.
- Check shelf prices.
`)
	r := searchIn(t, dir, "--owners", "--limit", "0", "prices").ok(t)
	for _, want := range []string{
		"Pricing department › Field unit › Assistant  (2 duties)\n    pricing/units/field-unit/assistant/1  Collect",
		"Pricing department › Positions › Assistant  (1 duty)\n    pricing/positions/assistant/1  Update",
		"Pricing department › Clerk  (1 duty)\n",
	} {
		mustContain(t, r.out, want)
	}
	r = searchIn(t, dir, "--owners", "--json", "--limit", "0", "prices").ok(t)
	mustContain(t, r.out, `"owner":"Pricing department › Field unit › Assistant","path":"pricing/units/field-unit/assistant"`)
}

// tryout6 #4: exact terms and the typo fallback fold as word search does
// (docs/cli.md: "any Unicode form"), and the positions of --json name the
// displayed characters that hold the match: an NFD accent with its letter,
// ß and the ligature ﬁ whole, a soft hyphen inside the match.
func TestSearchExactTermsAnyForm(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "en/a.md"), "---\nid: a\nname: A\n---\n\n## W {#w}\n\n"+
		"- Write the caf\u00e9 menu.\n- Plan the cafe\u0301 hours.\n- Print the re\u0301sume\u0301 forms.\n"+
		"- Order ＰＡＰＥＲ stock.\n- Pay the Straße tolls.\n- Set pri\u00adces daily.\n- Read the \ufb01nancial report.\n")
	lit := func(text string, pos []int) string {
		var b strings.Builder
		for i, r := range []rune(text) {
			if slices.Contains(pos, i) {
				b.WriteRune(r)
			} else {
				b.WriteByte('.')
			}
		}
		return b.String()
	}
	for _, tc := range []struct{ query, want string }{
		{"'café", "a/w/1 ..........caf\u00e9...... | a/w/2 .........cafe\u0301......."},
		{"'cafe\u0301", "a/w/1 ..........caf\u00e9...... | a/w/2 .........cafe\u0301......."},
		{"'resume", "a/w/3 ..........re\u0301sume\u0301......."},
		{"'Résumé", ""}, // a capital matches case: the text has none
		{"'PAPER", "a/w/4 ......ＰＡＰＥＲ......."},
		{"'paper", "a/w/4 ......ＰＡＰＥＲ......."},
		{"'strasse", "a/w/5 ........Straße......."},
		{"'STRASSE", ""},
		{"'prices", "a/w/6 ....pri\u00adces......."},
		{"'\ufb01nancial", "a/w/7 .........\ufb01nancial........"},
		{"'fin", "a/w/7 .........\ufb01n.............."},
	} {
		r := searchIn(t, dir, "--json", tc.query)
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
			if line == "" {
				continue
			}
			var h struct {
				Path, Text string
				Positions  []int
			}
			if err := json.Unmarshal([]byte(line), &h); err != nil {
				t.Fatal(err)
			}
			got = append(got, h.Path+" "+lit(h.Text, h.Positions))
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%q:\n got %q\nwant %q (stderr %q)", tc.query, g, tc.want, r.err)
		}
	}
	// The typo fallback (two slips or more), on standard error under
	// "closest"; a word one slip off is searched as the word it misspells,
	// folded as the texts are.
	for q, want := range map[string]string{"fnacial": "a/w/7  A › W › Read the \ufb01nancial report.", "strse": "a/w/5  A › W › Pay the Straße tolls."} {
		r := searchIn(t, dir, q).fails(t, 1)
		mustContain(t, r.err, "closest:\n  "+want)
	}
	for q, want := range map[string]string{"finantial": "a/w/7  A › W › Read the \ufb01nancial report.", "strase": "a/w/5  A › W › Pay the Straße tolls."} {
		r := searchIn(t, dir, q).fails(t, 1)
		mustContain(t, r.err, "did you mean")
		mustContain(t, r.err, "closest:\n  "+want)
	}
	for q, want := range map[string]string{"fianncial": "a/w/7  A › W › Read the \ufb01nancial report.", "finacial": "a/w/7  A › W › Read the \ufb01nancial report.", "starsse": "a/w/5  A › W › Pay the Straße tolls."} {
		r := searchIn(t, dir, q).ok(t)
		mustContain(t, r.err, "the results are for")
		mustContain(t, r.out, want)
	}
}

// tryout7 #1: a word the dictionary lacks is cut into characters, and a
// character cut out of a word does not stand for the words holding it, as
// one typed alone does: 斑马 is not answered through 兵强马壮, 长颈鹿
// through 成长期, nor 私域 through 家私. The message quotes the word as
// typed. The built-in content, as the tryout ran it.
func TestSearchUnknownChineseWord(t *testing.T) {
	for _, c := range []struct{ query, word string }{
		{"斑马", "斑马"},
		{"长颈鹿", "长颈鹿"},
		{"谁负责私域", "私域"},
		{"元宇宙", "元宇宙"},
		// The word's last piece is no word being typed (tryout8 #1: 链
		// of 区块链 answered through 销售链条; 电商, whose head 商 begins
		// 商家, is answered by nothing but lists the closest:
		// TestSearchClosestByHeadCharacter).
		{"谁管区块链", "区块链"},
	} {
		r := run(t, "search", c.query).fails(t, 1)
		if want := "dutymap search: no duty mentions “" + c.word + "”, and nothing comes close\n"; r.err != want {
			t.Errorf("%s: stderr %q, want %q", c.query, r.err, want)
		}
		r = run(t, "--lang", "zh", "search", "--owners", c.query).fails(t, 1)
		if want := "dutymap search：没有职责提到“" + c.word + "”，也没有相近的内容\n"; r.err != want {
			t.Errorf("%s --owners: stderr %q, want %q", c.query, r.err, want)
		}
	}
	// Beside a known word, the unknown one is named whole, in either order.
	for _, q := range []string{"营销 电商", "电商 营销"} {
		r := run(t, "search", q).ok(t)
		mustContain(t, r.err, "no duty mentions “电商”; the results match the other words")
	}
	// Typed alone, a character still stands for the words holding it.
	r := run(t, "search", "斑", "马").ok(t)
	mustContain(t, r.err, "no duty mentions “斑”; the results match the other words")
	mustContain(t, r.out, "兵强马壮")
}

// tryout9 #12: when no duty mentions the query, --json gives a script the
// closest results as JSON lines, marked by how they were reached, and
// exits 1 with the message on standard error; every match value the help
// names is one search prints.
func TestSearchJSONClosestResults(t *testing.T) {
	seen := map[string]bool{}
	decode := func(out string) []searchHit {
		t.Helper()
		var hits []searchHit
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if line == "" {
				continue
			}
			var h searchHit
			if err := json.Unmarshal([]byte(line), &h); err != nil {
				t.Fatalf("not a JSON line: %v: %q", err, line)
			}
			seen[h.Match] = true
			hits = append(hits, h)
		}
		return hits
	}
	for _, tc := range []struct{ query, match, first string }{
		{"recruitment", "related", "hr/responsibilities/1"}, // personnel: a related word
		{"slsx", "letters", ""},                             // letters in order, two slips or more from any word
	} {
		r := run(t, "search", tc.query, "--json")
		if r.code != 1 {
			t.Fatalf("%s: exit %d, want 1\n%s", tc.query, r.code, r.err)
		}
		hits := decode(r.out)
		if len(hits) == 0 || hits[0].Match != tc.match || tc.first != "" && hits[0].Path != tc.first {
			t.Fatalf("%s: %d closest results %+v; want match %q first", tc.query, len(hits), hits, tc.match)
		}
		if !strings.Contains(r.err, "no duty mentions “"+tc.query+"”; closest:") || strings.Contains(r.err, "\n  ") {
			t.Errorf("%s: stderr should hold the message alone, the results being on stdout:\n%s", tc.query, r.err)
		}
		// Without --json the same results are text on standard error.
		r = run(t, "search", tc.query).fails(t, 1)
		mustContain(t, r.err, "\n  "+hits[0].Path+"  ")
	}
	decode(run(t, "search", "who sets product prices?", "--json", "--limit", "0").ok(t).out)
	// Nothing close: an empty stream of JSON lines, exit 1.
	run(t, "search", "zzqqxx", "--json").fails(t, 1)

	help := run(t, "search", "--help").ok(t).out
	for _, m := range []string{"words", "partial", "related", "letters"} {
		if !strings.Contains(help, m) || !seen[m] {
			t.Errorf("match value %q: named in the help %v, printed %v", m, strings.Contains(help, m), seen[m])
		}
	}
}

// tryout11 #1: a real word the built-in content lacks, a letter from a word
// it holds, is never searched as that word: no duty mentions it, the other
// word is only suggested, nothing is answered (rc 1, no owners). And the
// notes of a search that swapped letters name the word it searched:
// "headelss" is searched as "headless", which only a topic holds.
func TestSearchRealWordsAreNotReplaced(t *testing.T) {
	for q, meant := range map[string]string{
		"who handles invoices?": "involves", "who pays the rent?": "rest", "who sorts the mail?": "main",
		"who orders lunch?": "launch", "who runs the server?": "serve", "who handles leases?": "leaves",
		"who pays fines?": "finds", "who manages the fleet?": "feet", "fleet": "feet",
	} {
		typed := strings.TrimSuffix(strings.Fields(q)[len(strings.Fields(q))-1], "?")
		for _, owners := range []string{"--owners=false", "--owners"} {
			r := run(t, "search", owners, q).fails(t, 1)
			note := "dutymap search: no duty mentions “" + typed + "” (did you mean “" + meant + "”?); closest:"
			if q == "who orders lunch?" {
				// The duties say "order" only as a noun ("Keep the
				// products in order"), which is no ordering.
				note = "dutymap search: no duty mentions “orders” or “lunch” (did you mean “launch” for “lunch”?); closest:"
			}
			mustContain(t, r.err, note)
			if strings.Count(r.err, "dutymap search") != 1 || strings.Contains(r.err, "results are for") {
				t.Errorf("%s %q: more than the one note, or an answer for another word:\n%s", owners, q, r.err)
			}
		}
	}
	for _, q := range []string{"prcies", "who sets prcies?"} {
		r := run(t, "search", "--owners", q).ok(t)
		mustContain(t, r.err, "; the results are for “")
	}
	r := run(t, "search", "--owners", "headelss").fails(t, 1)
	if want := "dutymap search: no duty mentions “headelss”; the results are for “headless”\n" +
		"dutymap search: no duty of a department mentions “headless”\n"; r.err != want {
		t.Errorf("headelss --owners: stderr\n%s\nwant\n%s", r.err, want)
	}
	// A note naming several words says which one a suggestion is for.
	r = run(t, "search", "leases", "travel").fails(t, 1)
	mustContain(t, r.err, "no duty mentions “leases” or “travel” (did you mean “leaves” for “leases”?); closest:")
	r = run(t, "search", "--lang", "zh", "leases", "travel").fails(t, 1)
	mustContain(t, r.err, "没有职责提到“leases”、“travel”（“leases”是不是要找“leaves”？）；最接近的：")
}

// A query holding a Chinese character is answered in Chinese, its
// abbreviation in Latin letters too: owners and proofs (tryout11 #8).
func TestSearchChineseQueryWithAbbreviation(t *testing.T) {
	// 市场部's nine: its duties under 公关 (public relations), whose
	// section's name says the work (tryout27 X4).
	for q, want := range map[string]string{"谁做PR": "市场部  (9 项职责)\n    marketing/roles/public-relations/2  在市场上开展广告",
		"谁负责HR工作": "人力资源部  (6 项职责)\n    hr/responsibilities/1  负责公司的人事管理。"} {
		for _, lang := range []string{"en", "zh"} {
			r := run(t, "search", "--owners", "--limit", "3", "--lang", lang, q).ok(t)
			mustContain(t, r.out, want)
			if strings.ContainsFunc(r.out, func(c rune) bool { return c >= 'A' && c <= 'Z' }) {
				t.Errorf("%s --lang %s: English in the answer:\n%s", q, lang, r.out)
			}
		}
	}
}

// A question whose head no duty mentions, the action it asks about or
// what it asks to have done, names it and exits 1 with the closest
// results, and no owners: the duties holding its other words answer
// another question ("Train new sales staff" is no answer to "who recruits
// new staff?"; every duty that manages none to 谁负责合同管理). A Chinese
// word the dictionary lacks is named whole, and a character left over
// from it (货 of 直播带货) answers nothing.
func TestSearchQuestionHeadNoDutyMentions(t *testing.T) {
	for _, c := range []struct {
		args []string
		err  string
	}{
		{[]string{"search", "--owners", "--limit", "2", "who recruits new staff?"}, "dutymap search: no duty mentions “recruits”; closest:\n" +
			"  hr/responsibilities/1  Human resources department › Responsibilities › Manage the company's personnel matters.\n" +
			"  planning/functions/4  Planning department › Functions › Draw up rules, regulations and workflows that govern how employees work.\n"},
		{[]string{"--lang", "zh", "search", "--owners", "--limit", "2", "谁负责合同管理"}, "dutymap search：没有职责提到“合同”；最接近的：\n" +
			"  hr/responsibilities/1  人力资源部 › 主要职责 › 负责公司的人事管理。\n" +
			"  production-tech/responsibilities/1  生产技术部 › 主要职责 › 负责公司的生产技术管理。\n"},
		{[]string{"search", "--owners", "谁负责直播带货"}, "dutymap search: no duty mentions “直播带货”, and nothing comes close\n"},
		{[]string{"--lang", "zh", "search", "直播带货"}, "dutymap search：没有职责提到“直播带货”，也没有相近的内容\n"},
	} {
		r := run(t, c.args...).fails(t, 1)
		if r.err != c.err || r.out != "" {
			t.Errorf("%q: stdout %q, stderr %q; want nothing on stdout, stderr %q", c.args, r.out, r.err, c.err)
		}
	}
	// A verb no duty says in any way, its object mentioned: the object's
	// duties answer, and the note names the verb.
	r := run(t, "search", "--owners", "--limit", "1", "who tells marketing about competitors").ok(t)
	mustContain(t, r.err, "no duty mentions “tells”; the results match the other words")
	if !strings.HasPrefix(r.out, "Sales department  (") || !strings.Contains(r.out, "sales/feedback/3  Report on competitors to the marketing department.") {
		t.Errorf("who tells marketing about competitors --owners: %s; want sales, by sales/feedback/3", r.out)
	}
	// The head mentioned, the question is answered, whatever else it says.
	// A role's verb gives way to a verb of doing in the work searched:
	// "travel expenses" are expenses, which the duties mention.
	for q, owner := range map[string]string{"who sets prices for the zebra?": "Marketing department  (3 duties)", "谁发工资": "人力资源部  (1 项职责)",
		"who approves travel expenses?": "Accountable: Marketing department › Marketing manager  (1 duty)"} {
		r := run(t, "search", "--owners", "--limit", "1", q).ok(t)
		mustContain(t, r.out, owner)
	}
}
