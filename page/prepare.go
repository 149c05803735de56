package page

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"
)

// Limits on what reaches Glamour. Its cost grows steeply with nesting (a
// blockquote 1,000 levels deep never finishes, 40,000 nested emphasis
// levels overflow the stack) and with size (100,000 paragraphs take 13 s
// and 1.5 GB). Text beyond them is shown as plain text with a note.
const (
	// MaxRenderBytes bounds the Markdown rendered with styles.
	MaxRenderBytes = 128 << 10
	// MaxRenderLines bounds its lines: Glamour's cost is per block.
	MaxRenderLines = 4000
	// MaxBlockNesting bounds quotes and lists inside one another.
	MaxBlockNesting = 10
	// MaxInlineNesting bounds emphasis and links inside one another.
	MaxInlineNesting = 10
	// MaxPlainBytes bounds the text shown as plain text past the limits:
	// wrapping costs about a hundred times the bytes it wraps, so a 16 MB
	// description would take gigabytes. Its beginning is shown, with a
	// note.
	MaxPlainBytes = 256 << 10
	// maxUnwrapBytes bounds the text Unwrap parses to join its lines.
	maxUnwrapBytes = 4 << 20
	// tabStop is CommonMark's: tabs act as if expanded to stops of 4.
	tabStop = 4
)

// Prepared is Markdown readied for Glamour and the typesetter.
type Prepared struct {
	// Markdown is the text for Glamour, carrying the typesetter's marks:
	// forced breaks, and a table mark where each table stood. When Plain
	// is set it is the source as plain text instead.
	Markdown string
	// Tables are the document's tables, in order, laid out by the
	// typesetter once the width is known.
	Tables []Table
	// Plain, when set, is the limit the text is past: it must not be
	// rendered with styles.
	Plain *Limit
}

// Limit is one of Prepare's limits and how far the text went.
type Limit struct {
	What     LimitKind
	Got, Max int
	// Shown is how many bytes of the text are shown when it was cut at
	// MaxPlainBytes; 0 when all of it is.
	Shown int
}

// LimitKind names a limit.
type LimitKind int

// The limits, in the order Prepare checks them.
const (
	LimitBytes LimitKind = iota
	LimitLines
	LimitBlockNesting
	LimitInlineNesting
)

// Explain says how the text passed the limit, in Chinese if zh.
func (l *Limit) Explain(zh bool) string {
	switch {
	case l.What == LimitBytes && zh && l.Shown > 0:
		return fmt.Sprintf("%s，上限 %s；只显示前 %s", kb(l.Got), kb(l.Max), kb(l.Shown))
	case l.What == LimitBytes && l.Shown > 0:
		return fmt.Sprintf("%s, over the %s limit; only its first %s are shown", kb(l.Got), kb(l.Max), kb(l.Shown))
	case l.What == LimitBytes && zh:
		return fmt.Sprintf("%s，上限 %s", kb(l.Got), kb(l.Max))
	case l.What == LimitBytes:
		return fmt.Sprintf("%s, over the %s limit", kb(l.Got), kb(l.Max))
	case l.What == LimitLines && zh:
		return fmt.Sprintf("%d 行，上限 %d 行", l.Got, l.Max)
	case l.What == LimitLines:
		return fmt.Sprintf("%d lines, over the %d-line limit", l.Got, l.Max)
	case l.What == LimitBlockNesting && zh:
		return fmt.Sprintf("引用和列表嵌套 %d 层，上限 %d 层", l.Got, l.Max)
	case l.What == LimitBlockNesting:
		return fmt.Sprintf("quotes and lists nested %d deep, over the limit of %d", l.Got, l.Max)
	case zh:
		return fmt.Sprintf("强调和链接嵌套 %d 层，上限 %d 层", l.Got, l.Max)
	default:
		return fmt.Sprintf("emphasis and links nested %d deep, over the limit of %d", l.Got, l.Max)
	}
}

// Table is a GFM table: its header and rows as inline Markdown per cell.
type Table struct {
	Header []string
	Rows   [][]string
	Align  []east.Alignment
}

