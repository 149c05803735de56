package search

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// typing returns every prefix of s, as a search box sees it.
func typing(s string) []string {
	var out []string
	r := []rune(s)
	for i := 1; i <= len(r); i++ {
		out = append(out, string(r[:i]))
	}
	return out
}

// same compares what a user sees of two result lists.
func same(t *testing.T, what string, got, want []Result) {
	t.Helper()
	type view struct {
		Text      string
		Places    []string
		Score     int
		Positions []int
		Lang      model.Lang
	}
	views := func(rs []Result) []view {
		var out []view
		for _, r := range rs {
			v := view{Text: r.Node.Title.In(r.Lang), Score: r.Score, Positions: r.Positions, Lang: r.Lang}
			for _, p := range r.Places {
				v.Places = append(v.Places, p.Path)
			}
			out = append(out, v)
		}
		return out
	}
	if g, w := views(got), views(want); !reflect.DeepEqual(g, w) {
		t.Fatalf("%s: narrowed search differs from a full one:\n got %+v\nwant %+v", what, g, w)
	}
}

// The candidates remembered from earlier queries never change the results.
func TestSearcherNarrowsWithoutChangingResults(t *testing.T) {
	org := synth.Generate(3000, 7)
	ix := New(org)
	var session []string
	session = append(session, typing("set prices")...)
	session = append(session, "set price", "set pric", "set pri", "set pric", "set prices") // backspace, retype
	session = append(session, typing("Set pr")...)                                          // capitals: case-sensitive
	session = append(session, typing("'review budget d:north")...)
	session = append(session, typing("制定价格")...)
	session = append(session, typing("price 制定")...)
	for _, lang := range model.Langs {
		for _, limit := range []int{0, 10} {
			s := NewSearcher(ix)
			for _, q := range session {
				got, err := s.Search(context.Background(), Parse(q), lang, limit)
				if err != nil {
					t.Fatal(err)
				}
				want, _ := ix.Search(context.Background(), Parse(q), lang, limit)
				same(t, q, got, want)
			}
		}
	}
}

func TestSearcherSupersededSearchStops(t *testing.T) {
	ix := New(testOrg())
	s := NewSearcher(ix)
	var newer []Result
	var newerErr error
	s.started = func() {
		s.started = nil
		// The user types another letter while the first search runs.
		newer, newerErr = s.Search(context.Background(), Parse("prices"), model.En, 0)
	}
	if _, err := s.Search(context.Background(), Parse("price"), model.En, 0); !errors.Is(err, ErrSuperseded) {
		t.Fatalf("older search: err = %v, want ErrSuperseded", err)
	}
	if newerErr != nil || len(newer) == 0 {
		t.Fatalf("newer search: %v, %d results", newerErr, len(newer))
	}
}

// Run with -race: searches from many goroutines, as tea.Cmds would.
func TestSearcherConcurrentUse(t *testing.T) {
	ix := New(synth.Generate(5000, 3))
	s := NewSearcher(ix)
	var wg sync.WaitGroup
	for i, q := range typing("set prices d:sales") {
		wg.Go(func() {
			res, err := s.Search(context.Background(), Parse(q), model.Langs[i%2], 20)
			if err != nil && !errors.Is(err, ErrSuperseded) {
				t.Error(err)
			}
			if err == nil && res == nil && i == 0 {
				t.Errorf("%q found nothing", q)
			}
		})
	}
	wg.Wait()
	// Whatever ran or was superseded, the next search is right.
	got, err := s.Search(context.Background(), Parse("set prices"), model.En, 20)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ix.Search(context.Background(), Parse("set prices"), model.En, 20)
	same(t, "after concurrent use", got, want)
}
