package search

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// rolePhrases are the words that ask for one role of the responsibility
// matrix rather than for who does the work: "who is accountable for
// pricing", "谁批准定价". Longer phrases come first, so that "kept informed"
// is taken whole. A verb (work: "approve", "sign off", 批准) is also work a
// duty can name ("Approve packaging designs"): it stays in the words
// searched; a role's name ("accountable", 知会) is only the question's.
var rolePhrases = []struct {
	phrase string
	role   model.RACIRole
	verb   bool
}{
	{"signs off", model.Accountable, true}, {"sign off", model.Accountable, true}, {"answers for", model.Accountable, false}, {"answer for", model.Accountable, false},
	{"answerable", model.Accountable, false}, {"accountable", model.Accountable, false}, {"accountability", model.Accountable, false},
	{"approves", model.Accountable, true}, {"approve", model.Accountable, true},
	// The idioms for the one who has the last word, the accountable
	// role's own definition ("the one ultimately answerable"): "who has
	// the final say on pricing", "who makes the final call", "who calls
	// the shots", "who is ultimately responsible"; 价格谁说了算, 谁对渠道设计
	// 负最终责任, 谁最终负责定价, 谁有决定权, 定价谁做主, 由谁定夺. Longer
	// phrases first, as above.
	{"makes the final call", model.Accountable, false}, {"make the final call", model.Accountable, false},
	{"makes the final decision", model.Accountable, false}, {"make the final decision", model.Accountable, false},
	{"calls the shots", model.Accountable, false}, {"call the shots", model.Accountable, false},
	{"final call", model.Accountable, false}, {"final decision", model.Accountable, false},
	{"final say", model.Accountable, false}, {"final word", model.Accountable, false}, {"last word", model.Accountable, false},
	// The one who approves, named ("who is the approver for refunds",
	// tryout28 P17), as 审批人 is; and having a say in the work, being
	// asked for one's view before it is done ("who gets a say in
	// refunds"): consulted.
	{"approvers", model.Accountable, false}, {"approver", model.Accountable, false},
	{"has a say", model.Consulted, false}, {"have a say", model.Consulted, false}, {"gets a say", model.Consulted, false},
	{"get a say", model.Consulted, false},
	{"ultimately responsible", model.Accountable, false}, {"ultimately accountable", model.Accountable, false},
	{"最终决定权", model.Accountable, false}, {"决定权", model.Accountable, false}, {"做主", model.Accountable, false}, {"定夺", model.Accountable, false},
	{"说了算", model.Accountable, false}, {"负最终责任", model.Accountable, false}, {"最终负责", model.Accountable, false}, {"负总责", model.Accountable, false},
	// 审核 (review and approve) asks for the one whose approval the work
	// needs, as 审批 does (tryout27 X10: 谁审核预算 is Finance's budget,
	// not a duty that reviews promotion costs), unless a duty says 审核
	// and the object (跟踪并审核促销费用): that duty answers, as the
	// question of who does it (eitherVerbs). 核准 and 审定 are approving's
	// written forms.
	// 把关 (to guard the pass, sign the work off) reads both ways too:
	// 付款谁把关 asks for the approver, 谁对质量把关 for one whose duty
	// says it.
	{"审核", model.Accountable, true}, {"核准", model.Accountable, true}, {"审定", model.Accountable, true}, {"把关", model.Accountable, true},
	{"批准", model.Accountable, true}, {"审批", model.Accountable, true}, {"拍板", model.Accountable, true}, {"担责", model.Accountable, false}, {"问责", model.Accountable, false},
	// Being kept in the loop, given a heads-up: told (tryout27 X7). Not
	// "heads up" alone, which leads ("who heads up sales").
	{"kept in the loop", model.Informed, false}, {"in the loop", model.Informed, false},
	{"a heads-up", model.Informed, false}, {"a heads up", model.Informed, false},
	{"be copied", model.Informed, false}, {"is copied", model.Informed, false}, {"are copied", model.Informed, false},
	{"get copied", model.Informed, false}, {"gets copied", model.Informed, false}, {"cc'd", model.Informed, false}, {"cced", model.Informed, false},
	{"kept informed", model.Informed, false}, {"informed", model.Informed, false}, {"notified", model.Informed, false},
	{"知会", model.Informed, false}, {"告知", model.Informed, false}, {"被通知", model.Informed, false},
	{"consulted", model.Consulted, false}, {"咨询", model.Consulted, false}, {"征求意见", model.Consulted, false},
	// The glosses the docs give the two roles ("Consulted units are asked
	// before, Informed units are told after"): the passive, asked of the
	// one who is asked or told; and in Chinese the verb with 谁 as its
	// object (通知谁, 征求谁的意见), where 谁通知 asks who notifies.
	// Every form of the two auxiliaries of the passive, be and get
	// ("who gets told about competitors", "who was asked").
	{"be asked", model.Consulted, false}, {"is asked", model.Consulted, false}, {"are asked", model.Consulted, false}, {"get asked", model.Consulted, false},
	{"gets asked", model.Consulted, false}, {"got asked", model.Consulted, false}, {"getting asked", model.Consulted, false},
	{"was asked", model.Consulted, false}, {"were asked", model.Consulted, false}, {"been asked", model.Consulted, false}, {"being asked", model.Consulted, false},
	{"be told", model.Informed, false}, {"is told", model.Informed, false}, {"are told", model.Informed, false}, {"get told", model.Informed, false},
	{"gets told", model.Informed, false}, {"got told", model.Informed, false}, {"getting told", model.Informed, false},
	{"was told", model.Informed, false}, {"were told", model.Informed, false}, {"been told", model.Informed, false}, {"being told", model.Informed, false},
	{"通知谁", model.Informed, false}, {"告诉谁", model.Informed, false},
	{"征求谁的意见", model.Consulted, false}, {"征求谁意见", model.Consulted, false}, {"问谁的意见", model.Consulted, false},
	{"responsible", model.Responsible, false},
}

