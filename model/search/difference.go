package search

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// A question about the difference between two departments ("what's the
// difference between planning and marketing", "how is operations
// different from sales", 策划部和市场部有什么不同) is answered side by side
// by the comparison, not by a list of duties: the built-in topic on
// marketing and sales answers only that pair, and the other pairs' words
// ("difference", 区别) find it all the same. The results name the two
// departments (Results.Compare), so that the command line and the
// explorer point to the comparison of those two.

// A query asks how things differ by a word of difference wherever it
// stands ("difference", "differ", "compare", "vs", 区别, 差异, 对比), or by
// a word that is also an adjective or adverb ("different", 不同, 不一样,
// 比较) only where it describes nothing after it: last ("how are they
// different", 两者有何不同, 市场部跟销售部比较, 市场部和销售部不一样在哪: 在哪
// is no word), before 之处 or 点 (不同之处), or, in English, before a
// unit's name ("how is operations different from sales": "from" is no
// word). Before a noun it is only "different": "who handles different
// products", 不同的渠道谁负责, 谁比较懂定价. One rule serves the note
// pointing to the comparison (comparedPair), the list's order
// (wquery.between) and the either/or question (offeredUnits, which a
// difference question is not).

// differenceTerms are the analysed words that ask how things differ
// wherever they stand (stems in English, words in Chinese). "different"
// is the stem "differ" too: differenceAdjectives reads it first.
var differenceTerms = []string{
	"differ", "compar", "comparison", "vs", "versus", "distinguish", "contrast",
	"区别", "差别", "差异", "异同", "对比", "区分",
}

// differenceAdjectives are the folded words that ask how things differ
// only where they describe nothing after them (asksDifference). 不一样 is
// 不 and 一样, read together.
var differenceAdjectives = []string{"different", "differently", "不同", "比较"}

// differenceHeads are the Chinese words after 不同 that make it a noun of
// difference (不同之处, 不同点).
var differenceHeads = []string{"之处", "点", "处"}

// asksDifference reports whether words ask how things differ, by the one
// rule above.
func (ix *Index) asksDifference(words []qword) bool {
	for i, w := range words {
		end := i
		adjective := slices.Contains(differenceAdjectives, w.folded)
		if w.han && w.term == "不" && i+1 < len(words) && words[i+1].term == "一样" {
			adjective, end = true, i+1
		}
		if !adjective {
			if slices.Contains(differenceTerms, w.term) {
				return true
			}
			continue
		}
		if i == 0 {
			continue // 不同 alone is only "different"
		}
		if end == len(words)-1 {
			return true
		}
		next := words[end+1]
		if w.han && slices.Contains(differenceHeads, next.folded) {
			return true
		}
		if !w.han && !next.han && len(ix.unitsOfRun(words[end+1:end+2])) > 0 {
			return true
		}
	}
	return false
}

// comparedPair returns the two departments a question about their
// difference names, in the order it names them, and the bits of the
// words that name them and ask the difference; nil when it asks no difference or names other
// than two departments. A department is named by its name or an alias,
// in either language, "department" (部) written or not ("HR", "human
// resources", 人力资源部).
func (ix *Index) comparedPair(words []qword) ([]*model.Node, uint64) {
	if !ix.asksDifference(words) {
		return nil, 0
	}
	var depts []int32
	var naming uint64
	add := func(units []int32, from, to int) bool {
		found := false
		for _, n := range units {
			if ix.parent[n] >= 0 || ix.kindOf(n) != model.KindDepartment {
				continue
			}
			found = true
			if !slices.Contains(depts, n) {
				depts = append(depts, n)
			}
		}
		if found {
			for i := from; i < to && i < maxWords; i++ {
				naming |= 1 << i
			}
		}
		return found
	}
	// The longest run of words that names a department, from each word
	// on ("human resources" before "human").
	const longest = 4
	for i := 0; i < len(words); {
		next := i + 1
		for j := min(len(words), i+longest); j > i; j-- {
			if ix.namesDepartment(words[i:j], add, i) {
				next = j
				break
			}
		}
		i = next
	}
	if len(depts) != 2 {
		return nil, 0
	}
	for i, w := range words[:min(len(words), maxWords)] {
		if slices.Contains(differenceTerms, w.term) || slices.Contains(differenceAdjectives, w.folded) {
			naming |= 1 << i
		}
	}
	return []*model.Node{ix.node(depts[0]), ix.node(depts[1])}, naming
}

// namesDepartment reports whether run, the words from at on, names a
// unit whole (unitsNamed, unitsNamedZh), handing the units to add. A run
// mixes no languages.
func (ix *Index) namesDepartment(run []qword, add func(units []int32, from, to int) bool, at int) bool {
	han := run[0].han
	var said []string
	for _, w := range run {
		if w.han != han {
			return false
		}
		if han {
			said = append(said, w.term)
		} else {
			said = append(said, w.folded)
		}
	}
	if han {
		// 市场 of 市场和销售的区别 is 市场部, as "marketing" is the
		// Marketing department.
		name := strings.Join(said, "")
		return add(ix.unitsNamedZh(name), at, at+len(run)) || !strings.HasSuffix(name, "部") && add(ix.unitsNamedZh(name+"部"), at, at+len(run))
	}
	return add(ix.unitsNamed(strings.Join(said, " ")), at, at+len(run))
}
