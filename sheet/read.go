package sheet

import (
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// Rows is a sheet to read row by row.
type Rows interface {
	// Next returns the next row's cells and its 1-based number in the
	// sheet, or io.EOF after the last. A *RowError is a row that cannot be
	// read (a stray quote in a CSV file); reading goes on after it.
	Next() (cells []string, row int, err error)
	// Close releases what reading holds: a workbook's sheet larger than
	// excelize keeps in memory is unzipped into a temporary folder (400
	// MB for a large sheet), which only Close removes. Read does not close
	// its rows: whoever opened them does, on every path, once reading is
	// over or given up. Close may be called more than once.
	Close() error
}

// RowError is a row that cannot be read.
type RowError struct {
	Row, Column int // 1-based; Column 0 when unknown
	Err         error
	Fix         string // what to do; empty: check the row's quotes (CSV)
}

func (e *RowError) Error() string { return e.Err.Error() }

// Options tune reading a sheet.
type Options struct {
	Name string // the sheet as problems name it: "org.csv", "org.xlsx[Tasks]"
	// Lang is the language of text columns that name none, on rows without
	// a language column: a BCP 47 tag, "en" when empty.
	Lang string
	// Columns are --column FIELD=HEADER pairs: columns to take as given.
	Columns [][2]string
	// GuessLang takes Lang from the headers instead when they are Chinese
	// (部门, 职责 name no language, yet are written in one): zh.
	GuessLang bool
	// FillDown reads a blank unit cell (department, section, position) as
	// the one above it, where the row's units before it are the row
	// above's: sheets that write a unit once for the rows below it.
	FillDown bool
}

// Result is what reading a sheet gives.
type Result struct {
	Org      *model.Org       // what the written files hold, as the check loads them; nil when there are problems
	Files    []content.File   // the content folder, when there are no problems
	Problems content.Problems // by row ("Line") and column; notes included
	Mapping  Mapping
	Rows     int      // data rows read
	Made     []string // sections made for duties that had none, by department id
	// MadeTitles are the headings of those sections, as written ("Duties",
	// "职责" or "Duties / 职责"), each once.
	MadeTitles []string
	// LangFrom lists the headers Lang was guessed from (GuessLang), when
	// the guess is not Lang as given.
	LangFrom []string
	Lang     string // the language of text columns that name none
	// Filled are the unit columns Options.FillDown filled blank cells of,
	// in the order of the first cell filled, so that the user can check
	// the guess.
	Filled []Filled
}

// Filled says which blank cells of one unit column Options.FillDown
// filled from the row above.
type Filled struct {
	Header string // the column's header, as the sheet writes it
	Cells  int    // how many cells
	// Rows are the first maxFilledRows rows filled (the sheet's row
	// numbers); Cells counts them all.
	Rows []int
	col  int
}

// Where is the rows filled as a sentence says them: "row 7", "rows 7, 9
// and 3 more".
func (f Filled) Where() string {
	rows := make([]string, len(f.Rows))
	for j, r := range f.Rows {
		rows[j] = strconv.Itoa(r)
	}
	where := "row " + strings.Join(rows, "")
	if len(rows) > 1 {
		where = "rows " + strings.Join(rows, ", ")
	}
	if more := f.Cells - len(f.Rows); more > 0 {
		where += fmt.Sprintf(" and %d more", more)
	}
	return where
}

// maxFilledRows bounds Filled.Rows: a sheet that writes each unit once
// fills thousands of cells, and a few rows show where.
const maxFilledRows = 5

// maxRowProblems keeps a sheet with a systematic mistake from printing a
// problem per row.
const maxRowProblems = 50

// maxRowNotes bounds the notes of rows a sheet lists: the rest are
// counted in one note. A sheet of 300,000 rows whose duties repeated
// every 100,000 printed 200,000 notes, 20 MB, one a repeated duty
// (hunt25). A variable so that a test can lower it.
var maxRowNotes = 200

// Read reads a sheet whose header is its first row, or the first of its
// first few rows that reads as one (below a title: see findHeader), builds the organisation
// it describes and the content folder that holds it, and checks that folder
// as the loader reads it. Problems are reported by row and column: Problem
// File is the sheet's name, Line the row, and Msg begins with the column.
func Read(rows Rows, opts Options) *Result {
	b := &builder{opts: opts, res: &Result{}, docByID: map[string]*model.Node{}, byName: map[unitName]*model.Node{}, origin: map[*model.Node]*origin{},
		groupByID: map[string]*model.Group{}, groupOrigin: map[string]*origin{}, failed: map[int]bool{},
		sameDuty: map[wordingKey]*model.Node{}, seed: maphash.MakeSeed()}
	if b.opts.Lang == "" {
		b.opts.Lang = "en"
	}
	if tag, err := model.ParseTag(b.opts.Lang); err == nil {
		b.opts.Lang = tag
	}
	if s, ok := rows.(separated); ok {
		b.sep = s.separator()
	}
	b.spans, _ = rows.(spannedRows)
	if h, ok := rows.(heldRows); ok && h.heldInMemory() != "" {
		b.held = h.heldInMemory() + " " // a memory problem's fix begins with it
	}
	given := rows // as the caller gave them: findHeader and plainRows wrap rows
	b.plain = &plainRows{rows: rows}
	rows = b.plain
	first, rows, below := b.findHeader(rows)
	header, err := first.cells, first.err
	switch {
	case errors.Is(err, io.EOF):
		b.fileProblem("write a header row, then one row per duty (see docs/import.md)", "the sheet is empty")
		return b.res
	case errors.Is(err, ErrTooLarge):
		b.fileProblem(SplitFix, "%v", err)
		return b.res
	case b.wideRow(err, first.row):
		return b.res
	case b.damaged(err):
		return b.res
	case err != nil:
		b.fileProblem("save it again as CSV (UTF-8) or XLSX", "cannot read the header: %v", err)
		return b.res
	}
	b.header, b.headerRow = header, first.row
	notText := slices.IndexFunc(header, func(h string) bool { return !utf8.ValidString(h) })
	if b.misread(given, header, notText, first.readsAsHeader()) {
		return b.res
	}
	if notText >= 0 {
		enc, reading := guessEncoding(strings.Join(header, ", "))
		b.notUTF8Header(notText, enc, reading)
		return b.res
	}
	m, err := first.m, first.mapErr
	b.res.Mapping = m
	if err != nil {
		if !b.titleProblem(below) {
			errs := mappingErrors(err)
			for _, e := range errs {
				b.problem(b.headerRow, -1, mapFix(e)+b.separatorHint(below), "%v", e)
			}
			// The rest of the header's problems, in the same run.
			if settled(errs) && b.plan(below) {
				b.unreadTextNote(below)
			}
		}
		return b.res
	}
	if u, ok := given.(unreadRows); ok {
		u.leaveUnread(func(col int) bool { return noHeader(header, col) || m.Columns[col].Field == FieldNone })
	}
	if opts.GuessLang {
		b.guessLang()
	}
	b.res.Lang = b.opts.Lang
	if !b.plan(below) {
		return b.res
	}
	for {
		cells, row, err := rows.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var re *RowError
		if errors.As(err, &re) {
			fix := re.Fix
			if fix == "" {
				fix = "check the quotes in that row: a cell with a comma or a line break is written in \"double quotes\", and a quote inside one is doubled (\"\")"
			}
			b.problem(re.Row, re.Column-1, fix, "%v", re.Err)
			continue
		}
		if errors.Is(err, ErrTooLarge) {
			b.fileProblem(SplitFix, "%v (stopped at row %d)", err, row)
			return b.res
		}
		if b.wideRow(err, row) {
			return b.res
		}
		if b.damaged(err) {
			break
		}
		if err != nil {
			b.fileProblem("save it again as CSV (UTF-8) or XLSX", "cannot read row %d: %v", row, err)
			break
		}
		if b.res.Rows++; b.res.Rows > maxRows {
			b.fileProblem(SplitFix, "the sheet has more than %d rows, the most import reads (stopped at row %d)", maxRows, row)
			return b.res
		}
		if b.res.Rows%memoryCheckRows == 0 && b.overMemory(row) {
			return b.res
		}
		if b.checkWidth(cells, row, b.sep) {
			if dr, ok := given.(decimalRows); ok {
				b.decimals = dr.Decimals(row)
			}
			b.readRow(headedCells(cells, b.header), row)
			if b.failed[row] {
				b.skip(cells)
			}
			if len(b.docs) > content.MaxFiles() {
				b.fileProblem(tooMuchFix, "the sheet has more than %d departments, and dutymap reads at most %d content files, a file a department in each language (stopped at row %d)",
					content.MaxFiles(), content.MaxFiles(), row)
				return b.res
			}
		}
		if b.size != nil && b.size.full {
			return b.res // a department too large for its file: the rows after would only add to it
		}
		if len(b.res.Problems.Errors()) > maxRowProblems {
			b.fileProblem("fix the problems above first; the rest are often the same mistake", "stopped after %d problems", maxRowProblems)
			b.sayWhatFillDownFills()
			b.sameRows()
			return b.res
		}
	}
	b.sayWhatFillDownFills()
	b.reportUnheaded()
	b.noteUnread(b.res.Rows, b.textRows, true)
	b.finish()
	b.sameRows()
	b.plain.notes(b)
	b.joined.notes(b)
	if b.notUTF8 > 1 {
		b.res.Problems[b.notUTF8At].Msg += fmt.Sprintf(" (%d rows are not UTF-8)", b.notUTF8)
	}
	if b.unnoted > 0 {
		b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Note: true,
			Msg: fmt.Sprintf("%d more notes of rows are not listed: import lists the first %d", b.unnoted, maxRowNotes),
			Fix: "the files hold what the notes say; correct the rows noted above in the sheet and import again to see the rest"})
	}
	// In the sheet's order: the checks after the last row find mistakes of
	// earlier rows. Problems of the whole sheet (line 0) come last.
	slices.SortStableFunc(b.res.Problems, func(p, q content.Problem) int {
		return cmp.Compare(sheetOrder(p.Line), sheetOrder(q.Line))
	})
	return b.res
}

// wideRow reports err when it is a row of more cells than a sheet may
// have (see widthGuard), at that row; reading stops there.
func (b *builder) wideRow(err error, row int) bool {
	var wide *wideRow
	if !errors.As(err, &wide) {
		return false
	}
	b.problem(row, -1, wide.fix(), "%v", wide)
	return true
}

// decimalRows is a sheet whose cells may be numbers (a workbook's): it
// tells the columns of a row whose number has a fraction, shown as stored
// (xlsxRows.Decimals).
type decimalRows interface{ Decimals(row int) []int }

// guessLang reads the language of the text columns that name none from
// their headers: Chinese headers (部门, 岗位, 职责) over Chinese text, as a
// sheet made in Chinese has them, make it zh.
func (b *builder) guessLang() {
	var han, other []string
	for _, c := range b.res.Mapping.Columns {
		if !c.Field.textual() || c.Lang != "" {
			continue
		}
		if hasHan(c.Header) {
			han = append(han, c.Header)
		} else {
			other = append(other, c.Header)
		}
	}
	if len(han) > len(other) && b.opts.Lang != "zh" {
		b.opts.Lang, b.res.LangFrom = "zh", han
	}
}

func sheetOrder(line int) int {
	if line == 0 {
		return math.MaxInt
	}
	return line
}

