package ui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// pickerModel chooses a department by name: the second side of a
// comparison. Any name works (id, English or Chinese name, alias, code, the
// start or an abbreviation of one), ranked by model.Rank.
type pickerModel struct {
	input   textinput.Model
	all     []*model.Node // candidates
	shown   []*model.Node
	cursor  int
	exclude *model.Node
}

func newPicker() pickerModel {
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = 80
	return pickerModel{input: in}
}

// open lists every department except the one being compared.
func (p *pickerModel) open(org *model.Org, exclude *model.Node) tea.Cmd {
	p.all, p.exclude = p.all[:0], exclude
	for _, d := range org.Departments {
		if d != exclude {
			p.all = append(p.all, d)
		}
	}
	p.input.SetValue("")
	p.filter()
	return p.input.Focus()
}

// filter ranks the departments against the typed text.
func (p *pickerModel) filter() {
	q := strings.TrimSpace(p.input.Value())
	p.cursor = 0
	if q == "" {
		p.shown = append(p.shown[:0], p.all...)
		return
	}
	p.shown = model.Rank(q, p.all)
}

func (p *pickerModel) update(msg tea.Msg) tea.Cmd {
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.filter()
	}
	return cmd
}

func (p *pickerModel) move(d int) {
	p.cursor = min(max(p.cursor+d, 0), max(len(p.shown)-1, 0))
}

func (p *pickerModel) selected() *model.Node {
	if p.cursor < len(p.shown) {
		return p.shown[p.cursor]
	}
	return nil
}

// view draws the picker as a box of at most w×h cells.
func (p *pickerModel) view(st *Styles, lang model.Lang, w, h int) string {
	inner := max(min(w-4, 60), 10)
	title := st.Heading.Render(ansi.Truncate(pickerTitle[lang]+" "+p.exclude.Title.In(lang), inner, "…"))
	lines := []string{title, p.input.View(), ""}
	room := max(h-len(lines)-2, 1)
	start := max(p.cursor-room+1, 0)
	for i := start; i < len(p.shown) && i < start+room; i++ {
		name := ansi.Truncate(p.shown[i].Title.In(lang), inner-2, "…")
		if i == p.cursor {
			lines = append(lines, st.RowSelected.Render(padRight("▸ "+name, inner)))
		} else {
			lines = append(lines, "  "+name)
		}
	}
	if len(p.shown) == 0 {
		lines = append(lines, st.StatusDim.Render(noDepartment[lang]))
	}
	for i, l := range lines {
		lines[i] = padRight(ansi.Truncate(l, inner, "…"), inner)
	}
	return st.Overlay.Render(strings.Join(lines, "\n"))
}

var (
	pickerTitle  = [model.NumLangs]string{"Compare with", "对比："}
	noDepartment = [model.NumLangs]string{"no department matches", "没有匹配的部门"}
)