// approvalIdioms are the everyday idioms of approving (tryout27 X10):
// "who has to agree to delivery checks", "who gives the OK for supplier
// payments", "who okays them". No duty says them: a verb of doing takes
// their place in the work and in the duties listed alike. "Agree" alone
// is work a duty may name ("agree targets with sales"); agreeing *to*
// something is consenting. Longer first.
var approvalIdioms = []string{
	"gives the go-ahead", "give the go-ahead", "gives the green light", "give the green light", "gives the okay", "give the okay",
	"gives the ok", "give the ok", "greenlights", "okays", "oks", "ok's", "agrees to", "agree to",
	"gives final approval", "give final approval", "gives approval", "give approval", "grants approval", "grant approval",
	"whose approval do we need", "whose approval do i need", "whose approval do you need", "whose approval is needed",
	"whose approval is required", "whose approval", "whose sign-off", "whose ok",
}

// eitherVerbs are role verbs that are work a duty does as often (审核:
// review, or approve): the question is the doer's when a duty says the
// verb with the object (RoleQuestion.SaidAsWork).
var eitherVerbs = []string{"审核", "把关"}

// RoleQuestion is a question about a role of the responsibility matrix.
type RoleQuestion struct {
	Role model.RACIRole
	// Work is the query to search for the work the role is held for: the
	// query without the role's words ("who is for pricing?"), a role's
	// verb giving way to a verb of doing ("who handles the budget",
	// 谁负责价格).
	Work string
	// List is the query to list the duties by: the query without a role's
	// name; a role verb stays, since duties name it ("who approves
	// promotion funds" lists "… approving promotion funds" first).
	List string
	// Either is a verb of the query that is work as often as a role's
	// (eitherVerbs: 审核): SaidAsWork decides which the question
	// asks. "" when there is none.
	Either string
	// Slip is the word of the query read as a role's word it is a typing
	// slip of ("aproves": approves, roleSlip), searched as that word, as
	// the results say; Typed is "" when there is none.
	Slip Correction
}

