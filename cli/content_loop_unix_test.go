//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// A content folder that is a symbolic link to itself gets the fix for a
// link, not for permissions ("give a folder that you may read": tryout28
// P20).
func TestContentFolderLinkLoop(t *testing.T) {
	loop := filepath.Join(t.TempDir(), "loop")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	r := run(t, "--content", loop, "search", "x").fails(t, 1)
	mustContain(t, r.err, loop+": cannot read the folder: it is a symbolic link that leads to itself, or links in a loop\n  fix: remove the link, or point it at the content folder\n")
}
