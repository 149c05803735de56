package ownership

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// folder makes a content layer from files, named "org".
func folder(files map[string]string) content.Layer {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return content.Layer{Name: "org", Root: "org", FS: fsys}
}

func load(t *testing.T, layers ...content.Layer) *model.Org {
	t.Helper()
	org, ps := content.Check(layers...)
	if org == nil {
		t.Fatalf("fixture does not load:\n%s", ps)
	}
	return org
}

// Departments a and b, each with a section s holding one duty, in English.
const (
	deptA  = "---\nid: a\nname: A\n---\n## S {#s}\n- Keep the ledgers balanced.\n"
	deptB  = "---\nid: b\nname: B\n---\n## S {#s}\n- Load the delivery vans.\n"
	topicT = "---\nid: t\nkind: topic\nname: T\nconcerns: [a, b]\n---\n## Work {#work}\n"
	relAB  = "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: b\n---\n## P {#p}\n- The plan.\n"
	relBA  = "---\nid: back\nkind: relation\nname: Back\nfrom: b\nto: a\n---\n## Q {#q}\n- The report.\n"
)

type edit struct{ file, old, new string }

// fixCase is a folder with one defect, the finding it gives, and the fix
// carried out as the finding says; the folder must then check clean.
type fixCase struct {
	name    string
	files   map[string]string
	check   Check
	want    string // "file:line: severity: check: message" fragment
	fixSays string
	edits   []edit
}

func files(extra map[string]string) map[string]string {
	out := map[string]string{"en/a.md": deptA, "en/b.md": deptB}
	for k, v := range extra {
		out[k] = v
	}
	return out
}

