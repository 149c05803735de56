package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// searchLimit bounds the results listed; the count says when there are more.
const searchLimit = 100

// maxRecent is how many searches the start page remembers.
const maxRecent = 8

// searchState is what outlives one search screen: the engine, this
// session's recent searches and the last query, which the next search
// screen opens with, selected.
type searchState struct {
	engine *engine
	recent []string
	last   string
	start  [model.NumLangs]*startText // the start page's text (startFor)
}

func newSearchState(org *model.Org, ix *search.Index) *searchState {
	return &searchState{engine: newEngine(org, ix)}
}

// remember adds a query to the recent searches, most recent first.
func (s *searchState) remember(q string) {
	q = strings.TrimSpace(q)
	s.last = q
	if q == "" {
		return
	}
	s.recent = slices.DeleteFunc(s.recent, func(r string) bool { return r == q })
	s.recent = append([]string{q}, s.recent...)
	if len(s.recent) > maxRecent {
		s.recent = s.recent[:maxRecent]
	}
}

// searchResultsMsg carries a finished search to the screen that asked, for
// the query numbered gen: results of a superseded query are dropped.
type searchResultsMsg struct {
	to    *searchScreen
	gen   int
	found found
}

// resultRow is one selectable row of the result list: a result, or one of
// its places when the result is expanded.
type resultRow struct {
	res   int // index into results
	place int // -1 for the result itself, else index into its places
}

// rowHeight is two lines: the text, then where it is.
const rowHeight = 2

// searchScreen answers "who does X?": a query field, the ranked results
// with their matched characters highlighted and their owners, and beside
// them (when there is room) the selected result's page. With an empty
// query it shows how to search and the recent searches.
type searchScreen struct {
	sh      *shared
	input   field
	query   string
	lang    model.Lang // the language of the results shown
	gen     int
	cancel  context.CancelFunc
	running bool // the results of the query typed are on their way
	// enterLate: enter was pressed before the results of the query typed
	// arrived; it acts on them when they do, not on the stale ones.
	enterLate bool
	// left: the user left before the results came; search again on return.
	left    bool
	results []hit
	matches int // texts that match by their words, all of them
	partial int // texts that mention a lesser word of the query only, all of them
	// owners hold the matching duties, best first; the block above the
	// list shows as many as fit (ownerRows).
	owners []owner
	// role is the role the query asked about, if it did: the owners hold it.
	role *model.RACIRole
	// roleNote says why no unit holds role for the work found (found); it
	// takes the owners' place, under the role's heading.
	roleNote string
	// noMention: no duty mentions a word of the query (words), and the
	// results are the closest ones; missing: the words nothing mentions
	// when others are.
	noMention       bool
	together        bool // the words are mentioned apart, none together (search.Results.NotMentioned)
	words, missing  []string
	oneLang         bool               // see found
	otherOnly       search.OneLanguage // see found
	tooCommon       []string           // see found
	common, unknown []string           // see found
	corrected       []search.Correction
	readAs          *search.ReadAs
	compare         []*model.Node      // see found
	offered         []*model.Node      // see found
	chosen, doer    *model.Node        // see found
	outOfScope      *search.OutOfScope // see found
	through         []search.Through   // see found
	answer          model.Lang         // see found
	expanded        map[int]bool
	rows            []resultRow
	cursor          int // the selected result row, when no owner is
	owner           int // the selected owner, or -1
	offset          int
	preview         pageView
	lay             panes
	// reselect is what was selected when new content came (carry): the
	// first results on the new content select it again if they have it.
	reselect     *reselect
	wrappedStart startWrap // the start page's text, wrapped (startPage)
	// The note above the results and the role note, as written and
	// wrapped for the last frame (noteText, wrappedText).
	noteMade               madeNote
	noteClip, roleNoteClip wrappedText
}

// reselect names a selected result, or owner, by its node's path.
type reselect struct {
	path  string
	owner bool
}

type searchKeys struct {
	up, down, move, pageUp, pageDown, open, places, matrix, back key.Binding
	// On the start page: enter searches for the example or recent search
	// picked.
	pick key.Binding
	// On an owner: enter goes to it, tab to the duty that proves it.
	openOwner, proof key.Binding
}

