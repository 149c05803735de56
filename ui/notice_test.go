package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/dutymap/dutymap/model"
)

// twinBakery is bakery written in English and Chinese: a notice in either
// language.
func twinBakery(t *testing.T, what, zhWhat string) *model.Org {
	t.Helper()
	return loadFolder(t, map[string]string{
		"en/kitchen.md": "---\nid: kitchen\nname: Kitchen\n---\n\n## Baking {#baking}\n\n- Bake the " + what + ".\n- Clean the ovens.\n",
		"en/shop.md":    "---\nid: shop\nname: Shop\n---\n\n## Selling {#selling}\n\n- Sell the " + what + ".\n",
		"zh/kitchen.md": "---\nid: kitchen\nname: 厨房\n---\n\n## 烘焙 {#baking}\n\n- 烤" + zhWhat + "。\n- 清洁烤箱。\n",
		"zh/shop.md":    "---\nid: shop\nname: 门店\n---\n\n## 销售 {#selling}\n\n- 卖" + zhWhat + "。\n",
	})
}

// timers records the notices' timers a model starts, instead of running
// them: the test sends their messages when it wants the time to be up.
type timers []struct {
	d   time.Duration
	msg tea.Msg
}

func (ts *timers) record(m *Model) {
	m.after = func(d time.Duration, msg tea.Msg) tea.Cmd {
		*ts = append(*ts, struct {
			d   time.Duration
			msg tea.Msg
		}{d, msg})
		return nil
	}
}

// keyShown reports whether the key bar line shows the key k with its
// words desc as the bar draws a key, each in its style.
func keyShown(d *driver, line, k, desc string) bool {
	st := d.m.sh.st
	return strings.Contains(line, st.StatusKey.Render(k)+" "+st.Status.Render(desc))
}

// F23: after a live change of the content, "The content was updated."
// took the whole key bar until a key came: minutes later, no key was
// shown. Where the window has room the notice shares the line with the
// keys, on the right, in its own style; the keys keep theirs. The same
// for a notice a key gives ("Nothing to go forward to."), in both
// languages.
func TestNoticeSharesTheKeyBar(t *testing.T) {
	for _, lang := range model.Langs {
		d := driveConfig(t, 120, 30, Config{Org: twinBakery(t, "bread", "面包"), Lang: lang, Theme: ThemeDark})
		d.reveal("kitchen/baking")
		w := d.m.sh.w().app
		for _, step := range []struct {
			do     func()
			notice string
		}{
			{func() { d.send(ContentMsg{Org: twinBakery(t, "rolls", "小面包"), Version: 1}) }, w.newContent},
			{func() { d.keys("]") }, w.noForward},
		} {
			step.do()
			line := barLine(d.m.Render())
			plain := strings.TrimRight(ansi.Strip(line), " ")
			if !strings.HasSuffix(line, d.m.sh.st.Notice.Render(step.notice)) {
				t.Errorf("%s: the notice %q is not at the key bar's end in its style:\n%q", lang.Code(), step.notice, plain)
			}
			g, search := d.m.keys(), launcherKeyMaps()[lang][0].Help()
			if !keyShown(d, line, search.Key, search.Desc) || !keyShown(d, line, g.help.Help().Key, g.help.Help().Desc) ||
				!keyShown(d, line, g.quit.Help().Key, g.quit.Help().Desc) {
				t.Errorf("%s: with the notice %q the key bar lost its keys:\n%q", lang.Code(), step.notice, plain)
			}
			if ansi.StringWidth(plain) > 120 {
				t.Errorf("%s: the key bar is wider than the window: %q", lang.Code(), plain)
			}
		}
	}
}

