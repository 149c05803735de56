package ownership

import "github.com/dutymap/dutymap/model"

// texts are the messages and fixes of the checks in one language. A RACI
// key a fix tells users to write or delete is the one the cited file
// writes (run.key: 批准： in a Chinese file, Accountable: elsewhere); other
// keys (From:, Overlaps:) are the English ones, which content files read
// in every language. Format verbs may be
// numbered (%[2]s) where a language orders the arguments differently.
type texts struct {
	multiImplicitFix, multiImplicitMsg                       string
	multiFix, multiDutyMsg, multiSectionMsg                  string
	noRespFix, noRespMsg                                     string
	noOwnerFix, noOwnerAmong, noOwnerMsg, noOwnerConcernMsg  string
	doubleFix, doubleMsg, doubleIncomplete, doubleAskedMsg   string
	inPlaceOf                                                string
	identicalMsg, identicalDeptsMsg, identicalFix            string
	heldAt, andMore, unitIn                                  string
	linkSeveralFix, linkSeveralMsg, linkNothingMsg           string
	linkNearFix, linkLookFix, returnsNoneFix                 string
	fewWords                                                 string // stands for a query in a search command a fix names
	whatFrom, whatTo, whatReturns                            string
	linkEndFix, linkEndMsg, wrongEndFix, wrongEndMsg         string
	comeFrom, goTo                                           string
	returnsFix, returnsNotMsg, returnsWayMsg                 string
	parityDocFix, parityDocMsg, parityLeafFix, parityLeafMsg string
	paritySameMsg, parityOtherMsg, parityOtherFix            string
	parityWholeMsg, parityWholeFix                           string
	or, alsoThere                                            string
	repeatLineMsg, repeatLineFix                             string
	repeatRoleMsg, repeatRoleFix, deleteLine, deleteName     string
	and                                                      string
	repeatDutyMsg, repeatDutyFix, repeatDutyRACIFix          string
	repeatDutyDelete                                         [2]string // one line, several
	twice, times                                             string
	repeatDutyAlso                                           [2]string // one line, several
	lineSays, lineSep, saidSep, noRACILine                   string
	duties, points                                           [2]string // one, many
	// severities names Error and Warning; finding lays out a finding
	// (file:line, severity, check, message, fix), as check prints it.
	severities [2]string
	finding    string
	kinds      [model.KindPoint + 1]string
	roles      [model.NumRACIRoles]string // as a finding says a unit is one: "consulted"
}

