package sheet

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestSheetsPeopleKeep reads sheets laid out as people lay them out, with
// headers in their words, and checks the organisation they give.
func TestSheetsPeopleKeep(t *testing.T) {
	t.Run("departments, positions, tasks, task ids", func(t *testing.T) {
		res := importCSV(t, "Dept,Job Title,Task ID,Task,Task Type\n"+
			"Sales,Account manager,T-1,Visit customers,Core\n"+
			"Sales,Account manager,T-2,\"Collect payment\nfrom buyers\",Core\n"+
			"Finance,Clerk,T-3,Book invoices,Supplemental\n", Options{})
		org := mustOrg(t, res)
		if got := res.Mapping.Ignored; !slices.Equal(got, []string{"Task Type"}) {
			t.Errorf("ignored %v", got)
		}
		d := org.Node("sales/account-manager/2")
		if d == nil || d.Title.In(model.En) != "Collect payment from buyers" || d.Code() != "T-2" || d.Parent.Role != model.RolePosition {
			t.Fatalf("sales/account-manager/2 = %+v", d)
		}
		if got, _ := org.Resolve("t-3"); len(got) != 1 || got[0].Path != "finance/clerk/1" {
			t.Errorf("a task id resolves to %v", got)
		}
	})
	t.Run("several section levels, section rows, unit codes", func(t *testing.T) {
		res := importCSV(t, "Department;Department code;Section;Unit;Position;Duty;Description;Code\n"+
			"Operations;3;Planning;;;;Plans the work.;3.1\n"+
			"Operations;3;Planning;Capacity;;;;\n"+
			"Operations;3;Planning;Capacity;Planner;Forecast demand;Monthly, by product.;3.1.1\n", Options{})
		org := mustOrg(t, res)
		if ops := org.Node("operations"); ops.Code() != "3" {
			t.Errorf("department code %q", ops.Code())
		}
		p := org.Node("operations/planning")
		if p.Code() != "3.1" || p.Body().In(model.En) != "Plans the work." {
			t.Errorf("section row: code %q body %q", p.Code(), p.Body().In(model.En))
		}
		if c := org.Node("operations/planning/capacity"); c == nil || c.Role != model.RoleUnit {
			t.Errorf("a Unit column makes units: %+v", c)
		}
		if d := org.Node("operations/planning/capacity/planner/1"); d == nil || d.Body().In(model.En) != "Monthly, by product." {
			t.Errorf("duty = %+v", d)
		}
	})
	t.Run("two languages side by side", func(t *testing.T) {
		res := importCSV(t, "Department (en),部门（中文）,Duty (English),职责（中文）\n"+
			"Sales,销售部,Visit customers,拜访客户\n", Options{})
		org := mustOrg(t, res)
		d := org.Node("sales/duties/1")
		if d == nil || d.Title[model.En] != "Visit customers" || d.Title[model.Zh] != "拜访客户" {
			t.Fatalf("duty = %+v", d)
		}
		if org.Node("sales/duties").Title[model.Zh] != "职责" || !slices.Equal(res.Made, []string{"sales"}) {
			t.Errorf("the section made for duties: %+v, made %v", org.Node("sales/duties"), res.Made)
		}
	})
	t.Run("a language column and paths", func(t *testing.T) {
		res := importCSV(t, "path,language,department,section,duty\n"+
			"hr/hiring/1,en,Human resources,Hiring,Post vacancies\n"+
			"hr/hiring/1,zh,人力资源部,招聘,发布职位\n", Options{})
		org := mustOrg(t, res)
		if d := org.Node("hr/hiring/1"); d.Title[model.En] != "Post vacancies" || d.Title[model.Zh] != "发布职位" {
			t.Errorf("duty = %q", d.Title)
		}
	})
	t.Run("German by --lang", func(t *testing.T) {
		res := importCSV(t, "Abteilung,Aufgabe\nEinkauf,Lieferanten auswählen\n", Options{Lang: "de",
			Columns: [][2]string{{"department", "Abteilung"}, {"duty", "Aufgabe"}}})
		org := mustOrg(t, res)
		if org.Tag(model.En) != "de" || res.Files[0].Name != "de/einkauf.md" {
			t.Errorf("tag %q, file %s", org.Tag(model.En), res.Files[0].Name)
		}
	})
}

