package sheet

import (
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestDutyCellWithoutWords (tryout F4): a duty cell holding a number (a
// workbook's number cell, or digits in CSV) or only punctuation and
// symbols is no duty: the row is skipped with a note naming the column,
// the value and the rows, one note a column and kind; the rows with words
// are imported.
func TestDutyCellWithoutWords(t *testing.T) {
	const text = "Department,Position,Duty\nSales,Clerk,42\nSales,Clerk,\"--- !!!\"\nSales,Clerk,Sell things.\nSales,Clerk,3.5\nSales,Clerk,#\nSales,Clerk,\"1,200\"\nSales,Clerk,5S audits.\n"
	res := importCSV(t, text, Options{})
	want := `s.csv:2: note: column C (Duty): the cell is a number (42), not a duty; import skipped the row (also rows 5 and 7)
  write the duty in words, as a short sentence; if the number is the duty's code, move it to a Code column; if the duties are in another column, name it with --column duty=HEADER
s.csv:3: note: column C (Duty): the cell holds no word ("--- !!!"), only digits, punctuation or symbols: not a duty; import skipped the row (also row 6)
  write the duty in words, as a short sentence; if the row has no duty, clear the cell (a row without a duty is about its unit)`
	if got := problemText(res); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if res.Org == nil {
		t.Fatal("nothing imported")
	}
	if got := duties(res.Org, "sales"); !slices.Equal(got, []string{"Sell things.", "5S audits."}) {
		t.Errorf("duties %q", got)
	}

	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
		f.SetSheetRow(s, "A2", &[]any{"Sales", 42})
		f.SetSheetRow(s, "A3", &[]any{"Sales", "Sell things."})
	}, nil)
	res = importXLSX(t, book)
	if got := problemText(res); got != `org.xlsx[Sheet1]:2: note: column B (Duty): the cell is a number (42), not a duty; import skipped the row
  write the duty in words, as a short sentence; if the number is the duty's code, move it to a Code column; if the duties are in another column, name it with --column duty=HEADER` {
		t.Errorf("workbook: problems:\n%s", got)
	}
	if res.Org == nil || !slices.Equal(duties(res.Org, "sales"), []string{"Sell things."}) {
		t.Errorf("workbook: duties %v", res.Org)
	}
}
