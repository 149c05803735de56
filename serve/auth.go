package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/termsafe"

	gossh "golang.org/x/crypto/ssh"
)

// maxAuthorizedKeysFile bounds the authorized_keys file: a line is a few
// hundred bytes to a few kilobytes (RSA), so a megabyte is thousands of
// users.
const maxAuthorizedKeysFile = 1 << 20

// harmlessOptions are the authorized_keys options dutymap serve accepts:
// each forbids something the server never allows anyway. Any other option
// (from=, command=, restrict, no-pty, expiry-time=, ...) would narrow what
// a key may do in ways the server does not implement, so a line carrying
// one is refused rather than read as granting more than it says.
var harmlessOptions = map[string]bool{
	"no-port-forwarding":  true,
	"no-agent-forwarding": true,
	"no-x11-forwarding":   true,
	"no-user-rc":          true,
}

// AuthorizedKey is one line of an authorized_keys file.
type AuthorizedKey struct {
	Key     gossh.PublicKey
	Comment string // the line's comment, usually user@host: who the key belongs to
	Line    int
}

// ParseAuthorizedKeys reads an authorized_keys file (the OpenSSH format:
// one key a line, "#" comments, blank lines), returning the keys it holds
// and one problem for each line that could not be used, as "FILE:LINE:
// what is wrong; fix".
func ParseAuthorizedKeys(name string, data []byte) (keys []AuthorizedKey, problems []string) {
	inPrivate := false // inside a private key's block, pasted by mistake
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if inPrivate {
			// Its lines are one problem, said once; a key after a block
			// left open is read as any key.
			if bytes.HasPrefix(line, []byte("-----END ")) {
				inPrivate = false
				continue
			}
			if _, _, _, _, err := gossh.ParseAuthorizedKey(line); err != nil {
				continue
			}
			inPrivate = false
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		at := fmt.Sprintf("%s:%d: ", name, i+1)
		key, comment, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			var why string
			why, inPrivate = notAKey(line)
			problems = append(problems, at+why+"; a line is a public key as in ~/.ssh/id_ed25519.pub: ssh-ed25519 AAAA... user@host")
			continue
		}
		if bad := unsupportedOptions(options); len(bad) > 0 {
			problems = append(problems, at+"the option "+strings.Join(bad, ", ")+" is not supported by dutymap serve, so this key is refused; remove the option to let the key in, or the line to keep it out")
			continue
		}
		keys = append(keys, AuthorizedKey{Key: key, Comment: comment, Line: i + 1})
	}
	return keys, problems
}

// quotedStart is how much of a line that is not a key a problem quotes,
// in cells: enough to find the line, not a whole key.
const quotedStart = 40

// notAKey says in plain words why line is not a public key, rather than
// x/crypto's words ("ssh: no key found; last parsing error for ignored
// line: ssh: short read"), which name no fix (tryout21 F20); private
// tells that line starts a private key's block. A private key's lines are
// never quoted: the log must not hold a piece of a secret.
func notAKey(line []byte) (why string, private bool) {
	text := string(line)
	if strings.HasPrefix(text, "-----BEGIN ") {
		if strings.Contains(text, "PRIVATE KEY") {
			return "not a public key but the start of a private key, which must stay with its owner: put the contents of the matching .pub file here instead", true
		}
		return "not a public key: " + termsafe.QuoteArg(termsafe.CutArg(text, quotedStart)) + " starts a block of another format", false
	}
	fields := strings.Fields(text)
	for i, f := range fields {
		if i < 2 && knownKeyType(f) {
			// The key's type is there: the key after it is damaged.
			return "the " + f + " key on this line is cut short or mistyped (copy the whole line of the .pub file again)", false
		}
	}
	return "not a public key: " + termsafe.QuoteArg(termsafe.CutArg(text, quotedStart)), false
}

// knownKeyType reports whether word names a type of SSH public key.
func knownKeyType(word string) bool {
	switch word {
	case gossh.KeyAlgoRSA, "ssh-dss", gossh.KeyAlgoECDSA256, gossh.KeyAlgoECDSA384, gossh.KeyAlgoECDSA521,
		gossh.KeyAlgoED25519, gossh.KeyAlgoSKECDSA256, gossh.KeyAlgoSKED25519:
		return true
	}
	return strings.HasSuffix(word, "-cert-v01@openssh.com")
}

func unsupportedOptions(options []string) []string {
	var bad []string
	for _, o := range options {
		name, _, _ := strings.Cut(o, "=")
		if !harmlessOptions[strings.ToLower(name)] {
			bad = append(bad, name)
		}
	}
	return bad
}

// keyring is the set of authorised keys, read from a file and read again
// whenever the file changes, so that adding or removing a user takes
// effect at their next connection, without a restart.
type keyring struct {
	path string
	log  *Logger

	mu      sync.Mutex
	stamp   fileStamp
	byBytes map[string]AuthorizedKey
}

// fileStamp tells whether a file changed since it was read.
type fileStamp struct {
	size    int64
	modTime time.Time
}

