// Package sshtest is the SSH client side of dutymap serve's tests: keys,
// commands run as a script runs them, and sessions with a pty whose output
// is read through the terminal emulator of the end-to-end tests
// (github.com/charmbracelet/x/vt), so that a test sees the screen a user
// would. Waiting is driven by what arrives, never by a timer: a wait fails
// when the session ends first, or shortly before the test's own deadline.
package sshtest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"image/color"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// NewKey makes an Ed25519 key pair.
func NewKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// AuthorizedLine is key's line in an authorized_keys file.
func AuthorizedLine(key gossh.Signer, comment string) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(key.PublicKey()))) + " " + comment + "\n"
}

// Dial connects to addr as user "tester" with key (none when nil),
// accepting only the host key hostKey.
func Dial(addr string, hostKey gossh.PublicKey, key gossh.Signer) (*gossh.Client, error) {
	cfg := &gossh.ClientConfig{User: "tester", HostKeyCallback: gossh.FixedHostKey(hostKey)}
	if key != nil {
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	return gossh.Dial("tcp", addr, cfg)
}

// DialFrom is Dial from the local address local (an IP address), as a
// client elsewhere: on Linux every 127.x.y.z is the loopback.
func DialFrom(local, addr string, hostKey gossh.PublicKey, key gossh.Signer) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	cfg := &gossh.ClientConfig{User: "tester", HostKeyCallback: gossh.FixedHostKey(hostKey)}
	if key != nil {
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, cfg)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return gossh.NewClient(c, chans, reqs), nil
}

// Result is what a command run over SSH gave back.
type Result struct {
	Out, Err string
	Code     int
}

// Exec runs cmd without a terminal, as a script does (ssh HOST cmd), with
// env given as name, value pairs.
func Exec(t testing.TB, c *gossh.Client, cmd string, env ...string) Result {
	t.Helper()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i+1 < len(env); i += 2 {
		if err := s.Setenv(env[i], env[i+1]); err != nil {
			t.Fatalf("setenv %s: %v", env[i], err)
		}
	}
	var out, errb bytes.Buffer
	s.Stdout, s.Stderr = &out, &errb
	code, err := ExitStatus(s.Run(cmd))
	if err != nil {
		t.Fatalf("%s: %v", cmd, err)
	}
	return Result{out.String(), errb.String(), code}
}

// ExitStatus is the exit status a session's Run or Wait reported: -1 when
// the session ended without one, an error when it failed otherwise.
func ExitStatus(err error) (int, error) {
	var ee *gossh.ExitError
	var missing *gossh.ExitMissingError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &ee):
		return ee.ExitStatus(), nil
	case errors.As(err, &missing):
		return -1, nil
	}
	return -1, err
}

// Term is a session with a pty, its output read through the terminal
// emulator. It answers the program's terminal queries as a terminal does.
type Term struct {
	t       testing.TB
	sess    *gossh.Session
	stdin   io.Writer
	mu      sync.Mutex // guards emu's screen (String is not safe beside Write)
	emu     *vt.SafeEmulator
	changed chan struct{} // a token after each write to the screen
	ended   chan struct{} // closed when the output ends and the session is over
	done    chan error    // Wait's error
}

// Options are what a client sends before asking for its program.
type Options struct {
	W, H int
	Env  map[string]string
	Cmd  string // "" asks for a shell, as a plain ssh HOST does
	Term string // the pty's terminal type; xterm-256color when empty
}

