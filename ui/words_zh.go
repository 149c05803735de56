package ui

import "github.com/dutymap/dutymap/model"

// wordsZh is the Chinese catalog.
var wordsZh = words{
	langName: [model.NumLangs]string{model.En: "英文", model.Zh: "中文"},
	app: appWords{
		builtin:       "内置",
		tooSmall:      "终端窗口太小，请放大",
		tooSmallShort: "窗口太小",
		noLang:        "该组织没有%s内容。",
		pickDept:      "请先选中一个部门（或其中任一项）再对比。",
		noHistory:     "没有可以返回的位置。",
		noForward:     "没有可以前进的位置。",
		newContent:    "内容已更新。",
	},
	keys: keyWords{
		more: "更多", quit: "退出", lang: "English", search: "搜索", compare: "对比",
		back: "返回", forward: "前进",
		move: "移动", up: "上移", down: "下移", pageUp: "上一页", pageDown: "下一页",
		first: "第一项", last: "最后一项",
	},
	tree: treeWords{
		open: "展开", close: "收起", page: "页面",
		group: "专题与部门关系",
		groupIntro: "专题与部门关系\n\n不属于某一个部门的知识：部门之间有何不同、为何冲突、如何协作，" +
			"以及彼此交接哪些工作。展开本组即可浏览。",
	},
	page: pageWords{
		scroll: "滚动", top: "顶部", bottom: "底部", tree: "树", find: "查找",
		next: "下一个匹配", prev: "上一个匹配", jump: "类似职责",
		findPrompt: "查找：", noMatches: "无匹配", keep: "保留", clear: "清除",
		preparing: "类似职责：准备中…",
	},
	field: fieldWords{
		clearStart: "删到开头", clearEnd: "删到结尾", deleteWord: "删除一个词",
		startEnd: "开头 / 结尾", wordMove: "按词左移 / 右移", paste: "粘贴",
	},
	search: searchWords{
		prompt: "/ ", open: "跳转", places: "所有位置", runRecent: "再次搜索",
		intro: "输入文字，搜索所有职责、部门及其组成部分。\n\n" +
			"  制定价格        按词查找，也可以直接提问\n" +
			"  '品牌           精确匹配\n" +
			"  d:sales 拜访    只搜销售部\n" +
			"  set prices      英文也能找到中文职责",
		recent:    "最近的搜索（↑/↓ 选择，enter 再次搜索）",
		count:     "找到 %d 条",
		none:      "没有匹配项。试试少输几个字，或换用另一种语言。",
		badge:     "%s %d 处",
		matchedIn: "匹配自%s",
		owners:    "由谁负责", matches: "匹配结果",
		openOwner: "跳转到负责方", proof: "跳转到其职责",
		oneDuty: "1 项职责", duties: "%d 项职责", partial: "%d 项部分匹配",
		noMention:    "没有职责提到%s；最接近的：",
		notMentioned: "没有职责提到%s；以下结果匹配其余的词。",
		nothingClose: "没有职责提到%s，也没有相近的内容。",
		listSep:      "、",
		nearRelated:  "相关词",
		nearLetters:  "字符相近",
		mentions:     "提到了它",
	},
	picker: pickerWords{
		prompt: "> ", title: "将%s与之对比：", none: "没有匹配的部门", open: "对比",
	},
	compare: compareWords{
		side: "另一侧", swap: "左右互换", open: "打开职责",
		vs: "%s 对比 %s", traits: "特征",
		traitsNone:    "资料没有描述这两个部门的特征。",
		traitsUnknown: "两者都未描述：%s",
		similar:       "相似职责（%d）",
		only:          "仅%s（%d）",
		none:          "无。",
		relations:     "相互交接",
		noRelations:   "没有记录两者之间的交接。",
		topics:        "相关专题",
		noTopics:      "没有同时涉及两者的专题。",
		self:          "这是%s与自身对比：每项职责都是它自己的。按 c 选择另一个部门。",
		tierFmt:       "≈ %s",
		preparing:     "相似职责：正在准备索引……",
		comparing:     "正在对比……",
		tiers:         [4]string{"不相似", "相关", "相似", "非常相似"},
		picture:       "图示",
		list:          "列表",
		similarCount:  "相似 %d 项",
		ownCount:      "独有 %d 项",
	},
	chart: chartWords{
		chart: "组织图", open: "打开", next: "下一个", prev: "上一个", move: "移动",
		title:       "组织结构图",
		summary:     "%d 个部门 · %d 项交接",
		linked:      "部门之间的交接",
		others:      "其他部门",
		departments: "部门",
		empty:       "仅列名称，未载职责",
		none:        "该组织没有部门。",
		duties:      "%d 项职责",
		duty:        "1 项职责",
		items:       "%d 项",
		item:        "1 项",
		help:        "组织结构图",
	},
	help: helpWords{
		title: "按键", close: "关闭", scroll: "滚动",
		tree: "树", page: "页面", find: "页内查找", field: "编辑文字", search: "搜索",
		picker: "选择部门", compare: "对比", everywhere: "任何时候",
		owners: "选中负责方时（由谁负责）",
		mouse:  "鼠标", click: "选中", twice: "打开或收起", wheel: "滚动指针下的窗格",
		tabs:     "切换语言",
		clickKey: "单击", twiceKey: "再次单击", wheelKey: "滚轮", tabsKey: "English | 中文",
	},
}
