package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// This file is the one seam between the search screen and the search
// engine (package model/search): the screen knows only engine and hit.
// A new engine replaces this file and nothing else.

// hit is one search result as the screen shows it.
type hit struct {
	// node is the first place the text is written; places are all of them
	// (len > 1 shows "N places").
	node   *model.Node
	places []*model.Node
	// positions are the matched runes of node.Title.In(lang), as rune
	// indices, ascending.
	positions []int
	// lang is the language the text matched in: the one searched, or the
	// other when the node matched only there ("matched in 中文").
	lang model.Lang
}

// engine answers queries for the search screen. It may be called from
// commands running off the Update loop.
type engine struct {
	ix       *search.Index
	searcher *search.Searcher // narrows as a query grows, drops superseded searches
}

func newEngine(org *model.Org) *engine {
	ix := search.New(org)
	return &engine{ix: ix, searcher: search.NewSearcher(ix)}
}

// empty reports whether query asks for nothing, so the screen shows its
// start page instead of searching.
func (e *engine) empty(query string) bool { return len(search.Parse(query).Terms) == 0 }

// find returns up to limit hits for query in lang, best first, or the
// context's error when a newer search superseded it.
func (e *engine) find(ctx context.Context, query string, lang model.Lang, limit int) ([]hit, error) {
	res, err := e.searcher.Search(ctx, search.Parse(query), lang, limit)
	if err != nil {
		return nil, err
	}
	out := make([]hit, len(res))
	for i, r := range res {
		out[i] = hit{node: r.Node, places: r.Places, positions: r.Positions, lang: r.Lang}
	}
	return out, nil
}

// warm prepares the index for lang in the background, so that the first
// search on a large organisation does not wait for it.
func (e *engine) warm(lang model.Lang) tea.Cmd {
	ix := e.ix
	return func() tea.Msg {
		_, _ = ix.Search(context.Background(), search.Parse("a"), lang, 1)
		return nil
	}
}
