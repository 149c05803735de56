package search

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// Pinyin typed joined. A keyboard user types pinyin without spaces:
// "pandian" for 盘点, "falvzixun" for 法律咨询, "fahuoyuan" for the
// position 发货员. The readings table (readingsTable) holds the readings
// of the index's words, as the segmenter cut them, and the segmenter
// does not always cut where the user thinks: 每周五盘点库存 comes out with
// 五盘 and no 盘点, and 法律咨询 is two words whose readings are two. So a
// word of pinyin is also read as the Chinese characters it spells,
// syllable by syllable, and found as a Chinese word of those characters
// is when the segmenter cut it otherwise: by its character bigrams, all
// of which a text must hold (bigramAlt). Nothing is stored for it: each
// syllable's characters come from the pinyin table, read in place
// (analysis.CharsReading), and their bigrams from the index's terms in
// order, at query time.

// maxSpelled bounds the character sequences one word of pinyin stands for
// (homophones: zixun is 咨询 and 资讯); maxSpellSteps bounds the bigrams
// looked at to find them, so that a long run of common syllables costs a
// bounded time whatever the index holds.
const maxSpelled, maxSpellSteps = 16, 1 << 14

// weightJoined is the share of joined pinyin found by the bigrams of the
// characters it spells: pinyin's share of a Chinese word found by its
// bigrams.
const weightJoined = weightPinyin * weightBigrams

// bigramTerms returns the ids of the index's bigram terms in order of
// their characters, working them out on first use: for an index read
// from an encoding, the block of its terms in order that begin with
// bigramMark (nothing is made); for one built here, those terms sorted.
func (w *wordIndex) bigramTerms() []int32 {
	w.bigramOnce.Do(func() {
		if w.order != nil {
			lo := sort.Search(len(w.order), func(k int) bool { return w.vocab[w.order[k]] >= bigramMark })
			hi := sort.Search(len(w.order), func(k int) bool { return w.vocab[w.order[k]] >= codeMark })
			w.bigramOrder = w.order[lo:max(lo, hi)]
			return
		}
		for id, t := range w.vocab {
			if strings.HasPrefix(t, bigramMark) {
				w.bigramOrder = append(w.bigramOrder, int32(id))
			}
		}
		slices.SortFunc(w.bigramOrder, func(a, b int32) int { return strings.Compare(w.vocab[a], w.vocab[b]) })
	})
	return w.bigramOrder
}

// joinedAlts returns the alternatives by which word, letters a to z, is
// found as joined pinyin (see above): for each way of reading it as two
// syllables or more (analysis.PinyinSplits), the character sequences of
// those readings whose every bigram the index holds, each found by its
// bigrams. None for a word that is not pinyin of two syllables or more.
func (w *wordIndex) joinedAlts(word string) []alt {
	var out []alt
	seen := map[string]bool{}
	for _, sp := range w.spellings(word) {
		a := w.spelledAlt(sp.bigrams)
		if key := a.key(); !seen[key] {
			seen[key] = true
			out = append(out, a)
		}
	}
	return out
}

// spelt is a character sequence a word of pinyin spells (spell), with
// the terms of its bigrams in order.
type spelt struct {
	chars   []rune
	bigrams []int32
}

// maxSpellMemo bounds the words whose spellings an index remembers.
const maxSpellMemo = 256

// spellings returns what word spells (spell), remembered: a search reads
// a word of pinyin as a position's name (readPositionName), then as words
// (joinedAlts), and the explorer searches again at every key.
func (w *wordIndex) spellings(word string) []spelt {
	w.spellMu.Lock()
	got, ok := w.spellMemo[word]
	w.spellMu.Unlock()
	if ok {
		return got
	}
	w.spell(word, func(chars []rune, bigrams []int32) {
		got = append(got, spelt{slices.Clone(chars), slices.Clone(bigrams)})
	})
	w.spellMu.Lock()
	if w.spellMemo == nil {
		w.spellMemo = map[string][]spelt{}
	}
	if len(w.spellMemo) < maxSpellMemo {
		w.spellMemo[word] = got
	}
	w.spellMu.Unlock()
	return got
}

