package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every problem of a sheet's header is listed in one run: two
// description columns and no department column were one run each
// (tryout15 #7). While no column reads as the duty, a column no field
// was found for that holds text on every row is named with the
// --column that reads it as the duties, in the failing run and in the
// one that passes (which wrote a folder without the sheet's duties, the
// "Ignored" line the only hint). The fixes, followed, import the duty.
func TestImportListsEveryHeaderProblem(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "col.csv")
	writeFile(t, file, "Team,Job,What they do,Notes,Details\nOps,Lead,Run the build,weekly,x\nOps,Clerk,File the papers,daily,y\n")
	note := file + ":1: note: column C (What they do): no column reads as the duty, and this one, which holds text on every row, is ignored\n" +
		"  if it holds the duties, add --column duty='What they do'\n"
	r := run(t, "import", file, "--out", filepath.Join(dir, "x")).fails(t, 1)
	want := file + ":1: columns D (Notes) and E (Details) both read as the description\n" +
		"  fix: choose one: add --column description=Notes (Details is then ignored), or rename one of the two headers\n" +
		file + ":1: no column reads as the department; the columns are: Team, Job, What they do, Notes, Details\n" +
		"  fix: name the department column Department (or Dept, Division, 部门), or give it with --column department=HEADER (such as --column department=Team)\n" +
		note + "2 problems found in " + file + "; nothing was written.\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}

	out := filepath.Join(dir, "sections")
	r = run(t, "import", file, "--out", out, "--column", "description=Notes", "--column", "department=Team").ok(t)
	mustContain(t, r.err, note)
	if strings.Contains(r.err, "Details") {
		t.Errorf("a column --column took the field of is named as the duties:\n%s", r.err)
	}

	out = filepath.Join(dir, "duties")
	r = run(t, "import", file, "--out", out, "--column", "description=Notes", "--column", "department=Team", "--column", "duty=What they do").ok(t)
	if strings.Contains(r.err, "note:") {
		t.Errorf("a note with the duty column named:\n%s", r.err)
	}
	mustContain(t, run(t, "--content", out, "--builtin=false", "show", "ops").ok(t).out, "Run the build", "File the papers")

	// Two fields read twice: both, in one run; their fixes together import.
	two := filepath.Join(dir, "two.csv")
	writeFile(t, two, "Department,Dept,Duty,Task\nSales,S,Call,Ring\n")
	r = run(t, "import", two, "--out", filepath.Join(dir, "y")).fails(t, 1)
	mustContain(t, r.err, "columns A (Department) and B (Dept) both read as the department\n  fix: choose one: add --column department=Department",
		"columns C (Duty) and D (Task) both read as the duty\n  fix: choose one: add --column duty=Duty", "2 problems found")
	run(t, "import", two, "--out", filepath.Join(dir, "y"), "--column", "department=Department", "--column", "duty=Duty").ok(t)
}

