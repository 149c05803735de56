package sheet

import (
	"maps"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// notes are a result's notes, as import prints them.
func notes(res *Result) []string {
	var out []string
	for _, p := range res.Problems {
		if p.Note {
			out = append(out, p.String())
		}
	}
	return out
}

// TestTitleRowsAboveTheHeader: the header is found below a title (tryout 6,
// defect 8), in CSV with any separator and in XLSX with a merged title
// cell; the rows skipped are noted, and rows keep their numbers.
func TestTitleRowsAboveTheHeader(t *testing.T) {
	for _, tc := range []struct{ name, sheet, note string }{
		{"one title row", "Org chart 2024,,\nDepartment,Section,Duty\nSales,Field,Visit customers\n",
			"s.csv:2: note: row 2 taken as the header; row 1 skipped (Org chart 2024)"},
		{"a title and a date", "Org chart 2024\nAs of 1 May,,\nDepartment,Section,Duty\nSales,Field,Visit customers\n",
			"s.csv:3: note: row 3 taken as the header; rows 1–2 skipped (Org chart 2024; As of 1 May)"},
		{"semicolons below a title without any", "Org chart 2024\nDepartment;Section;Duty\nSales;Field;Visit customers\n",
			"s.csv:2: note: row 2 taken as the header; row 1 skipped (Org chart 2024)"},
		{"Chinese headers", "2024年组织架构,,\n部门,科室,职责\n销售部,外勤,拜访客户\n",
			"s.csv:2: note: row 2 taken as the header; row 1 skipped (2024年组织架构)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importCSV(t, tc.sheet, Options{GuessLang: true})
			org := mustOrg(t, res)
			if got := notes(res); len(got) != 1 || !strings.HasPrefix(got[0], tc.note) {
				t.Errorf("want the note %q, got %q", tc.note, got)
			}
			if len(org.Departments) != 1 || res.Rows != 1 {
				t.Errorf("want 1 department from 1 row, got %d from %d", len(org.Departments), res.Rows)
			}
		})
	}
	// A mistake below the header is reported at its own row.
	res := importCSV(t, "Org chart 2024,,\nDepartment,Section,Duty\nSales,Field,Visit customers\n,Field,Plan visits\n", Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.HasPrefix(errs[0].String(), "s.csv:4: column A (Department): the row has no department") {
		t.Errorf("want the problem at row 4, got:\n%s", res.Problems)
	}
	// A sheet whose header is its first row gets no note.
	if res := importCSV(t, "Department,Duty\nSales,Visit customers\n", Options{}); len(res.Problems) != 0 {
		t.Errorf("a header on row 1: %s", res.Problems)
	}
}

func TestTitleRowAboveTheHeaderXLSX(t *testing.T) {
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Company duties 2024"})
		if err := f.MergeCell(s, "A1", "C1"); err != nil {
			t.Fatal(err)
		}
		f.SetSheetRow(s, "A2", &[]any{"Department", "Section", "Duty"})
		f.SetSheetRow(s, "A3", &[]any{"Sales", "Field", "Visit customers"})
		f.SetSheetRow(s, "A4", &[]any{nil, nil, "Negotiate prices"})
		if err := f.MergeCell(s, "A3", "A4"); err != nil {
			t.Fatal(err)
		}
		if err := f.MergeCell(s, "B3", "B4"); err != nil {
			t.Fatal(err)
		}
	}, nil)
	res := importXLSX(t, book)
	org := mustOrg(t, res)
	if got := notes(res); len(got) != 1 || !strings.HasPrefix(got[0], "org.xlsx[Sheet1]:2: note: row 2 taken as the header; row 1 skipped (Company duties 2024)") {
		t.Errorf("note: %q", got)
	}
	if got := duties(org, "sales"); strings.Join(got, "|") != "Visit customers|Negotiate prices" {
		t.Errorf("sales duties = %q", got)
	}
}

// TestTitleRowWithoutKnownHeaders: when no row of the first few reads as
// the header, a title on row 1 is named with the row that likely holds the
// headers, and both fixes it gives work: --column naming that row's
// header, or renaming it.
func TestTitleRowWithoutKnownHeaders(t *testing.T) {
	sheet := "Org chart 2024,,\nTeam,Task,Notes\nSales,Visit customers,x\n"
	res := importCSV(t, sheet, Options{})
	errs := res.Problems.Errors()
	if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), "s.csv:1: row 1 reads as a title (Org chart 2024), and no row of the first 6 reads as the headers; row 2 reads: Team, Task, Notes") ||
		!strings.Contains(errs[0].Fix, "--column department=Team") {
		t.Fatalf("want the title named, got:\n%s", res.Problems)
	}
	for _, fixed := range []struct {
		sheet string
		opts  Options
	}{
		{sheet, Options{Columns: [][2]string{{"department", "Team"}}}},
		{strings.Replace(sheet, "Team,", "Department,", 1), Options{}},
	} {
		res := importCSV(t, fixed.sheet, fixed.opts)
		if org := mustOrg(t, res); org.Node("sales") == nil {
			t.Errorf("no sales department after the fix %v", fixed.opts.Columns)
		}
	}
	// The fix the tryout found failing: --column with the header below a
	// title.
	res = importCSV(t, "Org chart 2024,,\nDepartment,Section,Duty\nSales,Field,Visit customers\n", Options{Columns: [][2]string{{"department", "Department"}}})
	mustOrg(t, res)

	// The example names the row's likeliest column, not its first: here
	// a column of row numbers (tryout26 U4's kind), and applied it reads.
	sheet = "Org chart 2024,,\nRow,Abteilung,Task\n1,Sales,Visit customers\n2,Finance,Pay invoices\n"
	res = importCSV(t, sheet, Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Fix, "(such as --column department=Abteilung)") {
		t.Fatalf("want the example to name Abteilung, got:\n%s", res.Problems)
	}
	if org := mustOrg(t, importCSV(t, sheet, Options{Columns: [][2]string{{"department", "Abteilung"}}})); org.Node("finance") == nil {
		t.Error("no finance department after the fix")
	}
}

