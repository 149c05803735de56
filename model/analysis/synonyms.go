package analysis

import (
	"slices"
	"strings"
	"sync"
)

// synonymList holds words that mean the same in a list of duties, one group
// a line, words separated by commas; a word may be a phrase ("sales staff").
// Terms after "~" are only related (broader or associated): they never
// count as mentioning the word, but lead to the closest duties when no duty
// mentions it.
//
// Where the groups come from: the English groups are the senses of duty
// verbs and nouns shared by WordNet 3.1 synsets (Princeton University,
// wordnet.princeton.edu; e.g. {hire, engage, employ}, {recruit},
// {supervise, oversee, superintend, manage}, {salesperson, sales
// representative, sales rep}; {clash, friction} and {quarrel, wrangle},
// the kinds of conflict between two parties, with conflict itself, as
// departments clash) and derived forms Porter2 does not join
// (serve/service, receive/reception, analyse/analysis), and the abbreviations WordNet lists
// in a synset ({public relations, PR}, {information technology, IT}). The
// field's other common abbreviations are spelled out as the trade spells
// them (KA key account, QA, QC, KPI, CEO, CFO), only those the content
// says in other words, which they find as related terms in both languages
// (QA ~ quality, 质量; CEO ~ general manager, 总经理; KPI ~ 考核): CRM,
// ERP or B2B would find nothing the content says. The
// Chinese groups are the
// same senses in the words the built-in content and common business Chinese
// use for them, from the 同义词词林 (扩展版) categories of the same meaning
// (HIT-SCIR's Tongyici Cilin, extended edition); 制订 is 制定 written with
// the other 定 (both are standard), and a claim for expenses (报销, 报账)
// is related to what the Modern Chinese Dictionary (现代汉语词典) says it
// is, declaring (申报) what was spent (费用), and is a word of the
// expenses themselves, as "reimbursement" is of "expense": an employee's
// claim (我要报销, "my expense claim") is answered by who handles the
// company's spending (费用收支, "income and spending"); 钱, 资金, 现金 are the English
// group money, funds, cash as CC-CEDICT glosses them (钱 money, 资金 funds,
// 现金 cash), and as the built-in content translates "money" itself
// (资金流, 促销资金), so that 谁管钱 is answered as "who manages the money"
// is; 支付 and 付款 are paying (同义词词林: 付, 支付, 付款 are one group of
// it), 出差 and 差旅 travelling on the company's business (差旅 is the
// travel, 出差 the going: 现代汉语词典), so that 谁给供应商付款 finds who
// pays (支付) suppliers' invoices and 出差 the duty booking 差旅. {expense, disbursement} and {spending, expenditure, outlay} are the
// money paid out (WordNet 3.1's two synsets of it, one sense to a
// reader of duties), with reimbursement, paying back what was spent, and
// 费用, 开支, 支出, 开销, 花费 are 同义词词林's words of it; a payslip,
// pay slip, pay stub or paycheck is the statement of one's wage (WordNet:
// paycheck, "a check issued in payment of wages or salary"), which a
// question about it asks about. "vs" is how "versus" is written short
// (WordNet 3.1: versus, vs., against), as "marketing vs sales" asks what
// the topics titled "Brand versus sales" answer. Everyday short forms
// are their full word, as WordNet 3.1 puts both in one synset ({telephone,
// phone}, {photograph, photo}, {laboratory, lab}, {memorandum, memo},
// {specification, spec}, {demonstration, demo}, {facsimile, fax}) or a
// dictionary marks them informal for it (admin, stats), and 电话 is 电话机,
// 照片 相片: "who answers the phone" is asked of a duty kept "by
// telephone". {stocktaking, stock-taking, inventory} is a WordNet synset
// of its own, taking stock, so a stocktake is said by a duty about the
// stock ("Count the stock every month"). To ship and to deliver are one
// act, sending goods where they go ("Get the product delivered to the
// points of sale" ships it), but a warehouse's deliveries are what it
// takes in: the nouns (delivery, shipment, which stem apart from the
// verbs) are only related, so "who ships orders" is not answered by
// "Check deliveries against the purchase order". They were written for
// duties in general, never fitted to a test query: a wrong synonym costs
// precision on every search, and makes unlike duties look alike, so the
// groups stay small and literal. What is left out on purpose:
//
//   - sell and sale: "sales" names a department as often as the act ("report
//     to sales"), so "Sell the products" and "Provide service after the
//     sale" would look like one duty; search finds selling duties by "sell"
//     itself (measured: the same yardstick figures with the group and
//     without, docs/similarity.md);
//   - procure and procurement as synonyms of buy and purchase (WordNet's
//     {buy, purchase} is one synset, {procure, secure} and {procurement}
//     are others): a company procures from its suppliers, a customer buys,
//     and "who does procurement" must not be answered by "Study why and
//     how consumers buy". They are related only, as 购买 is to 采购 and
//     进货 (a company buying its stock: 同义词词林 puts 购买 apart);
//     "purchasing" is "purchase" by its stem;
//   - words whose stem is another word's: "purchaser" stems as "purchase"
//     (another group) and "projection" as "project", which would make
//     customers purchases and forecasts projects.
//
// No stem is in two groups (TestSynonymGroupsAreDisjoint), so that each has
// one Canonical term.
const synonymList = `
set, determine, decide, establish, formulate, define, develop, devise, draw up, work out
write, write up ~ draft, draw up
customer, client, consumer, buyer
staff, personnel, employee, workforce ~ worker, people
hire, recruit, recruitment, employ ~ personnel, staffing, employee, vacancy
wage, salary, pay, payroll, remuneration, compensation, payslip, pay slip, pay stub, paycheck, paycheque
check, inspect, inspection, examine, audit
advertise, advertisement, advert, ad, ads, advertising
analyse, analysis, analytic, analytical
train, training, coach, teach, instruct ~ education, course
supervise, supervision, oversee, superintend ~ monitor, control
forecast, predict, prediction
salesperson, salespeople, salesman, salesmen, saleswoman, sales staff, sales force, sales representative, sales rep, sales people, sales team
serve, service
receive, reception
research, study, survey, investigate, investigation
goal, target, objective, aim
manage, administer, administration, admin, management
purchase, buy
procure, procurement ~ purchase, buy
contract, agreement
complaint, grievance ~ feedback, dispute
conflict, clash, friction, quarrel, wrangle
inventory, stock, stocktake, stocktaking, stock take, inventory count, stock count
ship, dispatch, despatch, send out, deliver ~ shipment, delivery, freight
shipment, delivery ~ ship, dispatch, deliver
exhibition, exposition, expo, trade show, trade fair
collect, gather
approve, approval, authorise, authorisation, sign off
coordinate, coordination, liaise
propose, proposal, suggest, suggestion, recommend, recommendation
evaluate, evaluation, assess, assessment, appraise, appraisal
competitor, rival, competition
distributor ~ dealer
data, figures, statistics, stats
money, funds, cash
versus, vs
expense, expenditure, spending, outlay, reimbursement, reimburse
price, pricing ~ cost, discount, quotation
public relations, PR
information technology, IT
telephone, phone, telephone call, phone call ~ call, mobile phone, cellphone
photograph, photo
laboratory, lab
memorandum, memo
specification, spec
demonstration, demo
facsimile, fax
key account, KA ~ 大客户
quality assurance, QA ~ quality, 质量
quality control, QC ~ quality, 质量
key performance indicator, KPI ~ performance, assessment, 考核, 绩效
chief executive officer, chief executive, CEO ~ general manager, 总经理
chief financial officer, CFO ~ finance, 财务
定价, 价格, 售价, 价钱 ~ 成本, 折扣, 报价
制定, 制订, 确定, 决定, 设定, 拟定, 订立
销售, 售卖, 出售, 推销, 卖
客户, 顾客, 消费者, 买家, 用户
员工, 职工, 雇员, 人员 ~ 人事
招聘, 招募, 聘用, 雇用, 录用 ~ 人事, 人员, 员工
工资, 薪酬, 薪资, 薪水, 报酬
钱, 资金, 现金
检查, 检验, 审查, 稽查, 审计
广告, 广告宣传
分析, 剖析
培训, 训练, 培养, 辅导 ~ 教育
监督, 督导, 监管
预测, 预估
销售人员, 销售员, 业务员, 推销员, 销售队伍
售后服务, 售后
调研, 调查, 研究
目标, 指标
管理, 经营
采购, 进货 ~ 购买
购买, 买 ~ 采购, 进货
合同, 契约, 协议
投诉, 抱怨 ~ 反馈, 纠纷
冲突, 争吵, 吵架, 矛盾, 摩擦
库存, 存货
电话, 电话机 ~ 手机
照片, 相片
展会, 展览会, 博览会, 交易会
审批, 批准, 核准, 审核
费用, 开支, 支出, 开销, 花费, 报销, 报账 ~ 申报
建议, 提议, 推荐
评估, 考核, 评价, 考评
竞争对手, 对手, 竞品
支付, 付款
出差, 差旅
`

