package content

import (
	"fmt"
	"slices"

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
				ld.codeTwice(code, this, model.Loc{File: here.file, Line: here.line}, other, model.Loc{File: there.file, Line: there.line})
			} else {
				byCode[q] = d
			}
		}
		for l := range model.NumLangs {
			for _, alias := range d.Aliases()[l] {
				if ld.checkAlias(d, l, alias, byID, byName, twins) {
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

// codeTwice reports the code that n, given at here, shares with other,
// given at there: show finds both. Two documents with one code are found
// by checkNames, two nodes one of which is a section or duty by
// checkNodeNames.
func (ld *loader) codeTwice(code string, n *model.Node, here model.Loc, other *model.Node, there model.Loc) {
	what := kindOf(n)
	if !n.Kind.IsDocument() {
		what = kindWord(n)
	}
	found := "both"
	if k := ld.codeCount(code); k > 2 {
		found = fmt.Sprintf("all %d", k)
	}
	ld.c.add(here.File, here.Line, fmt.Sprintf("give this %s a code of its own, or none", what),
		"code %q is also the code of %s (%s): show %s would find %s", code, nodeWord(other), there, code, found)
}

// codeCount is how many nodes give code, folded: each after the first is
// reported once, against the first, and the message says how many show
// finds. The count is made at the first code found twice (a walk of the
// whole organisation, which content with no shared code never pays).
func (ld *loader) codeCount(code string) int {
	if ld.codeHolders == nil {
		ld.codeHolders = map[string]int{}
		twins := ld.twinIDs()
		for _, d := range ld.docs {
			if twins[d.ID] {
				continue
			}
			d.Walk(func(n *model.Node) bool {
				if c := n.Code(); c != "" {
					ld.codeHolders[model.Fold(c)]++
				}
				return true
			})
		}
	}
	return ld.codeHolders[model.Fold(code)]
}

// aliasAt is the first document giving an alias, and in which language.
type aliasAt struct {
	doc  *model.Node
	lang model.Lang
}

// checkAlias reports d's alias (in language l) when it is the id or name
// of another document (see checkNames), but for documents whose files
// give two ids (twins). It reports whether the alias is one.
func (ld *loader) checkAlias(d *model.Node, l model.Lang, alias string, byID map[string]*model.Node, byName map[string][]*model.Node, twins map[string]bool) bool {
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

// docName is a document by one of its names, for checkNodeNames.
type docName struct {
	doc  *model.Node
	what string // "id", "name" or "alias"
}

// checkNodeNames reports the codes and aliases that a lookup by name
// (show, compare, RACI lines: model.Org.Resolve) can never reach, which
// checkNames does not see: it compares documents with documents. Resolve
// tries a path or document id first, then the code of any node, then a
// document's id, name or alias, then the names and aliases of sections
// and duties; so
//   - a code that is a document's id finds the document, never its node;
//     one that is a document's name hides that name (show finds the
//     coded node instead): errors;
//   - an alias that is another node's code finds that node, and a
//     section's or duty's alias that is a document's id, name or alias
//     finds the document: never the node that gives it, an error;
//   - with notes, a document's alias that is a section's or duty's name
//     (show finds the document, not the section), and a section's or
//     duty's alias that is another one's name or alias (show lists both):
//     notes, as two documents giving one alias is.
//
// Documents whose files give two ids (twins) are left out: that problem
// is the one to fix.
func (ld *loader) checkNodeNames(org *model.Org, notes bool) {
	twins := ld.twinIDs()
	docNames := map[string]docName{} // folded id, name or alias of a document: the first to give it
	codes := map[string]*model.Node{}
	for _, n := range org.Nodes() {
		if n.Details == nil && !n.Kind.IsDocument() || len(twins) > 0 && twins[n.Root().ID] {
			continue // most duties: no code, no alias
		}
		if n.Kind.IsDocument() {
			put := func(key, what string) {
				if _, ok := docNames[key]; !ok {
					docNames[key] = docName{n, what}
				}
			}
			put(model.Fold(n.ID), "id")
			for l := range model.NumLangs {
				if n.Title[l] != "" {
					put(model.Fold(n.Title[l]), "name")
				}
			}
			for l := range model.NumLangs {
				for _, a := range n.Aliases()[l] {
					put(model.Fold(a), "alias")
				}
			}
		}
		if c := n.Code(); c != "" {
			switch o := codes[model.Fold(c)]; {
			case o == nil:
				codes[model.Fold(c)] = n
			case !n.Kind.IsDocument() || !o.Kind.IsDocument(): // two documents: checkNames
				ld.codeTwice(c, n, ld.codeLine(n), o, ld.codeLine(o))
			}
		}
	}
	var aliases []aliasOf // those a lookup reaches, for the notes
	for _, n := range org.Nodes() {
		if n.Details == nil || len(twins) > 0 && twins[n.Root().ID] {
			continue
		}
		if c := n.Code(); c != "" {
			if o, ok := docNames[model.Fold(c)]; ok && o.doc != n && o.what != "alias" {
				ld.codeHidden(n, c, o)
			}
		}
		for l := range model.NumLangs {
			for _, a := range n.Aliases()[l] {
				q := model.Fold(a)
				if o := codes[q]; o != nil && o != n {
					ld.aliasUnreached(n, l, a, o, "code")
					continue
				}
				if o, ok := docNames[q]; ok && !n.Kind.IsDocument() && o.doc != n {
					ld.aliasUnreached(n, l, a, o.doc, o.what)
					continue
				}
				aliases = append(aliases, aliasOf{n, l, a})
			}
		}
	}
	if notes && len(aliases) > 0 {
		ld.noteNodeAliases(org, aliases, twins)
	}
}

// aliasOf is an alias a node gives in a language.
type aliasOf struct {
	n     *model.Node
	lang  model.Lang
	alias string
}

// noteNodeAliases gives checkNodeNames's notes on aliases (of documents,
// sections and duties) that are the name or alias of a section or duty.
func (ld *loader) noteNodeAliases(org *model.Org, aliases []aliasOf, twins map[string]bool) {
	wanted := make(map[string]bool, len(aliases))
	longest := 0
	for _, a := range aliases {
		wanted[model.Fold(a.alias)] = true
		longest = max(longest, len(a.alias))
	}
	// The sections and duties named by one of those aliases: only they
	// are kept, by their folded name, and then by an alias of theirs.
	// Folding every duty's sentence took a third of a second at 100,000
	// duties: a title far longer than every alias (four times, as no
	// folding shrinks a name so, but for a run of invisible characters)
	// is not folded.
	names, byAlias := map[string]*model.Node{}, map[string]aliasOf{}
	for _, n := range org.Nodes() {
		if n.Kind.IsDocument() || len(twins) > 0 && twins[n.Root().ID] {
			continue
		}
		for l := range model.NumLangs {
			t := n.Title[l]
			if t == "" || len(t) > 4*longest+16 {
				continue
			}
			if q := model.Fold(t); wanted[q] && names[q] == nil {
				names[q] = n
			}
		}
	}
	for _, a := range aliases {
		q := model.Fold(a.alias)
		o, what := names[q], "the name"
		there := model.Loc{}
		if o == nil || o == a.n {
			first := byAlias[q]
			o, what = first.n, "an alias"
			if o != nil {
				there, _ = ld.aliasLine(o, first.lang, first.alias)
			}
		}
		if !a.n.Kind.IsDocument() && byAlias[q].n == nil {
			byAlias[q] = a
		}
		if o == nil || o == a.n || a.n.Kind.IsDocument() && what == "an alias" {
			continue // a document's alias before a section's: show finds the document
		}
		here, fix := ld.aliasLine(a.n, a.lang, a.alias)
		if what == "the name" {
			there = where(o, a.lang)
		}
		if a.n.Kind.IsDocument() {
			ld.c.note(here.File, here.Line, fmt.Sprintf("if show %s is meant to find the %s, delete %q from aliases:; else nothing: the %s is found by its path, %s", a.alias, kindWord(o), a.alias, kindWord(o), o.Path),
				"alias %q of %s is also %s of %s (%s): show %s finds the %s, not the %s", a.alias, nodeWord(a.n), what, nodeWord(o), there, a.alias, kindOf(a.n), kindWord(o))
			continue
		}
		ld.c.note(here.File, here.Line, "keep it, or "+fix,
			"alias %q of %s is also %s of %s (%s): show %s lists both", a.alias, nodeWord(a.n), what, nodeWord(o), there, a.alias)
	}
}

// codeHidden reports n's code c, which is the id or name of the document
// o names.
func (ld *loader) codeHidden(n *model.Node, c string, o docName) {
	here := ld.codeLine(n)
	there, _ := ld.at(o.doc.ID, o.what, -1)
	fix := fmt.Sprintf("give this %s another code, or none", kindWord(n))
	if o.what == "id" {
		ld.c.add(here.File, here.Line, fix, "code %q is the id of %s (%s:%d): show %s finds that %s, never %s",
			c, nodeWord(o.doc), there.file, there.line, c, kindOf(o.doc), nodeWord(n))
		return
	}
	ld.c.add(here.File, here.Line, fix, "code %q is the name of %s (%s:%d): show %s finds %s, never that %s",
		c, nodeWord(o.doc), there.file, there.line, c, nodeWord(n), kindOf(o.doc))
}

// aliasUnreached reports n's alias a (in language l), which is the code
// (what) of the node o, or the id, name or alias of the document o: a
// lookup finds o first.
func (ld *loader) aliasUnreached(n *model.Node, l model.Lang, a string, o *model.Node, what string) {
	here, fix := ld.aliasLine(n, l, a)
	var there model.Loc
	switch {
	case what == "code":
		there = ld.codeLine(o)
	default:
		key := map[string]string{"id": "id", "name": "name", "alias": "aliases"}[what]
		at, _ := ld.at(o.ID, key, docLang(o, what, a))
		there = model.Loc{File: at.file, Line: at.line}
	}
	ld.c.add(here.File, here.Line, fix, "alias %q is the %s of %s (%s): it finds that one, never %s", a, what, nodeWord(o), there, nodeWord(n))
}

// docLang is the language whose file gives the document d's name or
// alias (what) a, or -1 for its id or when neither does.
func docLang(d *model.Node, what, a string) int {
	q := model.Fold(a)
	for l := range model.NumLangs {
		switch {
		case what == "name" && model.Fold(d.Title[l]) == q:
			return int(l)
		case what == "alias" && slices.ContainsFunc(d.Aliases()[l], func(s string) bool { return model.Fold(s) == q }):
			return int(l)
		}
	}
	return -1
}

// codeLine is where n's code is given: a document's code: line, or a
// section's or duty's Code: line (in either language's file; its
// heading or line when neither is known, as a layer's overlay may leave).
func (ld *loader) codeLine(n *model.Node) model.Loc {
	if n.Kind.IsDocument() {
		at, _ := ld.at(n.ID, "code", -1)
		return model.Loc{File: at.file, Line: at.line}
	}
	for _, l := range model.Langs {
		if at := n.Loc[l]; at.File != "" {
			if line, ok := ld.named[attrPlace{at, attrCode}]; ok {
				return line
			}
		}
	}
	return where(n, model.En)
}

// aliasLine is where n's aliases in language l are given: a document's
// aliases: line, or a section's or duty's Aliases: line (its heading or
// line when that is not known, as a layer's overlay may leave); and the
// fix that deletes alias a there.
func (ld *loader) aliasLine(n *model.Node, l model.Lang, a string) (model.Loc, string) {
	if n.Kind.IsDocument() {
		at, _ := ld.at(n.ID, "aliases", int(l))
		return model.Loc{File: at.file, Line: at.line}, fmt.Sprintf("delete %q from aliases:", a)
	}
	at := where(n, l)
	if line, ok := ld.named[attrPlace{at, attrAliases}]; ok {
		return line, fmt.Sprintf("delete %q from this %s line", a, ld.c.labelAt(line.File, line.Line, attrAliases, l))
	}
	return at, fmt.Sprintf("delete %q from the %s line under this %s", a, attrAliases.label(l), kindWord(n))
}

// where is the file and line that give n (a section or duty) in language
// l, or in the other one.
func where(n *model.Node, l model.Lang) model.Loc {
	if n.Loc[l].File == "" {
		return n.Loc[l.Other()]
	}
	return n.Loc[l]
}

// nodeWord names a node for messages: "the department sales", "the
// section sales/field", "the duty sales/field/3".
func nodeWord(n *model.Node) string {
	if n.Kind.IsDocument() {
		return "the " + kindOf(n) + " " + n.ID
	}
	return "the " + kindWord(n) + " " + n.Path
}

// kindOf says what a document is: "department", "topic", "relation".
func kindOf(n *model.Node) string {
	if n.Kind == model.KindDepartment {
		return "department"
	}
	return n.Kind.String()
}
