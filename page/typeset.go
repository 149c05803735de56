package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/width"
)

// Width is the number of cells s takes on a terminal, escape sequences
// excluded. Each grapheme cluster counts as the wider of the two ways
// terminals count it: per code point (wcwidth, what Bubble Tea's renderer
// and tmux use unless the terminal reports mode 2027) and per cluster
// (mode 2027). So 💅🏻 counts 4 (wcwidth: 2+2) and ❤️ counts 2 (cluster),
// and text laid out to Width fits on either kind of terminal.
func Width(s string) int {
	w := 0
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			w++
			i++
			continue
		}
		seq, cw, n, _ := ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
		if cw > 0 || isPrintable(seq) {
			w += clusterWidth(seq, cw)
		}
		i += n
	}
	return w
}

// clusterWidth is the cells of one grapheme cluster whose per-cluster
// width is gw: the wider of that and its wcwidth sum.
func clusterWidth(cluster string, gw int) int {
	if len(cluster) == 1 {
		return gw
	}
	return max(gw, ansi.StringWidthWc(cluster))
}

// isPrintable reports a decoded piece that is text rather than an escape
// sequence or control character.
func isPrintable(seq string) bool {
	if seq == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(seq)
	return r >= 0x20 && r != 0x7f && (r < 0x80 || r > 0x9f)
}

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
)

const (
	hangMarkS  = string(hangMark)
	breakMarkS = string(breakMark)
	tableMarkS = string(tableMark)
	cellMarkS  = string(cellMark)
)

