package cli

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

var (
	// searchPrefix leads the notes model/search words.
	searchPrefix = [model.NumLangs]string{"dutymap search: ", "dutymap search："}
	holdersLead  = [model.NumLangs]string{
		"dutymap search: %s for these duties: %s (--owners lists each with its duty)",
		"dutymap search：这些职责的%s：%s（--owners 列出各自的职责）",
	}
)

// maxHoldersNamed bounds the units the note on standard error names.
const maxHoldersNamed = 3

// searchHolders answers a role question ("who is accountable for
// pricing?") with --owners: the units holding that role for the duties
// the work finds, each with its best duty, in the owners' shape (--json:
// the lines of --owners, with "role").
func (a *app) searchHolders(role model.RACIRole, res *search.Results, lang model.Lang, limit int, asJSON bool) error {
	hs := res.Holders(role, limit)
	b, enc := newAnswer()
	flush := func() error { return b.writeTo(a.io.Out) }
	if len(hs) == 0 {
		msg, work := noHoldersNote(role, res, lang)
		// The duties the question is about, which no line gives a holder:
		// the list to add the lines to (--json: the duty lines, with the
		// role and no holders).
		for i, r := range work {
			if limit > 0 && i == limit {
				break
			}
			if asJSON {
				h := hitJSON(r)
				h.Role = role.String()
				if err := enc.Encode(h); err != nil {
					return err
				}
				continue
			}
			b.WriteString(searchLine(r))
			b.WriteByte('\n')
		}
		if err := flush(); err != nil {
			return err
		}
		return &exitError{1, msg}
	}
	l := res.Lang // names follow the language the query is answered in
	for _, h := range hs {
		if asJSON {
			hit := ownerHit{Owner: holderName(h.Unit, l), Path: h.Unit.Path, Department: h.Unit.Root().ID, DepartmentName: h.Unit.Root().Title.In(l), Role: role.String(),
				Score: round(h.Score), Duties: h.Duties, Mentions: h.Mentions}
			hit.Named = h.Unlisted() // only a unit the question names is listed without duties
			if !h.Unlisted() {
				hit.Proof = &proofHit{Path: h.Proof.Node.Path, Text: h.Proof.Node.Title.In(h.Proof.Lang), Lang: h.Proof.Lang.Code()}
			}
			if err := enc.Encode(hit); err != nil {
				return err
			}
			continue
		}
		if h.Unlisted() {
			// The question names it, and the sources list no duties for it.
			fmt.Fprintf(b, "%s%s%s  (%s)\n    %s\n", role.Name(l), l.Colon(), oneLine(holderName(h.Unit, l)), unlistedLabel[l], h.Unit.Path)
			continue
		}
		fmt.Fprintf(b, "%s%s%s  (%s)\n    %s  %s\n", role.Name(l), l.Colon(), oneLine(holderName(h.Unit, l)), dutiesLabel(search.Owner{Duties: h.Duties, Mentions: h.Mentions}, l),
			h.Proof.Node.Path, oneLine(h.Proof.Node.Title.In(h.Proof.Lang)))
	}
	return flush()
}

// holderName is a unit holding a role, as the owners of "who does X?"
// are named: a position or sub-department with its department's name
// ("Sales › Account manager"), since a duty written under a position is
// the position's (model.AssignmentOf).
func holderName(u *model.Node, l model.Lang) string {
	if u.Kind == model.KindDepartment {
		return u.Title.In(l)
	}
	return u.Root().Title.In(l) + " › " + u.Title.In(l)
}

// noHoldersNote says why no unit holds role for the work a role question
// asks about, and returns that work (search.Results.NoHoldersNote).
func noHoldersNote(role model.RACIRole, res *search.Results, lang model.Lang) (string, []search.Result) {
	note, work := res.NoHoldersNote(role, lang, echoWord)
	return searchPrefix[lang] + note, work
}

// holdersNote names the units holding role for the matching duties: the
// answer to the role question, on standard error beside the duty list.
func holdersNote(role model.RACIRole, res *search.Results, lang model.Lang) string {
	hs := res.Holders(role, 0)
	if len(hs) == 0 {
		msg, _ := noHoldersNote(role, res, lang)
		return msg
	}
	// The units are named as the duties are, in the language the query
	// is answered in; the counts are words of the note's sentence, in its
	// language (tryout27 P9: "这些职责的批准：Finance department (1 duty)").
	var names []string
	for _, h := range hs[:min(len(hs), maxHoldersNamed)] {
		label := dutiesLabel(search.Owner{Duties: h.Duties, Mentions: h.Mentions}, lang)
		if h.Unlisted() {
			label = unlistedLabel[lang]
		}
		names = append(names, fmt.Sprintf("%s (%s)", oneLine(holderName(h.Unit, res.Lang)), label))
	}
	if len(hs) > maxHoldersNamed {
		names = append(names, "…")
	}
	return fmt.Sprintf(holdersLead[lang], role.Name(lang), strings.Join(names, lang.ListSep()))
}

// holdersOf lists the units holding role for the duty r found, at every
// place of it (a duty with no RACI lines is held by the unit it is
// written in: its position, else its department).
func holdersOf(r search.Result, role model.RACIRole) []holderRef {
	var out []holderRef
	seen := map[*model.Node]bool{}
	for _, place := range r.Places {
		if !model.IsWork(place) {
			continue
		}
		for _, u := range model.Holders(place, role) {
			if !seen[u] {
				seen[u] = true
				out = append(out, holderRef{Unit: holderName(u, r.Lang), Path: u.Path})
			}
		}
	}
	return out
}
