package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The fix for a sheet without a department column names, as its
// example, the sheet's own column most likely to be the department, and
// that --column, applied as written, imports the sheet (tryout26 U4: the
// example named the section column Team beside an unread Dept. column, and
// the import then failed on the rows with no team). With no likely column,
// the fix gives no example and the message lists the headers.
func TestImportNoDepartmentFixWorksApplied(t *testing.T) {
	dir := t.TempDir()
	example := regexp.MustCompile(`\(such as --column department=('[^']*'|\S+)\)`)
	for _, tc := range []struct {
		name, sheet, want, dept, duty string
	}{
		// An unread column headed like a department, before the section
		// column that is blank on some rows.
		{"typo", "Depatment,Team,Job title,Task\nWarehouse,Inbound,Receiver,Check deliveries.\nFinance,,Accountant,Pay invoices.\n", "Depatment", "finance", "Pay invoices."},
		// An unread first column in another language.
		{"other language", "Abteilung,Team,Task\nLager,Eingang,Lieferungen prüfen.\nFinanzen,,Rechnungen zahlen.\n", "Abteilung", "finanzen", "Rechnungen zahlen."},
		// A number column stands first: the names after it.
		{"row numbers first", "Row,Business area,Job title,Task\n1,Warehouse,Receiver,Check deliveries.\n2,Finance,Accountant,Pay invoices.\n", "'Business area'", "finance", "Pay invoices."},
		// The only unit column is the department.
		{"one section column", "Team,Task\nWarehouse,Check deliveries.\nFinance,Pay invoices.\n", "Team", "finance", "Pay invoices."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".csv")
			writeFile(t, file, tc.sheet)
			r := run(t, "import", file, "--out", filepath.Join(dir, tc.name, "a")).fails(t, 1)
			m := example.FindStringSubmatch(r.err)
			if m == nil || m[1] != tc.want {
				t.Fatalf("want the example --column department=%s:\n%s", tc.want, r.err)
			}
			head := strings.Trim(m[1], "'")
			out := filepath.Join(dir, tc.name, "b")
			r = run(t, "import", file, "--out", out, "--column", "department="+head).ok(t)
			mustContain(t, r.out+r.err, head+" → department")
			mustContain(t, run(t, "--content", out, "--builtin=false", "show", tc.dept).ok(t).out, tc.duty)
		})
	}
	// Nothing likely: every column holds numbers or is the duty. The
	// headers are listed, no example is given.
	file := filepath.Join(dir, "none.csv")
	writeFile(t, file, "No,Task\n1,Check deliveries.\n2,Pay invoices.\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "none")).fails(t, 1)
	if example.MatchString(r.err) || !strings.Contains(r.err, "the columns are: No, Task") {
		t.Errorf("want the headers listed and no example:\n%s", r.err)
	}
}
