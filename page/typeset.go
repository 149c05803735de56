package page

import (
	"strings"

	"github.com/dutymap/dutymap/internal/linebreak"
)

// Pages are laid out for any terminal: each grapheme cluster counts as
// the wider of the two ways terminals count it (linebreak.Widest), so a
// page fits whether the terminal counts per code point or per cluster.
const counting = linebreak.Widest

// Width is the number of cells s takes on a terminal, escape sequences
// excluded. Each grapheme cluster counts as the wider of the two ways
// terminals count it: per code point (wcwidth, what Bubble Tea's renderer
// and tmux use unless the terminal reports mode 2027) and per cluster
// (mode 2027). So 💅🏻 counts 4 (wcwidth: 2+2) and ❤️ counts 2 (cluster),
// and text laid out to Width fits on either kind of terminal.
func Width(s string) int { return counting.Width(s) }

// clusterWidth is the cells of one grapheme cluster whose per-cluster
// width is gw.
func clusterWidth(cluster string, gw int) int { return counting.Cluster(cluster, gw) }

// Sentinels mark places in Glamour's output for the typesetter. They are
// private-use characters; Prepare removes them from content, so any found
// after rendering were put there by dutymap's styles or by Prepare.
const (
	// hangMark is where a block's text starts: wrapped lines continue
	// under it (a list item's text, not its bullet).
	hangMark = '\uE000'
	// breakMark is a forced line break inside a block (<br>, a hard break).
	breakMark = '\uE001'
	// tableMark, followed by a number, stands for a table laid out by the
	// typesetter.
	tableMark = '\uE002'
	// cellMark starts one table cell when cells are rendered for a table.
	cellMark = '\uE003'
	// flankMark stands between an emphasis delimiter and CJK text so that
	// CommonMark's flanking rules let it open or close (see
	// editor.cjkEmphasis); render removes it from Glamour's output.
	flankMark = '\uE004'
)

const (
	hangMarkS  = string(hangMark)
	breakMarkS = string(breakMark)
	tableMarkS = string(tableMark)
	flankMarkS = string(flankMark)
	cellMarkS  = string(cellMark)
)

// wrapStyled breaks styled text into lines no wider than width cells with
// the one line breaker the explorer uses too (kinsoku, Latin words whole,
// styles carried across line ends). state is the SGR in force where s
// starts; a breakMark always ends the line.
func wrapStyled(s string, width int, state string) []string {
	return counting.WrapStyled(forcedBreaks(s), width, state)
}

// longestWord is the narrowest a column holding s can be without
// splitting a word.
func longestWord(s string) int { return counting.LongestWord(forcedBreaks(s)) }

// forcedBreaks turns breakMarks into the newlines the line breaker ends
// lines at (the typesetter's blocks hold no newline of their own).
func forcedBreaks(s string) string { return strings.ReplaceAll(s, breakMarkS, "\n") }