// Prepare readies Markdown written by anyone for Glamour, which mishandles
// much of it. In order it:
//   - makes the text valid UTF-8 in NFC, with LF line ends;
//   - refuses styling past the size and nesting limits (see Plain);
//   - expands tabs to spaces (stops of 4, as CommonMark reads them);
//   - joins a paragraph's source lines into one (with a space, or none
//     between two CJK characters), so emphasis is never split and the
//     typesetter decides where lines end; hard breaks and <br> become
//     forced breaks;
//   - turns footnotes into text: a reference [^1] reads "[1]", a
//     definition "[1] text", where it was written;
//   - shows HTML as text, except <br> (a line break) and comments
//     (hidden, as every Markdown renderer does);
//   - strips a heading's {#id .class} attributes and the closing #s before
//     them ("## Budget ## {#budget}" reads "Budget");
//   - takes tables out for the typesetter, which wraps their cells or, when
//     too wide, turns them into lists.
func Prepare(md string) Prepared {
	full := len(md)
	if full > MaxPlainBytes {
		// Cut before anything else reads it: a page this large is shown
		// as plain text, and only its beginning.
		md = cutAtLine(md, MaxPlainBytes)
	}
	src := clean(md)
	if l := sizeLimit(src); l != nil {
		if full > len(md) {
			l.Got, l.Shown = full, len(src)
		}
		return Prepared{Markdown: src, Plain: l}
	}
	src = expandTabs(src)
	if l := prefixLimit(src); l != nil {
		return Prepared{Markdown: src, Plain: l}
	}
	b := []byte(src)
	doc := mdParser().Parser().Parse(text.NewReader(b))
	if l := nestingLimit(doc); l != nil {
		return Prepared{Markdown: src, Plain: l}
	}
	e := &editor{src: b, forTerminal: true}
	e.collect(doc)
	return Prepared{Markdown: e.apply(), Tables: e.tables}
}

// Unwrap joins each paragraph's source lines into one line, so a tool
// reading the Markdown wraps it to its own width: Markdown for pipes and
// files. Everything else is left as written; text past maxUnwrapBytes is
// only normalised.
func Unwrap(md string) string {
	src := clean(md)
	if len(src) > maxUnwrapBytes {
		return src
	}
	b := []byte(src)
	doc := mdParser().Parser().Parse(text.NewReader(b))
	e := &editor{src: b}
	e.collect(doc)
	return e.apply()
}

// clean makes text valid UTF-8 in NFC with LF line ends, without the
// private-use characters the typesetter uses as marks, and without the
// character references Glamour would decode into control characters: it
// decodes every text, code span and HTML run with html.UnescapeString,
// which reads "&#x1b" without its ";" as ESC, and the terminal writer
// keeps the SGR that follows (termsafe.DropControlRefs). Content is cleaned
// of them when it is loaded; this keeps any other Markdown safe too.
func clean(s string) string {
	s = termsafe.DropControlRefs(strings.ToValidUTF8(s, "\uFFFD"))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\r':
			return '\n'
		case hangMark, breakMark, tableMark, cellMark, flankMark:
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

func sizeLimit(s string) *Limit {
	if len(s) > MaxRenderBytes {
		return &Limit{What: LimitBytes, Got: len(s), Max: MaxRenderBytes}
	}
	if n := strings.Count(s, "\n") + 1; n > MaxRenderLines {
		return &Limit{What: LimitLines, Got: n, Max: MaxRenderLines}
	}
	return nil
}

// cutAtLine cuts s to at most n bytes: after its last line break there,
// or before its last space, or at a character boundary.
func cutAtLine(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	if i := strings.LastIndexByte(s[:n], '\n'); i > n/2 {
		return s[:i]
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > n/2 {
		return s[:i]
	}
	return s[:n]
}

func kb(n int) string { return fmt.Sprintf("%d KB", (n+1023)/1024) }

// mdParser parses as Glamour does (GFM, definition lists) and also reads
// footnote definitions, so they can be shown as text. Parsing keeps no
// state between calls, so one parser serves every goroutine.
var mdParser = sync.OnceValue(func() goldmark.Markdown {
	m := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(extension.NewFootnoteBlockParser(), 999)))
	return m
})