// A token is a piece of a line the typesetter never breaks: a word, a
// CJK character with the punctuation that must stay beside it, a run of
// spaces, or a forced break. text may hold SGR sequences.
type token struct {
	text   string
	w      int
	kind   tokenKind
	first  rune // the first and last printable characters, for kinsoku
	last   rune
	splits []int // byte offsets inside text where an over-long word may break
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
// closing punctuation and after opening punctuation (kinsoku shori):
// no line starts with 、。，）」 and no line ends with （「.
func tokenize(s string) []token {
	var out []token
	cur := token{}
	var prev rune // last printable character of cur
	prevWide := false
	flush := func() {
		if cur.text != "" {
			out = append(out, cur)
		}
		cur = token{}
	}
	for i := 0; i < len(s); {
		var seq string
		var gw, n int
		if c := s[i]; c >= 0x20 && c < 0x7f {
			seq, gw, n = s[i:i+1], 1, 1
		} else {
			seq, gw, n, _ = ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
		}
		i += n
		if seq == breakMarkS {
			flush()
			out = append(out, token{text: breakMarkS, kind: breakToken})
			prev, prevWide = 0, false
			continue
		}
		if !isPrintable(seq) {
			cur.text += seq // escape sequences ride with the text around them
			continue
		}
		r, _ := utf8.DecodeRuneInString(seq)
		w := clusterWidth(seq, gw)
		if r == ' ' || r == '\u3000' {
			if cur.kind != spaceToken && cur.first != 0 {
				flush()
			}
			cur.kind = spaceToken
			cur.text += seq
			cur.w += w
			if cur.first == 0 {
				cur.first = r
			}
			cur.last = r
			prev, prevWide = r, false
			continue
		}
		wide := isWide(r)
		switch {
		case cur.kind == spaceToken:
			flush()
		case cur.first != 0 && (wide || prevWide) && !isClosing(r) && !isOpening(prev) && !inseparable(prev, r):
			flush()
		case cur.first != 0 && prev != 0 && breaksAfter(prev) && !wide:
			// Inside a long run such as a URL: remember a place to break
			// if the run is wider than a whole line.
			cur.splits = append(cur.splits, len(cur.text))
		}
		if cur.first == 0 {
			cur.first = r
		}
		cur.text += seq
		cur.w += w
		cur.last = r
		prev, prevWide = r, wide
	}
	flush()
	return glueKinsoku(out)
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
			(isClosing(toks[i+1].first) || isOpening(out[len(out)-1].last)) {
			p := &out[len(out)-1]
			next := toks[i+1]
			for _, off := range next.splits {
				t.splits = append(t.splits, len(p.text)+len(t.text)+off)
			}
			p.splits = append(p.splits, t.splits...)
			p.text += t.text + next.text
			p.w += t.w + next.w
			p.last = next.last
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

// isWide reports characters set in CJK fashion, between which lines may
// break without a space: East Asian wide and fullwidth characters.
func isWide(r rune) bool {
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

func isClosing(r rune) bool { return r != 0 && strings.ContainsRune(closing, r) }
func isOpening(r rune) bool { return r != 0 && strings.ContainsRune(opening, r) }

// inseparable reports pairs kept together: "……" and "——".
func inseparable(a, b rune) bool { return a == b && (a == '…' || a == '—' || a == '‥') }

// breaksAfter lists where a word too wide for a line may be broken: after
// the separators of paths, URLs and compounds.
func breaksAfter(r rune) bool { return strings.ContainsRune("/-_.?&=#:,", r) }

// wrapper lays tokens out in lines at most width cells wide, carrying
// the SGR state across line ends: each line ends with a reset if a style
// is open and the next line reopens it.
type wrapper struct {
	width int
	lines []string
	line  strings.Builder
	lineW int
	state string // SGR sequences in force, since the last reset
	fresh bool   // nothing printable on the line yet
}

// wrapStyled breaks styled text into lines no wider than width cells.
// state is the SGR in force where s starts. Spaces at a break are dropped;
// a forced break (breakMark) always ends the line.
func wrapStyled(s string, width int, state string) []string {
	wr := &wrapper{width: max(width, 1), state: state, fresh: true}
	var pending []token
	for _, t := range tokenize(s) {
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
				wr.put(p.text, p.w)
			}
		default:
			wr.dropSpaces(pending)
			wr.endLine()
		}
		pending = nil
		wr.word(t)
	}
	wr.dropSpaces(pending)
	wr.endLine()
	return wr.lines
}

// word places a token, breaking it only if it is wider than a whole line.
func (wr *wrapper) word(t token) {
	for wr.lineW+t.w > wr.width {
		room := wr.width - wr.lineW
		head, tail, ok := splitToken(t, room)
		if !ok {
			if !wr.fresh {
				wr.endLine()
				continue
			}
			// Not even one character fits: an emoji wider than the line.
			break
		}
		wr.put(head.text, head.w)
		wr.endLine()
		t = tail
	}
	wr.put(t.text, t.w)
}

// splitToken cuts t so the head is at most room cells, preferring a
// place after a separator ("/", "-") in its second half.
func splitToken(t token, room int) (head, tail token, ok bool) {
	if room <= 0 {
		return head, tail, false
	}
	cut, cutW, lastOK, lastOKW, w := -1, 0, -1, 0, 0
	splits := t.splits
	for i := 0; i < len(t.text); {
		seq, gw, n, _ := ansi.DecodeSequence(t.text[i:], ansi.NormalState, nil)
		if isPrintable(seq) {
			cw := clusterWidth(seq, gw)
			if w+cw > room {
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
	if cut <= 0 || cut >= len(t.text) {
		return head, tail, false
	}
	head = token{text: t.text[:cut], w: cutW}
	tail = token{text: t.text[cut:], w: t.w - cutW, kind: wordToken}
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
	wr.state = sgrAfter(wr.state, s)
}

// dropSpaces discards spaces at a line break but keeps their escape
// sequences, which may open or close a style.
func (wr *wrapper) dropSpaces(ts []token) {
	for _, t := range ts {
		if seqs := escapesOnly(t.text); seqs != "" {
			wr.put(seqs, 0)
		}
	}
}

func (wr *wrapper) endLine() {
	if wr.state != "" {
		wr.line.WriteString(ansi.ResetStyle)
	}
	wr.lines = append(wr.lines, wr.line.String())
	wr.line.Reset()
	wr.lineW = 0
	wr.fresh = true
}

// sgrAfter returns the SGR state after writing s in state: sequences
// accumulate until a reset (ESC[m or ESC[0m) clears them.
func sgrAfter(state, s string) string {
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
