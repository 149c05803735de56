package cli

import (
	"fmt"
	"os"
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

// A Department or Position cell of several lines (Alt+Enter in Excel, a
// quoted CSV cell across lines) was joined into one name without a word:
// "Sales" and "North" on two lines made the department "Sales North",
// which may be two departments. The lines are still joined (a long name
// wrapped by hand is as common), and a note at the row names the column,
// what was made of the cell and what to do if the lines are units of
// their own; in a workbook, the note names the sheet.
func TestImportNotesMultiLineUnitCells(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "units.csv")
	writeFile(t, csv, "Department,Position,Duty\n\"Sales\nNorth\",\"Sales\r\nmanager\",Sell things.\nFinance,Clerk,Keep books.\n")

	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Duties"); err != nil {
		t.Fatal(err)
	}
	for cell, v := range map[string]string{"A1": "Department", "B1": "Position", "C1": "Duty",
		"A2": "Finance", "B2": "Clerk", "C2": "Keep books.", "A3": "Sales\nNorth", "B3": "Sales\nmanager", "C3": "Sell things."} {
		if err := f.SetCellValue("Duties", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	xlsx := filepath.Join(dir, "units.xlsx")
	if err := f.SaveAs(xlsx); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct{ file, at string }{{csv, csv + ":2"}, {xlsx, xlsx + "[Duties]:3"}} {
		out := filepath.Join(t.TempDir(), "org")
		r := run(t, "import", tc.file, "--out", out).ok(t)
		mustContain(t, r.err,
			tc.at+": note: column A (Department): the cell holds 2 lines; import joined them into one department's name: \"Sales North\"\n"+
				"  if the lines name departments of their own, give each its own rows (the same duties repeated on each, or on the rows that are its) and import again; if a cell is one name wrapped over lines, keep it, or write it on one line\n",
			tc.at+": note: column B (Position): the cell holds 2 lines; import joined them into one position's name: \"Sales manager\"\n")
		if strings.Count(r.err, "note:") != 2 {
			t.Errorf("%s: want two notes:\n%s", tc.file, r.err)
		}
		written, err := os.ReadFile(filepath.Join(out, "en", "sales-north.md"))
		if err != nil || !strings.Contains(string(written), "name: Sales North\n") || !strings.Contains(string(written), "## Sales manager {#sales-manager .position}\n") {
			t.Errorf("%s: the department as written (%v):\n%s", tc.file, err, written)
		}
	}
}

// tryout28 Y16: a workbook whose first sheet is a cover (a title) is read
// from the first sheet with a header row import can read, and the note
// says why; a workbook none of whose sheets has one gets the first
// sheet's problems, as before.
func TestImportSkipsCoverSheet(t *testing.T) {
	book := func(t *testing.T, cells map[string]map[string]string, order ...string) string {
		f := excelize.NewFile()
		defer f.Close()
		if err := f.SetSheetName("Sheet1", order[0]); err != nil {
			t.Fatal(err)
		}
		for _, name := range order[1:] {
			if _, err := f.NewSheet(name); err != nil {
				t.Fatal(err)
			}
		}
		for name, cs := range cells {
			for cell, v := range cs {
				if err := f.SetCellValue(name, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
		file := filepath.Join(t.TempDir(), "book.xlsx")
		if err := f.SaveAs(file); err != nil {
			t.Fatal(err)
		}
		return file
	}
	cover := map[string]string{"A1": "岗位职责说明书", "A2": "2026年12月"}
	file := book(t, map[string]map[string]string{"封面": cover,
		"职责": {"A1": "部门", "B1": "岗位", "C1": "职责", "A2": "销售部", "B2": "销售员", "C2": "拜访客户。"}}, "封面", "职责")
	out := filepath.Join(t.TempDir(), "org")
	r := run(t, "import", file, "--out", out).ok(t)
	mustContain(t, r.err, `has 2 sheets (封面, 职责); reading "职责", as no column of "封面" reads as the department (choose another with --sheet)`)
	mustContain(t, run(t, "--content", out, "--builtin=false", "--lang", "zh", "show", "销售部").ok(t).out, "拜访客户。")

	file = book(t, map[string]map[string]string{"封面": cover, "备注": {"A1": "无"}}, "封面", "备注")
	r = run(t, "import", file, "--out", filepath.Join(t.TempDir(), "org")).fails(t, 1)
	mustContain(t, r.err, `has 2 sheets (封面, 备注); reading "封面" (choose another with --sheet)`, "no column reads as the department")
}
