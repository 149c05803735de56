package sheet

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A 负责 cell holding a person (most Chinese duty tables name people) is
// told that RACI cells name units, with the row's position and department
// offered in its place — not "add rows for that department" (tryout26 U8).
// Writing the first unit offered into the cell imports the sheet.
func TestRACICellNamingAPersonOffersItsUnit(t *testing.T) {
	sheet := "部门,岗位,职责,负责\n行政部,前台,接待来访客人,张三\n行政部,前台,管理会议室,\n"
	res := importCSV(t, sheet, Options{Lang: "zh"})
	errs := res.Problems.Errors()
	want := "s.csv:2: column D (负责): 负责：\"张三\" names no unit\n" +
		"  fix: 张三 reads as a person's name, but a RACI cell names the units that do the work (departments, positions, sub-departments), not people: " +
		"write the unit 张三 works in in its place, such as 前台 or 行政部; or take 张三 out of the cell"
	if len(errs) != 1 || errs[0].String() != want {
		t.Fatalf("problems:\n%s\nwant:\n%s", res.Problems, want)
	}
	res = importCSV(t, strings.Replace(sheet, "张三", "前台", 1), Options{Lang: "zh"})
	org := mustOrg(t, res)
	var duty *model.Node
	for _, n := range org.Nodes() {
		if n.Kind == model.KindDuty && strings.Contains(n.Title.In(model.Zh), "接待") {
			duty = n
		}
	}
	if duty == nil || duty.RACI() == nil || len(duty.RACI().Units[model.Responsible]) != 1 || duty.RACI().Units[model.Responsible][0].Title.In(model.Zh) != "前台" {
		t.Errorf("the fix applied: the duty's 负责 is not 前台: %v", res.Problems)
	}
}
