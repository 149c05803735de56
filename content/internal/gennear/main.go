// Command gennear writes the list of Chinese words one character off the
// role words that content reads Chinese RACI keys against (zh_near.txt):
// the two-character words of the dictionary that github.com/go-ego/gse
// ships (data/dict/zh/s_1.txt, simplified Chinese, largely from
// github.com/fxsjy/jieba; Apache-2.0 and MIT) that differ from one of the
// stems given as arguments in one character, or are its two characters
// swapped.
//
// A key such as 批注 (to annotate) beside 批准 (to approve) is a word
// written, not a slip of the role's word. The compact dictionary the
// segmenter loads (model/analysis, zh_dict.txt) keeps only the 20,000
// most frequent words and lacks many such words (批注, 执笔, 批改); the full
// one, 352,279 words, is too large to embed for this one check, and the
// words near six stems are a few hundred.
//
// The stems are content's zhStems, in its order; content's tests check
// that the header of the file names them. Run it with
// `go generate ./content` from the module root.
package main

import (
	"bufio"
	"flag"
	"log"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/gendata"
	"github.com/dutymap/dutymap/model/analysis"
)

const tool = "content/internal/gennear"

func main() {
	out := flag.String("o", "zh_near.txt", "the file to write")
	flag.Parse()
	stems := flag.Args()
	for _, s := range stems {
		if utf8.RuneCountInString(s) != 2 || !analysis.IsHanWord(s) {
			log.Fatalf("gennear: a stem is two Chinese characters, not %q", s)
		}
	}
	if len(stems) == 0 {
		log.Fatal("gennear: name the stems as arguments")
	}
	f, err := os.Open(gendata.DictPath(tool))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	b := gendata.NewFile(tool, "stems: "+strings.Join(stems, " "))
	seen := map[string]bool{}
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || !analysis.IsHanWord(fields[0]) {
			continue
		}
		// Folded as model/analysis's gendict folds its words (a
		// traditional form in its simplified one): a traditional key
		// one character off a stem (執行 beside 执行) is the role's word.
		w := analysis.Fold(fields[0])
		if seen[w] || !oneOff(w, stems) {
			continue
		}
		seen[w] = true
		b.WriteString(w)
		b.WriteByte('\n')
		n++
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	b.Save(*out, n, "")
}

// oneOff reports whether w, two characters, is one character off a stem
// (model.EditDistance 1, a swap counting as one) without being it.
func oneOff(w string, stems []string) bool {
	a, size := utf8.DecodeRuneInString(w)
	b, rest := utf8.DecodeRuneInString(w[size:])
	if size == 0 || rest == 0 || size+rest != len(w) {
		return false
	}
	for _, s := range stems {
		x, sz := utf8.DecodeRuneInString(s)
		y, _ := utf8.DecodeRuneInString(s[sz:])
		if (a == x) != (b == y) || a == y && b == x && a != b {
			return true
		}
	}
	return false
}
