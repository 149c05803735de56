package content

import "testing"

// Cases of hostile13 #6 and #13: front matter that YAML reads otherwise
// than it is written, and a fix that did not work.
func init() {
	body := "## S {#s}\n- Work.\n"
	fixCases = append(fixCases,
		// #6: YAML's comments, tags and anchors in a text value.
		fixCase{"comment after a name", map[string]string{"en/a.md": "---\nid: a\nname: R&D #1 team\n---\n" + body},
			`org/en/a.md:3: note: name: the text after # is a YAML comment and is not read: the name is read as "R&D"`,
			`quote the value:  name: "R&D #1 team"`, []edit{{"en/a.md", "R&D #1 team", `"R&D #1 team"`}}},
		fixCase{"comment after a name meant as one", map[string]string{"en/a.md": "---\nid: a\nname: Sales  # the north office\n---\n" + body},
			`org/en/a.md:3: note: name: the text after # is a YAML comment and is not read: the name is read as "Sales"`,
			"(or, if it is a comment, put it on a line of its own)", []edit{{"en/a.md", "name: Sales  # the north office\n", "# the north office\nname: Sales\n"}}},
		fixCase{"comment after an alias", map[string]string{"en/a.md": "---\nid: a\nname: A\naliases:\n  - Desk #2\n  - Front\n---\n" + body},
			`org/en/a.md:5: note: aliases: the text after # is a YAML comment and is not read: the alias is read as "Desk"`,
			`quote the value:  - "Desk #2"`, []edit{{"en/a.md", "Desk #2", `"Desk #2"`}}},
		fixCase{"anchor in a list of aliases", map[string]string{"en/a.md": "---\nid: a\nname: A\naliases: [front, &desk Counter]\n---\n" + body},
			`org/en/a.md:4: note: aliases: &desk is read as a YAML anchor (a value starting with & is one), not as text: the alias is read as "Counter"`,
			`quote it inside the brackets:  "&desk Counter"`, []edit{{"en/a.md", "&desk Counter", `"&desk Counter"`}}},
		fixCase{"tag on a trait in braces", map[string]string{"en/a.md": "---\nid: a\nname: A\ntraits: {objective: 赢得信任, focus: !new Customers}\n---\n" + body},
			`org/en/a.md:4: note: traits: !new is read as a YAML tag (a value starting with ! is one), not as text: the trait is read as "Customers"`,
			`quote it inside the brackets:  "!new Customers"`, []edit{{"en/a.md", "!new Customers", `"!new Customers"`}}},
		fixCase{"comment after a trait", map[string]string{"en/a.md": "---\nid: a\nname: A\ntraits:\n  objective: Be the #1 shop\n---\n" + body},
			`org/en/a.md:5: note: traits: the text after # is a YAML comment and is not read: the trait is read as "Be the"`,
			`quote the value:  objective: "Be the #1 shop"`, []edit{{"en/a.md", "Be the #1 shop", `"Be the #1 shop"`}}},
		fixCase{"comment after a name in Chinese", map[string]string{"zh/a.md": "---\nid: a\nname: 甲\nsummary: 负责第 #1 号柜台\n---\n## 乙 {#s}\n- 工作。\n"},
			`org/zh/a.md:4: note: summary: the text after # is a YAML comment and is not read: the summary is read as "负责第"`,
			`quote the value:  summary: "负责第 #1 号柜台"`, []edit{{"zh/a.md", "负责第 #1 号柜台", `"负责第 #1 号柜台"`}}},
		fixCase{"tag before a name", map[string]string{"en/a.md": "---\nid: a\nname: !vip Sales\n---\n" + body},
			`org/en/a.md:3: note: name: !vip is read as a YAML tag (a value starting with ! is one), not as text: the name is read as "Sales"`,
			`quote the value:  name: "!vip Sales"`, []edit{{"en/a.md", "!vip Sales", `"!vip Sales"`}}},
		fixCase{"anchor before a summary", map[string]string{"en/a.md": "---\nid: a\nname: A\nsummary: &anchor Sells.\n---\n" + body},
			`org/en/a.md:4: note: summary: &anchor is read as a YAML anchor (a value starting with & is one), not as text: the summary is read as "Sells."`,
			`quote the value:  summary: "&anchor Sells."`, []edit{{"en/a.md", "&anchor Sells.", `"&anchor Sells."`}}},
		fixCase{"name that is only a tag", map[string]string{"en/a.md": "---\nid: a\nname: !important\n---\n" + body},
			"org/en/a.md:3: name: !important is read as a YAML tag (a value starting with ! is one), which leaves the name empty",
			`quote the value:  name: "!important"`, []edit{{"en/a.md", "!important", `"!important"`}}},
		fixCase{"name that is an alias of nothing", map[string]string{"en/a.md": "---\nid: a\nname: *star\n---\n" + body},
			"org/en/a.md:3: the front matter is not valid YAML: *star is read as a YAML alias (a value starting with * is one), which repeats the value marked &star, and none is",
			`quote the value:  name: "*star"`, []edit{{"en/a.md", "*star", `"*star"`}}},
		fixCase{"value starting with %", map[string]string{"en/a.md": "---\nid: a\nname: %50 off\n---\n" + body},
			"org/en/a.md:3: the front matter is not valid YAML: YAML keeps % for itself at the start of a value",
			`quote it, as in  name: "%50 off"`, []edit{{"en/a.md", "%50 off", `"%50 off"`}}},
		// #13: four dashes.
		fixCase{"front matter closed with four dashes", map[string]string{"en/a.md": "---\nid: a\nname: A\n----\n\n## S {#s}\n- d\n"},
			"org/en/a.md:4: ---- is not the end of the front matter opened on line 1", "write exactly three hyphens (---) on this line",
			[]edit{{"en/a.md", "----\n", "---\n"}}},
		// verify8 #3: what smart dashes make of ---, and hyphens spaced out.
		fixCase{"front matter closed with an em dash", map[string]string{"en/a.md": "---\nid: a\nname: A\n—\n\n## S {#s}\n- d\n"},
			"org/en/a.md:4: — is not the end of the front matter opened on line 1: it ends with a line of exactly three hyphens (---); this line holds an em dash (—, U+2014), which word processors and smart dashes make of ---",
			"write exactly three hyphens (---) on this line", []edit{{"en/a.md", "—\n", "---\n"}}},
		fixCase{"front matter closed with en dashes", map[string]string{"en/a.md": "---\nid: a\nname: A\n–––\n\n## S {#s}\n- d\n"},
			"org/en/a.md:4: ––– is not the end", "write exactly three hyphens (---) on this line", []edit{{"en/a.md", "–––\n", "---\n"}}},
		fixCase{"front matter closed with spaced hyphens", map[string]string{"en/a.md": "---\nid: a\nname: A\n- - -\n\n## S {#s}\n- d\n"},
			"org/en/a.md:4: - - - is not the end of the front matter opened on line 1: it ends with a line of exactly three hyphens (---); this line has spaces between its hyphens",
			"write exactly three hyphens (---) on this line", []edit{{"en/a.md", "- - -\n", "---\n"}}},
		// hunt27 H9: the line that opens it, and a comment after ---, were
		// "the file has no front matter" of a file that shows one, and
		// "never closed / add a line --- after line 4".
		fixCase{"front matter opened with an em dash", map[string]string{"en/a.md": "—\nid: a\nname: A\n---\n\n## S {#s}\n- d\n"},
			"org/en/a.md:1: — is not the start of the front matter: it starts with a line of exactly three hyphens (---); this line holds an em dash",
			"write exactly three hyphens (---) on this line", []edit{{"en/a.md", "—\n", "---\n"}}},
		fixCase{"front matter opened with four dashes", map[string]string{"en/a.md": "----\nid: a\nname: A\n---\n\n## S {#s}\n- d\n"},
			"org/en/a.md:1: ---- is not the start of the front matter", "write exactly three hyphens (---) on this line",
			[]edit{{"en/a.md", "----\n", "---\n"}}},
		fixCase{"front matter opened with a comment", map[string]string{"en/a.md": "--- # front matter\nid: a\nname: A\n---\n\n## S {#s}\n- d\n"},
			"org/en/a.md:1: --- # front matter is not the start of the front matter: it starts with a line of exactly three hyphens (---); this line has a comment after them (# front matter)",
			"write exactly three hyphens (---) on this line", []edit{{"en/a.md", "--- # front matter\n", "---\n"}}},
		fixCase{"front matter closed with a comment", map[string]string{"en/a.md": "---\nid: a\nname: A\n--- # end\n\n## S {#s}\n- d\n"},
			"org/en/a.md:4: --- # end is not the end of the front matter opened on line 1: it ends with a line of exactly three hyphens (---); this line has a comment after them (# end)",
			"write exactly three hyphens (---) on this line", []edit{{"en/a.md", "--- # end\n", "---\n"}}},
	)
}

// TestYAMLReadAsMeantIsNotNoted: quoted values, a comment on a line of its
// own or after a quoted value, a standard tag, an anchor an alias repeats,
// and # inside a word are read as written: no note.
func TestYAMLReadAsMeantIsNotNoted(t *testing.T) {
	fm := "---\nid: a\n# the name the staff use\nname: \"R&D #1 team\" # quoted\nsummary: Ticket#42 desk.\naliases: [front, 'desk #2'] # two\n" +
		"code: !!str 010\ntraits:\n  objective: &goal Keep work running\n  focus: *goal\n---\n## S {#s}\n- Work.\n"
	org, ps := Check(layer(map[string]string{"en/a.md": fm}))
	if len(ps) > 0 {
		t.Fatalf("want no problem or note:\n%s", ps)
	}
	if d := org.Department("a"); d.Title.In(0) != "R&D #1 team" || d.Summary().In(0) != "Ticket#42 desk." {
		t.Errorf("read as %q, %q", d.Title.In(0), d.Summary().In(0))
	}
}
