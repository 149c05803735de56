package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// searchLimit bounds the results listed; the count shows when there are more.
const searchLimit = 100

// searchResultsMsg carries a finished search. gen says which query it
// answers: results of a superseded query are dropped.
type searchResultsMsg struct {
	gen     int
	results []search.Result
	matches int // results that match by words, in all
}

// resultRow is one selectable line pair of the result list: a result, or
// one of its places when the result is expanded.
type resultRow struct {
	res   int // index into results
	place int // -1 for the result itself, else index into its Places
}

// searchModel is the duty search: an input, ranked results with their
// matched characters highlighted, and recent searches as a start state.
type searchModel struct {
	idx      *search.Index
	searcher *search.Searcher // narrows as the query grows, drops superseded searches
	input    textinput.Model
	query    string
	gen      int
	cancel   context.CancelFunc
	results  []search.Result
	matches  int
	expanded map[int]bool
	rows     []resultRow
	cursor   int
	offset   int
	recent   []string
	width    int
	height   int
}

func newSearch(idx *search.Index) searchModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.CharLimit = 200
	return searchModel{idx: idx, searcher: search.NewSearcher(idx), input: in, expanded: map[int]bool{}}
}

// warm builds the index in the background, so that the first search does
// not wait for it and the first frame never does.
func (s *searchModel) warm(model.Lang) tea.Cmd {
	idx := s.idx
	return func() tea.Msg {
		idx.Prepare()
		return nil
	}
}

func (s *searchModel) setSize(w, h int) {
	s.width, s.height = max(w, 0), max(h, 0)
	s.input.SetWidth(max(w-16, 1))
	s.clamp()
}

// open focuses the input; the previous query stays so a search can be
// refined after looking at a result.
func (s *searchModel) open() tea.Cmd {
	s.input.CursorEnd()
	return s.input.Focus()
}

// run starts the search for the input's text in the background, cancelling
// the one still running: typing ahead never queues stale work.
func (s *searchModel) run(lang model.Lang) tea.Cmd {
	s.query = s.input.Value()
	s.gen++
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	q := search.Parse(s.query)
	if len(q.Terms) == 0 {
		s.setResults(nil)
		s.matches = 0
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	// Started here, in key order: a search whose goroutine runs late can
	// never pass for a newer one.
	gen, find := s.gen, s.searcher.Start(q, lang, searchLimit)
	return func() tea.Msg {
		res, err := find(ctx)
		if err != nil {
			return nil // superseded or cancelled: a newer search is on its way
		}
		return searchResultsMsg{gen: gen, results: res.List, matches: res.Matches}
	}
}

func (s *searchModel) setResults(res []search.Result) {
	s.results = res
	clear(s.expanded)
	s.cursor, s.offset = 0, 0
	s.rebuild()
}

func (s *searchModel) rebuild() {
	s.rows = s.rows[:0]
	for i, r := range s.results {
		s.rows = append(s.rows, resultRow{res: i, place: -1})
		if s.expanded[i] {
			for p := range r.Places {
				s.rows = append(s.rows, resultRow{res: i, place: p})
			}
		}
	}
	s.clamp()
}

// rowHeight is two lines: the text, then where it is.
const rowHeight = 2

func (s *searchModel) visibleRows() int { return max((s.height-2)/rowHeight, 1) }

func (s *searchModel) clamp() {
	n := len(s.rows)
	if s.query == "" {
		n = len(s.recent)
	}
	s.cursor = min(max(s.cursor, 0), max(n-1, 0))
	v := s.visibleRows()
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.cursor >= s.offset+v {
		s.offset = s.cursor - v + 1
	}
	s.offset = min(max(s.offset, 0), max(n-v, 0))
}

func (s *searchModel) move(d int) { s.cursor += d; s.clamp() }

// selected returns the node under the cursor, or nil.
func (s *searchModel) selected() *model.Node {
	if s.cursor >= len(s.rows) || s.query == "" {
		return nil
	}
	r := s.rows[s.cursor]
	res := s.results[r.res]
	if r.place >= 0 {
		return res.Places[r.place]
	}
	return res.Node
}

// toggleGroup expands or folds the places of the result under the cursor.
func (s *searchModel) toggleGroup() {
	if s.cursor >= len(s.rows) {
		return
	}
	i := s.rows[s.cursor].res
	if len(s.results[i].Places) < 2 {
		return
	}
	s.expanded[i] = !s.expanded[i]
	s.rebuild()
	for j, r := range s.rows {
		if r.res == i && r.place == -1 {
			s.cursor = j
			break
		}
	}
	s.clamp()
}

// remember adds a query to the recent searches of this session.
func (s *searchModel) remember(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		return
	}
	s.recent = slices.DeleteFunc(s.recent, func(r string) bool { return r == q })
	s.recent = append([]string{q}, s.recent...)
	if len(s.recent) > 8 {
		s.recent = s.recent[:8]
	}
}

