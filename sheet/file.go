package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/htmlindex"
)

// MaxFileSize bounds a sheet to import, so that a huge or hostile file
// gives an error before it is read instead of exhausting memory: reading
// a sheet takes about 19 times its size in memory (measured: a CSV of
// 500,000 rows, 39 MB, took 744 MB), so 128 MB of CSV is about 2.4 GB.
// 128 MB holds a million rows of a department, a section and a sentence;
// that many rows stop at maxRows anyway. import checks it with Stat
// before opening the file; the readers enforce it again while reading (a
// file that grows meanwhile).
const MaxFileSize = 128 << 20

// maxUnzipped bounds a workbook's parts, unzipped: XML is about ten times
// the size of the zip that holds it.
const maxUnzipped = 512 << 20

// ErrTooLarge is a sheet larger than MaxFileSize.
var ErrTooLarge = fmt.Errorf("the file is larger than %d MB, the most import reads", MaxFileSize>>20)

// SplitFix is what to do with a sheet too large to import.
const SplitFix = "split it into several sheets (a few departments each), import each into a folder of its own, and open them together: dutymap --content A --content B"

// maxRows bounds the rows of a sheet (a variable so that a test can lower
// it): 1,048,576, as many as a worksheet holds in Excel. Each row costs
// about 1.5 KB of memory while the organisation is built and checked,
// however short its cells, so the rows are bounded besides the bytes.
var maxRows = 1 << 20

// csvRows reads a CSV file.
type csvRows struct {
	r   *csv.Reader
	row int // records read
	// raw is the file's first bytes as stored, enc the encoding it is
	// read in ("" for UTF-8): see builder.misread.
	raw []byte
	enc string
	// unread tells the columns no field reads, once Read has found the
	// header (leaveUnread): their cells refuse no row.
	unread func(col int) bool
}

func (c *csvRows) leaveUnread(unread func(col int) bool) { c.unread = unread }

func (c *csvRows) separator() rune { return c.r.Comma }

// CSV reads comma-separated values (or semicolon- or tab-separated, as
// the first lines show: see guessSeparator; sep, when not 0, is the
// separator as given instead) in UTF-8, or in encoding when given ("gb18030",
// "windows-1252", any WHATWG encoding name). Cells that an export made safe
// for spreadsheets (a quote before a leading =, +, -, @, tab or CR, as
// OWASP recommends) are read back without the quote.
func CSV(r io.Reader, encoding string, sep rune) (Rows, error) {
	if strings.EqualFold(encoding, "utf-8") || strings.EqualFold(encoding, "utf8") {
		encoding = ""
	}
	// raw is the file's first bytes as stored (see builder.misread): taken
	// before the decoder when there is one, else from the reader below.
	var raw []byte
	stored := bufio.NewReaderSize(r, rawHeadSize)
	r = stored
	if encoding == "" {
		// A UTF-16 byte order mark makes the encoding certain (Excel's
		// "Unicode Text", or a sheet saved as UTF-16): read it as such,
		// in the order the mark gives, not refuse it for an --encoding.
		if mark, _ := stored.Peek(2); bom(mark) {
			encoding = "utf-16"
			if mark[0] == 0xfe {
				encoding = "utf-16be"
			}
		}
	}
	if encoding != "" {
		enc, err := htmlindex.Get(encoding)
		if err != nil {
			return nil, fmt.Errorf("unknown encoding %q: %s", encoding, EncodingHint)
		}
		raw, _ = stored.Peek(rawHeadSize)
		raw = bytes.Clone(raw)
		r = enc.NewDecoder().Reader(stored)
	}
	br := bufio.NewReaderSize(&limitReader{r: r, n: MaxFileSize}, rawHeadSize)
	if encoding == "" {
		raw, _ = br.Peek(rawHeadSize)
		raw = bytes.Clone(raw)
	}
	if bom, _ := br.Peek(3); string(bom) == "\ufeff" {
		br.Discard(3) // the byte order mark of Excel's "CSV UTF-8": no part of the first cell
	}
	br = crLineEnds(br)
	if sep == 0 {
		sep = guessSeparator(br)
	}
	cr := csv.NewReader(&widthGuard{r: br, sep: byte(sep)})
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	cr.Comma = sep
	return &csvRows{r: cr, raw: raw, enc: encoding}, nil
}

// maxCells bounds the cells of a CSV row: as many as a worksheet has
// columns (16,384, to XFD).
const maxCells = excelize.MaxColumns

// wideRow is a CSV row of more than maxCells cells.
type wideRow struct {
	// crOnly: the row holds carriage returns that end no line (CR
	// without LF, as classic Mac files end lines): encoding/csv reads
	// such a file as one row.
	crOnly bool
}