// builder holds the state of one Read.
type builder struct {
	opts      Options
	res       *Result
	header    []string
	headerRow int // the header's row: 1, or below a title (findHeader)

	units    []int          // unit columns in order: department first
	above    map[int]string // the unit cells of the row above, by column (Options.FillDown)
	filled   map[int]int    // Result.Filled's index of each column filled
	langCol  int            // the language column, or -1
	pathCol  int            // the path (or id-with-path) column, or -1
	tagSlots [model.NumLangs]string

	scratch []rowText // reused by texts, row after row

	// unnamed are languages with text columns but no department column,
	// reported once at the header; their rows borrow the units' names in
	// the row's language, so that the rows' other mistakes are found too.
	unnamed []string
	failed  map[int]bool // rows with a problem
	// skipped holds the cells of the rows import could not read: a RACI
	// cell naming what they would have made is not reported (see check).
	skipped []string
	plain   *plainRows  // the rows as read, made plain text
	joined  joinedLines // duty cells of several lines, read as one duty
	// noDuty: no column reads as the duty; textRows counts, by column,
	// the rows whose cell holds text (see noteUnread).
	noDuty    bool
	textRows  []int
	notUTF8   int               // rows that are not UTF-8 text
	notUTF8At int               // the problem that reports the first
	unheaded  map[int]*unheaded // columns with values but no header, by index
	sep       rune              // a CSV file's separator, 0 for a workbook
	spans     spannedRows       // a workbook's merged cells (see checkWidth)
	held      string            // what a memory problem's fix says first (see heldRows)

	docs    []*model.Node
	docByID map[string]*model.Node
	// byName finds a unit by a name an earlier row gave it, so that a row
	// naming it in one language only gets the id the others made.
	byName map[unitName]*model.Node
	origin map[*model.Node]*origin
	cited  []string // source ids, in order of first citation

	groups      []*model.Group // groups of departments, in order of first mention
	groupByID   map[string]*model.Group
	groupOrigin map[string]*origin // where each group was first named, and the names rows give it
	groupNames  []groupCell        // the current row's names of its group (see texts)

	// Without Options.FillDown, what it would fill, so that the fix
	// offering it says what else it would change (see sayWhatFillDownFills):
	// the unit cells of the row above, and the cells of columns other
	// than the department's it would fill, by column.
	shadowAbove map[int]string
	wouldFill   []Filled
	wouldIdx    map[int]int
	shadowCells []string // reused row after row

	decimals []int // the current row's cells that are numbers with a fraction (decimalRows)

	repeats map[problemKey]int // each problem of a row, by what it says: its index in res.Problems
	again   map[int]*rowSet    // the later rows with the same problem, by that index
	notes   int                // notes of rows listed
	unnoted int                // notes of rows past maxRowNotes, counted only

	size *docSizes // the text of each department so far (see grow)

	// sameDuty finds a duty a row gave without an id, by its unit,
	// language and wording (model.Wording, hashed: a key of fixed size a
	// duty), so that a row repeating it is read as that duty again, not a
	// second one (see repeatOf); repeat is the current row's duty when the
	// row repeats an earlier row's.
	sameDuty map[wordingKey]*model.Node
	seed     maphash.Seed
	repeat   *model.Node
	keys     []wordingKey // reused by place, row after row

	// notDuty is, by column and kind (a number or not), the note on duty
	// cells without words (notADuty): its index in res.Problems.
	notDuty map[notDutyKey]int
}

type notDutyKey struct {
	col    int
	number bool
}

type wordingKey struct {
	unit *model.Node
	lang model.Lang
	hash uint64
}

// origin is where a node's values came from in the sheet.
type origin struct {
	row   int
	cells []originCell // a few per node: a slice costs less than a map
	// claims are the values rows give the node's single-valued fields
	// (its name in each language, code, summary …), with the rows giving
	// each: two that differ are one problem, reported by conflicts once
	// every row is read, whichever rows they are on.
	claims []claim
}

// claim is what the rows say of one single-valued field: each value
// given, in order of first appearance, with its rows.
type claim struct {
	key    claimKey
	values []claimed
}

type claimKey struct {
	originKey
	dim model.Dimension // the trait, for content.FieldTraits
}

type claimed struct {
	shown string // the value as its first row writes it
	v     string // its key, as claim's same gives it; "" until needed
	col   int    // the column of its first row
	rows  rowSet
}

type originKey struct {
	field content.Field
	lang  model.Lang
}

type cell struct{ row, col int }

type originCell struct {
	key originKey
	cell
}

// at is where the node's field in language l came from (zero if nowhere).
func (o *origin) at(f content.Field, l model.Lang) cell {
	for _, c := range o.cells {
		if c.key == (originKey{f, l}) {
			return c.cell
		}
	}
	return cell{}
}

func (b *builder) problem(row, col int, fix, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if row > b.headerRow {
		b.failed[row] = true
	}
	// A cell's column is named even past the header's cells, which have
	// no name to give it ("column E": tryout25 T13).
	if col >= 0 {
		msg = b.column(col) + ": " + msg
	}
	b.add(content.Problem{File: b.opts.Name, Line: row, Msg: msg, Fix: fix})
}

// column names column col as problems do: "column C (Duty)", or
// "column C" for a column past the header's cells.
func (b *builder) column(col int) string {
	if col < len(b.header) {
		return fmt.Sprintf("column %s (%s)", ColumnName(col), showHeader(b.header[col]))
	}
	return "column " + ColumnName(col)
}

// add adds a problem of a row, or, when an earlier row has the same one
// (the same column, message and fix: a column left empty, a value pasted
// down), adds the row to it: one mistake is one problem, whatever the
// number of rows it is made on (sameRows).
func (b *builder) add(p content.Problem) {
	key := problemKey{p.Msg, p.Fix, p.Note}
	if i, ok := b.repeats[key]; ok && p.Line > b.headerRow && b.res.Problems[i].Line > b.headerRow {
		if p.Line != b.res.Problems[i].Line {
			b.again[i].add(p.Line)
		}
		return
	}
	if p.Note && p.Line > 0 {
		if b.notes >= maxRowNotes {
			b.unnoted++
			return
		}
		b.notes++
	}
	if b.repeats == nil {
		b.repeats, b.again = map[problemKey]int{}, map[int]*rowSet{}
	}
	b.repeats[key] = len(b.res.Problems)
	b.again[len(b.res.Problems)] = &rowSet{}
	b.res.Problems = append(b.res.Problems, p)
}

type problemKey struct {
	msg, fix string
	note     bool
}

// sameRows names, in each problem made on several rows, the rows after
// its first: "… (also rows 22–24)".
func (b *builder) sameRows() {
	for i, rows := range b.again {
		if len(*rows) > 0 {
			b.res.Problems[i].Msg += fmt.Sprintf(" (also %s)", rows)
		}
	}
}

// damaged reports whether err says what is damaged in a workbook (a
// *partError, which carries its fix), having reported it so.
func (b *builder) damaged(err error) bool {
	var pe *partError
	if !errors.As(err, &pe) {
		return false
	}
	msg, fix := pe.split()
	b.fileProblem(fix, "%s", msg)
	return true
}

func (b *builder) fileProblem(fix, format string, args ...any) {
	b.problem(0, -1, fix, format, args...)
}

// plan checks the mapping: a department column, and a way to pair the
// languages of a sheet that has several. below are the rows findHeader
// read past a first row that reads as no header.
func (b *builder) plan(below []rowRead) bool {
	b.langCol, b.pathCol = -1, -1
	hasDuty := false
	for i, c := range b.res.Mapping.Columns {
		switch c.Field {
		case FieldDepartment:
			b.units = append([]int{i}, b.units...)
		case FieldSection, FieldPosition:
			b.units = append(b.units, i)
		case FieldLanguage:
			b.langCol = i
		case FieldPath:
			b.pathCol = i
		case FieldDuty:
			hasDuty = true
		}
	}
	b.noDuty = !hasDuty
	// Every problem of the header at once: without a department column
	// and without a duty or section column are two.
	ok := true
	if len(b.units) == 0 || b.res.Mapping.Columns[b.units[0]].Field != FieldDepartment {
		if b.titleProblem(below) {
			return false
		}
		fix := "name the department column Department (or Dept, Division, 部门), or give it with --column department=HEADER"
		if i, ok := b.likelyDepartment(below); ok {
			fix += fmt.Sprintf(" (such as --column department=%s)", b.columnArg(i))
		}
		b.problem(b.headerRow, -1, fix+b.separatorHint(below), "no column reads as the department; the columns are: %s", headerList(b.header))
		ok = false
	}
	if !hasDuty && len(b.units) <= 1 {
		b.problem(b.headerRow, -1, "add a column named Duty (or Task, Responsibility, 职责), or give it with --column duty=HEADER",
			"no column reads as a duty or a section; the columns are: %s", headerList(b.header))
		ok = false
	}
	if !ok {
		b.unreadTextNote(below)
		return false
	}
	// Units must come in order: the department, then its sections.
	slices.SortStableFunc(b.units[1:], func(x, y int) int { return x - y })
	b.checkUnitColumns()
	return true
}

// likelyDepartment is the column the fix for a sheet without a
// department column names as its likeliest, so that the fix, applied as
// written, reads (tryout26 U4: it named the first section column, Team,
// beside an unread Dept. column, and the import then failed on the rows
// with no team). below are the rows read past the header while looking
// for it: a candidate holds text, not a number, on each. The likeliest is
// an unread column headed like a department (Dep, Dept no, 部门编…);
// else the leftmost unread or unit column before the duty column, as a
// department column stands first. It is false for none: the message
// lists the headers.
func (b *builder) likelyDepartment(below []rowRead) (int, bool) {
	return likelyDepartmentIn(b.header, b.res.Mapping.Columns, below)
}

// likelyDepartmentIn is likelyDepartment for the header row header, read
// as cols, above the rows below.
func likelyDepartmentIn(header []string, cols []Column, below []rowRead) (int, bool) {
	var sample [][]string
	for _, r := range below {
		if r.err != nil {
			break
		}
		if nonEmpty(r.cells) {
			sample = append(sample, r.cells)
		}
	}
	holdsNames := func(i int) bool {
		if i >= len(header) || strings.TrimSpace(header[i]) == "" {
			return false
		}
		for _, cells := range sample {
			if i >= len(cells) || strings.TrimSpace(cells[i]) == "" || isNumber(strings.TrimSpace(cells[i])) {
				return false
			}
		}
		return true
	}
	for i, c := range cols {
		if c.Field == FieldNone && headedLikeDepartment(c.Header) && holdsNames(i) {
			return i, true
		}
	}
	for i, c := range cols {
		if c.Field == FieldDuty {
			break
		}
		switch c.Field {
		case FieldNone, FieldSection, FieldPosition:
			if holdsNames(i) {
				return i, true
			}
		}
	}
	return 0, false
}

// headedLikeDepartment reports whether a header no field was found for
// looks like a department's: a typo of one of its names, or a word that
// begins as one does ("Dep", "Dpt", "Departement", "部门全称").
func headedLikeDepartment(h string) bool {
	folded := plainHeader(h)
	if folded == "" {
		return false
	}
	if strings.Contains(folded, "部门") || strings.HasPrefix(folded, "dep") || strings.HasPrefix(folded, "dpt") || strings.HasPrefix(folded, "div") {
		return true
	}
	for name, f := range guesses() {
		if f == FieldDepartment && len(name) > 3 && model.EditDistance(folded, name) <= model.TypoLimit(name) {
			return true
		}
	}
	return false
}

// columnArg names column i for --column: by its header, quoted for the
// shell, or by its letter when another column has the same header.
func (b *builder) columnArg(i int) string {
	if headedTwice(b.header, i) {
		return ColumnName(i)
	}
	return quoteArg(strings.TrimSpace(b.header[i]))
}

