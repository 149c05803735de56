package cli

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/dutymap/dutymap/sheet"
)

var updateExamples = flag.Bool("update-examples", false, "rewrite docs/examples/staff.xlsx from staff.csv")

const exampleCSV = "../docs/examples/staff.csv"
const exampleXLSX = "../docs/examples/staff.xlsx"

// TestImportTheDocsExample follows docs/import.md: import the example
// spreadsheet (CSV and XLSX), validate the folder, open pages by path,
// code and breadcrumb.
func TestImportTheDocsExample(t *testing.T) {
	if *updateExamples {
		data, err := os.ReadFile(exampleCSV)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var book bytes.Buffer
		if err := sheet.WriteXLSX(&book, slices.Values(rows)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(exampleXLSX, book.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var exports []string
	for _, file := range []string{exampleCSV, exampleXLSX} {
		dir := filepath.Join(t.TempDir(), "staff")
		r := run(t, "import", file, "--out", dir).ok(t)
		mustContain(t, r.out, "Read 15 rows", "Department → department", "Position → position", "Code → code",
			"Wrote 3 files to "+dir+": 3 departments, 12 sections, 10 duties (en).", "dutymap validate "+dir)
		mustContain(t, run(t, "validate", dir).ok(t).out, "ok: 3 departments, 12 sections, 10 duties")
		flags := []string{"--content", dir, "--builtin=false"}
		mustContain(t, run(t, append(flags, "show", "S.2.2")...).ok(t).out, "# Handle returns and complaints.", "Escalate complaints")
		mustContain(t, run(t, append(flags, "show", "sales/customer-service/service-agent")...).ok(t).out, "# Service agent")
		mustContain(t, run(t, append(flags, "show", "Finance › Audit")...).ok(t).out, "No duties yet")
		exports = append(exports, run(t, append(flags, "export", "--format", "csv")...).ok(t).out)
	}
	if exports[0] != exports[1] {
		t.Error("docs/examples/staff.xlsx and staff.csv import differently; rerun with -update-examples")
	}
}

// TestImportRoundTrip: export, import, export gives the same bytes, as CSV
// and as XLSX, for the built-in content and a user's folder.
func TestImportRoundTrip(t *testing.T) {
	for _, flags := range [][]string{nil, {"--content", myorg, "--builtin=false"}} {
		first := run(t, append(flags, "export", "--format", "csv")...).ok(t).out
		for _, format := range []string{"csv", "xlsx"} {
			dir := t.TempDir()
			file := filepath.Join(dir, "org."+format)
			writeFile(t, file, run(t, append(flags, "export", "--format", format)...).ok(t).out)
			run(t, "import", file, "--out", filepath.Join(dir, "org")).ok(t)
			again := run(t, "--content", filepath.Join(dir, "org"), "--builtin=false", "export", "--format", "csv").ok(t).out
			if again != first {
				t.Errorf("%v through %s: the second export differs", flags, format)
			}
		}
	}
}

func TestImportProblemsWriteNothing(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bad.csv")
	writeFile(t, file, "Department,Section,Duty,Code\nSales,Selling,Visit customers,1\n,Selling,Orphan,2\nSales,Selling,Collect,\"3\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "out"))
	if r.code != 1 || r.out != "" {
		t.Fatalf("exit %d, stdout %q", r.code, r.out)
	}
	mustContain(t, r.err, file+":3: column A (Department): the row has no department", file+":4: a quoted cell is not closed", "2 problems found in "+file+"; nothing was written.")
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("a folder was written despite the problems")
	}
}

func TestImportFolderRules(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "staff")
	writeFile(t, filepath.Join(out, "notes.txt"), "mine")
	mustContain(t, run(t, "import", exampleCSV, "--out", out).fails(t, 1).err, "not empty", "--force")
	run(t, "import", exampleCSV, "--out", out, "--force").ok(t)
	if readFile(t, filepath.Join(out, "notes.txt")) != "mine" {
		t.Error("--force changed a file import does not own")
	}
	// A department no longer in the sheet is kept, and import says so
	// (tryout N22).
	writeFile(t, filepath.Join(out, "en", "gone.md"), "---\nid: gone\nname: Gone\n---\n")
	mustContain(t, run(t, "import", exampleCSV, "--out", out, "--force").ok(t).out, "Kept 1 file the sheet does not have, which dutymap still reads as content: en/gone.md.")
	// By default the folder is named after the file.
	t.Chdir(dir)
	mustContain(t, run(t, "import", filepath.Join("..", filepath.Base(dir), "staff", "..", "..", filepath.Base(dir), "notes.csv")).fails(t, 1).err, "cannot read")
	writeFile(t, filepath.Join(dir, "team.csv"), "Department,Duty\nSales,Sell.\n")
	mustContain(t, run(t, "import", "team.csv").ok(t).out, "Wrote 1 file to team:")
	mustContain(t, run(t, "import", "team.xls").fails(t, 1).err, "save it as .xlsx or .csv")
	mustContain(t, run(t, "import", "team.csv", "--column", "duty").fails(t, 2).err, "write FIELD=HEADER")
	mustContain(t, run(t, "import", "team.csv", "--out", "t2", "--column", "task=Duty").fails(t, 1).err, `"task" is not a field`)
}

// TestImportONET is the test: a spreadsheet made from the O*NET
// task statements (occupations as positions under their SOC major group,
// tasks as duties, Task IDs as codes) imports, validates and opens, and
// show finds a task by its id. Skipped when ../shared is absent.
func TestImportONET(t *testing.T) {
	data, err := os.ReadFile(onetFile)
	if err != nil {
		t.Skipf("%s is absent", onetFile)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sheetRows := [][]string{{"Department", "Occupation", "O*NET-SOC Code", "Task ID", "Task", "Task Type"}}
	for _, r := range rows[1:] {
		sheetRows = append(sheetRows, []string{socGroups[r[0][:2]], r[1], r[0], r[2], r[3], r[4]})
	}
	dir := t.TempDir()
	var book bytes.Buffer
	if err := sheet.WriteXLSX(&book, slices.Values(sheetRows)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "onet.xlsx")
	writeFile(t, file, book.String())
	out := filepath.Join(dir, "onet")
	r := run(t, "import", file, "--out", out, "--column", "position-code=O*NET-SOC Code").ok(t)
	t.Logf("%s", r.out)
	mustContain(t, r.out, "Occupation → position", "Task ID → code", "Ignored: Task Type", "923 sections, 18797 duties")
	run(t, "validate", out).ok(t)
	flags := []string{"--content", out, "--builtin=false"}
	page := run(t, append(flags, "show", "8823")...).ok(t).out
	mustContain(t, page, "*Management › Chief Executives*", "# Direct or coordinate an organization's financial or budget activities")
	mustContain(t, run(t, append(flags, "show", "11-1011.00")...).ok(t).out, "# Chief Executives")
	csvOut := run(t, append(flags, "export", "--format", "csv")...).ok(t).out
	if n := strings.Count(csvOut, ",duty,"); n != len(rows)-1 {
		t.Errorf("%d duty rows exported, want %d", n, len(rows)-1)
	}
}

const onetFile = "../../shared/data/onet-task-statements.csv"

// socGroups are the major groups of the 2018 Standard Occupational
// Classification, by the first two digits of an O*NET-SOC code.
var socGroups = map[string]string{
	"11": "Management", "13": "Business and Financial Operations", "15": "Computer and Mathematical",
	"17": "Architecture and Engineering", "19": "Life, Physical, and Social Science", "21": "Community and Social Service",
	"23": "Legal", "25": "Educational Instruction and Library", "27": "Arts, Design, Entertainment, Sports, and Media",
	"29": "Healthcare Practitioners and Technical", "31": "Healthcare Support", "33": "Protective Service",
	"35": "Food Preparation and Serving Related", "37": "Building and Grounds Cleaning and Maintenance",
	"39": "Personal Care and Service", "41": "Sales and Related", "43": "Office and Administrative Support",
	"45": "Farming, Fishing, and Forestry", "47": "Construction and Extraction", "49": "Installation, Maintenance, and Repair",
	"51": "Production", "53": "Transportation and Material Moving", "55": "Military Specific",
}

// TestImportGB18030 imports a real GB18030 file (what Excel on Chinese
// Windows saves as "CSV"), Chinese headers included: without --encoding
// the header is reported as text that is not UTF-8, read the way it was
// meant, with the flag that imports it; with that flag it imports.
func TestImportGB18030(t *testing.T) {
	const file = "testdata/gb18030.csv"
	dir := filepath.Join(t.TempDir(), "org")
	r := run(t, "import", file, "--out", dir).fails(t, 1)
	mustContain(t, r.err, "gb18030.csv:1: column A: the header is not UTF-8 text; read as GB18030 it says: 部门, 岗位, 职责",
		"fix: import it again with --encoding gb18030")
	if strings.Contains(r.err, "no column reads as the department") {
		t.Errorf("the header's encoding diagnosed as a missing column:\n%s", r.err)
	}
	r = run(t, "import", file, "--out", dir, "--encoding", "gb18030").ok(t)
	mustContain(t, r.out, "部门 → department", "Wrote 1 file")
	mustContain(t, run(t, "--content", dir, "--builtin=false", "show", "销售部 › 销售员").ok(t).out, "拜访客户", "收集客户意见")
}

// TestImportForceNamesWhatTheSheetNoLongerHas: importing again over the
// folder, after deleting a department from the sheet, says which files are
// left from before (the loader still reads them) and how to remove them;
// --prune removes them, and nothing but content files, never through a
// link.
func TestImportForceNamesWhatTheSheetNoLongerHas(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "org")
	both, one := filepath.Join(dir, "both.csv"), filepath.Join(dir, "one.csv")
	writeFile(t, both, "Department,Section,Duty\nSales,Field,Visit customers\nFinance,Books,Keep the books\n")
	writeFile(t, one, "Department,Section,Duty\nSales,Field,Visit customers\n")
	run(t, "import", both, "--out", out).ok(t)
	writeFile(t, filepath.Join(out, "notes.txt"), "mine")
	// What the loader passes over is no one's content: neither listed nor removed.
	leftovers := []string{filepath.Join(out, "en", "._finance.md"), filepath.Join(out, "en", ".git", "x.md")}
	for _, name := range leftovers {
		writeFile(t, name, "mine")
	}
	if err := os.Symlink(filepath.Join(out, "en", "sales.md"), filepath.Join(out, "en", "link.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}

	r := run(t, "import", one, "--out", out, "--force").ok(t)
	mustContain(t, r.out, "Kept 1 file the sheet does not have, which dutymap still reads as content: en/finance.md.",
		"import again with --force --prune to remove them")
	if _, err := os.Stat(filepath.Join(out, "en", "finance.md")); err != nil {
		t.Fatal("--force without --prune removed a file:", err)
	}

	r = run(t, "import", one, "--out", out, "--force", "--prune").ok(t)
	mustContain(t, r.out, "Removed 1 file the sheet does not have: en/finance.md.")
	if _, err := os.Stat(filepath.Join(out, "en", "finance.md")); err == nil {
		t.Error("--prune kept en/finance.md")
	}
	for _, name := range append(leftovers, filepath.Join(out, "notes.txt")) {
		if readFile(t, name) != "mine" {
			t.Error("--prune touched a file that is not content:", name)
		}
	}
	if _, err := os.Lstat(filepath.Join(out, "en", "link.md")); err != nil {
		t.Error("--prune removed a link:", err)
	}
	os.Remove(filepath.Join(out, "en", "link.md"))
	mustContain(t, run(t, "validate", out).ok(t).out, "ok: 1 department")
}

// TestImportForceKeepsSourcesAndGroups: the sheet carries only source ids
// and group names, so importing it again over the folder it came from
// keeps what the folder's sources.yaml and groups.yaml say (titles, url,
// ref, a group's sources): the round trip leaves both byte for byte, with
// and without --prune. A new source id adds just its entry; one the sheet
// no longer cites is kept, unless --prune, which removes just that entry
// and says so; a renamed group keeps its sources.
func TestImportForceKeepsSourcesAndGroups(t *testing.T) {
	dir := t.TempDir()
	org := filepath.Join(dir, "org3")
	run(t, "init", org).ok(t)
	sources, groups := filepath.Join(org, "sources.yaml"), filepath.Join(org, "groups.yaml")
	wantSources, wantGroups := readFile(t, sources), readFile(t, groups)
	sheet := run(t, "--builtin=false", "--content", org, "export", "--format", "csv").ok(t).out
	csv := filepath.Join(dir, "org3.csv")
	importSheet := func(text string, flags ...string) result {
		t.Helper()
		writeFile(t, csv, text)
		return run(t, append([]string{"import", csv, "--out", org, "--force"}, flags...)...).ok(t)
	}
	same := func(how string) {
		t.Helper()
		if got := readFile(t, sources); got != wantSources {
			t.Errorf("%s: sources.yaml changed:\n%s", how, got)
		}
		if got := readFile(t, groups); got != wantGroups {
			t.Errorf("%s: groups.yaml changed:\n%s", how, got)
		}
	}
	for _, flags := range [][]string{nil, {"--prune"}} {
		importSheet(sheet, flags...)
		same(fmt.Sprint("the round trip ", flags))
	}

	cited := "five-differences;furniture-marketing;market-vs-sales-zh"
	if !strings.Contains(sheet, cited) {
		t.Fatalf("the built-in sheet no longer cites %q; change the test", cited)
	}
	r := importSheet(strings.Replace(sheet, cited, cited+";brand-new", 1))
	mustContain(t, r.out, "added brand-new, titled by its id: give it a title.")
	if got := readFile(t, sources); got != wantSources+"- id: brand-new\n  title: brand-new\n" {
		t.Errorf("a new source id did not add just its entry:\n%s", got)
	}
	if got := readFile(t, groups); got != wantGroups {
		t.Errorf("a new source id changed groups.yaml:\n%s", got)
	}

	writeFile(t, sources, wantSources)
	dropped := strings.NewReplacer(";furniture-marketing", "", "furniture-marketing;", "", ",furniture-marketing,", ",,").Replace(sheet)
	r = importSheet(dropped)
	mustContain(t, r.out, "kept furniture-marketing the sheet does not name (--prune removes them)")
	same("a source no longer cited, without --prune")
	r = importSheet(dropped, "--prune")
	mustContain(t, r.out, "removed furniture-marketing the sheet no longer names")
	got := readFile(t, sources)
	if strings.Contains(got, "furniture-marketing") || !strings.Contains(got, "ref: seed 000") || strings.Count(got, "- id:") != strings.Count(wantSources, "- id:")-1 {
		t.Errorf("--prune did not remove just the source no longer cited:\n%s", got)
	}
	mustContain(t, run(t, "check", org).ok(t).out, "ok: no findings")

	r = importSheet(strings.ReplaceAll(sheet, "Front-office departments", "Customer-facing departments"))
	got = readFile(t, groups)
	mustContain(t, got, "Customer-facing departments", "sources: [sina-org]")
	if strings.Contains(got, "Front-office departments") {
		t.Errorf("the group's new name was not written:\n%s", got)
	}
}

// TestImportGuessesChineseFromHeaders: a sheet whose headers are Chinese
// (部门, 岗位, 职责) is imported into zh/, and import says why; --lang
// still decides (tryout5 nit).
func TestImportGuessesChineseFromHeaders(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "zh.csv")
	writeFile(t, file, "部门,岗位,职责\n销售部,销售经理,拜访客户。\n")
	out := filepath.Join(dir, "guessed")
	r := run(t, "import", file, "--out", out).ok(t)
	mustContain(t, r.out, "Language: zh, as the headers 部门, 岗位, 职责 are Chinese (choose another with --lang)")
	if _, err := os.Stat(filepath.Join(out, "zh", "销售部.md")); err != nil {
		entries, _ := os.ReadDir(out)
		t.Errorf("no zh/ file: %v %v", err, entries)
	}
	out = filepath.Join(dir, "given")
	r = run(t, "import", file, "--out", out, "--lang", "en").ok(t)
	if strings.Contains(r.out, "Language:") {
		t.Errorf("--lang given, yet import guessed:\n%s", r.out)
	}
	if _, err := os.Stat(filepath.Join(out, "en")); err != nil {
		t.Errorf("--lang en: %v", err)
	}
	// English headers stay English, without a word.
	file = filepath.Join(dir, "en.csv")
	writeFile(t, file, "Department,Duty\nSales,Sell.\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "en")).ok(t)
	if strings.Contains(r.out, "Language:") || !strings.Contains(r.out, "(en)") {
		t.Errorf("English headers:\n%s", r.out)
	}
}

// TestImportSeparatorFixesWork: a title with a comma over a semicolon file
// imports (tryout 7, defect 5); when the separator cannot be told, the fix
// names --separator, and following every fix given imports the sheet.
func TestImportSeparatorFixesWork(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "semi.csv")
	writeFile(t, file, "Duties, 2024\nDepartment;Section;Duty\nSales;Field;Visit customers; weekly\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "a")).fails(t, 1)
	mustContain(t, r.err, file+`:3: the row has 4 cells but the header has 3`, `fix: put the cell in double quotes; the row is then: Sales;Field;"Visit customers; weekly"`)
	writeFile(t, file, "Duties, 2024\nDepartment;Section;Duty\nSales;Field;\"Visit customers; weekly\"\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "a")).ok(t)
	mustContain(t, r.err, file+":2: note: row 2 taken as the header; row 1 skipped (Duties, 2024)")
	mustContain(t, run(t, "--content", filepath.Join(dir, "a"), "--builtin=false", "show", "Sales › Field").ok(t).out, "Visit customers; weekly")

	// Headers dutymap does not know, and no row to tell the separator by.
	writeFile(t, file, "Duties, 2024\nWho;Where;What\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "b")).fails(t, 1)
	mustContain(t, r.err, "--separator semicolon")
	r = run(t, "import", file, "--out", filepath.Join(dir, "b"), "--separator", "semicolon").fails(t, 1)
	mustContain(t, r.err, "--column department=Who")
	writeFile(t, file, "Duties, 2024\nWho;Where;What\nSales;Field;Visit customers\n")
	run(t, "import", file, "--out", filepath.Join(dir, "b"), "--separator", "semicolon", "--column", "department=Who",
		"--column", "section=Where", "--column", "duty=What").ok(t)
	run(t, "import", file, "--separator", "pipe").fails(t, 2)
}

// A sheet larger than import reads is refused from its size, before any
// of it is read: a sparse 3 GB file costs no disk, and was read whole
// before (hostile12 #1: a Go fatal "out of memory").
func TestImportRefusesAFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"huge.csv", "huge.xlsx"} {
		file := filepath.Join(dir, name)
		f, err := os.Create(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(3 << 30); err != nil {
			f.Close()
			t.Skip("no sparse files here:", err)
		}
		f.Close()
		r := run(t, "import", file, "--out", filepath.Join(dir, "o")).fails(t, 1)
		want := "dutymap import: " + file + " is 3072 MB, larger than the 128 MB import reads; split it into several sheets (a few departments each), import each into a folder of its own, and open them together: dutymap --content A --content B\n"
		if r.err != want {
			t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
		}
	}
}

// A sheet with many columns import does not know lists the first few
// and a count, not every header (hostile12 #9: 789 KB on one line).
func TestImportListsAFewIgnoredColumns(t *testing.T) {
	dir := t.TempDir()
	header, row := []string{"Department", "Duty"}, []string{"Sales", "Sell."}
	for i := range 1000 {
		header, row = append(header, fmt.Sprintf("c%d", i)), append(row, "")
	}
	file := filepath.Join(dir, "wide.csv")
	writeFile(t, file, strings.Join(header, ",")+"\n"+strings.Join(row, ",")+"\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "o")).ok(t)
	mustContain(t, r.out, "\n  Ignored: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 990 more columns (name them with --column FIELD=HEADER to use them)\n")
}

// A UTF-16 CSV with its byte order mark is read as UTF-16, with or without
// --encoding; it was read as Windows-1252, whose fix failed (hostile12
// #9), then refused with a fix naming the encoding (tryout16 nit 10).
func TestImportUTF16(t *testing.T) {
	dir := t.TempDir()
	text := "Department,Duty\r\nSales,Sell things.\r\n"
	for _, c := range []struct{ enc, name string }{{"utf-16", "UTF-16"}, {"utf-16be", "UTF-16 (big-endian)"}} {
		var data []byte
		for _, u := range utf16.Encode([]rune("\ufeff" + text)) {
			if c.enc == "utf-16" {
				data = append(data, byte(u), byte(u>>8))
			} else {
				data = append(data, byte(u>>8), byte(u))
			}
		}
		file := filepath.Join(dir, c.enc+".csv")
		writeFile(t, file, string(data))
		out := filepath.Join(dir, c.enc)
		// The byte order mark is sure of the encoding: no --encoding needed
		// (tryout16 nit 10); the flag still reads it.
		mustContain(t, run(t, "import", file, "--out", out).ok(t).out, "Read 1 row", "Wrote 1 file")
		mustContain(t, run(t, "import", file, "--out", out, "--force", "--encoding", c.enc).ok(t).out, "Read 1 row", "Wrote 1 file")
		mustContain(t, run(t, "--content", out, "--builtin=false", "show", "sales").ok(t).out, "Sell things.")
	}
}

// TestImportARenamedCellIsOneProblem: a department renamed on its own row
// only (tryout12 #10) is one problem naming the rows of each name, exit 1,
// and the fix, followed, imports.
func TestImportARenamedCellIsOneProblem(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "org.csv")
	sheet := func(name string) string {
		s := "path,kind,department_en,section_en,duty_en\nfinance,department," + name + ",,\n"
		for i := 1; i <= 4; i++ {
			s += fmt.Sprintf("finance/books/%d,duty,Finance,Books,Keep ledger %d.\n", i, i)
		}
		return s
	}
	writeFile(t, file, sheet("Finance department"))
	r := run(t, "import", file, "--out", filepath.Join(dir, "org")).fails(t, 1)
	want := file + `:2: column C (department_en): two names for the department finance: "Finance department" on row 2 and "Finance" on rows 3–6
  fix: give it one name: write "Finance" on row 2 (or "Finance department" on rows 3–6); if they are two units, give them different ids in the path column
1 problem found in ` + file + "; nothing was written.\n"
	if r.err != want {
		t.Errorf("got:\n%s\nwant:\n%s", r.err, want)
	}
	writeFile(t, file, sheet("Finance"))
	mustContain(t, run(t, "import", file, "--out", filepath.Join(dir, "org")).ok(t).out, "1 department, 1 section, 4 duties")
}

// Two columns guessed as one field (Notes and Details, Task and Duty, two
// Duty headers): the fix the error gives is the --column that imports
// the sheet, and the other column is then listed as ignored; a column
// may be named by its letter (tryout14 #2: the printed fix gave the same
// error again).
func TestImportTwoColumnsForOneField(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, sheet, problem, fix string
		column, ignored, duty     string
		how                       string // the end of the Ignored line's hint
	}{
		{"notes and details", "Department,Duty,Notes,Details\nSales,Visit customers.,Weekly.,By car.\n",
			"columns C (Notes) and D (Details) both read as the description",
			"fix: choose one: add --column description=Notes (Details is then ignored), or rename one of the two headers",
			"description=Notes", "Details", "Weekly.", ""},
		{"task and duty", "Department,Task,Duty\nSales,Tasks 2024,Visit customers.\n",
			"columns B (Task) and C (Duty) both read as the duty",
			"fix: choose one: add --column duty=Duty (Task is then ignored), or rename one of the two headers",
			"duty=Duty", "Task", "Visit customers.", ""},
		{"two duty headers", "Department,Job title,Duty,Duty\nSales,Rep,Visit customers.,old text\n",
			"columns C (Duty) and D (Duty) both read as the duty",
			"fix: choose one: add --column duty=C (column D is then ignored), or rename one of the two headers",
			// verify8 #7: for this column only the letter works.
			"duty=C", "Duty (column D)", "Visit customers.", "; a header two columns share by its letter: --column FIELD=D"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, fmt.Sprintf("s%d.csv", i))
			out := filepath.Join(dir, fmt.Sprintf("o%d", i))
			writeFile(t, file, tc.sheet)
			r := run(t, "import", file, "--out", out).fails(t, 1)
			mustContain(t, r.err, file+":1: "+tc.problem+"\n  "+tc.fix+"\n")
			r = run(t, "import", file, "--out", out, "--column", tc.column).ok(t)
			mustContain(t, r.out, "\n  Ignored: "+tc.ignored+" (name them with --column FIELD=HEADER to use them"+tc.how+")\n")
			md, err := os.ReadFile(filepath.Join(out, "en", "sales.md"))
			if err != nil {
				t.Fatal(err)
			}
			mustContain(t, string(md), tc.duty)
		})
	}

	// Two columns with one header: the header names neither, the letter
	// names one; a letter past the last column is no column.
	file := filepath.Join(dir, "dup.csv")
	writeFile(t, file, "Department,Job title,Duty,Duty\nSales,Rep,old text,Visit customers.\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "d"), "--column", "duty=Duty").fails(t, 1)
	mustContain(t, r.err, `--column duty=Duty: columns C and D are both headed "Duty"`+"\n  fix: name one by its letter: --column duty=C\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "d"), "--column", "duty=Z").fails(t, 1)
	mustContain(t, r.err, `--column duty=Z: the sheet has no column "Z"; its columns are: A (Department), B (Job title), C (Duty), D (Duty)`,
		"fix: give a header as the sheet writes it, or a column's letter (A to D): --column duty=LETTER")
	run(t, "import", file, "--out", filepath.Join(dir, "d"), "--column", "duty=d").ok(t)
	mustContain(t, run(t, "--content", filepath.Join(dir, "d"), "--builtin=false", "show", "Sales › Rep").ok(t).out, "Visit customers.")
}

// A duty cell past the longest title gets a sheet's fix, a Description
// column, not the Markdown one (verify8 #7), and following it imports.
func TestImportLongDutyCellFix(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("Visit the customer and write it down. ", 2000)
	file := filepath.Join(dir, "long.csv")
	writeFile(t, file, "Department,Duty\nSales,"+long+"\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "out")).fails(t, 1)
	mustContain(t, r.err, file+":2: column B (Duty): a duty's line is ", "\n  fix: keep it to a sentence; longer text belongs in a Description column beside it, on the same row\n")
	if strings.Contains(r.err, "indented") {
		t.Errorf("Markdown advice for a sheet: %q", r.err)
	}
	writeFile(t, file, "Department,Duty,Description\nSales,Visit customers.,"+long+"\n")
	run(t, "import", file, "--out", filepath.Join(dir, "out")).ok(t)
}

// A RACI cell naming a unit the sheet does not have: the fix is a sheet's
// (clear the cell, add the rows), not a folder's "delete this line or
// restore en/nowhere.md" (verify8 #2).
func TestImportRACICellNamingNothing(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "acc.csv")
	writeFile(t, file, "Department,Duty,Accountable\nSales,Visit.,nowhere\nFinance,Pay.,\"finance, nowhere\"\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "out")).fails(t, 1)
	mustContain(t, r.err,
		file+":2: column C (Accountable): Accountable: \"nowhere\" names no unit\n  fix: clear the cell, or add rows for that department (or correct the name to one the sheet has)\n",
		file+":3: column C (Accountable): Accountable: \"nowhere\" names no unit\n  fix: remove “nowhere” from the cell, or add rows for that department (or correct the name to one the sheet has)\n")
}

// --column with a field name cut short or misspelt says which field it
// most likely means (verify8 #7: "desc" listed every field, no "did you
// mean description?"); following it imports.
func TestImportColumnFieldDidYouMean(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "n.csv")
	writeFile(t, file, "Department,Duty,Notes\nSales,Visit customers.,Weekly.\n")
	for name, want := range map[string]string{"desc": "description", "sectoin": "section"} {
		r := run(t, "import", file, "--out", filepath.Join(dir, "out"), "--column", name+"=Notes").fails(t, 1)
		mustContain(t, r.err, fmt.Sprintf("--column %s=Notes: %q is not a field; did you mean %s? (--column %s=Notes)", name, name, want, want))
	}
	mustContain(t, run(t, "import", file, "--out", filepath.Join(dir, "out"), "--column", "xyz=Notes").fails(t, 1).err, `"xyz" is not a field; use one of path, id,`)
	run(t, "import", file, "--out", filepath.Join(dir, "out"), "--column", "description=Notes").ok(t)
}

// The section import makes for duties with no section is named as its
// heading is written: 职责 in a Chinese sheet, not "Duties" (verify8 #7).
func TestImportNamesTheMadeSectionAsWritten(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "zh.csv")
	writeFile(t, file, "部门,职责\n销售部,拜访客户。\n")
	out := filepath.Join(dir, "out")
	mustContain(t, run(t, "import", file, "--out", out).ok(t).out, "  Duties with no section were put under \"职责\" in ")
	mustContain(t, readFile(t, filepath.Join(out, "zh", "销售部.md")), "## 职责 {#duties}")
}

// A CSV row of more cells than a worksheet has columns is refused at that
// row, read no further than the bound (a line of 60 million commas took
// 4.8 GB and 8 s, and imported); the rows before it are not the point.
func TestImportRefusesARowTooWide(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "wide.csv")
	writeFile(t, file, "Department,Duty\nSales,Sell.\nSales,Buy"+strings.Repeat(",", 100_000)+"\nSales,Plan.\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "o")).fails(t, 1)
	want := file + ":3: the row has more than 16384 cells, as many as a worksheet has columns; import read no further\n" +
		"  fix: delete the row's cells right of the header's last column (often a run of separators a program left at the end of the line)\n" +
		"1 problem found in " + file + "; nothing was written.\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
}

// hostile15 #4: a Duty cell of several lines (Alt+Enter in a
// spreadsheet, a quoted CSV cell across lines) was joined into one duty
// without a word. It still is (the lines may be one sentence wrapped by
// hand), and a note says so, at the row, with what to do if they are
// duties of their own; a column of such cells gets one note with a count.
func TestImportNotesMultiLineDutyCells(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "nl.csv")
	writeFile(t, file, "Department,Duty\nSales,Greet visitors\nSales,\"Visit customers\nReport monthly sales\n• Collect payments\"\n")
	r := run(t, "import", file, "--out", filepath.Join(dir, "out"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.err, file+":3: note: column B (Duty): the cell holds 3 lines; import joined them into one duty",
		"\n  if the lines are duties of their own, give each a row of its own (the same department and section on each) and import again; if a cell is one duty, keep it")
	written, err := os.ReadFile(filepath.Join(dir, "out", "en", "sales.md"))
	if err != nil || !strings.Contains(string(written), "- Visit customers Report monthly sales • Collect payments\n") {
		t.Errorf("the duty as written (%v):\n%s", err, written)
	}

	writeFile(t, file, "Department,Duty\nSales,\"Visit customers\nin the north\"\nSales,Greet visitors\nSales,\"Report sales\r\n\r\nCollect payments\"\n")
	r = run(t, "import", file, "--out", filepath.Join(dir, "out2"))
	mustContain(t, r.err, file+":2: note: column B (Duty): 2 cells hold several lines (2 on this row, the first: \"Visit customers in the north\"); import joined each cell's lines into one duty")
	if strings.Count(r.err, "several lines") != 1 || r.code != 0 {
		t.Errorf("exit %d, want one note for the column:\n%s", r.code, r.err)
	}
}

// import --fill-down reads blank "same as above" unit cells (tryout17
// #8b); without it, the refusal names the flag.
func TestImportFillDown(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "blank.csv")
	if err := os.WriteFile(csv, []byte("Department,Duty\nSales,Sell goods\n,Collect money\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "import", csv, "--out", filepath.Join(dir, "a")).fails(t, 1)
	mustContain(t, r.err, "the row has no department", "import with --fill-down")
	r = run(t, "import", csv, "--out", filepath.Join(dir, "b"), "--fill-down").ok(t)
	// It says what it filled, so that the guess can be checked (tryout18 E).
	mustContain(t, r.out, "\n  Filled down: 1 blank cell from the row above: Department: 1 cell (row 3)\n")
	out := run(t, "--builtin=false", "--content", filepath.Join(dir, "b"), "show", "sales", "--no-pager").ok(t).out
	mustContain(t, out, "Sell goods", "Collect money")
}

// --fill-down counts the cells it filled in each column and names the
// first rows, in both languages' columns; with nothing to fill it says
// it changed nothing.
func TestImportFillDownSaysWhatItFilled(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "blank.csv")
	rows := "Department,Section,Position,Duty\nSales,Selling,Clerk,Sell goods\n"
	for i := range 7 {
		rows += fmt.Sprintf(",,,Sell more %d\n", i)
	}
	rows += ",,Cashier,Take money\nFinance,,,Keep books\n"
	if err := os.WriteFile(csv, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "import", csv, "--out", filepath.Join(dir, "a"), "--fill-down").ok(t)
	mustContain(t, r.out, "\n  Filled down: 23 blank cells from the row above: "+
		"Department: 8 cells (rows 3, 4, 5, 6, 7 and 3 more), Section: 8 cells (rows 3, 4, 5, 6, 7 and 3 more), Position: 7 cells (rows 3, 4, 5, 6, 7 and 2 more)\n")
	whole := filepath.Join(dir, "whole.csv")
	if err := os.WriteFile(whole, []byte("Department,Duty\nSales,Sell goods\nSales,Collect money\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = run(t, "import", whole, "--out", filepath.Join(dir, "b"), "--fill-down").ok(t)
	mustContain(t, r.out, "\n  Filled down: no blank department, section or position cell (--fill-down changed nothing)\n")
	if r = run(t, "import", whole, "--out", filepath.Join(dir, "c")).ok(t); strings.Contains(r.out, "Filled down") {
		t.Errorf("without --fill-down, import speaks of it:\n%s", r.out)
	}
}

// tryout28 P4: a cell's lines are joined as a content file's continued
// lines are: with no space between two Chinese lines, with one between
// English ones.
func TestImportJoinsChineseLinesWithoutSpace(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "nl.csv")
	writeFile(t, file, "部门,职责\n运维部,\"重置忘记的密码。\n每晚备份服务器。\"\n运维部,\"更新\r\n  软件许可证\"\n")
	run(t, "import", file, "--out", filepath.Join(dir, "out")).ok(t)
	written := readFile(t, filepath.Join(dir, "out", "zh", "运维部.md"))
	mustContain(t, written, "- 重置忘记的密码。每晚备份服务器。\n", "- 更新软件许可证\n")
}
