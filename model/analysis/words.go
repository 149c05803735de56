package analysis

import (
	"slices"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// Stem returns the stem of a folded English word with the Snowball English
// ("Porter2") stemmer, so that "prices", "priced" and "pricing" all give
// "price", and "supervise" and "supervision" give "supervis". What
// Porter2 leaves apart is joined first (Lemma): an irregular verb's past
// is its base ("built" is "build", "sold" "sell"), and American spellings
// are written the British way ("organize" is "organise", "labor"
// "labour", "center" "centre"). Words with digits, and words of one or
// two letters, are returned as they are.
//
// Snowball: M. F. Porter, "Snowball: A language for stemming algorithms"
// (2001), snowballstem.org; implemented by github.com/kljensen/snowball.
func Stem(word string) string {
	if len(word) <= 2 {
		return word
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if !('a' <= c && c <= 'z') && c != '\'' {
			return word
		}
	}
	if noun, ok := ingNoun(word); ok {
		return noun
	}
	if pluralNoun(word) {
		return word
	}
	return english.Stem(Lemma(word), true)
}

// pluralNoun reports whether a word is a noun used in the plural with a
// sense of its own, which its singular does not have, and which Snowball
// would stem as the singular: "goods" are merchandise, no "good
// merchandising" or "in good time"; "customs" is the authority at the
// border (and "custom" stems as "customer" does); "premises" are a
// building, "securities" stocks and bonds, no security department. Such
// a word is its own term. A closed list (WordNet 3.1 lists each plural
// apart: {goods, commodity, trade good}, {customs, customs duty},
// {premises}, {security, certificate}).
func pluralNoun(word string) bool {
	switch word {
	case "goods", "customs", "premises", "securities":
		return true
	}
	return false
}

// ingNoun returns the term of a word in -ing that is a noun of its own
// sense, not the act of its verb, which Snowball would stem as the verb:
// "standing" is a company's reputation ("raise its standing"), no
// standing of a stand at an exhibition; "savings" and "earnings" are
// money, "surroundings" and "belongings" things, "morning", "evening"
// and "ceiling" no acts of morn, even or ceil. Its singular and plural
// are one term, the word itself; every other -ing form stems as ever
// ("setting up", "pricing": price). A closed list of English nouns
// lexicalised in -ing (WordNet 3.1 lists each noun apart from its verb).
func ingNoun(word string) (string, bool) {
	switch word {
	case "standing", "standings":
		return "standing", true
	case "savings", "earnings", "surroundings", "belongings":
		return word, true
	case "morning", "mornings", "evening", "evenings", "ceiling", "ceilings":
		return strings.TrimSuffix(word, "s"), true
	}
	return "", false
}

// IngThing reports whether a folded word in -ing, or its plural, is as a
// noun a thing of its own, not the act of its verb, though the verb
// writes the same form: a building is what was built, no "building the
// company website"; a painting or a drawing is a picture, a meeting a
// gathering, a finding what was found. A question that says such a word
// as a noun ("who looks after the building") asks about the thing; a text
// writing the word as its verb does (before the verb's object: "building
// the company website", or in any other form: "built", "Build the
// brand") does not say it. Most nouns in -ing name the act ("the
// planning", "the pricing", "marketing"), and they are the verb's. A
// closed list, from WordNet 3.1, whose first sense of each noun is the
// thing, with the act a later sense or none; the nouns that never are
// their verb's are ingNoun's ("standing", "savings").
func IngThing(word string) bool {
	switch strings.TrimSuffix(word, "s") {
	case "building", "painting", "drawing", "meeting", "finding":
		return true
	}
	return false
}

var britishSpelling = strings.NewReplacer("iz", "is", "yz", "ys")

// IsStop reports whether a folded word or Chinese word carries no meaning a
// search could use: English function words (Snowball's English stop-word
// list, snowballstem.org/algorithms/english/stop.txt, as
// github.com/kljensen/snowball ships it, plus a few more) and Chinese
// function words (的, 和, 与 …). Indexes skip them; they still count as
// words for the distance between the others.
func IsStop(word string) bool {
	return english.IsStopWord(word) && !notStops[word] || moreStops[word]
}

// notStops are Snowball stop words that tell duties apart: "after-sales"
// and "before the sale" are different work.
var notStops = set("after before against")

// IsFiller reports whether a word is one a question wraps around what it
// asks ("who", "which department", "responsible for", "handles", "owns",
// "why", "how"; 谁, 哪个部门, 由, 负责, 归, 管, 做, 搞, 是…的事, 吗, 为什么,
// 怎么, 如何): left out of a query, unless nothing else is
// left, but kept in the texts searched ("Handle complaints" still has
// "handle"). Stop words are fillers too.
func IsFiller(word string) bool {
	return IsStop(word) || fillers[word] || framing()[word] || pinyinFillerSet()[word]
}

// IsQuestionWord reports whether a word is one of the words a question
// wraps around what it asks (IsFiller's, without the stop words): "do" in
// "what does sales do" is not the start of "documents".
func IsQuestionWord(word string) bool { return fillers[word] }

var moreStops = set(`also etc via per within without upon whether across along among amongst
	may might must shall would could us e.g i.e ie eg
	的 地 得 了 着 过 和 与 及 以及 并 并且 或 或者 等 等等 之 其 于 而 也 都 就 在 把 将 被 对 向 从 为 以 各 该 此 这 那 这些 那些 及其`)

// IsUnitNoun reports whether a folded English word (singular or plural) or
// a Chinese word names a kind of unit, or of person, that a question
// asks for after a word asking which (AsksWhich): "team", "groups",
// "office", "people"; 小组, 科室 (科, 室 as the segmenter cuts it), 岗位,
// 人. After such a word it says who is asked for, not what work: "what
// team handles ads?" asks who handles ads. Elsewhere it is a word like any
// other ("Build up the sales team").
func IsUnitNoun(word string) bool {
	return slices.Contains(unitNouns, word) || slices.Contains(unitNouns, Singular(word))
}

// IsMeasureWord reports whether a folded word may stand between a word
// asking which and its unit noun: "which of the teams", 哪一个小组,
// 什么样的团队.
func IsMeasureWord(word string) bool { return slices.Contains(measureWords, word) }

// Closed classes, kept as literals: package initialisers allocate
// nothing for them.
var (
	// The units of an organisation and the people in them, by their
	// common names: the nouns an organisation chart is drawn with.
	unitNouns = []string{"department", "dept", "division", "unit", "team", "group", "section", "office", "function",
		"branch", "branches", "desk", "position", "role", "post", "person", "people", "staff",
		"部门", "部", "处", "科", "室", "科室", "组", "小组", "班组", "团队", "队", "单位", "机构", "分部", "职能部门",
		"岗位", "职位", "位", "人", "人员", "员工", "同事"}
	measureWords = []string{"of", "the", "一", "一个", "个", "些", "位", "家", "的"}
)

// fillers are the question words (questionWords) and these.
var fillers = withQuestionWords(set(`department departments dept depts
	responsible responsibility responsibilities charge handle handles handled handling owns
	does do did doing done job jobs duty duties someone somebody anyone whoever person
	please ` + requestWords + `
	部门 负责 负责人 归 管 是 事 事情 工作 职责
	吗 呢 吧 啊 呀 么 嘛 请问 请 应该 应 该 做 干 搞 来 去 由
	` + coverbs))

// pinyinFillers are the Chinese question words and fillers as someone
// without a Chinese input method types them, in toneless pinyin, alone or
// joined: 谁 shei, 找谁 zhaoshei, 由谁 youshei, 负责 fuze, 负责人 fuzeren,
// 部门 bumen, 哪个 nage (neige), 哪个部门 nagebumen, 职责 zhize, 请问
// qingwen. "shei dingjia" asks what 谁定价 asks: the characters are left
// out, so their pinyin is. Only readings no other common word shares:
// 谁's other reading shui is also 税 (tax) and 水, and a one-syllable
// filler's reading (管 guan, 是 shi, 由 you) is a dozen other characters'.
var pinyinFillers = [...]struct{ pinyin, han string }{
	{"shei", "谁"}, {"zhaoshei", "找谁"}, {"youshei", "由谁"}, {"fuze", "负责"}, {"fuzeren", "负责人"},
	{"bumen", "部门"}, {"nage", "哪个"}, {"neige", "哪个"}, {"nagebumen", "哪个部门"}, {"neigebumen", "哪个部门"},
	{"zhize", "职责"}, {"qingwen", "请问"},
}

// PinyinFiller returns the Chinese question word or filler a word of
// pinyinFillers spells (shei: 谁, zhaoshei: 找谁, fuze: 负责), and whether
// it is one.
func PinyinFiller(word string) (string, bool) {
	for _, f := range pinyinFillers {
		if f.pinyin == word {
			return f.han, true
		}
	}
	return "", false
}

// coverbs are the Chinese prepositions (coverbs) that introduce who a
// verb is done for or with, which the stop words do not already hold (和,
// 与, 为, 向, 对, 把, 被 are stop words): 给 of 谁给员工发工资, 跟 of
// 谁跟供应商谈价格. Like English "to", "for", "with", they say no work:
// a question never looks for them, nor says no duty mentions them. A
// closed class of Chinese grammar.
const coverbs = "给 跟 同 替"

// framingWords are the words an employee frames a request with, around
// the work asked about: "who do I ask about my payslip", "who should I
// talk to about expenses", "who can help with advertising", "I need help
// with …", "I want to …", "who do I contact for payroll"; 我要, 我想,
// 问一下 (我要报销找谁, 我想问一下工资的事找谁), and 我 itself, as "I" and
// "my" are stop words. An English one frames the request only where a
// request puts it (IsFramingWord): "Help decide product prices" and "Ask
// customers for their opinions" are work. Like the question words they
// are no words of what is asked; unlike them they are no question
// (IsQuestionWord), and a text's phrasal verbs are read as ever. A closed
// class of the commonest request frames of English and Chinese.
const framingWords = `ask asks asking talk talks speak contact contacts help helps need needs want wants
	我 我要 我想 问一下 想问`

// framing and pinyinFillerSet are made on first use: the package's
// initialisers stay light (TestBinary).
var (
	framing         = sync.OnceValue(func() map[string]bool { return set(framingWords) })
	pinyinFillerSet = sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool, len(pinyinFillers))
		for _, f := range pinyinFillers {
			m[f.pinyin] = true
		}
		return m
	})
)

