package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// Problem is one thing wrong with a content folder, located and explained.
type Problem struct {
	File string // path shown to the user, e.g. "myorg/en/sales.md"
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string // what is wrong
	Fix  string // how to fix it
	// Note marks a remark rather than an error: the content loads, and the
	// note says how it is read (a department written in one language only).
	Note bool
	// Kind is what the problem is, for a program that words it in terms
	// of its own (see Kind); most problems are KindOther.
	Kind Kind
	// Ref is the reference a problem about one reference is about, as
	// written (a KindGoneRef problem, a unit line naming none or several).
	Ref string
	// Offered are, on a KindPerson problem, the units its fix offers in
	// the person's place, as the file names them: "前台 or 行政部".
	Offered string
	// more is, on the line that ends a file's list when it has too many,
	// how many problems it stands for (see capProblems).
	more int
}

func (p Problem) String() string {
	loc := model.Loc{File: p.File, Line: p.Line}.String()
	if p.Note {
		return loc + ": note: " + p.Msg + "\n  " + p.Fix
	}
	s := loc + ": " + p.Msg
	if p.Fix != "" {
		s += "\n  fix: " + p.Fix
	}
	return s
}

// Kind is what a problem is, for a program that shows it in terms of its
// own: import speaks of a sheet's cells and columns, not of the content
// files it writes. Such a program matches the kind, never the wording.
type Kind uint8

const (
	KindOther        Kind = iota
	KindFileTooLarge      // a file larger than a content file may be (line 0)
	KindLongTitle         // a heading or duty's line longer than MaxTitle (fix: LongTitleFix)
	// KindGoneLine is a RACI or Overlaps line whose one reference names
	// no unit and is no slip of one (the id of a department that is gone
	// or was never written, or a name): the fix deletes the line.
	KindGoneLine
	// KindGoneRef is one reference of several on such a line that names
	// no unit so (Ref): the fix removes it.
	KindGoneRef
	// KindTooMuch is content past a bound on the whole (files, bytes,
	// lines, references): the fix splits the organisation.
	KindTooMuch
	// KindLinkOutsideRelation is a hand-off line (From:, 提供方：…) in a
	// file that is no relation: when its twin says kind: relation, the
	// missing kind: line is the one problem (kindWrittenOnce).
	KindLinkOutsideRelation
	// KindPerson is a RACI reference that names no unit and reads as a
	// person's name (Ref): the fix names the unit instead (Offered).
	KindPerson
)

// as gives p a kind and the reference it is about.
func (p *Problem) as(k Kind, ref string) { p.Kind, p.Ref = k, ref }

// Problems is every problem found while loading. It is the error Load
// returns, so that users see all of them at once.
type Problems []Problem

func (ps Problems) Error() string {
	cut := ps.Cut()
	lines := make([]string, len(cut))
	for i, p := range cut {
		lines[i] = p.String()
	}
	errs := ps.Errors()
	found := Count(errs.Total(), "problem", "problems")
	if notes := ps.Total() - errs.Total(); notes > 0 {
		found += " and " + Count(notes, "note", "notes")
	}
	return fmt.Sprintf("%s\n%s found", strings.Join(lines, "\n"), found)
}

// Total counts the problems, those a long list leaves out included: a
// file with too many lists its first ones and a line standing for the
// rest ("and 2950 more problems in this file").
func (ps Problems) Total() int {
	n := 0
	for _, p := range ps {
		if p.more > 0 {
			n += p.more
		} else {
			n++
		}
	}
	return n
}

// Errors returns the problems that are not notes.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Note {
			out = append(out, p)
		}
	}
	return out
}

