//go:build unix

package serve

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// A named pipe as the authorized keys file is refused at once, at start,
// and never opened in a way that waits for a writer: it used to hang the
// server silently (hostile14 #5).
func TestKeyringRefusesANamedPipeAtStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	_, err := newKeyring(path, NewLogger(&bytes.Buffer{}))
	if err == nil || err.Error() != "authorized keys "+path+" is not a regular file but a named pipe (FIFO); give the path of a file of public keys, one a line, with --authorized-keys" {
		t.Errorf("a named pipe at start: %v", err)
	}
}

// A named pipe put in the file's place while serving used to block every
// public-key login behind its open, for good, even once the file was back.
// Now the keys read before stay, the log says why, once, and the file put
// back is read again.
func TestKeyringKeepsItsKeysWhenAPipeTakesTheFilesPlace(t *testing.T) {
	a, b := testKey(t), testKey(t)
	path := filepath.Join(t.TempDir(), "keys")
	if err := os.WriteFile(path, []byte(keyLine(a)+" a\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	k, err := newKeyring(path, NewLogger(&log))
	if err != nil {
		t.Fatal(err)
	}
	allowed := func(key gossh.PublicKey) bool { _, ok := k.lookup(key); return ok }
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for range 2 { // a login, and another: the log says it once
		if !allowed(a) || allowed(b) {
			t.Fatal("with a named pipe in the file's place, the keys read before changed")
		}
	}
	want := "authorized keys " + path + " is not a regular file but a named pipe (FIFO); keeping the key read before"
	if n := strings.Count(log.String(), want); n != 1 {
		t.Errorf("the log says %d times %q:\n%s", n, want, log.String())
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(keyLine(b)+" b, back\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if allowed(a) || !allowed(b) {
		t.Error("the file put back was not read")
	}
}
