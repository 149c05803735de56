package search

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A question typed in pinyin, without a Chinese input method (shei guan
// qian for 谁管钱), asks what the Chinese it spells asks. Word by word, the
// pinyin of a one-character verb (guan) finds every word that reads so,
// and the question word (shei) is a filler that leaves no question: its
// answer was 把控物流 (guan through 管's synonyms) and 确定前进的方向 (qian
// as the beginning of qianjin). Read as the Chinese, it is a question,
// and its characters are the words the segmenter and the question's
// slots read (管 the verb, 钱 its object): 财务部 by its summary, as for
// 谁管钱. Only when the spelling is certain: a question word of
// analysis.PinyinFiller asking who, and every other word a filler or the
// whole reading of exactly one word of the Chinese index (guan: 管 alone;
// not ding, which reads 定 and 盯), and no English word.

// pinyinAskers are the pinyin question words asking who.
var pinyinAskers = []string{"shei", "zhaoshei", "youshei"}

// pinyinQuestion returns q read as the Chinese question its pinyin spells
// and the correction saying so, or q unchanged and false.
func (ix *Index) pinyinQuestion(q Query) (Query, Correction, bool) {
	if len(q.Terms) < 2 || len(q.Terms) > maxWords {
		return q, Correction{}, false
	}
	// Letters and a question word first: any other query (an English
	// question) leaves before the index's pinyin table is looked at.
	if !slices.ContainsFunc(q.Terms, func(t Term) bool { return slices.Contains(pinyinAskers, strings.ToLower(t.Text)) }) {
		return q, Correction{}, false
	}
	zh, en := ix.wordsOf(model.Zh), ix.wordsOf(model.En)
	var han strings.Builder
	typed := make([]string, len(q.Terms))
	asks := false
	for i, t := range q.Terms {
		word := strings.ToLower(t.Text)
		if t.Exact || !isPinyin(word) {
			return q, Correction{}, false
		}
		typed[i] = t.Text
		if filler, ok := analysis.PinyinFiller(word); ok {
			asks = asks || slices.Contains(pinyinAskers, word)
			han.WriteString(filler)
			continue
		}
		if en.isSurface(word) {
			return q, Correction{}, false // an English word ("who sets prices" is no pinyin)
		}
		spelt := ""
		for _, r := range zh.readings(word, false) {
			if r.initials {
				continue
			}
			if w := zh.vocab[r.term]; spelt != "" && w != spelt {
				return q, Correction{}, false // two words read so: not certain
			} else {
				spelt = w
			}
		}
		if spelt == "" {
			return q, Correction{}, false
		}
		han.WriteString(spelt)
	}
	if !asks {
		return q, Correction{}, false
	}
	out := q
	out.Terms = []Term{{Text: han.String()}}
	return out, Correction{Typed: strings.Join(typed, " "), Word: han.String(), Searched: true}, true
}
