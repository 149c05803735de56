package analysis

import (
	"slices"
	"testing"
)

// In a question asking who, the verb right after the question words takes
// one character where the dictionary's split would leave the object one
// character: 谁开发票 asks who issues invoices (开 发票), not who develops
// tickets (开发 票). Elsewhere, and where the object is longer or no
// dictionary noun, the split stays.
func TestQuestionVerbTakesItsObject(t *testing.T) {
	for run, want := range map[string][]string{
		"谁开发票":     {"谁", "开", "发票"},
		"谁负责开发票":   {"谁", "负责", "开", "发票"},
		"由谁开发票":    {"由", "谁", "开", "发票"},
		"哪个部门开发票":  {"哪个", "部门", "开", "发票"},
		"什么小组开发票":  {"什么", "小组", "开", "发票"},
		"谁开发产品":    {"谁", "开发", "产品"},
		"谁开发票据":    {"谁", "开发", "票据"},
		"谁发工资":     {"谁", "发", "工资"},
		"开发票":      SegmentChinese("开发票"),
		"市场部开发新产品": SegmentChinese("市场部开发新产品"),
	} {
		if got := SegmentChinese(run); !slices.Equal(got, want) {
			t.Errorf("SegmentChinese(%s) = %q, want %q", run, got, want)
		}
	}
	if got := SegmentChinese("开发票"); !slices.Equal(got, []string{"开发", "票"}) {
		t.Errorf("SegmentChinese(开发票) = %q: without a question the dictionary's split stays", got)
	}
}
