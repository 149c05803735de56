package search

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// spokenRole reads a role question asked as people ask what to do next,
// where rolePhrases has no word of it: the active voice with the asker
// as subject ("whom should we consult on store displays", "who do I tell
// about competitors", "which team to notify"), Chinese with 谁 as the
// object of a verb of consulting or telling (门店陈列要跟谁商量, 竞争对手的
// 情况要抄送谁), signing (定价谁签字, 需要谁同意) and the explicit forms of
// responsibility (谁对定价负责, 门店陈列由谁负责). query is a question
// (AsksRole checked it) that names no role in rolePhrases' words.
func spokenRole(query string) (RoleQuestion, bool) {
	lower := strings.ToLower(query)
	if role, work, ok := chineseResponsible(query); ok {
		// 由谁负责, 对…负责 ask who does the work, as 谁负责 does: the
		// question as 谁负责 asks it finds it, and the role picks its
		// holders.
		if !hasWork(work) {
			return RoleQuestion{}, false
		}
		return RoleQuestion{Role: role, Work: work, List: work}, true
	}
	role, from, to, ok := activeRoleClause(lower)
	if !ok {
		role, from, to, ok = knowClause(lower)
	}
	if !ok {
		role, from, to, ok = spokenRolePhrase(lower)
	}
	if !ok {
		role, from, to, ok = askBeforeChinese(lower)
	}
	if !ok {
		return RoleQuestion{}, false
	}
	rest := dropTimeClauseWords(strings.Join(strings.Fields(query[:from]+" "+query[to:]), " "))
	if hasHan(query[from:to]) {
		// 谁 stays the question's word; signing gives way to a verb of
		// doing, as a role's verb does in AsksRole (谁签字: 谁负责).
		who := "谁"
		if role == model.Accountable {
			who = "谁负责"
		}
		rest = strings.Join(strings.Fields(trimChineseFrame(query[:from])+who+query[to:]), "")
	}
	if Parse(rest).IsEmpty() || !hasWork(rest) {
		return RoleQuestion{}, false
	}
	return RoleQuestion{Role: role, Work: rest, List: rest}, true
}

// isAskerSubject reports whether a word is the subject of an active role
// question: the asker ("who should I notify"), the asker's team ("whom
// do we consult") or anyone ("who do you tell").
func isAskerSubject(w string) bool { return w == "i" || w == "we" || w == "you" }

// clauseHelpers are the words that may stand between the subject and
// the verb of an active role question: modals and their phrases ("who
// do I need to consult", "who are we supposed to tell", "who would we
// have to notify first"). A slice, not a map: nothing allocated at start.
var clauseHelpers = []string{
	"need", "needs", "have", "has", "got", "gotta", "to", "should", "must", "ought", "will", "would", "can", "could",
	"may", "might", "shall", "better", "going", "supposed", "want", "also", "first", "always", "then", "still", "really",
}

// clauseVerb is a verb whose object is the unit holding a role: one
// consulted is asked before, one informed is told after (the docs'
// glosses of the two roles). A verb with a particle needs one of them
// after it ("check with", "loop in", "keep posted").
type clauseVerb struct {
	verb     string
	role     model.RACIRole
	particle []string
}

var clauseVerbs = []clauseVerb{
	{"consult", model.Consulted, nil}, {"check", model.Consulted, []string{"with"}},
	{"notify", model.Informed, nil}, {"inform", model.Informed, nil}, {"tell", model.Informed, nil},
	{"cc", model.Informed, nil}, {"copy", model.Informed, []string{"in"}}, {"update", model.Informed, nil},
	{"alert", model.Informed, nil}, {"loop", model.Informed, []string{"in"}},
	{"keep", model.Informed, []string{"posted", "updated"}},
	// "Who should we let know about X" tells them (tryout27 X7); "who do
	// we ask before picking orders" asks them first, the consulted role's
	// gloss, where "who do I ask about X" is the request's frame, a
	// question of who does X (X8; verify26 V7).
	{"let", model.Informed, []string{"know"}}, {"ask", model.Consulted, []string{"before"}},
}

// maxClauseHelpers bounds the helper words between subject and verb.
const maxClauseHelpers = 4

