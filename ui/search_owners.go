package ui

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// The search screen's blocks above its results: the owners ("who does
// this?": the departments and positions holding the matching duties, each
// with the duty that proves it) and a note when the query's words are not
// all mentioned. They take the room the window leaves: fewer owners on a
// short window, none when the results would get too few rows.

// searchBlocks is where the list's parts start, in rows of the list.
type searchBlocks struct {
	ownersTop int      // the first owner's row
	owners    int      // owners shown
	roleNote  int      // lines of the note in the owners' place (searchScreen.roleNote)
	note      []string // the note saying which words no duty mentions, wrapped
	results   int      // the first result's row (or the start page's)
}

// ownersFor is how many owners a list of h rows shows: enough to answer
// "who" at a glance, while the results keep about two thirds of the rows.
func ownersFor(h int) int {
	switch {
	case h >= 36:
		return 5
	case h >= 20:
		return 3
	case h >= 14:
		return 2
	case h >= 10:
		return 1
	}
	return 0
}

// blocks lays out the list: the field and a rule, the owners between two
// labelled rules, the note, then the results.
func (s *searchScreen) blocks() searchBlocks {
	b := searchBlocks{ownersTop: 2, results: 2}
	if s.onStartPage() {
		return b
	}
	if b.owners = min(len(s.owners), ownersFor(s.lay.list.h)); b.owners > 0 {
		b.results += b.owners + 1
	}
	if s.noMention || len(s.missing) > 0 || len(s.common) > 0 || len(s.unknown) > 0 || len(s.corrected) > 0 || s.readAs != nil || len(s.through) > 0 || len(s.compare) == 2 || s.chosen != nil || s.doer != nil || s.outOfScope != nil {
		// Wrapped, as the start page's lines are, in the rows that leave
		// one result its rows (all of them when nothing comes close); the
		// rest cut with "…".
		keep := rowHeight
		if len(s.results) == 0 {
			keep = 0
		}
		b.note = s.noteClip.clip(s.sh.cells, s.noteText(), s.lay.list.w-1, max(s.lay.list.h-b.results-keep, 1))
		b.results += len(b.note)
	}
	if b.owners == 0 && s.roleNote != "" {
		b.roleNote = len(s.roleNoteLines(b.results))
		b.results += b.roleNote + 1
	}
	return b
}

// roleNoteLines is the note of a role question no unit holds, wrapped to
// the list, in the rows the results leave it when the list's first used
// rows are above: all of it, or as much as leaves one result (three on a
// list of 20 rows or more) its rows, cut with "…".
func (s *searchScreen) roleNoteLines(used int) []string {
	keep := rowHeight
	if s.lay.list.h >= 20 {
		keep = 3 * rowHeight
	}
	return s.roleNoteClip.clip(s.sh.cells, s.roleNote, s.lay.list.w-1, max(s.lay.list.h-used-1-keep, 1))
}

// wrappedText is text wrapped to width cells as cells counts them, by
// clip in at most n lines, kept for the next call with the same
// arguments: a frame lays out the search screen's blocks about a dozen
// times (blocks), and wrapping is the costly part of it. The lines are
// shared: callers only read them.
type wrappedText struct {
	text     string
	width, n int
	cells    cells
	lines    []string
}

// clip is cw.clip(text, width, n), wrapped again only when an argument
// changed.
func (c *wrappedText) clip(cw cells, text string, width, n int) []string {
	n = max(n, 0)
	if c.lines == nil || c.text != text || c.width != width || c.n != n || c.cells != cw {
		*c = wrappedText{text: text, width: width, n: n, cells: cw, lines: cw.clip(text, width, n)}
	}
	return c.lines
}

// noteText is note, written once for the results, the language and the
// counting of cells it was written in (setResults forgets it).
func (s *searchScreen) noteText() string {
	c := &s.noteMade
	if !c.ok || c.lang != s.sh.lang || c.cells != s.sh.cells {
		*c = madeNote{ok: true, lang: s.sh.lang, cells: s.sh.cells, text: s.chosenNote(s.compareNote(s.scopeNote(s.note())))}
	}
	return c.text
}

// compareNote puts before note, when the query asks how two departments
// differ, where their comparison is (the CLI names its command).
func (s *searchScreen) compareNote(note string) string {
	if len(s.compare) != 2 {
		return note
	}
	name := func(n *model.Node) string { return oneLine(n.Title.In(s.sh.lang)) }
	say := fmt.Sprintf(s.sh.w().search.compare, name(s.compare[0]), name(s.compare[1]))
	return s.sentences(say, note)
}

