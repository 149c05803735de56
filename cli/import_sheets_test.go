package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The note naming a workbook's sheets lists ten and counts the rest: a
// workbook of 100,000 sheets made it one line of 789 KB (hostile14 #11).
func TestImportNoteListsTenSheets(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "S0"); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 15; i++ {
		if _, err := f.NewSheet(fmt.Sprintf("S%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	for cell, v := range map[string]string{"A1": "Department", "B1": "Duty", "A2": "Sales", "B2": "Sell."} {
		if err := f.SetCellValue("S0", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "book.xlsx")
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	r := run(t, "import", file, "--out", filepath.Join(dir, "org")).ok(t)
	want := "dutymap import: " + file + " has 15 sheets (S0, S1, S2, S3, S4, S5, S6, S7, S8, S9 and 5 more sheets); reading \"S0\" (choose another with --sheet)\n"
	if !strings.Contains(r.err, want) {
		t.Errorf("stderr:\n%s\nwant the line:\n%s", r.err, want)
	}
}

// The error for a --sheet the workbook lacks lists its sheets as the note
// does, ten and a count: it listed every one (100,000 sheets, a line of
// 789 KB).
func TestImportNoSuchSheetListsTen(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "S0"); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 15; i++ {
		if _, err := f.NewSheet(fmt.Sprintf("S%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "book.xlsx")
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	r := run(t, "import", file, "--sheet", "Tasks", "--out", filepath.Join(dir, "org"))
	want := "dutymap import: " + file + `: the workbook has no sheet "Tasks"; its sheets are: S0, S1, S2, S3, S4, S5, S6, S7, S8, S9 and 5 more sheets` + "\n"
	if r.code != 1 || r.err != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and:\n%s", r.code, r.err, want)
	}
}