func mustOrg(t *testing.T, res *Result) *model.Org {
	t.Helper()
	if errs := res.Problems.Errors(); len(errs) > 0 || res.Org == nil {
		t.Fatalf("problems:\n%s", res.Problems)
	}
	org := loadFiles(t, res.Files)
	return org
}

// TestBadRowsAreReportedByRowAndColumn: each mistake is one problem, at
// its row and column, and nothing is written.
func TestBadRowsAreReportedByRowAndColumn(t *testing.T) {
	cases := []struct{ name, sheet, want string }{
		{"no department column", "Team,Duty\nA,b\n", "s.csv:1: no column reads as the department"},
		{"two code columns", "Department,Code,Task ID,Duty\nA,1,2,b\n", "s.csv:1: columns B (Code) and C (Task ID) both read as the code"},
		{"no department", "Department,Duty\n,Do it\n", "s.csv:2: column A (Department): the row has no department"},
		{"bad language", "Department,Duty,Language\nA,b,klingonish\n", `s.csv:2: column C (Language): "klingonish" is not a language`},
		{"two languages besides Chinese", "Department,Duty,Language\nA,b,en\nA,c,de\n", "s.csv:3: the sheet has text in en and in de"},
		{"levels differ between languages", "Department_en,Section_en,Department_zh,Duty_en,Duty_zh\nA,S,甲,b,乙\n", "s.csv:2: column C (Department_zh): the zh columns name 1 level of units, the en columns 2"},
		{"duty in one language only", "Department_en,Department_zh,Section_en,Section_zh,Duty_en,Duty_zh\nA,甲,S,乙,b,\n", "s.csv:2: column F (Duty_zh): the duty is written in en but not in zh"},
		{"path of the wrong length", "path,Department,Section,Duty\na/s,A,S,b\n", `s.csv:2: column A (path): "a/s" has 2 ids, but the row names 3 levels`},
		{"bad id", "Department,Section,Duty,ID\nA,S,b,Big Duty\n", `s.csv:2: column D (ID): "Big Duty" is not a valid id`},
		{"same duty twice", "path,Department,Section,Duty\na/s/1,A,S,b\na/s/1,A,S,c\n", "s.csv:3: column D (Duty): the same duty as row 2"},
		{"two codes for one section", "Department,Section,Code\nA,S,1\nA,S,2\n", `s.csv:3: column C (Code): two codes for the section a/s: "1" on row 2 and "2" on row 3`},
		{"one id, two names", "Department,Section,Duty\nA,Sales,b\nA,sales!,c\n", `s.csv:3: column B (Section): two names for the section a/sales: "Sales" on row 2 and "sales!" on row 3`},
		{"unknown kind", "Department,Section,Kind\nA,S,team\n", `s.csv:2: column C (Kind): unknown kind "team"`},
		{"kind of another node", "Department,Section,Duty,Kind\nA,S,b,position\n", "s.csv:2: column D (Kind): the row is about a duty, not a position"},
		{"too deep", "Department,Section 1,Section 2,Section 3,Section 4,Section 5,Section 6,Duty\nA,1,2,3,4,5,6,d\n", "s.csv:2: column G (Section 6): the row has 6 levels of sections"},
		{"a quote left open over lines", "Department,Duty\nA,b\nA,\"c\nd\"x\n", "s.csv:3: a quoted cell is not closed, or a quote inside it is not doubled (line 4 of the file)"},
		{"a stray quote", "Department,Duty\nA,b\"\nA,c\n", `s.csv:2: a quote (") inside a cell that does not begin with one`},
		{"a header not in UTF-8", "\xb2\xbf\xc3\xc5,Duty\nA,b\n", "s.csv:1: column A: the header is not UTF-8 text; read as GB18030 it says: 部门, Duty"},
		{"not UTF-8", "Department,Duty\nA,caf\xe9\n", "s.csv:2: column B (Duty): the text is not UTF-8; read as Windows-1252 it says: café"},
		{"a name missing in one language", "Department_en,Department_zh,Section_en,Section_zh,Duty_en,Duty_zh\nA,甲,S,乙,b,丙\nA,,T,,c,\n", `s.csv:3: column D (Section_zh): "T" has no name in zh`},
		{"a group named two ways", "Department,Department group,Duty\nA,Front office,b\nB,Front office!,c\n", `s.csv:3: column B (Department group): two names for the group front-office: "Front office" on row 2 and "Front office!" on row 3`},
		{"a department in two groups", "Department,Department group,Duty\nA,Front,b\nA,Back,c\n", `s.csv:3: column B (Department group): two groups for the department a: "Front" on row 2 and "Back" on row 3`},
		{"a bad group id", "Department,Group ID,Duty\nA,Front Office,b\n", `s.csv:2: column B (Group ID): "Front Office" is not a valid group id`},
		{"a topic in a group", "path,kind,Department,Department group,Duty\nt,topic,T,Front,\nt/1,point,T,,p\n", "s.csv:2: column D (Department group): only departments belong to a group; this row is of a topic"},
		{"a spreadsheet error value", "Department,Duty\nA,#REF!\n", "s.csv:2: column B (Duty): the cell holds the spreadsheet error #REF!"},
		{"two summaries", "Department,Summary,Duty\nA,One.,b\nA,Two.,c\n", `s.csv:3: column B (Summary): two summaries for the department a: "One." on row 2 and "Two." on row 3`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := importCSV(t, tc.sheet, Options{})
			errs := res.Problems.Errors()
			if len(errs) != 1 || !strings.Contains(errs[0].String(), tc.want) {
				t.Errorf("want one problem %q, got:\n%s", tc.want, res.Problems)
			}
			if res.Files != nil {
				t.Error("files to write despite a problem")
			}
			for _, p := range errs {
				if p.Fix == "" {
					t.Errorf("no fix: %s", p)
				}
			}
		})
	}
}

