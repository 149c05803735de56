package cli

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/dutymap/dutymap/model/search"
	"github.com/dutymap/dutymap/serve"
	"github.com/dutymap/dutymap/ui"
	"github.com/spf13/cobra"
)

// useSubcommands ends every "the explorer cannot run here" message.
var useSubcommands = [model.NumLangs]string{
	"Use a subcommand instead: dutymap search, show, compare or export (see dutymap --help).",
	"请改用子命令：dutymap search、show、compare 或 export（见 dutymap --help）。",
}

// Where the explorer cannot run.
var (
	dumbTerminal = [model.NumLangs]string{"dutymap: this terminal (TERM=dumb) cannot show the full-screen explorer.", "dutymap：这个终端（TERM=dumb）无法显示全屏交互界面。"}
	outNotTTY    = [model.NumLangs]string{"dutymap: the explorer needs a terminal, and standard output is not one.", "dutymap：交互界面需要终端，而标准输出不是终端。"}
	inNotTTY     = [model.NumLangs]string{"dutymap: the explorer reads keys from a terminal, and standard input is not one.\nRun it without redirecting its input.", "dutymap：交互界面从终端读取按键，而标准输入不是终端。\n运行时请不要重定向它的输入。"}
)

func (a *app) runTUI(cmd *cobra.Command, args []string) error {
	switch {
	case isDumb(a.io.Getenv):
		return &exitError{2, a.say(dumbTerminal) + "\n" + a.say(useSubcommands)}
	case !a.io.IsTerminal:
		return &exitError{2, a.say(outNotTTY) + "\n" + a.say(useSubcommands)}
	case !a.io.InIsTerminal:
		return &exitError{2, a.say(inNotTTY) + " " + a.say(useSubcommands)}
	}
	theme := ui.Theme(a.opts.theme) // checked by the flag (themeFlag)
	// Garbage collection and the similarity build wait for the first
	// frame: both would take the cores from it.
	var drawn *firstFrame
	if a.host == nil {
		drawn = newFirstFrame()
	}
	// Invalid content stops here with the full report: never a half-loaded tree.
	var (
		ld   *cache.Loaded
		lang model.Lang
	)
	open := func() (*model.Org, *search.Index, error) {
		var err error
		ld, lang, err = a.openWithIn(func(s cache.Store, layers []content.Layer) (*cache.Loaded, error) {
			if drawn != nil {
				s.HoldGC = drawn.done
			}
			return s.Open(layers)
		})
		if err != nil {
			return nil, nil, err
		}
		return ld.Org, ld.Index, nil
	}
	// The explorer follows its content folders as they are edited (a
	// server's sessions follow the server's).
	var live *serve.Live
	var err error
	if dirs := a.contentDirs(); a.host == nil && len(dirs) > 0 {
		live, err = serve.NewLiveFrom(open, a.liveLoader(a.layers(), false), dirs, serve.NewLogger(io.Discard))
	} else {
		_, _, err = open()
	}
	if err != nil {
		return err
	}
	org := ld.Org
	// The similarity index is built in the background (a million duties
	// take seconds): duty pages and comparisons say "preparing" until then.
	// A server builds one for every session on the same content.
	var sim *model.SimilarityBuild
	if a.host != nil {
		sim = a.host.similarity()
	} else {
		// The build takes every core: it starts once the first frame is
		// on the screen, not while it is being made.
		sim = model.BuildSimilarityAfter(context.Background(), org, drawn.done)
		go settle(ld, sim)
	}
	m := ui.New(ui.Config{
		Org:        org,
		Lang:       lang,
		Theme:      theme,
		NoColor:    a.noColour(),
		Title:      a.title(),
		Similarity: sim,
		Search:     ld.Index,
		ShowLayer:  len(a.layers()) > 1,
		Command:    a.commandLine,
	})
	if a.host != nil {
		if err := a.host.runProgram(screen{Model: m}); err != nil {
			return &exitError{1, "dutymap: " + err.Error()}
		}
		return nil
	}
	jobs := newJobControl(a.io.In, a.tty)
	p := tea.NewProgram(screen{Model: m, jobs: jobs, drawn: drawn}, tea.WithInput(a.io.In), tea.WithOutput(a.tty),
		tea.WithColorProfile(a.colourProfile(a.tty)), tea.WithoutSignalHandler())
	sig := watchSignals(p, jobs)
	defer handleQuit()()
	if live != nil {
		defer a.followContent(live, drawn.done, p.Send).stop()
	}
	_, err = p.Run()
	if err == nil {
		err = jobs.err()
	}
	if n := sig(); n != 0 {
		return &exitError{128 + n, ""}
	}
	if err != nil {
		return &exitError{1, "dutymap: " + err.Error()}
	}
	return nil
}

