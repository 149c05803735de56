// Package ui is dutymap's terminal interface: a Bubble Tea v2 program whose
// root keeps a stack of screens (the explorer, search, the department
// picker, the comparison, the key overlay) and the things they share.
// docs/architecture.md describes the shape.
package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// Theme chooses colours for the terminal's background.
type Theme string

const (
	ThemeAuto  Theme = "auto"
	ThemeDark  Theme = "dark"
	ThemeLight Theme = "light"
)

// Config is what the program needs from the command line.
type Config struct {
	Org     *model.Org
	Lang    model.Lang
	Theme   Theme
	NoColor bool
	// Title names the organisation in the header: content layer names
	// joined with " + " ("built-in", "./myorg"); the built-in layer's
	// name is shown in the current language.
	Title string
	// ShowLayer names each node's content layer on its page; worth it only
	// when several layers are loaded.
	ShowLayer bool
	// Similarity is the duty-similarity index of Org, built or being built
	// in the background (model.BuildSimilarity): duty pages list similar
	// duties and comparisons pair duties once it is done, and say so
	// meanwhile. Several programs (SSH sessions) may share one. When nil,
	// New starts a build.
	Similarity *model.SimilarityBuild
	// Search is the search index of Org (search.New); it is safe for
	// concurrent use, so several programs (SSH sessions) may share one.
	// When nil, New makes one.
	Search *search.Index
	// Command is how the checks' fixes name a dutymap command (see
	// ownership.Options.Command): the command line that runs sub on this
	// content. nil gives "dutymap " + sub.
	Command func(sub string) string
}

// builtinLayer is the name content.Builtin gives the embedded layer.
const builtinLayer = "built-in"

// maxHistory bounds the places kept for going back.
const maxHistory = 50

// Model is the root of the program. It keeps the stack of screens (the
// history: the top is on screen, esc goes back down it, going forward
// brings back what was left) and the shared things, and routes messages:
//
//  1. window size, background colour: to itself, then a new layout;
//  2. finished renders and searches: to every screen on the stack;
//  3. keys: ctrl+c always quits; while the top screen is not typing, q,
//     ?, L, forward and the launchers' keys are the root's; then the top
//     screen gets the key;
//  4. mouse: the header and key bar are the root's, the body is the top
//     screen's, in its own coordinates;
//  5. what a screen returns is an intent, which the root applies to the
//     stack.
type Model struct {
	sh            *shared
	dark          bool
	width, height int
	stack         []screen // stack[0] is the first explorer; never empty
	forward       []screen // places gone back from, the last most recent
	// version is the newest version of the content taken or waiting;
	// problems what is wrong with the content's files, nil when nothing
	// is (see ContentMsg).
	version  int
	problems *ContentProblems
	// held are the keys and pastes that came while the window was below
	// the least size, or before its size was known: given to the screens
	// in order once it is large enough. A key can reach the program
	// before the size the window had when it was typed (tmux sends both
	// at once), and a search typed through a narrow moment must not lose
	// its letters.
	held []tea.Msg
	// quitPressed: the left button went down on the key bar's quit. The
	// program quits on its release: quitting on the press gave the
	// terminal back with the release still to come, typed into the shell
	// ("0;74;24m").
	quitPressed bool
	// quitting is set once the program is told to quit: View draws the
	// last frame blank.
	quitting bool
	// timed is the notice whose timer runs (see timeNotice); after makes
	// that timer (noticeTimer; nil: notices wait for a key).
	timed noticeExpiredMsg
	after func(time.Duration, tea.Msg) tea.Cmd
}

// maxHeld bounds the keys and pastes held while the window is too small.
const maxHeld = 1024

// New builds the program's model.
func New(cfg Config) *Model {
	if cfg.Theme == "" {
		cfg.Theme = ThemeAuto
	}
	dark := cfg.Theme != ThemeLight
	missing := !cfg.Org.HasLang(cfg.Lang)
	if missing {
		cfg.Lang = cfg.Lang.Other()
	}
	m := &Model{dark: dark, sh: newShared(cfg, NewStyles(dark, cfg.NoColor)), after: noticeTimer}
	if missing {
		// Asked for a language the content lacks ("ssh -t host zh" on
		// English-only content): say so, as L does, not only switch.
		w := m.sh.w()
		m.sh.say(fmt.Sprintf(w.app.noLang, w.langName[cfg.Lang.Other()]))
	}
	m.stack = []screen{newExplorer(m.sh)}
	return m
}

