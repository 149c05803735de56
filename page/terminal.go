package page

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// rightMargin is the blank kept at the right of every line, as Glamour
// keeps its left margin.
const rightMargin = 2

// Terminal renders a page's Markdown for a terminal width cells wide in
// one of the styles (StyleDark, StyleLight, StyleMono, StylePlain; "notty"
// is read as StyleMono). No line is wider than width as either kind of
// terminal counts cells (see Width), and only SGR sequences remain: links
// come out as text. Each call builds its own renderer: Glamour renderers
// must not be shared between goroutines.
//
// The text goes through Prepare, then Glamour styles it without wrapping,
// then the typesetter breaks the lines: CJK and Latin text mixed, list
// items hanging under their text, line-start and line-end rules for CJK
// punctuation, tables wrapped or turned into lists. Text past Prepare's
// limits is shown as plain text under a note.
func Terminal(md, style string, width int) string {
	if width <= 0 {
		return ""
	}
	p := Prepare(md)
	ts := &typesetter{width: max(width-rightMargin, 1), style: style}
	var lines []string
	if p.Plain != nil {
		lines = ts.plain(p)
	} else if out, ok := render(p.Markdown, style); ok {
		ts.cells = renderCells(p.Tables, style)
		lines = ts.layout(out)
	} else {
		lines = ts.plain(p)
	}
	s := strings.Join(fitLines(trimBlank(lines), width), "\n")
	if style == StylePlain {
		s = ansi.Strip(s)
	}
	return termsafe.KeepSGR(s)
}