// spell calls visit with each character sequence that word, letters a to
// z, spells as pinyin of two syllables or more (analysis.PinyinSplits)
// and whose every bigram the index holds, with those bigrams' terms in
// order; at most maxSpelled sequences, found in at most maxSpellSteps
// steps. visit must not keep its arguments.
func (w *wordIndex) spell(word string, visit func(chars []rune, bigrams []int32)) {
	splits := analysis.PinyinSplits(word)
	if len(splits) == 0 {
		return
	}
	table := w.bigramTerms()
	if len(table) == 0 {
		return // no Chinese text
	}
	// The characters of each syllable, looked up once for all the ways
	// of reading the word.
	chars := map[string][]rune{}
	reading := func(s string) []rune {
		cs, ok := chars[s]
		if !ok {
			cs = analysis.CharsReading(s)
			chars[s] = cs
		}
		return cs
	}
	steps, found := 0, 0
	for _, syl := range splits {
		// reads reports whether c reads syl[i] (the characters are in
		// order of code point).
		reads := func(c rune, i int) bool {
			_, ok := slices.BinarySearch(reading(syl[i]), c)
			return ok
		}
		// extend follows bigrams from chars' last character, which reads
		// syl[i], through the syllables after it.
		var spelt []rune
		var path []int32
		var extend func(i int)
		extend = func(i int) {
			if found == maxSpelled || steps > maxSpellSteps {
				return
			}
			if i == len(syl)-1 {
				found++
				visit(spelt, path)
				return
			}
			for _, id := range w.bigramsFrom(table, spelt[len(spelt)-1]) {
				steps++
				_, size := utf8.DecodeRuneInString(w.vocab[id][len(bigramMark):])
				next, _ := utf8.DecodeRuneInString(w.vocab[id][len(bigramMark)+size:])
				if reads(next, i+1) {
					spelt, path = append(spelt, next), append(path, id)
					extend(i + 1)
					spelt, path = spelt[:len(spelt)-1], path[:len(path)-1]
				}
			}
		}
		for _, c := range reading(syl[0]) {
			steps++
			spelt = append(spelt[:0], c)
			extend(0)
		}
	}
}

// spells reports whether word, letters a to z, spells some characters
// side by side in the index's texts as joined pinyin (spell).
func (w *wordIndex) spells(word string) bool {
	return len(w.spellings(word)) > 0
}

// spelledName returns the Chinese name of a department or position
// (nameMark) that word, letters a to z, spells as joined pinyin
// (fahuoyuan: 发货员), and the units named so, when it spells exactly one
// such name.
func (w *wordIndex) spelledName(word string) (string, []int32) {
	var name string
	var units []int32
	several := false
	for _, sp := range w.spellings(word) {
		s := string(sp.chars)
		if id, ok := w.term(nameMark + s); ok && s != name {
			if name != "" {
				several = true
			}
			name = s
			units, _ = w.postings(id)
		}
	}
	if several {
		return "", nil
	}
	return name, units
}

// bigramsFrom returns the bigram terms of table whose first character is
// c.
func (w *wordIndex) bigramsFrom(table []int32, c rune) []int32 {
	prefix := bigramMark + string(c)
	lo, _ := slices.BinarySearchFunc(table, prefix, func(id int32, p string) int { return strings.Compare(w.vocab[id], p) })
	hi := lo
	for hi < len(table) && strings.HasPrefix(w.vocab[table[hi]], prefix) {
		hi++
	}
	return table[lo:hi]
}

// spelledAlt is the alternative that finds the texts holding every bigram
// of a spelled sequence, as bigramAlt finds a Chinese word (bigramsAlt).
func (w *wordIndex) spelledAlt(bigrams []int32) alt {
	return w.bigramsAlt(slices.Clone(bigrams), weightJoined)
}

// key identifies an alternative found by bigrams, by its bigrams.
func (a alt) key() string {
	ids := slices.Sorted(slices.Values(a.bigrams))
	b := make([]byte, 0, 4*len(ids))
	for _, id := range ids {
		b = binary.LittleEndian.AppendUint32(b, uint32(id))
	}
	return string(b)
}
