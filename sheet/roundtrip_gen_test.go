package sheet

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// genNames are the generated departments' ids and names: a name may have
// a colon (quoted in YAML); each is its department's in every folder.
var genNames = []struct{ id, en, zh string }{
	{"finance", "Finance", "财务部"},
	{"people", "People team", "人事部"},
	{"sales", "Sales: the revenue team", "销售部"},
	{"stores", "Stores", "仓库"},
}

// genFolder is a valid content folder made from seed: departments written
// in English only, Chinese only or both; groups named in one language or
// both; sections nested up to three deep, some of them positions, and
// empty ones; codes, aliases, sources, summaries, traits, descriptions,
// and RACI lines naming other departments in the file's own language; a
// topic and a relation with a hand-off, each in one language or both. It
// returns the folder's files, by name.
func genFolder(seed uint64) map[string]string {
	r := rand.New(rand.NewPCG(seed, 1))
	files := map[string]string{}
	files["sources.yaml"] = "- id: handbook\n  title: Staff handbook\n- id: policy\n  title: Policy\n"
	var groups []string
	var groupsYAML strings.Builder
	for g := range 1 + r.IntN(2) {
		id := fmt.Sprintf("g%d", g)
		groups = append(groups, id)
		fmt.Fprintf(&groupsYAML, "- id: %s\n  name:\n", id)
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&groupsYAML, "    en: Group %d\n", g)
		case 1:
			fmt.Fprintf(&groupsYAML, "    zh: 第%d组\n", g)
		default:
			fmt.Fprintf(&groupsYAML, "    en: Group %d\n    zh: 第%d组\n", g, g)
		}
	}
	files["groups.yaml"] = groupsYAML.String()

	depts := genNames[:2+r.IntN(len(genNames)-1)]
	code := 0
	for i, d := range depts {
		langs := genLangs(r)
		other := depts[(i+1)%len(depts)].id
		// The document's shape, the same in each language: sections
		// (depth 1 to 3, some positions) and the number of duties in each.
		type section struct {
			id       string
			depth    int
			position bool
			duties   int
			code     bool
		}
		var sections []section
		for s := range 1 + r.IntN(3) {
			sections = append(sections, section{id: fmt.Sprintf("s%d", s), depth: 1, duties: r.IntN(3), code: r.IntN(3) == 0})
			for depth := 2; depth <= 3 && r.IntN(2) == 0; depth++ {
				sections = append(sections, section{id: fmt.Sprintf("s%d-%d", s, depth), depth: depth, position: r.IntN(2) == 0, duties: 1 + r.IntN(2)})
			}
		}
		group := ""
		if r.IntN(4) > 0 {
			group = groups[r.IntN(len(groups))]
		}
		withAliases, withSources, withCode, withSummary := r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0
		withTraits, withDescriptions, withEmpty := r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(3) == 0
		raci := r.Uint32()
		for li, l := range langs {
			var b strings.Builder
			name := d.en
			if l == "zh" {
				name = d.zh
			}
			fmt.Fprintf(&b, "---\nid: %s\nname: %q\n", d.id, name)
			if withAliases {
				if l == "zh" {
					fmt.Fprintf(&b, "aliases: [%s别名, 第二%s]\n", d.zh, d.zh)
				} else {
					fmt.Fprintf(&b, "aliases: [%s alias, second %s]\n", d.id, d.id)
				}
			}
			if li == 0 { // the attributes of every language: once
				if group != "" {
					fmt.Fprintf(&b, "group: %s\n", group)
				}
				if withSources {
					b.WriteString("sources: [handbook]\n")
				}
				if withCode {
					code++
					fmt.Fprintf(&b, "code: \"%d\"\n", code)
				}
			}
			if withSummary {
				if l == "zh" {
					fmt.Fprintf(&b, "summary: 管理%s的事务。\n", d.zh)
				} else {
					fmt.Fprintf(&b, "summary: Runs %s's work.\n", d.id)
				}
			}
			if withTraits {
				if l == "zh" {
					b.WriteString("traits:\n  objective: 管好账目。\n")
				} else {
					b.WriteString("traits:\n  objective: Keep the books.\n  analogy: The pantry.\n")
				}
			}
			b.WriteString("---\n")
			for si, s := range sections {
				title := fmt.Sprintf("Part %s of %s", s.id, d.id)
				if l == "zh" {
					title = fmt.Sprintf("%s第%s部分", d.zh, s.id)
				}
				attrs := ""
				if s.position {
					attrs = " .position"
				}
				fmt.Fprintf(&b, "\n%s %s {#%s%s}\n", strings.Repeat("#", s.depth+1), title, s.id, attrs)
				if s.code && li == 0 {
					code++
					fmt.Fprintf(&b, "Code: %d\n", code)
				}
				if s.depth == 1 && l == "en" && withAliases {
					fmt.Fprintf(&b, "Aliases: part %s of %s\n", s.id, d.id)
				}
				for k := range s.duties {
					if l == "zh" {
						fmt.Fprintf(&b, "- %s第%s部分的第%d项职责。\n", d.zh, s.id, k+1)
					} else {
						fmt.Fprintf(&b, "- Do task %d of %s in %s.\n", k+1, s.id, d.id)
					}
					// RACI lines in the first language's file, keyed in it.
					if li == 0 && raci>>(si*2+k)&1 == 1 {
						if l == "zh" {
							fmt.Fprintf(&b, "  负责：%s\n  批准：%s\n", d.id, other)
						} else {
							fmt.Fprintf(&b, "  Responsible: %s\n  Consulted: %s, %s\n", other, d.id, other)
						}
					}
					if withDescriptions && k == 0 {
						if l == "zh" {
							b.WriteString("\n  说明：先核对，再签字。\n\n")
						} else {
							b.WriteString("\n  Check first, then sign.\n\n")
						}
					}
				}
			}
			if withEmpty {
				title := "Later"
				if l == "zh" {
					title = "以后"
				}
				fmt.Fprintf(&b, "\n## %s {#later}\n", title)
			}
			files[l+"/"+d.id+".md"] = b.String()
		}
	}
	// A topic and a relation, each in one language or both.
	for _, l := range genLangs(r) {
		name, point := "How money moves", "Money moves monthly."
		if l == "zh" {
			name, point = "资金怎样流动", "资金按月流动。"
		}
		files[l+"/money.md"] = fmt.Sprintf("---\nid: money\nkind: topic\nname: %s\nconcerns: [%s]\n---\n- %s\n\n## Part {#part}\n- %s\n", name, depts[0].id, point, point)
	}
	for li, l := range genLangs(r) {
		name, item := "What goes across", "Reports."
		if l == "zh" {
			name, item = "交接什么", "报告。"
		}
		lines := ""
		if li == 0 {
			lines = fmt.Sprintf("  From: %s\n  To: %s\n", depts[0].id, depts[1].id)
			if l == "zh" {
				lines = fmt.Sprintf("  提供方：%s\n  接收方：%s\n", depts[0].id, depts[1].id)
			}
		}
		files[l+"/across.md"] = fmt.Sprintf("---\nid: across\nkind: relation\nname: %s\nfrom: %s\nto: %s\n---\n## Items {#items}\n- %s\n%s", name, depts[0].id, depts[1].id, item, lines)
	}
	return files
}

