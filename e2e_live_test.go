//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// liveDepartment is a department file of the live-reload test.
func liveDepartment(id, name, duty string) string {
	return "---\nid: " + id + "\nname: " + name + "\n---\n\n## Work {#work}\n\n- " + duty + "\n"
}

// save writes a file as an editor does: a temporary file beside it,
// renamed over it.
func save(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".swp")
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// The explorer follows its content folder as the user edits it beside
// it: a valid edit shows at once with a notice, the place kept; an edit
// with problems leaves the last valid tree on screen under a banner that
// names the first problem and the command that lists them; the fix
// takes the banner away; a file and a language folder made later are
// read; quitting gives the terminal back.
func TestExplorerFollowsItsContent(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "org")
	kitchen := filepath.Join(dir, "en", "kitchen.md")
	save(t, kitchen, liveDepartment("kitchen", "Kitchen", "Bake the bread."))
	save(t, filepath.Join(dir, "en", "shop.md"), liveDepartment("shop", "Shop", "Sell the bread."))
	s := startCommand(t, 100, 30, func(c *exec.Cmd) { c.Dir = parent }, binary, "--builtin=false", "--content", "org", "--lang", "en")
	s.waitText("Kitchen")
	s.send("\r") // open the kitchen: its section shows in the tree
	// (The page shows "Work" before the key is taken: a key taken after
	// the reload would clear its notice.)
	s.waitText("▾ Kitchen")

	save(t, kitchen, liveDepartment("kitchen", "Bakehouse", "Bake the rolls."))
	scr := s.waitFor("the edit", func(scr string) bool {
		return strings.Contains(scr, "Bakehouse") && strings.Contains(scr, "The content was updated.")
	})
	if !strings.Contains(scr, "Work") {
		t.Errorf("the open department was folded by the reload:\n%s", scr)
	}

	save(t, kitchen, "---\nid: [kitchen\nname: Kitchen\n---\n")
	scr = s.waitText("The content has a problem; the last valid version is shown. See it: dutymap validate org")
	if !strings.Contains(scr, "org/en/kitchen.md:2: the front matter is not valid YAML") || !strings.Contains(scr, "Bakehouse") {
		t.Errorf("the banner should name the problem over the last valid tree:\n%s", scr)
	}

	save(t, kitchen, liveDepartment("kitchen", "Bakery", "Bake the buns."))
	scr = s.waitText("Bakery")
	if strings.Contains(scr, "problem") {
		t.Errorf("the banner stayed after the fix:\n%s", scr)
	}

	// A burst: a new file and a new language folder, written at once.
	save(t, filepath.Join(dir, "en", "office.md"), liveDepartment("office", "Office", "File the letters."))
	for id, name := range map[string]string{"kitchen": "面包房", "shop": "商店", "office": "办公室"} {
		save(t, filepath.Join(dir, "zh", id+".md"), liveDepartment(id, name, "工作。"))
	}
	s.waitText("Office")
	s.send("L")
	s.waitText("面包房")

	s.send("q")
	if code := s.exit(); code != 0 {
		t.Errorf("exit status %d", code)
	}
	s.assertRestored()
}
