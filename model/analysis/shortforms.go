package analysis

import (
	"strings"
	"sync"
)

// shortFormList holds Chinese short forms (缩略语) of common business
// compounds, one a line: the short form, then the words of its full
// form, in order, each standing for one of its characters. A question
// about a short form no text holds asks what its full form asks: 谁负责社保
// is 谁负责社会保险, whose 保险 the duty 办理员工保险 says.
//
// Where they come from: the full forms are the ones Chinese dictionaries
// give (现代汉语词典, 7th edition: 社保 is short for 社会保险, 医保 for
// 医疗保险, 纳税 is 缴纳税款, 回款 收回货款; gse's dictionary, from
// jieba, tags 社保 and 医保 "j", an abbreviation), and for a verb and its
// object written as one word (发薪, 缴税), the words its two characters
// stand for. The list holds the short forms of business Chinese in
// general — money, tax, staff, quality, customers — written once for any
// organisation, never fitted to a test query: a short form the content
// writes itself is searched as written, and the list is not consulted.
// Left out: forms whose full form's words say nothing apart (团建:
// 团队建设, 建设 is in every plan) or whose first word says only when or
// where (年检 年度检验, 外贸 对外贸易: 年度 or 对外 alone would answer),
// and words that are no short form of another (报销 is a word of its own;
// the synonym list relates it). A verb whose object is people in general
// (招人, 招工: the spoken words for 招聘) is about its verb.
const shortFormList = `
社保 社会 保险
医保 医疗 保险
商保 商业 保险
纳税 缴纳 税款
缴税 缴纳 税款
交税 交纳 税款
报税 申报 税款
退税 退还 税款
个税 个人 所得税
财税 财务 税务
发薪 发放 薪水
调薪 调整 薪水
回款 收回 货款
催款 催收 货款
付款 支付 款项
财会 财务 会计
质检 质量 检验
安检 安全 检查
财报 财务 报告
客服 客户 服务
市调 市场 调查
招人 招聘 人员
招工 招聘 员工
社招 社会 招聘
校招 校园 招聘
内推 内部 推荐
人资 人力 资源
`

// shortForms maps each short form of shortFormList to its full form's
// words, made on first use.
var shortForms = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(shortFormList, "\n") {
		if f := strings.Fields(line); len(f) > 2 {
			m[f[0]] = f[1:]
		}
	}
	return m
})

// FullForm returns the words of the full form of a Chinese short form
// (社保: 社会, 保险), in order, the last its head, or nil for a word that
// is no short form the list holds. The result is shared: do not change
// it.
func FullForm(word string) []string { return shortForms()[word] }
