package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/matrix"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// matrixScreen is the responsibility assignment matrix (RACI) of a set of
// duties: duties as rows, units as columns, in each cell the letters of
// the roles the unit holds, bold where a RACI line gives the role and plain
// where it falls to the duty's own department. It covers the department
// (or position) the user is on, the two departments of a comparison, or a
// search's results; R, A, C and I keep the rows where some unit holds that
// role, s the work that is split. It is `dutymap matrix` on screen.
type matrixScreen struct {
	sh     *shared
	scope  viewScope
	role   *model.RACIRole
	split  bool // only the rows where more than one unit holds a role
	m      matrix.Matrix
	cursor int // the selected row
	offset int // the first row on screen
	col0   int // the first unit column on screen, when they do not all fit
	// places, by language, say where a row's duty lives when another row
	// reads word for word the same ("Hire engineers." in Engineering and
	// in the People team's work): see matrix.Places, which the Markdown
	// table says too.
	places [model.NumLangs]map[*model.Node][]string
	labels map[labelKey][]string // see label
	w, h   int
}

type matrixKeys struct {
	listKeys
	open, left, right, back key.Binding
	roles                   [model.NumRACIRoles]key.Binding
	role, all, split        key.Binding
}

var matrixKeyMaps = perLang(func(w *words) matrixKeys {
	k, mw := w.keys, w.matrix
	km := matrixKeys{
		listKeys: newListKeys(w),
		open:     bind("enter", mw.open, "enter"),
		left:     bind("←/h", mw.columns, "left", "h"),
		right:    bind("→/l", mw.columns, "right", "l"),
		back:     bind("esc/⌫", k.back, "esc", "backspace"),
		role:     bind("R A C I", mw.role),
		all:      bind("x", mw.all, "x"),
		split:    bind("s", mw.sharedKey, "s"),
	}
	// Capital letters: c (compare) and the other small ones open views
	// from anywhere.
	for _, r := range model.RACIRoles {
		km.roles[r] = bind(r.Letter(), r.Letter()+" "+r.Name(langOf(w)), r.Letter())
	}
	return km
})

// roleWord names a role in a sentence: "accountable" in English, "批准" in
// Chinese.
func roleWord(r model.RACIRole, l model.Lang) string {
	if l == model.Zh {
		return r.Name(l)
	}
	return r.String()
}

// langOf is the language of a catalog.
func langOf(w *words) model.Lang {
	for _, l := range model.Langs {
		if catalog[l] == w {
			return l
		}
	}
	return model.En
}

// openMatrix opens the matrix of the set the screen shows (a comparison's
// departments, a search's results), or else of the unit the user is on: a
// position or sub-department, or the department of anything in one. On a
// topic's shared work (the topic, a list, a point) it opens the matrix of
// the units its RACI lines name, as `dutymap matrix` suggests for a topic,
// the work the user was on selected.
// canMatrix reports whether m opens a matrix from the screen (see
// openMatrix): the key bar offers m only then.
func canMatrix(_ *shared, from screen) bool {
	if _, ok := from.(scoper); ok {
		return true
	}
	at := subjectOf(from)
	return at != nil && (at.Root().Kind == model.KindDepartment || len(namedUnits(at)) > 0)
}

func openMatrix(sh *shared, from screen) (screen, string) {
	if s, ok := from.(scoper); ok {
		return newMatrix(sh, s.scope()), ""
	}
	at := subjectOf(from)
	if at != nil && at.Root().Kind == model.KindTopic {
		units := namedUnits(at)
		if len(units) == 0 {
			return nil, sh.w().app.noSharedWork
		}
		m := newMatrix(sh, unitsScope(units))
		m.selectWithin(at)
		return m, ""
	}
	if at == nil || at.Root().Kind != model.KindDepartment {
		return nil, sh.w().app.pickMatrix
	}
	unit := at.Root()
	if model.IsUnit(at) {
		unit = at
	}
	return newMatrix(sh, unitScope(unit)), ""
}

// namedUnits are the units the RACI lines of a topic's work under n name
// (matrix.NamedUnits): where that work is in the matrices. It is nil
// outside a topic.
func namedUnits(n *model.Node) []*model.Node {
	if n.Root().Kind != model.KindTopic {
		return nil
	}
	return matrix.NamedUnits(n)
}

// unitsScope is the set of several units, named by their names.
func unitsScope(units []*model.Node) viewScope {
	return viewScope{units: units, title: func(l model.Lang, u []*model.Node) string {
		names := make([]string, len(u))
		for i, n := range u {
			names[i] = n.Title.In(l)
		}
		return strings.Join(names, catalog[l].matrix.unitSep)
	}}
}