// AsksRole reports whether a query asks who holds a RACI role for some
// work: a question (who, whom, whose, which, what; 谁, 哪) with a role's
// name or verb ("who is accountable for pricing?", "who approves the
// budget", "which department is consulted on promotions", "谁批准价格").
// Without a question word a role verb is work like any other: "approve
// promotion funds" looks for the duties that say it. "Who is responsible
// for X" asks for the responsible units. A question that is nothing but
// role and question words asks for no work and is not a role question.
// A first word one slip from a question word ("waht team is responsible
// for pricing?", askerSlip) asks as that word does; Work and List keep it
// as typed, for the search says how it read it.
func AsksRole(query string) (RoleQuestion, bool) {
	rq, ok := asksRole(query)
	if ok {
		rq.Work = asDoing(rq.Work)
	}
	return rq, ok
}

// asDoing is the work of a Chinese role question asked as the question of
// who does it, 谁负责 … (verify27 V4): the role's words gone, what is left
// (价格调整 of 价格调整要通知谁, 谁价格调整 of 谁需要知道价格调整) reads 调整
// as the work and 价格 as a lesser word, so that a duty adjusting product
// positioning answered for prices; asked with 负责, the question's object
// decides, as it does for 谁负责价格调整. 负责 goes right after 谁 (a
// 对 or 为 marking the work after it gives way: 谁对渠道设计 is 谁负责渠道
// 设计), or before the work when 谁 is not left. A work that says 负责
// already, or is not Chinese, is as it was.
func asDoing(work string) string {
	if !hasHan(work) || strings.Contains(work, "负责") {
		return work
	}
	before, after, ok := strings.Cut(work, "谁")
	if !ok {
		return "谁负责" + work
	}
	after = strings.TrimLeft(after, " ")
	for _, to := range []string{"对", "为"} {
		after = strings.TrimPrefix(after, to)
	}
	return before + "谁负责" + after
}

func asksRole(query string) (RoleQuestion, bool) {
	lower := strings.ToLower(query)
	if !analysis.IsQuestion(lower) && !asksAfterSlip(query) {
		return RoleQuestion{}, false
	}
	// "What is the marketing manager responsible for?" asks what the
	// manager does, not who holds a role: an English question holds a
	// word asking who, or one asking which with a unit noun ("what team").
	if analysis.IsQuestion(lower) && !hasHan(lower) && !asksForUnit(lower) && !asksWhoseApproval(lower) {
		return RoleQuestion{}, false
	}
	typed := query
	slip, ok := roleSlip(query)
	if ok {
		query = query[:slip.at] + slip.Word + query[slip.at+len(slip.Typed):]
		lower = strings.ToLower(query)
	}
	// 谁批 is 谁批准, as it is said (zh_role.go); the duties are listed
	// by the verb they write.
	if full, ok := shortRoleVerb(query); ok {
		query, lower, typed = full, strings.ToLower(full), full
	}
	for _, idiom := range approvalIdioms {
		if i := analysis.PhraseAt(lower, idiom); i >= 0 {
			doing := " handles "
			if strings.HasPrefix(idiom, "whose ") {
				doing = " who handles " // the question's word is the idiom's
			}
			rest := dropTimeClauseWords(strings.Join(strings.Fields(query[:i]+doing+query[i+len(idiom):]), " "))
			if Parse(rest).IsEmpty() || !hasWork(rest) {
				return RoleQuestion{}, false
			}
			return RoleQuestion{Role: model.Accountable, Work: rest, List: rest}, true
		}
	}
	for _, p := range rolePhrases {
		i := analysis.PhraseAt(lower, p.phrase)
		if i < 0 {
			continue
		}
		// A role's verb gives way to a verb of doing: what follows it is
		// still what the work is done to ("who approves travel
		// expenses?": who handles travel expenses), not a verb of its own.
		gap := " "
		if p.verb {
			gap = " handles "
			if hasHan(p.phrase) {
				gap = "负责"
			}
		}
		before := query[:i]
		if hasHan(p.phrase) {
			before = trimChineseFrame(before)
		}
		rest := dropTimeClauseWords(strings.Join(strings.Fields(before+gap+query[i+len(p.phrase):]), " "))
		if Parse(rest).IsEmpty() || !hasWork(rest) {
			return RoleQuestion{}, false
		}
		rq := RoleQuestion{Role: p.role, Work: rest, List: rest}
		if p.verb {
			// The verb stays (the search reads a slip as the texts' word,
			// and says so); a time clause's word does not (X8).
			rq.List = dropTimeClauseWords(typed)
			if hasHan(p.phrase) && typed == query {
				rq.List = before + query[i:]
			}
		}
		if slip.Typed != "" {
			rq.Slip = slip.Correction
		}
		if slices.Contains(eitherVerbs, p.phrase) {
			rq.Either = p.phrase
		}
		return rq, true
	}
	if rq, ok := spokenRole(query); ok { // role_spoken.go: the active voice, Chinese spoken forms
		return rq, true
	}
	return unitAskedRole(query)
}

