package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// This file is the one seam between the search screen and the search
// engine (package model/search): the screen knows only engine, found and
// hit. A new engine replaces this file and nothing else.

// hit is one search result as the screen shows it.
type hit struct {
	// node is the best-ranked place the text is written; places are all of
	// them (len > 1 shows "N places").
	node   *model.Node
	places []*model.Node
	// positions are the matched runes of node.Title.In(lang), as rune
	// indices, ascending.
	positions []int
	// lang is the language the text matched in: the one searched, or the
	// other when the node matched only there ("matched in 中文").
	lang model.Lang
	// near says the hit is no word match but a close one: a related word,
	// or the query's letters in order (a typo). Near hits are listed below
	// every word match, marked, and not counted.
	near nearness
}

// nearness is how a hit that does not match by words comes close.
type nearness uint8

const (
	byWords   nearness = iota // a word match
	byRelated                 // a related word of the synonym list
	byLetters                 // the query's letters in order
	byPart                    // a lesser word of the query only, not its main words
	byMeant                   // the word a slip of the query's suggests (search.Suggested)
)

// owner is a department, or a position in one, that holds matching
// duties: the answer to "who does this?".
type owner struct {
	node *model.Node // the position, or the department
	dept *model.Node
	// duties is how many of its duties match the query's main words;
	// mentions how many mention any word of it (search.Owner).
	duties, mentions int
	proof            hit // its best matching duty; its node is nil when unlisted
	// bySummary: no duty of it matches, and its own summary says the
	// question's words (search.Owner.BySummary): its proof is itself.
	bySummary bool
	// responsible: its proof is a duty of another unit whose Responsible
	// line names it (search.Owner.Responsible).
	responsible bool
	// accountable: how many matching duties of its own another unit's
	// Responsible line takes, all its matches (search.Owner.Accountable).
	accountable int
}

// unlisted reports whether the query names the owner and the sources list
// no duties for it: its row says so where the proof would be.
func (o owner) unlisted() bool { return o.proof.node == nil }

// proofNode is where an owner's proof leads: its best duty, or the owner
// itself when it has none.
func (o owner) proofNode() *model.Node {
	if o.unlisted() {
		return o.node
	}
	return o.proof.node
}

// found is what one search found: the hits listed (at most the limit),
// how many texts match by their words in all (the count), the owners of
// the matching duties, and whether nothing mentions the query at all.
type found struct {
	hits    []hit
	matches int
	partial int // texts that mention a lesser word of the query only
	owners  []owner
	// noMention: no duty mentions any word of the query; hits are the
	// closest ones. words are the query's words, as typed, for saying so
	// (search.Results.NotMentioned: together, those no duty mentions
	// together); missing the words no text mentions when others are.
	noMention, together bool
	words, missing      []string
	// oneLang, when otherOnly: the departments written only in the other
	// language than the words no duty mentions, which may be why
	// (search.Index.WrittenOnlyInOther).
	oneLang   bool
	otherOnly search.OneLanguage
	// tooCommon: the query's stop words kept as typed, which no text holds
	// as words (search.Results.TooCommon): named when they are all the
	// words of a query no duty mentions ("up"), never as unmentioned.
	tooCommon []string
	// corrected: words no text holds and the words they are likely slips
	// of, searched instead when Searched (search.Results.Corrected).
	corrected []search.Correction
	// readAs: the query read as a department's name it is a slip of
	// (search.Results.ReadAs).
	readAs *search.ReadAs
	// through: the words the matches hold only through synonyms
	// (search.Results.Through).
	through []search.Through
	// compare: the two departments a question about their difference
	// names (search.Results.Compare).
	compare []*model.Node
	// offered: the units a question offers as alternatives
	// (search.Results.Offered); chosen, the one of them that does the work
	// (search.Results.Chosen), or nil, and then doer, the owner that does.
	offered      []*model.Node
	chosen, doer *model.Node
	// outOfScope: the units a question names as where to look hold no
	// duty on its work; the results are other units' (search.Results.OutOfScope)
	outOfScope *search.OutOfScope
	// common: the query is nothing but question words, fillers and stop
	// words ("who", 谁负责), as typed; unknown: its d: references that
	// name no department.
	common, unknown []string
	// role is the role of the responsibility matrix the query asked about
	// ("who is accountable for pricing?"): the owners are then the units
	// holding it for the duties found. roleNote, when no unit holds it for
	// the work found (no RACI line records it, or no duty mentions the
	// work), says so, as the CLI does (search.Results.NoHoldersNote).
	role     *model.RACIRole
	roleNote string
	// answer is the language the query is answered in (search.Results.Lang):
	// the owners are named in it, as their proofs are written.
	answer model.Lang
}

// engine answers queries for the search screen.
type engine struct {
	ix       *search.Index
	searcher *search.Searcher // narrows as a query grows, drops superseded searches
}