// Init prepares the search index in the background, waits for the
// similarity index, and asks the terminal for its background colour when
// the theme is auto.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.sh.search.engine.warm(m.sh.lang), m.sh.waitSimilarity()}
	if m.sh.cfg.Theme == ThemeAuto {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

func (m *Model) top() screen { return m.stack[len(m.stack)-1] }

// base is the screen drawn in the body: the top, or below a dialog the
// nearest screen that is not one.
func (m *Model) base() screen {
	for i := len(m.stack) - 1; i > 0; i-- {
		if _, ok := m.stack[i].(dialog); !ok {
			return m.stack[i]
		}
	}
	return m.stack[0]
}

func (m *Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

// bodyHeight is the body's height: all but the header, the key bar and
// the content problems' banner.
func (m *Model) bodyHeight() int { return m.height - 2 - m.problemRows() }

// Update routes a message (see Model), and times the notice it said.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := m.update(msg)
	if t := m.timeNotice(); t != nil {
		cmd = tea.Batch(cmd, t)
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case noticeExpiredMsg:
		m.expire(msg)
		return m, nil
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		cmd := m.relayout()
		if m.tooSmall() || len(m.held) == 0 {
			return m, cmd
		}
		return m, tea.Batch(cmd, m.release())
	case tea.ModeReportMsg:
		// The terminal counts cells per grapheme cluster (mode 2027), and
		// Bubble Tea's renderer now does too: so must the layout.
		if msg.Mode == ansi.ModeUnicodeCore && (msg.Value == ansi.ModeSet || msg.Value == ansi.ModeReset ||
			msg.Value == ansi.ModePermanentlySet) {
			m.sh.cells = cells{ansi.GraphemeWidth}
			return m, m.relayout()
		}
		return m, nil
	case tea.BackgroundColorMsg:
		if m.sh.cfg.Theme == ThemeAuto && msg.IsDark() != m.dark {
			m.dark = msg.IsDark()
			m.sh.st = NewStyles(m.dark, m.sh.cfg.NoColor)
			return m, m.relayout()
		}
		return m, nil
	case pageRenderedMsg:
		return m, tea.Batch(m.sh.pages.done(msg), m.broadcast(msg))
	case relatedMsg:
		if msg.org != m.sh.org {
			return m, nil // looked up in content since replaced
		}
		m.sh.keepRelated(msg)
		return m, m.broadcast(msg)
	case headWordsMsg:
		if msg.org != m.sh.org {
			return m, nil // worked out for content since replaced
		}
		m.sh.headWords = msg.words
		return m, m.broadcast(msg)
	case ContentMsg:
		return m, m.content(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.MouseClickMsg:
		m.quitPressed = false
		return m, m.mouse(msg.Mouse(), true)
	case tea.MouseReleaseMsg:
		if m.quitPressed {
			m.quitPressed = false
			if ms := msg.Mouse(); ms.Y == m.height-1 && m.barQuitAt(ms.X) {
				return m, m.quit()
			}
		}
		return m, m.broadcast(msg)
	case tea.MouseWheelMsg:
		return m, m.mouse(msg.Mouse(), false)
	case tea.PasteMsg:
		return m, m.paste(msg)
	default:
		return m, m.broadcast(msg)
	}
}

// paste gives pasted text to the top screen, or holds it while the window
// is too small.
func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	if m.tooSmall() {
		m.hold(msg)
		return nil
	}
	in, cmd := m.top().update(msg)
	return tea.Batch(cmd, m.apply(in))
}

// hold keeps a key or paste for when the window is large enough again.
func (m *Model) hold(msg tea.Msg) {
	if len(m.held) < maxHeld {
		m.held = append(m.held, msg)
	}
}

// release gives the held keys and pastes to the screens, in the order
// they came, now that the window is large enough.
func (m *Model) release() tea.Cmd {
	held := m.held
	m.held = nil
	var cmds []tea.Cmd
	for _, msg := range held {
		switch msg := msg.(type) {
		case tea.KeyPressMsg:
			cmds = append(cmds, m.key(msg))
		case tea.PasteMsg:
			cmds = append(cmds, m.paste(msg))
		}
	}
	return tea.Batch(cmds...)
}

// broadcast gives an asynchronous result to every screen: the one that
// asked may be below the top (a search under the help overlay). Only the
// top screen's intent is carried out (a search's enter waiting for its
// results).
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	var todo intent
	top := m.top()
	for _, s := range m.stack {
		in, cmd := s.update(msg)
		cmds = append(cmds, cmd)
		if s == top {
			todo = in
		}
	}
	return tea.Batch(append(cmds, m.apply(todo))...)
}