// checkUnitColumns reports, once, each language that has text columns
// (Duty (zh)) but no column naming the department in it: without one, no
// row's text in that language can be placed, and the fix is to the header.
func (b *builder) checkUnitColumns() {
	if b.langCol >= 0 {
		return // untagged columns are in each row's language
	}
	named := map[string]bool{b.opts.Lang: true}
	for _, c := range b.res.Mapping.Columns {
		if c.Field == FieldDepartment && c.Lang != "" {
			named[c.Lang] = true
		}
	}
	for i, c := range b.res.Mapping.Columns {
		if !c.Field.textual() || c.Lang == "" || named[c.Lang] {
			continue
		}
		named[c.Lang] = true
		b.unnamed = append(b.unnamed, c.Lang)
		var add []string
		for _, u := range b.units {
			if uc := b.res.Mapping.Columns[u]; uc.Lang == "" {
				add = append(add, fmt.Sprintf("%q", uc.Header+" ("+c.Lang+")"))
			}
		}
		b.problem(b.headerRow, i, fmt.Sprintf("add %s, naming the units in %s on every row, or delete the %s columns to import the %s text alone",
			joinAnd(add), c.Lang, c.Lang, b.opts.Lang),
			"the sheet has text in %s but no column names the department in %s", c.Lang, c.Lang)
	}
}

// joinAnd joins quoted column names as a sentence does: "a", "a and b",
// "a, b and c".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "the column " + names[0]
	}
	return "the columns " + sentence(names)
}

// sentence joins items as a sentence lists them: "a", "a and b", "a, b
// and c".
func sentence(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// rowText is a row's text in one language.
type rowText struct {
	tag   string
	dept  bool       // a department column gave the first unit
	units []unitCell // department, then sections
	duty  cellText
	desc  cellText
	alias cellText
	// A document's own values, on its row: summary and traits.
	summary cellText
	traits  []traitCell
}

// groupCell is a row's name of its department's group in one language.
// It is the group's text, not the department's: a department written in
// English only may belong to a group named in English and Chinese.
type groupCell struct {
	tag string
	cellText
}

type traitCell struct {
	dim model.Dimension
	cellText
}

type unitCell struct {
	title string
	role  model.Role
	col   int
}

type cellText struct {
	text string
	col  int
}

// readRow adds one row to the organisation.
func (b *builder) readRow(cells []string, row int) {
	for len(cells) < len(b.header) {
		cells = append(cells, "")
	}
	if b.noDuty {
		b.countText(cells)
	}
	if b.opts.FillDown {
		b.fillDown(cells, row)
	} else {
		b.shadowFillDown(cells, row)
	}
	if i, ok := b.plain.notUTF8(row); ok {
		// One problem for the sheet: every row after is the same mistake.
		if b.notUTF8++; b.notUTF8 == 1 {
			enc, reading := guessEncoding(cells[i])
			b.notUTF8At = len(b.res.Problems)
			b.problem(row, i, encodingFix(enc), "the text is not UTF-8; read as %s it says: %s", encodingNames[enc], reading)
		}
		b.failed[row] = true
		return
	}
	rowLang := b.opts.Lang
	if b.langCol >= 0 {
		if v := strings.TrimSpace(cells[b.langCol]); v != "" {
			tag, err := model.ParseTag(v)
			if err != nil {
				b.problem(row, b.langCol, "write a language code such as en, zh or de", "%q is not a language", v)
				return
			}
			rowLang = tag
		}
	}
	texts := b.texts(cells, rowLang, row)
	if b.longTitles(texts, row) {
		return
	}
	for _, t := range texts {
		if t.duty.text != "" && b.notADuty(row, t.duty) {
			return
		}
	}
	if len(texts) == 0 {
		if strings.TrimSpace(strings.Join(cells, "")) != "" {
			b.problem(row, b.units[0], b.noDeptFix(), "the row has no department")
		}
		return
	}
	for _, t := range texts {
		if !b.slot(t.tag, row) {
			return
		}
	}
	for _, g := range b.groupNames {
		if !b.slot(g.tag, row) {
			return
		}
	}
	b.borrowUnits(texts, rowLang)
	first := texts[0]
	for _, t := range texts {
		switch {
		case !t.dept && len(texts) == 1:
			b.problem(row, b.units[0], b.noDeptFix(), "the row has no department")
			return
		case !t.dept:
			col, fix := b.textCol(FieldDepartment, t.tag, rowLang), "name the row's department in every language the row has text in"
			if col < 0 { // no column to name it in: the fix is to add one
				col = b.textCol(FieldDuty, t.tag, rowLang)
				fix = fmt.Sprintf("add a column Department (%s), and Section (%s) if the sheet has sections, naming each row's department and section in %s", t.tag, t.tag, t.tag)
			}
			b.problem(row, col, fix, "the row has %s text but no department in %s", t.tag, t.tag)
			return
		case len(t.units) != len(first.units):
			b.problem(row, t.units[len(t.units)-1].col, "give every language the same levels of units", "the %s columns name %s of units, the %s columns %d",
				t.tag, content.Count(len(t.units), "level", "levels"), first.tag, len(first.units))
			return
		case (t.duty.text == "") != (first.duty.text == ""):
			have, miss := first, t
			if first.duty.text == "" {
				have, miss = t, first
			}
			b.problem(row, b.textCol(FieldDuty, miss.tag, rowLang), "write the duty in every language the row has text in, or in none",
				"the duty is written in %s but not in %s", have.tag, miss.tag)
			return
		}
	}
	ids, ok := b.ids(cells, row, texts)
	if !ok {
		return
	}
	b.repeat = nil
	n := b.place(cells, row, texts, ids)
	if n != nil {
		b.noteOtherScript(row, texts)
		b.values(cells, row, texts, n)
		if n == b.repeat {
			b.noteRepeat(n, row, texts)
		}
		b.grow(n.Root(), texts, row)
	}
}

// noteOtherScript notes a row of one language whose text is Chinese while
// the row is read in another: import writes it there as it is (a sheet
// with English headers and one 仓库,收货员,按采购单核对到货。 row made
// en/仓库.md, its Chinese text as English content, without a word:
// tryout27 P3). Which it is, a Chinese row or a translation of another,
// only the user knows: the fix says how to mark either.
func (b *builder) noteOtherScript(row int, texts []rowText) {
	if len(texts) != 1 || model.TagLang(texts[0].tag) == model.Zh {
		return
	}
	t := texts[0]
	text, col := t.duty.text, t.duty.col
	if text == "" {
		text, col = t.units[len(t.units)-1].title, t.units[len(t.units)-1].col
	}
	if !chineseText(text) {
		return
	}
	fix := "if the row is Chinese, add a Language column and write zh in it on this row (rows left blank keep " + t.tag + "); " +
		"if it translates another row, move its text to that row, in columns of their own such as Duty (zh); if the whole sheet is Chinese, import with --lang zh"
	if b.langCol >= 0 {
		fix = "if the row is Chinese, write zh in its " + showHeader(b.header[b.langCol]) + " cell; if it translates another row, move its text to that row, in columns of their own such as Duty (zh)"
	}
	b.add(content.Problem{File: b.opts.Name, Line: row, Note: true, Fix: fix,
		Msg: fmt.Sprintf("%s: the text is Chinese, but the row is read as %s: import wrote it as %s content", b.column(col), t.tag, t.tag)})
}

// chineseText reports whether s is written in Chinese: Han characters
// at least as many as the other letters (a Chinese duty naming ERP is
// Chinese; an English one naming 关系 is not).
func chineseText(s string) bool {
	han, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			other++
		}
	}
	return han > 0 && han >= other
}

// longTitleSheetFix is the fix of a duty's line longer than a title may
// be, in a sheet's terms.
const longTitleSheetFix = "keep it to a sentence; longer text belongs in a Description column beside it, on the same row"

// longTitles refuses a row whose duty, or the name of a unit it gives, is
// longer than a title may be (content.MaxTitle), as the row is read: the
// loader would refuse it once the folder is written, but by then every
// row is held in memory (a 15 KB workbook whose 1 MB duty 200 rows show
// took 1 GB and 3 s before it was refused).
func (b *builder) longTitles(texts []rowText, row int) bool {
	long := false
	refuse := func(col, size int, what, fix string) {
		long = true
		b.problem(row, col, fix, "a %s is %d KB long; the most it may be is %d KB", what, (size+1023)/1024, content.MaxTitle>>10)
	}
	for _, t := range texts {
		for i, u := range t.units {
			if len(u.title) > content.MaxTitle {
				what := "section's name"
				if i == 0 && t.dept {
					what = "department's name"
				}
				refuse(u.col, len(u.title), what, "shorten the name; longer text belongs in a Description column beside it, on the same row")
			}
		}
		if len(t.duty.text) > content.MaxTitle {
			refuse(t.duty.col, len(t.duty.text), "duty's line", longTitleSheetFix)
		}
	}
	return long
}

// texts gathers a row's text per language, in the order languages first
// appear in the header.
// The slice it returns, and the units in it, are reused by the next row.
func (b *builder) texts(cells []string, rowLang string, row int) []rowText {
	out := b.scratch[:0]
	b.groupNames = b.groupNames[:0]
	get := func(tag string) *rowText {
		for i := range out {
			if out[i].tag == tag {
				return &out[i]
			}
		}
		var units []unitCell
		if len(out) < cap(out) {
			units = out[:len(out)+1][len(out)].units[:0]
		}
		out = append(out, rowText{tag: tag, units: units, duty: cellText{col: -1}, desc: cellText{col: -1}, alias: cellText{col: -1},
			summary: cellText{col: -1}})
		return &out[len(out)-1]
	}
	defer func() { b.scratch = out }()
	for i, c := range b.res.Mapping.Columns {
		if !c.Field.textual() {
			continue
		}
		tag := c.Lang
		if tag == "" {
			tag = rowLang
		}
		v := cells[i]
		if c.Field != FieldDescription {
			v = strings.TrimSpace(v)
		}
		if strings.TrimSpace(v) == "" {
			continue
		}
		if c.Field == FieldGroupName {
			b.groupNames = append(b.groupNames, groupCell{tag, cellText{oneLine(v), i}})
			continue
		}
		t := get(tag)
		switch c.Field {
		case FieldDuty:
			b.joined.record(i, row, v)
			t.duty = cellText{oneLine(v), i}
		case FieldDescription:
			t.desc = cellText{description(v), i}
		case FieldAliases:
			t.alias = cellText{v, i}
		case FieldSummary:
			t.summary = cellText{oneLine(v), i}
		case FieldTrait:
			t.traits = append(t.traits, traitCell{c.Dim, cellText{v, i}})
		}
	}
	// Units in level order, for the languages found above (a row with only
	// a department has no other text).
	for _, i := range b.units {
		c := b.res.Mapping.Columns[i]
		tag := c.Lang
		if tag == "" {
			tag = rowLang
		}
		v := strings.TrimSpace(cells[i])
		if v == "" {
			continue
		}
		t := get(tag)
		if c.Field == FieldDepartment {
			t.dept = true
		}
		b.joined.record(i, row, v)
		for _, part := range splitUnits(v) {
			if part = oneLine(part); part != "" {
				t.units = append(t.units, unitCell{part, c.Role, i})
			}
		}
	}
	return out
}

// splitUnits splits a unit cell into the names of its levels at each ›
// but one written \› (a › inside a name, as export writes it), which it
// reads as ›.
func splitUnits(cell string) []string {
	if !strings.Contains(cell, `\›`) {
		return strings.Split(cell, "›")
	}
	var parts []string
	var part strings.Builder
	for len(cell) > 0 {
		switch {
		case strings.HasPrefix(cell, `\›`):
			part.WriteString("›")
			cell = cell[len(`\›`):]
		case strings.HasPrefix(cell, "›"):
			parts = append(parts, part.String())
			part.Reset()
			cell = cell[len("›"):]
		default:
			_, size := utf8.DecodeRuneInString(cell)
			part.WriteString(cell[:size])
			cell = cell[size:]
		}
	}
	return append(parts, part.String())
}

