package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ownership"
)

const checkorg = "testdata/checkorg"

// TestCheckReport: a folder with one defect of each kind gives exactly
// these findings, each with its severity, file:line and fix, and exit 3.
func TestCheckReport(t *testing.T) {
	r := run(t, "check", checkorg)
	if r.code != exitFindings || r.err != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
	golden.RequireEqual(t, []byte(r.out))
	for _, c := range []string{"no-owner", "double-owner", "multi-accountable", "no-responsible", "dangling-handoff", "lang-parity"} {
		if !strings.Contains(r.out, ": "+c+": ") {
			t.Errorf("no %s finding:\n%s", c, r.out)
		}
	}
}

// TestCheckChinese: --lang zh names things in Chinese, says what is wrong
// in Chinese, and points at the Chinese files.
func TestCheckChinese(t *testing.T) {
	r := run(t, "check", checkorg, "--lang", "zh")
	if r.code != exitFindings {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}
	golden.RequireEqual(t, []byte(r.out))
}

func TestCheckJSON(t *testing.T) {
	r := run(t, "check", checkorg, "--format", "json")
	if r.code != exitFindings {
		t.Fatalf("exit %d\n%s", r.code, r.err)
	}
	golden.RequireEqual(t, []byte(r.out))
	var rep jsonReport
	if err := json.Unmarshal([]byte(r.out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary.Findings != len(rep.Findings) || rep.Summary.Errors+rep.Summary.Warnings != len(rep.Findings) || len(rep.Checks) != len(ownership.Checks) {
		t.Errorf("summary %+v for %d findings, checks %v", rep.Summary, len(rep.Findings), rep.Checks)
	}
	for _, f := range rep.Findings {
		if f.File == "" || f.Line == 0 || f.Path == "" || f.Fix == "" {
			t.Errorf("finding without a place or a fix: %+v", f)
		}
	}
}

// TestCheckListsErrorsFirst (tryout9 #6): errors come before warnings, as
// the summary counts them and as the explorer's checks list them; each
// severity in file and line order. checkorg's first file holds a warning.
func TestCheckListsErrorsFirst(t *testing.T) {
	type place struct {
		file string
		line int
	}
	for _, lang := range []string{"en", "zh"} {
		r := run(t, "check", checkorg, "--lang", lang)
		var severities []string
		var places []place
		words := map[string]string{"error": "error", "warning": "warning", "错误": "error", "警告": "warning"}
		for _, l := range strings.Split(r.out, "\n") {
			loc, rest, ok := strings.Cut(l, ": ")
			sev, _, _ := strings.Cut(strings.Replace(rest, "：", ": ", 1), ": ")
			sev, known := words[sev]
			if !ok || strings.HasPrefix(l, " ") || !known {
				continue
			}
			file, line, _ := strings.Cut(loc, ":")
			n, _ := strconv.Atoi(line)
			severities, places = append(severities, sev), append(places, place{file, n})
		}
		if len(severities) != 8 {
			t.Fatalf("%s: %d findings read, want 8:\n%s", lang, len(severities), r.out)
		}
		want := []string{"error", "error", "error", "error", "error", "error", "warning", "warning"}
		if !slices.Equal(severities, want) {
			t.Errorf("%s: severities in the order %v, want errors first:\n%s", lang, severities, r.out)
		}
		for i := 1; i < len(places); i++ {
			a, b := places[i-1], places[i]
			if severities[i-1] == severities[i] && (a.file > b.file || a.file == b.file && a.line > b.line) {
				t.Errorf("%s: %v before %v within one severity", lang, a, b)
			}
		}
	}
	r := run(t, "check", checkorg, "--format", "json")
	var rep jsonReport
	if err := json.Unmarshal([]byte(r.out), &rep); err != nil {
		t.Fatal(err)
	}
	for i, f := range rep.Findings {
		if want := map[bool]string{true: "error", false: "warning"}[i < rep.Summary.Errors]; f.Severity != want {
			t.Errorf("json: finding %d is a %s, want %s (errors first)", i, f.Severity, want)
		}
	}
}

func TestCheckSelectsChecks(t *testing.T) {
	r := run(t, "check", checkorg, "--checks", "double-owner,lang-parity")
	if r.code != exitFindings || strings.Count(r.out, "\n  fix: ") != 2 || strings.Contains(r.out, "error:") {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}
	if !strings.HasSuffix(r.out, "2 findings (0 errors, 2 warnings; 10 duties, 2 checks)\n") {
		t.Errorf("summary:\n%s", r.out)
	}
	r = run(t, "check", checkorg, "--checks", "no-responsible", "--format", "json")
	var rep jsonReport
	if err := json.Unmarshal([]byte(r.out), &rep); err != nil || len(rep.Findings) != 2 || rep.Findings[0].Check != "no-responsible" {
		t.Errorf("%v %s", err, r.out)
	}
}

func TestCheckBuiltinIsClean(t *testing.T) {
	r := run(t, "check").ok(t)
	if r.out != "ok: no findings (270 duties, 8 checks)\n" {
		t.Errorf("%q", r.out)
	}
	r = run(t, "check", "--format", "json").ok(t)
	if !strings.Contains(r.out, `"findings": []`) {
		t.Errorf("%s", r.out)
	}
}

// TestCheckExitCodes: usage is 2, invalid content 1, findings 3.
func TestCheckExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"check", "--checks", "no-owners"}, 2, `dutymap check: --checks: unknown check "no-owners": did you mean no-owner? use one or more of no-owner, double-owner`},
		// tryout9: an empty list ran every check.
		{[]string{"check", "--checks", ""}, 2, `dutymap check: --checks: no check named in "": use one or more of no-owner, double-owner`},
		{[]string{"check", "--format", "yaml"}, 2, `dutymap check: --format "yaml": use text or json`},
		{[]string{"check", "a", "b"}, 2, "expected at most one content folder DIR"},
		{[]string{"check", "--builtin=false"}, 2, "dutymap check: --builtin=false leaves no content"},
		{[]string{"check", "testdata/no-such-folder"}, 1, "no such folder"},
	} {
		r := run(t, tc.args...)
		if r.code != tc.code || !strings.Contains(r.err, tc.err) || r.out != "" {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want %d and %q", tc.args, r.code, r.err, r.out, tc.code, tc.err)
		}
	}
}

