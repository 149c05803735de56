package search

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// The budgets (docs/perf-search.md): a keystroke on the built-in content
// under 1 ms; on 100,000 duties under 16 ms while typing; the index of
// 100,000 duties under 200 MB.

const bigN = 100_000

var big = sync.OnceValue(func() *model.Org { return synth.Generate(bigN, 1) })

// BenchmarkBuiltinKeystroke is one full search of the built-in content,
// without help from earlier queries.
func BenchmarkBuiltinKeystroke(b *testing.B) {
	ix := builtin(b)
	ix.Prepare()
	for _, q := range []string{"set prices", "s", "定价", "market research d:sales"} {
		b.Run(q, func(b *testing.B) {
			query := Parse(q)
			for b.Loop() {
				ix.Search(context.Background(), query, model.En, 50)
			}
		})
	}
}

// BenchmarkTyping100k types queries one rune at a time into a new
// Searcher, as a user would into the search box (100 results, as the
// explorer asks), and reports the mean, the 95th percentile and the
// slowest keystroke.
func BenchmarkTyping100k(b *testing.B) {
	ix := prepared100k(big())
	for _, c := range []struct {
		name, text string
		lang       model.Lang
	}{
		{"set_prices", "set prices", model.En},
		{"question", "who sets product prices?", model.En},
		{"zh", "制定产品价格", model.Zh},
		{"zh_question", "谁负责定价？", model.Zh},
		{"zh_query_en_ui", "制定产品价格", model.En},
		{"pinyin", "dingjia", model.Zh},
		{"typo", "prcie lsit", model.En},
	} {
		b.Run(c.name, func(b *testing.B) {
			keys := typing(c.text)
			var took []time.Duration
			cpu := cpuTime()
			for b.Loop() {
				s := NewSearcher(ix)
				for _, k := range keys {
					start := time.Now()
					if _, err := s.Search(context.Background(), Parse(k), c.lang, 100); err != nil {
						b.Fatal(err)
					}
					took = append(took, time.Since(start))
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(len(took)), "cpu-ms/key")
			reportPercentiles(b, took, "key")
		})
	}
}

// reportPercentiles reports the mean, 95th percentile and slowest of took.
func reportPercentiles(b *testing.B, took []time.Duration, unit string) {
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	var sum time.Duration
	for _, d := range took {
		sum += d
	}
	b.ReportMetric(ms(sum)/float64(len(took)), "ms/"+unit)
	b.ReportMetric(ms(took[len(took)*95/100]), "p95-ms/"+unit)
	b.ReportMetric(ms(took[len(took)-1]), "worst-ms/"+unit)
}

// BenchmarkONetQuestion asks the O*NET organisation (18,797 duties) every
// question of the yardsticks (new tasks and paraphrases, 173), as
// `dutymap search --owners` does: 20 results and their owners.
func BenchmarkONetQuestion(b *testing.B) {
	ix := New(onetOrg(b))
	ix.Prepare()
	var questions []string
	for _, f := range []string{"new-tasks-dev.tsv", "paraphrase.tsv"} {
		for _, row := range readTSV(b, f) {
			questions = append(questions, row[0])
		}
	}
	var took []time.Duration
	cpu := cpuTime()
	for b.Loop() {
		for _, q := range questions {
			start := time.Now()
			res, err := ix.Search(context.Background(), Parse(q), model.En, 20)
			if err != nil {
				b.Fatal(err)
			}
			res.Owners(10)
			took = append(took, time.Since(start))
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(len(took)), "cpu-ms/question")
	reportPercentiles(b, took, "question")
}

// BenchmarkPrepareBuiltin builds the built-in organisation's indexes, both
// languages, words and letters: the work the explorer starts in the
// background, and a first search waits for if typed before it ends. The
// Chinese segmenter's dictionary is loaded once before (see
// model/analysis BenchmarkSegmenterLoad).
func BenchmarkPrepareBuiltin(b *testing.B) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		b.Skip(err)
	}
	analysis.SegmentChinese("预热")
	for b.Loop() {
		New(org).Prepare()
	}
}

