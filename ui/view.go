package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// View draws the whole screen: exactly width × height cells.
func (m Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	// No window title: Bubble Tea can only blank it on exit, not give the
	// user's title back, and the title stack (XTWINOPS 22/23) is missing
	// from tmux and others.
	return v
}

// Render returns the screen's text; View wraps it for Bubble Tea. Tests and
// benchmarks call it directly.
func (m Model) Render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.lay.tooSmall {
		return fit(m.tooSmallView(), m.width, m.height)
	}
	var body []string
	switch {
	case m.showHelp:
		body = strings.Split(fit(m.helpView(), m.width, m.lay.body.h), "\n")
	case m.mode == modeCompare:
		body = m.cmp.viewLines(m.st)
	case m.mode == modePicker:
		box := m.picker.view(m.st, m.lang, m.width, m.lay.body.h)
		body = strings.Split(fit(lipgloss.Place(m.width, m.lay.body.h, lipgloss.Center, lipgloss.Center, box), m.width, m.lay.body.h), "\n")
	case m.lay.split:
		// Every pane line is exactly its pane's width, so joining is
		// concatenation: no measuring per frame.
		sep := m.st.Border.Render("│")
		var tree []string
		if m.mode == modeSearch {
			tree = m.search.viewLines(m.st, m.lang)
		} else {
			tree = m.tree.viewLines(m.st, m.lang, m.focus == paneTree)
		}
		detail := m.detail.viewLines(m.st, m.lang)
		body = make([]string, m.lay.body.h)
		for i := range body {
			body[i] = tree[i] + sep + detail[i]
		}
	case m.mode == modeSearch:
		body = m.search.viewLines(m.st, m.lang)
	case m.detailOpen:
		body = m.detail.viewLines(m.st, m.lang)
	default:
		body = m.tree.viewLines(m.st, m.lang, true)
	}
	return m.headerView() + "\n" + strings.Join(body, "\n") + "\n" + m.statusView()
}

func (m Model) tooSmallView() string {
	msg := tooSmall[m.lang]
	if m.width < ansi.StringWidth(msg) {
		msg = "too small"
	}
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, msg)
}

var tooSmall = [model.NumLangs]string{"Terminal too small — enlarge the window", "终端窗口太小，请放大"}

func (m Model) headerView() string {
	title := m.st.Title.Render("dutymap")
	if m.cfg.Title != "" {
		title += m.st.TitleDim.Render(" · " + oneLine(m.cfg.Title))
	}
	right := langTabs(m.st, m.lang)
	return spread(title, right, m.width)
}

// langTabs shows both languages with the active one emphasised.
func langTabs(st *Styles, l model.Lang) string {
	parts := make([]string, 0, model.NumLangs)
	for _, x := range model.Langs {
		if x == l {
			parts = append(parts, st.Title.Render(x.Name()))
		} else {
			parts = append(parts, st.TitleDim.Render(x.Name()))
		}
	}
	return strings.Join(parts, st.TitleDim.Render(" | "))
}

// statusView shows a notice, or the short help of whatever has focus.
func (m Model) statusView() string {
	if m.notice != "" {
		return spread(m.st.Notice.Render(m.notice), "", m.width)
	}
	left := m.help.ShortHelpView(m.ShortHelp())
	crumb := ""
	if n := m.currentNode(); n != nil && m.width >= splitWidth {
		crumb = m.st.StatusDim.Render(ansi.Truncate(n.Breadcrumb(m.lang, true), max(m.width/3, 1), "…"))
	}
	return spread(left, crumb, m.width)
}

// ShortHelp lists the most useful keys for the focused pane.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case modeSearch:
		return []key.Binding{k.FieldUp, k.FieldDown, k.Select, k.Expand, k.Back}
	case modePicker:
		return []key.Binding{k.FieldUp, k.FieldDown, k.Select, k.Back}
	case modeCompare:
		return []key.Binding{k.Up, k.Down, k.Focus, k.Select, k.Swap, k.Compare, k.Back, k.Help}
	}
	if m.focus == paneDetail {
		b := []key.Binding{k.Up, k.Down, k.Find, k.NextMatch, k.Back}
		if len(m.detail.related) > 0 {
			b = append(b, k.Jump)
		}
		return append(b, k.Help)
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Close, k.Search, k.Compare, k.Lang, k.Help, k.Quit}
}

// FullHelp groups every binding for the help overlay.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Open, k.Close, k.First, k.Last, k.PageUp, k.PageDown},
		{k.Focus, k.Find, k.NextMatch, k.PrevMatch, k.Jump, k.Back},
		{k.Search, k.FieldUp, k.FieldDown, k.Expand, k.Compare, k.Swap, k.Lang, k.Help, k.Quit},
	}
}

func (m Model) helpView() string {
	title := m.st.Heading.Render(helpTitle[m.lang])
	box := m.st.Overlay.Render(title + "\n\n" + m.help.FullHelpView(m.FullHelp()))
	return lipgloss.Place(m.width, m.lay.body.h, lipgloss.Center, lipgloss.Center, box)
}

var helpTitle = [model.NumLangs]string{"Keys — press any key to close", "按键说明（按任意键关闭）"}

// fit makes s exactly w cells wide and h lines tall: longer lines are cut,
// shorter ones padded, missing lines added.
func fit(s string, w, h int) string {
	lines := padLines(s, w)
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

func inputStyles(st *Styles) textinput.Styles {
	s := textinput.DefaultStyles(st.Dark)
	if st.NoColor {
		s = textinput.Styles{Cursor: s.Cursor}
		s.Cursor.Color = nil
	}
	s.Focused.Prompt = st.Prompt
	s.Focused.Text = st.Input
	s.Focused.Placeholder = st.Placeholder
	s.Blurred.Prompt = st.StatusDim
	// A steady cursor: no blink timer to keep alive, and stable screens.
	s.Cursor.Blink = false
	return s
}