// selectWithin selects the first row of work under n (n itself, a point).
func (s *matrixScreen) selectWithin(n *model.Node) {
	for i, r := range s.m.Rows {
		if model.Within(r.Duty, n) {
			s.cursor = i
			s.clamp()
			return
		}
	}
}

// unitScope is the set of one unit: its duties and those that name it.
func unitScope(u *model.Node) viewScope {
	return viewScope{units: []*model.Node{u}, title: func(l model.Lang, u []*model.Node) string { return u[0].Title.In(l) }}
}

func newMatrix(sh *shared, sc viewScope) *matrixScreen {
	s := &matrixScreen{sh: sh, scope: sc}
	s.build()
	return s
}

// build makes the matrix for the filters chosen, keeping the selected duty
// when it is still there.
func (s *matrixScreen) build() {
	was := s.selected()
	duties := s.scope.duties
	if duties == nil {
		duties = matrix.Duties(s.sh.org, s.scope.units...)
	}
	s.m = matrix.Build(s.sh.org, duties, s.scope.units, matrix.Options{Role: s.role, Shared: s.split})
	s.cursor, s.offset = 0, 0
	for i, r := range s.m.Rows {
		if r.Duty == was {
			s.cursor = i
		}
	}
	for _, l := range model.Langs {
		s.places[l] = matrix.Places(s.m.Rows, l)
	}
	s.clamp()
}

func (s *matrixScreen) keys() *matrixKeys { return &matrixKeyMaps()[s.sh.lang] }
func (s *matrixScreen) typing() bool      { return false }

func (s *matrixScreen) selected() *model.Node {
	if s.cursor < len(s.m.Rows) {
		return s.m.Rows[s.cursor].Duty
	}
	return nil
}

// subject is the selected duty: c compares its department, m opens its
// department's matrix.
func (s *matrixScreen) subject() *model.Node {
	if n := s.selected(); n != nil {
		return n
	}
	if len(s.scope.units) > 0 {
		return s.scope.units[0]
	}
	return nil
}

func (s *matrixScreen) layout(w, h int) tea.Cmd {
	s.w, s.h = max(w, 0), max(h, 0)
	s.clamp()
	return s.askWords()
}

// The matrix's rows below the title, the two lines of column names and
// the rule; the legend takes the last line when the screen is tall enough.
const matrixHead = 4

func (s *matrixScreen) legendShown() bool { return s.h >= matrixHead+4 }

// headRows is how many rows the head takes: matrixHead, or one fewer on
// a body too short for a duty below it, where the rule gives way (the
// selected duty, which enter opens, must show).
func (s *matrixScreen) headRows() int {
	if s.h <= matrixHead {
		return matrixHead - 1
	}
	return matrixHead
}

func (s *matrixScreen) rowsShown() int {
	n := s.h - s.headRows()
	if s.legendShown() {
		n--
	}
	return max(n, 1)
}

func (s *matrixScreen) clamp() {
	s.cursor = min(max(s.cursor, 0), max(len(s.m.Rows)-1, 0))
	rows := s.rowsShown()
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.cursor >= s.offset+rows {
		s.offset = s.cursor - rows + 1
	}
	s.offset = max(min(s.offset, len(s.m.Rows)-rows), 0)
	s.clampColumns()
}

// clampColumns keeps the last page of unit columns full: after a filter
// narrows the columns (s, C) or the screen widens, the columns scrolled
// past come back while those on screen still reach the last one, so no
// column that fits is hidden behind ◂ (tryoutb26 B1).
func (s *matrixScreen) clampColumns() {
	s.col0 = min(s.col0, max(len(s.m.Units)-1, 0))
	for s.col0 > 0 {
		s.col0--
		if _, last := s.columns(); last < len(s.m.Units) {
			s.col0++
			return
		}
	}
}

func (s *matrixScreen) move(d int) {
	s.cursor += d
	s.clamp()
}

// scroll moves the rows d lines (the wheel), as the chart and the tree
// do: the selected duty stays while it is on screen, so enter opens the
// one the user chose; once it leaves, the row at the edge it left by is
// selected.
func (s *matrixScreen) scroll(d int) {
	rows := s.rowsShown()
	s.offset = max(min(s.offset+d, len(s.m.Rows)-rows), 0)
	s.cursor = min(max(s.cursor, s.offset), s.offset+rows-1)
	s.clamp()
}

