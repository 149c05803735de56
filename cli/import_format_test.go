package cli

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A file whose contents are not what its name says gets a fix that
// works (hostile14 #10): a workbook saved as .csv was read as CSV text
// and got "import it again with --encoding windows-1252"; it is read as
// the workbook it is, with a note. A CSV file named .xlsx said "zip: not
// a valid zip file" with no fix; other files get what to save them as.
// --sheet for a CSV file was ignored without a word.
func TestImportFileNotWhatItsNameSays(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "real.csv")
	handBook(t, book, handHeader+`<row r="2">`+inline("A2", "Sales")+sharedCell("B2", "0")+`</row>`, "Visit customers.")
	r := run(t, "import", book, "--out", filepath.Join(dir, "o1")).ok(t)
	if want := "dutymap import: " + book + " is an Excel workbook (XLSX), not CSV text: reading it as a workbook (rename it " +
		filepath.Join(dir, "real.xlsx") + " to say so)\n"; r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	mustContain(t, readFile(t, filepath.Join(dir, "o1", "en", "sales.md")), "- Visit customers.")

	for _, tc := range []struct{ name, text, want string }{
		{"fake.xlsx", "Department,Duty\nSales,Visit customers.\n",
			" is text, not an XLSX workbook (a zip file)\n  fix: if it is CSV, rename it " + filepath.Join(dir, "fake.csv") + " and import that\n"},
		{"old.csv", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 504),
			" is a password-protected workbook, or an Excel 97–2003 one (.xls), not CSV text\n" +
				"  fix: open it in Excel, remove its password if it has one (File, Info, Protect Workbook), save it as .xlsx (File, Save As) and import that\n"},
		{"locked.xlsx", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 504),
			" is a password-protected workbook, or an Excel 97–2003 one (.xls), not an XLSX workbook\n" +
				"  fix: open it in Excel, remove its password if it has one (File, Info, Protect Workbook), save it as .xlsx (File, Save As) and import that\n"},
		{"page.xlsx", "<html><body><table><tr><td>Department</td></tr></table></body></html>",
			" is a web page (HTML), not an XLSX workbook\n  fix: open it in a spreadsheet program, save it as .xlsx or .csv (File, Save As) and import that\n"},
		{"empty.xlsx", "", " is empty, not an XLSX workbook\n  fix: save the workbook again from the spreadsheet program\n"},
		{"data.xlsx", "\x00\x01\x02binary", " is not an XLSX workbook (not a zip file)\n  fix: open it in the program that made it and save it as .xlsx or .csv\n"},
	} {
		file := filepath.Join(dir, tc.name)
		writeFile(t, file, tc.text)
		r := run(t, "import", file, "--out", filepath.Join(dir, "o2")).fails(t, 1)
		if want := "dutymap import: " + file + tc.want; r.err != want {
			t.Errorf("%s: stderr:\n%s\nwant:\n%s", tc.name, r.err, want)
		}
	}

	ods := filepath.Join(dir, "sheet.csv")
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.spreadsheet"))
	z.Close()
	writeFile(t, ods, buf.String())
	r = run(t, "import", ods, "--out", filepath.Join(dir, "o3")).fails(t, 1)
	mustContain(t, r.err, "dutymap import: "+ods+" is an OpenDocument spreadsheet (.ods), not CSV text\n")

	csvFile := filepath.Join(dir, "ok.csv")
	writeFile(t, csvFile, "Department,Duty\nSales,Visit customers.\n")
	r = run(t, "import", csvFile, "--sheet", "Nope", "--out", filepath.Join(dir, "o4")).fails(t, 2)
	if want := "dutymap import: --sheet Nope: " + csvFile + " is CSV, which has one sheet; leave --sheet out\n"; r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
}