// IsFramingWord reports whether a folded word is one a request is framed
// with (framingWords). An English one is the request's only before any
// word of the work and before a word that is no work ("ask about", "talk
// to", "help with", "need help", "want to", "help me"): right before a
// word of the work it is the work ("help decide prices", "ask customers"),
// as it is when nothing else is asked ("who can help?" looks for help).
func IsFramingWord(word string) bool { return framing()[word] }

// requestWords are the fillers that ask to be shown or told ("show me
// who sets prices", "please tell me …"): IsRequestWord.
const requestWords = "tell know find show"

// IsRequestWord reports whether a folded word is a filler asking to be
// shown or told something ("show", "tell", "find", "know"), which wraps a
// request only before what it asks for: after a word of the query it is a
// word of it ("trade show").
func IsRequestWord(word string) bool { return requestSet[word] }

var requestSet = set(requestWords)

func withQuestionWords(m map[string]bool) map[string]bool {
	for w := range questionAsks {
		m[w] = true
	}
	return m
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Singular strips an English plural from a folded word with Harman's
// S-stemmer (D. Harman, "How effective is suffixing?", JASIS 42(1), 1991):
// -ies to -y (not -eies, -aies), -es to -e (not -aes, -ees, -oes), and a
// final -s (not -us, -ss). Unlike Stem it keeps words apart that Porter2
// joins: "production" stays apart from "product", "pricing" from
// "prices". Names are compared this way (a query names the finance
// department with "finance", not a product planner with "production").
func Singular(word string) string {
	switch {
	case len(word) > 3 && strings.HasSuffix(word, "ies") && !strings.HasSuffix(word, "eies") && !strings.HasSuffix(word, "aies"):
		return word[:len(word)-3] + "y"
	case len(word) > 2 && strings.HasSuffix(word, "es") && !strings.HasSuffix(word, "aes") && !strings.HasSuffix(word, "ees") && !strings.HasSuffix(word, "oes"):
		return word[:len(word)-1]
	case len(word) > 1 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "us") && !strings.HasSuffix(word, "ss"):
		return word[:len(word)-1]
	}
	return word
}

