package cli

import (
	"strings"
	"testing"
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