// TestCheckAndMatrixInASession: over SSH, check and matrix read the served
// content; check refuses a folder the client names.
func TestCheckAndMatrixInASession(t *testing.T) {
	org := loadBakery(t)
	host := &hosting{org: org, runProgram: func(tea.Model) error { return nil },
		similarity: func() *model.SimilarityBuild { return model.BuildSimilarity(context.Background(), org) }}
	session := func(args ...string) result {
		var out, errb strings.Builder
		code := runFor(args, IO{Out: &out, Err: &errb, Getenv: func(string) string { return "" }}, host)
		return result{code, out.String(), errb.String()}
	}
	if r := session("check"); r.code != 0 || !strings.HasPrefix(r.out, "ok: no findings") {
		t.Errorf("check: exit %d\n%s%s", r.code, r.out, r.err)
	}
	if r := session("check", t.TempDir()); r.code != 2 || !strings.Contains(r.err, "DIR is not available over SSH") ||
		!strings.Contains(r.err, "run  ssh HOST check\n") {
		t.Errorf("check DIR: exit %d %q", r.code, r.err)
	}
	if r := session("matrix", "kitchen", "--format", "csv"); r.code != 0 || !strings.HasPrefix(r.out, "path,duty,kitchen") {
		t.Errorf("matrix: exit %d\n%s%s", r.code, r.out, r.err)
	}
}