// questionAdverbs are the adverbs a question says how or how often its
// work is done with, or how sure the asker wants to be, around the work
// asked about: "who mainly handles advertising", "who else handles
// complaints", "who is actually in charge", 谁主要负责促销, 谁最终决定价格,
// 到底谁负责, 平时谁管考勤, 谁具体负责. Like the question words they are no
// words of what is asked: a question leaves them out (IsQuestionAdverb),
// never the reason it is unanswered. A closed class of English and
// Chinese degree, frequency and focus adverbs. An English one is an
// adverb wherever it stands; a Chinese one may also be an adjective
// before a noun (主要销售渠道, 最终用户), and frames the question only
// where an adverb stands, before a verb or a question word.
var questionAdverbs = []string{
	"mainly", "mostly", "chiefly", "primarily", "principally", "largely", "ultimately", "finally", "eventually",
	"usually", "normally", "generally", "typically", "commonly", "ordinarily", "actually", "really", "exactly",
	"precisely", "specifically", "basically", "else", "regularly", "often", "always", "sometimes", "routinely",
	"periodically", "定期", "随时", "主要", "最终", "最后", "通常", "一般", "到底", "究竟", "平时", "平常", "具体", "其实", "实际", "实际上",
	"经常", "一直", "总是", "往往", "基本", "基本上", "还", "又", "另外", "还有", "还要",
}