// genLangs is the languages of a generated document: English, Chinese or
// both.
func genLangs(r *rand.Rand) []string {
	switch r.IntN(3) {
	case 0:
		return []string{"en"}
	case 1:
		return []string{"zh"}
	}
	return []string{"en", "zh"}
}

// TestRoundTripGenerated (tryout24 H6): every folder validate accepts
// exports as CSV and as a workbook, imports back, and exports again to
// the same bytes, with the same lines, summaries and groups. The folders
// are generated: one-language departments in either language in a
// folder of two, groups named in one language or both, nested sections
// and positions, codes, aliases, RACI lines, one-language topics and
// relations.
func TestRoundTripGenerated(t *testing.T) {
	seen := map[string]int{}
	for seed := range uint64(60) {
		files := genFolder(seed)
		fsys := fstest.MapFS{}
		for name, text := range files {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		org, ps := content.Check(content.Layer{Name: "g", Root: "g", FS: fsys})
		if org == nil || len(ps.Errors()) > 0 {
			t.Fatalf("seed %d: the generated folder is not valid:\n%s", seed, ps)
		}
		for _, f := range genFeatures {
			if f.has(org) {
				seen[f.name]++
			}
		}
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			defer func() {
				if t.Failed() {
					for name, text := range files {
						t.Logf("%s:\n%s", name, text)
					}
				}
			}()
			roundTrip(t, org)
		})
	}
	// The generator makes every kind of folder the test is for.
	for _, f := range genFeatures {
		if seen[f.name] == 0 {
			t.Errorf("no generated folder has %s", f.name)
		}
	}
	t.Logf("folders with each feature: %v", seen)
}

