package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/model/analysis"
)

// cells measures, cuts, pads and wraps text in terminal cells, the way the
// terminal draws it: every screen draws lines of exactly its width, so a
// row measured differently from the terminal ends in the wrong column.
// Bubble Tea's renderer counts per code point (wcwidth, like tmux) until
// the terminal reports grapheme clustering (mode 2027), then per grapheme
// cluster; the root switches cells with it. The two agree on text without
// emoji sequences (CJK is two cells a character in both). Never measure in
// bytes or runes.
type cells struct{ m ansi.Method }

// wcCells is how a terminal that has not reported mode 2027 counts.
var wcCells = cells{ansi.WcWidth}

// counting is the line breaker's name for how c counts.
func (c cells) counting() linebreak.Counting { return linebreak.Of(c.m) }

func (c cells) width(s string) int { return c.counting().Width(s) }

func (c cells) truncate(s string, w int, tail string) string { return c.m.Truncate(s, w, tail) }

// cut is the cells [left, right) of s, its styles kept: exactly
// right-left cells where s is that wide. A wide character that an edge
// cuts in two leaves a space for its half inside, as a terminal draws a
// wide character half covered: Truncate drops it whole (one cell short)
// and TruncateLeft keeps it whole (one cell over), which moved a dialog's
// box a cell left, or pushed the row's last cell (a "…") off the screen.
// (ansi.Method.Cut is not used: in x/ansi v0.11.9 its per-code-point
// variant cuts from the right where it should cut from the left.)
func (c cells) cut(s string, left, right int) string {
	if right <= left {
		return ""
	}
	head := c.m.Truncate(s, right, "")
	hw := c.width(head)
	out := c.m.TruncateLeft(head, left, "")
	if ow := c.width(out); ow > max(hw-left, 0) {
		out = strings.Repeat(" ", ow-(hw-left)) + c.m.TruncateLeft(head, left+ow-(hw-left), "")
	}
	if hw < right && c.width(s) > hw {
		out += strings.Repeat(" ", right-hw) // the wide character across right
	}
	return out
}

// pad pads or cuts s (which may carry styles) to exactly w cells.
func (c cells) pad(s string, w int) string {
	sw := c.width(s)
	if sw > w {
		// A wide character that does not fit is cut whole: pad after it.
		s = c.truncate(s, w, "")
		sw = c.width(s)
	}
	return s + strings.Repeat(" ", max(w-sw, 0))
}

// padLines splits s and pads or cuts every line to width cells.
func (c cells) padLines(s string, width int) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = c.pad(l, width)
	}
	return lines
}

// fitLines makes lines exactly h lines of w cells: longer lines are cut,
// shorter ones padded, missing lines added.
func (c cells) fitLines(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = c.pad(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}

// spread puts left and right on one line of exactly width cells, cutting
// left first when they do not fit. A cell parts them, when there is a
// right part.
func (c cells) spread(left, right string, width int) string {
	rw := c.width(right)
	if rw > width {
		right, rw = c.truncate(right, width, ""), width
	}
	gap := 1
	if rw == 0 {
		gap = 0
	}
	left = c.truncate(left, max(width-rw-gap, 0), "…")
	return left + strings.Repeat(" ", max(width-c.width(left)-rw, 0)) + right
}

// spreadTitle is spread for a screen's title line: the title (left)
// stays whole and what it counts (right) is cut first, while the right
// keeps a few readable cells; on a line narrower than that, spread's
// order.
func (c cells) spreadTitle(left, right string, width int) string {
	const least = 6
	lw, rw := c.width(left), c.width(right)
	if rw > 0 && lw+1+rw > width && width-lw-1 >= least {
		right = c.truncate(right, width-lw-1, "…")
	}
	return c.spread(left, right, width)
}

// fitPlain cuts or pads plain text to exactly w cells and styles it.
func (c cells) fitPlain(text string, w int, style lipgloss.Style) string {
	if w <= 0 {
		return ""
	}
	tw := c.width(text)
	if tw > w {
		text = c.truncate(text, w, "…")
		tw = c.width(text)
	}
	return style.Render(text) + strings.Repeat(" ", max(w-tw, 0))
}

// wrap folds text (which may carry styles) into one paragraph and breaks
// it into lines of at most w cells with the line breaker the page
// typesetter uses (package linebreak): no line starts with 。 or ）, a
// Latin word is split only when it is wider than w, spaces between Chinese
// and Latin words are kept, and styles are closed at each line end and
// reopened on the next line.
func (c cells) wrap(text string, w int) []string {
	if w <= 0 {
		return nil
	}
	return c.counting().Wrap(oneLine(text), w)
}

// hang wraps text to w cells after prefix: the first line starts with
// prefix, the others with as many spaces, so the text hangs under itself
// ("• a duty that wraps" / "  under its first word").
func (c cells) hang(prefix, text string, w int) []string {
	return c.hangLines(prefix, c.wrap(text, max(w-c.width(prefix), 1)))
}

// hangLines starts the first of lines with prefix and the others with as
// many spaces.
func (c cells) hangLines(prefix string, lines []string) []string {
	blank := strings.Repeat(" ", c.width(prefix))
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = blank + lines[i]
		}
	}
	return lines
}

