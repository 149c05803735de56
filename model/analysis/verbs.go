package analysis

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./internal/genverbs

// zhVerbs lists the words of the compact dictionary that cannot name what
// a duty acts on: verbs (管理, 建设, 提供, 服务 as a verbal noun), adjectives,
// adverbs and function words, by their most frequent part of speech in
// gse's dictionary (internal/genverbs says which tags). 10,349 words in
// 68 KB, read on first use only.
//
//go:embed zh_verbs.txt
var zhVerbs string

// zhPredicateChars lists the single characters the dictionary tags as a
// verb or an adjective, each with its tag ("说 v", "坏 a":
// internal/genverbs), read on first use only.
//
//go:embed zh_predicate_chars.txt
var zhPredicateChars string

var zhPredicateCharTags = sync.OnceValue(func() map[string]byte {
	body := zhPredicateChars[strings.IndexByte(zhPredicateChars, '\n')+1:]
	tags := make(map[string]byte, strings.Count(body, "\n"))
	for _, line := range strings.Split(body, "\n") {
		if c, tag, ok := strings.Cut(line, " "); ok && tag != "" {
			tags[c] = tag[0]
		}
	}
	return tags
})

// ChinesePredicateChar reports whether a single Chinese character is a
// word of its own saying what happens or how something is, by the
// dictionary's tag: a verb (说, 买) or an adjective (坏, 新), not a
// numeral, a noun or a bound piece of a longer word (元 of 元宇宙, 斑 of
// 斑马).
func ChinesePredicateChar(char string) (verb, adjective bool) {
	tag := zhPredicateCharTags()[char]
	return tag == 'v', tag == 'a'
}

var zhVerbSet = sync.OnceValue(func() map[string]struct{} {
	body := zhVerbs[strings.IndexByte(zhVerbs, '\n')+1:]
	set := make(map[string]struct{}, strings.Count(body, "\n"))
	for _, w := range strings.Split(body, "\n") {
		if w != "" {
			set[w] = struct{}{}
		}
	}
	return set
})

// IsChineseVerb reports whether a Chinese word (as SegmentChinese or a
// synonym group's Canonical gives it) is one the dictionary tags as a
// verb, an adjective, an adverb or a function word: a word that says how
// work is done ("管理" manage, "提供" provide), not what it is done to.
// Words the dictionary lacks (names, compounds such as 荣誉室) are not.
func IsChineseVerb(word string) bool {
	_, ok := zhVerbSet()[word]
	return ok
}