// Synonym is one term a query word also finds. Term is analysed as the
// index analyses text: a stem, a Chinese word, or a phrase of stems joined
// by spaces.
type Synonym struct {
	Term    string
	Related bool // only related: leads to the closest duties, is no mention
}

type synonymTables struct {
	groups  map[string][]Synonym // term -> the other terms of its groups
	canon   map[string]string    // term -> the first term of its group (Canonical)
	phrases map[string][]phrase  // the first stem of a phrase -> the phrases starting with it
}

// phrase is a phrase of the list, analysed.
type phrase struct {
	term  string   // its stems joined by spaces
	words []string // its stems
}

// synonyms are the tables of analysedSynonyms, made on first use. The list
// is analysed ahead (go generate ./model/analysis writes synonyms_table.go,
// TestSynonymTableIsCurrent checks it): stemming and folding its words
// took about 0.4 ms of every search's process.
var synonyms = sync.OnceValue(func() *synonymTables { return synonymTablesOf(analysedSynonyms) })

// synonymTablesOf makes the tables of an analysed list: synonymList's
// lines, each word or phrase replaced by its term (analyseSynonyms).
func synonymTablesOf(analysed string) *synonymTables {
	t := &synonymTables{groups: map[string][]Synonym{}, canon: map[string]string{}, phrases: map[string][]phrase{}}
	terms := func(list string) []string {
		out := listItems(list)
		for _, term := range out {
			if stems := strings.Fields(term); len(stems) > 1 && !slices.ContainsFunc(t.phrases[stems[0]], func(p phrase) bool { return p.term == term }) {
				t.phrases[stems[0]] = append(t.phrases[stems[0]], phrase{term, stems})
			}
		}
		return out
	}
	for _, line := range strings.Split(analysed, "\n") {
		words, related, _ := strings.Cut(line, "~")
		same, rel := terms(words), terms(related)
		for _, a := range same {
			if _, ok := t.canon[a]; !ok {
				t.canon[a] = same[0]
			}
			for _, b := range same {
				if a != b && !hasSynonym(t.groups[a], b) {
					t.groups[a] = append(t.groups[a], Synonym{Term: b})
				}
			}
			for _, b := range rel {
				if a != b && !hasSynonym(t.groups[a], b) {
					t.groups[a] = append(t.groups[a], Synonym{Term: b, Related: true})
				}
			}
		}
	}
	return t
}

