package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

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
	f     *excelize.File
	rows  *excelize.Rows
	sheet string
	row   int
	marks map[int][]cellMark // by row: formulas without a value, error values
	merge []mergeRange       // ordered by top row
	next  int                // merge[next:] start below the current row
	open  []*mergeRange      // the ranges that cover the current row
	xml   int64              // the bytes of the workbook's parts, unzipped
	// decimals are, by row, the columns whose cell is a number with a
	// fraction, shown as stored (see Decimals).
	decimals map[int][]int
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
// returns the sheet's name and the names of all sheets.
func XLSX(r io.Reader, sheet string) (Rows, string, []string, error) {
	data, err := io.ReadAll(&limitReader{r: r, n: MaxFileSize})
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, "", nil, fmt.Errorf("%w; %s", ErrTooLarge, SplitFix)
		}
		return nil, "", nil, fmt.Errorf("cannot read the workbook: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, "", nil, fmt.Errorf("the workbook unzips to more than %d MB, the most import reads; %s", maxUnzipped>>20, SplitFix)
		}
		return nil, "", nil, fmt.Errorf("not a readable XLSX workbook: %v", err)
	}
	sheets := f.GetSheetList()
	if sheet == "" && len(sheets) > 0 {
		sheet = sheets[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		f.Close()
		return nil, sheet, sheets, fmt.Errorf("the workbook has no sheet %q; its sheets are: %s", sheet, strings.Join(sheets, ", "))
	}
	x := &xlsxRows{f: f, rows: rows, sheet: sheet}
	if err := x.scan(data); err != nil {
		rows.Close()
		f.Close()
		return nil, sheet, sheets, fmt.Errorf("not a readable XLSX workbook: %v", err)
	}
	return x, sheet, sheets, nil
}

func (x *xlsxRows) Next() ([]string, int, error) {
	if !x.rows.Next() {
		err := x.rows.Error()
		x.rows.Close()
		x.f.Close()
		if err != nil {
			return nil, x.row, err
		}
		return nil, x.row, io.EOF
	}
	x.row++
	cells, err := x.rows.Columns(excelize.Options{RawCellValue: false})
	if err != nil {
		return cells, x.row, err
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
	return x.fillMerged(cells), x.row, nil
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
func (x *xlsxRows) fillMerged(cells []string) []string {
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
		}
	}
	return cells
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

// scan reads the sheet's XML once, apart from excelize's row reader, for
// what that reader does not say: which cells hold a formula without a
// stored value or an error value, and the merged ranges.
func (x *xlsxRows) scan(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		// archive/zip fails a part longer than its header says, so the
		// sum bounds the XML excelize can decode (pictures it does not).
		if strings.HasSuffix(strings.ToLower(f.Name), ".xml") {
			x.xml += int64(min(f.UncompressedSize64, maxUnzipped))
		}
	}
	part, err := sheetPart(zr, x.sheet)
	if err != nil {
		return err
	}
	rc, err := openPart(zr, part)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(&limitReader{r: rc, n: maxUnzipped})
	var (
		row, col                int
		inCell, hasF, hasV      bool
		cellType, v, fx, inside string
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				if n, err := strconv.Atoi(attr(t, "r")); err == nil {
					row = n
				} else {
					row++
				}
				col = -1
			case "c":
				inCell, hasF, hasV, v, fx, cellType = true, false, false, "", "", attr(t, "t")
				if c, _, err := excelize.CellNameToCoordinates(attr(t, "r")); err == nil {
					col = c - 1
				} else {
					col++
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
			switch {
			case inCell && inside == "v":
				v += string(t)
			case inCell && inside == "f":
				fx += string(t)
			}
		case xml.EndElement:
			inside = ""
			if t.Name.Local != "c" || !inCell {
				continue
			}
			inCell = false
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
	slices.SortStableFunc(x.merge, func(a, b mergeRange) int { return a.top - b.top })
	return nil
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

// sheetPart is the zip entry of the sheet named: the workbook lists its
// sheets by relationship id, and its relationships name their parts.
func sheetPart(zr *zip.Reader, name string) (string, error) {
	book := "xl/workbook.xml"
	var root relationships
	if readXML(zr, "_rels/.rels", &root) == nil {
		for _, r := range root.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				book = strings.TrimPrefix(r.Target, "/")
			}
		}
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"` // r:id, in the transitional or the strict namespace
		} `xml:"sheets>sheet"`
	}
	if err := readXML(zr, book, &wb); err != nil {
		return "", err
	}
	var rels relationships
	if err := readXML(zr, path.Join(path.Dir(book), "_rels", path.Base(book)+".rels"), &rels); err != nil {
		return "", err
	}
	for _, s := range wb.Sheets {
		if s.Name != name {
			continue
		}
		id := ""
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		for _, r := range rels.Rels {
			if r.ID == id {
				if strings.HasPrefix(r.Target, "/") {
					return r.Target[1:], nil
				}
				return path.Join(path.Dir(book), r.Target), nil
			}
		}
	}
	return "", fmt.Errorf("the workbook does not say where sheet %q is", name)
}

type relationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// readXML decodes a small part of the workbook (its list of sheets, its
// relationships), bounded so that a hostile part cannot exhaust memory.
func readXML(zr *zip.Reader, name string, v any) error {
	rc, err := openPart(zr, name)
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(&limitReader{r: rc, n: 16 << 20}).Decode(v)
}

// openPart opens a part of the workbook by name, ignoring the case of the
// name if it is not found as written (some programs write
// xl/Worksheets/Sheet1.xml).
func openPart(zr *zip.Reader, name string) (io.ReadCloser, error) {
	if rc, err := zr.Open(name); err == nil {
		return rc, nil
	}
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			return f.Open()
		}
	}
	return nil, fmt.Errorf("the workbook has no part %s", name)
}
