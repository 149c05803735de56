package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
	"github.com/dutymap/dutymap/internal/termcolour"
	"golang.org/x/time/rate"
)

// The largest window a session draws: a client may claim any size, and a
// screen is a buffer of width×height cells, each session's own. A 4K
// display in a tiny font is about 500×150. At 500×200 a session costs
// about 20 MB, at 1000×400 about 90 MB (five sessions of a client claiming
// 100000×100000, live heap after collection; hostile12 #3), so 64 sessions
// stay near 1.3 GB at the worst.
const (
	maxWindowWidth  = 500
	maxWindowHeight = 200
)

// Session is one SSH session as the App sees it.
type Session struct {
	// Args is the command the client asked for, split as a POSIX shell
	// would (ssh HOST search "who sets prices"); empty for a plain ssh HOST.
	Args []string
	// BadArgs says why the command cannot be split as a shell would split
	// it ("the command line opens a quote (\") it never closes"), which a
	// shell would refuse; Args is then empty. The App refuses the session.
	BadArgs error
	// PTY reports whether the client asked for a terminal (ssh -t, or ssh
	// HOST from a terminal); Term, Width and Height describe it.
	PTY           bool
	Term          string
	Width, Height int
	// In reads the client's keys, slowed down to the configured input
	// rate; reading from it counts as activity for the idle timeout.
	In io.Reader
	// Out and Err write to the client (with a terminal, "\n" becomes
	// "\r\n", as a terminal's own line discipline would do, and Err is Out:
	// see errorStream).
	Out, Err io.Writer
	// Content is the content snapshot current when the session started.
	Content *Snapshot
	// Label says what the session ran, for the log ("explorer", "search");
	// the App sets it.
	Label string
	// ContentMsg, when the App sets it, is the message RunProgram sends the
	// running program for each change of the content: a new version, so
	// that an open explorer shows it without reconnecting, or a change that
	// was refused (Err set, the version still served), so that it says the
	// server's content has problems. Changes that come faster than the
	// program takes them are skipped to the newest.
	ContentMsg func(Change) tea.Msg

	sess ssh.Session
	srv  *Server
	env  map[string]string

	ctx     context.Context // ends when the client goes or the server ends the session
	cancel  context.CancelFunc
	idle    *time.Timer // runs while an explorer runs: commands read no keys
	running atomic.Bool // a program runs on the client's terminal

	mu      sync.Mutex
	endedBy *ending
	resized chan ssh.Window // the latest window size, for the running program
}

// ending is why the server ended a session, what the client is told, and
// the exit status it gets.
type ending struct {
	reason, message string
	code            int
}

// endShutdown ends sessions when the server stops. 143 is the status the
// explorer exits with when a local one is ended by SIGTERM (128+15).
var endShutdown = &ending{reason: "server shutdown", message: "dutymap: the server is shutting down; connect again in a moment.", code: 143}

func endIdle(d time.Duration) *ending {
	return &ending{reason: "idle", message: fmt.Sprintf("dutymap: closed after %s without a key pressed.", d), code: 0}
}

// errorStream is where a session's errors go: its stderr, or with a
// terminal its stdout, as on a pty sshd allocates, where both are the
// terminal. The client writes the two streams to its terminal as they
// come, each on its own, so a message sent on stderr after the explorer's
// last frame could reach the screen before the frame's end and be wiped
// with the alternate screen.
func errorStream(sess ssh.Session) io.Writer {
	if _, _, ok := sess.Pty(); ok {
		return sess
	}
	return sess.Stderr()
}

func newSession(sess ssh.Session, srv *Server) *Session {
	pty, winch, hasPty := sess.Pty()
	s := &Session{
		PTY: hasPty, Term: pty.Term,
		Width: windowSize(pty.Window.Width, 80, maxWindowWidth), Height: windowSize(pty.Window.Height, 24, maxWindowHeight),
		Out: sess, Err: errorStream(sess), Content: srv.live.Current(),
		sess: sess, srv: srv, env: map[string]string{}, resized: make(chan ssh.Window, 1),
	}
	s.Args, s.BadArgs = splitCommand(sess.RawCommand())
	for _, kv := range sess.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok && allowedEnv[k] {
			s.env[k] = v
		}
	}
	if hasPty {
		s.env["TERM"] = pty.Term
	}
	s.ctx, s.cancel = context.WithCancel(sess.Context())
	s.idle = time.AfterFunc(srv.cfg.IdleTimeout, func() { s.end(endIdle(srv.cfg.IdleTimeout)) })
	s.idle.Stop()
	burst := inputBurst(srv.cfg.InputRate)
	s.In = &limitedReader{r: sess, lim: rate.NewLimiter(rate.Limit(srv.cfg.InputRate), burst), burst: burst, ctx: s.ctx, activity: s.touch}
	if winch != nil {
		// The only reader of the window changes for the session's whole
		// life: the SSH library blocks its request loop on this channel.
		go func() {
			for w := range winch {
				select {
				case <-s.resized: // drop a size nobody read yet
				default:
				}
				s.resized <- w
			}
		}()
	}
	return s
}