// newEngine searches org through ix, or through an index of its own when
// ix is nil.
func newEngine(org *model.Org, ix *search.Index) *engine {
	if ix == nil {
		ix = search.New(org)
	}
	return &engine{ix: ix, searcher: search.NewSearcher(ix)}
}

// empty reports whether query asks for nothing, so the screen shows its
// start page instead of searching.
func (e *engine) empty(query string) bool { return len(search.Parse(query).Terms) == 0 }

// start makes query the newest search and returns the function that runs
// it, on any goroutine, returning up to limit hits in lang, best first, or
// an error when a newer search superseded it or ctx was cancelled. Call
// start in the order the queries were typed (in Update): a search whose
// goroutine runs late can then never pass for a newer one. Notes quote
// the query's words cut as cw measures.
func (e *engine) start(query string, lang model.Lang, limit int, cw cells) func(context.Context) (found, error) {
	// A role question ("who approves promotion funds") lists the duties
	// that say it, and its owners are the units holding the role for the
	// work it asks about.
	var asked *model.RACIRole
	work := ""
	rq, isRole := search.AsksRole(query)
	if isRole {
		asked, query, work = &rq.Role, rq.List, rq.Work
	}
	run := e.searcher.Start(search.Parse(query), lang, limit)
	return func(ctx context.Context) (found, error) {
		res, err := run(ctx)
		if err != nil {
			return found{}, err
		}
		f := found{hits: make([]hit, len(res.List)), matches: res.Matches, partial: res.Partial, noMention: res.NoMention,
			words: res.Words, missing: res.Missing, tooCommon: res.TooCommon, common: res.Common, unknown: res.UnknownDepts, corrected: res.Corrected, readAs: res.ReadAs, through: res.Through, compare: res.Compare, outOfScope: res.OutOfScope, answer: res.Lang}
		if len(res.Offered) >= 2 && !res.NoMention {
			f.offered = res.Offered
			if o, ok := res.Chosen(); ok {
				f.chosen = o.Node()
			} else if os := res.Owners(1); len(os) > 0 && os[0].Duties > 0 {
				f.doer = os[0].Node()
			}
		}
		if res.NoMention {
			f.words, f.together = res.NotMentioned()
			if !f.together {
				f.otherOnly, f.oneLang = e.ix.WrittenOnlyInOther(f.words)
			}
		} else {
			f.missing, _ = res.NotMentioned() // in the query's order, as the CLI names them
		}
		for i, r := range res.List {
			f.hits[i] = hitOf(r)
		}
		asked := asked
		if rq.SaidAsWork(res) {
			// 审核 is reviewing as often as approving: where a duty says
			// it with the object, the question is who does that duty.
			asked = nil
		}
		if f.role = asked; asked != nil {
			held := res
			if work != query {
				if held, err = e.ix.Search(ctx, search.Parse(work), lang, limit); err != nil {
					return found{}, err
				}
			}
			for _, h := range held.Holders(*asked, maxOwners) {
				f.owners = append(f.owners, owner{node: h.Unit, dept: h.Unit.Root(), duties: h.Duties,
					mentions: h.Mentions, proof: hitOf(h.Proof)})
			}
			if len(f.owners) == 0 && !held.NoMention {
				// No holder: the note counts the duties the question is
				// about, all of them, though the list was cut: the answer
				// counts them (WorkCounted), but for one found by letters
				// alone. (A query no duty mentions has its note already.)
				if !held.WorkCounted() && limit > 0 && len(held.List) >= limit {
					if held, err = e.ix.Search(ctx, search.Parse(work), lang, 0); err != nil {
						return found{}, err
					}
				}
				f.roleNote, _ = held.NoHoldersNote(*asked, lang, func(w string) string {
					return cw.truncate(oneLine(w), maxQuotedWord, "…")
				})
			}
			return f, nil
		}
		for _, o := range res.Owners(maxOwners) {
			f.owners = append(f.owners, owner{node: o.Node(), dept: o.Department, duties: o.Duties,
				mentions: o.Mentions, proof: hitOf(o.Proof), bySummary: o.BySummary,
				responsible: o.Responsible, accountable: o.Accountable})
		}
		return f, nil
	}
}

// maxOwners bounds the owners a search keeps: more than a block shows.
const maxOwners = 5

func hitOf(r search.Result) hit {
	h := hit{node: r.Node, places: r.Places, positions: r.Positions, lang: r.Lang}
	switch r.Match {
	case search.Related:
		h.near = byRelated
	case search.Letters:
		h.near = byLetters
	case search.Partial:
		h.near = byPart
	case search.Suggested:
		h.near = byMeant
	}
	return h
}

// warm builds the index in the background, so that the first search does
// not wait for it and the first frame never does.
func (e *engine) warm(model.Lang) tea.Cmd {
	ix := e.ix
	return func() tea.Msg {
		ix.Prepare()
		return nil
	}
}
