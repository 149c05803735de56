package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestProgramGolden runs the real Bubble Tea program loop through teatest:
// keys go through the input parser, pages render asynchronously, and the
// final model's screen is compared with the golden file. The renderer sends
// only changed cells, so the test reads the final model, not the stream.
func TestProgramGolden(t *testing.T) {
	m := New(Config{Org: testOrg(t), Lang: model.En, Theme: ThemeDark, Title: "built-in"})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})   // open marketing
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"}) // responsibilities
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})   // open them
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"}) // first duty
	waitScreen(t, tm, func(s string) bool {
		return strings.Contains(s, "› Responsibilities") && strings.Contains(s, "## Sources")
	})
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	golden.RequireEqual(t, ansi.Strip(settle(final).Render()))
}

// settle finishes a page rendering still in flight when the program quit,
// as the program would have a few milliseconds later: on a loaded machine
// the wait above can see the previous page's rendering before the last key
// arrives.
func settle(m Model) Model {
	if m.detail.ready || m.detail.node == nil {
		return m
	}
	next, _ := m.Update(renderCmd(m.detail.want, m.pageSource(m.detail.node))())
	return next.(Model)
}

// waitScreen polls the program's output until the screen satisfies cond;
// the condition sees the whole emitted stream, so it waits for the page
// rendering to have been drawn at least once.
func waitScreen(t *testing.T, tm *teatest.TestModel, cond func(string) bool) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return cond(ansi.Strip(string(b))) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestOneLanguageOrganisation runs the explorer on a hand-written English
// organisation with no Chinese: browsing, search and comparison work, and
// the language toggle explains instead of failing.
func TestOneLanguageOrganisation(t *testing.T) {
	org, err := content.Load(content.Dir("../cli/testdata/myorg"))
	if err != nil {
		t.Fatal(err)
	}
	m := New(Config{Org: org, Lang: model.Zh, Theme: ThemeDark, Title: "myorg"})
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if d.m.lang != model.En {
		t.Fatal("asking for Chinese on English-only content should fall back to English")
	}
	d.keys("L")
	if !strings.Contains(d.screen(), "no Chinese content") {
		t.Fatalf("the toggle should say the organisation has no Chinese:\n%s", d.screen())
	}
	d.keys("enter")
	if !strings.Contains(d.screen(), "▾ ") {
		t.Fatalf("first department did not open:\n%s", d.screen())
	}
	d.keys("/").typeText("bread")
	if len(d.m.search.results) == 0 {
		t.Fatalf("search found nothing:\n%s", d.screen())
	}
	d.keys("esc", "c").typeText("kitchen").keys("enter")
	if d.m.mode != modeCompare || !strings.Contains(d.screen(), "Kitchen") {
		t.Fatalf("comparison did not open:\n%s", d.screen())
	}
}
