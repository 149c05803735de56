package cli

import (
	"fmt"
	"github.com/dutymap/dutymap/internal/filekind"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/sheet"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).importCmd) }

func (a *app) importCmd() *cobra.Command {
	var out, lang, sheetName, encoding, separator string
	var columns []string
	var force, prune, fillDown bool
	cmd := &cobra.Command{
		Use:   "import FILE.csv|FILE.xlsx",
		Short: "Turn a spreadsheet of departments, positions and duties into a content folder",
		Long: `import reads a spreadsheet, one row per duty (or per section), and writes a content
folder that dutymap validates and opens: one Markdown file per department and language.

Columns are found by their header: Department (or Dept, Division, 部门), Section
(Team, Unit, Group; several columns are several levels), Position (Job title,
Occupation, Role, 岗位), Duty (Task, Responsibility, 职责), Description (Details,
Notes), Code (Task ID, Number, 编号), Department code, Position code, ID, Path,
Language, Aliases, Sources, Kind. A header may name its language: Duty (zh),
duty_zh, 职责（中文）. --column FIELD=HEADER names a column the guess misses,
or chooses one of two columns read as one field (Notes and Details); HEADER
may be the column's letter (--column duty=D), and FIELD may name a language
(--column duty_zh=他们做什么). Other columns are ignored, and
listed. The header row may stand below a title:
it is the first of the first 6 rows that names a department column, and the
rows above it are skipped (import says which). A CSV file's separator (comma,
semicolon or tab) is guessed from its first lines; --separator gives it. A row
with more cells than the header (a cell with a comma that is not in double
quotes) is a problem, as is a value in a column without a header.

A row without a duty describes its last unit: a section with no duties, or a
section's description or code. A sheet that names a department (or section,
position) once and leaves the cells below it blank, meaning "same as above",
imports with --fill-down: a blank unit cell takes the value above it, as long as
the levels before it are those of the row above. What export --format csv or xlsx writes imports
back to the same organisation.

Nothing is written when a row has a problem: every problem is listed with its row
and column. --out names the folder (by default the file's name without its
extension); init's rules apply: a folder that is not empty needs --force, and
dutymap never writes through a symbolic link. docs/import.md walks through an
example.`,
		Example: `  dutymap import staff.xlsx
  dutymap validate staff
  dutymap --content staff --builtin=false
  dutymap import tasks.csv --out myorg --column duty="Task statement" --column code="Task ID"
  dutymap import export.csv --out copy --force`,
		Args: exactArgs(1, "FILE, a .csv or .xlsx file", "dutymap import staff.xlsx"),
		RunE: func(cmd *cobra.Command, args []string) error {
			given, err := parseColumns(columns)
			if err != nil {
				return err
			}
			// Without --lang, Chinese headers make the sheet Chinese.
			opts := sheet.Options{Lang: lang, Columns: given, GuessLang: !cmd.Flags().Changed("lang"), FillDown: fillDown}
			sep, ok := sheet.Separators[separator]
			if separator != "" && !ok {
				return &exitError{2, fmt.Sprintf("dutymap import: --separator %s: use comma, semicolon or tab", termsafe.QuoteArg(separator))}
			}
			// Said of a workbook, which has neither (see runImport).
			var csvOnly []string
			for _, f := range []struct{ name, value string }{{"encoding", encoding}, {"separator", separator}} {
				if cmd.Flags().Changed(f.name) {
					csvOnly = append(csvOnly, "--"+f.name+" "+termsafe.QuoteName(f.value))
				}
			}
			return a.runImport(args[0], out, force, prune, opts, sheetName, encoding, sep, csvOnly)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&out, "out", "o", "", "the content folder to write (default: the file's name without its extension)")
	f.BoolVar(&force, "force", false, "write into a folder that is not empty (files with the same names are replaced)")
	f.BoolVar(&fillDown, "fill-down", false, "read a blank department, section or position cell as the one above it (sheets that write a unit once for the rows below)")
	f.BoolVar(&prune, "prune", false, "with --force: remove the content files the sheet no longer has (departments deleted from it)")
	f.StringArrayVar(&columns, "column", nil, "FIELD=HEADER: take the column HEADER (or the column of that letter, such as D) as FIELD (repeatable; see --help)")
	// This local --lang shadows the global one: it names the sheet's language.
	f.StringVar(&lang, "lang", "en", "the language of columns whose header names none (a code such as en, zh, de); without it, zh when those headers are Chinese (部门, 职责)")
	f.StringVar(&sheetName, "sheet", "", "the sheet of a workbook to read (default: the first with a header row import can read)")
	f.StringVar(&encoding, "encoding", "utf-8", "the text encoding of a CSV file: utf-8, gb18030, big5, windows-1252, …")
	f.StringVar(&separator, "separator", "", "the separator of a CSV file: comma, semicolon or tab (default: guessed from its first lines)")
	return cmd
}

// parseColumns reads --column FIELD=HEADER flags.
func parseColumns(flags []string) ([][2]string, error) {
	var out [][2]string
	for _, c := range flags {
		field, header, ok := strings.Cut(c, "=")
		if !ok || strings.TrimSpace(field) == "" || strings.TrimSpace(header) == "" {
			return nil, &exitError{2, fmt.Sprintf("dutymap import: --column %s: write FIELD=HEADER, such as --column duty=\"Task statement\"", termsafe.QuoteArg(c))}
		}
		out = append(out, [2]string{field, header})
	}
	return out, nil
}

// csvOnly are the flags given that only CSV text has (--encoding,
// --separator), as typed: a workbook, whatever its name, is read without
// them, and a note says so.
func (a *app) runImport(file, out string, force, prune bool, opts sheet.Options, sheetName, encoding string, sep rune, csvOnly []string) error {
	if _, err := model.ParseTag(opts.Lang); err != nil {
		return &exitError{2, fmt.Sprintf("dutymap import: --lang %s is not a language code; use one such as en, zh or de", termsafe.QuoteArg(opts.Lang))}
	}
	shown := termsafe.QuoteName(file) // the file as messages name it
	ext := strings.ToLower(filepath.Ext(file))
	switch sheetFile(file) {
	case sheetRead:
	case sheetSaveAs:
		return &exitError{1, fmt.Sprintf("dutymap import: %s is a %s file; save it as .xlsx or .csv (File, Save As) and import that", shown, ext)}
	default:
		switch info, err := os.Stat(file); {
		case file == "":
			return &exitError{2, "dutymap import: the file name is empty; give a .csv or .xlsx file"}
		case err == nil && info.IsDir():
			return &exitError{2, fmt.Sprintf("dutymap import: %s is a folder; give a .csv or .xlsx file", shown)}
		}
		return &exitError{2, fmt.Sprintf("dutymap import: %s: give a .csv or .xlsx file", shown)}
	}
	if out == "" {
		out = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		if strings.TrimSpace(out) == "" {
			// ".csv": checkTarget's "the folder name is empty" would
			// blame a folder the user never gave.
			return &exitError{2, fmt.Sprintf("dutymap import: the name of %s is only its extension, so it gives no folder to write\n  fix: give the folder with --out, such as --out myorg", shown)}
		}
	}
	// A text file's unknown encoding is said first, as wrong usage, even
	// before a missing file (verify24 V8); a workbook's name waits until
	// its bytes say whether it is one (a note then says --encoding is not
	// for it).
	if ext != ".xlsx" && ext != ".xlsm" && !sheet.KnownEncoding(encoding) {
		return encodingError(encoding)
	}
	f, err := openSheet(file, shown)
	if err != nil {
		return err
	}
	defer f.Close()
	workbook, err := a.sheetFormat(f, file, shown, ext, sheetName)
	if err != nil {
		return err
	}
	// A CSV file's unknown encoding is wrong usage, said before the
	// output folder is looked at: a user told only that the folder is
	// not empty adds --force before learning the flag is wrong (tryout24
	// H19). A workbook has no encoding: a note says so below.
	if !workbook && !sheet.KnownEncoding(encoding) {
		return encodingError(encoding)
	}
	if err := checkTarget("import", out, force); err != nil {
		return err
	}
	var rows sheet.Rows
	opts.Name = shown
	switch {
	case workbook:
		if len(csvOnly) > 0 {
			is, it := "is", "it"
			if len(csvOnly) > 1 {
				is, it = "are", "them"
			}
			fmt.Fprintf(a.io.Err, "dutymap import: %s %s for CSV text; %s is read as a workbook, which has no encoding or separator to choose: leave %s out\n",
				strings.Join(csvOnly, " and "), is, shown, it)
		}
		// excelize unzips a large sheet into temporary files: a folder of
		// import's own holds them, removed by rows.Close, or by a quit
		// signal meanwhile (ctrl+c while a large workbook is read).
		tmp, _ := os.MkdirTemp("", "dutymap-xlsx-") // "": excelize uses the system's folder
		defer a.removeOnQuit(tmp)()
		var sheets []string
		rows, opts.Name, sheets, err = sheet.XLSX(f, sheetName, tmp)
		first := opts.Name
		if err == nil && len(sheets) > 1 && sheetName == "" {
			// A workbook's first sheet may be a cover (封面, a title and
			// a date): the first sheet whose header names a department is
			// read, and the note says which (tryout28 Y16).
			if name, ok := headedSheet(f, sheets, tmp, opts); ok && name != first {
				rows.Close()
				rows, opts.Name, _, err = readSheetAt(f, name, tmp)
			}
			how := "reading " + termsafe.QuoteArg(opts.Name)
			if opts.Name != first && err == nil {
				how = fmt.Sprintf("reading %s, as no column of %s reads as the department", termsafe.QuoteArg(opts.Name), termsafe.QuoteArg(first))
			}
			fmt.Fprintf(a.io.Err, "dutymap import: %s has %d sheets (%s); %s (choose another with --sheet)\n", shown, len(sheets), sheet.SomeSheets(sheets), how)
		}
		opts.Name = fmt.Sprintf("%s[%s]", shown, opts.Name)
	default:
		rows, err = sheet.CSV(f, encoding, sep)
	}
	if err != nil {
		return &exitError{1, fmt.Sprintf("dutymap import: %s: %v", shown, err)}
	}
	defer func() { rows.Close() }() // a workbook's temporary files, on every path: Read may stop early
	res := sheet.Read(rows, opts)
	rows.Close() // now, rather than after the folder is written
	for _, p := range res.Problems {
		fmt.Fprintln(a.io.Err, p)
	}
	if errs := res.Problems.Errors(); len(errs) > 0 {
		return &exitError{1, fmt.Sprintf("%s found in %s; nothing was written.", content.Count(errs.Total(), "problem", "problems"), shown)}
	}
	// The sheet carries only the ids of sources and the names of groups:
	// what the folder's own sources.yaml and groups.yaml say of them
	// (titles, url, ref, a group's sources) is kept, not replaced.
	files, kept, err := content.KeepLists(res.Files, func(name string) []byte { return readOwn(out, name) }, prune)
	if err != nil {
		return &exitError{1, fmt.Sprintf("dutymap import: %s: %v; nothing was written.", termsafe.QuoteName(out), err)}
	}
	n, err := writeFolder(out, files)
	if err != nil {
		return writeFailed("import", err, out, "choose another folder with --out")
	}
	a.importSummary(res, opts, shown, out, n, kept)
	return a.staleSummary(out, files, prune)
}

// maxSheetsTried bounds the sheets headedSheet reads for a header.
const maxSheetsTried = 8

// headedSheet is the first of a workbook's sheets (up to maxSheetsTried)
// with a header row import can read (sheet.HasHeader); ok is false when
// none has, and the first sheet is read as usual, its problems said.
func headedSheet(f *os.File, sheets []string, tmp string, opts sheet.Options) (string, bool) {
	for _, name := range sheets[:min(len(sheets), maxSheetsTried)] {
		rows, _, _, err := readSheetAt(f, name, tmp)
		if err != nil {
			continue
		}
		headed := sheet.HasHeader(rows, opts)
		rows.Close()
		if headed {
			return name, true
		}
	}
	return "", false
}

// readSheetAt reads the sheet name of the workbook f, from its start.
func readSheetAt(f *os.File, name, tmp string) (sheet.Rows, string, []string, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, "", nil, err
	}
	return sheet.XLSX(f, name, tmp)
}

// filledSummary says which blank cells --fill-down filled, so that the
// user can check the guess: "Filled down: 4 blank cells from the row
// above: Department: 3 cells (rows 3, 4, 6), Section: 1 cell (row 5)".
func filledSummary(filled []sheet.Filled) string {
	total := 0
	cols := make([]string, len(filled))
	for i, f := range filled {
		total += f.Cells
		// "岗位: 1 cell (row 7)": "岗位 1" read as a column of that name.
		cols[i] = fmt.Sprintf("%s: %s (%s)", f.Header, content.Count(f.Cells, "cell", "cells"), f.Where())
	}
	if total == 0 {
		return "Filled down: no blank department, section or position cell (--fill-down changed nothing)"
	}
	return fmt.Sprintf("Filled down: %s from the row above: %s", content.Count(total, "blank cell", "blank cells"), strings.Join(cols, ", "))
}

// sheetFormat checks that what the file holds is what its name says
// (see sheet.Sniff), and reports whether to read it as a workbook: a
// workbook named .csv is read as one, with a note; a file that is not
// what its name says otherwise is refused, with the name to give it or
// what to save it as. --sheet is refused for a CSV file, which has one
// sheet (it was ignored without a word).
func (a *app) sheetFormat(f *os.File, file, shown, ext, sheetName string) (workbook bool, err error) {
	var size int64
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	format := sheet.Sniff(f, size)
	named := ext == ".xlsx" || ext == ".xlsm"
	renamed := func(to string) string { return termsafe.QuoteName(strings.TrimSuffix(file, filepath.Ext(file)) + to) }
	refuse := func(what, fix string) error {
		return &exitError{1, fmt.Sprintf("dutymap import: %s is %s\n  fix: %s", shown, what, fix)}
	}
	not := "not CSV text"
	if named {
		not = "not an XLSX workbook"
	}
	switch format {
	case sheet.FormatXLSX:
		if !named {
			fmt.Fprintf(a.io.Err, "dutymap import: %s is an Excel workbook (XLSX), not CSV text: reading it as a workbook (rename it %s to say so)\n", shown, renamed(".xlsx"))
		}
		return true, nil
	case sheet.FormatODS:
		return false, refuse("an OpenDocument spreadsheet (.ods), "+not, "open it in a spreadsheet program, save it as .xlsx or .csv (File, Save As) and import that")
	case sheet.FormatDamagedZip:
		return false, refuse("a zip archive that is damaged or cut short: its list of parts cannot be read",
			"if it was downloaded or copied, get it again; else open it in the spreadsheet program (which may repair it), save it again and import that")
	case sheet.FormatZip:
		return false, refuse("a zip file that holds no workbook, "+not, "unzip it and import the sheet inside, or save the sheet as .xlsx or .csv")
	case sheet.FormatCFB:
		return false, refuse("a password-protected workbook, or an Excel 97–2003 one (.xls), "+not,
			"open it in Excel, remove its password if it has one (File, Info, Protect Workbook), save it as .xlsx (File, Save As) and import that")
	case sheet.FormatHTML:
		return false, refuse("a web page (HTML), "+not, "open it in a spreadsheet program, save it as .xlsx or .csv (File, Save As) and import that")
	case sheet.FormatBinary:
		if named {
			return false, refuse("not an XLSX workbook (not a zip file)", "open it in the program that made it and save it as .xlsx or .csv")
		}
		// NULs in a .csv: UTF-16 without a byte order mark, which the
		// CSV reader tells, or a NUL the row's problem names.
	}
	if named && size == 0 {
		return false, refuse("empty, not an XLSX workbook", "save the workbook again from the spreadsheet program")
	}
	if named { // text
		return false, refuse("text, not an XLSX workbook (a zip file)", fmt.Sprintf("if it is CSV, rename it %s and import that", renamed(".csv")))
	}
	if sheetName != "" {
		return false, &exitError{2, fmt.Sprintf("dutymap import: --sheet %s: %s is CSV, which has one sheet; leave --sheet out", termsafe.QuoteName(sheetName), shown)}
	}
	return false, nil
}

// sheetKind is what import makes of a file, by its extension.
type sheetKind int

const (
	notASheet   sheetKind = iota
	sheetRead             // .csv, .tsv, .txt, .xlsx, .xlsm: import reads it
	sheetSaveAs           // .xls, .ods, .numbers: saved as .xlsx or .csv, it is read
)

func sheetFile(name string) sheetKind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm", ".csv", ".tsv", ".txt":
		return sheetRead
	case ".xls", ".ods", ".numbers":
		return sheetSaveAs
	}
	return notASheet
}

