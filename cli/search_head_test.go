package cli

import (
	"strings"
	"testing"
)

// headOrg writes an organisation in both languages whose duties hold the
// words of some questions only as the start of longer words (care,
// carry), as their stem-mates made adjectives (a fixed route, collective
// events), inside a longer Chinese word (开 of 开展), or in
// a topic alone (printers).
func headOrg(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"en/marketing.md": "---\nid: marketing\nname: Marketing department\n---\n\n## Responsibilities {#duties}\n\n" +
			"- Plan a fixed route for calling on shops.\n- Choose media agents with care.\n- Carry out the promotion plan.\n- Set product prices.\n- Run promotions for new products.\n- Deal with the media.\n",
		"zh/marketing.md": "---\nid: marketing\nname: 市场部\n---\n\n## 职责 {#duties}\n\n" +
			"- 规划拜访门店的固定路线。\n- 慎重选择媒体代理。\n- 执行促销计划。\n- 制定产品价格。\n- 为新产品开展促销。\n- 与媒体打交道。\n",
		"en/planning.md": "---\nid: planning\nname: Planning department\n---\n\n## Responsibilities {#duties}\n\n" +
			"- Bring everyone together for collective events.\n- Share market information with sales.\n- Track how the promotion money is spent.\n",
		"zh/planning.md": "---\nid: planning\nname: 策划部\n---\n\n## 职责 {#duties}\n\n- 组织集体活动。\n- 与销售部分享市场信息。\n- 跟踪促销资金的花费。\n",
		"en/sales.md":    "---\nid: sales\nname: Sales department\n---\n\n## Responsibilities {#duties}\n\n- Collect payment for the goods sold.\n- Handle customers' complaints.\n",
		"zh/sales.md":    "---\nid: sales\nname: 销售部\n---\n\n## 职责 {#duties}\n\n- 收取货款。\n- 处理客户投诉。\n",
		"en/suppliers.md": "---\nid: suppliers\nkind: topic\nname: Suppliers\n---\n\n## Who we deal with {#dealings}\n\n" +
			"- Marketing deals with the media and with printers.\n",
		"zh/suppliers.md": "---\nid: suppliers\nkind: topic\nname: 供应商\n---\n\n## 往来对象 {#dealings}\n\n- 市场部与媒体和印刷商打交道。\n",
	})
}

