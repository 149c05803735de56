//go:build unix

package cli

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// serve refuses a named pipe as --authorized-keys at once, exit 1, saying
// what it is and what to give: it used to wait on it for ever, silently
// (hostile14 #5).
func TestServeRefusesANamedPipeOfKeys(t *testing.T) {
	keys := filepath.Join(t.TempDir(), "keys")
	if err := syscall.Mkfifo(keys, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r := run(t, "serve", "--host-key", filepath.Join(t.TempDir(), "host_key"), "--authorized-keys", keys, "--listen", "127.0.0.1:0").fails(t, 1)
	want := "dutymap serve: authorized keys " + keys + " is not a regular file but a named pipe (FIFO); give the path of a file of public keys, one a line, with --authorized-keys\n"
	if !strings.HasSuffix(r.err, want) { // after the host key's creation
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
}
