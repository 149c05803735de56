package analysis

import (
	"slices"
	"testing"
)

// A role's verb right after the question's words is a word of its own,
// whatever the dictionary makes of the characters after it (tryout28
// Y6: 谁批准备份 was 谁, 批, 准备, 份); a dictionary word that begins with
// the verb and goes on (负责人) stays whole, and text that asks nothing is
// segmented as the dictionary says.
func TestRoleVerbCutAfterTheQuestion(t *testing.T) {
	for _, c := range []struct {
		run  string
		want []string
	}{
		{"谁批准备份", []string{"谁", "批准", "备", "份"}},
		{"由谁批准备份", []string{"由", "谁", "批准", "备", "份"}},
		{"谁能批准备份", []string{"谁", "能", "批准", "备", "份"}},
		{"哪个部门批准备份", []string{"哪个", "部门", "批准", "备", "份"}},
		{"谁批准退款", []string{"谁", "批准", "退", "款"}},
		{"谁是部门负责人", []string{"谁", "是", "部门", "负责人"}},
		{"谁开发票", []string{"谁", "开", "发票"}},
		{"批准备份", []string{"批", "准备", "份"}},
	} {
		if got := SegmentChinese(c.run); !slices.Equal(got, c.want) {
			t.Errorf("SegmentChinese(%s) = %q, want %q", c.run, got, c.want)
		}
	}
}