// expandTabs replaces tabs by spaces to the next stop of 4 columns,
// counted in cells from the start of the line.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := tabStop - col%tabStop
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n':
			b.WriteByte('\n')
			col = 0
		default:
			b.WriteRune(r)
			col += Width(string(r))
		}
	}
	return b.String()
}

// prefixLimit finds lines opening quotes and lists far past the nesting
// limit before the text is parsed: the parser itself slows down
// quadratically on them (20,000 "- " on one line take seconds). It counts
// the markers a line starts with, and its indentation before them at a
// level per 4 columns, so a deep line is caught however it is written;
// the exact depth is checked on the parsed tree.
func prefixLimit(s string) *Limit {
	worst := 0
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		worst = max(worst, prefixDepth(line))
	}
	if worst > prefixSlack*MaxBlockNesting {
		return &Limit{What: LimitBlockNesting, Got: worst, Max: MaxBlockNesting}
	}
	return nil
}

// prefixSlack lets lines nest further than MaxBlockNesting before the
// parse (code blocks may hold indented lines that look like lists).
const prefixSlack = 3

func prefixDepth(line string) int {
	markers, indent := 0, 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			// The one space after a marker belongs to it.
			if i == 0 || line[i-1] == ' ' {
				indent++
			}
			i++
		case c == '>':
			markers++
			i++
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(line) && line[i+1] != ' ' {
				return depthOf(markers, indent)
			}
			markers++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j >= len(line) || (line[j] != '.' && line[j] != ')') || (j+1 < len(line) && line[j+1] != ' ') {
				return depthOf(markers, indent)
			}
			markers++
			i = j + 1
		default:
			return depthOf(markers, indent)
		}
	}
	return depthOf(markers, indent)
}

func depthOf(markers, indent int) int {
	if markers == 0 {
		return 0
	}
	return markers + indent/4
}

// nestingLimit walks the tree without recursion and returns the first
// nesting limit the document passes.
func nestingLimit(doc ast.Node) *Limit {
	blocks, inlines := 0, 0
	maxB, maxI := 0, 0
	enter := func(n ast.Node, d int) {
		switch n.Kind() {
		case ast.KindBlockquote, ast.KindList:
			blocks += d
			maxB = max(maxB, blocks)
		case ast.KindEmphasis, ast.KindLink, ast.KindImage, east.KindStrikethrough:
			inlines += d
			maxI = max(maxI, inlines)
		}
	}
	walk(doc, func(n ast.Node) { enter(n, 1) }, func(n ast.Node) { enter(n, -1) })
	switch {
	case maxB > MaxBlockNesting:
		return &Limit{What: LimitBlockNesting, Got: maxB, Max: MaxBlockNesting}
	case maxI > MaxInlineNesting:
		return &Limit{What: LimitInlineNesting, Got: maxI, Max: MaxInlineNesting}
	}
	return nil
}

// walk visits the tree in document order without recursion, so no depth
// of nesting can exhaust the stack.
func walk(root ast.Node, enter, leave func(ast.Node)) {
	n := root
	for n != nil {
		enter(n)
		if c := n.FirstChild(); c != nil {
			n = c
			continue
		}
		for n != nil {
			leave(n)
			if n == root {
				return
			}
			if s := n.NextSibling(); s != nil {
				n = s
				break
			}
			n = n.Parent()
		}
	}
}

// An edit replaces src[start:end] by text.
type edit struct {
	start, end int
	text       string
}

// editor collects edits to the source from its syntax tree and applies
// them. forTerminal adds the edits that only the terminal page needs
// (marks, HTML and footnotes as text, tables out); without it only
// paragraphs are unwrapped.
type editor struct {
	src         []byte
	forTerminal bool
	edits       []edit
	tables      []Table
	footnotes   map[string]bool
	texts       [][2]int // source ranges of text, where footnote references may be
}

func (e *editor) add(start, end int, text string) {
	e.edits = append(e.edits, edit{start, end, text})
}