// TestHeaderLookedForInTheFirstRowsOnly: a header further down than
// headerScan rows is not looked for, and row 1 is reported as it is:
// with neither a department column nor a duty column, both at once.
func TestHeaderLookedForInTheFirstRowsOnly(t *testing.T) {
	sheet := strings.Repeat("Notes,,\n", headerScan) + "Department,Section,Duty\nSales,Field,Visit\n"
	res := importCSV(t, sheet, Options{})
	if errs := res.Problems.Errors(); len(errs) != 2 || !strings.HasPrefix(errs[0].String(), "s.csv:1: no column reads as the department; the columns are: Notes") ||
		!strings.HasPrefix(errs[1].String(), "s.csv:1: no column reads as a duty or a section; the columns are: Notes") {
		t.Errorf("want two problems at row 1, got:\n%s", res.Problems)
	}
}

// TestSeparatorFromTheHeaderLine: the separator is the one that splits a
// line into known headers, or most lines alike, not the one of a title
// line above the header (tryout 7, defect 5: "Duties, 2024" over a
// semicolon file was read as comma-separated and refused).
func TestSeparatorFromTheHeaderLine(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       rune
	}{
		{"a comma in the title", "Duties, 2024\nDepartment;Section;Duty\nSales;Field;Visit customers\n", ';'},
		{"a comma in the title, tabs", "Duties, 2024\nDepartment\tSection\tDuty\nSales\tField\tVisit, call\n", '\t'},
		{"semicolons in the text", "Department,Duty\nSales,\"Visit; call; write; plan\"\n", ','},
		{"unknown headers under a title", "Duties, 2024\nWho;Where;What\nSales;Field;Visit\nSales;Field;Call\n", ';'},
		{"Chinese headers", "2024年, 组织\n部门;职责\n销售部;拜访客户\n", ';'},
		{"one column", "Department\nSales\n", ','},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := CSV(strings.NewReader(tc.text), "", 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := rows.(separated).separator(); got != tc.want {
				t.Errorf("want %q, got %q", tc.want, got)
			}
		})
	}
	res := importCSV(t, "Duties, 2024\nDepartment;Section;Duty\nSales;Field;Visit customers\n", Options{})
	org := mustOrg(t, res)
	if got := duties(org, "sales"); len(got) != 1 || got[0] != "Visit customers" {
		t.Errorf("want the duty, got %q", got)
	}
	// Given, the separator is not guessed.
	rows, err := CSV(strings.NewReader("Department,Duty;x\n"), "", ';')
	if err != nil {
		t.Fatal(err)
	}
	if cells, _, _ := rows.Next(); len(cells) != 2 || cells[0] != "Department,Duty" {
		t.Errorf("--separator semicolon: got %q", cells)
	}
}

// TestByteOrderMark: the byte order mark Excel's "CSV UTF-8" writes first
// is not part of the first header, quoted or not, nor of a header below a
// title, whatever the separator.
func TestByteOrderMark(t *testing.T) {
	for _, text := range []string{
		"\ufeffDepartment,Duty\nSales,Visit customers\n",
		"\ufeff\"Department\",\"Duty\"\nSales,Visit customers\n",
		"\ufeffDepartment;Duty\nSales;Visit customers\n",
		"\ufeff\"Duties, 2024\"\nDepartment;Duty\nSales;Visit customers\n",
	} {
		res := importCSV(t, text, Options{})
		org := mustOrg(t, res)
		if got := duties(org, "sales"); len(got) != 1 || got[0] != "Visit customers" {
			t.Errorf("%q: want the duty, got %q", text, got)
		}
		if res.Mapping.Columns[0].Header != "Department" {
			t.Errorf("%q: first header %q", text, res.Mapping.Columns[0].Header)
		}
	}
}

// TestSeparatorNames: --separator takes each separator by name and as
// itself, a tab also written \t; problems name each as --separator takes it.
func TestSeparatorNames(t *testing.T) {
	want := map[string]rune{"comma": ',', ",": ',', "semicolon": ';', ";": ';', "tab": '\t', "\t": '\t', `\t`: '\t'}
	if !maps.Equal(Separators, want) {
		t.Errorf("Separators %q, want %q", Separators, want)
	}
	for sep, name := range map[rune]string{',': "comma", ';': "semicolon", '\t': "tab", '|': "comma"} {
		if got := separatorOf(sep).names[0]; got != name {
			t.Errorf("%q is named %q, want %q", sep, got, name)
		}
	}
}
