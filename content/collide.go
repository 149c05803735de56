package content

import (
	"fmt"

	"github.com/dutymap/dutymap/model"
)

// givenKey names a front-matter key of a document in one language's file.
type givenKey struct {
	id, key string
	lang    model.Lang
}

// keyAt is where a front matter gives a key: the file, its line and the
// layer (from 0, in the order loaded).
type keyAt struct {
	file        string
	line, layer int
}

// recordKeys notes where the files of a document give the keys the
// checks after loading (checkNames) blame: a later layer's replace an
// earlier one's, but for the id: the first layer's.
func (ld *loader) recordKeys(pair [model.NumLangs]*parsedDoc) {
	for _, pd := range pair {
		if pd == nil || pd.fm == nil {
			continue
		}
		for _, key := range []string{"id", "name", "aliases", "code", "concerns", "from", "to"} {
			k := givenKey{pd.fm.ID, key, pd.lang}
			if _, made := ld.given[k]; made && key == "id" {
				continue // a document is where its id was first given, not where a layer overlays it
			}
			if line, ok := pd.fm.lines[key]; ok && !pd.fm.bad[key] {
				ld.given[k] = keyAt{pd.file, line, ld.layer}
			}
		}
	}
}

// at is where the document id gives key: in lang's file, or with lang
// -1 in either (the later layer's, else the first language's).
func (ld *loader) at(id, key string, lang int) (keyAt, bool) {
	if lang >= 0 {
		k, ok := ld.given[givenKey{id, key, model.Lang(lang)}]
		return k, ok
	}
	var best keyAt
	found := false
	for l := range model.NumLangs {
		if k, ok := ld.given[givenKey{id, key, l}]; ok && (!found || k.layer > best.layer) {
			best, found = k, true
		}
	}
	return best, found
}

// checkNames reports what makes the documents' names and codes collide
// or say nothing: two documents with one code (show finds both), an alias
// that is another document's id or name (show finds that one, never this
// one); and notes an alias two documents give (show lists both), a
// relation from a department to itself, a topic whose concerns: is empty.
func (ld *loader) checkNames() {
	kindOf := func(n *model.Node) string {
		if n.Kind == model.KindDepartment {
			return "department"
		}
		return n.Kind.String()
	}
	byCode := map[string]*model.Node{}
	byAlias := map[string]aliasAt{}
	byID := map[string]*model.Node{}
	byName := map[string][]*model.Node{}
	var firstDept string
	for _, d := range ld.docs {
		byID[model.Fold(d.ID)] = d
		for l := range model.NumLangs {
			if d.Title[l] != "" {
				byName[model.Fold(d.Title[l])] = append(byName[model.Fold(d.Title[l])], d)
			}
		}
		if firstDept == "" && d.Kind == model.KindDepartment {
			firstDept = d.ID
		}
	}
	// A document whose id differs between its two files is one problem
	// (reportIDTwins): as written it is two, whose names and aliases
	// collide; the fix of that problem ends those collisions.
	twins := ld.twinIDs()
	for _, d := range ld.docs {
		if twins[d.ID] {
			continue
		}
		if code := d.Code(); code != "" {
			q := model.Fold(code)
			if prev := byCode[q]; prev != nil {
				this, other := d, prev
				here, _ := ld.at(this.ID, "code", -1)
				there, _ := ld.at(other.ID, "code", -1)
				if there.layer > here.layer {
					here, there, this, other = there, here, other, this
				}
				ld.c.add(here.file, here.line, fmt.Sprintf("give this %s a code of its own, or none", kindOf(this)),
					"code %q is also the code of the %s %s (%s:%d): show %s would find both", code, kindOf(other), other.ID, there.file, there.line, code)
			} else {
				byCode[q] = d
			}
		}
		for l := range model.NumLangs {
			for _, alias := range d.Aliases()[l] {
				if ld.checkAlias(d, l, alias, byID, byName, twins, kindOf) {
					continue
				}
				q := model.Fold(alias)
				prev, seen := byAlias[q]
				if !seen {
					byAlias[q] = aliasAt{d, l}
					continue
				}
				if prev.doc == d {
					continue
				}
				here, ok1 := ld.at(d.ID, "aliases", int(l))
				there, ok2 := ld.at(prev.doc.ID, "aliases", int(prev.lang))
				if ok1 && ok2 {
					ld.c.note(here.file, here.line, fmt.Sprintf("keep %q among the aliases of one of the two", alias),
						"alias %q is also an alias of the %s %s (%s:%d): show %s lists both", alias, kindOf(prev.doc), prev.doc.ID, there.file, there.line, alias)
				}
			}
		}
		switch {
		case d.Kind == model.KindRelation && d.From() != "" && d.From() == d.To():
			if at, ok := ld.at(d.ID, "to", -1); ok {
				ld.c.note(at.file, at.line, "write in to: the department that receives the work (or in from: the one that hands it over)",
					"the relation %s hands work from %s to %s itself", d.ID, d.From(), d.To())
			}
		case d.Kind == model.KindTopic && len(d.Concerns()) == 0:
			if at, ok := ld.at(d.ID, "concerns", -1); ok {
				example := "sales"
				if firstDept != "" {
					example = firstDept
				}
				ld.c.note(at.file, at.line, fmt.Sprintf("list the departments the topic is about, such as  concerns: [%s]  (or delete the line)", example),
					"concerns: is empty: the topic %s is about no department", d.ID)
			}
		}
	}
}

// aliasAt is the first document giving an alias, and in which language.
type aliasAt struct {
	doc  *model.Node
	lang model.Lang
}

// checkAlias reports d's alias (in language l) when it is the id or name
// of another document (see checkNames), but for documents whose files
// give two ids (twins). It reports whether the alias is one.
func (ld *loader) checkAlias(d *model.Node, l model.Lang, alias string, byID map[string]*model.Node, byName map[string][]*model.Node, twins map[string]bool, kindOf func(*model.Node) string) bool {
	q := model.Fold(alias)
	var other *model.Node
	what := "id"
	if o := byID[q]; o != nil && o != d && !twins[o.ID] {
		other = o
	} else {
		for _, o := range byName[q] {
			if o != d && !twins[o.ID] {
				other, what = o, "name"
				break
			}
		}
	}
	if other == nil {
		return false
	}
	here, ok := ld.at(d.ID, "aliases", int(l))
	if !ok {
		return true
	}
	there, _ := ld.at(other.ID, "id", -1)
	shown := other.ID // the id or name as the other document writes it
	if what == "name" {
		for ol := range model.NumLangs {
			if model.Fold(other.Title[ol]) == q {
				there, _ = ld.at(other.ID, "name", int(ol))
				shown = other.Title[ol]
				break
			}
		}
	}
	if there.layer > here.layer {
		// The other document came later, over this one's layer: its name
		// is meant, and the earlier alias no longer finds anything.
		ld.c.note(there.file, there.line, fmt.Sprintf("if this %s is meant to be found by it, nothing; else give it another %s", kindOf(other), what),
			"the %s %q of the %s %s is also an alias of the %s %s (%s:%d): that alias now finds this %s, not %s",
			what, shown, kindOf(other), other.ID, kindOf(d), d.ID, here.file, here.line, kindOf(other), d.ID)
		return true
	}
	ld.c.add(here.file, here.line, fmt.Sprintf("delete %q from aliases:", alias),
		"alias %q is the %s of another %s (%s, %s:%d): it finds that one, never the %s %s", alias, what, kindOf(other), other.ID, there.file, there.line, kindOf(d), d.ID)
	return true
}
