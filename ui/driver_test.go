package ui

import (
	"context"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/dutymap/dutymap/page"
)

var (
	builtinOnce sync.Once
	builtinOrg  *model.Org
	builtinErr  error
	builtinSim  *model.SimilarityBuild // built once, shared as SSH sessions would share it
	// builtinIndex is the built-in organisation's search index, shared by
	// every driver on it as SSH sessions share one: building its tables
	// for each of the hundreds of drivers was a third of the package's
	// test time.
	builtinIndex *search.Index
)

// testOrg loads the embedded organisation once for all UI tests.
func testOrg(t testing.TB) *model.Org {
	t.Helper()
	builtinOnce.Do(func() {
		builtinOrg, builtinErr = content.Load(content.Builtin())
		if builtinErr == nil {
			builtinSim = model.BuildSimilarity(context.Background(), builtinOrg)
			_, builtinErr = builtinSim.Wait(context.Background())
			builtinIndex = search.New(builtinOrg)
		}
	})
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinOrg
}

// testSimilarity is the built-in organisation's similarity index, built.
func testSimilarity(t testing.TB) *model.SimilarityBuild {
	testOrg(t)
	return builtinSim
}

// testRelated lists a duty's similar duties as the command line does
// (model's AlsoAppearsIn), so duty pages show "also appears in".
func testRelated(t testing.TB) func(*model.Node) []*model.Node {
	testOrg(t)
	return func(n *model.Node) []*model.Node {
		ms, _ := builtinSim.Index().AlsoAppearsIn(context.Background(), n)
		out := make([]*model.Node, len(ms))
		for i, m := range ms {
			out[i] = m.Node
		}
		return out
	}
}

var (
	renderedMu sync.Mutex
	rendered   = map[renderedKey]string{}
)

type renderedKey struct {
	src, style string
	width      int
}

// renderOnce is page.Terminal remembered across the package's drivers: a
// page's rendering depends only on its Markdown, style and width, and the
// tests open the same pages at the same widths in hundreds of drivers,
// each with its own page cache. The drivers' page renderers still start,
// count and cache each rendering as the program's do; only the Glamour
// work is shared. Terminal is safe to call from several goroutines (each
// call builds its own renderer), and the map is locked, so parallel tests
// may share it.
func renderOnce(src, style string, width int) string {
	k := renderedKey{src, style, width}
	renderedMu.Lock()
	out, ok := rendered[k]
	renderedMu.Unlock()
	if ok {
		return out
	}
	out = page.Terminal(src, style, width)
	renderedMu.Lock()
	rendered[k] = out
	renderedMu.Unlock()
	return out
}

// Parallel tests: the longest tests call t.Parallel, so the two cores
// the package is tested on both work. What their drivers share is safe to
// share, as SSH sessions share it: the built-in organisation (read only),
// its similarity and search indexes (safe for concurrent use),
// renderOnce's memo (locked) and the key maps (built once, copied before
// a screen changes one). A parallel test must not change package state
// (catalog, t.Setenv); go test -race checks the rest.

// driver feeds messages to the model and runs the commands they return
// synchronously, the way the Bubble Tea loop would, so a test sees the
// screen after asynchronous renderings have arrived.
type driver struct {
	t    testing.TB
	m    *Model
	quit bool
}

func newDriver(t testing.TB, w, h int, lang model.Lang) *driver {
	t.Helper()
	return driveConfig(t, w, h, Config{Org: testOrg(t), Lang: lang, Theme: ThemeDark, Title: "built-in",
		Similarity: testSimilarity(t)})
}

// driveConfig starts a driver on any configuration. On the built-in
// organisation without an index of its own it searches the shared one;
// pages are rendered through renderOnce.
func driveConfig(t testing.TB, w, h int, cfg Config) *driver {
	t.Helper()
	if cfg.Search == nil && cfg.Org != nil && cfg.Org == builtinOrg {
		cfg.Search = builtinIndex
	}
	m := New(cfg)
	m.after = nil // run synchronously, a notice's timer would block: tests send noticeExpiredMsg themselves
	d := &driver{t: t, m: m}
	m.sh.pages.render = renderOnce
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func (d *driver) send(msgs ...tea.Msg) *driver {
	for _, msg := range msgs {
		next, cmd := d.m.Update(msg)
		d.m = next.(*Model)
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

// keyMsg is the key press a key name stands for ("j", "enter", "ctrl+k").
func keyMsg(name string) tea.KeyPressMsg { return keyPress(name) }

// top is the screen on top of the stack.
func (d *driver) top() screen { return d.m.top() }

// explorer is the explorer on top, or fails the test.
func (d *driver) explorer() *explorer {
	d.t.Helper()
	e, ok := d.top().(*explorer)
	if !ok {
		d.t.Fatalf("the explorer is not on top: %T", d.top())
	}
	return e
}

// search is the search screen on top, or fails the test.
func (d *driver) search() *searchScreen {
	d.t.Helper()
	s, ok := d.top().(*searchScreen)
	if !ok {
		d.t.Fatalf("search is not on top: %T", d.top())
	}
	return s
}

// compare is the comparison on top, or fails the test.
func (d *driver) compare() *compareScreen {
	d.t.Helper()
	c, ok := d.top().(*compareScreen)
	if !ok {
		d.t.Fatalf("the comparison is not on top: %T\n%s", d.top(), d.screen())
	}
	return c
}

// reveal selects the node at path in the explorer on top and waits for its
// page.
func (d *driver) reveal(path string) *driver {
	d.t.Helper()
	n := d.m.sh.org.Node(path)
	if n == nil {
		d.t.Fatalf("no node %s", path)
	}
	e := d.explorer()
	e.tree.reveal(n)
	d.run(e.refresh())
	return d
}

// click clicks the left button at x, y of the whole screen.
func (d *driver) click(x, y int) *driver {
	return d.send(tea.MouseClickMsg(tea.Mouse{X: x, Y: y, Button: tea.MouseLeft}))
}

// wheel turns the wheel at x, y: down for a positive notches count.
func (d *driver) wheel(x, y, notches int) *driver {
	b := tea.MouseWheelDown
	if notches < 0 {
		b, notches = tea.MouseWheelUp, -notches
	}
	for range notches {
		d.send(tea.MouseWheelMsg(tea.Mouse{X: x, Y: y, Button: b}))
	}
	return d
}

// find returns the position of text on the screen (the first line that
// holds it, the cell column where it starts), or fails the test.
func (d *driver) find(text string) (x, y int) {
	d.t.Helper()
	for i, l := range strings.Split(d.screen(), "\n") {
		if j := strings.Index(l, text); j >= 0 {
			return ansi.StringWidth(l[:j]), i
		}
	}
	d.t.Fatalf("%q is not on screen:\n%s", text, d.screen())
	return 0, 0
}

// dutyWithSimilar is the path of the first built-in duty (in document
// order) whose page lists at least k similar duties, each of which lists
// at least hops-1 in turn: content changes do not break the tests that
// follow them.
func dutyWithSimilar(t testing.TB, k, hops int) string {
	t.Helper()
	rel := testRelated(t)
	var ok func(n *model.Node, hops int) bool
	ok = func(n *model.Node, hops int) bool {
		r := rel(n)
		if hops == 0 {
			return true
		}
		return len(r) >= k && ok(r[0], hops-1)
	}
	for _, n := range testOrg(t).Nodes() {
		if n.Kind == model.KindDuty && ok(n, hops) {
			return n.Path
		}
	}
	t.Fatalf("no duty with %d similar duties %d deep", k, hops)
	return ""
}