// genFeatures are the odd shapes TestRoundTripGenerated is for, each of
// which some generated folder must have.
var genFeatures = []struct {
	name string
	has  func(org *model.Org) bool
}{
	{"an English-only department beside a Chinese one", func(org *model.Org) bool {
		return org.HasLang(model.Zh) && anyDept(org, func(d *model.Node) bool { return d.Title[model.Zh] == "" })
	}},
	{"a Chinese-only department beside an English one", func(org *model.Org) bool {
		return org.HasLang(model.En) && anyDept(org, func(d *model.Node) bool { return d.Title[model.En] == "" })
	}},
	{"a one-language department in a group named in both", func(org *model.Org) bool {
		return anyDept(org, func(d *model.Node) bool {
			g := org.GroupOf(d)
			return g != nil && g.Name[model.En] != "" && g.Name[model.Zh] != "" && (d.Title[model.En] == "" || d.Title[model.Zh] == "")
		})
	}},
	{"a group named in one language of two", func(org *model.Org) bool {
		return org.HasLang(model.En) && org.HasLang(model.Zh) && anyDept(org, func(d *model.Node) bool {
			g := org.GroupOf(d)
			return g != nil && (g.Name[model.En] == "" || g.Name[model.Zh] == "")
		})
	}},
	{"a position nested in a one-language department", func(org *model.Org) bool {
		return anyDept(org, func(d *model.Node) bool {
			nested := false
			d.Walk(func(n *model.Node) bool {
				nested = nested || (n.Role == model.RolePosition && n.Parent != d && (d.Title[model.En] == "" || d.Title[model.Zh] == ""))
				return true
			})
			return nested
		})
	}},
	{"a one-language topic or relation", func(org *model.Org) bool {
		return slices.ContainsFunc(org.Documents(), func(d *model.Node) bool {
			return d.Kind != model.KindDepartment && (d.Title[model.En] == "" || d.Title[model.Zh] == "")
		})
	}},
	{"RACI lines in a Chinese-only department", func(org *model.Org) bool {
		return anyDept(org, func(d *model.Node) bool {
			raci := false
			d.Walk(func(n *model.Node) bool {
				raci = raci || (n.RACI() != nil && d.Title[model.En] == "")
				return true
			})
			return raci
		})
	}},
}

func anyDept(org *model.Org, f func(d *model.Node) bool) bool {
	return slices.ContainsFunc(org.Departments, f)
}

// TestRoundTripArrowInNames: a department or section whose name holds
// ›, the sign between levels in a unit cell, is written \› and read back
// as one name (a section "T › U" imported as two levels, and the path
// column then had one id too few); so is a name holding \› itself, or
// ending in a backslash.
func TestRoundTripArrowInNames(t *testing.T) {
	fsys := fstest.MapFS{
		"en/a.md": {Data: []byte("---\nid: a\nname: \"Plan › Do\"\n---\n## S\\\\ {#s}\n- x\n\n### T › U {#t}\n- y\n\n#### V \\\\› W {#v .position}\n- z\n")},
	}
	org, ps := content.Check(content.Layer{Name: "a", Root: "a", FS: fsys})
	if org == nil || len(ps.Errors()) > 0 {
		t.Fatalf("fixture:\n%s", ps)
	}
	roundTrip(t, org)
	rows := Table(org, allLangs(org))
	for _, r := range rows {
		if r[0] == "a/s/t/v/1" {
			if want := []string{`Plan \› Do`, `S\ › T \› U › V \\› W`}; r[2] != want[0] || r[3] != want[1] {
				t.Errorf("unit cells %q, %q; want %q", r[2], r[3], want)
			}
			return
		}
	}
	t.Error("no row a/s/t/v/1")
}