// clip wraps text to w cells in at most n lines; when it needs more, the
// last line holds the rest of it, cut with "…".
func (c cells) clip(text string, w, n int) []string {
	if w <= 0 {
		return nil
	}
	return c.counting().Clip(oneLine(text), w, n, "…")
}

// clipWords is clip for a name, its Chinese broken only between words:
// pieces is the name as hanWords splits it (nil while not known: then
// clip's breaks). A line break may fall between any two Chinese
// characters, so a column head read 市场部经理助 over a lone 理
// (tryoutb26 B12). Where the words need more than n lines, clip's
// breaks show more of the name.
func (c cells) clipWords(text string, pieces []string, w, n int) []string {
	text = oneLine(text)
	if pieces == nil || w <= 0 || c.width(text) <= w || !strings.ContainsFunc(text, analysis.IsHan) {
		return c.clip(text, w, n)
	}
	var lines []string
	line := ""
	for _, piece := range pieces {
		if c.width(line+piece) <= w {
			line += piece
			continue
		}
		if strings.TrimSpace(line) != "" {
			lines = append(lines, strings.TrimSpace(line))
		}
		line = strings.TrimLeft(piece, " ")
		if c.width(line) > w { // a word wider than a line: break it as clip does
			wrapped := c.counting().Wrap(line, w)
			lines = append(lines, wrapped[:len(wrapped)-1]...)
			line = wrapped[len(wrapped)-1]
		}
	}
	if strings.TrimSpace(line) != "" {
		lines = append(lines, strings.TrimSpace(line))
	}
	if len(lines) > n {
		return c.clip(text, w, n)
	}
	return lines
}

// hanWords splits text (on one line, as oneLine leaves it) into pieces
// that join back to it: each run of Chinese characters into its words
// (analysis.SegmentChinese, which loads the dictionary: never on the
// update loop), the text between runs as it is.
func hanWords(text string) []string {
	var out []string
	for len(text) > 0 {
		i := strings.IndexFunc(text, analysis.IsHan)
		if i != 0 {
			if i < 0 {
				i = len(text)
			}
			out = append(out, text[:i])
			text = text[i:]
			continue
		}
		j := strings.IndexFunc(text, func(r rune) bool { return !analysis.IsHan(r) })
		if j < 0 {
			j = len(text)
		}
		out = append(out, analysis.SegmentChinese(text[:j])...)
		text = text[j:]
	}
	return out
}

// wrapPlain wraps plain text, its line breaks kept, each line padded to
// width cells, two cells kept free on the right as a page's margins are.
func (c cells) wrapPlain(text string, width int) []string {
	lines := c.plainLines(text, width)
	return c.fitLines(lines, width, len(lines))
}

// plainLines is wrapPlain without the padding. A line's leading spaces
// start each of its wrapped lines; a line set out in two columns
// ("  d:sales visit   only the sales department") keeps its second
// column, wrapped under itself, or under the first when the two do not
// fit side by side.
func (c cells) plainLines(text string, width int) []string {
	var out []string
	room := max(width-2, 1)
	for _, line := range strings.Split(text, "\n") {
		body := strings.TrimLeft(line, " ")
		if body == "" {
			out = append(out, "")
			continue
		}
		indent := line[:len(line)-len(body)]
		if i := strings.Index(body, "  "); i > 0 && indent != "" {
			term, desc := body[:i], strings.TrimLeft(body[i:], " ")
			col := line[:len(line)-len(desc)]
			if room-c.width(col) < minColumn {
				out = append(out, c.hang(indent, term, room)...)
				col = indent + "  "
			}
			out = append(out, c.hang(col, desc, room)...)
			continue
		}
		out = append(out, c.hang(indent, body, room)...)
	}
	return out
}

