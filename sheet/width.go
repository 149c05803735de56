package sheet

import (
	"encoding/csv"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/content"
)

// A row wider than its header (or a value in a column whose header is
// empty) holds text no field reads: importing the row without it would
// lose that text without a word. In a CSV file the cause is nearly always
// a cell with the separator in it that is not in double quotes ("Plan,
// arrange and manage"), so the row is refused and shown as it should be
// written. In a workbook (or a CSV file whose header has an empty cell)
// the cause is a column without a header: it is not imported, and noted
// once per column at the header, since its fix (a header) is there.

// separated is a Rows whose cells are split by a separator (CSV).
type separated interface{ separator() rune }

// spannedRows is a sheet with merged cells (a workbook's): Spanned
// reports whether the cell of a row Next has returned, at column col
// (0-based), shows the value of a range merged across it from its left.
// That value is the range's, not one of its own column's. Only a workbook
// says so: two equal values side by side are two values (the same text
// in cells written without a reference, "x", "x", was once taken for a
// merged cell, and the columns past the header were dropped in silence).
type spannedRows interface{ Spanned(row, col int) bool }

// unreadRows is a sheet that refuses a row for what one of its cells
// holds (a formula it cannot compute, a spreadsheet error such as #REF!):
// told, once the header is read, which columns no field reads (a column
// without a header, which checkWidth notes, or one whose header is
// ignored), it leaves their cells as they are. Such a column is not
// imported, so its cells must not refuse the row they are on (tryout25
// T13: a formula in column E, under no header, refused its row).
type unreadRows interface {
	leaveUnread(unread func(col int) bool)
}

// noHeader reports whether column col (0-based) has no header: past the
// header's cells, or under an empty one.
func noHeader(header []string, col int) bool {
	return col >= len(header) || strings.TrimSpace(header[col]) == ""
}

// headedCells is a row's cells as the fields read them: the cells of
// columns without a header, which checkWidth has noted, are left out (a
// row whose only value is in such a column is a blank row, not a row
// without a department).
func headedCells(cells, header []string) []string {
	cells = cells[:min(len(cells), len(header))]
	for i, c := range cells {
		if c != "" && noHeader(header, i) {
			cells = slices.Clone(cells)
			for j := i; j < len(cells); j++ {
				if noHeader(header, j) {
					cells[j] = ""
				}
			}
			break
		}
	}
	return cells
}

// unheaded is a column with values but no header.
type unheaded struct {
	rows  []int // the first few rows with a value in it
	count int   // rows with a value in it
	value string
}

// maxListed is how many rows a problem about many rows names.
const maxListed = 5

// checkWidth reports the row's cells that no header names. It returns
// false when the row must not be read (a CSV row split by an unquoted
// separator: its cells are out of place).
func (b *builder) checkWidth(cells []string, row int, sep rune) bool {
	if sep != 0 && len(cells) > len(b.header) && nonEmpty(cells[len(b.header):]) {
		b.splitRow(cells, row, sep)
		return false
	}
	for i, c := range cells {
		if strings.TrimSpace(c) == "" || !noHeader(b.header, i) ||
			b.spans != nil && b.spans.Spanned(row, i) { // a cell merged across columns: its value is the one on its left
			continue
		}
		if b.unheaded == nil {
			b.unheaded = map[int]*unheaded{}
		}
		u := b.unheaded[i]
		if u == nil {
			u = &unheaded{value: c}
			b.unheaded[i] = u
		}
		if u.count++; len(u.rows) < maxListed {
			u.rows = append(u.rows, row)
		}
	}
	return true
}

// splitRow reports a CSV row with more non-empty cells than the header,
// with its cells and the row as it is likely meant: the cells that begin
// with a space joined to the one before (text after a comma has a space;
// a separator written by a program has none), or, when that does not give
// the header's width, the cells past the last column joined into it.
func (b *builder) splitRow(cells []string, row int, sep rune) {
	want := len(b.header)
	for len(cells) > want && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1] // empty trailing cells (a,b,,) are fine
	}
	shown := make([]string, len(cells))
	for i, c := range cells {
		shown[i] = "“" + clip(oneLine(c)) + "”"
	}
	what := separatorOf(sep).inCell
	meant, sure := rejoin(cells, want, string(sep))
	fix := "put the cell in double quotes; the row is then: " + clip(csvLine(meant, sep))
	if !sure {
		fix = "put the cell that holds " + what + " in double quotes, such as: " + clip(csvLine(meant, sep))
	}
	b.problem(row, -1, fix, "the row has %d cells but the header has %d: a cell that contains %s must be in double quotes; the cells are: %s",
		len(cells), want, what, clip(strings.Join(shown, " ")))
}

// rejoin makes n cells of cells, split by an unquoted sep. sure is false
// when the cells after a space did not account for the extra ones and the
// last cells were joined instead.
func rejoin(cells []string, n int, sep string) (out []string, sure bool) {
	for i, c := range cells {
		if i > 0 && len(out) > 0 && strings.HasPrefix(c, " ") {
			out[len(out)-1] += sep + c
			continue
		}
		out = append(out, c)
	}
	if len(out) == n {
		return out, true
	}
	out = append(cells[:n-1:n-1], strings.Join(cells[n-1:], sep))
	return out, false
}

// csvLine writes cells as one CSV line with separator sep.
func csvLine(cells []string, sep rune) string {
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Comma = sep
	_ = w.Write(cells)
	w.Flush()
	return strings.TrimRight(sb.String(), "\n")
}

// maxUnheaded bounds the columns without a header noted one by one.
const maxUnheaded = 10

// reportUnheaded notes each column with values but no header, at the
// header's row: the column is not imported (a column of a spreadsheet's
// own workings beside the duties, such as a check or a total, should not
// stop the import), and the note says so, with the rows it leaves out.
func (b *builder) reportUnheaded() {
	cols := slices.Sorted(maps.Keys(b.unheaded))
	note := func(fix, format string, args ...any) {
		b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Line: b.headerRow, Note: true,
			Msg: fmt.Sprintf(format, args...), Fix: fix})
	}
	if len(cols) > maxUnheaded {
		// One note a column would be thousands of lines for a row of
		// stray cells: the first few say where, then how far it goes.
		defer note("to import them, give those columns headers; otherwise delete their values",
			"%d columns have no header but values, and were not imported: the %d above, and more up to column %s", len(cols), maxUnheaded, ColumnName(cols[len(cols)-1]))
		cols = cols[:maxUnheaded]
	}
	for _, i := range cols {
		u := b.unheaded[i]
		shown := clip(oneLine(u.value))
		what := fmt.Sprintf("row %d's value was not imported (“%s”)", u.rows[0], shown)
		if u.count > 1 {
			parts := make([]string, len(u.rows))
			for j, r := range u.rows {
				parts[j] = fmt.Sprint(r)
			}
			rows := strings.Join(parts, ", ")
			if u.count > len(u.rows) {
				rows += fmt.Sprintf(" and %d more", u.count-len(u.rows))
			}
			what = fmt.Sprintf("the values of rows %s were not imported (row %d: “%s”)", rows, u.rows[0], shown)
		}
		col := ColumnName(i)
		note(fmt.Sprintf("to import it, give column %s a header (Description, Notes or another name from docs/import.md; any other name is listed as ignored); otherwise delete its values", col),
			"column %s has no header and was skipped: %s", col, what)
	}
}

// nonEmpty reports whether a cell holds more than spaces.
func nonEmpty(cells []string) bool {
	return slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) != "" })
}
