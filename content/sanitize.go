package content

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// clean removes everything from content text that could drive a terminal:
// escape sequences (CSI, OSC including OSC 52 clipboard writes and OSC 8
// links, DCS, APC, …), other C0 and C1 control characters, the bidi
// overrides and isolates that reorder what is displayed, and numeric
// character references that a renderer would decode into any of those
// (&#27; and &#x1b are ESC: termsafe.DropControlRefs). Invalid UTF-8
// becomes U+FFFD. Newlines and tabs stay, so line numbers in problems
// remain true. Content is cleaned when it is read, and every value again
// after decoding (YAML escapes such as "\e", !!binary), so every screen and
// subcommand holds only clean text; output is filtered once more on the
// way out (termsafe).
func clean(s string) string {
	return termsafe.DropControlRefs(termsafe.Plain(s))
}

// decodeCharRef decodes a numeric reference to the character it names,
// as CommonMark does: no Windows-1252 remapping of 128–159, U+FFFD for 0,
// surrogates and values beyond Unicode.
func decodeCharRef(ref string) string {
	digits, base := ref[2:len(ref)-1], 10
	if digits[0] == 'x' || digits[0] == 'X' {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(digits, base, 32)
	r := rune(n)
	if err != nil || n == 0 || !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return string(r)
}

// entityAtRe matches a Markdown entity or numeric character reference at
// the start of a string only, so that a title of many "&"s is read in one
// pass.
var entityAtRe = lazyre.New(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// decodeEntities returns a plain-text field written in Markdown (a section
// heading, a duty) as Markdown means it: entities decoded ("R&amp;D" is
// R&D) and backslash escapes of ASCII punctuation read as the character
// ("Ticket \#" is Ticket #, as CommonMark reads it; an escaped "&" starts
// no entity). Other backslashes stay (C:\Users). Titles are stored,
// searched, exported and shown in the tree decoded; the page escapes them
// again (page.Escape) so the renderer shows the same text, and the writer
// escapes them again (bodyTitle). Values from the YAML front matter are
// YAML, not Markdown, and are taken as written.
func decodeEntities(s string) string {
	if !hasByte(s, "&\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
		case c == '&':
			if m := entityAtRe().FindStringIndex(s[i:]); m != nil {
				ref := s[i : i+m[1]]
				if ref[1] == '#' {
					b.WriteString(decodeCharRef(ref))
				} else {
					b.WriteString(html.UnescapeString(ref)) // unknown names stay as written
				}
				i += m[1]
				continue
			}
			b.WriteByte(c)
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	return clean(b.String())
}

// isASCIIPunct reports whether c is one of the characters a backslash
// escapes in Markdown (CommonMark 2.4).
func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// plainTitles decodes the entities of every title the Markdown body of doc
// gave (headings and list items; the document's own name comes from YAML).
func plainTitles(doc *model.Node, lang model.Lang) {
	for _, n := range doc.Children {
		n.Walk(func(n *model.Node) bool {
			n.Title[lang] = decodeEntities(n.Title[lang])
			return true
		})
	}
}

// checkVisible reports names, headings, duties and aliases that show
// nothing: made only of zero-width, blank or format characters, they
// would be rows without a name in the tree and unsearchable.
func checkVisible(file string, lang model.Lang, doc *model.Node, fm *frontMatter, fmWritten []string, c *collector) {
	doc.Walk(func(n *model.Node) bool {
		t := n.Title[lang]
		if t == "" || visible(t) {
			return true
		}
		line, what := n.Loc[lang].Line, "the "+n.Kind.String()
		switch {
		case n.Kind == model.KindSection:
			what = "the heading"
		case n == doc:
			line, what = fm.line("name"), "the name"
		}
		c.add(file, line, "write it with visible letters, or remove it",
			"%s is invisible: it holds only %s", what, describeInvisible(t))
		return true
	})
	// Bidi controls are taken out of the text before the YAML is read, so
	// a value made of them alone reads as empty: the front matter as
	// written tells an empty value from an invisible one.
	var written *frontMatterValues
	asWritten := func() *frontMatterValues {
		if written == nil {
			written = &frontMatterValues{}
			yaml.Unmarshal([]byte(strings.Join(fmWritten, "\n")), written) // unreadable: as if nothing were written
		}
		return written
	}
	code := fm.Code
	if _, given := fm.lines["code"]; given && code == "" {
		code = strings.TrimSpace(asWritten().Code)
	}
	if code != "" && !visible(code) {
		c.add(file, fm.line("code"), "write the code with visible letters and digits (such as  code: 3), or remove it",
			"the code is invisible: it holds only %s", describeInvisible(code))
	}
	for i, a := range fm.Aliases {
		if a == "" && i < len(asWritten().Aliases) {
			a = asWritten().Aliases[i]
		}
		switch {
		case a == "":
			c.add(file, fm.line("aliases"), "write the alias, or remove it", "an alias is empty")
		case !visible(a):
			c.add(file, fm.line("aliases"), "write the alias with visible letters, or remove it",
				"an alias is invisible: it holds only %s", describeInvisible(a))
		}
	}
}

// frontMatterValues are the front matter's values that checkVisible reads
// as written.
type frontMatterValues struct {
	Aliases []string `yaml:"aliases"`
	Code    string   `yaml:"code"`
}

// invisibleAttr reports a Code: or Aliases: line (编号, 别名) whose value,
// or one of whose aliases, shows nothing: zero-width characters or bidi
// controls only. line is the line as written (bidi controls are taken out
// of the text before it is parsed, which would leave such a value looking
// empty). It says whether it reported one.
func invisibleAttr(c *collector, file string, key attr, line string, n int) bool {
	line = strings.TrimSpace(line)
	k, value, ok := parseAttr(line)
	if !ok || k != key {
		return false
	}
	written := strings.TrimSpace(line[:strings.IndexAny(line, ":：")]) // the key as the user wrote it
	pieces := []string{value}
	if key == attrAliases {
		pieces = splitNames(value)
	}
	found := false
	for _, v := range pieces {
		if v == "" || visible(v) {
			continue
		}
		found = true
		if key == attrCode {
			c.add(file, n, fmt.Sprintf("write the code with visible letters and digits (such as  %s: 3.2), or delete the line", written),
				"the %s: value is invisible: it holds only %s", written, describeInvisible(v))
			continue
		}
		c.add(file, n, "write the alias with visible letters, or remove it from the line",
			"an alias on the %s: line is invisible: it holds only %s", written, describeInvisible(v))
	}
	return found
}

// visible reports whether s has at least one character that shows.
func visible(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !invisible(r) }) >= 0
}

// invisible reports characters that show nothing on their own: spaces,
// format characters (zero-width space, joiners, word joiner, BOM, soft
// hyphen), default-ignorable code points (Hangul fillers, variation
// selectors), combining marks with no letter to sit on, and the blank
// Braille pattern.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me, unicode.Other_Default_Ignorable_Code_Point) ||
		r == '\u2800' || r == utf8.RuneError
}

