package content

import (
	"strings"
	"testing"
)

// problemCase is content with some mistakes and the problems validation
// must give for them: one per mistake, each as "file:line: message start".
type problemCase struct {
	name  string
	files map[string]string
	want  []string
}

// checkProblems validates each case and compares its errors with want, in
// order (problems are sorted by file and line).
func checkProblems(t *testing.T, cases []problemCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := Check(layer(tc.files))
			errs := ps.Errors()
			ok := len(errs) == len(tc.want)
			for i := 0; ok && i < len(errs); i++ {
				ok = strings.HasPrefix(errs[i].File+":"+itoa(errs[i].Line)+": "+errs[i].Msg, tc.want[i])
			}
			if !ok {
				t.Errorf("want %d problems:\n  %s\ngot:\n%s", len(tc.want), strings.Join(tc.want, "\n  "), errs)
			}
		})
	}
}

// A body with three mistakes: a misspelt role (line 7), an unknown source
// (line 8) and a heading of seven #s (line 9), when the front matter takes
// four lines.
const threeMistakes = "## S {#s}\n- Work.\n  Resposible: a\n  Sources: nope\n####### T {#t}\n- More.\n"

// TestEveryProblemAtOnce: a mistake in the front matter does not hide the
// body's (tryout D3c): validate lists them all on the first run.
func TestEveryProblemAtOnce(t *testing.T) {
	body := []string{
		`org/en/a.md:7: unknown role "Resposible"`,
		`org/en/a.md:8: unknown source "nope"`,
		"org/en/a.md:9: a heading of 7 #s",
	}
	with := func(first ...string) []string { return append(first, body...) }
	checkProblems(t, []problemCase{
		{"order not a number", map[string]string{"en/a.md": "---\nid: a\nname: A\norder: twenty\n---\n" + threeMistakes},
			append([]string{`org/en/a.md:4: order: "twenty" is not a whole number`}, shift(body, 1)...)},
		{"wrong kind of value", map[string]string{"en/a.md": "---\nid: a\nname: [A, B]\n---\n" + threeMistakes},
			with("org/en/a.md:3: name: is a list")},
		{"unknown key", map[string]string{"en/a.md": "---\nid: a\nname: A\ncolour: red\n---\n" + threeMistakes},
			append([]string{`org/en/a.md:4: unknown key "colour"`}, shift(body, 1)...)},
		{"merge key", map[string]string{"en/a.md": "---\nid: a\nname: A\n<<: {summary: x}\n---\n" + threeMistakes},
			append([]string{"org/en/a.md:4: a YAML merge key"}, shift(body, 1)...)},
		{"key twice", map[string]string{"en/a.md": "---\nid: a\nname: A\nname: B\n---\n" + threeMistakes},
			append([]string{"org/en/a.md:4: a second name: key"}, shift(body, 1)...)},
		{"not YAML", map[string]string{"en/a.md": "---\nid: a\nname: A: B\n---\n" + threeMistakes},
			with("org/en/a.md:3: the front matter is not valid YAML")},
		{"not a mapping", map[string]string{"en/a.md": "---\n- a\n- b\n---\n" + threeMistakes},
			with("org/en/a.md:2: the front matter is not a list of keys and values")},
		{"a relation whose front matter is not YAML", map[string]string{
			"en/a.md": okEn,
			"en/r.md": "---\nid: r\nkind: relation\nname: R: S\nfrom: a\nto: a\n---\n## P {#p}\n- The plan.\n  From: a/s/1\n  Respnsible: a\n"},
			[]string{"org/en/r.md:4: the front matter is not valid YAML", `org/en/r.md:11: unknown role "Respnsible"`}},
	})
}

// shift moves expected problems down by n lines.
func shift(want []string, n int) []string {
	out := make([]string, len(want))
	for i, w := range want {
		file, rest, _ := strings.Cut(w, ".md:")
		num, msg, _ := strings.Cut(rest, ":")
		line := 0
		for _, d := range num {
			line = line*10 + int(d-'0')
		}
		out[i] = file + ".md:" + itoa(line+n) + ":" + msg
	}
	return out
}