// setRole filters by a role; choosing the role shown again shows them all.
func (s *matrixScreen) setRole(r model.RACIRole) {
	if s.role != nil && *s.role == r {
		s.role = nil
	} else {
		s.role = &r
	}
	s.build()
}

func (s *matrixScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseClickMsg:
		return s.click(msg.Mouse())
	case tea.MouseWheelMsg:
		s.scroll(wheelDelta(msg.Mouse()))
	case headWordsMsg:
		s.clamp() // the heads, broken between words now, may be narrower
	}
	return nil, nil
}

func (s *matrixScreen) key(msg tea.KeyPressMsg) (intent, tea.Cmd) {
	k := s.keys()
	switch {
	case key.Matches(msg, k.back):
		return back{}, nil
	case k.navigate(msg, s.move, s.rowsShown(), len(s.m.Rows)):
	case key.Matches(msg, k.left):
		s.col0 = max(s.col0-1, 0)
	case key.Matches(msg, k.right):
		if _, last := s.columns(); last < len(s.m.Units) {
			s.col0++
		}
	case key.Matches(msg, k.open):
		if n := s.selected(); n != nil {
			return goTo{n}, nil
		}
	case key.Matches(msg, k.all):
		s.role, s.split = nil, false
		s.build()
	case key.Matches(msg, k.split):
		s.split = !s.split
		s.build()
	default:
		for _, r := range model.RACIRoles {
			if key.Matches(msg, k.roles[r]) {
				s.setRole(r)
			}
		}
	}
	return nil, nil
}

// click selects the row under the pointer; a second click opens it.
func (s *matrixScreen) click(m tea.Mouse) (intent, tea.Cmd) {
	if m.Button != tea.MouseLeft {
		return nil, nil
	}
	i := s.offset + m.Y - s.headRows()
	if m.Y < s.headRows() || i >= len(s.m.Rows) || i >= s.offset+s.rowsShown() {
		return nil, nil
	}
	if i == s.cursor {
		return goTo{s.m.Rows[i].Duty}, nil
	}
	s.cursor = i
	return nil, nil
}

// Column geometry: a two-cell gutter, the duty column, then each unit's
// column of its name's width (two lines of at most unitMax cells, at least
// unitMin), a space before each.
const (
	unitMin = 4
	unitMax = 12
	dutyMin = 24
)

// label is a unit's name in at most two lines of unitMax cells, Chinese
// broken between words once the words are known (shared.headWords),
// between characters until then. Labels are kept: the layout asks for
// them many times a frame.
func (s *matrixScreen) label(u *model.Node) []string {
	k := labelKey{u, s.sh.lang, s.sh.cells, s.sh.headWords != nil}
	if l, ok := s.labels[k]; ok {
		return l
	}
	if s.labels == nil {
		s.labels = map[labelKey][]string{}
	}
	name := u.Title.In(s.sh.lang)
	l := s.sh.cells.clipWords(name, s.sh.headWords[name], unitMax, 2)
	s.labels[k] = l
	return l
}

// labelKey is what a unit's column label depends on.
type labelKey struct {
	unit   *model.Node
	lang   model.Lang
	cells  cells
	worded bool // the names' words were known
}

// askWords asks for the words of the unit names (shared.askHeadWords)
// when a column head on this matrix is a Chinese name too long for one
// line and they are not known yet.
func (s *matrixScreen) askWords() tea.Cmd {
	if s.sh.headWords != nil {
		return nil
	}
	for _, u := range s.m.Units {
		if name := oneLine(u.Title.In(s.sh.lang)); s.sh.cells.width(name) > unitMax && strings.ContainsFunc(name, analysis.IsHan) {
			return s.sh.askHeadWords()
		}
	}
	return nil
}

// askHeadWords works out, off the update loop and once for the
// organisation, the words of its unit names (hanWords), for the matrix's
// column heads (tryoutb26 B12). Segmenting loads the Chinese dictionary
// (about 25 ms and 10 MB) when the explorer has let it go, which the loop
// must not wait for nor the idle explorer keep (analysis.SegmentBriefly);
// meanwhile the heads break between characters.
func (sh *shared) askHeadWords() tea.Cmd {
	if sh.headWordsAsked {
		return nil
	}
	sh.headWordsAsked = true
	org := sh.org
	return func() tea.Msg {
		words := map[string][]string{}
		analysis.SegmentBriefly(func() {
			for _, n := range org.Nodes() {
				if !model.IsUnit(n) {
					continue
				}
				for _, l := range model.Langs {
					name := n.Title.In(l)
					if _, done := words[name]; !done && strings.ContainsFunc(name, analysis.IsHan) {
						words[name] = hanWords(oneLine(name))
					}
				}
			}
		})
		return headWordsMsg{org: org, words: words}
	}
}

