package content

import (
	"strings"
	"testing"
)

// Cases of hostile13 #12: names and codes that collide, a hand-off to
// itself, a topic about nothing.
func init() {
	body := "## S {#s}\n- Work.\n"
	dept := func(id, more string) string {
		return "---\nid: " + id + "\nname: " + strings.ToUpper(id) + "\n" + more + "---\n" + body
	}
	fixUnder["alias of an earlier layer is a later name"] = map[string]string{"en/b.md": "---\nid: b\nname: B\naliases: [Alpha]\n---\n" + body}
	fixCases = append(fixCases,
		// #12: names and codes that collide.
		fixCase{"two departments with one code", map[string]string{"en/a.md": dept("a", "code: \"7\"\n"), "en/b.md": dept("b", "code: \"7\"\n")},
			`org/en/b.md:4: code "7" is also the code of the department a (org/en/a.md:4): show 7 would find both`,
			"give this department a code of its own, or none", []edit{{"en/b.md", "code: \"7\"\n", ""}}},
		fixCase{"alias that is another department's id", map[string]string{"en/a.md": dept("a", "aliases: [front, b]\n"), "en/b.md": dept("b", "")},
			`org/en/a.md:4: alias "b" is the id of another department (b, org/en/b.md:2): it finds that one, never the department a`,
			`delete "b" from aliases:`, []edit{{"en/a.md", "[front, b]", "[front]"}}},
		fixCase{"alias that is another department's name", map[string]string{"en/a.md": "---\nid: a\nname: Alpha\n---\n" + body, "en/b.md": "---\nid: b\nname: Beta\naliases: [alpha]\n---\n" + body},
			`org/en/b.md:4: alias "alpha" is the name of another department (a, org/en/a.md:3): it finds that one, never the department b`,
			`delete "alpha" from aliases:`, []edit{{"en/b.md", "aliases: [alpha]\n", ""}}},
		fixCase{"alias of an earlier layer is a later name", map[string]string{"en/a.md": "---\nid: a\nname: Alpha\n---\n" + body},
			`org/en/a.md:3: note: the name "Alpha" of the department a is also an alias of the department b (base/en/b.md:4): that alias now finds this department, not b`,
			"else give it another name", []edit{{"en/a.md", "name: Alpha", "name: Aleph"}}},
		fixCase{"alias two departments give", map[string]string{"en/a.md": dept("a", "aliases: [front desk]\n"), "en/b.md": dept("b", "aliases: [Front-desk, counter]\n")},
			`org/en/b.md:4: note: alias "Front-desk" is also an alias of the department a (org/en/a.md:4): show Front-desk lists both`,
			`keep "Front-desk" among the aliases of one of the two`, []edit{{"en/b.md", "Front-desk, ", ""}}},
		// Codes and aliases of sections and duties against the names of
		// documents, and codes against documents' ids.
		fixCase{"code that is another department's id", map[string]string{"en/a.md": "---\nid: a\nname: A\ncode: b\n---\n" + body, "en/b.md": "---\nid: b\nname: Beta\n---\n" + body},
			`org/en/a.md:4: code "b" is the id of the department b (org/en/b.md:2): show b finds that department, never the department a`,
			"give this department another code, or none", []edit{{"en/a.md", "code: b\n", ""}}},
		fixCase{"section code that is a department's name", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nCode: Beta\n- Work.\n", "en/b.md": "---\nid: b\nname: Beta\n---\n" + body},
			`org/en/a.md:6: code "Beta" is the name of the department b (org/en/b.md:3): show Beta finds the section a/s, never that department`,
			"give this section another code, or none", []edit{{"en/a.md", "Code: Beta\n", "Code: 7\n"}}},
		fixCase{"alias that is a duty's code", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n  Code: 3.2\n", "en/b.md": "---\nid: b\nname: Beta\naliases: [3.2]\n---\n" + body},
			`org/en/b.md:4: alias "3.2" is the code of the duty a/s/1 (org/en/a.md:7): it finds that one, never the department b`,
			`delete "3.2" from aliases:`, []edit{{"en/b.md", "aliases: [3.2]\n", ""}}},
		fixCase{"section alias that is a department's name", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nAliases: beta, front\n- Work.\n", "en/b.md": "---\nid: b\nname: Beta\n---\n" + body},
			`org/en/a.md:6: alias "beta" is the name of the department b (org/en/b.md:3): it finds that one, never the section a/s`,
			`delete "beta" from this Aliases: line`, []edit{{"en/a.md", "Aliases: beta, front", "Aliases: front"}}},
		fixCase{"department alias that is a section's name", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## Pricing {#pricing}\n- Work.\n", "en/b.md": "---\nid: b\nname: Beta\naliases: [pricing]\n---\n" + body},
			`org/en/b.md:4: note: alias "pricing" of the department b is also the name of the section a/pricing (org/en/a.md:5): show pricing finds the department, not the section`,
			`delete "pricing" from aliases:`, []edit{{"en/b.md", "aliases: [pricing]\n", ""}}},
		fixCase{"section alias that is another section's name", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nAliases: planning\n- Work.\n", "en/b.md": "---\nid: b\nname: Beta\n---\n## Planning {#planning}\n- Plan.\n"},
			`org/en/a.md:6: note: alias "planning" of the section a/s is also the name of the section b/planning (org/en/b.md:5): show planning lists both`,
			`delete "planning" from this Aliases: line`, []edit{{"en/a.md", "Aliases: planning\n", ""}}},
		fixCase{"alias two sections give", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nAliases: front\n- Work.\n", "en/b.md": "---\nid: b\nname: Beta\n---\n## T {#t}\nAliases: Front\n- Plan.\n"},
			`org/en/b.md:6: note: alias "Front" of the section b/t is also an alias of the section a/s (org/en/a.md:6): show Front lists both`,
			`delete "Front" from this Aliases: line`, []edit{{"en/b.md", "Aliases: Front\n", ""}}},
		// Two sections or duties with one code (show lists both): the
		// later one, at its Code: line, in either language's file.
		fixCase{"two sections with one code", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nCode: 3.1\n- Work.\n", "en/b.md": "---\nid: b\nname: Beta\n---\n## T {#t}\nAliases: desk\nCode: 3.1\n- Plan.\n"},
			`org/en/b.md:7: code "3.1" is also the code of the section a/s (org/en/a.md:6): show 3.1 would find both`,
			"give this section a code of its own, or none", []edit{{"en/b.md", "Code: 3.1\n", ""}}},
		fixCase{"two duties with one code", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n  Code: T-1\n- Rest.\n  Aliases: resting\n  code: t-1\n"},
			`org/en/a.md:10: code "t-1" is also the code of the duty a/s/1 (org/en/a.md:7): show t-1 would find both`,
			"give this duty a code of its own, or none", []edit{{"en/a.md", "  code: t-1\n", "  code: T-2\n"}}},
		fixCase{"a duty with its department's code", map[string]string{"en/a.md": "---\nid: a\nname: A\ncode: \"9\"\n---\n## S {#s}\n- Work.\n", "zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n- 工作。\n  编号：9\n"},
			`org/zh/a.md:7: code "9" is also the code of the department a (org/en/a.md:4): show 9 would find both`,
			"give this duty a code of its own, or none", []edit{{"zh/a.md", "  编号：9\n", ""}}},
		fixCase{"a Chinese section alias that is a department's name", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- Work.\n", "zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#s}\n编号：4\n别名：丙部, 柜台\n- 工作。\n",
			"en/b.md": "---\nid: b\nname: C\n---\n" + body, "zh/b.md": "---\nid: b\nname: 丙部\n---\n## 乙 {#s}\n- 工作。\n"},
			`org/zh/a.md:7: alias "丙部" is the name of the department b (org/zh/b.md:3): it finds that one, never the section a/s`,
			`delete "丙部" from this 别名： line`, []edit{{"zh/a.md", "别名：丙部, 柜台", "别名：柜台"}}},
		fixCase{"relation from a department to itself", map[string]string{"en/a.md": dept("a", ""), "en/b.md": dept("b", ""),
			"en/r.md": "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: a\n---\n## P {#p}\n- The plan.\n"},
			"org/en/r.md:6: note: the relation r hands work from a to a itself", "write in to: the department that receives the work",
			[]edit{{"en/r.md", "to: a", "to: b"}}},
		fixCase{"topic that concerns no department", map[string]string{"en/a.md": dept("a", ""),
			"en/t.md": "---\nid: t\nkind: topic\nname: T\nconcerns: []\n---\n## P {#p}\n- A point.\n"},
			"org/en/t.md:5: note: concerns: is empty: the topic t is about no department", "such as  concerns: [a]",
			[]edit{{"en/t.md", "concerns: []", "concerns: [a]"}}},
	)
}