// fillDown fills the blank unit cells of a row that is not blank with the
// values of the row above (Options.FillDown), level by level in each
// language: a unit below one the row changes is not filled (a row naming
// another department and no section is that department's).
func (b *builder) fillDown(cells []string, row int) {
	if blankRow(cells) {
		return
	}
	if b.above == nil {
		b.above = map[int]string{}
		b.filled = map[int]int{}
	}
	b.fillBlanks(cells, b.above, func(col int) { noteFilled(&b.res.Filled, b.filled, b.header[col], col, row) })
}

// shadowFillDown does what fillDown would, on a copy of the row's unit
// cells, and records the cells it would fill outside the department
// columns (Options.FillDown off).
func (b *builder) shadowFillDown(cells []string, row int) {
	if len(b.units) < 2 {
		return // the department's cells alone: the fix says that much
	}
	if b.shadowAbove == nil {
		b.shadowAbove = map[int]string{}
		b.wouldIdx = map[int]int{}
	}
	if len(b.shadowCells) < len(cells) {
		b.shadowCells = make([]string, len(cells))
	}
	copyCells := b.shadowCells[:len(cells)]
	for _, i := range b.units {
		copyCells[i] = cells[i]
	}
	if blankRow(cells) {
		return
	}
	b.fillBlanks(copyCells, b.shadowAbove, func(col int) {
		if b.res.Mapping.Columns[col].Field != FieldDepartment {
			noteFilled(&b.wouldFill, b.wouldIdx, b.header[col], col, row)
		}
	})
}

// blankRow reports whether every cell of a row is blank.
func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// fillBlanks fills the blank unit cells of a row from above, the unit
// cells of the row above, which it then sets to the row's; filled is told
// each column it fills.
func (b *builder) fillBlanks(cells []string, above map[int]string, filled func(col int)) {
	same := map[string]bool{} // by language: the levels so far are the row above's
	for _, i := range b.units {
		tag := b.res.Mapping.Columns[i].Lang
		if _, ok := same[tag]; !ok {
			same[tag] = true
		}
		v := strings.TrimSpace(cells[i])
		switch {
		case v == "" && same[tag]:
			cells[i] = above[i]
			if above[i] != "" {
				filled(i)
			}
		case v != above[i]:
			same[tag] = false
		}
		above[i] = strings.TrimSpace(cells[i])
	}
}

// noteFilled records in list that a cell of the column col, headed
// header, of row is filled; idx holds list's index of each column.
func noteFilled(list *[]Filled, idx map[int]int, header string, col, row int) {
	k, ok := idx[col]
	if !ok {
		k = len(*list)
		idx[col] = k
		*list = append(*list, Filled{Header: header, col: col})
	}
	f := &(*list)[k]
	f.Cells++
	if len(f.Rows) < maxFilledRows {
		f.Rows = append(f.Rows, row)
	}
}

// borrowUnits gives the text of a language reported by checkUnitColumns the
// units of the row's own language, so that checking the row goes on.
func (b *builder) borrowUnits(texts []rowText, rowLang string) {
	if len(b.unnamed) == 0 {
		return
	}
	var own *rowText
	for i := range texts {
		if texts[i].tag == rowLang {
			own = &texts[i]
		}
	}
	if own == nil || !own.dept {
		return
	}
	for i := range texts {
		if t := &texts[i]; !t.dept && slices.Contains(b.unnamed, t.tag) {
			t.dept = true
			t.units = append(t.units[:0], own.units...)
		}
	}
}

// slot checks that tag fits the explorer's two languages: Chinese, and
// one other.
func (b *builder) slot(tag string, row int) bool {
	l := model.TagLang(tag)
	switch b.tagSlots[l] {
	case "":
		b.tagSlots[l] = tag
	case tag:
	default:
		b.problem(row, -1, "keep one language besides Chinese in a sheet, and import the other from a sheet of its own",
			"the sheet has text in %s and in %s: dutymap shows Chinese and one other language", b.tagSlots[l], tag)
		return false
	}
	return true
}

// textCol is the column of field f in language tag: its suffixed column,
// or the unsuffixed one when the row is in tag.
func (b *builder) textCol(f Field, tag, rowLang string) int {
	for i, c := range b.res.Mapping.Columns {
		if c.Field == f && (c.Lang == tag || (c.Lang == "" && rowLang == tag)) {
			return i
		}
	}
	return -1
}

// ids are the ids of the row's units and duty: from the path column, or
// those of the units earlier rows named so (in any language), or made from
// the names in the language that is not Chinese when the row has one, so
// that a reader of either language can type the paths (the duty's own id
// from the id column, or none: numbered by its place).
func (b *builder) ids(cells []string, row int, texts []rowText) ([]string, bool) {
	first := texts[0]
	want := len(first.units)
	if first.duty.text != "" {
		want++
	}
	pathCol, path := b.pathCol, ""
	if pathCol >= 0 {
		path = strings.Trim(strings.TrimSpace(cells[pathCol]), "/")
	}
	idCol := b.res.Mapping.col(FieldID)
	own := ""
	if idCol >= 0 {
		own = strings.Trim(strings.TrimSpace(cells[idCol]), "/")
		if strings.Contains(own, "/") && path == "" {
			path, pathCol, own = own, idCol, ""
		}
	}
	if path != "" {
		ids := strings.Split(path, "/")
		if len(ids) != want {
			b.problem(row, pathCol, fmt.Sprintf("give one id per level: %d ids for this row, separated by /", want), "%q has %d ids, but the row names %d levels (units and duty)", path, len(ids), want)
			return nil, false
		}
		for _, id := range ids {
			if !content.ValidID(id) {
				b.problem(row, pathCol, fmt.Sprintf("ids use lower-case letters, digits and -: write %s", content.ID(id)), "%q is not a valid id", id)
				return nil, false
			}
		}
		return ids, true
	}
	ids := make([]string, 0, want)
	named := idText(texts)
	var parent *model.Node
	for k, u := range named.units {
		n := b.known(parent, named, k)
		for i := 0; n == nil && i < len(texts); i++ {
			n = b.known(parent, texts[i], k)
		}
		if n == nil {
			ids = append(ids, content.ID(u.title))
		} else {
			ids = append(ids, n.ID)
		}
		parent = n
	}
	if first.duty.text != "" {
		if own != "" && !content.ValidID(own) {
			b.problem(row, idCol, fmt.Sprintf("ids use lower-case letters, digits and -: write %s", content.ID(own)), "%q is not a valid id", own)
			return nil, false
		}
		ids = append(ids, own)
	} else if own != "" {
		if !content.ValidID(own) {
			b.problem(row, idCol, fmt.Sprintf("ids use lower-case letters, digits and -: write %s", content.ID(own)), "%q is not a valid id", own)
			return nil, false
		}
		ids[len(ids)-1] = own
	}
	return ids, true
}

// maxSectionDepth is how deep sections nest under a document: ## to ######.
const maxSectionDepth = 5

// place finds or makes the row's department, sections and duty, names them
// in each language, and returns the row's node.
func (b *builder) place(cells []string, row int, texts []rowText, ids []string) *model.Node {
	first := texts[0]
	levels := len(first.units)
	if levels-1 > maxSectionDepth {
		b.problem(row, first.units[levels-1].col, fmt.Sprintf("keep at most %d levels of sections under a department: merge two levels into one", maxSectionDepth),
			"the row has %d levels of sections; Markdown headings stop at ######", levels-1)
		return nil
	}
	// The document.
	doc := b.docByID[ids[0]]
	if doc == nil {
		doc = &model.Node{ID: ids[0], Kind: model.KindDepartment, Details: &model.Details{Order: len(b.docs) + 1}}
		b.docByID[ids[0]] = doc
		b.docs = append(b.docs, doc)
		b.origin[doc] = &origin{row: row}
	}
	if k := b.cell(cells, FieldKind); levels == 1 && first.duty.text == "" && k != "" {
		switch k {
		case "department", "topic", "relation":
			if len(doc.Children) > 0 && kindName(doc) != k {
				b.problem(row, b.res.Mapping.col(FieldKind), "put the row of a topic or relation before its points", "%q is a %s already (row %d)", doc.ID, kindName(doc), b.origin[doc].row)
				return nil
			}
			doc.Kind = map[string]model.Kind{"department": model.KindDepartment, "topic": model.KindTopic, "relation": model.KindRelation}[k]
		}
	}
	b.name(row, doc, texts, 0)
	n := doc
	for k := 1; k < levels; k++ {
		var sec *model.Node
		for _, c := range n.Children {
			if !c.Kind.IsLeaf() && c.ID == ids[k] {
				sec = c
			}
		}
		if sec == nil {
			sec = &model.Node{ID: ids[k], Kind: model.KindSection, Role: model.RoleGroup, Parent: n}
			n.Children = append(n.Children, sec)
			b.origin[sec] = &origin{row: row}
		}
		if role := first.units[k].role; role != model.RoleGroup {
			sec.Role = role
		}
		b.name(row, sec, texts, k)
		n = sec
	}
	if first.duty.text == "" {
		return n
	}
	if n == doc && doc.Kind == model.KindDepartment {
		// A department's duties stand in sections: a sheet of departments
		// and duties only gets one section per department.
		n = b.madeSection(doc, row, texts)
	}
	id := ids[len(ids)-1]
	var duty *model.Node
	if id != "" {
		for _, c := range n.Children {
			if c.Kind.IsLeaf() && c.ID == id {
				duty = c
			}
		}
	}
	var keys []wordingKey // the duty's wording in each of the row's languages
	if duty == nil && id == "" {
		keys = b.keys[:0]
		for _, t := range texts {
			keys = append(keys, b.wordingKey(n, model.TagLang(t.tag), t.duty.text))
		}
		b.keys = keys
		if duty = b.repeatOf(texts, keys); duty != nil {
			b.repeat = duty
			return duty
		}
	}
	if duty == nil {
		kind := model.KindDuty
		if doc.Kind != model.KindDepartment {
			kind = model.KindPoint
		}
		duty = &model.Node{ID: id, Kind: kind, Parent: n}
		n.Children = append(n.Children, duty)
		b.origin[duty] = &origin{row: row}
	}
	for i, t := range texts {
		l := model.TagLang(t.tag)
		if duty.Title[l] != "" {
			b.problem(row, t.duty.col, "give each duty one row per language, or its own id", "the same duty as row %d (id %s)", b.origin[duty].row, duty.ID)
			return nil
		}
		duty.Title[l] = t.duty.text
		b.record(duty, content.FieldTitle, l, row, t.duty.col)
		if i < len(keys) && keys[i].hash != 0 && b.sameDuty[keys[i]] == nil {
			b.sameDuty[keys[i]] = duty
		}
	}
	return duty
}

// wordingKey is the key of a duty of unit worded text in language l, by
// its wording as check compares duties (model.Wording); a zero hash for
// text that folds to nothing.
func (b *builder) wordingKey(unit *model.Node, l model.Lang, text string) wordingKey {
	w := model.Wording(text)
	if w == "" {
		return wordingKey{}
	}
	return wordingKey{unit, l, maphash.String(b.seed, w) | 1}
}