// TestOneMistakeOneProblem: a mistake gives one problem, not one more for
// each thing that follows from it (tryout D3d): a misspelt unit or source
// in one language does not also make the two languages differ, and a
// misspelt key is not also a missing one.
func TestOneMistakeOneProblem(t *testing.T) {
	sales := "---\nid: sales\nname: Sales\n---\n## S {#s}\n- Sell.\n"
	salesZh := "---\nid: sales\nname: 销售部\n---\n## 乙 {#s}\n- 销售。\n"
	twins := func(en, zh string) map[string]string {
		return map[string]string{"en/a.md": okEn + en, "zh/a.md": okZh + zh, "en/s.md": sales, "zh/s.md": salesZh, "sources.yaml": srcs}
	}
	checkProblems(t, []problemCase{
		{"misspelt unit in English", twins("  Accountable: salse\n", "  批准：销售部\n"),
			[]string{`org/en/a.md:7: Accountable: "salse" names no unit`}},
		{"misspelt unit in Chinese", twins("  Accountable: sales\n", "  批准：销售\n"),
			[]string{`org/zh/a.md:7: 批准："销售" names no unit`}},
		{"unknown source in English", twins("  Sources: s2\n", "  来源：s1\n"),
			[]string{`org/en/a.md:7: unknown source "s2"`}},
		{"unknown source in Chinese", twins("  Sources: s1\n", "  来源：s2\n"),
			[]string{`org/zh/a.md:7: unknown source "s2"`}},
		{"unknown source of a section", map[string]string{"en/a.md": fmA + "## S {#s}\nSources: s2\n\n- Work.\n",
			"zh/a.md": fmAZh + "## 乙 {#s}\n来源：s1\n\n- 工作。\n", "sources.yaml": srcs},
			[]string{`org/en/a.md:6: unknown source "s2"`}},
		{"unknown source in front matter", map[string]string{"en/a.md": "---\nid: a\nname: A\nsources: [s2]\n---\n## S {#s}\n- Work.\n",
			"zh/a.md": "---\nid: a\nname: 甲\nsources: [s1]\n---\n## 乙 {#s}\n- 工作。\n", "sources.yaml": srcs},
			[]string{`org/en/a.md:4: unknown source "s2"`}},
		{"unknown department in a relation", map[string]string{"en/a.md": okEn, "zh/a.md": okZh,
			"en/r.md": "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: nowhere\n---\n## P {#p}\n- The plan.\n",
			"zh/r.md": "---\nid: r\nkind: relation\nname: 乙\nfrom: a\nto: a\n---\n## 乙 {#p}\n- 计划。\n"},
			[]string{`org/en/r.md:6: "nowhere" is not a known department`}},
		{"unknown group in English", map[string]string{"en/a.md": "---\nid: a\nname: A\ngroup: frnt\n---\n## S {#s}\n- Work.\n",
			"zh/a.md": "---\nid: a\nname: 甲\ngroup: front\n---\n## 乙 {#s}\n- 工作。\n", "groups.yaml": grps},
			[]string{`org/en/a.md:4: unknown group "frnt"`}},
		{"misspelt key", map[string]string{"en/a.md": "---\nid: a\nnmae: A\n---\n## S {#s}\n- Work.\n"},
			[]string{`org/en/a.md:3: unknown key "nmae"`}},
		{"misspelt kind key", map[string]string{"en/a.md": okEn,
			"en/r.md": "---\nid: r\nknid: relation\nname: R\nfrom: a\nto: a\n---\n## P {#p}\n- The plan.\n  To: a/s/1\n"},
			[]string{`org/en/r.md:3: unknown key "knid"`}},
		{"name of the wrong kind", map[string]string{"en/a.md": "---\nid: a\nname: [A, B]\n---\n## S {#s}\n- Work.\n"},
			[]string{"org/en/a.md:3: name: is a list"}},
		{"heading of seven #s", one("## S {#s}\n- Work.\n####### T {#t}\n- More.\n"),
			[]string{"org/en/a.md:7: a heading of 7 #s"}},
		{"a long nested list", one("## S {#s}\n- Work.\n" + strings.Repeat("  - sub-item\n", 3000) + "- More.\n  - sub-item\n"),
			[]string{"org/en/a.md:7: nested list under a duty", "org/en/a.md:3008: nested list under a duty"}},
	})
}

// TestProblemCountIncludesUnlisted: a file with more problems than are
// listed says how many there are in all (tryout N8: "51 problems found"
// after "and 2950 more problems in this file").
func TestProblemCountIncludesUnlisted(t *testing.T) {
	_, ps := Check(layer(one("## S {#s}\n" + strings.Repeat("- \n", 3000))))
	report := ps.Error()
	if len(ps) != maxProblemsPerFile+1 || !strings.Contains(report, "and 2950 more problems in this file") ||
		!strings.HasSuffix(report, "\n3000 problems found") {
		t.Errorf("%d listed; the report ends:\n%s", len(ps), report[max(len(report)-300, 0):])
	}
}

// TestEveryFrontMatterKeyIsRead: the keys the fixes name are the keys
// read, so that no key the message offers is then refused.
func TestEveryFrontMatterKeyIsRead(t *testing.T) {
	var fm frontMatter
	fields := fm.fields()
	keys := strings.Split(frontMatterKeys, ", ")
	if len(fields) != len(keys) {
		t.Errorf("%d keys read, %d named: %s", len(fields), len(keys), frontMatterKeys)
	}
	for _, k := range keys {
		if fields[k] == nil {
			t.Errorf("%q is named in the fixes but not read", k)
		}
	}
}