// describeInvisible names the code points of an invisible string, so the
// user can find them in an editor.
func describeInvisible(s string) string {
	var codes []string
	for _, r := range s {
		if len(codes) == 6 {
			codes = append(codes, "…")
			break
		}
		codes = append(codes, fmt.Sprintf("%U", r))
	}
	return "invisible characters (" + strings.Join(codes, " ") + ")"
}

// DescribeControls names control characters as editors show them, with
// the short names of those met most: "U+001B ESC, U+0007 BEL".
func DescribeControls(rs []rune) string {
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = fmt.Sprintf("%U", r)
		if n := controlNames[r]; n != "" {
			names[i] += " " + n
		}
	}
	return strings.Join(names, ", ")
}

// controlNames are the short names of the control characters met most.
var controlNames = map[rune]string{0x07: "BEL", 0x08: "BS", 0x0d: "CR", 0x1b: "ESC", 0x7f: "DEL", 0x90: "DCS", 0x9b: "CSI", 0x9d: "OSC",
	0x202a: "LRE", 0x202b: "RLE", 0x202c: "PDF", 0x202d: "LRO", 0x202e: "RLO", 0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
	0x200e: "LRM", 0x200f: "RLM", 0x061c: "ALM", 0xe007f: "CANCEL TAG"}

// hasByte reports whether s holds any of the bytes of set, ASCII
// characters, as strings.ContainsAny would: one vectorised IndexByte a
// character, where ContainsAny looks at s a byte at a time (it runs on
// every title of every file).
func hasByte(s, set string) bool {
	for i := 0; i < len(set); i++ {
		if strings.IndexByte(s, set[i]) >= 0 {
			return true
		}
	}
	return false
}
