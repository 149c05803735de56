package cli

import (
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
