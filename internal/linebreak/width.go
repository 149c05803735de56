// Package linebreak lays text out in lines for a terminal: how many cells
// a piece of text takes, counted the way the terminal counts them, and
// where a line may end. It is the one line breaker of dutymap: the page
// typesetter (package page) and every screen of the explorer (package ui)
// wrap through it, so a Chinese line never starts with 。 or ）, a Latin
// word is never split unless it is wider than the whole line, and the
// spaces between Chinese and Latin words are kept, wherever text is shown.
package linebreak

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Counting is how a terminal counts the cells a grapheme cluster takes.
// Terminals disagree on emoji sequences only: 💅🏻 (emoji and skin tone)
// is 4 cells per code point and 2 per cluster, ❤️ (heart and variation
// selector) 1 and 2. CJK characters are 2 cells in all three countings.
type Counting uint8

const (
	// PerCodePoint sums wcwidth over the code points of a cluster: what
	// Bubble Tea's renderer and tmux do until the terminal reports
	// grapheme clustering (mode 2027).
	PerCodePoint Counting = iota
	// PerCluster counts each grapheme cluster as one character, as a
	// terminal that reports mode 2027 draws it.
	PerCluster
	// Widest counts each cluster as the wider of the two, so text laid out
	// by it fits on either kind of terminal (pages that `dutymap show`
	// prints to a terminal it cannot ask).
	Widest
)

// Of is the counting of a Bubble Tea width method.
func Of(m ansi.Method) Counting {
	if m == ansi.GraphemeWidth {
		return PerCluster
	}
	return PerCodePoint
}

// Width is the number of cells s takes, escape sequences and control
// characters excluded.
func (c Counting) Width(s string) int {
	switch c {
	case PerCodePoint:
		return ansi.StringWidthWc(s)
	case PerCluster:
		return ansi.StringWidth(s)
	}
	w := 0
	for i := 0; i < len(s); {
		seq, gw, n := decode(s, i)
		if IsPrintable(seq) {
			w += c.Cluster(seq, gw)
		}
		i += n
	}
	return w
}

// Decode reads the piece of s at i as the line breaker counts it: an
// escape sequence or control character (width 0), or a whole grapheme
// cluster with its width per cluster. Code that measures or cuts text
// piece by piece must read it with Decode, so it agrees with Width.
func Decode(s string, i int) (seq string, gw, n int) { return decode(s, i) }

// decode reads the piece of s at i: an escape sequence or control
// character (width 0), or a grapheme cluster with its width per cluster.
// (ansi.DecodeSequence reads a printable ASCII character alone even when a
// variation selector or combining mark makes it part of a wider cluster,
// as in the keycap "0️", which ansi.StringWidth counts as 2.)
func decode(s string, i int) (seq string, gw, n int) {
	if asciiAt(s, i) {
		return s[i : i+1], 1, 1
	}
	if b := s[i]; b >= 0x20 && b != 0x7f && !(b == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0) {
		cluster, w := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
		if cluster != "" {
			return cluster, w, len(cluster)
		}
	}
	seq, gw, n, _ = ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
	return seq, gw, n
}

// Cluster is the cells of one grapheme cluster whose width per cluster
// (as ansi.DecodeSequence gives it) is gw.
func (c Counting) Cluster(cluster string, gw int) int {
	if len(cluster) == 1 {
		return gw
	}
	switch c {
	case PerCodePoint:
		return ansi.StringWidthWc(cluster)
	case PerCluster:
		return gw
	}
	return max(gw, ansi.StringWidthWc(cluster))
}

// asciiAt reports a printable ASCII character at s[i] that is a grapheme
// cluster of its own (no combining mark or variation selector follows,
// as in the keycap "0️"): the common case, measured without decoding.
func asciiAt(s string, i int) bool {
	return s[i] >= 0x20 && s[i] < 0x7f && (i+1 == len(s) || s[i+1] < 0x80)
}

// IsPrintable reports a decoded piece (of ansi.DecodeSequence) that is
// text rather than an escape sequence or a control character.
func IsPrintable(seq string) bool {
	if seq == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(seq)
	return r >= 0x20 && r != 0x7f && (r < 0x80 || r > 0x9f)
}
