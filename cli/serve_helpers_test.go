package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/dutymap/dutymap/serve"
	gossh "golang.org/x/crypto/ssh"
)

// sshTest is dutymap serve started for a test on a random loopback port,
// through the same newServer the command uses.
type sshTest struct {
	t        *testing.T
	srv      *server
	addr     string
	log      *syncBuffer
	key      gossh.Signer // the authorised key
	keysFile string
}

// startServe starts a server on the content opts choose, with one
// authorised key (unless cfg.AllowAnyone). Host key and authorized_keys
// are written to a temporary folder unless cfg names them.
func startServe(t *testing.T, cfg serve.Config, opts options) *sshTest {
	t.Helper()
	st := &sshTest{t: t, log: &syncBuffer{}, key: newKey(t)}
	dir := t.TempDir()
	if cfg.HostKey == "" {
		cfg.HostKey = filepath.Join(dir, "host_key")
	}
	if !cfg.AllowAnyone && cfg.AuthorizedKeys == "" {
		st.keysFile = filepath.Join(dir, "authorized_keys")
		writeFile(t, st.keysFile, authorizedLine(st.key, "tester@example"))
		cfg.AuthorizedKeys = st.keysFile
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:0"
	}
	a := &app{io: IO{Out: io.Discard, Err: st.log, Getenv: func(string) string { return "" }}, opts: opts}
	srv, err := a.newServer(cfg)
	if err != nil {
		t.Fatalf("newServer: %v", err)
	}
	st.srv = srv
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		t.Fatal(err)
	}
	st.addr = ln.Addr().String()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	t.Cleanup(func() {
		_ = srv.Shutdown(context.Background())
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return st
}

// watch starts watching the content folders for the rest of the test.
func (st *sshTest) watch() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := st.srv.live.Watch(ctx); err != nil {
			st.t.Errorf("Watch: %v", err)
		}
	}()
	st.t.Cleanup(func() { cancel(); <-done })
}

func newKey(t testing.TB) gossh.Signer {
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

// authorizedLine is key's line in an authorized_keys file.
func authorizedLine(key gossh.Signer, comment string) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(key.PublicKey()))) + " " + comment + "\n"
}