// viewLines draws the input line, a rule and the results: height lines of
// width cells.
func (s *searchModel) viewLines(st *Styles, lang model.Lang) []string {
	lines := make([]string, 0, s.height)
	count := ""
	if s.query != "" {
		count = fmt.Sprintf(resultCount[lang], s.matches)
	}
	lines = append(lines, spread(s.input.View(), st.StatusDim.Render(count), s.width))
	lines = append(lines, st.Border.Render(strings.Repeat("─", s.width)))
	switch {
	case s.query == "":
		lines = append(lines, s.startLines(st, lang)...)
	case len(s.results) == 0:
		lines = append(lines, padRight(" "+st.StatusDim.Render(noResults[lang]), s.width))
	default:
		for i := s.offset; i < len(s.rows) && len(lines)+rowHeight <= s.height; i++ {
			lines = append(lines, s.resultLines(st, lang, s.rows[i], i == s.cursor)...)
		}
	}
	blank := strings.Repeat(" ", s.width)
	for len(lines) < s.height {
		lines = append(lines, blank)
	}
	return lines[:s.height]
}

var (
	resultCount = [model.NumLangs]string{"%d found", "找到 %d 条"}
	noResults   = [model.NumLangs]string{"Nothing matches. Try fewer letters, or another language's words.", "没有匹配项。试试少输几个字，或换用另一种语言。"}
)

// startLines is the empty query's screen: how to search, examples, and the
// searches made earlier in this session.
func (s *searchModel) startLines(st *Styles, lang model.Lang) []string {
	var out []string
	add := func(text string) { out = append(out, padRight(text, s.width)) }
	for _, l := range strings.Split(searchIntro[lang], "\n") {
		add(" " + st.StatusDim.Render(l))
	}
	if len(s.recent) > 0 {
		add("")
		add(" " + st.Label.Render(recentTitle[lang]))
		for i, q := range s.recent {
			text := "   " + q
			if i == s.cursor {
				add(st.RowSelected.Render(padRight(ansi.Truncate(text, s.width, "…"), s.width)))
				continue
			}
			add(text)
		}
	}
	return out
}

var (
	searchIntro = [model.NumLangs]string{
		"Type to search every duty, section and department.\n\n" +
			"  set prices      words, in any form; a question works too\n" +
			"  'brand          an exact phrase\n" +
			"  d:sales visit   only the sales department\n" +
			"  定价            Chinese words find English duties too\n\n" +
			"↑/↓ move · enter go to it · tab show all places · esc back",
		"输入文字，搜索所有职责、部门及其组成部分。\n\n" +
			"  制定价格        按词查找，也可以直接提问\n" +
			"  '品牌           精确匹配\n" +
			"  d:sales 拜访    只搜销售部\n" +
			"  set prices      英文也能找到中文职责\n\n" +
			"↑/↓ 移动 · enter 跳转 · tab 展开所有位置 · esc 返回",
	}
	recentTitle = [model.NumLangs]string{"Recent searches", "最近的搜索"}
)

