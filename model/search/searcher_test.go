package search

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/dutymap/dutymap/content"
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

// same compares what a user sees of two searches.
func same(t *testing.T, what string, got, want *Results) {
	t.Helper()
	type view struct {
		Text      string
		Places    []string
		Score     float64
		Match     Match
		Positions []int
		Lang      model.Lang
	}
	views := func(r *Results) []view {
		var out []view
		for _, r := range r.List {
			v := view{Text: r.Node.Title.In(r.Lang), Score: r.Score, Match: r.Match, Positions: r.Positions, Lang: r.Lang}
			for _, p := range r.Places {
				v.Places = append(v.Places, p.Path)
			}
			out = append(out, v)
		}
		return out
	}
	if g, w := views(got), views(want); !reflect.DeepEqual(g, w) {
		t.Fatalf("%s: results differ:\n got %+v\nwant %+v", what, g, w)
	}
	if got.Matches != want.Matches || got.NoMention != want.NoMention || !reflect.DeepEqual(got.Missing, want.Missing) {
		t.Fatalf("%s: %d matches, no mention %v, missing %q; want %d, %v, %q", what,
			got.Matches, got.NoMention, got.Missing, want.Matches, want.NoMention, want.Missing)
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
	session = append(session, typing("spr xq")...) // letters only
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
	var newer *Results
	var newerErr error
	s.started = func() {
		s.started = nil
		// The user types another letter while the first search runs.
		newer, newerErr = s.Search(context.Background(), Parse("prices"), model.En, 0)
	}
	if _, err := s.Search(context.Background(), Parse("price"), model.En, 0); !errors.Is(err, ErrSuperseded) {
		t.Fatalf("older search: err = %v, want ErrSuperseded", err)
	}
	if newerErr != nil || len(newer.List) == 0 {
		t.Fatalf("newer search: %v, %+v", newerErr, newer)
	}
}

// Searches are numbered when started, in key order: an older search whose
// goroutine runs after a newer one's never supersedes it, whichever runs
// first.
func TestSearcherOlderSearchRunningLateNeverWins(t *testing.T) {
	ix := New(testOrg())
	for _, olderFirst := range []bool{true, false} {
		s := NewSearcher(ix)
		older := s.Start(Parse("pri"), model.En, 0)
		newer := s.Start(Parse("prices"), model.En, 0)
		var oldErr, newErr error
		var got *Results
		if olderFirst {
			_, oldErr = older(context.Background())
			got, newErr = newer(context.Background())
		} else {
			got, newErr = newer(context.Background())
			_, oldErr = older(context.Background())
		}
		if !errors.Is(oldErr, ErrSuperseded) {
			t.Errorf("older first %v: the older search returned %v, want ErrSuperseded", olderFirst, oldErr)
		}
		want, _ := ix.Search(context.Background(), Parse("prices"), model.En, 0)
		if newErr != nil {
			t.Fatalf("older first %v: the newer search failed: %v", olderFirst, newErr)
		}
		same(t, "newest", got, want)
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
			if err == nil && len(res.List) == 0 && i == 0 {
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

// typedQueries are queries people would type into the built-in
// organisation: the first words of every duty in both languages, questions,
// pinyin, fzf syntax.
func typedQueries(org *model.Org) []string {
	qs := []string{"who sets product prices?", "谁负责定价？", "售后服务由哪个部门负责", "which department trains salespeople",
		"hiring", "budgeting", "dingjia", "dj", "'brand d:mkt", "Set pr", "quality supervision", "after-sales service"}
	k := 0
	for _, n := range org.Nodes() {
		if !n.Kind.IsLeaf() {
			continue
		}
		k++
		if k%5 != 0 {
			continue // every fifth duty is plenty
		}
		if words := strings.Fields(n.Title[model.En]); len(words) > 0 {
			qs = append(qs, strings.Join(words[:min(len(words), 1+k%3)], " "))
		}
		if zh := []rune(n.Title[model.Zh]); len(zh) > 0 {
			qs = append(qs, string(zh[:min(len(zh), 2+k%5)]))
		}
	}
	return qs
}

// Typing a query key by key gives, at every key, what searching for the
// text typed so far from scratch gives: narrowing never changes results,
// even where a longer word matches more (another form, a synonym, pinyin).
func TestTypingEqualsSearchingAtOnce(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	ix := New(org)
	queries := typedQueries(org)
	if len(queries) < 150 {
		t.Fatalf("only %d queries", len(queries))
	}
	for i, q := range queries {
		lang := model.Langs[i%2]
		s := NewSearcher(ix)
		for _, prefix := range typing(q) {
			got, err := s.Search(context.Background(), Parse(prefix), lang, 20)
			if err != nil {
				t.Fatal(err)
			}
			// From scratch: a new Searcher remembers nothing to narrow
			// to, and reads the query as one being typed, as s does.
			want, _ := NewSearcher(ix).Search(context.Background(), Parse(prefix), lang, 20)
			same(t, fmt.Sprintf("%q typed up to %q", q, prefix), got, want)
		}
	}
}

// A question typed key by key into one Searcher, which remembers per
// word what earlier keys found of the texts (keymemo.go), gives at every
// key what a search from scratch gives, over a generated organisation:
// typed on, backspaced and typed again, in both languages.
func TestTypingQuestionsEqualsSearchingAtOnce(t *testing.T) {
	ix := New(synth.Generate(3000, 12))
	var session []string
	for _, q := range []string{"who sets product prices?", "who fixes the printers", "who plans trade shows?", "who hires new staff?"} {
		session = append(session, typing(q)...)
	}
	session = append(session, "who sets product pric", "who sets product pr", "who sets product price", "who sets product prices?")
	// A word being typed stands for the words it begins; the same word
	// followed by another is itself alone.
	session = append(session, "who sets pric", "who sets pric products", "who fixes print", "who fixes print jobs", "who fixes print")
	remembered := 0
	for _, lang := range model.Langs {
		s := NewSearcher(ix)
		for _, q := range session {
			got, err := s.Search(context.Background(), Parse(q), lang, 20)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := NewSearcher(ix).Search(context.Background(), Parse(q), lang, 20)
			same(t, fmt.Sprintf("%q in %v", q, lang), got, want)
			wantOwners, gotOwners := want.Owners(5), got.Owners(5)
			if !reflect.DeepEqual(ownerFigures(gotOwners), ownerFigures(wantOwners)) {
				t.Fatalf("%q in %v: owners %q, from scratch %q", q, lang, ownerFigures(gotOwners), ownerFigures(wantOwners))
			}
		}
		for _, m := range s.texts.list {
			remembered += m.count()
		}
	}
	// The searches must have remembered answers for the memo to be tried.
	if remembered == 0 {
		t.Fatal("the Searcher remembered nothing of the texts")
	}
}

func ownerFigures(os []Owner) []string {
	var out []string
	for _, o := range os {
		name := o.Department.ID
		if o.Position != nil {
			name += "/" + o.Position.ID
		}
		out = append(out, fmt.Sprintf("%s %d %d %.4f", name, o.Duties, o.Mentions, o.Score))
	}
	return out
}
