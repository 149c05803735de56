package search

import (
	"testing"
	"unicode"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// wholeWords.of reads a title only for an action word and works on its
// bytes, and remembers its answers per word for the next keystroke
// (textMemos). Over every text of a generated organisation, and of one
// whose titles are not ASCII (where a token's runes are not its bytes),
// it answers as reading every word of the title as runes does, afresh
// (ofByRunes, the plain reading it replaced), for questions as typed and
// as whole, one after another as into a search box: a word being typed
// ("pric") stands for the words it begins, and followed by another word
// for itself.
func TestWholeWordsOfMatchesReadingByRunes(t *testing.T) {
	accented := doc(model.KindDepartment, "café", "Café department", "咖啡部",
		sec("duties", "Responsibilities", "职责",
			duty("Set the café’s product prices.", "制定产品价格。"),
			duty("Run onboarding for new hires — the “interns”.", "新员工入职。"),
			duty("Review résumés, then hire new staff.", "招聘新员工。"),
			duty("Für Zürich: collect payments and fixed fees.", "收款。"),
			duty("Plan the naïve team’s trade shows (exhibitions).", "策划展会。"),
			duty("预算 first: approve the budget, then set prices.", "审批预算。"),
			duty("Inform customers of the ﬁxed prices for new hires.", "通知客户。"),
			duty("Manage the warehouse’s ﬁxtures; fix the printers.", "管理仓库。"),
		),
	)
	orgs := map[string]*model.Org{
		"synth":    synth.Generate(2000, 11),
		"accented": model.NewOrg([]*model.Node{accented}, nil),
	}
	questions := []string{
		"who sets product prices?", "who hires new staff?", "who manages the warehouse?",
		"who collects payments", "who fixes the printers", "who plans trade shows?",
		"who approves the budget?", "who informs customers?", "who sets prices for new hires",
		"who sets pric products", "who manag the warehouse", "who fix printers",
	}
	// Typed one right after the other: one word read another way (a verb,
	// then of the object; open, then followed by another word).
	type typed struct {
		text   string
		typing bool
	}
	var sequence []typed
	for _, q := range questions {
		for _, k := range typing(q) {
			sequence = append(sequence, typed{k, true})
		}
		sequence = append(sequence, typed{q, false})
	}
	for _, k := range []string{"who prices products", "prices products", "who sets prices", "prices products", "who prices products", "who sets pric", "who sets pric products", "who sets pric"} {
		sequence = append(sequence, typed{k, true})
	}
	checked, said := 0, 0
	for name, org := range orgs {
		ix := New(org)
		ix.Prepare()
		memos := &textMemos{nn: len(ix.nodes)} // one search box's, for every question
		for _, tq := range sequence {
			{
				typed := tq.text
				p := makePlan(Parse(typed))
				p.typing = tq.typing
				if len(p.words) == 0 {
					continue
				}
				for _, lang := range model.Langs {
					langs := [2]model.Lang{lang, lang.Other()}
					pairs := splitPairs(p.words)
					ref := ix.wholeWords(p, langs, pairs, ix.splitSetsIn(langs, pairs))
					p.memos = memos
					ww := ix.wholeWords(p, langs, pairs, ix.splitSetsIn(langs, pairs))
					for n := range ix.nodes {
						for _, l := range langs {
							h := whit{node: int32(n), lang: l, mask: ww.all}
							got, want := ww.of(h), ofByRunes(ref, h)
							if got != want {
								t.Fatalf("%s: %q (typing %v), %q in %v: of = %b, reading by runes %b",
									name, typed, p.typing, ix.titleOf(int32(n), l), l, got, want)
							}
							checked++
							if got != 0 {
								said++
							}
						}
					}
					ww.release()
				}
			}
		}
	}
	// The comparison means something only if texts say words, and some
	// don't.
	if said == 0 || said == checked {
		t.Fatalf("%d of %d texts say a word whole", said, checked)
	}
	t.Logf("%d of %d texts say a word whole", said, checked)
}

// ofByRunes is wholeWords.of as it read every hit before: the title as
// runes, every word of the question looked up term by term.
func ofByRunes(ww *wholeWords, h whit) uint64 {
	k := langIdx(ww.langs, h.lang)
	got := h.mask & ww.han
	var title []rune
	tokens := ww.ix.wordsOf(h.lang).tokens(h.node)
	for _, t := range tokens {
		for i := range ww.action {
			if got&(1<<i) != 0 || h.mask&(1<<i) == 0 || !ww.says[k][i][t.term] {
				continue
			}
			if title == nil {
				title = []rune(ww.ix.titleOf(h.node, h.lang))
			}
			if int(t.end) > len(title) || t.start >= t.end {
				continue
			}
			written := string(title[t.start:t.end])
			if ww.isAction(i) && !ww.sameWord(i, t.term == ww.own[k][i], written) {
				continue
			}
			if ww.asksVerb(i) && nounPlaceRunes(title, int(t.start), int(t.end)) && !analysis.ListedTogether(ww.p.words[i].term, analysis.Fold(written)) {
				continue
			}
			if t.pos == 0 && ww.inObject(i) && !ww.actOnObject(tokens, t, i, k) {
				continue
			}
			got |= 1 << i
		}
	}
	for j, sp := range ww.pairs {
		pair := uint64(3) << sp.first
		if h.mask&pair != 0 && got&pair != pair && ww.ix.splitSays(ww.ix.wordsOf(h.lang), h.node, ww.sets[k][j]) {
			got |= h.mask & pair
		}
	}
	return got
}

// nounPlaceRunes is nounPlace over runes, as it was written before.
func nounPlaceRunes(title []rune, start, end int) bool {
	word := analysis.Fold(string(title[start:end]))
	if len(word) >= 3 && word[len(word)-3:] == "ing" {
		return false
	}
	inWord := func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }
	before := 0
	for i := start - 1; i >= 0 && before < 2; {
		r := title[i]
		switch {
		case inWord(r):
			j := i
			for j > 0 && inWord(title[j-1]) {
				j--
			}
			if textNounMarkers[analysis.Fold(string(title[j:i+1]))] {
				return true
			}
			before++
			i = j - 1
		case unicode.IsSpace(r) || r == '-':
			i--
		default:
			return false
		}
	}
	return false
}
