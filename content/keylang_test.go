package content

import (
	"fmt"
	"strings"
	"testing"
)

// An attribute line's key is named as the line writes it, whatever the
// language of its file: a Chinese file's "Overlaps:" line was told about
// "重叠：", which the user never wrote and could not find (tryout20). So
// are the other keys its fix names, and the lines it rewrites: in the
// line's language. Each kind of message that names a key: one made as the
// line is read, one for a second line, one made once the units are
// resolved, one comparing the two languages' lines.
func TestKeysNamedAsTheLineWritesThem(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"English key in a Chinese file", map[string]string{"zh/a.md": fmAZh + "## 乙 {#s}\nOverlaps: b/x\n- 工作。\n"},
			"org/zh/a.md:6: an Overlaps: line under a section: only a department's duty overlaps another\n" +
				"  fix: write Overlaps: under a duty of a department"},
		{"Chinese key in an English file", map[string]string{"en/a.md": fmA + "## S {#s}\n重叠：b/x\n- d\n"},
			"org/en/a.md:6: a 重叠： line under a section: only a department's duty overlaps another\n" +
				"  fix: write 重叠： under a duty of a department"},
		{"hand-off keys in the line's words", map[string]string{"zh/a.md": fmAZh + "## 乙 {#s}\n- 工作。\n  To: a\n"},
			"org/zh/a.md:7: a To: line outside a relation: only hand-offs have To: lines\n" +
				"  fix: write hand-offs as items of a relation file (kind: relation) and link them with From:, To: and Returns: there"},
		{"unresolved unit", map[string]string{"zh/a.md": fmAZh + "## 乙 {#s}\n- 工作。\n  Responsible: nobody\n"},
			"org/zh/a.md:7: Responsible: \"nobody\" names no unit\n" +
				"  fix: no unit is called nobody: delete this line; or name a unit that exists (by its id, path, name or alias), such as a (甲); a Chinese line may name a unit by its id, as in  Responsible: a;"},
		{"unresolved unit, Chinese key", map[string]string{"en/a.md": fmA + "## S {#s}\n- d\n  负责：nobody\n"},
			"org/en/a.md:7: 负责：\"nobody\" names no unit"},
		{"second line", map[string]string{"zh/a.md": fmAZh + "## 乙 {#s}\n- 工作。\n  Accountable: a\n  Accountable: s\n"},
			"org/zh/a.md:8: a second Accountable: line for the same duty\n" +
				"  fix: a duty has one accountable unit: keep line 7  Accountable: a  (the one that answers for the work) and name the other Responsible: or Consulted: — make this line  Responsible: s, or make this line  Consulted: s"},
		{"languages differ", map[string]string{"en/a.md": fmA + "## S {#s}\n- d\n  Code: 1.1\n", "zh/a.md": fmAZh + "## 乙 {#s}\n- 甲\n  Code: 1.2\n"},
			"org/zh/a.md:7: Code: differs from org/en/a.md:7 (1.2 here, 1.1 there)\n" +
				"  fix: write Code: in one language's file only"},
		{"misspelt key", map[string]string{"zh/a.md": fmAZh + "## 乙 {#s}\n- 工作。\n  Responsibel: a\n"},
			"org/zh/a.md:7: unknown role \"Responsibel\": the RACI roles are Responsible, Accountable, Consulted and Informed\n" +
				"  fix: for who does the work, write  Responsible: a"},
		{"misspelt Chinese key in an English file", map[string]string{"en/a.md": fmA + "## S {#s}\n- d\n  负则：a\n"},
			"org/en/a.md:7: unknown role \"负则\": the RACI roles are 负责, 批准, 咨询 and 知会\n"},
		{"in the file's language still", map[string]string{"zh/a.md": fmAZh + "## 乙 {#s}\n- 工作。\n  负责：nobody\n"},
			"org/zh/a.md:7: 负责：\"nobody\" names no unit"},
	} {
		_, ps := Check(layer(tc.files))
		if got := fmt.Sprint(ps); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got\n%s\nwant a problem beginning\n%s", tc.name, got, tc.want)
		}
	}
}