func (e *editor) collect(doc ast.Node) {
	e.footnotes = map[string]bool{}
	walk(doc, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			e.joinLines(n)
		}
		if !e.forTerminal {
			return
		}
		switch n := n.(type) {
		case *ast.Text:
			if !inCode(n) {
				e.texts = append(e.texts, [2]int{n.Segment.Start, n.Segment.Stop})
				e.escapes(n.Segment.Start, n.Segment.Stop)
			}
		case *ast.RawHTML:
			e.rawHTML(n)
		case *ast.HTMLBlock:
			e.htmlBlock(n)
		case *ast.Heading:
			e.headingAttributes(n)
			e.starsAndTildes(n)
		case *ast.Paragraph, *ast.TextBlock:
			e.starsAndTildes(n)
		case *east.Footnote:
			e.footnote(n)
		case *east.Table:
			e.table(n)
		case *ast.ListItem:
			e.looseItem(n)
		}
	}, func(ast.Node) {})
	if e.forTerminal {
		e.footnoteRefs()
	}
}

// escapes turns the backslash escapes Glamour would show into character
// references. Goldmark keeps an escape in the text node when no inline
// parser starts at the escaped character, and Glamour writes a text node
// as its source, removing the backslash only before the characters of its
// own list (ansi/baseelement.go, escapeReplacer): a duty "=HYPERLINK(…)",
// escaped as "\=HYPERLINK(…)", would read so on the page. A reference
// ("&#61;") is the same text in Markdown, and Glamour decodes it.
func (e *editor) escapes(start, stop int) {
	for i := start; i+1 < stop; i++ {
		if e.src[i] != '\\' {
			continue
		}
		if c := e.src[i+1]; isASCIIPunct(c) && !glamourUnescapes(c) {
			e.add(i, i+2, "&#"+strconv.Itoa(int(c))+";")
		}
		i++ // the escaped character, or the second of "\\\\"
	}
}

// starsAndTildes runs cjkEmphasis and singleTildes over heading or
// paragraph n when its text holds a * or a ~, with the code spans and raw
// HTML both leave alone (no emphasis there, and a reference would show as
// written) found once: a paragraph with both walked its inlines twice.
func (e *editor) starsAndTildes(n ast.Node) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	text := e.src[lines.At(0).Start:lines.At(lines.Len()-1).Stop]
	stars, tildes := bytes.IndexByte(text, '*') >= 0, bytes.IndexByte(text, '~') >= 0
	if !stars && !tildes {
		return
	}
	code := codeSpans(n)
	if stars {
		e.cjkEmphasis(n, code)
	}
	if tildes {
		e.singleTildes(n, code)
	}
}

// cjkEmphasis lets emphasis open and close next to CJK text, as the
// CJK-friendly amendments to CommonMark do
// (https://github.com/tats-u/markdown-cjk-friendly/blob/main/specification.md).
// CommonMark's flanking rules treat a letter and punctuation differently
// on either side of a delimiter run: in 是**“市场部”**的 the first ** is
// preceded by a letter and followed by punctuation, so it cannot open,
// and the second cannot close; Chinese, which puts no spaces around its
// quotes and brackets, shows the asterisks and bolds the wrong span. The
// amendment reads a CJK character beside a run like a space. Glamour's
// goldmark takes no extension from outside, so the same effect is had in
// the text: a mark that is neither space nor punctuation (removed after
// rendering) goes between the run and the punctuation, where the amended
// rule would let the run open (a CJK letter before, punctuation after) or
// close (punctuation before, a CJK letter after). Only * runs are changed:
// _ also depends on intraword rules that Chinese rarely meets.
func (e *editor) cjkEmphasis(n ast.Node, code [][2]int) {
	lines := n.Lines()
	skip := func(i int) bool {
		for _, r := range code {
			if i >= r[0] && i < r[1] {
				return true
			}
		}
		return false
	}
	before := ' ' // the character before a line: a space, or none between CJK
	for k := 0; k < lines.Len(); k++ {
		seg := lines.At(k)
		line := e.src[seg.Start:seg.Stop]
		line = bytes.TrimRight(line, "\r\n")
		if k > 0 {
			if r, _ := utf8.DecodeRune(line); linebreak.SoftBreak(before, r) != "" {
				before = ' '
			}
		}
		for i := 0; i < len(line); {
			if line[i] != '*' || backslashed(line, i) || skip(seg.Start+i) {
				i++
				continue
			}
			j := i
			for j < len(line) && line[j] == '*' {
				j++
			}
			prev := before
			if i > 0 {
				prev, _ = utf8.DecodeLastRune(line[:i])
			}
			next := ' '
			if j < len(line) {
				next, _ = utf8.DecodeRune(line[j:])
			}
			switch {
			case cjkLetter(prev) && isPunct(next):
				e.add(seg.Start+j, seg.Start+j, flankMarkS) // may open
			case isPunct(prev) && cjkLetter(next):
				e.add(seg.Start+i, seg.Start+i, flankMarkS) // may close
			}
			i = j
		}
		if r, _ := utf8.DecodeLastRune(line); r != utf8.RuneError {
			before = r
		}
	}
}

