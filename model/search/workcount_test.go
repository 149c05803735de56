package search

import (
	"context"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A limited answer counts the work of the whole answer (NoHoldersNote's
// count, workCount) as the answer without a limit lists it (Work): the
// explorer's role note reads it from the answer it has, without searching
// again.
func TestWorkCountedBeyondTheLimit(t *testing.T) {
	ix := builtin(t)
	checked := 0
	for _, q := range []string{"prices", "price", "budget", "market research", "promotion", "advertising plan", "customer",
		"staff", "report", "contract", "brand awareness", "handles the budget", "plan", "sales", "product", "s", "定价", "预算", "客户",
		"市场调研", "销售", "负责价格", "zebra prices", "d:sales prices"} {
		for _, lang := range model.Langs {
			whole, cut := find(t, ix, q, lang, 0), find(t, ix, q, lang, 3)
			if !cut.WorkCounted() {
				t.Errorf("%s (%s): the word index's answer does not count its work", q, lang.Code())
				continue
			}
			if got, want := cut.workCount(cut.Work()), len(whole.Work()); got != want {
				t.Errorf("%s (%s): %d work counted with the list cut at 3, %d listed without a limit", q, lang.Code(), got, want)
			}
			if len(whole.Work()) > 3 {
				checked++
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d queries have more work than the limit", checked)
	}
	// Exact terms are found by letters: their answer counts List only.
	if find(t, ix, "'prices", model.En, 3).WorkCounted() {
		t.Error("an answer of exact terms says it counts work past its list")
	}
}

// BenchmarkWorkCount100k is the count of a role note on 100,000 duties
// ("who must be told about prices?", no unit recorded): from the limited
// answer (workCount), or by searching again without a limit, as the
// explorer did before.
func BenchmarkWorkCount100k(b *testing.B) {
	ix := prepared100k(big())
	q := Parse("set prices")
	b.Run("counted", func(b *testing.B) {
		for b.Loop() {
			res, err := ix.Search(context.Background(), q, model.En, 100)
			if err != nil {
				b.Fatal(err)
			}
			_ = res.workCount(res.Work())
		}
	})
	b.Run("searched_again", func(b *testing.B) {
		for b.Loop() {
			if _, err := ix.Search(context.Background(), q, model.En, 100); err != nil {
				b.Fatal(err)
			}
			res, err := ix.Search(context.Background(), q, model.En, 0)
			if err != nil {
				b.Fatal(err)
			}
			_ = len(res.Work())
		}
	})
}