// TestImportSaysCSVFlagsDoNotApplyToAWorkbook: --encoding and --separator
// given with a workbook (named .csv, or .xlsx) were ignored without a
// word. The workbook is still read (its text needs neither, so the
// outcome is what was asked for), and a note says the flags were not
// used and to leave them out; a flag's value is shown as a name is.
func TestImportSaysCSVFlagsDoNotApplyToAWorkbook(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "staff.csv")
	handBook(t, book, handHeader+`<row r="2">`+inline("A2", "Sales")+sharedCell("B2", "0")+`</row>`, "Visit customers.")
	r := run(t, "import", book, "--out", filepath.Join(dir, "o1"), "--encoding", "gb18030", "--separator", "semicolon").ok(t)
	if want := "dutymap import: " + book + " is an Excel workbook (XLSX), not CSV text: reading it as a workbook (rename it " +
		filepath.Join(dir, "staff.xlsx") + " to say so)\n" +
		"dutymap import: --encoding gb18030 and --separator semicolon are for CSV text; " + book +
		" is read as a workbook, which has no encoding or separator to choose: leave them out\n"; r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	mustContain(t, readFile(t, filepath.Join(dir, "o1", "en", "sales.md")), "- Visit customers.")

	named := filepath.Join(dir, "staff.xlsx")
	handBook(t, named, handHeader+`<row r="2">`+inline("A2", "Sales")+sharedCell("B2", "0")+`</row>`, "Visit customers.")
	r = run(t, "import", named, "--out", filepath.Join(dir, "o2"), "--encoding", "big5\x1b[2J").ok(t)
	if want := "dutymap import: --encoding $'big5\\e[2J' is for CSV text; " + named +
		" is read as a workbook, which has no encoding or separator to choose: leave it out\n"; r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}

	// A CSV file takes them without a note.
	csvFile := filepath.Join(dir, "ok.csv")
	writeFile(t, csvFile, "Department;Duty\nSales;Visit customers.\n")
	if r := run(t, "import", csvFile, "--out", filepath.Join(dir, "o3"), "--encoding", "utf-8", "--separator", "semicolon").ok(t); strings.Contains(r.err, "for CSV text") {
		t.Errorf("a note for a CSV file:\n%s", r.err)
	}
}

// A workbook cut short (a download or copy that stopped) was told it is
// "a zip file that holds no workbook" and to unzip it, which cannot be
// done; it is told it is damaged, with fixes that work: the whole file
// imports. A zip that is whole but holds no workbook keeps its message.
func TestImportWorkbookCutShort(t *testing.T) {
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.xlsx")
	handBook(t, whole, handHeader+`<row r="2">`+inline("A2", "Sales")+sharedCell("B2", "0")+`</row>`, "Visit customers.")
	data := readFile(t, whole)
	for _, keep := range []int{len(data) / 2, len(data) - 10} {
		cut := filepath.Join(dir, "cut.xlsx")
		writeFile(t, cut, data[:keep])
		r := run(t, "import", cut, "--out", filepath.Join(dir, "o1")).fails(t, 1)
		want := "dutymap import: " + cut + " is a zip archive that is damaged or cut short: its list of parts cannot be read\n" +
			"  fix: if it was downloaded or copied, get it again; else open it in the spreadsheet program (which may repair it), save it again and import that\n"
		if r.err != want {
			t.Errorf("cut to %d of %d bytes: stderr:\n%s\nwant:\n%s", keep, len(data), r.err, want)
		}
	}
	run(t, "import", whole, "--out", filepath.Join(dir, "o2")).ok(t)

	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("notes.txt")
	w.Write([]byte("no sheet here"))
	z.Close()
	other := filepath.Join(dir, "notes.xlsx")
	writeFile(t, other, buf.String())
	mustContain(t, run(t, "import", other, "--out", filepath.Join(dir, "o3")).fails(t, 1).err, " is a zip file that holds no workbook, not an XLSX workbook\n")
}

// TestImportUnknownEncodingIsUsage: an unknown --encoding for a CSV file
// is wrong usage (exit 2), said before the output folder is looked at:
// into a folder that is not empty the user learnt only of --force
// (tryout24 H19).
func TestImportUnknownEncodingIsUsage(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "staff.csv")
	writeFile(t, file, "Department,Duty\nSales,Sell.\n")
	writeFile(t, filepath.Join(dir, "staff", "x.txt"), "mine")
	r := run(t, "import", file, "--out", filepath.Join(dir, "staff"), "--encoding", "klingon").fails(t, 2)
	mustContain(t, r.err, `dutymap import: --encoding "klingon": use a name such as utf-8, gb18030, big5 or windows-1252`)
	if strings.Contains(r.err, "not empty") {
		t.Errorf("the folder was looked at first:\n%s", r.err)
	}
	// Before a missing file too (verify24 V8).
	r = run(t, "import", filepath.Join(dir, "missing.csv"), "--encoding", "klingon").fails(t, 2)
	mustContain(t, r.err, `dutymap import: --encoding "klingon": use a name such as`)
}