// Where the keys leave no room for the whole notice (80 columns: the
// explorer's keys take 78), the notice has the line to itself, but only
// for a while: its timer (noticeFor) ends it and the keys come back. A
// notice said since (a key pressed, another notice) has its own timer:
// the first's end does not take it away early.
func TestNoticeGoesByItself(t *testing.T) {
	for _, lang := range model.Langs {
		d := driveConfig(t, 80, 24, Config{Org: twinBakery(t, "bread", "面包"), Lang: lang, Theme: ThemeDark})
		var ts timers
		ts.record(d.m)
		w := d.m.sh.w().app
		keys := ansi.Strip(barLine(d.m.Render()))
		quit := d.m.keys().quit.Help().Desc

		d.send(ContentMsg{Org: twinBakery(t, "rolls", "小面包"), Version: 1})
		if got := strings.TrimSpace(ansi.Strip(barLine(d.m.Render()))); got != w.newContent {
			t.Fatalf("%s: at 80 columns the key bar reads %q, want the notice alone", lang.Code(), got)
		}
		if len(ts) != 1 || ts[0].d != noticeFor {
			t.Fatalf("%s: the notice started %d timers (%v), want one of %v", lang.Code(), len(ts), ts, noticeFor)
		}
		d.keys("]") // a key ends the notice, and says another
		if got := strings.TrimSpace(ansi.Strip(barLine(d.m.Render()))); got != w.noForward || len(ts) != 2 {
			t.Fatalf("%s: after ] the key bar reads %q with %d timers, want %q and a second timer", lang.Code(), got, len(ts), w.noForward)
		}
		d.keys("]") // the same words again: timed again
		if len(ts) != 3 {
			t.Fatalf("%s: the notice said again started no timer of its own (%d timers)", lang.Code(), len(ts))
		}
		d.send(ts[0].msg, ts[1].msg)
		if got := strings.TrimSpace(ansi.Strip(barLine(d.m.Render()))); got != w.noForward {
			t.Errorf("%s: an older notice's timer ended the newer one: the key bar reads %q", lang.Code(), got)
		}
		d.send(ts[2].msg)
		if got := ansi.Strip(barLine(d.m.Render())); got != keys || !strings.Contains(got, quit) {
			t.Errorf("%s: once the notice's time is up the key bar reads\n%q\nwant the keys again\n%q", lang.Code(), got, keys)
		}
	}
}

// A click on the key bar presses the key drawn where it lands: none while
// a notice has the line to itself; the key beside a notice that shares it.
func TestNoticeKeyBarClicks(t *testing.T) {
	for _, width := range []int{80, 120} {
		d := driveConfig(t, width, 24, Config{Org: twinBakery(t, "bread", "面包"), Lang: model.En, Theme: ThemeDark})
		x, y := d.find("/ search")
		d.send(ContentMsg{Org: twinBakery(t, "rolls", "小面包"), Version: 1})
		d.click(x, y)
		_, onSearch := d.top().(*searchScreen)
		if want := width == 120; onSearch != want {
			t.Errorf("%d columns: a click where / search was drawn opened search: %v, want %v\n%s", width, onSearch, want, d.screen())
		}
	}
}

// In the program the notice's timer is a real one: the notice goes
// without a key (waited for as the screen changes, never slept on).
func TestNoticeGoesInTheProgram(t *testing.T) {
	org := bakery(t, "bread", true)
	m := New(Config{Org: org, Lang: model.Zh, Theme: ThemeDark}) // no Chinese: a notice says so
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	notice := fmt.Sprintf(catalog[model.En].app.noLang, catalog[model.En].langName[model.Zh])
	quit := globalKeyMaps()[model.En].quit.Help()
	lastRow := func(s string) string { return barLine(strings.TrimRight(s, "\n ")) }
	waitScreen(t, tm, 80, 24, func(s string) bool { return strings.Contains(lastRow(s), notice) })
	waitScreen(t, tm, 80, 24, func(s string) bool {
		row := lastRow(s)
		return !strings.Contains(row, notice) && strings.Contains(row, quit.Key+" "+quit.Desc)
	})
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.WaitFinished(t, teatest.WithFinalTimeout(untilDeadline(t)))
}
