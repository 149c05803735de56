package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/xuri/efp"
	"github.com/xuri/excelize/v2"
)

// xlsxRows reads one sheet of a workbook. Cells whose stored text is not
// what the spreadsheet shows are put right before a row is handed on: a
// formula with no stored value is computed (or the row refused), a cell
// showing an error value refuses the row, and every cell of a merged range
// gets its top-left value. Otherwise an empty-looking duty cell would turn
// a duty row into a row that describes its unit, and a merged department
// would leave the rows below it without one.
type xlsxRows struct {
	f    *excelize.File
	rows *excelize.Rows
	// tmp is the folder excelize unzips large parts into (see Close), or
	// "" when none could be made (excelize then uses the system's).
	tmp   string
	sheet string
	row   int
	marks map[int][]cellMark // by row: formulas without a value, error values
	merge []mergeRange       // ordered by top row
	next  int                // merge[next:] start below the current row
	open  []*mergeRange      // the ranges that cover the current row
	xml   int64              // the bytes of the workbook's parts, unzipped
	// text is the sheet's cells' text (a shared text once per cell that
	// shows it), long its longest cell's: what a formula can gather.
	text, long int64
	// decimals are, by row, the columns whose cell is a number with a
	// fraction, shown as stored (see Decimals).
	decimals map[int][]int
	// data is the workbook's file, for diagnose to find what is damaged
	// when a row cannot be read.
	data []byte
	// held says what is held in memory for want of a temporary folder
	// (see inMemory), "" when nothing is.
	held string
	// unread tells the columns no field reads, once Read has found the
	// header (leaveUnread): their cells refuse no row.
	unread func(col int) bool
}

// maxComputedXML bounds the workbook whose formulas dutymap computes.
// excelize computes a formula (and reads its text) from the whole sheet
// decoded in memory, which takes 15 to 25 times the sheet's XML (measured
// on 100,000-row sheets: 19 MB of XML took 275 MB more, 248 MB took 5.7
// GB); a larger workbook's formulas without stored values are refused.
var maxComputedXML int64 = 32 << 20

// cellMark is a cell whose stored text cannot be trusted, or a number
// whose text may not be what was typed.
type cellMark struct {
	col     int    // 0-based
	formula bool   // a formula with no stored value (else an error value)
	number  bool   // a number with a fraction (3.1), as stored
	value   string // the error value (#REF!, #N/A, …), the formula as stored, or the number
}

// mergeRange is a merged range of cells, 1-based rows, 0-based columns.
type mergeRange struct {
	top, left, bottom, right int
	value                    string // the top-left cell's, once its row is read
}