// TestNeutralisedCellsReadBack: an export makes cells that start with =,
// +, -, @ safe with a leading quote (OWASP); import takes the quote away.
func TestNeutralisedCellsReadBack(t *testing.T) {
	res := importCSV(t, "Department,Section,Duty\nA,S,'=SUM(1)\nA,S,'-minus\nA,S,'plain quote\n", Options{})
	org := mustOrg(t, res)
	for path, want := range map[string]string{"a/s/1": "=SUM(1)", "a/s/2": "-minus", "a/s/3": "'plain quote"} {
		if got := org.Node(path).Title.In(model.En); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
}

// TestRACIColumnsPeopleKeep: a responsibility matrix kept as a sheet, with
// RACI columns headed in either language, gives RACI lines on its duties.
func TestRACIColumnsPeopleKeep(t *testing.T) {
	res := importCSV(t, "Department,Section,Duty,Accountable,Responsible,咨询,知会\n"+
		"Sales,Selling,Sell the goods.,Sales,,,\n"+
		"Marketing,Pricing,Set prices.,Marketing,Sales,Sales; Finance,Sales\n"+
		"Finance,Books,Keep the books.,,,,\n", Options{})
	org := mustOrg(t, res)
	d := org.Node("marketing/pricing/1")
	if d == nil || d.RACI() == nil {
		t.Fatalf("no RACI lines on marketing/pricing/1: %+v", d)
	}
	for role, want := range map[model.RACIRole][]string{
		model.Accountable: {"Marketing"}, model.Responsible: {"Sales"}, model.Consulted: {"Sales", "Finance"}, model.Informed: {"Sales"},
	} {
		if got := d.RACI().Refs[role]; !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", role, got, want)
		}
	}
}

// TestEveryBadRowAtOnce: a sheet with duties in two languages but units in
// one is reported once, at the header, with the columns to add; checking
// goes on, so a row's missing translation is reported in the same run;
// and the sheet with the named columns added (and the translation
// written) imports.
func TestEveryBadRowAtOnce(t *testing.T) {
	sheet := "Department,Section,Duty,Duty (zh)\nSales,Field,Visit customers,拜访客户\nSales,Field,Only English,\n"
	res := importCSV(t, sheet, Options{})
	want := []string{
		`s.csv:1: column D (Duty (zh)): the sheet has text in zh but no column names the department in zh`,
		`s.csv:3: column D (Duty (zh)): "Only English" has no name in zh, although its department has one`,
	}
	errs := res.Problems.Errors()
	if len(errs) != len(want) {
		t.Fatalf("want %d problems, got:\n%s", len(want), res.Problems)
	}
	for i, w := range want {
		if !strings.Contains(errs[i].String(), w) {
			t.Errorf("problem %d: want %q, got:\n%s", i+1, w, errs[i])
		}
	}
	// Apply the fixes as written: the columns the first names, the
	// translation the second asks for.
	added := regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(errs[0].Fix, -1)
	if len(added) != 2 || added[0][1] != "Department (zh)" || added[1][1] != "Section (zh)" {
		t.Fatalf("fix names %q, want the columns Department (zh) and Section (zh): %s", added, errs[0].Fix)
	}
	fixed := "Department,Section,Duty,Duty (zh),Department (zh),Section (zh)\n" +
		"Sales,Field,Visit customers,拜访客户,销售部,外勤\nSales,Field,Only English,只有英文,销售部,外勤\n"
	org := mustOrg(t, importCSV(t, fixed, Options{}))
	if got := org.Node("sales/field/2").Title.In(model.Zh); got != "只有英文" {
		t.Errorf("sales/field/2 in zh = %q", got)
	}
}

