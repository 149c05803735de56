package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// noticeFor is how long a notice stays in the key bar when no key comes:
// long enough to read it, short enough that the bar is soon all keys
// again (a notice that has the line to itself hides them meanwhile).
const noticeFor = 5 * time.Second

// noticeExpiredMsg says the notice numbered n of sh has been up for
// noticeFor: it goes unless a newer notice has replaced it.
type noticeExpiredMsg struct {
	sh *shared
	n  int
}

// noticeTimer is the tick that ends a notice: tea.Tick in the program.
// Tests that run commands synchronously replace it (Model.after), and
// send noticeExpiredMsg themselves.
func noticeTimer(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// timeNotice starts the timer of a notice said since the last message
// (shared.say numbers each, so a notice said again is timed again).
func (m *Model) timeNotice() tea.Cmd {
	sh := m.sh
	if sh.notice == "" || (m.timed.sh == sh && m.timed.n == sh.noticeN) {
		return nil
	}
	m.timed = noticeExpiredMsg{sh, sh.noticeN}
	if m.after == nil {
		return nil
	}
	return m.after(noticeFor, m.timed)
}

// expire ends the notice msg times, when it is still the one shown.
func (m *Model) expire(msg noticeExpiredMsg) {
	if msg.sh == m.sh && msg.n == m.sh.noticeN {
		m.sh.notice = ""
	}
}