// headWordsMsg carries the words of an organisation's unit names (see
// askHeadWords).
type headWordsMsg struct {
	org   *model.Org
	words map[string][]string
}

func (s *matrixScreen) unitWidth(u *model.Node) int {
	w := unitMin
	for _, l := range s.label(u) {
		w = max(w, s.sh.cells.width(l))
	}
	return w
}

// columns returns the unit columns on screen, [col0, last), and the duty
// column's width: as many units as leave the duty column dutyMin cells
// (or a third of the screen), at least one.
func (s *matrixScreen) columns() (dutyW, last int) {
	room := s.w - 2 - min(dutyMin, s.w/3) - 2 // and two cells for the ▸ of columns cut off
	used := 0
	last = s.col0
	for last < len(s.m.Units) {
		uw := s.unitWidth(s.m.Units[last]) + 1
		if used+uw > room && last > s.col0 {
			break
		}
		used += uw
		last++
	}
	if last < len(s.m.Units) {
		used += 2 // the ▸ that says more columns follow
	}
	return max(s.w-2-used, 1), last
}

func (s *matrixScreen) view() []string {
	st, w, cw := s.sh.st, s.sh.w(), s.sh.cells
	dutyW, last := s.columns()
	units := s.m.Units[min(s.col0, len(s.m.Units)):last]
	out := []string{s.titleLine()}
	// Column names: two lines, aligned with the cells; the duty column's
	// name on the second, with arrows when columns are scrolled out.
	head := [2]string{"  " + strings.Repeat(" ", dutyW), "  " + cw.fitPlain(w.matrix.duty, dutyW, st.Label)}
	if s.col0 > 0 {
		head[0] = "  " + cw.fitPlain("◂", dutyW, st.StatusDim)
	}
	for _, u := range units {
		uw, lab := s.unitWidth(u), s.label(u)
		if len(lab) == 1 {
			lab = []string{"", lab[0]} // a short name sits on the lower line, by the cells
		}
		for i := range head {
			head[i] += " " + cw.fitPlain(lab[i], uw, st.Label)
		}
	}
	if last < len(s.m.Units) {
		head[0] += st.StatusDim.Render(" ▸")
	}
	out = append(out, head[0], head[1])
	if s.headRows() == matrixHead {
		out = append(out, st.Border.Render(strings.Repeat("─", s.w)))
	}
	if len(s.m.Rows) == 0 {
		out = append(out, cw.hang("  ", st.StatusDim.Render(w.matrix.none), s.w)...)
	}
	for i := s.offset; i < len(s.m.Rows) && i < s.offset+s.rowsShown(); i++ {
		out = append(out, s.row(i, dutyW, last))
	}
	lines := cw.fitLines(out, s.w, s.h)
	if s.legendShown() && s.h > 0 {
		legend := w.matrix.legend
		if s.split && s.role != nil {
			legend += w.matrix.legendOthers // the dimmed letters (see row)
		}
		lines[s.h-1] = cw.fitPlain(legend, s.w, st.StatusDim)
	}
	return lines
}

// titleLine names the matrix and says what it holds. Where the line is
// too narrow for both, the name is what stays: first "Responsibility
// matrix:" gives way (the column heads and legend say what the screen
// is), then the filters are cut, the count kept; the name is cut only
// beside the bare count.
func (s *matrixScreen) titleLine() string {
	st, cw, lang := s.sh.st, s.sh.cells, s.sh.lang
	name := oneLine(s.scope.title(lang, s.scope.units))
	title, status := fmt.Sprintf(s.sh.w().matrix.title, name), s.status()
	fits := func(l, r string) bool { return cw.width(l)+1+cw.width(r) <= s.w }
	if !fits(title, status) {
		title = name
		if room := s.w - cw.width(name) - 1; room > cw.width(s.count()) {
			status = cw.truncate(status, room, "…")
		} else {
			status = s.count()
		}
	}
	return cw.spread(st.Heading.Render(title), st.StatusDim.Render(status), s.w)
}

// count is how many duties the matrix holds, said in words.
func (s *matrixScreen) count() string {
	if len(s.m.Rows) == 1 {
		return s.sh.w().matrix.countOne
	}
	return fmt.Sprintf(s.sh.w().matrix.count, len(s.m.Rows))
}