// singleTildes keeps a lone ~ as text. GFM (and Glamour's goldmark)
// strikes out text between two single tildes as between two pairs, and
// Chinese writes ranges with one: "每月 1~5 日提交，10~15 日审核" read
// "每月 15 日提交，1015 日审核", its middle struck through, the tildes gone
// (hunt27 H5). Each ~ that stands alone, outside code and raw HTML and not
// after a / (a web address's ~user), becomes the reference &#126;, which
// Markdown shows as ~ and never reads as a delimiter; ~~ still strikes
// out.
func (e *editor) singleTildes(n ast.Node, code [][2]int) {
	lines := n.Lines()
	for k := 0; k < lines.Len(); k++ {
		seg := lines.At(k)
		line := e.src[seg.Start:seg.Stop]
		for i := bytes.IndexByte(line, '~'); i >= 0 && i < len(line); i++ {
			if line[i] != '~' {
				continue
			}
			lone := (i == 0 || line[i-1] != '~') && (i+1 == len(line) || line[i+1] != '~')
			at := seg.Start + i
			if lone && !backslashed(line, i) && (i == 0 || line[i-1] != '/') && !slices.ContainsFunc(code, func(r [2]int) bool { return at >= r[0] && at < r[1] }) {
				e.add(at, at+1, "&#126;")
			}
		}
	}
}

// backslashed reports whether line[i] follows an odd number of backslashes.
func backslashed(line []byte, i int) bool {
	n := 0
	for i-n-1 >= 0 && line[i-n-1] == '\\' {
		n++
	}
	return n%2 == 1
}

// isPunct is punctuation as goldmark's flanking rules read it.
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// cjkLetter reports a CJK character that is not punctuation: what the
// amended rules read like a space beside a delimiter run.
func cjkLetter(r rune) bool { return linebreak.NoSpaceBetween(r) && !isPunct(r) }

// isASCIIPunct reports the characters a backslash escapes (CommonMark
// 2.4: ASCII punctuation).
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// glamourUnescapes reports the characters before which Glamour removes a
// backslash itself.
func glamourUnescapes(c byte) bool {
	return strings.IndexByte("\\`*_{}[]<>()#+-.!|", c) >= 0
}

func inCode(n ast.Node) bool {
	p := n.Parent()
	return p != nil && p.Kind() == ast.KindCodeSpan
}

