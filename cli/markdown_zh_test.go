package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// asciiBesideHan is ASCII punctuation set beside Chinese: a label's colon
// ("涉及部门: 市场部"), a list's comma ("市场部, 销售部", "(相似, 相似度
// 0.68)").
var asciiBesideHan = regexp.MustCompile(`\p{Han}[*”）]*[:,;] |[:,;] [*“]*\p{Han}`)

// assertChinesePunctuation fails on each line of Chinese Markdown that sets
// ASCII punctuation beside Chinese.
func assertChinesePunctuation(t *testing.T, what, md string) {
	t.Helper()
	bad := 0
	for line := range strings.SplitSeq(md, "\n") {
		if asciiBesideHan.MatchString(line) {
			if bad++; bad <= 5 {
				t.Errorf("%s: ASCII punctuation beside Chinese: %.200s", what, line)
			}
		}
	}
}

// TestChineseMarkdownUsesChinesePunctuation: every Markdown dutymap makes
// in Chinese (show, compare, export) sets labels with "：", lists with
// "、" and asides in full-width brackets, as a Chinese reader writes
// them (tryout12 §11): on the built-in content and on an organisation with
// RACI lines naming two units, a relation and a topic's departments.
func TestChineseMarkdownUsesChinesePunctuation(t *testing.T) {
	for _, flags := range [][]string{nil, {"--content", checkorg, "--builtin=false"}} {
		out := run(t, append(flags, "export", "--format", "md", "--lang", "zh")...).ok(t).out
		assertChinesePunctuation(t, "export md", out)
	}
	out := run(t, "export", "--format", "md", "--lang", "zh").ok(t).out
	mustContain(t, out, "涉及部门：市场部、销售部\n", "提供方：**市场部** → 接收方：**销售部**", "*来源：baike-marketing、market-vs-sales-zh*",
		"*来源：sina-org——新浪网上谈公司前端部门组织架构规划的一篇文章", "- `sina-org`：新浪网上谈")
	mine := run(t, "--content", checkorg, "--builtin=false", "export", "--format", "md", "--lang", "zh").ok(t).out
	mustContain(t, mine, "涉及部门：市场部、销售部\n")

	for _, c := range [][]string{{"marketing", "sales"}, {"planning", "operations"}, {"sales", "marketing"}} {
		r := run(t, "compare", "--lang", "zh", c[0], c[1]).ok(t)
		assertChinesePunctuation(t, "compare "+strings.Join(c, " "), r.out)
	}
	mustContain(t, run(t, "compare", "--lang", "zh", "marketing", "sales").ok(t).out, "（相似，相似度 ", "（相关，相似度 ")

	for _, o := range []struct {
		org  *model.Org
		name string
	}{{loadOrg(t, content.Builtin()), "built-in"}, {loadOrg(t, content.Layer{Name: "checkorg", FS: os.DirFS(checkorg)}), "checkorg"}} {
		for _, n := range o.org.Nodes() {
			assertChinesePunctuation(t, o.name+" page of "+n.Path, page.Render(o.org, n, page.Options{Lang: model.Zh, ShowLayer: true}))
		}
	}
	r := run(t, "--content", checkorg, "--builtin=false", "show", "--lang", "zh", "pricing/work/1").ok(t)
	mustContain(t, r.out, "- A 批准：**市场部**、**销售部**\n")
	r = run(t, "show", "--lang", "zh", "differences").ok(t)
	mustContain(t, r.out, "涉及部门：市场部、销售部\n")
}
