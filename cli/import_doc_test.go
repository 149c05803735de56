package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The show examples of docs/import.md's "Check it and open it", run on
// the folder docs/examples/staff.csv imports to, print what the page
// says they print (the page left out the Code: line show prints,
// tryout15 nit 2).
func TestImportDocShowExamples(t *testing.T) {
	data, err := os.ReadFile("../docs/import.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	const section = "## 3. Check it and open it"
	at := strings.Index(doc, section)
	if at < 0 {
		t.Fatalf("docs/import.md has no %q", section)
	}
	doc = doc[at:]
	dir := filepath.Join(t.TempDir(), "staff")
	run(t, "import", "../docs/examples/staff.csv", "--out", dir).ok(t)
	const prefix = "$ dutymap --content staff --builtin=false show "
	checked := 0
	lines := strings.Split(doc, "\n")
	for i := 0; i < len(lines); i++ {
		ref, ok := strings.CutPrefix(lines[i], prefix)
		if !ok {
			if strings.HasPrefix(lines[i], "## 4.") {
				break
			}
			continue
		}
		var want []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "$ ") && lines[i] != "```"; i++ {
			want = append(want, lines[i])
		}
		i--
		args, err := shellWords(ref)
		if err != nil || len(args) != 1 {
			t.Fatalf("%q: %v", ref, args)
		}
		got := run(t, "--content", dir, "--builtin=false", "show", args[0]).ok(t).out
		if got != strings.Join(want, "\n")+"\n" {
			t.Errorf("show %s prints:\n%s\ndocs/import.md says:\n%s", ref, got, strings.Join(want, "\n"))
		}
		checked++
	}
	if checked != 2 {
		t.Errorf("checked %d show examples, want 2", checked)
	}
}
