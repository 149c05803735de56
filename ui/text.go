package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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

func (c cells) width(s string) int { return c.m.StringWidth(s) }

func (c cells) truncate(s string, w int, tail string) string { return c.m.Truncate(s, w, tail) }

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

// wrap wraps text to w cells, breaking words only when one is wider than
// the column; CJK text breaks between characters.
func (c cells) wrap(text string, w int) []string {
	if w <= 0 {
		return nil
	}
	return strings.Split(c.m.Wrap(oneLine(text), w, ""), "\n")
}

// wrapPlain wraps plain text, line breaks kept, to width cells.
func (c cells) wrapPlain(text string, width int) []string {
	return c.padLines(c.m.Hardwrap(c.m.Wordwrap(text, max(width-2, 1), ""), width, true), width)
}

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

// crumb joins parts with " › " in at most w cells, cutting in the middle:
// the first part says where, the last says who, so both stay and the parts
// between give way to "…" first. Only when the first and last parts alone
// are too wide is the first cut, then the last.
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
	room := w - c.width(mid) - c.width(tail)
	if room >= min(c.width(first), 6) {
		return c.truncate(first, room, "…") + mid + tail
	}
	// Even the last part is too long: it keeps its start, which names it.
	return c.truncate("…"+crumbSep+tail, w, "…")
}