// relayout sizes the screens on view to the body.
func (m *Model) relayout() tea.Cmd {
	if m.tooSmall() {
		return nil
	}
	w, h := m.width, m.bodyHeight()
	cmd := m.base().layout(w, h)
	if top := m.top(); top != m.base() {
		cmd = tea.Batch(cmd, top.layout(w, h))
	}
	return cmd
}

func (m *Model) keys() *globalKeys { return &globalKeyMaps()[m.sh.lang] }

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	m.sh.notice = ""
	g := m.keys()
	if key.Matches(msg, g.forceQuit) {
		return m.quit()
	}
	if m.tooSmall() {
		// q quits here as on any screen not being typed in; once keys are
		// held, it may be a letter of what they open (/ then q).
		if len(m.held) == 0 && !m.top().typing() && key.Matches(msg, g.quit) {
			return m.quit()
		}
		m.hold(msg)
		return nil
	}
	top := m.top()
	_, isDialog := top.(dialog)
	switch {
	case isDialog:
		if top.typing() && key.Matches(msg, g.helpTyping) {
			return m.openHelp()
		}
		if _, ok := top.(*helpScreen); ok && key.Matches(msg, g.lang) {
			return m.toggleLang() // the ? overlay lists L among the keys that work everywhere
		}
	case top.typing():
		switch {
		case key.Matches(msg, g.helpTyping):
			return m.openHelp()
		case key.Matches(msg, g.forwardTyping):
			return m.goForward()
		}
	default:
		switch {
		case key.Matches(msg, g.quit):
			return m.quit()
		case key.Matches(msg, g.help, g.helpTyping):
			return m.openHelp()
		case key.Matches(msg, g.lang):
			return m.toggleLang()
		case key.Matches(msg, g.forward):
			return m.goForward()
		}
		for i, b := range launcherKeyMaps()[m.sh.lang] {
			if key.Matches(msg, b) {
				return m.launch(i)
			}
		}
	}
	in, cmd := top.update(msg)
	return tea.Batch(cmd, m.apply(in))
}

// subject is the node the top screen is about, or nil.
func (m *Model) subject() *model.Node { return subjectOf(m.top()) }

func (m *Model) launch(i int) tea.Cmd {
	s, notice := launchers[i].open(m.sh, m.top())
	if s == nil {
		m.sh.say(notice)
		return nil
	}
	return m.push(s)
}

func (m *Model) openHelp() tea.Cmd {
	return m.push(newHelp(m.sh, m.helpGroups(m.top())))
}

// helpGroups is what the ? overlay lists over s: s's keys, then those
// that work everywhere and the mouse, each key once (its first group
// keeps it: "esc/⌫ back" was listed under the tree, the page and
// everywhere), two keys of one action in one line ("]/alt+→, ctrl+]
// forward"), and not the keys that open the overlay itself (tryout24
// H21).
func (m *Model) helpGroups(s screen) []helpGroup {
	g := m.keys()
	opens := map[string]bool{g.help.Help().Key: true, g.helpTyping.Help().Key: true}
	seen := map[key.Help]bool{}
	keysOf := map[string][]string{} // the keys listed for each action
	own := s.fullHelp()
	var out []helpGroup
	for gi, grp := range append(own, m.everywhere()...) {
		var keys []key.Binding
		for _, b := range grp.keys {
			h := b.Help()
			if seen[h] || opens[h.Key] {
				continue
			}
			// The screen's own binding of an action ("esc back" on the
			// search screen) stands for the general one it shares a key
			// with; on a screen that takes text, a key that is a letter
			// types it there, so the general bindings of letters are left
			// out (m is not the matrix in a search field).
			shown := helpKeyNames(h.Key)
			if gi >= len(own) && (slices.ContainsFunc(shown, func(k string) bool { return slices.Contains(keysOf[h.Desc], k) }) ||
				s.typing() && !slices.ContainsFunc(shown, func(k string) bool { return len([]rune(k)) > 1 })) {
				continue
			}
			seen[h] = true
			keysOf[h.Desc] = append(keysOf[h.Desc], shown...)
			if i := slices.IndexFunc(keys, func(k key.Binding) bool { return k.Help().Desc == h.Desc }); i >= 0 {
				// One action, two keys: one line, both keys.
				merged := keys[i]
				merged.SetHelp(merged.Help().Key+", "+h.Key, h.Desc)
				keys[i] = merged
				continue
			}
			keys = append(keys, b)
		}
		if len(keys) > 0 {
			out = append(out, helpGroup{grp.title, keys})
		}
	}
	return out
}

