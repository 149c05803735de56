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
		Args: a.exactArgs(1, [model.NumLangs]string{"FILE, a .csv or .xlsx file", "一个 FILE（.csv 或 .xlsx 文件）"}, "dutymap import staff.xlsx"),
		RunE: func(cmd *cobra.Command, args []string) error {
			given, err := a.parseColumns(columns)
			if err != nil {
				return err
			}
			// Without --lang, Chinese headers make the sheet Chinese.
			opts := sheet.Options{Lang: lang, Columns: given, GuessLang: !cmd.Flags().Changed("lang"), FillDown: fillDown}
			sep, ok := sheet.Separators[separator]
			if separator != "" && !ok {
				return &exitError{2, a.say(badSeparator, termsafe.QuoteArg(separator))}
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
func (a *app) parseColumns(flags []string) ([][2]string, error) {
	var out [][2]string
	for _, c := range flags {
		field, header, ok := strings.Cut(c, "=")
		if !ok || strings.TrimSpace(field) == "" || strings.TrimSpace(header) == "" {
			return nil, &exitError{2, a.say(badColumn, termsafe.QuoteArg(c))}
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
		return &exitError{2, a.say(importBadLang, termsafe.QuoteArg(opts.Lang))}
	}
	shown := termsafe.QuoteName(file) // the file as messages name it
	ext := strings.ToLower(filepath.Ext(file))
	switch sheetFile(file) {
	case sheetRead:
	case sheetSaveAs:
		return &exitError{1, a.say(saveAsFirst, shown, ext)}
	default:
		switch info, err := os.Stat(file); {
		case file == "":
			return &exitError{2, a.say(emptySheetName)}
		case err == nil && info.IsDir():
			return &exitError{2, a.say(sheetIsFolder, shown)}
		}
		return &exitError{2, a.say(notSheetName, shown)}
	}
	if out == "" {
		out = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		if strings.TrimSpace(out) == "" {
			// ".csv": checkTarget's "the folder name is empty" would
			// blame a folder the user never gave.
			return &exitError{2, a.say(onlyExtension, shown)}
		}
	}
	// A text file's unknown encoding is said first, as wrong usage, even
	// before a missing file (verify24 V8); a workbook's name waits until
	// its bytes say whether it is one (a note then says --encoding is not
	// for it).
	if ext != ".xlsx" && ext != ".xlsm" && !sheet.KnownEncoding(encoding) {
		return a.encodingError(encoding)
	}
	f, err := a.openSheet(file, shown)
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
		return a.encodingError(encoding)
	}
	if err := a.checkTarget("import", out, force); err != nil {
		return err
	}
	var rows sheet.Rows
	opts.Name = shown
	switch {
	case workbook:
		if len(csvOnly) > 0 {
			forCSV := csvFlagOnly
			if len(csvOnly) > 1 {
				forCSV = csvFlagsOnly
			}
			fmt.Fprintln(a.io.Err, a.say(forCSV, strings.Join(csvOnly, a.say(andSep)), shown))
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
			if opts.Name != first && err == nil {
				fmt.Fprintln(a.io.Err, a.say(coverSheet, shown, len(sheets), sheet.SomeSheets(sheets), termsafe.QuoteArg(opts.Name), termsafe.QuoteArg(first)))
			} else {
				fmt.Fprintln(a.io.Err, a.say(manySheets, shown, len(sheets), sheet.SomeSheets(sheets), termsafe.QuoteArg(opts.Name)))
			}
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
		return &exitError{1, a.say(problemsFound, a.count(errs.Total(), "problem", "problems", "个问题"), shown)}
	}
	// The sheet carries only the ids of sources and the names of groups:
	// what the folder's own sources.yaml and groups.yaml say of them
	// (titles, url, ref, a group's sources) is kept, not replaced.
	files, kept, err := content.KeepLists(res.Files, func(name string) []byte { return readOwn(out, name) }, prune)
	if err != nil {
		return &exitError{1, a.say(keepFailed, termsafe.QuoteName(out), err)}
	}
	n, err := writeFolder(out, files)
	if err != nil {
		return a.writeFailed("import", err, out, a.say(otherFolderOut))
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
func (a *app) filledSummary(filled []sheet.Filled) string {
	total := 0
	cols := make([]string, len(filled))
	for i, f := range filled {
		total += f.Cells
		// "岗位: 1 cell (row 7)": "岗位 1" read as a column of that name.
		cols[i] = a.say(filledColumn, f.Header, a.count(f.Cells, "cell", "cells", "个单元格"), f.Where())
	}
	if total == 0 {
		return a.say(filledNone)
	}
	return a.say(filledSome, a.count(total, "blank cell", "blank cells", "个空单元格"), strings.Join(cols, a.say(listSep)))
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
		return &exitError{1, a.say(notWhatNamed, shown, what, fix)}
	}
	not := a.say(notCSV)
	if named {
		not = a.say(notXLSX)
	}
	switch format {
	case sheet.FormatXLSX:
		if !named {
			fmt.Fprintln(a.io.Err, a.say(workbookAsCSV, shown, renamed(".xlsx")))
		}
		return true, nil
	case sheet.FormatODS:
		return false, refuse(a.say(isODS, not), a.say(saveFromProgram))
	case sheet.FormatDamagedZip:
		return false, refuse(a.say(isDamagedZip), a.say(getAgain))
	case sheet.FormatZip:
		return false, refuse(a.say(isOtherZip, not), a.say(unzipIt))
	case sheet.FormatCFB:
		return false, refuse(a.say(isCFB, not), a.say(removePassword))
	case sheet.FormatHTML:
		return false, refuse(a.say(isHTML, not), a.say(saveFromProgram))
	case sheet.FormatBinary:
		if named {
			return false, refuse(a.say(notZip), a.say(saveFromMaker))
		}
		// NULs in a .csv: UTF-16 without a byte order mark, which the
		// CSV reader tells, or a NUL the row's problem names.
	}
	if named && size == 0 {
		return false, refuse(a.say(isEmptyXLSX), a.say(saveAgain))
	}
	if named { // text
		return false, refuse(a.say(isText), a.say(renameCSV, renamed(".csv")))
	}
	if sheetName != "" {
		return false, &exitError{2, a.say(sheetOfCSV, termsafe.QuoteName(sheetName), shown)}
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
func (a *app) openSheet(file, shown string) (*os.File, error) {
	refuse := func(info os.FileInfo) error {
		if what, ok := filekind.Of(info.Mode()); !ok {
			if what == "" {
				what = a.say(specialFile)
			} else {
				what = a.fileKind(what)
			}
			return &exitError{1, a.say(sheetNotFile, shown, what)}
		}
		if info.Size() > sheet.MaxFileSize {
			return &exitError{1, a.say(sheetTooLarge, shown, (info.Size()+1<<20-1)>>20, sheet.MaxFileSize>>20, a.say(splitFix))}
		}
		return nil
	}
	f, _, err := filekind.Open(file, refuse)
	if err != nil {
		if _, refused := err.(*exitError); !refused {
			err = &exitError{1, a.say(sheetUnreadable, shown, a.sysErr(err))}
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
	list := a.firstNames(stale, maxListedFiles, termsafe.MaxArgCells, "more file", "more files", "个文件")
	files := a.count(len(stale), "file", "files", "个文件")
	if !prune {
		fmt.Fprint(a.io.Out, a.say(keptStale, files, list))
		return nil
	}
	root, err := os.OpenRoot(out)
	if err != nil {
		return &exitError{1, a.say(cannotPrune, err)}
	}
	defer root.Close()
	for i, name := range stale {
		if err := root.Remove(filepath.FromSlash(name)); err != nil {
			return &exitError{1, a.say(prunedSome, i, len(stale), err)}
		}
	}
	fmt.Fprint(a.io.Out, a.say(removedStale, files, list))
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
func (a *app) ignoredList(headers []string) string {
	return a.firstNames(headers, maxListedColumns, maxHeaderCells, "more column", "more columns", "列")
}

// quoteIDs lists ids as messages name them.
func (a *app) quoteIDs(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = termsafe.QuoteName(id)
	}
	return strings.Join(q, a.say(listSep))
}

// sheetLeavesOut says, in one sentence, what a sheet cannot carry that
// the files import wrote would hold: a source's title (sources.yaml lists
// the cited ids, titled by themselves, in the order the sheet first cites
// them) and a group's sources (groups.yaml lists the groups without them).
// An export imported into a new folder loses both; the files a folder
// has already are kept (--force), and then nothing is lost.
func (a *app) sheetLeavesOut(sources, groups int, keptSources, keptGroups bool) string {
	srcs := !keptSources && sources > 0
	grps := !keptGroups && groups > 0
	switch {
	case srcs && grps:
		return a.say(lacksBoth, a.sourcesListed(sources), a.count(groups, "group", "groups", "个分组"))
	case srcs:
		give := giveTitles
		if sources == 1 {
			give = giveTitle
		}
		return a.say(lacksTitles, a.sourcesListed(sources), a.say(give))
	case grps:
		return a.say(lacksGroupSources, a.count(groups, "group", "groups", "个分组"))
	}
	return ""
}

// sourcesListed says what sources.yaml holds after an import: the n
// sources the sheet cites, titled by their ids, in the sheet's order.
func (a *app) sourcesListed(n int) string {
	if n == 1 {
		return a.say(oneSourceListed)
	}
	return a.say(sourcesInOrder, n)
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
	fmt.Fprintln(w, a.say(readRows, a.count(res.Rows, "row", "rows", "行"), file, strings.Join(used, a.say(listSep))))
	if len(res.Mapping.Ignored) > 0 {
		how := a.say(nameIgnored)
		if l := res.Mapping.IgnoredTwice; l != "" {
			// A header on two columns names neither: the letter does.
			how += a.say(sharedHeader, l)
		}
		fmt.Fprintln(w, a.say(ignoredColumns, a.ignoredList(res.Mapping.Ignored), how))
	}
	if len(res.LangFrom) > 0 {
		fmt.Fprintln(w, a.say(langFromHeaders, res.Lang, strings.Join(res.LangFrom, a.say(listSep))))
	}
	if opts.FillDown {
		fmt.Fprintf(w, "  %s\n", a.filledSummary(res.Filled))
	}
	if len(res.Made) > 0 {
		fmt.Fprintln(w, a.say(madeSections, strings.Join(res.MadeTitles, "\", \""), a.firstNames(res.Made, maxListedFiles, termsafe.MaxArgCells, "more department", "more departments", "个部门")))
	}
	keptSources, keptGroups := false, false
	for _, k := range kept {
		keptSources = keptSources || k.Name == "sources.yaml"
		keptGroups = keptGroups || k.Name == "groups.yaml"
		fmt.Fprint(w, a.say(keptEntries, k.Name))
		if len(k.Added) > 0 {
			fmt.Fprint(w, a.say(addedIDs, a.quoteIDs(k.Added)))
			switch {
			case k.Name != "sources.yaml":
			case len(k.Added) == 1:
				fmt.Fprint(w, a.say(titledByID))
			default:
				fmt.Fprint(w, a.say(titledByIDs))
			}
		}
		switch {
		case len(k.Unnamed) > 0 && k.Pruned:
			fmt.Fprint(w, a.say(removedIDs, a.quoteIDs(k.Unnamed)))
		case len(k.Unnamed) > 0:
			fmt.Fprint(w, a.say(keptIDs, a.quoteIDs(k.Unnamed)))
		}
		fmt.Fprintln(w, a.say(fullStop))
	}
	if lost := a.sheetLeavesOut(len(res.Org.Sources), len(res.Org.Groups), keptSources, keptGroups); lost != "" {
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
	fmt.Fprint(w, a.say(wroteFolder, a.count(files, "file", "files", "个文件"), termsafe.QuoteName(out), summaryOf(res.Org, a.interfaceLang()), strings.Join(langs, ", "), shellQuote(out)))
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
func (a *app) encodingError(encoding string) error {
	return &exitError{2, a.say(badEncoding, termsafe.QuoteArg(encoding), a.say(encodingHint))}
}

// import's messages and report.
var (
	badSeparator      = [model.NumLangs]string{"dutymap import: --separator %s: use comma, semicolon or tab", "dutymap import：--separator %s：请用 comma、semicolon 或 tab"}
	badColumn         = [model.NumLangs]string{"dutymap import: --column %s: write FIELD=HEADER, such as --column duty=\"Task statement\"", "dutymap import：--column %s：请写成 FIELD=HEADER，如 --column duty=\"任务说明\""}
	importBadLang     = [model.NumLangs]string{"dutymap import: --lang %s is not a language code; use one such as en, zh or de", "dutymap import：--lang %s 不是语言代码；请用 en、zh 或 de 这样的代码"}
	saveAsFirst       = [model.NumLangs]string{"dutymap import: %s is a %s file; save it as .xlsx or .csv (File, Save As) and import that", "dutymap import：%s 是 %s 文件；请把它另存为 .xlsx 或 .csv（文件 › 另存为），再导入"}
	notSheetName      = [model.NumLangs]string{"dutymap import: %s: give a .csv or .xlsx file", "dutymap import：%s：请给出 .csv 或 .xlsx 文件"}
	emptySheetName    = [model.NumLangs]string{"dutymap import: the file name is empty; give a .csv or .xlsx file", "dutymap import：文件名为空；请给出 .csv 或 .xlsx 文件"}
	sheetIsFolder     = [model.NumLangs]string{"dutymap import: %s is a folder; give a .csv or .xlsx file", "dutymap import：%s 是文件夹；请给出 .csv 或 .xlsx 文件"}
	coverSheet        = [model.NumLangs]string{"dutymap import: %s has %d sheets (%s); reading %s, as no column of %s reads as the department (choose another with --sheet)", "dutymap import：%s 有 %d 个工作表（%s）；读取 %s，因为 %s 中没有可读作部门的列（可用 --sheet 选择其他工作表）"}
	onlyExtension     = [model.NumLangs]string{"dutymap import: the name of %s is only its extension, so it gives no folder to write\n  fix: give the folder with --out, such as --out myorg", "dutymap import：%s 的名称只有扩展名，得不出要写入的文件夹\n  修正：用 --out 给出文件夹，如 --out myorg"}
	csvFlagOnly       = [model.NumLangs]string{"dutymap import: %s is for CSV text; %s is read as a workbook, which has no encoding or separator to choose: leave it out", "dutymap import：%s 只用于 CSV 文本；%s 按工作簿读取，没有编码或分隔符可选：请去掉它"}
	csvFlagsOnly      = [model.NumLangs]string{"dutymap import: %s are for CSV text; %s is read as a workbook, which has no encoding or separator to choose: leave them out", "dutymap import：%s 只用于 CSV 文本；%s 按工作簿读取，没有编码或分隔符可选：请去掉它们"}
	andSep            = [model.NumLangs]string{" and ", " 和 "}
	manySheets        = [model.NumLangs]string{"dutymap import: %s has %d sheets (%s); reading %s (choose another with --sheet)", "dutymap import：%s 有 %d 个工作表（%s）；读取 %s（可用 --sheet 选择其他工作表）"}
	problemsFound     = [model.NumLangs]string{"%s found in %s; nothing was written.", "在 %[2]s 中发现 %[1]s；什么也没有写入。"}
	keepFailed        = [model.NumLangs]string{"dutymap import: %s: %v; nothing was written.", "dutymap import：%s：%v；什么也没有写入。"}
	filledColumn      = [model.NumLangs]string{"%s: %s (%s)", "%s：%s（%s）"}
	filledNone        = [model.NumLangs]string{"Filled down: no blank department, section or position cell (--fill-down changed nothing)", "向下填充：没有空的部门、章节或岗位单元格（--fill-down 没有改变任何内容）"}
	filledSome        = [model.NumLangs]string{"Filled down: %s from the row above: %s", "向下填充：用上一行的值填了 %s：%s"}
	notWhatNamed      = [model.NumLangs]string{"dutymap import: %s is %s\n  fix: %s", "dutymap import：%s 是%s\n  修正：%s"}
	notCSV            = [model.NumLangs]string{"not CSV text", "不是 CSV 文本"}
	notXLSX           = [model.NumLangs]string{"not an XLSX workbook", "不是 XLSX 工作簿"}
	workbookAsCSV     = [model.NumLangs]string{"dutymap import: %s is an Excel workbook (XLSX), not CSV text: reading it as a workbook (rename it %s to say so)", "dutymap import：%s 是 Excel 工作簿（XLSX），不是 CSV 文本：按工作簿读取（可将它重命名为 %s 以示区别）"}
	isODS             = [model.NumLangs]string{"an OpenDocument spreadsheet (.ods), %s", "OpenDocument 电子表格（.ods），%s"}
	isDamagedZip      = [model.NumLangs]string{"a zip archive that is damaged or cut short: its list of parts cannot be read", "一个已损坏或不完整的 zip 压缩包：无法读取其中的部件列表"}
	isOtherZip        = [model.NumLangs]string{"a zip file that holds no workbook, %s", "一个不含工作簿的 zip 文件，%s"}
	isCFB             = [model.NumLangs]string{"a password-protected workbook, or an Excel 97–2003 one (.xls), %s", "一个有密码保护的工作簿，或 Excel 97–2003 工作簿（.xls），%s"}
	isHTML            = [model.NumLangs]string{"a web page (HTML), %s", "一个网页（HTML），%s"}
	notZip            = [model.NumLangs]string{"not an XLSX workbook (not a zip file)", "不是 XLSX 工作簿（不是 zip 文件）"}
	isEmptyXLSX       = [model.NumLangs]string{"empty, not an XLSX workbook", "空的，不是 XLSX 工作簿"}
	isText            = [model.NumLangs]string{"text, not an XLSX workbook (a zip file)", "文本，不是 XLSX 工作簿（zip 文件）"}
	saveFromProgram   = [model.NumLangs]string{"open it in a spreadsheet program, save it as .xlsx or .csv (File, Save As) and import that", "用电子表格程序打开它，另存为 .xlsx 或 .csv（文件 › 另存为），再导入"}
	getAgain          = [model.NumLangs]string{"if it was downloaded or copied, get it again; else open it in the spreadsheet program (which may repair it), save it again and import that", "如果它是下载或复制来的，请重新获取；否则用电子表格程序打开它（程序可能会修复它），重新保存后再导入"}
	unzipIt           = [model.NumLangs]string{"unzip it and import the sheet inside, or save the sheet as .xlsx or .csv", "解压后导入其中的表格，或把表格另存为 .xlsx 或 .csv"}
	removePassword    = [model.NumLangs]string{"open it in Excel, remove its password if it has one (File, Info, Protect Workbook), save it as .xlsx (File, Save As) and import that", "用 Excel 打开它，如有密码先去掉（文件 › 信息 › 保护工作簿），另存为 .xlsx（文件 › 另存为），再导入"}
	saveFromMaker     = [model.NumLangs]string{"open it in the program that made it and save it as .xlsx or .csv", "用生成它的程序打开，另存为 .xlsx 或 .csv"}
	saveAgain         = [model.NumLangs]string{"save the workbook again from the spreadsheet program", "用电子表格程序重新保存这个工作簿"}
	renameCSV         = [model.NumLangs]string{"if it is CSV, rename it %s and import that", "如果它是 CSV，请重命名为 %s 再导入"}
	sheetOfCSV        = [model.NumLangs]string{"dutymap import: --sheet %s: %s is CSV, which has one sheet; leave --sheet out", "dutymap import：--sheet %s：%s 是 CSV，只有一个工作表；请去掉 --sheet"}
	specialFile       = [model.NumLangs]string{"a special file", "一个特殊文件"}
	sheetNotFile      = [model.NumLangs]string{"dutymap import: %s is %s, not a file; save the sheet as a .csv or .xlsx file and import that", "dutymap import：%s 是%s，不是文件；请把表格保存为 .csv 或 .xlsx 文件再导入"}
	sheetTooLarge     = [model.NumLangs]string{"dutymap import: %s is %d MB, larger than the %d MB import reads; %s", "dutymap import：%s 有 %d MB，超过 import 能读取的 %d MB；%s"}
	sheetUnreadable   = [model.NumLangs]string{"dutymap import: cannot read %s: %v", "dutymap import：无法读取 %s：%v"}
	keptStale         = [model.NumLangs]string{"\nKept %s the sheet does not have, which dutymap still reads as content: %s.\n  Delete them, or import again with --force --prune to remove them.\n", "\n保留了表格中没有的 %s，dutymap 仍会把它们当作内容读取：%s。\n  请删除它们，或加 --force --prune 重新导入以删除它们。\n"}
	cannotPrune       = [model.NumLangs]string{"dutymap import: cannot remove the files the sheet does not have: %v", "dutymap import：无法删除表格中没有的文件：%v"}
	prunedSome        = [model.NumLangs]string{"dutymap import: removed %d of the %d files the sheet does not have, then: %v", "dutymap import：表格中没有的 %[2]d 个文件删除了 %[1]d 个，之后出错：%[3]v"}
	removedStale      = [model.NumLangs]string{"\nRemoved %s the sheet does not have: %s.\n", "\n删除了表格中没有的 %s：%s。\n"}
	lacksBoth         = [model.NumLangs]string{"sources.yaml lists %s, and groups.yaml the %s it names, without sources: a sheet carries neither a source's title nor a group's sources; give them in those files.", "sources.yaml 列出了%s，groups.yaml 列出了表格所提的 %s，但没有来源：表格既不带来源的标题，也不带分组的来源；请在这两个文件中补上。"}
	lacksTitles       = [model.NumLangs]string{"sources.yaml lists %s: a sheet does not carry a source's title; %s.", "sources.yaml 列出了%s：表格不带来源的标题；%s。"}
	giveTitle         = [model.NumLangs]string{"give it a title there", "请在那里给它一个标题"}
	giveTitles        = [model.NumLangs]string{"give each a title there", "请在那里给每个来源一个标题"}
	lacksGroupSources = [model.NumLangs]string{"groups.yaml lists the %s the sheet names, without sources: a sheet does not carry a group's sources; give them there.", "groups.yaml 列出了表格所提的 %s，但没有来源：表格不带分组的来源；请在那里补上。"}
	oneSourceListed   = [model.NumLangs]string{"the 1 source the sheet cites, titled by its id", "表格引用的 1 个来源，以它的 id 为标题"}
	sourcesInOrder    = [model.NumLangs]string{"the %d sources the sheet cites, in the order it first cites them, titled by their ids", "表格引用的 %d 个来源，按首次引用的顺序，以各自的 id 为标题"}
	readRows          = [model.NumLangs]string{"Read %s from %s.\n  Columns: %s", "从 %[2]s 读取了 %[1]s。\n  列：%[3]s"}
	nameIgnored       = [model.NumLangs]string{"name them with --column FIELD=HEADER to use them", "要使用它们，请用 --column FIELD=HEADER 指定"}
	sharedHeader      = [model.NumLangs]string{"; a header two columns share by its letter: --column FIELD=%s", "；两列共用的表头请用列的字母：--column FIELD=%s"}
	ignoredColumns    = [model.NumLangs]string{"  Ignored: %s (%s)", "  忽略：%s（%s）"}
	langFromHeaders   = [model.NumLangs]string{"  Language: %s, as the headers %s are Chinese (choose another with --lang)", "  语言：%s，因为表头 %s 是中文（可用 --lang 选择其他语言）"}
	madeSections      = [model.NumLangs]string{"  Duties with no section were put under \"%s\" in %s.", "  没有章节的职责放在了 %[2]s 的 \"%[1]s\" 下。"}
	keptEntries       = [model.NumLangs]string{"  %s: the folder's entries are kept as they were", "  %s：文件夹中原有的条目保持不变"}
	addedIDs          = [model.NumLangs]string{"; added %s", "；添加了 %s"}
	titledByID        = [model.NumLangs]string{", titled by its id: give it a title", "，以 id 为标题：请给它一个标题"}
	titledByIDs       = [model.NumLangs]string{", titled by their ids: give them titles", "，以各自的 id 为标题：请给它们标题"}
	removedIDs        = [model.NumLangs]string{"; removed %s the sheet no longer names", "；删除了表格已不再提到的 %s"}
	keptIDs           = [model.NumLangs]string{"; kept %s the sheet does not name (--prune removes them)", "；保留了表格没有提到的 %s（--prune 会删除它们）"}
	fullStop          = [model.NumLangs]string{".", "。"}
	wroteFolder       = [model.NumLangs]string{"Wrote %[1]s to %[2]s: %[3]s (%[4]s).\n\nNext steps:\n  dutymap validate %[5]s\n  dutymap --content %[5]s --builtin=false\n", "已将 %[1]s写入 %[2]s：%[3]s（%[4]s）。\n\n接下来：\n  dutymap validate %[5]s\n  dutymap --content %[5]s --builtin=false\n"}
	badEncoding       = [model.NumLangs]string{"dutymap import: --encoding %s: %s", "dutymap import：--encoding %s：%s"}
)

// sheet.EncodingHint and sheet.SplitFix, in both languages.
var (
	encodingHint = [model.NumLangs]string{sheet.EncodingHint, "请用 utf-8、gb18030、big5 或 windows-1252 这样的名称"}
	splitFix     = [model.NumLangs]string{sheet.SplitFix, "把它拆成几个表格（每个包含几个部门），分别导入各自的文件夹，再一起打开：dutymap --content A --content B"}
)