// resultLines draws one result (or one of its places) as two lines of
// exactly the list's width. Widths are measured once per string: this runs
// for every visible result on every keystroke.
func (s *searchModel) resultLines(st *Styles, lang model.Lang, r resultRow, selected bool) []string {
	res := s.results[r.res]
	w := s.width
	gutter := " "
	if selected {
		gutter = st.Marker.Render("┃")
	}
	if r.place >= 0 {
		n := res.Places[r.place]
		return []string{
			gutter + fitPlain("   ↳ "+oneLine(n.Owner(lang)), w-1, st.Row),
			gutter + fitPlain("     "+oneLine(n.Title.In(lang)), w-1, st.StatusDim),
		}
	}
	badge := ""
	if len(res.Places) > 1 {
		mark := "▸"
		if s.expanded[r.res] {
			mark = "▾"
		}
		badge = fmt.Sprintf(placesBadge[lang], mark, len(res.Places))
	}
	if res.Lang != lang {
		badge = strings.TrimSpace(badge + " " + fmt.Sprintf(matchedIn[lang], res.Lang.Name()))
	}
	bw := ansi.StringWidth(badge)
	if bw > w/2 {
		badge, bw = "", 0
	}
	mark := kindMark(res.Node)
	room := max(w-1-2-bw-1, 1)
	text, tw := highlight(oneLine(res.Node.Title.In(res.Lang)), res.Positions, st, room)
	line1 := gutter + mark + text + strings.Repeat(" ", max(w-1-2-tw-bw, 0)) + st.StatusDim.Render(badge)
	line2 := gutter + fitPlain("  "+oneLine(res.Node.Owner(lang)), w-1, st.StatusDim)
	return []string{line1, line2}
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

var (
	placesBadge = [model.NumLangs]string{"%s %d places", "%s %d 处"}
	matchedIn   = [model.NumLangs]string{"matched in %s", "匹配自%s"}
)

// kindMark tells a duty from a section or department in the list.
func kindMark(n *model.Node) string {
	switch {
	case n.Kind.IsLeaf():
		return "• "
	case n.Kind.IsDocument():
		return "■ "
	default:
		return "▸ "
	}
}

// highlight styles the runes at positions (rune indices into text) and cuts
// the result to width cells. Positions are runes, not bytes, so CJK and
// accented text light up exactly the characters that matched. The text is
// cut before styling, and styles are applied as precomputed escape spans:
// this runs for every visible result on every keystroke.
func highlight(text string, positions []int, st *Styles, width int) (string, int) {
	tw := ansi.StringWidth(text)
	if tw > width {
		text = ansi.Truncate(text, width, "…")
		tw = ansi.StringWidth(text)
	}
	match, row := st.matchSpan, st.rowSpan
	var b strings.Builder
	b.Grow(len(text) + 16*len(positions))
	p, on, i := 0, false, 0
	b.WriteString(row.open)
	for _, r := range text {
		for p < len(positions) && positions[p] < i {
			p++
		}
		want := p < len(positions) && positions[p] == i
		if want != on {
			if want {
				b.WriteString(row.close + match.open)
			} else {
				b.WriteString(match.close + row.open)
			}
			on = want
		}
		b.WriteRune(r)
		i++
	}
	if on {
		b.WriteString(match.close)
	} else {
		b.WriteString(row.close)
	}
	return b.String(), tw
}

// span is the escape sequences that open and close a style, so hot paths
// can wrap text without a full lipgloss render each time.
type span struct{ open, close string }

func spanOf(s lipgloss.Style) span {
	r := s.Render("\x00")
	i := strings.IndexByte(r, 0)
	if i < 0 {
		return span{}
	}
	return span{r[:i], r[i+1:]}
}

func padRight(s string, w int) string {
	if sw := ansi.StringWidth(s); sw < w {
		return s + strings.Repeat(" ", w-sw)
	}
	return ansi.Truncate(s, w, "")
}
