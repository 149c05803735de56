package search

import (
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A Chinese query that writes two nouns side by side (人事档案: 人事 and
// 档案) asks about one thing, the second word its head: personnel files.
// A text that holds the head only at the end of a longer word of its own
// whose first characters are another word (客户档案, customer files) says
// another kind of it, as English "customer files" is no answer to
// "personnel files": it is evidence of the head as a synonym is, no
// more (whit.held, and what it holds of a question's object,
// wquery.phraseHeld, weigh weightSynonym of the word's). A text that
// handles the modifier's whole domain, the modifier with a generic head
// (人事管理, 人事工作, 人事事务: personnel management covers personnel
// files), holds the head as a synonym would, without naming it. Where the
// head outweighs what the modifier's texts hold (员工工资: 处理劳动工资
// holds the 工资 that matters, 组织员工培训 only the 员工), the other kind
// still answers. The index holds the head inside such a word
// (analysis.Analyzer.Parts), which is what a question of the head alone
// wants: 谁管档案 finds 客户档案 whole.

// domainHeads are the generic heads that make a modifier a whole domain
// of work (人事管理, 财务工作, 人事事务).
var domainHeads = wordSet("管理 工作 事务 事宜 事项")

// otherKind is a query's head word (qword.adjoins) and the modifier
// written before it.
type otherKind struct {
	bit  uint64  // the head's bit in the plan's words; the modifier's is bit>>1
	head int32   // the head's term in the Chinese index
	mod  int32   // the modifier's term, -1 when the index lacks it
	said string  // the modifier as written
	main float32 // the head's weight in what a text must hold (mainWeights)
}

// demoteOtherKinds weighs, in each Chinese hit, a head the text holds
// only as the end of another word (heldAsOtherKind) as a synonym weighs,
// and makes a text handling the modifier's domain (handlesDomain) hold
// the head as a synonym would.
func (ix *Index) demoteOtherKinds(hits []whit, p plan, langs [2]model.Lang, cws [2][]cword) {
	k := langIdx(langs, model.Zh)
	if langs[k] != model.Zh || len(hits) == 0 {
		return
	}
	w := ix.wordsOf(model.Zh)
	var heads []otherKind
	var ws []float32
	for i := 1; i < min(len(p.words), len(cws[k]), maxWords); i++ {
		q, m := p.words[i], p.words[i-1]
		if !q.adjoins || !compoundNoun(q) || !compoundNoun(m) || m.recipient || analysis.IsChineseVerb(m.term) {
			continue
		}
		head, ok := w.term(q.term)
		if !ok {
			continue
		}
		mod, ok := w.term(m.term)
		if !ok {
			mod = -1
		}
		if ws == nil {
			ws, _, _ = mainWeights(cws[k])
		}
		heads = append(heads, otherKind{bit: 1 << i, head: head, mod: mod, said: m.term, main: ws[i]})
	}
	if len(heads) == 0 {
		return
	}
	for n := range hits {
		h := &hits[n]
		if h.lang != model.Zh {
			continue
		}
		for _, d := range heads {
			switch {
			case h.mask&d.bit != 0 && ix.heldAsOtherKind(w, h.node, d):
				h.held = max(0, h.held-(1-weightSynonym)*d.main)
				h.kinds |= d.bit
			case h.mask&d.bit == 0 && h.mask&(d.bit>>1) != 0 && ix.handlesDomain(w, h.node, d):
				h.held += weightSynonym * d.main
				h.mask |= d.bit
				h.kinds |= d.bit
			}
		}
	}
}

// compoundNoun reports whether query word q may stand in a compound of
// nouns: a Chinese word of two characters or more that is no verb of
// the question, role or recipient.
func compoundNoun(q qword) bool {
	return q.han && !q.verb && !q.role && utf8.RuneCountInString(q.term) >= 2
}

// heldAsOtherKind reports whether node n's title holds d's head only at
// the end of longer words whose first characters are not d's modifier
// (客户档案 for the 档案 of 人事档案), and does not hold the modifier.
func (ix *Index) heldAsOtherKind(w *wordIndex, n int32, d otherKind) bool {
	toks := w.tokens(n)
	found := false
	for x, t := range toks {
		if d.mod >= 0 && t.term == d.mod {
			return false // the text says the modifier: it may say this kind
		}
		if t.term != d.head {
			continue
		}
		// The word it is part of: the widest token at its position (a
		// word's parts follow it, at its position).
		word := t
		for y := x - 1; y >= 0 && toks[y].pos == t.pos; y-- {
			if u := toks[y]; u.start <= word.start && u.end >= word.end {
				word = u
			}
		}
		if word.start == t.start || word.end != t.end {
			return false // the head itself, or a word it begins (档案管理)
		}
		// A Chinese word's term is the word as written.
		if before, ok := strings.CutSuffix(w.vocab[word.term], w.vocab[d.head]); !ok || strings.HasSuffix(before, d.said) {
			return false // the query's compound itself
		}
		found = true
	}
	return found
}

// handlesDomain reports whether node n's title says d's modifier with a
// generic head (domainHeads), as one word (人事管理) or two side by side
// (人事 工作): the whole domain the modifier names.
func (ix *Index) handlesDomain(w *wordIndex, n int32, d otherKind) bool {
	if d.mod < 0 {
		return false
	}
	toks := w.tokens(n)
	for x, t := range toks {
		if t.term != d.mod {
			continue
		}
		for _, u := range toks[x+1:] {
			if u.start < t.end {
				continue // another part of the word it is in
			}
			if u.start == t.end && domainHeads[w.vocab[u.term]] {
				return true
			}
			break
		}
	}
	return false
}

// phraseHeld is the weight (mainWeights) of the words of mask that hit
// h holds, in the language of index k, a word it holds only as another
// kind of it (whit.kinds) weighing as a synonym does.
func (q *wquery) phraseHeld(k int, h whit, mask uint64) float32 {
	m := h.mask & mask
	if h.kinds&m == 0 {
		return q.phraseWeight(k, m)
	}
	return q.phraseWeight(k, m&^h.kinds) + weightSynonym*q.phraseWeight(k, m&h.kinds)
}