// tryout11 #5: under --lang zh every word check prints is Chinese, the
// summary line included, and a finding worded in Chinese cites the
// Chinese file's line when that file writes the line too (it cited the
// English file's line, whose text the user was not reading). The line the
// English file alone writes is cited there, in either language. A line
// both files write needs its fix in both (tryout12 #8): the fix names the
// other file's line.
func TestCheckSpeaksTheChosenLanguage(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/shop.md":           "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Set the prices.\n  Accountable: shop, office\n- Count the till.\n",
		"zh/shop.md":           "---\nid: shop\nname: 门店\n---\n\n门店的工作。\n\n## 销售 {#selling}\n\n- 定价。\n  Accountable: shop, office\n- 清点收银。\n",
		"en/office.md":         "---\nid: office\nname: Office\n---\n\n## Work {#work}\n\n- File the papers.\n",
		"zh/office.md":         "---\nid: office\nname: 办公室\n---\n\n## 工作 {#work}\n\n- 归档文件。\n",
		"en/shop-to-office.md": "---\nid: shop-to-office\nkind: relation\nname: Shop to office\nfrom: shop\nto: office\n---\n\n## Papers {#papers}\n\n- The receipts.\n  To: office/work/9\n- The keys.\n  Returns: office/work/7\n",
		"zh/shop-to-office.md": "---\nid: shop-to-office\nkind: relation\nname: 门店交给办公室\nfrom: shop\nto: office\n---\n\n门店每天交出的东西。\n\n## 单据 {#papers}\n\n- 收据。\n  To: office/work/9\n- 钥匙。\n",
	})
	for _, tc := range []struct {
		lang, want string
	}{
		{"zh", dir + "/en/shop-to-office.md:14: 错误：dangling-handoff：Returns: \"office/work/7\" 没有对应任何节点\n" +
			"  修改：删掉这一行：没有从 office 到 shop 的关系，所以没有东西沿这个方向交回来（或者先写出这个关系和交回来的事项，再在这里写它的路径）\n" +
			dir + "/zh/shop-to-office.md:14: 错误：dangling-handoff：To: \"office/work/9\" 没有对应任何节点\n" +
			"  修改：写出接手这一事项的职责或单位的路径：是不是 office/work/1？或者删掉这一行（" + dir + "/en/shop-to-office.md:12 也写了这一行，照样修改）\n" +
			dir + "/zh/shop.md:11: 错误：multi-accountable：“定价。” 有 2 个批准（担责）单位：门店、办公室\n" +
			"  修改：Accountable: 行只留一个单位，即对这项工作担责的那个（Accountable: shop），其余写成 Responsible: 或 Consulted:（" + dir + "/en/shop.md:9 也写了这一行，照样修改）\n" +
			"共 3 个问题（错误 3 个，警告 0 个；3 项职责，8 项检查）\n"},
		{"en", dir + "/en/shop-to-office.md:12: error: dangling-handoff: To: \"office/work/9\" names nothing\n" +
			"  fix: write the path of the duty or unit that takes the item up: did you mean office/work/1? Or delete the line (the same on " + dir + "/zh/shop-to-office.md:14, which writes the line too)\n" +
			dir + "/en/shop-to-office.md:14: error: dangling-handoff: Returns: \"office/work/7\" names nothing\n" +
			"  fix: delete the line: no relation goes from office to shop, so nothing comes back this way (or write that relation first, with the item that comes back, and give its path here)\n" +
			dir + "/en/shop.md:9: error: multi-accountable: \"Set the prices.\" has 2 accountable units: Shop, Office\n" +
			"  fix: keep one unit on the Accountable: line, the one that answers for the work (Accountable: shop), and name the others Responsible: or Consulted: (the same on " + dir + "/zh/shop.md:11, which writes the line too)\n" +
			"3 findings (3 errors, 0 warnings; 3 duties, 8 checks)\n"},
	} {
		r := run(t, "check", dir, "--lang", tc.lang)
		if r.code != exitFindings || r.err != "" || r.out != tc.want {
			t.Errorf("--lang %s: exit %d, stderr %q, stdout:\n%s\nwant exit 3, no stderr, stdout:\n%s", tc.lang, r.code, r.err, r.out, tc.want)
		}
	}
	// --format json cites the same places, the related duty's too.
	var rep jsonReport
	if err := json.Unmarshal([]byte(run(t, "check", dir, "--lang", "zh", "--format", "json").out), &rep); err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.Check == "multi-accountable" && (f.File != dir+"/zh/shop.md" || f.Line != 11) {
			t.Errorf("json, --lang zh: multi-accountable at %s:%d, want %s/zh/shop.md:11", f.File, f.Line, dir)
		}
	}
	var zhRep jsonReport
	if err := json.Unmarshal([]byte(run(t, "check", checkorg, "--lang", "zh", "--format", "json").out), &zhRep); err != nil {
		t.Fatal(err)
	}
	for _, f := range zhRep.Findings {
		for _, r := range f.Related {
			if f.Check == "double-owner" && r.File != checkorg+"/zh/marketing.md" {
				t.Errorf("json, --lang zh: the related duty at %s:%d, want it in %s/zh/marketing.md", r.File, r.Line, checkorg)
			}
		}
	}
	clean := writeFiles(t, map[string]string{
		"en/office.md": "---\nid: office\nname: Office\n---\n\n## Work {#work}\n\n- File the papers.\n",
		"zh/office.md": "---\nid: office\nname: 办公室\n---\n\n## 工作 {#work}\n\n- 归档文件。\n",
	})
	if r := run(t, "check", clean, "--lang", "zh"); r.code != 0 || r.out != "没有发现问题（1 项职责，8 项检查）\n" {
		t.Errorf("--lang zh, nothing found: exit %d, stdout %q", r.code, r.out)
	}
}

