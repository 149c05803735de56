package search

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// keepWhole and demoteDerived read many hits on all CPUs, each worker
// keeping what it works out for the search box's memos until all are
// done. Questions typed key by key, read so, give at every key what
// reading the hits one by one gives: the same results, scores, matches,
// owners, and (through the memos) the same answers at the keys after.
func TestKeepWholeOnAllCPUsAsOneByOne(t *testing.T) {
	ix := New(synth.Generate(3000, 21))
	var session []string
	for _, q := range []string{"who sets product prices?", "who fixes the printers", "who hires new staff?", "who plans trade shows?", "who collects payments", "who manages accounts", "who informs customers?"} {
		session = append(session, typing(q)...)
	}
	session = append(session, "who sets product pric", "who sets pric products", "who sets product prices?")
	type answer struct {
		list   []string
		counts string
		owners []string
	}
	run := func(perCPU int) map[string][]answer {
		old, oldChunk := parallelWhole, hitsChunk
		parallelWhole, hitsChunk = perCPU, 7 // small chunks: the workers take turns at every key
		defer func() { parallelWhole, hitsChunk = old, oldChunk }()
		out := map[string][]answer{}
		for _, lang := range model.Langs {
			s := NewSearcher(ix)
			for _, q := range session {
				r, err := s.Search(context.Background(), Parse(q), lang, 20)
				if err != nil {
					t.Fatal(err)
				}
				var a answer
				for _, x := range r.List {
					a.list = append(a.list, fmt.Sprintf("%s %.4f %v", x.Node.Path, x.Score, x.Positions))
				}
				a.counts = fmt.Sprint(r.Matches, r.NoMention, r.Missing, r.Partial)
				a.owners = ownerFigures(r.Owners(5))
				out[lang.Code()] = append(out[lang.Code()], a)
			}
		}
		return out
	}
	oneByOne, allCPUs := run(1<<30), run(1)
	for lang, want := range oneByOne {
		for i, w := range want {
			if g := allCPUs[lang][i]; !reflect.DeepEqual(g, w) {
				t.Fatalf("%q in %s: on all CPUs\n%+v\none by one\n%+v", session[i%len(session)], lang, g, w)
			}
		}
	}
}
