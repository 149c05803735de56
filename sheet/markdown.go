package sheet

import (
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/page"
)

// A description cell is text as the person typed it: its line breaks are
// line breaks, and a line that starts with "- ", "1. ", "#", ">" or "|" is
// text, not a list, heading, quote or table. A node's body is Markdown.
// cellMarkdown and markdownCell turn one into the other, so that a cell
// reads as it was written on every page, and an export writes it back as
// it was (markdownCell(cellMarkdown(c)) == c). Text inside a line (emphasis,
// links, code) stays Markdown both ways, so that a body written in
// Markdown keeps its emphasis through export and import.

// cellMarkdown is a description cell (LF line ends) as Markdown: each line
// that the reader would see as structure gets a backslash before the
// character that makes it so, and each line followed by another line of
// text ends in a hard break (a backslash), which Markdown shows as a line
// break where it would otherwise join the lines into one. Blank lines stay
// blank: they end a paragraph.
func cellMarkdown(cell string) string {
	lines := strings.Split(cell, "\n")
	for i, l := range lines {
		if q := markerAt(l); q >= 0 {
			l = l[:q] + `\` + l[q:]
		}
		if i == 0 || isBlank(lines[i-1]) {
			switch _, ok := indentRef(l); {
			case indentCols(l) >= 4:
				// Indented so, a paragraph's first line is a code block;
				// its first space or tab written as a reference is text.
				l = "&#" + strconv.Itoa(int(l[0])) + ";" + l[1:]
			case ok:
				// Typed as such a reference: its & written as one, so
				// that it comes back as typed.
				l = "&#38;" + l[1:]
			}
		}
		if i+1 < len(lines) && !isBlank(l) && !isBlank(lines[i+1]) {
			// Backslashes that end the line are doubled, or the first
			// would read as the hard break and the rest as escapes.
			run := trailingBackslashes(l)
			l += strings.Repeat(`\`, run) + `\`
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// markdownCell is a body as a cell: the text the reader sees, line by line.
// A paragraph's lines that Markdown joins (soft breaks) are joined, with a
// space or, between CJK characters, without; a hard break is a line break;
// and what cellMarkdown escaped at a line's start is unescaped.
func markdownCell(body string) string {
	if !strings.Contains(body, "\n") && !strings.HasPrefix(strings.TrimLeft(body, " "), `\`) && !startsWithDigitEscape(body) && !strings.HasPrefix(body, "&#") {
		return body // one line that starts with no escape: as it is
	}
	if strings.Contains(body, "\n") {
		body = page.Unwrap(body)
	}
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		if i+1 < len(lines) && !isBlank(l) && !isBlank(lines[i+1]) {
			if run := trailingBackslashes(l); run%2 == 1 {
				l = l[:len(l)-run] + strings.Repeat(`\`, run/2)
			} else if t := strings.TrimRight(l, " "); len(l)-len(t) >= 2 {
				l = t // a hard break written as two spaces
			}
		}
		if i == 0 || isBlank(lines[i-1]) {
			if amps, ok := indentRef(l); ok && amps == 0 {
				l = map[byte]string{'3': " ", '9': "\t"}[l[2]] + l[strings.IndexByte(l, ';')+1:]
			} else if ok {
				l = "&" + l[len("&#38;"):]
			}
		}
		lines[i] = unescapeStart(l)
	}
	return strings.Join(lines, "\n")
}

// indentRef reports a line that starts as cellMarkdown writes an indented
// paragraph: "&#32;" or "&#9;" for its first space or tab, then the rest
// of an indentation of 4 columns or more; amps counts the "#38;" between
// the & and that reference, one for each time a cell's text was such a
// line already ("&#38;#32;    x" is the text "&#32;    x").
func indentRef(l string) (amps int, ok bool) {
	if !strings.HasPrefix(l, "&") {
		return 0, false
	}
	rest := l[1:]
	for strings.HasPrefix(rest, "#38;") {
		rest = rest[len("#38;"):]
		amps++
	}
	for ref, c := range map[string]string{"#32;": " ", "#9;": "\t"} {
		if after, found := strings.CutPrefix(rest, ref); found {
			return amps, indentCols(c+after) >= 4
		}
	}
	return 0, false
}

// indentCols is the width of a line's indentation, tabs to stops of 4 as
// CommonMark counts them.
func indentCols(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// startsWithDigitEscape reports a line such as "1\. x", whose escape
// follows the digits.
func startsWithDigitEscape(s string) bool {
	s = strings.TrimLeft(s, " ")
	d := digits(s)
	return d > 0 && d < len(s) && s[d] == '\\'
}

// unescapeStart undoes cellMarkdown's escape at the start of a line: a
// backslash where, without it, the line would be structure there.
func unescapeStart(l string) string {
	lead := leadSpaces(l)
	q := lead + digits(l[lead:])
	if q < len(l) && l[q] == '\\' && markerAt(l[:q]+l[q+1:]) == q {
		return l[:q] + l[q+1:]
	}
	return l
}

// markerAt is where a backslash keeps line from being read as structure
// (a heading, list item, quote, table, code fence, rule, setext underline,
// HTML block or link definition), or -1 when the line is text as it is. A
// line that already has backslashes there, which Markdown would show
// without the first, is escaped too ("\# x" is written "\\# x"), so that
// every cell comes back as it was.
func markerAt(line string) int {
	lead := leadSpaces(line)
	q := lead + digits(line[lead:])
	k := 0
	for q+k < len(line) && line[q+k] == '\\' {
		k++
	}
	if k > 0 && structureAt(line[:q]+line[q+k:]) == q {
		return q
	}
	return structureAt(line)
}

// structureAt is where the character stands that makes line structure in
// CommonMark (with GitHub's tables), or -1.
func structureAt(line string) int {
	lead := leadSpaces(line)
	rest := line[lead:]
	if rest == "" {
		return -1
	}
	if d := digits(rest); d > 0 {
		if d <= 9 && d < len(rest) && (rest[d] == '.' || rest[d] == ')') && spaceOrEnd(rest[d+1:]) {
			return lead + d // "1. x", "2) x": an ordered list
		}
		return -1
	}
	switch c := rest[0]; c {
	case '#', '>', '|', '<':
		return lead // heading, quote, table row, HTML
	case '-', '+', '*', '_', '=', ':':
		if (c == '-' || c == '+' || c == '*') && spaceOrEnd(rest[1:]) {
			return lead // a list item
		}
		if onlyOf(rest, string(c)+" \t") && (c == '-' || c == '=' || strings.Count(rest, string(c)) >= 3) {
			return lead // a rule, or a setext heading's underline
		}
		if (c == '-' || c == ':') && onlyOf(rest, "-|: \t") && strings.Contains(rest, "-") {
			return lead // a table's delimiter row
		}
	case '`', '~':
		if strings.HasPrefix(rest, strings.Repeat(string(c), 3)) {
			return lead // a code fence
		}
	case '[':
		if end := strings.Index(rest, "]:"); end > 0 && !strings.Contains(rest[1:end], "]") {
			return lead // a link reference or footnote definition, which is hidden
		}
	}
	return -1
}

func leadSpaces(s string) int {
	n := 0
	for n < 3 && n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

func spaceOrEnd(s string) bool { return s == "" || s[0] == ' ' || s[0] == '\t' }

func onlyOf(s, chars string) bool { return strings.Trim(s, chars) == "" }

func isBlank(s string) bool { return strings.Trim(s, " \t") == "" }

func trailingBackslashes(s string) int { return len(s) - len(strings.TrimRight(s, `\`)) }