// openSheet opens the file to import: a regular file (a link to one is
// fine) of at most sheet.MaxFileSize bytes. What it is and how large are
// checked before the file is opened and again once it is (filekind.Open),
// so that a named pipe never blocks, a device is never opened, and a file
// too large is refused before any of it is read.
func openSheet(file, shown string) (*os.File, error) {
	refuse := func(info os.FileInfo) error {
		if what, ok := filekind.Of(info.Mode()); !ok {
			if what == "" {
				what = "a special file"
			}
			return &exitError{1, fmt.Sprintf("dutymap import: %s is %s, not a file; save the sheet as a .csv or .xlsx file and import that", shown, what)}
		}
		if info.Size() > sheet.MaxFileSize {
			return &exitError{1, fmt.Sprintf("dutymap import: %s is %d MB, larger than the %d MB import reads; %s",
				shown, (info.Size()+1<<20-1)>>20, sheet.MaxFileSize>>20, sheet.SplitFix)}
		}
		return nil
	}
	f, _, err := filekind.Open(file, refuse)
	if err != nil {
		if _, refused := err.(*exitError); !refused {
			err = &exitError{1, fmt.Sprintf("dutymap import: cannot read %s: %v", shown, plainErr(err))}
		}
		return nil, err
	}
	return f, nil
}