// newKeyring reads path for the first time. Every problem is an error here:
// a server should not start with a key file it cannot fully read.
func newKeyring(path string, log *Logger) (*keyring, error) {
	k := &keyring{path: path, log: log}
	data, stamp, err := readKeyFile(path)
	var notRegular *notRegularError
	if errors.As(err, &notRegular) {
		return nil, fmt.Errorf("%w; give the path of a file of public keys, one a line, with --authorized-keys", err)
	}
	if errors.Is(err, fs.ErrNotExist) {
		// The file most often is still to be made: say how.
		return nil, fmt.Errorf("%w; create it with a line for each user, the contents of their ~/.ssh/id_ed25519.pub (cat ~/.ssh/id_ed25519.pub >> %s), or give another file with --authorized-keys",
			err, shellArg(path))
	}
	if err != nil {
		return nil, err
	}
	keys, problems := ParseAuthorizedKeys(path, data)
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s holds no public keys; add a line for each user: the contents of their ~/.ssh/id_ed25519.pub (or id_rsa.pub)", path)
	}
	k.set(keys, stamp)
	return k, nil
}

// shellArg quotes path for a command to paste into a shell: as it is when
// every character is safe there, in '…' otherwise, or as $'…' when a
// character does not show as itself (termsafe.QuoteName).
func shellArg(path string) string {
	if q := termsafe.QuoteName(path); q != path {
		return q
	}
	safe := func(r rune) bool {
		return r >= utf8.RuneSelf || unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_./:=+-@%,", r)
	}
	if strings.IndexFunc(path, func(r rune) bool { return !safe(r) }) < 0 {
		return path
	}
	return "'" + strings.ReplaceAll(path, "'", `'\''`) + "'"
}

// readKeyFile reads the authorized keys file, a regular file of at most
// maxAuthorizedKeysFile bytes (a *notRegularError or a *tooLargeError
// otherwise).
func readKeyFile(path string) ([]byte, fileStamp, error) {
	f, info, err := openRegular("authorized keys", path)
	if err != nil {
		return nil, fileStamp{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxAuthorizedKeysFile+1))
	if err != nil {
		return nil, fileStamp{}, fmt.Errorf("authorized keys %s: %w", path, unwrapPath(err))
	}
	if len(data) > maxAuthorizedKeysFile {
		return nil, fileStamp{}, &tooLargeError{path}
	}
	return data, fileStamp{info.Size(), info.ModTime()}, nil
}

// tooLargeError is an authorized keys file of more than
// maxAuthorizedKeysFile bytes.
type tooLargeError struct{ path string }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("authorized keys %s is larger than %d MB", e.path, maxAuthorizedKeysFile>>20)
}

func (k *keyring) set(keys []AuthorizedKey, stamp fileStamp) {
	k.byBytes = make(map[string]AuthorizedKey, len(keys))
	for _, a := range keys {
		k.byBytes[string(a.Key.Marshal())] = a
	}
	k.stamp = stamp
}

// lookup reports whether key is authorised, reading the file again first
// if it changed. A line that became unreadable keeps that key out (and is
// logged); a file that disappeared keeps everyone out until it is back.
func (k *keyring) lookup(key gossh.PublicKey) (AuthorizedKey, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.refresh()
	a, ok := k.byBytes[string(key.Marshal())]
	return a, ok
}

func (k *keyring) refresh() {
	info, err := os.Stat(k.path)
	if err != nil {
		if k.byBytes != nil {
			k.log.Error("authorized keys unreadable: no one can connect until it is back", "file", k.path, "error", unwrapPath(err).Error())
		}
		k.byBytes, k.stamp = nil, fileStamp{}
		return
	}
	if (fileStamp{info.Size(), info.ModTime()}) == k.stamp {
		return
	}
	data, stamp, err := readKeyFile(k.path)
	var notRegular *notRegularError
	var tooLarge *tooLargeError
	switch {
	case (errors.As(err, &notRegular) || errors.As(err, &tooLarge)) && k.byBytes != nil:
		// Something took the file's place (a named pipe, which would
		// have blocked every login behind it; a file no key file is as
		// large as): the keys read before stay, until a key file is
		// back. Its stamp is kept so that this is logged once.
		keys := fmt.Sprintf("%d keys", len(k.byBytes))
		if len(k.byBytes) == 1 {
			keys = "key"
		}
		k.log.Warn(fmt.Sprintf("%s; keeping the %s read before", err, keys), "file", k.path)
		k.stamp = fileStamp{info.Size(), info.ModTime()}
		return
	case err != nil:
		k.log.Error("authorized keys unreadable: no one can connect until it is fixed", "error", err.Error())
		k.byBytes, k.stamp = nil, fileStamp{}
		return
	}
	keys, problems := ParseAuthorizedKeys(k.path, data)
	for _, p := range problems {
		k.log.Warn("authorized keys: line skipped", "problem", p)
	}
	k.set(keys, stamp)
	k.log.Info("authorized keys read again", "file", k.path, "keys", len(keys))
}