var searchKeyMaps = perLang(func(w *words) searchKeys {
	k, s := w.keys, w.search
	return searchKeys{
		up:       bind("↑/ctrl+k", k.up, "up", "ctrl+k", "ctrl+p"),
		down:     bind("↓/ctrl+j", k.down, "down", "ctrl+j", "ctrl+n"),
		move:     bind("↑↓", k.move, "up", "down"),
		pageUp:   bind("pgup", k.pageUp, "pgup"),
		pageDown: bind("pgdn", k.pageDown, "pgdown"),
		open:     bind("enter", s.open, "enter"),
		places:   bind("tab", s.places, "tab"),
		matrix:   bind("ctrl+r", s.matrix, "ctrl+r"),
		back:     bind("esc", k.back, "esc"),
		pick:     bind("enter", s.pick, "enter"),

		openOwner: bind("enter", s.openOwner, "enter"),
		proof:     bind("tab", s.proof, "tab"),
	}
})

func newSearch(sh *shared) *searchScreen {
	return &searchScreen{sh: sh, input: newField(200), expanded: map[int]bool{}, preview: newPageView(sh), lang: sh.lang, owner: -1}
}

// start focuses the field on the last query, selected so that typing
// replaces it, and shows that query's results again.
func (s *searchScreen) start() tea.Cmd {
	return tea.Batch(s.input.focus(s.sh.search.last, true), s.run())
}

func (s *searchScreen) keys() *searchKeys { return &searchKeyMaps()[s.sh.lang] }

func (s *searchScreen) typing() bool { return true }

func (s *searchScreen) subject() *model.Node { return s.selected() }

func (s *searchScreen) layout(w, h int) tea.Cmd {
	s.lay = splitPanes(w, h, 3)
	s.preview.setSize(s.lay.page.w, s.lay.page.h)
	s.input.size(s.sh.cells, s.sh.w().search.prompt, s.fieldWidth())
	s.input.setStyles(s.sh.st)
	s.clamp()
	if s.lang != s.sh.lang || s.left { // the language changed, or the results never came: search again
		s.lang, s.left = s.sh.lang, false
		return tea.Batch(s.run(), s.refresh())
	}
	return s.refresh()
}

// leave stops a search still running: a screen away gets no messages, so
// its results would be lost. The search runs again if the user comes back;
// an enter pressed before they came is forgotten.
func (s *searchScreen) leave() {
	if s.running {
		s.cancel()
		s.cancel, s.running, s.enterLate, s.left = nil, false, false, true
	}
}

// run starts the search for the field's text in the background,
// cancelling the one still running: typing ahead never queues stale work.
func (s *searchScreen) run() tea.Cmd {
	s.query = s.input.value()
	s.gen++
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	eng := s.sh.search.engine
	s.running = false
	if eng.empty(s.query) {
		s.setResults(found{})
		s.cursor = s.firstPick()
		return nil
	}
	s.running = true
	s.fitField() // the query changed
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	// Started here, in key order: a search whose goroutine runs late can
	// never pass for a newer one.
	gen, find := s.gen, eng.start(s.query, s.sh.lang, searchLimit, s.sh.cells)
	return func() tea.Msg {
		f, err := find(ctx)
		if err != nil {
			return nil // superseded or cancelled: a newer search is on its way
		}
		return searchResultsMsg{to: s, gen: gen, found: f}
	}
}

func (s *searchScreen) setResults(f found) {
	s.results, s.matches, s.partial, s.owners, s.role, s.roleNote = f.hits, f.matches, f.partial, f.owners, f.role, f.roleNote
	s.noMention, s.together, s.words, s.missing, s.tooCommon = f.noMention, f.together, f.words, f.missing, f.tooCommon
	s.oneLang, s.otherOnly = f.oneLang, f.otherOnly
	s.common, s.unknown, s.corrected, s.readAs, s.through, s.answer = f.common, f.unknown, f.corrected, f.readAs, f.through, f.answer
	s.compare, s.outOfScope = f.compare, f.outOfScope
	s.offered, s.chosen, s.doer = f.offered, f.chosen, f.doer
	s.noteMade = madeNote{} // of the results before
	clear(s.expanded)
	s.cursor, s.offset, s.owner = 0, 0, -1
	s.rebuild()
	s.fitField() // the count beside the field changed
}