// repeatOf returns the duty an earlier row gave without an id and worded
// as this row's duty is in each of its languages (keys, by wordingKey:
// case, spacing and end punctuation aside), or nil. A sheet with a row
// twice (a paste, two sheets joined) means one duty: written twice, check
// would report it (duty-repeat), and its RACI cells, given on one row and
// empty on the other, would differ between the copies.
func (b *builder) repeatOf(texts []rowText, keys []wordingKey) *model.Node {
	var duty *model.Node
	for i, t := range texts {
		d := b.sameDuty[keys[i]]
		if d == nil || duty != nil && d != duty || model.Wording(d.Title[keys[i].lang]) != model.Wording(t.duty.text) {
			return nil
		}
		duty = d
	}
	return duty
}

// notADuty notes a duty cell that holds no word: a number (a count, a
// code, a column shifted by one: a number cell of a workbook reads as its
// digits) or only punctuation and symbols (a dash meaning "none"). No
// reader takes "- 42" for a duty, so the row is skipped, and the note
// names it: one note a column and kind, with the rows after its first
// ("also rows 7–9").
func (b *builder) notADuty(row int, duty cellText) bool {
	v := duty.text
	if strings.ContainsFunc(v, unicode.IsLetter) {
		return false
	}
	key := notDutyKey{duty.col, isNumber(v)}
	if i, ok := b.notDuty[key]; ok {
		b.again[i].add(row)
		return true
	}
	msg := fmt.Sprintf("%s: the cell holds no word (%q), only digits, punctuation or symbols: not a duty; import skipped the row", b.column(duty.col), v)
	fix := "write the duty in words, as a short sentence; if the row has no duty, clear the cell (a row without a duty is about its unit)"
	if key.number {
		msg = fmt.Sprintf("%s: the cell is a number (%s), not a duty; import skipped the row", b.column(duty.col), v)
		fix = "write the duty in words, as a short sentence; if the number is the duty's code, move it to a Code column; if the duties are in another column, name it with --column duty=HEADER"
	}
	p := content.Problem{File: b.opts.Name, Line: row, Note: true, Msg: msg, Fix: fix}
	b.add(p)
	if b.notDuty == nil {
		b.notDuty = map[notDutyKey]int{}
	}
	b.notDuty[key] = b.repeats[problemKey{p.Msg, p.Fix, p.Note}]
	return true
}