// listItems returns the words or terms of one side of a line of the list
// (before or after "~"): its comma-separated items, trimmed, empty ones
// left out.
func listItems(list string) []string {
	var out []string
	for _, item := range strings.Split(list, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// analyseSynonyms is a list in synonymList's form with each word or phrase
// replaced by its term (synonymTerm): what synonyms_table.go holds.
func analyseSynonyms(list string) string {
	var b strings.Builder
	for i, line := range strings.Split(list, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		words, related, isRelated := strings.Cut(line, "~")
		for side, part := range []string{words, related} {
			if side == 1 {
				if !isRelated {
					break
				}
				b.WriteString(" ~ ")
			}
			n := 0
			for _, w := range strings.Split(part, ",") {
				if term := synonymTerm(w); term != "" {
					if n > 0 {
						b.WriteString(", ")
					}
					b.WriteString(term)
					n++
				}
			}
		}
	}
	return b.String()
}

// synonymTerm analyses one word or phrase of the list as the index
// analyses text: a stem, a Chinese word, or a phrase of them joined by
// spaces.
func synonymTerm(w string) string {
	var stems []string
	for _, f := range strings.Fields(w) {
		f = Fold(f)
		if IsHanWord(f) {
			stems = append(stems, f)
		} else {
			stems = append(stems, Stem(f))
		}
	}
	return strings.Join(stems, " ")
}

func hasSynonym(list []Synonym, term string) bool {
	for _, s := range list {
		if s.Term == term {
			return true
		}
	}
	return false
}

// Synonyms returns the terms that an analysed term also finds: its
// synonyms, then the related terms, from the documented list above. The
// result is shared: do not change it.
func Synonyms(term string) []Synonym { return synonyms().groups[term] }

// PhraseAtStart returns the longest phrase of the list (its term: stems
// joined by spaces) that terms (analysed words, in order) begin with, and
// how many of them it covers, or "" and 0: "trade show" of [trade show
// floor]. A query's words are analysed one by one, so its phrases are
// found here, as the index finds a text's (Analyzer.Tokens).
func PhraseAtStart(terms []string) (string, int) {
	if len(terms) < 2 {
		return "", 0
	}
	best, n := "", 0
	for _, p := range synonyms().phrases[terms[0]] {
		if len(p.words) > n && len(p.words) <= len(terms) && slices.Equal(p.words, terms[:len(p.words)]) {
			best, n = p.term, len(p.words)
		}
	}
	return best, n
}

// Canonical returns the term that stands for the synonyms of an analysed
// term: the first term of its group in the list above, or the term itself
// when it has no synonym. Related terms (after "~") are not synonyms here.
// No term is in two groups (a test checks), so two terms have the same
// Canonical exactly when they are synonyms: a similarity measure can
// count them as one word.
func Canonical(term string) string {
	if c, ok := synonyms().canon[term]; ok {
		return c
	}
	return term
}

// IsHanWord reports whether w is written in Chinese characters only.
func IsHanWord(w string) bool {
	for _, r := range w {
		if !IsHan(r) {
			return false
		}
	}
	return w != ""
}

// ListedWords returns the single English words of the synonym list's
// groups (before "~"), sorted: words a typing slip may be of though no
// text holds them ("recruting" of recruit, which finds what its synonyms
// and related terms find). Phrases and related terms are left out.
var ListedWords = sync.OnceValue(func() []string {
	var out []string
	for _, line := range strings.Split(synonymList, "\n") {
		words, _, _ := strings.Cut(line, "~")
		for _, w := range listItems(words) {
			if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
})

// nounSenses are the words of the synonym list that a group holds as an
// uncountable noun, though they are as common a verb, whose sense the
// group does not mean: "pay" beside wage and salary is the money earned,
// not paying ("Pay suppliers", "sales pays more attention"). An
// uncountable noun has no forms in -s, and a duty's first word is its
// verb (duties are imperatives), so such a word says its group only as
// written and not first in a duty (NounSense). From WordNet 3.1, where
// {wage, pay, earnings, remuneration, salary} is a noun synset and the
// verb pay is others; a word is listed here only when the list groups it
// by its noun sense and the verb is as common ("spending" is the money
// paid out; "Spend promotion money wisely" says how, not what is spent).
const nounSenses = "pay spending"

// NounSense returns, for a term of the synonym list that its group holds
// as an uncountable noun only (nounSenses), the word as the noun is
// written ("pay" of the term "pay"), and whether it is one: a text saying
// the term in any other form ("pays", "paid", "paying"), or as a duty's
// first word, uses the verb.
func NounSense(term string) (string, bool) {
	for _, w := range strings.Fields(nounSenses) {
		if Stem(w) == term {
			return w, true
		}
	}
	return "", false
}