// Count writes a number with its noun in the right number: "1 department",
// "2 departments".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Cut is the list as a user reads it: the first maxProblemsPerFile
// problems and as many notes of each file, then one line for the rest of
// each ("and 199949 more notes in this file"): 200,000 sections with one
// id in one file made 400,000 lines of messages, which buried every
// other report (hostile15 #6). ps is sorted by file (as Check and Load
// return it); a line that already stands for the rest of a file's list
// counts what it stands for. (Import maps every problem to the sheet's
// cells first, and merges those of many rows: it cuts after.)
func (ps Problems) Cut() Problems {
	out := ps[:0:0]
	for len(ps) > 0 {
		end := 1
		for end < len(ps) && ps[end].File == ps[0].File {
			end++
		}
		file := ps[:end]
		ps = ps[end:]
		if len(file) <= maxProblemsPerFile {
			out = append(out, file...)
			continue
		}
		var kept [2]int // errors, notes
		var more [2]int // left out
		var at [2]int   // the line of the first left out
		for _, p := range file {
			k := b2i(p.Note)
			switch {
			case p.more == 0 && kept[k] < maxProblemsPerFile:
				kept[k]++
				out = append(out, p)
			default:
				if more[k] == 0 {
					at[k] = p.Line
				}
				more[k] += max(p.more, 1)
			}
		}
		if more[0] > 0 {
			out = append(out, Problem{File: file[0].File, Line: at[0], more: more[0],
				Msg: "and " + Count(more[0], "more problem", "more problems") + " in this file", Fix: "fix the ones above first; the rest are often the same mistake"})
		}
		if more[1] > 0 {
			out = append(out, Problem{File: file[0].File, Line: at[1], more: more[1], Note: true,
				Msg: "and " + Count(more[1], "more note", "more notes") + " in this file", Fix: "read the ones above first: the rest are often the same"})
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sorted orders problems by file and line so reports are stable.
func (ps Problems) sorted() Problems {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return ps
}

// collector gathers problems with a short call at each site.
type collector struct {
	list Problems
	// twins are the RACI and hand-off lines the two languages give in
	// different words, compared once the organisation is read.
	twins []twinLine
	// idDiffs are values the two languages give differently that cite
	// sources or name departments: reported once those ids are checked,
	// and only when all of them are known (a misspelt id is the one
	// problem; the difference follows from it).
	idDiffs []idDiff
	// twinIDs are children paired across the languages by their place,
	// with different ids: reported once the organisation is whole.
	twinIDs []twinID
	// looseRoles are lines under duties that may be RACI lines written
	// without their colon: reported once units can be resolved.
	looseRoles []looseRole
	// personRoles are lines of an unknown role whose value reads as
	// people (负责人：张三): reported once units can be resolved.
	personRoles []personRole
	// spelt are the languages of the attribute keys lines write in the
	// other language than their file's ("Overlaps:" in a Chinese file),
	// by line: messages name a key as its line writes it (see langAt).
	spelt map[model.Loc]model.Lang
}

// idDiff is a difference between the languages whose values are ids.
type idDiff struct {
	p   Problem
	ids []string // the ids of both sides
	of  idKind   // what they name
}

// idKind is what the ids of an idDiff name.
type idKind uint8

const (
	sourceIDs idKind = iota
	deptIDs
	groupIDs
)

// differIDs records a difference between the languages in values that
// are ids (see collector.idDiffs).
func (c *collector) differIDs(of idKind, ids []string, file string, line int, fix, format string, args ...any) {
	c.idDiffs = append(c.idDiffs, idDiff{Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Fix: fix}, ids, of})
}

// add records a problem, and returns it (valid until the next one is
// recorded) to be given a kind.
func (c *collector) add(file string, line int, fix, format string, args ...any) *Problem {
	c.list = append(c.list, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Fix: fix})
	return &c.list[len(c.list)-1]
}

// note records a remark that does not stop the content from loading, and
// returns it as add does.
func (c *collector) note(file string, line int, fix, format string, args ...any) *Problem {
	c.list = append(c.list, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Fix: fix, Note: true})
	return &c.list[len(c.list)-1]
}
