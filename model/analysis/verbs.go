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
