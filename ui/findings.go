package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ownership"
)

// findingsScreen lists what the ownership checks find in the organisation
// (`dutymap check`), errors first: each finding's severity, check, file
// and line, and what is wrong; below the list, the selected finding's
// message and fix in full, scrolled when the screen is too short for
// them; enter goes to the node it is about. The checks run off the loop
// once the similarity index is built.
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
	// detail is the selected finding's message and fix, wrapped to the
	// width (detailOf says for which); detailTop its first line shown.
	detail    []string
	detailOf  detailKey
	detailTop int
	// reselect is the finding that was selected when new content came
	// (carry): the new checks select it again if they still find it.
	reselect *findingKey
}

// findingKey names a finding across a change of the content: its check
// and the path of the node it is about (its line may have moved).
type findingKey struct {
	check ownership.Check
	path  string
}

// detailKey is what the wrapped detail depends on.
type detailKey struct {
	f    *ownership.Finding
	w    int
	lang model.Lang
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
	// detail stands for detailDown and detailUp on the key bar and in
	// the help: they scroll the selected finding's message and fix.
	detail, detailDown, detailUp key.Binding
}

var findingsKeyMaps = perLang(func(w *words) findingsKeys {
	k := w.keys
	return findingsKeys{
		listKeys:   newListKeys(w),
		open:       bind("enter/→", w.findings.open, "enter", "right", "l"),
		back:       bind("esc/⌫/←", k.back, "esc", "backspace", "left", "h"),
		detail:     bind("J/K", w.findings.scroll, "J", "K", "shift+down", "shift+up"),
		detailDown: bind("J", w.findings.scroll, "J", "shift+down"),
		detailUp:   bind("K", w.findings.scroll, "K", "shift+up"),
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
	gen, org, lang, command := f.gen, f.sh.org, f.sh.lang, f.sh.cfg.Command
	return func() tea.Msg {
		return findingsDoneMsg{to: f, gen: gen, rep: ownership.Run(org, ownership.Options{Lang: lang, Similarity: ix, Command: command})}
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
// lines. Under the list, after a rule, the selected finding's detail takes
// the lines it needs, leaving the list at least minListed findings (or one
// on a short screen); detailMin lines are the least worth showing.
const (
	findingsTop = 2
	findingRows = 2
	minListed   = 2
	detailMin   = 2
)

// selectedDetail is the selected finding's message and fix, wrapped to
// the width.
func (f *findingsScreen) selectedDetail() []string {
	s := f.selected()
	if s == nil {
		return nil
	}
	k := detailKey{s, f.w, f.sh.lang}
	if k != f.detailOf {
		st, w, cw := f.sh.st, f.sh.w(), f.sh.cells
		f.detail = f.detail[:0]
		for _, l := range cw.hangCode(" ", s.Msg, max(f.w, 1)) {
			f.detail = append(f.detail, st.Row.Render(l))
		}
		f.detail = append(f.detail, cw.hangCode(" "+st.Label.Render(w.findings.fix), s.Fix, max(f.w, 1))...)
		f.detailOf = k
	}
	return f.detail
}

// split divides the rows under the title between the list and the detail:
// the findings listed, and the detail's lines shown (0: no detail; it
// then has no rule either).
func (f *findingsScreen) split() (listed, detail int) {
	avail := max(f.h-findingsTop, 0)
	n := len(f.findings())
	need := len(f.selectedDetail())
	least := min(n, minListed) * findingRows
	if avail-1-least < max(need, detailMin) {
		least = findingRows // a short screen: the selected finding alone
	}
	if need > 0 && avail-1-least >= detailMin {
		detail = min(need, avail-1-least)
		avail -= detail + 1
	}
	return max(min(avail/findingRows, n), 1), detail
}

func (f *findingsScreen) shownCount() int {
	listed, _ := f.split()
	return listed
}

// detailCut says whether the detail has more lines than it is shown in.
func (f *findingsScreen) detailCut() bool {
	_, rows := f.split()
	return rows > 0 && rows < len(f.selectedDetail())
}

func (f *findingsScreen) scrollDetail(d int) {
	_, rows := f.split()
	f.detailTop = min(max(f.detailTop+d, 0), max(len(f.selectedDetail())-rows, 0))
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

// selectAgain selects the finding that was selected on the old content
// (reselect), when the checks still find it; else the cursor stays where
// it was, on the finding that took its place.
func (f *findingsScreen) selectAgain() {
	r := f.reselect
	f.reselect = nil
	if r == nil {
		return
	}
	for i, x := range f.findings() {
		if x.Check == r.check && x.Node != nil && x.Node.Path == r.path {
			f.cursor = i
			return
		}
	}
}

// carry keeps the checks open on the new content: they run again on it
// (the findings just fixed in an editor go, new ones come), with the
// finding that was selected selected again when it is still found.
func (f *findingsScreen) carry(sh *shared) (screen, tea.Cmd) {
	n := &findingsScreen{sh: sh, cursor: f.cursor, offset: f.offset, w: f.w, h: f.h}
	if s := f.selected(); s != nil && s.Node != nil {
		n.reselect = &findingKey{s.Check, s.Node.Path}
	}
	return n, n.run()
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
	f.scrollDetail(0)
}

func (f *findingsScreen) move(d int) {
	if c := min(max(f.cursor+d, 0), max(len(f.findings())-1, 0)); c != f.cursor {
		f.cursor, f.detailTop = c, 0
	}
	f.clamp()
}

func (f *findingsScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case findingsDoneMsg:
		if msg.to == f && msg.gen == f.gen {
			f.rep, f.busy, f.lang = &msg.rep, false, f.sh.lang
			f.selectAgain()
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
		case key.Matches(msg, k.detailDown):
			f.scrollDetail(1)
		case key.Matches(msg, k.detailUp):
			f.scrollDetail(-1)
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
		f.move(i - f.cursor)
	case tea.MouseWheelMsg:
		m := msg.Mouse()
		d := wheelDelta(m)
		switch listed, rows := f.split(); {
		case d == 0:
		case rows > 0 && m.Y > findingsTop+listed*findingRows: // over the detail
			f.scrollDetail(d)
		default:
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
	out := []string{cw.spreadTitle(title, st.StatusDim.Render(status), f.w), st.Border.Render(strings.Repeat("─", f.w))}
	switch {
	case f.rep == nil && f.sh.similarity() == nil:
		out = append(out, cw.hang(" ", st.Notice.Render(w.findings.preparing), f.w-1)...)
	case f.rep == nil:
		out = append(out, cw.hang(" ", st.Notice.Render(w.findings.checking), f.w-1)...)
	case len(fs) == 0:
		out = append(out, cw.hang(" ", st.StatusDim.Render(w.findings.none), f.w-1)...)
	}
	listed, rows := f.split()
	for i := f.offset; i < len(fs) && i < f.offset+listed; i++ {
		out = append(out, f.rows(i)...)
	}
	if rows > 0 {
		detail := f.selectedDetail()
		top := min(f.detailTop, len(detail)-rows)
		out = append(out, f.detailRule(top > 0, top+rows < len(detail)))
		out = append(out, detail[top:top+rows]...)
	}
	return cw.fitLines(out, f.w, f.h)
}

// detailRule is the rule above the detail, marked with the key that
// shows more of it: "K▲" when lines are hidden above, "J▼" when below.
func (f *findingsScreen) detailRule(above, below bool) string {
	st := f.sh.st
	var parts []string
	if above {
		parts = append(parts, "K▲")
	}
	if below {
		parts = append(parts, "J▼")
	}
	marks := strings.Join(parts, " ")
	if marks == "" || f.w < 12 {
		return st.Border.Render(strings.Repeat("─", f.w))
	}
	w := f.sh.cells.width(marks)
	return st.Border.Render(strings.Repeat("─", f.w-w-3)+" ") + st.StatusKey.Render(marks) + st.Border.Render(" ─")
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
	// The place is what the user opens the file at: where the row is too
	// narrow, the check's name is cut before it.
	check := string(x.Check)
	if over := cw.width(w.findings.severity[x.Severity]+"    "+check+place) - max(f.w-2, 1); over > 0 {
		check = cw.truncate(check, max(cw.width(check)-over, 6), "…")
	}
	head := sev.Render(w.findings.severity[x.Severity]) + "  " + st.Heading.Render(check) + "  " + st.StatusDim.Render(place)
	msg := cw.truncate(oneLine(x.Msg), max(f.w-2, 1), "…")
	if sel {
		msg = st.RowSelected.Render(cw.pad(msg, max(f.w-2, 1)))
	} else {
		msg = st.Row.Render(msg)
	}
	return []string{mark + cw.truncate(head, max(f.w-2, 1), "…"), mark + msg}
}

// shortHelp offers what works now: no moving or opening without
// findings; scrolling the detail when it is cut.
func (f *findingsScreen) shortHelp() []key.Binding {
	k := f.keys()
	switch {
	case len(f.findings()) == 0:
		return []key.Binding{k.back}
	case f.detailCut():
		return []key.Binding{k.move, k.detail, k.open, k.back}
	}
	return []key.Binding{k.move, k.open, k.back}
}

// revealKey is J/K while the selected finding's detail is cut.
func (f *findingsScreen) revealKey() (key.Binding, bool) {
	return f.keys().detail, len(f.findings()) > 0 && f.detailCut()
}

func (f *findingsScreen) fullHelp() []helpGroup {
	k, w := f.keys(), f.sh.w()
	return []helpGroup{{w.help.findings, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.first, k.last, k.detail, k.open, k.back}}}
}

// codeLine is a RACI line a check's text names for the reader to write
// ("Overlaps: marketing/responsibilities/8", "Accountable: marketing",
// "批准：marketing" for a Chinese file's line): the key and its value, up
// to the punctuation after it.
var codeLine = lazyre.New(`\b(?:Responsible|Accountable|Consulted|Informed|Overlaps): [^\s,;)）]+|(?:负责|批准|咨询|知会|重叠)：[^\s,;)）、，；（]+`)

// wordJoiner keeps the characters of a Chinese code ("批准：marketing")
// on one line while its text is wrapped (linebreak: UAX #14 WJ).
const wordJoiner = "\u2060"

// codeGlue stands for a code's space while its text is wrapped: a
// no-break space, as wide, where the line breaker never breaks.
const codeGlue = "\u00a0"

// hangCode is hang for a text that names RACI lines (codeLine): each
// wraps as one unit, onto the next line when the rest of a line cannot
// hold it, wherever a line can hold it whole; one wider than a line breaks
// at its space. The screen gets plain spaces back: a code copied from it
// reads as a RACI line.
//
// Two spaces set off the text to paste ("add  Accountable: hall  under
// it"), as the command line prints it: they are kept (a glue and a space,
// where a line may break), where wrapping would make them one.
func (c cells) hangCode(prefix, text string, w int) []string {
	room := max(w-c.width(prefix), 1)
	// As wrap does (oneLine), before the glue (a space to it), but
	// keeping two spaces two.
	parts := strings.Split(text, "  ")
	kept := parts[:0]
	for _, p := range parts {
		if p = oneLine(p); p != "" {
			kept = append(kept, p)
		}
	}
	text = strings.Join(kept, codeGlue+" ")
	glued := codeLine().ReplaceAllStringFunc(text, func(code string) string {
		if c.width(code) > room {
			return code
		}
		if key, value, ok := strings.Cut(code, "："); ok {
			return strings.Join(strings.Split(key, ""), wordJoiner) + wordJoiner + "：" + wordJoiner + value
		}
		return strings.Replace(code, ": ", ":"+codeGlue, 1)
	})
	lines := c.counting().Wrap(glued, room)
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(strings.ReplaceAll(l, codeGlue, " "), wordJoiner, "")
	}
	return c.hangLines(prefix, lines)
}
