package sheet

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// plainRows takes out of a sheet's cells what is not text: escape
// sequences (with the text inside them, such as a window title or a
// link's address), other C0 and C1 control characters, and the bidi
// controls that reorder what is shown. Otherwise import would copy them
// into the content files it writes, where cat, less -R or git diff would
// run them, and into ids (Sales ESC]0;T BEL made the department
// sales-0-t, beside a clean Sales). Line breaks other programs put in
// cells (CR, vertical tab, form feed, NEL, U+2028, U+2029) are line
// breaks. Each column with such cells gets one note (see notes): the
// cells cannot have meant those characters as text, so import goes on
// with the plain text, and says where it took them out.
//
// Cells that are not UTF-8 are left as they are, and their rows noted
// (notUTF8): Read reports them with the encoding to import them in. This
// is the one place each cell's UTF-8 is checked.
type plainRows struct {
	rows    Rows
	found   []controlColumn // by column
	notText map[int]int     // rows with a cell that is not UTF-8: the first such column
}

// controlColumn is where a column's cells held control characters.
type controlColumn struct {
	cells int    // how many
	first int    // the first one's row
	runes []rune // the code points found, in order of first use, a few
}

// maxNamedRunes bounds the code points a note names.
const maxNamedRunes = 6

func (p *plainRows) Next() ([]string, int, error) {
	cells, row, err := p.rows.Next()
	for i, c := range cells {
		text := cellBreaks(c)
		plain := termsafe.Plain(text) // text itself when it is UTF-8 with nothing to take out
		switch {
		case plain == text:
		case !utf8.ValidString(c):
			if _, ok := p.notText[row]; !ok {
				if p.notText == nil {
					p.notText = map[int]int{}
				}
				p.notText[row] = i
			}
			continue
		default:
			p.record(i, row, text)
		}
		cells[i] = plain
	}
	return cells, row, err
}

func (p *plainRows) Close() error { return p.rows.Close() }

// notUTF8 returns the first column of row whose cell is not UTF-8 text,
// or false when every cell of it is.
func (p *plainRows) notUTF8(row int) (col int, ok bool) {
	col, ok = p.notText[row]
	delete(p.notText, row)
	return col, ok
}

// cellBreaks makes every line break a cell may hold a newline.
func cellBreaks(s string) string {
	if !strings.ContainsAny(s, "\r\v\f\u0085\u2028\u2029") {
		return s
	}
	return breakReplacer.Replace(s)
}

var breakReplacer = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

func (p *plainRows) record(col, row int, text string) {
	for len(p.found) <= col {
		p.found = append(p.found, controlColumn{})
	}
	c := &p.found[col]
	if c.cells++; c.cells == 1 {
		c.first = row
	}
	c.runes = termsafe.AppendRemoved(c.runes, text, maxNamedRunes)
}

// notes adds a note for each column whose cells held control characters,
// at the first such row.
func (p *plainRows) notes(b *builder) {
	for col, c := range p.found {
		if c.cells == 0 {
			continue
		}
		where := b.column(col)
		msg := fmt.Sprintf("%s: the cell holds control characters (%s), which are not text; import left them out", where, content.DescribeControls(c.runes))
		if c.cells > 1 {
			msg = fmt.Sprintf("%s: %d cells hold control characters (%s), which are not text, the first on this row; import left them out", where, c.cells, content.DescribeControls(c.runes))
		}
		if slices.Contains(c.runes, 0x1b) {
			msg += ", with the escape sequences they start"
		}
		b.res.Problems = append(b.res.Problems, content.Problem{File: b.opts.Name, Line: c.first, Note: true, Msg: msg,
			Fix: "the files hold the cells' text without them; if a cell reads wrong there, correct it in the sheet and import again"})
	}
}