func (s *searchScreen) rebuild() {
	s.rows = s.rows[:0]
	for i, r := range s.results {
		s.rows = append(s.rows, resultRow{res: i, place: -1})
		if s.expanded[i] {
			for p := range r.places {
				s.rows = append(s.rows, resultRow{res: i, place: p})
			}
		}
	}
	s.clamp()
}

// onStartPage: the empty query's page, where the cursor moves over the
// examples and the recent searches (picks).
func (s *searchScreen) onStartPage() bool { return s.sh.search.engine.empty(s.query) }

func (s *searchScreen) visibleRows() int {
	return max((s.lay.list.h-s.blocks().results)/rowHeight, 1)
}

func (s *searchScreen) clamp() {
	n, v := len(s.rows), s.visibleRows()
	if s.onStartPage() {
		n = s.picks()
		v = n // startSkip keeps the pick on screen
	}
	if s.owner >= s.blocks().owners { // the window shrank under it
		s.owner = -1
	}
	s.cursor = min(max(s.cursor, 0), max(n-1, 0))
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.cursor >= s.offset+v {
		s.offset = s.cursor - v + 1
	}
	s.offset = min(max(s.offset, 0), max(n-v, 0))
}

// selectAgain selects the result or owner that was selected on the old
// content (reselect), when these results have it.
func (s *searchScreen) selectAgain() {
	r := s.reselect
	s.reselect = nil
	if r == nil {
		return
	}
	if r.owner {
		for i, o := range s.owners[:s.blocks().owners] {
			if o.node.Path == r.path {
				s.owner = i
				return
			}
		}
		return
	}
	for i, row := range s.rows {
		if s.results[row.res].node.Path == r.path {
			s.cursor = i
			s.clamp()
			return
		}
	}
}

// move moves the selection d rows: through the owners block, then the
// results below it, as one list.
func (s *searchScreen) move(d int) {
	if s.onStartPage() {
		s.cursor += d
		s.clamp()
		return
	}
	k := s.blocks().owners
	at := k + s.cursor // the selection as a row of owners and results together
	if s.owner >= 0 {
		at = s.owner
	}
	at = min(max(at+d, 0), k+max(len(s.rows), 1)-1)
	if at < k {
		s.owner = at
		return
	}
	s.owner, s.cursor = -1, at-k
	s.clamp()
}

// selectedOwner is the owner under the cursor, or nil.
func (s *searchScreen) selectedOwner() *owner {
	if s.owner < 0 || s.owner >= len(s.owners) || s.onStartPage() {
		return nil
	}
	return &s.owners[s.owner]
}

// selected returns the node under the cursor (an owner's department or
// position, or a result), or nil.
func (s *searchScreen) selected() *model.Node {
	if o := s.selectedOwner(); o != nil {
		return o.node
	}
	if s.onStartPage() || s.cursor >= len(s.rows) {
		return nil
	}
	r := s.rows[s.cursor]
	h := s.results[r.res]
	if r.place >= 0 {
		return h.places[r.place]
	}
	return h.node
}