// isNumber reports whether s reads as a number: digits with a sign, a
// decimal point, thousands separators or a per cent sign.
func isNumber(s string) bool {
	s = strings.TrimSuffix(strings.ReplaceAll(s, ",", ""), "%")
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// givenAgain reports whether a row that repeats an earlier row's duty
// (b.repeat) gives a list the duty has (aliases, sources, a RACI line: f
// in language l) again, the same up to case (the row's copy is then read
// as nothing new); given otherwise, it is a problem of the row's, reported
// here: one of the two rows is wrong, and the fix is to make them one.
func (b *builder) givenAgain(row, col int, n *model.Node, f content.Field, l model.Lang, had []string, v string) bool {
	if n != b.repeat || had == nil {
		return false
	}
	if slices.EqualFunc(had, splitList(v), strings.EqualFold) {
		return true
	}
	head := b.header[col]
	b.problem(row, col, fmt.Sprintf("make the two rows one, keeping the %s cell that is right, and delete the other; if they are two duties, word them apart", head),
		"the same duty as row %d, whose %s cell says %q; this row's says %q", b.origin[n].at(f, l).row, head, strings.Join(had, ", "), v)
	return true
}

// noteRepeat notes a row that repeats an earlier row's duty (repeatOf),
// read as that duty: which row each of its RACI lines comes from, and
// whether the row added anything. The rows that repeat one duty alike are
// one note ("also rows 4–9"). Cells the rows give differently are problems
// of their own (a RACI line given twice, two descriptions).
func (b *builder) noteRepeat(duty *model.Node, row int, texts []rowText) {
	if b.failed[row] {
		return
	}
	o := b.origin[duty]
	l := model.TagLang(texts[0].tag)
	msg := fmt.Sprintf("the same duty as row %d (%q, under %s); import wrote it once", o.row, duty.Title[l], duty.Parent.Breadcrumb(l, true))
	var lines []string
	for _, role := range model.RACIRoles {
		if duty.RACI().Has(role) {
			lines = append(lines, fmt.Sprintf("%s: %s from row %d", role.Name(model.En), strings.Join(duty.RACI().Refs[role], ", "), o.at(content.RACIField(role), model.En).row))
		}
	}
	if len(lines) > 0 {
		msg += ", with " + sentence(lines)
	}
	var added []string
	for _, c := range o.cells {
		if c.row == row {
			added = append(added, b.header[c.col])
		}
	}
	fix := fmt.Sprintf("delete this row (and the rows named with it): it adds nothing to row %d; if the two are different duties, word them apart", o.row)
	if len(added) > 0 {
		fix = fmt.Sprintf("make the rows one: give row %d the cells this row adds (%s) and delete this row; if the two are different duties, word them apart", o.row, sentence(added))
	}
	b.add(content.Problem{File: b.opts.Name, Line: row, Note: true, Msg: b.column(texts[0].duty.col) + ": " + msg, Fix: fix})
}

// name gives the node at unit level k its name in each language: the one
// its first row gives. Every row's name is a claim (see conflicts): a
// department renamed on one row of its hundred is one problem, not a
// hundred.
func (b *builder) name(row int, n *model.Node, texts []rowText, k int) {
	for _, t := range texts {
		l, u := model.TagLang(t.tag), t.units[k]
		if key := (unitName{n.Parent, l, u.title}); b.byName[key] == nil {
			b.byName[key] = n
		}
		if n.Title[l] == "" {
			n.Title[l] = u.title
			b.record(n, content.FieldTitle, l, row, u.col)
		}
		b.origin[n].claim(claimKey{originKey: originKey{content.FieldTitle, l}}, u.title, row, u.col, model.Fold)
	}
}

// unitName is a unit's name in one language, under its parent (nil for a
// department), as a cell gives it.
type unitName struct {
	parent *model.Node
	lang   model.Lang
	name   string
}

// known is the unit an earlier row named as t names the row's unit at
// level k, under parent (nil: a department), or nil.
func (b *builder) known(parent *model.Node, t rowText, k int) *model.Node {
	if k > 0 && parent == nil {
		return nil // a new unit: nothing under it yet
	}
	return b.byName[unitName{parent, model.TagLang(t.tag), t.units[k].title}]
}

// idText is the row's text whose names make new ids: the language that is
// not Chinese when the row has text in it (Warehouse, not 仓储部, makes
// warehouse/shipping-clerk/1 whichever columns come first), else the
// first.
func idText(texts []rowText) rowText {
	for _, t := range texts {
		if model.TagLang(t.tag) != model.Zh {
			return t
		}
	}
	return texts[0]
}

// madeSection is the section "Duties" that holds a department's duties
// when the sheet names no section for them.
func (b *builder) madeSection(doc *model.Node, row int, texts []rowText) *model.Node {
	for _, c := range doc.Children {
		if c.ID == "duties" && !c.Kind.IsLeaf() {
			return c
		}
	}
	sec := &model.Node{ID: "duties", Kind: model.KindSection, Role: model.RoleGroup, Parent: doc}
	for _, t := range texts {
		if model.TagLang(t.tag) == model.Zh {
			sec.Title[model.Zh] = "职责"
		} else {
			sec.Title[model.En] = "Duties"
		}
	}
	doc.Children = append(doc.Children, sec)
	b.origin[sec] = &origin{row: row}
	b.res.Made = append(b.res.Made, doc.ID)
	var titles []string
	for _, l := range model.Langs {
		if t := sec.Title[l]; t != "" {
			titles = append(titles, t)
		}
	}
	if t := strings.Join(titles, " / "); !slices.Contains(b.res.MadeTitles, t) {
		b.res.MadeTitles = append(b.res.MadeTitles, t)
	}
	return sec
}

func kindName(n *model.Node) string { return n.Kind.String() }

// values sets the row's description, code, aliases, sources, kind and
// links on its node, and the unit codes on its units.
func (b *builder) values(cells []string, row int, texts []rowText, n *model.Node) {
	m := &b.res.Mapping
	for _, t := range texts {
		l := model.TagLang(t.tag)
		if t.desc.text != "" {
			// The body is Markdown; rows are compared (and named in
			// problems) by the cell as written.
			body := &n.Edit().Body[l]
			first := *body == ""
			b.set(row, t.desc.col, n, content.FieldDescription, l, "", body, t.desc.text)
			if first {
				*body = cellMarkdown(*body)
			}
		}
		if t.alias.text != "" {
			if b.givenAgain(row, t.alias.col, n, content.FieldAliases, l, n.Aliases()[l], t.alias.text) {
				continue
			}
			if n.Aliases()[l] != nil {
				b.problem(row, t.alias.col, "give a node's aliases on one row", "aliases given twice (row %d)", b.origin[n].at(content.FieldAliases, l).row)
				return
			}
			n.Edit().Aliases[l] = splitList(t.alias.text)
			b.record(n, content.FieldAliases, l, row, t.alias.col)
		}
	}
	if v := b.cell(cells, FieldCode); v != "" {
		b.set(row, m.col(FieldCode), n, content.FieldCode, model.En, "", &n.Edit().Code, v)
		b.decimalCode(row, m.col(FieldCode))
	}
	for _, uc := range []struct {
		f     Field
		level func() *model.Node
	}{
		{FieldDepartmentCode, func() *model.Node { return n.Root() }},
		{FieldSectionCode, func() *model.Node { return b.unitOf(n, FieldSection) }},
		{FieldPositionCode, func() *model.Node { return b.unitOf(n, FieldPosition) }},
	} {
		if v := b.cell(cells, uc.f); v != "" {
			u := uc.level()
			if u == nil {
				b.problem(row, m.col(uc.f), "leave the code empty on rows without that unit", "the row has no %s for this code", strings.TrimSuffix(uc.f.String(), "-code"))
				return
			}
			b.set(row, m.col(uc.f), u, content.FieldCode, model.En, "", &u.Edit().Code, v)
			b.decimalCode(row, m.col(uc.f))
		}
	}
	if v := b.cell(cells, FieldSources); v != "" && !b.givenAgain(row, m.col(FieldSources), n, content.FieldSources, model.En, n.Sources(), v) {
		if n.Sources() != nil {
			b.problem(row, m.col(FieldSources), "give a node's sources on one row", "sources given twice (row %d)", b.origin[n].at(content.FieldSources, model.En).row)
			return
		}
		n.Edit().Sources = splitList(v)
		for _, id := range n.Sources() {
			if !content.ValidID(id) {
				b.problem(row, m.col(FieldSources), fmt.Sprintf("source ids use lower-case letters, digits and -: write %s", content.ID(id)), "%q is not a valid source id", id)
				return
			}
			if !slices.Contains(b.cited, id) {
				b.cited = append(b.cited, id)
			}
		}
		b.record(n, content.FieldSources, model.En, row, m.col(FieldSources))
	}
	if k := b.cell(cells, FieldKind); k != "" && !b.kind(row, n, k) {
		return
	}
	doc := n.Root()
	if !b.documentValues(cells, row, texts, doc) {
		return
	}
	if v := b.cell(cells, FieldConcerns); v != "" {
		doc.Edit().Concerns = splitList(v)
	}
	if n.Kind.IsDocument() {
		if v := b.cell(cells, FieldFrom); v != "" {
			doc.Edit().From = v
		}
		if v := b.cell(cells, FieldTo); v != "" {
			doc.Edit().To = v
		}
	}
	b.lines(cells, row, n)
}

// decimalCode notes a code cell that is a number with a fraction in the
// workbook: the spreadsheet shows it without trailing zeros, so an outline
// code typed 3.10 reads 3.1 (as in the spreadsheet), which is not 3.1's
// tenth child but its first. The code is imported as shown; one note
// names every such row.
func (b *builder) decimalCode(row, col int) {
	if !slices.Contains(b.decimals, col) {
		return
	}
	msg := "the code is a number in the workbook, and a number drops its trailing zeros: a code typed 3.10 reads 3.1"
	if col >= 0 {
		msg = b.column(col) + ": " + msg
	}
	b.add(content.Problem{File: b.opts.Name, Line: row, Note: true, Msg: msg,
		Fix: "the codes are imported as shown; if one should read otherwise, format the column as Text (Format Cells › Text), type it again and import the sheet again"})
}

// documentValues sets what the row says of its document: its summary and
// traits, and its group with that group's name. A sheet with a row per
// duty may repeat them on every row of the department; rows that disagree
// are a problem.
func (b *builder) documentValues(cells []string, row int, texts []rowText, doc *model.Node) bool {
	m := &b.res.Mapping
	for _, t := range texts {
		l := model.TagLang(t.tag)
		if t.summary.text != "" {
			b.set(row, t.summary.col, doc, content.FieldSummary, l, "", &doc.Edit().Summary[l], t.summary.text)
		}
		for _, tc := range t.traits {
			if doc.Traits() == nil {
				doc.Edit().Traits = map[model.Dimension]model.Text{}
			}
			text := doc.Traits()[tc.dim]
			b.set(row, tc.col, doc, content.FieldTraits, l, tc.dim, &text[l], tc.text)
			doc.Edit().Traits[tc.dim] = text
		}
	}
	id := b.cell(cells, FieldGroup)
	var names model.Text
	var nameCols [model.NumLangs]int
	nameCol := -1
	for _, g := range b.groupNames {
		l := model.TagLang(g.tag)
		names[l], nameCols[l] = g.text, g.col
		if nameCol < 0 {
			nameCol = g.col
		}
	}
	if id == "" && names == (model.Text{}) {
		return true
	}
	col := m.col(FieldGroup)
	if id == "" {
		id, col = content.ID(names.In(model.En)), nameCol
	}
	if doc.Kind != model.KindDepartment {
		b.problem(row, col, "leave the group empty on the rows of a topic or relation", "only departments belong to a group; this row is of a %s", doc.Kind)
		return false
	}
	if !content.ValidID(id) {
		b.problem(row, col, fmt.Sprintf("group ids use lower-case letters, digits and -: write %s", content.ID(id)), "%q is not a valid group id", id)
		return false
	}
	// A group named in a name column is the same group whatever the
	// name's case: the ids are compared, the cells shown.
	shown := b.cell(cells, FieldGroup)
	if shown == "" {
		shown = names.In(model.En)
	}
	if doc.Group() == "" {
		doc.Edit().Group = id
		b.record(doc, content.FieldGroup, model.En, row, col)
	}
	b.origin[doc].claim(claimKey{originKey: originKey{content.FieldGroup, model.En}}, shown, row, col, content.ID)
	g := b.groupByID[id]
	if g == nil {
		g = &model.Group{ID: id}
		b.groupByID[id] = g
		b.groups = append(b.groups, g)
		b.groupOrigin[id] = &origin{row: row}
	}
	for l, name := range names {
		if name == "" {
			continue
		}
		if g.Name[l] == "" {
			g.Name[l] = name
		}
		// Exactly: the name is the group's id when no column gives one.
		b.groupOrigin[id].claim(claimKey{originKey: originKey{content.FieldTitle, model.Lang(l)}}, name, row, nameCols[l], nil)
	}
	return true
}

// lines sets the row's RACI, hand-off (from, to and returns, on a row
// below a document) and overlaps lines on its node. Where they may stand
// (RACI not in a relation, hand-offs only in one, overlaps on a
// department's duty) the loader checks, on the folder written.
func (b *builder) lines(cells []string, row int, n *model.Node) {
	m := &b.res.Mapping
	type line struct {
		f     Field
		field content.Field
		dst   func() *[]string
	}
	all := make([]line, 0, int(model.NumRACIRoles)+int(model.NumLinks)+1)
	for _, role := range model.RACIRoles {
		all = append(all, line{FieldResponsible + Field(role), content.RACIField(role), func() *[]string {
			if n.RACI() == nil {
				n.Edit().RACI = &model.RACI{}
			}
			return &n.RACI().Refs[role]
		}})
	}
	for k := range model.NumLinks {
		all = append(all, line{FieldFrom + Field(k), content.LinkField(k), func() *[]string {
			if n.Links() == nil {
				n.Edit().Links = &model.Links{}
			}
			return &n.Links().Refs[k]
		}})
	}
	all = append(all, line{FieldOverlaps, content.FieldOverlaps, func() *[]string {
		if n.Overlap() == nil {
			n.Edit().Overlap = &model.Overlap{}
		}
		return &n.Overlap().Refs
	}})
	for _, l := range all {
		v := b.cell(cells, l.f)
		if v == "" || (n.Kind.IsDocument() && (l.f == FieldFrom || l.f == FieldTo)) {
			continue
		}
		col := m.col(l.f)
		if n.Kind.IsDocument() {
			b.problem(row, col, fmt.Sprintf("move it to the row of a section or duty of %s, or leave the cell empty", n.ID),
				"the row is about the %s itself, and %s lines belong to its sections and duties", n.Kind, l.f)
			return
		}
		dst := l.dst()
		if b.givenAgain(row, col, n, l.field, model.En, *dst, v) {
			continue
		}
		if *dst != nil {
			b.problem(row, col, fmt.Sprintf("give a node's %s on one row", l.f), "%s given twice (row %d)", l.f, b.origin[n].at(l.field, model.En).row)
			return
		}
		*dst = splitList(v)
		b.record(n, l.field, model.En, row, col)
	}
}

// kind checks a row's kind against its node, and sets a section's role.
func (b *builder) kind(row int, n *model.Node, k string) bool {
	col := b.res.Mapping.col(FieldKind)
	switch {
	case k == "department" || k == "topic" || k == "relation":
		if n.Kind.IsDocument() {
			return true // set in place
		}
	case k == "section" || k == "group":
		if n.Kind == model.KindSection {
			return true
		}
	case model.IsRole(k):
		if n.Kind == model.KindSection {
			n.Role = model.Role(k)
			return true
		}
	case k == "duty" || k == "point":
		if n.Kind.IsLeaf() {
			return true
		}
	default:
		b.problem(row, col, "write department, topic, relation, section, position, stage, unit, role, duty or point", "unknown kind %q", k)
		return false
	}
	b.problem(row, col, "write the kind of the row's last named unit or duty", "the row is about a %s, not a %s", n.Kind, k)
	return false
}

// unitOf is the row's position (f FieldPosition) or its deepest section
// that is not a position (FieldSection), or nil.
func (b *builder) unitOf(n *model.Node, f Field) *model.Node {
	for p := n; p != nil; p = p.Parent {
		if p.Kind == model.KindSection && (p.Role == model.RolePosition) == (f == FieldPosition) {
			return p
		}
	}
	return nil
}

// set gives a node's field its value in l: the first row's. Every row's
// value is a claim (see conflicts): rows that repeat a department's
// summary on each of its duties may, as long as they agree.
func (b *builder) set(row, col int, n *model.Node, f content.Field, l model.Lang, dim model.Dimension, dst *string, v string) {
	if *dst == "" {
		*dst = v
		b.record(n, f, l, row, col)
	}
	b.origin[n].claim(claimKey{originKey{f, l}, dim}, v, row, col, nil)
}

// claim adds that row gives the field key the value written shown, in
// column col. Values are the same when they are written the same, or
// when same is given and gives them the same key (a name's model.Fold: the
// same up to case and dashes); same is called only for a value written
// otherwise, which few rows are.
func (o *origin) claim(key claimKey, shown string, row, col int, same func(string) string) {
	i := slices.IndexFunc(o.claims, func(c claim) bool { return c.key == key })
	if i < 0 {
		o.claims = append(o.claims, claim{key: key})
		i = len(o.claims) - 1
	}
	c := &o.claims[i]
	v := shown
	for j := range c.values {
		w := &c.values[j]
		if w.shown != shown && same != nil {
			if v == shown {
				v = same(shown)
			}
			if w.v == "" {
				w.v = same(w.shown)
			}
		}
		if w.shown == shown || same != nil && w.v == v {
			w.rows.add(row)
			return
		}
	}
	c.values = append(c.values, claimed{shown: shown, col: col})
	c.values[len(c.values)-1].rows.add(row)
}

// conflicts reports each field the rows give two values or more, once:
// where the odd value stands (the one the fewest rows give), every value
// with its rows, and the edit that makes them one. subject names the node
// or group ("the department finance"); withIDs tells how two units named
// alike get different ids, for names.
func (b *builder) conflicts(o *origin, subject, withIDs string) {
	for _, c := range o.claims {
		if len(c.values) < 2 {
			continue
		}
		most, odd := 0, 0 // the value most rows give; the one the fewest give, the later on a tie
		for i, v := range c.values {
			if v.rows.count() > c.values[most].rows.count() {
				most = i
			}
			if v.rows.count() <= c.values[odd].rows.count() {
				odd = i
			}
		}
		said := make([]string, len(c.values))
		var others rowSet
		for i, v := range c.values {
			said[i] = fmt.Sprintf("%q on %s", v.shown, v.rows)
			if i != most {
				others = others.union(v.rows)
			}
		}
		what, one := claimWords(c.key, len(c.values))
		fix := fmt.Sprintf("give it one %s: write %q on %s", one, c.values[most].shown, others)
		if len(c.values) == 2 {
			fix += fmt.Sprintf(" (or %q on %s)", c.values[1-most].shown, c.values[most].rows)
		}
		if c.key.field == content.FieldTitle && withIDs != "" {
			fix += "; if they are two units, " + withIDs
		} else if c.key.field != content.FieldTitle {
			fix += ", or leave the cell empty on all of them but one"
		}
		v := c.values[odd]
		b.problem(v.rows.first(), v.col, fix, "%s %s for %s: %s", countWord(len(c.values)), what, subject, sentence(said))
	}
}

// claimWords are the plural and singular of what a claim's field holds.
func claimWords(k claimKey, n int) (many, one string) {
	switch k.field {
	case content.FieldTitle:
		return "names", "name"
	case content.FieldCode:
		return "codes", "code"
	case content.FieldDescription:
		return "descriptions", "description"
	case content.FieldSummary:
		return "summaries", "summary"
	case content.FieldGroup:
		return "groups", "group"
	case content.FieldTraits:
		return fmt.Sprintf("values of the trait %s", k.dim), "value"
	}
	return "values", "value"
}

// countWord writes a small count as a word: "two names".
func countWord(n int) string {
	if n < 10 {
		return [...]string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}[n]
	}
	return fmt.Sprint(n)
}

func (b *builder) record(n *model.Node, f content.Field, l model.Lang, row, col int) {
	o := b.origin[n]
	if o.at(f, l) == (cell{}) {
		o.cells = append(o.cells, originCell{originKey{f, l}, cell{row, col}})
	}
}

// cell is the trimmed value of the row's column of field f, "" without one.
func (b *builder) cell(cells []string, f Field) string {
	if i := b.res.Mapping.col(f); i >= 0 {
		return strings.TrimSpace(cells[i])
	}
	return ""
}

// col is the column of a field without language, or -1.
func (m *Mapping) col(f Field) int {
	return slices.IndexFunc(m.Columns, func(c Column) bool { return c.Field == f })
}