// helpKeyNames are the keys a binding's help names: "esc/⌫/←" is esc, ⌫
// and ←; "q, ctrl+c" q and ctrl+c ("ctrl+a/e" stays whole enough: its
// parts name no other binding's key).
func helpKeyNames(k string) []string {
	return strings.FieldsFunc(k, func(r rune) bool { return r == '/' || r == ',' || r == ' ' })
}

// everywhere is the help of the root's own keys and of the mouse.
func (m *Model) everywhere() []helpGroup {
	g, w := m.keys(), m.sh.w()
	keys := append([]key.Binding{g.back, g.forward, g.forwardTyping}, launcherKeyMaps()[m.sh.lang]...)
	keys = append(keys, g.lang, g.help, g.helpTyping, g.quit, g.forceQuit)
	h := w.help
	mouse := []key.Binding{
		bind(h.clickKey, h.click), bind(h.twiceKey, h.twice), bind(h.wheelKey, h.wheel), bind(h.tabsKey, h.tabs),
	}
	return []helpGroup{{h.everywhere, keys}, {h.mouse, mouse}}
}

func (m *Model) toggleLang() tea.Cmd {
	next := m.sh.lang.Other()
	if !m.sh.org.HasLang(next) {
		w := m.sh.w()
		m.sh.say(fmt.Sprintf(w.app.noLang, w.langName[next]))
		return nil
	}
	m.sh.lang = next
	if h, ok := m.top().(*helpScreen); ok && len(m.stack) > 1 {
		// The overlay's keys were listed in the other language: list them
		// again from the screen below, at the same place.
		below := m.stack[len(m.stack)-2]
		n := newHelp(m.sh, m.helpGroups(below))
		n.offset = h.offset
		m.stack[len(m.stack)-1] = n
	}
	return m.relayout()
}

// push shows s as a new place in the history; a new place ends the way
// forward, as following a link does in a browser. Dialogs are not places.
func (m *Model) push(s screen) tea.Cmd {
	if _, ok := s.(dialog); !ok {
		m.forward = nil
	}
	m.stack = append(m.stack, s)
	if len(m.stack) > maxHistory {
		m.stack = append(m.stack[:1], m.stack[2:]...)
	}
	var start tea.Cmd
	if st, ok := s.(interface{ start() tea.Cmd }); ok {
		start = st.start()
	}
	return tea.Batch(m.relayout(), start)
}

// pop removes the top screen, keeping it for going forward unless it is a
// dialog. A screen that works in the background (a comparison being
// computed) is told to stop.
func (m *Model) pop(keep bool) {
	s := m.top()
	m.stack = m.stack[:len(m.stack)-1]
	if l, ok := s.(interface{ leave() }); ok {
		l.leave()
	}
	if _, ok := s.(dialog); keep && !ok {
		m.forward = append(m.forward, s)
	}
}

func (m *Model) goForward() tea.Cmd {
	if len(m.forward) == 0 {
		m.sh.say(m.sh.w().app.noForward)
		return nil
	}
	s := m.forward[len(m.forward)-1]
	m.forward = m.forward[:len(m.forward)-1]
	m.stack = append(m.stack, s)
	return m.relayout()
}

// apply carries out what a screen asked for.
func (m *Model) apply(in intent) tea.Cmd {
	switch in := in.(type) {
	case back:
		if len(m.stack) == 1 {
			m.sh.say(m.sh.w().app.noHistory)
			return nil
		}
		m.pop(true)
		return m.relayout()
	case open:
		return m.push(in.s)
	case replace:
		m.pop(false)
		return m.push(in.s)
	case goTo:
		return m.goTo(in.node)
	case quit:
		return m.quit()
	}
	return nil
}

