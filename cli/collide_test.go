package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateReportsCodesAndAliasesNoLookupReaches: a code that is a
// department's id, an alias that is a duty's code, a section's alias that
// is a department's name were never found by show (the department or the
// coded duty was, first) and passed validate; a department's alias that
// is a section's name hides the section from show. Each is reported at
// its line with a fix, the first three as errors; following the fixes,
// the folder validates without them.
func TestValidateReportsCodesAndAliasesNoLookupReaches(t *testing.T) {
	a := "---\nid: sales\nname: Sales\ncode: mkt\n---\n\n## Field {#field}\nAliases: marketing department\n\n- Visit customers.\n  Code: S-1\n\n## Pricing {#pricing}\n\n- Set prices.\n"
	b := "---\nid: mkt\nname: Marketing department\naliases: [S-1, pricing]\n---\n\n## Plans {#plans}\n\n- Plan campaigns.\n"
	dir := writeFiles(t, map[string]string{"en/sales.md": a, "en/mkt.md": b})
	sales, mkt := filepath.Join(dir, "en", "sales.md"), filepath.Join(dir, "en", "mkt.md")
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out+r.err,
		mkt+`:4: alias "S-1" is the code of the duty sales/field/1 (`+sales+`:11): it finds that one, never the department mkt`+"\n"+
			`  fix: delete "S-1" from aliases:`+"\n",
		mkt+`:4: note: alias "pricing" of the department mkt is also the name of the section sales/pricing (`+sales+`:13): show pricing finds the department, not the section`+"\n",
		sales+`:4: code "mkt" is the id of the department mkt (`+mkt+`:2): show mkt finds that department, never the department sales`+"\n"+
			"  fix: give this department another code, or none\n",
		sales+`:8: alias "marketing department" is the name of the department mkt (`+mkt+`:3): it finds that one, never the section sales/field`+"\n"+
			`  fix: delete "marketing department" from this Aliases: line`+"\n",
		"3 problems and 1 note found")
	writeFile(t, sales, "---\nid: sales\nname: Sales\n---\n\n## Field {#field}\n\n- Visit customers.\n  Code: S-1\n\n## Pricing {#pricing}\n\n- Set prices.\n")
	writeFile(t, mkt, "---\nid: mkt\nname: Marketing department\n---\n\n## Plans {#plans}\n\n- Plan campaigns.\n")
	if out := run(t, "validate", dir).ok(t).out; out != "ok: 2 departments, 3 sections, 3 duties in "+dir+", alone and over the built-in content (as --content reads it)\n" {
		t.Errorf("after the fixes:\n%s", out)
	}
}

// TestCheckReportsTwoSectionsOrDutiesWithOneCode: two sections, or two
// duties, or a duty and a department, with one code were never reported
// (show CODE listed both); and a section's alias that collides was
// reported at its heading, not at the Aliases: line to edit. check and
// every command that loads the content report each at its Code: or
// Aliases: line, naming the other place; a code three nodes share (3.1)
// is reported once for each after the first, against the first, saying
// show finds all 3, not "both" (as if two pairs shared a code each);
// following the fixes, check passes and show finds the one node left
// with the code.
func TestCheckReportsTwoSectionsOrDutiesWithOneCode(t *testing.T) {
	sales := "---\nid: sales\nname: Sales\n---\n\n## Field {#field}\nCode: 3.1\n\n- Visit customers.\n  Code: S-1\n- Take orders.\n  Aliases: order taking\n  Code: s-1\n\n## Pricing {#pricing}\nAliases: price setting\nCode: 3.1\n\n- Set prices.\n"
	mkt := "---\nid: mkt\nname: Marketing\n---\n\n## Plans {#plans}\nAliases: campaigns, Sales\n\n- Plan campaigns.\n"
	mktZh := "---\nid: mkt\nname: 市场部\n---\n\n## 计划 {#plans}\n\n- 策划活动。\n  编号：3.1\n"
	dir := writeFiles(t, map[string]string{"en/sales.md": sales, "en/mkt.md": mkt, "zh/mkt.md": mktZh,
		"zh/sales.md": "---\nid: sales\nname: 销售部\n---\n\n## 外勤 {#field}\n\n- 拜访客户。\n- 接单。\n\n## 定价 {#pricing}\n\n- 定价。\n"})
	en, zhMkt := filepath.Join(dir, "en", "sales.md"), filepath.Join(dir, "zh", "mkt.md")
	enMkt := filepath.Join(dir, "en", "mkt.md")
	want := []string{
		enMkt + `:7: alias "Sales" is the id of the department sales (` + filepath.Join(dir, "en", "sales.md") + `:2): it finds that one, never the section mkt/plans` + "\n" +
			`  fix: delete "Sales" from this Aliases: line` + "\n",
		en + `:7: code "3.1" is also the code of the duty mkt/plans/1 (` + zhMkt + `:9): show 3.1 would find all 3` + "\n" +
			"  fix: give this section a code of its own, or none\n",
		en + `:13: code "s-1" is also the code of the duty sales/field/1 (` + en + `:10): show s-1 would find both` + "\n" +
			"  fix: give this duty a code of its own, or none\n",
		en + `:17: code "3.1" is also the code of the duty mkt/plans/1 (` + zhMkt + `:9): show 3.1 would find all 3` + "\n" +
			"  fix: give this section a code of its own, or none\n",
		"4 problems found",
	}
	r := run(t, "check", dir, "--builtin=false")
	if r.code != 1 {
		t.Fatalf("check: exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out+r.err, want...)
	r = run(t, "show", "3.1", "--content", dir, "--builtin=false")
	if r.code != 1 {
		t.Fatalf("show: exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out+r.err, want...)

	writeFile(t, en, strings.NewReplacer("Code: 3.1\n\n- Visit", "Code: 3.0\n\n- Visit", "  Code: s-1\n", "  Code: S-2\n", "Code: 3.1\n\n- Set", "\n- Set").Replace(sales))
	writeFile(t, enMkt, strings.Replace(mkt, ", Sales", "", 1))
	if r := run(t, "check", dir, "--builtin=false"); r.code != 0 {
		t.Errorf("after the fixes: check exit %d:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, run(t, "show", "3.1", "--content", dir, "--builtin=false").ok(t).out, "Plan campaigns")
}

// A sheet whose three rows give one code (S-1, S-1, s-1) is refused at
// the second row and at the third, each once and against the first:
// show would find all 3 of them. Giving each its own code imports.
func TestImportThreeRowsWithOneCode(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "codes.csv")
	writeFile(t, file, "Department,Duty,Code\nSales,Call clients,S-1\nSales,Visit clients,S-1\nSales,Send quotes,s-1\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "org")).fails(t, 1)
	want := file + `:3: column C (Code): code "S-1" is also the code of the duty sales/duties/1 (row 2, column C (Code)): show S-1 would find all 3` + "\n" +
		"  fix: give this duty a code of its own, or none\n" +
		file + `:4: column C (Code): code "s-1" is also the code of the duty sales/duties/1 (row 2, column C (Code)): show s-1 would find all 3` + "\n" +
		"  fix: give this duty a code of its own, or none\n" +
		"2 problems found in " + file + "; nothing was written.\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	writeFile(t, file, "Department,Duty,Code\nSales,Call clients,S-1\nSales,Visit clients,S-2\nSales,Send quotes,\n")
	run(t, "import", file, "--out", filepath.Join(dir, "org")).ok(t)
}
