package content

import (
	"strings"
	"testing"
)

// A topic whose other language's file leaves out kind: (or writes
// another) is reported for its kind alone: its points are not compared
// with a department's duties, which gave "has id 1 here, but … has id 1"
// with a fix that changed nothing (raci25).
func TestKindMismatchIsTheOneProblem(t *testing.T) {
	topicEn := "---\nid: t\nkind: topic\nname: T\n---\n## S {#s}\n- Point.\n- Two.\n"
	for zh, want := range map[string][]string{
		"---\nid: t\nname: 丁\n---\n## 乙 {#s}\n- 要点。\n- 二。\n": {
			"org/zh/t.md:2: no kind: line, so this file is a department, but org/en/t.md:3 says kind: topic"},
		"---\nid: t\nkind: relation\nname: 丁\n---\n## 乙 {#s}\n- 要点。\n- 二。\n": {
			"org/en/t.md:3: kind: differs from org/zh/t.md:3 (topic here, relation there)",
			"org/zh/t.md:3: kind: differs from org/en/t.md:3 (relation here, topic there)"},
	} {
		files := map[string]string{"en/a.md": okEn, "zh/a.md": okZh, "en/t.md": topicEn, "zh/t.md": zh}
		_, ps := Check(fixCase{}.layers(files)...)
		var got []string
		for _, p := range ps.Errors() {
			got = append(got, strings.SplitN(p.String(), "\n", 2)[0])
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("problems:\n%s\nwant only:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// A relation's twin without kind: gets the one problem too, not one more
// for each of its hand-off lines, which the kind: line puts right
// (verify25 W7).
func TestRelationTwinWithoutKindIsTheOneProblem(t *testing.T) {
	b := "---\nid: b\nname: B\n---\n## S {#s}\n- Work.\n"
	bZh := "---\nid: b\nname: 乙部\n---\n## 乙 {#s}\n- 工作。\n"
	rel := "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: b\n---\n## Items {#items}\n- Plans.\n  From: a\n  To: b\n- Reports.\n  From: b\n  To: a\n"
	relZh := "---\nid: r\nname: 丙\nfrom: a\nto: b\n---\n## 事项 {#items}\n- 计划。\n  提供方：a\n  接收方：b\n- 报告。\n  提供方：b\n  接收方：a\n"
	files := map[string]string{"en/a.md": okEn, "zh/a.md": okZh, "en/b.md": b, "zh/b.md": bZh, "en/r.md": rel, "zh/r.md": relZh}
	_, ps := Check(fixCase{}.layers(files)...)
	var got []string
	for _, p := range ps.Errors() {
		got = append(got, strings.SplitN(p.String(), "\n", 2)[0])
	}
	want := "org/zh/r.md:2: no kind: line, so this file is a department, but org/en/r.md:3 says kind: relation"
	if strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant only:\n%s", strings.Join(got, "\n"), want)
	}
	files["zh/r.md"] = strings.Replace(relZh, "id: r\n", "id: r\nkind: relation\n", 1)
	if _, ps := Check(fixCase{}.layers(files)...); len(ps.Errors()) > 0 {
		t.Errorf("with the kind: line written:\n%s", ps.Errors())
	}
}