// chineseUnitAsks are the Chinese words asking which unit, where the
// spoken forms ask 谁: 付款要通知哪个部门 is 付款要通知谁, 哪个部门需要知道
// 付款的事 is 谁需要知道 (tryout27 X7). A closed class.
var chineseUnitAsks = []string{"哪一个部门", "哪个部门", "哪些部门", "哪个岗位", "哪些岗位", "哪个单位", "哪个团队", "哪个人", "哪些人"}

// unitAskedRole reads a Chinese question asking which unit as the one
// asking 谁 (chineseUnitAsks), for every role but the responsible:
// … 由哪个部门负责 asks which department does the work, answered by
// departments.
func unitAskedRole(query string) (RoleQuestion, bool) {
	if !hasHan(query) {
		return RoleQuestion{}, false
	}
	for _, ask := range chineseUnitAsks {
		if strings.Contains(query, ask) {
			rq, ok := asksRole(strings.Replace(query, ask, "谁", 1))
			if !ok || rq.Role == model.Responsible {
				return RoleQuestion{}, false
			}
			return rq, true
		}
	}
	return RoleQuestion{}, false
}

// SaidAsWork reports whether the question is the doer's, not a role's:
// its verb is work as often as a role (Either: 审核, review or approve)
// and a duty r matches by words says the verb with every other word the
// query searched for in one clause (r is the search for List, the query
// as typed). 谁审核促销费用 is then who reviews promotion costs, the
// planning department that does (跟踪、反馈并审核促销费用和广告费用的使用);
// 谁审核预算, which no duty says, asks for the budget's approver, and so
// does 谁审核价格, though a duty sets prices and, a clause on, reviews
// how products are promoted (tryout27 X10).
func (rq RoleQuestion) SaidAsWork(r *Results) bool {
	if rq.Either == "" || r.NoMention {
		return false
	}
	words := slices.DeleteFunc(slices.Clone(r.Words), func(w string) bool { return strings.Contains(rq.Either, w) })
	if len(words) == 0 {
		return false
	}
	for _, res := range r.List {
		if res.Match != Words || res.Node == nil || !slices.ContainsFunc(res.Places, model.IsWork) {
			continue
		}
		for _, clause := range strings.FieldsFunc(strings.ToLower(res.Node.Title[res.Lang]), isClauseBreak) {
			if strings.Contains(clause, rq.Either) && !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(clause, strings.ToLower(w)) }) {
				return true
			}
		}
	}
	return false
}

