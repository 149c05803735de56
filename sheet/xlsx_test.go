package sheet

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
	"github.com/xuri/excelize/v2"
)

// workbook builds an XLSX file with build, then rewrites its first sheet's
// XML with edit (when given), for what excelize cannot write itself (an
// error value).
func workbook(t *testing.T, build func(f *excelize.File, s string), edit func(string) string) []byte {
	t.Helper()
	f := excelize.NewFile()
	build(f, "Sheet1")
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if edit == nil {
		return buf.Bytes()
	}
	return rezip(t, buf.Bytes(), func(e entry) []part {
		if e.name() == "xl/worksheets/sheet1.xml" {
			return []part{{name: e.name(), body: []byte(edit(string(e.body())))}}
		}
		return e.same()
	})
}

// b3 is cell B3 in a sheet's XML.
var b3 = regexp.MustCompile(`<c r="B3"[^>]*>.*?</c>`)

func importXLSX(t *testing.T, book []byte) *Result {
	t.Helper()
	rows, name, _, err := XLSX(bytes.NewReader(book), "", "")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	return Read(rows, Options{Name: "org.xlsx[" + name + "]"})
}

// duties lists the titles of dept's duties in order.
func duties(org *model.Org, dept string) []string {
	var out []string
	var walk func(n *model.Node)
	walk = func(n *model.Node) {
		for _, c := range n.Children {
			if c.Kind == model.KindDuty {
				out = append(out, c.Title.In(model.En))
			}
			walk(c)
		}
	}
	walk(org.Node(dept))
	return out
}