// Open opens a session with a pty on c. Errors are returned, so that it
// can run outside the test's goroutine.
func Open(t testing.TB, c *gossh.Client, o Options) (*Term, error) {
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range o.Env {
		if err := sess.Setenv(k, v); err != nil {
			sess.Close()
			return nil, fmt.Errorf("setenv %s: %w", k, err)
		}
	}
	term := o.Term
	if term == "" {
		term = "xterm-256color"
	}
	if err := sess.RequestPty(term, o.H, o.W, gossh.TerminalModes{}); err != nil {
		sess.Close()
		return nil, err
	}
	rt := &Term{t: t, sess: sess, emu: vt.NewSafeEmulator(o.W, o.H),
		changed: make(chan struct{}, 1), ended: make(chan struct{}), done: make(chan error, 1)}
	if rt.stdin, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	sess.Stderr = writerFunc(rt.write)
	stdoutDone := make(chan struct{})
	go func() {
		defer close(stdoutDone)
		buf := make([]byte, 32<<10)
		for {
			n, err := stdout.Read(buf)
			if n > 0 {
				_, _ = rt.write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	// The terminal's answers to the program's queries. The emulator blocks
	// until its answer is read, so answers are read (and dropped) even once
	// the session can no longer take them, until the test ends.
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := rt.emu.Read(buf)
			if n > 0 {
				_, _ = rt.stdin.Write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	if o.Cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(o.Cmd)
	}
	if err != nil {
		sess.Close()
		return nil, err
	}
	go func() {
		// Wait returns once stderr is copied too; the output has ended
		// when both have.
		err := sess.Wait()
		<-stdoutDone
		rt.done <- err
		close(rt.ended)
	}()
	t.Cleanup(func() {
		sess.Close()
		// Ends the answering goroutine. Not emu.Close, which races with a
		// Read in progress (vt v0.1.0).
		if pw, ok := rt.emu.InputPipe().(*io.PipeWriter); ok {
			pw.Close()
		}
	})
	return rt, nil
}

// MustOpen is Open failing the test on error.
func MustOpen(t testing.TB, c *gossh.Client, o Options) *Term {
	t.Helper()
	rt, err := Open(t, c, o)
	if err != nil {
		t.Fatalf("opening a terminal session: %v", err)
	}
	return rt
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func (rt *Term) write(p []byte) (int, error) {
	rt.mu.Lock()
	_, _ = rt.emu.Write(p)
	rt.mu.Unlock()
	select {
	case rt.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

// Screen is the text on the screen.
func (rt *Term) Screen() string {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return rt.emu.String()
}

// Await waits until cond holds on the screen, woken by each write. It
// fails if the session ends first, or shortly before the test's deadline
// (a hang, reported with the screen).
func (rt *Term) Await(what string, cond func(string) bool) (string, error) {
	guard := DeadlineGuard(rt.t)
	for {
		scr := rt.Screen()
		if cond(scr) {
			return scr, nil
		}
		select {
		case <-rt.changed:
		case <-rt.ended:
			if scr := rt.Screen(); cond(scr) {
				return scr, nil
			}
			return scr, fmt.Errorf("the session ended before %s; screen:\n%s", what, rt.Screen())
		case <-guard:
			return scr, fmt.Errorf("still waiting for %s as the test's deadline nears; screen:\n%s", what, scr)
		}
	}
}

// WaitFor is Await failing the test.
func (rt *Term) WaitFor(what string, cond func(string) bool) string {
	rt.t.Helper()
	scr, err := rt.Await(what, cond)
	if err != nil {
		rt.t.Fatal(err)
	}
	return scr
}

// WaitText waits until text is on the screen.
func (rt *Term) WaitText(text string) string {
	rt.t.Helper()
	return rt.WaitFor(fmt.Sprintf("%q on the screen", text), func(s string) bool { return strings.Contains(s, text) })
}

// Send types keys.
func (rt *Term) Send(keys string) error {
	_, err := rt.stdin.Write([]byte(keys))
	return err
}

// Keys is Send failing the test.
func (rt *Term) Keys(keys string) {
	rt.t.Helper()
	if err := rt.Send(keys); err != nil {
		rt.t.Fatal(err)
	}
}

// Resize tells the server the window changed, as a terminal's client does.
func (rt *Term) Resize(w, h int) {
	rt.t.Helper()
	rt.mu.Lock()
	rt.emu.Resize(w, h)
	rt.mu.Unlock()
	if err := rt.sess.WindowChange(h, w); err != nil {
		rt.t.Fatal(err)
	}
}

// SetBackground makes the emulated terminal answer that its background is
// c, as a light or dark terminal does.
func (rt *Term) SetBackground(c color.Color) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.emu.SetDefaultBackgroundColor(c)
}

// Foregrounds are the foreground colours on the screen, as "rrggbb".
func (rt *Term) Foregrounds() map[string]bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	fg := map[string]bool{}
	for y := range rt.emu.Height() {
		for x := range rt.emu.Width() {
			if cell := rt.emu.CellAt(x, y); cell != nil && cell.Style.Fg != nil {
				r, g, b, _ := cell.Style.Fg.RGBA()
				fg[fmt.Sprintf("%02x%02x%02x", r>>8, g>>8, b>>8)] = true
			}
		}
	}
	return fg
}

// Reversed counts the cells shown in reverse video (a selection on a
// terminal without colours).
func (rt *Term) Reversed() int {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	n := 0
	for y := range rt.emu.Height() {
		for x := range rt.emu.Width() {
			if cell := rt.emu.CellAt(x, y); cell != nil && cell.Style.Attrs&uv.AttrReverse != 0 {
				n++
			}
		}
	}
	return n
}

// Wait waits for the session to end and returns its exit status.
func (rt *Term) Wait() (int, error) {
	select {
	case err := <-rt.done:
		return ExitStatus(err)
	case <-DeadlineGuard(rt.t):
		return -1, fmt.Errorf("the session did not end; screen:\n%s", rt.Screen())
	}
}

// Exit is Wait failing the test.
func (rt *Term) Exit() int {
	rt.t.Helper()
	code, err := rt.Wait()
	if err != nil {
		rt.t.Fatal(err)
	}
	return code
}

// Restored reports what the session left on of what a full-screen program
// turns on: the alternate screen, a hidden cursor.
func (rt *Term) Restored() error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.emu.IsAltScreen() {
		return errors.New("terminal left in the alternate screen")
	}
	if rt.emu.CursorHidden() {
		return errors.New("cursor left hidden")
	}
	return nil
}

// DeadlineGuard fires a little before the test binary's deadline, so that
// a hang is reported with what the screen showed; it never fires when
// there is no deadline.
func DeadlineGuard(t testing.TB) <-chan time.Time {
	tt, ok := t.(interface{ Deadline() (time.Time, bool) })
	if !ok {
		return nil
	}
	d, ok := tt.Deadline()
	if !ok {
		return nil
	}
	return time.After(time.Until(d) * 9 / 10)
}

// Log is a buffer a server writes its log to, safe for concurrent use,
// that a test can wait on.
type Log struct {
	mu      sync.Mutex
	b       bytes.Buffer
	written chan struct{} // closed at the next write
}

func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.written != nil {
		close(l.written)
		l.written = nil
	}
	return l.b.Write(p)
}

func (l *Log) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Await waits until the log contains text: for what a server logs after
// the client has seen the outcome (a refused connection), or a line a
// process prints once it is ready.
func (l *Log) Await(t testing.TB, text string) string {
	t.Helper()
	guard := DeadlineGuard(t)
	for {
		l.mu.Lock()
		if s := l.b.String(); strings.Contains(s, text) {
			l.mu.Unlock()
			return s
		}
		if l.written == nil {
			l.written = make(chan struct{})
		}
		written := l.written
		l.mu.Unlock()
		select {
		case <-written:
		case <-guard:
			t.Fatalf("the log never said %q:\n%s", text, l)
		}
	}
}
