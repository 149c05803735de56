package search

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// The letters fallback lists the best k texts without scoring the
// scattered letters of every text that holds them: it scores them best
// ceiling first and stops where no ceiling can reach the list. Those k
// must be, in order and with their scores and highlights, the first k of
// the list that scores every text (limit 0), over a generated
// organisation: typos, letters of several words, capitals, Chinese, a
// department filter, both languages.
func TestLettersTopKIsTheFullListsHead(t *testing.T) {
	org := synth.Generate(4000, 3)
	ix := New(org)
	dept := ix.departments()[0].Title[model.En]
	queries := []string{
		"p", "pr", "prc", "prci", "prcie", "prcie lsit", "lsit", "spr", "mngr", "bdgt rvw", "acnt",
		"hrng plcy", "set prc", "st prces", "Prc", "prc Lst", "r-v", "a b c", "pdct pr",
		"制价", "制产", "产格", "价 prc", "prc d:" + dept,
	}
	view := func(rs []Result) []string {
		var out []string
		for _, r := range rs {
			var places []string
			for _, p := range r.Places {
				places = append(places, p.Path)
			}
			out = append(out, fmt.Sprintf("%s %v %.0f %v %v %v", r.Node.Title.In(r.Lang), places, r.Score, r.Match, r.Positions, r.Lang))
		}
		return out
	}
	scattered := 0
	for _, q := range queries {
		for _, lang := range model.Langs {
			all, _, err := ix.letters.run(context.Background(), Parse(q), lang, 0, [model.NumLangs]*memo{}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range all {
				if r.Score < scoreInside-maxLenPenalty {
					scattered++
				}
			}
			for _, k := range []int{1, 7, 50, 200} {
				got, _, err := ix.letters.run(context.Background(), Parse(q), lang, k, [model.NumLangs]*memo{}, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				want := all[:min(k, len(all))]
				if g, w := view(got), view(want); !reflect.DeepEqual(g, w) {
					t.Fatalf("%q in %v, best %d:\n got %q\nwant %q", q, lang, k, g, w)
				}
			}
		}
	}
	// The queries must find texts by scattered letters for the cut-off to
	// be tried.
	if scattered < 1000 {
		t.Fatalf("only %d texts matched by scattered letters", scattered)
	}
}

// The ceiling the cut-off trusts is one: no text gives a term's scattered
// letters more points than mostPoints says, wherever they start, including
// letters after a hyphen or an ideograph, which may start a word right
// after the letter before.
func TestFuzzyPointsNeverAboveTheCeiling(t *testing.T) {
	texts := []string{"a-b", "a-b c", "r-v review", "制价", "制定价格", "价 格", "x a-b-c", "pr-c", "p r c", "price list"}
	ix := New(synth.Generate(500, 5))
	for _, lang := range model.Langs {
		l := ix.letters.list(lang)
		for e := range int32(l.len()) {
			texts = append(texts, l.text(e))
		}
	}
	tight := 0
	for _, term := range []string{"a-b", "a-b-c", "r-v", "制价", "制定价", "价格", "prc", "p r", "pr-c", "lsit", "x"} {
		c := compileTerm(Term{Text: term})
		most := mostPoints(c.text)
		for _, h := range texts {
			for i := range h {
				if !hasPrefixRune(h[i:], c.text) {
					continue
				}
				if s, ok := c.walk(h, i, nil); ok {
					if s > most {
						t.Fatalf("%q in %q from byte %d: %d points, above the ceiling %d", term, h, i, s, most)
					}
					if s == most {
						tight++
					}
				}
			}
		}
	}
	if tight == 0 {
		t.Fatal("no text reached a ceiling: the test tries none where it is tight")
	}
}

// hasPrefixRune reports whether h starts with term's first rune.
func hasPrefixRune(h, term string) bool {
	for _, r := range term {
		return strings.HasPrefix(h, string(r))
	}
	return false
}
