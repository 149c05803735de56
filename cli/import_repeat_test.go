package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportRepeatedRowIsOneDuty (tryout F2): a row that repeats an
// earlier row's duty (the same unit, the same wording up to case, spacing
// and end full stop) is that duty again, written once, with a note naming
// both rows and the row its RACI line comes from; check then finds nothing.
// A repeat whose RACI cell says otherwise is refused, with the fix to make
// the rows one, and the fix done imports.
func TestImportRepeatedRowIsOneDuty(t *testing.T) {
	dir := t.TempDir()
	const head = "Dept,Team,Job title,Task,Notes,Accountable\n"
	file := filepath.Join(dir, "ops.csv")
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,Finance\nOperations,Office,Clerk,file  invoices,,\nFinance,,,,Keeps the money.,\n")
	out := filepath.Join(dir, "ops")
	r := run(t, "import", file, "--out", out).ok(t)
	mustContain(t, r.err, file+`:3: note: column D (Task): the same duty as row 2 ("File invoices.", under Operations › Office › Clerk); import wrote it once, with Accountable: Finance from row 2
  delete this row (and the rows named with it): it adds nothing to row 2; if the two are different duties, word them apart
`)
	mustContain(t, r.out, "1 duty (en)")
	md, err := os.ReadFile(filepath.Join(out, "en", "operations.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(md), "### Clerk {#clerk .position}\n\n- File invoices.\n  Accountable: Finance\n") {
		t.Errorf("the duty is not written once, with its line:\n%s", md)
	}
	if r := run(t, "check", out); r.code != 0 || !strings.HasPrefix(r.out, "ok: no findings (1 duty,") {
		t.Errorf("check: exit %d\n%s%s", r.code, r.out, r.err)
	}

	// The RACI cell on the repeat only: it gives the line, and the note
	// says so, with the fix to move it up.
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,\nOperations,Office,Clerk,File invoices.,,Finance\nFinance,,,,Keeps the money.,\n")
	r = run(t, "import", file, "--out", out, "--force").ok(t)
	mustContain(t, r.err, `with Accountable: Finance from row 3
  make the rows one: give row 2 the cells this row adds (Accountable) and delete this row;`)

	// The same RACI cell twice (in other capitals): the same line.
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,Finance\nOperations,Office,Clerk,File invoices.,,finance\nFinance,,,,Keeps the money.,\n")
	r = run(t, "import", file, "--out", out, "--force").ok(t)
	mustContain(t, r.err, "with Accountable: Finance from row 2\n  delete this row (and the rows named with it): it adds nothing to row 2")

	// Two RACI cells that differ: nothing is written, the fix makes them one.
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,Finance\nOperations,Office,Clerk,File invoices.,,Operations\nFinance,,,,Keeps the money.,\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "two")).fails(t, 1)
	mustContain(t, r.err, file+`:3: column F (Accountable): the same duty as row 2, whose Accountable cell says "Finance"; this row's says "Operations"
  fix: make the two rows one, keeping the Accountable cell that is right, and delete the other; if they are two duties, word them apart
1 problem found in `)
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,Finance\nFinance,,,,Keeps the money.,\n")
	run(t, "import", file, "--out", filepath.Join(dir, "two")).ok(t)

	// Three rows of one duty are one note, naming the rows.
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,\nOperations,Office,Clerk,File invoices.,,\nOperations,Office,Clerk,File invoices,,\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "three")).ok(t)
	mustContain(t, r.err, `:3: note: column D (Task): the same duty as row 2 ("File invoices.", under Operations › Office › Clerk); import wrote it once (also row 4)`)

	// The same duty in two positions is two duties.
	writeFile(t, file, head+"Operations,Office,Clerk,File invoices.,,\nOperations,Office,Porter,File invoices.,,\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "apart")).ok(t)
	if strings.Contains(r.err, "same duty") || !strings.Contains(r.out, "2 duties (en)") {
		t.Errorf("two positions' duties:\n%s%s", r.out, r.err)
	}
}