// requestModals are the Chinese modal verbs a request puts before the
// verb of asking or telling: 价格要告诉谁, 定价要问谁, 促销需要通知谁 ask
// what 价格告诉谁 and 定价问谁 ask, as 应该 and 该 (fillers already) do;
// so do the modals of being able to (培训可以找谁, 培训能找谁).
// Before a noun or at the end they are words of the work (客户需要, the
// customers' needs): they frame a question only before a verb or a
// question word, as a Chinese question adverb does. A closed class of
// Chinese grammar.
var requestModals = []string{"要", "需要", "需", "须", "得", "必须", "应当", "务必", "可以", "能", "能够"}

// IsQuestionAdverb reports whether a folded word is an adverb a question
// frames its work with (questionAdverbs): mainly, ultimately, else; 主要,
// 最终, 到底.
func IsQuestionAdverb(word string) bool { return slices.Contains(questionAdverbs, word) }

// IsRequestModal reports whether a Chinese word is a modal verb a request
// puts before its verb (requestModals: 要, 需要, 必须).
func IsRequestModal(word string) bool { return slices.Contains(requestModals, word) }

// Time phrases say when or how often work is done ("every month", "for
// next year", "daily"; 每月, 明年, 每个月, 下个月): modifiers of the work
// asked about, which a question leaves out, as the work is the same in
// any month. timeWords are the words that are a time phrase by
// themselves; timeUnits the nouns a time phrase counts in, which are one
// only after a word of timeDeterminers ("every month", not "the month's
// sales report"; 每个月, 下个月, not 月饼). Closed classes of English and
// Chinese, kept as literals: package initialisers allocate nothing for
// them.
var (
	timeWords = []string{
		"once", "twice", "daily", "weekly", "monthly", "yearly", "annually", "annual", "quarterly", "nightly",
		"today", "tomorrow", "tonight", "currently", "nowadays", "每天", "每日", "每周", "每星期", "每月", "每年", "每季度", "每季",
		"每晚", "今天", "明天", "本周", "下周", "本月", "下月", "上月", "当月", "次月", "今年", "明年", "去年", "本年", "本年度", "次年", "当年",
		"上半年", "下半年", "全年", "每半年", "年底", "年初", "年末", "月底", "月初", "月末", "季末", "周末",
	}
	timeUnits = []string{
		"day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "morning",
		"mornings", "evening", "evenings", "weekend", "weekends", "fortnight", "天", "日", "周", "星期", "月", "年",
		"季度", "季",
	}
	timeDeterminers = []string{
		"every", "each", "a", "next", "this", "last", "per", "coming", "每", "每个", "每一", "每一个", "下", "下个", "下一个",
		"上", "上个", "本", "这", "这个", "个", "一",
	}
)

