package search

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// namedFigures are the built-in content's department-named questions
// (testdata/named-questions.tsv), each asked by a reader of either
// language: the share whose first owner is the department named (itself,
// not a position in it), whose
// first duty is that department's, whose owners and list agree on it, and
// whose first result is in the language the question is written in.
type namedFigures struct {
	owner1, first1, agree, inLang float64
}

// TestNamedQuestions measures "who does X?" questions that name a
// department ("谁负责财务", "what does the sales department do"), several
// phrasings per department in both languages, on the built-in content,
// with the letters-in-order baseline beside. The figures recorded in
// docs/perf-search.md are the floors: a change that lowers one fails.
func TestNamedQuestions(t *testing.T) {
	rows := readNamedQuestions(t)
	ix := builtin(t)
	words := measureNamed(rows, func(query string, reader model.Lang) (owner, first string, lang model.Lang) {
		res, err := ix.Search(context.Background(), Parse(query), reader, 20)
		if err != nil {
			t.Fatal(err)
		}
		// The department itself, not a position in it, answers a
		// question that names the department.
		if os := res.Owners(1); len(os) > 0 && os[0].Position == nil {
			owner = os[0].Department.ID
		}
		for _, r := range res.List {
			if r.Match == Words && r.Node.Root().Kind == model.KindDepartment {
				return owner, r.Node.Root().ID, r.Lang
			}
		}
		return owner, "", reader
	})
	letters := measureNamed(rows, func(query string, reader model.Lang) (string, string, model.Lang) {
		res, err := ix.letters.search(context.Background(), Parse(query), reader, 20)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Node.Root().Kind == model.KindDepartment {
				return r.Node.Root().ID, r.Node.Root().ID, r.Lang
			}
		}
		return "", "", reader
	})
	table := fmt.Sprintf("department-named questions (%d, each asked in both reader languages)\n", len(rows)) +
		"method                        owner@1  first duty@1  agree  in query's language\n"
	for _, m := range []struct {
		name string
		f    namedFigures
	}{{"words, owners (dutymap)", words}, {"letters in order (baseline)", letters}} {
		table += fmt.Sprintf("%-28s %8.3f  %12.3f  %5.3f  %20.3f\n", m.name, m.f.owner1, m.f.first1, m.f.agree, m.f.inLang)
	}
	t.Log("\n" + table)
	floor := namedFigures{owner1: 0.94, first1: 0.94, agree: 0.94, inLang: 1}
	if words.owner1 < floor.owner1 || words.first1 < floor.first1 || words.agree < floor.agree || words.inLang < floor.inLang {
		t.Errorf("below the floor %+v: %+v", floor, words)
	}
}

// readNamedQuestions reads testdata/named-questions.tsv: query, department.
func readNamedQuestions(tb testing.TB) [][]string {
	tb.Helper()
	f, err := os.Open("testdata/named-questions.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	rows, err := r.ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	return rows[1:]
}

// measureNamed asks each question as a reader of each language would.
func measureNamed(rows [][]string, ask func(query string, reader model.Lang) (owner, first string, lang model.Lang)) namedFigures {
	var f namedFigures
	for _, row := range rows {
		want, written := row[1], model.En
		if hasHan(row[0]) {
			written = model.Zh
		}
		for _, reader := range model.Langs {
			owner, first, lang := ask(row[0], reader)
			if owner == want {
				f.owner1++
			}
			if first == want {
				f.first1++
			}
			if owner == first && owner != "" {
				f.agree++
			}
			if lang == written {
				f.inLang++
			}
		}
	}
	n := float64(2 * len(rows))
	f.owner1, f.first1, f.agree, f.inLang = f.owner1/n, f.first1/n, f.agree/n, f.inLang/n
	return f
}