// Getenv returns the variables the client sent that the server accepts
// (LANG, LC_*, COLORTERM, NO_COLOR, COLORFGBG), and TERM from its pty.
func (s *Session) Getenv(key string) string { return s.env[key] }

func (s *Session) environ() []string {
	out := make([]string, 0, len(s.env))
	for k, v := range s.env {
		out = append(out, k+"="+v)
	}
	return out
}

// touch records a key from the client: the idle timeout starts again.
func (s *Session) touch() {
	if s.running.Load() {
		s.idle.Reset(s.srv.cfg.IdleTimeout)
	}
}

// end ends the session for a reason of the server's; the first reason
// stands. A running explorer quits as on "q".
func (s *Session) end(e *ending) {
	s.mu.Lock()
	if s.endedBy == nil {
		s.endedBy = e
	}
	s.mu.Unlock()
	s.cancel()
}

func (s *Session) ending() *ending {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.endedBy
}

func (s *Session) close() {
	s.idle.Stop()
	s.cancel()
}

// RunProgram runs a Bubble Tea program on the client's terminal: its size
// (and every resize), its colour profile (from TERM, COLORTERM and
// NO_COLOR as the client sent them), its keys; the program asks the
// terminal itself for its background colour. The program quits, giving
// the terminal back, when the client goes or the server ends the session.
// ctrl+z cannot suspend it (there is no shell to return to).
func (s *Session) RunProgram(m tea.Model) error {
	if !s.PTY {
		return errors.New("the session has no terminal")
	}
	env := s.environ()
	p := tea.NewProgram(m,
		tea.WithInput(s.In),
		tea.WithOutput(s.sess),
		tea.WithEnvironment(env),
		tea.WithColorProfile(termcolour.Refine(colorprofile.Env(env), s.Getenv)),
		tea.WithWindowSize(s.Width, s.Height),
		tea.WithoutSignalHandler(),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			if _, ok := msg.(tea.SuspendMsg); ok {
				return nil
			}
			return msg
		}),
	)
	s.running.Store(true)
	s.idle.Reset(s.srv.cfg.IdleTimeout)
	defer func() {
		s.running.Store(false)
		s.idle.Stop()
	}()
	var newer <-chan Change // nil: never ready
	if s.ContentMsg != nil {
		var stop func()
		// Refused changes too: the help promises an open explorer names
		// them, and its user would otherwise take the old content for
		// the server's latest (tryout21 F13).
		newer, stop = s.srv.live.Follow(s.Content, true)
		defer stop()
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-s.ctx.Done():
				p.Quit()
				return
			case c := <-newer:
				p.Send(s.ContentMsg(c))
			case w := <-s.resized:
				p.Send(tea.WindowSizeMsg{Width: windowSize(w.Width, s.Width, maxWindowWidth), Height: windowSize(w.Height, s.Height, maxWindowHeight)})
			}
		}
	}()
	_, err := p.Run()
	// Kill restores the terminal if Run ended on an error before doing it.
	p.Kill()
	if errors.Is(err, tea.ErrProgramKilled) {
		err = nil
	}
	return err
}

// windowSize bounds a size the client claims; 0 (unknown, which RFC 4254
// says to ignore) is def.
func windowSize(n, def, most int) int {
	if n <= 0 {
		return def
	}
	return min(n, most)
}

// limitedReader reads from the client no faster than its limiter allows.
// A read waits for tokens after the bytes arrive and before they are
// handed on, so a key's escape sequence is never split.
type limitedReader struct {
	r        io.Reader
	lim      *rate.Limiter
	burst    int
	ctx      context.Context
	activity func()
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if len(p) > l.burst {
		p = p[:l.burst]
	}
	n, err := l.r.Read(p)
	if n > 0 {
		l.activity()
		if werr := l.lim.WaitN(l.ctx, n); werr != nil && err == nil {
			err = io.EOF // the session is over
		}
	}
	return n, err
}
