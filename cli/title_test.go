package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTitleNamesTheFolder (tryout21 F15a): the explorer's header names a
// content folder by its own name however it was typed: "--content ." is
// the current folder's name, not "."; a name that is not plain text is
// quoted, as every name from outside is.
func TestTitleNamesTheFolder(t *testing.T) {
	root := t.TempDir()
	acme := filepath.Join(root, "acme")
	odd := filepath.Join(root, "bad\x1b[31mname")
	for _, d := range []string{acme, odd} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(acme)
	for _, c := range []struct {
		content []string
		builtin bool
		want    string
	}{
		{[]string{"."}, false, "acme"},
		{[]string{"./"}, true, "built-in + acme"},
		{[]string{"../acme"}, false, "acme"},
		{[]string{acme}, false, "acme"},
		{[]string{odd}, false, `$'bad\e[31mname'`},
	} {
		a := &app{opts: options{content: c.content, builtin: c.builtin}}
		if got := a.title(); got != c.want {
			t.Errorf("--content %v: the header names %q, want %q", c.content, got, c.want)
		}
	}
}
