package sheet

import (
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A formula without a stored value whose text could grow past what a
// cell may hold is refused, not computed: =REPT("x",1E9) in a 1 KB
// workbook was a Go fatal "out of memory", and so could a chain of a
// long cell's references. Formulas whose text stays small are computed.
func TestFormulasThatCouldGrowAreNotComputed(t *testing.T) {
	defer func(n int) { maxDocBytes = n }(maxDocBytes)
	maxDocBytes = 256 << 10
	long := strings.Repeat("Visit customers. ", 1_880) // 32 KB, about as long as a workbook's cell may be
	const fix = "\n  fix: open the workbook in a spreadsheet program and save it (that stores what its formulas compute), or paste the cells as values"
	for _, tc := range []struct{ name, formula, want string }{
		{"REPT", `REPT("Visit customers ",1E9)`, `org.xlsx[Sheet1]:2: column B (Duty): a formula with no stored value that dutymap does not compute (REPT can make text of any length): =REPT("Visit customers ",1E9)` + fix},
		{"SUBSTITUTE", `SUBSTITUTE(C2,"V",C2)`, `org.xlsx[Sheet1]:2: column B (Duty): a formula with no stored value that dutymap does not compute (SUBSTITUTE can make text of any length): =SUBSTITUTE(C2,"V",C2)` + fix},
		{"a long cell ten times", strings.Repeat("C2&", 9) + "C2", `org.xlsx[Sheet1]:2: column B (Duty): a formula with no stored value whose text could be more than 256 KB, which dutymap does not compute: =C2&C2&C2&C2&C2&C2&C2&C2&C2&C2` + fix},
		{"a column joined", `_xlfn.TEXTJOIN(",",TRUE,C1:C10)`, `org.xlsx[Sheet1]:2: column B (Duty): a formula with no stored value whose text could be more than 256 KB, which dutymap does not compute: =_xlfn.TEXTJOIN(",",TRUE,C1:C10)` + fix},
	} {
		book := workbook(t, func(f *excelize.File, s string) {
			f.SetSheetRow(s, "A1", &[]any{"Department", "Duty", "Notes"})
			f.SetSheetRow(s, "A2", &[]any{"Sales", nil, long})
			f.SetCellFormula(s, "B2", tc.formula)
			for _, c := range []string{"C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10"} {
				f.SetCellValue(s, c, long)
				f.SetCellValue(s, "A"+c[1:], "Sales")
				f.SetCellValue(s, "B"+c[1:], "Plan.")
			}
		}, nil)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		res := importXLSX(t, book)
		runtime.ReadMemStats(&after)
		if got := problemText(res); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("%s: allocated %d MB", tc.name, alloc>>20)
		}
	}
	// The same cell referred to once is computed.
	res := importXLSX(t, workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty", "Notes"})
		f.SetSheetRow(s, "A2", &[]any{"Sales", nil, "Visit customers."})
		f.SetCellFormula(s, "B2", `C2&" Twice a year."`)
	}, nil))
	if org := mustOrg(t, res); strings.Join(duties(org, "sales"), "|") != "Visit customers. Twice a year." {
		t.Errorf("duties %q", duties(org, "sales"))
	}
}

// A cell of a shared formula whose first cell (which holds the formula)
// the sheet does not have is a damaged file, refused at its cell: it was
// read as empty and its duty dropped without a word.
func TestSharedFormulaWithoutItsFirstCell(t *testing.T) {
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
		f.SetSheetRow(s, "A2", &[]any{"Sales", "Visit."})
		f.SetSheetRow(s, "A3", &[]any{"Sales", "placeholder"})
	}, func(x string) string {
		return b3.ReplaceAllLiteralString(x, `<c r="B3"><f t="shared" si="999"/></c>`)
	})
	want := "org.xlsx[Sheet1]:3: column B (Duty): a formula with no stored value and no formula text (a shared formula whose first cell the sheet does not have); the file is damaged\n" +
		"  fix: open the workbook in a spreadsheet program and save it (that stores what its formulas compute), or paste the cells as values"
	if got := problemText(importXLSX(t, book)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