// isClauseBreak reports whether r ends a clause of a duty's text: 、 lists
// within one (审核预算、决算).
func isClauseBreak(r rune) bool { return strings.ContainsRune("，。；：！？,.;:!?\n", r) }

// asksWhoseApproval reports whether a lower-cased English question asks
// whose approval the work needs (approvalIdioms: "whose approval do we
// need for …"): a unit, as "who approves" asks.
func asksWhoseApproval(lower string) bool {
	return slices.ContainsFunc(approvalIdioms, func(idiom string) bool {
		return strings.HasPrefix(idiom, "whose ") && analysis.PhraseAt(lower, idiom) >= 0
	})
}

// asksForUnit reports whether a lower-cased English question asks for a
// unit: a word asking who ("who", "which"), or a word asking which with a
// unit noun after it ("what team", "what kind of department": whichNouns).
func asksForUnit(lower string) bool {
	words := strings.FieldsFunc(lower, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'' || r == '-') })
	if slices.ContainsFunc(words, analysis.AsksWho) {
		return true
	}
	return len(whichNouns(len(words), func(i int) string { return words[i] })) > 0
}

// timeClauseWords are the English words that make the work a time
// clause of a role question: "who do we consult before picking orders",
// "who is told after suppliers are paid". The role is the frame's; the
// work is what follows the word (tryout27 X8). A closed class.
var timeClauseWords = [][]string{{"before"}, {"after"}, {"until"}, {"till"}, {"prior", "to"}, {"ahead", "of"}}

// dropTimeClauseWords returns a role question's work without the words
// of timeClauseWords, whole words only ("after-sales" stays), so that
// the verb phrase they introduce is the work searched for.
func dropTimeClauseWords(rest string) string {
	if hasHan(rest) && !strings.ContainsAny(rest, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return rest
	}
	words := strings.Fields(rest)
	out := words[:0:0]
	for i := 0; i < len(words); i++ {
		n := 0
		for _, tw := range timeClauseWords {
			if i+len(tw) <= len(words) && slices.EqualFunc(tw, words[i:i+len(tw)], func(a, b string) bool { return a == strings.ToLower(b) }) {
				n = len(tw)
				break
			}
		}
		if n > 0 {
			i += n - 1
			continue
		}
		out = append(out, words[i])
	}
	if len(out) == len(words) {
		return rest
	}
	return strings.Join(out, " ")
}

// chineseTimeEnds are the words that end a Chinese time clause before
// the frame of a role question: 拣货之前要咨询谁, 拣货前要跟谁商量, 付款后要
// 告诉谁, 付款时要通知谁. Only as words of their own (the segmenter
// keeps 售后 and 目前 whole): the clause's verb phrase is the work.
var chineseTimeEnds = []string{"之前", "以前", "前", "之后", "以后", "后", "时", "时候"}

// trimChineseFrame returns the words before a Chinese role phrase
// without the request's modal verb (trimRequestModal) and without the
// word ending a time clause (chineseTimeEnds; 的时候 whole) that stands
// before the frame's own words (谁, 由谁, 被, a modal), as a question
// leaves both out: 拣货之前要咨询谁 asks what 拣货要咨询谁 asks, 付款前谁批准
// what 付款谁批准 asks, 拣货之前谁需要被咨询 what 拣货谁需要被咨询 asks.
func trimChineseFrame(before string) string {
	words := analysis.SegmentChinese(before)
	tail := ""
	n := len(words)
	for n > 0 && (analysis.IsRequestModal(words[n-1]) || slices.Contains(chineseFrameWords, words[n-1])) {
		tail = words[n-1] + tail
		n--
	}
	if n == 0 || !slices.Contains(chineseTimeEnds, words[n-1]) || !strings.HasSuffix(before, words[n-1]+tail) {
		return trimRequestModal(before)
	}
	trimmed := strings.TrimSuffix(before, words[n-1]+tail)
	if words[n-1] == "时候" && n > 1 && words[n-2] == "的" {
		trimmed = strings.TrimSuffix(trimmed, "的")
	}
	return trimRequestModal(trimmed + tail)
}

