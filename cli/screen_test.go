package cli

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/ui"
)

// leaky is a model whose view carries what no content should ever bring
// to the screen: it stands for any text that slipped past the loader.
type leaky struct{ updates int }

func (l leaky) Init() tea.Cmd { return nil }
func (l leaky) Update(tea.Msg) (tea.Model, tea.Cmd) {
	l.updates++
	return l, nil
}
func (l leaky) View() tea.View {
	v := tea.NewView("\x1b[1mtitle\x1b[0m \x1b]52;c;aGk=\x07\x1b[2J\x1b[>4;2m\u009b\u202e ok")
	v.WindowTitle = "\x1b]0;owned\x07x"
	return v
}

// The explorer's view is filtered as the last step before Bubble Tea draws
// it: colour stays, everything that acts on the terminal goes.
func TestScreenFiltersTheView(t *testing.T) {
	v := screen{Model: leaky{}, jobs: &jobControl{}}.View()
	if v.Content != "\x1b[1mtitle\x1b[0m  ok" {
		t.Errorf("view %q", v.Content)
	}
	if v.WindowTitle != "x" {
		t.Errorf("title %q", v.WindowTitle)
	}
}

// ctrl+z suspends (where the platform can) instead of reaching the
// explorer; other keys reach it.
func TestScreenSuspendsOnCtrlZ(t *testing.T) {
	s := screen{Model: leaky{}, jobs: &jobControl{}}
	m, _ := s.Update(tea.KeyPressMsg{Code: 'a'})
	if m.(screen).Model.(leaky).updates != 1 {
		t.Error("a key did not reach the explorer")
	}
	m, cmd := s.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if !canSuspend {
		return
	}
	if m.(screen).Model.(leaky).updates != 0 || cmd == nil {
		t.Fatal("ctrl+z went to the explorer")
	}
	if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Errorf("ctrl+z gave %T, want a suspension", cmd())
	}
}

// BenchmarkScreenView measures what filtering costs per frame of the
// explorer at 200×60 with the built-in content: the filter against the
// frame it filters.
func BenchmarkScreenView(b *testing.B) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		b.Fatal(err)
	}
	var m tea.Model = ui.New(ui.Config{Org: org, Lang: model.En, Theme: ui.ThemeDark})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	frame := m.View().Content
	b.Logf("frame: %d bytes, %d lines", len(frame), strings.Count(frame, "\n")+1)
	b.Run("view", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("filter", func(b *testing.B) {
		for b.Loop() {
			_ = termsafe.KeepSGR(frame)
		}
	})
}

// A suspension announces the one SIGTSTP Bubble Tea sends itself, and that
// signal takes the announcement: a SIGTSTP sent as soon as the explorer is
// back after fg, before the ResumeMsg reaches the model, starts a clean
// suspension of its own instead of stopping the process with the
// terminal still in the explorer's modes.
func TestSuspendAnnouncesOneStop(t *testing.T) {
	if !canSuspend {
		t.Skip("no job control here")
	}
	var j jobControl
	s := screen{Model: leaky{}, jobs: &j}
	s.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if !j.ownStop() {
		t.Fatal("the SIGTSTP after ctrl+z was not taken as Bubble Tea's own stop")
	}
	if j.ownStop() {
		t.Fatal("a SIGTSTP after fg (no ResumeMsg yet) would stop the process without giving the terminal back")
	}
	s.Update(tea.ResumeMsg{})
	if j.ownStop() {
		t.Fatal("a SIGTSTP after the ResumeMsg would stop the process without giving the terminal back")
	}
}
