package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// summaryQuestions are the built-in departments' summaries rephrased as
// "who …?" questions, each clause of a summary one question, in both
// languages, written from the summaries before any was searched: the
// department whose summary it is should be the first owner named.
var summaryQuestions = []struct {
	query string
	lang  model.Lang
	dept  string // the department's id
}{
	{"who coordinates the whole company", model.En, "general-office"},
	{"who handles reception and meetings", model.En, "general-office"},
	{"which department makes the company's central decisions", model.En, "general-office"},
	{"who manages the company's money", model.En, "finance"},
	{"who looks after income and spending", model.En, "finance"},
	{"who deals with tax matters", model.En, "finance"},
	{"who looks after the company's people", model.En, "hr"},
	{"who handles personnel and training", model.En, "hr"},
	{"who looks after attendance and insurance", model.En, "hr"},
	{"who studies the market", model.En, "marketing"},
	{"who sets the channel and promotion strategy", model.En, "marketing"},
	{"who builds the brand", model.En, "marketing"},
	{"who provides the services around an exhibition", model.En, "operations"},
	{"who handles registration for the exhibition", model.En, "operations"},
	{"who runs the show floor", model.En, "operations"},
	{"who plans the company's projects and large events", model.En, "planning"},
	{"who advises the company's leaders", model.En, "planning"},
	{"who acts as the sales department's operator", model.En, "planning"},
	{"who manages production technology", model.En, "production-tech"},
	{"who drives technical innovation", model.En, "production-tech"},
	{"who oversees equipment upkeep", model.En, "production-tech"},
	{"who supervises quality", model.En, "production-tech"},
	{"who faces the customers", model.En, "sales"},
	{"who sells the products", model.En, "sales"},
	{"who brings the money home", model.En, "sales"},

	{"谁统筹协调全公司的工作", model.Zh, "general-office"},
	{"谁负责接待和会议", model.Zh, "general-office"},
	{"哪个部门是公司的中枢决策部门", model.Zh, "general-office"},
	{"谁管理公司的钱", model.Zh, "finance"},
	{"谁管费用收支", model.Zh, "finance"},
	{"谁负责税务事宜", model.Zh, "finance"},
	{"谁管理公司的人", model.Zh, "hr"},
	{"谁负责人事和培训", model.Zh, "hr"},
	{"谁管考勤和保险", model.Zh, "hr"},
	{"谁研究市场", model.Zh, "marketing"},
	{"谁制定渠道和促销策略", model.Zh, "marketing"},
	{"谁塑造品牌", model.Zh, "marketing"},
	{"谁负责展会的各项服务", model.Zh, "operations"},
	{"谁负责报名接待", model.Zh, "operations"},
	{"谁负责展会现场", model.Zh, "operations"},
	{"谁负责项目策划和大型活动", model.Zh, "planning"},
	{"谁为决策者出谋划策", model.Zh, "planning"},
	{"谁为销售部操盘", model.Zh, "planning"},
	{"谁负责生产技术管理", model.Zh, "production-tech"},
	{"谁负责技术革新", model.Zh, "production-tech"},
	{"谁管理设备维护", model.Zh, "production-tech"},
	{"谁监督产品质量", model.Zh, "production-tech"},
	{"谁直接面对客户", model.Zh, "sales"},
	{"谁把产品卖出去", model.Zh, "sales"},
	{"谁把货款收回来", model.Zh, "sales"},
}

// summaryQuestionsRight is how many of summaryQuestions name their
// department first (main e27b58e, before summaries were evidence: 35 of 50).
const summaryQuestionsRight = 48

// TestSummaryQuestionsNameTheirDepartment measures the summary set and
// holds it to the bar: the count may rise, never fall.
func TestSummaryQuestionsNameTheirDepartment(t *testing.T) {
	ix := builtin(t)
	right := 0
	for _, c := range summaryQuestions {
		os := find(t, ix, c.query, c.lang, 20).Owners(3)
		if len(os) > 0 && os[0].Department.ID == c.dept {
			right++
			continue
		}
		t.Logf("%s: want %s first; owners\n%s", c.query, c.dept, ownersSeen(t, ix, c.query, c.lang, 3))
	}
	t.Logf("summary questions: %d of %d name their department first", right, len(summaryQuestions))
	if right < summaryQuestionsRight {
		t.Errorf("summary questions: %d of %d name their department first, want at least %d", right, len(summaryQuestions), summaryQuestionsRight)
	}
}
