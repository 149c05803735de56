package linebreak

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/width"
)

// Wrap breaks text (which may carry SGR styles) into lines no wider than
// width cells. A line may end at a space (the spaces there are dropped)
// and between two characters of which one is a CJK character, except
// where kinsoku shori forbids it: no line starts with closing punctuation
// (、。，；：？！）」』” …) and none ends with opening punctuation (（「『“),
// "……" and "——" stay whole, and a word joiner (U+2060) joins the
// characters on either side of it. A word is split only when it is wider
// than a whole line, after a separator such as / or - if it has one in
// its second half. A newline ends the line. Styles open at a line end are
// closed there and opened again on the next line, so each line can be
// drawn, padded or cut on its own.
func (c Counting) Wrap(text string, width int) []string {
	return c.WrapStyled(text, width, "")
}

// WrapStyled is Wrap for text that starts with the SGR sequences state in
// force (the style of a prefix drawn before it).
func (c Counting) WrapStyled(text string, width int, state string) []string {
	lines, _ := c.wrap(text, width, state)
	return lines
}

// Clip is Wrap in at most n lines: when the text needs more, the last
// line holds the rest of it, cut to width with tail ("…") at its end.
func (c Counting) Clip(text string, width, n int, tail string) []string {
	lines, starts := c.wrap(text, width, "")
	if n <= 0 || len(lines) <= n {
		return lines
	}
	at := starts[n-1]
	rest := SGRAfter("", text[:at]) + text[at:]
	rest = strings.ReplaceAll(rest, "\n", " ")
	m := ansi.GraphemeWidth
	if c == PerCodePoint {
		m = ansi.WcWidth
	}
	last := m.Truncate(rest, max(width, 1), tail)
	for w := width - 1; w > 0 && c.Width(last) > width; w-- {
		last = m.Truncate(rest, w, tail) // Widest counts some clusters wider
	}
	if SGRAfter("", last) != "" {
		last += ansi.ResetStyle
	}
	return append(lines[:n-1], last)
}

// wrap lays text out and says where in it each line starts.
func (c Counting) wrap(text string, width int, state string) (lines []string, starts []int) {
	wr := &wrapper{s: text, width: max(width, 1), state: state, fresh: true, start: -1}
	var pending []token
	for _, t := range c.tokenize(text) {
		wr.at = t.start
		switch t.kind {
		case spaceToken:
			pending = append(pending, t)
			continue
		case breakToken:
			wr.dropSpaces(pending)
			pending = nil
			wr.endLine()
			continue
		}
		spaceW := 0
		for _, p := range pending {
			spaceW += p.w
		}
		switch {
		case wr.fresh:
			wr.dropSpaces(pending)
		case wr.lineW+spaceW+t.w <= wr.width:
			for _, p := range pending {
				wr.put(wr.text(p), p.w)
			}
		default:
			wr.dropSpaces(pending)
			wr.endLine()
		}
		pending = nil
		wr.word(c, t)
	}
	wr.at = len(text)
	wr.dropSpaces(pending)
	wr.endLine()
	return wr.lines, wr.starts
}

// LongestWord is the width of the widest piece of text that Wrap keeps on
// one line when it can: the narrowest a column can be without splitting a
// word.
func (c Counting) LongestWord(text string) int {
	w := 0
	for _, t := range c.tokenize(text) {
		if t.kind == wordToken {
			w = max(w, t.w)
		}
	}
	return w
}

// A token is a piece of text that is never broken: a word, a CJK
// character with the punctuation that must stay beside it, a run of
// spaces, or a forced break. It is the bytes [start, end) of the text and
// may hold escape sequences.
type token struct {
	start, end int
	w          int
	kind       tokenKind
	first      rune  // the first and last printable characters, for kinsoku
	last       rune  //
	splits     []int // offsets from start where an over-long word may break
}

type tokenKind uint8

const (
	wordToken tokenKind = iota
	spaceToken
	breakToken
)

