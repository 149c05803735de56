package cli

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The description cells of linesSheet: lines a reader expects to see as
// lines, and lines that Markdown would read as a list, heading, quote,
// table, code block or rule. Each is the cell of a section (Section N) and
// of a duty (Duty N).
var linesCells = []string{
	"Notes:\n1、审核\n2、发布",
	"Steps:\n1. Review the draft.\n2) Publish it.",
	"- not a list\n* nor this\n# not a heading\n> not a quote",
	"| a | b |\n|---|---|\n| 1 | 2 |",
	"Title\n---\n```\nnot code\n```",
	"First paragraph.\n\nSecond paragraph,\nits second line.",
	"C:\\dir\\\n\\# with a backslash",
	"Intro\n\n    An indented paragraph,\n\tnot code.",
}

// linesSheet is a CSV sheet of linesCells with the line ends given: CRLF
// (Excel on Windows) or LF.
func linesSheet(t *testing.T, eol string) string {
	t.Helper()
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = eol == "\r\n"
	rows := [][]string{{"Department", "Section", "Duty", "Description"}}
	for i, c := range linesCells {
		c = strings.ReplaceAll(c, "\n", eol)
		rows = append(rows,
			[]string{"Sales", "Section " + string(rune('A'+i)), "", c},
			[]string{"Sales", "Section " + string(rune('A'+i)), "Duty " + string(rune('A'+i)) + ".", c})
	}
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A description cell reads on the page as it was typed: each line on a
// line of its own, a line that starts with "- ", "1. ", "#", ">" or "|"
// as the text it is; and export writes the cell back as it was, CRLF or
// LF, to CSV and to a workbook (docs/import.md: "line breaks inside the
// cell are kept").
func TestImportKeepsTheLinesOfACell(t *testing.T) {
	for _, eol := range []string{"\r\n", "\n"} {
		name := map[string]string{"\r\n": "crlf", "\n": "lf"}[eol]
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			sheetFile := filepath.Join(dir, "lines.csv")
			writeFile(t, sheetFile, linesSheet(t, eol))
			out := filepath.Join(dir, "org")
			run(t, "import", sheetFile, "--out", out).ok(t)
			for i, c := range linesCells {
				letter := string(rune('a' + i))
				for _, path := range []string{"sales/section-" + letter, "sales/section-" + letter + "/1"} {
					page := run(t, "--builtin=false", "--content", out, "show", path, "--width", "60").ok(t).out
					assertLinesShown(t, path, page, c)
				}
			}

			book := filepath.Join(dir, "org.xlsx")
			csvOut := run(t, "--builtin=false", "--content", out, "export", "--format", "csv").ok(t).out
			run(t, "--builtin=false", "--content", out, "export", "--format", "xlsx", "-o", book).ok(t)
			rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(book)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			bookRows, err := f.GetRows(f.GetSheetName(0))
			if err != nil {
				t.Fatal(err)
			}
			for what, rows := range map[string][][]string{"csv": rows, "xlsx": bookRows} {
				got := descriptions(t, rows)
				// The CSV keeps a spreadsheet from reading "- …" as a
				// formula with a leading ', which import takes off.
				if what == "csv" {
					for i, c := range got {
						got[i] = strings.TrimPrefix(c, "'")
					}
				}
				var want []string
				for _, c := range linesCells {
					want = append(want, c, c)
				}
				if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
					t.Errorf("%s: exported descriptions:\n%q\nwant the cells as imported:\n%q", what, got, want)
				}
			}
		})
	}
}

// descriptions are the non-empty description_en cells of an export.
func descriptions(t *testing.T, rows [][]string) []string {
	t.Helper()
	col := -1
	for i, h := range rows[0] {
		if h == "description_en" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no description_en column in %q", rows[0])
	}
	var out []string
	for _, r := range rows[1:] {
		if col < len(r) && r[col] != "" {
			out = append(out, r[col])
		}
	}
	return out
}

// assertLinesShown checks that the page shows each line of the cell as a
// line of its own, and a blank line between paragraphs, with nothing of
// the Markdown that keeps them so.
func assertLinesShown(t *testing.T, path, page, cell string) {
	t.Helper()
	var shown []string
	for _, l := range strings.Split(page, "\n") {
		shown = append(shown, strings.TrimSpace(l))
	}
	text := strings.Join(shown, "\n")
	var lines []string
	for _, l := range strings.Split(cell, "\n") {
		lines = append(lines, strings.TrimSpace(l)) // indentation is not shown
	}
	want := strings.Join(lines, "\n")
	if !strings.Contains(text, "\n"+want+"\n") {
		t.Errorf("show %s does not show the cell line by line:\n%s\nwant the lines:\n%s", path, page, cell)
	}
}

// A trait cell of several lines stays inside its row of the traits table,
// each line on a line of its own, on the page and in the Markdown export;
// a line break there once ended the table, and the rows after it ran
// together as text.
func TestImportedTraitOfSeveralLinesStaysInTheTable(t *testing.T) {
	dir := t.TempDir()
	sheetFile := filepath.Join(dir, "traits.csv")
	writeFile(t, sheetFile, "Department,Trait objective,Duty\nSales,\"Profit\n- growth\",Call customers.\n")
	out := filepath.Join(dir, "org")
	run(t, "import", sheetFile, "--out", out).ok(t)
	page := run(t, "--builtin=false", "--content", out, "show", "sales", "--width", "70").ok(t).out
	var rows []string
	for _, l := range strings.Split(page, "\n") {
		if strings.Contains(l, "│") {
			rows = append(rows, strings.Join(strings.Fields(l), " "))
		}
	}
	// The page lists only the dimensions the content gives (ui22).
	want := []string{"Dimension │ This department", "Objective │ Profit", "│ - growth"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("the traits table shows:\n%s\nwant its rows:\n%s\npage:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"), page)
	}
	md := run(t, "--builtin=false", "--content", out, "export", "--format", "md").ok(t).out
	// The export's table has the same one row (model.GivenTraits).
	mustContain(t, md, "| Dimension | This department |\n|---|---|\n| Objective | Profit<br>\\- growth |\n\n")
	csvOut := run(t, "--builtin=false", "--content", out, "export", "--format", "csv").ok(t).out
	mustContain(t, csvOut, "\"Profit\n- growth\"")
}
