package sheet

import (
	"strings"
	"testing"
)

// A sheet's independent mistakes are reported in one run: a blank
// department cell (row 3) no longer hides the person named in a RACI cell
// of row 5 until the first is mended (tryout27 P4). A reference to what
// only the unreadable row would have made is left out: mended, that row
// may make it.
func TestImportReportsTheRowsMistakesAtOnce(t *testing.T) {
	sheet := "部门,岗位,职责,批准\n" +
		"采购部,采购员,下采购单。,\n" +
		",仓管员,核对到货。,\n" +
		"采购部,采购员,付款给供应商。,\n" +
		"采购部,采购员,催交货。,王经理\n" +
		"采购部,采购员,比价。,仓管员\n"
	res := importCSV(t, sheet, Options{Lang: "zh"})
	got := res.Problems.Error()
	for _, want := range []string{
		"s.csv:3: column A (部门): the row has no department\n",
		"s.csv:5: column D (批准): 批准：\"王经理\" names no unit\n  fix: 王经理 reads as a person's name, but a RACI cell names the units that do the work (departments, positions, sub-departments), not people: write the unit 王经理 works in in its place, such as 采购员 or 采购部;",
		"2 problems found",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "仓管员\" names") {
		t.Errorf("仓管员, which only row 3 names, is reported:\n%s", got)
	}
	if res.Files != nil {
		t.Errorf("files written for a sheet with problems")
	}
	// Mended as the fixes say, it imports.
	mended := strings.Replace(strings.Replace(sheet, ",仓管员,", "采购部,仓管员,", 1), "王经理", "采购部", 1)
	mustOrg(t, importCSV(t, mended, Options{Lang: "zh"}))
}
