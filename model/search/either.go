package search

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// People mix departments up, so they ask which of two it is: "does
// marketing or sales set prices", "is training done by HR or marketing",
// "is training HR's job or marketing's", 定价是市场部还是销售部负责,
// 促销是市场部的事还是销售部的事, 市场部和销售部谁负责定价. The units offered
// are no words of the work: a duty handing plans to 销售部 says nothing of
// pricing by naming it. Such a question is asked as the question of who
// does the rest (谁负责定价, "who is in charge of training"), with the
// units offered as its scope (Index.scopeUnits): an owner inside one of
// them comes first among those whose duties do the work, and when neither
// does it, the ones that do answer. The results name the units offered
// (Results.Offered), so that the answer can say which of them it is.

// alternativeWords join units offered as alternatives wherever they stand
// ("marketing or sales", 市场部还是销售部, 市场部或销售部).
var alternativeWords = []string{"or", "/", "还是", "或", "或者", "抑或", "要么"}

// togetherWords join units offered as alternatives only before the
// question word (市场部和销售部谁负责定价, "marketing and sales: who sets
// prices"): after it, "who works with marketing and sales" asks about both.
var togetherWords = []string{"and", "&", "和", "与", "跟", "及", "、"}

// ownWorkWords say "the work of" after a unit offered ("HR's job",
// 市场部的事): no word of the work itself.
var ownWorkWords = []string{"job", "jobs", "work", "task", "tasks", "duty", "duties", "responsibility",
	"responsibilities", "thing", "area", "事", "事情", "工作", "职责", "任务", "活"}

// maxUnitWords bounds the words of a unit's name read from a question
// ("human resources department").
const maxUnitWords = 4

// unitRun is the words words[from:to] of a question that name units.
type unitRun struct {
	from, to int
	units    []int32
}