// BenchmarkSearch100k is one search of all 100,000 duties from scratch:
// the first keystroke, or one after the query changed entirely.
func BenchmarkSearch100k(b *testing.B) {
	ix := prepared100k(big())
	for _, c := range []struct {
		name, q string
		limit   int
	}{
		{"s", "s", 50},
		{"set_prices", "set prices", 50},
		{"set_prices_all", "set prices", 0},
		{"spr_scattered", "spr", 50},
		{"zh", "价格", 50},
		{"zh_split", "谁负责收款", 50},   // a compound the segmenter splits, said split (收回…货款)
		{"no_match", "zqxwvyk", 50}, // a word no text holds, near none: the typo look-up scans the words
		{"typo", "prcies", 50},      // searched as "prices"
	} {
		b.Run(c.name, func(b *testing.B) {
			q := Parse(c.q)
			for b.Loop() {
				if _, err := ix.Search(context.Background(), q, model.En, c.limit); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// prepared100k returns an index of org with both languages prepared.
func prepared100k(org *model.Org) *Index {
	ix := New(org)
	ix.Prepare()
	return ix
}

// BenchmarkNew100k builds the index of 100,000 duties, both languages, and
// reports the heap it keeps.
func BenchmarkNew100k(b *testing.B) {
	org := big()
	var ix *Index
	for b.Loop() {
		ix = prepared100k(org)
	}
	b.ReportMetric(float64(indexBytes(org))/1e6, "MB")
	runtime.KeepAlive(ix)
}

// indexBytes measures the heap an index of org keeps, both languages
// prepared.
func indexBytes(org *model.Org) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix := prepared100k(org)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(ix)
	return after.HeapAlloc - before.HeapAlloc
}

func TestIndexMemory100k(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-duty organisation")
	}
	mb := float64(indexBytes(big())) / 1e6
	t.Logf("index of %s: %.1f MB", synth.Describe(big()), mb)
	if mb > 200 {
		t.Fatalf("index uses %.1f MB, budget 200 MB", mb)
	}
}

// BenchmarkCasedTitles is what a term with a capital costs on the typing
// path: the case-keeping form of every entry of the built-in content, in
// both languages (one op is every entry of both lists), and one search for
// such a term over the Chinese titles (POP stands among them).
func BenchmarkCasedTitles(b *testing.B) {
	ix := builtin(b)
	ix.Prepare()
	b.Run("every_entry", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, lang := range model.Langs {
				l := ix.letters.list(lang)
				for e := range int32(l.len()) {
					ix.letters.cased(l, e)
				}
			}
		}
	})
	b.Run("search_POP_zh", func(b *testing.B) {
		b.ReportAllocs()
		q := Parse("'POP")
		for b.Loop() {
			if _, err := ix.letters.search(context.Background(), q, model.Zh, 50); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkHolding finds the words that hold one Chinese character typed
// alone (定 stands for 定价, 制定 …), as compiling such a query does in
// each language and again when nothing mentions it.
func BenchmarkHolding(b *testing.B) {
	for name, ix := range map[string]func() *Index{
		"builtin": func() *Index { return builtin(b) },
		"100k":    func() *Index { return prepared100k(big()) },
	} {
		w := ix().wordsOf(model.Zh)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, ch := range []string{"定", "价", "市", "部"} {
					w.holding(ch)
				}
			}
			b.ReportMetric(float64(len(w.surface)), "surface-words")
		})
	}
}

// BenchmarkActionWord100k tells the action words of questions on 100,000
// duties, built and read alone (DecodeAlone: the cache's lazily checked
// index), as every question asks of its words (Index.actionWord): verbs
// that lead duties and nouns that lead none, whose postings are long.
func BenchmarkActionWord100k(b *testing.B) {
	built := prepared100k(big())
	var w wire.Writer
	built.Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		b.Fatal(err)
	}
	var words []qword
	for _, typed := range []string{"sets", "prices", "products", "manages", "customers", "plans", "reports", "sales"} {
		words = append(words, qword{term: analysis.Stem(typed), folded: typed, typed: typed})
	}
	for name, ix := range map[string]*Index{"built": built, "alone": alone} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					ix.actionWord(w)
				}
			}
		})
	}
}

// BenchmarkLeadingTerms100k is the one pass that finds which terms lead a
// duty on 100,000 duties (wordIndex.leadingTerms), which the first
// question of an index pays.
func BenchmarkLeadingTerms100k(b *testing.B) {
	ix := prepared100k(big())
	w := ix.wordsOf(model.En)
	for b.Loop() {
		w.leadingOnce = sync.Once{}
		w.leadingTerms(ix)
	}
}
