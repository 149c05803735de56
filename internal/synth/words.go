package synth

// pair is one phrase in English and Chinese.
type pair struct{ en, zh string }

// verbs start a duty. Every English verb is a plain imperative.
var verbs = []pair{
	{"Set", "制定"}, {"Plan", "规划"}, {"Review", "审核"}, {"Prepare", "编制"}, {"Approve", "审批"},
	{"Monitor", "监控"}, {"Analyse", "分析"}, {"Coordinate", "协调"}, {"Organise", "组织"}, {"Track", "跟踪"},
	{"Negotiate", "谈判确定"}, {"Report on", "汇报"}, {"Draft", "起草"}, {"Update", "更新"}, {"Maintain", "维护"},
	{"Evaluate", "评估"}, {"Forecast", "预测"}, {"Audit", "稽核"}, {"Collect", "收集"}, {"Improve", "改进"},
	{"Manage", "管理"}, {"Supervise", "督导"}, {"Budget for", "预算"}, {"Standardise", "规范"}, {"Schedule", "安排"},
	{"Document", "记录"}, {"Check", "检查"}, {"Compile", "汇总"}, {"Propose", "提出"}, {"Implement", "落实"},
	{"Design", "设计"}, {"Research", "调研"}, {"Launch", "推出"}, {"Promote", "推广"}, {"Verify", "核实"},
	{"Archive", "归档"}, {"Estimate", "估算"}, {"Determine", "确定"}, {"Allocate", "分配"}, {"Revise", "修订"},
}

// objects are what a duty acts on.
var objects = []pair{
	{"product prices", "产品价格"}, {"price lists", "价目表"}, {"discount rates", "折扣率"}, {"the annual sales plan", "年度销售计划"},
	{"quarterly sales targets", "季度销售指标"}, {"the marketing budget", "市场预算"}, {"advertising campaigns", "广告活动"},
	{"brand guidelines", "品牌规范"}, {"market research reports", "市场调研报告"}, {"competitor activity", "竞争对手动态"},
	{"customer complaints", "客户投诉"}, {"customer credit limits", "客户信用额度"}, {"sales contracts", "销售合同"},
	{"dealer agreements", "经销商协议"}, {"distribution channels", "分销渠道"}, {"trade show plans", "展会计划"},
	{"promotional materials", "宣传资料"}, {"product launch schedules", "新品上市计划"}, {"pricing strategies", "定价策略"},
	{"payment collection", "货款回收"}, {"overdue accounts", "逾期账款"}, {"invoices", "发票"}, {"expense claims", "费用报销"},
	{"the general ledger", "总账"}, {"monthly financial statements", "月度财务报表"}, {"tax returns", "纳税申报表"},
	{"cash flow forecasts", "现金流预测"}, {"fixed asset records", "固定资产台账"}, {"internal controls", "内部控制"},
	{"production schedules", "生产计划"}, {"quality inspections", "质量检验"}, {"equipment maintenance", "设备维护"},
	{"safety procedures", "安全规程"}, {"raw material orders", "原材料订单"}, {"inventory levels", "库存水平"},
	{"warehouse stock counts", "仓库盘点"}, {"freight rates", "运费"}, {"delivery routes", "配送路线"},
	{"supplier contracts", "供应商合同"}, {"purchase orders", "采购订单"}, {"recruitment plans", "招聘计划"},
	{"training courses", "培训课程"}, {"performance reviews", "绩效考核"}, {"salary scales", "薪酬标准"},
	{"staff attendance records", "员工考勤记录"}, {"labour contracts", "劳动合同"}, {"job descriptions", "岗位说明书"},
	{"office supplies", "办公用品"}, {"meeting minutes", "会议纪要"}, {"official documents", "公文"},
	{"visitor reception", "来访接待"}, {"company seals", "公司印章"}, {"archives", "档案"}, {"IT equipment", "信息设备"},
	{"network security", "网络安全"}, {"software licences", "软件许可"}, {"customer data", "客户数据"},
	{"service hotline records", "服务热线记录"}, {"after-sales repairs", "售后维修"}, {"warranty claims", "保修索赔"},
	{"key account visits", "大客户拜访"}, {"sales leads", "销售线索"}, {"bid documents", "投标文件"},
	{"tender evaluations", "评标工作"}, {"export licences", "出口许可证"}, {"customs declarations", "报关单"},
	{"the product portfolio", "产品组合"}, {"packaging designs", "包装设计"}, {"online store listings", "网店商品信息"},
	{"social media content", "社交媒体内容"}, {"press releases", "新闻稿"}, {"sponsorship deals", "赞助合作"},
	{"sales commission rules", "销售提成办法"}, {"regional sales data", "区域销售数据"}, {"market share figures", "市场份额数据"},
	{"new product ideas", "新产品创意"}, {"customer satisfaction surveys", "客户满意度调查"}, {"loyalty programmes", "会员计划"},
	{"fire drills", "消防演练"}, {"security patrols", "安保巡查"}, {"canteen services", "食堂服务"},
	{"company vehicles", "公司车辆"}, {"energy use", "能源消耗"}, {"waste disposal", "废物处理"},
	{"union activities", "工会活动"}, {"employee welfare", "员工福利"}, {"audit findings", "审计发现"},
	{"risk registers", "风险清单"}, {"legal disputes", "法律纠纷"}, {"insurance policies", "保险单"},
}