// chosenNote puts before note, when the query offers units as
// alternatives ("is training done by HR or marketing"), which of them does
// the work, or that none does and who does, as the CLI says.
func (s *searchScreen) chosenNote(note string) string {
	if len(s.offered) < 2 || s.chosen == nil && s.doer == nil {
		return note
	}
	name := func(n *model.Node) string {
		if n.Parent != nil {
			return oneLine(n.Root().Title.In(s.sh.lang)) + " › " + oneLine(n.Title.In(s.sh.lang))
		}
		return oneLine(n.Title.In(s.sh.lang))
	}
	w := s.sh.w().search
	names := make([]string, len(s.offered))
	for i, n := range s.offered {
		names[i] = name(n)
	}
	list := func(last string) string {
		return strings.Join(names[:len(names)-1], w.listSep) + last + names[len(names)-1]
	}
	var say string
	if s.chosen != nil {
		say = fmt.Sprintf(w.chosen, list(w.offerAnd), name(s.chosen))
	} else {
		say = fmt.Sprintf(w.neither, list(w.offerNor), name(s.doer))
	}
	return s.sentences(say, note)
}

// scopeNote puts after note, when the units a question names as where to
// look hold no duty on its work, that the results are other units', as the
// CLI says it (search.OutOfScope.Note).
func (s *searchScreen) scopeNote(note string) string {
	if s.outOfScope == nil {
		return note
	}
	quote := func(w string) string { return s.quote([]string{w}) }
	name := func(n *model.Node) string { return oneLine(n.Title.In(s.sh.lang)) }
	return s.sentences(note, s.outOfScope.Note(s.sh.lang, quote, name))
}

// sentences joins two sentences of a note, either of them empty: with a
// space, none in Chinese.
func (s *searchScreen) sentences(first, second string) string {
	switch {
	case first == "":
		return second
	case second == "":
		return first
	case s.sh.lang == model.Zh:
		return first + second
	}
	return first + " " + second
}

// madeNote is a note as noteText wrote it.
type madeNote struct {
	ok    bool
	lang  model.Lang
	cells cells
	text  string
}

// rule is a horizontal rule across the list, labelled when label is not
// empty ("── Owners ──────").
func (s *searchScreen) rule(label string) string {
	st, width, cw := s.sh.st, s.lay.list.w, s.sh.cells
	if label == "" || width < cw.width(label)+6 {
		return st.Border.Render(strings.Repeat("─", width))
	}
	rest := width - 3 - cw.width(label) - 1
	return st.Border.Render("── ") + st.Label.Render(label) + st.Border.Render(" "+strings.Repeat("─", rest))
}

// note says which words of the query no duty mentions: all of them (the
// results are then the closest ones), or some (the results match the
// others).
func (s *searchScreen) note() string {
	w := s.sh.w().search
	switch {
	case len(s.unknown) > 0:
		return fmt.Sprintf(w.unknownDept, s.quote([]string{"d:" + s.unknown[0]}), strings.Join(s.deptIDs(), ", "))
	case len(s.common) > 0:
		return fmt.Sprintf(w.onlyCommon, s.quote(s.common))
	case s.readAs != nil:
		return fmt.Sprintf(w.readAs, s.quote([]string{s.readAs.Typed}), s.quote([]string{s.readAs.Node.Title.In(s.answer)}))
	}
	var typed, instead, meant, meantTyped []string
	for _, c := range s.corrected {
		if c.Searched {
			typed, instead = append(typed, c.Typed), append(instead, c.Word)
		} else {
			meant, meantTyped = append(meant, c.Word), append(meantTyped, c.Typed)
		}
	}
	if len(instead) > 0 {
		return fmt.Sprintf(w.searchedInstead, s.quote(typed), s.quote(instead))
	}
	named := s.missing
	if s.noMention {
		named = s.words
	}
	dym := ""
	switch {
	case len(meant) > 0 && len(named) > 1:
		// Several words named: each suggestion says its word.
		each := make([]string, 0, len(meant))
		for i, q := range s.quoted(meant) {
			if i < min(len(meantTyped), maxQuoted) { // not the "…"
				q = fmt.Sprintf(w.meantFor, q, s.quote(meantTyped[i:i+1]))
			}
			each = append(each, q)
		}
		dym = fmt.Sprintf(w.didYouMeanEach, strings.Join(each, w.listSep))
	case len(meant) > 0:
		dym = fmt.Sprintf(w.didYouMean, s.quote(meant))
	}
	if s.noMention && len(s.words) == 0 && len(s.tooCommon) > 0 {
		nothing := 0
		if len(s.results) == 0 {
			nothing = 1
		}
		return fmt.Sprintf(w.tooCommon[nothing], s.quote(s.tooCommon))
	}
	if s.noMention && len(s.words) == 0 {
		// Nothing to name (search.Results.NotMentioned names a query's
		// words): no note says no duty mentions nothing.
		return ""
	}
	if s.noMention {
		together := 0
		if s.together {
			together = 1
		}
		if s.oneLang {
			// Words of one language, departments written only in the
			// other: say so, as the command line does.
			if len(s.results) == 0 {
				return fmt.Sprintf(w.oneLangNothing, s.joined(s.words, false)+dym, s.otherOnly.Note(s.sh.lang))
			}
			return fmt.Sprintf(w.oneLangClosest, s.joined(s.words, false)+dym, s.otherOnly.Note(s.sh.lang))
		}
		if len(s.results) == 0 {
			return fmt.Sprintf(w.nothingClose[together], s.joined(s.words, s.together)+dym)
		}
		return fmt.Sprintf(w.noMention[together], s.joined(s.words, s.together)+dym)
	}
	var through string
	if len(s.through) > 0 {
		quote := func(word string) string { return s.quote([]string{word}) }
		through = fmt.Sprintf(w.through, search.ThroughNote(s.through, s.sh.lang, quote))
	}
	if len(s.missing) == 0 {
		return through // a suggestion is for a word named missing
	}
	sep := " " // between two sentences; none in Chinese
	if through == "" || s.sh.lang == model.Zh {
		sep = ""
	}
	return fmt.Sprintf(w.notMentioned, s.joined(s.missing, false)+dym) + sep + through
}