// activeRoleClause finds, in a lower-cased English question, an active
// clause whose object is the unit asked for: a subject (isAskerSubject),
// up to maxClauseHelpers clauseHelpers, and a verb of clauseVerbs ("we
// consult", "I need to notify"), or "to" and the verb right after a word
// asking who or a unit noun ("whom to consult", "which team to tell").
// The question asks for a unit: a word asking who (who, whom, which) or
// a unit noun ("what team") comes before the subject; "what do we tell
// customers" asks what is told. It returns the role and the byte span from subject to verb (particle
// included), the words that are the question's, not its work. "Who do
// we ask to approve …" asks for the one approving (rolePhrases); "who
// consults" asks who does the consulting, the work.
func activeRoleClause(lower string) (role model.RACIRole, from, to int, ok bool) {
	words := spokenWords(lower)
	asksUnit := false // a word asking who, or a unit noun, came before
	for s, subj := range words {
		if s > 0 {
			prev := words[s-1].text
			asksUnit = asksUnit || analysis.AsksWho(prev) || analysis.IsUnitNoun(prev)
		}
		if !asksUnit {
			continue // "what do we tell customers": what is told, not whom
		}
		asker := isAskerSubject(subj.text)
		if !asker && subj.text == "to" {
			prev := words[s-1].text
			asker = analysis.AsksWho(prev) || analysis.IsUnitNoun(prev)
		}
		if !asker {
			continue
		}
		v := s + 1
		for v < len(words) && v-s <= maxClauseHelpers && slices.Contains(clauseHelpers, words[v].text) {
			v++
		}
		if v >= len(words) {
			continue
		}
		at := slices.IndexFunc(clauseVerbs, func(c clauseVerb) bool { return c.verb == words[v].text })
		if at < 0 {
			continue
		}
		verb := clauseVerbs[at]
		end := words[v].to
		if verb.particle != nil {
			if v+1 >= len(words) || !slices.Contains(verb.particle, words[v+1].text) {
				continue
			}
			end = words[v+1].to
		}
		return verb.role, subj.from, end, true
	}
	return 0, 0, 0, false
}

// spokenRolePhrases are the Chinese ways of asking whom to consult, tell
// or get a signature from, with 谁 inside: the object of a coverb and a
// verb of discussing (跟谁商量), of a verb of copying or reporting to
// (抄送谁, 报告给谁, 向谁汇报), and the one whose agreement or signature
// the work needs (需要谁同意, 谁签字). A verb of reporting with 谁 as its
// subject (谁报告) asks who does the reporting: the work. Longer first.
var spokenRolePhrases = []struct {
	phrase string
	role   model.RACIRole
}{
	{"跟谁商量", model.Consulted}, {"和谁商量", model.Consulted}, {"与谁商量", model.Consulted}, {"同谁商量", model.Consulted},
	{"找谁商量", model.Consulted}, {"跟谁商议", model.Consulted}, {"和谁商议", model.Consulted}, {"与谁商议", model.Consulted},
	{"抄送给谁", model.Informed}, {"抄送谁", model.Informed}, {"报告给谁", model.Informed}, {"汇报给谁", model.Informed},
	{"通报给谁", model.Informed}, {"同步给谁", model.Informed}, {"向谁报告", model.Informed}, {"向谁汇报", model.Informed},
	{"向谁通报", model.Informed},
	// Whom the work must be made known to (tryout27 X7): 拜访客户要让谁
	// 知道, 谁需要知道拜访客户的事. 谁知道 alone asks who knows the work,
	// its doer; the modal or 让 makes the knowing a need.
	{"让谁知道", model.Informed}, {"让谁了解", model.Informed}, {"谁需要知道", model.Informed}, {"谁应该知道", model.Informed},
	{"谁应当知道", model.Informed}, {"谁该知道", model.Informed}, {"谁要知道", model.Informed}, {"谁得知道", model.Informed},
	{"谁必须知道", model.Informed}, {"谁需知道", model.Informed},
	{"跟谁说一声", model.Informed}, {"和谁说一声", model.Informed}, {"跟谁说", model.Informed}, {"和谁说", model.Informed},
	// A heads-up, a report for the record, a notice reaching someone:
	// 跟谁打招呼, 向谁报备, 通知到谁.
	{"跟谁打个招呼", model.Informed}, {"跟谁打招呼", model.Informed}, {"和谁打招呼", model.Informed}, {"向谁报备", model.Informed},
	{"跟谁报备", model.Informed}, {"报备给谁", model.Informed}, {"通知到谁", model.Informed}, {"告知到谁", model.Informed},
	{"谁的同意", model.Accountable}, {"谁同意", model.Accountable}, {"谁签字", model.Accountable}, {"谁签批", model.Accountable},
	{"谁签核", model.Accountable}, {"谁来签字", model.Accountable}, {"谁的签字", model.Accountable},
}

// spokenRolePhrase finds the first of spokenRolePhrases in lower and
// returns its role and byte span.
func spokenRolePhrase(lower string) (role model.RACIRole, from, to int, ok bool) {
	for _, p := range spokenRolePhrases {
		if i := strings.Index(lower, p.phrase); i >= 0 {
			return p.role, i, i + len(p.phrase), true
		}
	}
	return 0, 0, 0, false
}

// knowNeeds are the modals that make knowing a need: "who needs to
// know", "who should know", "who must be aware of". "Who knows about
// pricing" asks who has the knowledge, its doer.
var knowNeeds = []string{"need", "needs", "should", "must", "has", "have", "ought", "got", "gotta"}