// chineseFrameWords are the words of a role question's frame that may
// follow its time clause besides a request's modal: 谁 and 由谁 asking,
// 被 of the passive, 来, 应该, 该 (付款前谁批准, 拣货之前由谁审批).
var chineseFrameWords = []string{"谁", "由", "由谁", "被", "来", "应该", "该", "应当"}

// trimRequestModal returns the words before a Chinese role phrase
// without a request's modal verb at their end (要, 需要: 价格要告诉谁 asks
// what 价格告诉谁 asks, analysis.IsRequestModal), as the words of a
// question leave it out before a verb.
func trimRequestModal(before string) string {
	words := analysis.SegmentChinese(before)
	if n := len(words); n > 1 && analysis.IsRequestModal(words[n-1]) && strings.HasSuffix(before, words[n-1]) {
		return strings.TrimSuffix(before, words[n-1])
	}
	return before
}

// roleSlip finds the word of a question that is one typing
// slip (model.EditDistance) from a role's word of six letters or more
// (rolePhrases: "aproves" of approves, "acountable", "resposible"), the
// first letter kept or two neighbouring letters swapped, as askerSlip
// reads the question word: the question asks for that role. A form of
// the word itself is no slip ("notifies" asks who notifies, not who is
// notified: the same stem), and nor is a word as near to words of two
// roles. Only the first such word is read; at is its byte offset.
func roleSlip(query string) (slip struct {
	Correction
	at int
}, ok bool) {
	start := -1
	for i, r := range query + " " {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		typed := query[start:i]
		if meant := roleWordSlip(strings.ToLower(typed)); meant != "" {
			slip.Correction = Correction{Typed: typed, Word: meant, Searched: true}
			slip.at = start
			return slip, true
		}
		start = -1
	}
	return slip, false
}

// roleWordSlip returns the role's word that word is a slip of, by
// roleSlip's rules, or "".
func roleWordSlip(word string) string {
	if len(word) < minRoleSlip-1 || len(word) > maxSlipLetters {
		return ""
	}
	meant, role := "", model.RACIRole(0)
	for _, p := range rolePhrases {
		switch {
		case p.phrase == word:
			return "" // a role's word as it is
		case len(p.phrase) < minRoleSlip || strings.ContainsAny(p.phrase, " ") || hasHan(p.phrase):
			continue
		case model.EditDistance(word, p.phrase) != 1 || word[0] != p.phrase[0] && !isSwap(word, p.phrase):
			continue
		case termOf(word) == termOf(p.phrase):
			return "" // another form of the word: "approved", "notifies"
		case meant == "":
			meant, role = p.phrase, p.role
		case p.role != role:
			return "" // as near to two roles' words
		}
	}
	return meant
}

// minRoleSlip is the length of the shortest role's word a slip is read
// of: shorter words are one letter from too many others.
const minRoleSlip = 6

// asksAfterSlip reports whether query asks a question once its first
// word is read as the question word it is one slip from (askerSlip).
func asksAfterSlip(query string) bool {
	q := Parse(query)
	_, meant, ok := askerSlip(q)
	return ok && analysis.IsQuestion(meant)
}

// hasWork reports whether a query has a word to search for beyond
// question words and fillers.
// A question mark ends it: its last word is not one being typed.
func hasWork(q string) bool { return len(makePlan(Parse(q+"?")).words) > 0 }

// maxUnlistedHolders bounds the units a role question's work names that
// hold no duties, listed first among the responsible (Holders).
const maxUnlistedHolders = 4

// Unlisted reports whether the holder is a unit the question names that
// the sources list no duties for: its Proof has no node.
func (h Holder) Unlisted() bool { return h.Proof.Node == nil }