func (e *wideRow) Error() string {
	return fmt.Sprintf("the row has more than %d cells, as many as a worksheet has columns; import read no further", maxCells)
}

// fix is what to do about the row.
func (e *wideRow) fix() string {
	if e.crOnly {
		return "its lines end in a carriage return alone, which CSV does not read as a line end: save the file with Windows (CR LF) or Unix (LF) line ends, or as XLSX"
	}
	return "delete the row's cells right of the header's last column (often a run of separators a program left at the end of the line)"
}

// widthGuard stops a CSV file at the separator that starts a row's cell
// past maxCells, before encoding/csv has read the rest of the row:
// encoding/csv makes a row's cells at once, and a line of 60 million
// commas took 4.8 GB before the row could be refused. It follows quoting
// as encoding/csv does (a quote that begins a cell opens it, "" inside is
// a quote, a quote then anything else closes it), so that separators and
// line breaks inside quoted text are not counted. sep is one byte: every
// separator CSV takes is.
type widthGuard struct {
	r       io.Reader
	sep     byte
	cells   int  // separators of the current row so far, outside quotes
	start   bool // at the start of a cell (a quote there opens it)
	quoted  bool // inside a quoted cell
	quote   bool // inside a quoted cell, just after a quote: closed or doubled
	cr      bool // just after a carriage return outside quotes
	crOnly  bool // the current row has a carriage return not followed by a line feed
	tripped *wideRow
}

func (g *widthGuard) Read(p []byte) (int, error) {
	if g.tripped != nil {
		return 0, g.tripped
	}
	n, err := g.r.Read(p)
	for i, c := range p[:n] {
		if g.quote {
			g.quote = false
			if c == '"' {
				continue // a doubled quote: still inside
			}
			g.quoted = false // the quote closed the cell; c is read below
		}
		if g.quoted {
			g.quote = c == '"'
			continue
		}
		if g.cr && c != '\n' {
			g.crOnly = true
		}
		g.cr = c == '\r'
		switch c {
		case g.sep:
			if g.cells++; g.cells >= maxCells {
				g.tripped = &wideRow{crOnly: g.crOnly}
				return i, g.tripped
			}
			g.start = true
		case '\n':
			g.cells, g.start, g.crOnly = 0, true, false
		case '"':
			g.quoted = g.start
			g.start = false
		default:
			g.start = false
		}
	}
	return n, err
}

// guessSeparator is the separator of a CSV file: of comma, semicolon and
// tab, the one that splits a line of the first few (as many as the header
// is looked for in) into the most headers dutymap knows (at least two, as
// a header has); when no line has two, the one that splits the most lines
// into the same number of cells (a title line above the header, "Duties,
// 2024", is one line against many); a comma when none splits any line.
// It reads only what br has buffered.
func guessSeparator(br *bufio.Reader) rune {
	peek, _ := br.Peek(64 << 10)
	best, bestKnown, bestAgree := ',', 0, 0
	for _, s := range separators {
		known, agree := separatorScore(peek, s.r)
		if known < 2 {
			known = 0
		}
		if known > bestKnown || known == bestKnown && agree > bestAgree {
			best, bestKnown, bestAgree = s.r, known, agree
		}
	}
	return best
}

// separatorScore reads the first few records of text split by sep: known
// is the most headers dutymap knows in one record, agree the most records
// with the same number of cells, more than one.
func separatorScore(text []byte, sep rune) (known, agree int) {
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = sep, true, -1
	widths := map[int]int{}
	for range headerScan {
		rec, err := cr.Read()
		if err != nil {
			break // the end, or a record cut off by the peek
		}
		n := 0
		for _, c := range rec {
			if guess(c).Field != FieldNone {
				n++
			}
		}
		known = max(known, n)
		if len(rec) > 1 {
			widths[len(rec)]++
			agree = max(agree, widths[len(rec)])
		}
	}
	return known, agree
}

// separator is a character that may separate the cells of a CSV file.
type separator struct {
	r      rune
	names  []string // as --separator takes it, the first in fixes
	inCell string   // how a problem names it inside a cell
}

// separators are the separators a CSV file may have, the most common
// first: a guess that cannot choose takes the first.
var separators = []separator{
	{',', []string{"comma", ","}, "a comma"},
	{';', []string{"semicolon", ";"}, "a semicolon (the separator)"},
	{'\t', []string{"tab", "\t", `\t`}, "a tab (the separator)"},
}