// joinLines joins the lines of a paragraph. A soft break becomes a space,
// or nothing between two CJK characters (as CSS Text 3 does with segment
// breaks); a hard break (two spaces or a backslash at the line end)
// becomes a forced break on the terminal and stays as written elsewhere.
func (e *editor) joinLines(n ast.Node) {
	lines := n.Lines()
	for i := 0; i+1 < lines.Len(); i++ {
		cur, next := lines.At(i), lines.At(i+1)
		end := cur.Stop
		for end > cur.Start && (e.src[end-1] == '\n' || e.src[end-1] == '\r') {
			end--
		}
		start := next.Start
		for start < next.Stop && (e.src[start] == ' ' || e.src[start] == '\t') {
			start++
		}
		if end >= start {
			continue
		}
		line := e.src[cur.Start:end]
		trimmed := bytes.TrimRight(line, " ")
		textEnd := cur.Start + len(trimmed)
		switch {
		case len(line)-len(trimmed) >= 2 && len(trimmed) > 0:
			if e.forTerminal {
				e.add(textEnd, start, breakMarkS)
			}
		case endsWithBackslash(trimmed) && len(trimmed) == len(line):
			if e.forTerminal {
				e.add(textEnd-1, start, breakMarkS)
			}
		default:
			e.add(textEnd, start, linebreak.Between(trimmed, e.src[start:]))
		}
	}
}

