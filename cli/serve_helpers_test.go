package cli

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/dutymap/dutymap/internal/sshtest"
	"github.com/dutymap/dutymap/serve"
	gossh "golang.org/x/crypto/ssh"
)

// sshTest is dutymap serve started for a test on a random loopback port,
// through the same newServer the command uses.
type sshTest struct {
	t        *testing.T
	srv      *server
	addr     string
	log      *sshtest.Log
	key      gossh.Signer // the authorised key
	keysFile string
}

// startServe starts a server on the content opts choose, with one
// authorised key (unless cfg.AllowAnyone). Host key and authorized_keys
// are written to a temporary folder unless cfg names them.
func startServe(t *testing.T, cfg serve.Config, opts options) *sshTest {
	t.Helper()
	st := &sshTest{t: t, log: &sshtest.Log{}, key: sshtest.NewKey(t)}
	dir := t.TempDir()
	if cfg.HostKey == "" {
		cfg.HostKey = filepath.Join(dir, "host_key")
	}
	if !cfg.AllowAnyone && cfg.AuthorizedKeys == "" {
		st.keysFile = filepath.Join(dir, "authorized_keys")
		writeFile(t, st.keysFile, sshtest.AuthorizedLine(st.key, "tester@example"))
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

// dial connects with key (none when nil).
func (st *sshTest) dial(key gossh.Signer) (*gossh.Client, error) {
	return sshtest.Dial(st.addr, st.srv.HostKey(), key)
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
