package ui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestProgramGolden runs the real Bubble Tea program loop through teatest:
// keys go through the input parser, pages render asynchronously, and the
// final model's screen is compared with the golden file. The renderer sends
// only changed cells, so the test reads the output through a terminal
// emulator and waits until the screen shows what only the final state
// has: the first duty's page, rendered (the placeholder shows the
// Markdown's asterisks), with its similar duties.
func TestProgramGolden(t *testing.T) {
	m := New(Config{Org: testOrg(t), Lang: model.En, Theme: ThemeDark, Title: "built-in", Similarity: testSimilarity(t)})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})   // open marketing
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"}) // responsibilities
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})   // open them
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"}) // first duty
	waitScreen(t, tm, 120, 40, func(s string) bool {
		return strings.Contains(s, "▾ Responsibilities") && strings.Contains(s, "│  Marketing department › Responsibilities") &&
			strings.Contains(s, "1. Set the year's marketing targets") && !strings.Contains(s, "*Marketing department")
	})
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(untilDeadline(t))).(*Model)
	golden.RequireEqual(t, ansi.Strip(final.Render()))
}

// waitScreen feeds the program's output to a terminal emulator until its
// screen satisfies cond. It waits as long as the test may run (go test
// -timeout): a slow machine is not a failure.
func waitScreen(t *testing.T, tm *teatest.TestModel, w, h int, cond func(string) bool) {
	t.Helper()
	term := vt.NewEmulator(w, h)
	// The emulator answers the program's queries into a pipe: drain it.
	// (It is never closed: closing races with the read inside x/vt.)
	go func() { _, _ = io.Copy(io.Discard, term) }()
	fed := 0
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		// Without a pty nothing turns "\n" into "\r\n" as a terminal's
		// line discipline would: do it here.
		_, _ = term.Write(bytes.ReplaceAll(b[fed:], []byte("\n"), []byte("\r\n")))
		fed = len(b)
		return cond(term.String())
	}, teatest.WithDuration(untilDeadline(t)), teatest.WithCheckInterval(10*time.Millisecond))
}

// untilDeadline is the time left before go test's -timeout, less a minute
// for the report; without a deadline, ten minutes.
func untilDeadline(t *testing.T) time.Duration {
	if d, ok := t.Deadline(); ok {
		return max(time.Until(d)-time.Minute, time.Second)
	}
	return 10 * time.Minute
}

// TestOneLanguageOrganisation runs the explorer on a hand-written English
// organisation with no Chinese: browsing, search and comparison work, and
// the language toggle explains instead of failing.
func TestOneLanguageOrganisation(t *testing.T) {
	org, err := content.Load(content.Dir("../cli/testdata/myorg"))
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 120, 40, Config{Org: org, Lang: model.Zh, Theme: ThemeDark, Title: "myorg"})
	if d.m.sh.lang != model.En {
		t.Fatal("asking for Chinese on English-only content should fall back to English")
	}
	d.keys("L")
	if !strings.Contains(d.screen(), "has no 中文 content") {
		t.Fatalf("the toggle should say the organisation has no Chinese:\n%s", d.screen())
	}
	d.keys("enter")
	if !strings.Contains(d.screen(), "▾ ") {
		t.Fatalf("first department did not open:\n%s", d.screen())
	}
	d.keys("/").typeText("bread")
	if len(d.search().results) == 0 {
		t.Fatalf("search found nothing:\n%s", d.screen())
	}
	d.keys("esc", "c").typeText("kitchen").keys("enter")
	if !strings.Contains(d.screen(), "Kitchen") {
		t.Fatalf("comparison did not open:\n%s", d.screen())
	}
	d.compare()
}