// goTo opens a copy of the nearest explorer showing n. A jump from an
// explorer's page (a similar duty) keeps the page's focus.
func (m *Model) goTo(n *model.Node) tea.Cmd {
	var from *explorer
	for i := len(m.stack) - 1; i >= 0 && from == nil; i-- {
		from, _ = m.stack[i].(*explorer)
	}
	e := from.clone()
	e.resize(m.width, m.bodyHeight())
	e.arrive(n, m.top() == screen(from) && from.onPage)
	return m.push(e)
}

// mouse routes a click or wheel event: the header's language names and
// the key bar's keys are the root's; the body belongs to the top screen,
// which gets the position relative to its own area.
func (m *Model) mouse(ms tea.Mouse, click bool) tea.Cmd {
	if m.tooSmall() {
		return nil
	}
	switch {
	case ms.Y == 0:
		if click && ms.Button == tea.MouseLeft {
			return m.clickHeader(ms.X)
		}
		return nil
	case ms.Y == m.height-1:
		if click && ms.Button == tea.MouseLeft {
			return m.clickBar(ms.X)
		}
		return nil
	}
	ms.Y--
	if ms.Y >= m.bodyHeight() {
		return nil // the problems banner
	}
	top := m.top()
	if _, ok := top.(dialog); ok {
		x, y := m.dialogOrigin(top.view())
		ms.X, ms.Y = ms.X-x, ms.Y-y
	}
	var msg tea.Msg = tea.MouseWheelMsg(ms)
	if click {
		msg = tea.MouseClickMsg(ms)
	}
	in, cmd := top.update(msg)
	return tea.Batch(cmd, m.apply(in))
}

// clickHeader switches to the language clicked in the header's tabs.
func (m *Model) clickHeader(x int) tea.Cmd {
	tabs, cw := m.langTabs(), m.sh.cells
	start := m.width - cw.width(tabs)
	for _, l := range model.Langs {
		name := l.Name()
		if i := strings.Index(ansi.Strip(tabs), name); i >= 0 {
			from := start + cw.width(ansi.Strip(tabs)[:i])
			if x >= from && x < from+cw.width(name) && l != m.sh.lang {
				return m.toggleLang()
			}
		}
	}
	return nil
}

// clickBar presses the key whose help was clicked on the key bar; quit
// waits for the button's release (quitPressed).
func (m *Model) clickBar(x int) tea.Cmd {
	if m.barQuitAt(x) {
		m.quitPressed = true
		return nil
	}
	_, items := m.bar()
	for _, it := range items {
		if x >= it.from && x < it.to && len(it.b.Keys()) > 0 {
			return m.key(keyPress(it.b.Keys()[0]))
		}
	}
	return nil
}

// barQuitAt reports whether column x of the key bar is its quit item.
func (m *Model) barQuitAt(x int) bool {
	g := m.keys()
	_, items := m.bar()
	for _, it := range items {
		if x >= it.from && x < it.to && len(it.b.Keys()) > 0 {
			k := it.b.Keys()[0]
			return slices.Contains(g.quit.Keys(), k) || slices.Contains(g.quitTyping.Keys(), k)
		}
	}
	return false
}

// keyPress is the key press a key name (as key.Binding lists them) stands
// for.
func keyPress(name string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "backspace": tea.KeyBackspace, "space": tea.KeySpace,
		"f1": tea.KeyF1,
	}
	mod := tea.KeyMod(0)
	for _, p := range []struct {
		prefix string
		mod    tea.KeyMod
	}{{"ctrl+", tea.ModCtrl}, {"alt+", tea.ModAlt}, {"shift+", tea.ModShift}} {
		if rest, ok := strings.CutPrefix(name, p.prefix); ok {
			name, mod = rest, mod|p.mod
		}
	}
	if c, ok := special[name]; ok {
		return tea.KeyPressMsg{Code: c, Mod: mod}
	}
	r := []rune(name)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: name}
}

// dialogOrigin is where a dialog's box sits in the body: centred.
func (m *Model) dialogOrigin(box []string) (x, y int) {
	bw := 0
	if len(box) > 0 {
		bw = m.sh.cells.width(box[0])
	}
	return max((m.width-bw)/2, 0), max((m.bodyHeight()-len(box))/2, 0)
}

