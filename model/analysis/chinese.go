package analysis

import (
	_ "embed"
	"iter"
	"strings"
	"sync"
	"sync/atomic"
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

// loaded is the segmenter, loaded on first use (about 25 ms on a 2-core
// machine; an index builds in the background, so this never delays a
// first frame) and let go by ReleaseDictionary; loading holds loadMu.
var (
	loaded atomic.Pointer[gse.Segmenter]
	loadMu sync.Mutex
)

// segmenter returns the loaded segmenter, loading it when there is none.
func segmenter() *gse.Segmenter {
	if seg := loaded.Load(); seg != nil {
		return seg
	}
	loadMu.Lock()
	defer loadMu.Unlock()
	if seg := loaded.Load(); seg != nil {
		return seg
	}
	seg := loadSegmenter()
	loaded.Store(seg)
	return seg
}

// ReleaseDictionary lets go of the Chinese dictionary (about 10 MB of
// memory once loaded), for a program that has analysed what it will hold
// (an explorer whose indexes are built) and may not segment Chinese
// again for a long time. Segmentation still works after it: the next one
// loads the dictionary again, and a segmentation already running keeps
// the dictionary it started with.
func ReleaseDictionary() { loaded.Store(nil) }

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
// In a question asking who, the verb right after the question words is
// re-read where the dictionary's split leaves its object one character
// (askedVerbObject: 谁开发票 is 谁, 开, 发票), and a role's verb there is
// a word of its own, whatever the dictionary makes of the characters
// after it (roleVerbCut: 谁批准备份 is 谁, 批准, 备份, not 谁, 批, 准备, 份).
//
// gse's other segmenter, Cut (jieba's most probable route), splits all
// but 2 of the built-in content's 2,265 runs the same way and takes about
// three times as long, which an index of a million duties feels.
func SegmentChinese(run string) []string {
	var s shortest
	return s.words(run, nil)
}

// words is SegmentChinese with s's buffers, appending to out.
func (s *shortest) words(run string, out []string) []string {
	if run == "" {
		return out
	}
	if utf8.RuneCountInString(run) == 1 {
		return append(out, run)
	}
	seg := segmenter()
	first := len(out)
	out, ok := s.segment(seg, run, out)
	if !ok {
		out = out[:first]
		for _, w := range seg.Segment([]byte(run)) {
			out = append(out, run[w.Start():w.End()])
		}
	}
	out = append(out[:first], framed(out[first:])...)
	if at, verb := roleVerbCut(out[first:]); at >= 0 {
		// The role verb is a word of its own, and what follows it is
		// segmented as written after it (谁, 批准, then 备份).
		from := 0
		for _, w := range out[first : first+at] {
			from += len(w)
		}
		out = append(out[:first+at], run[from:from+len(verb)])
		return s.words(run[from+len(verb):], out)
	}
	askedVerbObject(out[first:])
	return out
}

// frames are the request frames of Chinese as the dictionary segmentation
// leaves them, in pieces (我 要, 找 谁, 问 一下), and the word each is:
// 我要报销找谁 is 我要, 报销, 找谁 (I want to claim expenses: whom do I
// find?), whose 我要 and 找谁 a query leaves out (IsFiller), as it leaves
// out 请问. gse's dictionary has none of them as words.
var frames = []struct{ first, second, word string }{
	{"我", "要", "我要"}, {"我", "想", "我想"}, {"想", "问", "想问"}, {"问", "一下", "问一下"}, {"找", "谁", "找谁"},
}

// framed joins the pieces of a request frame among a run's words
// (frames), in place, and returns the words.
func framed(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+1 < len(words) {
			for _, f := range frames {
				if w == f.first && words[i+1] == f.second {
					w = f.word
					i++
					break
				}
			}
		}
		out = append(out, w)
	}
	return out
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

// maxPartWord bounds the words whose parts SubWords looks for: a run the
// dictionary lacks stands alone as characters, so real words are short,
// and the look-ups grow with the square of the length.
const maxPartWord = 12

// SubWords returns the dictionary words of two characters or more inside a
// longer Chinese word, in order of where they start (the longer first at
// one start): 财务 and 务部 are not both words, so 财务部 gives 财务; 生产技术部
// gives 生产, 生产技术, 技术, 技术部 (those the dictionary holds). An index
// keeps them beside the word, so that 财务 finds 财务部, as search engines'
// "search mode" segmentation does (gse's CutSearch, jieba's cut_for_search).
// Single characters are left out: they say too little. A word of fewer
// than three characters, or more than maxPartWord, gives nothing.
func SubWords(word string) []string {
	var out []string
	for _, p := range partsOf(word) {
		out = append(out, p.word)
	}
	return out
}

// partsOf returns the parts of a Chinese word (SubWords) with their runes.
func partsOf(word string) []hanPart {
	n := utf8.RuneCountInString(word)
	if n < 3 || n > maxPartWord || !IsHanWord(word) {
		return nil
	}
	// Byte offsets of each rune, and the end.
	var offsets [maxPartWord + 1]int
	at := offsets[:0]
	for i := range word {
		at = append(at, i)
	}
	at = append(at, len(word))
	seg := segmenter()
	var out []hanPart
	for i := 0; i < n; i++ {
		for j := n; j >= i+2; j-- {
			if i == 0 && j == n {
				continue // the word itself
			}
			if _, _, ok := seg.Find(word[at[i]:at[j]]); ok {
				out = append(out, hanPart{word: word[at[i]:at[j]], start: i, end: j})
			}
		}
	}
	return out
}

// Pieces returns the dictionary words that make up a longer Chinese word
// end to end, the fewest of them (市场 and 调研 of 市场调研, 生产 and 技术部
// of 生产技术部), or nil when its parts (SubWords) leave a character out
// (财务部: 部 is no part) or the word has none. A text holding every piece
// says the word, wherever it puts them (调研市场); one holding some says
// it in part.
func Pieces(word string) []string {
	parts := partsOf(word)
	if len(parts) == 0 {
		return nil
	}
	n := utf8.RuneCountInString(word)
	// best[i]: the fewest parts that cover runes [0, i), and the part
	// that ends the cover (-1 for none yet).
	const none = maxPartWord + 1
	var best [maxPartWord + 1]int
	var last [maxPartWord + 1]int
	for i := 1; i <= n; i++ {
		best[i], last[i] = none, -1
	}
	for i := 1; i <= n; i++ {
		for k, p := range parts {
			if p.end == i && best[p.start] < none && best[p.start]+1 < best[i] {
				best[i], last[i] = best[p.start]+1, k
			}
		}
	}
	if best[n] == none {
		return nil
	}
	out := make([]string, best[n])
	for i, j := n, best[n]-1; i > 0; j-- {
		p := parts[last[i]]
		out[j] = p.word
		i = p.start
	}
	return out
}

// LoadDictionary loads the segmenter's dictionary now, if it is not yet
// loaded: a program about to index Chinese text calls it on another
// goroutine while it reads the text, rather than have the first
// segmentation wait for it.
func LoadDictionary() { segmenter() }

// Words yields the words of two or more characters of the compact
// dictionary (see zhDict), in its order, reading the embedded text in
// place: for a caller that tells a word from a slip of one (content: 知识
// is a word, 知汇 a slip of 知会).
func Words() iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(zhDict) {
			w, _, _ := strings.Cut(line, " ")
			if strings.HasPrefix(w, "#") || utf8.RuneCountInString(w) < 2 {
				continue
			}
			if !yield(w) {
				return
			}
		}
	}
}

// Frequency returns a Chinese word's count in gse's dictionary (its
// corpus), as the compact dictionary writes it, or 0 for a word it lacks.
// Every single character has one. It reads the embedded text in place (a
// scan of 320 KB, tens of microseconds): no table is built for the few
// words a search asks about. (The loaded segmenter's own counts are no
// use here: it gives every single character the same.)
func Frequency(word string) int {
	if word == "" || strings.ContainsAny(word, " \n") {
		return 0
	}
	i := strings.Index(zhDict, "\n"+word+" ")
	if i < 0 {
		return 0
	}
	rest := zhDict[i+len(word)+2:]
	n := 0
	for k := 0; k < len(rest) && rest[k] >= '0' && rest[k] <= '9'; k++ {
		n = 10*n + int(rest[k]-'0')
	}
	return n
}
