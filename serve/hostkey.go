package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dutymap/dutymap/internal/filekind"
	gossh "golang.org/x/crypto/ssh"
)

// HostKeyName is the file name of the host key in the default folder.
const HostKeyName = "ssh_host_ed25519_key"

// maxKeyFile bounds what is read of a key file: an OpenSSH private key is a
// few hundred bytes; a larger file is not one.
const maxKeyFile = 64 << 10

// DefaultHostKeyPath is where the host key is kept when --host-key is not
// given: dutymap/ssh_host_ed25519_key in the user's configuration folder
// (os.UserConfigDir: $XDG_CONFIG_HOME or ~/.config on Linux).
func DefaultHostKeyPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no folder to keep the host key in (%w); give one with --host-key FILE", err)
	}
	return filepath.Join(dir, "dutymap", HostKeyName), nil
}

// LoadOrCreateHostKey reads the server's private key from path, creating an
// Ed25519 key there the first time (the folder 0700, the key 0600, and its
// public half in path.pub) so that clients see the same host key on every
// start. It reports whether it created the key.
//
// It refuses, as sshd does, a key that other users can read or write
// (group or world permission bits), a file that is not a regular file, a
// passphrase-protected key and anything that is not a private key.
func LoadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		signer, err = createHostKey(path)
		if errors.Is(err, fs.ErrExist) {
			// Another dutymap created it at the same moment: use theirs.
			signer, err = readHostKey(path)
			return signer, false, err
		}
		return signer, err == nil, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, unwrapPath(err))
	}
	if kind, ok := filekind.Of(info.Mode()); !ok {
		return nil, false, fmt.Errorf("%w; give the path of a private key file with --host-key", &notRegularError{"host key", path, kind})
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return nil, false, fmt.Errorf("host key %s can be read or written by other users (permissions %04o); run: chmod 600 %s", path, perm, path)
	}
	signer, err = readHostKey(path)
	return signer, false, err
}

func readHostKey(path string) (gossh.Signer, error) {
	f, _, err := openRegular("host key", path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, unwrapPath(err))
	}
	if len(data) > maxKeyFile {
		return nil, fmt.Errorf("host key %s is larger than %d KB, so it is not a private key", path, maxKeyFile>>10)
	}
	signer, err := gossh.ParsePrivateKey(data)
	var missing *gossh.PassphraseMissingError
	switch {
	case errors.As(err, &missing):
		return nil, fmt.Errorf("host key %s is protected by a passphrase, which a server cannot type; use a key without one (ssh-keygen -t ed25519 -N '' -f FILE), or remove the file to have one generated", path)
	case err != nil:
		return nil, fmt.Errorf("host key %s is not an SSH private key (%v); remove it to have one generated, or give another with --host-key", path, err)
	}
	return signer, nil
}

// createHostKey writes a new Ed25519 key to path. The key is written to a
// temporary file and linked into place, so a crash never leaves half a key
// and two servers starting at once cannot both create one.
func createHostKey(path string) (gossh.Signer, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create the folder for the host key: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("cannot generate a host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "dutymap host key")
	if err != nil {
		return nil, fmt.Errorf("cannot encode the host key: %w", err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		return nil, fmt.Errorf("cannot use the host key: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".dutymap-host-key-*")
	if err != nil {
		return nil, fmt.Errorf("cannot write the host key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("cannot write the host key: %w", err)
	}
	if _, err := tmp.Write(pem.EncodeToMemory(block)); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("cannot write the host key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("cannot write the host key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("cannot write the host key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		return nil, fmt.Errorf("cannot write the host key %s: %w", path, unwrapPath(err))
	}
	// The public half, for administrators to hand to users' known_hosts;
	// the server itself never reads it.
	pub := gossh.MarshalAuthorizedKey(signer.PublicKey())
	_ = os.WriteFile(path+".pub", pub, 0o644)
	return signer, nil
}

// unwrapPath drops the path Go's errors repeat ("open FILE: ...").
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Fingerprint is a key's SHA-256 fingerprint as ssh-keygen -l prints it
// ("SHA256:..."), the form the logs use to say who connected.
func Fingerprint(k gossh.PublicKey) string { return gossh.FingerprintSHA256(k) }