// knowHelpers may stand between the word asking who and the verb of
// knowing besides knowNeeds: "who else needs to be made aware of".
var knowHelpers = []string{"to", "else", "also", "really", "will", "would", "be", "made", "kept", "get", "gets", "definitely", "absolutely"}

// knowVerbs are the verbs whose subject is told: "know", "be aware",
// "hear about".
var knowVerbs = []string{"know", "aware", "hear"}

// knowClause finds, in a lower-cased English question, the clause "who
// needs to know" (knowNeeds, knowHelpers, knowVerbs) right after a word
// asking who or a unit noun: the everyday question for the informed
// role (tryout27 X7: "who needs to know about paying suppliers"). It
// returns the span from the first helper to the verb.
func knowClause(lower string) (role model.RACIRole, from, to int, ok bool) {
	words := spokenWords(lower)
	for s := 1; s < len(words); s++ {
		prev := words[s-1].text
		if !analysis.AsksWho(prev) && !analysis.IsUnitNoun(prev) {
			continue
		}
		need := false
		v := s
		for v < len(words) && v-s < maxClauseHelpers+2 {
			w := words[v].text
			if slices.Contains(knowNeeds, w) {
				need = true
			} else if !slices.Contains(knowHelpers, w) {
				break
			}
			v++
		}
		if need && v < len(words) && v > s && slices.Contains(knowVerbs, words[v].text) {
			return model.Informed, words[s].from, words[v].to, true
		}
	}
	return 0, 0, 0, false
}

// askBeforeChinese finds 问谁 (ask whom) after a time clause that ends
// in 前 (拣货前问谁, 发货之前要问谁): asked before the work is done, the
// consulted role's gloss. 定价问谁 without one is the request's frame,
// a question of who does the work.
func askBeforeChinese(lower string) (role model.RACIRole, from, to int, ok bool) {
	for _, ask := range []string{"问一下谁", "问问谁", "问谁"} {
		i := strings.Index(lower, ask)
		if i < 0 {
			continue
		}
		words := analysis.SegmentChinese(trimRequestModal(lower[:i]))
		if n := len(words); n > 1 && (words[n-1] == "前" || words[n-1] == "之前" || words[n-1] == "以前") {
			return model.Consulted, i, i + len(ask), true
		}
		return 0, 0, 0, false
	}
	return 0, 0, 0, false
}

// chineseResponsible reports whether a Chinese question asks for the
// responsible units in the explicit forms of responsibility: 由谁负责
// (门店陈列由谁负责, 由谁来负责) or 谁对 … 负责 (谁对定价负责), and gives
// the question asking who does the work: the question itself, or, for
// 谁对 … 负责, the everyday 谁负责 … (谁负责定价), whose words the search
// reads as the work (谁为销售目标负责 read as it is written makes 销售 a
// unit the work is done for, and 目标 the verb: verify27 V3). 谁负责 alone
// is the everyday who-question and stays one; so do the forms asking
// which department (售后服务由哪个部门负责), answered by departments.
func chineseResponsible(query string) (model.RACIRole, string, bool) {
	lower := strings.ToLower(query)
	for _, by := range []string{"由谁负责", "由谁来负责"} {
		if strings.Contains(lower, by) {
			return model.Responsible, query, true
		}
	}
	// 谁对 … 负责, and 谁为 … 负责 as often (tryout27 X2: 谁为销售计划负责),
	// a modal between (谁应该为培训负责, 谁来对预算负责).
	i := strings.Index(lower, "谁")
	if i < 0 {
		return 0, "", false
	}
	after := lower[i+len("谁"):]
	for _, m := range responsibleModals {
		if strings.HasPrefix(after, m) {
			after = after[len(m):]
			break
		}
	}
	for _, to := range []string{"对", "为"} {
		if !strings.HasPrefix(after, to) {
			continue
		}
		work, rest, ok := strings.Cut(after[len(to):], "负责")
		if !ok {
			continue
		}
		// Lower-cased: the search folds case as it reads the words.
		return model.Responsible, lower[:i] + "谁负责" + work + rest, true
	}
	return 0, "", false
}

// responsibleModals may stand between 谁 and 对/为 of 谁对…负责: 谁应该为
// 培训负责, 谁来对预算负责. Longer first.
var responsibleModals = []string{"应该", "应当", "需要", "必须", "要来", "该", "要", "来", "得", "会", "能"}

// spokenWord is a word of a lower-cased English question and its byte
// span.
type spokenWord struct {
	text     string
	from, to int
}

// spokenWords splits a lower-cased English question into its words
// (letters and apostrophes) with their byte spans, for the readers of a
// role's spoken frame (activeRoleClause, knowClause).
func spokenWords(lower string) []spokenWord {
	var words []spokenWord
	start := -1
	for i, r := range lower + " " {
		if r >= 'a' && r <= 'z' || r == '\'' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, spokenWord{lower[start:i], start, i})
			start = -1
		}
	}
	return words
}