// A question is answered only by duties that say its words whole: not by
// the words its last word begins (car: care, carry), a word of its stem
// made an adjective (fixes: a fixed route) or a noun of another meaning
// (informs: market information), a character inside a longer Chinese word (开 of
// 开展), or a topic (printers). Each is "no duty mentions", no owners,
// exit 1, in either language; with or without a final full stop. (A verb
// no duty says, whose object the duties mention, lets them answer, with
// the note: "who fixes the route?" below.)
func TestSearchQuestionWordsMentionedWhole(t *testing.T) {
	dir := headOrg(t)
	for _, c := range []struct{ query, note string }{
		{"who fixes the car", "dutymap search: no duty mentions “fixes” or “car”; closest:"},
		{"who fixes the car.", "dutymap search: no duty mentions “fixes” or “car”; closest:"},
		// "Carry out the promotion plan" says the phrasal verb carry out,
		// not carries.
		{"who carries the car", "dutymap search: no duty mentions “carries” or “car”; closest:"},
		{"who fixes the printer?", "dutymap search: no duty mentions “fixes” or “printer”; closest:"},
		{"who deals with printers?", "dutymap search: no duty mentions “printers”; closest:"},
		{"发票谁开", "dutymap search: no duty mentions “发票” or “开”; closest:"},
		{"发票由谁开", "dutymap search: no duty mentions “发票” or “开”; closest:"},
	} {
		r := searchIn(t, dir, c.query, "--owners")
		if first, _, _ := strings.Cut(r.err, "\n"); r.code != 1 || r.out != "" || first != c.note {
			t.Errorf("%q --owners: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit 1, no owners, %q", c.query, r.code, r.out, r.err, c.note)
		}
	}
	for q, note := range map[string]string{
		"who fixes the route?": "dutymap search: no duty mentions “fixes”; the results match the other words",
		"who informs sales?":   "dutymap search: no duty mentions “informs”; the results match the other words",
	} {
		r := searchIn(t, dir, q, "--owners")
		if first, _, _ := strings.Cut(r.err, "\n"); r.code != 0 || r.out == "" || first != note {
			t.Errorf("%q --owners: exit %d\nstdout:\n%s\nstderr:\n%s\nwant owners and %q", q, r.code, r.out, r.err, note)
		}
	}
	// The Chinese reader reads the same verdict in Chinese.
	r := searchIn(t, dir, "发票谁开", "--owners", "--lang", "zh")
	if first, _, _ := strings.Cut(r.err, "\n"); r.code != 1 || r.out != "" || first != "dutymap search：没有职责提到“发票”、“开”；最接近的：" {
		t.Errorf("发票谁开 --lang zh: exit %d\n%s%s", r.code, r.out, r.err)
	}
	// A question answered by the duties that say its words is answered by
	// those alone: "collective events" neither answers "who collects the
	// money?" nor proves the Planning department an owner of it, nor is
	// it listed as a partial match.
	r = searchIn(t, dir, "who collects the money?", "--owners").ok(t)
	if !strings.Contains(r.out, "sales/duties/1  Collect payment for the goods sold.\n") || strings.Contains(r.out, "collective") ||
		!strings.Contains(r.out, "Planning department  (1 duty)\n    planning/duties/3  Track how the promotion money is spent.\n") {
		t.Errorf("who collects the money? --owners:\n%s%s", r.out, r.err)
	}
	if r = searchIn(t, dir, "who collects the money?", "--json").ok(t); strings.Contains(r.out, "collective") || !strings.Contains(r.out, "Collect payment") {
		t.Errorf("who collects the money? --json lists the collective events:\n%s", r.out)
	}
	// Questions the duties say whole are answered.
	for query, first := range map[string]string{
		"who sets prices?":          "Marketing department  (1 duty)",
		"who collects payment?":     "Sales department  (1 duty)",
		"who carries out the plan?": "Marketing department  (1 duty)",
		"who handles complaints?":   "Sales department  (1 duty)",
		"谁负责促销":                     "市场部  (2 项职责)",
		"谁收取货款":                     "销售部  (1 项职责)",
	} {
		r := searchIn(t, dir, query, "--owners").ok(t)
		if !strings.HasPrefix(r.out, first+"\n") {
			t.Errorf("%q --owners:\n%s%s\nwant %q first", query, r.out, r.err, first)
		}
	}
}

// A slip of the question word is read as the question word when no text
// holds it: "wich team handles complaints" asks who handles complaints, the
// unit noun being the question's; never the units whose duties say "team".
func TestSearchMisspeltQuestionWord(t *testing.T) {
	dir := questionsOrg(t)
	for _, c := range []struct{ query, typed, meant string }{
		{"wich team handles advertising", "wich", "which"},
		{"whcih team handles advertising", "whcih", "which"},
		{"waht team handles advertising?", "waht", "what"},
		{"whih group plans the advertising campaigns", "whih", "which"},
	} {
		r := searchIn(t, dir, c.query, "--owners").ok(t)
		note := "dutymap search: no duty mentions “" + c.typed + "”; the results are for “" + c.meant + "”\n"
		if !strings.HasPrefix(r.out, "Marketing department  (1 duty)\n") || strings.Contains(r.out, "Sales") || r.err != note {
			t.Errorf("%q --owners:\n%s\nstderr: %s\nwant Marketing alone, note %q", c.query, r.out, r.err, note)
		}
	}
	// Near two question words ("wha": what, who, why), or a word a text
	// holds, it is a word of the query as before.
	r := searchIn(t, dir, "wha team handles advertising", "--owners")
	if strings.Contains(r.err, "the results are for") {
		t.Errorf("wha: %s", r.err)
	}
}