// trimBlank drops blank lines at the start and the end.
func trimBlank(lines []string) []string {
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// render styles prepared Markdown with Glamour without wrapping it: one
// output line per block line, hangMarks where text starts.
func render(md, style string) (string, bool) {
	r, err := glamour.NewTermRenderer(glamour.WithStyles(glamourStyle(style)), glamour.WithWordWrap(0))
	if err != nil {
		return "", false
	}
	out, err := r.Render(md)
	if err != nil {
		return "", false
	}
	// Hyperlinks and other sequences go before measuring. Prepare expanded
	// the source's tabs; one Glamour decoded from a character reference
	// ("&#09") would be drawn to the terminal's own tab stop, past the
	// width the line was measured at, so it is a space.
	out = strings.ReplaceAll(out, "\t", " ")
	out = strings.ReplaceAll(out, flankMarkS, "")
	return termsafe.KeepSGR(strings.Trim(out, "\n")), true
}

// typesetter breaks Glamour's unwrapped lines to the width.
type typesetter struct {
	width int // the widest a line may be, left margin included
	style string
	cells []styledTable // the tables, their cells styled
	out   []string
}

// layout typesets rendered Markdown. A line with a hangMark is text: the
// part before the mark (margin, quote bars, bullet) starts its first
// line, and blanks of the same width (quote bars kept) start the others.
// Other lines (code, rules, blank lines) are kept, cut only if too wide.
func (ts *typesetter) layout(rendered string) []string {
	for _, line := range strings.Split(rendered, "\n") {
		i := strings.LastIndex(line, hangMarkS)
		if i < 0 {
			ts.verbatim(line)
			continue
		}
		prefix := strings.ReplaceAll(line[:i], hangMarkS, "")
		ts.block(prefix, line[i+len(hangMarkS):])
	}
	return ts.out
}

// block typesets one block's text after its prefix.
func (ts *typesetter) block(prefix, body string) {
	if !strings.ContainsAny(body, breakMarkS+tableMarkS) && Width(prefix)+Width(body) <= ts.width {
		ts.out = append(ts.out, prefix+body) // fits: most lines of a page
		return
	}
	cont := blankPrefix(prefix)
	room := max(ts.width-Width(prefix), 4)
	state := linebreak.SGRAfter("", prefix)
	first := true
	emit := func(l string) {
		if first {
			ts.out = append(ts.out, prefix+l)
			first = false
			return
		}
		ts.out = append(ts.out, cont+l)
	}
	parts := strings.Split(body, tableMarkS)
	for k, part := range parts {
		if k > 0 {
			n := 0
			for n < len(part) && part[n] >= '0' && part[n] <= '9' {
				n++
			}
			idx, _ := strconv.Atoi(part[:n])
			if idx < len(ts.cells) {
				for _, l := range ts.table(ts.cells[idx], room) {
					emit(l)
				}
			}
			part = part[n:]
			if strings.TrimSpace(ansi.Strip(part)) == "" {
				continue
			}
		} else if len(parts) > 1 && strings.TrimSpace(ansi.Strip(part)) == "" {
			continue
		}
		for _, l := range wrapStyled(part, room, state) {
			emit(l)
		}
		state = linebreak.SGRAfter(state, part)
	}
	if first {
		emit("")
	}
}

// blankPrefix is the prefix of a block's continuation lines: the first
// line's prefix with its bullet or number blanked, quote bars kept, and
// any style it leaves open closed.
func blankPrefix(prefix string) string {
	var b strings.Builder
	for i := 0; i < len(prefix); {
		seq, gw, n := linebreak.Decode(prefix, i)
		i += n
		switch {
		case !linebreak.IsPrintable(seq):
			b.WriteString(seq)
		case seq == "│" || seq == "|":
			b.WriteString(seq)
		default:
			b.WriteString(strings.Repeat(" ", clusterWidth(seq, gw)))
		}
	}
	if linebreak.SGRAfter("", prefix) != "" {
		b.WriteString(ansi.ResetStyle)
	}
	return b.String()
}

// verbatim keeps a line that is not running text (code, a rule), cutting
// it into pieces if it is wider than the page.
func (ts *typesetter) verbatim(line string) {
	// A mark outside text (Glamour put the text in a table or code) would
	// show as a box: drop it.
	line = strings.Map(func(r rune) rune {
		if r >= hangMark && r <= cellMark {
			return -1
		}
		return r
	}, line)
	if Width(line) <= ts.width {
		ts.out = append(ts.out, line)
		return
	}
	// The indent is counted on the text as shown: escape bytes counted as
	// indent put continuations at half the width.
	plain := ansi.Strip(line)
	indent := len(plain) - len(strings.TrimLeft(plain, " "))
	indent = min(indent, ts.width/2)
	pad := strings.Repeat(" ", indent)
	for i, l := range codeWrap(line, ts.width, ts.width-indent) {
		if i > 0 {
			l = pad + l
		}
		ts.out = append(ts.out, l)
	}
}

// codeUnit is one cell-taking piece of a styled line, with the escape
// sequences before it, for codeWrap.
type codeUnit struct {
	text  string // escape sequences, then the cluster ("" at the end of the line)
	w     int
	space bool
	wide  bool   // a wide character (CJK), which may start or end a line
	state string // the SGR state after it
}

// codeWrap cuts a styled line of code into pieces, the first at most
// first cells, the others at most rest: at the last space that fits, or
// beside a wide character, as text breaks; a word wider than the line is
// cut where the line ends. Spaces inside a line are kept as written (they
// may align code); those at a break are dropped. SGR state is carried
// across the cuts, as hardWrap does.
func codeWrap(s string, first, rest int) []string {
	first, rest = max(first, 1), max(rest, 1)
	var units []codeUnit
	state, pending := "", ""
	add := func(cluster string, w int) {
		units = append(units, codeUnit{text: pending + cluster, w: w, space: cluster == " ", wide: w > 1, state: state})
		pending = ""
	}
	for i := 0; i < len(s); {
		seq, gw, n := linebreak.Decode(s, i)
		i += n
		if !linebreak.IsPrintable(seq) {
			pending += seq
			state = linebreak.SGRAfter(state, seq)
			continue
		}
		if cw := clusterWidth(seq, gw); cw <= max(first, rest) {
			add(seq, cw)
			continue
		}
		for _, r := range seq { // wider than a line: its code points, as hardWrap
			if w := Width(string(r)); w <= max(first, rest) {
				add(string(r), w)
			}
		}
	}
	if pending != "" {
		add("", 0)
	}
	// Greedy breaking on the widths: lines[k] is the units [start, end).
	type span struct{ start, end int }
	var lines []span
	start, w, limit, brk, content := 0, 0, first, -1, false
	for i := 0; i < len(units); {
		u := units[i]
		if w+u.w <= limit || w == 0 { // a line holds at least one unit
			if u.wide && content {
				brk = i
			}
			w += u.w
			i++
			if u.wide || (u.space && content) {
				brk = i
			}
			content = content || !u.space
			continue
		}
		end := i // a word wider than the line: cut here
		if !u.space && brk > start {
			end = brk
		}
		lines = append(lines, span{start, end})
		start = end
		for start < len(units) && units[start].space {
			start++ // the spaces at a break
		}
		i, w, limit, brk, content = start, 0, rest, -1, false
	}
	lines = append(lines, span{start, len(units)})
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		var b strings.Builder
		if l.start > 0 {
			b.WriteString(units[l.start-1].state)
		}
		for _, u := range units[l.start:l.end] {
			b.WriteString(u.text)
		}
		if l.end > l.start && units[l.end-1].state != "" {
			b.WriteString(ansi.ResetStyle)
		}
		out = append(out, b.String())
	}
	return out
}

