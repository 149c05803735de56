package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestSameLineInBothFilesReportedAtEach (tryout12 #8): a RACI or Overlaps
// line both languages' files write in the same words, with a reference
// that names nothing, is reported at each line in the first run, each
// with its fix: one problem per line to change, so that fixing every line
// listed leaves the content valid (it hid the Chinese file's line until
// the English one was fixed). Lines that name the same units in other
// words (批准：人力资源部 beside Accountable: hr) need the fix in both too.
// Each file's message names the line in that file's words (批准：, not
// Accountable:, in a Chinese file: tryout16 nit 15).
func TestSameLineInBothFilesReportedAtEach(t *testing.T) {
	for _, tc := range []struct {
		name, en, zh, fixedEn, fixedZh string
		want                           []string
	}{
		{"a misspelt unit", "Accountable: opertions, hr", "批准：opertions, hr", "Accountable: hr", "批准：hr", []string{
			`b5/en/hr.md:23: Accountable: "opertions" names no unit` + "\n  fix: check the spelling; did you mean operations?",
			`b5/zh/hr.md:22: 批准："opertions" names no unit` + "\n  fix: check the spelling; did you mean operations?",
		}},
		{"a section, not a unit", "Responsible: hr/responsibilities", "负责：hr/responsibilities", "Responsible: hr", "负责：hr", []string{
			`b5/en/hr.md:23: Responsible: "hr/responsibilities" is a section, not a unit: RACI lines name departments, positions and sub-departments` +
				"\n  fix: name the department it belongs to (hr), or make the section a unit: end its heading with {#responsibilities .position} or {#responsibilities .unit}",
			`b5/zh/hr.md:22: 负责："hr/responsibilities" is a section, not a unit: RACI lines name departments, positions and sub-departments` +
				"\n  fix: name the department it belongs to (hr), or make the section a unit: end its heading with {#responsibilities .position} or {#responsibilities .unit}",
		}},
		{"two accountable units, in other words", "Accountable: operations, hr", "批准：运营部、人力资源部", "Accountable: hr", "批准：人力资源部", []string{
			"b5/en/hr.md:23: note: Accountable: names 2 units, but a duty has one accountable unit\n  keep the one unit that answers for the work on this line and name the others Responsible: or Consulted: (dutymap check reports it as multi-accountable)",
			"b5/zh/hr.md:22: note: 批准： names 2 units, but a duty has one accountable unit\n  keep the one unit that answers for the work on this line and name the others 负责： or 咨询： (dutymap check reports it as multi-accountable)",
		}},
		{"an Overlaps line", "Overlaps: finance/nothing", "重叠：finance/nothing", "", "", []string{
			`b5/en/hr.md:23: Overlaps: "finance/nothing" names no duty of another department` +
				"\n  fix: write the path of a duty of another department (dutymap search \"a few words of the duty\" prints each duty's path first), or delete the line",
			`b5/zh/hr.md:22: 重叠："finance/nothing" names no duty of another department` +
				"\n  fix: write the path of a duty of another department (dutymap search \"a few words of the duty\" prints each duty's path first), or delete the line",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := Check(hrTwinLines(t, tc.en, tc.zh))
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if _, ps := Check(hrTwinLines(t, tc.fixedEn, tc.fixedZh)); len(ps) != 0 {
				t.Errorf("both lines fixed as the fixes say:\n%s", ps)
			}
		})
	}
}

// hrTwinLines is the built-in content with the line en under the English
// "Handle staff insurance." (en/hr.md:23) and zh under its Chinese text
// (zh/hr.md:22); "" writes none.
func hrTwinLines(t *testing.T, en, zh string) Layer {
	t.Helper()
	l := builtinCopy(t, "en/hr.md", "- Handle staff insurance.\n", "- Handle staff insurance.\n"+indent(en))
	m := l.FS.(fstest.MapFS)
	m["zh/hr.md"].Data = []byte(strings.Replace(string(m["zh/hr.md"].Data), "- 办理员工保险。\n", "- 办理员工保险。\n"+indent(zh), 1))
	return l
}

func indent(line string) string {
	if line == "" {
		return ""
	}
	return "  " + line + "\n"
}
