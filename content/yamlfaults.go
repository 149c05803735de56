package content

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/model"
)

// syntaxFault recognises, behind a YAML syntax error m that the library
// reported at document line n (from 1; 0 when it gave none), a fault a
// writer makes by hand: a tab indenting a line, a full-width colon after a
// key, a quote never closed or closed by an apostrophe inside the text, a
// closing bracket too many. It returns the fault's line in the document
// (from 1), the problem and a fix that mends it, or at 0 when it sees none
// of these. The library often names another line than the fault's (the
// line where the text before it began), so each fault is looked for in
// the lines themselves (the document's, without "\r").
func syntaxFault(doc yamlDoc, lines []string, n int, m string) (at int, msg, fix string) {
	// A key followed by ： is always a fault: the first one is the first
	// fault, whatever the library names (the line after, often).
	if i := fullWidthColonLine(lines); i > 0 && (n == 0 || i <= n) {
		sub := fullWidthKeyRe().FindStringSubmatch(lines[i-1])
		fix := "write the ASCII colon : and a space after the key, not ："
		if len(lines[i-1]) <= maxEchoedLine {
			fix += ", as in  " + strings.TrimSpace(sub[1]+sub[2]+": "+sub[3])
		}
		return i, fmt.Sprintf("the colon after %s is the full-width ：, which YAML does not read as a colon", sub[2]), fix
	}
	tab := strings.Contains(m, "tab character") || m == "found character that cannot start any token"
	// A quote never closed runs on to the next quote of its kind, often a
	// later line's ("Faces customers, then  focus: "…"), where the library
	// then finds the fault: the line that opened it is the one to mend.
	if i := openQuoteBefore(lines, n); i > 0 && !tab {
		return unclosedQuote(lines, i)
	}
	switch {
	case tab:
		if i := tabIndentedLine(lines, n); i > 0 {
			return i, "a tab indents this line, and YAML forbids tabs for indentation", tabFix(lines, i, doc.offset)
		}
		if n >= 1 && n <= len(lines) {
			prefix, v := splitValue(lines[n-1])
			if v != "" && (v[0] == '@' || v[0] == '`' || v[0] == '%') {
				fix := "quote it"
				if len(lines[n-1]) <= maxEchoedLine {
					fix += ", as in  " + strings.TrimSpace(prefix) + " " + yamlQuote(v)
				}
				return n, fmt.Sprintf("YAML keeps %c for itself at the start of a value", v[0]), fix
			}
		}
	case strings.HasPrefix(m, "unknown anchor '") && strings.HasSuffix(m, "' referenced"):
		name := strings.TrimSuffix(strings.TrimPrefix(m, "unknown anchor '"), "' referenced")
		for i, l := range lines {
			if !strings.Contains(l, "*"+name) {
				continue
			}
			msg = fmt.Sprintf("*%s is read as a YAML alias (a value starting with * is one), which repeats the value marked &%s, and none is", name, name)
			prefix, v := splitValue(l)
			fix := fmt.Sprintf("quote it:  %q", "*"+name)
			if strings.HasPrefix(v, "*"+name) && len(l) <= maxEchoedLine {
				fix = "quote the value:  " + strings.TrimSpace(prefix) + " " + yamlQuote(v)
			}
			return i + 1, msg, fix
		}
	case m == "could not find expected ':'":
		for i := 1; i <= len(lines) && (n <= 0 || i <= n); i++ {
			if sub := keyNoSpaceRe().FindStringSubmatch(lines[i-1]); sub != nil {
				fix := "put a space after the colon"
				if len(lines[i-1]) <= maxEchoedLine {
					fix += ", as in  " + strings.TrimSpace(sub[1]+sub[2]+": "+sub[3])
				}
				return i, fmt.Sprintf("no space follows the colon after %s, so YAML reads the line as text, not as a key and its value", sub[2]), fix
			}
		}
		if i, key, value := keyNoColonLine(lines, n); i > 0 {
			fix := "write a colon and a space after the key"
			if len(lines[i-1]) <= maxEchoedLine {
				fix += ":  " + key + ": " + value
			}
			return i, fmt.Sprintf("this line has no ':' after the key %s", key), fix
		}
	case m == "mapping values are not allowed in this context" && n >= 2 && n <= len(lines):
		if prev := indentedKeyAfter(lines, n); prev > 0 {
			text := strings.TrimSpace(lines[n-1])
			fix := "start the line at the left edge like the other keys"
			if len(text) <= maxEchoedLine {
				fix += ":  " + text
			}
			key, _, _ := strings.Cut(lines[prev-1], ":")
			return n, fmt.Sprintf("this key is indented, so YAML reads it as more of the value of %s: on line %d, where a key cannot stand", key, prev+doc.offset), fix
		}
		if prev, col := overIndentedKey(lines, n); prev > 0 {
			text := strings.TrimSpace(lines[n-1])
			key, _, _ := strings.Cut(text, ":")
			above := keyOf(lines[prev-1])
			fix := fmt.Sprintf("indent the line by %d spaces, as %s: on line %d is", col, above, prev+doc.offset)
			if len(text) <= maxEchoedLine {
				fix += ":  " + text
			}
			return n, fmt.Sprintf("%s: is indented deeper than %s: on line %d, so YAML reads it as more of that line's value, where a key cannot stand", key, above, prev+doc.offset), fix
		}
		if key, v, ok := colonInValue(lines[n-1]); ok {
			fix := "quote the value"
			if len(lines[n-1]) <= maxEchoedLine {
				prefix, _ := splitValue(lines[n-1])
				fix += ":  " + strings.TrimSpace(prefix) + " " + yamlQuote(v)
			}
			return n, fmt.Sprintf("the value of %s: holds a colon and a space, which YAML reads as the start of another key", key), fix
		}
	case m == "found unknown escape character", m == "found invalid Unicode character escape code", m == "did not find expected hexdecimal number":
		if n >= 1 && n <= len(lines) {
			if esc, fix := badEscape(lines[n-1]); esc != "" {
				return n, fmt.Sprintf(`in text quoted with "…" a backslash starts an escape, and %s is not one`, esc), fix
			}
		}
	case strings.HasPrefix(m, "exceeded max depth of "):
		return max(n, 1), "lists or mappings are nested more than 10,000 deep, more than dutymap reads (no key takes more than two levels)",
			"write the value as one text, or a list of texts, such as  aliases: [a, b]"
	case m == "found unexpected end of stream":
		from := n
		if from <= 0 || from > len(lines) {
			from = len(lines)
		}
		for i := from; i >= 1; i-- {
			if opensQuote(lines[i-1]) {
				return unclosedQuote(lines, i)
			}
		}
	case m == "did not find expected key" && n >= 1 && n <= len(lines):
		line := lines[n-1]
		prefix, v := splitValue(line)
		if v != "" && (v[0] == '"' || v[0] == '\'') {
			if e := quoteEnd(v); e > 0 && e < len(v)-1 && !strings.HasPrefix(strings.TrimSpace(v[e+1:]), "#") {
				return n, fmt.Sprintf("the %c after %q ends the quoted text before the line does", v[0], v[1:e]), earlyQuoteFix(strings.TrimSpace(prefix), v)
			}
		}
		for _, b := range yamlBrackets {
			extra := b.excess(line)
			if extra <= 0 {
				continue
			}
			fix := "delete the extra " + b.end
			if t := strings.TrimRight(line, " "); strings.HasSuffix(t, strings.Repeat(b.end, extra)) && len(t) <= maxEchoedLine {
				fix += ":  " + strings.TrimSpace(t[:len(t)-extra])
			}
			return n, fmt.Sprintf("this line closes with %s more often than it opens with %s", b.end, b.open), fix
		}
	}
	return 0, "", ""
}

