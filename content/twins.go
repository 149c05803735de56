package content

import (
	"fmt"
	"maps"
	"path"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// idTwin is a file written in both languages whose two halves give
// different ids (en/sales.md says  id: sale, zh/sales.md  id: sales): each
// half would be a document in one language only, so it is one problem,
// reported once every reference is known (the fix keeps the id they use).
type idTwin struct {
	half    [model.NumLangs]*parsedDoc
	folders [model.NumLangs]string // the language folders, for messages
}

// namesakes pairs the documents of a layer written in one language only
// with the file of the same name in the other language, when that file too
// is a document in its language only: the same document under two ids.
// byID holds the layer's documents by id and language.
func namesakes(perLang [model.NumLangs][]*parsedDoc, byID map[string][model.NumLangs]*parsedDoc, folders [model.NumLangs]string) []idTwin {
	alone := func(pd *parsedDoc) bool {
		pair := byID[pd.node.ID]
		return pair[pd.lang] == pd && pair[1-pd.lang] == nil
	}
	zhByRel := map[string]*parsedDoc{}
	for _, pd := range perLang[model.Zh] {
		if alone(pd) {
			zhByRel[pd.rel] = pd
		}
	}
	var out []idTwin
	for _, en := range perLang[model.En] {
		if zh := zhByRel[en.rel]; zh != nil && alone(en) && en.node.Kind == zh.node.Kind {
			out = append(out, idTwin{half: [model.NumLangs]*parsedDoc{en, zh}, folders: folders})
		}
	}
	return out
}

// twinned reports whether pd is a half of one of twins.
func twinned(twins []idTwin, pd *parsedDoc) bool {
	for _, t := range twins {
		if pd != nil && t.half[pd.lang] == pd {
			return true
		}
	}
	return false
}

// reportIDTwins reports each idTwin once, at the half whose id should
// change: the other half keeps the id more references use (ties: the id
// that is the file's name, else the English one), so that the fix, once
// applied, leaves no reference naming nothing. refs counts the references
// to each department id.
func (ld *loader) reportIDTwins(twins []idTwin) {
	if len(twins) == 0 {
		return
	}
	refs := ld.deptRefCounts()
	for _, t := range twins {
		en, zh := t.half[model.En], t.half[model.Zh]
		keep, change := en, zh
		stem := strings.TrimSuffix(path.Base(en.rel), path.Ext(en.rel))
		switch ne, nz := refs[en.node.ID], refs[zh.node.ID]; {
		case nz > ne, nz == ne && zh.node.ID == stem && en.node.ID != stem:
			keep, change = zh, en
		}
		fix := fmt.Sprintf("use one id in both: write  id: %s  here", keep.node.ID)
		if n := refs[change.node.ID]; n > 0 {
			fix += fmt.Sprintf(", and change the %s to %s to %s", Count(n, "reference", "references"), change.node.ID, keep.node.ID)
		}
		fix += "; if they are two different documents, rename one of the files"
		ld.c.add(change.file, change.fm.line("id"), fix,
			"id %q here, but the same file in %s/ (%s:%d) has id %q: as written they are two %ss, each in one language",
			change.node.ID, t.folders[keep.lang], keep.file, keep.fm.line("id"), keep.node.ID, change.node.Kind)
	}
}

// deptRefCounts counts the references to each department id: from:, to:
// and concerns: of relations and topics, and the RACI, Overlaps and
// hand-off lines (of both languages) that name a department by its id or a
// path under it.
func (ld *loader) deptRefCounts() map[string]int {
	n := maps.Clone(ld.lineRefCounts())
	for _, r := range ld.deptRef {
		n[r.id]++
	}
	return n
}

// lineRefCounts is lineRefCounts of the organisation read, worked out once
// it is whole (the id twins and the twins merged by place both need it).
func (ld *loader) lineRefCounts() map[string]int {
	if ld.lineRefs == nil {
		ld.lineRefs = lineRefCounts(ld.docs, ld.c.twins)
	}
	return ld.lineRefs
}

// closestDept is the department id nearest to id (see closest).
func (ld *loader) closestDept(id string) string {
	var ids []string
	for _, d := range ld.docs {
		if d.Kind == model.KindDepartment {
			ids = append(ids, d.ID)
		}
	}
	return closest(id, ids)
}

// closest is the id of ids nearest to id when one is a typo of it (typo),
// or "".
func closest(id string, ids []string) string {
	t := newTypo(id)
	best, bestD := "", -1
	for _, c := range ids {
		if e, ok := t.edits(c); ok && (bestD < 0 || e < bestD) {
			best, bestD = c, e
		}
	}
	return best
}

// sourceHint is the fix for a citation of an unknown source id.
func (ld *loader) sourceHint(id string) string {
	ids := make([]string, len(ld.sources))
	for i, src := range ld.sources {
		ids[i] = src.ID
	}
	// An entry needs a title as much as an id: the fix names both lines,
	// so that following it gives no new problem (tryout25 T5's kind).
	entry := sourceEntry(id)
	if near := closest(id, ids); near != "" {
		return fmt.Sprintf("did you mean %s? or list %s in sources.yaml, %s", near, id, entry)
	}
	return "list it in sources.yaml, " + entry + "; or check the spelling"
}

// sourceEntry says how to write a source id in sources.yaml: an id line
// and its title under it.
func sourceEntry(id string) string {
	title := humanName(id)
	if title == "" {
		title = "the document's name"
	}
	return fmt.Sprintf("beside the language folders, as the lines  - id: %s  and  title: %s  indented under it", id, title)
}

// twinIDs are the ids of both halves of every id twin found.
func (ld *loader) twinIDs() map[string]bool {
	ids := map[string]bool{}
	for _, t := range ld.idTwins {
		for _, h := range t.half {
			if h != nil && h.node != nil {
				ids[h.node.ID] = true
			}
		}
	}
	return ids
}