// tokenize splits styled text into tokens. A break is possible at spaces,
// and between characters where at least one side is a CJK character
// (ideographs, kana, hangul, fullwidth forms, wide emoji), except before
// closing punctuation and after opening punctuation.
func (c Counting) tokenize(s string) []token {
	var out []token
	cur := token{}
	var prev, prev2 rune // the last printable characters of cur, the last one last
	prevWide := false
	joined := false // a word joiner (U+2060) since prev: no break before the next character
	flush := func(at int) {
		if cur.end > cur.start {
			out = append(out, cur)
		}
		cur = token{start: at, end: at}
	}
	for i := 0; i < len(s); {
		seq, gw, n := decode(s, i)
		at := i
		i += n
		if seq == "\n" {
			flush(at)
			out = append(out, token{start: at, end: i, kind: breakToken})
			cur = token{start: i, end: i}
			prev2, prev, prevWide = 0, 0, false
			continue
		}
		if seq == "\u2060" {
			cur.end, joined = i, cur.first != 0 // UAX #14 WJ: no break on either side
			continue
		}
		if !IsPrintable(seq) {
			cur.end = i // escape sequences ride with the text around them
			continue
		}
		r := baseRune(seq)
		w := c.Cluster(seq, gw)
		if seq == " " || seq == "\u3000" { // not a space carrying a mark: that is drawn
			if cur.kind != spaceToken && cur.first != 0 {
				flush(at)
			}
			cur.kind = spaceToken
			cur.end = i
			cur.w += w
			if cur.first == 0 {
				cur.first = r
			}
			cur.last = r
			prev2, prev, prevWide = 0, r, false
			continue
		}
		wide := IsWide(r)
		switch {
		case cur.kind == spaceToken:
			flush(at)
		case cur.first != 0 && (wide || prevWide) && !IsClosing(r) && !IsOpening(prev) && !inseparable(prev, r) && !joined:
			flush(at)
		case cur.first != 0 && prev != 0 && breaksAfter(prev) && !wide && !inNumber(prev2, prev, r):
			// Inside a long run such as a URL: remember a place to break
			// if the run is wider than a whole line.
			cur.splits = append(cur.splits, at-cur.start)
		}
		if cur.first == 0 {
			cur.first = r
		}
		cur.end = i
		cur.w += w
		cur.last = r
		prev2, prev, prevWide = prev, r, wide
		joined = false
	}
	flush(len(s))
	return glueKinsoku(out)
}

// baseRune is the character a cluster shows as, for kinsoku: its first
// code point, past any prepended concatenation mark (Unicode's Prepend
// class, such as U+0600 ARABIC NUMBER SIGN), which joins the character
// after it into one cluster: "\u0600(" is an opening bracket.
func baseRune(cluster string) rune {
	for i, r := range cluster {
		if !isPrepend(r) || i+utf8.RuneLen(r) == len(cluster) {
			return r
		}
	}
	return 0
}

// isPrepend reports the characters of Unicode 15's Grapheme_Cluster_Break
// = Prepend class.
func isPrepend(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06DD, r == 0x070F, r == 0x0890, r == 0x0891, r == 0x08E2,
		r == 0x0D4E, r == 0x110BD, r == 0x110CD, r == 0x111C2, r == 0x111C3, r == 0x1193F, r == 0x11941,
		r == 0x11A3A, r >= 0x11A84 && r <= 0x11A89, r == 0x11D46, r == 0x11F02:
		return true
	}
	return false
}

