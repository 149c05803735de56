// Command genverbs writes zh_verbs.txt, the words of the compact Chinese
// dictionary (zh_dict.txt) that cannot name what a duty acts on: those
// whose most frequent part of speech in gse's full dictionary
// (github.com/go-ego/gse data/dict/zh/s_1.txt, from jieba; Apache-2.0 and
// MIT; ICTCLAS tags) is a verb (v, vn, vd, vg, vi), an adjective or
// distinguishing word (a, ad, an, ag, b), an adverb (d), a numeral or
// measure word (m, mq, q), a pronoun (r), a locative or time word (f, t,
// tg), or a function word (c, p, u, e, o, y, z, k, h). Nouns, names,
// idioms, abbreviations and morphemes stay out of it.
//
// Run it with `go generate ./model/analysis` from the module root, after
// gendict.
package main

import (
	"bufio"
	"flag"
	"log"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/gendata"
	"github.com/dutymap/dutymap/model/analysis"
)

// notObject are the tags of words that say how or how much, not what.
var notObject = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`v vn vd vg vi a ad an ag b d dg m mq q r rg rr rz f t tg c p u ud ug uj ul uv uz e o y z k h`) {
		notObject[t] = true
	}
}

// taggedAsNames are verbs the dictionary tags nz (another proper noun),
// a tag it gives to names and to words it could not place: those of its
// nz words written 150 times or more, two characters or longer, that
// the 现代汉语词典 (7th edition) gives as verbs. They say how work is
// done, as verbs do (规定费用如何申报: 申报 is declaring, not what is
// declared).
var taggedAsNames = strings.Fields(`申报 汇报 抗议 中毒 聊天 力争 抗争 抗衡 曝光 飞翔 联网 管教 孝顺 深信 舍命 升华 和谈 闻讯 护卫`)

const tool = "model/analysis/internal/genverbs"

func main() {
	dict := flag.String("dict", "zh_dict.txt", "the compact dictionary whose words are judged")
	out := flag.String("o", "zh_verbs.txt", "the file to write")
	chars := flag.String("chars", "zh_predicate_chars.txt", "the file of single-character verbs and adjectives to write")
	flag.Parse()
	kept, err := readWords(*dict)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open(gendata.DictPath(tool))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	// A word listed with several parts of speech, or in several forms that
	// fold alike, takes its most frequent.
	type tagged struct {
		tag  string
		freq int
	}
	best := map[string]tagged{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 {
			continue
		}
		word := analysis.Fold(fields[0]) // as gendict wrote it
		if !kept[word] {
			continue
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		if b, ok := best[word]; !ok || n > b.freq {
			if !ok {
				order = append(order, word)
			}
			best[word] = tagged{fields[2], n}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	b := gendata.NewFile(tool)
	n := 0
	for _, w := range taggedAsNames {
		if b, ok := best[w]; ok && b.tag == "nz" {
			best[w] = tagged{"v", b.freq}
		}
	}
	for _, w := range order {
		if notObject[best[w].tag] {
			b.WriteString(w + "\n")
			n++
		}
	}
	b.Save(*out, n, "")
	// The characters that are words of their own, saying what happens or
	// how something is (说, 坏, 买, 新): a verb or an adjective (v, a) by
	// their most frequent tag, written with it ("说 v"). Beside a longer
	// word in a question they may be words of their own (说 / 沙发 / 坏 of
	// 客户说沙发坏了), where a numeral, a noun or a bound morpheme (元 of
	// 元宇宙) is a piece of a word the dictionary lacks.
	c := gendata.NewFile(tool)
	n = 0
	for _, w := range order {
		if t := best[w].tag; utf8.RuneCountInString(w) == 1 && (t == "v" || t == "a") {
			c.WriteString(w + " " + t + "\n")
			n++
		}
	}
	c.Save(*chars, n, "")
}

// readWords reads the words of the compact dictionary, one a line after
// a comment line.
func readWords(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if w, _, _ := strings.Cut(line, " "); w != "" && !strings.HasPrefix(w, "#") {
			out[w] = true
		}
	}
	return out, nil
}
