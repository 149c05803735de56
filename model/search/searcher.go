package search

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/dutymap/dutymap/model"
)

// Searcher serves a search box, where every keystroke starts a search.
//
//   - Searches are numbered when they are started (Start), in the order the
//     keys came, not when they begin to run: a goroutine scheduled late can
//     never count as newer than the keystroke after it. A search that a
//     newer one superseded stops at its next check with ErrSuperseded;
//     the newest search is never stopped by an older one.
//   - It remembers what recent queries matched by letters in order. A
//     query whose letters fallback extends one of them ("set p" after
//     "set") searches only among those matches: letters in order that
//     occur in a text still occur in it when the query was shorter, so the
//     results are exactly those of a search from scratch. The word index
//     is searched whole every time: a longer word can match more (another
//     form, a synonym, a pinyin reading), so its matches cannot narrow.
//   - The query is one still being typed: a question's last word, open
//     (qword.open), is mentioned by the duties that say a word it begins
//     ("pric" of "who sets pric"), as it finds them; Index.Search reads a
//     whole query's last word whole ("car" is not "care").
type Searcher struct {
	ix     *Index
	latest atomic.Uint64 // number of the newest search started

	mu     sync.Mutex
	recent []*memo // newest last

	texts *textMemos // what its searches found of texts, per word (keymemo.go)

	started func() // test hook: runs when a started search begins to run
}

// maxMemos bounds the queries remembered: enough to backspace through a
// typed query. Each holds an int32 and an int16 per term for each match.
const maxMemos = 16

// NewSearcher returns a Searcher over ix.
func NewSearcher(ix *Index) *Searcher {
	return &Searcher{ix: ix, texts: &textMemos{nn: len(ix.nodes)}}
}

// Start makes q the newest search and returns the function that runs it,
// which may be called on any goroutine (a tea.Cmd, say). Call Start in the
// order the queries were typed, where the keys are handled; the function
// returns ErrSuperseded if Start was called again before it finished.
func (s *Searcher) Start(q Query, lang model.Lang, limit int) func(context.Context) (*Results, error) {
	gen := s.latest.Add(1)
	return func(ctx context.Context) (*Results, error) {
		if s.started != nil {
			s.started()
		}
		ss := &session{
			typing:   true,
			stop:     func() bool { return s.latest.Load() != gen },
			narrow:   s.narrowest,
			remember: s.remember,
			texts:    s.texts,
		}
		if ss.stop() {
			return nil, ErrSuperseded
		}
		return s.ix.search(ctx, q, lang, limit, ss)
	}
}

// Search is Start(q, lang, limit)(ctx): a search started now and run at
// once.
func (s *Searcher) Search(ctx context.Context, q Query, lang model.Lang, limit int) (*Results, error) {
	return s.Start(q, lang, limit)(ctx)
}

// narrowest returns, per language, the remembered letters query with the
// fewest matches that q narrows, or nil to search everything.
func (s *Searcher) narrowest(q Query) [model.NumLangs]*memo {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best [model.NumLangs]*memo
	for _, m := range s.recent {
		if q.narrows(m.q) && (best[m.lang] == nil || len(m.entries) <= len(best[m.lang].entries)) {
			best[m.lang] = m
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