// glueKinsoku joins a space to its neighbours where breaking there would
// start a line with closing punctuation or end one with an opening bracket
// ("word 。", "( word").
func glueKinsoku(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == spaceToken && len(out) > 0 && i+1 < len(toks) &&
			out[len(out)-1].kind == wordToken && toks[i+1].kind == wordToken &&
			(IsClosing(toks[i+1].first) || IsOpening(out[len(out)-1].last)) {
			p := &out[len(out)-1]
			next := toks[i+1]
			for _, off := range next.splits {
				p.splits = append(p.splits, next.start-p.start+off)
			}
			p.end = next.end
			p.w += t.w + next.w
			p.last = next.last
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

// IsWide reports characters set in CJK fashion, between which lines may
// break without a space: East Asian wide and fullwidth characters.
func IsWide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// closing lists what may not start a line: CJK and Latin closing
// punctuation, iteration marks, small kana and the prolonged sound mark.
const closing = "、。，．・：；？！）」』】〕〉》〙〗｝］〞”’»›ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ‥…—～〜%％)]},.:;!?｣"

// opening lists what may not end a line.
const opening = "（「『【〔〈《〘〖｛［〝“‘«‹([{｢"

// IsClosing reports punctuation that may not start a line.
func IsClosing(r rune) bool { return r != 0 && strings.ContainsRune(closing, r) }

// IsOpening reports punctuation that may not end a line.
func IsOpening(r rune) bool { return r != 0 && strings.ContainsRune(opening, r) }

// inseparable reports pairs kept together: "……" and "——".
func inseparable(a, b rune) bool { return a == b && (a == '…' || a == '—' || a == '‥') }

// breaksAfter lists where a word too wide for a line may be broken: after
// the separators of paths, URLs and compounds.
func breaksAfter(r rune) bool { return strings.ContainsRune("/-_.?&=#:,", r) }

// inNumber reports whether sep, between the characters before and after
// it, holds a number together: the dot of 2.3 or 3.1.4, the comma of
// 1,000, the colon of 10:30 (Unicode's line breaking, UAX #14, LB25: no
// break around an infix separator between digits).
func inNumber(before, sep, after rune) bool {
	return (sep == '.' || sep == ',' || sep == ':') && unicode.IsDigit(before) && unicode.IsDigit(after)
}

// wrapper lays tokens out in lines at most width cells wide, carrying
// the SGR state across line ends: each line ends with a reset if a style
// is open and the next line reopens it.
type wrapper struct {
	s      string // the text the tokens are in
	width  int
	lines  []string
	starts []int // where in s each line's text starts
	start  int   // where the current line's text starts, -1 before any
	at     int   // where the token being placed starts
	line   strings.Builder
	lineW  int
	state  string // SGR sequences in force, since the last reset
	fresh  bool   // nothing printable on the line yet
}

func (wr *wrapper) text(t token) string { return wr.s[t.start:t.end] }

// word places a token, breaking it only if it is wider than a whole line.
// A character wider than a whole line (a wide character on a line of one
// cell, an emoji sequence on a narrow one) stands alone on its line.
func (wr *wrapper) word(c Counting, t token) {
	for wr.lineW+t.w > wr.width {
		head, tail, ok := wr.split(c, t, wr.width-wr.lineW, wr.fresh)
		if !ok {
			if !wr.fresh {
				wr.endLine()
				continue
			}
			break // a single character wider than the line
		}
		wr.place(head)
		wr.endLine()
		t = tail
	}
	wr.place(t)
}

// place puts a word (or a piece of one) on the line.
func (wr *wrapper) place(t token) {
	if wr.start < 0 {
		wr.start = t.start
	}
	wr.put(wr.text(t), t.w)
}

// split cuts t so the head is at most room cells, preferring a place
// after a separator ("/", "-") in its second half. With force, a first
// character wider than room is cut off alone.
func (wr *wrapper) split(c Counting, t token, room int, force bool) (head, tail token, ok bool) {
	if room <= 0 {
		return head, tail, false
	}
	text := wr.text(t)
	cut, cutW, lastOK, lastOKW, w := -1, 0, -1, 0, 0
	splits := t.splits
	for i := 0; i < len(text); {
		seq, gw, n := decode(text, i)
		if IsPrintable(seq) {
			cw := c.Cluster(seq, gw)
			if w+cw > room && !(force && w == 0) {
				break
			}
			w += cw
		}
		i += n
		if w > 0 {
			lastOK, lastOKW = i, w
		}
		for len(splits) > 0 && splits[0] < i {
			splits = splits[1:]
		}
		if len(splits) > 0 && splits[0] == i && w*2 >= room {
			cut, cutW = i, w
		}
	}
	if cut < 0 {
		cut, cutW = lastOK, lastOKW
	}
	if cut <= 0 || cut >= len(text) {
		return head, tail, false
	}
	head = token{start: t.start, end: t.start + cut, w: cutW}
	tail = token{start: t.start + cut, end: t.end, w: t.w - cutW, kind: wordToken}
	for _, off := range t.splits {
		if off > cut {
			tail.splits = append(tail.splits, off-cut)
		}
	}
	return head, tail, true
}

func (wr *wrapper) put(s string, w int) {
	if wr.line.Len() == 0 && wr.state != "" {
		wr.line.WriteString(wr.state)
	}
	wr.line.WriteString(s)
	wr.lineW += w
	if w > 0 {
		wr.fresh = false
	}
	wr.state = SGRAfter(wr.state, s)
}

// dropSpaces discards spaces at a line break but keeps their escape
// sequences, which may open or close a style.
func (wr *wrapper) dropSpaces(ts []token) {
	for _, t := range ts {
		if seqs := escapesOnly(wr.text(t)); seqs != "" {
			wr.put(seqs, 0)
		}
	}
}

func (wr *wrapper) endLine() {
	if wr.state != "" {
		wr.line.WriteString(ansi.ResetStyle)
	}
	wr.lines = append(wr.lines, wr.line.String())
	if wr.start < 0 {
		wr.start = wr.at
	}
	wr.starts = append(wr.starts, wr.start)
	wr.start = -1
	wr.line.Reset()
	wr.lineW = 0
	wr.fresh = true
}

// SGRAfter returns the SGR state after writing s in state: sequences
// accumulate until a reset (ESC[m or ESC[0m) clears them.
func SGRAfter(state, s string) string {
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return state
		}
		s = s[i:]
		end := 2
		for end < len(s) && s[end] >= 0x20 && s[end] <= 0x3f {
			end++
		}
		if end >= len(s) {
			return state
		}
		if s[end] == 'm' {
			switch params := s[2:end]; {
			case params == "" || params == "0":
				state = ""
			case strings.HasPrefix(params, "0;"):
				state = s[:end+1]
			default:
				state += s[:end+1]
			}
		}
		s = s[end+1:]
	}
}

// escapesOnly keeps the escape sequences of s and drops its text.
func escapesOnly(s string) string {
	if !strings.Contains(s, "\x1b") {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		seq, _, n, _ := ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
		if strings.HasPrefix(seq, "\x1b") {
			b.WriteString(seq)
		}
		i += n
	}
	return b.String()
}
