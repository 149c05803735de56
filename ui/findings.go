package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ownership"
)

// findingsScreen lists what the ownership checks find in the organisation
// (`dutymap check`): each finding's severity, check, file and line, and
// what is wrong; the selected finding's fix below the list; enter goes to
// the node it is about. The checks run off the loop once the similarity
// index is built.
type findingsScreen struct {
	sh     *shared
	rep    *ownership.Report // nil until checked
	lang   model.Lang        // the language the report names things in
	gen    int
	busy   bool
	left   bool // the user left while it checked: check again on return
	cursor int
	offset int // the first finding on screen
	w, h   int
}

// findingsDoneMsg carries a finished check to the screen that asked.
type findingsDoneMsg struct {
	to  *findingsScreen
	gen int
	rep ownership.Report
}

type findingsKeys struct {
	listKeys
	open, back key.Binding
}

var findingsKeyMaps = perLang(func(w *words) findingsKeys {
	k := w.keys
	return findingsKeys{
		listKeys: newListKeys(w),
		open:     bind("enter/→", w.findings.open, "enter", "right", "l"),
		back:     bind("esc/⌫/←", k.back, "esc", "backspace", "left", "h"),
	}
})

func openFindings(sh *shared, _ screen) (screen, string) { return &findingsScreen{sh: sh}, "" }

func (f *findingsScreen) keys() *findingsKeys { return &findingsKeyMaps()[f.sh.lang] }
func (f *findingsScreen) typing() bool        { return false }
func (f *findingsScreen) start() tea.Cmd      { return f.run() }

// run checks the organisation in the background once the similarity index
// is built (double-owner needs it); until then the screen says so.
func (f *findingsScreen) run() tea.Cmd {
	f.busy = true
	ix := f.sh.similarity()
	if ix == nil {
		return nil // similarityReadyMsg starts it
	}
	f.gen++
	gen, org, lang := f.gen, f.sh.org, f.sh.lang
	return func() tea.Msg {
		return findingsDoneMsg{to: f, gen: gen, rep: ownership.Run(org, ownership.Options{Lang: lang, Similarity: ix})}
	}
}

// leave drops a check still running, or still waiting for the similarity
// index: a screen away gets no messages, so its answer would be lost. The
// check runs again if the user comes back.
func (f *findingsScreen) leave() {
	if f.busy {
		f.gen++
		f.busy, f.left = false, true
	}
}

func (f *findingsScreen) findings() []ownership.Finding {
	if f.rep == nil {
		return nil
	}
	return f.rep.Findings
}

func (f *findingsScreen) selected() *ownership.Finding {
	if fs := f.findings(); f.cursor < len(fs) {
		return &fs[f.cursor]
	}
	return nil
}

// subject is the selected finding's node.
func (f *findingsScreen) subject() *model.Node {
	if s := f.selected(); s != nil {
		return s.Node
	}
	return nil
}

// The list starts under the title and its rule; each finding takes two
// lines. The selected finding's fix takes the last fixLines lines, under
// a rule, when the screen is tall enough.
const (
	findingsTop = 2
	findingRows = 2
	fixLines    = 3
)

func (f *findingsScreen) fixShown() bool { return f.h >= findingsTop+2*findingRows+fixLines+1 }

func (f *findingsScreen) shownCount() int {
	h := f.h - findingsTop
	if f.fixShown() {
		h -= fixLines + 1
	}
	return max(h/findingRows, 1)
}

func (f *findingsScreen) layout(w, h int) tea.Cmd {
	f.w, f.h = max(w, 0), max(h, 0)
	f.clamp()
	if f.left {
		f.left = false
		return f.run()
	}
	if f.rep != nil && f.lang != f.sh.lang && !f.busy {
		return f.run() // the names in the messages follow the language
	}
	return nil
}

func (f *findingsScreen) clamp() {
	n := len(f.findings())
	f.cursor = min(max(f.cursor, 0), max(n-1, 0))
	shown := f.shownCount()
	if f.cursor < f.offset {
		f.offset = f.cursor
	}
	if f.cursor >= f.offset+shown {
		f.offset = f.cursor - shown + 1
	}
	f.offset = max(min(f.offset, n-shown), 0)
}

func (f *findingsScreen) move(d int) {
	f.cursor += d
	f.clamp()
}

