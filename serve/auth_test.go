package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func testKey(t *testing.T) gossh.PublicKey {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	k, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func keyLine(k gossh.PublicKey) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k)))
}

// Every line that cannot be used is reported with its file and line and a
// fix; options that would restrict a key in ways the server does not
// implement keep that key out instead of letting it in unrestricted.
func TestParseAuthorizedKeys(t *testing.T) {
	a, b, c := testKey(t), testKey(t), testKey(t)
	file := strings.Join([]string{
		"# the team",
		keyLine(a) + " alice@laptop",
		"",
		"no-port-forwarding,no-agent-forwarding " + keyLine(b) + " bob@desk",
		`from="10.0.0.0/8" ` + keyLine(c) + " carol",
		"command=\"/bin/sh\" " + keyLine(c),
		"restrict " + keyLine(c),
		"ssh-ed25519 AAAAnotakey mallory",
	}, "\n")
	keys, problems := ParseAuthorizedKeys("team.keys", []byte(file))
	if len(keys) != 2 || keys[0].Comment != "alice@laptop" || keys[0].Line != 2 || keys[1].Comment != "bob@desk" || keys[1].Line != 4 {
		t.Errorf("keys: %+v", keys)
	}
	want := []string{
		"team.keys:5: the option from is not supported by dutymap serve, so this key is refused",
		"team.keys:6: the option command is not supported",
		"team.keys:7: the option restrict is not supported",
		"team.keys:8: the ssh-ed25519 key on this line is cut short or mistyped",
	}
	if len(problems) != len(want) {
		t.Fatalf("problems:\n%s", strings.Join(problems, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(problems[i], w) {
			t.Errorf("problem %d: %q, want it to begin %q", i, problems[i], w)
		}
	}
}

// The file is read again when it changes: a key added gets in at once, a
// key removed is kept out at once, a broken line keeps only its own key
// out, and a file that disappears keeps everyone out.
func TestKeyringFollowsTheFile(t *testing.T) {
	a, b := testKey(t), testKey(t)
	path := filepath.Join(t.TempDir(), "keys")
	write := func(lines ...string) {
		t.Helper()
		// A different length each time, so the change shows even where the
		// file system's clock is coarse.
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(keyLine(a) + " a")
	if _, err := newKeyring(path+".missing", NewLogger(io.Discard)); err == nil {
		t.Error("a missing file was accepted at start")
	}
	k, err := newKeyring(path, NewLogger(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	allowed := func(key gossh.PublicKey) bool { _, ok := k.lookup(key); return ok }
	if !allowed(a) || allowed(b) {
		t.Fatal("first read wrong")
	}
	write(keyLine(a)+" a", keyLine(b)+" b, added")
	if !allowed(b) {
		t.Error("an added key is refused")
	}
	write(keyLine(b) + " b, alone")
	if allowed(a) {
		t.Error("a removed key is still let in")
	}
	write("garbage", keyLine(b)+" b, after a broken line")
	if allowed(a) || !allowed(b) {
		t.Error("a broken line changed more than its own key")
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if allowed(b) {
		t.Error("with the file gone, a key is still let in")
	}
}

func TestKeyringRefusesAnEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys")
	if err := os.WriteFile(path, []byte("# nobody yet\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := newKeyring(path, NewLogger(io.Discard)); err == nil || !strings.Contains(err.Error(), "holds no public keys") {
		t.Errorf("an empty key file: %v", err)
	}
}

// A line that is not a key is named in plain words with a fix, never in
// x/crypto's ("ssh: no key found; … ssh: short read", tryout21 F20): the
// line's start, quoted safely and cut short; a damaged key by its type; a
// private key pasted by mistake once, and never a piece of it.
func TestAuthorizedKeysProblemsInPlainWords(t *testing.T) {
	a := testKey(t)
	long := "garbage " + strings.Repeat("x", 200)
	file := strings.Join([]string{
		"garbage line",
		"ssh-ed25519 AAAAnotakey mallory",
		"-----BEGIN OPENSSH PRIVATE KEY-----",
		"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
		"-----END OPENSSH PRIVATE KEY-----",
		"evil\x1b]0;owned\x07 line",
		long,
		keyLine(a) + " alice@laptop",
	}, "\n")
	keys, problems := ParseAuthorizedKeys("team.keys", []byte(file))
	if len(keys) != 1 || keys[0].Line != 8 {
		t.Errorf("keys: %+v", keys)
	}
	fix := "; a line is a public key as in ~/.ssh/id_ed25519.pub: ssh-ed25519 AAAA... user@host"
	want := []string{
		`team.keys:1: not a public key: "garbage line"` + fix,
		"team.keys:2: the ssh-ed25519 key on this line is cut short or mistyped (copy the whole line of the .pub file again)" + fix,
		"team.keys:3: not a public key but the start of a private key, which must stay with its owner: put the contents of the matching .pub file here instead" + fix,
		`team.keys:6: not a public key: "evil\x1b]0;owned\a line"` + fix,
		`team.keys:7: not a public key: "garbage ` + strings.Repeat("x", 31) + `…"` + fix,
	}
	if strings.Join(problems, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(problems, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range problems {
		if strings.Contains(p, "ssh:") || strings.Contains(p, "b3BlbnNza") {
			t.Errorf("a problem holds library words or a piece of the private key: %q", p)
		}
	}
}
