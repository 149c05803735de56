package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestShowPrefersAUnitsOwnName (hostile13 #12): a department a user adds
// whose name is a built-in department's alias ("personnel department" of
// hr) is what show finds by that name; validate notes that the alias now
// finds it, and the fix it prints ends the note.
func TestShowPrefersAUnitsOwnName(t *testing.T) {
	dept := "---\nid: personnel\nname: Personnel department\n---\n\n## Files {#files}\n\n- Keep the staff files.\n"
	dir := writeFiles(t, map[string]string{"en/personnel.md": dept})
	r := run(t, "validate", "--content", dir).ok(t)
	file := filepath.Join(dir, "en", "personnel.md")
	mustContain(t, r.out+r.err, file+`:3: note: the name "Personnel department" of the department personnel is also an alias of the department hr`,
		"that alias now finds this department, not hr", "else give it another name")
	out := run(t, "--content", dir, "show", "Personnel department", "--no-pager").ok(t).out
	if !strings.HasPrefix(out, "# Personnel department\n") {
		t.Errorf("show \"Personnel department\" printed:\n%.300s", out)
	}
	writeFile(t, file, strings.Replace(dept, "name: Personnel department", "name: Staff files office", 1))
	if r := run(t, "validate", "--content", dir).ok(t); strings.Contains(r.out+r.err, "note:") {
		t.Errorf("the fix leaves a note:\n%s%s", r.out, r.err)
	}
	// The built-in alias finds hr again.
	mustContain(t, run(t, "--content", dir, "show", "Personnel department", "--no-pager").ok(t).out, "# Human resources")
}