// TestFormulaCellsWithoutValues: programs (openpyxl, excelize, report
// generators) store formulas without the value they compute. Such a cell
// reads as empty, which would turn a duty row into a row describing its
// unit: the duty vanished and its code landed on the department. The
// formula is computed; one that cannot be is refused by row and column.
func TestFormulaCellsWithoutValues(t *testing.T) {
	rowsWith := func(formula string) func(f *excelize.File, s string) {
		return func(f *excelize.File, s string) {
			f.SetSheetRow(s, "A1", &[]any{"Department", "Duty", "Code"})
			f.SetSheetRow(s, "A2", &[]any{"Sales", "Visit customers", 1})
			f.SetCellValue(s, "A3", "Sales")
			f.SetCellFormula(s, "B3", formula)
			f.SetCellValue(s, "C3", 2)
			f.SetSheetRow(s, "A4", &[]any{"Sales", "Plan visits", 3})
		}
	}
	t.Run("computed", func(t *testing.T) {
		org := mustOrg(t, importXLSX(t, workbook(t, rowsWith(`CONCATENATE("Negotiate ","prices")`), nil)))
		if got := strings.Join(duties(org, "sales"), "|"); got != "Visit customers|Negotiate prices|Plan visits" {
			t.Errorf("duties %q", got)
		}
		if c := org.Node("sales").Code(); c != "" {
			t.Errorf("the department took the code %q", c)
		}
	})
	for _, tc := range []struct{ name, formula, want string }{
		{"an unknown function", `NOSUCHFUNCTION(1)`, "org.xlsx[Sheet1]:3: column B (Duty): a formula with no stored value that dutymap cannot compute: =NOSUCHFUNCTION(1)"},
		{"another workbook", `[1]Sheet1!A1`, "org.xlsx[Sheet1]:3: column B (Duty): a formula with no stored value that dutymap cannot compute: =[1]Sheet1!A1"},
		{"an error it computes", `1/0`, "org.xlsx[Sheet1]:3: column B (Duty): a formula with no stored value that dutymap cannot compute: =1/0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importXLSX(t, workbook(t, rowsWith(tc.formula), nil))
			errs := res.Problems.Errors()
			if len(errs) != 1 || !strings.Contains(errs[0].String(), tc.want) || !strings.Contains(errs[0].Fix, "save it") {
				t.Errorf("want one problem %q with a fix, got:\n%s", tc.want, res.Problems)
			}
			if res.Files != nil {
				t.Error("files to write despite a problem")
			}
		})
	}
	// A column with no header is not imported, so its formula refuses no
	// row: the note skipping the column names it by its letter and shows
	// the formula (tryout25 T13: the row was refused). A stored error
	// value there is the same, and a formula the sheet cannot compute
	// under a header still refuses its row.
	t.Run("a column with no header", func(t *testing.T) {
		book := workbook(t, func(f *excelize.File, s string) {
			rowsWith(`CONCATENATE("Negotiate ","prices")`)(f, s)
			f.SetCellFormula(s, "E3", `NOSUCHFUNCTION(1)`)
			f.SetCellFormula(s, "F2", `1+1`)
		}, func(x string) string {
			return regexp.MustCompile(`<c r="F2"[^>]*>.*?</c>`).ReplaceAllString(x, `<c r="F2" t="e"><f>#REF!</f><v>#REF!</v></c>`)
		})
		res := importXLSX(t, book)
		want := skippedNote("org.xlsx[Sheet1]:1", "E", "row 3's value was not imported (“=NOSUCHFUNCTION(1)”)") + "\n" +
			skippedNote("org.xlsx[Sheet1]:1", "F", "row 2's value was not imported (“#REF!”)")
		if got := problemText(res); got != want {
			t.Errorf("want\n%s\ngot\n%s", want, got)
		}
		org := mustOrg(t, res)
		if got := strings.Join(duties(org, "sales"), "|"); got != "Visit customers|Negotiate prices|Plan visits" {
			t.Errorf("duties %q", got)
		}
		res = importXLSX(t, workbook(t, func(f *excelize.File, s string) {
			rowsWith(`NOSUCHFUNCTION(1)`)(f, s)
			f.SetCellFormula(s, "E3", `NOSUCHFUNCTION(2)`)
		}, nil))
		if errs := res.Problems.Errors(); len(errs) != 1 || !strings.HasPrefix(errs[0].String(), "org.xlsx[Sheet1]:3: column B (Duty): a formula with no stored value that dutymap cannot compute: =NOSUCHFUNCTION(1)") {
			t.Errorf("want row 3 refused for column B, got:\n%s", res.Problems)
		}
	})
	// A column whose header no field reads is not imported either: its
	// formula refuses no row, and the header is listed as ignored.
	t.Run("an ignored column", func(t *testing.T) {
		res := importXLSX(t, workbook(t, func(f *excelize.File, s string) {
			rowsWith(`CONCATENATE("Negotiate ","prices")`)(f, s)
			f.SetCellValue(s, "D1", "Check")
			f.SetCellFormula(s, "D3", `NOSUCHFUNCTION(1)`)
		}, nil))
		if len(res.Problems) != 0 || !slices.Equal(res.Mapping.Ignored, []string{"Check"}) {
			t.Errorf("want Check ignored and no problem, got %q:\n%s", res.Mapping.Ignored, res.Problems)
		}
		if got := strings.Join(duties(mustOrg(t, res), "sales"), "|"); got != "Visit customers|Negotiate prices|Plan visits" {
			t.Errorf("duties %q", got)
		}
	})
	t.Run("a workbook too large to compute", func(t *testing.T) {
		// excelize computes from the whole sheet in memory: past a bound
		// the row is refused rather than the memory exhausted.
		defer func(n int64) { maxComputedXML = n }(maxComputedXML)
		maxComputedXML = 1 << 10
		res := importXLSX(t, workbook(t, rowsWith(`CONCATENATE("Negotiate ","prices")`), nil))
		errs := res.Problems.Errors()
		want := regexp.MustCompile(`org.xlsx\[Sheet1\]:3: column B \(Duty\): a formula with no stored value, in a workbook too large for dutymap to compute \(\d+ MB of XML, at most \d+ MB\): =CONCATENATE\("Negotiate ","prices"\)`)
		if len(errs) != 1 || !want.MatchString(errs[0].String()) || !strings.Contains(errs[0].Fix, "save it") {
			t.Errorf("want one problem %s with a fix, got:\n%s", want, res.Problems)
		}
	})
	t.Run("a stored error value", func(t *testing.T) {
		book := workbook(t, rowsWith(`1+1`), func(x string) string {
			// What a spreadsheet stores for a formula whose reference broke.
			return b3.ReplaceAllString(x, `<c r="B3" t="e"><f>#REF!</f><v>#REF!</v></c>`)
		})
		res := importXLSX(t, book)
		errs := res.Problems.Errors()
		if want := "org.xlsx[Sheet1]:3: column B (Duty): the cell holds the spreadsheet error #REF!"; len(errs) != 1 || !strings.Contains(errs[0].String(), want) {
			t.Errorf("want %q, got:\n%s", want, res.Problems)
		}
	})
	t.Run("a stored value is kept", func(t *testing.T) {
		book := workbook(t, rowsWith(`1+1`), func(x string) string {
			return b3.ReplaceAllString(x, `<c r="B3" t="str"><f>1+1</f><v>Negotiate prices</v></c>`)
		})
		org := mustOrg(t, importXLSX(t, book))
		if got := strings.Join(duties(org, "sales"), "|"); got != "Visit customers|Negotiate prices|Plan visits" {
			t.Errorf("duties %q", got)
		}
	})
}