// View draws the whole screen: exactly width × height cells.
func (m *Model) View() tea.View {
	content := m.Render()
	if m.quitting {
		// The last frame, drawn before the alternate screen is left, is
		// blank: tmux, after a resize, carried rows of the last frame
		// onto the user's screen when the alternate screen ended
		// (tryoutb26 B6).
		content = ""
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	// No window title: Bubble Tea can only blank it on exit, not give the
	// user's title back, and the title stack (XTWINOPS 22/23) is missing
	// from tmux and others.
	return v
}

// quit ends the program: Bubble Tea draws one last frame, which View
// leaves blank, and gives the terminal back.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Quit
}

// Render returns the screen's text; View wraps it for Bubble Tea. Tests
// and benchmarks call it directly.
func (m *Model) Render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallView()
	}
	body := m.base().view()
	if top := m.top(); top != m.base() {
		body = m.overlay(body, top.view())
	}
	body = append(body, m.problemLines()...)
	return m.headerView() + "\n" + strings.Join(body, "\n") + "\n" + m.statusView()
}

// overlay draws a dialog's box centred over the body, which is dimmed.
func (m *Model) overlay(body, box []string) []string {
	cw := m.sh.cells
	out := make([]string, len(body))
	for i, l := range body {
		out[i] = m.sh.st.Backdrop.Render(ansi.Strip(l))
	}
	x, y := m.dialogOrigin(box)
	for i, b := range box {
		row := y + i
		if row >= len(out) {
			break
		}
		bw := cw.width(b)
		out[row] = cw.pad(cw.cut(out[row], 0, x)+cw.truncate(b, m.width-x, "")+cw.cut(out[row], x+bw, m.width), m.width)
	}
	return out
}

func (m *Model) tooSmallView() string {
	w, cw := m.sh.w().app, m.sh.cells
	// The least size and the window's, said as fully as the window
	// allows: "needs at least 24×6 (now 20×5)" on two lines at 20×5, not
	// one size that reads as the window's.
	msg := []string{fmt.Sprintf(w.tooSmall, m.width, m.height, minWidth, minHeight)}
	if m.width < cw.width(msg[0]) {
		msg = []string{fmt.Sprintf(w.tooSmallShort, minWidth, minHeight, m.width, m.height)}
	}
	if m.width < cw.width(msg[0]) && m.height >= 2 {
		msg = []string{fmt.Sprintf(w.tooSmallLines[0], minWidth, minHeight), fmt.Sprintf(w.tooSmallLines[1], m.width, m.height)}
	}
	lines := make([]string, m.height)
	top := (m.height - len(msg)) / 2
	for i, l := range msg {
		l = cw.truncate(l, m.width, "")
		lines[top+i] = strings.Repeat(" ", (m.width-cw.width(l))/2) + l
	}
	return strings.Join(cw.fitLines(lines, m.width, m.height), "\n")
}

func (m *Model) headerView() string {
	st := m.sh.st
	title := st.Title.Render("dutymap")
	if t := m.title(); t != "" {
		title += st.TitleDim.Render(" · " + t)
	}
	return m.sh.cells.spread(title, m.langTabs(), m.width)
}

// title names the loaded content layers, the built-in one in the current
// language.
func (m *Model) title() string {
	if m.sh.cfg.Title == "" {
		return ""
	}
	parts := strings.Split(oneLine(m.sh.cfg.Title), " + ")
	for i, p := range parts {
		if p == builtinLayer {
			parts[i] = m.sh.w().app.builtin
		}
	}
	return strings.Join(parts, " + ")
}

// langTabs shows both languages with the active one emphasised.
func (m *Model) langTabs() string {
	st := m.sh.st
	parts := make([]string, 0, model.NumLangs)
	for _, l := range model.Langs {
		if l == m.sh.lang {
			parts = append(parts, st.Title.Render(l.Name()))
		} else {
			parts = append(parts, st.TitleDim.Render(l.Name()))
		}
	}
	return strings.Join(parts, st.TitleDim.Render(" | "))
}