// minColumn is the narrowest a second column of text is set beside the
// first; narrower, it goes under it.
const minColumn = 12

// box draws lines (each w cells) in a rounded border with a cell of
// padding, styled as the dialogs are. It measures with c, not Lip Gloss,
// so a row with an emoji is padded as the terminal draws it.
func (c cells) box(st *Styles, lines []string, w int) []string {
	b := lipgloss.RoundedBorder()
	out := make([]string, 0, len(lines)+2)
	out = append(out, st.OverlayBorder.Render(b.TopLeft+strings.Repeat(b.Top, w+2)+b.TopRight))
	side := st.OverlayBorder.Render(b.Left)
	for _, l := range lines {
		out = append(out, side+" "+c.pad(l, w)+" "+st.OverlayBorder.Render(b.Right))
	}
	return append(out, st.OverlayBorder.Render(b.BottomLeft+strings.Repeat(b.Bottom, w+2)+b.BottomRight))
}

// oneLine folds line breaks and tabs so a row stays one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// crumbSep separates the parts of a breadcrumb.
const crumbSep = " › "

// crumbFirstMin is the fewest cells a breadcrumb's first part (the
// department) keeps beside a last part too long for the room: "海外事…",
// "Marketi…", enough to tell which department.
const crumbFirstMin = 8

// crumbKeepingTail is crumb for a name whose later parts are what tell it
// from another (an owner named alike, told apart by the unit between,
// search.OwnerLabels): the first part is cut before any other is dropped.
func (c cells) crumbKeepingTail(parts []string, w int) string {
	if len(parts) > 2 {
		full := strings.Join(parts, crumbSep)
		tail := strings.Join(parts[1:], crumbSep)
		room := w - c.width(crumbSep) - c.width(tail)
		if c.width(full) > w && room >= min(c.width(parts[0]), 6) {
			return c.truncate(parts[0], room, "…") + crumbSep + tail
		}
	}
	return c.crumb(parts, w)
}

// crumb joins parts with " › " in at most w cells, cutting in the middle:
// the first part says where (the department), the last says who, so both
// stay and the parts between give way to "…" first. When the first and
// last parts alone are too wide, the last is cut at its end before the
// first gives way past its readable share (crumbFirstMin cells, whole
// when shorter): the start of the department's name stays
// readable beside a long position (高级海外渠道经理（东南亚及大洋洲） is cut,
// not the department before it), in either language, and a position that fits
// beside that share stays whole, since it says who.
func (c cells) crumb(parts []string, w int) string {
	for i := range parts {
		parts[i] = oneLine(parts[i])
	}
	full := strings.Join(parts, crumbSep)
	if w <= 0 || c.width(full) <= w {
		return c.truncate(full, max(w, 0), "…")
	}
	if len(parts) == 1 {
		return c.truncate(full, w, "…")
	}
	first, last := parts[0], parts[len(parts)-1]
	mid := crumbSep + "…" + crumbSep
	if len(parts) == 2 {
		mid = crumbSep
	}
	// Keep as many parts next to the last as fit (all of them cannot: the
	// whole did not fit).
	tail := last
	for i := len(parts) - 2; i >= 2; i-- {
		next := parts[i] + crumbSep + tail
		if c.width(first+mid+next) > w {
			break
		}
		tail = next
	}
	if c.width(first+mid+tail) <= w {
		return first + mid + tail
	}
	room := w - c.width(mid)
	if room < crumbFirstMin+2 {
		// Too narrow for the first part's readable share and a cell of
		// the last: the department alone, cut, says the most.
		return c.truncate(full, w, "…")
	}
	// The first keeps what the last leaves, but never less than its
	// readable share; the last has the rest, cut at its end.
	firstW := min(c.width(first), max(crumbFirstMin, room-c.width(last)))
	return c.truncate(first, firstW, "…") + mid + c.truncate(last, room-firstW, "…")
}
