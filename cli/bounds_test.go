package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// TestLongIDRefused: an id of 70,000 characters (a heading line past the
// bound a duty line has) passed validate, and was then written into every
// path search, export and show print (hostile15 #6). It is refused with its
// length, not echoed, and the fix writes an id made from the text.
func TestLongIDRefused(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/a.md": "---\nid: a\nname: Alpha\n---\n## Work {#" + strings.Repeat("w", 70000) + "}\n- Do it. {#" + strings.Repeat("d", 200) + "}\n",
		"en/b.md": "---\nid: " + strings.Repeat("b", 300) + "\nname: Beta team\n---\n## Work {#work}\n- Do it.\n",
	})
	r := run(t, "--builtin=false", "--content", dir, "validate")
	if r.code != 1 {
		t.Errorf("validate: exit %d, want 1", r.code)
	}
	mustContain(t, r.out,
		"a.md:5: section id is 70000 bytes long; the most an id may be is 128\n  fix: write a shorter id: {#work}\n",
		"a.md:6: duty id is 200 bytes long; the most an id may be is 128\n  fix: write a shorter id: {#do-it}\n",
		"b.md:2: id is 300 bytes long; the most an id may be is 128\n  fix: write a shorter id: id: beta-team\n")
	if len(r.out) > 2000 {
		t.Errorf("validate wrote %d bytes: the long id is echoed", len(r.out))
	}
}

// TestRepeatedProblemsCut: 200,000 sections with one id in one file gave
// 400,103 lines of messages, each duplicate pointing at the one before it
// (hostile15 #6). Each file lists its first 50 problems and 50 notes,
// then one line for the rest of each; every duplicate points at the first
// use; the count at the end counts them all.
func TestRepeatedProblemsCut(t *testing.T) {
	body := strings.Repeat("## W {#w}\n- Do it.\n", 300)
	dir := writeFiles(t, map[string]string{"en/a.md": "---\nid: a\nname: Alpha\n---\n" + body})
	r := run(t, "--builtin=false", "--content", dir, "validate")
	if r.code != 1 {
		t.Errorf("validate: exit %d, want 1", r.code)
	}
	mustContain(t, r.out,
		"a.md:9: duplicate id \"w\"\n  fix: give it another {#id}; line 5 already uses \"w\"\n",
		"a.md:107: and 249 more problems in this file\n  fix: fix the ones above first; the rest are often the same mistake\n",
		"a.md:107: note: and 249 more notes in this file\n",
		"\n299 problems and 299 notes found\n")
	if n := strings.Count(r.out, "\n"); n > 250 {
		t.Errorf("validate wrote %d lines for one repeated mistake: want the first 50 of each kind and a line for the rest", n)
	}
}

// manyDepartments is a CSV of n rows, each a department of its own.
func manyDepartments(n int) string {
	var b strings.Builder
	b.WriteString("Department,Duty\n")
	for i := range n {
		fmt.Fprintf(&b, "Dept %d,Do thing %d.\n", i, i)
	}
	return b.String()
}

// TestImportNamesTenDepartments: import's note on the duties put under a
// section of their own named every department: one line of 229 KB for
// 20,000 (hostile15 #6). It names ten and counts the rest.
func TestImportNamesTenDepartments(t *testing.T) {
	dir := writeFiles(t, map[string]string{"many.csv": manyDepartments(30)})
	r := run(t, "import", filepath.Join(dir, "many.csv"), "--out", filepath.Join(dir, "out")).ok(t)
	mustContain(t, r.out, "  Duties with no section were put under \"Duties\" in dept-0, dept-1, dept-2, dept-3, dept-4, dept-5, dept-6, dept-7, dept-8, dept-9 and 20 more departments.\n")
}

// TestImportPastTheFileBound: a sheet of more departments than dutymap
// reads content files was refused with the loader's fix, which speaks of
// folders loaded at once (hostile15 #6). It is refused as soon as the
// bound is passed, with a fix for the sheet, and nothing is written.
func TestImportPastTheFileBound(t *testing.T) {
	n := content.MaxFiles() + 1
	dir := writeFiles(t, map[string]string{"many.csv": manyDepartments(n)})
	out := filepath.Join(dir, "out")
	r := run(t, "import", filepath.Join(dir, "many.csv"), "--out", out)
	if r.code != 1 {
		t.Errorf("import: exit %d, want 1", r.code)
	}
	mustContain(t, r.err,
		fmt.Sprintf("many.csv: the sheet has more than %d departments, and dutymap reads at most %d content files, a file a department in each language (stopped at row %d)\n", n-1, n-1, n+1),
		"  fix: split the sheet into parts with fewer departments, import each part into a folder of its own, and open one part at a time: dutymap --content PART\n",
		"nothing was written")
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("import wrote %s: %v", out, err)
	}
}
