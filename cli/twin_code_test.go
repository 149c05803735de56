package cli

import (
	"path/filepath"
	"testing"
)

// A department's or a position's code written in both languages' files
// but differently was reported at one file's line, and a position's at
// its heading, not its Code: line: the other file's line was named in
// the message without its line, or not at all. Each side is now
// reported at its own code line, naming the other's file and line, in
// its own words (code:, Code:, 编号：); so is a duty's Sources:. Following
// either fix, validate passes.
func TestDifferentCodesReportedAtBothLines(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/a.md":      "---\nid: a\nname: Alpha\ncode: \"3\"\n---\n## Manager {#m .position}\nCode: 3.1\n\n- Do it.\n  Sources: s1\n",
		"zh/a.md":      "---\nid: a\nname: 甲部\ncode: \"4\"\n---\n## 经理 {#m .position}\n编号：3.2\n\n- 做事。\n  来源：s2\n",
		"sources.yaml": "- id: s1\n  title: One\n- id: s2\n  title: Two\n",
	})
	en, zh := filepath.Join(dir, "en", "a.md"), filepath.Join(dir, "zh", "a.md")
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("validate: exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out,
		en+":4: code: differs from "+zh+":4 (3 here, 4 there)\n",
		zh+":4: code: differs from "+en+":4 (4 here, 3 there)\n",
		en+":7: Code: differs from "+zh+":7 (3.1 here, 3.2 there)\n  fix: write Code: in one language's file only, or give it the same value as "+zh+":7\n",
		zh+":7: 编号： differs from "+en+":7 (3.2 here, 3.1 there)\n  fix: write 编号： in one language's file only, or give it the same value as "+en+":7\n",
		en+":10: Sources: differs from "+zh+":10 (s1 here, s2 there)\n",
		zh+":10: 来源： differs from "+en+":10 (s2 here, s1 there)\n",
		"6 problems found")
	editLines(t, zh, func(l []string) []string {
		l[3], l[6], l[9] = `code: "3"`, "编号：3.1", "  来源：s1"
		return l
	})
	run(t, "validate", dir).ok(t)
}
