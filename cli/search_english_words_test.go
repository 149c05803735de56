package cli

import (
	"strings"
	"testing"
)

// bilingualITOrg is a company's own organisation in both languages with an
// IT department, duties whose Chinese says 公司 (gongsi) and 办公室
// (bangongshi), and one English duty that says "IT".
func bilingualITOrg(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"en/support.md": "---\nid: support\nname: Customer support\n---\n\n## Agent {#agent .position}\n\n- Issue refunds for faulty orders.\n- Escalate outages to IT operations.\n",
		"zh/support.md": "---\nid: support\nname: 客服中心\n---\n\n## 客服专员 {#agent .position}\n\n- 为有问题的订单办理退款。\n- 把系统故障上报给运维部。\n",
		"en/it.md":      "---\nid: it-operations\nname: IT operations\n---\n\n## Administrator {#admin .position}\n\n- Reset forgotten passwords.\n- Repair the office air conditioning.\n",
		"zh/it.md":      "---\nid: it-operations\nname: 运维部\n---\n\n## 系统管理员 {#admin .position}\n\n- 重置忘记的密码。\n- 安排办公室空调的维修。\n",
		"en/legal.md":   "---\nid: legal\nname: Legal\n---\n\n## Counsel {#counsel .position}\n\n- Register the company's trademarks.\n",
		"zh/legal.md":   "---\nid: legal\nname: 法务部\n---\n\n## 法务 {#counsel .position}\n\n- 注册公司商标。\n",
	})
}

// tryout28 Y13: a short word among English words is English, not pinyin:
// "go" and "ban" are no gong of 公司 or ban of 办公室, whose Chinese duties
// answered and made Legal an owner of refunds.
func TestSearchShortWordAmidEnglishIsNoPinyin(t *testing.T) {
	dir := bilingualITOrg(t)
	for _, q := range []string{"where do refunds go", "refunds ban", "refunds gong"} {
		r := searchIn(t, dir, "--owners", q)
		if r.code != 0 || !strings.HasPrefix(r.out, "Customer support › Agent  (1 duty)\n") || strings.Contains(r.out, "Legal") || strings.Contains(r.out, "IT operations") {
			t.Errorf("search --owners %q: exit %d\n%s%s\nwant only Customer support › Agent (1 duty)", q, r.code, r.out, r.err)
		}
	}
}

// tryout28 Y8: "IT" in capitals, in a text written in both cases, is a
// word: the department it names is found by it, while "it" stays a
// pronoun ("who approves it" names no work).
func TestSearchFindsITInCapitals(t *testing.T) {
	dir := bilingualITOrg(t)
	for _, q := range []string{"who is in charge of IT", "IT"} {
		r := searchIn(t, dir, "--owners", q)
		if r.code != 0 || !strings.Contains(r.out, "Escalate outages to IT operations.") && !strings.HasPrefix(r.out, "IT operations") {
			t.Errorf("search --owners %q: exit %d\n%s%s\nwant IT found", q, r.code, r.out, r.err)
		}
	}
	r := searchIn(t, dir, "--owners", "who approves it")
	mustContain(t, r.err, "the question names no work, only “it”")
}
