package analysis

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

//go:generate go run ./internal/gendict

// zhDict is the compact dictionary the segmenter loads: every single
// character, the 20,000 most frequent words of gse's dictionary and every
// word of it that the built-in content uses (internal/gendict says how and
// why). It holds 31,196 words in 320 KB; gse's own has 352,279, takes 1.5 s
// and 200 MB to load, and would hold up dutymap's start.
//
//go:embed zh_dict.txt
var zhDict string

// segmenter is loaded on first use (about 25 ms on a 2-core machine); an
// index builds in the background, so this never delays a first frame.
var segmenter = sync.OnceValue(loadSegmenter)

func loadSegmenter() *gse.Segmenter {
	seg := &gse.Segmenter{SkipLog: true}
	// LoadDictStr splits lines on the separator plus a space; the
	// generated file is "word frequency".
	body := zhDict[strings.IndexByte(zhDict, '\n')+1:]
	_ = seg.LoadDictStr(body) // cannot fail: it parses a string
	return seg
}

// SegmentChinese splits a run of Chinese characters into words with gse's
// dictionary segmentation: the shortest path through the run's words,
// each word as long as its rarity in the dictionary (gse's Segment, the
// algorithm of github.com/huichen/sego), so the same text always splits
// the same way. Characters that start no known word stand alone. The
// words are pieces of run.
//
// gse's other segmenter, Cut (jieba's most probable route), splits all
// but 2 of the built-in content's 2,265 runs the same way and takes about
// three times as long, which an index of a million duties feels.
func SegmentChinese(run string) []string {
	if run == "" {
		return nil
	}
	if utf8.RuneCountInString(run) == 1 {
		return []string{run}
	}
	segs := segmenter().Segment([]byte(run))
	words := make([]string, len(segs))
	for i := range segs {
		words[i] = run[segs[i].Start():segs[i].End()]
	}
	return words
}

// Bigrams returns the overlapping pairs of characters of a Chinese word:
// "售后服务" gives 售后, 后服, 服务. A word of one character gives nothing.
// Search falls back to them for words the dictionary lacks: a text
// holding every bigram of a word almost always holds the word.
func Bigrams(word string) []string {
	rs := []rune(word)
	if len(rs) < 2 {
		return nil
	}
	out := make([]string, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
	}
	return out
}