// finish numbers the duties, checks that every node is named in each
// language of its document, and writes and checks the content folder.
func (b *builder) finish() {
	b.sameDuty, b.repeat = nil, nil // every row is read; the check's load needs the memory
	if len(b.docs) == 0 {
		if len(b.res.Problems.Errors()) == 0 {
			b.fileProblem("add rows below the header, one per duty", "the sheet has no rows")
		}
		return
	}
	// Names missing in a language are looked for even after other
	// problems (every mistake at once), in the rows that had none.
	for _, d := range b.docs {
		content.NumberLeaves(d)
		b.checkNamed(d)
	}
	// Values rows disagree on, each once, in the sheet's order of units.
	withIDs := "add a path column and give them different ids there (docs/import.md)"
	if b.pathCol >= 0 {
		withIDs = "give them different ids in the path column"
	}
	for _, d := range b.docs {
		d.Walk(func(n *model.Node) bool {
			if o := b.origin[n]; o != nil && len(o.claims) > 0 {
				b.conflicts(o, subjectName(n), withIDs)
				if n != d {
					// Said: only a document's claims are read again
					// (oneLanguageNote), and a section's rows take as much
					// memory as the sheet's text while its files are checked.
					o.claims = nil
				}
			}
			return true
		})
	}
	for _, g := range b.groups {
		b.conflicts(b.groupOrigin[g.ID], "the group "+g.ID, "")
	}
	if errs := b.res.Problems.Errors(); len(errs) > 0 && !b.rowsOnly(errs) {
		return
	}
	sources := make([]*model.Source, len(b.cited))
	for i, id := range b.cited {
		s := &model.Source{ID: id}
		for l := range model.NumLangs {
			s.Title[l] = id
		}
		sources[i] = s
	}
	if b.tooLargeToWrite() {
		return
	}
	b.relationEnds()
	org := model.NewOrg(b.docs, sources)
	org.Groups = b.groups
	org.Tags = b.tagSlots
	b.res.Org = org
	b.res.Files = content.Write(org)
	if n := len(b.res.Files); n > content.MaxFiles() {
		// Refused before the loader reads them all to say so, with a fix
		// for the sheet: the loader's speaks of folders to load.
		b.fileProblem(tooMuchFix, "the sheet makes %d content files (a file a department in each language), and dutymap reads at most %d", n, content.MaxFiles())
		b.res.Files = nil
		return
	}
	b.check()
}

// relationEnds reads the from and to of each relation row as RACI cells
// read a unit: a department's id, or its name in either language
// ("Customer support", 客服中心), written as its id (tryout28 Y11: a
// relation row refused the names the other rows accept).
func (b *builder) relationEnds() {
	byTitle := map[string]string{}
	for _, d := range b.docs {
		if d.Kind != model.KindDepartment {
			continue
		}
		for _, t := range d.Title {
			if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
				byTitle[t] = d.ID
			}
		}
	}
	for _, d := range b.docs {
		if d.Kind != model.KindRelation || d.Details == nil {
			continue
		}
		for _, end := range []*string{&d.Details.From, &d.Details.To} {
			if *end == "" || b.docByID[*end] != nil {
				continue
			}
			if id, ok := byTitle[strings.ToLower(strings.TrimSpace(*end))]; ok {
				*end = id
			}
		}
	}
}

// rowsOnly reports whether errs are all problems of rows the sheet holds
// besides, so that the others' RACI cells are worth checking in the same
// run: a blank department cell hid a person named in another row until
// it was filled (tryout27 P4). The check reports only what those rows
// cannot explain (see check).
func (b *builder) rowsOnly(errs content.Problems) bool {
	for _, p := range errs {
		if p.Line <= b.headerRow {
			return false
		}
	}
	return len(b.skipped) > 0 && len(b.skipped) <= maxSkipped
}

// skip keeps the cells of a row import could not read that may name a
// unit (see skipped): a name, not a duty's text, which may be long (and a
// sheet of refused 256 KB duties is not to be held: see longTitles).
// Past maxSkipped cells no more are kept, and the rows' problems are
// reported alone (rowsOnly).
func (b *builder) skip(cells []string) {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" && len(c) <= maxSkippedCell && len(b.skipped) <= maxSkipped {
			b.skipped = append(b.skipped, c)
		}
	}
}

const (
	maxSkipped     = 10_000
	maxSkippedCell = 256 // bytes: longer than a unit's name is written
)

// tooMuchFix is the fix for a sheet that makes more content than dutymap
// reads: folders opened together count together, so each part is opened
// on its own.
const tooMuchFix = "split the sheet into parts with fewer departments, import each part into a folder of its own, and open one part at a time: dutymap --content PART"

// subjectName names a node of the sheet as a problem does: "the
// department finance", "the position sales/field/clerk".
func subjectName(n *model.Node) string {
	path := n.ID
	for p := n.Parent; p != nil; p = p.Parent {
		path = p.ID + "/" + path
	}
	kind := n.Kind.String()
	if n.Role == model.RolePosition {
		kind = "position"
	}
	return "the " + kind + " " + path
}

// checkNamed reports nodes without a name in a language their document is
// written in (the loader would find the two files disagree); each such
// node once, not its children.
func (b *builder) checkNamed(doc *model.Node) {
	var walk func(n *model.Node)
	walk = func(n *model.Node) {
		for l := range model.NumLangs {
			o := b.origin[n]
			if doc.Title[l] == "" || n.Title[l] != "" || b.failed[o.row] {
				continue
			}
			have := -1
			for _, c := range o.cells {
				if c.key.field == content.FieldTitle {
					have = c.col
				}
			}
			b.problem(o.row, b.titleColumn(model.Lang(l), have), "name it in every language its department is named in",
				"%q has no name in %s, although its department has one", n.Title.In(model.En), b.tagSlots[l])
			return
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(doc)
}

// titleColumn is the column that names nodes like n in language l: the
// column next to the one that named it in the other language, when the
// sheet has it.
func (b *builder) titleColumn(l model.Lang, other int) int {
	if other < 0 {
		return -1
	}
	f := b.res.Mapping.Columns[other].Field
	for i, c := range b.res.Mapping.Columns {
		if c.Field == f && c.Lang != "" && model.TagLang(c.Lang) == l {
			return i
		}
	}
	return other
}

// check loads the written folder as dutymap will, and reports what the
// loader finds at the row and column the text came from. Before the
// load, the written lines are mapped to the sheet's origins, and the
// builder lets go of its organisation: the loader parses every file while
// it runs, and with the sheet's nodes held besides, an import of 99,000
// one-duty departments peaked at 465 MB live (1 GB of memory). Result.Org
// becomes the organisation the check loaded from the written files: the
// one dutymap will show.
func (b *builder) check() {
	fsys := fstest.MapFS{}
	origins := map[string][]lineOrigin{}
	for i, f := range b.res.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		lines := make([]lineOrigin, len(f.Origin))
		for j, o := range f.Origin {
			if o.Node != nil {
				lines[j] = lineOrigin{b.origin[o.Node], o.Field}
			}
		}
		origins[f.Name] = lines
		b.res.Files[i].Origin = nil // it holds the nodes
	}
	oneLang := b.oneLanguageDocs()
	b.res.Org, b.docs, b.docByID, b.byName, b.origin, b.size = nil, nil, nil, nil, nil, nil
	org, ps := loadFolder(content.Layer{Name: "import", FS: fsys})
	if len(b.res.Problems.Errors()) > 0 {
		// Rows were left out (rowsOnly): of the rest, only references that
		// name no unit or people, which no row left out could have made
		// (a unit whose name is in one of its cells might be the one meant).
		ps = slices.DeleteFunc(ps, func(p content.Problem) bool {
			return p.Note || p.Ref == "" || slices.ContainsFunc(b.skipped, func(c string) bool { return strings.Contains(c, p.Ref) })
		})
	}
	b.skipped = nil
	// A cell written into both languages' files (a RACI cell: Accountable:
	// in en/, 批准： in zh/) gives the loader's problem once a file; the
	// sheet's user made one mistake in one cell. The loader's fixes of the
	// two differ (each names its file's key: Informed:, 知会：), so they are
	// told apart by cell, kind and reference alone (tryout28 Y4).
	type cellProblem struct {
		row, col int
		kind     content.Kind
		ref      string
	}
	seen := map[cellProblem]bool{}
	for _, p := range ps {
		if d := oneLang[p.File]; d.node != nil && p.Note && p.Line == 1 {
			// The loader's note speaks of files (write zh/sales.md); a
			// sheet's user fills columns.
			b.oneLanguageNote(d.node, d.origin)
			continue
		}
		if p.Note && attrLikeDescription(origins, p) {
			continue
		}
		row, col := cellOf(origins, p.File, p.Line)
		if p.Ref != "" {
			k := cellProblem{row, col, p.Kind, p.Ref}
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		q := content.Problem{File: b.opts.Name, Line: row, Msg: b.cellRefs(origins, p.Msg, row), Fix: b.cellRefs(origins, p.Fix, row), Note: p.Note}
		// The loader's words are about content files; the sheet's user
		// fills cells. What it wrote is matched by kind, not wording.
		switch p.Kind {
		case content.KindFileTooLarge:
			// A file the user never wrote.
			q.Msg = fmt.Sprintf("the content file %s this sheet makes %s, the most a content file may hold", p.File, p.Msg)
			q.Fix = "split that department into several (the rows of each named apart), or move long descriptions out of the sheet"
		case content.KindTooMuch:
			q.Fix = tooMuchFix
		case content.KindLongTitle:
			// The loader's fix is Markdown's (indent a description under
			// the line); a sheet's description is a column of its own.
			q.Fix = longTitleSheetFix
		case content.KindGoneLine:
			// No file to restore: the sheet names a unit it does not have.
			q.Fix = "clear the cell, or add rows for that department (or correct the name to one the sheet has)"
		case content.KindGoneRef:
			q.Fix = fmt.Sprintf("remove “%s” from the cell, or add rows for that department (or correct the name to one the sheet has)", p.Ref)
		case content.KindPerson:
			// A person, not a department to add rows for (tryout26 U8).
			q.Fix = fmt.Sprintf("%s reads as a person's name, but a RACI cell names the units that do the work (departments, positions, sub-departments), not people: ", p.Ref)
			if p.Offered != "" {
				q.Fix += fmt.Sprintf("write the unit %s works in in its place, such as %s; or ", p.Ref, p.Offered)
			}
			q.Fix += fmt.Sprintf("take %s out of the cell", p.Ref)
		}
		if col >= 0 {
			q.Msg = b.column(col) + ": " + q.Msg
		}
		b.add(q)
	}
	if len(b.res.Problems.Errors()) > 0 {
		b.res.Files = nil
		return
	}
	b.res.Org = org
}

// loadFolder is content.Check; a test measures the heap as it starts.
var loadFolder = content.Check

// lineOrigin is where a written line came from: the sheet's origin of
// its node (nil for a line of no node), and the node's field.
type lineOrigin struct {
	origin *origin
	field  content.Field
}

// attrLikeDescription reports the loader's note on a description whose
// first line reads like an attribute ("Code: S.9", "C:\\dir", "负责：…"):
// that it is read as the description is what the cell meant, and the note's
// fix (remove the blank line above it) is about a file the user never
// wrote. The loader gives the note no kind of its own, so it is known by
// its words, on a line written from a description cell.
func attrLikeDescription(origins map[string][]lineOrigin, p content.Problem) bool {
	o := origins[p.File]
	if p.Line <= 0 || p.Line > len(o) || o[p.Line-1].field != content.FieldDescription {
		return false
	}
	return strings.Contains(p.Msg, " line is read as the section's description")
}

// cellOf is the row and column (-1: none) the written line file:line
// came from: the cell of the file's language (en/hr.md: duty_en), else
// any cell of the line's field.
func cellOf(origins map[string][]lineOrigin, file string, line int) (row, col int) {
	row, col = 0, -1
	o := origins[file]
	if line <= 0 || line > len(o) || o[line-1].origin == nil {
		return row, col
	}
	at := o[line-1].origin
	row = at.row
	lang := model.TagLang(strings.SplitN(file, "/", 2)[0])
	for _, c := range at.cells {
		if c.key.field == o[line-1].field && (col < 0 || c.key.lang == lang) {
			row, col = c.row, c.col
		}
	}
	return row, col
}

// cellRefs rewrites the places of written lines that a loader's message
// or fix names ("same as zh/hr.md:18") as the cells they came from ("same as
// column H (duty_zh)"; "row 7, column H (duty_zh)" on another row than
// row): a spreadsheet user never sees the files.
func (b *builder) cellRefs(origins map[string][]lineOrigin, msg string, row int) string {
	for file := range origins {
		for from := 0; ; {
			i := strings.Index(msg[from:], file+":")
			if i < 0 {
				break
			}
			i += from
			end := i + len(file) + 1
			for end < len(msg) && msg[end] >= '0' && msg[end] <= '9' {
				end++
			}
			line, _ := strconv.Atoi(msg[i+len(file)+1 : end])
			r, c := cellOf(origins, file, line)
			if c < 0 {
				from = end
				continue
			}
			cell := b.column(c)
			if r != row {
				cell = fmt.Sprintf("row %d, %s", r, cell)
			}
			msg = msg[:i] + cell + msg[end:]
			from = i + len(cell)
		}
	}
	return msg
}

// oneLanguageDocs are the documents of a sheet in two languages that are
// named in one only, by the file the folder holds them in: the loader
// notes each at line 1 of that file.
func (b *builder) oneLanguageDocs() map[string]oneLanguageDoc {
	if b.tagSlots[model.En] == "" || b.tagSlots[model.Zh] == "" {
		return nil
	}
	out := map[string]oneLanguageDoc{}
	for _, d := range b.docs {
		for l := range model.NumLangs {
			if d.Title[l] != "" && d.Title[l.Other()] == "" {
				out[b.tagSlots[l]+"/"+d.ID+".md"] = oneLanguageDoc{d, b.origin[d]}
			}
		}
	}
	return out
}

// oneLanguageDoc is a document named in one language only, with its
// origin in the sheet.
type oneLanguageDoc struct {
	node   *model.Node
	origin *origin
}

// oneLanguageNote notes that document d is named in one language only,
// at its first row, and says which cells give it the other: the other
// language's unit and duty columns on its rows, or, in a sheet with a
// language column, a row in that language for each of its rows.
func (b *builder) oneLanguageNote(d *model.Node, o *origin) {
	have := model.En
	if d.Title[have] == "" {
		have = model.Zh
	}
	miss := b.tagSlots[have.Other()]
	var rows rowSet
	for _, c := range o.claims {
		if c.key.field == content.FieldTitle && c.key.lang == have {
			for _, v := range c.values {
				rows = rows.union(v.rows)
			}
		}
	}
	var fix string
	if b.langCol >= 0 {
		fix = fmt.Sprintf("to show it in both languages, add a row in %s for each of its rows (%s), with the same path and the %s text", miss, rows, miss)
	} else {
		var cols []string
		for _, c := range b.res.Mapping.Columns {
			if c.Lang == miss && (c.Field == FieldDepartment || c.Field == FieldSection || c.Field == FieldPosition || c.Field == FieldDuty) {
				cols = append(cols, c.Header)
			}
		}
		fix = fmt.Sprintf("to show it in both languages, fill %s on its rows (%s)", sentence(cols), rows)
	}
	at := o.at(content.FieldTitle, have)
	b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Line: at.row, Note: true, Fix: fix,
		Msg: fmt.Sprintf("%s: %s is written in %s only; it is shown in %[3]s whichever language is chosen",
			b.column(at.col), subjectName(d), b.tagSlots[have])})
}