// settle is the explorer's background work after its first frame: after
// a cache miss, write the cache once the similarity index is built (the
// explorer builds it after its first frame anyway; a cache that cannot be
// written costs only speed next time); then give back the memory the
// idle explorer will not use.
func settle(ld *cache.Loaded, sim *model.SimilarityBuild) {
	_ = ld.Save()
	if _, err := sim.Wait(context.Background()); err != nil {
		return
	}
	prepareIdle(ld.Index)
	// Building left garbage several times the size of what it built, and
	// read every duty's text from the cache file; the explorer is idle
	// now, so give that memory back at once rather than keep it for a
	// heap that will not grow again.
	ld.GiveBack()
	debug.FreeOSMemory()
}

// prepareIdle finishes what an explorer's indexes need the Chinese
// dictionary for, then lets the dictionary go: the search index's
// preparation (started by the explorer) analyses the owners' names; once
// it is done, nothing segments Chinese until a search asks, which loads
// the dictionary again (~25 ms, off the update loop).
func prepareIdle(ix *search.Index) {
	if ix != nil {
		ix.Prepare()
	}
	analysis.ReleaseDictionary()
}

// screen wraps the explorer with what concerns the terminal rather than
// the organisation: its view is filtered down to text and colour as the
// last step before Bubble Tea draws it, and ctrl+z suspends the program
// (the terminal is in raw mode, so the key does not raise SIGTSTP) unless
// jobs is nil (an SSH session: there is no shell to suspend to).
type screen struct {
	tea.Model
	jobs *jobControl
	// drawn is told when the first frame is made; nil in an SSH session.
	drawn *firstFrame
}

// firstFrame says, by closing done, that the program's first frame is on
// the screen: Bubble Tea draws a view on its next frame tick (60 a
// second), so done closes one tick after the first view is made, or
// after waitForFrame if no view ever is (a terminal that reports no size).
type firstFrame struct {
	done  chan struct{}
	once  sync.Once
	seen  atomic.Bool // a view with something to show was made
	after func(time.Duration, func())
}

// frameTick is Bubble Tea's time between frames (60 a second).
const frameTick = time.Second / 60

// waitForFrame bounds the wait for a first frame.
const waitForFrame = time.Second

func newFirstFrame() *firstFrame { return newFirstFrameAt(afterFunc) }

// afterFunc runs fn after d on a goroutine of its own (time.AfterFunc;
// tests run it when they choose).
func afterFunc(d time.Duration, fn func()) { time.AfterFunc(d, fn) }

func newFirstFrameAt(after func(time.Duration, func())) *firstFrame {
	f := &firstFrame{done: make(chan struct{}), after: after}
	after(waitForFrame, f.close)
	return f
}

func (f *firstFrame) close() { f.once.Do(func() { close(f.done) }) }

// viewed is called with every view made: the first with something to
// show closes done a tick later, once Bubble Tea has drawn it.
func (f *firstFrame) viewed(v tea.View) {
	if f != nil && v.Content != "" && !f.seen.Swap(true) {
		f.after(frameTick, f.close)
	}
}