// bracket is a pair of YAML's flow brackets: a list's or a mapping's.
type bracket struct{ open, end, what string }

var (
	listBrackets    = bracket{"[", "]", "list"}
	mappingBrackets = bracket{"{", "}", "mapping"}
	yamlBrackets    = []bracket{listBrackets, mappingBrackets}
)

// excess is how many more times line closes the bracket than it opens it:
// below 0 when it leaves some open.
func (b bracket) excess(line string) int {
	return strings.Count(line, b.end) - strings.Count(line, b.open)
}

// keyNoColonRe matches a line that starts with a front-matter key and a
// space, and no colon: "name Finance department".
var keyNoColonRe = lazyre.New(`^(id|kind|name|aliases|code|order|summary|sources|traits|group|concerns|from|to)\s+([^:]+)$`)

// keyNoColonLine is the last line up to line n (every line when n is 0)
// that starts at the left edge with a front-matter key and a value but no
// colon between them, with the key and the value; 0 when there is none.
func keyNoColonLine(lines []string, n int) (at int, key, value string) {
	if n <= 0 || n > len(lines) {
		n = len(lines)
	}
	for i := n; i >= 1; i-- {
		if sub := keyNoColonRe().FindStringSubmatch(strings.TrimRight(lines[i-1], " ")); sub != nil {
			return i, sub[1], strings.TrimSpace(sub[2])
		}
	}
	return 0, "", ""
}

