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

// TestLongCodeAndAliasRefused: a Code: or Aliases: value had no bound: an
// alias of a megabyte went through to the search index and the screen. A
// code and each alias are bounded as an id is (128 bytes), in the body's
// lines and in the front matter, a document's name as a heading is (64
// KB); each is refused at its line with its length, not echoed, and the
// fix says the bound. At the bound they load and are searched.
func TestLongCodeAndAliasRefused(t *testing.T) {
	long, atBound := strings.Repeat("x", 1<<20), strings.Repeat("y", content.MaxAlias)
	dir := writeFiles(t, map[string]string{
		"en/a.md": "---\nid: a\nname: Alpha\n---\n## Work {#work}\nCode: " + long + "\nAliases: work, " + long + "\n\n- Do it.\n  Code: " + strings.Repeat("1", content.MaxCode+1) + "\n",
		"zh/a.md": "---\nid: a\nname: 甲部\n---\n## 工作 {#work}\n\n- 做事。\n  别名：" + strings.Repeat("长", 50) + "\n",
		"en/b.md": "---\nid: b\nname: Beta\ncode: \"" + long + "\"\naliases: [" + long + "]\n---\n## Work {#work}\n- Do it.\n",
		"en/c.md": "---\nid: c\nname: \"" + long + "\"\n---\n## Work {#work}\n- Do it.\n",
	})
	r := run(t, "--builtin=false", "--content", dir, "validate")
	if r.code != 1 {
		t.Errorf("validate: exit %d, want 1", r.code)
	}
	mustContain(t, r.out,
		filepath.Join(dir, "en/a.md")+":6: the Code: value is 1048576 bytes long; the most a code may be is 128 bytes\n  fix: write a short code (such as  Code: 3.2), at most 128 bytes;",
		filepath.Join(dir, "en/a.md")+":7: alias 2 of 2 on the Aliases: line is 1048576 bytes long; the most an alias may be is 128 bytes\n  fix: write the alias as a short name, at most 128 bytes (aliases are separated by commas);",
		filepath.Join(dir, "en/a.md")+":10: the Code: value is 129 bytes long",
		filepath.Join(dir, "zh/a.md")+":8: alias 1 of 1 on the 别名： line is 150 bytes long",
		filepath.Join(dir, "en/b.md")+":4: the code: value is 1048576 bytes long",
		filepath.Join(dir, "en/b.md")+":5: alias 1 of 1 on the aliases: line is 1048576 bytes long; the most an alias may be is 128 bytes\n  fix: write the alias as a short name, at most 128 bytes (each item of the list is one alias);",
		filepath.Join(dir, "en/c.md")+":3: the name is 1024 KB long; the most it may be is 64 KB\n",
		"7 problems and 2 notes found")
	if len(r.out) > 4000 {
		t.Errorf("validate wrote %d bytes: a long value is echoed", len(r.out))
	}

	dir = writeFiles(t, map[string]string{
		"en/a.md": "---\nid: a\nname: Alpha\naliases: [" + atBound + "]\ncode: \"" + strings.Repeat("1", content.MaxCode) + "\"\n---\n## Work {#work}\nAliases: " + strings.Repeat("z", content.MaxAlias) + "\n\n- Do it.\n",
	})
	run(t, "--builtin=false", "--content", dir, "validate").ok(t)
	out := run(t, "--builtin=false", "--content", dir, "search", atBound).ok(t).out
	mustContain(t, out, "Alpha")
}