// TestCodeOfALaterLayerIsBlamed: a later layer giving a document the
// code an earlier layer's document has is blamed at the later file, and
// the earlier document's own aliases are still checked.
func TestCodeOfALaterLayerIsBlamed(t *testing.T) {
	body := "## S {#s}\n- Work.\n"
	base := layer(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n" + body, "en/b.md": "---\nid: b\nname: B\ncode: \"7\"\naliases: [a]\n---\n" + body})
	base.Root = "base"
	top := layer(map[string]string{"en/a.md": "---\nid: a\nname: A\ncode: \"7\"\n---\n"})
	_, ps := Check(base, top)
	got := ps.Error()
	for _, want := range []string{
		`org/en/a.md:4: code "7" is also the code of the department b (base/en/b.md:4)`,
		`base/en/b.md:5: alias "a" is the id of another department (a, base/en/a.md:2)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}

// TestAliasOfAnEarlierLayerIsBlamedAtItsLine: a later layer that retitles
// a section keeps its code and aliases, which the earlier layer's file
// gives: their collisions are reported at that file's Code: and Aliases:
// lines (not at the later heading, which has neither).
func TestAliasOfAnEarlierLayerIsBlamedAtItsLine(t *testing.T) {
	base := layer(map[string]string{
		"en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\nCode: 3.1\nAliases: beta, front\n- Work.\n",
		"en/b.md": "---\nid: b\nname: Beta\n---\n## T {#t}\nCode: 3.1\n- Plan.\n",
	})
	base.Root = "base"
	top := layer(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## S retitled {#s}\n- Work.\n- Rest.\n"})
	_, ps := Check(base, top)
	got := ps.Error()
	for _, want := range []string{
		`base/en/b.md:6: code "3.1" is also the code of the section a/s (base/en/a.md:6): show 3.1 would find both`,
		`base/en/a.md:7: alias "beta" is the name of the department b (base/en/b.md:3): it finds that one, never the section a/s` + "\n" +
			`  fix: delete "beta" from this Aliases: line`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}
