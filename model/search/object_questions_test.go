package search

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestObjectQuestions measures "which department VERBs OBJECT?"
// questions, written from the built-in departments' own summaries (the
// verb and what it is done to, as each summary says them, in both
// languages; testdata/object-questions.tsv) before the rule that the
// object carries such a question was measured on them: owner@1 is the
// department of the first owner (itself or a position in it), MRR@5 the
// reciprocal rank of the first owner of that department among the first
// five. Each question is asked by a reader of each language. The figures
// in docs/perf-search.md are the floors.
func TestObjectQuestions(t *testing.T) {
	f, err := os.Open("testdata/object-questions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[1:]
	ix := builtin(t)
	var at1, mrr float64
	var misses []string
	for _, row := range rows {
		for _, reader := range model.Langs {
			res, err := ix.Search(context.Background(), Parse(row[0]), reader, 20)
			if err != nil {
				t.Fatal(err)
			}
			rank := 0
			for i, o := range res.Owners(5) {
				if o.Department.ID == row[1] {
					rank = i + 1
					break
				}
			}
			if rank == 1 {
				at1++
			} else if reader == model.En {
				misses = append(misses, fmt.Sprintf("%s (%s at %d)", row[0], row[1], rank))
			}
			if rank > 0 {
				mrr += 1 / float64(rank)
			}
		}
	}
	n := float64(2 * len(rows))
	at1, mrr = at1/n, mrr/n
	t.Logf("object questions (%d, each asked in both reader languages): owner@1 %.3f, MRR@5 %.3f; missed (English reader): %q", len(rows), at1, mrr, misses)
	if floor := 0.96; at1 < floor {
		t.Errorf("owner@1 %.3f below the floor %.3f", at1, floor)
	}
}