// TestEncodingReportedOnce: a CSV body in another encoding is one problem,
// naming the encoding it reads as and how many rows it affects, not one
// per row.
func TestEncodingReportedOnce(t *testing.T) {
	res := importCSV(t, "Department,Duty\nSales,caf\xe9\nSales,na\xefve\n", Options{})
	errs := res.Problems.Errors()
	if len(errs) != 1 || !strings.Contains(errs[0].String(), "s.csv:2: column B (Duty): the text is not UTF-8; read as Windows-1252 it says: café (2 rows are not UTF-8)") ||
		!strings.Contains(errs[0].Fix, "--encoding windows-1252") {
		t.Errorf("got:\n%s", res.Problems)
	}
}

// TestChineseHeadersInGB18030: a CSV that Excel on Chinese Windows saved
// in GB18030, with Chinese headers, is diagnosed as an encoding problem
// that reads the header as meant, whose fix works (tryout 7b: it was "no column reads as the department;
// the columns are: ����", a fix that could not work).
func TestChineseHeadersInGB18030(t *testing.T) {
	gb, err := simplifiedchinese.GB18030.NewEncoder().String("部门,职责\n销售部,拜访客户\n")
	if err != nil {
		t.Fatal(err)
	}
	res := importCSV(t, gb, Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.Contains(errs[0].String(), "s.csv:1: column A: the header is not UTF-8 text; read as GB18030 it says: 部门, 职责") ||
		!strings.Contains(errs[0].Fix, "--encoding gb18030") {
		t.Fatalf("want one encoding problem with its fix, got:\n%s", res.Problems)
	}
	rows, err := CSV(strings.NewReader(gb), "gb18030", 0)
	if err != nil {
		t.Fatal(err)
	}
	org := mustOrg(t, Read(rows, Options{Name: "s.csv"}))
	if d := org.Departments; len(d) != 1 || !strings.Contains(d[0].Title.In(model.Zh)+d[0].Title.In(model.En), "销售部") {
		t.Errorf("with --encoding gb18030: %v", d)
	}
}

// TestGroupsSummariesAndTraitsPeopleKeep: a sheet with a row per duty may
// give each department's group, summary and traits on every row (or on
// one): they are read once per department; a group named without an id
// gets one made from its name.
func TestGroupsSummariesAndTraitsPeopleKeep(t *testing.T) {
	sheet := "Department,Department group,Summary,Trait objective,Duty\n" +
		"Sales,Front office,Sells.,Sell more.,Call customers\n" +
		"Sales,Front office,Sells.,,Send quotes\n" +
		"Finance,Back office,,,Pay bills\n" +
		"Planning,,,,Plan\n"
	res := importCSV(t, sheet, Options{})
	if errs := res.Problems.Errors(); len(errs) > 0 {
		t.Fatalf("problems:\n%s", errs)
	}
	org := loadFiles(t, res.Files)
	var got []string
	for _, d := range org.Departments {
		g := "-"
		if grp := org.GroupOf(d); grp != nil {
			g = grp.ID + "=" + grp.Name.In(model.En)
		}
		got = append(got, d.ID+":"+g+":"+d.Summary().In(model.En)+":"+d.Traits()[model.Dimension("objective")].In(model.En))
	}
	want := []string{"sales:front-office=Front office:Sells.:Sell more.", "finance:back-office=Back office::", "planning:-::"}
	if !slices.Equal(got, want) {
		t.Errorf("departments\n%q\nwant\n%q", got, want)
	}
}