// offeredUnits returns the units a query offers as alternatives, in the
// order it names them, and the question asked of them; ok false when it
// offers fewer than two, names nothing else, or asks how they differ
// (comparedPair answers that). A question offering them before its
// question word is the rest of it (谁负责定价 of 市场部和销售部谁负责定价,
// "who sets prices" of "who sets prices, marketing or sales?"); any other
// asks who does what remains ("who is in charge of training",
// 谁负责促销).
func (ix *Index) offeredUnits(q Query, p plan) (units []int32, asked Query, ok bool) {
	if len(p.exact) > 0 || len(p.words) < 3 || len(p.words) > maxWords || ix.asksDifference(p.words) {
		return nil, Query{}, false
	}
	runs := ix.unitRuns(p.words)
	if len(runs) < 2 {
		return nil, Query{}, false
	}
	text := strings.Join(plainTexts(q), " ")
	// Where each run stands in the text as typed, to read what joins them.
	starts, ends := make([]int, len(runs)), make([]int, len(runs))
	at := 0
	for i, r := range runs {
		for j := r.from; j < r.to; j++ {
			k := strings.Index(text[at:], p.words[j].typed)
			if k < 0 {
				return nil, Query{}, false
			}
			if j == r.from {
				starts[i] = at + k
			}
			at += k + len(p.words[j].typed)
		}
		ends[i] = at
	}
	// Offered before a question word: nothing but units and what joins
	// them before the words asked (市场部和销售部谁…).
	before := p.question && p.subject.from < p.subject.to && runs[0].from == 0 && runs[len(runs)-1].to <= p.subject.from &&
		wordsBetweenAreWork(p.words[runs[len(runs)-1].to:p.subject.from])
	for i := 1; i < len(runs); i++ {
		between := strings.ToLower(text[ends[i-1]:starts[i]]) // lowered apart: lowering may change a text's length
		if !joinsAlternatives(between, before) || runs[i].from != runs[i-1].to && !wordsBetweenAreWork(p.words[runs[i-1].to:runs[i].from]) {
			return nil, Query{}, false
		}
	}
	for _, r := range runs {
		for _, u := range r.units {
			if !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
	}
	if len(units) < 2 {
		return nil, Query{}, false
	}
	// The words left: the work asked about.
	var rest []qword
	restTo := 0 // the words of the work stand before restTo
	for i := 0; i < len(p.words); i++ {
		if k := slices.IndexFunc(runs, func(r unitRun) bool { return r.from == i }); k >= 0 {
			i = runs[k].to - 1
			for i+1 < len(p.words) && slices.Contains(ownWorkWords, p.words[i+1].folded) {
				i++ // "HR's job", 市场部的事
			}
			continue
		}
		if slices.Contains(alternativeWords, p.words[i].folded) {
			continue // 还是, a word the analysis keeps
		}
		rest = append(rest, p.words[i])
		restTo = i + 1
	}
	if len(rest) == 0 {
		return nil, Query{}, false
	}
	var said string
	switch {
	case before:
		said = strings.TrimLeftFunc(text[ends[len(ends)-1]:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	case p.question && p.subject.from < p.subject.to && restTo <= runs[0].from:
		// "who sets prices, marketing or sales?": the question before them.
		said = strings.TrimRightFunc(text[:starts[0]], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	case rest[0].han:
		var b strings.Builder
		b.WriteString("谁负责")
		for _, w := range rest {
			b.WriteString(w.typed)
		}
		said = b.String()
	default:
		typed := make([]string, len(rest))
		for i, w := range rest {
			typed[i] = w.typed
		}
		said = "who " + strings.Join(typed, " ")
		// "set prices": a verb and its object ask as they are; "training"
		// is answered for.
		if ap := makePlan(Parse(said)); len(ap.words) == 0 || !ap.words[0].verb {
			said = "who is in charge of " + strings.Join(typed, " ")
		}
	}
	asked = Parse(said)
	asked.Depts, asked.Complete = q.Depts, q.Complete
	if len(asked.Terms) == 0 {
		return nil, Query{}, false
	}
	return units, asked, true
}

// joinsAlternatives reports whether the text between two units offered
// joins them as alternatives: "or", 还是 anywhere; "and", 和 only before the
// question word (before).
func joinsAlternatives(between string, before bool) bool {
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return analysis.PhraseAt(between, w) >= 0 })
	}
	return has(alternativeWords) || before && has(togetherWords)
}

// wordsBetweenAreWork reports whether the words kept between two units
// offered are only what joins them or says "the work of" (市场部的事还是
// 销售部的事: 还是; "HR's job or marketing's": job).
func wordsBetweenAreWork(words []qword) bool {
	for _, w := range words {
		if !slices.Contains(alternativeWords, w.folded) && !slices.Contains(ownWorkWords, w.folded) {
			return false
		}
	}
	return true
}

// unitRuns returns the runs of words that name departments or positions,
// whole, in order: the longest from each word on ("human resources" before
// "human"). A possessive names its unit ("HR's", "marketing's"); a Chinese
// name may leave out its 部 (市场 of 市场还是销售).
func (ix *Index) unitRuns(words []qword) []unitRun {
	var runs []unitRun
	for i := 0; i < len(words); {
		next := i + 1
		for j := min(len(words), i+maxUnitWords); j > i; j-- {
			if units := ix.unitsOfRun(words[i:j]); len(units) > 0 {
				runs = append(runs, unitRun{from: i, to: j, units: units})
				next = j
				break
			}
		}
		i = next
	}
	return runs
}

// unitsOfRun returns the departments and positions whose name or alias the
// words of run are, whole; none when they mix languages.
func (ix *Index) unitsOfRun(run []qword) []int32 {
	han := run[0].han
	said := make([]string, len(run))
	for i, w := range run {
		if w.han != han || w.recipient {
			return nil
		}
		said[i] = w.folded
		if !han && i == len(run)-1 {
			said[i] = withoutPossessive(w.folded)
		}
	}
	if han {
		name := strings.Join(said, "")
		if units := ix.unitsNamedZh(name); len(units) > 0 || strings.HasSuffix(name, "部") {
			return units
		}
		return ix.unitsNamedZh(name + "部")
	}
	return ix.unitsNamed(strings.Join(said, " "))
}

// nodesOf returns the nodes of units.
func (ix *Index) nodesOf(units []int32) []*model.Node {
	out := make([]*model.Node, len(units))
	for i, u := range units {
		out[i] = ix.node(u)
	}
	return out
}

// Chosen returns, of the units a question offers (Offered), the first
// owner inside one of them whose duties do the work asked about
// (Owner.Duties), with the duty that proves it; ok false when the
// question offers none or none of them does it (the owners, then, are
// those who do).
func (r *Results) Chosen() (Owner, bool) {
	if len(r.Offered) == 0 {
		return Owner{}, false
	}
	for _, o := range r.Owners(len(r.Offered) + maxChosenAfter) {
		if o.Duties > 0 && r.offers(o.Node()) {
			return o, true
		}
	}
	return Owner{}, false
}

// maxChosenAfter bounds the owners outside the units offered that may rank
// before the one chosen: in-scope owners doing the work come first among
// those that do it, so a few suffice.
const maxChosenAfter = 8

// offers reports whether node n is one of the units offered or lies
// beneath one.
func (r *Results) offers(n *model.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if slices.Contains(r.Offered, a) {
			return true
		}
	}
	return false
}