// keyLine lays out the key bar for the top screen, leaving want cells on
// its right for what shares its line (the breadcrumb, a notice) where
// that costs only the keys that yield to it (the language and the views
// after search and compare); want is 0 when nothing does.
func (m *Model) keyLine(want int) (string, []barItem) {
	g, top := m.keys(), m.top()
	items := top.shortHelp()
	var kept *key.Binding
	if r, ok := top.(revealer); ok {
		if b, cut := r.revealKey(); cut {
			kept = &b
		}
	}
	tail := []key.Binding{g.help, g.quit}
	_, isDialog := top.(dialog)
	switch {
	case top.typing():
		tail = []key.Binding{g.helpTyping, g.quitTyping}
		if len(m.forward) > 0 && !isDialog {
			// Only where there is somewhere to go, and not in a dialog
			// (the picker), whose keys the screen below does not get
			// (see key): the field's own keys come first.
			items = append(items, g.forwardTyping)
		}
	case isDialog:
		tail = []key.Binding{g.quit}
	default:
		// After a jump to the tree (a search's result, a comparison's
		// duty) esc goes back and ] forward: say so, as the page's bar
		// does, while there is somewhere to go.
		if e, ok := top.(*explorer); ok && !e.onPage && !e.page.finding && len(m.stack) > 1 {
			items = append(items, e.keys().back)
		}
		if len(m.forward) > 0 {
			items = append(items, g.forward)
		}
		// The screen's keys, search and compare take what they need; the
		// language and the other views follow, but only where they leave
		// the breadcrumb the room it needs (the ? overlay lists them all).
		var views []key.Binding
		for i, b := range launcherKeyMaps()[m.sh.lang] {
			if launchers[i].offered(m.sh, top) {
				views = append(views, b)
			}
		}
		items = append(items, views[:min(2, len(views))]...)
		own, _ := keyBar(m.sh.cells, m.sh.st, items, kept, tail, m.width)
		width := m.width
		if room := m.width - m.sh.cells.width(own) - 2; want > 0 && room >= min(want, crumbMin) {
			width = m.width - min(want, room) - 2 // the breadcrumb or notice fits: keep its room
		}
		items = append(append(items, g.lang), views[min(2, len(views)):]...)
		return keyBar(m.sh.cells, m.sh.st, items, kept, tail, width)
	}
	return keyBar(m.sh.cells, m.sh.st, items, kept, tail, m.width)
}

// crumbMin is the least room the key bar's breadcrumb is shown in.
const crumbMin = 16

// bar is the key bar as drawn, and where each key is on it: nothing when
// a notice has the line to itself.
func (m *Model) bar() (string, []barItem) {
	bar, items, _ := m.status()
	return bar, items
}

// status lays out the key bar's line: the keys, and on the right a notice
// (see shared.notice) or else the breadcrumb of what the top screen is
// about, where there is room. The keys come first: a notice takes the
// room the breadcrumb would, and more from the keys that yield to it (the
// language, the views after search and compare). A notice cut short
// would not say what happened: where it does not fit whole beside the
// keys it has the line to itself (bar empty), but only until the next key
// or noticeFor, when the keys come back.
func (m *Model) status() (bar string, items []barItem, right string) {
	st, cw := m.sh.st, m.sh.cells
	if n := oneLine(m.sh.notice); n != "" {
		nw := cw.width(n)
		bar, items = m.keyLine(nw)
		if m.width-cw.width(bar)-2 < nw {
			return "", nil, st.Notice.Render(cw.truncate(n, m.width, "…"))
		}
		return bar, items, st.Notice.Render(n)
	}
	n := m.subject()
	if n == nil {
		bar, items = m.keyLine(0)
		return bar, items, ""
	}
	// A duty is on screen already: the crumb says who owns it.
	parts := ownerParts(n, m.sh.lang)
	if !n.Kind.IsLeaf() {
		parts = append(parts, n.Title.In(m.sh.lang))
	}
	want := crumbMin
	if nm, ok := m.top().(namer); ok && nm.wholeName() {
		want = max(want, min(cw.width(strings.Join(parts, crumbSep)), m.width/2))
	}
	bar, items = m.keyLine(want)
	if room := min(m.width-cw.width(bar)-2, m.width/2); room >= crumbMin {
		right = st.StatusDim.Render(cw.crumb(parts, room))
	}
	return bar, items, right
}

// statusView draws the key bar's line (see status).
func (m *Model) statusView() string {
	bar, _, right := m.status()
	if bar == "" {
		return m.sh.cells.pad(right, m.width) // a notice alone
	}
	if right == "" {
		return m.sh.cells.pad(bar, m.width) // spread keeps a cell for the right part: a full bar would lose it
	}
	return m.sh.cells.spread(bar, right, m.width)
}
