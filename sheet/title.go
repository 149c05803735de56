package sheet

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// headerScan is how many rows from the top the header row is looked for
// in: org sheets often open with a title, a date or a blank row above it.
const headerScan = 6

// rowRead is one row as Rows.Next gave it.
type rowRead struct {
	cells []string
	row   int
	err   error
}

// replayRows gives the rows read while looking for the header again,
// then the rest of the sheet.
type replayRows struct {
	buf  []rowRead
	rest Rows
}

func (r *replayRows) Next() ([]string, int, error) {
	if len(r.buf) > 0 {
		x := r.buf[0]
		r.buf = r.buf[1:]
		return x.cells, x.row, x.err
	}
	return r.rest.Next()
}

func (r *replayRows) Close() error { return r.rest.Close() }

// headerRead is the row taken as the header and its columns (Map), when
// it was read.
type headerRead struct {
	rowRead
	m      Mapping
	mapErr error
}

// findHeader reads the header: the first row, unless it does not read as
// one and one of the next rows (up to headerScan in all) does, that is its
// cells name a department column and a duty or section column, as guessed
// or as --column gives them. The rows above a header found lower are
// skipped and noted. It returns the header, the rows after it and the rows
// read past the first when none reads as a header (for titleProblem).
func (b *builder) findHeader(rows Rows) (header headerRead, rest Rows, below []rowRead) {
	var seen []rowRead
	for len(seen) < headerScan {
		cells, row, err := rows.Next()
		seen = append(seen, rowRead{cells, row, err})
		if err != nil {
			break // the end, or a row that cannot be read: no header below it
		}
		h := headerRead{rowRead: seen[len(seen)-1]}
		h.m, h.mapErr = Map(cells, b.opts.Columns)
		if len(seen) == 1 {
			header = h
		}
		if h.readsAsHeader() {
			if len(seen) > 1 {
				b.noteSkipped(seen[:len(seen)-1], row)
			}
			return h, rows, nil
		}
	}
	header.rowRead = seen[0]
	return header, &replayRows{buf: seen[1:], rest: rows}, seen[1:]
}

// HasHeader reports whether one of the first rows of rows reads as a
// header import can read (a department column, and a duty column or
// another unit's), with the columns opts.Columns gives: a workbook's
// cover sheet (a title and a date) has none. It reads those rows only.
func HasHeader(rows Rows, opts Options) bool {
	for range headerScan {
		cells, _, err := rows.Next()
		if err != nil {
			return false
		}
		h := headerRead{rowRead: rowRead{cells: cells}}
		h.m, h.mapErr = Map(cells, opts.Columns)
		if h.readsAsHeader() {
			return true
		}
	}
	return false
}

// readsAsHeader reports whether h is a header row dutymap can read.
func (h *headerRead) readsAsHeader() bool {
	if !nonEmpty(h.cells) || slices.ContainsFunc(h.cells, func(c string) bool { return !utf8.ValidString(c) }) || h.mapErr != nil {
		return false
	}
	dept, units, duty := false, 0, false
	for _, c := range h.m.Columns {
		switch c.Field {
		case FieldDepartment:
			dept, units = true, units+1
		case FieldSection, FieldPosition:
			units++
		case FieldDuty:
			duty = true
		}
	}
	return dept && (duty || units > 1)
}

// noteSkipped notes the rows above the header found at row header.
func (b *builder) noteSkipped(above []rowRead, header int) {
	// One run from the first row to the last, as it was read (a workbook
	// may leave out empty rows between them).
	rows := rowSet{{above[0].row, above[len(above)-1].row}}
	msg := fmt.Sprintf("row %d taken as the header; %s skipped", header, rows)
	var text []string
	for _, r := range above {
		if t := distinct(r.cells); len(t) > 0 {
			text = append(text, strings.Join(t, ", "))
		}
	}
	if len(text) > 0 {
		msg += fmt.Sprintf(" (%s)", clip(oneLine(strings.Join(text, "; "))))
	}
	b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Line: header, Note: true, Msg: msg,
		Fix: "nothing above the header is imported; if a row there is a duty, move it below the header"})
}

// titleProblem reports a first row that reads as a title (one text, as a
// merged title cell gives, or its first cell alone) when no row of the
// first few reads as a header: it names the next row with several cells,
// the likely headers, so that --column can name them. It reports whether
// it did.
func (b *builder) titleProblem(below []rowRead) bool {
	title := distinct(b.header)
	if len(title) != 1 {
		return false
	}
	for k, r := range below {
		if r.err != nil {
			return false
		}
		if cells := distinct(r.cells); len(cells) > 1 {
			// The example names the likeliest column, as for a header in
			// row 1 (likelyDepartment): not a number column such as No.
			such := ""
			m, _ := Map(r.cells, b.opts.Columns)
			if i, ok := likelyDepartmentIn(r.cells, m.Columns, below[k+1:]); ok {
				arg := quoteArg(strings.TrimSpace(r.cells[i]))
				if headedTwice(r.cells, i) {
					arg = ColumnName(i)
				}
				such = fmt.Sprintf(" (such as --column department=%s)", arg)
			}
			b.problem(b.headerRow, -1, fmt.Sprintf("name the department column of row %d Department (or Dept, Division, 部门), or give it with --column department=HEADER%s; the rows above it are then skipped",
				r.row, such),
				"row %d reads as a title (%s), and no row of the first %d reads as the headers; row %d reads: %s",
				b.headerRow, clip(oneLine(title[0])), headerScan, r.row, clip(oneLine(strings.Join(cells, ", "))))
			return true
		}
	}
	return false
}

// distinct is the row's non-empty cells, trimmed, each once.
func distinct(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// quoteArg quotes a header for a shell command line when it needs it: in
// $'…' when a character would not show (termsafe.QuoteName), else in '…'
// when the shell would read a character.
func quoteArg(s string) string {
	if q := termsafe.QuoteName(s); q != s {
		return q
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r == ' ' || r == '"' || r == '\'' || r == '$' || r == '`' || r == '\\' }) {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}

// clip shortens text quoted from a sheet to maxQuoted characters.
func clip(s string) string {
	const maxQuoted = 80
	if utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	return string([]rune(s)[:maxQuoted-1]) + "…"
}