var fixCases = []fixCase{
	// hostile15 #7: a unit repeated on one line, or consulted or informed
	// where it also does or answers for the work.
	{"a unit named three times on one line", files(map[string]string{"en/a.md": deptA + "  Responsible: a\n  Accountable: b, B, b\n"}), RACIRepeat,
		`org/en/a.md:8: warning: raci-repeat: the Accountable: line names B 3 times ("b", "B", "b")`, "name each unit once: Accountable: b",
		[]edit{{"en/a.md", "Accountable: b, B, b", "Accountable: b"}}},
	{"a unit responsible, accountable, consulted and informed", files(map[string]string{"en/a.md": deptA + "  Responsible: b\n  Accountable: b\n  Consulted: a, b\n  Informed: b\n"}), RACIRepeat,
		`org/en/a.md:9: warning: raci-repeat: B is responsible and accountable for "Keep the ledgers balanced." and also consulted and informed`,
		"keep it responsible and accountable only: take b off the Consulted: line (Consulted: a) and delete the Informed: line (line 10)",
		[]edit{{"en/a.md", "Consulted: a, b", "Consulted: a"}, {"en/a.md", "  Informed: b\n", ""}}},
	{"a department consulted and informed on a section of its own duties", files(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nConsulted: a\nInformed: a\n\n- Keep the ledgers balanced.\n"}), RACIRepeat,
		`org/en/a.md:6: warning: raci-repeat: A is responsible and accountable for "Keep the ledgers balanced." and also consulted and informed`,
		"delete the Consulted: line (line 6) and delete the Informed: line (line 7)",
		[]edit{{"en/a.md", "Consulted: a\nInformed: a\n", ""}}},
	// tryout24 H26: a duty written under a position is the position's:
	// the position consulted on it repeats it; its department consulted
	// on it does not (the fix's result checks clean).
	{"a position consulted on its own duty", files(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## Clerk {#clerk .position}\n- Keep the ledgers balanced.\n  Consulted: a/clerk\n"}), RACIRepeat,
		`org/en/a.md:7: warning: raci-repeat: Clerk is responsible and accountable for "Keep the ledgers balanced." and also consulted`,
		"keep it responsible and accountable only: delete the Consulted: line (line 7)",
		[]edit{{"en/a.md", "Consulted: a/clerk", "Consulted: a"}}},
	// tryout F2: a duty written twice in one unit (a sheet's row twice).
	{"a duty written twice in its section", files(map[string]string{"en/a.md": deptA + "- keep the ledgers  balanced\n"}), DutyRepeat,
		`org/en/a.md:7: warning: duty-repeat: "Keep the ledgers balanced." is written twice under A › S (lines 6 and 7): it is one duty`,
		"delete line 7, so that the duty is written once",
		[]edit{{"en/a.md", "- keep the ledgers  balanced\n", ""}}},
	{"a duty written twice, once with its RACI line", files(map[string]string{"en/a.md": deptA + "- Keep the ledgers balanced.\n  Accountable: b\n"}), DutyRepeat,
		`org/en/a.md:6: warning: duty-repeat: "Keep the ledgers balanced." is written twice under A › S (lines 6 and 7)`,
		"their RACI lines differ (line 6: no RACI line; line 7: Accountable: b): keep the copy whose lines are right and delete the others with the lines under them, so that the duty is written once; to keep line 7's, delete line 6",
		[]edit{{"en/a.md", "- Keep the ledgers balanced.\n- Keep", "- Keep"}}},
	{"two accountable units on a point", files(map[string]string{"en/t.md": topicT + "- Set prices.\n  Responsible: a\n  Accountable: a, b\n"}), MultiAccountable,
		`org/en/t.md:10: error: multi-accountable: "Set prices." has 2 accountable units: A, B`, "(Accountable: a)",
		[]edit{{"en/t.md", "Accountable: a, b", "Accountable: a"}}},
	{"two accountable units on a section", files(map[string]string{"en/t.md": topicT[:len(topicT)-len("## Work {#work}\n")] + "## Work {#work}\nAccountable: a, b\nResponsible: b\n\n- Set prices.\n- Grant discounts.\n"}), MultiAccountable,
		`org/en/t.md:8: error: multi-accountable: the Accountable: line of "Work" names 2 units (A, B), so none of its 2 duties`, "(Accountable: a)",
		[]edit{{"en/t.md", "Accountable: a, b", "Accountable: a"}}},
	{"several responsible and no accountable", files(map[string]string{"en/t.md": topicT + "- Set prices.\n  Responsible: a, b\n"}), MultiAccountable,
		`org/en/t.md:8: error: multi-accountable: "Set prices." has 2 responsible units (A, B) and no Accountable: line`, "add  Accountable: a  under it",
		[]edit{{"en/t.md", "  Responsible: a, b\n", "  Responsible: a, b\n  Accountable: a\n"}}},
	{"two accountable units on a duty", files(map[string]string{"en/a.md": deptA + "  Accountable: a, b\n"}), MultiAccountable,
		`org/en/a.md:7: error: multi-accountable: "Keep the ledgers balanced." has 2 accountable units: A, B`, "(Accountable: a)",
		[]edit{{"en/a.md", "Accountable: a, b", "Accountable: a"}}},
	{"accountable but nobody responsible", files(map[string]string{"en/t.md": topicT + "- Set prices.\n  Accountable: a\n"}), NoResponsible,
		`org/en/t.md:8: error: no-responsible: "Set prices.": A answers for it, but no unit is responsible`, "add  Responsible: a  under it",
		[]edit{{"en/t.md", "  Accountable: a\n", "  Accountable: a\n  Responsible: a\n"}}},
	{"shared work nobody holds", files(map[string]string{"en/t.md": topicT + "- Set prices.\n  Accountable: a\n  Responsible: b\n- Review the margins every quarter.\n"}), NoOwner,
		`org/en/t.md:11: error: no-owner: "Review the margins every quarter." is in a list of shared work, but no unit is responsible or accountable for it, and no department the topic concerns lists it`,
		"add  Responsible: a  under it (one of the departments the topic concerns: a, b)",
		[]edit{{"en/t.md", "every quarter.\n", "every quarter.\n  Responsible: a\n"}}},
	{"shared work nobody holds, fixed by listing it", files(map[string]string{"en/t.md": topicT + "- Set prices.\n  Accountable: a\n  Responsible: b\n- Review the margins every quarter.\n"}), NoOwner,
		`org/en/t.md:11: error: no-owner`, "or list the duty in that department's file",
		[]edit{{"en/a.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n- Review the margins every quarter.\n"}}},
	{"the same duty in two departments", files(map[string]string{"en/b.md": deptB + "- Keep the ledgers balanced.\n"}), DoubleOwner,
		`org/en/b.md:7: warning: double-owner: "Keep the ledgers balanced." (B) reads the same as "Keep the ledgers balanced." (A, org/en/a.md:6; similarity 1.00)`,
		"if a answers for both, add  Accountable: a  under this duty",
		[]edit{{"en/b.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n  Accountable: a\n"}}},
	{"the same duty in two departments, split from the other side", files(map[string]string{"en/b.md": deptB + "- Keep the ledgers balanced.\n"}), DoubleOwner,
		`org/en/b.md:7: warning: double-owner`, "or, if b does the work of both, add  Responsible: b  under the other duty",
		[]edit{{"en/a.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n  Responsible: b\n"}}},
	// tryout12 §11: a line naming the other department Consulted or
	// Informed says who is asked or told, not how the two split the
	// work: both still answer for it.
	{"the same duty in two departments, the other only consulted", files(map[string]string{"en/a.md": deptA + "  Consulted: b\n", "en/b.md": deptB + "- Keep the ledgers balanced.\n"}), DoubleOwner,
		`org/en/b.md:7: warning: double-owner: "Keep the ledgers balanced." (B) reads the same as "Keep the ledgers balanced." (A, org/en/a.md:6; similarity 1.00): two departments hold it, and the RACI line naming B (org/en/a.md:7) only has it consulted, which is no share of the work: both answer for it`,
		"or, if b does the work of both, add  Responsible: b  under the other duty in place of its Consulted: line;",
		[]edit{{"en/a.md", "Consulted: b", "Responsible: b"}}},
	{"the same duty in two departments, the other consulted on this one", files(map[string]string{"en/b.md": deptB + "- Keep the ledgers balanced.\n  Informed: a\n"}), DoubleOwner,
		`org/en/b.md:7: warning: double-owner: "Keep the ledgers balanced." (B) reads the same as "Keep the ledgers balanced." (A, org/en/a.md:6; similarity 1.00): two departments hold it, and the RACI line naming A (org/en/b.md:8) only has it informed`,
		"if a answers for both, add  Accountable: a  under this duty in place of its Informed: line (and name who does it with Responsible:)",
		[]edit{{"en/b.md", "Informed: a", "Accountable: a"}}},
	{"the same duty in two departments, the other only informed by a section", files(map[string]string{"en/b.md": "---\nid: b\nname: B\n---\n## S {#s}\nInformed: a\n\n- Load the delivery vans.\n- Keep the ledgers balanced.\n"}), DoubleOwner,
		`org/en/b.md:9: warning: double-owner: "Keep the ledgers balanced." (B) reads the same as "Keep the ledgers balanced." (A, org/en/a.md:6; similarity 1.00): two departments hold it, and the RACI line naming A (org/en/b.md:6) only has it informed, which is no share of the work: both answer for it`,
		"if a answers for both, add  Accountable: a  under this duty",
		[]edit{{"en/b.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n  Accountable: a\n"}}},
	// tryout20: one duty worded the same in three departments or more is
	// one finding naming its holders, fixed by one accountable unit.
	{"the same duty in three departments", files(map[string]string{"en/b.md": deptB + "- Keep the ledgers balanced.\n",
		"en/c.md": "---\nid: c\nname: C\n---\n## S {#s}\n- keep the ledgers  balanced\n"}), DoubleOwner,
		`org/en/a.md:6: warning: double-owner: "Keep the ledgers balanced." is held by 3 departments, and no RACI line says how they split it: A (org/en/a.md:6), B (org/en/b.md:7), C (org/en/c.md:6)`,
		"say which one answers for it: add  Accountable: a  (or the unit that does) under each of these duties",
		[]edit{{"en/a.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n  Accountable: a\n"},
			{"en/b.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n  Accountable: a\n"},
			{"en/c.md", "- keep the ledgers  balanced\n", "- keep the ledgers  balanced\n  Accountable: a\n"}}},
	{"the same duty in two departments, knowingly", files(map[string]string{"en/b.md": deptB + "- Keep the ledgers balanced.\n"}), DoubleOwner,
		`org/en/b.md:7: warning: double-owner`, "if both hold it knowingly, add  Overlaps: a/s/1  under this duty",
		[]edit{{"en/b.md", "- Keep the ledgers balanced.\n", "- Keep the ledgers balanced.\n  Overlaps: a/s/1\n"}}},
	{"the same duty in two departments, told apart", files(map[string]string{"en/b.md": deptB + "- Keep the ledgers balanced.\n"}), DoubleOwner,
		`org/en/b.md:7: warning: double-owner`, "if they are different duties, say how in their wording",
		[]edit{{"en/b.md", "- Keep the ledgers balanced.\n", "- Check the drivers' fuel receipts against the vans' logbooks.\n"}}},
	{"a hand-off to nothing", files(map[string]string{"en/r.md": relAB + "  To: b/s/9\n"}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: To: "b/s/9" names nothing`, "did you mean b/s/1",
		[]edit{{"en/r.md", "b/s/9", "b/s/1"}}},
	{"a hand-off to two nodes", files(map[string]string{"en/r.md": relAB + "  To: S\n"}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: To: "S" names 2 nodes`, "write the path of the one you mean: a/s or b/s",
		[]edit{{"en/r.md", "To: S", "To: b/s/1"}}},
	{"a hand-off from the wrong department", files(map[string]string{"en/r.md": relAB + "  From: b/s/1\n"}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: From: "b/s/1" is in B, but this relation's items come from A`, "(From: a will do)",
		[]edit{{"en/r.md", "From: b/s/1", "From: a"}}},
	{"a hand-off between a topic and a unit", files(map[string]string{"en/r.md": relAB + "  To: t\n", "en/t.md": topicT + "- x\n"}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: To: "t" is a topic: a hand-off's ends are units and duties`, "a department, position or duty of b",
		[]edit{{"en/r.md", "To: t", "To: b"}}},
	{"a reply that goes the same way", files(map[string]string{"en/r.md": relAB + "- The second plan.\n  Returns: r/p/1\n"}), DanglingHandOff,
		`org/en/r.md:11: error: dangling-handoff: Returns: "r/p/1" goes from a to b, so it does not come back from b to a`, "or delete the line",
		[]edit{{"en/r.md", "  Returns: r/p/1\n", ""}}},
	// tryout28 P6: with no relation coming back, a Returns line that
	// names nothing can only go; with one, its items are offered.
	{"a reply with no relation coming back", files(map[string]string{"en/r.md": relAB + "  Returns: back/q/1\n"}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: Returns: "back/q/1" names nothing`, "delete the line: no relation goes from b to a",
		[]edit{{"en/r.md", "  Returns: back/q/1\n", ""}}},
	{"a reply to a missing item of the relation coming back", files(map[string]string{"en/r.md": relAB + "  Returns: back/q/9\n", "en/back.md": relBA}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: Returns: "back/q/9" names nothing`, "did you mean back/q/1?",
		[]edit{{"en/r.md", "back/q/9", "back/q/1"}}},
	{"a reply that is not a hand-off", files(map[string]string{"en/r.md": relAB + "  Returns: a/s/1\n"}), DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: Returns: "a/s/1" is a duty, not a hand-off`, "name a hand-off of a relation from b to a",
		[]edit{{"en/r.md", "Returns: a/s/1", "Returns: back/q/1"}, {"en/back.md", "", relBA}}},
	{"a department in one language", map[string]string{"en/a.md": deptA, "zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 记账。\n", "en/b.md": deptB}, LangParity,
		`org/en/b.md:1: warning: lang-parity: "B" is written in en only: 1 duty without zh text`, "write org/zh/b.md with  id: b",
		[]edit{{"zh/b.md", "", "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n"}}},
	// tryout12 #7: a duty copied into the other language's file and left
	// untranslated, or pasted in the wrong file.
	{"a duty left in English in zh/", map[string]string{"en/a.md": deptA, "zh/a.md": zhA("- Keep the ledgers balanced.\n")}, LangParity,
		`org/zh/a.md:6: warning: lang-parity: duty "Keep the ledgers balanced." is not translated (same as org/en/a.md:6)`, "translate it: write its zh text here",
		[]edit{{"zh/a.md", "- Keep the ledgers balanced.", "- 保持账目平衡。"}}},
	{"a Chinese duty in en/", map[string]string{"en/a.md": strings.Replace(deptA, "Keep the ledgers balanced.", "组织 KPI 考核。", 1), "zh/a.md": zhA("- 记账。\n")}, LangParity,
		`org/en/a.md:6: warning: lang-parity: duty "组织 KPI 考核。" is written in zh, not en (org/zh/a.md:6 has its zh text)`, "translate it: write its en text here",
		[]edit{{"en/a.md", "组织 KPI 考核。", "Keep the books."}}},
	{"a file copied into zh/ and not translated", map[string]string{"en/a.md": deptA + "- Pay the suppliers.\n", "zh/a.md": zhA("- Keep the ledgers balanced.\n- Pay the suppliers.\n")}, LangParity,
		`org/zh/a.md:6: warning: lang-parity: none of the 2 duties in this file is translated: each is in en (org/en/a.md has that text)`, "translate them: write their zh text, from this line to line 7",
		[]edit{{"zh/a.md", "- Keep the ledgers balanced.\n- Pay the suppliers.\n", "- 保持账目平衡。\n- 付款给供应商。\n"}}},
}

// tryout12 #8: a line both languages' files write needs its fix in
// both; the fix names the other file's line.
var twinLineCases = []fixCase{
	{"two accountable units on both files' lines", map[string]string{"en/a.md": deptA + "  Accountable: a, b\n", "zh/a.md": zhA("- 记账。\n  批准：a, b\n"),
		"en/b.md": deptB, "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n"}, MultiAccountable,
		`org/en/a.md:7: error: multi-accountable: "Keep the ledgers balanced." has 2 accountable units: A, B`, "(Accountable: a), and name the others Responsible: or Consulted: (the same on org/zh/a.md:7, which writes the line too)",
		[]edit{{"en/a.md", "Accountable: a, b", "Accountable: a"}, {"zh/a.md", "批准：a, b", "批准：a"}}},
	{"a hand-off naming nothing on both files' lines", map[string]string{"en/a.md": deptA, "en/b.md": deptB, "en/r.md": relAB + "  To: b/s/9\n",
		"zh/a.md": zhA("- 记账。\n"), "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n",
		"zh/r.md": "---\nid: r\nkind: relation\nname: 甲交乙\nfrom: a\nto: b\n---\n## 计划 {#p}\n- 计划。\n  To: b/s/9\n"}, DanglingHandOff,
		`org/en/r.md:10: error: dangling-handoff: To: "b/s/9" names nothing`, "Or delete the line (the same on org/zh/r.md:10, which writes the line too)",
		[]edit{{"en/r.md", "To: b/s/9", "To: b/s/1"}, {"zh/r.md", "To: b/s/9", "To: b/s/1"}}},
}

// tryout26 U9: a finding about a hand-off line names its key as the file
// writes it: 提供方： in a Chinese file, From: where a Chinese file writes
// the English key.
var zhLinkCases = []fixCase{
	// The lines a double-owner or multi-accountable fix adds or keeps in
	// a Chinese file are written with its keys (批准：b, not Accountable: b).
	{"the same duty in two Chinese departments", map[string]string{"zh/a.md": zhA("- 记账。\n"), "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 记账。\n"}, DoubleOwner,
		`org/zh/b.md:6: warning: double-owner`, "if a answers for both, add  批准：a  under this duty (and name who does it with 负责：), or, if b does the work of both, add  负责：b  under the other duty",
		[]edit{{"zh/b.md", "- 记账。\n", "- 记账。\n  批准：a\n"}}},
	{"the same duty in two Chinese departments, knowingly", map[string]string{"zh/a.md": zhA("- 记账。\n"), "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 记账。\n"}, DoubleOwner,
		`org/zh/b.md:6: warning: double-owner`, "add  重叠：a/s/1  under this duty",
		[]edit{{"zh/b.md", "- 记账。\n", "- 记账。\n  重叠：a/s/1\n"}}},
	{"two accountable units in a Chinese file", map[string]string{"zh/a.md": zhA("- 记账。\n  批准：a、b\n"), "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n"}, MultiAccountable,
		`org/zh/a.md:7: error: multi-accountable`, "(批准：a)", []edit{{"zh/a.md", "批准：a、b", "批准：a"}}},
	{"a Chinese hand-off from nothing", zhFiles(map[string]string{"zh/r.md": relABZh + "  提供方：a/s/9\n"}), DanglingHandOff,
		`org/zh/r.md:10: error: dangling-handoff: 提供方："a/s/9" names nothing`, "did you mean a/s/1",
		[]edit{{"zh/r.md", "a/s/9", "a/s/1"}}},
	// tryout28 P16: a path written with names, one a little off, is
	// offered the close paths under the part that names a unit.
	{"a Chinese hand-off to a position's name cut short", zhFiles(map[string]string{
		"en/b.md": "---\nid: b\nname: B\n---\n## Dev team {#dev .position}\n- Load the delivery vans.\n",
		"zh/b.md": "---\nid: b\nname: 研发中心\n---\n## 开发组 {#dev .position}\n- 装车。\n",
		"zh/r.md": relABZh + "  接收方：研发中心/开发\n"}), DanglingHandOff,
		`org/zh/r.md:10: error: dangling-handoff: 接收方："研发中心/开发" names nothing`, "did you mean b/dev?",
		[]edit{{"zh/r.md", "研发中心/开发", "b/dev"}}},
	{"a Chinese file's English hand-off key", zhFiles(map[string]string{"zh/r.md": relABZh + "  To: b/s/9\n"}), DanglingHandOff,
		`org/zh/r.md:10: error: dangling-handoff: To: "b/s/9" names nothing`, "did you mean b/s/1",
		[]edit{{"zh/r.md", "b/s/9", "b/s/1"}}},
	{"a Chinese hand-off from the wrong department", zhFiles(map[string]string{"zh/r.md": relABZh + "  提供方：b/s/1\n"}), DanglingHandOff,
		`org/zh/r.md:10: error: dangling-handoff: 提供方："b/s/1" is in B, but this relation's items come from A`, "(提供方：a will do)",
		[]edit{{"zh/r.md", "提供方：b/s/1", "提供方：a"}}},
}

// zhFiles is files with a, b and r in both languages: the extra files'
// lines are the only ones.
func zhFiles(extra map[string]string) map[string]string {
	out := files(map[string]string{"zh/a.md": zhA("- 记账。\n"), "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n", "en/r.md": relAB})
	for k, v := range extra {
		out[k] = v
	}
	return out
}

const relABZh = "---\nid: r\nkind: relation\nname: 甲交乙\nfrom: a\nto: b\n---\n## 计划 {#p}\n- 计划。\n"

func init() {
	fixCases = append(fixCases, twinLineCases...)
	fixCases = append(fixCases, zhLinkCases...)
}

// TestDoubleOwnerAskedInChinese: the double-owner finding of a pair whose
// only line naming the other department is Consulted, worded for a
// Chinese reader, cites the Chinese file's line.
func TestDoubleOwnerAskedInChinese(t *testing.T) {
	org := load(t, folder(map[string]string{"en/a.md": deptA + "  Consulted: b\n", "zh/a.md": zhA("- 记账。\n  咨询：b\n"),
		"en/b.md": deptB + "- Keep the ledgers balanced.\n", "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n- 记账。\n"}))
	found := Run(org, Options{Lang: model.Zh, Checks: []Check{DoubleOwner}}).Findings
	want := `org/zh/b.md:7: 警告：double-owner：“记账。”（乙）与 “记账。”（甲，org/zh/a.md:6；相似度 1.00）读来相同：两个部门都有这项职责，而写到乙的 RACI 行（org/zh/a.md:7）只让它参与咨询，并未分担工作：两个部门都对它担责`
	if len(found) != 1 || !strings.HasPrefix(found[0].In(model.Zh), want+"\n") {
		t.Fatalf("want\n%s\ngot %v", want, found)
	}
}

// zhA is department a in Chinese, its section holding duties.
func zhA(duties string) string { return "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n" + duties }

// TestLangParityUntranslatedInChinese: the finding of a duty left in the
// other language, worded for a Chinese reader, cites the line to change.
func TestLangParityUntranslatedInChinese(t *testing.T) {
	org := load(t, folder(map[string]string{"en/a.md": deptA, "zh/a.md": zhA("- Keep the ledgers balanced.\n")}))
	found := Run(org, Options{Lang: model.Zh}).Findings
	want := `org/zh/a.md:6: 警告：lang-parity：职责“Keep the ledgers balanced.” 没有翻译（与 org/en/a.md:6 相同）` + "\n  修改：翻译它：在这里写上它的 zh 文本"
	if len(found) != 1 || found[0].In(model.Zh) != want {
		t.Fatalf("want\n%s\ngot %v", want, found)
	}
}

// run checks the folder's files and returns the findings.
func runOn(t *testing.T, fs map[string]string) []Finding {
	t.Helper()
	return Run(load(t, folder(fs)), Options{}).Findings
}

// TestEveryFixWorks: each defect gives its finding, and the fix the
// finding states, carried out, leaves the folder with no findings at all.
func TestEveryFixWorks(t *testing.T) {
	for _, tc := range fixCases {
		t.Run(tc.name, func(t *testing.T) {
			found := runOn(t, tc.files)
			var f *Finding
			for i := range found {
				if strings.Contains(found[i].String(), tc.want) {
					f = &found[i]
				}
			}
			if f == nil || f.Check != tc.check {
				t.Fatalf("no %s finding %q in:\n%v", tc.check, tc.want, found)
			}
			if len(found) != 1 {
				t.Errorf("want one finding, got:\n%v", found)
			}
			if !strings.Contains(f.Fix, tc.fixSays) {
				t.Fatalf("the fix does not say %q:\n%s", tc.fixSays, f)
			}
			fs := map[string]string{}
			for k, v := range tc.files {
				fs[k] = v
			}
			for _, e := range tc.edits {
				switch {
				case e.old != "":
					if !strings.Contains(fs[e.file], e.old) {
						t.Fatalf("edit: %s lacks %q", e.file, e.old)
					}
					fs[e.file] = strings.Replace(fs[e.file], e.old, e.new, 1)
				default:
					fs[e.file] = e.new
				}
			}
			if after := runOn(t, fs); len(after) > 0 {
				t.Errorf("after the fix (%s):\n%v", f.Fix, after)
			}
		})
	}
}

// TestEveryCheckHasAFixCase: a new check cannot be added without a case
// showing that its fix works.
func TestEveryCheckHasAFixCase(t *testing.T) {
	for _, c := range Checks {
		found := false
		for _, tc := range fixCases {
			found = found || tc.check == c
		}
		if !found {
			t.Errorf("no fix case for %s", c)
		}
	}
}

// TestLangParityOfALayer: a layer written in one language that replaces a
// section's duties leaves them without text in the other; the fix writes
// the layer's other file.
func TestLangParityOfALayer(t *testing.T) {
	base := folder(map[string]string{"en/a.md": deptA, "zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 记账。\n"})
	base.Name, base.Root = "base", "base"
	mine := map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Keep the ledgers.\n- Pay the suppliers.\n"}
	found := Run(load(t, base, folder(mine)), Options{}).Findings
	if len(found) != 2 || found[1].String() != `org/en/a.md:7: warning: lang-parity: duty "Pay the suppliers." has no zh text`+
		"\n  fix: write its zh text in org/zh/a.md, in the same section and place (a file with  id: a  beside the one that wrote it)" {
		t.Fatalf("%v", found)
	}
	mine["zh/a.md"] = "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 记账。\n- 付款给供应商。\n"
	if found := Run(load(t, base, folder(mine)), Options{}).Findings; len(found) != 0 {
		t.Errorf("after the fix: %v", found)
	}
}

func TestParseChecks(t *testing.T) {
	if cs, err := ParseChecks("lang-parity, no-owner,lang-parity"); err != nil || len(cs) != 2 || cs[0] != LangParity {
		t.Errorf("%v %v", cs, err)
	}
	if cs, _ := ParseChecks(" all "); len(cs) != len(Checks) {
		t.Error("all selects every check")
	}
	if cs, err := ParseChecks("no-owner,"); err != nil || len(cs) != 1 {
		t.Errorf("a trailing comma: %v %v", cs, err)
	}
	for _, s := range []string{"", " , "} {
		if _, err := ParseChecks(s); err == nil || !strings.Contains(err.Error(), "no check named") || !strings.Contains(err.Error(), "no-owner, ") {
			t.Errorf("%q: %v", s, err)
		}
	}
	// A slip of a check's name is named with the check meant (tryout26
	// U23); a word no check is near gets the list alone.
	for in, want := range map[string]string{
		"no-owner,double-owners": `unknown check "double-owners": did you mean double-owner? use one or more of no-owner, `,
		"lang-party":             `unknown check "lang-party": did you mean lang-parity? use one`,
		"LANG-PARTY":             `unknown check "LANG-PARTY": did you mean lang-parity? use one`,
		"ownerless":              `unknown check "ownerless": use one or more of no-owner, `,
	} {
		if _, err := ParseChecks(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", in, err, want)
		}
	}
}

// TestBuiltinHasNoFindings: the built-in content, annotated where the
// sources say who holds what, passes every check.
func TestBuiltinHasNoFindings(t *testing.T) {
	org := load(t, content.Builtin())
	rep := Run(org, Options{})
	for _, f := range rep.Findings {
		t.Errorf("%s", f)
	}
	if len(rep.Incomplete) > 0 {
		t.Errorf("incomplete: %v", rep.Incomplete)
	}
}

// tryout23 G5: a finding worded for a Chinese reader about a Chinese
// file's RACI line names that line's number and key as the Chinese file
// writes them (咨询：, line 8), not the English file's (Consulted:, line 9),
// and the English finding the English file's.
func TestRACIRepeatNamesTheCitedFilesLine(t *testing.T) {
	en := strings.Replace(deptA, "name: A\n", "name: A\nsummary: Keeps the books.\n", 1) + "  Accountable: b\n  Consulted: b\n"
	org := load(t, folder(map[string]string{"en/a.md": en, "zh/a.md": zhA("- 记账。\n  批准：b\n  咨询：b\n"),
		"en/b.md": deptB, "zh/b.md": "---\nid: b\nname: 乙\n---\n## 丙 {#s}\n- 装车。\n"}))
	for _, c := range []struct {
		lang      model.Lang
		at, fix   string
		elsewhere string
	}{
		{model.Zh, "org/zh/a.md:8: ", "删去 咨询： 行（第 8 行）", "org/en/a.md:9 也写了这一行"},
		{model.En, "org/en/a.md:9: ", "delete the Consulted: line (line 9)", "the same on org/zh/a.md:8"},
	} {
		found := Run(org, Options{Lang: c.lang, Checks: []Check{RACIRepeat}}).Findings
		if len(found) != 1 {
			t.Fatalf("%v: %d findings: %v", c.lang, len(found), found)
		}
		got := found[0].In(c.lang)
		if !strings.HasPrefix(got, c.at) || !strings.Contains(got, c.fix) || !strings.Contains(got, c.elsewhere) {
			t.Errorf("%v: want %s… %q … %q, got\n%s", c.lang, c.at, c.fix, c.elsewhere, got)
		}
	}
}