// readOwn returns the regular file name in dir (links are not followed),
// or nil when there is none.
func readOwn(dir, name string) []byte {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil
	}
	defer root.Close()
	if info, err := root.Lstat(name); err != nil || !info.Mode().IsRegular() {
		return nil
	}
	data, err := root.ReadFile(name)
	if err != nil {
		return nil
	}
	return data
}

// staleSummary names the content files an import into a folder that was
// not empty left from before (departments no longer in the sheet, a
// language it no longer has): the loader still reads them. With prune it
// removes them.
func (a *app) staleSummary(out string, written []content.File, prune bool) error {
	stale, err := staleFiles(out, written)
	if err != nil || len(stale) == 0 {
		return nil
	}
	list := termsafe.FirstNames(stale, maxListedFiles, termsafe.MaxArgCells, "more file", "more files")
	if !prune {
		fmt.Fprintf(a.io.Out, "\nKept %s the sheet does not have, which dutymap still reads as content: %s.\n"+
			"  Delete them, or import again with --force --prune to remove them.\n", content.Count(len(stale), "file", "files"), list)
		return nil
	}
	root, err := os.OpenRoot(out)
	if err != nil {
		return &exitError{1, fmt.Sprintf("dutymap import: cannot remove the files the sheet does not have: %v", err)}
	}
	defer root.Close()
	for i, name := range stale {
		if err := root.Remove(filepath.FromSlash(name)); err != nil {
			return &exitError{1, fmt.Sprintf("dutymap import: removed %d of the %d files the sheet does not have, then: %v", i, len(stale), err)}
		}
	}
	fmt.Fprintf(a.io.Out, "\nRemoved %s the sheet does not have: %s.\n", content.Count(len(stale), "file", "files"), list)
	return nil
}

