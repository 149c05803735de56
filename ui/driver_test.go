package ui

import (
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

var (
	builtinOnce sync.Once
	builtinOrg  *model.Org
	builtinErr  error
)

// testOrg loads the embedded organisation once for all UI tests.
func testOrg(t testing.TB) *model.Org {
	t.Helper()
	builtinOnce.Do(func() { builtinOrg, builtinErr = content.Load(content.Builtin()) })
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinOrg
}

// driver feeds messages to the model and runs the commands they return
// synchronously, the way the Bubble Tea loop would, so a test sees the
// screen after asynchronous renderings have arrived.
type driver struct {
	t    testing.TB
	m    Model
	quit bool
}

func newDriver(t testing.TB, w, h int, lang model.Lang) *driver {
	t.Helper()
	m := New(Config{Org: testOrg(t), Lang: lang, Theme: ThemeDark, Title: "built-in"})
	d := &driver{t: t, m: m}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func (d *driver) send(msgs ...tea.Msg) *driver {
	for _, msg := range msgs {
		next, cmd := d.m.Update(msg)
		d.m = next.(Model)
		d.run(cmd)
	}
	return d
}

// keys sends key presses written as Bubble Tea key strings ("j", "enter").
func (d *driver) keys(names ...string) *driver {
	for _, n := range names {
		d.send(keyMsg(n))
	}
	return d
}

// typeText sends each rune as a key press.
func (d *driver) typeText(s string) *driver {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return d
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		d.send(msg)
	}
}

// screen is what the user sees, without colours.
func (d *driver) screen() string { return ansi.Strip(d.m.Render()) }

func keyMsg(name string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "backspace": tea.KeyBackspace, "space": tea.KeySpace,
	}
	if strings.HasPrefix(name, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(name[5]), Mod: tea.ModCtrl}
	}
	if c, ok := special[name]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}