// quals end a duty: when, for whom or how. The Chinese goes before the verb.
var quals = []pair{
	{"", ""}, {"", ""}, {"", ""}, {"", ""}, // many duties say only what
	{"each quarter", "每季度"}, {"every month", "每月"}, {"every year", "每年"}, {"each week", "每周"},
	{"for regional distributors", "为区域经销商"}, {"for key accounts", "为大客户"}, {"for new products", "为新产品"},
	{"for the head office", "为总部"}, {"for each sales region", "为各销售区域"}, {"for overseas markets", "为海外市场"},
	{"with the finance department", "会同财务部"}, {"with the sales team", "会同销售团队"},
	{"with suppliers", "会同供应商"}, {"with the legal adviser", "会同法律顾问"},
	{"before each product launch", "在每次新品上市前"}, {"after each trade show", "在每次展会后"},
	{"according to company policy", "按照公司制度"}, {"according to national standards", "按照国家标准"},
	{"in the ERP system", "在ERP系统中"}, {"in line with the annual budget", "在年度预算范围内"},
}

// tails end a duty with a second, smaller task, after the verb in both
// languages.
var tails = []pair{
	{"and report deviations", "，并报告偏差"}, {"and propose improvements", "，并提出改进建议"},
	{"and keep the records", "，并做好记录"}, {"and follow up on issues", "，并跟进问题"},
}

// functions name departments; positions name the jobs inside them.
var functions = []pair{
	{"Marketing", "市场"}, {"Sales", "销售"}, {"Pricing", "价格管理"}, {"Finance", "财务"}, {"Accounting", "会计"},
	{"Human resources", "人力资源"}, {"Purchasing", "采购"}, {"Logistics", "物流"}, {"Production", "生产"},
	{"Quality", "质量"}, {"Research and development", "研发"}, {"Customer service", "客户服务"},
	{"General office", "综合办公室"}, {"Legal", "法务"}, {"Information technology", "信息技术"},
	{"Security", "安全保卫"}, {"Planning", "计划"}, {"Export", "出口"}, {"Brand", "品牌"}, {"E-commerce", "电子商务"},
}

var regions = []pair{
	{"North", "华北"}, {"South", "华南"}, {"East", "华东"}, {"West", "西部"}, {"Central", "华中"},
	{"Northeast", "东北"}, {"Southwest", "西南"}, {"Northwest", "西北"}, {"Overseas", "海外"}, {"Head office", "总部"},
	{"Shanghai", "上海"}, {"Beijing", "北京"},
}

var positions = []pair{
	{"Manager", "经理"}, {"Deputy manager", "副经理"}, {"Senior specialist", "高级专员"}, {"Specialist", "专员"},
	{"Analyst", "分析师"}, {"Clerk", "文员"}, {"Supervisor", "主管"}, {"Coordinator", "协调员"},
	{"Account manager", "客户经理"}, {"Planner", "计划员"}, {"Assistant", "助理"}, {"Engineer", "工程师"},
	{"Auditor", "审计员"}, {"Buyer", "采购员"}, {"Trainer", "培训师"}, {"Administrator", "管理员"},
}

var units = []pair{
	{"Planning unit", "计划组"}, {"Operations unit", "运营组"}, {"Field unit", "外勤组"}, {"Support unit", "支持组"},
	{"Analysis unit", "分析组"}, {"Regional unit", "区域组"},
}