// A verb of a question is said by the forms of its own word, whatever
// the tense or number (informs: Inform; recruited: Recruit; plans:
// planning), and by the forms the synonym list writes beside it
// (manages: management); not by a noun Porter2 stems alike
// (TestSearchQuestionWordsMentionedWhole: informs is not information).
func TestSearchQuestionVerbForms(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/service.md": "---\nid: service\nname: Service desk\n---\n\n## Responsibilities {#duties}\n\n" +
			"- Inform customers of delivery dates.\n- Recruit seasonal staff.\n- Take charge of warehouse management.\n- Keep planning the delivery routes.\n",
		"zh/service.md":  "---\nid: service\nname: 服务台\n---\n\n## 职责 {#duties}\n\n- 告知客户交货日期。\n- 招聘季节性员工。\n- 负责仓库管理。\n- 持续规划送货路线。\n",
		"en/planning.md": "---\nid: planning\nname: Planning department\n---\n\n## Responsibilities {#duties}\n\n- Share market information with customers.\n",
		"zh/planning.md": "---\nid: planning\nname: 策划部\n---\n\n## 职责 {#duties}\n\n- 与客户分享市场信息。\n",
	})
	for query, want := range map[string]string{
		"who informs customers?":     "Service desk  (1 duty)\n    service/duties/1  Inform customers of delivery dates.\n",
		"who recruited the staff?":   "Service desk  (1 duty)\n    service/duties/2  Recruit seasonal staff.\n",
		"who manages the warehouse?": "Service desk  (1 duty)\n    service/duties/3  Take charge of warehouse management.\n",
		"who plans delivery routes?": "Service desk  (1 duty)\n    service/duties/4  Keep planning the delivery routes.\n",
	} {
		r := searchIn(t, dir, query, "--owners").ok(t)
		if !strings.HasPrefix(r.out, want) || r.err != "" {
			t.Errorf("%q --owners:\n%s%s\nwant %q first, no note", query, r.out, r.err, want)
		}
	}
}

// When every match holds a word of the query only through its synonyms,
// a note says so, in the explorer's words, over the list and over the
// owners, in either language; a word the matches say themselves has none.
func TestSearchNotesWordsMatchedThroughSynonyms(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/office.md": "---\nid: office\nname: Back office\n---\n\n## Responsibilities {#duties}\n\n" +
			"- Buy office supplies.\n- Pay the staff their wages each month.\n- Keep the archives.\n",
		"zh/office.md": "---\nid: office\nname: 后台办公室\n---\n\n## 职责 {#duties}\n\n- 购买办公用品。\n- 每月发放员工薪酬。\n- 管理档案。\n",
	})
	for _, c := range []struct {
		args       []string
		note, line string
	}{
		{[]string{"purchases", "office", "supplies"}, "dutymap search: “purchases” is matched through “buy”\n", "office/duties/1  Back office › Responsibilities › Buy office supplies.\n"},
		{[]string{"salary", "--owners"}, "dutymap search: “salary” is matched through “pay” or “wages”\n", "Back office  (1 duty)\n    office/duties/2  Pay the staff their wages each month.\n"},
		{[]string{"salary", "--lang", "zh"}, "dutymap search：“salary”通过“pay”、“wages”匹配\n", "office/duties/2  Back office › Responsibilities › Pay the staff their wages each month.\n"},
		{[]string{"工资"}, "dutymap search: “工资” is matched through “薪酬”\n", "office/duties/2"},
	} {
		r := searchIn(t, dir, c.args...).ok(t)
		if !strings.HasPrefix(r.err, c.note) || !strings.HasPrefix(r.out, c.line) {
			t.Errorf("%q:\nstdout:\n%s\nstderr:\n%s\nwant %q first and the note %q", c.args, r.out, r.err, c.line, c.note)
		}
	}
	if r := searchIn(t, dir, "buy supplies").ok(t); r.err != "" {
		t.Errorf("buy supplies: a note %q", r.err)
	}
}
