package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Every screen draws lines of exactly its width. These helpers measure in
// terminal cells (x/ansi), never in bytes or runes: CJK text is two cells
// a character.

// padRight pads or cuts s (which may carry styles) to exactly w cells.
func padRight(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw > w {
		// A wide character that does not fit is cut whole: pad after it.
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", max(w-sw, 0))
}

// padLines splits s and pads or cuts every line to width cells.
func padLines(s string, width int) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = padRight(l, width)
	}
	return lines
}

// fitLines makes lines exactly h lines of w cells: longer lines are cut,
// shorter ones padded, missing lines added.
func fitLines(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = padRight(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}

// spread puts left and right on one line of exactly width cells, cutting
// left first when they do not fit.
func spread(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	if rw > width {
		right, rw = ansi.Truncate(right, width, ""), width
	}
	left = ansi.Truncate(left, max(width-rw-1, 0), "…")
	gap := width - ansi.StringWidth(left) - rw
	return left + strings.Repeat(" ", max(gap, 0)) + right
}

// fitPlain cuts or pads plain text to exactly w cells and styles it.
func fitPlain(text string, w int, style lipgloss.Style) string {
	if w <= 0 {
		return ""
	}
	tw := ansi.StringWidth(text)
	if tw > w {
		text = ansi.Truncate(text, w, "…")
		tw = ansi.StringWidth(text)
	}
	return style.Render(text) + strings.Repeat(" ", max(w-tw, 0))
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
func crumb(parts []string, w int) string {
	for i := range parts {
		parts[i] = oneLine(parts[i])
	}
	full := strings.Join(parts, crumbSep)
	if w <= 0 || ansi.StringWidth(full) <= w {
		return ansi.Truncate(full, max(w, 0), "…")
	}
	if len(parts) == 1 {
		return ansi.Truncate(full, w, "…")
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
		if ansi.StringWidth(first+mid+next) > w {
			break
		}
		tail = next
	}
	room := w - ansi.StringWidth(mid) - ansi.StringWidth(tail)
	if room >= min(ansi.StringWidth(first), 6) {
		return ansi.Truncate(first, room, "…") + mid + tail
	}
	// Even the last part is too long: it keeps its start, which names it.
	return ansi.Truncate("…"+crumbSep+tail, w, "…")
}
