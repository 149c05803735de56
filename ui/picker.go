package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/model"
)

// picker is the dialog that chooses the second department of a
// comparison by any of its names (id, English or Chinese name, alias,
// code, the start or an abbreviation of one), ranked by model.Rank as the
// command line resolves them.
type picker struct {
	sh     *shared
	from   *model.Node // the department being compared
	input  field
	all    []*model.Node
	shown  []*model.Node
	cursor int
	w, h   int // the area the dialog is centred in
}

type pickerKeys struct{ up, down, move, open, back key.Binding }

var pickerKeyMaps = perLang(func(w *words) pickerKeys {
	k := w.keys
	return pickerKeys{
		up:   bind("↑/ctrl+k", k.up, "up", "ctrl+k", "ctrl+p"),
		down: bind("↓/ctrl+j", k.down, "down", "ctrl+j", "ctrl+n"),
		move: bind("↑↓", k.move, "up", "down"),
		open: bind("enter", w.picker.open, "enter"),
		back: bind("esc", k.back, "esc"),
	}
})

// openPicker starts a comparison from the department of the node the user
// is on; on a hand-off (a relation, its arrow in the chart) it compares
// the relation's two departments, which is what the user means there. The
// second return is a notice when there is neither.
func openPicker(sh *shared, from screen) (screen, string) {
	if a, b := relationEnds(sh.org, subjectOf(from)); a != nil {
		return newCompare(sh, a, b), ""
	}
	at := subjectOf(from)
	if at == nil || at.Root().Kind != model.KindDepartment {
		return nil, sh.w().app.pickDept
	}
	return newPicker(sh, at.Root(), newField(80)), ""
}

// canCompare reports whether c opens something from the screen (see
// openPicker): the key bar offers c only then.
func canCompare(sh *shared, from screen) bool {
	if a, _ := relationEnds(sh.org, subjectOf(from)); a != nil {
		return true
	}
	at := subjectOf(from)
	return at != nil && at.Root().Kind == model.KindDepartment
}

// relationEnds are the two departments of the relation at is in, or nils
// when at is in none (or its ends are not two departments).
func relationEnds(org *model.Org, at *model.Node) (a, b *model.Node) {
	if at == nil || at.Root().Kind != model.KindRelation {
		return nil, nil
	}
	r := at.Root()
	a, b = org.Node(r.From()), org.Node(r.To())
	if a == nil || b == nil || a == b || a.Kind != model.KindDepartment || b.Kind != model.KindDepartment {
		return nil, nil
	}
	return a, b
}

// newPicker lists the departments other than from, ranked against the
// text of the field input.
func newPicker(sh *shared, from *model.Node, input field) *picker {
	p := &picker{sh: sh, from: from, input: input}
	for _, d := range sh.org.Departments {
		if d != p.from {
			p.all = append(p.all, d)
		}
	}
	p.filter()
	return p
}

func (p *picker) start() tea.Cmd { return p.input.focus("", false) }

func (p *picker) isDialog()            {}
func (p *picker) typing() bool         { return true }
func (p *picker) subject() *model.Node { return p.selected() }
func (p *picker) keys() *pickerKeys    { return &pickerKeyMaps()[p.sh.lang] }

// inner is the width of the dialog's content.
func (p *picker) inner() int { return max(min(p.w-4, 60), 10) }

// listTop is the content row of the first department.
const listTop = 3

// listRows is how many departments the dialog shows at a time.
func (p *picker) listRows() int { return max(p.h-listTop-2, 1) }

func (p *picker) layout(w, h int) tea.Cmd {
	p.w, p.h = w, h
	p.input.size(p.sh.cells, p.sh.w().picker.prompt, p.inner())
	p.input.setStyles(p.sh.st)
	return nil
}

// filter ranks the departments against the typed text.
func (p *picker) filter() {
	q := strings.TrimSpace(p.input.value())
	p.cursor = 0
	p.shown = p.shown[:0]
	if q == "" {
		p.shown = append(p.shown, p.all...)
		return
	}
	p.shown = model.Rank(q, p.all)
}

func (p *picker) move(d int) {
	p.cursor = min(max(p.cursor+d, 0), max(len(p.shown)-1, 0))
}

func (p *picker) selected() *model.Node {
	if p.cursor < len(p.shown) {
		return p.shown[p.cursor]
	}
	return nil
}

// choose opens the comparison in the picker's place.
func (p *picker) choose() (intent, tea.Cmd) {
	b := p.selected()
	if b == nil {
		return nil, nil
	}
	return replace{newCompare(p.sh, p.from, b)}, nil
}

