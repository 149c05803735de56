package search

import (
	"slices"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// notHeldInWords returns the missing words of a query that its other
// words answer without the Chinese characters that some duty or point
// nodeOK allows holds inside one of its words, in either language: a
// character the segmenter cut out of a longer run of the query (发 of
// 谁发工资) is searched for as a word of its own and matches none, but a
// note saying that no duty mentions “发” above 每月发放工资 would be
// untrue (search 发 finds it). The note names only what no text holds,
// as it does for longer words, which their bigrams and parts find inside
// other words. (When nothing answers, what no duty mentions as a word is
// why, and the note says so.)
func (ix *Index) notHeldInWords(missing []string, nodeOK []bool) []string {
	held := func(ch string) bool {
		for _, l := range model.Langs {
			w := ix.wordsOf(l)
			terms, _ := w.holding(ch)
			for _, t := range terms {
				nodes, _ := w.postings(t)
				for _, n := range nodes {
					if ix.kindOf(n).IsLeaf() && (nodeOK == nil || nodeOK[n]) {
						return true
					}
				}
			}
		}
		return false
	}
	return slices.DeleteFunc(missing, func(typed string) bool {
		r, size := utf8.DecodeRuneInString(typed)
		return size == len(typed) && analysis.IsHan(r) && held(typed)
	})
}