// TestMergedCells: a department or section merged down several rows is
// how org spreadsheets are laid out; every cell of a merged range reads as
// its top-left value, as the spreadsheet shows it.
func TestMergedCells(t *testing.T) {
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Section", "Duty"})
		f.SetSheetRow(s, "A2", &[]any{"Sales", "Field", "Visit customers"})
		f.SetSheetRow(s, "A3", &[]any{nil, nil, "Negotiate prices"})
		f.SetSheetRow(s, "A4", &[]any{nil, "Office", "Plan visits"})
		f.SetSheetRow(s, "A5", &[]any{"Finance", "Books", "Keep the ledger"})
		f.SetSheetRow(s, "A6", &[]any{nil, nil, "Close the books"})
		for _, r := range [][2]string{{"A2", "A4"}, {"B2", "B3"}, {"A5", "A6"}, {"B5", "B6"}} {
			if err := f.MergeCell(s, r[0], r[1]); err != nil {
				t.Fatal(err)
			}
		}
	}, nil)
	org := mustOrg(t, importXLSX(t, book))
	for path, want := range map[string]string{
		"sales/field/1": "Visit customers", "sales/field/2": "Negotiate prices", "sales/office/1": "Plan visits",
		"finance/books/1": "Keep the ledger", "finance/books/2": "Close the books",
	} {
		if n := org.Node(path); n == nil || n.Title.In(model.En) != want {
			t.Errorf("%s = %v, want %q", path, n, want)
		}
	}
}

// TestErrorLookingText: text typed as "#N/A" is the text a person typed,
// not an error value; only a cell whose type is an error refuses its row.
func TestErrorLookingText(t *testing.T) {
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty", "Code"})
		f.SetSheetRow(s, "A2", &[]any{"Sales", "#N/A", 1})
		f.SetSheetRow(s, "A3", &[]any{"Sales", " #REF! ", 2})
	}, nil)
	org := mustOrg(t, importXLSX(t, book))
	if got := strings.Join(duties(org, "sales"), "|"); got != "#N/A|#REF!" {
		t.Errorf("duties %q", got)
	}
}

// TestMergedCellsPastTheRowsEnd: a range merged down the last column
// leaves the rows below its top shorter than the others; they read its
// value too, though the rows before them gave no reason to ask for the
// merged ranges.
func TestMergedCellsPastTheRowsEnd(t *testing.T) {
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Duty", "Code", "Department"})
		f.SetSheetRow(s, "A2", &[]any{"Visit customers", 1, "Sales"})
		f.SetSheetRow(s, "A3", &[]any{"Negotiate prices", 2})
		f.SetSheetRow(s, "A4", &[]any{"Keep the ledger", 3, "Finance"})
		if err := f.MergeCell(s, "C2", "C3"); err != nil {
			t.Fatal(err)
		}
	}, nil)
	org := mustOrg(t, importXLSX(t, book))
	if got := strings.Join(duties(org, "sales"), "|"); got != "Visit customers|Negotiate prices" {
		t.Errorf("sales duties %q", got)
	}
	if got := strings.Join(duties(org, "finance"), "|"); got != "Keep the ledger" {
		t.Errorf("finance duties %q", got)
	}
}

// TestDecimalCodesAreNoted: a code cell the workbook holds as a number
// with a fraction shows without its trailing zeros (3.10 typed reads 3.1):
// imported as shown, with one note naming its rows; a code kept as text,
// a whole number, or a number whose format shows its digits is not noted.
// Typing the codes as text, as the note says, imports them as typed.
func TestDecimalCodesAreNoted(t *testing.T) {
	book := func(asText bool) []byte {
		return workbook(t, func(f *excelize.File, s string) {
			rows := [][]any{
				{"Department", "Section", "Duty", "Code"},
				{"Sales", "Selling", "Visit shops.", 3.10},
				{"Sales", "Selling", "Take orders.", 3.2},
				{"Sales", "Selling", "Collect payment.", "3.3"},
				{"Sales", "Selling", "Keep the books.", 4},
				{"Sales", "Selling", "Count stock.", 3.50},
				{"Sales", "Selling", "Close the till.", 3.6},
			}
			for i, r := range rows {
				for j, v := range r {
					if asText && i > 0 && j == 3 {
						v = map[int]string{1: "3.10", 2: "3.2", 3: "3.3", 4: "4", 5: "3.50", 6: "3.6"}[i]
					}
					ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
					f.SetCellValue(s, ref, v)
				}
			}
			if !asText {
				// Row 6's code shows two decimals: what the reader sees.
				style, _ := f.NewStyle(&excelize.Style{NumFmt: 2}) // 0.00
				f.SetCellStyle(s, "D6", "D6", style)
			}
		}, nil)
	}
	res := importXLSX(t, book(false))
	want := "org.xlsx[Sheet1]:2: note: column D (Code): the code is a number in the workbook, and a number drops its trailing zeros: a code typed 3.10 reads 3.1 (also rows 3 and 7)\n" +
		"  the codes are imported as shown; if one should read otherwise, format the column as Text (Format Cells › Text), type it again and import the sheet again"
	if got := problemLines(res.Problems); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	org := mustOrg(t, res)
	for path, code := range map[string]string{"sales/selling/1": "3.1", "sales/selling/5": "3.50", "sales/selling/3": "3.3"} {
		if got := org.Node(path).Code(); got != code {
			t.Errorf("%s: code %q, want %q", path, got, code)
		}
	}
	res = importXLSX(t, book(true))
	if len(res.Problems) != 0 || mustOrg(t, res).Node("sales/selling/1").Code() != "3.10" {
		t.Errorf("codes typed as text: %s", res.Problems)
	}
}