// frequencyWords are the time words of timeWords that say how often
// (monthly, annual, 每月): before a noun they may say which work ("the
// monthly sales plan", 每月的销售计划, not the yearly one), where a time
// that is no frequency (next year, 明年) never does. A closed class.
var frequencyWords = []string{
	"daily", "weekly", "monthly", "yearly", "annual", "quarterly", "nightly",
	"每天", "每日", "每周", "每星期", "每月", "每年", "每季度", "每季", "每晚", "每半年",
}

// IsFrequencyWord reports whether a folded word is a time word saying how
// often (frequencyWords): before a noun, a question may keep it as a word
// of the work.
func IsFrequencyWord(word string) bool { return slices.Contains(frequencyWords, word) }

// framePhrases are the adverbial phrases of several words a question
// frames its work with, as questionAdverbs and timeWords do alone: "who
// decides on prices in the end", "who handles it at the moment". A
// closed class.
var framePhrases = [][]string{
	{"at", "the", "end", "of", "the", "day"}, {"in", "the", "end"}, {"in", "practice"}, {"in", "reality"},
	{"at", "the", "moment"}, {"right", "now"}, {"for", "now"}, {"these", "days"},
}

// timeEdges are the nouns of a time phrase's part: "at the end of the
// month", "the start of each year".
var timeEdges = []string{"end", "beginning", "start", "middle"}

// TimePhraseAt returns how many of the folded words from i on make a time
// phrase (timeWords; determiners and a time unit: "every month", "next
// year's", 每个 月, 下 个 月; a part of one: "end of the month") or another
// phrase framing a question's work (framePhrases: "in the end"), or 0.
func TimePhraseAt(words []string, i int) int {
	if slices.Contains(timeWords, words[i]) {
		return 1
	}
	for _, ph := range framePhrases {
		if i+len(ph) <= len(words) && slices.Equal(words[i:i+len(ph)], ph) {
			return len(ph)
		}
	}
	if slices.Contains(timeEdges, words[i]) && i+2 < len(words) && words[i+1] == "of" {
		k := i + 2
		if words[k] == "the" {
			k++
		}
		if n := k - i; k < len(words) {
			if slices.Contains(timeUnits, words[k]) {
				return n + 1
			}
			if m := TimePhraseAt(words, k); m > 0 && !slices.Contains(timeWords, words[k]) {
				return n + m
			}
		}
	}
	j := i
	for j < len(words) && slices.Contains(timeDeterminers, words[j]) {
		j++
	}
	if j == i || j == len(words) {
		return 0
	}
	if slices.Contains(timeUnits, strings.TrimSuffix(words[j], "'s")) {
		return j - i + 1
	}
	return 0
}