// A Chinese sheet with English columns makes its ids from the English
// names, whichever columns come first (tryout15 and tryout16 nit 8: with
// the Chinese columns first, en/仓储部.md and paths such as 仓储部/发货员/1
// were written, which an English reader cannot type): en/warehouse.md,
// warehouse/shipping-clerk/1. A department the sheet names in Chinese
// only keeps its Chinese id; names find the nodes either way.
func TestImportIdsFromTheEnglishNames(t *testing.T) {
	dir := t.TempDir()
	for i, sheet := range []string{
		"部门,部门 (en),岗位,岗位 (en),职责,职责 (en)\n仓储部,Warehouse,发货员,Shipping clerk,两天内发出客户订单,Ship orders within two days\n" +
			"仓储部,Warehouse,发货员,Shipping clerk,每周盘点库存,Count the stock weekly\n财务部,,出纳,,支付货款,\n",
		"Department (en),部门,Position (en),岗位,Duty (en),职责\nWarehouse,仓储部,Shipping clerk,发货员,Ship orders within two days,两天内发出客户订单\n" +
			"Warehouse,仓储部,Shipping clerk,发货员,Count the stock weekly,每周盘点库存\n,财务部,,出纳,,支付货款\n",
	} {
		file := filepath.Join(dir, "s.csv")
		writeFile(t, file, sheet)
		out := filepath.Join(dir, fmt.Sprint(i))
		run(t, "import", file, "--out", out).ok(t)
		for _, f := range []string{"en/warehouse.md", "zh/warehouse.md", "zh/财务部.md"} {
			readFile(t, filepath.Join(out, f))
		}
		if _, err := os.Stat(filepath.Join(out, "en", "仓储部.md")); err == nil {
			t.Errorf("sheet %d: en/仓储部.md written", i)
		}
		show := func(args ...string) string {
			return run(t, append([]string{"--content", out, "--builtin=false"}, args...)...).ok(t).out
		}
		mustContain(t, show("--lang", "en", "show", "warehouse/shipping-clerk/1"), "Ship orders within two days")
		mustContain(t, show("--lang", "en", "show", "warehouse/shipping-clerk/2"), "Count the stock weekly")
		mustContain(t, show("--lang", "zh", "show", "财务部/出纳/1"), "支付货款")
		mustContain(t, show("show", "Warehouse"), "Shipping clerk")
		mustContain(t, show("--lang", "zh", "show", "仓储部"), "发货员")
	}
	// A row naming the warehouse in Chinese only is a row of that
	// department, not a second one made from its Chinese name (with the
	// English columns first, the warehouse was written twice, as
	// en/warehouse.md and zh/仓储部.md): its duty needs its English line.
	for _, sheet := range []string{
		"部门,部门 (en),岗位,岗位 (en),职责,职责 (en)\n仓储部,,发货员,,每周盘点库存,\n仓储部,Warehouse,发货员,Shipping clerk,两天内发出客户订单,Ship orders within two days\n",
		"Department (en),部门,Position (en),岗位,Duty (en),职责\nWarehouse,仓储部,Shipping clerk,发货员,Ship orders within two days,两天内发出客户订单\n,仓储部,,发货员,,每周盘点库存\n",
	} {
		file := filepath.Join(dir, "half.csv")
		writeFile(t, file, sheet)
		r := run(t, "import", file, "--out", filepath.Join(dir, "half")).fails(t, 1)
		mustContain(t, r.err, `"每周盘点库存" has no name in en, although its department has one`+"\n  fix: name it in every language its department is named in\n")
	}
}

// tryout28 Y15: a two-language sheet whose duty columns have headers
// import does not know. The note on the Chinese column names duty_zh,
// and both notes' fixes, followed as written, import both languages;
// the two columns given both as the duty get the fix that names the
// Chinese one's language, which imports too.
func TestImportTwoLanguageUnknownDutyHeaders(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "cols.csv")
	writeFile(t, file, "Department (en),Department (zh),What they do,他们做什么\nSales,销售部,Call customers.,给客户打电话。\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "a")).ok(t)
	mustContain(t, r.err, "  if it holds the duties, add --column duty='What they do'\n", "  if it holds the duties, add --column duty_zh=他们做什么\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "b"), "--column", "duty=What they do", "--column", "duty=他们做什么").fails(t, 1)
	mustContain(t, r.err, "fix: if the two are the same duty in two languages, name the Chinese one with _zh: --column duty_zh=他们做什么\n")
	out := filepath.Join(dir, "c")
	run(t, "import", file, "--out", out, "--column", "duty=What they do", "--column", "duty_zh=他们做什么").ok(t)
	mustContain(t, run(t, "--content", out, "--builtin=false", "show", "sales").ok(t).out, "Call customers.")
	mustContain(t, run(t, "--content", out, "--builtin=false", "--lang", "zh", "show", "sales").ok(t).out, "给客户打电话。")
}