// Separators are the separators a CSV file may have, by the names
// --separator takes.
var Separators = func() map[string]rune {
	m := map[string]rune{}
	for _, s := range separators {
		for _, n := range s.names {
			m[n] = s.r
		}
	}
	return m
}()

// separatorOf is sep's entry in separators (the comma's for another).
func separatorOf(sep rune) separator {
	for _, s := range separators {
		if s.r == sep {
			return s
		}
	}
	return separators[0]
}

// separatorHint is the end of a fix for a header that reads as no
// columns dutymap knows, when the first rows hold another separator than
// the CSV file was read with: the --separator that splits them there.
func (b *builder) separatorHint(below []rowRead) string {
	if b.sep == 0 {
		return ""
	}
	text := strings.Join(b.header, "")
	for _, r := range below {
		text += strings.Join(r.cells, "")
	}
	best, most := rune(0), 0
	for _, s := range separators {
		if n := strings.Count(text, string(s.r)); s.r != b.sep && n > most {
			best, most = s.r, n
		}
	}
	if best == 0 {
		return ""
	}
	return fmt.Sprintf("; if the columns are split at the wrong character, give the separator: --separator %s", separatorOf(best).names[0])
}

// Next counts rows as a spreadsheet does, one per record, however many
// lines a record's quoted cells span.
func (c *csvRows) Next() ([]string, int, error) {
	rec, err := c.r.Read()
	c.row++
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, ErrTooLarge) {
			return nil, c.row, ErrTooLarge
		}
		var wide *wideRow
		if errors.As(pe.Err, &wide) {
			return nil, c.row, wide
		}
		return nil, c.row, &RowError{Row: c.row, Err: csvError(pe, c.row)}
	}
	if err != nil {
		return nil, c.row, err
	}
	for i, f := range rec {
		rec[i] = unneutralise(f)
		if isErrorValue(strings.TrimSpace(f)) && (c.unread == nil || !c.unread(i)) {
			// What a spreadsheet saved for a formula that failed: the
			// value the row meant is not in the file.
			return nil, c.row, &RowError{Row: c.row, Column: i + 1, Err: fmt.Errorf("the cell holds the spreadsheet error %s", strings.TrimSpace(f)),
				Fix: "correct the formula in the spreadsheet, or type the value in the cell, and save the CSV again"}
		}
	}
	return rec, c.row, nil
}

// Close does nothing: a CSV file is read as it streams, and its caller
// closes the file.
func (c *csvRows) Close() error { return nil }

// csvError says what is wrong with a record encoding/csv could not read,
// in words rather than its own ("bare \" in non-quoted-field"), with the
// file's line when the record does not start on the line of its row.
func csvError(pe *csv.ParseError, row int) error {
	msg := pe.Err.Error()
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		msg = `a quote (") inside a cell that does not begin with one`
	case errors.Is(pe.Err, csv.ErrQuote):
		msg = "a quoted cell is not closed, or a quote inside it is not doubled"
	}
	if pe.Line != row {
		msg += fmt.Sprintf(" (line %d of the file)", pe.Line)
	}
	return errors.New(msg)
}

// Neutralise keeps a cell from being read as a formula when the CSV is
// opened in a spreadsheet (CSV injection: =HYPERLINK(…) leaking data,
// =cmd|… running a program). As OWASP recommends, a cell that begins with
// =, +, -, @, tab or carriage return (or a full-width =, +, - or @, which
// some spreadsheets read the same way) gets a leading apostrophe, which
// spreadsheets take as "this is text"; so does a cell that already begins
// with an apostrophe before one of them, so that import, which takes one
// apostrophe away, reads every cell back as it was. See
// https://owasp.org/www-community/attacks/CSV_Injection.
func Neutralise(cell string) string {
	if startsFormula(strings.TrimLeft(cell, "'")) {
		return "'" + cell
	}
	return cell
}

func startsFormula(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠':
		return true
	}
	return false
}

// unneutralise undoes Neutralise.
func unneutralise(s string) string {
	if strings.HasPrefix(s, "'") && startsFormula(strings.TrimLeft(s, "'")) {
		return s[1:]
	}
	return s
}

