package search

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/dutymap/dutymap/model"
)

// Searcher serves a search box: call Search on every keystroke, from any
// goroutine (a tea.Cmd, say).
//
//   - It remembers the matches of recent queries. A query that extends one
//     of them ("set p" after "set", or "set pri" after backspacing from
//     "set pric") is searched only among that query's matches.
//   - Starting a search makes any search still running return
//     ErrSuperseded at its next check, so fast typing never queues stale
//     work; drop such results.
type Searcher struct {
	ix     *Index
	latest atomic.Uint64 // number of the newest search started

	mu     sync.Mutex
	recent []*memo // newest last

	started func() // test hook: runs once a search has its number
}

// maxMemos bounds the queries remembered: enough to backspace through a
// typed query. Each holds an int32 and an int16 per term for each match.
const maxMemos = 16

// NewSearcher returns a Searcher over ix.
func NewSearcher(ix *Index) *Searcher { return &Searcher{ix: ix} }

// Search is Index.Search, narrowed by earlier queries. It returns
// ErrSuperseded if another Search started before it finished.
func (s *Searcher) Search(ctx context.Context, q Query, lang model.Lang, limit int) ([]Result, error) {
	gen := s.latest.Add(1)
	superseded := func() bool { return s.latest.Load() != gen }
	if s.started != nil {
		s.started()
	}
	var from [model.NumLangs]*memo
	for _, l := range model.Langs {
		from[l] = s.narrowest(q, l)
	}
	res, matched, err := s.ix.run(ctx, q, lang, limit, from, superseded)
	if err != nil {
		return nil, err
	}
	s.remember(matched)
	return res, nil
}

// narrowest returns the remembered query of language l with the fewest
// matches that q narrows, or nil to search everything.
func (s *Searcher) narrowest(q Query, l model.Lang) *memo {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *memo
	for _, m := range s.recent {
		if m.lang == l && q.narrows(m.q) && (best == nil || len(m.entries) <= len(best.entries)) {
			best = m
		}
	}
	return best
}

func (s *Searcher) remember(matched [model.NumLangs]*memo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range matched {
		if m != nil { // nil: not searched, as the limit was met in the other language
			s.recent = append(s.recent, m)
		}
	}
	if n := len(s.recent) - maxMemos; n > 0 {
		s.recent = append(s.recent[:0:0], s.recent[n:]...)
	}
}
