// Command gendict writes the compact Chinese dictionary that the analysis
// package embeds (zh_dict.txt), from the dictionary that
// github.com/go-ego/gse ships (data/dict/zh/s_1.txt, simplified Chinese,
// itself largely from github.com/fxsjy/jieba; Apache-2.0 and MIT).
//
// gse's full dictionary has 352,279 words; loading it takes about 1.5 s and
// 200 MB of heap, far beyond dutymap's start-up budget. The compact one
// keeps, with their frequencies:
//
//   - every single character, so that the segmenter knows how likely each
//     one is to stand alone;
//   - the most frequent words of the full dictionary (-top, 2 runes or
//     more), the everyday vocabulary any organisation's text uses;
//   - every word of the full dictionary that occurs in the built-in content
//     (content/builtin/zh), so the built-in organisation segments as it would
//     with the full dictionary.
//
// Words the compact dictionary lacks are split into single characters by the
// segmenter, and search falls back to character bigrams for them.
//
// Run it with `go generate ./model/analysis` from the module root.
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/gendata"
	"github.com/dutymap/dutymap/model/analysis"
)

const tool = "model/analysis/internal/gendict"

func main() {
	top := flag.Int("top", 20000, "how many of the most frequent words to keep")
	content := flag.String("content", "../../content/builtin/zh", "folder of Chinese content whose words are all kept")
	out := flag.String("o", "zh_dict.txt", "the file to write")
	flag.Parse()

	words, err := readDict(gendata.DictPath(tool))
	if err != nil {
		log.Fatal(err)
	}
	text, err := readFolder(*content)
	if err != nil {
		log.Fatal(err)
	}

	keep := map[string]bool{}
	byFreq := slices.Clone(words)
	slices.SortStableFunc(byFreq, func(a, b entry) int { return cmp.Compare(b.freq, a.freq) })
	for _, w := range byFreq {
		if len(keep) >= *top {
			break
		}
		if utf8.RuneCountInString(w.word) >= 2 {
			keep[w.word] = true
		}
	}
	for _, w := range words {
		if utf8.RuneCountInString(w.word) == 1 {
			keep[w.word] = true
		}
	}
	fromContent := 0
	inText := substrings(text, words)
	for _, w := range words {
		if !keep[w.word] && inText[w.word] {
			keep[w.word] = true
			fromContent++
		}
	}

	b := gendata.NewFile(tool)
	n := 0
	for _, w := range words {
		if keep[w.word] {
			fmt.Fprintf(b, "%s %d\n", w.word, w.freq)
			n++
			delete(keep, w.word) // written once, with its highest frequency
		}
	}
	b.Save(*out, n, fmt.Sprintf("%d from the content", fromContent))
}

type entry struct {
	word string
	freq int
}

// readDict reads gse's "word frequency part-of-speech" lines, keeping the
// words written in Chinese characters only, each folded as search folds
// text before segmenting it (analysis.Fold: a traditional character in its
// simplified form, 乾坤 as 干坤), so that the segmenter knows the words in
// the form it is given them. Two words that fold alike are one, with the
// higher frequency.
func readDict(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	at := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || !analysis.IsHanWord(fields[0]) {
			continue
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil || n <= 0 {
			continue
		}
		word := analysis.Fold(fields[0])
		if i, ok := at[word]; ok { // listed again with another part of speech, or another form
			out[i].freq = max(out[i].freq, n)
			continue
		}
		at[word] = len(out)
		out = append(out, entry{word, n})
	}
	return out, sc.Err()
}

// substrings returns the words that occur in text. A word, being all
// Chinese characters (analysis.IsHanWord), occurs only inside a run of them, so it is
// enough to look up every piece of every run up to the longest word's
// length: far quicker than searching the text for each of 350,000 words.
func substrings(text string, words []entry) map[string]bool {
	longest := 0
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w.word] = true
		longest = max(longest, utf8.RuneCountInString(w.word))
	}
	found := map[string]bool{}
	var run []int // byte offsets of the run's characters, and its end
	flush := func(end int) {
		run = append(run, end)
		for i := 0; i+1 < len(run); i++ {
			for j := i + 1; j < len(run) && j-i <= longest; j++ {
				if w := text[run[i]:run[j]]; dict[w] {
					found[w] = true
				}
			}
		}
		run = run[:0]
	}
	for i, r := range text {
		switch {
		case analysis.IsHan(r):
			run = append(run, i)
		case len(run) > 0:
			flush(i)
		}
	}
	if len(run) > 0 {
		flush(len(text))
	}
	return found
}

func readFolder(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		return "", fmt.Errorf("gendict: no content files in %s", dir)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		b.Write(data)
	}
	return analysis.Fold(b.String()), nil
}