// toggleGroup expands or folds the places of the result under the cursor.
func (s *searchScreen) toggleGroup() {
	if s.owner >= 0 || s.onStartPage() || s.cursor >= len(s.rows) {
		return
	}
	i := s.rows[s.cursor].res
	if len(s.results[i].places) < 2 {
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

// refresh shows the selected result's page beside the list.
func (s *searchScreen) refresh() tea.Cmd {
	if !s.lay.split {
		return nil
	}
	if n := s.selected(); n != nil {
		return s.preview.show(n)
	}
	s.preview.showText("\x00search", "")
	return nil
}

func (s *searchScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case searchResultsMsg:
		if msg.to == s && msg.gen == s.gen { // an older query's results are stale
			s.running = false
			s.setResults(msg.found)
			s.selectAgain()
			if s.enterLate {
				s.enterLate = false
				return s.enter()
			}
			return nil, s.refresh()
		}
	case pageRenderedMsg:
		s.preview.rendered(msg)
	case relatedMsg:
		return nil, s.preview.relatedFound(msg)
	case similarityReadyMsg:
		return nil, s.preview.similarityReady()
	case tea.PasteMsg:
		return nil, s.edit(msg)
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseClickMsg:
		return s.click(msg.Mouse())
	case tea.MouseWheelMsg:
		m := msg.Mouse()
		switch d := wheelDelta(m); {
		case d == 0:
		case s.lay.list.contains(m.X, m.Y):
			s.move(d / wheelStep)
			return nil, s.refresh()
		case s.lay.split && s.lay.page.contains(m.X, m.Y):
			s.preview.pg.scroll(d)
		}
	}
	return nil, nil
}

func (s *searchScreen) key(msg tea.KeyPressMsg) (intent, tea.Cmd) {
	k := s.keys()
	switch {
	case key.Matches(msg, k.back):
		// An abandoned search still counts as recent: it is often the one
		// to come back to.
		s.sh.search.remember(s.query)
		return back{}, nil
	case key.Matches(msg, k.up):
		s.move(-1)
	case key.Matches(msg, k.down):
		s.move(1)
	case key.Matches(msg, k.pageUp):
		s.move(-s.visibleRows())
	case key.Matches(msg, k.pageDown):
		s.move(s.visibleRows())
	case key.Matches(msg, k.places):
		if o := s.selectedOwner(); o != nil {
			return s.goTo(o.proofNode())
		}
		s.toggleGroup()
	case key.Matches(msg, k.matrix):
		if sc := s.scope(); len(sc.duties) > 0 {
			return open{newMatrix(s.sh, sc)}, nil
		}
	case key.Matches(msg, k.open):
		return s.enter()
	default:
		return nil, s.edit(msg)
	}
	return nil, s.refresh()
}

// edit feeds the field and searches again when the text changed.
func (s *searchScreen) edit(msg tea.Msg) tea.Cmd {
	changed, cmd := s.input.update(msg)
	if !changed {
		return cmd
	}
	return tea.Batch(cmd, s.run(), s.refresh())
}

// enter goes to the selected result, or searches for the example or the
// recent search picked on the start page.
func (s *searchScreen) enter() (intent, tea.Cmd) {
	if s.onStartPage() {
		q, ok := s.pick(s.cursor)
		if !ok {
			return nil, nil
		}
		cmd := s.input.focus(q, false)
		return nil, tea.Batch(cmd, s.run(), s.refresh())
	}
	if s.running {
		s.enterLate = true // typed fast: go to the first result of this query
		return nil, nil
	}
	return s.goTo(s.selected())
}

// goTo leaves for n in the tree (a result, an owner, an owner's proof);
// the query is remembered as a recent search.
func (s *searchScreen) goTo(n *model.Node) (intent, tea.Cmd) {
	if n == nil {
		return nil, nil
	}
	s.sh.search.remember(s.query)
	return goTo{n}, nil
}

// click selects the row under the pointer; a click on the selected row
// opens it, as enter does.
func (s *searchScreen) click(m tea.Mouse) (intent, tea.Cmd) {
	if m.Button != tea.MouseLeft || !s.lay.list.contains(m.X, m.Y) {
		return nil, nil
	}
	i := -1
	y := m.Y - s.lay.list.y
	b := s.blocks()
	switch {
	case s.onStartPage():
		if y >= b.results {
			i = s.pickAt(y - b.results + s.startSkip())
		}
	case y >= b.ownersTop && y < b.ownersTop+b.owners:
		return s.clickOwner(y-b.ownersTop, m.X-s.lay.list.x)
	case y >= b.results:
		if r := s.offset + (y-b.results)/rowHeight; r < len(s.rows) {
			i = r
		}
	}
	if i < 0 {
		return nil, nil
	}
	if i == s.cursor && s.owner < 0 {
		return s.enter()
	}
	s.cursor, s.owner = i, -1
	s.clamp()
	return nil, s.refresh()
}

// clickOwner selects owner i; a click on the selected owner goes to it,
// or, on the duty that proves it, to that duty.
func (s *searchScreen) clickOwner(i, x int) (intent, tea.Cmd) {
	if i != s.owner {
		s.owner = i
		return nil, s.refresh()
	}
	if x >= s.ownerColumns(s.ownerNames()).proof {
		return s.goTo(s.owners[i].proofNode())
	}
	return s.goTo(s.owners[i].node)
}

func (s *searchScreen) view() []string {
	list := s.listLines()
	if !s.lay.split {
		return list
	}
	return s.lay.join(s.sh.st, list, s.preview.view())
}

// fieldWidth is the search field's part of the list's top row: all but
// the room the count of results can need (every node found) and a space,
// so that the field keeps its width as counts come and go; a query too
// long for it takes the room the count shown now leaves (fitField).
func (s *searchScreen) fieldWidth() int {
	most := fmt.Sprintf(s.sh.w().search.count, len(s.sh.org.Nodes()))
	w := max(s.lay.list.w-s.sh.cells.width(most)-1, 1)
	need := s.sh.cells.width(s.sh.w().search.prompt) + s.sh.cells.width(s.input.value()) + 1 // the cursor after it
	if room := s.lay.list.w - s.sh.cells.width(s.countText()) - 1; need > w && room > w {
		// On a narrow row the room kept for the largest count dropped
		// the query's first characters while cells stood blank before
		// the count (tryout27 P8: "/ 责新产品开发    找到 21 条" at 28).
		w = min(need, room)
	}
	return w
}

// fitField sizes the field to fieldWidth, once the query or the count
// beside it changed: textinput scrolls its text to its width.
func (s *searchScreen) fitField() {
	if w := s.fieldWidth(); w != s.input.in.Width()+s.sh.cells.width(s.sh.w().search.prompt)+1 {
		s.input.size(s.sh.cells, s.sh.w().search.prompt, w)
	}
}

// waiting reports whether the first results of the query are on their way.
func (s *searchScreen) waiting() bool {
	return s.running && len(s.results) == 0 && !s.onStartPage()
}

// countText is the count of results the list's top row shows beside the
// field: "" on the start page, for a query no duty mentions and while the
// first results are on their way. Word matches, and apart those
// mentioning a lesser word only, as the owners' rows count them ("2 in
// part"): the closest results below them are marked, not counted.
func (s *searchScreen) countText() string {
	if s.onStartPage() || s.noMention || s.waiting() {
		return ""
	}
	return fmt.Sprintf(s.sh.w().search.count, s.matches)
}

// listLines draws the field, a rule and the results: the list's height in
// lines of its width.
func (s *searchScreen) listLines() []string {
	st, w, width, cw := s.sh.st, s.sh.w().search, s.lay.list.w, s.sh.cells
	lines := make([]string, 0, s.lay.list.h)
	count := s.countText()
	field := s.input.view(cw, st, s.fieldWidth())
	b := s.blocks()
	if count != "" && s.partial > 0 && s.ownersInPart(b.owners) {
		// Owners' rows counting duties in part ("2 in part") are counted
		// in part above them too ("2 found · 41 in part"), not only the
		// matches, which they hold none of: when the row has room for it
		// beside the query as typed, and the cursor after it: the field
		// is narrowed to the room left, cutting only its padding.
		part := fmt.Sprintf(w.countPart, s.matches, s.partial)
		room := width - 1 - cw.width(part)
		if cw.width(w.prompt)+cw.width(s.input.value())+1 <= min(room, s.fieldWidth()) {
			field, count = s.input.view(cw, st, room), part
		}
	}
	lines = append(lines, cw.spread(field, st.StatusDim.Render(count), width))
	if b.owners > 0 {
		heading := w.owners
		if s.role != nil { // "who is accountable for …?": the units holding that role
			heading = fmt.Sprintf(w.ownersRole, roleWord(*s.role, s.sh.lang))
		}
		lines = append(lines, s.rule(heading))
		lines = append(lines, s.ownerLines(b.owners)...)
		lines = append(lines, s.rule(w.matches))
	} else if b.roleNote > 0 { // "who is informed …?", and no RACI line says
		lines = append(lines, s.rule(fmt.Sprintf(w.ownersRole, roleWord(*s.role, s.sh.lang))))
		for _, l := range s.roleNoteLines(b.results - b.roleNote - 1) {
			lines = append(lines, " "+st.Notice.Render(l))
		}
		lines = append(lines, s.rule(w.matches))
	} else {
		lines = append(lines, s.rule(""))
	}
	for _, l := range b.note {
		lines = append(lines, " "+st.Notice.Render(l))
	}
	switch {
	case s.onStartPage():
		lines = append(lines, s.startLines()[s.startSkip():]...)
	case s.waiting():
		// Not "nothing matches" before the search has said so: on a large
		// index the first search waits for the index to be prepared.
		lines = append(lines, cw.pad(" "+st.StatusDim.Render(w.searching), width))
	case len(s.results) == 0 && len(b.note) == 0:
		for _, l := range cw.clip(w.none, width-1, max(s.lay.list.h-len(lines), 1)) {
			lines = append(lines, cw.pad(" "+st.StatusDim.Render(l), width))
		}
	default:
		from := len(lines)
		for i := s.offset; i < len(s.rows) && len(lines)+rowHeight <= s.lay.list.h; i++ {
			lines = append(lines, s.resultLines(s.rows[i], s.owner < 0 && i == s.cursor)...)
		}
		if len(lines) == from && s.offset < len(s.rows) && len(lines) < s.lay.list.h {
			// Room for one line only (the note took the other): the
			// selected result's text, which enter goes to, without where.
			lines = append(lines, s.resultLines(s.rows[s.offset], s.owner < 0 && s.offset == s.cursor)[0])
		}
	}
	return cw.fitLines(lines, width, s.lay.list.h)
}

// The start page's picks are its examples, then the recent searches:
// ↑/↓ move over them, enter (or a click on the one picked) searches.

// startPage is the start page's explanation and examples, wrapped to the
// list once for the text, width and counting of cells it was wrapped for.
func (s *searchScreen) startPage() *startWrap {
	return s.wrappedStart.wrap(s.sh.cells, s.sh.search.startFor(s.sh.org, s.sh.lang, s.sh.cells), s.lay.list.w-1)
}

// picks is how many examples and recent searches the start page offers.
func (s *searchScreen) picks() int {
	return len(s.startPage().text.examples) + len(s.sh.search.recent)
}

// pick is the query of pick i: an example's, or a recent search.
func (s *searchScreen) pick(i int) (string, bool) {
	examples := s.startPage().text.examples
	if i >= 0 && i < len(examples) {
		return examples[i].query, true
	}
	if i -= len(examples); i >= 0 && i < len(s.sh.search.recent) {
		return s.sh.search.recent[i], true
	}
	return "", false
}

// firstPick is the pick the start page opens on: the latest search when
// there is one, as enter searches again for it; else the first example.
func (s *searchScreen) firstPick() int {
	if len(s.sh.search.recent) > 0 {
		return len(s.startPage().text.examples)
	}
	return 0
}

// pickLines are the first and last lines of pick i in startLines (an
// example may wrap), or -1, -1.
func (s *searchScreen) pickLines(i int) (first, last int) {
	page := s.startPage()
	if e := len(page.text.examples); i >= e {
		if i-e >= len(s.sh.search.recent) {
			return -1, -1
		}
		line := page.recentTop() + i - e
		return line, line
	}
	first, last = -1, -1
	for l, item := range page.item {
		if item == i {
			if first < 0 {
				first = l
			}
			last = l
		}
	}
	return first, last
}

// pickAt is the pick shown on line l of startLines, or -1.
func (s *searchScreen) pickAt(l int) int {
	page := s.startPage()
	if l >= 0 && l < len(page.item) {
		return page.item[l]
	}
	if r := l - page.recentTop(); r >= 0 && r < len(s.sh.search.recent) {
		return len(page.text.examples) + r
	}
	return -1
}

// startSkip is how many lines of the start page are scrolled off its top
// so that the pick is on screen, all its lines when they fit: on a short
// window the explanation gives way to it, since enter searches for it.
func (s *searchScreen) startSkip() int {
	first, last := s.pickLines(s.cursor)
	if first < 0 {
		return 0
	}
	room := s.lay.list.h - s.blocks().results
	return min(max(last-room+1, 0), first) // no room at all: nothing to keep
}

// startLines is the empty query's page: how to search, the examples, and
// the searches made earlier in this session; the pick is drawn selected.
func (s *searchScreen) startLines() []string {
	st, w, width, cw := s.sh.st, s.sh.w().search, s.lay.list.w, s.sh.cells
	page := s.startPage()
	recent := s.sh.search.recent
	out := make([]string, 0, len(page.lines)+2+len(recent))
	for l, text := range page.lines {
		if item := page.item[l]; item >= 0 && item == s.cursor {
			out = append(out, st.RowSelected.Render(cw.pad(" "+text, width)))
			continue
		}
		out = append(out, " "+st.StatusDim.Render(text))
	}
	if len(recent) == 0 {
		return out
	}
	out = append(out, "", " "+st.Label.Render(fitHeading(cw, w.recent, width-1)))
	for i, q := range recent {
		text := cw.pad(cw.truncate("   "+oneLine(q), width, "…"), width)
		if len(page.text.examples)+i == s.cursor {
			text = st.RowSelected.Render(text)
		}
		out = append(out, text)
	}
	return out
}

// fitHeading fits a heading with a note in brackets ("Recent searches
// (↑/↓ to pick, …)") to width cells: whole, else without its note, else
// cut with an ellipsis, never cut mid-sentence without a sign.
func fitHeading(cw cells, heading string, width int) string {
	if cw.width(heading) <= width {
		return heading
	}
	for _, open := range []string{" (", "（"} {
		if short, _, ok := strings.Cut(heading, open); ok && cw.width(short) <= width {
			return short
		}
	}
	return cw.truncate(heading, width, "…")
}

// resultLines draws one result (or one of its places) as two lines of
// exactly the list's width. Widths are measured once per string: this runs
// for every visible result on every keystroke.
func (s *searchScreen) resultLines(r resultRow, selected bool) []string {
	st, w, lang, cw := s.sh.st, s.sh.w(), s.sh.lang, s.sh.cells
	h := s.results[r.res]
	width := s.lay.list.w
	gutter := " "
	if selected {
		gutter = st.Marker.Render("┃")
	}
	if r.place >= 0 {
		n := h.places[r.place]
		return []string{
			gutter + cw.fitPlain("   ↳ "+cw.crumb(ownerParts(n, lang), width-6), width-1, st.Row),
			gutter + cw.fitPlain("     "+oneLine(n.Title.In(lang)), width-1, st.StatusDim),
		}
	}
	badge := ""
	if len(h.places) > 1 {
		mark := "▸"
		if s.expanded[r.res] {
			mark = "▾"
		}
		badge = fmt.Sprintf(w.search.badge, mark, len(h.places))
	}
	if h.lang != lang {
		badge = strings.TrimSpace(badge + " " + fmt.Sprintf(w.search.matchedIn, w.langName[h.lang]))
	}
	bw := cw.width(badge)
	if bw > width/2 {
		badge, bw = "", 0
	}
	room := max(width-1-2-bw-1, 1)
	text, tw := highlight(cw, oneLine(h.node.Title.In(h.lang)), h.positions, st, room, selected)
	mark, pad := kindMark(h.node), strings.Repeat(" ", max(width-1-2-tw-bw, 0))
	if selected {
		mark, pad = st.RowSelected.Render(mark), st.RowSelected.Render(pad)
	}
	line1 := gutter + mark + text + pad + st.StatusDim.Render(badge)
	if h.near != byWords || s.noMention {
		// Not a word match, or among the closest: say how it comes
		// close, before where it is.
		crumb := ownerParts(h.node, lang)
		label := [...]string{byWords: w.search.mentions, byRelated: w.search.nearRelated, byLetters: w.search.nearLetters, byPart: w.search.nearPart, byMeant: w.search.nearMeant}[h.near]
		if len(crumb) > 0 {
			label += " · "
		}
		lw := cw.width(label)
		if lw+4 < width-3 {
			line2 := gutter + "  " + st.Label.Render(label) +
				cw.fitPlain(cw.crumb(crumb, width-3-lw), width-3-lw, st.StatusDim)
			return []string{line1, line2}
		}
	}
	under := cw.crumb(ownerParts(h.node, lang), width-3)
	if under == "" {
		// A department (or topic) is in nothing: its summary says what it
		// is, where a blank line read as something missing.
		under = cw.truncate(oneLine(h.node.Summary().In(lang)), width-3, "…")
	}
	line2 := gutter + cw.fitPlain("  "+under, width-1, st.StatusDim)
	return []string{line1, line2}
}

// ownerParts are the titles from the document down to n's parent: who
// owns n.
func ownerParts(n *model.Node, l model.Lang) []string {
	line := n.Lineage()
	parts := make([]string, 0, len(line)-1)
	for _, p := range line[:len(line)-1] {
		parts = append(parts, p.Title.In(l))
	}
	return parts
}

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
func highlight(cw cells, text string, positions []int, st *Styles, width int, selected bool) (string, int) {
	tw := cw.width(text)
	if tw > width {
		text = cw.truncate(text, width, "…")
		tw = cw.width(text)
	}
	match, row := st.matchSpan, st.rowSpan
	if selected {
		match, row = st.selMatchSpan, st.selRowSpan
	}
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

func (s *searchScreen) shortHelp() []key.Binding {
	k := s.keys()
	switch {
	case s.onStartPage():
		// Only what acts on the page: nothing to pick (no example drawn
		// from the content, no search yet) leaves esc alone.
		keys := *k
		keys.move.SetEnabled(s.picks() > 1)
		keys.pick.SetEnabled(s.picks() > 0)
		return []key.Binding{keys.move, keys.pick, keys.back}
	case s.owner >= 0:
		return []key.Binding{k.move, k.openOwner, k.proof, k.back}
	}
	// Only the keys that do something for these results: nothing to go
	// to, to expand (tab: a result in more than one place) or to draw a
	// matrix of is not offered (tryout14 nit 5).
	keys := *k // the language's key map is shared: disable keys of a copy
	var sel *hit
	if s.cursor < len(s.rows) {
		sel = &s.results[s.rows[s.cursor].res]
	}
	keys.move.SetEnabled(len(s.rows)+s.blocks().owners > 1)
	keys.open.SetEnabled(sel != nil)
	keys.places.SetEnabled(sel != nil && len(sel.places) > 1)
	keys.matrix.SetEnabled(s.anyWork())
	return []key.Binding{keys.move, keys.open, keys.places, keys.back, keys.matrix}
}

// anyWork reports whether scope would hold a duty, without building it:
// the key bar asks on every frame.
func (s *searchScreen) anyWork() bool {
	for _, h := range s.results {
		if slices.ContainsFunc(h.places, model.IsWork) {
			return true
		}
	}
	return false
}

// scope is the duties the results list (every place of each), for the
// responsibility matrix of what was found.
func (s *searchScreen) scope() viewScope {
	var duties []*model.Node
	seen := map[*model.Node]bool{}
	for _, h := range s.results {
		for _, n := range h.places {
			if model.IsWork(n) && !seen[n] {
				seen[n] = true
				duties = append(duties, n)
			}
		}
	}
	q := strings.TrimSpace(s.query)
	return viewScope{duties: duties, title: func(l model.Lang, _ []*model.Node) string { return fmt.Sprintf(catalog[l].matrix.ofSearch, q) }}
}

func (s *searchScreen) fullHelp() []helpGroup {
	k, w := s.keys(), s.sh.w()
	return []helpGroup{
		{w.help.search, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.open, k.places, k.matrix, k.back}},
		{w.help.owners, []key.Binding{k.openOwner, k.proof}},
		{w.help.field, fieldKeys(w)},
	}
}