// joined quotes the words a "no duty mentions" note names, joined as the
// CLI joins them (search.JoinTerms): “feeds” or “cat”.
func (s *searchScreen) joined(words []string, together bool) string {
	q := s.quoted(words)
	more := len(words) > maxQuoted
	if more {
		q = q[:len(q)-1] // JoinTerms adds the "…"
	}
	return search.JoinTerms(q, s.sh.lang, together, more)
}

// quote writes words as the catalog quotes them: “hiring”, “recruit”.
func (s *searchScreen) quote(words []string) string {
	return strings.Join(s.quoted(words), s.sh.w().search.listSep)
}

// quoted is each word quoted, at most maxQuoted, with "…" for the rest.
func (s *searchScreen) quoted(words []string) []string {
	q := make([]string, 0, min(len(words), maxQuoted)+1)
	for _, x := range words[:min(len(words), maxQuoted)] {
		q = append(q, "“"+s.sh.cells.truncate(oneLine(x), maxQuotedWord, "…")+"”")
	}
	if len(words) > maxQuoted {
		q = append(q, "…")
	}
	return q
}

// A note quotes at most maxQuoted words of the query, each cut to
// maxQuotedWord cells: the line is one line of the list.
const maxQuoted, maxQuotedWord = 8, 30

// deptIDs are the ids of the departments a d: reference can name.
func (s *searchScreen) deptIDs() []string {
	var ids []string
	for _, d := range s.sh.org.Departments {
		ids = append(ids, d.ID)
	}
	return ids
}

// ownerCols are the columns of the owner rows, in cells from the list's
// left edge: the name, the count of duties, then the proving duty.
type ownerCols struct {
	name, count, proof int // where each starts
	nameW, countW      int
}

// ownerColumns sizes the columns to the owners shown. The name says who
// does it, the answer, so it comes first: it takes what it needs, leaving
// the proving duty a sixth of the width (at least 8 cells); at half the
// width "Marketing department › Research and planning specialist" lost
// its department and the end of the position. names are ownerNames'.
func (s *searchScreen) ownerColumns(names [][]string) ownerCols {
	cw, width := s.sh.cells, s.lay.list.w
	c := ownerCols{name: 3}
	for i, o := range s.owners[:s.blocks().owners] {
		c.nameW = max(c.nameW, cw.width(strings.Join(names[i], crumbSep)))
		c.countW = max(c.countW, cw.width(s.dutyCount(o)))
	}
	proofW := max(width/6, 8)
	c.nameW = min(c.nameW, max(width-c.name-c.countW-4-proofW, width/2-c.name, 8))
	c.count = c.name + c.nameW + 2
	c.proof = c.count + c.countW + 2
	return c
}