func (p *picker) update(msg tea.Msg) (intent, tea.Cmd) {
	k := p.keys()
	switch msg := msg.(type) {
	case tea.PasteMsg:
		return nil, p.edit(msg)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.back):
			return back{}, nil
		case key.Matches(msg, k.up):
			p.move(-1)
		case key.Matches(msg, k.down):
			p.move(1)
		case key.Matches(msg, k.open):
			return p.choose()
		default:
			return nil, p.edit(msg)
		}
	case tea.MouseClickMsg:
		return p.click(msg.Mouse())
	case tea.MouseWheelMsg:
		if d := wheelDelta(msg.Mouse()); d != 0 {
			p.move(d / wheelStep)
		}
	}
	return nil, nil
}

func (p *picker) edit(msg tea.Msg) tea.Cmd {
	changed, cmd := p.input.update(msg)
	if changed {
		p.filter()
	}
	return cmd
}

// click takes a position relative to the dialog's box: a department is
// selected by a click and chosen by a second one; a click outside the box
// closes the dialog.
func (p *picker) click(m tea.Mouse) (intent, tea.Cmd) {
	if m.Button != tea.MouseLeft {
		return nil, nil
	}
	lines := p.view()
	if m.Y < 0 || m.Y >= len(lines) || m.X < 0 || m.X >= p.sh.cells.width(lines[0]) {
		return back{}, nil
	}
	row := m.Y - 1 - listTop // the border, then the content
	if row < 0 {
		return nil, nil
	}
	i := p.first() + row
	if i >= len(p.shown) || i >= p.first()+p.listRows() {
		return nil, nil
	}
	if i == p.cursor {
		return p.choose()
	}
	p.cursor = i
	return nil, nil
}

// first is the index of the first department shown.
func (p *picker) first() int { return max(p.cursor-p.listRows()+1, 0) }

// view draws the dialog's box.
func (p *picker) view() []string {
	st, w, inner, cw := p.sh.st, p.sh.w(), p.inner(), p.sh.cells
	title := fmt.Sprintf(w.picker.title, p.from.Title.In(p.sh.lang))
	lines := []string{st.Heading.Render(cw.truncate(title, inner, "…")), p.input.view(cw, st, inner), ""}
	start := p.first()
	for i := start; i < len(p.shown) && i < start+p.listRows(); i++ {
		name := cw.truncate(oneLine(p.shown[i].Title.In(p.sh.lang)), inner-2, "…")
		if i == p.cursor {
			lines = append(lines, st.RowSelected.Render(cw.pad("▸ "+name, inner)))
		} else {
			lines = append(lines, "  "+name)
		}
	}
	if len(p.shown) == 0 {
		why := p.why()
		for _, l := range cw.wrap(why, inner) {
			lines = append(lines, st.StatusDim.Render(l))
		}
	}
	return cw.box(st, lines, inner)
}

func (p *picker) shortHelp() []key.Binding {
	k := p.keys()
	return []key.Binding{k.move, k.open, k.back}
}

func (p *picker) fullHelp() []helpGroup {
	k, w := p.keys(), p.sh.w()
	return []helpGroup{
		{w.help.picker, []key.Binding{k.up, k.down, k.open, k.back}},
		{w.help.field, fieldKeys(w)},
	}
}

// why says why the picker lists nothing for what was typed.
func (p *picker) why() string {
	// Say why: "no department matches" before anything was typed, or
	// for the department compared itself, reads as a failed search.
	w := p.sh.w()
	why := w.picker.none
	if q := strings.TrimSpace(p.input.value()); len(p.all) == 0 {
		why = w.picker.alone
	} else if len(model.Rank(q, []*model.Node{p.from})) > 0 {
		why = fmt.Sprintf(w.picker.self, p.from.Title.In(p.sh.lang))
	} else if n := compare.NamesOther(p.sh.org, q); n != nil {
		// It names something that is no department: say what.
		name := oneLine(n.Title.In(p.sh.lang))
		switch d := n.Root(); {
		case d.Kind == model.KindDepartment:
			why = fmt.Sprintf(w.picker.inDept, name, oneLine(d.Title.In(p.sh.lang)))
		case d.Kind == model.KindTopic:
			why = fmt.Sprintf(w.picker.notDept, name, w.picker.kinds[0])
		default:
			why = fmt.Sprintf(w.picker.notDept, name, w.picker.kinds[1])
		}
	}
	return why
}
