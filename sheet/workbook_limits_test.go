package sheet

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// RowCount counts the rows TableRows yields without making them, and
// TableRows stops where its reader stops.
func TestRowCountIsTheTablesRows(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	rows := Table(org, allLangs(org))
	if n := RowCount(org); n != len(rows) || n < 100 {
		t.Errorf("RowCount %d, the table has %d rows", n, len(rows))
	}
	var seen int
	for range TableRows(org, allLangs(org)) {
		if seen++; seen == 3 {
			break
		}
	}
	if seen != 3 {
		t.Errorf("read %d rows, stopping at 3", seen)
	}
}

// A workbook that would have more rows than a sheet holds is refused
// before it is begun, with the count and a way out (CSV); nothing is
// written. Rows past the limit were cut by the spreadsheet or failed
// deep in excelize.
func TestWorkbookOfTooManyRowsIsRefusedFirst(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	n := RowCount(org)
	defer func(was int) { maxWorkbookRows = was }(maxWorkbookRows)
	maxWorkbookRows = n
	var buf bytes.Buffer
	if err := ExportXLSX(&buf, org, allLangs(org)); err != nil || buf.Len() == 0 {
		t.Fatalf("%d rows, a sheet of %d: %v, %d bytes", n, n, err, buf.Len())
	}
	// ExportXLSX counts the rows before it begins; WriteXLSX, given rows
	// one by one, stops at the first past the limit.
	maxWorkbookRows = n / 2
	const fix = " a workbook holds (%d); export as CSV instead (--format csv), which has no such limit"
	for name, tc := range map[string]struct {
		write func(*bytes.Buffer) error
		want  string
	}{
		"ExportXLSX": {func(b *bytes.Buffer) error { return ExportXLSX(b, org, allLangs(org)) }, fmt.Sprintf("the sheet would have %d rows, more than"+fix, n, n/2)},
		"WriteXLSX":  {func(b *bytes.Buffer) error { return WriteXLSX(b, TableRows(org, allLangs(org))) }, fmt.Sprintf("the sheet has more rows than"+fix, n/2)},
	} {
		buf.Reset()
		if err := tc.write(&buf); err == nil || err.Error() != tc.want || buf.Len() != 0 {
			t.Errorf("%s: %v, %d bytes written; want %q and nothing", name, err, buf.Len(), tc.want)
		}
	}
}

// A text longer than a workbook's cell holds is an error naming the row,
// said before anything is written, never cut short silently (excelize
// cuts it); one that fits exactly is written.
func TestWorkbookCellTooLongIsRefused(t *testing.T) {
	fits := strings.Repeat("é", 32_767)
	rows := [][]string{{"path", "duty_en"}, {"sales/a", fits}, {"sales/b", fits + "x"}}
	var buf bytes.Buffer
	err := WriteXLSX(&buf, slices.Values(rows))
	want := "sales/b: a text of 32768 characters does not fit a workbook's cell (32767); export as CSV instead"
	if err == nil || err.Error() != want || buf.Len() != 0 {
		t.Errorf("%v, %d bytes written; want %q and nothing", err, buf.Len(), want)
	}
	buf.Reset()
	if err := WriteXLSX(&buf, slices.Values(rows[:2])); err != nil || buf.Len() == 0 {
		t.Errorf("a cell of 32,767 characters: %v, %d bytes", err, buf.Len())
	}
}