// indentedKeyAfter is, when line n (from 1) is an indented "key: value"
// line below a line at the left edge whose key has its value on it, that
// line; else 0. YAML reads the indented line as more of that value. Only
// a front-matter key is taken for one.
func indentedKeyAfter(lines []string, n int) int {
	line := lines[n-1]
	key, _, _ := strings.Cut(strings.TrimSpace(line), ":")
	if !strings.HasPrefix(line, " ") || !keyLineRe().MatchString(line) || !slices.Contains(strings.Split(frontMatterKeys, ", "), key) {
		return 0 // another key may be text that holds a colon: quoting mends it
	}
	for i := n - 1; i >= 1; i-- {
		t := lines[i-1]
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		if _, v := splitValue(t); t[0] != ' ' && t[0] != '-' && v != "" && keyLineRe().MatchString(t) {
			return i
		}
		return 0
	}
	return 0
}

// nestedKeys are the keys written inside a block (traits:, a source or
// group of sources.yaml and groups.yaml, a name given per language): a
// line indented under another that holds one is taken for a key out of
// place, not for text.
var nestedKeys = func() []string {
	keys := []string{"en", "zh", "title", "url", "ref"}
	for _, d := range model.Dimensions {
		keys = append(keys, string(d))
	}
	return keys
}()

// overIndentedKey is, when line n (from 1) is a known key indented deeper
// than the key line above it, whose value is on that line (level: under
// objective: in traits:, two spaces too far), that line and the column its
// key starts at (after "- " in a list item), which the indented key must
// start at too; else 0. YAML reads the deeper line as more of that value.
// A line above at the left edge is not taken: indentedKeyAfter names a
// front-matter key there, and another key moved to the edge would be an
// unknown one, so no fix of indentation mends it.
func overIndentedKey(lines []string, n int) (prev, col int) {
	line := lines[n-1]
	key, _, _ := strings.Cut(strings.TrimSpace(line), ":")
	if !keyLineRe().MatchString(line) || strings.HasPrefix(strings.TrimSpace(line), "-") ||
		(!slices.Contains(nestedKeys, key) && !slices.Contains(strings.Split(frontMatterKeys, ", "), key)) {
		return 0, 0
	}
	indent := len(line) - len(strings.TrimLeft(line, " "))
	for i := n - 1; i >= 1; i-- {
		t := lines[i-1]
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		rest := strings.TrimLeft(t, " ")
		col := len(t) - len(rest)
		if strings.HasPrefix(rest, "- ") {
			col += 2 + len(rest[2:]) - len(strings.TrimLeft(rest[2:], " "))
		}
		if _, v := splitValue(t); v != "" && keyLineRe().MatchString(t) && col > 0 && col < indent {
			return i, col
		}
		return 0, 0
	}
	return 0, 0
}

// keyOf is the key of a "key: value" line, or of a list item "- key:
// value".
func keyOf(line string) string {
	t := strings.TrimSpace(line)
	t = strings.TrimSpace(strings.TrimPrefix(t, "- "))
	key, _, _ := strings.Cut(t, ":")
	return strings.TrimSpace(key)
}