func (s screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+z" && s.jobs != nil && s.jobs.suspend() {
			return s, tea.Suspend
		}
	case continued:
		// Give the terminal back and take it again, as around ctrl+z
		// but without the stop: whatever modes the terminal was left
		// in, the explorer's are set anew and the screen drawn whole.
		return s, tea.Exec(retakeTerminal{}, func(err error) tea.Msg {
			if err != nil {
				return retakeFailed{err}
			}
			return nil
		})
	case retakeFailed:
		// The explorer cannot read its keys or draw: it ends, and
		// says why (runTUI).
		s.jobs.failed(msg.err)
		return s, tea.Quit
	}
	var cmd tea.Cmd
	s.Model, cmd = s.Model.Update(msg)
	return s, cmd
}

// continued says that the explorer was continued after a stop it did
// not make itself (kill -STOP): the terminal may be in
// another program's modes and its screen written on (see jobControl).
type continued struct{}

// retakeFailed says that the explorer could not take the terminal again
// after a stop from elsewhere (raw mode or its key reader refused).
type retakeFailed struct{ err error }

// retakeTerminal runs nothing: tea.Exec gives the terminal back before it
// and takes it again after it (raw mode, alternate screen, mouse and
// paste modes, a full redraw), on Bubble Tea's own loop.
type retakeTerminal struct{}

// Run waits for Bubble Tea's render loop, stopped as the terminal was
// given back, to end. Bubble Tea 2.1.1 does not wait for it itself: that
// loop stops the frame ticker as it ends, and when the command run in
// between returns at once (as this one does), it may end only after the
// ticker has been started again for the new loop, which then never draws
// a frame (charmbracelet/bubbletea#1778, fix proposed in #1781). The
// explorer, continued after kill -STOP, gave the terminal back and was
// never drawn again, in about one run in three.
func (retakeTerminal) Run() error {
	waitRenderLoopEnded(time.Second)
	return nil
}

func (retakeTerminal) SetStdin(io.Reader)  {}
func (retakeTerminal) SetStdout(io.Writer) {}
func (retakeTerminal) SetStderr(io.Writer) {}

// renderLoop is the function of Bubble Tea's render goroutine, as a
// goroutine's stack names it.
const renderLoop = "charm.land/bubbletea/v2.(*Program).startRenderer.func1("

// waitRenderLoopEnded yields until no goroutine runs renderLoop, for at
// most limit (a Bubble Tea that names it otherwise is not waited for).
func waitRenderLoopEnded(limit time.Duration) {
	stop := time.Now().Add(limit)
	for renderLoopRunning() && time.Now().Before(stop) {
		runtime.Gosched()
	}
}

// renderLoopRunning reports whether a goroutine runs renderLoop, from a
// dump of every goroutine's stack (runtime.Stack).
func renderLoopRunning() bool {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return bytes.Contains(buf[:n], []byte(renderLoop))
		}
		buf = make([]byte, 2*len(buf))
	}
}

func (s screen) View() tea.View {
	v := s.Model.View()
	s.drawn.viewed(v)
	v.Content = termsafe.KeepSGR(v.Content)
	v.WindowTitle = termsafe.Plain(v.WindowTitle)
	return v
}

// title names the organisation shown in the header: the built-in layer,
// and each folder by its own name (myorg for ./myorg, the current folder's
// name for .): over SSH too, where the server's path to it is none of its
// users' business.
func (a *app) title() string {
	var names []string
	for _, l := range a.layers() {
		name := l.Name
		if !l.IsBuiltin() && l.Folder() != "" {
			name = folderTitle(l.Folder())
		}
		names = append(names, name)
	}
	return strings.Join(names, " + ")
}

// folderTitle names a content folder in the header by its own name, the
// last element of its absolute path: "--content ." or "../acme" as typed
// would say nothing (".") or tell the local path over SSH.
func folderTitle(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = filepath.Clean(dir)
	}
	return termsafe.QuoteName(filepath.Base(abs))
}

// related lists the duties like n elsewhere, with their scores, by the
// model's "also appears in" policy.
func related(sim *model.Similarity, n *model.Node) []model.Match {
	ms, _ := sim.AlsoAppearsIn(context.Background(), n)
	return ms
}
