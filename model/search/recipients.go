package search

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// An English question says whom its work goes to after "to" or "for":
// "who reports sales figures to marketing", "who prepares the figures for
// finance". When those words name a department or position (its
// English name or an alias, with or without "department"), that unit
// receives the work and does not answer for it, as 市场部 of 谁向市场部反馈
// does not (qword.recipient). Other words there are what the work is
// about or for ("who applies for permits", "who sells to customers"),
// and stay so.

// englishRecipients returns p with the words of its English question that
// name whom the work goes to (qword.toward, naming a unit) marked as the
// recipient, and the units they name; p itself when it has none.
func (ix *Index) englishRecipients(p plan) plan {
	var toward []int
	var said []string
	for i, w := range p.words {
		if w.toward && !w.han {
			toward = append(toward, i)
			said = append(said, w.folded)
		}
	}
	if len(toward) == 0 || len(ix.unitsNamed(strings.Join(said, " "))) == 0 {
		return p
	}
	p.words = slices.Clone(p.words)
	for _, i := range toward {
		p.words[i].recipient = true
	}
	return p
}

// unitsNamed returns the departments and positions that said, English
// words folded and one space apart, names whole: its English name or an
// alias, which may add "department", "dept" or "office" ("marketing" of
// "Marketing department"). The index holds each unit's whole names as
// terms of its own (nameMark), so no unit is read.
func (ix *Index) unitsNamed(said string) []int32 {
	if said == "" {
		return nil
	}
	w := ix.wordsOf(model.En)
	var out []int32
	for _, generic := range []string{"", " department", " dept", " office"} {
		id, ok := w.term(nameMark + said + generic)
		if !ok {
			continue
		}
		nodes, _ := w.postings(id)
		for _, n := range nodes {
			if ix.canOwn(n) && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// handsToRecipient reports whether hit h, in an English question naming
// whom the work goes to, holds the question's verb and those words: a
// duty doing the very hand-off asked about ("Report on competitors to the
// marketing department" for "who reports sales figures to marketing")
// answers it, whatever it hands over.
func (q *wquery) handsToRecipient(h whit) bool {
	var verb, to uint64
	for i, w := range q.p.words[:min(len(q.p.words), maxWords)] {
		switch {
		case w.han:
		case w.recipient:
			to |= 1 << i
		case w.verb && !w.role:
			verb |= 1 << i
		}
	}
	return verb != 0 && to != 0 && h.mask&verb == verb && h.mask&to == to
}

// namesDepartments returns how many departments the words name one by
// one ("marketing" and "sales" of "what is the difference between
// marketing and sales", 市场部 and 销售部 of 市场部和销售部的区别), each by
// its name or an alias (unitsNamed, unitsNamedZh).
func (ix *Index) namesDepartments(words []qword) int {
	seen := map[int32]bool{}
	for _, w := range words {
		units := ix.unitsNamedZh(w.term)
		if !w.han {
			units = ix.unitsNamed(w.folded)
		}
		for _, n := range units {
			if ix.parent[n] < 0 {
				seen[n] = true
			}
		}
	}
	return len(seen)
}

// unitsNamedZh returns the departments and positions whose Chinese name
// or alias is the Chinese word said, whole (市场部): the index's name
// terms (nameMark), as unitsNamed reads the English ones.
func (ix *Index) unitsNamedZh(said string) []int32 {
	if said == "" {
		return nil
	}
	w := ix.wordsOf(model.Zh)
	id, ok := w.term(nameMark + said)
	if !ok {
		return nil
	}
	nodes, _ := w.postings(id)
	var out []int32
	for _, n := range nodes {
		if ix.canOwn(n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// tier is hit h's tier as better orders it: none in a query between
// departments (wquery.between).
func (q *wquery) tier(h whit) uint8 {
	if q.between {
		return 0
	}
	return h.tier
}
