package cli

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// frames is a model whose view counts the bumps it was sent.
type frames struct{ n int }

type bump struct{}

func (f frames) Init() tea.Cmd { return nil }
func (f frames) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(bump); ok {
		f.n++
	}
	return f, nil
}
func (f frames) View() tea.View {
	v := tea.NewView(frameText(f.n))
	v.AltScreen = true
	return v
}

// frameText is the view after n bumps: every cell differs from the last
// (the renderer writes only the cells that changed).
func frameText(n int) string { return strings.Repeat(string(rune('A'+n)), 8) }

// written is a program's output, with a token on changed after each write.
type written struct {
	mu      sync.Mutex
	b       bytes.Buffer
	changed chan struct{}
}

func (w *written) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case w.changed <- struct{}{}:
	default:
	}
	return w.b.Write(p)
}

// waitFor waits until the output holds want n times.
func (w *written) waitFor(want string, n int) {
	for {
		w.mu.Lock()
		got := bytes.Count(w.b.Bytes(), []byte(want))
		w.mu.Unlock()
		if got >= n {
			return
		}
		<-w.changed
	}
}

// Taking the terminal again after a stop from elsewhere (continued) gives
// it back and takes it at once: Bubble Tea 2.1.1 may then stop its frame
// ticker for good (charmbracelet/bubbletea#1778), and the explorer was
// never drawn again. After each retake a change of the view must reach
// the terminal. (On one core the old render loop ends after the new one
// starts unless the retake waits for it.)
func TestRetakeDrawsAgain(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	out := &written{changed: make(chan struct{}, 1)}
	p := tea.NewProgram(screen{Model: frames{}}, tea.WithInput(nil), tea.WithOutput(out),
		tea.WithWindowSize(40, 5), tea.WithoutSignalHandler())
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	out.waitFor(frameText(0), 1)
	for i := 1; i <= 4; i++ {
		p.Send(continued{})
		out.waitFor("\x1b[?1049h", i+1) // taken again: the alternate screen entered anew
		p.Send(bump{})
		out.waitFor(frameText(i), 1)
	}
	p.Quit()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