// check's fix for a hand-off line that names nothing names the command
// that lists the hand-offs with the flags that choose the content
// checked, as the matrix refusal does (commandLine): "dutymap show
// people" read the built-in content and failed as printed (tryout15 #6).
// The command, run as printed, shows the department.
func TestCheckFixRepeatsTheContentFlags(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/sales.md":  "---\nid: sales\nname: Sales\n---\n## Selling {#selling}\n- Sell the goods.\n",
		"en/people.md": "---\nid: people\nname: People\n---\n## Hiring {#hiring}\n- Hire staff.\n",
		"en/sales-to-people.md": "---\nid: sales-to-people\nkind: relation\nname: Sales to people\nfrom: sales\nto: people\n---\n" +
			"## Requests {#requests}\n- A request for staff.\n  To: staffing\n",
	})
	for _, c := range []struct {
		args    []string
		command []string
	}{
		{[]string{"check", dir}, []string{"--builtin=false", "--content", dir}},
		{[]string{"--builtin=false", "--content", dir, "check"}, []string{"--builtin=false", "--content", dir}},
		{[]string{"--content", dir, "check", "--checks", "dangling-handoff"}, []string{"--content", dir}},
	} {
		r := run(t, c.args...)
		if r.code != exitFindings {
			t.Fatalf("%v: exit %d, want %d:\n%s%s", c.args, r.code, exitFindings, r.out, r.err)
		}
		command := "dutymap " + strings.Join(c.command, " ") + " show people"
		mustContain(t, r.out, dir+"/en/sales-to-people.md:10: error: dangling-handoff: To: \"staffing\" names nothing\n"+
			"  fix: write the path of the duty or unit that takes the item up ("+command+" lists them; "+
			"dutymap "+strings.Join(c.command, " ")+" search \"a few words of it\" prints each match's path first), or delete the line\n")
		// show lists no paths; search, run as printed, prints the duty's (tryout17 #6b).
		mustContain(t, run(t, append(c.command, "search", "Hire staff")...).ok(t).out, "people/hiring/1 ")
		mustContain(t, run(t, append(c.command, "show", "people")...).ok(t).out, "People", "Hire staff.")
	}
}