func (f *findingsScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case findingsDoneMsg:
		if msg.to == f && msg.gen == f.gen {
			f.rep, f.busy, f.lang = &msg.rep, false, f.sh.lang
			f.clamp()
			if f.lang != f.sh.lang {
				return nil, f.run()
			}
		}
	case similarityReadyMsg:
		if f.busy {
			return nil, f.run()
		}
	case tea.KeyPressMsg:
		k := f.keys()
		switch {
		case key.Matches(msg, k.back):
			return back{}, nil
		case k.navigate(msg, f.move, f.shownCount(), len(f.findings())):
		case key.Matches(msg, k.open):
			if n := f.subject(); n != nil {
				return goTo{n}, nil
			}
		}
	case tea.MouseClickMsg:
		m := msg.Mouse()
		i := f.offset + (m.Y-findingsTop)/findingRows
		if m.Button != tea.MouseLeft || m.Y < findingsTop || i >= len(f.findings()) || i >= f.offset+f.shownCount() {
			return nil, nil
		}
		if i == f.cursor {
			return goTo{f.findings()[i].Node}, nil
		}
		f.cursor = i
	case tea.MouseWheelMsg:
		if d := wheelDelta(msg.Mouse()); d != 0 {
			f.move(d / wheelStep)
		}
	}
	return nil, nil
}

func (f *findingsScreen) view() []string {
	st, w, cw := f.sh.st, f.sh.w(), f.sh.cells
	title := st.Heading.Render(w.findings.title)
	status := ""
	fs := f.findings()
	if f.rep != nil && len(fs) > 0 {
		errs := 0
		for _, x := range fs {
			if x.Severity == ownership.Error {
				errs++
			}
		}
		status = fmt.Sprintf(w.findings.count, len(fs), errs, len(fs)-errs)
	}
	out := []string{cw.spread(title, st.StatusDim.Render(status), f.w), st.Border.Render(strings.Repeat("─", f.w))}
	switch {
	case f.rep == nil && f.sh.similarity() == nil:
		out = append(out, cw.hang(" ", st.Notice.Render(w.findings.preparing), f.w-1)...)
	case f.rep == nil:
		out = append(out, cw.hang(" ", st.Notice.Render(w.findings.checking), f.w-1)...)
	case len(fs) == 0:
		out = append(out, cw.hang(" ", st.StatusDim.Render(w.findings.none), f.w-1)...)
	}
	for i := f.offset; i < len(fs) && i < f.offset+f.shownCount(); i++ {
		out = append(out, f.rows(i)...)
	}
	lines := cw.fitLines(out, f.w, f.h)
	if s := f.selected(); s != nil && f.fixShown() {
		lines[f.h-fixLines-1] = st.Border.Render(strings.Repeat("─", f.w))
		fix := cw.clip(w.findings.fix+s.Fix, max(f.w-2, 1), fixLines)
		for i := range fixLines {
			lines[f.h-fixLines+i] = cw.pad(" "+at(fix, i), f.w)
		}
	}
	return lines
}

// rows draws finding i: its severity, check and place, then what is
// wrong, cut to the width.
func (f *findingsScreen) rows(i int) []string {
	st, w, cw := f.sh.st, f.sh.w(), f.sh.cells
	x := f.findings()[i]
	sel := i == f.cursor
	mark := "  "
	if sel {
		mark = st.Marker.Render("┃ ")
	}
	sev := st.Notice
	if x.Severity == ownership.Warning {
		sev = st.Label
	}
	place := x.File // as dutymap check names it: myorg/en/sales.md
	if x.Line > 0 {
		place = fmt.Sprintf("%s:%d", place, x.Line)
	}
	head := sev.Render(w.findings.severity[x.Severity]) + "  " + st.Heading.Render(string(x.Check)) + "  " + st.StatusDim.Render(place)
	msg := cw.truncate(oneLine(x.Msg), max(f.w-2, 1), "…")
	if sel {
		msg = st.RowSelected.Render(cw.pad(msg, max(f.w-2, 1)))
	} else {
		msg = st.Row.Render(msg)
	}
	return []string{mark + cw.truncate(head, max(f.w-2, 1), "…"), mark + msg}
}

func (f *findingsScreen) shortHelp() []key.Binding {
	k := f.keys()
	return []key.Binding{k.move, k.open, k.back}
}

func (f *findingsScreen) fullHelp() []helpGroup {
	k, w := f.keys(), f.sh.w()
	return []helpGroup{{w.help.findings, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.first, k.last, k.open, k.back}}}
}