// status says what the matrix holds: its count and filters.
func (s *matrixScreen) status() string {
	w, lang := &s.sh.w().matrix, s.sh.lang
	parts := []string{s.count()}
	if s.role != nil {
		parts = append(parts, fmt.Sprintf(w.only, s.role.Letter()+" "+s.role.Name(lang)))
	}
	if s.split {
		parts = append(parts, w.shared)
	}
	return strings.Join(parts, " · ")
}

// row draws duty i: the marker, its text and its cells.
func (s *matrixScreen) row(i, dutyW, last int) string {
	st := s.sh.st
	r := s.m.Rows[i]
	sel := i == s.cursor
	text := s.dutyCell(r.Duty, dutyW, sel)
	var b strings.Builder
	for j := s.col0; j < last; j++ {
		u := s.m.Units[j]
		uw := s.unitWidth(u)
		letters, lw := "", 0
		for _, role := range r.Assignment.Roles(u) {
			other := s.role != nil && role != *s.role
			if other && !s.split {
				continue
			}
			style := st.Heading // a RACI line gives the role
			switch {
			case other:
				// Split work keeps both sides of the split; the letters
				// of the roles not asked for are there, dimmed (faint
				// without colour).
				style = st.StatusDim.Faint(st.NoColor)
			case r.Assignment.Implicit[role]:
				style = st.Row // it falls to the duty's own department (or position)
			}
			if sel {
				// The selection is the row's background (reverse without
				// colour) and its marker: each letter keeps its own bold,
				// which the legend explains (tryoutb26 B10).
				style = style.Inherit(st.RowSelectedBlur)
			}
			letters += style.Render(role.Letter())
			lw++
		}
		pad := max(uw-lw, 0)
		left, right := strings.Repeat(" ", 1+pad/2), strings.Repeat(" ", pad-pad/2)
		if sel {
			left, right = st.RowSelectedBlur.Render(left), st.RowSelectedBlur.Render(right)
		}
		b.WriteString(left + letters + right)
	}
	if sel {
		return st.Marker.Render("┃ ") + text + b.String()
	}
	return "  " + text + b.String()
}

// dutyCell is the duty column of a row, dutyW cells: the duty's text and,
// when another row reads the same, where it lives (dimmed), sharing the
// room so that both show.
func (s *matrixScreen) dutyCell(d *model.Node, dutyW int, sel bool) string {
	st, cw, lang := s.sh.st, s.sh.cells, s.sh.lang
	style, dim := st.Row, st.StatusDim
	if sel {
		style, dim = st.RowSelected, st.RowSelected
	}
	text := oneLine(d.Title.In(lang))
	parts, ok := s.places[lang][d]
	if !ok {
		return style.Render(cw.pad(cw.truncate(text, dutyW, "…"), dutyW))
	}
	sep := matrix.DutySep
	want := cw.width(strings.Join(parts, crumbSep))
	textW := min(cw.width(text), max(dutyW-cw.width(sep)-want, dutyW/2))
	text = cw.truncate(text, textW, "…")
	room := dutyW - cw.width(text) - cw.width(sep)
	if len(parts) > 1 && want > room {
		// The last part is the one that tells them apart (the position,
		// the section): it keeps the room.
		parts = []string{"…", parts[len(parts)-1]}
	}
	place := cw.crumb(slices.Clone(parts), room)
	return style.Render(text) + dim.Render(cw.pad(sep+place, dutyW-cw.width(text)))
}

func (s *matrixScreen) shortHelp() []key.Binding {
	k := s.keys()
	keys := []key.Binding{k.move, k.open, k.back, k.role, k.split, k.all}
	if s.columnsCut() {
		keys = append(keys[:3], append([]key.Binding{k.right}, keys[3:]...)...) // columns are cut off: say how to reach them
	}
	return keys
}

// columnsCut reports units' columns off screen, left or right.
func (s *matrixScreen) columnsCut() bool {
	_, last := s.columns()
	return s.col0 > 0 || last < len(s.m.Units)
}

// revealKey is → while columns are cut off.
func (s *matrixScreen) revealKey() (key.Binding, bool) { return s.keys().right, s.columnsCut() }

func (s *matrixScreen) fullHelp() []helpGroup {
	k, w := s.keys(), s.sh.w()
	keys := []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.first, k.last, k.open}
	keys = append(keys, k.roles[:]...)
	keys = append(keys, k.split, k.all, k.left, k.right, k.back)
	return []helpGroup{{w.help.matrix, keys}}
}
