package analysis

import "unicode/utf8"

// askedVerbObject re-reads, in a run's words, the verb a question asking
// who puts right after its question words: 谁开发票 is 谁, 开, 发票 (who
// issues invoices), not 谁, 开发, 票 (who develops a ticket), which the
// dictionary segmentation gives. The question asks for the subject of
// its verb, and what follows the verb is its object (searchWords reads
// it so). When the word there is two characters followed by one
// character standing alone, and the second of the two with the one makes
// a dictionary word that is no verb (发票), the verb is the first
// character alone and the object that word: Chinese verbs are often one
// character (开, 发, 定, 管), its nouns most often two or more, and a
// one-character object left over is the rarer reading. Words the compact
// dictionary lacks are never made (采购货 stays 采购, 货).
//
// The question words are those asking who (AsksWho: 谁, 由谁, 哪个) or
// which, with its unit noun (AsksWhich: 哪个小组, 什么部门), and the
// fillers after them (谁负责开发票, 谁来开发票).
// words is changed in place and returned.
func askedVerbObject(words []string) []string {
	asked := false // the words so far end in question words asking who
	for j, w := range words[:max(len(words)-1, 0)] {
		switch {
		case asksUnit(w):
			asked = true
			continue
		case !asked:
			continue
		case IsFiller(w) || IsUnitNoun(w):
			continue
		}
		asked = false
		next := words[j+1]
		if utf8.RuneCountInString(w) != 2 || utf8.RuneCountInString(next) != 1 || !IsHanWord(w+next) {
			continue
		}
		_, size := utf8.DecodeRuneInString(w)
		object := w[size:] + next
		if _, _, ok := segmenter().Find(object); ok && !IsChineseVerb(object) && !IsFiller(object) {
			words[j], words[j+1] = w[:size], object
		}
	}
	return words
}