// Holder is a unit holding a role for matching duties: the answer to "who
// is accountable for this?".
type Holder struct {
	Unit *model.Node
	// Duties is how many matching duties the unit holds the role for:
	// duties that mention the query's main words (Owner.Duties).
	Duties int
	// Mentions is how many of the duties the holders are drawn from
	// (Results.Work) the unit holds the role for: Duties, or, when no
	// duty mentions the main words, those mentioning a lesser word
	// (Duties is then 0, as an Owner's is).
	Mentions int
	// Score is the best of those duties' scores.
	Score float64
	// Proof is the best of those duties.
	Proof Result
}

// Work returns the results a role question is about: the work (every
// duty, and the points of a topic's shared work: model.IsWork) that the
// results match by words, or, when none does, the work they match in part
// ("who is responsible for brand building?": many duties say brand, none
// says both words), best first. A role's holders are drawn from these
// (Holders); work no RACI line gives a holder of the role still is work
// the question is about. When no duty mentions what the question asks
// about (NoMention: "who is responsible for planning staff parties?", no
// duty says parties), the duties holding its other words do other work,
// as they do for "who plans staff parties?": only work holding all it
// asks about (a topic's point, which a RACI line may give holders; listed
// among the closest, it counts as a match here) is the question's.
func (r *Results) Work() []Result {
	if r.NoMention {
		if r.wholeWork == nil {
			return nil
		}
		whole := r.wholeWork()
		var out []Result
		for _, res := range r.List {
			if slices.ContainsFunc(res.Places, func(n *model.Node) bool { return whole[n] }) {
				res.Match = Words
				out = append(out, res)
			}
		}
		return out
	}
	for _, m := range []Match{Words, Partial} {
		var out []Result
		for _, res := range r.List {
			if res.Match == m && slices.ContainsFunc(res.Places, model.IsWork) {
				out = append(out, res)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// Holders returns the units holding role for the results' work (Work,
// every place of each), best first: by their best duty's score, then by
// how many duties; at most limit (all when limit <= 0). A duty with no
// RACI lines is held by its department (model.AssignmentOf). The
// responsible begin with the units the work names that hold no duties
// (Holder.Unlisted), as the owners of the same work do.
func (r *Results) Holders(role model.RACIRole, limit int) []Holder {
	index := map[*model.Node]int{}
	var out []Holder
	if role == model.Responsible {
		// A unit the work names whose sources list no duties answers it
		// first, as for the question of who does it: "who is responsible
		// for security" is the Security department, as "who handles
		// security" is (Owner.Unlisted). Its Proof has no node.
		for _, o := range r.Owners(maxUnlistedHolders) {
			if !o.Unlisted() {
				break
			}
			index[o.Node()] = len(out)
			out = append(out, Holder{Unit: o.Node(), Score: o.Score})
		}
	}
	unlisted := len(out)
	for _, res := range r.Work() {
		seen := map[*model.Node]bool{}
		for _, place := range res.Places {
			if !model.IsWork(place) {
				continue
			}
			for _, u := range model.Holders(place, role) {
				if seen[u] {
					continue
				}
				seen[u] = true
				i, ok := index[u]
				if !ok {
					i = len(out)
					index[u] = i
					out = append(out, Holder{Unit: u, Score: res.Score, Proof: res})
					out[i].Proof.Node = place
				}
				out[i].Mentions++
				if res.Match == Words {
					out[i].Duties++
				}
			}
		}
	}
	slices.SortStableFunc(out[unlisted:], func(a, b Holder) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Mentions, a.Mentions))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// The answer to a role question no unit holds the role for (Holders is
// empty), in words: one wording for every front end (the CLI prefixes its
// name, the explorer shows it under the role's heading).
var (
	noHoldersNote = [model.NumLangs]string{
		"no duty mentions %s, so nobody holds it",
		"没有职责提到%s",
	}
	// unrecordedNote: duties mention the work, but no RACI line names a
	// unit holding the role for any of them (consulted and informed units
	// have no default), with how to record one.
	unrecordedNote = [model.NumLangs]string{
		"%s %s, but no RACI line says who is %s for them: record it with a line under the duty, such as  %s: <unit>  (a department or position, by id, name or path; docs/content-format.md, \"Who does what: RACI lines\")",
		"有 %s提到%s，但都没有 RACI 行记录%s单位：在职责下加一行记录，如  %s：<单位>  （部门或职位，写其 id、名称或路径；见 docs/content-format.md 的“Who does what: RACI lines”）",
	}
)

// maxNoteWords bounds the words a note quotes.
const maxNoteWords = 8

// NoHoldersNote says, in lang, why no unit holds role for the work a role
// question asks about (r is the search for that work, Holders empty), and
// returns that work: no duty mentions it (only a topic's text, or
// nothing), so nobody holds it; or duties mention it and no RACI line
// names a holder of the role for any of them (nobody is consulted or
// informed unless a line says so), with the line that records one and
// where the docs explain it. cut shortens one word of the query for the
// note (the quotes are the note's).
func (r *Results) NoHoldersNote(role model.RACIRole, lang model.Lang, cut func(string) string) (string, []Result) {
	work := r.Work()
	if r.NoMention || len(work) == 0 {
		return fmt.Sprintf(noHoldersNote[lang], quoteAny(r.Words, lang, cut)), nil
	}
	roleWord := role.String() // "who is informed"; 记录知会单位
	if lang == model.Zh {
		roleWord = role.Name(lang)
	}
	// The words the duties mention: each at least one of them. Counting
	// the main matches, the words they hold: "1 duty mentions “price” or
	// “changes”" counted the one that says changes, where seven more say
	// price in part (verify27 V4).
	mentioned := slices.DeleteFunc(slices.Clone(r.Words), func(w string) bool { return slices.Contains(r.Missing, w) })
	if r.mainWords != nil {
		if held := r.mainWords(); len(held) > 0 {
			mentioned = held
		}
	}
	if len(mentioned) == 0 {
		mentioned = r.Words
	}
	return fmt.Sprintf(unrecordedNote[lang], dutiesMention(r.workCount(work), lang), quoteAny(mentioned, lang, cut), roleWord, role.Name(lang)), work
}

// WorkCounted reports whether NoHoldersNote counts the work of the whole
// answer, though a limit cut List: the word index's answers count it; one
// found by letters alone (exact terms) counts List only, and a caller
// whose list was cut searches again without a limit to count it all.
func (r *Results) WorkCounted() bool { return r.workOf != nil }

// workCount is how many results Work returns of the whole answer, given
// work, what it returns of List: the count of the word index (workOf),
// which the limit did not cut, when there is one.
func (r *Results) workCount(work []Result) int {
	if r.workOf == nil {
		return len(work)
	}
	main, partial := r.workOf()
	if main > 0 {
		return main
	}
	return partial
}

// quoteAny quotes words, each cut by cut, the last joined by "or" (或):
// each of them, not all together; at most maxNoteWords, then "…".
func quoteAny(words []string, lang model.Lang, cut func(string) string) string {
	q := make([]string, 0, min(len(words), maxNoteWords)+1)
	for _, w := range words[:min(len(words), maxNoteWords)] {
		q = append(q, "“"+cut(w)+"”")
	}
	sep, or := lang.ListSep(), " or "
	if lang == model.Zh {
		or = "或"
	}
	switch {
	case len(words) > maxNoteWords:
		return strings.Join(q, sep) + sep + "…"
	case len(q) < 2:
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], sep) + or + q[len(q)-1]
}

// dutiesMention is "1 duty mentions", "3 duties mention", "3 项职责".
func dutiesMention(n int, lang model.Lang) string {
	switch {
	case lang == model.Zh:
		return fmt.Sprintf("%d 项职责", n)
	case n == 1:
		return "1 duty mentions"
	}
	return fmt.Sprintf("%d duties mention", n)
}