// ownerNames name the owners, each the department, and the position when
// one holds the duties, each part on one line; two owners of one name also
// name the unit between (search.OwnerLabels). They are named in the
// explorer's language, as the results' breadcrumbs under them are: the
// proofs are quoted in the language the query is answered in (谁做PR is
// answered in Chinese in the English explorer too), the names are the
// explorer's own (tryout19: 市场部 above "Marketing department › …").
func (s *searchScreen) ownerNames() [][]string {
	nodes := make([]*model.Node, len(s.owners))
	for i, o := range s.owners {
		nodes[i] = o.node
	}
	names := search.OwnerLabels(nodes, s.sh.lang)
	for _, parts := range names {
		for i, p := range parts {
			parts[i] = oneLine(p)
		}
	}
	return names
}

// ownersInPart reports whether one of the first k owners is counted by
// duties that mention only lesser words of the query (dutyCount: "2 in
// part").
func (s *searchScreen) ownersInPart(k int) bool {
	for _, o := range s.owners[:min(k, len(s.owners))] {
		if !o.unlisted() && o.duties == 0 {
			return true
		}
	}
	return false
}

// dutyCount says how many of an owner's duties match the query's main
// words, or, when none does, how many mention only lesser words of it; an
// owner answered only by another unit's duty naming it as the doer
// ("… the methods the marketing department has chosen") says whose duty
// names it, not a count of its own duties that its proof is none of.
func (s *searchScreen) dutyCount(o owner) string {
	w := s.sh.w().search
	switch {
	case o.unlisted():
		return ""
	case o.bySummary:
		return w.bySummary
	case (o.responsible || o.accountable > 0) && o.proof.node.Kind == model.KindPoint:
		return search.SharedWorkNote(oneLine(o.proof.node.Root().Title.In(s.sh.lang)), o.responsible, o.accountable > 0, s.sh.lang)
	case o.responsible:
		// It does a duty written in another unit, whose Responsible line
		// names it: say so, as the command line does, not "named in" (any
		// mention) nor a count.
		return search.ResponsibleNote(oneLine(o.proof.node.Root().Title.In(s.sh.lang)), s.sh.lang)
	case o.accountable > 0:
		// Its own duty, another unit's to do: it answers for it (A).
		return search.AccountableNote(o.accountable, s.sh.lang)
	case o.duties == 0 && !model.Within(o.proof.node, o.node) && o.proof.node.Kind != model.KindPoint:
		return search.NamedInNote(oneLine(o.proof.node.Root().Title.In(s.sh.lang)), s.sh.lang)
	case o.duties == 1:
		return w.oneDuty
	case o.duties > 1:
		return fmt.Sprintf(w.duties, o.duties)
	}
	return fmt.Sprintf(w.partial, o.mentions)
}

// ownerLines draws the first k owners, one row each: the name, the count,
// the duty that proves it; the selected one is highlighted whole.
func (s *searchScreen) ownerLines(k int) []string {
	st, cw, width := s.sh.st, s.sh.cells, s.lay.list.w
	names := s.ownerNames()
	c := s.ownerColumns(names)
	out := make([]string, 0, k)
	for i, o := range s.owners[:k] {
		sel := i == s.owner
		parts := []string{
			kindMark(o.node),
			cw.pad(cw.crumbKeepingTail(names[i], c.nameW), c.nameW) + "  ",
			cw.pad(s.dutyCount(o), c.countW) + "  ",
		}
		proof := ""
		if room := width - c.proof; room >= 8 {
			text := s.sh.w().search.unlisted // the query names it; the sources list no duties
			if !o.unlisted() {
				text = oneLine(o.proof.node.Title.In(o.proof.lang))
				if summary := o.proof.node.Summary().In(o.proof.lang); o.bySummary && summary != "" {
					text = oneLine(summary) // the words that prove it, not its name again
				}
			}
			proof = cw.pad(cw.truncate(text, room, "…"), room)
		}
		gutter := " "
		if sel {
			gutter = st.Marker.Render("┃")
			out = append(out, gutter+st.RowSelected.Render(cw.pad(cw.truncate(strings.Join(parts, "")+proof, width-1, "…"), width-1)))
			continue
		}
		line := st.Row.Render(parts[0]+parts[1]) + st.Count.Render(parts[2]) + st.StatusDim.Render(proof)
		if cw.width(line) > width-1 {
			line = cw.truncate(line, width-1, "…")
		}
		out = append(out, gutter+cw.pad(line, width-1))
	}
	return out
}