// XLSX opens a workbook and reads the sheet named, or its first sheet. It
// returns the sheet's name and the names of all sheets. tmp is a folder
// of the caller's own for excelize's temporary files, which Close (or an
// error) removes with the folder; "" makes one.
func XLSX(r io.Reader, sheet, tmp string) (Rows, string, []string, error) {
	x := &xlsxRows{tmp: tmp}
	data, err := io.ReadAll(&limitReader{r: r, n: MaxFileSize})
	x.data = data
	if err != nil {
		x.Close()
		if errors.Is(err, ErrTooLarge) {
			return nil, "", nil, fmt.Errorf("%w; %s", ErrTooLarge, SplitFix)
		}
		return nil, "", nil, fmt.Errorf("cannot read the workbook: %v", err)
	}
	// The sheet's own XML is read first (scan), bounded cell by cell, and
	// before excelize opens the workbook: excelize unzips every part and
	// decodes a cell whole, so a 413 KB file whose one cell unzipped to
	// 400 MB took 43 s and 1.9 GB before a message blamed the wrong
	// column.
	zr, zerr := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var (
		wb      book
		bookErr = zerr // the zip's error, else readBook's
		scanErr error
	)
	if zerr == nil {
		// Every part is checked before excelize decodes it (checkParts),
		// the parts readBook decodes as it reads them (readXML), the sheet
		// as scan reads it.
		if err := checkSizes(zr); err != nil {
			x.Close()
			return nil, "", nil, err
		}
		// excelize unzips a sheet or shared text of more than 16 MB into
		// temporary files, and removes them only when the File is closed;
		// a workbook it fails to open midway is never returned to close. A
		// folder of this reader's own holds them, removed whole by Close
		// on every path (an import stopped early left 400 MB in /tmp each
		// time). Made before the sheet is scanned: without one, the sheet
		// may not fit in memory (inMemory). A file that is not a zip needs
		// none: excelize refuses it as zip.NewReader did.
		if x.tmp == "" {
			var err error
			if x.tmp, err = os.MkdirTemp("", "dutymap-xlsx-"); err != nil {
				x.tmp = ""
				if x.held, err = inMemory(zr, err); err != nil {
					x.Close()
					return nil, "", nil, err
				}
			}
		}
		wb, bookErr = readBook(zr)
		var pe *partError
		if errors.As(bookErr, &pe) {
			x.Close()
			return nil, "", nil, pe
		}
		name, part := sheet, ""
		if bookErr == nil {
			if name == "" && len(wb.sheets) > 0 {
				name = wb.sheets[0].name
			}
			part = wb.part(name)
		}
		// The parts sheet's own readers bound as they read them: those
		// readBook read, and the sheet and its shared text, which scan
		// reads before excelize opens the workbook.
		bounded := wb.read
		if part != "" {
			bounded = append(bounded, part, wb.sst)
		}
		if err := checkParts(zr, bounded); err != nil {
			x.Close()
			return nil, "", nil, err
		}
		if part != "" {
			x.sheet = name
			scanErr = x.scan(zr, part, wb.sst)
			if cellRefused(scanErr) {
				x.Close()
				return nil, name, wb.names(), scanErr
			}
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, TmpDir: x.tmp})
	x.f = f
	if err != nil {
		x.Close()
		if strings.Contains(err.Error(), "unzip size") {
			return nil, "", nil, unzipsTooLarge()
		}
		return nil, "", nil, unreadable(data, err)
	}
	sheets := f.GetSheetList()
	if sheet == "" && len(sheets) > 0 {
		sheet = sheets[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		x.Close()
		if slices.Contains(sheets, sheet) {
			// There, but its part cannot be read: "the workbook has no
			// sheet "Sheet1"; its sheets are: Sheet1" (tryout20).
			return nil, sheet, sheets, unreadable(data, err)
		}
		return nil, sheet, sheets, fmt.Errorf("the workbook has no sheet %q; its sheets are: %s", sheet, SomeSheets(sheets))
	}
	x.rows = rows
	if x.sheet != sheet || zerr != nil { // the workbook read otherwise than excelize reads it
		x = &xlsxRows{sheet: sheet, f: f, rows: rows, tmp: x.tmp, data: data, held: x.held}
		scanErr = bookErr
		if bookErr == nil {
			scanErr = x.scanIn(zr, wb)
		}
	}
	if scanErr != nil {
		x.Close()
		if cellRefused(scanErr) {
			return nil, sheet, sheets, scanErr
		}
		return nil, sheet, sheets, unreadable(data, scanErr)
	}
	return x, sheet, sheets, nil
}

// unreadable is the error for a workbook (data) that err, of the zip,
// excelize or scan, says cannot be read: an error of dutymap's own with
// its fix as it is; else what diagnose finds damaged, in plain words;
// else err with a fix (an XML syntax error was refused with no fix line:
// tryout18 E), unless err is in Go's words, which say nothing to a user.
func unreadable(data []byte, err error) error {
	if strings.Contains(err.Error(), "\n  fix: ") {
		return fmt.Errorf("not a readable XLSX workbook: %w", err)
	}
	if d := damage(data, err); d != nil {
		return d
	}
	return fmt.Errorf("not a readable XLSX workbook: %w\n  fix: %s", err, resaveFix)
}

// resaveFix is the fix for a workbook damaged, or not written by a
// spreadsheet program.
const resaveFix = "open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"

// cellRefused reports whether err, of scan, is a cell scan refuses (a
// *longText or *badShared), whose words name the cell and the fix: an
// error to give as it is, not as a workbook that cannot be read.
func cellRefused(err error) bool {
	var long *longText
	var bad *badShared
	var part *partError
	return errors.As(err, &long) || errors.As(err, &bad) || errors.As(err, &part)
}

// Close closes the workbook and removes its temporary files.
func (x *xlsxRows) Close() error {
	x.data = nil // read to the end, or given up: nothing is left to diagnose
	var errs []error
	if x.rows != nil {
		errs = append(errs, x.rows.Close())
		x.rows = nil
	}
	if x.f != nil {
		errs = append(errs, x.f.Close())
		x.f = nil
	}
	if x.tmp != "" {
		errs = append(errs, os.RemoveAll(x.tmp))
		x.tmp = ""
	}
	return errors.Join(errs...)
}

func (x *xlsxRows) Next() ([]string, int, error) {
	if x.rows == nil || !x.rows.Next() {
		var err error
		if x.rows != nil {
			err = x.rows.Error()
		}
		if err != nil {
			err = x.damage(err) // before Close lets go of the file
		}
		x.Close() // read to the end: nothing more is needed
		if err != nil {
			return nil, x.row, err
		}
		return nil, x.row, io.EOF
	}
	x.row++
	cells, err := x.rows.Columns(excelize.Options{RawCellValue: false})
	if err != nil {
		return cells, x.row, x.damage(err)
	}
	for _, m := range x.marks[x.row] {
		cells = widen(cells, m.col+1)
		if m.number {
			// Shown as stored: the cell's format gives it no digits of
			// its own (3.10 typed shows as 3.1).
			if cells[m.col] == m.value {
				if x.decimals == nil {
					x.decimals = map[int][]int{}
				}
				x.decimals[x.row] = append(x.decimals[x.row], m.col)
			}
			continue
		}
		if x.unread != nil && x.unread(m.col) {
			// Not imported (Read notes a column without a header, and
			// lists an ignored one): the cell is given as the sheet
			// shows it, and its formula is not computed.
			if m.formula {
				cells[m.col] = formulaShown(m)
			}
			continue
		}
		if !m.formula {
			return nil, x.row, &RowError{Row: x.row, Column: m.col + 1,
				Err: fmt.Errorf("the cell holds the spreadsheet error %s", m.value),
				Fix: "correct the formula in the spreadsheet, or type the value in the cell"}
		}
		v, err := x.compute(m)
		if err != nil {
			return nil, x.row, &RowError{Row: x.row, Column: m.col + 1, Err: err,
				Fix: "open the workbook in a spreadsheet program and save it (that stores what its formulas compute), or paste the cells as values"}
		}
		cells[m.col] = v
	}
	cells, err = x.fillMerged(cells)
	return cells, x.row, err
}

func (x *xlsxRows) leaveUnread(unread func(col int) bool) { x.unread = unread }

func (x *xlsxRows) heldInMemory() string { return x.held }

// formulaShown is a formula cell with no stored value as a note shows it:
// its formula, or what it is when the sheet keeps the formula elsewhere (a
// shared formula's other cells).
func formulaShown(m cellMark) string {
	if m.value == "" {
		return "a formula with no stored value"
	}
	return "=" + m.value
}

// damage is err, of excelize reading a row, as the error to give: what
// is damaged in the workbook, when diagnose finds it, not Go's words.
func (x *xlsxRows) damage(err error) error {
	if d := damage(x.data, err); d != nil {
		return d
	}
	return err
}

// compute is the value of the formula marked m in the current row,
// which the workbook stores without one (programs such as openpyxl and
// excelize write formulas so), or an error if it cannot be computed.
func (x *xlsxRows) compute(m cellMark) (v string, err error) {
	if x.xml > maxComputedXML {
		formula := "" // a shared formula's cells hold none of their own
		if m.value != "" {
			formula = ": =" + m.value
		}
		return "", fmt.Errorf("a formula with no stored value, in a workbook too large for dutymap to compute (%d MB of XML, at most %d MB)%s",
			x.xml>>20, maxComputedXML>>20, formula)
	}
	ref, _ := excelize.CoordinatesToCellName(m.col+1, x.row)
	formula, _ := x.f.GetCellFormula(x.sheet, ref) // a shared formula's, too
	if strings.TrimSpace(formula) == "" {
		// A shared formula's cell whose first cell (the one that holds
		// the formula) the sheet does not have: excelize computes
		// nothing, and the duty was dropped without a word.
		return "", errors.New("a formula with no stored value and no formula text (a shared formula whose first cell the sheet does not have); the file is damaged")
	}
	if err := x.formulaBound(formula); err != nil {
		return "", err
	}
	defer func() {
		// excelize's formula engine is large; a formula it trips over
		// is one it cannot compute, not a crash of the import.
		if recover() != nil {
			v, err = "", fmt.Errorf("a formula with no stored value that dutymap cannot compute: =%s", formula)
		}
	}()
	v, err = x.f.CalcCellValue(x.sheet, ref)
	if err != nil || isErrorValue(v) {
		return "", fmt.Errorf("a formula with no stored value that dutymap cannot compute: =%s", formula)
	}
	return v, nil
}

// formulaBound refuses to compute a formula whose text could grow past
// what a cell may hold (maxDocBytes) before excelize returns it: excelize
// builds a formula's text with no bound, so =REPT("x",1E10) in a 1 KB
// workbook was a Go fatal "out of memory". REPT and SUBSTITUTE multiply
// text (by a count, or by each other when nested); otherwise a formula's
// text is at most its operands': a cell's at most the sheet's longest, a
// range joined whole (CONCAT, TEXTJOIN) at most the sheet's text.
func (x *xlsxRows) formulaBound(formula string) error {
	ps := efp.ExcelParser()
	var (
		most  int64
		joins int // CONCAT, TEXTJOIN … calls the operand is inside
		calls []string
	)
	for _, t := range ps.Parse(formula) {
		switch {
		case t.TType == efp.TokenTypeFunction && t.TSubType == efp.TokenSubTypeStart:
			name := strings.ToUpper(strings.TrimPrefix(strings.TrimPrefix(t.TValue, "_xlfn."), "_xlws."))
			switch name {
			case "REPT", "SUBSTITUTE":
				return fmt.Errorf("a formula with no stored value that dutymap does not compute (%s can make text of any length): =%s", name, clip(formula))
			case "CONCAT", "CONCATENATE", "TEXTJOIN", "ARRAYTOTEXT":
				joins++
			}
			calls = append(calls, name)
		case t.TType == efp.TokenTypeFunction && t.TSubType == efp.TokenSubTypeStop:
			if n := len(calls); n > 0 {
				switch calls[n-1] {
				case "CONCAT", "CONCATENATE", "TEXTJOIN", "ARRAYTOTEXT":
					joins--
				}
				calls = calls[:n-1]
			}
		case t.TType == efp.TokenTypeOperand && t.TSubType == efp.TokenSubTypeText:
			most += int64(len(t.TValue))
		case t.TType == efp.TokenTypeOperand && t.TSubType == efp.TokenSubTypeRange:
			if joins > 0 && strings.Contains(t.TValue, ":") {
				most += x.text
			} else {
				most += x.long
			}
		}
	}
	if most > int64(maxDocBytes) {
		size := fmt.Sprintf("%d MB", maxDocBytes>>20)
		if maxDocBytes < 1<<20 {
			size = fmt.Sprintf("%d KB", maxDocBytes>>10)
		}
		return fmt.Errorf("a formula with no stored value whose text could be more than %s, which dutymap does not compute: =%s", size, clip(formula))
	}
	return nil
}

// isErrorValue reports whether v is one of a spreadsheet's error values.
func isErrorValue(v string) bool {
	switch v {
	case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#UNKNOWN!":
		return true
	}
	return false
}

// fillMerged gives every cell of a merged range in the current row its
// range's top-left value, as the spreadsheet shows it.
// A range's value counts in the sheet's text once per cell it fills
// (see maxSheetText): a 7 KB workbook whose 1 MB description was merged
// over 300 rows, one department each, wrote 300 MB; the row past the
// bound is refused, and the sheet read no further.
func (x *xlsxRows) fillMerged(cells []string) ([]string, error) {
	x.open = slices.DeleteFunc(x.open, func(m *mergeRange) bool { return m.bottom < x.row })
	for x.next < len(x.merge) && x.merge[x.next].top <= x.row {
		m := &x.merge[x.next]
		x.next++
		if m.top == x.row && m.left < len(cells) {
			m.value = cells[m.left]
		}
		if m.bottom >= x.row {
			x.open = append(x.open, m)
		}
	}
	for _, m := range x.open {
		if m.value == "" {
			continue
		}
		cells = widen(cells, m.right+1)
		for c := m.left; c <= m.right; c++ {
			cells[c] = m.value
			if c == m.left && x.row == m.top {
				continue // counted as the sheet was scanned
			}
			if x.text += int64(len(m.value)); x.text > maxSheetText {
				x.Close() // the sheet is read no further
				return nil, &RowError{Row: x.row, Column: c + 1,
					Err: fmt.Errorf("by this cell, which a merged range (%s) fills with %d KB of text, the sheet's cells hold more than %d MB of text, the most import reads; import read no further",
						rangeName(*m), (len(m.value)+1023)>>10, maxSheetText>>20),
					Fix: "unmerge the range and keep its text in its first cell, or shorten it"}
			}
		}
	}
	return cells, nil
}

// rangeName names a merged range as a spreadsheet does: "C2:C301".
func rangeName(m mergeRange) string {
	from, _ := excelize.CoordinatesToCellName(m.left+1, m.top)
	to, _ := excelize.CoordinatesToCellName(m.right+1, m.bottom)
	return from + ":" + to
}

// Spanned reports whether the cell at row (1-based, as Next numbers it)
// and col (0-based) lies in a merged range right of the range's first
// column: it shows the range's value (see spannedRows).
func (x *xlsxRows) Spanned(row, col int) bool {
	for _, m := range x.merge { // ordered by top row
		if m.top > row {
			break
		}
		if row <= m.bottom && m.left < col && col <= m.right {
			return true
		}
	}
	return false
}

// widen makes cells at least n long.
func widen(cells []string, n int) []string {
	for len(cells) < n {
		cells = append(cells, "")
	}
	return cells
}

// scanIn scans the sheet x names, wherever the workbook wb (read from zr
// by readBook) keeps it.
func (x *xlsxRows) scanIn(zr *zip.Reader, wb book) error {
	part := wb.part(x.sheet)
	if part == "" {
		return fmt.Errorf("the workbook does not say where sheet %q is", x.sheet)
	}
	return x.scan(zr, part, wb.sst)
}

// scan reads the sheet's XML (part) once, apart from excelize's row
// reader, for what that reader does not say: which cells hold a formula
// without a stored value or an error value, and the merged ranges. It
// also bounds every cell while reading it: a cell of more than
// maxDocBytes of text (its own, or the shared text it names in sst) is a
// *longText, found before any of it is decoded whole.
func (x *xlsxRows) scan(zr *zip.Reader, part, sst string) error {
	for _, f := range zr.File {
		// archive/zip fails a part longer than its header says, so the
		// sum bounds the XML excelize can decode (pictures it does not).
		if strings.HasSuffix(strings.ToLower(f.Name), ".xml") {
			x.xml += int64(min(f.UncompressedSize64, maxUnzipped))
		}
	}
	shared, err := scanShared(zr, sst)
	if err != nil {
		return err
	}
	repeats, err := textRepeats(zr)
	if err != nil {
		return err
	}
	rc, err := openPart(zr, part)
	if err != nil {
		return err
	}
	defer rc.Close()
	g := newTextGuard(rc)
	d := xmlDecoder(part, g)
	var (
		row, col, rows          int
		depth                   int // the elements open: Token keeps each
		inCell, hasF, hasV      bool
		cellType, v, fx, inside string
		text                    int            // the current cell's text, in bytes
		total                   int64          // the text of the cells so far, shared text counted in each
		repeat                  int            // the times the cell's number format shows its text
		first                   map[int]string // the first row's text cells, for naming a column
	)
	tooLong := func(shared bool) error {
		return &longText{sheet: x.sheet, row: row, col: col, header: header(first, col, row, rows), shared: shared}
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if g.tripped {
			if inCell {
				return tooLong(false)
			}
			return &longText{sheet: x.sheet}
		}
		if err != nil {
			return partFault(part, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				line, _ := d.InputPos()
				return tooDeep(part, line)
			}
			switch t.Name.Local {
			case "row":
				if r := attr(t, "r"); r == "" {
					row++ // the number is optional: the row after the one before
				} else if n, err := strconv.Atoi(r); err == nil && n <= excelize.TotalRows {
					row = n
				} else {
					line, _ := d.InputPos()
					return badRef(part, "a row", r, line)
				}
				col = -1
				rows++
			case "c":
				inCell, hasF, hasV, v, fx, cellType, text = true, false, false, "", "", attr(t, "t"), 0
				repeat = 1
				if i, err := strconv.Atoi(attr(t, "s")); err == nil && i >= 0 && i < len(repeats) {
					repeat = repeats[i]
				}
				// A cell without its reference (r="C2", which is
				// optional) is the one after the cell before it.
				if r := attr(t, "r"); r == "" {
					col++
				} else if c, _, err := excelize.CellNameToCoordinates(r); err == nil {
					col = c - 1
				} else {
					line, _ := d.InputPos()
					return badRef(part, "a cell", r, line)
				}
				if col >= excelize.MaxColumns {
					// excelize reads on, a column at a time: 5 million
					// cells in a row were as many columns.
					return &longText{sheet: x.sheet, row: row, col: col, wide: true}
				}
			case "f":
				hasF = inCell
			case "v":
				hasV = inCell
			case "mergeCell":
				if m, ok := parseRange(attr(t, "ref")); ok {
					x.merge = append(x.merge, m)
				}
			}
			inside = t.Name.Local
		case xml.CharData:
			if !inCell {
				continue
			}
			if text += len(t); text > maxDocBytes {
				return tooLong(false)
			}
			switch inside {
			case "v":
				v += string(t)
			case "f":
				fx += string(t)
			case "t":
				if rows == 1 && len(first) < maxNamed && len(first[col]) < 200 {
					if first == nil {
						first = map[int]string{}
					}
					first[col] += string(t[:min(len(t), 200)])
				}
			}
		case xml.EndElement:
			depth--
			inside = ""
			if t.Name.Local != "c" || !inCell {
				continue
			}
			inCell = false
			size, sharedSize := text, 0                        // the cell's text, shared text included; the shared text's
			if cellType == "s" && strings.TrimSpace(v) != "" { // without a value, an empty cell
				i, err := strconv.Atoi(strings.TrimSpace(v))
				if err != nil || i < 0 || i >= len(shared.lens) && shared.big < 0 {
					return &badShared{sheet: x.sheet, row: row, col: col, header: header(first, col, row, rows), index: v, items: len(shared.lens)}
				}
				if i == shared.big {
					return tooLong(true)
				}
				// A shared item is text once in the file and in every
				// cell that shows it: 1 MB shown by 1,000 cells of a 15 KB
				// workbook was 1 GB once read.
				if i < len(shared.lens) { // else past an item too long, refused below
					sharedSize = int(shared.lens[i])
					size += sharedSize
				}
				if rows == 1 && len(first) < maxNamed {
					if h, ok := shared.first[i]; ok {
						if first == nil {
							first = map[int]string{}
						}
						first[col] = h
					}
				}
			}
			if repeat > 1 {
				// A number format such as "@ @" shows the text twice.
				size *= repeat
				if size > maxDocBytes {
					return tooLong(sharedSize > 0)
				}
			}
			x.long = max(x.long, int64(size))
			if total += int64(size); total > maxSheetText {
				return &longText{sheet: x.sheet, row: row, col: col, header: header(first, col, row, rows), total: true, shared: sharedSize > 0, size: sharedSize}
			}
			switch {
			case hasF && (!hasV || v == "") && cellType != "inlineStr":
				x.mark(row, cellMark{col: col, formula: true, value: fx})
			case cellType == "e":
				x.mark(row, cellMark{col: col, value: strings.TrimSpace(v)})
			case !hasF && hasV && (cellType == "" || cellType == "n") && strings.Contains(v, "."):
				x.mark(row, cellMark{col: col, number: true, value: v})
			}
		}
	}
	x.text = total
	if shared.big >= 0 { // no cell of the sheet shows it
		return &longText{sheet: x.sheet, sharedItem: shared.big + 1, sst: sst}
	}
	slices.SortStableFunc(x.merge, func(a, b mergeRange) int { return a.top - b.top })
	return nil
}

// maxFormatCode is the longest number format a spreadsheet program
// writes (Excel's limit is 255 characters).
const maxFormatCode = 255

// textRepeats reads the workbook's styles (xl/styles.xml, where excelize
// reads them): by cell style, the times its number format shows a cell's
// text (the @ in a format such as "Duty: @"), at least 1. A 4 KB workbook
// whose format was 2,000 @ kept import busy past a minute, and each @
// repeats the text; a format longer than a spreadsheet writes is refused
// as a damaged file.
func textRepeats(zr *zip.Reader) ([]int, error) {
	var st struct {
		NumFmts []struct {
			ID   string `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID string `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if readXML(zr, "xl/styles.xml", &st) != nil {
		return nil, nil // none, or none excelize can read either
	}
	repeats := map[string]int{}
	for _, f := range st.NumFmts {
		if n := utf8.RuneCountInString(f.Code); n > maxFormatCode {
			return nil, fmt.Errorf("its number format %s is %d characters long, longer than a spreadsheet program writes (%d); the file is damaged or not from one"+
				"\n  fix: open it in a spreadsheet program and save it again",
				clip(strconv.Quote(f.ID)), n, maxFormatCode)
		}
		repeats[f.ID] = max(1, strings.Count(f.Code, "@"))
	}
	out := make([]int, len(st.Xfs))
	for i, xf := range st.Xfs {
		out[i] = max(1, repeats[xf.NumFmtID])
	}
	return out, nil
}

// maxNamed bounds the first row's cells scan keeps, to name the column of
// a cell too long.
const maxNamed = 64

// header is the text of column col in the sheet's first row, which names
// it when that row is a header: it has two text cells or more (a title
// has one), and the cell in question is below it.
func header(first map[int]string, col, row, rows int) string {
	if len(first) < 2 || rows < 2 {
		return ""
	}
	return clip(oneLine(strings.TrimSpace(first[col])))
}

// sharedText is what scanShared finds in a workbook's shared text.
type sharedText struct {
	big   int            // the first item longer than maxDocBytes, or -1
	first map[int]string // the first few items' text (cut short), to name columns
	// lens are the items' lengths in bytes, in order: a cell shows the
	// item it names by number, and len(lens) is how many there are.
	lens []uint32
}

// scanShared reads the workbook's shared text (sst, the part cells of
// type "s" point into by number): every item's length, the first few
// items, and the first item longer than maxDocBytes, if any. excelize
// decodes the part whole, so such an item is found here first.
func scanShared(zr *zip.Reader, sst string) (sharedText, error) {
	out := sharedText{big: -1}
	if sst == "" {
		return out, nil
	}
	rc, err := openPart(zr, sst)
	if err != nil {
		return out, nil // no shared text: a cell that names an item is refused
	}
	defer rc.Close()
	g := newTextGuard(rc)
	d := xmlDecoder(sst, g)
	item, text := -1, 0
	inT, inPh := false, false
	depth := 0 // checkParts leaves the part to this read (see XLSX)
	for {
		tok, err := d.RawToken()
		if g.tripped {
			out.big = max(item, 0)
			return out, nil
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, partFault(sst, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				line, _ := d.InputPos()
				return out, tooDeep(sst, line)
			}
			switch t.Name.Local {
			case "si":
				item++
				out.lens = append(out.lens, 0)
				text = 0
			case "t":
				inT = true
			case "rPh":
				inPh = true // a reading aid (furigana), which the cell does not show
			}
		case xml.EndElement:
			depth = max(depth-1, 0)
			switch t.Name.Local {
			case "t":
				inT = false
			case "rPh":
				inPh = false
			}
		case xml.CharData:
			if item < 0 || !inT || inPh {
				continue
			}
			if text += len(t); text > maxDocBytes {
				out.big = item
				return out, nil
			}
			out.lens[item] = uint32(text)
			if item < maxNamed {
				if out.first == nil {
					out.first = map[int]string{}
				}
				if len(out.first[item]) < 200 {
					out.first[item] += string(t[:min(len(t), 200)])
				}
			}
		}
	}
}

// longText is a cell of more text than a department's content file may
// hold, which import refuses at once, before any of it is decoded whole
// (or, wide, a cell past a worksheet's last column).
type longText struct {
	sheet    string
	row, col int    // 1-based row, 0-based column; row 0: not in a cell
	header   string // what the first row says in its column, if a header
	shared   bool   // the cell shows shared text (a number into sharedStrings.xml)
	// sharedItem is the 1-based item of the shared text that is too
	// long, which no cell of the sheet shows: another sheet's.
	sharedItem int
	sst        string // the shared text's part
	wide       bool   // not too long: a cell right of the last column a worksheet has
	// total: the cell is not too long, but with it the sheet's cells
	// hold more than maxSheetText; size is the shared text it shows.
	total bool
	size  int
}

func (e *longText) Error() string {
	const fix = "\n  fix: shorten it: a duty is one line of at most 64 KB (longer text belongs in its description), and all of a department's text in a language must fit in 16 MB; keep long documents out of the sheet"
	size := fmt.Sprintf("more than %d MB of text, more than a department's content file may hold", maxDocBytes>>20)
	switch {
	case e.sharedItem > 0:
		return fmt.Sprintf("the workbook's shared text holds an item of %s (item %d of %s), which sheet %q does not show: a cell of another sheet"+
			"\n  fix: shorten that cell, or copy sheet %q into a workbook of its own and import that", size, e.sharedItem, e.sst, e.sheet, e.sheet)
	case e.wide:
		return fmt.Sprintf("sheet %q, row %d: a cell right of column %s, the last a worksheet has (%d columns); import read no further"+
			"\n  fix: open the workbook in a spreadsheet program and save it again, or delete the row's cells right of the header",
			e.sheet, e.row, ColumnName(excelize.MaxColumns-1), excelize.MaxColumns)
	case e.total:
		shared := ""
		if e.shared {
			shared = fmt.Sprintf(" (the cell shows %d KB of the workbook's shared text, which counts in every cell that shows it)", (e.size+1023)>>10)
		}
		return fmt.Sprintf("sheet %q, row %d, %s: by this cell, the sheet's cells hold more than %d MB of text, the most import reads; import read no further%s"+
			"\n  fix: shorten the long text the sheet repeats, or %s", e.sheet, e.row, e.column(), maxSheetText>>20, shared, SplitFix)
	case e.row == 0:
		return fmt.Sprintf("sheet %q holds a run of %s outside its cells; not a workbook import can read"+
			"\n  fix: open it in a spreadsheet program and save it again", size, e.sheet)
	}
	return fmt.Sprintf("sheet %q, row %d, %s: the cell holds %s; import read no further"+fix, e.sheet, e.row, e.column(), size)
}

func (e *longText) column() string { return cellColumn(e.col, e.header) }

// cellColumn names column col (0-based) as scan's errors do: "column B
// (Duty)" when the first row names it, else "column B".
func cellColumn(col int, header string) string {
	s := "column " + ColumnName(col)
	if header != "" {
		s += " (" + header + ")"
	}
	return s
}

// maxSheetText bounds the text of a workbook's cells, all together, as
// it is once read: as much as a CSV file import reads (MaxFileSize), so
// that a workbook takes no more memory than the largest CSV. A workbook
// keeps a text shown by many cells once (shared text), so a 15 KB file
// whose 1 MB item 1,000 cells show was 1 GB of text, and a Go fatal "out
// of memory" (the import took 2.2 GB). A variable so that a test can
// lower it.
var maxSheetText int64 = MaxFileSize

// badShared is a cell that names an item of the shared text the workbook
// does not have: a damaged file. excelize reads such a cell as empty, or
// a number it cannot read as item 0, so a duty would be lost or replaced.
type badShared struct {
	sheet    string
	row, col int    // 1-based row, 0-based column
	header   string // what the first row says in its column, if a header
	index    string // the item as the cell names it
	items    int    // the items the shared text has
}

func (e *badShared) Error() string {
	index := strings.TrimSpace(e.index)
	if _, err := strconv.Atoi(index); err != nil || len(index) > 20 {
		index = strconv.Quote(clip(index)) // not a number: shown as text
	}
	return fmt.Sprintf("sheet %q, row %d, %s: the cell refers to shared text item %s, which the workbook does not have (its shared text has %s); the file is damaged"+
		"\n  fix: open it in a spreadsheet program and save it again (or retype the cell)", e.sheet, e.row, cellColumn(e.col, e.header), index, content.Count(e.items, "item", "items"))
}

// textGuard fails a run of text (the bytes between two tags) longer than
// max (maxDocBytes for scan), before encoding/xml gathers it whole into
// one token. It is the decoder's io.ByteReader, so the decoder reads
// nothing ahead of it and stops in the cell that is too long.
type textGuard struct {
	r       *bufio.Reader
	max     int
	run     int
	tripped bool
}

var errLongRun = errors.New("a run of text too long")

func newTextGuard(r io.Reader) *textGuard {
	return &textGuard{r: bufio.NewReaderSize(&limitReader{r: r, n: maxUnzipped}, 64<<10), max: maxDocBytes}
}

func (g *textGuard) ReadByte() (byte, error) {
	c, err := g.r.ReadByte()
	if err != nil {
		return c, err
	}
	if c == '<' {
		g.run = 0
	} else if g.run++; g.run > g.max {
		g.tripped = true
		return 0, errLongRun
	}
	return c, nil
}

func (g *textGuard) Read(p []byte) (int, error) {
	for i := range p {
		c, err := g.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = c
	}
	return len(p), nil
}

// Decimals are the columns (0-based) of a row Next has returned whose
// cell is a number with a fraction, shown as the workbook stores it: the
// spreadsheet has dropped its trailing zeros, so an outline code typed
// 3.10 reads 3.1. A row is asked about once.
func (x *xlsxRows) Decimals(row int) []int {
	cols := x.decimals[row]
	delete(x.decimals, row)
	return cols
}

func (x *xlsxRows) mark(row int, m cellMark) {
	if x.marks == nil {
		x.marks = map[int][]cellMark{}
	}
	x.marks[row] = append(x.marks[row], m)
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseRange reads a range such as "A5:B7".
func parseRange(ref string) (mergeRange, bool) {
	from, to, ok := strings.Cut(ref, ":")
	if !ok {
		return mergeRange{}, false
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(from)
	c2, r2, err2 := excelize.CellNameToCoordinates(to)
	if err1 != nil || err2 != nil {
		return mergeRange{}, false
	}
	return mergeRange{top: min(r1, r2), bottom: max(r1, r2), left: min(c1, c2) - 1, right: max(c1, c2) - 1}, true
}

// book is where a workbook keeps its sheets and its shared text.
type book struct {
	sheets []struct{ name, part string }
	sst    string // the shared text's part
	// read are the parts readBook decoded whole, each bounded as it was
	// read: checkParts need not read them again.
	read []string
}

func (b book) part(name string) string {
	for _, s := range b.sheets {
		if s.name == name {
			return s.part
		}
	}
	return ""
}

func (b book) names() []string {
	out := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		out[i] = s.name
	}
	return out
}

// maxListedSheets bounds the sheet names a message lists: a workbook of
// 100,000 sheets made one line of 789 KB (hostile14 #11).
const maxListedSheets = 10

// SomeSheets lists the first maxListedSheets of a workbook's sheet names
// as termsafe.FirstNames lists names: "S0, S1, …, S9 and 99990 more
// sheets". Every message that lists a workbook's sheets lists them so.
func SomeSheets(names []string) string {
	return termsafe.FirstNames(names, maxListedSheets, termsafe.MaxArgCells, "more sheet", "more sheets")
}

// readBook reads where the workbook keeps its sheets and its shared text:
// the workbook lists its sheets by relationship id, and its relationships
// name their parts.
func readBook(zr *zip.Reader) (book, error) {
	var out book
	wbPath := "xl/workbook.xml"
	var root relationships
	if readXML(zr, "_rels/.rels", &root) == nil {
		out.read = append(out.read, "_rels/.rels")
		for _, r := range root.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPath = strings.TrimPrefix(r.Target, "/")
			}
		}
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"` // r:id, in the transitional or the strict namespace
		} `xml:"sheets>sheet"`
	}
	if err := readXML(zr, wbPath, &wb); err != nil {
		return out, err
	}
	out.read = append(out.read, wbPath)
	var rels relationships
	relsPath := path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels")
	if err := readXML(zr, relsPath, &rels); err != nil {
		return out, err
	}
	out.read = append(out.read, relsPath)
	target := func(t string) string {
		if strings.HasPrefix(t, "/") {
			return t[1:]
		}
		return path.Join(path.Dir(wbPath), t)
	}
	// excelize reads the shared text from this part, whatever the
	// relationships say.
	out.sst = "xl/sharedStrings.xml"
	for _, s := range wb.Sheets {
		id := ""
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		for _, r := range rels.Rels {
			if r.ID == id {
				out.sheets = append(out.sheets, struct{ name, part string }{s.Name, target(r.Target)})
				break
			}
		}
	}
	return out, nil
}

type relationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// readXML decodes a small part of the workbook (its list of sheets, its
// relationships, its styles), bounded so that a hostile part cannot
// exhaust memory: as checkNesting bounds a part, in the one read that
// decodes it (boundedTokens).
func readXML(zr *zip.Reader, name string, v any) error {
	rc, err := openPart(zr, name)
	if err != nil {
		return err
	}
	defer rc.Close()
	g := newTextGuard(&limitReader{r: rc, n: 16 << 20})
	if err := xml.NewTokenDecoder(&boundedTokens{part: name, d: xmlDecoder(name, g), g: g}).Decode(v); err != nil {
		return err
	}
	// To its end, as checkNesting reads a part: archive/zip checks the
	// part's length and checksum there (see checkedPart).
	_, err = io.Copy(io.Discard, rc)
	return err
}

// boundedTokens gives a part's tokens to a decoder that decodes it whole
// (xml.NewTokenDecoder), refusing what checkNesting refuses: nesting past
// maxXMLDepth, read with RawToken, which keeps nothing for an open
// element (the decoder above keeps its stack only of what it was given),
// and a run of more than maxDocBytes between two tags. Decoded whole
// after a read of its own to check it, each part was read twice (res17).
type boundedTokens struct {
	part  string
	d     *xml.Decoder
	g     *textGuard
	depth int
}

func (b *boundedTokens) Token() (xml.Token, error) {
	tok, err := b.d.RawToken()
	if b.g.tripped {
		return nil, runTooLong(b.part)
	}
	if err != nil {
		return nil, partFault(b.part, err)
	}
	switch tok.(type) {
	case xml.StartElement:
		if b.depth++; b.depth > maxXMLDepth {
			line, _ := b.d.InputPos()
			return nil, tooDeep(b.part, line)
		}
	case xml.EndElement:
		b.depth = max(b.depth-1, 0)
	}
	return tok, nil
}

// openPart opens a part of the workbook by name, ignoring the case of the
// name if it is not found as written (some programs write
// xl/Worksheets/Sheet1.xml).
func openPart(zr *zip.Reader, name string) (io.ReadCloser, error) {
	if rc, err := zr.Open(name); err == nil {
		return checkedPart{rc, name}, nil
	}
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			return checkedPart{rc, f.Name}, nil
		}
	}
	return nil, &noPart{name}
}

// noPart is a part that openPart did not find.
type noPart struct{ name string }

func (e *noPart) Error() string {
	return "the workbook has no part " + clip(termsafe.QuoteName(e.name))
}