var catalog = [model.NumLangs]texts{
	model.En: {
		multiImplicitFix:  "add  %[2]s %[1]s  under it (the one unit that answers for it); the others stay Responsible",
		multiImplicitMsg:  "%s has %d responsible units (%s) and no Accountable: line, so no single unit answers for it",
		multiFix:          "keep one unit on the %[2]s line, the one that answers for the work (%[5]s), and name the others %[3]s or %[4]s",
		multiDutyMsg:      "%s has %d accountable units: %s",
		multiSectionMsg:   "the Accountable: line of %s names %d units (%s), so none of its %d duties has a single accountable unit",
		noRespFix:         "add  %[3]s  under it, or the unit that does the work",
		noRespMsg:         "%s: %s %s for it, but no unit is responsible for doing it",
		noOwnerFix:        "add  %[5]s  under it%[2]s, which then also answers for it unless an %[4]s line names another; or list the duty in that department's file",
		noOwnerAmong:      " (one of the departments the topic concerns: %s)",
		noOwnerMsg:        "%s is in a list of shared work, but no unit is responsible or accountable for it",
		noOwnerConcernMsg: "%s is in a list of shared work, but no unit is responsible or accountable for it, and no department the topic concerns lists it",
		doubleFix:         "if %[6]s answers for both, add  %[1]s  under this duty%[4]s (and name who does it with %[8]s), or, if %[7]s does the work of both, add  %[2]s  under the other duty%[5]s; if they are different duties, say how in their wording; if both hold it knowingly, add  %[3]s  under this duty",
		doubleMsg:         "%s (%s) reads the same as %s (%s, %s:%d; similarity %.2f): two departments hold it and no RACI line says how they split it",
		inPlaceOf:         " in place of its %s line",
		identicalMsg:      "%s is held by %d units in %d departments, and no RACI line says how they split it: %s",
		identicalDeptsMsg: "%s is held by %d departments, and no RACI line says how they split it: %s",
		identicalFix:      "say which one answers for it: add  %s  (or the unit that does) under each of these duties, and name who does the work with %s; if they are different duties, say how in their wording",
		heldAt:            "%s (%s:%d)",
		andMore:           " and %d more",
		unitIn:            "%[2]s › %[1]s",
		doubleAskedMsg:    "%s (%s) reads the same as %s (%s, %s:%d; similarity %.2f): two departments hold it, and the RACI line naming %s (%s:%d) only has it %s, which is no share of the work: both answer for it",
		doubleIncomplete:  "double-owner: the organisation is too large for the similarity index to compare every candidate pair within its budget; some pairs of near-same duties may be missing",
		linkSeveralFix:    "write the path of the one you mean: %s",
		linkSeveralMsg:    "%s%q names %d nodes",
		linkNothingMsg:    "%s%q names nothing",
		linkNearFix:       "write the path of %s: did you mean %s? Or delete the line",
		linkLookFix:       "write the path of %s (%s lists them; %s prints each match's path first), or delete the line",
		returnsNoneFix:    "delete the line: no relation goes from %s to %s, so nothing comes back this way (or write that relation first, with the item that comes back, and give its path here)",
		fewWords:          "a few words of it",
		whatFrom:          "the duty or unit that hands the item over",
		whatTo:            "the duty or unit that takes the item up",
		whatReturns:       "a hand-off of a relation from %s to %s",
		linkEndFix:        "name %s: a department, position or duty of %s",
		linkEndMsg:        "%s%q is a %s: a hand-off's ends are units and duties",
		wrongEndFix:       "name %s in %s (%s%s will do), or move the item to a relation of %s",
		wrongEndMsg:       "%s%q is in %s, but this relation's items %s %s",
		comeFrom:          "come from",
		goTo:              "go to",
		returnsFix:        "name %s, or delete the line",
		returnsNotMsg:     "%s%q is a %s, not a hand-off",
		returnsWayMsg:     "%s%q goes from %s to %s, so it does not come back from %s to %s",
		parityDocFix:      "write %s with  id: %s  and the same sections, translating its %d %s",
		parityDocMsg:      "%s is written in %s only: %d %s without %s text",
		parityLeafFix:     "write its %s text in %s, in the same section and place (a file with  id: %s  beside the one that wrote it)",
		parityLeafMsg:     "%s %s has no %s text",
		paritySameMsg:     "%s %s is not translated (same as %s)",
		parityOtherMsg:    "%s %s is written in %s, not %s (%s has its %s text)",
		parityOtherFix:    "translate it: write its %s text here",
		parityWholeMsg:    "none of the %d %s in this file is translated: each is in %s (%s has that text)",
		parityWholeFix:    "translate them: write their %s text, from this line to line %d",
		or:                " or ",
		alsoThere:         "%s (the same on %s:%d, which writes the line too)",
		repeatLineMsg:     "the %s line names %s %d times (%s)",
		repeatLineFix:     "name each unit once: %s %s",
		repeatRoleMsg:     "%s is %s for %s and also %s: Consulted and Informed name units other than those who do the work and answer for it",
		repeatRoleFix:     "keep it %s only: %s",
		deleteLine:        "delete the %s line (line %d)",
		deleteName:        "take %s off the %s line (%s %s)",
		and:               " and ",
		repeatDutyMsg:     "%s is written %s under %s (lines %s): it is one duty",
		repeatDutyFix:     "%s, so that the duty is written once; if they are different duties, say how in their wording",
		repeatDutyRACIFix: "their RACI lines differ (%s): keep the copy whose lines are right and delete the others with the lines under them, so that the duty is written once; to keep line %d's, %s",
		repeatDutyDelete:  [2]string{"delete line %s", "delete lines %s"},
		repeatDutyAlso:    [2]string{" (and in %s, line %s)", " (and in %s, lines %s)"},
		twice:             "twice",
		times:             "%d times",
		lineSays:          "line %d: %s",
		lineSep:           ", ",
		saidSep:           "; ",
		noRACILine:        "no RACI line",
		severities:        [2]string{"error", "warning"},
		finding:           "%s: %s: %s: %s\n  fix: %s",
		duties:            [2]string{"duty", "duties"},
		points:            [2]string{"point", "points"},
		kinds:             [...]string{"department", "section", "duty", "topic", "relation", "point"},
		roles:             [...]string{"responsible", "accountable", "consulted", "informed"},
	},
	model.Zh: {
		multiImplicitFix:  "在它下面加一行  %[2]s %[1]s （唯一对它担责的单位），其余单位仍为负责",
		multiImplicitMsg:  "%s 有 %d 个负责单位（%s），却没有 Accountable: 行，没有哪一个单位对它担责",
		multiFix:          "%[2]s 行只留一个单位，即对这项工作担责的那个（%[5]s），其余写成 %[3]s 或 %[4]s",
		multiDutyMsg:      "%s 有 %d 个批准（担责）单位：%s",
		multiSectionMsg:   "%s 的 Accountable: 行列了 %d 个单位（%s），其下 %d 项职责因此都没有唯一的担责单位",
		noRespFix:         "在它下面加一行  %[3]s ，或写上实际做事的单位",
		noRespMsg:         "%[1]s：%[2]s 对它担责，但没有单位负责去做",
		noOwnerFix:        "在它下面加一行  %[5]s %[2]s，没有 %[4]s 行另指他人时，该单位也对它担责；或者把这项职责写进那个部门的文件",
		noOwnerAmong:      "（该专题涉及的部门之一：%s）",
		noOwnerMsg:        "%s 列在共同的工作中，但没有单位负责或担责",
		noOwnerConcernMsg: "%s 列在共同的工作中，但没有单位负责或担责，该专题涉及的部门也都没有列出这项职责",
		doubleFix:         "若由 %[6]s 对两者担责，在这项职责下加一行  %[1]s %[4]s（并用 %[8]s 写明谁来做）；若两项工作都由 %[7]s 来做，在另一项职责下加一行  %[2]s %[5]s；若两者其实是不同的职责，请在措辞上写清区别；若两个部门有意共同承担，在这项职责下加一行  %[3]s",
		doubleMsg:         "%s（%s）与 %s（%s，%s:%d；相似度 %.2f）读来相同：两个部门都有这项职责，却没有 RACI 行说明如何分工",
		inPlaceOf:         "，取代它的 %s 行",
		identicalMsg:      "%s由 %d 个单位分属 %d 个部门共同承担，却没有 RACI 行说明如何分工：%s",
		identicalDeptsMsg: "%s由 %d 个部门共同承担，却没有 RACI 行说明如何分工：%s",
		identicalFix:      "写明由谁担责：在这些职责下都加一行  %s （或真正担责的单位），并用 %s 写明谁来做；若它们其实是不同的职责，请在措辞上写清区别",
		heldAt:            "%s（%s:%d）",
		andMore:           "等，另有 %d 个",
		unitIn:            "%[2]s › %[1]s",
		doubleAskedMsg:    "%s（%s）与 %s（%s，%s:%d；相似度 %.2f）读来相同：两个部门都有这项职责，而写到%s的 RACI 行（%s:%d）只让它%s，并未分担工作：两个部门都对它担责",
		doubleIncomplete:  "double-owner：组织太大，相似度索引无法在限额内比较所有候选职责对，可能漏掉部分相近的职责",
		linkSeveralFix:    "写出你要的那一个的路径：%s",
		linkSeveralMsg:    "%s%q 对应 %d 个节点",
		linkNothingMsg:    "%s%q 没有对应任何节点",
		linkNearFix:       "写出%s的路径：是不是 %s？或者删掉这一行",
		linkLookFix:       "写出%s的路径（%s 会列出它们；%s 会在每条结果前印出它的路径），或者删掉这一行",
		returnsNoneFix:    "删掉这一行：没有从 %s 到 %s 的关系，所以没有东西沿这个方向交回来（或者先写出这个关系和交回来的事项，再在这里写它的路径）",
		fewWords:          "其中几个词",
		whatFrom:          "交出这一事项的职责或单位",
		whatTo:            "接手这一事项的职责或单位",
		whatReturns:       "一项从 %s 交给 %s 的交接事项",
		linkEndFix:        "写出%s：%s 的某个部门、岗位或职责",
		linkEndMsg:        "%s%q 是一个%s：交接的两端应是单位或职责",
		wrongEndFix:       "写出%s在 %s 中的路径（写 %s%s 即可），或把这一事项移到 %s 的关系中",
		wrongEndMsg:       "%s%q 属于%s，但这个关系的事项%s%s",
		comeFrom:          "来自",
		goTo:              "交给",
		returnsFix:        "写出%s，或者删掉这一行",
		returnsNotMsg:     "%s%q 是一个%s，不是交接事项",
		returnsWayMsg:     "%s%q 从 %s 交给 %s，并不是从 %s 回到 %s",
		parityDocFix:      "编写 %s，写上  id: %s  和相同的章节，翻译其中的 %d %s",
		parityDocMsg:      "%s 只有 %s 版本：%d %s没有 %s 文本",
		parityLeafFix:     "在 %[2]s 的同一章节、同一位置写上它的 %[1]s 文本（与写出它的文件相邻、id: %[3]s 的文件）",
		parityLeafMsg:     "%[1]s%[2]s 没有 %[3]s 文本",
		paritySameMsg:     "%[1]s%[2]s 没有翻译（与 %[3]s 相同）",
		parityOtherMsg:    "%[1]s%[2]s 写的是 %[3]s，不是 %[4]s（%[5]s 有它的 %[6]s 文本）",
		parityOtherFix:    "翻译它：在这里写上它的 %s 文本",
		parityWholeMsg:    "这个文件里的 %d %s都没有翻译：每一项都是 %s 文本（%s 有这些文本）",
		parityWholeFix:    "翻译它们：从这一行到第 %[2]d 行，写上它们的 %[1]s 文本",
		or:                " 或 ",
		alsoThere:         "%s（%s:%d 也写了这一行，照样修改）",
		repeatLineMsg:     "%s 行把 %s 写了 %d 次（%s）",
		repeatLineFix:     "每个单位只写一次：%s %s",
		repeatRoleMsg:     "%[1]s 对 %[3]s 已是%[2]s，又被列为%[4]s：参与咨询和知悉的应是做事和担责之外的单位",
		repeatRoleFix:     "只保留%s：%s",
		deleteLine:        "删去 %s 行（第 %d 行）",
		deleteName:        "把 %s 从 %s 行去掉（%s %s）",
		and:               "和",
		repeatDutyMsg:     "%s在%[3]s下写了%[2]s（第 %[4]s 行）：这是同一项职责",
		repeatDutyFix:     "%s，让这项职责只写一次；若它们其实是不同的职责，请在措辞上写清区别",
		repeatDutyRACIFix: "它们的 RACI 行不同（%s）：保留 RACI 行正确的那一项，删去其余各项及其下的各行，让这项职责只写一次；若保留第 %d 行的，%s",
		repeatDutyDelete:  [2]string{"删去第 %s 行", "删去第 %s 行"},
		repeatDutyAlso:    [2]string{"（以及 %s 的第 %s 行）", "（以及 %s 的第 %s 行）"},
		twice:             "两次",
		times:             " %d 次",
		lineSays:          "第 %d 行：%s",
		lineSep:           "，",
		saidSep:           "；",
		noRACILine:        "没有 RACI 行",
		severities:        [2]string{"错误", "警告"},
		finding:           "%s: %s：%s：%s\n  修改：%s",
		duties:            [2]string{"项职责", "项职责"},
		points:            [2]string{"条要点", "条要点"},
		kinds:             [...]string{"部门", "章节", "职责", "专题", "关系", "要点"},
		roles:             [...]string{"负责", "批准", "参与咨询", "知悉"},
	},
}