// maxListedFiles keeps a list of file names to a line or two.
const maxListedFiles = 10

// staleFiles lists, sorted, the content files in dir (Markdown files in
// its language folders, as the loader finds them, and its sources.yaml and
// groups.yaml; links are not followed) that written does not hold.
func staleFiles(dir string, written []content.File) ([]string, error) {
	keep := make(map[string]bool, len(written))
	for _, f := range written {
		keep[f.Name] = true
	}
	fsys := os.DirFS(dir)
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var stale []string
	for _, e := range entries {
		if (e.Name() == "sources.yaml" || e.Name() == "groups.yaml") && e.Type().IsRegular() && !keep[e.Name()] {
			stale = append(stale, e.Name()) // the sheet cites no source, names no group
		}
		if _, ok := content.LangFolder(e.Name()); !ok || !e.IsDir() {
			continue
		}
		err := fs.WalkDir(fsys, e.Name(), func(name string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && name != e.Name() && content.Ignored(name) {
				return fs.SkipDir // .git: the loader passes it over
			}
			if err == nil && d.Type().IsRegular() && content.IsMarkdown(name) && !content.Ignored(name) && !keep[name] {
				stale = append(stale, name)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(stale)
	return stale, nil
}

// maxListedColumns and maxHeaderCells keep the list of ignored columns to
// a line or two: a sheet with 100,000 extra columns printed 789 KB of
// header names.
const (
	maxListedColumns = 10
	maxHeaderCells   = 40
)

// ignoredList names the ignored columns: the first few, each header cut
// to a few words, and how many more.
func ignoredList(headers []string) string {
	return termsafe.FirstNames(headers, maxListedColumns, maxHeaderCells, "more column", "more columns")
}

// quoteIDs lists ids as messages name them.
func quoteIDs(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = termsafe.QuoteName(id)
	}
	return strings.Join(q, ", ")
}

// sheetLeavesOut says, in one sentence, what a sheet cannot carry that
// the files import wrote would hold: a source's title (sources.yaml lists
// the cited ids, titled by themselves, in the order the sheet first cites
// them) and a group's sources (groups.yaml lists the groups without them).
// An export imported into a new folder loses both; the files a folder
// has already are kept (--force), and then nothing is lost.
func sheetLeavesOut(sources, groups int, keptSources, keptGroups bool) string {
	srcs := !keptSources && sources > 0
	grps := !keptGroups && groups > 0
	switch {
	case srcs && grps:
		return fmt.Sprintf("sources.yaml lists %s, and groups.yaml the %s it names, without sources: a sheet carries neither a source's title nor a group's sources; give them in those files.",
			sourcesListed(sources), content.Count(groups, "group", "groups"))
	case srcs:
		give := "give each a title there"
		if sources == 1 {
			give = "give it a title there"
		}
		return fmt.Sprintf("sources.yaml lists %s: a sheet does not carry a source's title; %s.", sourcesListed(sources), give)
	case grps:
		return fmt.Sprintf("groups.yaml lists the %s the sheet names, without sources: a sheet does not carry a group's sources; give them there.",
			content.Count(groups, "group", "groups"))
	}
	return ""
}

// sourcesListed says what sources.yaml holds after an import: the n
// sources the sheet cites, titled by their ids, in the sheet's order.
func sourcesListed(n int) string {
	if n == 1 {
		return "the 1 source the sheet cites, titled by its id"
	}
	return fmt.Sprintf("the %d sources the sheet cites, in the order it first cites them, titled by their ids", n)
}

// importSummary says what was read and written, and what to do next.
func (a *app) importSummary(res *sheet.Result, opts sheet.Options, file, out string, files int, kept []content.Kept) {
	var used []string
	for _, c := range res.Mapping.Columns {
		if c.Field != sheet.FieldNone {
			name := c.Field.String()
			if c.Field == sheet.FieldTrait { // the dimension, as --column names it: trait-objective
				name += "-" + string(c.Dim)
			}
			if c.Lang != "" {
				name += " (" + c.Lang + ")"
			}
			used = append(used, fmt.Sprintf("%s → %s", c.Header, name))
		}
	}
	w := a.io.Out
	fmt.Fprintf(w, "Read %s from %s.\n  Columns: %s\n", content.Count(res.Rows, "row", "rows"), file, strings.Join(used, ", "))
	if len(res.Mapping.Ignored) > 0 {
		how := "name them with --column FIELD=HEADER to use them"
		if l := res.Mapping.IgnoredTwice; l != "" {
			// A header on two columns names neither: the letter does.
			how += "; a header two columns share by its letter: --column FIELD=" + l
		}
		fmt.Fprintf(w, "  Ignored: %s (%s)\n", ignoredList(res.Mapping.Ignored), how)
	}
	if len(res.LangFrom) > 0 {
		fmt.Fprintf(w, "  Language: %s, as the headers %s are Chinese (choose another with --lang)\n", res.Lang, strings.Join(res.LangFrom, ", "))
	}
	if opts.FillDown {
		fmt.Fprintf(w, "  %s\n", filledSummary(res.Filled))
	}
	if len(res.Made) > 0 {
		fmt.Fprintf(w, "  Duties with no section were put under \"%s\" in %s.\n", strings.Join(res.MadeTitles, "\", \""), termsafe.FirstNames(res.Made, maxListedFiles, termsafe.MaxArgCells, "more department", "more departments"))
	}
	keptSources, keptGroups := false, false
	for _, k := range kept {
		keptSources = keptSources || k.Name == "sources.yaml"
		keptGroups = keptGroups || k.Name == "groups.yaml"
		fmt.Fprintf(w, "  %s: the folder's entries are kept as they were", k.Name)
		if len(k.Added) > 0 {
			fmt.Fprintf(w, "; added %s", quoteIDs(k.Added))
			switch {
			case k.Name != "sources.yaml":
			case len(k.Added) == 1:
				fmt.Fprint(w, ", titled by its id: give it a title")
			default:
				fmt.Fprint(w, ", titled by their ids: give them titles")
			}
		}
		switch {
		case len(k.Unnamed) > 0 && k.Pruned:
			fmt.Fprintf(w, "; removed %s the sheet no longer names", quoteIDs(k.Unnamed))
		case len(k.Unnamed) > 0:
			fmt.Fprintf(w, "; kept %s the sheet does not name (--prune removes them)", quoteIDs(k.Unnamed))
		}
		fmt.Fprintln(w, ".")
	}
	if lost := sheetLeavesOut(len(res.Org.Sources), len(res.Org.Groups), keptSources, keptGroups); lost != "" {
		fmt.Fprintf(w, "  %s\n", lost)
	}
	var langs []string
	for _, l := range model.Langs {
		if res.Org.HasLang(l) {
			langs = append(langs, res.Org.Tag(l))
		}
	}
	for _, note := range builtinClashes(res.Org, a.interfaceLang()) {
		fmt.Fprintf(w, "  %s\n", note) // the sheet's departments over the built-in ones
	}
	fmt.Fprintf(w, "Wrote %s to %s: %s (%s).\n\nNext steps:\n  dutymap validate %s\n  dutymap --content %s --builtin=false\n",
		content.Count(files, "file", "files"), termsafe.QuoteName(out), summary(res.Org), strings.Join(langs, ", "), shellQuote(out), shellQuote(out))
}

// removeOnQuit removes dir, a workbook's temporary folder, when a quit
// signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, …: quitSignals)
// arrives before the import ends, then ends the process as the signal
// would have, with status 128+n: left to Go, ctrl+c ended it at once and
// left the folder, up to 400 MB, behind. It returns the function that stops the watch. Not in a
// serve session (import is not one of its commands): its signals are the
// server's.
func (a *app) removeOnQuit(dir string) (stop func()) {
	if dir == "" || a.host != nil {
		return func() {}
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, quitSignals...)
	release := handleQuit()
	done := make(chan struct{})
	go removeOnSignal(dir, signals, done, os.Exit)
	return func() {
		signal.Stop(signals)
		close(done)
		release()
	}
}

// removeOnSignal is removeOnQuit's watch, until done closes. Removing is
// all it does: the workbook may be being read meanwhile (an open file
// removed stays readable until the process ends).
func removeOnSignal(dir string, signals <-chan os.Signal, done <-chan struct{}, exit func(int)) {
	select {
	case s := <-signals:
		os.RemoveAll(dir)
		exit(128 + signalNumber(s))
	case <-done:
	}
}

// encodingError is the usage error of an --encoding import does not know.
func encodingError(encoding string) error {
	return &exitError{2, fmt.Sprintf("dutymap import: --encoding %s: %s", termsafe.QuoteArg(encoding), sheet.EncodingHint)}
}