// hostile15 #7: one unit responsible, accountable, consulted and informed
// on one duty, named three times on its Accountable: line, got "no
// findings". Each is a raci-repeat warning at its line, with a fix that,
// applied, leaves none; responsible and accountable together stay silent.
func TestCheckRACIRepeats(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "en", "sales.md")
	write := func(raci string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte("---\nid: sales\nname: Sales\n---\n## Work {#work}\n- Set prices.\n"+raci), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("  Accountable: sales, Sales, SALES\n  Informed: sales\n  Consulted: sales\n  Responsible: sales\n")
	r := run(t, "check", dir)
	for _, want := range []string{
		`en/sales.md:7: warning: raci-repeat: the Accountable: line names Sales 3 times ("sales", "Sales", "SALES")` + "\n  fix: name each unit once: Accountable: sales\n",
		`en/sales.md:9: warning: raci-repeat: Sales is responsible and accountable for "Set prices." and also consulted and informed: Consulted and Informed name units other than those who do the work and answer for it` +
			"\n  fix: keep it responsible and accountable only: delete the Consulted: line (line 9) and delete the Informed: line (line 8)\n",
		"2 findings (0 errors, 2 warnings; 1 duty, 8 checks)",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("lacks %q:\n%s", want, r.out)
		}
	}
	if r.code != exitFindings {
		t.Errorf("exit %d, want %d", r.code, exitFindings)
	}

	// A unit consulted on its own department's duty (responsible and
	// accountable by the rule).
	write("  Consulted: sales\n")
	if r := run(t, "check", dir); r.code != exitFindings || !strings.Contains(r.out, `Sales is responsible and accountable for "Set prices." and also consulted`) ||
		!strings.Contains(r.out, "fix: keep it responsible and accountable only: delete the Consulted: line (line 7)") {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}

	// A line naming it beside another unit keeps the other.
	if err := os.WriteFile(filepath.Join(dir, "en", "mk.md"), []byte("---\nid: mk\nname: Marketing\n---\n## Work {#work}\n- Plan ads.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	write("  Consulted: sales, mk\n")
	if r := run(t, "check", dir); !strings.Contains(r.out, "fix: keep it responsible and accountable only: take sales off the Consulted: line (Consulted: mk)") {
		t.Errorf("exit %d:\n%s", r.code, r.out)
	}

	write("  Accountable: sales\n  Responsible: sales\n  Consulted: mk\n") // the fixes applied
	if r := run(t, "check", dir); r.code != 0 || !strings.Contains(r.out, "ok: no findings (2 duties, 8 checks)") {
		t.Errorf("after the fixes: exit %d:\n%s%s", r.code, r.out, r.err)
	}
}

// tryout19 §9: "check org org" answered cobra's raw "accepts at most 1
// arg(s), received 2"; it is worded as dutymap's other usage errors, with
// an example, exit 2.
func TestCheckTooManyArgs(t *testing.T) {
	for _, cmd := range []string{"check", "validate"} {
		r := run(t, cmd, "org", "org").fails(t, 2)
		mustContain(t, r.err, "dutymap "+cmd+": expected at most one content folder DIR, got 2 arguments", "example: dutymap "+cmd+" ./myorg")
		if strings.Contains(r.err, "arg(s)") {
			t.Errorf("%s: cobra's own wording: %q", cmd, r.err)
		}
	}
}

// TestCheckIdenticalDutyHolders (tryout20): 30 positions holding one duty
// are one double-owner finding; its text names the duty once with five
// holders and "and 25 more"; --json gives the same one object, with every
// holder (unit, name, duty, file, line).
func TestCheckIdenticalDutyHolders(t *testing.T) {
	files := map[string]string{}
	for i := 1; i <= 30; i++ {
		files[fmt.Sprintf("en/d%02d.md", i)] = fmt.Sprintf("---\nid: d%02d\nname: Dept %d\n---\n## Staff {#staff}\n### Clerk {#clerk .position}\n- Approve the annual budget.\n", i, i)
	}
	dir := writeFiles(t, files)
	r := run(t, "--builtin=false", "check", dir)
	if r.code != exitFindings || strings.Count(r.out, "double-owner") != 1 ||
		!strings.Contains(r.out, `"Approve the annual budget." is held by 30 departments, and no RACI line says how they split it: Dept 1 › Clerk (`+dir+`/en/d01.md:7)`) ||
		!strings.Contains(r.out, "and 25 more\n  fix: say which one answers for it: add  Accountable: d01/staff/clerk") ||
		!strings.HasSuffix(r.out, "1 finding (0 errors, 1 warning; 30 duties, 8 checks)\n") {
		t.Fatalf("exit %d:\n%s%s", r.code, r.out, r.err)
	}
	var rep jsonReport
	if err := json.Unmarshal([]byte(run(t, "--builtin=false", "check", dir, "--json").out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || len(rep.Findings[0].Holders) != 30 || len(rep.Findings[0].Related) != 29 {
		t.Fatalf("--json: want one finding with 30 holders and 29 related, got %+v", rep.Findings)
	}
	if h := rep.Findings[0].Holders[29]; h != (jsonHolder{Unit: "d30/staff/clerk", Name: "Clerk", Duty: "d30/staff/clerk/1", File: dir + "/en/d30.md", Line: 7}) {
		t.Errorf("--json: the last holder is %+v", h)
	}
}
