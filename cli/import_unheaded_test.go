package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A workbook with a formula its writer stored without a value (as openpyxl
// and excelize do) in a column with no header imports: the column is not
// imported, so the formula dutymap cannot compute refuses no row, and one
// note names the column by its letter and says it was skipped. The folder
// written checks clean (tryout25 T13: the row was refused, and nothing
// was written).
func TestImportSkipsAColumnWithNoHeader(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"
	set := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	set(f.SetCellValue(s, "A1", "Duties of the company")) // a title above the header
	set(f.SetSheetRow(s, "A3", &[]any{"Department", "Position", "Duty"}))
	set(f.SetSheetRow(s, "A4", &[]any{"Sales", "Manager", "Visit customers."}))
	set(f.SetSheetRow(s, "A5", &[]any{"Sales", "Manager", "Plan visits."}))
	set(f.SetCellFormula(s, "E5", "NOSUCH(1)"))
	set(f.SetSheetRow(s, "A6", &[]any{"Finance", "Accountant", "Pay suppliers."}))
	set(f.SetCellFormula(s, "E6", "NOSUCH(2)"))
	dir := t.TempDir()
	book, org := filepath.Join(dir, "book.xlsx"), filepath.Join(dir, "org")
	set(f.SaveAs(book))

	r := run(t, "import", book, "--out", org).ok(t)
	want := "book.xlsx[Sheet1]:3: note: column E has no header and was skipped: the values of rows 5, 6 were not imported (row 5: “=NOSUCH(1)”)\n" +
		"  to import it, give column E a header (Description, Notes or another name from docs/import.md; any other name is listed as ignored); otherwise delete its values\n"
	if !strings.Contains(r.err, want) || strings.Contains(r.err, "cannot compute") {
		t.Errorf("stderr:\n%s\nwant the note:\n%s", r.err, want)
	}
	if !strings.Contains(r.out, "3 duties") {
		t.Errorf("want the three duties written, got:\n%s", r.out)
	}
	sales, err := os.ReadFile(filepath.Join(org, "en", "sales.md"))
	if err != nil || !strings.Contains(string(sales), "Plan visits.") || strings.Contains(string(sales), "NOSUCH") {
		t.Errorf("en/sales.md (%v):\n%s", err, sales)
	}
	if out := run(t, "--builtin=false", "--content", org, "check").ok(t).out; !strings.HasPrefix(out, "ok: no findings (3 duties") {
		t.Errorf("check of the folder written: %s", out)
	}
}