// colonInValue reports whether line is a key and a value that is plain
// text holding ": " or ending in ":" ("name: A: the dept", in any
// language's file), which YAML reads as a key within a value; with the key
// and the value.
func colonInValue(line string) (key, value string, ok bool) {
	if !keyLineRe().MatchString(line) {
		return "", "", false
	}
	_, v := splitValue(line)
	if v == "" || strings.ContainsRune(`"'[{|>&*!#`, rune(v[0])) {
		return "", "", false
	}
	if !strings.Contains(v, ": ") && !strings.HasSuffix(v, ":") {
		return "", "", false
	}
	key, _, _ = strings.Cut(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- ")), ":")
	return strings.TrimSpace(key), v, true
}

// opensQuote reports whether a line's value opens a quote it does not
// close.
func opensQuote(line string) bool {
	_, v := splitValue(line)
	return v != "" && (v[0] == '"' || v[0] == '\'') && quoteEnd(v) < 0
}

// keyNoSpaceRe matches a line whose key is followed by a colon and, with
// no space between, its value (order:20).
var keyNoSpaceRe = lazyre.New(`^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9_-]*):([^\s/].*)$`)

// keyLineRe matches a line that starts a key or a list item: a line a
// quoted text running on from the line before would not look like.
var keyLineRe = lazyre.New(`^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_-]*\s*:(?:\s|$)|^\s*-\s`)

// openQuoteBefore is the first line up to line n (every line when n is 0)
// whose value opens a quote it does not close while the next line starts
// a key or an item (or there is none), or 0.
func openQuoteBefore(lines []string, n int) int {
	if n <= 0 || n > len(lines) {
		n = len(lines)
	}
	for i := 1; i <= n; i++ {
		if opensQuote(lines[i-1]) && (i == len(lines) || keyLineRe().MatchString(lines[i])) {
			return i
		}
	}
	return 0
}

// unclosedQuote is the fault of line i (from 1), which opens a quote it
// never closes, and the fix: the line with the quote closed.
func unclosedQuote(lines []string, i int) (at int, msg, fix string) {
	prefix, v := splitValue(lines[i-1])
	fix = fmt.Sprintf("close the quote with %c after the text's last word", v[0])
	if len(lines[i-1]) <= maxEchoedLine && !continued(lines, i) {
		fix = fmt.Sprintf("close the quote with %c at the end of the line:  %s%s%c", v[0], strings.TrimLeft(prefix, " "), v, v[0])
	}
	return i, fmt.Sprintf("a quote opened with %c is never closed", v[0]), fix
}

// fullWidthKeyRe matches a line whose key (an ASCII word, as every key of
// the files is) is followed by the full-width colon of Chinese and
// Japanese input methods: indentation and "- ", the key, the value.
var fullWidthKeyRe = lazyre.New(`^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9_-]*)\s*：\s*(.*)$`)

// fullWidthColonLine is the first line (from 1) whose key is followed by
// ：, or 0.
func fullWidthColonLine(lines []string) int {
	for i, l := range lines {
		if fullWidthKeyRe().MatchString(l) {
			return i + 1
		}
	}
	return 0
}

// tabIndentedLine is the first line (from 1) at or after from with a tab
// in its indentation, or 0.
func tabIndentedLine(lines []string, from int) int {
	for i := max(from, 1); i <= len(lines); i++ {
		l := lines[i-1]
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if strings.Contains(indent, "\t") && strings.TrimSpace(l) != "" {
			return i
		}
	}
	return 0
}

// tabFix says how many spaces replace the tabs before line at (from 1;
// offset turns it into a file line):
// as many as the line above has, or two more when the line above is a key
// that opens a block (traits:) or a list item whose keys follow ("- id: a").
func tabFix(lines []string, at, offset int) string {
	text := strings.TrimLeft(lines[at-1], " \t")
	echo := ""
	if len(text) <= maxEchoedLine {
		echo = ":  " + text
	}
	for i := at - 1; i >= 1; i-- {
		t := strings.TrimSpace(lines[i-1])
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		indent := len(lines[i-1]) - len(strings.TrimLeft(lines[i-1], " \t"))
		if strings.HasSuffix(t, ":") || strings.HasPrefix(t, "- ") && !strings.HasPrefix(text, "-") {
			return fmt.Sprintf("replace the tab with %d spaces, to indent the line under line %d", indent+2, i+offset)
		}
		if indent > 0 {
			return fmt.Sprintf("replace the tab with %d spaces, lined up with line %d", indent, i+offset)
		}
		break
	}
	return "replace the tab with spaces: none here, as the line starts at the left edge like the other keys" + echo
}

// splitValue cuts a YAML line into what comes before its value (the
// indentation, "- ", "key: ") and the value, right-trimmed. A line with
// neither a key nor "- " has no value.
func splitValue(line string) (prefix, value string) {
	rest := strings.TrimLeft(line, " ")
	if strings.HasPrefix(rest, "- ") {
		rest = strings.TrimLeft(rest[2:], " ")
	}
	if k, v, ok := strings.Cut(rest, ": "); ok && !strings.ContainsAny(k, `"'[{`) {
		rest = strings.TrimLeft(v, " ")
	} else if rest == strings.TrimLeft(line, " ") {
		return line, ""
	}
	rest = strings.TrimRight(rest, " ")
	return line[:strings.Index(line, rest)], rest
}

// quoteEnd is the index of the quote that closes the quoted text v starts
// with, or -1: in '…' an apostrophe is written ”, in "…" a quote \".
func quoteEnd(v string) int {
	q := v[0]
	for i := 1; i < len(v); i++ {
		switch {
		case q == '"' && v[i] == '\\':
			i++
		case v[i] == q && q == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i++
		case v[i] == q:
			return i
		}
	}
	return -1
}

// earlyQuoteFix is the fix for the value v of key (key: written out, or "-"
// or "") whose quote is closed by a quote inside its text: write that
// quote as the other quoting does, or quote with the other kind.
func earlyQuoteFix(key, v string) string {
	q, inner := v[0], strings.TrimSuffix(v[1:], v[:1])
	if q == '\'' {
		inner = strings.ReplaceAll(inner, "''", "'")
		fix := "an apostrophe inside '…' is written twice ('')"
		if len(v) <= maxEchoedLine {
			fix += fmt.Sprintf(", as in  %s '%s'  (or quote it with \" instead:  %s %s)",
				key, strings.ReplaceAll(inner, "'", "''"), key, yamlQuote(inner))
		}
		return fix
	}
	fix := `a " inside "…" is written \"`
	if len(v) <= maxEchoedLine && !strings.Contains(inner, `\`) {
		fix += fmt.Sprintf(", as in  %s %s  (or quote it with ' instead:  %s '%s')",
			key, yamlQuote(inner), key, strings.ReplaceAll(inner, "'", "''"))
	}
	return fix
}

// badEscape finds, in a line of YAML, the first "…" quoted text holding
// a backslash escape YAML does not have (a Windows path's \U, a regular
// expression's \d, a \u of no character) and returns the escape with a
// fix: that text in single quotes, where a backslash is itself, when the
// line is short enough to echo.
func badEscape(line string) (esc, fix string) {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\'':
			if j := strings.IndexByte(line[i+1:], '\''); j >= 0 {
				i += j + 1 // '…' has no escapes ('' is a ')
			}
			continue
		case '#':
			if i > 0 && line[i-1] == ' ' {
				return "", "" // a comment
			}
			continue
		case '"':
		default:
			continue
		}
		e := quoteEnd(line[i:])
		if e < 0 {
			return "", ""
		}
		inner := line[i+1 : i+e]
		if esc = firstBadEscape(inner); esc == "" {
			i += e
			continue
		}
		fix = `write \\ for a backslash meant as itself, or quote the text with '…', where a backslash is itself`
		if len(line) <= maxEchoedLine && !strings.Contains(inner, `\"`) {
			fix += ":  " + strings.TrimSpace(line[:i]+"'"+strings.ReplaceAll(inner, "'", "''")+"'"+line[i+e+1:])
		}
		return esc, fix
	}
	return "", ""
}

// firstBadEscape is the first escape in the text of a "…" quoted YAML
// value that YAML refuses, or "".
func firstBadEscape(inner string) string {
	for i := 0; i < len(inner)-1; i++ {
		if inner[i] != '\\' {
			continue
		}
		c := inner[i+1]
		if strings.IndexByte("0abt\tnvfre \"/\\N_LP", c) >= 0 {
			i++
			continue
		}
		digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		if digits == 0 {
			return inner[i : i+2]
		}
		end := i + 2 // past the hex digits that follow, up to digits of them
		for end < len(inner) && end < i+2+digits && strings.IndexByte("0123456789abcdefABCDEF", inner[end]) >= 0 {
			end++
		}
		if code, _ := strconv.ParseUint(inner[i+2:end], 16, 32); end < i+2+digits || !utf8.ValidRune(rune(code)) {
			return inner[i:end] // \Users: too few digits; \ud800: no character
		}
		i = end - 1
	}
	return ""
}