// limitReader fails with ErrTooLarge past n bytes.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// WriteCSV writes rows as RFC 4180 CSV, every cell neutralised (see
// Neutralise).
func WriteCSV(w io.Writer, rows iter.Seq[[]string]) error {
	cw := csv.NewWriter(w)
	out := make([]string, 0, 32)
	for r := range rows {
		out = out[:0]
		for _, c := range r {
			out = append(out, Neutralise(c))
		}
		if err := cw.Write(out); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// xlsxTime is the creation time written in every workbook, so that the
// same content always exports to the same bytes.
const xlsxTime = "2000-01-01T00:00:00Z" // RFC 3339

// maxWorkbookRows is the most rows a workbook's sheet holds (Excel's
// limit, 1,048,576); a variable so that a test can lower it.
var maxWorkbookRows = excelize.TotalRows

// tooManyRows is the error for a sheet of rows rows, more than a workbook
// holds; rows 0 when the count is not known.
func tooManyRows(rows int) error {
	const fix = "; export as CSV instead (--format csv), which has no such limit"
	if rows == 0 {
		return fmt.Errorf("the sheet has more rows than a workbook holds (%d)"+fix, maxWorkbookRows)
	}
	return fmt.Errorf("the sheet would have %d rows, more than a workbook holds (%d)"+fix, rows, maxWorkbookRows)
}

// WriteXLSX writes rows as a workbook of one sheet, "dutymap", every cell a
// text (never a formula), the header row frozen. A cell longer than a
// workbook holds (32,767 UTF-16 units) is an error naming its row's first
// cell (the export's path), not cut short; so is a row past the
// most a sheet holds. Either comes before anything is written to w.
//
// Memory stays flat however many rows there are: each row is written as
// it comes through excelize's StreamWriter, which keeps at most
// excelize.StreamChunkSize (16 MB) of sheet XML in memory and the rest in
// a temporary file, and the zip goes straight to w through SetZipWriter
// rather than into the bytes.Buffer that File.WriteTo builds first.
func WriteXLSX(w io.Writer, rows iter.Seq[[]string]) error {
	f := excelize.NewFile()
	defer f.Close()
	const name = "dutymap"
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "dutymap", Created: xlsxTime, Modified: xlsxTime}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	vals := make([]any, 0, 32)
	i := 0
	for r := range rows {
		if i++; i > maxWorkbookRows {
			return tooManyRows(0)
		}
		vals = vals[:0]
		for _, c := range r {
			// An empty cell is left out rather than written empty: most of
			// a row's columns are, and a 100,000-duty workbook's sheet
			// was 248 MB of XML with them.
			if c == "" {
				vals = append(vals, nil)
				continue
			}
			if len(c) > excelize.TotalCellChars && len(utf16.Encode([]rune(c))) > excelize.TotalCellChars {
				return fmt.Errorf("%s: a text of %d characters does not fit a workbook's cell (%d); export as CSV instead",
					r[0], utf8.RuneCountInString(c), excelize.TotalCellChars)
			}
			vals = append(vals, c)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i)
		if err := sw.SetRow(cell, vals); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	zw := &directZip{w: zip.NewWriter(w)}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	if _, err := f.WriteTo(io.Discard); err != nil {
		return err
	}
	return zw.err
}

// directZip is the zip writer WriteXLSX gives excelize: it writes to the
// export's own writer, not to the buffer excelize passes. It refuses a
// part of 4 GB or more: excelize marks such parts for Excel (zip64 in the
// local header) only in its in-memory buffer, which is bypassed here.
type directZip struct {
	w   *zip.Writer
	err error // a part too large: the first
}

func (z *directZip) Create(name string) (io.Writer, error) {
	fw, err := z.w.Create(name)
	if err != nil {
		return nil, err
	}
	return &partLimit{Writer: fw, name: name, z: z}, nil
}

func (z *directZip) AddFS(fsys fs.FS) error { return z.w.AddFS(fsys) }
func (z *directZip) Close() error           { return z.w.Close() }

// partLimit fails a part's writes past maxPart bytes.
type partLimit struct {
	io.Writer
	name string
	n    int64
	z    *directZip
}

// maxPart is the largest part directZip writes (zip's 32-bit sizes).
const maxPart = math.MaxUint32

func (p *partLimit) Write(b []byte) (int, error) {
	if p.n += int64(len(b)); p.n > maxPart {
		err := fmt.Errorf("the workbook's part %s is larger than 4 GB, more than a workbook holds; export as CSV instead", p.name)
		if p.z.err == nil {
			p.z.err = err
		}
		return 0, err
	}
	return p.Writer.Write(b)
}

// KnownEncoding reports whether CSV reads text in the encoding name: a
// WHATWG encoding name or label (golang.org/x/text's htmlindex), such as
// utf-8, gb18030, big5 or windows-1252, in any letter case.
func KnownEncoding(name string) bool {
	_, err := htmlindex.Get(name)
	return err == nil
}

// EncodingHint is what an unknown encoding's message suggests.
const EncodingHint = "use a name such as utf-8, gb18030, big5 or windows-1252"