// joinedLines are the duty and unit cells of several lines (Alt+Enter in
// a spreadsheet, a quoted CSV cell across lines), by column. A duty is
// one line and a department's, section's or position's name too, so
// import joins the lines, as it always has; but a cell listing a
// position's duties one per line is a common habit, and so is a cell
// naming two departments or positions one per line: either would make one
// of several without a word, so each column gets a note (see notes).
// Import does not split the lines itself: as often they are one sentence
// or one long name wrapped by hand, and only the user can tell.
type joinedLines []joinedColumn

// joinedColumn is where a column's cells held several lines.
type joinedColumn struct {
	cells int    // how many
	first int    // the first one's row
	lines int    // its lines that hold text
	as    string // what it was read as, on one line
}

func (j *joinedLines) record(col, row int, cell string) {
	if !strings.ContainsAny(cell, "\r\n") {
		return
	}
	lines := 0
	for line := range strings.FieldsFuncSeq(cell, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if strings.TrimSpace(line) != "" {
			lines++
		}
	}
	if lines < 2 {
		return
	}
	for len(*j) <= col {
		*j = append(*j, joinedColumn{})
	}
	c := &(*j)[col]
	if c.cells++; c.cells == 1 {
		c.first, c.lines, c.as = row, lines, oneLine(cell)
	}
}

// notes adds a note for each column whose cells held several lines, at
// the first such row, saying what the lines were read as.
func (j joinedLines) notes(b *builder) {
	for col, c := range j {
		if c.cells == 0 {
			continue
		}
		field := b.res.Mapping.Columns[col].Field
		what, fix := "one duty", "if the lines are duties of their own, give each a row of its own (the same department and section on each) and import again; if a cell is one duty, keep it: its lines read as one sentence"
		if field != FieldDuty {
			// The unit's own word: department, section, position.
			unit := field.String()
			what = "one " + unit + "'s name"
			fix = fmt.Sprintf("if the lines name %[1]ss of their own, give each its own rows (the same duties repeated on each, or on the rows that are its) and import again; if a cell is one name wrapped over lines, keep it, or write it on one line", unit)
		}
		msg := fmt.Sprintf("%s: the cell holds %d lines; import joined them into %s: %s", b.column(col), c.lines, what, termsafe.QuoteArg(c.as))
		if c.cells > 1 {
			msg = fmt.Sprintf("%s: %d cells hold several lines (%d on this row, the first: %s); import joined each cell's lines into %s", b.column(col), c.cells, c.lines, termsafe.QuoteArg(c.as), what)
		}
		b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Line: c.first, Note: true, Msg: msg, Fix: fix})
	}
}

// oneLine makes a cell one line: its lines are joined as a content
// file's continued lines are (linebreak.Between), with a space, or with
// none between two Chinese lines (tryout28 P4: "重置忘记的密码。 每晚备份
// 服务器。").
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for line := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(linebreak.Between(b.String(), line))
		}
		b.WriteString(line)
	}
	return b.String()
}

var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// description normalises a description cell's line ends and trims blank
// lines around it, and the spaces before its first line, as the loader
// does (a page shows none of them).
func description(s string) string {
	if strings.ContainsRune(s, '\r') {
		s = lineEnds.Replace(s)
	}
	s = strings.TrimRight(s, " \t\n")
	for strings.HasPrefix(s, "\n") || (strings.TrimLeft(s, " \t") != s && strings.HasPrefix(strings.TrimLeft(s, " \t"), "\n")) {
		_, s, _ = strings.Cut(s, "\n")
	}
	return strings.TrimLeft(s, " \t")
}

// splitList splits a list cell at semicolons and commas.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '；' || r == '，' || r == '、' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// countText counts the cells of a row that hold text, by column.
func (b *builder) countText(cells []string) {
	for len(b.textRows) < len(cells) {
		b.textRows = append(b.textRows, 0)
	}
	for i, c := range cells {
		if strings.TrimSpace(c) != "" {
			b.textRows[i]++
		}
	}
}

// unreadTextNote is noteUnread for a header with problems, over the rows
// read while looking for it (all of a short sheet's).
func (b *builder) unreadTextNote(below []rowRead) {
	if !b.noDuty {
		return
	}
	rows, all := 0, false
	for _, r := range below {
		if r.err != nil {
			all = errors.Is(r.err, io.EOF)
			break
		}
		if nonEmpty(r.cells) {
			rows++
			b.countText(r.cells)
		}
	}
	b.noteUnread(rows, b.textRows, all || len(below) < headerScan-1)
}

// noteUnread notes each column that no field was found for and that
// holds text on each of rows rows (filled counts them by column), when
// no column reads as the duty: a sheet without a duty column is read as
// sections, and its duties, in a column headed in other words ("What
// they do"), would be left out with no more than the "Ignored" line to
// say so. all is false when only the first rows were read.
func (b *builder) noteUnread(rows int, filled []int, all bool) {
	if !b.noDuty || rows == 0 {
		return
	}
	every := "every row"
	if !all {
		every = fmt.Sprintf("each of the first %d rows", rows)
	}
	for i, c := range b.res.Mapping.Columns {
		// A column --column took the field of (Details, beside
		// --column description=Notes) is not a candidate.
		if c.Field != FieldNone || guess(c.Header).Field != FieldNone || strings.TrimSpace(c.Header) == "" || i >= len(filled) || filled[i] < rows {
			continue
		}
		name := quoteArg(strings.TrimSpace(c.Header))
		if headedTwice(b.header, i) {
			name = ColumnName(i)
		}
		// A Chinese header in a sheet read as another language holds the
		// Chinese duties: duty_zh, or the two columns of a two-language
		// sheet would both be the duty (tryout28 Y15).
		field := "duty"
		if hasHan(c.Header) && b.opts.Lang != "zh" {
			field = "duty_zh"
		}
		b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Line: b.headerRow, Note: true,
			Msg: fmt.Sprintf("%s: no column reads as the duty, and this one, which holds text on %s, is ignored", b.column(i), every),
			Fix: fmt.Sprintf("if it holds the duties, add --column %s=%s", field, name)})
	}
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// noDeptFix is the fix for a row with no department: without FillDown,
// a blank cell may mean "same as above" (tryout17 #8b).
func (b *builder) noDeptFix() string {
	if b.opts.FillDown {
		return "name the row's department; every row belongs to one"
	}
	return noDeptFillFix
}

const noDeptFillFix = "name the row's department; every row belongs to one (if a blank cell means the same as the one above it, import with --fill-down)"

// sayWhatFillDownFills adds to the fix offering --fill-down the cells of
// other unit columns it would fill too, once every row is read (tryout24
// H7: offered for row 8's blank department, it also filed row 7's
// department-level duty, its position left blank on purpose, under the
// position above).
func (b *builder) sayWhatFillDownFills() {
	if len(b.wouldFill) == 0 {
		return
	}
	also := make([]string, len(b.wouldFill))
	for i, f := range b.wouldFill {
		rows := make([]string, len(f.Rows))
		for j, r := range f.Rows {
			rows[j] = strconv.Itoa(r)
		}
		if more := f.Cells - len(f.Rows); more > 0 {
			rows = append(rows, fmt.Sprintf("%d more", more))
		}
		word := "rows"
		if f.Cells == 1 {
			word = "row"
		}
		also[i] = fmt.Sprintf("%s on %s %s", b.column(f.col), word, sentence(rows))
	}
	list := sentence(also)
	if len(also) > 1 { // "rows 3 and 4, and column C …": each column's rows apart
		list = strings.Join(also[:len(also)-1], ", ") + ", and " + also[len(also)-1]
	}
	for i := range b.res.Problems {
		if p := &b.res.Problems[i]; p.Fix == noDeptFillFix {
			p.Fix = strings.TrimSuffix(p.Fix, ")") + "; it would also fill " + list + " from the row above)"
		}
	}
}
