package content

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// groupsDoc is groups.yaml: the groups of departments, each declared once
// with its name in every language, beside sources.yaml.
var groupsDoc = yamlDoc{"groups.yaml", 0}

const groupKeys = "id, name, sources"

// declaredGroup is a group with where it was declared.
type declaredGroup struct {
	*model.Group
	file string
	line int
}

// loadGroups reads the layer's groups.yaml, if any. A group a later layer
// declares again replaces the earlier one's name and sources, as sources do;
// declaring one id twice in one file is a mistake.
func (ld *loader) loadGroups(l Layer) {
	file, list, ok := ld.readList(l, groupsDoc, "groups", "write one entry per group, each starting with  - id: ")
	if !ok {
		// Which groups the file declares is unknown: departments naming
		// them are not reported for its sake.
		ld.groupsUnread = ld.groupsUnread || (list == nil && file != "")
		return
	}
	here := map[string]int{} // id → line, in this file
	for _, entry := range list.Content {
		g := ld.readGroup(file, deref(entry))
		if g == nil {
			continue
		}
		if prev, dup := here[g.ID]; dup {
			ld.c.add(file, g.line, fmt.Sprintf("give each group its own id, or delete this entry and keep the one on line %d", prev), "group %q is declared twice (line %d declares it too)", g.ID, prev)
			continue
		}
		here[g.ID] = g.line
		if i, ok := ld.groupIdx[g.ID]; ok {
			ld.groups[i] = g
			continue
		}
		ld.groupIdx[g.ID] = len(ld.groups)
		ld.groups = append(ld.groups, g)
	}
}

// readGroup reads one entry of groups.yaml. An entry with a readable id is
// kept even when its name is wrong, so that the departments naming it are
// not reported too.
func (ld *loader) readGroup(file string, e *yaml.Node) *declaredGroup {
	if e.Kind != yaml.MappingNode {
		ld.c.add(file, e.Line, "write the group as lines  id: …  and  name: …  (with en: and zh: lines under name:)", "a group must be a list of keys (id, name, sources)")
		return nil
	}
	g := &declaredGroup{Group: &model.Group{}, file: file, line: e.Line}
	var name *yaml.Node
	for i := 0; i+1 < len(e.Content); i += 2 {
		k, v := e.Content[i], deref(e.Content[i+1])
		switch k.Value {
		case "id":
			if v.Kind == yaml.ScalarNode {
				g.ID = clean(v.Value)
			}
		case "name":
			name = v
		case "sources":
			if v.Kind != yaml.SequenceNode {
				ld.c.add(file, v.Line, "write the source ids as a list, such as  sources: [annual-report]", "sources: of a group is not a list")
				continue
			}
			for _, s := range v.Content {
				if s = deref(s); s.Kind == yaml.ScalarNode {
					g.Sources = append(g.Sources, clean(s.Value))
					ld.refs = append(ld.refs, located{id: clean(s.Value), file: file, line: s.Line})
				}
			}
		default:
			if isMergeKey(k) {
				ld.c.add(file, k.Line, mergeKeyFix, "a YAML merge key (<<) is not read in groups.yaml")
				continue
			}
			ld.c.add(file, k.Line, "use one of "+groupKeys, "unknown key %q in groups.yaml", k.Value)
		}
	}
	if !ld.validEntryID(file, e.Line, "group", g.ID, "front-office") {
		return nil
	}
	const nameFix = "add  name:  with one line per language, such as  en: Front-office departments  and  zh: 前端部门"
	switch {
	case name == nil:
		ld.c.add(file, e.Line, nameFix, "group %q has no name", g.ID)
	case name.Kind == yaml.ScalarNode:
		for l := range model.NumLangs {
			g.Name[l] = strings.TrimSpace(clean(name.Value))
		}
	case name.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(name.Content); i += 2 {
			k, v := name.Content[i], deref(name.Content[i+1])
			lang, err := model.ParseLang(k.Value)
			if err != nil || v.Kind != yaml.ScalarNode {
				ld.c.add(file, k.Line, "write one name per language, such as  en: Front-office departments", "name: %q is not a language followed by a name", k.Value)
				continue
			}
			g.Name[lang] = strings.TrimSpace(clean(v.Value))
		}
	default:
		ld.c.add(file, name.Line, nameFix, "name: of group %q is a list", g.ID)
	}
	if name != nil && g.Name == (model.Text{}) {
		ld.c.add(file, name.Line, nameFix, "group %q has an empty name", g.ID)
	}
	return g
}

// checkGroups reports departments naming a group no groups.yaml declares,
// and notes groups no department names or that lack a language's name.
func (ld *loader) checkGroups() {
	used := map[string]bool{}
	for _, r := range ld.groupRefs {
		used[r.id] = true
		if _, ok := ld.groupIdx[r.id]; ok || ld.groupsUnread {
			continue
		}
		ld.c.add(r.file, r.line, ld.groupFix(r.id), "unknown group %q", r.id)
	}
	for _, g := range ld.groups {
		if !used[g.ID] {
			ld.c.note(g.file, g.line, fmt.Sprintf("add  group: %s  to the front matter of the departments that belong to it, or delete the entry", g.ID),
				"no department belongs to group %q", g.ID)
		}
		for _, l := range model.Langs {
			if ld.tags[l] != "" && !g.Name.Has(l) && g.Name != (model.Text{}) {
				tag := ld.tags[l]
				ld.c.note(g.file, g.line, fmt.Sprintf("add a line  %s: …  under its name:", tag),
					"group %q has no name in %s; it is shown there as %q", g.ID, tag, g.Name.In(l))
			}
		}
	}
}

// groupFix says how to declare a group a department names, or which
// declared ids to use instead.
func (ld *loader) groupFix(id string) string {
	// The entry needs a name as much as an id: both lines are named, so
	// that following the fix gives no new problem (tryout25 T5's kind).
	name := humanName(id)
	if name == "" {
		name = "Front-office departments"
	}
	declare := fmt.Sprintf("declare it in groups.yaml, beside the language folders, as the lines  - id: %s  and  name: %s  indented under it", id, name)
	if len(ld.groups) == 0 || len(ld.groups) > 15 {
		return declare
	}
	ids := make([]string, len(ld.groups))
	for i, g := range ld.groups {
		ids[i] = g.ID
	}
	return "use one of " + strings.Join(ids, ", ") + "; or " + declare
}

// modelGroups are the declared groups as the organisation holds them.
func (ld *loader) modelGroups() []*model.Group {
	out := make([]*model.Group, len(ld.groups))
	for i, g := range ld.groups {
		out[i] = g.Group
	}
	return out
}