func (st *sshTest) dial(key gossh.Signer) (*gossh.Client, error) {
	cfg := &gossh.ClientConfig{User: "tester", HostKeyCallback: gossh.FixedHostKey(st.srv.HostKey())}
	if key != nil {
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	return gossh.Dial("tcp", st.addr, cfg)
}

// client connects with the authorised key.
func (st *sshTest) client() *gossh.Client {
	st.t.Helper()
	c, err := st.dial(st.key)
	if err != nil {
		st.t.Fatalf("dial with the authorised key: %v", err)
	}
	st.t.Cleanup(func() { c.Close() })
	return c
}

// execResult is what a command run over SSH gave back.
type execResult struct {
	out, err string
	code     int
}

// exec runs cmd without a terminal, as a script does (ssh HOST cmd).
func (st *sshTest) exec(c *gossh.Client, cmd string, env ...string) execResult {
	st.t.Helper()
	s, err := c.NewSession()
	if err != nil {
		st.t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i+1 < len(env); i += 2 {
		if err := s.Setenv(env[i], env[i+1]); err != nil {
			st.t.Fatalf("setenv %s: %v", env[i], err)
		}
	}
	var out, errb bytes.Buffer
	s.Stdout, s.Stderr = &out, &errb
	code := exitStatus(st.t, s.Run(cmd))
	return execResult{out.String(), errb.String(), code}
}

// exitStatus is the exit status a session's Run or Wait reported; -1 when
// the session ended without one.
func exitStatus(t testing.TB, err error) int {
	var ee *gossh.ExitError
	var missing *gossh.ExitMissingError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitStatus()
	case errors.As(err, &missing):
		return -1
	}
	t.Fatalf("session: %v", err)
	return -1
}

// remoteTerm is a session with a pty whose output is read through the
// terminal emulator the end-to-end tests use, so a test sees the screen a
// user would. It answers the program's terminal queries as a terminal does.
type remoteTerm struct {
	t       testing.TB
	sess    *gossh.Session
	stdin   io.Writer
	mu      sync.Mutex // guards term's screen (String is not safe beside Write) and raw
	term    *vt.SafeEmulator
	raw     []byte
	changed chan struct{} // a token after each write to the screen
	ended   chan struct{} // closed when the output ends and the session is over
	done    chan error    // the session's end (Wait's error)
}

// termOptions are what a client sends before asking for the explorer.
type termOptions struct {
	w, h int
	env  map[string]string
	cmd  string // "" asks for a shell, as plain ssh HOST does
}

// openTerm opens a session with a pty on c; errors are returned, so that
// it can run outside the test's goroutine.
func openTerm(t testing.TB, c *gossh.Client, o termOptions) (*remoteTerm, error) {
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range o.env {
		if err := sess.Setenv(k, v); err != nil {
			sess.Close()
			return nil, fmt.Errorf("setenv %s: %w", k, err)
		}
	}
	if err := sess.RequestPty("xterm-256color", o.h, o.w, gossh.TerminalModes{}); err != nil {
		sess.Close()
		return nil, err
	}
	rt := &remoteTerm{t: t, sess: sess, term: vt.NewSafeEmulator(o.w, o.h),
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
	// the session can no longer take them, until the emulator is closed.
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := rt.term.Read(buf)
			if n > 0 {
				_, _ = rt.stdin.Write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	if o.cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(o.cmd)
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
		// Ends the answering goroutine. Not term.Close, which races with
		// a Read in progress (vt v0.1.0).
		if pw, ok := rt.term.InputPipe().(*io.PipeWriter); ok {
			pw.Close()
		}
	})
	return rt, nil
}

// term opens a pty session on c, failing the test on error.
func (st *sshTest) term(c *gossh.Client, o termOptions) *remoteTerm {
	st.t.Helper()
	rt, err := openTerm(st.t, c, o)
	if err != nil {
		st.t.Fatalf("opening a terminal session: %v", err)
	}
	return rt
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func (rt *remoteTerm) write(p []byte) (int, error) {
	rt.mu.Lock()
	rt.raw = append(rt.raw, p...)
	_, _ = rt.term.Write(p)
	rt.mu.Unlock()
	select {
	case rt.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (rt *remoteTerm) screen() string {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return rt.term.String()
}

// await waits until cond holds on the screen, woken by each write. It
// fails if the session's output ends first, or shortly before the test's
// own deadline (a hang, reported with the screen), never on a timer of
// its own.
func (rt *remoteTerm) await(what string, cond func(string) bool) (string, error) {
	guard := deadlineGuard(rt.t)
	for {
		scr := rt.screen()
		if cond(scr) {
			return scr, nil
		}
		select {
		case <-rt.changed:
		case <-rt.ended:
			if scr := rt.screen(); cond(scr) {
				return scr, nil
			}
			return scr, fmt.Errorf("the session ended before %s; screen:\n%s", what, rt.screen())
		case <-guard:
			return scr, fmt.Errorf("still waiting for %s as the test's deadline nears; screen:\n%s", what, scr)
		}
	}
}

func (rt *remoteTerm) waitFor(what string, cond func(string) bool) string {
	rt.t.Helper()
	scr, err := rt.await(what, cond)
	if err != nil {
		rt.t.Fatal(err)
	}
	return scr
}

func (rt *remoteTerm) waitText(text string) string {
	rt.t.Helper()
	return rt.waitFor(fmt.Sprintf("%q on the screen", text), func(s string) bool { return strings.Contains(s, text) })
}

func (rt *remoteTerm) send(keys string) error {
	_, err := rt.stdin.Write([]byte(keys))
	return err
}

func (rt *remoteTerm) keys(keys string) {
	rt.t.Helper()
	if err := rt.send(keys); err != nil {
		rt.t.Fatal(err)
	}
}

// resize tells the server the window changed, as a terminal's client does.
func (rt *remoteTerm) resize(w, h int) {
	rt.t.Helper()
	rt.mu.Lock()
	rt.term.Resize(w, h)
	rt.mu.Unlock()
	if err := rt.sess.WindowChange(h, w); err != nil {
		rt.t.Fatal(err)
	}
}

// wait waits for the session to end and returns its exit status.
func (rt *remoteTerm) wait() (int, error) {
	select {
	case err := <-rt.done:
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
	case <-deadlineGuard(rt.t):
		return -1, fmt.Errorf("the session did not end; screen:\n%s", rt.screen())
	}
}

func (rt *remoteTerm) exit() int {
	rt.t.Helper()
	code, err := rt.wait()
	if err != nil {
		rt.t.Fatal(err)
	}
	return code
}

// restored reports what the session left on, of what the explorer turns on.
func (rt *remoteTerm) restored() error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.term.IsAltScreen() {
		return errors.New("terminal left in the alternate screen")
	}
	if rt.term.CursorHidden() {
		return errors.New("cursor left hidden")
	}
	return nil
}

// deadlineGuard fires a little before the test binary's deadline, so that
// a hang is reported with what the screen showed; it never fires when
// there is no deadline.
func deadlineGuard(t testing.TB) <-chan time.Time {
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

// syncBuffer is a bytes.Buffer safe for the server's log.
type syncBuffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	written chan struct{} // closed and replaced at each write
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.written != nil {
		close(b.written)
		b.written = nil
	}
	return b.b.Write(p)
}

// await waits until the log contains text, for what the server logs after
// the client has seen the outcome (a refused connection).
func (b *syncBuffer) await(t *testing.T, text string) {
	t.Helper()
	guard := deadlineGuard(t)
	for {
		b.mu.Lock()
		if strings.Contains(b.b.String(), text) {
			b.mu.Unlock()
			return
		}
		if b.written == nil {
			b.written = make(chan struct{})
		}
		written := b.written
		b.mu.Unlock()
		select {
		case <-written:
		case <-guard:
			t.Fatalf("the log never said %q:\n%s", text, b)
		}
	}
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// copyDir copies a folder of test content into a new temporary folder, to
// be changed by the test.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
