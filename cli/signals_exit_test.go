//go:build unix

package cli

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/charmbracelet/x/xpty"
)

// stuck is an explorer whose update never returns once it gets stuckMsg:
// the first quit signal goes unheard, as it would behind an update that
// runs long.
type stuck struct{}

type stuckMsg struct{}

func (stuck) Init() tea.Cmd { return func() tea.Msg { return stuckMsg{} } }

func (s stuck) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(stuckMsg); ok {
		select {}
	}
	return s, nil
}

func (stuck) View() tea.View {
	v := tea.NewView("stuck")
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// TestSecondSignalExitsAtOnce: when the explorer cannot hear the first
// quit signal, a second one gives the terminal back (main screen, mouse
// reporting off) and exits 128+n at once. The explorer runs in a child
// process (this test binary again) on a pseudo-terminal read through a
// terminal emulator, since the exit ends the process.
func TestSecondSignalExitsAtOnce(t *testing.T) {
	if os.Getenv("DUTYMAP_STUCK_CHILD") == "1" {
		runStuckChild()
		return
	}
	p, err := xpty.NewPty(40, 10)
	if err != nil {
		t.Skipf("no pty available: %v", err)
	}
	defer p.Close()
	var mu sync.Mutex
	modes := map[ansi.Mode]bool{}
	term := vt.NewSafeEmulator(40, 10)
	taken := make(chan struct{})
	term.SetCallbacks(vt.Callbacks{
		EnableMode: func(m ansi.Mode) {
			modes[m] = true
			if m == ansi.ModeAltScreenSaveCursor || m == ansi.ModeAltScreen {
				select {
				case <-taken:
				default:
					close(taken)
				}
			}
		},
		DisableMode: func(m ansi.Mode) { modes[m] = false },
	})
	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondSignalExitsAtOnce$")
	cmd.Env = append(os.Environ(), "DUTYMAP_STUCK_CHILD=1", "TERM=xterm-256color")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := p.Start(cmd); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }()
	eof := make(chan struct{})
	go func() {
		defer close(eof)
		buf := make([]byte, 4096)
		for {
			n, err := p.Read(buf)
			mu.Lock()
			_, _ = term.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { _, _ = io.Copy(p, term) }() // answers the program's queries
	<-taken
	// The explorer holds the terminal and its update is stuck (it sticks
	// in its first message): the child starts signalling once told.
	if _, err := p.Write([]byte("go\n")); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if up, ok := p.(*xpty.UnixPty); ok {
		_ = up.Slave().Close()
		<-eof
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 128+int(syscall.SIGTERM) {
		t.Fatalf("exit: %v, want status %d", err, 128+int(syscall.SIGTERM))
	}
	mu.Lock()
	defer mu.Unlock()
	if term.IsAltScreen() {
		t.Error("terminal left in the alternate screen")
	}
	for _, m := range []ansi.Mode{ansi.ModeMouseButtonEvent, ansi.ModeMouseExtSgr} {
		if modes[m] {
			t.Errorf("terminal mode %d left on", m)
		}
	}
}

// runStuckChild runs the stuck explorer with dutymap's signal handling
// and, once a line arrives on its terminal, sends itself SIGTERMs. Two
// signals sent at once can arrive as one, so it keeps sending until the
// process ends: the handler must exit on the second it hears.
func runStuckChild() {
	p := tea.NewProgram(stuck{}, tea.WithInput(nil))
	stop := watchSignals(p, &jobControl{})
	go func() {
		_, _ = os.Stdin.Read(make([]byte, 16))
		for {
			_ = syscall.Kill(os.Getpid(), syscall.SIGTERM)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	_, _ = p.Run()
	stop()
	os.Exit(3) // not reached when the second signal exits
}