// hardWrap cuts styled text into pieces: the first at most first cells,
// the others at most rest, carrying the SGR state across the cuts. A
// grapheme cluster wider than a whole line (a long ZWJ emoji sequence) is
// cut between its code points, as a terminal counting by wcwidth draws
// it anyway; a character wider than the line (at a width of 1) is dropped.
func hardWrap(s string, first, rest int) []string {
	var out []string
	var b strings.Builder
	state, w, limit := "", 0, max(first, 1)
	place := func(piece string, pw int) {
		if pw > max(limit, rest) {
			return
		}
		if w+pw > limit && w > 0 {
			if state != "" {
				b.WriteString(ansi.ResetStyle)
			}
			out = append(out, b.String())
			b.Reset()
			b.WriteString(state)
			w, limit = 0, max(rest, 1)
		}
		b.WriteString(piece)
		w += pw
	}
	for i := 0; i < len(s); {
		// Whole clusters, as Width counts them: "0" then U+FE0F read apart
		// would count the keycap "0️" as 1 cell, not 2.
		seq, gw, n := linebreak.Decode(s, i)
		i += n
		if !linebreak.IsPrintable(seq) {
			b.WriteString(seq)
			state = linebreak.SGRAfter(state, seq)
			continue
		}
		if cw := clusterWidth(seq, gw); cw <= max(rest, 1) {
			place(seq, cw)
			continue
		}
		for _, r := range seq {
			place(string(r), Width(string(r)))
		}
	}
	return append(out, b.String())
}

// fitLines cuts any line still wider than width: a prefix deeper than a
// narrow page, an emoji sequence wider than a line.
func fitLines(lines []string, width int) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if Width(l) <= width {
			out = append(out, l)
			continue
		}
		out = append(out, hardWrap(l, width, width)...)
	}
	return out
}

// plain shows text past Prepare's limits: a note saying why, then the
// source as it is, each line wrapped to the width.
func (ts *typesetter) plain(p Prepared) []string {
	margin := "  "
	ts.out = append(ts.out, "")
	ts.block(margin, plainNote(p))
	ts.out = append(ts.out, "")
	for _, line := range strings.Split(p.Markdown, "\n") {
		line = plainLine(expandTabs(line))
		body := strings.TrimLeft(line, " ")
		indent := min(len(line)-len(body), ts.width/2)
		ts.block(margin+strings.Repeat(" ", indent), body)
	}
	return ts.out
}

var (
	atxHeading = lazyre.New(`^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	strong     = lazyre.New(`\*\*([^*\s](?:[^*]*[^*\s])?)\*\*`)
	emphasis   = lazyre.New(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	escaped    = lazyre.New("\\\\[!-/:-@\\[-`{-~]")
)

// escapeMark stands for an escaped character while plainLine takes the
// marks away; clean has removed the private-use characters from the text,
// so it cannot be mistaken for one written there.
const escapeMark = 0xE000

// plainLine is a line of Markdown as plain text, for a page past the limits
// of formatting: no heading marks ("# Sales department" reads "Sales
// department"), no asterisks of strong or emphasised text, no backslash
// escapes and no character references; list markers, quotes and table
// bars stay, as readable text. It works line by line, as a page that big
// cannot be parsed as a whole.
func plainLine(line string) string {
	// Text only before the line is wrapped: an escape left in would count
	// as no cells while wrapping (ESC, space, _ reads as one sequence),
	// then lose its ESC alone at the end and widen the line.
	line = termsafe.Plain(line)
	if m := atxHeading().FindStringSubmatch(line); m != nil {
		line = m[1]
	}
	if strings.ContainsRune(line, '\\') {
		line = escaped().ReplaceAllStringFunc(line, func(e string) string { return string(rune(escapeMark + int(e[1]))) })
	}
	if strings.ContainsRune(line, '*') {
		line = emphasis().ReplaceAllString(strong().ReplaceAllString(line, "$1"), "$1")
	}
	line = strings.Map(func(r rune) rune {
		if r >= escapeMark && r < escapeMark+utf8.RuneSelf {
			return r - escapeMark
		}
		return r
	}, line)
	if strings.ContainsRune(line, '&') {
		// A reference may stand for a control character (&#27;): text only.
		line = termsafe.Plain(html.UnescapeString(line))
	}
	return line
}

// plainNote says, in the page's language, why it is shown as plain text.
func plainNote(p Prepared) string {
	if mostlyChinese(p.Markdown) {
		return "此页超出排版限制（" + p.Plain.Explain(true) + "），以纯文本显示。"
	}
	return "This page is shown as plain text: it is past the limits for formatting (" + p.Plain.Explain(false) + ")."
}

// mostlyChinese guesses the page's language from its first few thousand
// characters: Terminal is given Markdown, not a language.
func mostlyChinese(s string) bool {
	han, letters := 0, 0
	for i, r := range s {
		if i > 8192 {
			break
		}
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return han*3 > letters
}