func endsWithBackslash(b []byte) bool {
	n := len(b) - len(bytes.TrimRight(b, `\`))
	return n%2 == 1
}

var brTag = lazyre.New(`(?i)^<br\s*/?>$`)

// rawHTML handles inline HTML: <br> breaks the line, a comment is hidden,
// anything else is shown as the text it is.
func (e *editor) rawHTML(n *ast.RawHTML) {
	if n.Segments.Len() == 0 {
		return
	}
	start, stop := n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop
	s := string(e.src[start:stop])
	switch {
	case brTag().MatchString(s):
		e.add(start, stop, breakMarkS)
	case strings.HasPrefix(s, "<!--"):
		e.add(start, stop, "")
	default:
		e.add(start, start, `\`)
	}
}

// htmlBlock shows a block of HTML as its text, line by line, or hides it
// when it is only a comment.
func (e *editor) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		stop = max(stop, n.ClosureLine.Stop)
	}
	for stop > start && (e.src[stop-1] == '\n' || e.src[stop-1] == ' ') {
		stop--
	}
	raw := string(e.src[start:stop])
	if isOnlyComments(raw) {
		e.add(start, stop, "")
		return
	}
	var parts []string
	for _, l := range strings.Split(raw, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, escapeHTMLLine(l))
		}
	}
	text := strings.Join(parts, breakMarkS)
	// The block may follow a paragraph without a blank line; as text it
	// would join that paragraph.
	if start > 0 && !blankBefore(e.src, start) {
		text = "\n" + text
	}
	if stop < len(e.src) && !blankAfter(e.src, stop) {
		text += "\n"
	}
	e.add(start, stop, text)
}

// escapeHTMLLine makes a line of HTML read as text in Markdown.
func escapeHTMLLine(l string) string {
	return strings.ReplaceAll(strings.ReplaceAll(l, `\`, `\\`), "<", `\<`)
}

var commentRe = lazyre.New(`(?s)<!--.*?-->`)

func isOnlyComments(s string) bool {
	return strings.TrimSpace(commentRe().ReplaceAllString(s, "")) == ""
}

// blankBefore reports whether the line before offset i is blank (or i is
// on the first line).
func blankBefore(src []byte, i int) bool {
	ls := bytes.LastIndexByte(src[:i], '\n')
	if ls < 0 {
		return true
	}
	prev := bytes.LastIndexByte(src[:ls], '\n')
	return len(bytes.TrimSpace(src[prev+1:ls])) == 0
}

func blankAfter(src []byte, i int) bool {
	nl := bytes.IndexByte(src[i:], '\n')
	if nl < 0 {
		return true
	}
	rest := src[i+nl+1:]
	next := bytes.IndexByte(rest, '\n')
	if next < 0 {
		next = len(rest)
	}
	return len(bytes.TrimSpace(rest[:next])) == 0
}

// headingAttributes strips "{#id .class}" from an ATX heading, with the
// closing #s before it, as goldmark's attribute extension and PHP Markdown
// Extra read it.
func (e *editor) headingAttributes(n *ast.Heading) {
	if n.Lines().Len() != 1 {
		return
	}
	seg := n.Lines().At(0)
	line := e.src[seg.Start:seg.Stop]
	t := bytes.TrimRight(line, " \t\n")
	if !bytes.HasSuffix(t, []byte("}")) {
		return
	}
	open := bytes.LastIndexByte(t, '{')
	if open <= 0 || !isAttributes(string(t[open+1:len(t)-1])) {
		return
	}
	rest := bytes.TrimRight(t[:open], " \t")
	if r := bytes.TrimRight(rest, "#"); len(r) < len(rest) && (len(r) == 0 || r[len(r)-1] == ' ' || r[len(r)-1] == '\t') {
		rest = bytes.TrimRight(r, " \t")
	}
	e.add(seg.Start+len(rest), seg.Start+len(t), "")
}

// isAttributes reports "#id .class key=value" lists.
func isAttributes(s string) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !strings.HasPrefix(f, "#") && !strings.HasPrefix(f, ".") && !strings.Contains(f, "=") {
			return false
		}
	}
	return true
}

// footnote turns a definition "[^1]: text" into the paragraph "[1] text"
// where it was written.
func (e *editor) footnote(n *east.Footnote) {
	label := string(n.Ref)
	e.footnotes[label] = true
	first := n.FirstChild()
	if first == nil || first.Lines().Len() == 0 {
		return
	}
	textStart := first.Lines().At(0).Start
	lineStart := bytes.LastIndexByte(e.src[:textStart], '\n') + 1
	marker := bytes.Index(e.src[lineStart:textStart], []byte("[^"))
	if marker < 0 {
		return
	}
	repl := `\[` + escapeLabel(label) + `\] `
	if !blankBefore(e.src, lineStart) {
		repl = "\n" + repl
	}
	e.add(lineStart+marker, textStart, repl)
	// Later paragraphs of the definition are indented by four spaces; out
	// of the footnote they would read as code.
	for c := first.NextSibling(); c != nil; c = c.NextSibling() {
		for i := 0; i < c.Lines().Len(); i++ {
			s := c.Lines().At(i).Start
			ls := bytes.LastIndexByte(e.src[:s], '\n') + 1
			if ls < s && len(bytes.TrimSpace(e.src[ls:s])) == 0 {
				e.add(ls, s, "")
			}
		}
	}
}

func escapeLabel(s string) string { return inlineEscaper.Replace(s) }

var footnoteRefRe = lazyre.New(`\[\^([^\]\s]+)\]`)

// footnoteRefs turns each reference to a defined footnote into "[label]".
// References sit in text (never in code): the parser leaves "[^1]" as
// text once its definition is read as a footnote.
func (e *editor) footnoteRefs() {
	if len(e.footnotes) == 0 {
		return
	}
	slices.SortFunc(e.texts, func(a, b [2]int) int { return a[0] - b[0] })
	// Neighbouring text nodes ("[" and "^1]") form one run.
	var runs [][2]int
	for _, t := range e.texts {
		if k := len(runs) - 1; k >= 0 && t[0] <= runs[k][1] {
			runs[k][1] = max(runs[k][1], t[1])
			continue
		}
		runs = append(runs, t)
	}
	for _, r := range runs {
		s := e.src[r[0]:r[1]]
		for _, m := range footnoteRefRe().FindAllSubmatchIndex(s, -1) {
			label := string(s[m[2]:m[3]])
			if !e.footnotes[label] || endsWithBackslash(s[:m[0]]) {
				continue
			}
			e.add(r[0]+m[0], r[0]+m[1], `\[`+escapeLabel(label)+`\]`)
		}
	}
}

// looseItem joins the paragraphs of a list item with a blank line made of
// forced breaks: Glamour runs an item's paragraphs together without even
// a space.
func (e *editor) looseItem(n *ast.ListItem) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		next := c.NextSibling()
		if next == nil || next.Kind() != ast.KindParagraph || c.Lines().Len() == 0 || next.Lines().Len() == 0 {
			continue
		}
		if c.Kind() != ast.KindParagraph && c.Kind() != ast.KindTextBlock {
			continue
		}
		end := c.Lines().At(c.Lines().Len() - 1).Stop
		for end > 0 && (e.src[end-1] == '\n' || e.src[end-1] == ' ') {
			end--
		}
		e.add(end, next.Lines().At(0).Start, breakMarkS+breakMarkS)
	}
}

// table takes a table out of the text, leaving a mark the typesetter
// replaces with the table laid out for the width.
func (e *editor) table(n *east.Table) {
	t := Table{Align: n.Alignments}
	start, stop := -1, -1
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cell := ""
			if c.Lines().Len() > 0 {
				seg := c.Lines().At(0)
				cell = string(e.src[seg.Start:seg.Stop])
				if start < 0 || seg.Start < start {
					start = seg.Start
				}
				stop = max(stop, seg.Stop)
			}
			cells = append(cells, cell)
		}
		if row.Kind() == east.KindTableHeader {
			t.Header = cells
		} else {
			t.Rows = append(t.Rows, cells)
		}
	}
	if start < 0 {
		return
	}
	// Widen to the pipe before the first cell, and to the end of the
	// table's last line: the header, the delimiter row, a line per row.
	for start > 0 && (e.src[start-1] == '|' || e.src[start-1] == ' ') {
		start--
	}
	stop = start
	for k := 0; k < 2+len(t.Rows); k++ {
		nl := bytes.IndexByte(e.src[stop:], '\n')
		if nl < 0 {
			stop = len(e.src)
			break
		}
		stop += nl
		if k < 1+len(t.Rows) {
			stop++
		}
	}
	e.add(start, stop, fmt.Sprintf("%s%d", tableMarkS, len(e.tables)))
	e.tables = append(e.tables, t)
}

// apply writes the source with the edits made. Edits are applied in
// source order; one overlapping an earlier edit is dropped (a comment
// spanning lines is removed whole, its line joins with it).
func (e *editor) apply() string {
	slices.SortStableFunc(e.edits, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var b strings.Builder
	b.Grow(len(e.src))
	pos := 0
	for _, ed := range e.edits {
		if ed.start < pos {
			continue
		}
		b.Write(e.src[pos:ed.start])
		b.WriteString(ed.text)
		pos = ed.end
	}
	b.Write(e.src[pos:])
	return b.String()
}

// SealPart closes an HTML block that md opens and never closes, at md's
// end: a comment ("<!--") or a <pre>, <script>, <style> or <textarea>
// block (CommonMark's HTML blocks of types 1 and 2) runs to its closing
// mark or to the end of the text, so a part of a page written by the
// content (a department's text) would otherwise swallow the parts the
// page puts after it (the sections, the duties) as raw text. Closed at the
// part's end, a comment hides the rest of that part only, as a Markdown
// preview of the file shows it, and a <pre> block shows its text. validate
// notes the block that is never closed.
func SealPart(md string) string {
	if !strings.Contains(md, "<") {
		return md
	}
	b := []byte(md)
	doc := mdParser().Parser().Parse(text.NewReader(b))
	last, ok := doc.LastChild().(*ast.HTMLBlock)
	if !ok || last.HasClosure() || last.Lines().Len() == 0 {
		return md
	}
	closer := ""
	switch last.HTMLBlockType {
	case ast.HTMLBlockType2:
		closer = "-->"
	case ast.HTMLBlockType1:
		first := last.Lines().At(0)
		m := htmlType1Open().FindStringSubmatch(string(first.Value(b)))
		if m == nil {
			return md
		}
		closer = "</" + strings.ToLower(m[1]) + ">"
	default:
		return md
	}
	return strings.TrimRight(md, "\n") + "\n" + closer
}

// htmlType1Open is the opening tag of a CommonMark HTML block of type 1.
var htmlType1Open = lazyre.New(`(?i)^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)`)

// codeSpans returns the source byte ranges of n's code spans and raw HTML,
// where Markdown's marks are text as written.
func codeSpans(n ast.Node) [][2]int {
	var code [][2]int
	walk(n, func(c ast.Node) {
		switch c := c.(type) {
		case *ast.Text:
			if inCode(c) {
				code = append(code, [2]int{c.Segment.Start, c.Segment.Stop})
			}
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				code = append(code, [2]int{c.Segments.At(i).Start, c.Segments.At(i).Stop})
			}
		}
	}, func(ast.Node) {})
	return code
}
