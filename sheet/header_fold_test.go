package sheet

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestHeadersThatShowAsAKnownNameAreRead: a header that a spreadsheet
// shows as "Department" or "部门" is read as one, whatever invisible or
// full-width characters it holds: a second byte order mark (a file
// converted to UTF-8 twice), a zero-width space or soft hyphen pasted
// from a web page, the full-width letters of an input method in
// full-width mode, and the full-width space Chinese forms pad two-character
// labels with (部　门, to align with 工作职责). Each was "no column reads as
// the department; the columns are: Department, …", a column the user
// could see listed.
func TestHeadersThatShowAsAKnownNameAreRead(t *testing.T) {
	for _, tc := range []struct{ name, dept, duty string }{
		{"byte order mark twice", "\ufeff\ufeffDepartment", "Duty"},
		{"zero-width space inside", "Depart\u200bment", "Duty"},
		{"zero-width space before", "\u200bDepartment", "Duty\u200b"},
		{"soft hyphen", "Depart\u00adment", "Du\u2060ty"},
		{"full-width letters", "Ｄｅｐａｒｔｍｅｎｔ", "Ｄｕｔｙ"},
		{"full-width space between Han", "部　门", "职　责"},
		{"spaces between Han", "部 门", "岗 位 职 责"},
		{"full-width language suffix", "Department", "Ｄｕｔｙ（ｅｎ）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importCSV(t, tc.dept+",Section,"+tc.duty+"\nSales,Field,Visit customers\n", Options{})
			org := mustOrg(t, res)
			if n := org.Node("sales"); n == nil || len(n.Children) != 1 || len(n.Children[0].Children) != 1 {
				t.Errorf("headers %q, %q: the duty is not under sales/field", tc.dept, tc.duty)
			}
		})
	}
	// Folding stops there: words stay words.
	for _, h := range []string{"Depart ment", "Dept x"} {
		if f := guess(h).Field; f != FieldNone {
			t.Errorf("%q read as %s", h, f)
		}
	}
}

// TestHeaderListsAreBounded: the messages that list a sheet's headers
// list ten, each cut to a line's worth and with what does not show
// written out, then how many more there are. A header row of 500 cells of
// 30,000 characters was printed whole: 30 MB on the terminal.
func TestHeaderListsAreBounded(t *testing.T) {
	long := strings.Repeat("x", 30000)
	cells := make([]string, 500)
	for i := range cells {
		cells[i] = long
	}
	cells[1] = "Dept\u200bx"
	res := importCSV(t, strings.Join(cells, ",")+"\n"+strings.Repeat("a,", 499)+"b\n", Options{})
	errs := res.Problems.Errors()
	if len(errs) == 0 {
		t.Fatal("no problem for a sheet without a department column")
	}
	for _, p := range errs {
		s := p.String()
		if len(s) > 2000 {
			t.Errorf("a problem of %d bytes: %.200s…", len(s), s)
		}
		if !strings.Contains(s, "and 490 more columns") || !strings.Contains(s, `$'Dept\u200bx'`) {
			t.Errorf("the list does not end with the count of the others, or hides the zero-width space:\n%.600s", s)
		}
	}

	// A problem of one column names it by its header, cut the same way.
	res = importCSV(t, "Department,Section,"+long+"\nSales,Field,Sell\nSales,Field,Buy\n", Options{})
	if s := res.Problems.Error(); len(s) > 2000 || !strings.Contains(s, "column C (xxx") {
		t.Errorf("the note of column C is %d bytes:\n%.300s", len(s), s)
	}
}

// TestHeadersInEverydayVariantsAreRead: a header written as people write
// it — abbreviated with a dot, with a colon or a required-field asterisk,
// in the plural, or with "name" after it — reads as the field its plain
// name does (tryout26 U4: "Dept." was no department column). Words that
// only end like one stay unread.
func TestHeadersInEverydayVariantsAreRead(t *testing.T) {
	for h, want := range map[string]Field{
		"Dept.": FieldDepartment, "DEPT": FieldDepartment, "Departments": FieldDepartment, "Depts.": FieldDepartment,
		"Department name": FieldDepartment, "Dept. name": FieldDepartment, "Name of the department": FieldDepartment,
		"Department:": FieldDepartment, "*Department": FieldDepartment, "部门名称": FieldDepartment, "部门名": FieldDepartment,
		"所属部门": FieldDepartment, "部门：": FieldDepartment,
		// A colon before the name is as much noise as one after it.
		":Department": FieldDepartment, "：部门": FieldDepartment, ": Dept.": FieldDepartment, "Department *:": FieldDepartment,
		"Teams": FieldSection, "Team name": FieldSection, "Positions": FieldPosition, "Job titles": FieldPosition,
		"岗位名称": FieldPosition, "Tasks:": FieldDuty, "Duty*": FieldDuty, "No.": FieldCode,
		"Group name": FieldGroupName, "Processes": FieldSection,
		"Name": FieldNone, "Names": FieldNone, "Owner name": FieldNone, "Full name": FieldNone, "s": FieldNone, ".": FieldNone,
		"Status": FieldNone, "Code name": FieldNone,
	} {
		if got := guess(h).Field; got != want {
			t.Errorf("%q read as %q, want %q", h, got, want)
		}
	}
	if c := guess("Units"); c.Field != FieldSection || c.Role != model.RoleUnit {
		t.Errorf("Units read as %v, want sub-departments", c)
	}
	// --column finds such a header by its plain form: department=Dept
	// for a "Dept." column (here a header no field is guessed for).
	res := importCSV(t, "Abt.,Task\nWarehouse,Check deliveries.\n", Options{Columns: [][2]string{{"department", "abt"}}})
	if n := mustOrg(t, res).Node("warehouse"); n == nil {
		t.Errorf("--column department=abt for an Abt. column: no warehouse: %v", res.Problems)
	}
	// A header no field is read for is still the likeliest department
	// column when it is headed like one, however its colons stand: the
	// fix names :Dpt, not the Site column before it, and so reads.
	res = importCSV(t, "Site,:Dpt,Task\nLyon,Warehouse,Check deliveries.\n", Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Fix, "(such as --column department=:Dpt)") {
		t.Errorf("want the fix to name the :Dpt column, got:\n%s", res.Problems)
	}
	if n := mustOrg(t, importCSV(t, "Site,:Dpt,Task\nLyon,Warehouse,Check deliveries.\n", Options{Columns: [][2]string{{"department", ":Dpt"}}})).Node("warehouse"); n == nil {
		t.Error("--column department=:Dpt: no warehouse")
	}
	res = importCSV(t, "Dept.,Team,Job title,Task\nWarehouse,Inbound,Receiver,Check deliveries.\n", Options{})
	if n := mustOrg(t, res).Node("warehouse/inbound/receiver"); n == nil || len(n.Children) != 1 {
		t.Errorf("Dept., Team, Job title: the duty is not under warehouse/inbound/receiver: %v", res.Problems)
	}
}
